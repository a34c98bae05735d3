/**
 * Article bodies kept beside Astro's data store, one HTML file per body in the build's cache folder,
 * named by the hash of its content.
 *
 * Why not in the data store: Astro bundles the whole store into the build as modules, and the
 * bundler's memory grows with it (measured at 50,000 articles: a 326 MB store, half of it body HTML,
 * took the build's peak past 7 GB while the pages were bundled). The store keeps each article's
 * metadata and the key of its body; the article page reads the body by that key while it renders.
 * The HTML itself is built by the loader, as before, from syntax trees (src/render/article-html.ts).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Folder of the bodies inside Astro's cache folder. */
export const BODY_DIR_NAME = 'kiosque-bodies';

/** Environment variable through which the loader tells the pages (rendered in the same process) where the bodies are. */
const BODY_DIR_ENV = 'KIOSQUE_BODY_DIR';

/** Key of a body: the hash of its HTML (equal bodies share one file; a changed body gets a new key). */
export function bodyKey(html: string): string {
  return createHash('sha1').update(html).digest('hex').slice(0, 24);
}

/** The bodies of one cache folder: written by the loader, read by the article pages. */
export class BodyStore {
  readonly dir: string;
  constructor(dir: string) {
    this.dir = dir;
  }

  /** True when the body `key` is there and still hashes to its key (a damaged file is written again). */
  intact(key: string): boolean {
    try {
      return bodyKey(readFileSync(this.#path(key), 'utf8')) === key;
    } catch {
      return false;
    }
  }

  /** Writes a body under its key (through a temp file and a rename: a killed build leaves no half file). */
  write(key: string, html: string): void {
    mkdirSync(this.dir, { recursive: true });
    const tmp = `${this.#path(key)}.${process.pid}.tmp`;
    writeFileSync(tmp, html);
    renameSync(tmp, this.#path(key));
  }

  /** Deletes the bodies no article uses any more. */
  prune(keep: ReadonlySet<string>): void {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return;
    }
    for (const name of names) if (!keep.has(name.replace(/\.html$/u, ''))) rmSync(join(this.dir, name), { force: true });
  }

  /** Makes this folder the one `readBody` reads, for the pages rendered in this process. */
  serve(): void {
    process.env[BODY_DIR_ENV] = this.dir;
  }

  #path(key: string): string {
    return join(this.dir, `${key}.html`);
  }
}

/**
 * The HTML body stored under `key` by the loader of this build.
 * @throws Error when no loader ran in this process or the body is missing (a damaged cache folder: build again).
 */
export function readBody(key: string): string {
  const dir = process.env[BODY_DIR_ENV];
  if (!dir) throw new Error('kiosque: article bodies not found (the Kiosque loader did not run in this process)');
  return readFileSync(join(dir, `${key}.html`), 'utf8');
}
