/** What every frozen unseen-sites test needs beside its own set: the right answer, full marks, v2's outlet convention. */
import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { scoreUnseen, type UnseenEntry, type UnseenResult } from '../../src/eval/unseen-sites.ts';

/**
 * What a flawless ingest answers: one article per duplicate group, its title and body from a copy that shows
 * the headline (the longest such body), author and date from any copy that has them; every file keeps its
 * expected outlet and republisher; chrome-only pages and junk rejected.
 */
export function rightAnswer(manifest: readonly UnseenEntry[]): UnseenResult {
  const groups = Map.groupBy(manifest.filter((m) => !m.expectReject), (m) => m.dup_group);
  const articles = [...groups].map(([storyId, copies]) => {
    const ordered = [...copies].sort((a, b) => Number(b.headline) - Number(a.headline) || b.body.length - a.body.length);
    const first = ordered[0]!;
    return {
      title: first.title!,
      storyId,
      author: ordered.find((c) => c.author !== null)?.author ?? null,
      publishedAt: ordered.find((c) => c.publishedAt !== null)?.publishedAt ?? null,
      paragraphs: first.body,
      files: ordered.map((c) => ({ path: c.file, outlet: c.outlet, republisher: c.republisher })),
    };
  });
  return { articles, rejected: manifest.filter((m) => m.expectReject).map((m) => ({ path: m.file, reason: m.kind })) };
}

/** The ratios a right answer must score at 100 % on every set since v2. */
export const FULL_MARKS = ['accounted', 'title', 'titleHeadless', 'outlet', 'translated', 'lookalike', 'chromeOnlyRejected', 'junkRejected', 'author', 'date', 'bodyRecall', 'dupPrecision', 'dupRecall'] as const;

interface ConventionSite {
  id: string;
  name: string;
  attribution: string;
}

/**
 * v2's outlet convention, file by file: the site's own name only where its masthead and its staff's byline
 * present the article as its own; a credited outlet is never the republishing site; nothing credited, no outlet.
 * `bylinedWithoutCredit`: sites whose uncredited pages may still carry a byline (a bare title-and-body page).
 * `pageText`: when given, the masthead-byline site's name must be on the page.
 */
export function expectOutletConvention(
  manifest: readonly UnseenEntry[],
  sites: readonly ConventionSite[],
  options: { bylinedWithoutCredit?: readonly string[]; pageText?: (m: UnseenEntry) => string } = {},
): void {
  const byId = new Map(sites.map((s) => [s.id, s]));
  const articles = manifest.filter((m) => m.kind === 'article');
  for (const m of articles) {
    const site = byId.get(m.site);
    expect(m.outlet === null, m.file).toBe(m.outletEvidence === 'none');
    if (m.outletEvidence === 'masthead-byline') {
      expect([site?.attribution, m.outlet, m.republisher, m.author !== null], m.file).toEqual(['own', site!.name, null, true]);
      if (options.pageText) expect(fold(options.pageText(m)).includes(fold(site!.name)), m.file).toBe(true);
    } else if (m.outletEvidence === 'none') {
      // Nothing credits an outlet, and no byline presents the page as the site's own.
      const bylined = options.bylinedWithoutCredit?.includes(m.site) ?? false;
      expect([m.republisher, bylined || m.author === null], m.file).toEqual([null, true]);
    } else {
      expect([m.outletEvidence, m.republisher], m.file).toEqual([site!.attribution, site!.name]);
      expect(m.outlet, m.file).not.toBe(site!.name);
    }
  }
  for (const e of ['credit', 'source-line', 'url-host', 'title-suffix', 'masthead-byline', 'none'] as const) {
    expect(articles.filter((m) => m.outletEvidence === e).length, e).toBeGreaterThanOrEqual(10);
  }
}

const fold = (s: string): string => s.toLocaleLowerCase('fr');

