import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENTRY_LEAD_CHARS, toArticleEntry, type Article, type ArticleEntry, type IngestResult } from '../../src/schemas/article.ts';
import { compareNewestFirst } from '../../src/queries/compare-newest-first.ts';
import { listStories } from '../../src/queries/list-stories.ts';
import { listOutlets } from '../../src/queries/list-outlets.ts';
import { paginateOutlet } from '../../src/queries/paginate-outlet.ts';
import { outletHeading } from '../../src/queries/outlet-heading.ts';
import { pageKey } from '../../src/render/page-keys.ts';
import { outletSlug, UNKNOWN_OUTLET, UNKNOWN_OUTLET_SLUG } from '../../src/queries/outlet-slug.ts';
import { excerpt } from '../../src/queries/excerpt.ts';
import { latestArticles } from '../../src/queries/latest-articles.ts';
import { listFileFates } from '../../src/queries/list-file-fates.ts';
import { countRemovedReasons, groupRemovedLines } from '../../src/queries/group-removed-lines.ts';
import { storyChronology, storyTimeline } from '../../src/queries/story-timeline.ts';
import { archiveMonths } from '../../src/queries/date-archive.ts';
import { copyOutlets } from '../../src/queries/copy-outlets.ts';
import { listAmbiguousUrlDates } from '../../src/queries/ambiguous-url-dates.ts';

const samples = JSON.parse(readFileSync(new URL('../fixtures/site/fake-ingest.json', import.meta.url), 'utf8')) as IngestResult;
/** The samples as the site's data store keeps them. */
const entries: ArticleEntry[] = samples.articles.map((a) => ({ ...toArticleEntry(a), body: `body-${a.id}` }));
const byFile = (prefix: string) => entries.find((a) => a.files[0]!.path.startsWith(prefix))!;

/** The data-store form of an article, with a body key. */
const withBody = (a: Article): ArticleEntry => ({ ...toArticleEntry(a), body: `body-${a.id}` });

/** A realistic article with only the fields a test cares about changed. */
function article(id: string, over: Partial<Article> = {}): ArticleEntry {
  return withBody({
    id, title: `Titre ${id}`, titleSource: 'headline' as const, outlet: 'Le Monde', republisher: null, author: null, publishedAt: null,
    paragraphs: ['Le gouvernement a annoncé mardi un nouveau plan pour les transports.'],
    files: [{ path: `${id}.txt`, outlet: over.outlet === undefined ? 'Le Monde' : over.outlet }],
    storyId: id, citedOutlets: [], url: null, flags: [], encoding: 'utf-8', ...over,
  });
}

describe('compareNewestFirst', () => {
  it('puts newer first and undated articles last, comparing instants across offsets', () => {
    const a = article('a', { publishedAt: '2022-10-23T13:27:00+02:00' }); // 11:27Z
    const b = article('b', { publishedAt: '2022-10-23T12:00:00Z' });
    const c = article('c');
    const d = article('d', { publishedAt: '2021-01-05T09:00:00+01:00' });
    expect([c, a, d, b].sort(compareNewestFirst).map((x) => x.id)).toEqual(['b', 'a', 'd', 'c']);
  });
});

describe('listStories (five samples)', () => {
  const stories = listStories(entries);
  it('groups the samples into three stories, the one covered by two outlets first', () => {
    const groups = stories.map((s) => [s.lead.files[0]!.path.slice(0, 3), ...s.others.map((o) => o.files[0]!.path.slice(0, 3))]);
    // {001 RT, 002 The Washington Post}: two outlets; 003 (Bloomberg, dated) and {000, 004} (no outlet): one each, the dated first.
    expect(groups).toEqual([['001', '002'], ['003'], ['000', '004']]);
  });
  it('counts outlets, not files, and separates publishers from cited outlets', () => {
    const s = stories.find((x) => x.id === byFile('001').storyId)!;
    expect(s.otherOutlets).toBe(1);
    expect(s.outletCount).toBe(2);
    expect(s.outlets).toEqual(['RT', 'The Washington Post']);
    expect(s.cited).toEqual([]);
    expect(stories.find((x) => x.id === byFile('003').storyId)!.otherOutlets).toBe(0);
    // Two articles naming no outlet: "Source inconnue" is one outlet, so no other one.
    expect(stories.find((x) => x.id === byFile('000').storyId)!.otherOutlets).toBe(0);
  });
});

