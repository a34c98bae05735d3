/** The preview server (scripts/serve.ts) as an attacker would try it: unreadable files, open redirects, host files. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

/** Reading a file named "interdit*" fails as it would without permission (tests may run as root, which chmod cannot stop). */
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const denied = (p: unknown): boolean => String(p).includes('interdit');
  const eacces = (p: unknown) => Object.assign(new Error(`EACCES: permission denied, open '${String(p)}'`), { code: 'EACCES' });
  return {
    ...real,
    readFile: ((p: Parameters<typeof real.readFile>[0], ...rest: unknown[]) =>
      denied(p) ? Promise.reject(eacces(p)) : (real.readFile as (...a: unknown[]) => unknown)(p, ...rest)) as typeof real.readFile,
  };
});

const { serveStatic } = await import('../../scripts/serve.ts');

let dir: string;
let server: Awaited<ReturnType<typeof serveStatic>>;
let based: Awaited<ReturnType<typeof serveStatic>>;

/** A raw GET (no URL normalisation by the client), status + headers + body. */
function get(url: string, rawPath: string): Promise<{ status: number; location: string | undefined; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: rawPath, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, location: res.headers.location, body }));
    });
    req.on('error', reject);
    // A handler that crashed never answers: fail fast instead of waiting for the test timeout.
    req.setTimeout(5000, () => req.destroy(new Error(`no answer for ${rawPath}`)));
    req.end();
  });
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kiosque-serve-'));
  await mkdir(path.join(dir, 'sources', 'le-monde'), { recursive: true });
  await mkdir(path.join(dir, '.git'), { recursive: true });
  await writeFile(path.join(dir, 'index.html'), '<h1>Accueil</h1>');
  await writeFile(path.join(dir, '404.html'), '<h1>Introuvable</h1>');
  await writeFile(path.join(dir, 'sources', 'index.html'), '<h1>Sources</h1>');
  await writeFile(path.join(dir, 'sources', 'le-monde', 'index.html'), '<h1>Le Monde</h1>');
  await writeFile(path.join(dir, 'interdit.html'), 'secret');
  await mkdir(path.join(dir, 'interdit'), { recursive: true });
  await writeFile(path.join(dir, 'interdit', 'index.html'), 'secret');
  await writeFile(path.join(dir, '_headers'), '/*\n  X-Test: oui\n');
  await writeFile(path.join(dir, '_redirects'), '/a /b 301\n');
  await writeFile(path.join(dir, '.env'), 'TOKEN=1');
  await writeFile(path.join(dir, '.git', 'config'), '[core]');
  server = await serveStatic({ dir });
  based = await serveStatic({ dir, base: '/kiosque/' });
});

afterAll(async () => {
  await server.close();
  await based.close();
  await rm(dir, { recursive: true, force: true });
});

describe('preview server', () => {
  it('serves pages and redirects a folder without its slash to the same site', async () => {
    expect((await get(server.url, '/sources/')).body).toContain('Sources');
    const r = await get(server.url, '/sources/le-monde');
    expect(r.status).toBe(301);
    expect(r.location).toBe('/sources/le-monde/');
    const b = await get(based.url, '/kiosque/sources');
    expect(b.location).toBe('/kiosque/sources/');
  });

  it('answers 403 for an unreadable file instead of crashing, and keeps serving', async () => {
    const errors: unknown[] = [];
    const onError = (e: unknown) => errors.push(e);
    process.on('unhandledRejection', onError);
    try {
      expect((await get(server.url, '/interdit.html')).status).toBe(403);
      expect((await get(server.url, '/interdit/')).status).toBe(403);
      expect((await get(server.url, '/')).status).toBe(200);
    } finally {
      process.off('unhandledRejection', onError);
    }
    expect(errors).toEqual([]);
  });

  it('never redirects to another host (encoded slashes, backslashes)', async () => {
    for (const raw of ['/%2fevil.example%2f..%2fsources', '/%2F%2Fevil.example/..%2Fsources', '/%5cevil.example%2f..%2fsources', '//evil.example/../sources']) {
      const r = await get(server.url, raw);
      if (r.location !== undefined) {
        expect(r.location, raw).toMatch(/^\/(?![/\\])/);
        expect(new URL(r.location, 'http://site.example/').host, raw).toBe('site.example');
      }
    }
    const b = await get(based.url, '/kiosque/%2fevil.example%2f..%2fsources');
    if (b.location !== undefined) expect(b.location).toMatch(/^\/kiosque\/(?![/\\])/);
  });

  it('never serves _headers, _redirects or dotfiles', async () => {
    for (const raw of ['/_headers', '/_redirects', '/.env', '/.git/config', '/sources/../_headers', '/%5fheaders', '/%2eenv']) {
      const r = await get(server.url, raw);
      expect(r.status, raw).toBe(404);
      expect(r.body, raw).not.toMatch(/X-Test|TOKEN|\[core\]|\/a \/b/);
    }
    expect((await get(based.url, '/kiosque/_headers')).status).toBe(404);
  });
});
