import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decode, repairMojibake } from '../../src/ingest/decode.ts';

const title = "L'Iran pourrait envoyer davantage de drones kamikazes à la Russie - Secrétaire d'État américain";
const curly = 'La Russie et l’Iran explorent la production conjointe de drones — « sans précédent »…';

function ok(bytes: Uint8Array) {
  const r = decode(bytes);
  if (!r.ok) throw new Error(`unexpected rejection: ${r.reason}`);
  return r.value;
}
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decode: encodings', () => {
  it('reads UTF-8 without BOM', () => {
    expect(ok(utf8(title))).toEqual({ text: title, encoding: 'utf-8', repaired: false });
  });

  it('reads UTF-8 with BOM and strips the BOM', () => {
    const v = ok(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(title)]));
    expect(v.text).toBe(title);
    expect(v.encoding).toBe('utf-8-bom');
  });

  it('reads UTF-16 LE and BE with BOM', () => {
    const le = ok(new Uint8Array([0xff, 0xfe, ...iconv.encode(curly, 'utf16le')]));
    expect(le).toMatchObject({ text: curly, encoding: 'utf-16le' });
    const be = ok(new Uint8Array([0xfe, 0xff, ...iconv.encode(curly, 'utf16be')]));
    expect(be).toMatchObject({ text: curly, encoding: 'utf-16be' });
  });

  it('reads UTF-16 LE without BOM when the NUL pattern is unmistakable', () => {
    expect(ok(new Uint8Array(iconv.encode(title, 'utf16le')))).toMatchObject({ text: title, encoding: 'utf-16le' });
  });

  it('falls back to windows-1252 for invalid UTF-8, accents and curly punctuation right', () => {
    const line = 'INFOFLASH — Dernières nouvelles : l’Iran a démenti « toute livraison »';
    const v = ok(new Uint8Array(iconv.encode(line, 'windows-1252')));
    expect(v).toEqual({ text: line, encoding: 'windows-1252', repaired: false });
  });

  it('uses latin1 when a byte undefined in cp1252 shows the file is not cp1252', () => {
    const bytes = new Uint8Array([...iconv.encode('Téhéran', 'latin1'), 0x81]);
    const v = ok(bytes);
    expect(v.encoding).toBe('latin1');
    expect(v.text.startsWith('Téhéran')).toBe(true);
  });
});

describe('decode: mojibake repair', () => {
  it('repairs UTF-8 read as cp1252 ("Ã©" → "é", "â€™" → "’")', () => {
    const broken = iconv.decode(Buffer.from(utf8(curly)), 'windows-1252');
    expect(broken).toContain('â€™');
    const v = ok(utf8(broken));
    expect(v).toEqual({ text: curly, encoding: 'utf-8', repaired: true });
  });

  it('repairs "Ã " where the no-break space of "à" was lost', () => {
    expect(repairMojibake('La Russie a lancÃ© ses drones Ã plusieurs reprises').text).toBe(
      'La Russie a lancé ses drones à plusieurs reprises',
    );
  });

  it('leaves genuine text alone, even "CAFÉ»" which looks like a UTF-8 pair', () => {
    const text = '« Les terrasses du CAFÉ» sont pleines, Âge moyen : 40 ans.';
    expect(ok(utf8(text))).toEqual({ text, encoding: 'utf-8', repaired: false });
  });

  it('maps C1 controls standing for cp1252 punctuation back ("l\\u0092Iran" → "l’Iran")', () => {
    expect(ok(utf8('l\u0092Iran a nié'))).toEqual({ text: 'l’Iran a nié', encoding: 'utf-8', repaired: true });
  });
});

describe('decode: rejections', () => {
  it('rejects an empty file', () => {
    expect(decode(new Uint8Array())).toEqual({ ok: false, reason: 'empty file (0 bytes)' });
  });

  it('rejects a whitespace-only file', () => {
    const r = decode(utf8(' \n\t\r\n  \n'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/^whitespace-only file/);
  });

  it('rejects binary data: NUL bytes, known signatures, control bytes', () => {
    const nul = decode(new Uint8Array([0x41, 0x00, 0x00, 0x00, 0x42, 0x43, 0x00, 0x07, 0x00, 0x00]));
    expect(nul).toEqual({ ok: false, reason: 'binary file, not text (contains NUL bytes)' });
    const png = decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]));
    expect(png).toEqual({ ok: false, reason: 'binary file, not text (a PNG image)' });
    const controls = decode(new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))));
    expect(controls.ok).toBe(false);
    if (!controls.ok) expect(controls.reason).toMatch(/^binary file, not text \(\d+ % control bytes\)$/);
  });
});
