/** The unseen-sites v35 frozen set: deterministic, every file accounted for, v2's outlet convention kept, credits in many places and shapes, headlines among chrome that names headlines, chrome-only pages, a recorded digest. */
import { describe, expect, it } from 'vitest';
import { INTO_EN_V35, INTO_FR_V35, SEED_V35, SITES_V35, generateUnseenV35 } from '../../scripts/unseen-sites-v35.ts';
import type { UnseenSource } from '../../scripts/unseen-sites.ts';
import type { UnseenEntry } from '../../src/eval/unseen-sites.ts';
import {
  decodedAs,
  expectBylines,
  expectNamesAsWritten,
  expectOutletConvention,
  expectUnambiguousRenderings,
  itHasTheSharedShape,
  itIsFrozen,
  itWritesLatin1Only,
} from './unseen-answers.ts';

/** Invented articles (no corpus text): village post offices that close, move into a shop or come back, and what the villages make of it. */
const VILLAGES = ['Saint-Gervais-d’Auvergne', 'Lembeye', 'Châteauneuf-en-Thymerais', 'Piana', 'Saulieu', 'Bellême', 'Ornans', 'Lussac-les-Châteaux', 'Quillan', 'Rambervillers', 'Mauléon', 'Ferrette'];
const OUTCOMES = [
  'le bureau de poste', 'l’agence postale communale', 'le relais poste du tabac', 'le guichet du samedi', 'la tournée du facteur', 'le distributeur de billets',
  'la boîte aux lettres du hameau', 'le point colis', 'la maison des services', 'le bureau de la gare', 'le guichet de la mairie', 'le camion-guichet',
  'le relais de l’épicerie', 'la permanence du mardi', 'le bureau du bourg', 'la cabine du marché', 'le comptoir de la pharmacie', 'le bureau saisonnier',
];
const paragraph = (village: string, office: string, i: number, j: number, k: number): string =>
  [
    `A ${village}, ${office} rouvrira en février, après ${i + j + 2} mois de fermeture et une lettre signée par ${100 + 7 * i + j} habitants.`,
    (i + j) % 2 === 0
      ? `« Sans guichet, je fais ${12 + i} kilomètres pour un recommandé », raconte un agriculteur installé sur la commune depuis ${15 + j} ans.`
      : `"Sans guichet, je fais ${12 + i} kilomètres pour un recommandé", raconte un agriculteur installé sur la commune depuis ${15 + j} ans.`,
    `La commune versera ${900 + 30 * i + 5 * j} euros par mois au commerçant, et La Poste fournira le matériel pendant ${2 + (j % 4)} ans.`,
    `Le conseil municipal fera le point en ${['mai', 'juin', 'septembre'][j % 3]}, avec les horaires d'ouverture et la fréquentation relevée jour par jour.`,
    `Deux villages voisins attendent la décision avant de demander, à leur tour, un relais de ce genre pour ${3 + (i % 5)} jours par semaine.`,
  ][k]!;
const POOL: UnseenSource[] = VILLAGES.flatMap((village, i) =>
  OUTCOMES.map((office, j) => ({
    id: `poste-${i}-${j}.txt`,
    title: `A ${village}, ${office} rouvre après ${i + 3 * j + 5} mois de mobilisation`,
    body: [0, 1, 2, 3, 4].slice(0, 4 + ((i + 2 * j) % 2)).map((k) => paragraph(village, office, i, j, k)),
  })),
);

// ——— The dates each site shows, written independently of the generator's formatter ———

const pad = (n: number): string => String(n).padStart(2, '0');
/** The period's three months (November, December, January) in the languages and shapes the sites write them. */
const MONTH = {
  fr: { 10: 'novembre', 11: 'décembre', 0: 'janvier' },
  frShort: { 10: 'nov.', 11: 'déc.', 0: 'janv.' },
  ka: { 10: 'ნოემბერი', 11: 'დეკემბერი', 0: 'იანვარი' },
  es: { 10: 'noviembre', 11: 'diciembre', 0: 'enero' },
  eu: { 10: 'azaroaren', 11: 'abenduaren', 0: 'urtarrilaren' },
  en: { 10: 'November', 11: 'December', 0: 'January' },
} as const satisfies Record<string, Record<number, string>>;
const month = (kind: keyof typeof MONTH, t: Date): string => (MONTH[kind] as Record<number, string>)[t.getUTCMonth()]!;
const WEEKDAYS_FR = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const WEEKDAYS_ES = ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'];
const hhmm = (t: Date, sep: string): string => `${pad(t.getUTCHours())}${sep}${pad(t.getUTCMinutes())}`;
const dm = (t: Date, sep: string): string => `${pad(t.getUTCDate())}${sep}${pad(t.getUTCMonth() + 1)}`;
const yy = (t: Date): string => pad(t.getUTCFullYear() % 100);
const h12 = (t: Date): number => t.getUTCHours() % 12 || 12;
const ampm = (t: Date): string => (t.getUTCHours() < 12 ? 'am' : 'pm');
const longFr = (t: Date): string => `${t.getUTCDate()} ${month('fr', t)} ${t.getUTCFullYear()}`;