describe('listStories (ranking and counts)', () => {
  const day = (d: number, h = 10) => `2025-12-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:00:00+01:00`;
  it('says +1 for two items of one outlet plus one of another, not +2', () => {
    const a = article('a', { storyId: 's', publishedAt: day(1) });
    const b = article('b', { storyId: 's', publishedAt: day(1, 11) });
    const c = article('c', { storyId: 's', outlet: 'Libération', publishedAt: day(1, 12) });
    const [s] = listStories([a, b, c]);
    expect(s!.otherOutlets).toBe(1);
    expect(s!.coverage).toEqual([{ name: 'Le Monde', files: 2 }, { name: 'Libération', files: 1 }]);
  });
  it('counts the outlets of folded copies and falls back to the longest article when no lead is named', () => {
    const x = article('x', { storyId: 'z', files: [{ path: 'x.txt', outlet: 'Le Monde' }, { path: 'x2.txt', outlet: 'Ouest-France' }] });
    const y = article('y', { storyId: 'z', paragraphs: ['Un texte bien plus long que celui de l’autre article, avec des détails.'] });
    const [s] = listStories([x, y]);
    expect(s!.lead.id).toBe('y');
    expect(s!.otherOutlets).toBe(1);
    expect(s!.outlets).toEqual(['Le Monde', 'Ouest-France']);
  });
  it('ranks by outlets and recency: a story of four outlets two days old beats a lone item of today', () => {
    const big = ['Le Monde', 'Libération', 'Le Figaro', 'La Croix'].map((outlet, i) =>
      article(`big${i}`, { storyId: 'big0', outlet, files: [{ path: `big${i}.txt`, outlet }], publishedAt: day(3) }));
    const lone = article('lone', { publishedAt: day(5) });
    const old = article('old', { outlet: 'RT', files: [{ path: 'old.txt', outlet: 'RT' }], publishedAt: '2025-06-01T10:00:00+02:00' });
    expect(listStories([lone, old, ...big]).map((s) => s.id)).toEqual(['big0', 'lone', 'old']);
  });
  it('does not sink an undated story covered by many outlets below every dated one', () => {
    const dated = Array.from({ length: 6 }, (_, i) => article(`d${i}`, { publishedAt: day(1 + i) }));
    const undated = ['Le Monde', 'Libération', 'Le Figaro'].map((outlet, i) =>
      article(`u${i}`, { storyId: 'u0', outlet, files: [{ path: `u${i}.txt`, outlet }] }));
    const lone = article('seul');
    const ids = listStories([...dated, ...undated, lone]).map((s) => s.id);
    // It weighs like a story of the folder's median date: three outlets three days old beat one
    // outlet two days old, not one of the newest day.
    expect(ids.slice(0, 3)).toEqual(['d5', 'u0', 'd4']);
    // A lone undated item is not promoted above the newest dated one.
    expect(ids.indexOf('seul')).toBeGreaterThan(ids.indexOf('d5'));
  });
  it('is stable: the same stories in another order rank the same', () => {
    const list = [article('p', { publishedAt: day(2) }), article('q', { publishedAt: day(2) }), article('r')];
    expect(listStories(list).map((s) => s.id)).toEqual(listStories(list.toReversed()).map((s) => s.id));
  });
  it('builds a chronology: dated articles oldest first, undated apart', () => {
    const s = listStories([article('p', { storyId: 'p', publishedAt: '2022-10-24T10:00:00Z' }), article('q', { storyId: 'p' }), article('r', { storyId: 'p', publishedAt: '2022-10-22T10:00:00Z' })])[0]!;
    expect(storyTimeline(s).map((a) => a.id)).toEqual(['r', 'p']);
    expect(storyChronology(s).undated.map((a) => a.id)).toEqual(['q']);
  });
});