/** A generated set, as the frozen tests hold it. */
interface GeneratedSet {
  files: { name: string; bytes: Uint8Array }[];
  manifest: UnseenEntry[];
}

/**
 * The two checks every frozen set's test opens with: the same set for its seed (another set for another
 * seed), and its files and truth hashing to the digest recorded when it was frozen.
 */
export function itIsFrozen<P>(generate: (pool: P, seed?: number) => GeneratedSet, pool: P, seed: number, digest: string, set: GeneratedSet): void {
  it('is the same set for its seed and another set for another seed', () => {
    const again = generate(pool);
    expect(again.manifest).toEqual(set.manifest);
    expect(again.files.map((f) => f.name)).toEqual(set.files.map((f) => f.name));
    expect(generate(pool, seed + 1).manifest).not.toEqual(set.manifest);
  });

  it('is frozen: its files and truth hash to the recorded digest', () => {
    const hash = createHash('sha256');
    for (const f of set.files) hash.update(f.name).update(f.bytes);
    expect(hash.update(JSON.stringify(set.manifest)).digest('hex').slice(0, 16)).toBe(digest);
  });
}

/** A file's text, decoded from the encoding its manifest row names (independent of the ingest's decoder). */
export function decodedAs(bytes: Uint8Array, encoding: string): string {
  // ISO-8859-1 files (v24's `latin1`) hold no byte in 0x80–0x9F, where it and Windows-1252 agree.
  const label = encoding.startsWith('cp1252') || encoding === 'latin1' ? 'windows-1252' : encoding === 'utf-16le-bom' ? 'utf-16le' : 'utf-8';
  return new TextDecoder(label).decode(bytes).replace(/^\uFEFF/, '').replaceAll('\r\n', '\n');
}

/** The sites of a set, as its generator lists them. */
interface SetSite {
  id: string;
  chromeOnlyPage?: unknown;
  originals: number;
}

/**
 * The checks every frozen set's test shares beside its own decorations, clocks and credits: every file
 * accounted for once, every recorded line written, stories copied across sites and encodings, and a
 * scorer that gives a right answer full marks and sees wrong ones. `wrongOutlet` is an outlet name no
 * file expects; `decoration` a segment no headline of the set carries.
 */
