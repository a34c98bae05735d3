/**
 * "Stories and outlets" on the five samples, in Chromium: story pages for {001, 002} and
 * {000, 004} listing both articles with their outlets, 003 on neither, three stories on the home
 * page with their number of sources, the machine-translation share on outlet pages, and both
 * counts (published, citing) for every outlet of the sources index.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage } from './browser.ts';

const site = inject('sites').samples;

/** Titles and outlets of the samples (content/articles/000…004), as the issues describe them. */
const SAMPLES = {
  '000': { title: "La Russie et l'Iran envisagent la production conjointe de drones mortels, selon les États-Unis", outlet: 'Source inconnue' },
  '001': { title: 'La Russie conclut un accord sur les drones avec l’Iran', outlet: 'RT' },
  '002': { title: "L'Iran et la Russie conviennent de produire des drones kamikazes iraniens en Russie", outlet: 'The Washington Post' },
  '003': { title: "L'Iran pourrait envoyer davantage de drones kamikazes à la Russie - Secrétaire d'État américain", outlet: 'Bloomberg' },
  '004': { title: "La Russie et l'Iran construisent un partenariat de défense, prévient la Maison Blanche", outlet: 'Source inconnue' },
} as const;
type Sample = keyof typeof SAMPLES;
const STORIES: ReadonlyArray<readonly [Sample, Sample]> = [['001', '002'], ['000', '004']];

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

/** [title, outlet] of every article of a story page's chronology (dated and undated parts). */
async function storyArticles(): Promise<Array<[string, string]>> {
  return page.evaluate(() => {
    const text = (el: Element | null | undefined) => el?.textContent?.trim() ?? '';
    return [...document.querySelectorAll('main .chronology > li')].map((li): [string, string] => [text(li.querySelector('a.title')), text(li.querySelector('.outlet'))]);
  });
}

describe('stories (samples)', () => {
  it('has exactly two story pages, for {001, 002} and {000, 004}, each listing both articles with their outlets', async () => {
    const slugs = readdirSync(join(site.outDir, 'histoires'));
    expect(slugs).toHaveLength(2);
    const seen = new Set<string>();
    for (const slug of slugs) {
      await page.goto(`${site.url}histoires/${slug}/`);
      const shown = await storyArticles();
      const pair = STORIES.find(([x]) => shown.some(([title]) => title === SAMPLES[x].title));
      expect(pair, `story ${slug} is one of the two expected stories`).toBeDefined();
      seen.add(pair!.join('+'));
      expect(shown.toSorted()).toEqual(pair!.map((k): [string, string] => [SAMPLES[k].title, SAMPLES[k].outlet]).toSorted());
      expect(await page.locator('.kicker').first().textContent()).toBe('Histoire · 2 articles');
      // 003 is on neither story page, not even as a link.
      expect(await page.locator('main').innerText()).not.toContain(SAMPLES['003'].title);
    }
    expect([...seen].sort()).toEqual(['000+004', '001+002']);
  });

  it('the {001, 002} story names both outlets with their counts, with links to their pages, and its own title', async () => {
    await page.goto(site.url);
    await page.locator('.card', { hasText: SAMPLES['001'].title }).locator('.more a').click();
    await page.waitForURL(/\/histoires\//);
    expect((await page.title()).replace(/[\u00a0\u202f]/g, ' ')).toBe(`Couverture complète : ${SAMPLES['001'].title} · Kiosque`);
    // Counts, and the country when the outlet list knows it.
    expect((await page.locator('ul.coverage').innerText()).split('\n')).toEqual(['RT (Russie) · 1 article', 'The Washington Post (États-Unis) · 1 article']);
    // Each article is listed once: no second list repeating the chronology.
    expect(await page.locator('main a.title', { hasText: SAMPLES['002'].title }).count()).toBe(1);
    const publishers = page.locator('ul.coverage a.outlet');
    expect(await publishers.allInnerTexts()).toEqual(['RT', 'The Washington Post']);
    expect(await publishers.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['/sources/rt/', '/sources/the-washington-post/']);
  });

  it('home shows the three stories, each with its number of other outlets (not files)', async () => {
    await page.goto(site.url);
    const cards = page.locator('.stories > .card');
    expect(await cards.count()).toBe(3);
    const byLead = new Map<string, string | null>();
    for (const card of await cards.all()) {
      const more = card.locator('.more');
      byLead.set(await card.locator('h2').innerText(), (await more.count()) > 0 ? await more.innerText() : null);
    }
    expect(byLead).toEqual(
      new Map([
        [SAMPLES['001'].title, '+1 autre source'],
        [SAMPLES['003'].title, null],
        // 000 and 004 both name no outlet: one "Source inconnue", no other outlet to count.
        [SAMPLES['000'].title, 'Voir les 2 articles de l’histoire'],
      ]),
    );
    // The other article of each story is named on its card.
    expect(await cards.nth(0).locator('.also').innerText()).toContain(SAMPLES['002'].title);
    expect(await cards.nth(2).locator('.also').innerText()).toContain(SAMPLES['004'].title);
  });
});

describe('outlets (samples)', () => {
  it('an outlet page shows its share of articles flagged as machine translations', async () => {
    const expected = {
      rt: 'Traduction automatique probable : 1 article sur 1 (100 %).',
      'the-washington-post': 'Traduction automatique probable : 0 article sur 1 (0 %).',
      'source-inconnue': 'Traduction automatique probable : 1 article sur 2 (50 %).',
    };
    for (const [slug, text] of Object.entries(expected)) {
      await page.goto(`${site.url}sources/${slug}/`);
      // Intl writes "100 %" with a narrow no-break space.
      expect((await page.locator('.mt-share').innerText()).replace(/\u202f|\u00a0/g, ' '), slug).toBe(text);
    }
  });

  it('the sources index gives each outlet both counts, equal to the lists of its page', async () => {
    await page.goto(`${site.url}sources/`);
    expect(await page.locator('thead th').allTextContents()).toEqual(['Source', 'Articles', 'Cité par', 'Trad. auto.']);
    const rows = await page.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => {
        const cells = [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '');
        return { name: cells[0]!, href: tr.querySelector('a')!.getAttribute('href')!, published: Number(cells[1]), citing: Number(cells[2]) };
      }),
    );
    const byName = Object.fromEntries(rows.map((r) => [r.name, [r.published, r.citing]]));
    // From the issue: The Washington Post publishes 002 and is cited by 001.
    expect(byName['The Washington Post']).toEqual([1, 1]);
    expect(byName['RT']).toEqual([1, 0]);
    expect(byName['Source inconnue']?.[0]).toBe(2);
    for (const row of rows) {
      expect(Number.isInteger(row.published) && Number.isInteger(row.citing), row.name).toBe(true);
      await page.goto(new URL(row.href, site.url).href);
      expect(await page.locator('h1').innerText()).toBe(row.name);
      expect(await page.getByRole('list', { name: 'Articles publiés' }).locator('a.title').count(), `${row.name}: published`).toBe(row.published);
      expect(await page.getByRole('list', { name: 'Articles qui citent cette source' }).locator('a.title').count(), `${row.name}: citing`).toBe(row.citing);
    }
    expect(errors).toEqual([]);
  });
});
