/**
 * A search index in parts (a site larger than SHARD_MAX_RECORDS, here with parts of two records):
 * the search page (public/search.js with Pagefind's UI, in Chromium) merges every part listed in
 * pagefind/parts.json, finds the articles of all of them, filters by outlet over all of them, and
 * sorts "newest first" in the exact global order. No Astro build: the index is written from
 * invented records by startSearchIndex, beside a copy of the search page's markup and script.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { serveStatic, type RunningServer } from '../../scripts/serve.ts';
import { startSearchIndex } from '../../src/render/search-index.ts';
import { searchRecords } from '../../src/render/search-records.ts';
import { launch, openPage } from './browser.ts';
import { ROOT } from './build-site.ts';

/** Invented articles: nine council meetings on six days (some days shared), one undated, two outlets. */
const DAYS = ['2019-03-04', '2019-03-01', '2019-03-04', '2019-02-27', null, '2019-03-02', '2019-02-27', '2019-03-03', '2019-03-01'];
const ARTICLES = DAYS.map((day, i) => ({
  id: `seance-${String.fromCharCode(105 - i)}`,
  title: `Séance ${i + 1} du conseil`,
  paragraphs: [`Le conseil municipal a siégé pour la séance numéro ${i + 1}, consacrée au budget des écoles.`],
  outlet: i % 3 === 0 ? 'La Gazette' : 'Le Courrier',
  publishedAt: day === null ? null : `${day}T18:30:00+01:00`,
}));

/** The search page's markup, as src/pages/recherche.astro writes it (bundle and base at "/"). */
const PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Recherche</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="/pagefind/pagefind-ui.css">
<script src="/pagefind/pagefind-ui.js" defer></script><script src="/search.js" defer></script></head>
<body><label id="recherche-label" for="recherche-texte">Mots à chercher</label>
<select id="tri"><option value="pertinence">pertinence</option><option value="date">date</option></select>
<div id="recherche" data-bundle="/pagefind/" data-base="/"></div></body></html>`;

let work: string;
let server: RunningServer;
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'kiosque-parts-'));
  const site = join(work, 'site');
  const job = startSearchIndex(searchRecords(ARTICLES), { stagingDir: join(work, 'staging'), maxRecords: 2 });
  expect(job.parts).toBe(5);
  await job.finish(site);
  cpSync(join(ROOT, 'public', 'search.js'), join(site, 'search.js'));
  writeFileSync(join(site, 'index.html'), PAGE);
  server = await serveStatic({ dir: site, port: 0 });
  browser = await launch();
  ({ page, errors } = await openPage(browser));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Titles of the shown results, after asking for all of them. */
async function shownTitles(p: Page): Promise<string[]> {
  await p.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 10_000 });
  while (await p.locator('.pagefind-ui__button').count()) await p.locator('.pagefind-ui__button').click();
  await expect.poll(() => p.locator('.pagefind-ui__result-link').count(), { timeout: 10_000 }).toBe(ARTICLES.length);
  return p.locator('.pagefind-ui__result-link').allInnerTexts();
}

describe('a search index in parts', () => {
  it('finds the articles of every part and filters by outlet over all of them', async () => {
    await page.goto(`${server.url}?q=conseil`);
    expect(new Set(await shownTitles(page))).toEqual(new Set(ARTICLES.map((a) => a.title)));
    await page.locator('.pagefind-ui__filter-label', { hasText: /^La Gazette/ }).click();
    await expect.poll(() => page.locator('.pagefind-ui__result').count(), { timeout: 10_000 }).toBe(3);
    expect(errors).toEqual([]);
  });

  it('sorts newest first over all parts, equal days in a fixed order, the undated one last', async () => {
    await page.goto(`${server.url}?tri=date&q=conseil`);
    const titles = await shownTitles(page);
    // Undated: '' (sorts before every day, so last when newest come first).
    const day = (t: string) => DAYS[ARTICLES.findIndex((a) => a.title === t)] ?? '';
    const days = titles.map(day);
    expect(days).toEqual(days.toSorted().toReversed());
    expect(days.at(-1)).toBe('');
    // Same days: the record of the greater URL first, as one index would give them.
    const url = (t: string) => ARTICLES.find((a) => a.title === t)!.id;
    for (let i = 1; i < titles.length; i++) if (days[i] === days[i - 1]) expect(url(titles[i - 1]!) > url(titles[i]!)).toBe(true);
    expect(errors).toEqual([]);
  });
});