/** The clock a date is shown on: minutes from UTC (all winter or only time), then the line the site writes for that local moment. */
const SHOWN_DATES: Record<string, [number, (t: Date) => string]> = {
  'briare-canal': [60, (t) => `Briare, le ${dm(t, '-')}-${t.getUTCFullYear()} • ${hhmm(t, 'h')}`],
  'dieppe-ferry': [60, (t) => `Dieppe — publié à ${hhmm(t, '.')} le ${dm(t, '.')}.${yy(t)} (heure de Paris)`],
  'millau-gloves': [60, (t) => `Millau | ${t.getUTCDate()} ${month('frShort', t)} ${t.getUTCFullYear()} | ${hhmm(t, ' h ')} (heure de Paris)`],
  'tbilisi-portal': [240, (t) => `${t.getUTCDate()} ${month('ka', t)} ${t.getUTCFullYear()} · ${longFr(t)} · ${hhmm(t, ':')} GET (UTC+4)`],
  'montlucon-trains': [60, (t) => `Montluçon, ${WEEKDAYS_FR[t.getUTCDay()]!.slice(0, 3)}. ${dm(t, '/')}/${yy(t)}`],
  'montevideo-parish': [-180, (t) => `Montevideo, ${WEEKDAYS_ES[t.getUTCDay()]} ${t.getUTCDate()} de ${month('es', t)} de ${t.getUTCFullYear()} · ${hhmm(t, '.')} h (UYT, UTC-3)`],
  'niamey-economy': [60, (t) => `Niamey, le ${dm(t, '/')}/${t.getUTCFullYear()} à ${hhmm(t, ':')} (WAT, GMT+1)`],
  'espelette-review': [60, (t) => `Ezpeleta, ${t.getUTCFullYear()}ko ${month('eu', t)} ${t.getUTCDate()}a — ${longFr(t)}, ${hhmm(t, ':')}`],
  'bangkok-weekly': [
    420,
    (t) => `${WEEKDAYS_FR[t.getUTCDay()]!.replace(/^./, (c) => c.toUpperCase())} ${t.getUTCDate()} ${month('fr', t)} ${t.getUTCFullYear() + 543} (${t.getUTCFullYear()}), ${hhmm(t, ' h ')}, heure de Bangkok`,
  ],
  'gibraltar-weekly': [60, (t) => `${pad(t.getUTCDate())}-${month('en', t).slice(0, 3)}-${t.getUTCFullYear()} ${h12(t)}.${pad(t.getUTCMinutes())}${ampm(t)} CET`],
  'perth-mining': [480, (t) => `${dm(t, '.')}.${t.getUTCFullYear()} | ${h12(t)}:${pad(t.getUTCMinutes())} ${ampm(t)} AWST (UTC+8)`],
  'port-louis-digest': [240, (t) => `Port Louis, ${t.getUTCDate()} ${month('en', t)} ${t.getUTCFullYear()} at ${hhmm(t, '.')} (Mauritius time, UTC+4)`],
};
/** The local moment of a file's expected date on its site's clock. */
const local = (m: UnseenEntry): Date => new Date(Date.parse(m.publishedAt!) + SHOWN_DATES[m.site]![0] * 60_000);
/** The line a file's site shows for its expected date. */
const shownDate = (m: UnseenEntry): string => SHOWN_DATES[m.site]![1](local(m));

