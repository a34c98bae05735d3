import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage } from './browser.ts';
import { tryBuild } from './build-site.ts';

const site = inject('sites').hostile;
const tmp = inject('tmp');

let browser: Browser;
let page: Page;
let errors: string[];
let dialogs = 0;
beforeAll(async () => {
  browser = await launch();
  ({ page, errors } = await openPage(browser));
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
});
afterAll(async () => {
  await browser?.close();
});

describe('hostile article text (tests/fixtures/hostile)', () => {
  it('is shown literally and creates no element, link or handler', async () => {
    const slug = readdirSync(join(site.outDir, 'articles')).find((s) => s.startsWith('cyberattaque'))!;
    await page.goto(`${site.url}articles/${slug}/`);
    const body = page.locator('.body');
    // French spacing puts no-break spaces before ":" and "?": compare with plain spaces.
    const plain = (t: string) => t.replace(/[\u00a0\u202f]/g, ' ');
    const text = plain(await body.innerText());
    for (const literal of ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '[clic](javascript:alert(1))', '# Titre : les agents', '&amp;lt;b&amp;gt;', 'fdp.exe']) {
      expect(text).toContain(literal);
    }
    expect(plain(await page.locator('h1').innerText())).toBe('Cyberattaque : un courriel piégé contenant <script>alert(1)</script> visait la mairie');
    const found = await page.evaluate(() => {
      const all = [...document.querySelectorAll('*')];
      return {
        // JSON-LD is data, never run; any other script would be a leak.
        scripts: [...document.scripts].filter((x) => x.type !== 'application/ld+json').length,
        imgs: document.images.length,
        bodyTags: [...new Set([...document.querySelectorAll('.body *')].map((e) => e.tagName))],
        handlers: all.flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${e.tagName} ${a.name}`)),
        jsLinks: [...document.querySelectorAll('a')].filter((a) => a.getAttribute('href')?.trim().toLowerCase().startsWith('javascript:')).length,
        headings: [...document.querySelectorAll('h1, h2, h3')].map((h) => h.textContent ?? ''),
        bidi: /[\u202a-\u202e\u2066-\u2069]/.test(document.querySelector('.body')?.textContent ?? ''),
      };
    });
    expect(found.scripts).toBe(0);
    expect(found.imgs).toBe(0);
    expect(found.bodyTags).toEqual(['P']);
    expect(found.handlers).toEqual([]);
    expect(found.jsLinks).toBe(0);
    expect(found.headings.some((h) => h.startsWith('Titre'))).toBe(false);
    // Bidi controls are removed by the pipeline; if one ever got through, it stays inside one <p> of text.
    if (found.bidi) expect(found.bodyTags).toEqual(['P']);
    expect(dialogs).toBe(0);
    expect(errors).toEqual([]);
  });

  it('a bad file never stops the build: the empty file is reported as rejected', async () => {
    await page.goto(`${site.url}rapport/`);
    const row = page.locator('tr', { hasText: 'vide.txt' });
    expect(await row.count()).toBe(1);
    expect(await row.locator('td').nth(1).innerText()).toMatch(/^Rejeté : .+/);
    // The hostile text, plus the two invented articles of the reader tests (reader.test.ts).
    expect(readdirSync(join(site.outDir, 'articles'))).toHaveLength(3);
  });

  it('KIOSQUE_STRICT=1 fails the build, listing the rejected file and its reason', async () => {
    const result = await tryBuild({
      articlesDir: site.articlesDir,
      outDir: join(tmp, 'strict'),
      cacheDir: join(tmp, 'strict-cache'),
      env: { KIOSQUE_STRICT: '1' },
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('KIOSQUE_STRICT');
    expect(result.output).toMatch(/- vide\.txt: \S/);
  });
});