describe('date archive', () => {
  it('groups dated articles by Paris month and day, newest first, and leaves undated ones out', () => {
    const months = archiveMonths([
      article('a', { publishedAt: '2025-12-01T00:00:00+01:00' }),
      article('b', { publishedAt: '2025-11-30T23:30:00Z' }), // 1 December in Paris
      article('c', { publishedAt: '2025-11-02T08:00:00+01:00' }),
      article('d'),
    ]);
    expect(months.map((m) => [m.month, m.count, m.days.map((d) => [d.day, d.articles.map((a) => a.id)])])).toEqual([
      ['2025-12', 2, [['2025-12-01', ['b', 'a']]]],
      ['2025-11', 1, [['2025-11-02', ['c']]]],
    ]);
  });
});

describe('copy outlets and ambiguous URL dates', () => {
  it('names the outlets of folded copies once each, never their files', () => {
    const x = article('x', { files: [{ path: 'x.txt', outlet: 'Le Monde' }, { path: 'DZ-0039.txt', outlet: null }, { path: 'y.txt', outlet: 'RT' }, { path: 'z.txt', outlet: 'RT' }] });
    expect(copyOutlets(x)).toEqual({ named: ['RT'], unnamed: 1 });
  });
  it('lists articles whose URL reads as two days, with the day kept', () => {
    const a = article('a', { url: 'https://www.exemple.fr/x/titre-en-2026-02-12-2025-ABC.php', publishedAt: '2025-12-02T00:00:00+01:00' });
    const b = article('b', { url: 'https://www.exemple.fr/2025/12/02/titre' });
    expect(listAmbiguousUrlDates([a, b])).toEqual([
      { path: 'a.txt', articleId: 'a', url: a.url, readings: ['2026-02-12T00:00:00+01:00', '2025-12-02T00:00:00+01:00'], kept: '2025-12-02T00:00:00+01:00' },
    ]);
  });
});

describe('listOutlets', () => {
  const outlets = listOutlets(entries);
  const find = (name: string) => outlets.find((o) => o.name === name)!;
  it('lists The Washington Post with 002 attributed and 001 citing it', () => {
    const wapo = find('The Washington Post');
    expect(wapo.slug).toBe('the-washington-post');
    expect(wapo.articles.map((a) => a.files[0]!.path.slice(0, 3))).toEqual(['002']);
    expect(wapo.citing.map((a) => a.files[0]!.path.slice(0, 3))).toEqual(['001']);
  });
  it('puts articles without an outlet under "Source inconnue", last', () => {
    const last = outlets.at(-1)!;
    expect(last.name).toBe(UNKNOWN_OUTLET);
    expect(last.slug).toBe(UNKNOWN_OUTLET_SLUG);
    expect(last.known).toBe(false);
    expect(last.articles.map((a) => a.files[0]!.path.slice(0, 3)).sort()).toEqual(['000', '004']);
    expect(last.machineTranslated).toBe(1);
  });
  it('includes outlets that are only cited', () => {
    expect(find('NBC News').articles).toEqual([]);
    expect(find('NBC News').citing.map((a) => a.id)).toEqual([byFile('000').id]);
  });
  it('attributes an article to the outlet of a folded copy too, and never lists it as citing that outlet', () => {
    const x = article('x', { outlet: 'Le Monde', files: [{ path: 'x.txt', outlet: 'Le Monde' }, { path: 'y.txt', outlet: 'Libération' }], citedOutlets: ['Libération', 'AFP'] });
    const list = listOutlets([x]);
    expect(list.find((o) => o.name === 'Libération')!.articles.map((a) => a.id)).toEqual(['x']);
    expect(list.find((o) => o.name === 'Libération')!.citing).toEqual([]);
    expect(list.find((o) => o.name === 'AFP')!.citing.map((a) => a.id)).toEqual(['x']);
  });
  it('gives clashing names distinct slugs', () => {
    const list = listOutlets([article('a', { outlet: 'Le Monde' }), article('b', { outlet: 'Le  Monde!', files: [{ path: 'b.txt', outlet: 'Le  Monde!' }] })]);
    expect(list.map((o) => o.slug).sort()).toEqual(['le-monde', 'le-monde-2']);
  });
});

