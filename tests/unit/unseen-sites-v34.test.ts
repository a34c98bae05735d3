/** The unseen-sites v34 frozen set: deterministic, every file accounted for, v2's outlet convention kept, headlines and credits in many shapes, a recorded digest, a scorer that sees wrong answers. */
import { describe, expect, it } from 'vitest';
import { INTO_EN_V34, INTO_FR_V34, SEED_V34, SITES_V34, generateUnseenV34 } from '../../scripts/unseen-sites-v34.ts';
import type { UnseenSource } from '../../scripts/unseen-sites.ts';
import type { UnseenEntry } from '../../src/eval/unseen-sites.ts';
import { decodedAs, expectOutletConvention, itHasTheSharedShape, itIsFrozen, itWritesLatin1Only } from './unseen-answers.ts';

/** Invented articles (no corpus text): rural bus lines that are cut or brought back, and what riders and councils make of it. */
const TOWNS = ['Saint-Affrique', 'Mirecourt', 'Bourganeuf', 'Nontron', 'Langogne', 'Saint-Flour', 'Rostrenen', 'Montmédy', 'Castillon', 'Lormes', 'Tonnerre', 'Barcelonnette'];
const LINES = [
  'la ligne du marché', 'le car scolaire du plateau', 'la navette de la gare', 'le bus du dimanche', 'la ligne des vallées', 'le transport à la demande',
  'la ligne de l\'hôpital', 'le car des saisonniers', 'la navette du col', 'la ligne express', 'le bus de nuit', 'la ligne des hameaux',
  'le minibus communal', 'la ligne du lycée', 'la correspondance TER', 'le car du mercredi', 'la ligne touristique', 'la navette des thermes',
];
const paragraph = (town: string, line: string, i: number, j: number, k: number): string =>
  [
    `A ${town}, ${line} reprendra du service en mars, après ${i + j + 3} mois d'arrêt et une pétition signée par les habitants.`,
    (i + j) % 2 === 0
      ? `« Sans le car, je ne vais plus chez le médecin », explique une retraitée qui vit à ${4 + i} kilomètres du bourg depuis ${10 + j} ans.`
      : `"Sans le car, je ne vais plus chez le médecin", explique une retraitée qui vit à ${4 + i} kilomètres du bourg depuis ${10 + j} ans.`,
    `La région paiera ${50 + 5 * i + 2 * j} 000 euros par an, la communauté de communes le reste, soit ${8 + (j % 6)} 000 euros.`,
    `Le maire espère que les ${20 + 3 * i} lycéens inscrits suffiront à maintenir la ligne au-delà de ${['juin', 'juillet', 'août'][j % 3]}.`,
    `Un comptage sera fait après ${2 + (i % 4)} mois, arrêt par arrêt, avant de décider des horaires de la rentrée.`,
  ][k]!;
const POOL: UnseenSource[] = TOWNS.flatMap((town, i) =>
  LINES.map((line, j) => ({
    id: `car-${i}-${j}.txt`,
    title: `A ${town}, ${line} revient après ${i + 2 * j + 4} mois de pétitions`,
    body: [0, 1, 2, 3, 4].slice(0, 4 + ((i + j) % 2)).map((k) => paragraph(town, line, i, j, k)),
  })),
);

// ——— The dates each site shows, written independently of the generator's formatter ———

const pad = (n: number): string => String(n).padStart(2, '0');
const WEEKDAYS_FR = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** The three months of the period as the Thiers letter abbreviates them and as Turkish names them. */
const SHORT_FR: Record<number, string> = { 10: 'nov.', 11: 'déc.', 0: 'janv.' };
const TURKISH: Record<number, string> = { 10: 'Kasım', 11: 'Aralık', 0: 'Ocak' };
const hhmm = (t: Date, sep: string): string => `${pad(t.getUTCHours())}${sep}${pad(t.getUTCMinutes())}`;
const dmy = (t: Date, sep: string): string => `${pad(t.getUTCDate())}${sep}${pad(t.getUTCMonth() + 1)}${sep}${t.getUTCFullYear()}`;
const longFr = (t: Date): string => `${t.getUTCDate()} ${MONTHS_FR[t.getUTCMonth()]} ${t.getUTCFullYear()}`;

