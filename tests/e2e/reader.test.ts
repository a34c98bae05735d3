/**
 * The reader's side, in Chromium: the link to the original article (and as the main action on a
 * headline-only item), no file name shown to readers, feeds whose text stays text once parsed as
 * XML and then as HTML, a search filtered by outlet, readable dark mode, and axe on every page
 * type in light and dark mode. Uses the samples and hostile sites the global setup built.
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage } from './browser.ts';

const sites = inject('sites');
const samples = sites.samples;
const hostile = sites.hostile;
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** WCAG AA contrast for body text. */
const MIN_CONTRAST = 4.5;

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launch();
  ({ page, errors } = await openPage(browser));
});
afterAll(async () => {
  await browser?.close();
});

const slugOf = (dir: string, prefix: string) => readdirSync(join(dir, 'articles')).find((s) => s.startsWith(prefix))!;

describe('link to the original article', () => {
  it('is a real outbound link labelled with the site, http(s) only, noopener noreferrer', async () => {
    await page.goto(`${hostile.url}articles/${slugOf(hostile.outDir, 'une-bibliotheque')}/`);
    const link = page.locator('article a.out');
    expect(await link.count()).toBe(1);
    expect(await link.getAttribute('href')).toBe('https://www.courrier-tilleuls.example/vie-locale/2025/03/14/bibliotheque-dimanche');
    expect((await link.getAttribute('rel'))!.split(' ').sort()).toEqual(['noopener', 'noreferrer']);
    expect(await link.innerText()).toBe('Lire sur courrier-tilleuls.example ↗');
    // The hostile article has no URL: no outbound link at all, and never a javascript: one.
    await page.goto(`${hostile.url}articles/${slugOf(hostile.outDir, 'cyberattaque')}/`);
    expect(await page.locator('a.out').count()).toBe(0);
  });

  it('is the main action of a headline-only item', async () => {
    await page.goto(`${hostile.url}articles/${slugOf(hostile.outDir, 'les-horaires')}/`);
    expect(await page.locator('.body').count()).toBe(0);
    const main = page.locator('.headline-only .source-link.primary a.out');
    expect(await main.innerText()).toContain('Lire sur courrier-tilleuls.example');
    await main.focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toMatch(/^https:\/\/www\.courrier-tilleuls\.example\//);
  });

  it('repairs glued sentences and uses French spacing in the article text', async () => {
    await page.goto(`${hostile.url}articles/${slugOf(hostile.outDir, 'une-bibliotheque')}/`);
    const text = await page.locator('.body').innerText();
    expect(text).toContain('après-midi. La fréquentation');
    expect(text).toContain('«\u202fvrai succès\u202f»');
    expect(text).toContain('supplémentaires\u202f;');
    expect(text).not.toMatch(/ [;:!?»]/);
  });
});

describe('readers never see input file names', () => {
  it('no page but /rapport/ shows a .txt name', async () => {
    const pages = ['', 'sources/', `articles/${slugOf(samples.outDir, 'la-russie-conclut')}/`, ...readdirSync(join(samples.outDir, 'histoires')).map((s) => `histoires/${s}/`)];
    for (const path of pages) {
      await page.goto(`${samples.url}${path}`);
      expect(await page.locator('body').innerText(), path).not.toMatch(/\.txt\b/i);
    }
  });
});

describe('feeds', () => {
  it('keep article text, bylines and outlet names as text once parsed as XML and then as HTML', async () => {
    await page.goto(`${hostile.url}`);
    for (const feed of ['rss.xml', `sources/le-courrier-des-tilleuls/rss.xml`]) {
      const xml = await (await fetch(`${hostile.url}${feed}`)).text();
      const found = await page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, 'application/xml');
        const fields = [...doc.querySelectorAll('item > description, item > category, item > creator')].map((e) => e.textContent ?? '');
        return {
          parseError: doc.querySelector('parsererror') !== null,
          self: doc.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'link')[0]?.getAttribute('rel') ?? null,
          lastBuildDate: doc.querySelector('channel > lastBuildDate')?.textContent ?? null,
          elements: fields.flatMap((html) => [...new DOMParser().parseFromString(html, 'text/html').body.querySelectorAll('*')].map((e) => e.tagName)),
          texts: fields.map((html) => new DOMParser().parseFromString(html, 'text/html').body.textContent ?? ''),
        };
      }, xml);
      expect(found.parseError, feed).toBe(false);
      expect(found.self, feed).toBe('self');
      expect(found.lastBuildDate, feed).toMatch(/^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$/);
      expect(found.elements, feed).toEqual([]);
      if (feed === 'rss.xml') expect(found.texts.some((t) => t.includes('<script>alert(1)</script>'))).toBe(true);
    }
  });

  it('are linked from their pages with rel=alternate', async () => {
    await page.goto(`${hostile.url}sources/le-courrier-des-tilleuls/`);
    const hrefs = await page.locator('link[rel="alternate"][type="application/rss+xml"]').evaluateAll((ls) => ls.map((l) => l.getAttribute('href')));
    expect(hrefs).toContain('/sources/le-courrier-des-tilleuls/rss.xml');
    const story = readdirSync(join(samples.outDir, 'histoires'))[0]!;
    await page.goto(`${samples.url}histoires/${story}/`);
    const storyFeed = await page.locator(`link[rel="alternate"][href="/histoires/${story}/rss.xml"]`).count();
    expect(storyFeed).toBe(1);
    expect((await fetch(`${samples.url}histoires/${story}/rss.xml`)).status).toBe(200);
  });
});

