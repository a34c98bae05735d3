/** Builds the fixture sites once (sequentially: they share the project's .astro folder) and serves each on port 0. */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, scratchDir } from './build-site.ts';
import { serveStatic, type RunningServer } from '../../scripts/serve.ts';

/** A built and served fixture site. */
export interface SiteInfo {
  /** Origin + base, e.g. http://127.0.0.1:40123/kiosque/ */
  url: string;
  base: string;
  outDir: string;
  articlesDir: string;
  buildMs: number;
}

declare module 'vitest' {
  export interface ProvidedContext {
    sites: { samples: SiteInfo; kiosque: SiteInfo; hostile: SiteInfo };
    tmp: string;
  }
}

const FIXTURES = [
  { name: 'samples', articlesDir: 'content/articles', base: '/' },
  { name: 'kiosque', articlesDir: 'content/articles', base: '/kiosque/' },
  { name: 'hostile', articlesDir: 'tests/fixtures/hostile', base: '/' },
] as const;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const tmp = scratchDir('kiosque-e2e-');
  const servers: RunningServer[] = [];
  const sites = {} as Record<(typeof FIXTURES)[number]['name'], SiteInfo>;
  try {
    for (const f of FIXTURES) {
      const outDir = join(tmp, f.name);
      const built = await buildSite({ articlesDir: f.articlesDir, outDir, cacheDir: join(tmp, `${f.name}-cache`), base: f.base });
      const server = await serveStatic({ dir: outDir, base: f.base, port: 0 });
      servers.push(server);
      sites[f.name] = { url: server.url, base: f.base, outDir, articlesDir: f.articlesDir, buildMs: Math.round(built.ms) };
    }
  } catch (error) {
    await Promise.all(servers.map((s) => s.close()));
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  project.provide('sites', sites);
  project.provide('tmp', tmp);
  return async () => {
    await Promise.all(servers.map((s) => s.close()));
    if (!process.env.KIOSQUE_KEEP_E2E) rmSync(tmp, { recursive: true, force: true });
  };
}
