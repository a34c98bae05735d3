import { describe, expect, it } from 'vitest';
import {
  accountedFor,
  gateFailures,
  labelPairs,
  nearDuplicatePairs,
  outletAccuracy,
  pairPrecision,
  pairRecall,
  repeatedHeadlines,
  sameOutlet,
  storyLabelScores,
  storyScores,
  titleAccuracy,
  type ManifestEntry,
  type ScoredResult,
} from '../../src/eval/score.ts';
import { containment, shingles, wordHashes } from '../../src/ingest/fingerprint.ts';

type Article = ScoredResult['articles'][number];
function article(title: string, storyId: string, ...files: [string, string | null][]): Article {
  return { title, storyId, files: files.map(([path, outlet]) => ({ path, outlet })) };
}

// A small manifest in the shape of the development corpora (our own headlines).
const MANIFEST: ManifestEntry[] = [
  { file: 'a.txt', title: "Grève à la SNCF : le trafic perturbé mardi", outlet: 'Le Soleil', dup_group: 'g1' },
  { file: 'b.txt', title: "Grève à la SNCF : le trafic perturbé mardi", outlet: 'La Presse', dup_group: 'g1' },
  { file: 'c.txt', title: null, outlet: null, dup_group: 'g2' },
  { file: 'd.txt', title: 'Le budget adopté en commission', outlet: 'Le Devoir', dup_group: 'g3' },
  { file: 'e.txt', title: 'Tempête : 20 000 foyers privés d’électricité', outlet: 'Le Temps', dup_group: 'g4' },
];
const RESULT: ScoredResult = {
  articles: [
    article('Grève à la SNCF\u00a0: le trafic perturbé mardi', 's1', ['a.txt', 'Le Soleil'], ['b.txt', 'la presse']),
    article('Un article sans titre dans sa source', 's2', ['c.txt', null], ['d.txt', 'Le Devoir']),
  ],
  rejected: [{ path: 'e.txt', reason: 'empty' }],
};

describe('accountedFor', () => {
  it('counts files listed exactly once and reports missing, extra and repeated ones', () => {
    const r = accountedFor(MANIFEST, RESULT);
    expect(r.ratio).toEqual({ hit: 5, total: 5, value: 1 });
    const bad: ScoredResult = {
      articles: [article('x', 's', ['a.txt', null], ['z.txt', null])],
      rejected: [{ path: 'a.txt', reason: 'r' }, { path: 'b.txt', reason: 'r' }],
    };
    const s = accountedFor(MANIFEST, bad);
    expect(s.missing).toEqual(['c.txt', 'd.txt', 'e.txt']);
    expect(s.extra).toEqual(['z.txt']);
    expect(s.repeated).toEqual(['a.txt']);
    expect(s.ratio.hit).toBe(1);
  });
});

describe('titleAccuracy', () => {
  it('compares shown copies after typography folding, skips null titles and folded copies, counts rejects wrong', () => {
    const t = titleAccuracy(MANIFEST, RESULT);
    // a.txt right (no-break space folded), e.txt rejected; b.txt is a folded copy, c.txt has no title;
    // d.txt is a folded copy too (c.txt is shown)
    expect(t.skippedNull).toBe(1);
    expect(t.skippedCopies).toBe(2);
    expect(t.ratio).toEqual({ hit: 1, total: 2, value: 0.5 });
    expect(t.misses.map((m) => m.file)).toEqual(['e.txt']);
  });
});

describe('outletAccuracy', () => {
  it('scores every copy, ignores case and accents, wants null where the manifest has null', () => {
    const o = outletAccuracy(MANIFEST, RESULT);
    expect(o.nullExpected).toBe(1);
    // a, b (case folded), c (null = null), d right; e rejected
    expect(o.ratio).toEqual({ hit: 4, total: 5, value: 0.8 });
    const wrongNull: ScoredResult = { articles: [article('t', 's', ['c.txt', 'Le Soleil'])], rejected: [] };
    expect(outletAccuracy([MANIFEST[2]!], wrongNull).ratio.hit).toBe(0);
  });
});

describe('sameOutlet', () => {
  it('takes one listed outlet\'s name and alias, or one name with and without its article, as the same outlet', () => {
    expect(sameOutlet('Le JDD', 'Le Journal du Dimanche')).toBe(true);
    expect(sameOutlet('New York Post', 'The New York Post')).toBe(true);
    expect(sameOutlet('Courrier picard', 'Le Courrier picard')).toBe(true);
  });
  it('never takes a look-alike, a translation or another outlet for the listed one', () => {
    expect(sameOutlet('Le Monde', 'Le Monde amazigh')).toBe(false);
    expect(sameOutlet('Gulf Times', 'Khaleej Times')).toBe(false);
    expect(sameOutlet('The Guardian', 'Le Gardien')).toBe(false);
    expect(sameOutlet('Le Soir', 'Le Soir de Bucarest')).toBe(false);
  });
});