export function itHasTheSharedShape(
  set: GeneratedSet,
  sites: readonly SetSite[],
  options: { maxFiles: number; wrongOutlet: string; decoration: string },
): void {
  const { manifest, files } = set;
  const byName = new Map(files.map((f) => [f.name, f.bytes]));
  const text = (m: UnseenEntry): string => decodedAs(byName.get(m.file)!, m.encoding);
  const articles = manifest.filter((m) => m.kind === 'article');

  it('accounts for every file once: about 300 files from 12 sites, bare files, chrome-only pages and junk', () => {
    expect(manifest.map((m) => m.file)).toEqual(files.map((f) => f.name));
    expect(new Set(files.map((f) => f.name)).size).toBe(files.length);
    expect(files.length).toBeGreaterThan(270);
    expect(files.length).toBeLessThan(options.maxFiles);
    expect(new Set(sites.map((s) => s.id)).size).toBe(12);
    const chromeOnly = manifest.filter((m) => m.kind === 'chrome-only').map((m) => m.site).sort();
    expect(chromeOnly).toEqual(sites.filter((s) => s.chromeOnlyPage).map((s) => s.id).sort());
    expect(chromeOnly.length).toBeGreaterThanOrEqual(3);
    expect(manifest.filter((m) => m.kind === 'junk').length).toBeGreaterThanOrEqual(8);
    const bare = manifest.filter((m) => m.site === 'bare');
    expect(bare).toHaveLength(10);
    for (const m of bare) expect([m.outlet, m.outletEvidence], m.file).toEqual([null, 'none']);
    for (const m of manifest) expect(m.expectReject, m.file).toBe(m.kind !== 'article');
    for (const s of sites) expect(articles.filter((m) => m.site === s.id).length, s.id).toBeGreaterThanOrEqual(s.originals);
    const encodings = new Set(manifest.map((m) => m.encoding));
    for (const e of ['utf-8', 'utf-8-bom', 'cp1252', 'utf-8-crlf', 'cp1252-crlf', 'utf-16le-bom']) expect(encodings.has(e), e).toBe(true);
    expect(new Set(articles.map((m) => m.lang))).toEqual(new Set(['fr', 'en', null]));
  });

  it('writes every recorded paragraph, chrome and meta line, and the headline (maybe decorated) only where it says so', () => {
    for (const m of articles) {
      const lines = new Set(text(m).split('\n'));
      for (const line of [...m.body, ...m.chrome, ...m.meta]) expect(lines.has(line), `${m.file}: ${line}`).toBe(true);
      expect([...lines].some((l) => l.includes(m.title!)), m.file).toBe(m.headline);
    }
    for (const m of manifest.filter((x) => x.kind === 'chrome-only')) {
      expect(text(m).length, m.file).toBeGreaterThan(150);
      expect([m.body, m.meta], m.file).toEqual([[], []]);
    }
  });

  it('copies stories across sites and encodings, some copies headless or cut short', () => {
    const groups = [...Map.groupBy(articles, (m) => m.dup_group).values()].filter((g) => g.length > 1);
    expect(groups.length).toBeGreaterThan(50);
    expect(groups.filter((g) => new Set(g.map((m) => m.encoding)).size > 1).length).toBeGreaterThan(10);
    expect(groups.filter((g) => g.some((m) => m.headline) && g.some((m) => !m.headline)).length).toBeGreaterThan(10);
    expect(groups.filter((g) => new Set(g.map((m) => m.body.length)).size > 1).length).toBeGreaterThan(5);
    for (const g of groups) expect(new Set(g.map((m) => m.title)).size).toBe(1);
  });

  it('gives a right answer full marks and sees wrong outlets, decorated titles, leaked chrome and kept junk', () => {
    const right = rightAnswer(manifest);
    const scores = scoreUnseen(manifest, right).scores;
    for (const k of FULL_MARKS) expect(scores[k].value, k).toBe(1);
    expect(scores.leak.value).toBe(0);

    const wrongOutlet: UnseenResult = {
      ...right,
      articles: right.articles.map((a) => ({ ...a, files: a.files.map((f) => ({ ...f, outlet: f.outlet === null ? options.wrongOutlet : null })) })),
    };
    expect(scoreUnseen(manifest, wrongOutlet).scores.outlet.value).toBe(0);

    const decorated: UnseenResult = { ...right, articles: right.articles.map((a) => ({ ...a, title: `${options.decoration}${a.title}` })) };
    expect(scoreUnseen(manifest, decorated).scores.title.value).toBeLessThan(0.5);

    const row = new Map(manifest.map((m) => [m.file, m]));
    const leaky: UnseenResult = { ...right, articles: right.articles.map((a) => ({ ...a, paragraphs: [...a.paragraphs, ...row.get(a.files[0]!.path)!.chrome] })) };
    expect(scoreUnseen(manifest, leaky).scores.leak.value).toBeGreaterThan(0.5);

    const keptJunk: UnseenResult = { ...right, rejected: right.rejected.filter((r) => r.reason !== 'junk') };
    expect(scoreUnseen(manifest, keptJunk).scores.junkRejected.value).toBeLessThan(1);
  });
}

