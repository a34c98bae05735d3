/** The unseen-sites v33 development set: deterministic, every file accounted for, v2's outlet convention kept, chrome in many shapes, a recorded digest, a scorer that sees wrong answers. */
import { describe, expect, it } from 'vitest';
import { INTO_EN_V33, INTO_FR_V33, SEED_V33, SITES_V33, generateUnseenV33 } from '../../scripts/unseen-sites-v33.ts';
import type { UnseenSource } from '../../scripts/unseen-sites.ts';
import type { UnseenEntry } from '../../src/eval/unseen-sites.ts';
import { decodedAs, expectOutletConvention, itHasTheSharedShape, itIsFrozen } from './unseen-answers.ts';

/** Invented articles (no corpus text): village bakeries that close or reopen, and what the council and the neighbours make of it. */
const VILLAGES = ['Saint-Gengoux', 'Montbazens', 'Lurcy-Lévis', 'Chaource', 'Sainte-Sévère', 'Olargues', 'Guémené', 'Vézelise', 'Aiguillon', 'Mauléon', 'Châtelus', 'Sennecey'];
const SHOPS = [
  'la boulangerie de la place', 'le dépôt de pain', 'la dernière boulangerie', 'le fournil communal', 'la boulangerie-épicerie', 'le four banal restauré',
  'la pâtisserie du bourg', 'le fournil bio', 'la boulangerie de la gare', 'le point chaud', 'la boulangerie du marché', 'le fournil associatif',
  'la boulangerie du haut', 'la boulangerie-café', 'le four à bois', 'la boutique du meunier', 'la boulangerie coopérative', 'le fournil ambulant',
];
const paragraph = (village: string, shop: string, i: number, j: number, k: number): string =>
  [
    `A ${village}, ${shop} rouvrira ses portes au printemps, après ${i + j + 2} mois de fermeture et une longue recherche de repreneur.`,
    (i + j) % 3 === 0
      ? `« Sans pain, le village se vide le matin », dit une habitante qui faisait ${6 + i} kilomètres pour acheter sa baguette depuis ${3 + j} mois.`
      : `"Sans pain, le village se vide le matin", dit une habitante qui faisait ${6 + i} kilomètres pour acheter sa baguette depuis ${3 + j} mois.`,
    `La commune a racheté les murs ${90 + 4 * i + 3 * j} 000 euros et loue le fournil à un jeune couple pour un loyer de ${200 + 10 * (j % 7)} euros par mois.`,
    `Le conseil municipal espère que la réouverture fera revenir le café voisin, fermé depuis ${2 + (i % 5)} ans faute de passage.`,
    `Un point sera fait en ${['septembre', 'octobre', 'novembre'][j % 3]}, quand les ${30 + 2 * i} premiers clients inscrits auront testé la tournée en camionnette.`,
  ][k]!;
const POOL: UnseenSource[] = VILLAGES.flatMap((village, i) =>
  SHOPS.map((shop, j) => ({
    id: `pain-${i}-${j}.txt`,
    title: `A ${village}, ${shop} rouvre : ${i + 3 * j + 5} mois sans pain au village`,
    body: [0, 1, 2, 3, 4].slice(0, 4 + ((i + 2 * j) % 2)).map((k) => paragraph(village, shop, i, j, k)),
  })),
);

// ——— The dates each site shows, written independently of the generator's formatter ———

const pad = (n: number): string => String(n).padStart(2, '0');
const WEEKDAYS_FR = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** The three months of the period as each site abbreviates them. */
const SHORT_FR: Record<number, string> = { 11: 'déc.', 0: 'janv.', 1: 'févr.' };
const SHORT_IS: Record<number, string> = { 11: 'des.', 0: 'jan.', 1: 'feb.' };
const hour12 = (t: Date): number => (t.getUTCHours() % 12 === 0 ? 12 : t.getUTCHours() % 12);
const ddmm = (t: Date, sep: string): string => `${pad(t.getUTCDate())}${sep}${pad(t.getUTCMonth() + 1)}`;
const hhmm = (t: Date, sep: string): string => `${pad(t.getUTCHours())}${sep}${pad(t.getUTCMinutes())}`;
const longFr = (t: Date): string => `${t.getUTCDate()} ${MONTHS_FR[t.getUTCMonth()]} ${t.getUTCFullYear()}`;

