/**
 * Tiny static server for a built Kiosque site: serves `dir` under a base path, answers
 * `404.html` for unknown paths, and sends the headers of `_headers` (CSP…) like the host would.
 * Never serves host files (`_headers`, `_redirects`) or dotfiles, answers 403 for unreadable files,
 * and redirects only to a path of its own site (never `//other.host/…`).
 *
 * CLI: `tsx scripts/serve.ts [dir=dist] [--port 4321] [--base /kiosque/]`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Content types of the files a Kiosque build contains. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** Options of `serveStatic`. */
export interface ServeOptions {
  /** Folder to serve (a build's outDir). */
  dir: string;
  /** Base path the site was built for ("/" or "/kiosque/"). */
  base?: string;
  /** Port; 0 picks a free one. */
  port?: number;
}

/** A running server and its origin + base URL. */
export interface RunningServer {
  server: Server;
  /** e.g. `http://127.0.0.1:43817/kiosque/` */
  url: string;
  close(): Promise<void>;
}

/** Reads the global (`/*`) block of a Netlify/Cloudflare-style `_headers` file. */
async function readHeaders(dir: string): Promise<Record<string, string>> {
  const headers: Record<string, string> = {};
  let text: string;
  try {
    text = await readFile(join(dir, '_headers'), 'utf8');
  } catch {
    return headers;
  }
  let inGlobal = false;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      inGlobal = line.trim() === '/*';
      continue;
    }
    const colon = line.indexOf(':');
    if (inGlobal && colon > 0) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return headers;
}

/** Files a static host reads as configuration and never serves. */
const HOST_FILES = new Set(['_headers', '_redirects']);

/** True when a path segment names a host file or a dotfile (`.env`, `.git/`…): never served. */
function hidden(rel: string): boolean {
  return rel.split(/[/\\]/).some((seg) => seg.startsWith('.') || HOST_FILES.has(seg));
}

/** Request path segments re-encoded for a Location header (no "//", no backslash, no host). */
function encodePath(segments: readonly string[]): string {
  return segments.map((s) => encodeURIComponent(s)).join('/');
}

async function fileAt(path: string): Promise<string | null> {
  try {
    const s = await stat(path);
    if (s.isFile()) return path;
    if (s.isDirectory()) {
      const index = join(path, 'index.html');
      return (await stat(index).catch(() => null))?.isFile() ? index : null;
    }
  } catch {
    // not found
  }
  return null;
}

/**
 * Starts the server.
 *
 * @param options Folder, base path, port.
 */
export async function serveStatic(options: ServeOptions): Promise<RunningServer> {
  const root = resolve(options.dir);
  const base = options.base ?? '/';
  const headers = await readHeaders(root);
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<unknown> => {
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    const notFound = async () => {
      const page = await readFile(join(root, '404.html')).catch(() => Buffer.from('404'));
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      res.end(req.method === 'HEAD' ? undefined : page);
    };
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return notFound();
    }
    if (!pathname.startsWith(base)) {
      // Like a host serving the site under its base: "/kiosque" → "/kiosque/".
      if (`${pathname}/` === base) {
        res.writeHead(301, { location: base });
        return res.end();
      }
      return notFound();
    }
    const rel = pathname.slice(base.length);
    const target = normalize(join(root, rel));
    if (target !== root && !target.startsWith(root + sep)) return notFound();
    const inside = relative(root, target);
    if (hidden(inside)) return notFound();
    const file = await fileAt(target);
    if (!file) return notFound();
    if (file.endsWith('index.html') && !pathname.endsWith('/') && !pathname.endsWith('.html')) {
      // Built from the resolved folder, not the request: "/%2fevil.example%2f.." cannot become "//evil.example/".
      const folder = inside === '' ? [] : inside.split(sep);
      res.writeHead(301, { location: `${base}${encodePath(folder)}${folder.length ? '/' : ''}` });
      return res.end();
    }
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EACCES' || code === 'EPERM') {
        res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' });
        return res.end(req.method === 'HEAD' ? undefined : '403 Forbidden');
      }
      return notFound(); // vanished or unreadable between stat and read
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': body.length });
    return res.end(req.method === 'HEAD' ? undefined : body);
  };
  // Whatever fails in one request answers 500 and leaves the server running.
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end();
    });
  });
  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    server,
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : undefined;
  };
  const port = Number(flag('--port') ?? 4321);
  const base = flag('--base') ?? process.env.BASE_PATH ?? '/';
  const normalized = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const running = await serveStatic({ dir: args[0] ?? 'dist', base: normalized, port });
  process.stdout.write(`Kiosque: ${running.url}\n`);
}
