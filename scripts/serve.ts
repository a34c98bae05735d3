/**
 * Tiny static server for a built Kiosque site: serves `dir` under a base path, answers
 * `404.html` for unknown paths, and sends the headers of `_headers` (CSP…) like the host would.
 *
 * CLI: `tsx scripts/serve.ts [dir=dist] [--port 4321] [--base /kiosque/]`.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
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
  const server = createServer(async (req, res) => {
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
    const file = await fileAt(target);
    if (!file) return notFound();
    if (file.endsWith('index.html') && !pathname.endsWith('/') && !pathname.endsWith('.html')) {
      res.writeHead(301, { location: `${pathname}/` });
      return res.end();
    }
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
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