/** The clock a date is shown on: minutes from UTC (all winter time), then the line the site writes for that local moment. */
const SHOWN_DATES: Record<string, [number, (t: Date) => string]> = {
  'auge-cider': [60, (t) => `Mis en ligne le ${t.getUTCDate()} ${SHORT_FR[t.getUTCMonth()]} ${t.getUTCFullYear()} à ${hhmm(t, ':')}`],
  'baccarat-crystal': [60, (t) => `Baccarat, le ${ddmm(t, '.')}.${t.getUTCFullYear()} — ${pad(t.getUTCHours())} h ${pad(t.getUTCMinutes())} (heure de Paris)`],
  'chisinau-portal': [120, (t) => `Publié le ${ddmm(t, '/')}/${t.getUTCFullYear()} à ${hhmm(t, ':')} (heure de Chișinău, UTC+2)`],
  'tulle-accordion': [60, (t) => `Tulle, le ${WEEKDAYS_FR[t.getUTCDay()]} ${longFr(t)}`],
  'kourou-space': [-180, (t) => `Kourou, ${ddmm(t, '/')}/${t.getUTCFullYear()} — ${hhmm(t, ':')}, heure de Guyane (UTC−3)`],
  'ndjamena-business': [60, (t) => `N’Djamena · ${ddmm(t, '-')}-${t.getUTCFullYear()} · ${hhmm(t, ':')} (UTC+1)`],
  'valensole-review': [60, (t) => `Revue du ${longFr(t)} · mise en ligne à ${hhmm(t, ':')}`],
  'buenos-aires-weekly': [
    -180,
    (t) => `Buenos Aires, ${WEEKDAYS_FR[t.getUTCDay()]} ${longFr(t)}, ${t.getUTCHours()} h ${pad(t.getUTCMinutes())} (heure argentine, UTC−3)`,
  ],
  'douglas-weekly': [0, (t) => `Published ${hhmm(t, ':')} GMT, ${WEEKDAYS_EN[t.getUTCDay()]} ${t.getUTCDate()} ${MONTHS_EN[t.getUTCMonth()]} ${t.getUTCFullYear()}`],
  'reykjavik-letter': [0, (t) => `${t.getUTCDate()}. ${SHORT_IS[t.getUTCMonth()]} ${t.getUTCFullYear()} | ${hhmm(t, ':')} GMT`],
  'manila-digest': [
    480,
    (t) => `${MONTHS_EN[t.getUTCMonth()]!.slice(0, 3)} ${t.getUTCDate()}, ${t.getUTCFullYear()} ${hour12(t)}:${pad(t.getUTCMinutes())} ${t.getUTCHours() < 12 ? 'AM' : 'PM'} PHT (UTC+8)`,
  ],
  'anchorage-arctic': [
    -540,
    (t) => `${pad(t.getUTCMonth() + 1)}/${pad(t.getUTCDate())}/${t.getUTCFullYear()} ${hour12(t)}:${pad(t.getUTCMinutes())} ${t.getUTCHours() < 12 ? 'a.m.' : 'p.m.'} AKST (UTC−9)`,
  ],
};
/** The line a file's site shows for its expected date. */
const shownDate = (m: UnseenEntry): string => {
  const [offset, write] = SHOWN_DATES[m.site]!;
  return write(new Date(Date.parse(m.publishedAt!) + offset * 60_000));
};

