/** Property-based tests: random bytes and strings never break the stages or the pipeline, and ingesting clean output again changes nothing. */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestResultSchema, type Article } from '../../src/schemas/article.ts';
import { buildChromeEvidence } from '../../src/ingest/chrome/index.ts';
import { decode } from '../../src/ingest/decode.ts';
import { htmlToText, looksLikeHtml } from '../../src/ingest/html.ts';
import { normalizeText, splitLines } from '../../src/ingest/lines.ts';
import { extractMetaLines } from '../../src/ingest/metadata.ts';
import { analyzeFile, ingestFolder, prepareFile } from '../../src/ingest/pipeline.ts';
import { removeRepeats } from '../../src/ingest/repeats.ts';

/** Runs per property: enough to shake out crashes, few enough for the file to stay well under 20 s. */
const RUNS = 60;
/** Properties that go through the file system and the whole pipeline run fewer times. */
const FOLDER_RUNS = 25;

let tmp: string;
let counter = 0;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'kiosque-prop-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** A fresh folder holding the given files (relative path → content). */
async function folderWith(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = path.join(tmp, String(counter++));
  await mkdir(dir, { recursive: true });
  for (const [rel, data] of Object.entries(files)) await writeFile(path.join(dir, rel), data);
  return dir;
}

// ——— Generators ———

/** Seed and house-style lines: real article text, chrome, metadata. */
const REAL_LINES = [
  "La Russie et l'Iran envisagent la production conjointe de drones mortels, selon les États-Unis",
  'Moscou et Téhéran ont approfondi leurs liens de défense dans le cadre d’un accord dans lequel des drones de conception iranienne seront construits en Russie.',
  'Le porte-parole du Kremlin, Dmitri Peskov, a déclaré en octobre que toutes les armes utilisées par les troupes russes provenaient de stocks nationaux.',
  'Vous pouvez partager cette histoire sur les réseaux sociaux :',
  'Jannah Theme License is not validated, Go to the theme options page to validate the license.',
  'Bouton retour en haut de la page',
  'Source : The Washington Post',
  'Par: Elena Shcherban | 23.10.2022, 13:27',
  'Publié le 5 janvier 2019 à 14h30',
  'Lire aussi : Les gilets jaunes de retour sur les ronds-points',
  '© 2024 Le Petit Quotidien – Tous droits réservés',
  'https://www.lemonde.fr/international/article/2022/10/16/drones.html',
  "What's Your Reaction?",
  'Nouvelles du monde',
  'RTEn',
  '<script>alert(1)</script>',
  '<!DOCTYPE html><html><body><h1>Titre</h1><p>Texte</p></body></html>',
];

/** Strings of any code point, including controls, bidi marks and unpaired surrogates. */
const anyChars = fc.string({
  unit: fc.oneof(
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    fc.constantFrom('\n', '\r\n', '\r', '\t', ' ', '\u00a0', '\u202e', '\u200b', '\ufeff', '\u2028', '\u0000', '«', '’', 'é', 'Ã©', 'â€™', '<', '>', '&amp;'),
  ),
  maxLength: 200,
});

/** The same character or short token repeated up to 20,000 times (a pathological line). */
const repetition = fc
  .tuple(fc.constantFrom('a ', '«', '-', '. ', 'é', ' ', '\n', 'Lire aussi ', 'Oui. ', '<p>'), fc.integer({ min: 1, max: 20_000 }))
  .map(([unit, n]) => unit.repeat(n));

const line = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...REAL_LINES) },
  { weight: 3, arbitrary: anyChars },
  { weight: 1, arbitrary: repetition },
);

/** A random text file: lines of real text, random characters and repetitions, blank lines in between. */
const randomText = fc
  .array(fc.tuple(line, fc.constantFrom('\n', '\n\n', '\r\n', '\n\n\n')), { maxLength: 20 })
  .map((parts) => parts.map(([l, sep]) => l + sep).join(''));

/** Bytes: fully random, or a BOM / binary signature followed by random bytes, or an encoded random text. */
const randomBytes = fc.oneof(
  fc.uint8Array({ maxLength: 4096 }),
  fc
    .tuple(fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x89, 0x50, 0x4e, 0x47], [0x25, 0x50, 0x44, 0x46], []), fc.uint8Array({ maxLength: 2048 }))
    .map(([head, rest]) => new Uint8Array([...head, ...rest])),
  randomText.map((t) => new TextEncoder().encode(t)),
  randomText.map((t) => Uint8Array.from(t, (c) => c.charCodeAt(0) & 0xff)), // a Latin-1-ish byte soup
);

// ——— Crash-freedom ———