describe('paginateOutlet', () => {
  it('walks both lists in parallel, page count of the longer list', () => {
    const many = Array.from({ length: 7 }, (_, i) => article(`a${i}`, { publishedAt: `2022-10-${String(10 + i).padStart(2, '0')}T10:00:00Z` }));
    const citing = Array.from({ length: 2 }, (_, i) => article(`c${i}`, { outlet: 'RT', citedOutlets: ['Le Monde'], files: [{ path: `c${i}.txt`, outlet: 'RT' }] }));
    const lemonde = listOutlets([...many, ...citing]).find((o) => o.name === 'Le Monde')!;
    const pages = paginateOutlet(lemonde, 3);
    expect(pages.map((p) => [p.param, p.attributed.length, p.citing.length])).toEqual([[undefined, 3, 2], ['2', 3, 0], ['3', 1, 0]]);
    expect(pages[0]!.attributed[0]!.id).toBe('a6');
    expect(pages.every((p) => p.last === 3)).toBe(true);
  });
  it('gives an empty outlet one page and rejects a bad page size', () => {
    const only = listOutlets([article('x', { citedOutlets: ['AFP'] })]).find((o) => o.name === 'AFP')!;
    expect(paginateOutlet(only).length).toBe(1);
    expect(() => paginateOutlet(only, 0)).toThrow(/pageSize/);
  });
});

describe('outletHeading', () => {
  const many = Array.from({ length: 7 }, (_, i) => article(`a${i}`, { publishedAt: `2022-10-${String(10 + i).padStart(2, '0')}T10:00:00Z`, flags: i === 0 ? ['machine-translation'] : [] }));
  const citing = [article('c0', { outlet: 'RT', citedOutlets: ['Le Monde'], files: [{ path: 'c0.txt', outlet: 'RT' }] })];
  it('keeps the names and counts of an outlet, not its lists', () => {
    const lemonde = listOutlets([...many, ...citing]).find((o) => o.name === 'Le Monde')!;
    expect(outletHeading(lemonde)).toEqual({ name: 'Le Monde', slug: 'le-monde', known: true, publishedCount: 7, citingCount: 1, machineTranslated: 1 });
  });
  it('lets an edit change the key of the one outlet page it shows on', () => {
    // The props of the outlet pages as src/pages/sources/[slug]/[...page].astro gives them.
    const keys = (articles: ArticleEntry[]) => {
      const lemonde = listOutlets(articles).find((o) => o.name === 'Le Monde')!;
      return paginateOutlet(lemonde, 3).map((page) => pageKey(`sources/le-monde/${page.param ?? ''}`, { outlet: outletHeading(lemonde), page }));
    };
    const edited = many.map((a) => (a.id === 'a1' ? { ...a, title: 'Titre corrigé' } : a)); // a1: the 6th newest, page 2
    const before = keys([...many, ...citing]);
    const after = keys([...edited, ...citing]);
    expect(after.map((k, i) => k === before[i])).toEqual([true, false, true]);
  });
});