describe('sharing metadata and search engines (built files)', () => {
  const html = (path: string) => readFileSync(join(samples.outDir, path, 'index.html'), 'utf8');
  const jsonLd = (page: string) => JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(page)![1]!) as Record<string, unknown>;

  it('article pages carry OpenGraph, Twitter card and a NewsArticle (date only when known)', () => {
    const dated = html(`articles/${slugOf(samples.outDir, 'l-iran-pourrait')}`);
    expect(dated).toContain('<meta property="og:type" content="article">');
    expect(dated).toMatch(/<meta name="twitter:card" content="summary">/);
    const ld = jsonLd(dated);
    expect(ld['@type']).toBe('NewsArticle');
    expect(ld['datePublished']).toBe('2022-10-23T13:27:00+02:00');
    expect(ld['publisher']).toEqual({ '@type': 'Organization', name: 'Bloomberg' });
    expect(ld['author']).toEqual({ '@type': 'Person', name: 'Elena Shcherban' });
    const undated = jsonLd(html(`articles/${slugOf(samples.outDir, 'la-russie-conclut')}`));
    expect(undated).not.toHaveProperty('datePublished');
  });

  it('story and outlet pages carry a CollectionPage with an ItemList', () => {
    const story = jsonLd(html(`histoires/${readdirSync(join(samples.outDir, 'histoires'))[0]!}`));
    expect(story['@type']).toBe('CollectionPage');
    expect((story['mainEntity'] as { numberOfItems: number }).numberOfItems).toBe(2);
    expect(jsonLd(html('sources/rt'))['@type']).toBe('CollectionPage');
  });

  it('404 is noindex without canonical; robots.txt names the sitemap; dated articles have lastmod', () => {
    const notFound = readFileSync(join(samples.outDir, '404.html'), 'utf8');
    expect(notFound).toContain('<meta name="robots" content="noindex">');
    expect(notFound).not.toContain('rel="canonical"');
    expect(readFileSync(join(samples.outDir, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: http:\/\/localhost:4321\/sitemap-index\.xml$/m);
    const sitemap = readFileSync(join(samples.outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toMatch(/l-iran-pourrait[^<]*<\/loc><lastmod>2022-10-23T11:27:00\.000Z<\/lastmod>/);
    expect(readFileSync(join(samples.outDir, '_headers'), 'utf8')).toMatch(/\/_astro\/\*\n\s+Cache-Control: public, max-age=31536000, immutable/);
  });
});

describe('search', () => {
  it('filters by outlet and shows outlet and date under each result', async () => {
    await page.goto(`${samples.url}recherche/`);
    await page.getByRole('textbox', { name: /Mots à chercher/ }).fill('drones');
    await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 10_000 });
    const all = await page.locator('.pagefind-ui__result').count();
    expect(all).toBeGreaterThan(1);
    await page.locator('.pagefind-ui__filter-label', { hasText: /^Bloomberg/ }).click();
    await expect.poll(() => page.locator('.pagefind-ui__result').count(), { timeout: 10_000 }).toBe(1);
    const result = page.locator('.pagefind-ui__result').first();
    expect(await result.locator('.pagefind-ui__result-link').innerText()).toContain("L'Iran pourrait envoyer davantage de drones");
    const tags = await result.locator('.pagefind-ui__result-tag').allInnerTexts();
    expect(tags.map((t) => t.replace(/\s+/g, ' '))).toEqual(['Source: Bloomberg', 'Date: 23 octobre 2022']);
  });

  it('sorts by date, newest first, keeping undated articles (last) instead of dropping them', async () => {
    await page.goto(`${samples.url}recherche/`);
    await page.getByRole('textbox', { name: /Mots à chercher/ }).fill('drones');
    await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 10_000 });
    const byRelevance = await page.locator('.pagefind-ui__result').count();
    await page.selectOption('#tri', 'date');
    await expect.poll(() => page.locator('.pagefind-ui__result').count(), { timeout: 10_000 }).toBe(byRelevance);
    // 003 is the only dated sample: first when sorting by date.
    expect(await page.locator('.pagefind-ui__result-link').first().innerText()).toContain("L'Iran pourrait envoyer davantage de drones");
    expect(await page.getByRole('textbox', { name: /Mots à chercher/ }).inputValue()).toBe('drones');
    // The sort and the term are in the address: the sorted search can be shared or bookmarked.
    expect(new URL(page.url()).searchParams.get('tri')).toBe('date');
    expect(new URL(page.url()).searchParams.get('q')).toBe('drones');
  });

  it('switches the sort while a search is still running without losing the results (no worker error)', async () => {
    await page.goto(`${samples.url}recherche/`);
    await page.getByRole('textbox', { name: /Mots à chercher/ }).fill('drones');
    // Each change of sort reloads the page with the sort in its address: wait for the new page before
    // counting its results (the old page's results are still there while the next one loads).
    await page.selectOption('#tri', 'date');
    await page.waitForURL((u) => u.searchParams.get('tri') === 'date', { timeout: 10_000 });
    await expect.poll(() => page.locator('.pagefind-ui__result').count(), { timeout: 10_000 }).toBeGreaterThan(1);
    await page.selectOption('#tri', 'pertinence');
    await page.waitForURL((u) => !u.searchParams.has('tri'), { timeout: 10_000 });
    await expect.poll(() => page.locator('.pagefind-ui__result').count(), { timeout: 10_000 }).toBeGreaterThan(1);
    expect(new URL(page.url()).searchParams.get('q')).toBe('drones');
  });

  it('is readable in dark mode: typed text and result titles reach AA contrast', async () => {
    const context = await browser.newContext({ colorScheme: 'dark', viewport: { width: 390, height: 900 } });
    const p = await context.newPage();
    await p.goto(`${samples.url}recherche/`);
    await p.getByRole('textbox', { name: /Mots à chercher/ }).fill('drones');
    await p.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 10_000 });
    const ratios = await p.evaluate(() => {
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
      const background = (el: Element | null): number[] => {
        for (let e = el; e; e = e.parentElement) {
          const c = rgb(getComputedStyle(e).backgroundColor);
          if (c.length === 3 || (c[3] ?? 0) > 0) return c.slice(0, 3);
        }
        return [255, 255, 255];
      };
      const lum = ([r, g, b]: number[]) =>
        [r!, g!, b!].map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4)).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i]!, 0);
      const ratio = (el: Element) => {
        const a = lum(rgb(getComputedStyle(el).color).slice(0, 3));
        const b = lum(background(el));
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      };
      return {
        input: ratio(document.querySelector('input.pagefind-ui__search-input')!),
        title: ratio(document.querySelector('.pagefind-ui__result-link')!),
        dark: matchMedia('(prefers-color-scheme: dark)').matches,
      };
    });
    expect(ratios.dark).toBe(true);
    expect(ratios.input).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expect(ratios.title).toBeGreaterThanOrEqual(MIN_CONTRAST);
    await context.close();
  });
});

