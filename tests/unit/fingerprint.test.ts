import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bandKeys,
  BAND_ROWS,
  containment,
  forEachWord,
  hashString,
  intersectionSize,
  minhash,
  shingles,
  SKETCH_SIZE,
  wordHashes,
} from '../../src/ingest/fingerprint.ts';
import { foldTypography, words } from '../../src/ingest/text.ts';

// Seed line (content/articles/000) and a typographic variant of it.
const SEED = 'La Russie et l’Iran explorent la output conjointe de drones mortels, a rapporté NBC Information.';
const SEED_STRAIGHT = "La Russie et l'Iran explorent la output conjointe de drones mortels, a rapporté NBC Information.";

describe('wordHashes', () => {
  it('hashes exactly the words of text.ts words(foldTypography(text))', () => {
    const text = '« L’administration Biden est au courant », a déclaré M. Kirby — 400 drones depuis août.';
    expect(wordHashes(text)).toEqual(words(foldTypography(text)).map(hashString));
  });

  it('gives the same words for curly and straight apostrophes', () => {
    expect(wordHashes(SEED)).toEqual(wordHashes(SEED_STRAIGHT));
  });

  it('matches words() on arbitrary French-like text', () => {
    const alphabet = fc.constantFrom(...'aàâbcçdeéèêfgiîlmnoôrstuùvxyzAÉÇL0123456789 ’\'«»“”–—-.,;:!?\u00a0\u202f'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }), (chars) => {
        const text = chars.join('');
        expect(wordHashes(text)).toEqual(words(foldTypography(text)).map(hashString));
      }),
      { numRuns: 300 },
    );
  });

  it('stops when the visitor returns false', () => {
    const seen: number[] = [];
    forEachWord(SEED, (h) => {
      seen.push(h);
      return seen.length < 3;
    });
    expect(seen).toHaveLength(3);
  });
});

describe('shingles', () => {
  it('returns sorted, distinct shingle hashes', () => {
    const s = shingles(words('le vote le vote le vote le vote a eu lieu jeudi'), 2);
    expect([...s]).toEqual([...new Set(s)].sort((a, b) => a - b));
    // "le vote", "vote le", "vote a", "a eu", "eu lieu", "lieu jeudi"
    expect(s.length).toBe(6);
  });

  it('accepts words or word hashes alike', () => {
    expect(shingles(words(SEED))).toEqual(shingles(wordHashes(SEED)));
  });

  it('makes one shingle of a text shorter than k words, none of an empty text', () => {
    expect(shingles(words('Bouton retour'), 5).length).toBe(1);
    expect(shingles([], 5).length).toBe(0);
  });

  it('changes at most k shingles when one word changes', () => {
    const a = shingles(words('Moscou et Téhéran ont approfondi leurs liens de défense dans le cadre d’un accord'), 5);
    const b = shingles(words('Moscou et Téhéran ont renforcé leurs liens de défense dans le cadre d’un accord'), 5);
    expect(a.length - intersectionSize(a, b)).toBeLessThanOrEqual(5);
    expect(intersectionSize(a, b)).toBeGreaterThan(0);
  });

  it('rejects a bad shingle size', () => {
    expect(() => shingles(['a'], 0)).toThrow();
  });
});

describe('minhash and bands', () => {
  const range = (from: number, to: number): Uint32Array => {
    const out = new Uint32Array(to - from);
    for (let i = from; i < to; i++) out[i - from] = hashString(`s${i}`);
    return out.sort();
  };

  it('gives identical sketches to identical sets', () => {
    expect(minhash(range(0, 300))).toEqual(minhash(range(0, 300)));
  });

  it('agrees on about a Jaccard share of bins', () => {
    // A = 0..999, B = 500..1499: Jaccard 1/3
    const a = minhash(range(0, 1000));
    const b = minhash(range(500, 1500));
    let same = 0;
    for (let i = 0; i < SKETCH_SIZE; i++) if (a[i] === b[i]) same++;
    expect(same / SKETCH_SIZE).toBeGreaterThan(0.15);
    expect(same / SKETCH_SIZE).toBeLessThan(0.55);
    const c = minhash(range(5000, 6000));
    let unrelated = 0;
    for (let i = 0; i < SKETCH_SIZE; i++) if (a[i] === c[i]) unrelated++;
    expect(unrelated).toBeLessThan(3);
  });

  it('fills every bin of a small set (densification)', () => {
    const s = minhash(range(0, 5));
    expect(s.every((v) => v !== 0xffffffff)).toBe(true);
  });

  it('cuts a sketch into bands tagged by position', () => {
    const keys = bandKeys(minhash(range(0, 50)));
    expect(keys).toHaveLength(SKETCH_SIZE / BAND_ROWS);
    expect(new Set(keys).size).toBe(keys.length);
    expect(bandKeys(minhash(range(0, 50)))).toEqual(keys);
  });
});

describe('containment', () => {
  it('divides the intersection by the smaller set', () => {
    const a = shingles(words('un deux trois quatre cinq six sept huit neuf dix'), 2);
    const b = shingles(words('un deux trois quatre cinq six sept huit'), 2);
    expect(containment(a, b)).toBe(1);
    expect(containment(b, a)).toBe(1);
    expect(containment(a, new Uint32Array(0))).toBe(0);
  });
});