describe('outletSlug', () => {
  it('makes ASCII slugs', () => {
    expect(outletSlug('L’Équipe')).toBe('l-equipe');
    expect(outletSlug('20 Minutes')).toBe('20-minutes');
    expect(outletSlug('The Wall Street Journal')).toBe('the-wall-street-journal');
  });
});

describe('excerpt', () => {
  it('cuts at a word boundary with an ellipsis', () => {
    const e = excerpt(byFile('003'), 80);
    expect(e.length).toBeLessThanOrEqual(81);
    expect(e.endsWith('…')).toBe(true);
    expect(byFile('003').lead[0]!.startsWith(e.slice(0, -1))).toBe(true);
  });
  it('joins a paragraph that does not end a sentence with a dash', () => {
    expect(excerpt(byFile('001'), 400)).toContain('conflit en Ukraine — Moscou et Téhéran ont approfondi');
  });
});

describe('latestArticles', () => {
  it('keeps dated articles first, at most count', () => {
    expect(latestArticles(entries, 2).map((a) => a.files[0]!.path.slice(0, 3))[0]).toBe('003');
    expect(latestArticles(entries, 2)).toHaveLength(2);
  });
});

describe('report queries', () => {
  it('accounts for every file: shown, folded, rejected', () => {
    const folded = article('x', { files: [{ path: '10.txt', outlet: 'Le Monde' }, { path: '9.txt', outlet: null }] });
    const fates = listFileFates([folded], [{ path: '2.txt', reason: 'fichier vide' }]);
    expect(fates.map((f) => [f.path, f.kind])).toEqual([['2.txt', 'rejected'], ['9.txt', 'folded'], ['10.txt', 'shown']]);
  });
  it('groups removed lines by file in line order and counts reasons', () => {
    const groups = groupRemovedLines(samples.removed);
    expect(groups.map((g) => g.path)).toEqual([...new Set(samples.removed.map((r) => r.path))].sort());
    const g4 = groups.find((g) => g.path.startsWith('004'))!;
    expect(g4.lines.map((l) => l.text)).toContain("What's Your Reaction?");
    expect(g4.lines.every((l, i, all) => i === 0 || all[i - 1]!.line < l.line)).toBe(true);
    const counts = countRemovedReasons(samples.removed);
    expect(counts.reduce((n, c) => n + c.count, 0)).toBe(samples.removed.length);
  });
});

describe('toArticleEntry', () => {
  it('keeps the first paragraphs up to ENTRY_LEAD_CHARS, a longer last one cut at a word, and the body\'s length', () => {
    const long = 'Une phrase de quarante caractères, ou presque.'.repeat(5);
    const e = toArticleEntry({ paragraphs: [long, long, long, long, long] });
    expect(e.lead.length).toBeGreaterThan(1);
    expect(e.lead.length).toBeLessThan(5);
    expect(e.lead.slice(0, -1).every((p) => p === long)).toBe(true);
    expect(long.startsWith(e.lead.at(-1)!)).toBe(true);
    expect(e.lead.join(' ').length).toBeGreaterThanOrEqual(ENTRY_LEAD_CHARS);
    // One long paragraph (a wall of text) is kept to the limit, not whole.
    const wall = toArticleEntry({ paragraphs: [long.repeat(10)] });
    expect(wall.lead[0]!.length).toBeGreaterThanOrEqual(ENTRY_LEAD_CHARS);
    expect(wall.lead[0]!.length).toBeLessThan(ENTRY_LEAD_CHARS + 40);
    expect(excerpt(wall, 400)).toBe(excerpt({ lead: [long.repeat(10)] }, 400));
    expect(e.textLength).toBe(5 * long.length);
    expect(e).not.toHaveProperty('paragraphs');
    expect(toArticleEntry({ paragraphs: [] })).toEqual({ lead: [], textLength: 0 });
    // Enough for the longest excerpt a page shows (400 characters on a story page).
    expect(excerpt(e, 400)).toBe(excerpt({ lead: [long, long, long, long, long] }, 400));
  });
});