/** The clock a date is shown on: minutes from UTC (all winter or only time), then the line the site writes for that local moment. */
const SHOWN_DATES: Record<string, [number, (t: Date) => string]> = {
  'belle-ile-news': [60, (t) => `Belle-Île, ${WEEKDAYS_FR[t.getUTCDay()]} ${dmy(t, '.')} à ${hhmm(t, 'h')}`],
  'thiers-cutlery': [60, (t) => `Thiers, le ${t.getUTCDate()} ${SHORT_FR[t.getUTCMonth()]} ${String(t.getUTCFullYear() % 100)} — ${hhmm(t, ':')}, heure française`],
  'istanbul-portal': [180, (t) => `${t.getUTCDate()} ${TURKISH[t.getUTCMonth()]} ${t.getUTCFullYear()} / ${longFr(t)} — ${hhmm(t, ':')} (TRT, UTC+3)`],
  'le-puy-lace': [60, (t) => `Le Puy, ${WEEKDAYS_FR[t.getUTCDay()]} ${dmy(t, '/')}`],
  'kerguelen-crew': [300, (t) => `Port-aux-Français (Kerguelen), le ${dmy(t, '.')} à ${hhmm(t, ' h ')}, heure locale UTC+5`],
  'bangui-economy': [60, (t) => `Bangui, ${longFr(t)} – ${hhmm(t, 'H')} (heure de Bangui, UTC+1)`],
  'vinay-walnut': [60, (t) => `Édition du ${dmy(t, '/')}, ${hhmm(t, ' heures ')}`],
  'lima-weekly': [
    -300,
    (t) => `${WEEKDAYS_FR[t.getUTCDay()]!.replace(/^./, (c) => c.toUpperCase())} ${longFr(t)}, ${t.getUTCHours()}:${pad(t.getUTCMinutes())}, heure de Lima (UTC−5)`,
  ],
  'darwin-weekly': [
    570,
    (t) =>
      `${WEEKDAYS_EN[t.getUTCDay()]}, ${MONTHS_EN[t.getUTCMonth()]} ${t.getUTCDate()}, ${t.getUTCFullYear()} – ${t.getUTCHours() % 12 || 12}:${pad(t.getUTCMinutes())}${t.getUTCHours() < 12 ? 'am' : 'pm'} ACST`,
  ],
  'yangon-letter': [390, (t) => `${t.getUTCDate()} ${MONTHS_EN[t.getUTCMonth()]!.slice(0, 3)} ${t.getUTCFullYear()}, ${hhmm(t, ':')} MMT (UTC+6:30)`],
  'azores-bulletin': [-60, (t) => `${t.getUTCDate()} ${MONTHS_EN[t.getUTCMonth()]} ${t.getUTCFullYear()} · ${hhmm(t, 'h')} Azores time (UTC−1)`],
  'almaty-wire': [360, (t) => `Posted ${hhmm(t, ':')} ALMT (UTC+6) on ${dmy(t, '.')}`],
};
/** The line a file's site shows for its expected date. */
const shownDate = (m: UnseenEntry): string => {
  const [offset, write] = SHOWN_DATES[m.site]!;
  return write(new Date(Date.parse(m.publishedAt!) + offset * 60_000));
};