describe('unseen-sites v33 evaluation set (development)', () => {
  const { manifest, files } = generateUnseenV33(POOL);
  const byName = new Map(files.map((f) => [f.name, f.bytes]));
  const text = (m: UnseenEntry): string => decodedAs(byName.get(m.file)!, m.encoding);
  const articles = manifest.filter((m) => m.kind === 'article');
  const headlineLine = (m: UnseenEntry): string => text(m).split('\n').find((l) => l.includes(m.title!))!;

  itIsFrozen(generateUnseenV33, POOL, SEED_V33, 'a704ad24d17d6819', { manifest, files });
  itHasTheSharedShape({ manifest, files }, SITES_V33, { maxFiles: 380, wrongOutlet: 'Kapihan Francophone Digest', decoration: 'Sahel Éco ⁄⁄ ' });

  it('has eight French and four English sites, each with its own date format', () => {
    expect(SITES_V33.filter((s) => s.lang === 'fr')).toHaveLength(8);
    expect(SITES_V33.filter((s) => s.lang === 'en')).toHaveLength(4);
    expect(Object.keys(SHOWN_DATES).sort()).toEqual(SITES_V33.map((s) => s.id).sort());
  });

  it('decorates some headlines with a prefix tag, a site-name suffix or a note that are not the headline', () => {
    const shown = articles.filter((m) => m.headline && m.site !== 'bare').map((m) => [m, headlineLine(m)] as const);
    const prefixed = shown.filter(([m, l]) => ['Terroir ❧ ', 'Au bal » ', 'Sahel Éco ⁄⁄ ', 'Crónica ¦ ', 'ISLAND · ', 'Arctic Watch ❄ '].some((tag) => l === `${tag}${m.title}`));
    expect(prefixed.length).toBeGreaterThan(10);
    expect(new Set(prefixed.map(([m]) => m.site)).size).toBe(6);
    const suffixed = shown.filter(([m, l]) =>
      [' ⋄ La Lettre du Cristal', ' ‖ Le Courrier du Dniestr', ' — Fjord & France', ' (depuis la base spatiale)', ' {machine translation}'].some((tail) => l === `${m.title}${tail}`),
    );
    expect(suffixed.length).toBeGreaterThan(10);
    expect(new Set(suffixed.map(([m]) => m.site)).size).toBe(5);
    const named = shown.filter(([m]) => m.outletEvidence === 'title-suffix');
    expect(named.length).toBeGreaterThanOrEqual(10);
    for (const [m, l] of named) expect(/^ (⟡|∷|➝) .+$/.test(l.slice(m.title!.length)), `${m.file}: ${l}`).toBe(true);
    for (const [m, l] of named) expect(l.endsWith(` ${m.outlet}`), `${m.file}: ${l}`).toBe(true);
    // Undecorated headlines outnumber decorated ones.
    expect(shown.filter(([m, l]) => l === m.title).length).toBeGreaterThan(shown.length / 2);
  });

  it('keeps the v2 outlet convention in every file, each evidence at least ten times', () => {
    expectOutletConvention(manifest, SITES_V33, { pageText: text });
  });

  it('translates credited names both ways, never beside the real name, and keeps look-alikes as written', () => {
    const translated = articles.filter((m) => m.translatedCredit);
    expect(translated.length).toBeGreaterThanOrEqual(35);
    expect(translated.filter((m) => m.lang === 'en').length).toBeGreaterThan(12);
    expect(translated.filter((m) => m.lang === 'fr').length).toBeGreaterThan(12);
    for (const m of translated) expect(m.meta.join('\n') + headlineLine(m), m.file).not.toContain(m.outlet!);
    expect(new Set(translated.filter((m) => m.lang === 'en').map((m) => m.site))).toEqual(new Set(['reykjavik-letter', 'manila-digest', 'anchorage-arctic']));
    expect(new Set(translated.filter((m) => m.lang === 'fr').map((m) => m.site))).toEqual(new Set(['baccarat-crystal', 'chisinau-portal', 'kourou-space']));
    // Untranslated credits name the outlet as written (but for French's contraction of the article: "du Monde", "des Échos").
    for (const m of articles.filter((x) => ['credit', 'source-line', 'title-suffix'].includes(x.outletEvidence!) && !x.translatedCredit)) {
      expect(text(m).includes(m.outlet!.replace(/^(Le|La|Les) /, '')), `${m.file}: ${m.outlet}`).toBe(true);
    }
    const lookalikes = articles.filter((m) => m.lookalike);
    expect(lookalikes.filter((m) => m.republisher !== null).length).toBeGreaterThan(10);
    expect(lookalikes.filter((m) => m.republisher === null).length).toBeGreaterThan(10);
    for (const m of lookalikes) expect(text(m), m.file).toContain(m.outlet!.replace(/^(Le|La|Les|The) /, ''));
  });

  it('translates word for word without ambiguity: each rendering names one outlet, never another real outlet of the set', () => {
    const forms = [...Object.values(INTO_EN_V33), ...Object.values(INTO_FR_V33)].flat();
    expect(new Set(forms).size).toBe(forms.length);
    const outlets = new Set(articles.map((m) => m.outlet).filter((o): o is string => o !== null));
    for (const f of forms) expect(outlets.has(f), f).toBe(false);
    // No rendering is the first words of an outlet of the set, nor begins with one (it would read as a look-alike).
    for (const f of forms) for (const o of outlets) expect(o.startsWith(`${f} `) || f.startsWith(`${o} `), `${f} / ${o}`).toBe(false);
  });

  it('puts credits at the top, inside the text or at its foot', () => {
    const lines = (m: UnseenEntry): string[] => text(m).split('\n').filter((l) => l.trim() !== '');
    const credited = articles.filter((m) => ['credit', 'source-line', 'url-host'].includes(m.outletEvidence!));
    const where = (m: UnseenEntry): 'top' | 'inside' | 'foot' => {
      const all = lines(m);
      const body = m.body.map((b) => all.indexOf(b));
      const credit = m.meta.filter((l) => l !== shownDate(m) && !l.includes(m.author!));
      expect(credit, m.file).toHaveLength(1);
      const at = all.indexOf(credit[0]!);
      return at < body[0]! ? 'top' : at > body[body.length - 1]! ? 'foot' : 'inside';
    };
    const seen = new Map<string, Set<string>>();
    for (const m of credited) seen.set(m.site, (seen.get(m.site) ?? new Set()).add(where(m)));
    expect(seen.get('baccarat-crystal')).toEqual(new Set(['top']));
    expect(seen.get('reykjavik-letter')).toEqual(new Set(['top']));
    expect(seen.get('kourou-space')).toEqual(new Set(['inside']));
    expect(seen.get('anchorage-arctic')).toEqual(new Set(['foot']));
    expect(seen.get('chisinau-portal')).toEqual(new Set(['top', 'foot']));
    expect(seen.get('ndjamena-business')).toEqual(new Set(['top', 'foot']));
    expect(seen.get('manila-digest')).toEqual(new Set(['inside', 'foot']));
  });

  it('expects the writer as the byline names them: no role, place or helper, two writers joined as the page joins them', () => {
    const bylined = articles.filter((m) => m.author !== null);
    expect(bylined.length).toBeGreaterThan(150);
    for (const m of bylined) {
      expect(m.meta.some((l) => l.includes(m.author!)), m.file).toBe(true);
      expect(m.author, m.file).toMatch(/^[\p{L}' -]+$/u);
    }
    const pairs = bylined.filter((m) => / (et|and) /.test(m.author!));
    expect(pairs.length).toBeGreaterThan(5);
    for (const m of pairs) expect(m.author!.includes(m.lang === 'en' ? ' and ' : ' et '), m.file).toBe(true);
    expect(new Set(pairs.map((m) => m.lang))).toEqual(new Set(['fr', 'en']));
    // Roles, places, helpers and photographers stand beside the writer on the line.
    const beside = [
      'correspondance Pays d’Auge', '— photos', 'Auteur de l’article original :', 'relecture de la traduction :', 'Autor / auteur :', 'avec la traduction de',
      'Signé', 'traduit par', 'Journaliste de la publication d’origine :', 'cité d’après la page source', ', à Buenos Aires', '¦ Photo :',
      'Political Correspondent', 'Photography by', 'Byline in the original:', 'English copy-edited by', 'Author of the French text:', 'edited in Manila by',
      'Original reporting by', 'translation reviewed by',
    ];
    for (const cue of beside) expect(bylined.some((m) => m.meta.some((l) => l.includes(cue) && l.includes(m.author!))), cue).toBe(true);
  });

  it('shows each site’s date on its own clock, and expects the same instant in Paris time', () => {
    const dated = articles.filter((m) => m.publishedAt !== null);
    expect(dated.length).toBe(articles.filter((m) => m.site !== 'bare').length);
    for (const m of dated) expect(m.publishedAt, m.file).toMatch(/^(2018-12|2019-0[12])-\d\dT\d\d:\d\d:00\+01:00$/);
    for (const m of dated.filter((x) => x.site === 'tulle-accordion')) expect(m.publishedAt, m.file).toMatch(/T00:00:00\+01:00$/);
    expect(dated.filter((x) => x.site !== 'tulle-accordion' && x.publishedAt!.includes('T00:00'))).toEqual([]);
    for (const m of dated) expect(m.meta, m.file).toContain(shownDate(m));
    for (const m of dated) expect(text(m), m.file).toContain(shownDate(m));
    // The Anchorage clock shows the day before for the Paris morning; the Manila clock the next day for the Paris evening.
    const parisDay = (m: UnseenEntry): number => Number(m.publishedAt!.slice(8, 10));
    const localDay = (m: UnseenEntry): number => new Date(Date.parse(m.publishedAt!) + SHOWN_DATES[m.site]![0] * 60_000).getUTCDate();
    for (const site of ['anchorage-arctic', 'manila-digest']) {
      expect(dated.filter((m) => m.site === site && localDay(m) !== parisDay(m)).length, site).toBeGreaterThan(0);
    }
    // Minus signs in zone names are true minus signs (U+2212), not hyphens.
    for (const m of dated.filter((x) => ['kourou-space', 'buenos-aires-weekly', 'anchorage-arctic'].includes(x.site))) expect(shownDate(m), m.file).toMatch(/UTC\u2212\d\)$/);
  });

  it('wraps articles in chrome of many shapes: long lines, lines between paragraphs, lines on only some of a site’s pages, in French and English', () => {
    const words = (l: string): number => l.split(/\s+/).filter(Boolean).length;
    const sited = articles.filter((m) => m.site !== 'bare');
    // Every site carries at least one long chrome line (25 words or more) on every page.
    for (const s of SITES_V33) {
      const pages = sited.filter((m) => m.site === s.id);
      expect(pages.every((m) => m.chrome.some((l) => words(l) >= 25)), s.id).toBe(true);
    }
    // Chrome between paragraphs on every site but those that never insert any.
    const inside = (m: UnseenEntry): boolean => {
      const all = text(m).split('\n');
      const first = all.indexOf(m.body[0]!);
      const last = all.indexOf(m.body[m.body.length - 1]!);
      return m.chrome.some((c) => { const at = all.indexOf(c); return at > first && at < last; });
    };
    expect(new Set(sited.filter(inside).map((m) => m.site)).size).toBeGreaterThanOrEqual(11);
    // Some kinds of chrome recur on every page of a site, others appear on only some of its pages.
    const share = (site: string, cue: string): number => {
      const pages = sited.filter((m) => m.site === site);
      return pages.filter((m) => m.chrome.some((l) => l.includes(cue))).length / pages.length;
    };
    expect(share('auge-cider', 'Aller au contenu principal')).toBe(1);
    expect(share('douglas-weekly', 'Skip to main content')).toBe(1);
    for (const [site, cue] of [['auge-cider', 'Rectificatif :'], ['douglas-weekly', 'Correction:'], ['auge-cider', 'L’auteur ❧'], ['douglas-weekly', 'About the author'], ['buenos-aires-weekly', 'Cet article vous est offert']] as const) {
      const s = share(site, cue);
      expect(s > 0 && s < 1, `${site}: ${cue} on ${s}`).toBe(true);
    }
    // Author boxes name the writer, yet are chrome, not the byline.
    const boxed = sited.filter((m) => m.author !== null && m.chrome.some((l) => l.includes(m.author!)));
    expect(boxed.length).toBeGreaterThan(5);
    // Chrome in both languages on French sites (Romanian, Spanish and English beside the French on some).
    expect(sited.filter((m) => m.lang === 'fr' && m.chrome.some((l) => l.includes(' / '))).length).toBeGreaterThan(10);
  });

  it('writes some pages in ISO-8859-1, only those whose every character it holds', () => {
    const latin1 = manifest.filter((m) => m.encoding === 'latin1');
    expect(latin1.length).toBeGreaterThan(2);
    for (const m of latin1) expect(byName.get(m.file)!.some((b) => b >= 0x80 && b < 0xa0), m.file).toBe(false);
    // Pages with letters beyond ASCII read differently as UTF-8 (the encoding matters); pure-ASCII pages read the same.
    const accented = latin1.filter((m) => byName.get(m.file)!.some((b) => b >= 0xa0));
    expect(accented.length).toBeGreaterThan(1);
    for (const m of accented) expect(new TextDecoder('utf-8', { fatal: false }).decode(byName.get(m.file)!), m.file).not.toBe(text(m));
  });
});