describe('pairwise scores', () => {
  it('precision counts folded pairs in the same reference group', () => {
    const group = new Map(MANIFEST.map((m) => [m.file, m.dup_group]));
    const p = pairPrecision([['a.txt', 'b.txt'], ['c.txt', 'd.txt'], ['e.txt']], (a, b) => group.get(a) === group.get(b));
    expect(p).toEqual({ hit: 1, total: 2, value: 0.5 });
  });

  it('recall counts reference pairs found in one group; rejected files (-1) never match', () => {
    const where = new Map([['a.txt', 0], ['b.txt', 0], ['c.txt', -1], ['d.txt', -1]]);
    expect(pairRecall([['a.txt', 'b.txt'], ['c.txt', 'd.txt']], where)).toEqual({ hit: 1, total: 2, value: 0.5 });
  });

  it('labelPairs lists the pairs sharing a non-null label', () => {
    expect(labelPairs(MANIFEST, (m) => (m.file === 'e.txt' ? null : m.dup_group))).toEqual([['a.txt', 'b.txt']]);
  });
});

describe('nearDuplicatePairs', () => {
  const BASE =
    "Le conseil municipal de Brest a voté lundi la rénovation complète de la piscine Foch, fermée depuis deux ans, pour un budget de 14 millions d'euros. Les travaux dureront dix-huit mois et la réouverture est espérée pour la rentrée 2027, a indiqué l'adjoint aux sports.";
  const texts = [
    BASE,
    `${BASE} Partagez cet article.`, // a copy with a chrome line: containment 1
    BASE.slice(0, Math.floor(BASE.length * 0.55)), // an excerpt: contained in BASE
    "Le conseil municipal de Brest a voté lundi la rénovation de la piscine Foch. L'opposition juge le projet trop cher et réclame une étude sur un nouvel équipement en périphérie.",
    'La préfecture du Finistère a levé lundi la vigilance orange aux vents violents.',
  ];

  it('finds exactly the pairs a brute-force containment check finds', () => {
    const sets = texts.map((t) => shingles(wordHashes(t), 6));
    const brute: [number, number][] = [];
    for (let i = 0; i < texts.length; i++) for (let j = i + 1; j < texts.length; j++) if (containment(sets[i]!, sets[j]!) >= 0.9) brute.push([i, j]);
    expect(nearDuplicatePairs(texts)).toEqual(brute);
    expect(brute).toEqual([[0, 1], [0, 2], [1, 2]]);
  });

  it('follows the threshold', () => {
    expect(nearDuplicatePairs(texts, 6, 0.2).length).toBeGreaterThan(3);
    expect(() => nearDuplicatePairs(texts, 6, 0)).toThrow();
  });
});

describe('repeatedHeadlines', () => {
  const manifest: ManifestEntry[] = [
    { file: 'd1-0.txt', day: '01-12-2025', title: 'Grève à la SNCF : le trafic perturbé mardi' },
    { file: 'd1-1.txt', day: '01-12-2025', title: 'Le budget adopté en commission' },
    { file: 'd2-0.txt', day: '02-12-2025', title: 'Grève à la SNCF : le trafic perturbé mardi' },
    { file: 'd2-1.txt', day: '02-12-2025', title: 'Le budget adopté en commission' },
    { file: 'd2-2.txt', day: '02-12-2025', title: 'Tempête sur la Bretagne' },
  ];
  it('counts later-day repeats of a headline and how many were folded with the first', () => {
    const result: ScoredResult = {
      articles: [
        article('g', 's1', ['d1-0.txt', null], ['d2-0.txt', null]),
        article('b', 's2', ['d1-1.txt', null]),
        article('b', 's3', ['d2-1.txt', null]),
        article('t', 's4', ['d2-2.txt', null]),
      ],
      rejected: [],
    };
    expect(repeatedHeadlines(manifest, result)).toEqual({ hit: 1, total: 2, value: 0.5 });
  });
});

describe('storyScores', () => {
  it('scores story pairs against per-day trend groups, only where both files have a group', () => {
    const manifest: ManifestEntry[] = [
      { file: 'a', day: '01', trend_group: '01#1' },
      { file: 'b', day: '01', trend_group: '01#1' },
      { file: 'c', day: '01', trend_group: '01#2' },
      { file: 'd', day: '01', trend_group: null },
      { file: 'e', day: '02', trend_group: '02#1' },
    ];
    const result: ScoredResult = {
      articles: [article('', 'x', ['a', null]), article('', 'x', ['c', null]), article('', 'x', ['d', null]), article('', 'y', ['b', null]), article('', 'x', ['e', null])],
      rejected: [],
    };
    const s = storyScores(manifest, result);
    // story x holds a, c, d, e: pairs with both grouped and the same day: (a, c) only, wrong
    expect(s.precision).toEqual({ hit: 0, total: 1, value: 0 });
    // reference pair (a, b): split
    expect(s.recall).toEqual({ hit: 0, total: 1, value: 0 });
  });
});

