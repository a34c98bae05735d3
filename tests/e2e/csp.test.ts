/**
 * Strict CSP: every kind of page of the samples site, served with the headers of public/_headers
 * (scripts/serve.ts sends them), runs in Chromium without a single Content-Security-Policy
 * violation, and the search page (Pagefind: external scripts, WebAssembly) finds articles.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch } from './browser.ts';
import { ROOT } from './build-site.ts';

const site = inject('sites').samples;

/** The policy of public/_headers, as the host (and scripts/serve.ts) sends it. */
const POLICY = (() => {
  const line = readFileSync(join(ROOT, 'public', '_headers'), 'utf8')
    .split('\n')
    .find((l) => l.trim().startsWith('Content-Security-Policy:'));
  return line!.slice(line!.indexOf(':') + 1).trim();
})();

let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Violations seen by `securitypolicyviolation` listeners and by the console, with the page URL. */
let violations: string[] = [];

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // The binding and the init script are installed through DevTools, outside the page's CSP.
  await context.exposeBinding('__kiosqueCspViolation', ({ page: p }, text: string) => {
    violations.push(`${p.url()}: event: ${text}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __kiosqueCspViolation: (t: string) => void }).__kiosqueCspViolation;
      void report(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  page = await context.newPage();
  page.on('console', (m) => {
    if (/Content[- ]Security[- ]Policy/i.test(m.text())) violations.push(`${page.url()}: console ${m.type()}: ${m.text()}`);
  });
});
afterAll(async () => {
  await browser?.close();
});

/** Opens a page, checks that it was served with the policy, and returns the violations it caused. */
async function visit(path: string): Promise<string[]> {
  violations = [];
  const response = await page.goto(new URL(path, site.url).href, { waitUntil: 'load' });
  expect(response?.status(), path).toBe(200);
  expect(response?.headers()['content-security-policy'], path).toBe(POLICY);
  // Violation events are queued as tasks: let them arrive before reading.
  await page.evaluate(() => new Promise((done) => setTimeout(done, 100)));
  return violations;
}

describe('strict Content-Security-Policy (public/_headers)', () => {
  it('is what the site ships: no unsafe-inline, no unsafe-eval', () => {
    expect(POLICY).toContain("default-src 'self'");
    expect(POLICY).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(POLICY).toContain("style-src 'self'");
    expect(POLICY).not.toContain('unsafe-inline');
    expect(POLICY).not.toMatch(/'unsafe-eval'/);
  });

  it('reports a violation when a page breaks it (the listeners work)', async () => {
    await visit('');
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      document.body.setAttribute('style', 'outline: 1px solid red');
      return new Promise((done) => setTimeout(() => done((window as unknown as { __inlineRan?: boolean }).__inlineRan ?? false), 200));
    });
    expect(ran).toBe(false);
    expect(violations.some((v) => v.includes('event: script-src'))).toBe(true);
    expect(violations.some((v) => v.includes('event: style-src'))).toBe(true);
  });

  it('home, an article, a story, an outlet, the sources, the report and the 404 page raise no violation', async () => {
    const article = `articles/${readdirSync(join(site.outDir, 'articles')).sort()[0]}/`;
    const story = `histoires/${readdirSync(join(site.outDir, 'histoires')).sort()[0]}/`;
    // Not rss.xml: opened in Chromium, the browser's own XML viewer styles itself inline and the
    // policy blocks that (a cosmetic browser artefact; feed readers do not apply the page's CSP).
    for (const path of ['', article, story, 'sources/the-washington-post/', 'sources/', 'rapport/']) {
      expect(await visit(path), path || 'home').toEqual([]);
    }
    violations = [];
    const missing = await page.goto(new URL('nulle-part/', site.url).href);
    expect(missing?.status()).toBe(404);
    expect(violations).toEqual([]);
  });

  it('search page: Pagefind loads and finds "drones" under the policy, without a violation', async () => {
    expect(await visit('recherche/')).toEqual([]);
    await page.getByRole('textbox').fill('drones');
    const results = page.locator('.pagefind-ui__result-link');
    await results.first().waitFor({ timeout: 10_000 });
    const titles = await results.allInnerTexts();
    // All five samples are about drones.
    expect(titles.length).toBe(5);
    expect(titles).toContain('La Russie conclut un accord sur les drones avec l’Iran');
    for (const href of await results.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
      expect(href).toMatch(/^\/articles\/[a-z0-9-]+\/$/);
    }
    expect(await page.locator('.pagefind-ui__message').innerText()).toMatch(/^5 résultats pour drones$/);
    // Results highlight the term with <mark>, inserted by script, still no violation.
    expect(await page.locator('.pagefind-ui__result-excerpt mark').count()).toBeGreaterThan(0);
    expect(violations).toEqual([]);
  });
});
