import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import type { Element, RootContent } from 'hast';
import { launch, openPage } from './browser.ts';

const site = inject('sites').kiosque;

/** Every URL an HTML page points to through <a href>, <link href>, <script src>, <img src>. */
function linksOf(html: string): string[] {
  const out: string[] = [];
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      const el = node as Element;
      const attr = el.tagName === 'a' || el.tagName === 'link' ? 'href' : el.tagName === 'script' || el.tagName === 'img' ? 'src' : null;
      const value = attr ? el.properties[attr] : undefined;
      if (typeof value === 'string') out.push(value);
      walk(el.children);
    }
  };
  walk(unified().use(rehypeParse).parse(html).children);
  return out;
}

describe('site built with BASE_PATH=/kiosque/', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('has no broken internal link: every page, stylesheet, script and image answers 200', async () => {
    const origin = new URL(site.url).origin;
    const seen = new Set<string>([site.url]);
    const queue = [site.url];
    const broken: string[] = [];
    let pages = 0;
    while (queue.length > 0) {
      const url = queue.shift()!;
      const res = await fetch(url, { redirect: 'manual' });
      if (res.status !== 200) {
        broken.push(`${res.status} ${url}`);
        continue;
      }
      if (!(res.headers.get('content-type') ?? '').startsWith('text/html')) continue;
      pages++;
      for (const link of linksOf(await res.text())) {
        const target = new URL(link, url);
        target.hash = '';
        if (target.origin !== origin || seen.has(target.href)) continue;
        seen.add(target.href);
        queue.push(target.href);
      }
    }
    expect(broken).toEqual([]);
    expect(pages).toBeGreaterThanOrEqual(15);
    expect([...seen].every((u) => u.startsWith(site.url))).toBe(true);
    expect(seen.has(`${site.url}rss.xml`)).toBe(true);
  });

  it('navigates home → article → outlet under the base path without console errors', async () => {
    const { page, errors } = await openPage(browser, 390);
    await page.goto(site.url);
    await page.locator('.stories > li h2 a').first().click();
    await page.waitForURL(/\/kiosque\/articles\//);
    await page.locator('article .meta a.outlet').click();
    await page.waitForURL(/\/kiosque\/sources\//);
    await page.goto(`${site.url}recherche/`);
    await page.getByRole('textbox').fill('drones');
    const first = page.locator('.pagefind-ui__result-link').first();
    await first.waitFor({ timeout: 10_000 });
    expect(await first.getAttribute('href')).toMatch(/^\/kiosque\/articles\//);
    expect(errors).toEqual([]);
  });
});
