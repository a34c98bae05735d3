import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  DEFAULT_MAX_BYTES,
  compareCodePoints,
  formatBytes,
  nameFromBytes,
  nameToBytes,
  parseMaxBytes,
  readInputFolder,
} from '../../src/ingest/files.ts';

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

describe('files outside the input folder (issue 12, point 1)', () => {
  let base: string;
  let input: string;
  beforeAll(async () => {
    base = await mkdtemp(path.join(tmpdir(), 'kiosque-outside-'));
    input = path.join(base, 'articles');
    const secrets = path.join(base, 'secrets');
    await mkdir(path.join(input, 'rubrique'), { recursive: true });
    await mkdir(path.join(secrets, 'profond'), { recursive: true });
    await writeFile(path.join(secrets, 'passwd.txt'), 'root:x:0:0:root:/root:/bin/bash\n');
    await writeFile(path.join(secrets, 'profond', 'clé.txt'), 'secret\n');
    await writeFile(path.join(input, 'vrai.txt'), seedLine);
    await writeFile(path.join(input, 'rubrique', 'interne.txt'), seedLine);
    // Absolute and relative links out of the folder, to a file and to a folder.
    await symlink(path.join(secrets, 'passwd.txt'), path.join(input, 'passwd.txt'));
    await symlink('../../secrets/profond/clé.txt', path.join(input, 'rubrique', 'lien relatif.txt'));
    await symlink(secrets, path.join(input, 'etc'));
    // Links that stay inside are fine.
    await symlink('rubrique', path.join(input, 'alias-interne'));
    await symlink('../vrai.txt', path.join(input, 'rubrique', 'copie-lien.txt'));
  });
  afterAll(async () => {
    await rm(base, { recursive: true, force: true });
  });

  it('rejects by default every file whose real path is outside the folder, without naming the target', async () => {
    const { files, rejected } = await readInputFolder(input);
    expect(files.map((f) => f.path)).toEqual(['rubrique/copie-lien.txt', 'rubrique/interne.txt', 'vrai.txt']);
    const byPath = Object.fromEntries(rejected.map((r) => [r.path, r.reason]));
    expect(Object.keys(byPath).sort()).toEqual(['alias-interne', 'etc', 'passwd.txt', 'rubrique/lien relatif.txt']);
    expect(byPath['passwd.txt']).toMatch(/outside the input folder/);
    expect(byPath['rubrique/lien relatif.txt']).toMatch(/outside the input folder/);
    expect(byPath['etc']).toMatch(/folder outside the input folder/);
    expect(byPath['alias-interne']).toMatch(/already read/);
    for (const r of rejected) expect(r.reason).not.toMatch(/secrets|passwd|\/etc/);
  });

  it('reads them when allowed (KIOSQUE_ALLOW_OUTSIDE=1 / --allow-outside)', async () => {
    const { files, rejected } = await readInputFolder(input, { allowOutside: true });
    expect(files.map((f) => f.path)).toEqual([
      'etc/passwd.txt',
      'etc/profond/clé.txt',
      'passwd.txt',
      'rubrique/copie-lien.txt',
      'rubrique/interne.txt',
      'rubrique/lien relatif.txt',
      'vrai.txt',
    ]);
    expect(rejected.map((r) => r.path)).toEqual(['alias-interne']);
  });
});

describe('file names that are not UTF-8 (issue 12, point 7)', () => {
  it('escapes invalid bytes as %XX, reversibly, and keeps names that are valid UTF-8 as they are', () => {
    const raw = Buffer.from([0x62, 0x61, 0x64, 0x2d, 0xff, 0x2d, 0xe9, 0x2e, 0x74, 0x78, 0x74]); // "bad-\xff-\xe9.txt"
    expect(nameFromBytes(raw)).toBe('bad-%FF-%E9.txt');
    for (const name of ['été 2022.txt', 'https%3A%2F%2Fexemple.fr.txt', '100%.txt', '100%25.txt', 'a%C3%A9.txt', '%%E9%2']) {
      const bytes = Buffer.from(name);
      expect(nameToBytes(nameFromBytes(bytes))).toEqual(bytes);
    }
    expect(nameFromBytes(Buffer.from('https%3A%2F%2Fexemple.fr.txt'))).toBe('https%3A%2F%2Fexemple.fr.txt');
    // A valid name spelling an escape and the invalid name it spells stay distinct.
    const spelled = nameFromBytes(Buffer.from('bad-%FF.txt'));
    const invalid = nameFromBytes(Buffer.from([0x62, 0x61, 0x64, 0x2d, 0xff, 0x2e, 0x74, 0x78, 0x74]));
    expect(spelled).not.toBe(invalid);
    for (const bytes of [Buffer.from([0xff, 0x25, 0x46, 0x46]), Buffer.from([0x25, 0xc3]), Buffer.from([0xc3, 0xa9, 0xe9, 0x25, 0x39, 0x41])]) {
      expect(nameToBytes(nameFromBytes(bytes))).toEqual(bytes);
    }
  });

  it('reads two such files as two distinct paths, with their real fate', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'kiosque-names-'));
    try {
      const join = (name: Buffer) => Buffer.concat([Buffer.from(dir + '/'), name]);
      const { writeFileSync, mkdirSync, chmodSync } = await import('node:fs');
      writeFileSync(join(Buffer.from([0x62, 0x61, 0x64, 0x2d, 0xe9, 0x2e, 0x74, 0x78, 0x74])), seedLine);
      writeFileSync(join(Buffer.from([0x62, 0x61, 0x64, 0x2d, 0xff, 0x2e, 0x74, 0x78, 0x74])), '');
      mkdirSync(join(Buffer.from([0x64, 0xe8, 0x73])));
      writeFileSync(join(Buffer.from([0x64, 0xe8, 0x73, 0x2f, 0x61, 0x2e, 0x74, 0x78, 0x74])), seedLine);
      const locked = join(Buffer.from([0x6c, 0x6f, 0x63, 0x6b, 0xe9, 0x2e, 0x74, 0x78, 0x74]));
      writeFileSync(locked, seedLine);
      chmodSync(locked, 0);
      const { files, rejected } = await readInputFolder(dir);
      expect(files.map((f) => f.path)).toEqual(['bad-%E9.txt', 'bad-%FF.txt', 'd%E8s/a.txt', ...(process.getuid?.() === 0 ? ['lock%E9.txt'] : [])]);
      expect(new TextDecoder().decode(files[0]!.bytes)).toBe(seedLine);
      expect(rejected.filter((r) => r.path === 'bad-%FF.txt')).toEqual([]);
      if (process.getuid?.() !== 0) expect(rejected).toEqual([{ path: 'lock%E9.txt', reason: 'cannot read file (permission denied)' }]);
      // The empty one is read (rejected later, by decode, as empty), not "disappeared".
      expect(files.find((f) => f.path === 'bad-%FF.txt')?.bytes.length).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('parseMaxBytes (KIOSQUE_MAX_BYTES)', () => {
  it('reads a positive whole number of bytes, the default when unset, and says what is wrong otherwise', () => {
    expect(parseMaxBytes(undefined)).toBe(DEFAULT_MAX_BYTES);
    expect(parseMaxBytes('')).toBe(DEFAULT_MAX_BYTES);
    expect(parseMaxBytes(' 1000 ')).toBe(1000);
    for (const bad of ['abc', '-5', '0', '1.5', '5MB', 'Infinity']) {
      expect(() => parseMaxBytes(bad)).toThrow(`KIOSQUE_MAX_BYTES must be a positive whole number of bytes (e.g. 5242880), got "${bad}"`);
    }
  });
});
