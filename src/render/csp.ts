/** The Content-Security-Policy of public/_headers as a `<meta http-equiv>` fallback, for hosts that ignore `_headers`. */

/**
 * Directives a browser ignores (and complains about) when the policy comes from a `<meta>`
 * element: they only work as a response header (CSP Level 3, §"Meta element").
 */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

/**
 * The policy the `_headers` file sends for every path (`/*`), or null when it has none.
 *
 * @param headers Text of a Netlify/Cloudflare `_headers` file.
 */
export function headerPolicy(headers: string): string | null {
  let inAllPaths = false;
  for (const line of headers.split(/\r?\n/)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      inAllPaths = line.trim() === '/*';
      continue;
    }
    const m = /^\s+Content-Security-Policy:\s*(.+)$/i.exec(line);
    if (inAllPaths && m) return m[1]!.trim();
  }
  return null;
}

/**
 * The same policy minus the directives a `<meta>` cannot carry, so that both agree wherever both apply.
 *
 * @param policy A Content-Security-Policy header value.
 */
export function metaPolicy(policy: string): string {
  return policy
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d !== '' && !HEADER_ONLY.has(d.split(/\s+/)[0]!.toLowerCase()))
    .join('; ');
}
