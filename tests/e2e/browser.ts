/** Launches Debian's chromium through playwright-core and records console errors per page. */
import { chromium, type Browser, type Page } from 'playwright-core';

/** Flags for a quiet, offline, container-friendly headless run. */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

/** Starts /usr/bin/chromium (install it with scripts/ensure-chromium.sh). */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** A page whose console errors, page errors and failed requests are collected in `errors`. */
export async function openPage(browser: Browser, width = 1280): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${page.url()}: console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`${page.url()}: pageerror: ${e.message}`));
  page.on('requestfailed', (r) => {
    // Requests cut short by the next navigation (favicon…) are not failures.
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') errors.push(`${page.url()}: request failed: ${r.url()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`${page.url()}: HTTP ${r.status()} ${r.url()}`);
  });
  return { page, errors };
}