describe('accessibility (axe)', () => {
  const storySlug = () => readdirSync(join(samples.outDir, 'histoires'))[0]!;
  const pages = () => [
    '', `articles/${slugOf(samples.outDir, 'la-russie-conclut')}/`, `histoires/${storySlug()}/`, 'sources/', 'sources/rt/',
    'sources/nbc-news/', 'rapport/', 'archives/', 'archives/2022/10/', 'archives/2022/10/23/', 'recherche/', 'nulle-part/',
  ];
  for (const scheme of ['light', 'dark'] as const) {
    it(`finds no violation on any page type (${scheme})`, async () => {
      // axe is injected as a script: the page's CSP would refuse it.
      const context = await browser.newContext({ colorScheme: scheme, bypassCSP: true, viewport: { width: 1280, height: 900 } });
      const p = await context.newPage();
      const violations: string[] = [];
      for (const path of pages()) {
        await p.goto(`${samples.url}${path}`);
        if (path === 'recherche/') {
          await p.getByRole('textbox', { name: /Mots à chercher/ }).fill('drones');
          await p.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 10_000 });
        }
        await p.addScriptTag({ content: AXE });
        const found = await p.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
          const r = await axe.run(document, { resultTypes: ['violations'] });
          return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3).join(' ')}`);
        });
        for (const v of found) violations.push(`${path || '/'} ${v}`);
      }
      await context.close();
      expect(violations).toEqual([]);
    });
  }

  it('no console error on the pages visited', () => {
    expect(errors).toEqual([]);
  });
});