describe('random input never makes a stage throw', () => {
  it('decode, looksLikeHtml, htmlToText, normalizeText, splitLines and prepareFile', () => {
    fc.assert(
      fc.property(randomBytes, (bytes) => {
        const d = decode(bytes);
        expect(typeof d.ok).toBe('boolean');
        if (!d.ok) expect(d.reason).not.toMatch(/\n/);
        const p = prepareFile({ path: 'x.txt', bytes });
        if (p.ok) {
          for (const l of p.value.lines) {
            expect(l.text.length).toBeGreaterThan(0);
            expect(l.text).toBe(l.text.trim());
            expect(l.n).toBeGreaterThan(0);
          }
        } else expect(p.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
    fc.assert(
      fc.property(randomText, (text) => {
        const lines = splitLines(normalizeText(text));
        for (const l of lines) expect(l.text).not.toMatch(/[\n\r\u0000\u202e\u200b]/);
        if (looksLikeHtml(text)) expect(typeof htmlToText(text)).toBe('string');
        expect(typeof htmlToText(text)).toBe('string');
      }),
      { numRuns: RUNS },
    );
  });

  it('metadata, chrome, title, repeats and outlets (analyzeFile) over a random little corpus', () => {
    fc.assert(
      fc.property(fc.array(randomText, { minLength: 1, maxLength: 6 }), (texts) => {
        const prepared = texts
          .map((t, i) => prepareFile({ path: `${i}.txt`, bytes: new TextEncoder().encode(t) }))
          .flatMap((r) => (r.ok ? [r.value] : []));
        const metas = prepared.map((p) => extractMetaLines(p.lines));
        const evidence = buildChromeEvidence(metas.map((m) => m.kept));
        for (const [i, p] of prepared.entries()) {
          const r = analyzeFile(p, metas[i]!, evidence);
          if (r.ok) {
            expect(r.value.title.length).toBeGreaterThan(0);
            for (const para of r.value.paragraphs) expect(para.length).toBeGreaterThan(0);
            expect(removeRepeats(r.value.title, r.value.body).kept.length).toBeLessThanOrEqual(r.value.body.length);
          } else expect(r.reason).not.toMatch(/\n/);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('ingestFolder: never throws, output validates, every file accounted for once', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(randomBytes, { minLength: 1, maxLength: 5 }), async (contents) => {
        const files = Object.fromEntries(contents.map((c, i) => [`f${i}.txt`, c]));
        const result = await ingestFolder(await folderWith(files));
        expect(() => ingestResultSchema.parse(result)).not.toThrow();
        const seen = [...result.articles.flatMap((a) => a.files.map((f) => f.path)), ...result.rejected.map((r) => r.path)];
        expect(seen.sort()).toEqual(Object.keys(files).sort());
        for (const r of result.rejected) expect(r.reason).not.toMatch(/internal error|\n/);
      }),
      { numRuns: FOLDER_RUNS },
    );
  });
});

// ——— Idempotence ———

/** An article's clean text as a file: title, blank line, paragraphs separated by blank lines, source credit. */
function cleanText(a: Article): string {
  const parts = [a.title, ...a.paragraphs];
  if (a.outlet !== null) parts.push(`Source : ${a.outlet}`);
  return `${parts.join('\n\n')}\n`;
}

/** Ingests the clean text of each article again (one file per article, same paths); returns path → article. */
async function reingest(articles: readonly Article[]): Promise<Map<string, Article>> {
  const files = Object.fromEntries(articles.map((a) => [a.files[0]!.path.replaceAll('/', '__'), cleanText(a)]));
  const again = await ingestFolder(await folderWith(files));
  expect(again.rejected).toEqual([]);
  return new Map(again.articles.flatMap((a) => a.files.map((f) => [f.path, a] as const)));
}

function expectSameText(before: Article, after: Article | undefined, label: string): void {
  expect(after, label).toBeDefined();
  expect(after!.title, label).toBe(before.title);
  expect(after!.paragraphs, label).toEqual(before.paragraphs);
}

/** Sentences and titles for generated articles, in the style of the seeds. */
const SUBJECTS = ['Le gouvernement', 'La préfecture', 'Le maire de Lyon', 'Les syndicats', 'Emmanuel Macron', 'La Commission européenne', 'Le Kremlin', 'Les enquêteurs'];
const VERBS = ['a annoncé', 'a démenti', 'ont confirmé', 'a dénoncé', 'promet', 'a reconnu', 'envisage', 'réclame'];
const OBJECTS = [
  'de nouvelles mesures pour les agriculteurs',
  'la fermeture de deux écoles à la rentrée',
  'un accord sur les drones avec l’Iran',
  '« une hausse sans précédent » des prix de l’énergie',
  'la tenue d’un référendum local en 2026',
  'un plan d’économies de 12 milliards d’euros',
  'l’ouverture d’une enquête pour corruption',
];
const TAILS = ['', ' lundi', ' selon Le Monde', ', d’après l’AFP', ' devant la presse', ' à Bruxelles', ' malgré les critiques'];
const sentence = fc
  .tuple(fc.constantFrom(...SUBJECTS), fc.constantFrom(...VERBS), fc.constantFrom(...OBJECTS), fc.constantFrom(...TAILS), fc.constantFrom('.', ' !', ' ?', '.'))
  .map(([s, v, o, t, end]) => `${s} ${v} ${o}${t}${end}`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
const title = fc
  .tuple(fc.constantFrom('Grève', 'Énergie', 'Drones', 'Municipales', 'Budget', 'Ukraine'), fc.constantFrom(...SUBJECTS), fc.constantFrom(...VERBS), fc.constantFrom(...OBJECTS))
  .map(([topic, s, v, o]) => `${topic} : ${s.toLowerCase()} ${v} ${o}`);
const noise = fc.subarray(
  ['Partager sur Facebook', 'Lire aussi : Les gilets jaunes de retour sur les ronds-points', '© 2024 Le Petit Quotidien – Tous droits réservés', 'Publié le 5 janvier 2019 à 14h30', 'Bouton retour en haut de la page'],
  { maxLength: 3 },
);
/** A raw article file: optional head noise, title, paragraphs (one maybe pasted twice), tail noise, optional source. */
const rawArticle = fc
  .record({
    head: noise,
    title,
    paragraphs: fc.array(paragraph, { minLength: 0, maxLength: 6 }),
    repeatFirst: fc.boolean(),
    tail: noise,
    outlet: fc.option(fc.constantFrom('Le Monde', 'Libération', 'Le Figaro', 'La Croix', 'AFP'), { nil: null }),
  })
  .map((a) => {
    const body = a.repeatFirst && a.paragraphs.length > 0 ? [...a.paragraphs, a.paragraphs[0]!] : a.paragraphs;
    const lines = [...a.head, a.title, ...body, ...a.tail, ...(a.outlet ? [`Source : ${a.outlet}`] : [])];
    return `${lines.join('\n\n')}\n`;
  });

describe('ingesting an article’s clean text again gives the same title and paragraphs', () => {
  it('on the five samples', async () => {
    const first = await ingestFolder('content/articles');
    expect(first.articles).toHaveLength(5);
    const again = await reingest(first.articles);
    for (const a of first.articles) expectSameText(a, again.get(a.files[0]!.path), a.files[0]!.path);
  });

  it('on generated articles', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(rawArticle, { minLength: 1, maxLength: 4 }), async (raws) => {
        const files = Object.fromEntries(raws.map((r, i) => [`a${i}.txt`, r]));
        const first = await ingestFolder(await folderWith(files));
        if (first.articles.length === 0) return;
        const again = await reingest(first.articles);
        for (const a of first.articles) expectSameText(a, again.get(a.files[0]!.path), a.files[0]!.path);
      }),
      { numRuns: FOLDER_RUNS },
    );
  });
});

describe('idempotence, deterministic cases', () => {
  it('repeats: a paragraph quoting four embedded posts twice each is cleaned in one pass (a second pass cuts nothing)', async () => {
    const { removeRepeats: remove } = await import('../../src/ingest/repeats.ts');
    const posts = [
      'Nous sommes fiers de nos équipes qui ont travaillé jour et nuit pour que la fête nationale se déroule dans les meilleures conditions possibles, a écrit le préfet.',
      'Le survol de la Patrouille de France est au cœur des interrogations et nous présentons nos excuses à tous ceux qui ont été choqués par cette erreur de couleurs.',
      'Hâte d’être à demain pour la finale de la Coupe du monde avec ce beau drapeau qui représente notre pays et notre fierté, vive la France et vive les Bleus.',
      'Merci à tous les bénévoles qui ont tenu les buvettes et les postes de secours pendant toute la soirée malgré la chaleur et la foule venue en nombre.',
    ];
    const text = posts.map((p) => `«${p}» ${p} Une publication partagée sur Twitter.`).join(' ');
    const first = remove('Le 14 Juillet', [{ n: 1, text }]);
    expect(first.removed.map((r) => r.reason)).toEqual(Array(4).fill('repeat:passage'));
    for (const p of posts) expect(first.kept[0]!.text.split(p).length - 1, p).toBe(1);
    expect(remove('Le 14 Juillet', first.kept).removed).toEqual([]);
  });

  // The metadata stage skips at most 3 trailing chrome lines when it looks for a closing signature;
  // the pipeline looks again on the last body line once chrome is removed, so both passes agree.
  it('a closing signature followed by share and reaction widgets is read the same way on both passes', async () => {
    const raw = [
      'Drones : la Russie et l’Iran renforcent leur coopération militaire',
      'Moscou et Téhéran ont approfondi leurs liens de défense dans le cadre d’un accord sur la production de drones.',
      'Jean Dupont',
      'Vous pouvez partager cette histoire sur les réseaux sociaux :',
      'Bouton retour en haut de la page',
      "What's Your Reaction?",
      'Like',
    ].join('\n\n');
    const first = await ingestFolder(await folderWith({ 'a.txt': raw }));
    const again = await reingest(first.articles);
    expectSameText(first.articles[0]!, again.get('a.txt'), 'a.txt');
  });
});
