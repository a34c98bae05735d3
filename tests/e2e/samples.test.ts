import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage } from './browser.ts';

const site = inject('sites').samples;

/** Titles of the five samples (content/articles/000…004), as the issue lists them. */
const TITLES = {
  '000': "La Russie et l'Iran envisagent la production conjointe de drones mortels, selon les États-Unis",
  '001': 'La Russie conclut un accord sur les drones avec l’Iran',
  '002': "L'Iran et la Russie conviennent de produire des drones kamikazes iraniens en Russie",
  '003': "L'Iran pourrait envoyer davantage de drones kamikazes à la Russie - Secrétaire d'État américain",
  '004': "La Russie et l'Iran construisent un partenariat de défense, prévient la Maison Blanche",
} as const;
type Sample = keyof typeof TITLES;

/** Site chrome of the samples that must never reach an article page. */
const CHROME = ['Bouton retour en haut de la page', 'Jannah Theme License', "What's Your Reaction?", 'Vous pouvez partager cette histoire', 'Approfondissez'];

let browser: Browser;
let page: Page;
let errors: string[];
const articleUrls = new Map<Sample, string>();

beforeAll(async () => {
  browser = await launch();
  ({ page, errors } = await openPage(browser));
  // Article URLs from the report page, which lists every input file and the article it became.
  await page.goto(`${site.url}rapport/`);
  for (const key of Object.keys(TITLES) as Sample[]) {
    const link = page.locator('tr', { hasText: new RegExp(`^${key}_`) }).first().locator('a');
    articleUrls.set(key, new URL((await link.getAttribute('href'))!, site.url).href);
  }
});
afterAll(async () => {
  await browser?.close();
});

async function textOf(url: string): Promise<string> {
  await page.goto(url);
  return page.locator('body').innerText();
}

