import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_MAX_BYTES, compareCodePoints, formatBytes, readInputFolder } from '../../src/ingest/files.ts';

let root: string;
const seedLine = "L'Iran pourrait envoyer davantage de drones kamikazes à la Russie - Secrétaire d'État américain\n";

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'kiosque-files-'));
  await mkdir(path.join(root, 'Europe', 'Été 2022'), { recursive: true });
  await writeFile(path.join(root, 'b.txt'), seedLine);
  await writeFile(path.join(root, 'A capitale.TXT'), seedLine);
  await writeFile(path.join(root, "l'Iran et la Russie.txt"), seedLine);
  await writeFile(path.join(root, 'Europe', 'Été 2022', 'dépêche n°1.Txt'), seedLine);
  await writeFile(path.join(root, 'notes.md'), 'pas une entrée');
  await writeFile(path.join(root, 'image.txt.png'), 'pas une entrée');
  // A folder link back to the root: a loop.
  await symlink('..', path.join(root, 'Europe', 'boucle'));
  // A broken link to a .txt file.
  await symlink('introuvable.txt', path.join(root, 'cassé.txt'));
  // A valid link to a file is followed.
  await symlink('b.txt', path.join(root, 'lien vers b.txt'));
  // A file over the default limit (sparse, instant): 6.2 MB.
  await writeFile(path.join(root, 'énorme.txt'), '');
  await truncate(path.join(root, 'énorme.txt'), Math.round(6.2 * 1024 * 1024));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('readInputFolder', () => {
  it('reads every .txt file (any case, nested, odd names) sorted by path with / separators', async () => {
    const { files } = await readInputFolder(root);
    expect(files.map((f) => f.path)).toEqual([
      'A capitale.TXT',
      'Europe/Été 2022/dépêche n°1.Txt',
      'b.txt',
      "l'Iran et la Russie.txt",
      'lien vers b.txt',
    ]);
    expect(new TextDecoder().decode(files[0]!.bytes)).toBe(seedLine);
  });

  it('reports the symlink loop, the broken link and the oversized file with one-line reasons', async () => {
    const { rejected } = await readInputFolder(root);
    const byPath = Object.fromEntries(rejected.map((r) => [r.path, r.reason]));
    expect(byPath['Europe/boucle']).toMatch(/symbolic link loop/);
    expect(byPath['cassé.txt']).toMatch(/broken symbolic link/);
    expect(byPath['énorme.txt']).toBe('6.2 MB, over the 5 MB limit (KIOSQUE_MAX_BYTES)');
    for (const r of rejected) expect(r.reason).not.toContain('\n');
  });

  it('honours a custom maxBytes', async () => {
    const { files, rejected } = await readInputFolder(root, { maxBytes: 10 });
    expect(files).toEqual([]);
    expect(rejected.find((r) => r.path === 'b.txt')?.reason).toBe(
      `${Buffer.byteLength(seedLine)} bytes, over the 10 bytes limit (KIOSQUE_MAX_BYTES)`,
    );
  });

  it('rejects a .txt that is not a regular file (a named pipe) instead of blocking on it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'kiosque-fifo-'));
    try {
      execFileSync('mkfifo', [path.join(dir, 'tube.txt')]);
    } catch {
      return; // mkfifo unavailable: nothing to test here
    }
    const { files, rejected } = await readInputFolder(dir);
    expect(files).toEqual([]);
    expect(rejected).toEqual([{ path: 'tube.txt', reason: 'not a regular file (device, socket or pipe)' }]);
    await rm(dir, { recursive: true, force: true });
  });

  it('throws a configuration error naming the folder when it does not exist', async () => {
    await expect(readInputFolder(path.join(root, 'absent'))).rejects.toThrow(/absent/);
  });

  it('exposes the 5 MB default and human sizes', () => {
    expect(DEFAULT_MAX_BYTES).toBe(5 * 1024 * 1024);
    expect(formatBytes(DEFAULT_MAX_BYTES)).toBe('5 MB');
    expect(formatBytes(1536)).toBe('1.5 kB');
    expect(formatBytes(1)).toBe('1 byte');
  });

  it('sorts in code-point order, not UTF-16 order', () => {
    const names = ['\u{1F600}.txt', '\uFF21.txt', 'z.txt'];
    expect([...names].sort(compareCodePoints)).toEqual(['z.txt', '\uFF21.txt', '\u{1F600}.txt']);
  });
});
