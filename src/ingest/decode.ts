/** Decodes a file's bytes to text: UTF-8 (± BOM), UTF-16, legacy Windows-1252/Latin-1, with mojibake repair and binary rejection. */
import iconv from 'iconv-lite';
import type { Decoded, Result } from './types.ts';

/** Bytes sampled to sniff UTF-16 and binary content: large enough to be representative, small enough to be instant. */
const SNIFF_BYTES = 64 * 1024;

/**
 * UTF-16 without BOM: share of the sampled code units whose high byte is NUL. French text in
 * UTF-16 has a NUL high byte for nearly every character (ASCII + Latin-1), so 70 % is unmistakable,
 * while the other byte position must be almost NUL-free (5 %).
 */
const UTF16_NUL_SHARE = 0.7;
const UTF16_OTHER_NUL_MAX = 0.05;

/**
 * Binary: share of control bytes (C0 other than tab, LF, CR, FF, ESC) in the sample. Text almost
 * never has any; 5 % tolerates a few stray controls in a real article while rejecting binary data.
 */
const CONTROL_SHARE_MAX = 0.05;

/**
 * Bytes undefined in Windows-1252. When one of them occurs the file cannot be cp1252, so it is
 * decoded as ISO-8859-1 (Latin-1) instead, whose 0x80–0x9F are C1 controls (dropped later by
 * normalizeText). Otherwise windows-1252 is chosen: it is a superset of Latin-1's printable
 * characters and gives the right ’ “ ” – — … œ € that French files saved on Windows use.
 */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** Known binary signatures, for a reason an operator understands. */
const SIGNATURES: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive or office document'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x7f, 0x45, 0x4c, 0x46], 'an executable'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Microsoft Office document'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF document'],
];

function startsWith(bytes: Uint8Array, sig: readonly number[], at = 0): boolean {
  if (bytes.length < at + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[at + i] !== sig[i]) return false;
  return true;
}

/** Detects UTF-16 without a BOM from where the NUL bytes sit; null when not UTF-16. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const units = n / 2;
  if (oddNul / units >= UTF16_NUL_SHARE && evenNul / units <= UTF16_OTHER_NUL_MAX) return 'utf-16le';
  if (evenNul / units >= UTF16_NUL_SHARE && oddNul / units <= UTF16_OTHER_NUL_MAX) return 'utf-16be';
  return null;
}

/** Why the bytes are binary, or null when they look like text (8-bit encodings). */
function binaryReason(bytes: Uint8Array): string | null {
  for (const [sig, what] of SIGNATURES) if (startsWith(bytes, sig)) return `binary file, not text (${what})`;
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return 'binary file, not text (contains NUL bytes)';
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) || b === 0x7f) controls++;
  }
  if (controls / n > CONTROL_SHARE_MAX) {
    return `binary file, not text (${Math.round((100 * controls) / n)} % control bytes)`;
  }
  return null;
}

const utf8Fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8Fatal.decode(bytes);
  } catch {
    return null;
  }
}

/** Windows-1252 bytes 0x80–0x9F → Unicode (undefined bytes absent). */
const CP1252_HIGH: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
  0x88: 0x02c6, 0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018,
  0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc,
  0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};
/** Unicode → the byte it came from when UTF-8 was read as cp1252 (or Latin-1). */
const TO_BYTE = new Map<number, number>();
for (let b = 0xa0; b <= 0xff; b++) TO_BYTE.set(b, b);
for (let b = 0x80; b <= 0x9f; b++) TO_BYTE.set(b, b); // Latin-1 reading keeps C1 codes
for (const [b, cp] of Object.entries(CP1252_HIGH)) TO_BYTE.set(cp, Number(b));

/**
 * Characters a repaired sequence may produce: Latin-1 letters and signs, Latin Extended-A (œ, Œ),
 * general punctuation (’ “ ” – — …), € and ™. Anything else (e.g. "É»" → "ɻ") is a coincidence
 * in genuine text, not mojibake, and is left alone.
 */
function plausible(cp: number): boolean {
  return (cp >= 0xa0 && cp <= 0x17f) || (cp >= 0x2010 && cp <= 0x203a) || cp === 0x20ac || cp === 0x2122;
}

function byteOf(ch: string): number | undefined {
  return TO_BYTE.get(ch.codePointAt(0)!);
}

/**
 * Repairs UTF-8 that was read as cp1252/Latin-1 ("Ã©" → "é", "â€™" → "’", "Â«" → "«"). Works
 * sequence by sequence (so correct text around is untouched): a lead character standing for a
 * UTF-8 lead byte followed by the right number of characters standing for continuation bytes,
 * which must decode to a plausible French character. Linear.
 */
