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

/**
 * Default limit on the lines of text (non-blank lines) of one file. The cost of the later stages
 * follows the line count, not the byte count (about 1 kB of memory per line: 1,000,000 short lines
 * in a 4 MB file took 1.2 GB). A long real article has a few hundred lines and a long dossier or
 * transcript a few thousand; prose paragraphs average well over 250 bytes, so the 5 MB size limit
 * alone allows ~20,000 of them. Past that, a file is a list, a log or a dump: rejected with a
 * reason, which bounds the cost of one file to ~20 MB. Overridable (KIOSQUE_MAX_LINES).
 */
export const DEFAULT_MAX_LINES = 20_000;

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

/**
 * Characters that reorder, hide or break a displayed name: C0/C1 controls (a newline in a name),
 * bidirectional controls ("facture\u202Etxt.exe" shows as "factureexe.txt") and zero-width characters.
 */
const INVISIBLE_IN_NAMES = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** A file path for display (report, CLI): invisible characters written visibly as `[U+202E]`. */
export function visiblePath(p: string): string {
  return p.replace(INVISIBLE_IN_NAMES, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`);
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

/**
 * Folder-relative display name of raw file-name bytes. Names that are valid UTF-8 are kept as they
 * are. In a name that is not, each byte outside a valid UTF-8 sequence is written `%XX` (hex), and
 * a `%` that would read as an escape (`%` then 8–F and a hex digit, or `%25`) is written `%25`, so two
 * names never map to one string and `nameToBytes` gives the bytes back. A `%` in a valid name
 * followed by anything else (URL-named files: "https%3A%2F%2F…") is left alone.
 */
export function nameFromBytes(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  // Fast path: valid UTF-8 without a "%" (nearly every name).
  if (!text.includes('\uFFFD') && !text.includes('%')) return text;
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const len = utf8SequenceLength(bytes, i);
    if (len === 0) {
      out += `%${bytes[i]!.toString(16).toUpperCase().padStart(2, '0')}`;
      i++;
      continue;
    }
    const ch = Buffer.from(bytes.subarray(i, i + len)).toString('utf8');
    out += ch === '%' && ESCAPE_AHEAD.test(Buffer.from(bytes.subarray(i + 1, i + 3)).toString('latin1')) ? '%25' : ch;
    i += len;
  }
  return out;
}

/**
 * Two characters after a "%" that `nameToBytes` reads as an escape: a byte ≥ 0x80 (only those are
 * ever invalid in UTF-8) or "25" (an escaped "%").
 */
const ESCAPE_AHEAD = /^(?:[89A-Fa-f][0-9A-Fa-f]|25)$/;

/** Length of the valid UTF-8 sequence starting at `i`, 0 when the byte there starts none. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (len === 0 || i + len > bytes.length) return 0;
  for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return 0;
  // Overlong forms, surrogates and code points past U+10FFFF are invalid too.
  const b1 = bytes[i + 1]!;
  if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 > 0x9f) || (b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 > 0x8f)) return 0;
  return len;
}

/** The raw bytes of a name given by `nameFromBytes` (its inverse). */
export function nameToBytes(name: string): Buffer {
  const parts: Buffer[] = [];
  let literal = '';
  for (let i = 0; i < name.length; i++) {
    if (name[i] === '%' && ESCAPE_AHEAD.test(name.slice(i + 1, i + 3))) {
      parts.push(Buffer.from(literal, 'utf8'), Buffer.from([Number.parseInt(name.slice(i + 1, i + 3), 16)]));
      literal = '';
      i += 2;
    } else literal += name[i];
  }
  parts.push(Buffer.from(literal, 'utf8'));
  return Buffer.concat(parts);
}

/**
 * A positive whole number from an environment variable: unset or empty gives `fallback`; anything
 * else ("abc", "-5", "1.5", "5MB") is a configuration error whose message quotes the value.
 * @throws Error naming the variable and the value.
 */
export function parseLimit(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = /^\s*\d+\s*$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(n) || n <= 0) {
    throw new Error(`${name} must be a positive whole number${name.endsWith('BYTES') ? ' of bytes' : ''} (e.g. ${fallback}), got "${raw}"`);
  }
  return n;
}

/** The size limit from KIOSQUE_MAX_BYTES (`parseLimit`). */
export function parseMaxBytes(raw: string | undefined): number {
  return parseLimit('KIOSQUE_MAX_BYTES', raw, DEFAULT_MAX_BYTES);
}

/** The line limit from KIOSQUE_MAX_LINES (`parseLimit`). */
export function parseMaxLines(raw: string | undefined): number {
  return parseLimit('KIOSQUE_MAX_LINES', raw, DEFAULT_MAX_LINES);
}

/** Number of non-blank lines of `text` (one linear scan, no copies). */
export function countTextLines(text: string): number {
  let lines = 0;
  let blank = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (!blank) lines++;
      blank = true;
    } else if (blank && c !== 32 && c !== 9 && c !== 12 && c !== 11 && c !== 0xa0 && c !== 0xfeff) blank = false;
  }
  return blank ? lines : lines + 1;
}

const grouped = new Intl.NumberFormat('en-US');

/** Why `text` is rejected for its line count, or null when it is within `maxLines`. */
export function lineLimitReason(text: string, maxLines: number): string | null {
  const n = countTextLines(text);
  if (n <= maxLines) return null;
  return `${grouped.format(n)} lines of text, over the ${grouped.format(maxLines)}-line limit (KIOSQUE_MAX_LINES)`;
}

/** True when KIOSQUE_ALLOW_OUTSIDE asks to read files whose real path is outside the input folder. */
export function allowOutsideFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  const v = env['KIOSQUE_ALLOW_OUTSIDE']?.trim().toLowerCase();
  return v === '1' || v === 'true' || v === 'yes';
}

/** Rejection reasons for links that lead out of the input folder; the target is not named (it may be private). */
const OUTSIDE_FILE = 'symbolic link to a file outside the input folder (not published; KIOSQUE_ALLOW_OUTSIDE=1 or --allow-outside reads it)';
const OUTSIDE_FOLDER = 'symbolic link to a folder outside the input folder (not read; KIOSQUE_ALLOW_OUTSIDE=1 or --allow-outside reads it)';

function isTxt(name: Buffer): boolean {
  return name.toString('latin1').toLowerCase().endsWith('.txt');
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

/** A file to read: its display path and its absolute path as raw bytes (names need not be UTF-8). */
interface Candidate {
  rel: string;
  abs: Buffer;
}

const SLASH = Buffer.from('/');

/** Raw path of `name` inside folder `dir`. */
function joinBytes(dir: Buffer, name: Buffer): Buffer {
  return Buffer.concat([dir, SLASH, name]);
}

/** Binary-safe key of a raw path (for sets of real paths). */
function key(p: Buffer): string {
  return p.toString('latin1');
}

async function realBytes(p: Buffer): Promise<Buffer> {
  return realpath(p, { encoding: 'buffer' });
}

/** Options of `readInputFolder`. */
export interface ReadFolderOptions {
  /** Larger files are rejected with their size in the reason (default 5 MB). */
  maxBytes?: number;
  /**
   * Read files and folders that symbolic links lead to outside the input folder. Off by default:
   * whoever can drop a link into the folder could otherwise publish any file of the build machine.
   */
  allowOutside?: boolean;
}

/**
 * Recursively lists and reads every file whose name ends in `.txt` (any case) under `dir`.
 * Follows symbolic links, but a link back to a folder already being walked (a loop) or a
 * broken `.txt` link is reported in `rejected` with a one-line reason. Files and folders whose
 * real path is outside `dir` are rejected too unless `allowOutside` is set. Files over `maxBytes`,
 * unreadable files and non-regular files are rejected. Names that are not UTF-8 are shown with
 * `%XX` escapes (`nameFromBytes`). Both lists are sorted by path (code-point order), paths are
 * relative to `dir` with `/` separators.
 * @throws Error only when `dir` itself does not exist or is not a folder (configuration error).
 */
export async function readInputFolder(
  dir: string,
  options: ReadFolderOptions = {},
): Promise<{ files: RawFile[]; rejected: Rejected[] }> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const allowOutside = options.allowOutside ?? false;
  let rootReal: Buffer;
  try {
    const st = await stat(dir);
    if (!st.isDirectory()) throw new Error(`Input folder "${dir}" is not a folder.`);
    rootReal = await realBytes(Buffer.from(path.resolve(dir)));
  } catch (err) {
    if (err instanceof Error && err.message.startsWith('Input folder')) throw err;
    throw new Error(`Input folder "${dir}" does not exist or cannot be opened.`);
  }
  const rootPrefix = key(rootReal).endsWith('/') ? key(rootReal) : `${key(rootReal)}/`;
  const inside = (real: Buffer): boolean => key(real) === key(rootReal) || key(real).startsWith(rootPrefix);

  const rejected: Rejected[] = [];
  const candidates: Candidate[] = [];
  /** Real paths of folders already walked: a second visit means a loop or an alias. */
  const visited = new Set<string>([key(rootReal)]);
  /** Symbolic links to folders, followed only after every real folder is walked, so real paths win over aliases. */
  const linkedDirs: { rel: string; abs: Buffer; real: Buffer; ancestors: ReadonlySet<string> }[] = [];

  const walk = async (absDir: Buffer, relDir: string, ancestors: ReadonlySet<string>): Promise<void> => {
    let entries;
    try {
      entries = await readdir(absDir, { withFileTypes: true, encoding: 'buffer' });
    } catch (err) {
      rejected.push({ path: relDir || '.', reason: `cannot list folder (${(err as NodeJS.ErrnoException).code ?? 'error'})` });
      return;
    }
    const named = entries.map((entry) => ({ entry, name: nameFromBytes(entry.name) }));
    named.sort((a, b) => compareCodePoints(a.name, b.name));
    for (const { entry, name } of named) {
      const abs = joinBytes(absDir, entry.name);
      const rel = relDir ? `${relDir}/${name}` : name;
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        let real: Buffer;
        try {
          real = await realBytes(abs);
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
          if (!allowOutside && !inside(real)) rejected.push({ path: rel, reason: OUTSIDE_FOLDER });
          else linkedDirs.push({ rel, abs, real, ancestors });
          continue;
        }
        if (!isTxt(entry.name)) continue;
        if (!allowOutside && !inside(real)) {
          rejected.push({ path: rel, reason: OUTSIDE_FILE });
          continue;
        }
        isFile = st.isFile();
      } else if (entry.isDirectory()) {
        const real = await realBytes(abs).catch(() => abs);
        visited.add(key(real));
        await walk(abs, rel, new Set([...ancestors, key(real)]));
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
  await walk(rootReal, '', new Set([key(rootReal)]));
  // Follow folder links breadth-first, in path order; each real folder is read once.
  for (let i = 0; i < linkedDirs.length; i++) {
    const link = linkedDirs[i]!;
    if (link.ancestors.has(key(link.real))) {
      rejected.push({ path: link.rel, reason: 'symbolic link loop (points back to a folder that contains it)' });
      continue;
    }
    if (visited.has(key(link.real))) {
      rejected.push({ path: link.rel, reason: 'symbolic link to a folder already read through another path (skipped)' });
      continue;
    }
    visited.add(key(link.real));
    // Walk the real folder: links inside it are then judged from where they really are.
    await walk(link.real, link.rel, new Set([...link.ancestors, key(link.real)]));
  }

  const files: RawFile[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < candidates.length) {
      const c = candidates[next++]!;
      try {
        const st = await lstat(c.abs).then((s) => (s.isSymbolicLink() ? stat(c.abs) : s));
        // Checked again at read time: a file swapped for a link after the walk must not escape either.
        if (!allowOutside && !inside(await realBytes(c.abs))) {
          rejected.push({ path: c.rel, reason: OUTSIDE_FILE });
          continue;
        }
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
