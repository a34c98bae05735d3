import { describe, expect, it } from 'vitest';
import { compareKey, foldTypography, words } from '../../src/ingest/text.ts';

/** The definition words() implements with a faster scan. */
function reference(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

describe('words', () => {
  it('splits elisions and keeps accents (seed 000 line)', () => {
    expect(words('La Russie et l’Iran explorent la output conjointe')).toEqual(['la', 'russie', 'et', 'l', 'iran', 'explorent', 'la', 'output', 'conjointe']);
  });
  it('matches the regular-expression definition on odd text (case changes of length, astral letters, marks)', () => {
    for (const t of ['İstanbul ÉTÉ', '𝐀𝐁𝐂 drones 🚀 x', 'e\u0301te\u0301 — « ok » ', '', '...', 'Ωμέγα 123 ΣΊΣΥΦΟΣ', '\u00a0a\u202fb\u2019c']) {
      expect(words(t), t).toEqual(reference(t));
    }
  });
});

describe('compareKey and foldTypography', () => {
  it('make « » “ ” " and ’ \' variants of one line equal', () => {
    expect(compareKey('« L’Iran est devenu » – a dit')).toBe(compareKey('"L\'Iran est devenu" - a dit'));
    expect(foldTypography('l’été « x »')).toBe('l\'été " x "');
  });
});