export function repairMojibake(text: string): { text: string; count: number } {
  let out = '';
  let count = 0;
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i++) {
    const lead = byteOf(chars[i]!);
    let need = 0;
    if (lead !== undefined) {
      if (lead >= 0xc2 && lead <= 0xdf) need = 1;
      else if (lead >= 0xe0 && lead <= 0xef) need = 2;
      else if (lead >= 0xf0 && lead <= 0xf4) need = 3;
    }
    if (need > 0 && i + need < chars.length) {
      const bytes = [lead!];
      for (let k = 1; k <= need; k++) {
        const b = byteOf(chars[i + k]!);
        if (b === undefined || b < 0x80 || b > 0xbf) break;
        bytes.push(b);
      }
      if (bytes.length === need + 1) {
        const decoded = tryUtf8(Uint8Array.from(bytes));
        if (decoded !== null && decoded.length === 1 && plausible(decoded.codePointAt(0)!)) {
          out += decoded;
          count++;
          i += need;
          continue;
        }
      }
    }
    out += chars[i];
  }
  // "à" is C3 A0; when the no-break space was lost the mojibake reads "Ã " (Ã then a plain space).
  // "Ã" does not occur in French, so once mojibake is established this is safe to fix too.
  if (count > 0 && out.includes('Ã ')) {
    const parts = out.split('Ã ');
    count += parts.length - 1;
    out = parts.join('à ');
  }
  return { text: out, count };
}

/** UTF-8 text holding C1 controls that stand for cp1252 punctuation (e.g. U+0092 for ’): map them back. */
function repairC1(text: string): { text: string; count: number } {
  let count = 0;
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const mapped = cp >= 0x80 && cp <= 0x9f ? CP1252_HIGH[cp] : undefined;
    if (mapped !== undefined) {
      out += String.fromCodePoint(mapped);
      count++;
    } else out += ch;
  }
  return { text: out, count };
}

function hasC1(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 && c <= 0x9f) return true;
  }
  return false;
}

/** Mojibake needs at least this many lead characters to be worth scanning ("Ã", "Â", "â", "Å"). */
function mayHaveMojibake(text: string): boolean {
  return /[ÃÂâÅÆËÐ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]/.test(text);
}

/**
 * Decodes a file's bytes. UTF-8 (with or without BOM), UTF-16 LE/BE (BOM, or no BOM when the NUL
 * pattern is unmistakable), otherwise Windows-1252 (or Latin-1 when bytes undefined in cp1252 occur).
 * UTF-8-read-as-Latin-1 mojibake is repaired (`repaired: true`). Rejects empty, whitespace-only
 * and binary files with a one-line reason.
 */
export function decode(bytes: Uint8Array): Result<Decoded> {
  if (bytes.length === 0) return { ok: false, reason: 'empty file (0 bytes)' };

  let text: string | null = null;
  let encoding: string;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    text = tryUtf8(bytes.subarray(3));
    encoding = 'utf-8-bom';
    if (text === null) {
      text = iconv.decode(Buffer.from(bytes.subarray(3)), 'windows-1252');
      encoding = 'windows-1252';
    }
  } else if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const body = bytes.subarray(2, 2 + ((bytes.length - 2) & ~1));
    text = new TextDecoder(encoding).decode(body);
  } else {
    const utf16 = sniffUtf16(bytes);
    if (utf16) {
      encoding = utf16;
      text = new TextDecoder(utf16).decode(bytes.subarray(0, bytes.length & ~1));
    } else {
      const binary = binaryReason(bytes);
      if (binary) return { ok: false, reason: binary };
      text = tryUtf8(bytes);
      encoding = 'utf-8';
      if (text === null) {
        let undefinedInCp1252 = false;
        for (let i = 0; i < bytes.length; i++) {
          if (CP1252_UNDEFINED.has(bytes[i]!)) {
            undefinedInCp1252 = true;
            break;
          }
        }
        encoding = undefinedInCp1252 ? 'latin1' : 'windows-1252';
        text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
      }
    }
  }

  if (text.trim() === '') {
    return { ok: false, reason: `whitespace-only file (${bytes.length} bytes, no text)` };
  }
  if (text.includes('\u0000')) return { ok: false, reason: 'binary file, not text (contains NUL characters)' };

  let repaired = false;
  if (encoding.startsWith('utf-8') && hasC1(text)) {
    const c1 = repairC1(text);
    if (c1.count > 0) {
      text = c1.text;
      repaired = true;
    }
  }
  // Double-encoded files ("ÃƒÂ©") need two rounds; two is enough in practice.
  for (let round = 0; round < 2 && mayHaveMojibake(text); round++) {
    const fixed = repairMojibake(text);
    if (fixed.count === 0) break;
    text = fixed.text;
    repaired = true;
  }
  return { ok: true, value: { text, encoding, repaired } };
}
