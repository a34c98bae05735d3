/**
 * mayScore (src/ingest/chrome/features.ts) answers what MAY_SCORE.test answers, faster: both on the
 * corpora's lines where they are present, and on random strings made of the pattern's words glued to
 * letters, accents, apostrophes, digits, astral letters and separators (a plural "s" or a letter after
 * a whole word, a letter before a stem).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAY_SCORE, mayScore } from '../../src/ingest/chrome/features.ts';

const WORDS = ['cookie', 'navigat', 'abonn', 'compte', 'partag', 'vous', 'votre', 'please', 'site', 'app', 'menu', 'lien', 'offre', 'page', 'article', 'video', 'share', 'click', 'sign', 'merci', 'cliquez'];
const PIECES = ['a', 'à', 'é', 'è', 'ç', 'ô', 'ü', 's', 'x', ' ', "'", '’', '1', '-', '.', ': ', '|', ' | ', ' · ', '\ud835\udc00', '\ud800', 'ez', 'É', 'q'];

/** Deterministic pseudo-random numbers. */
function rng(seed: number): () => number {
  let s = seed;
  return () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

describe('mayScore', () => {
  it('answers as MAY_SCORE on random strings of its words', () => {
    const rnd = rng(42);
    let differences = 0;
    for (let k = 0; k < 50_000; k++) {
      let s = '';
      const n = Math.floor(rnd() * 9);
      for (let j = 0; j < n; j++) s += rnd() < 0.35 ? WORDS[Math.floor(rnd() * WORDS.length)] : PIECES[Math.floor(rnd() * PIECES.length)];
      if (mayScore(s) !== MAY_SCORE.test(s)) differences++;
    }
    expect(differences).toBe(0);
  });

  it('answers as MAY_SCORE on the lines of the corpora', () => {
    const root = process.env['KIOSQUE_CORPUS_DIR'] ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
    const dirs = ['gilets-jaunes', 'rss-2025-12'].map((c) => join(root, c, 'articles')).filter((d) => existsSync(d));
    let differences = 0;
    for (const dir of dirs) {
      for (const f of readdirSync(dir).slice(0, 400)) {
        for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
          const lower = line.trim().toLowerCase();
          if (mayScore(lower) !== MAY_SCORE.test(lower)) differences++;
        }
      }
    }
    expect(differences).toBe(0);
  });
});