describe('gateFailures', () => {
  const gate = { 'gilets-jaunes': { dupPrecision: 0.98, dupRecall: 0.95, title: 0.97 } };
  it('lists each score below its minimum and each pinned score not measured', () => {
    const failures = gateFailures('gilets-jaunes', { dupPrecision: 0.99, dupRecall: 0.9 }, gate);
    expect(failures).toHaveLength(2);
    expect(failures[0]).toContain('dupRecall');
    expect(failures[1]).toContain('title not measured');
  });
  it('passes at the minimum and ignores corpora without minimums', () => {
    expect(gateFailures('gilets-jaunes', { dupPrecision: 0.98, dupRecall: 0.95, title: 1 }, gate)).toEqual([]);
    expect(gateFailures('other', {}, gate)).toEqual([]);
  });
});

describe('dateAccuracy', () => {
  it('compares the local day of publishedAt with the manifest day, on entries with a known day', async () => {
    const { dateAccuracy } = await import('../../src/eval/score.ts');
    const manifest = [
      { file: 'a.txt', date: '2018-11-17' },
      { file: 'b.txt', date: '2018-11-18' },
      { file: 'c.txt', date: null },
    ];
    const result = {
      rejected: [],
      articles: [
        { title: 'A', storyId: 'a', publishedAt: '2018-11-17T00:00:00+01:00', files: [{ path: 'a.txt', outlet: null }] },
        { title: 'B', storyId: 'b', publishedAt: null, files: [{ path: 'b.txt', outlet: null }, { path: 'c.txt', outlet: null }] },
      ],
    };
    const d = dateAccuracy(manifest, result);
    expect(d.ratio.value).toBe(0.5);
    expect(d.misses).toEqual([{ file: 'b.txt', expected: '2018-11-18', got: null }]);
  });
});

describe('storyLabelScores', () => {
  // labels: a = {1, 2, 3}, b = {4}, c = {5}; the collector probably split one story into b and c
  const manifest: ManifestEntry[] = [
    { file: '1', story: 'a' },
    { file: '2', story: 'a' },
    { file: '3', story: 'a' },
    { file: '4', story: 'b' },
    { file: '5', story: 'c' },
  ];

  it('scores pairs and B-cubed against the labels', () => {
    // predicted: {1, 2, 4}, {3}, {5}
    const result: ScoredResult = {
      articles: [article('x', 's1', ['1', null], ['2', null]), article('y', 's1', ['4', null]), article('z', 's3', ['3', null]), article('w', 's5', ['5', null])],
      rejected: [],
    };
    const s = storyLabelScores(manifest, result);
    // pairs put together: 1-2 (hit), 1-4, 2-4 (false); reference pairs: 1-2, 1-3, 2-3
    expect(s.pairPrecision.value).toBeCloseTo(1 / 3);
    expect(s.pairRecall.value).toBeCloseTo(1 / 3);
    expect(s.pairF1.value).toBeCloseTo(1 / 3);
    // B-cubed precision: 1 → 2/3, 2 → 2/3, 4 → 1/3, 3 → 1, 5 → 1
    expect(s.bcubedPrecision.value).toBeCloseTo((2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5);
    // B-cubed recall: 1 → 2/3, 2 → 2/3, 3 → 1/3, 4 → 1, 5 → 1
    expect(s.bcubedRecall.value).toBeCloseTo((2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5);
  });

  it('counts pairs across an unscored pair of labels neither as hits nor as false merges', () => {
    // predicted: {1, 2, 3}, {4, 5}
    const result: ScoredResult = {
      articles: [article('x', 's1', ['1', null], ['2', null], ['3', null]), article('y', 's4', ['4', null], ['5', null])],
      rejected: [],
    };
    const strict = storyLabelScores(manifest, result);
    expect(strict.pairPrecision.value).toBeCloseTo(3 / 4);
    expect(strict.bcubedPrecision.value).toBeCloseTo(0.8);
    const lenient = storyLabelScores(manifest, result, [['c', 'b']]);
    expect(lenient.pairPrecision.value).toBe(1);
    expect(lenient.pairRecall.value).toBe(1);
    expect(lenient.bcubedPrecision.value).toBe(1);
    expect(lenient.bcubedRecall.value).toBe(1);
  });

  it('counts a rejected file as alone', () => {
    const result: ScoredResult = {
      articles: [article('x', 's1', ['1', null], ['2', null], ['3', null]), article('y', 's4', ['4', null])],
      rejected: [{ path: '5', reason: 'empty' }],
    };
    const s = storyLabelScores(manifest, result);
    expect(s.bcubedPrecision.value).toBe(1);
    expect(s.bcubedRecall.value).toBe(1);
    expect(s.pairF1.value).toBe(1);
  });
});