/** Pages written in ISO-8859-1 (`latin1`): some, each holding no C1 byte, and those with letters beyond ASCII reading differently as UTF-8. */
export function itWritesLatin1Only(set: GeneratedSet): void {
  it('writes some pages in ISO-8859-1, only those whose every character it holds', () => {
    const byName = new Map(set.files.map((f) => [f.name, f.bytes]));
    const latin1 = set.manifest.filter((m) => m.encoding === 'latin1');
    expect(latin1.length).toBeGreaterThan(2);
    for (const m of latin1) expect(byName.get(m.file)!.some((b) => b >= 0x80 && b < 0xa0), m.file).toBe(false);
    const accented = latin1.filter((m) => byName.get(m.file)!.some((b) => b >= 0xa0));
    expect(accented.length).toBeGreaterThan(1);
    for (const m of accented) expect(new TextDecoder('utf-8', { fatal: false }).decode(byName.get(m.file)!), m.file).not.toBe(decodedAs(byName.get(m.file)!, m.encoding));
  });
}

/**
 * Word-for-word renderings of outlet names (a set's tables, both directions) are unambiguous: no two tables' entries
 * share a rendering, and none is, or begins like, a real outlet the set expects.
 */
export function expectUnambiguousRenderings(manifest: readonly UnseenEntry[], ...tables: readonly Record<string, readonly string[]>[]): void {
  const forms = tables.flatMap((t) => Object.values(t).flat());
  expect(new Set(forms).size).toBe(forms.length);
  const outlets = new Set(manifest.map((m) => m.outlet).filter((o): o is string => o !== null));
  for (const f of forms) expect(outlets.has(f), f).toBe(false);
  for (const f of forms) for (const o of outlets) expect(o.startsWith(`${f} `) || f.startsWith(`${o} `), `${f} / ${o}`).toBe(false);
}

/**
 * Names as written: an untranslated credit shows the outlet (but for French's contraction of its article: "du Soir",
 * "des Échos"), and a look-alike outlet, expected on republishers and on sites of their own more than ten times each,
 * shows on the page without its article.
 */
export function expectNamesAsWritten(manifest: readonly UnseenEntry[], pageText: (m: UnseenEntry) => string): void {
  const articles = manifest.filter((m) => m.kind === 'article');
  for (const m of articles.filter((x) => ['credit', 'source-line', 'title-suffix'].includes(x.outletEvidence!) && !x.translatedCredit)) {
    expect(pageText(m).includes(m.outlet!.replace(/^(Le|La|Les) /, '')), `${m.file}: ${m.outlet}`).toBe(true);
  }
  const lookalikes = articles.filter((m) => m.lookalike);
  expect(lookalikes.filter((m) => m.republisher !== null).length).toBeGreaterThan(10);
  expect(lookalikes.filter((m) => m.republisher === null).length).toBeGreaterThan(10);
  for (const m of lookalikes) expect(pageText(m), m.file).toContain(m.outlet!.replace(/^(Le|La|Les|L’|The) ?/, ''));
}

/**
 * Bylines as the set expects them: more than `atLeast` articles name a writer, each on a meta line, in letters,
 * apostrophes, spaces and hyphens only; more than five were written by two, joined " et " on French pages and
 * " and " on English ones; every cue of `beside` (a role, place, helper or label) stands on a meta line with its writer.
 */
export function expectBylines(manifest: readonly UnseenEntry[], atLeast: number, beside: readonly string[]): void {
  const bylined = manifest.filter((m) => m.kind === 'article' && m.author !== null);
  expect(bylined.length).toBeGreaterThan(atLeast);
  for (const m of bylined) {
    expect(m.meta.some((l) => l.includes(m.author!)), m.file).toBe(true);
    expect(m.author, m.file).toMatch(/^[\p{L}' -]+$/u);
  }
  const pairs = bylined.filter((m) => / (et|and) /.test(m.author!));
  expect(pairs.length).toBeGreaterThan(5);
  for (const m of pairs) expect(m.author!.includes(m.lang === 'en' ? ' and ' : ' et '), m.file).toBe(true);
  expect(new Set(pairs.map((m) => m.lang))).toEqual(new Set(['fr', 'en']));
  for (const cue of beside) expect(bylined.some((m) => m.meta.some((l) => l.includes(cue) && l.includes(m.author!))), cue).toBe(true);
}
