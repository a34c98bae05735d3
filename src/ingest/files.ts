/** Reads the input folder: every `*.txt` file (any case, any depth), with size limits, symlink-loop detection and one-line rejections. */
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { RawFile } from './types.ts';
import type { Rejected } from '../schemas/article.ts';

/**
 * Default per-file size limit: a news article is a few kB; 5 MB leaves room for
 * long dossiers while keeping a stray log or dump from stalling the whole ingest.
 * Overridable by the operator (KIOSQUE_MAX_BYTES, read by the CLI).
 */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** Files read in parallel: enough to hide disk latency, few enough to stay far below file-descriptor limits. */
const READ_CONCURRENCY = 32;

/** Human size, e.g. "6.2 MB", "800 kB", "12 bytes" (binary multiples, as `ls -h`). */
export function formatBytes(n: number): string {
  const units: [number, string][] = [[1024 * 1024 * 1024, 'GB'], [1024 * 1024, 'MB'], [1024, 'kB']];
  for (const [size, unit] of units) {
    if (n >= size) {
      const v = n / size;
      const s = v >= 100 ? String(Math.round(v)) : String(Math.round(v * 10) / 10);
      return `${s} ${unit}`;
    }
  }
  return `${n} byte${n === 1 ? '' : 's'}`;
}

/** Code-point order (plain `<` compares UTF-16 units, which misorders astral characters). */
export function compareCodePoints(a: string, b: string): number {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const x = ia.next();
    const y = ib.next();
    if (x.done || y.done) return x.done ? (y.done ? 0 : -1) : 1;
    const cx = x.value.codePointAt(0)!;
    const cy = y.value.codePointAt(0)!;
    if (cx !== cy) return cx < cy ? -1 : 1;
  }
}

function isTxt(name: string): boolean {
  return name.toLowerCase().endsWith('.txt');
}

function errorReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'cannot read file (permission denied)';
    case 'ENOENT':
      return 'file disappeared while reading';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'ELOOP':
      return 'symbolic link loop';
    default:
      return `cannot read file (${code ?? (err instanceof Error ? err.message.split('\n')[0] : 'unknown error')})`;
  }
}

interface Candidate {
  rel: string;
  abs: string;
}

/**
 * Recursively lists and reads every file whose name ends in `.txt` (any case) under `dir`.
 * Follows symbolic links, but a link back to a folder already being walked (a loop) or a
 * broken `.txt` link is reported in `rejected` with a one-line reason. Files over `maxBytes`,
 * unreadable files and non-regular files are rejected too. Both lists are sorted by path
 * (code-point order), paths are relative to `dir` with `/` separators.
 * @throws Error only when `dir` itself does not exist or is not a folder (configuration error).
 */
export async function readInputFolder(
  dir: string,
  options: { maxBytes?: number } = {},
): Promise<{ files: RawFile[]; rejected: Rejected[] }> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let rootReal: string;
  try {
    const st = await stat(dir);
    if (!st.isDirectory()) throw new Error(`Input folder "${dir}" is not a folder.`);
    rootReal = await realpath(dir);
  } catch (err) {
    if (err instanceof Error && err.message.startsWith('Input folder')) throw err;
    throw new Error(`Input folder "${dir}" does not exist or cannot be opened.`);
  }

  const rejected: Rejected[] = [];
  const candidates: Candidate[] = [];
  /** Real paths of folders already walked: a second visit means a loop or an alias. */
  const visited = new Set<string>([rootReal]);
  /** Symbolic links to folders, followed only after every real folder is walked, so real paths win over aliases. */
  const linkedDirs: { rel: string; abs: string; real: string; ancestors: ReadonlySet<string> }[] = [];

  const walk = async (absDir: string, relDir: string, ancestors: ReadonlySet<string>): Promise<void> => {
    let entries;
    try {
      entries = await readdir(absDir, { withFileTypes: true });
    } catch (err) {
      rejected.push({ path: relDir || '.', reason: `cannot list folder (${(err as NodeJS.ErrnoException).code ?? 'error'})` });
      return;
    }
    entries.sort((a, b) => compareCodePoints(a.name, b.name));
    for (const entry of entries) {
      const abs = path.join(absDir, entry.name);
      const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        let real: string;
        try {
          real = await realpath(abs);
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code;
          if (code === 'ELOOP') rejected.push({ path: rel, reason: 'symbolic link loop (the link resolves to itself)' });
          else if (isTxt(entry.name)) rejected.push({ path: rel, reason: 'broken symbolic link (its target does not exist)' });
          continue;
        }
        const st = await stat(real).catch(() => null);
        if (!st) {
          if (isTxt(entry.name)) rejected.push({ path: rel, reason: 'broken symbolic link (its target cannot be read)' });
          continue;
        }
        if (st.isDirectory()) {
          linkedDirs.push({ rel, abs, real, ancestors });
          continue;
        }
        isFile = st.isFile();
      } else if (entry.isDirectory()) {
        const real = await realpath(abs).catch(() => abs);
        visited.add(real);
        await walk(abs, rel, new Set([...ancestors, real]));
        continue;
      }
      if (!isTxt(entry.name)) continue;
      if (!isFile) {
        rejected.push({ path: rel, reason: 'not a regular file (device, socket or pipe)' });
        continue;
      }
      candidates.push({ rel, abs });
    }
  };
  await walk(dir, '', new Set([rootReal]));
  // Follow folder links breadth-first, in path order; each real folder is read once.
  for (let i = 0; i < linkedDirs.length; i++) {
    const link = linkedDirs[i]!;
    if (link.ancestors.has(link.real)) {
      rejected.push({ path: link.rel, reason: 'symbolic link loop (points back to a folder that contains it)' });
      continue;
    }
    if (visited.has(link.real)) {
      rejected.push({ path: link.rel, reason: 'symbolic link to a folder already read through another path (skipped)' });
      continue;
    }
    visited.add(link.real);
    await walk(link.abs, link.rel, new Set([...link.ancestors, link.real]));
  }

  const files: RawFile[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < candidates.length) {
      const c = candidates[next++]!;
      try {
        const st = await lstat(c.abs).then((s) => (s.isSymbolicLink() ? stat(c.abs) : s));
        if (st.size > maxBytes) {
          rejected.push({
            path: c.rel,
            reason: `${formatBytes(st.size)}, over the ${formatBytes(maxBytes)} limit (KIOSQUE_MAX_BYTES)`,
          });
          continue;
        }
        const buf = await readFile(c.abs);
        if (buf.byteLength > maxBytes) {
          rejected.push({
            path: c.rel,
            reason: `${formatBytes(buf.byteLength)}, over the ${formatBytes(maxBytes)} limit (KIOSQUE_MAX_BYTES)`,
          });
          continue;
        }
        files.push({ path: c.rel, bytes: new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength) });
      } catch (err) {
        rejected.push({ path: c.rel, reason: errorReason(err) });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, candidates.length) }, worker));

  files.sort((a, b) => compareCodePoints(a.path, b.path));
  rejected.sort((a, b) => compareCodePoints(a.path, b.path));
  return { files, rejected };
}