describe('unseen-sites v35 evaluation set (frozen)', () => {
  const { manifest, files } = generateUnseenV35(POOL);
  const byName = new Map(files.map((f) => [f.name, f.bytes]));
  const text = (m: UnseenEntry): string => decodedAs(byName.get(m.file)!, m.encoding);
  const lines = (m: UnseenEntry): string[] => text(m).split('\n');
  const articles = manifest.filter((m) => m.kind === 'article');
  const sited = articles.filter((m) => m.site !== 'bare');
  const shown = sited.filter((m) => m.headline);
  /** The headline line: the line holding the title that is not chrome (chrome around it may repeat or cut the headline). */
  const headlineLine = (m: UnseenEntry): string => lines(m).find((l) => l.includes(m.title!) && !m.chrome.includes(l))!;
  /** Index of a file's headline line, first and last body paragraph. */
  const at = (m: UnseenEntry): { title: number; first: number; last: number } => {
    const all = lines(m);
    return { title: m.headline ? all.indexOf(headlineLine(m)) : -1, first: all.indexOf(m.body[0]!), last: all.indexOf(m.body[m.body.length - 1]!) };
  };

  itIsFrozen(generateUnseenV35, POOL, SEED_V35, '431e9de90dbcc986', { manifest, files });
  itHasTheSharedShape({ manifest, files }, SITES_V35, { maxFiles: 400, wrongOutlet: 'Mascarene Press Digest', decoration: 'Siam ▹ ' });

  it('has nine French and three English sites, each with its own date format', () => {
    expect(SITES_V35.filter((s) => s.lang === 'fr')).toHaveLength(9);
    expect(SITES_V35.filter((s) => s.lang === 'en')).toHaveLength(3);
    expect(Object.keys(SHOWN_DATES).sort()).toEqual(SITES_V35.map((s) => s.id).sort());
  });

  it('decorates some headlines with a prefix tag, a site-name suffix or a note that are not the headline', () => {
    const pairs = shown.map((m) => [m, headlineLine(m)] as const);
    const prefixes = ['Au fil de l’eau • ', 'Transmanche ≈ ', 'Mégisserie ◆ ', 'Caucase ⁂ ', 'Sur les rails : ', 'Desde Francia — ', 'Éco ➜ ', 'Siam ▹ ', 'FRONTIER | ', 'Across the Ocean · '];
    const prefixed = pairs.filter(([m, l]) => prefixes.some((tag) => l === `${tag}${m.title}`));
    expect(prefixed.length).toBeGreaterThan(15);
    expect(new Set(prefixed.map(([m]) => m.site)).size).toBeGreaterThanOrEqual(9);
    const tails = [
      ' ≈ Le Fil des Équipages', ' ◆ Gants & Peaux', ' ⁂ Mtkvari Infos', ' | Kouara Éco', ' | Le Soir de Bangkok', ' - Strait Gazette', ' | Swan River Brief',
      ' (lu dans la presse)', ' (traducción automática)', ' — translated from French', ' (English version)',
    ];
    const suffixed = pairs.filter(([m, l]) => tails.some((tail) => l === `${m.title}${tail}`));
    expect(suffixed.length).toBeGreaterThan(15);
    expect(new Set(suffixed.map(([m]) => m.site)).size).toBeGreaterThanOrEqual(8);
    // On the Espelette review the outlet follows the headline: in guillemets, after an arrow head, two slashes or a middle dot, or in braces.
    const named = pairs.filter(([m]) => m.outletEvidence === 'title-suffix');
    expect(named.length).toBeGreaterThanOrEqual(10);
    const forms = (m: UnseenEntry): string[] => [` « ${m.outlet} »`, ` ◂ ${m.outlet}`, ` // ${m.outlet}`, ` · ${m.outlet}`, ` {${m.outlet}}`].map((tail) => `${m.title}${tail}`);
    for (const [m, l] of named) expect(forms(m), `${m.file}: ${l}`).toContain(l);
    expect(new Set(named.map(([m, l]) => l.slice(m.title!.length, m.title!.length + 2))).size).toBeGreaterThanOrEqual(4);
    expect(pairs.filter(([m, l]) => l === m.title).length).toBeGreaterThan(pairs.length / 2);
  });

  it('surrounds headlines with chrome naming headlines: other stories above, a cut breadcrumb or contents line, the headline again after the body', () => {
    const above = (m: UnseenEntry, cue: string): string | undefined => lines(m).slice(0, at(m).title).find((l) => l.startsWith(cue) && m.chrome.includes(l));
    const below = (m: UnseenEntry, cue: string): string | undefined => lines(m).slice(at(m).last + 1).find((l) => l.startsWith(cue) && m.chrome.includes(l));
    const others = shown.filter((m) => ['◂ Article précédent : ', 'ახლა / En ce moment ⁂ ', 'En continu ▹ ', 'Breaking | ', 'Also today: '].some((cue) => above(m, cue) !== undefined));
    expect(new Set(others.map((m) => m.site))).toEqual(new Set(['briare-canal', 'tbilisi-portal', 'bangkok-weekly', 'gibraltar-weekly', 'perth-mining']));
    for (const m of others) expect(lines(m).slice(0, at(m).title).some((l) => l.includes(m.title!)), m.file).toBe(false);
    // Breadcrumbs and a contents line end with the headline cut short.
    for (const [site, cue, sep] of [['briare-canal', 'Accueil ≫ ', ' ≫ '], ['montevideo-parish', 'Inicio › ', ' › '], ['montlucon-trains', 'Sommaire : ', 'Sommaire : ']] as const) {
      const pages = shown.filter((m) => m.site === site);
      expect(pages.length, site).toBeGreaterThan(5);
      for (const m of pages) {
        const crumb = above(m, cue)!;
        const end = crumb.split(sep).pop()!.split(' ; ')[0]!;
        const stem = end.replace(/(…|\.\.\.)$/, '');
        expect(stem.length < end.length && stem.length > 0, m.file).toBe(true);
        expect(m.title!.startsWith(stem), `${m.file}: ${crumb}`).toBe(true);
      }
    }
    // After the body, the headline again: in a share line, an end-of-article line, a "you have just read" line.
    for (const [site, cue] of [['briare-canal', 'Partager « '], ['dieppe-ferry', 'Fin de l’article ≈ '], ['montevideo-parish', 'Vous venez de lire : « ']] as const) {
      const pages = shown.filter((m) => m.site === site);
      for (const m of pages) expect(below(m, cue)?.includes(m.title!), m.file).toBe(true);
    }
    // Headless copies carry no chrome naming their own headline.
    for (const m of sited.filter((x) => !x.headline)) expect(text(m).includes(m.title!), m.file).toBe(false);
  });

  it('serves five pages of chrome only: a login wall, an empty tag page, a table of contents of other headlines, a newsletter confirmation, a missing page', () => {
    const pages = manifest.filter((m) => m.kind === 'chrome-only');
    expect(pages.map((m) => m.site).sort()).toEqual(['briare-canal', 'gibraltar-weekly', 'montlucon-trains', 'niamey-economy', 'tbilisi-portal']);
    const cue: Record<string, string> = {
      'briare-canal': 'Cet article est réservé à nos abonnés.',
      'tbilisi-portal': 'Aucun article ne correspond encore à ce mot-clé.',
      'montlucon-trains': 'Au sommaire de cette lettre :',
      'niamey-economy': 'Votre inscription à la lettre de Kouara Éco est confirmée.',
      'gibraltar-weekly': 'Page not found',
    };
    for (const m of pages) expect(text(m), m.site).toContain(cue[m.site]!);
    const contents = pages.find((m) => m.site === 'montlucon-trains')!;
    const titles = new Set(articles.map((m) => m.title));
    expect(lines(contents).filter((l) => l.startsWith('- ') && titles.has(l.slice(2))).length).toBe(3);
  });

  it('keeps the v2 outlet convention in every file, each evidence at least ten times', () => {
    expectOutletConvention(manifest, SITES_V35, { pageText: text });
    const own = articles.filter((m) => m.outletEvidence === 'masthead-byline');
    expect(new Set(own.map((m) => m.outlet))).toEqual(new Set(['Le Journal du Centre et des Canaux', 'Le Soir de Bangkok', 'The Rock & Strait Gazette']));
    const groups = Map.groupBy(articles, (m) => m.dup_group);
    expect(own.filter((m) => groups.get(m.dup_group)!.some((c) => c.outlet !== m.outlet)).length).toBeGreaterThan(5);
    // Republishers' own copyright lines stand at the foot, and on two sites right under the headline's credit block too.
    for (const m of articles.filter((x) => x.republisher !== null)) expect(m.chrome.some((l) => l.includes('©') || l.includes(m.republisher!)), m.file).toBe(true);
    for (const cue of ['© Le Fil des Équipages — reproduction', '© Swan River Resources Brief — subscriber copy']) {
      const pages = articles.filter((m) => m.republisher !== null && m.chrome.includes(lines(m).find((l) => l.startsWith(cue)) ?? ''));
      expect(pages.length, cue).toBeGreaterThan(2);
      for (const m of pages) expect(lines(m).findIndex((l) => l.startsWith(cue)), m.file).toBeLessThan(at(m).first);
    }
  });

  it('translates credited names both ways, never beside the real name, and keeps look-alikes as written', () => {
    const translated = articles.filter((m) => m.translatedCredit);
    expect(translated.length).toBeGreaterThanOrEqual(40);
    expect(translated.filter((m) => m.lang === 'en').length).toBeGreaterThan(15);
    expect(translated.filter((m) => m.lang === 'fr').length).toBeGreaterThan(15);
    for (const m of translated) expect(m.meta.join('\n') + (m.headline ? headlineLine(m) : ''), m.file).not.toContain(m.outlet!);
    expect(new Set(translated.filter((m) => m.lang === 'en').map((m) => m.site))).toEqual(new Set(['perth-mining', 'port-louis-digest']));
    expect(new Set(translated.filter((m) => m.lang === 'fr').map((m) => m.site))).toEqual(new Set(['dieppe-ferry', 'millau-gloves', 'tbilisi-portal', 'montevideo-parish']));
    expectNamesAsWritten(manifest, text);
  });

  it('translates word for word without ambiguity: each rendering names one outlet, never another real outlet of the set', () => {
    expectUnambiguousRenderings(manifest, INTO_EN_V35, INTO_FR_V35);
  });

  it('puts credits above the headline, under it, in brackets, under the date, inside the text, as a postscript, at the foot and last', () => {
    const credited = articles.filter((m) => ['credit', 'source-line', 'url-host'].includes(m.outletEvidence!));
    const creditLine = (m: UnseenEntry): string => {
      const credit = m.meta.filter((l) => l !== shownDate(m) && !l.includes(m.author!));
      expect(credit, m.file).toHaveLength(1);
      return credit[0]!;
    };
    const where = (m: UnseenEntry): string => {
      const all = lines(m);
      const line = all.indexOf(creditLine(m));
      const { title, first, last } = at(m);
      if (line > last) return 'foot';
      if (line > first) return 'inside';
      if (!m.headline) return 'top';
      const next = all.findIndex((l, i) => i > title && l.trim() !== '');
      return line < title ? 'kicker' : line === next ? 'under-headline' : 'top';
    };
    const seen = new Map<string, Set<string>>();
    for (const m of credited) seen.set(m.site, (seen.get(m.site) ?? new Set()).add(where(m)));
    expect(seen.get('dieppe-ferry')).toEqual(new Set(['under-headline', 'top']));
    // (A kicker on a copy without its headline stands at the top.)
    expect([...seen.get('millau-gloves')!].filter((w) => w !== 'top')).toEqual(['kicker', 'foot']);
    expect(seen.get('tbilisi-portal')).toEqual(new Set(['top', 'inside', 'foot']));
    expect(seen.get('montevideo-parish')).toEqual(new Set(['inside', 'foot']));
    expect(seen.get('niamey-economy')).toEqual(new Set(['top', 'inside', 'foot']));
    expect(seen.get('perth-mining')).toEqual(new Set(['under-headline', 'top']));
    expect([...seen.get('port-louis-digest')!].filter((w) => w !== 'top').sort()).toEqual(['foot', 'inside', 'under-headline']);
    // Brackets and parentheses around whole credit lines; Millau's foot credit is the page's last line, after the footer.
    const wrapped = credited.map(creditLine).filter((l) => /^[[(].*[\])]$/.test(l));
    expect(wrapped.length).toBeGreaterThan(10);
    for (const m of credited.filter((x) => x.site === 'millau-gloves' && where(x) === 'foot')) expect(text(m).trimEnd().split('\n').pop(), m.file).toBe(creditLine(m));
    expect(credited.filter((m) => creditLine(m).startsWith('P.-S. — ')).length).toBeGreaterThan(2);
    // Addresses on the Niamey portal name the original outlet's host, in four URL shapes.
    const urls = credited.filter((x) => x.outletEvidence === 'url-host').map((m) => creditLine(m).match(/https?:\/\/\S+/)![0]);
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const shape of [/utm_source=/, /\/amp\//, /^http:\/\/m\./, /\/\?p=\d+/]) expect(urls.some((u) => shape.test(u)), String(shape)).toBe(true);
  });

  it('expects the writer as the byline names them: no role, place or helper, two writers joined as the page joins them', () => {
    const beside = [
      '| correspondance à Ouzouer-sur-Trézée', 'Texte :', '• Photos :', 'Signé ', '(rédaction d’origine), relu par', 'Signature d’origine :', '— traduction automatique revue par',
      'ავტორი / Auteur :', ', traduit par', 'Rédigé par', '(version française :', 'Auteur (page source) :', ', d’après la page d’origine', 'Un article de', ', à Chiang Mai',
      '— photo ', ', Political Editor', 'Words: ', '/ Photography:', 'Words by', '(French original); machine translation checked by', 'Original author:',
      ', translated with software and checked by',
    ];
    expectBylines(manifest, 140, beside);
  });

  it('shows each site’s date on its own clock, and expects the same instant in Paris time', () => {
    const dated = articles.filter((m) => m.publishedAt !== null);
    expect(dated.length).toBe(sited.length);
    for (const m of dated) expect(m.publishedAt, m.file).toMatch(/^(2018-1[12]|2019-01)-\d\dT\d\d:\d\d:00\+01:00$/);
    for (const m of dated.filter((x) => x.site === 'montlucon-trains')) expect(m.publishedAt, m.file).toMatch(/T00:00:00\+01:00$/);
    expect(dated.filter((x) => x.site !== 'montlucon-trains' && x.publishedAt!.includes('T00:00'))).toEqual([]);
    for (const m of dated) expect(m.meta, m.file).toContain(shownDate(m));
    // Perth and Bangkok clocks show the next day for the Paris evening; Bangkok writes the Buddhist-era year first.
    const parisDay = (m: UnseenEntry): number => Number(m.publishedAt!.slice(8, 10));
    for (const site of ['perth-mining', 'bangkok-weekly']) expect(dated.filter((m) => m.site === site && local(m).getUTCDate() !== parisDay(m)).length, site).toBeGreaterThan(0);
    for (const m of dated.filter((x) => x.site === 'bangkok-weekly')) expect(shownDate(m), m.file).toMatch(/ 256[12] \(201[89]\)/);
  });

  it('wraps articles in chrome of many shapes: long lines, prose-like notes between paragraphs, lines on only some pages, in several scripts', () => {
    const words = (l: string): number => l.split(/\s+/).filter(Boolean).length;
    for (const s of SITES_V35) {
      const pages = sited.filter((m) => m.site === s.id);
      expect(pages.every((m) => m.chrome.some((l) => words(l) >= 25)), s.id).toBe(true);
    }
    const inside = (m: UnseenEntry): string[] => {
      const all = lines(m);
      const { first, last } = at(m);
      return m.chrome.filter((c) => { const i = all.indexOf(c); return i > first && i < last; });
    };
    expect(new Set(sited.filter((m) => inside(m).length > 0).map((m) => m.site)).size).toBe(12);
    const notes = sited.filter((m) => inside(m).some((l) => words(l) >= 25));
    expect(new Set(notes.map((m) => m.site)).size).toBeGreaterThanOrEqual(5);
    const share = (site: string, ...cues: string[]): number => {
      const pages = sited.filter((m) => m.site === site);
      return pages.filter((m) => m.chrome.some((l) => cues.some((cue) => l.includes(cue)))).length / pages.length;
    };
    expect(share('briare-canal', 'Aller au menu')).toBe(1);
    expect(share('tbilisi-portal', 'ახლა / En ce moment')).toBe(1);
    const sometimes: [string, ...string[]][] = [
      ['briare-canal', 'À propos •'], ['bangkok-weekly', 'Correction :'], ['gibraltar-weekly', 'About the author |'], ['millau-gloves', 'Note de la rédaction', 'Précision :'],
      ['montlucon-trains', 'Annonce :'], ['dieppe-ferry', 'Rubrique ≈'], ['perth-mining', 'FRANCE BRIEF'],
    ];
    for (const [site, ...cues] of sometimes) {
      const s = share(site, ...cues);
      expect(s > 0 && s < 1, `${site}: ${cues.join(', ')} on ${s}`).toBe(true);
    }
    const boxed = sited.filter((m) => m.author !== null && m.chrome.some((l) => l.includes(m.author!)));
    expect(boxed.length).toBeGreaterThan(5);
    for (const script of [/\p{Script=Georgian}/u, /\p{Script=Thai}/u]) expect(sited.some((m) => m.chrome.some((l) => script.test(l))), String(script)).toBe(true);
  });

  itWritesLatin1Only({ manifest, files });
});