describe('samples site', () => {
  it('home lists the three stories and all five articles', async () => {
    await page.goto(site.url);
    await expect(page.title()).resolves.toBe('Kiosque');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    const cards = page.locator('.stories > li');
    expect(await cards.count()).toBe(3);
    const text = await page.locator('main').innerText();
    for (const title of Object.values(TITLES)) expect(text).toContain(title);
    // The story covered by two outlets comes first, then the dated one, its date written the French way.
    expect(await cards.first().locator('h2').innerText()).toBe(TITLES['001']);
    expect(await cards.nth(1).locator('h2').innerText()).toBe(TITLES['003']);
    expect(await cards.nth(1).innerText()).toContain('23 oct. 2022');
    expect(text).toContain('Source inconnue');
  });

  it('article pages show the clean body without any chrome line', async () => {
    for (const key of Object.keys(TITLES) as Sample[]) {
      const text = await textOf(articleUrls.get(key)!);
      expect(await page.locator('h1').innerText()).toBe(TITLES[key]);
      for (const chrome of CHROME) expect(text, `${key}: ${chrome}`).not.toContain(chrome);
      expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    }
    const body = await textOf(articleUrls.get('001')!);
    expect(body).toContain('Le porte-parole du Kremlin, Dmitri Peskov, a déclaré en octobre');
    const b003 = await textOf(articleUrls.get('003')!);
    expect(b003).toContain('23 octobre 2022 à 13 h 27');
    expect(b003).toContain('Elena Shcherban');
  });

  it('shows the machine-translation label on 000 and 001 only', async () => {
    for (const key of Object.keys(TITLES) as Sample[]) {
      await page.goto(articleUrls.get(key)!);
      const labels = await page.locator('article').getByText('Traduction automatique probable').count();
      expect(labels, key).toBe(key === '000' || key === '001' ? 1 : 0);
    }
  });

  it('The Washington Post page lists 002 as published and 001 as citing it', async () => {
    await page.goto(`${site.url}sources/the-washington-post/`);
    const published = page.getByRole('list', { name: 'Articles publiés' });
    const citing = page.getByRole('list', { name: 'Articles qui citent cette source' });
    expect(await published.locator('a.title').allInnerTexts()).toEqual([TITLES['002']]);
    expect(await citing.locator('a.title').allInnerTexts()).toEqual([TITLES['001']]);
  });

  it('home → article → its outlet, by clicking', async () => {
    await page.goto(site.url);
    await page.getByRole('link', { name: TITLES['003'], exact: true }).click();
    await page.waitForURL(articleUrls.get('003')!);
    await page.locator('article .meta').getByRole('link', { name: 'Bloomberg' }).click();
    await page.waitForURL(`${site.url}sources/bloomberg/`);
    expect(await page.locator('h1').innerText()).toBe('Bloomberg');
    expect(await page.locator('main').innerText()).toContain(TITLES['003']);
  });

  it('has story pages for {001, 002} and {000, 004}, linked from their articles', async () => {
    for (const [a, b] of [['001', '002'], ['000', '004']] as const) {
      await page.goto(articleUrls.get(a)!);
      const storyLink = page.getByRole('link', { name: /Voir toute l’histoire/ });
      await expect(storyLink.count(), `${a} links to its story`).resolves.toBe(1);
      await storyLink.click();
      await page.waitForURL(/\/histoires\//);
      const text = await page.locator('main').innerText();
      expect(text).toContain(TITLES[a]);
      expect(text).toContain(TITLES[b]);
    }
    await page.goto(articleUrls.get('003')!);
    expect(await page.getByRole('link', { name: /Voir toute l’histoire/ }).count()).toBe(0);
  });

  it('the report lists every input file', async () => {
    await page.goto(`${site.url}rapport/`);
    expect(await page.locator('h1').innerText()).toBe("Rapport d'ingestion");
    const paths = await page.locator('table.fates td:first-child').allInnerTexts();
    const inputs = readdirSync('content/articles').filter((f) => f.endsWith('.txt')).sort();
    expect(paths.sort()).toEqual(inputs);
    // Removed chrome lines are listed (collapsed) with their file and reason.
    expect(await page.locator('main').textContent()).toContain('Bouton retour en haut de la page');
  });

  it('sources page lists outlets and "Source inconnue", without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(`${site.url}sources/`);
    const names = await p.locator('tbody td:first-child').allInnerTexts();
    expect(names).toContain('The Washington Post');
    expect(names).toContain('Source inconnue');
    await p.getByRole('link', { name: 'Source inconnue' }).click();
    expect(await p.locator('main').innerText()).toContain(TITLES['004']);
    await context.close();
  });

  it('search finds an article (Pagefind, external scripts under the CSP)', async () => {
    await page.goto(`${site.url}recherche/`);
    const input = page.getByRole('textbox');
    await input.fill('Peskov');
    const result = page.locator('.pagefind-ui__result-link').first();
    await result.waitFor({ timeout: 10_000 });
    expect(await result.innerText()).toBe(TITLES['001']);
    expect(new URL((await result.getAttribute('href'))!, site.url).href).toBe(articleUrls.get('001'));
  });

  it('serves the RSS feed and links it from the layout', async () => {
    await page.goto(site.url);
    expect(await page.getByRole('link', { name: 'S’abonner' }).getAttribute('href')).toBe(`${site.base}rss.xml`);
    const rss = await (await fetch(`${site.url}rss.xml`)).text();
    expect(rss).toContain('<rss');
    expect(rss.match(/<item>/g)).toHaveLength(5);
    const links = [...rss.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => new URL(m[1]!).pathname);
    expect(links.filter((p) => p.startsWith(`${site.base}articles/`))).toHaveLength(5);
  });

  it('no console error on any visited page, 404 page answers', async () => {
    const res = await page.goto(`${site.url}nulle-part/`);
    expect(res?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('Cette page n’existe pas');
    expect(errors.filter((e) => !e.includes('/nulle-part/'))).toEqual([]);
  });
});

describe('samples build output', () => {
  const htmlFiles = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
      return name.endsWith('.html') ? [path] : [];
    });

  it('has no inline script, inline style or inline event handler', () => {
    const files = htmlFiles(site.outDir);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      // JSON-LD is data, never run: the only inline <script> allowed.
      expect(html.replace(/<script type="application\/ld\+json">[^<]*<\/script>/g, ''), file).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/i);
      expect(html, file).not.toMatch(/<style[\s>]/i);
      expect(html, file).not.toMatch(/\sstyle=/i);
      expect(html, file).not.toMatch(/\son[a-z]+=/i);
    }
  });

  it('ships JavaScript only on the search page', () => {
    for (const file of htmlFiles(site.outDir)) {
      const hasScript = /<script(?! type="application\/ld\+json")/i.test(readFileSync(file, 'utf8'));
      expect(hasScript, file).toBe(file.endsWith(join('recherche', 'index.html')));
    }
  });

  it('keeps every article page under 10 KB of HTML + CSS, gzip-compressed', () => {
    const cssDir = join(site.outDir, '_astro');
    const css = readdirSync(cssDir).filter((f) => f.endsWith('.css')).map((f) => readFileSync(join(cssDir, f)));
    const cssGz = css.reduce((n, c) => n + gzipSync(c).length, 0);
    for (const file of htmlFiles(join(site.outDir, 'articles'))) {
      const total = gzipSync(readFileSync(file)).length + cssGz;
      expect(total, file).toBeLessThan(10 * 1024);
    }
  });
});
