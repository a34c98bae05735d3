/** Lists every outlet that published or is cited by an article, with its two article lists. */
import type { ArticleEntry } from '../schemas/article.ts';
import type { OutletSummary } from './types.ts';
import { compareNewestFirst } from './compare-newest-first.ts';
import { outletSlug, UNKNOWN_OUTLET, UNKNOWN_OUTLET_SLUG } from './outlet-slug.ts';

/** Flag the pipeline sets on probable machine translations. */
export const MACHINE_TRANSLATION_FLAG = 'machine-translation';

/**
 * One summary per outlet, most articles first (then by name, French order); "Source inconnue"
 * (articles with no outlet at all) comes last. Slugs are unique: a clash gets `-2`, `-3`…
 *
 * @param articles All articles of the site.
 */
export function listOutlets(articles: readonly ArticleEntry[]): OutletSummary[] {
  const byName = new Map<string, { own: Set<ArticleEntry>; citing: Set<ArticleEntry> }>();
  const bucket = (name: string) => {
    let b = byName.get(name);
    if (!b) byName.set(name, (b = { own: new Set(), citing: new Set() }));
    return b;
  };
  const unknown: ArticleEntry[] = [];
  for (const article of articles) {
    const own = new Set<string>();
    for (const file of article.files) if (file.outlet !== null) own.add(file.outlet);
    if (article.outlet !== null) own.add(article.outlet);
    if (own.size === 0) unknown.push(article);
    for (const name of own) bucket(name).own.add(article);
    for (const name of article.citedOutlets) if (!own.has(name)) bucket(name).citing.add(article);
  }
  const collator = new Intl.Collator('fr', { sensitivity: 'base' });
  const known = [...byName]
    .map(([name, b]) => ({ name, articles: [...b.own].sort(compareNewestFirst), citing: [...b.citing].sort(compareNewestFirst) }))
    // Names the collator finds equal ("L'Écho…" / "L'écho…") fall back to code-point order, not to
    // the order of `articles`: the slug suffixes (-2, -3…) must not depend on it (reproducible builds).
    .sort((a, b) => b.articles.length - a.articles.length || b.citing.length - a.citing.length || collator.compare(a.name, b.name) || byCodePoint(a.name, b.name));
  const used = new Set<string>([UNKNOWN_OUTLET_SLUG]);
  const out: OutletSummary[] = known.map((o) => {
    const base = outletSlug(o.name);
    let slug = base;
    for (let i = 2; used.has(slug); i++) slug = `${base}-${i}`;
    used.add(slug);
    return { ...o, slug, known: true, machineTranslated: countFlagged(o.articles) };
  });
  if (unknown.length > 0) {
    const sorted = unknown.sort(compareNewestFirst);
    out.push({ name: UNKNOWN_OUTLET, slug: UNKNOWN_OUTLET_SLUG, known: false, articles: sorted, citing: [], machineTranslated: countFlagged(sorted) });
  }
  return out;
}

/** Plain code-point order: a total order, for ties of the French collator. */
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function countFlagged(articles: readonly ArticleEntry[]): number {
  let n = 0;
  for (const a of articles) if (a.flags.includes(MACHINE_TRANSLATION_FLAG)) n++;
  return n;
}