describe('unseen-sites v34 evaluation set (frozen)', () => {
  const { manifest, files } = generateUnseenV34(POOL);
  const byName = new Map(files.map((f) => [f.name, f.bytes]));
  const text = (m: UnseenEntry): string => decodedAs(byName.get(m.file)!, m.encoding);
  const lines = (m: UnseenEntry): string[] => text(m).split('\n');
  const articles = manifest.filter((m) => m.kind === 'article');
  const sited = articles.filter((m) => m.site !== 'bare');
  /** The headline line: the line holding the title that is not chrome (chrome above it may repeat or cut the headline). */
  const headlineLine = (m: UnseenEntry): string => lines(m).find((l) => l.includes(m.title!) && !m.chrome.includes(l))!;

  itIsFrozen(generateUnseenV34, POOL, SEED_V34, '4532a92f82c55ba8', { manifest, files });
  itHasTheSharedShape({ manifest, files }, SITES_V34, { maxFiles: 370, wrongOutlet: 'Strand Road Letter', decoration: 'Ponant ⚓ ' });

  it('has eight French and four English sites, each with its own date format', () => {
    expect(SITES_V34.filter((s) => s.lang === 'fr')).toHaveLength(8);
    expect(SITES_V34.filter((s) => s.lang === 'en')).toHaveLength(4);
    expect(Object.keys(SHOWN_DATES).sort()).toEqual(SITES_V34.map((s) => s.id).sort());
  });

  it('decorates some headlines with a prefix tag, a site-name suffix or a note that are not the headline', () => {
    const shown = sited.filter((m) => m.headline).map((m) => [m, headlineLine(m)] as const);
    const prefixes = ['Ponant ⚓ ', 'Fil & fuseaux : ', 'REVUE DU JOUR // ', 'Économie ▪ ', 'Perú ◈ ', 'TERRITORY ▸ ', 'From France ✈ '];
    const prefixed = shown.filter(([m, l]) => prefixes.some((tag) => l === `${tag}${m.title}`));
    expect(prefixed.length).toBeGreaterThan(12);
    expect(new Set(prefixed.map(([m]) => m.site)).size).toBe(7);
    const tails = [' ⟩⟩ Lames & Forges', ' ~ Péra Presse', ' — Kodro Éco', ' :: Strand Road Letter', ' / Steppe Markets Wire', ' (texte recopié)', ' (actualisé)', ' (auto-translated)', ' [translated]'];
    const suffixed = shown.filter(([m, l]) => tails.some((tail) => l === `${m.title}${tail}`));
    expect(suffixed.length).toBeGreaterThan(12);
    expect(new Set(suffixed.map(([m]) => m.site)).size).toBeGreaterThanOrEqual(6);
    // On the Vinay review the outlet follows the headline, after a dash, a bar or an arrow, or in brackets or parentheses.
    const named = shown.filter(([m]) => m.outletEvidence === 'title-suffix');
    expect(named.length).toBeGreaterThanOrEqual(10);
    const forms = (m: UnseenEntry): string[] => [' ⸺ ', ' | ', ' ⇢ '].map((sep) => `${m.title}${sep}${m.outlet}`).concat(`${m.title} [${m.outlet}]`, `${m.title} (${m.outlet})`);
    for (const [m, l] of named) expect(forms(m), `${m.file}: ${l}`).toContain(l);
    expect(new Set(named.map(([m, l]) => l.slice(m.title!.length, m.title!.length + 2))).size).toBeGreaterThanOrEqual(4);
    // Undecorated headlines outnumber decorated ones.
    expect(shown.filter(([m, l]) => l === m.title).length).toBeGreaterThan(shown.length / 2);
  });

  it('puts chrome holding headlines above the headline: other articles’ headlines, a cut breadcrumb, a sticky repeat', () => {
    const above = (m: UnseenEntry, cue: string): string | undefined => {
      const all = lines(m);
      const at = all.indexOf(headlineLine(m));
      return all.slice(0, at).find((l) => l.startsWith(cue) && m.chrome.includes(l));
    };
    const shown = sited.filter((m) => m.headline);
    const others = shown.filter((m) => ['Article suivant : ', 'Up next: ', 'Son dakika / Dernière minute ~ '].some((cue) => above(m, cue) !== undefined));
    expect(new Set(others.map((m) => m.site))).toEqual(new Set(['belle-ile-news', 'darwin-weekly', 'istanbul-portal']));
    for (const m of others) expect(m.chrome.some((l) => l.includes(m.title!)), m.file).toBe(false);
    const crumbs = shown.filter((m) => m.site === 'belle-ile-news');
    for (const m of crumbs) {
      const crumb = above(m, 'Accueil ⚓ ')!;
      expect(crumb.endsWith('…'), m.file).toBe(true);
      expect(m.title!.startsWith(crumb.split(' ⚓ ').pop()!.slice(0, -1)), m.file).toBe(true);
    }
    const sticky = shown.filter((m) => m.site === 'lima-weekly');
    expect(sticky.length).toBeGreaterThan(5);
    for (const m of sticky) expect(above(m, 'Vous lisez : '), m.file).toBe(`Vous lisez : ${m.title}`);
    // Headless copies carry no chrome naming their own headline.
    for (const m of sited.filter((x) => !x.headline)) expect(text(m).includes(m.title!), m.file).toBe(false);
  });

  it('keeps the v2 outlet convention in every file, each evidence at least ten times', () => {
    expectOutletConvention(manifest, SITES_V34, { pageText: text });
    // Sites showing their own masthead and staff bylines are the outlet of the copies they take from others too.
    const own = articles.filter((m) => m.outletEvidence === 'masthead-byline');
    expect(new Set(own.map((m) => m.outlet))).toEqual(new Set(['Le Télégramme des Îles', 'L’Union des Andes', 'The Top End Chronicle']));
    const groups = Map.groupBy(articles, (m) => m.dup_group);
    expect(own.filter((m) => groups.get(m.dup_group)!.some((c) => c.outlet !== m.outlet)).length).toBeGreaterThan(5);
  });

  it('translates credited names both ways, never beside the real name, and keeps look-alikes as written', () => {
    const translated = articles.filter((m) => m.translatedCredit);
    expect(translated.length).toBeGreaterThanOrEqual(40);
    expect(translated.filter((m) => m.lang === 'en').length).toBeGreaterThan(15);
    expect(translated.filter((m) => m.lang === 'fr').length).toBeGreaterThan(15);
    for (const m of translated) expect(m.meta.join('\n') + headlineLine(m), m.file).not.toContain(m.outlet!);
    expect(new Set(translated.filter((m) => m.lang === 'en').map((m) => m.site))).toEqual(new Set(['yangon-letter', 'azores-bulletin', 'almaty-wire']));
    expect(new Set(translated.filter((m) => m.lang === 'fr').map((m) => m.site))).toEqual(new Set(['thiers-cutlery', 'istanbul-portal', 'kerguelen-crew']));
    // Untranslated credits name the outlet as written (but for French's contraction of the article: "du Monde", "des Échos").
    for (const m of articles.filter((x) => ['credit', 'source-line', 'title-suffix'].includes(x.outletEvidence!) && !x.translatedCredit)) {
      expect(text(m).includes(m.outlet!.replace(/^(Le|La|Les) /, '')), `${m.file}: ${m.outlet}`).toBe(true);
    }
    const lookalikes = articles.filter((m) => m.lookalike);
    expect(lookalikes.filter((m) => m.republisher !== null).length).toBeGreaterThan(10);
    expect(lookalikes.filter((m) => m.republisher === null).length).toBeGreaterThan(10);
    for (const m of lookalikes) expect(text(m), m.file).toContain(m.outlet!.replace(/^(Le|La|Les|L’|The) ?/, ''));
  });

  it('translates word for word without ambiguity: each rendering names one outlet, never another real outlet of the set', () => {
    const forms = [...Object.values(INTO_EN_V34), ...Object.values(INTO_FR_V34)].flat();
    expect(new Set(forms).size).toBe(forms.length);
    const outlets = new Set(articles.map((m) => m.outlet).filter((o): o is string => o !== null));
    for (const f of forms) expect(outlets.has(f), f).toBe(false);
    for (const f of forms) for (const o of outlets) expect(o.startsWith(`${f} `) || f.startsWith(`${o} `), `${f} / ${o}`).toBe(false);
  });

  it('puts credits above the headline, under it, under the date, inside the text or at its foot', () => {
    const credited = articles.filter((m) => ['credit', 'source-line', 'url-host'].includes(m.outletEvidence!));
    const where = (m: UnseenEntry): string => {
      const all = lines(m);
      const body = m.body.map((b) => all.indexOf(b));
      const credit = m.meta.filter((l) => l !== shownDate(m) && !l.includes(m.author!));
      expect(credit, m.file).toHaveLength(1);
      const at = all.indexOf(credit[0]!);
      if (at > body[body.length - 1]!) return 'foot';
      if (at > body[0]!) return 'inside';
      if (!m.headline) return 'top';
      const title = all.indexOf(headlineLine(m));
      const next = all.findIndex((l, i) => i > title && l.trim() !== '');
      return at < title ? 'kicker' : at === next ? 'under-headline' : 'top';
    };
    const seen = new Map<string, Set<string>>();
    for (const m of credited) seen.set(m.site, (seen.get(m.site) ?? new Set()).add(where(m)));
    expect(seen.get('thiers-cutlery')).toEqual(new Set(['top', 'under-headline']));
    expect(seen.get('yangon-letter')).toEqual(new Set(['top', 'under-headline']));
    expect(seen.get('kerguelen-crew')).toEqual(new Set(['inside']));
    expect(seen.get('istanbul-portal')).toEqual(new Set(['top', 'foot']));
    expect(seen.get('bangui-economy')).toEqual(new Set(['top', 'under-headline', 'foot']));
    expect(seen.get('azores-bulletin')).toEqual(new Set(['inside', 'foot']));
    expect(seen.get('almaty-wire')).toEqual(new Set(['top', 'kicker', 'foot']));
    // Addresses on the Bangui portal name the original outlet's host.
    for (const m of credited.filter((x) => x.outletEvidence === 'url-host')) expect(m.meta.join('\n'), m.file).toMatch(/https:\/\/[a-z0-9.-]+\//);
  });

  it('expects the writer as the byline names them: no role, place or helper, two writers joined as the page joins them', () => {
    const bylined = articles.filter((m) => m.author !== null);
    expect(bylined.length).toBeGreaterThan(140);
    for (const m of bylined) {
      expect(m.meta.some((l) => l.includes(m.author!)), m.file).toBe(true);
      expect(m.author, m.file).toMatch(/^[\p{L}' -]+$/u);
    }
    const pairs = bylined.filter((m) => / (et|and) /.test(m.author!));
    expect(pairs.length).toBeGreaterThan(5);
    for (const m of pairs) expect(m.author!.includes(m.lang === 'en' ? ' and ' : ' et '), m.file).toBe(true);
    expect(new Set(pairs.map((m) => m.lang))).toEqual(new Set(['fr', 'en']));
    const beside = [
      'correspondance à Sauzon', 'Reportage :', '· Photos :', 'Article de', 'traduction vérifiée par', 'Yazar / auteur :', 'traduction relue par', 'Plume d’origine :',
      '(traduction :', 'Auteur sur la page d’origine :', 'selon la page d’origine', 'correspondance à Cuzco', '◈ photographie de', 'Chief Reporter', '| Pictures:',
      'Written by', 'English check by', 'Reporter:', 'revised by', 'Reporting by', ', translated by',
    ];
    for (const cue of beside) expect(bylined.some((m) => m.meta.some((l) => l.includes(cue) && l.includes(m.author!))), cue).toBe(true);
  });

  it('shows each site’s date on its own clock, and expects the same instant in Paris time', () => {
    const dated = articles.filter((m) => m.publishedAt !== null);
    expect(dated.length).toBe(sited.length);
    for (const m of dated) expect(m.publishedAt, m.file).toMatch(/^(2018-1[12]|2019-01)-\d\dT\d\d:\d\d:00\+01:00$/);
    for (const m of dated.filter((x) => x.site === 'le-puy-lace')) expect(m.publishedAt, m.file).toMatch(/T00:00:00\+01:00$/);
    expect(dated.filter((x) => x.site !== 'le-puy-lace' && x.publishedAt!.includes('T00:00'))).toEqual([]);
    for (const m of dated) expect(m.meta, m.file).toContain(shownDate(m));
    // Darwin, Almaty and Kerguelen clocks show the next day for the Paris evening.
    const parisDay = (m: UnseenEntry): number => Number(m.publishedAt!.slice(8, 10));
    const localDay = (m: UnseenEntry): number => new Date(Date.parse(m.publishedAt!) + SHOWN_DATES[m.site]![0] * 60_000).getUTCDate();
    for (const site of ['darwin-weekly', 'almaty-wire']) expect(dated.filter((m) => m.site === site && localDay(m) !== parisDay(m)).length, site).toBeGreaterThan(0);
    // Minus signs in zone names are true minus signs (U+2212), not hyphens.
    for (const m of dated.filter((x) => ['lima-weekly', 'azores-bulletin'].includes(x.site))) expect(shownDate(m), m.file).toMatch(/UTC\u2212\d\)$/);
  });

  it('wraps articles in chrome of many shapes: long lines, lines between paragraphs, lines on only some of a site’s pages, in French and English', () => {
    const words = (l: string): number => l.split(/\s+/).filter(Boolean).length;
    for (const s of SITES_V34) {
      const pages = sited.filter((m) => m.site === s.id);
      expect(pages.every((m) => m.chrome.some((l) => words(l) >= 25)), s.id).toBe(true);
    }
    const inside = (m: UnseenEntry): boolean => {
      const all = lines(m);
      const first = all.indexOf(m.body[0]!);
      const last = all.indexOf(m.body[m.body.length - 1]!);
      return m.chrome.some((c) => { const at = all.indexOf(c); return at > first && at < last; });
    };
    expect(new Set(sited.filter(inside).map((m) => m.site)).size).toBeGreaterThanOrEqual(11);
    const share = (site: string, cue: string): number => {
      const pages = sited.filter((m) => m.site === site);
      return pages.filter((m) => m.chrome.some((l) => l.includes(cue))).length / pages.length;
    };
    expect(share('belle-ile-news', 'Passer au contenu')).toBe(1);
    expect(share('darwin-weekly', 'Skip to content')).toBe(1);
    expect(share('istanbul-portal', 'Son dakika / Dernière minute')).toBe(1);
    for (const [site, cue] of [['belle-ile-news', 'Notre journaliste ⚓'], ['darwin-weekly', 'Clarification:'], ['darwin-weekly', 'Meet the reporter'], ['lima-weekly', 'Cet article est en accès libre'], ['le-puy-lace', 'Petite annonce']] as const) {
      const s = share(site, cue);
      expect(s > 0 && s < 1, `${site}: ${cue} on ${s}`).toBe(true);
    }
    const boxed = sited.filter((m) => m.author !== null && m.chrome.some((l) => l.includes(m.author!)));
    expect(boxed.length).toBeGreaterThan(5);
    expect(sited.filter((m) => m.lang === 'fr' && m.chrome.some((l) => l.includes(' / '))).length).toBeGreaterThan(10);
  });

  itWritesLatin1Only({ manifest, files });
});
