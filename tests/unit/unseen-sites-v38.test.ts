/** The unseen-sites v38 development set: deterministic, every file accounted for, v2's outlet convention kept, chrome of many shapes around and inside articles, headlines among decorated head lines, chrome-only pages, a recorded digest. */
import { describe, expect, it } from 'vitest';
import { INTO_EN_V38, INTO_FR_V38, SEED_V38, SITES_V38, generateUnseenV38 } from '../../scripts/unseen-sites-v38.ts';
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

/** Invented articles (no corpus text): village post offices that close, become shop counters or reopen, and what the villages do about it. */
const VILLAGES = ["Saint-Chély-d'Apcher", 'Plouha', 'Lalbenque', 'Mouthe', 'Vic-sur-Cère', 'Saint-Amans-Soult', 'Fayence', 'Cerisiers', 'Pouzauges', 'Rimont', 'Tence', 'Marcillac-Vallon'];
const COUNTERS = [
  'le bureau de poste', 'l’agence postale communale', 'le relais poste du bar-tabac', 'la poste de la place', 'le guichet du mardi', 'le facteur-guichetier',
  'la maison France services', 'le point poste de l’épicerie', 'la poste itinérante', 'le bureau du bourg', 'le relais de la boulangerie', 'l’annexe de la mairie',
  'le guichet mobile', 'la poste de la gare', 'le comptoir de la supérette', 'le bureau du hameau', 'la cabine postale', 'le point poste de la pharmacie',
];
const sentence = (village: string, counter: string, i: number, j: number, k: number): string =>
  [
    `À ${village}, ${counter} rouvre ses portes après ${i + j + 2} mois de fermeture, grâce à un accord signé avec ${3 + ((i + j) % 5)} communes voisines.`,
    (i + j) % 2 === 0
      ? `« Avant, il fallait faire ${12 + i} kilomètres pour envoyer un colis », raconte une habitante qui y passe chaque semaine depuis ${8 + j} ans.`
      : `"Avant, il fallait faire ${12 + i} kilomètres pour envoyer un colis", raconte une habitante qui y passe chaque semaine depuis ${8 + j} ans.`,
    `La commune prend à sa charge le loyer du local, soit ${300 + 25 * i + j} euros par mois, et forme ${1 + (j % 3)} agents au guichet.`,
    `Le guichet sera ouvert ${['le matin du lundi au vendredi', 'les mardis et jeudis après-midi', 'le samedi matin et le mercredi'][j % 3]}, avec un distributeur de billets à l'extérieur.`,
    `Les élus espèrent ${1500 + 120 * i + 10 * j} opérations dès la première année pour convaincre le groupe de maintenir le service.`,
  ][k]!;
const POOL: UnseenSource[] = VILLAGES.flatMap((village, i) =>
  COUNTERS.map((counter, j) => ({
    id: `poste-${i}-${j}.txt`,
    title: `À ${village}, ${counter} rouvre après ${i + 2 * j + 3} mois de rideau baissé`,
    body: [0, 1, 2, 3, 4].slice(0, 4 + ((i + j) % 2)).map((k) => sentence(village, counter, i, j, k)),
  })),
);

// ——— The dates each site shows, written independently of the generator's formatter ———

const two = (n: number): string => String(n).padStart(2, '0');
const MONTHS = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  frShort: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  lt: ['sausio', 'vasario', 'kovo', 'balandžio', 'gegužės', 'birželio', 'liepos', 'rugpjūčio', 'rugsėjo', 'spalio', 'lapkričio', 'gruodžio'],
  hr: ['siječnja', 'veljače', 'ožujka', 'travnja', 'svibnja', 'lipnja', 'srpnja', 'kolovoza', 'rujna', 'listopada', 'studenoga', 'prosinca'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  ap: ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'],
} as const;
const DAYS_FR = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const DAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const hm = (t: Date, sep: string): string => `${two(t.getUTCHours())}${sep}${two(t.getUTCMinutes())}`;
const hFr = (t: Date): string => `${t.getUTCHours()} h ${two(t.getUTCMinutes())}`;
const h12 = (t: Date): number => t.getUTCHours() % 12 || 12;
const dmy = (t: Date, sep: string): string => `${two(t.getUTCDate())}${sep}${two(t.getUTCMonth() + 1)}${sep}${t.getUTCFullYear()}`;
const dayFr = (t: Date): string => `${t.getUTCDate()} ${MONTHS.fr[t.getUTCMonth()]} ${t.getUTCFullYear()}`;
const frLong = (t: Date): string => `${DAYS_FR[t.getUTCDay()]} ${dayFr(t)}`;

/** The clock a date is shown on: minutes from UTC (all winter or only time), then the line the site writes for that local moment. */
const SHOWN_DATES: Record<string, [number, (t: Date) => string]> = {
  'mende-transhumance': [60, (t) => `Lettre envoyée de Mende le ${dmy(t, '-')}`],
  'paimpol-lifeboat': [60, (t) => `Paimpol — ${t.getUTCDate()} ${MONTHS.frShort[t.getUTCMonth()]} ${t.getUTCFullYear()} — ${hm(t, ':')}`],
  'cahors-petanque': [60, (t) => `Cahors | ${dmy(t, '/')} | ${two(t.getUTCHours())} h ${two(t.getUTCMinutes())}`],
  'vilnius-watch': [120, (t) => `Vilnius, ${t.getUTCFullYear()} m. ${MONTHS.lt[t.getUTCMonth()]} ${t.getUTCDate()} d., ${hm(t, ':')} · le ${dayFr(t)} à ${hFr(t)} (heure de Vilnius, UTC+2)`],
  'windhoek-lodges': [120, (t) => `Windhoek · ${DAYS_EN[t.getUTCDay()]!.slice(0, 3)} ${dmy(t, '.')} · ${hm(t, ':')} CAT (UTC+2)`],
  'ushuaia-guides': [-180, (t) => `Ushuaia, ${frLong(t)}, ${hm(t, ':')} ART (heure argentine, UTC−3)`],
  'seoul-weekly': [540, (t) => `서울, ${t.getUTCFullYear()}년 ${t.getUTCMonth() + 1}월 ${t.getUTCDate()}일 · Séoul, le ${dayFr(t)} à ${hFr(t)} (KST, UTC+9)`],
  'lisbon-weekly': [0, (t) => `Lisboa, ${t.getUTCDate()} de ${MONTHS.pt[t.getUTCMonth()]} de ${t.getUTCFullYear()} · Lisbonne, le ${frLong(t)}, ${hm(t, 'h')} (heure de Lisbonne, UTC+0)`],
  'tallinn-digest': [120, (t) => `${t.getUTCDate()} ${MONTHS.en[t.getUTCMonth()]} ${t.getUTCFullYear()}, ${h12(t)}.${two(t.getUTCMinutes())}${t.getUTCHours() < 12 ? 'am' : 'pm'} EET (UTC+2) | Tallinn`],
  'iqaluit-weekly': [-300, (t) => `Posted ${MONTHS.ap[t.getUTCMonth()]} ${t.getUTCDate()}, ${t.getUTCFullYear()} at ${h12(t)}:${two(t.getUTCMinutes())} ${t.getUTCHours() < 12 ? 'a.m.' : 'p.m.'} EST`],
  'zagreb-portal': [60, (t) => `Zagreb, ${t.getUTCDate()}. ${MONTHS.hr[t.getUTCMonth()]} ${t.getUTCFullYear()}. u ${hm(t, ':')} · le ${dayFr(t)} à ${hFr(t)} (CET)`],
  'vesoul-bagpipes': [60, (t) => `Vesoul, publié le ${dmy(t, '.')} à ${hm(t, ':')}`],
};
/** The local moment of a file's expected date on its site's clock. */
const local = (m: UnseenEntry): Date => new Date(Date.parse(m.publishedAt!) + SHOWN_DATES[m.site]![0] * 60_000);
/** The line a file's site shows for its expected date. */
const shownDate = (m: UnseenEntry): string => SHOWN_DATES[m.site]![1](local(m));
/** Cues of the "updated" lines three sites print beside the publication date. */
const UPDATED = ['Atualizado / Mis à jour le ', 'Updated ', 'Modifié le '];

describe('unseen-sites v38 development set', () => {
  const { manifest, files } = generateUnseenV38(POOL);
  const byName = new Map(files.map((f) => [f.name, f.bytes]));
  const text = (m: UnseenEntry): string => decodedAs(byName.get(m.file)!, m.encoding);
  const lines = (m: UnseenEntry): string[] => text(m).split('\n');
  const articles = manifest.filter((m) => m.kind === 'article');
  const sited = articles.filter((m) => m.site !== 'bare');
  const shown = sited.filter((m) => m.headline);
  const credited = articles.filter((m) => m.republisher !== null);
  const titles = new Set(articles.map((m) => m.title!));
  /** The headline line: the line holding the title that is not chrome (chrome around it may repeat or cut the headline). */
  const headlineLine = (m: UnseenEntry): string => lines(m).find((l) => l.includes(m.title!) && !m.chrome.includes(l))!;
  /** Index of a file's headline line, first and last body paragraph. */
  const at = (m: UnseenEntry): { title: number; first: number; last: number } => {
    const all = lines(m);
    return { title: m.headline ? all.indexOf(headlineLine(m)) : -1, first: all.indexOf(m.body[0]!), last: all.indexOf(m.body[m.body.length - 1]!) };
  };
  /** The page's text with an outlet printed in capitals read in the outlet's own case (the scorer folds case). */
  const inOwnCase = (m: UnseenEntry): string => {
    const all = text(m);
    return m.outlet === null ? all : all.replaceAll(m.outlet.toLocaleUpperCase('fr'), m.outlet);
  };
  /** Chrome lines of a file above its headline line, and after its last paragraph. */
  const above = (m: UnseenEntry, cue: string): string | undefined => lines(m).slice(0, at(m).title).find((l) => l.startsWith(cue) && m.chrome.includes(l));
  const below = (m: UnseenEntry, cue: string): string | undefined => lines(m).slice(at(m).last + 1).find((l) => l.startsWith(cue) && m.chrome.includes(l));
  /** The next non-blank line after the headline line, and the last one before it. */
  const underHeadline = (m: UnseenEntry): string => lines(m).slice(at(m).title + 1).find((l) => l !== '')!;
  const overHeadline = (m: UnseenEntry): string | undefined => lines(m).slice(0, at(m).title).filter((l) => l !== '').at(-1);
  /** Other stories' headlines a line names. */
  const othersIn = (m: UnseenEntry, l: string): string[] => [...titles].filter((t) => t !== m.title && l.includes(t));
  const words = (l: string): number => l.split(/\s+/).filter(Boolean).length;
  /** Share of a site's pages with a chrome line holding one of `cues`. */
  const share = (site: string, ...cues: string[]): number => {
    const pages = sited.filter((m) => m.site === site);
    return pages.filter((m) => m.chrome.some((l) => cues.some((cue) => l.includes(cue)))).length / pages.length;
  };

  itIsFrozen(generateUnseenV38, POOL, SEED_V38, '798340c3473fb7f9', { manifest, files });
  itHasTheSharedShape({ manifest, files }, SITES_V38, { maxFiles: 380, wrongOutlet: 'Namib Lodge Letter', decoration: 'Carreau ⟫ ' });

  it('has nine French and three English sites, each with its own date format', () => {
    expect(SITES_V38.filter((s) => s.lang === 'fr')).toHaveLength(9);
    expect(SITES_V38.filter((s) => s.lang === 'en')).toHaveLength(3);
    expect(Object.keys(SHOWN_DATES).sort()).toEqual(SITES_V38.map((s) => s.id).sort());
  });

  it('decorates headlines with prefix tags and site-name suffixes, and names the outlet after the review’s', () => {
    const pairs = shown.map((m) => [m, headlineLine(m)] as const);
    const prefixes = [
      'Lu dans la presse / ', 'Revue de presse ▸ ', 'Spaudos apžvalga / Revue ❘ ', 'From France: ', 'Bout du monde ◇ ', 'Monde ∙ ', 'Portugal › ', 'Digest ▪ ', 'World | ',
      'Croatie ⁄ ', 'Dans la presse | ',
    ];
    const prefixed = pairs.filter(([m, l]) => prefixes.some((tag) => l === `${tag}${m.title}`));
    expect(prefixed.length).toBeGreaterThan(20);
    expect(new Set(prefixed.map(([m]) => m.site)).size).toBeGreaterThanOrEqual(9);
    const tails = [
      ' · Draille & Sonnailles', ' [Canot & Balise]', ' — Ambre & Niémen', ' | NLL', ' (Passage de Drake)', ' | Hangang Hebdo', ' - Le Progrès lisboète', ' (Digest)',
      ' - Frobisher Bay Weekly', ' ⁄ Sava & Adriatique', ' (Bourdon & Chalumeau)',
    ];
    const suffixed = pairs.filter(([m, l]) => tails.some((tail) => l === `${m.title}${tail}`));
    expect(suffixed.length).toBeGreaterThan(20);
    expect(new Set(suffixed.map(([m]) => m.site)).size).toBeGreaterThanOrEqual(9);
    // On the Cahors review the outlet follows the headline: after a triangular bullet, a double angle (maybe in capitals), a two-em dash, a dotted bar, or in brackets.
    const named = pairs.filter(([m]) => m.outletEvidence === 'title-suffix');
    expect(named.length).toBeGreaterThanOrEqual(15);
    const forms = (m: UnseenEntry): string[] => [` ‣ ${m.outlet}`, ` ⟫ ${m.outlet}`, ` ⸺ ${m.outlet}`, ` ⁞ ${m.outlet}`, ` [${m.outlet}]`, ` ⟫ ${m.outlet!.toLocaleUpperCase('fr')}`].map((tail) => `${m.title}${tail}`);
    for (const [m, l] of named) expect(forms(m), `${m.file}: ${l}`).toContain(l);
    expect(new Set(named.map(([m, l]) => l.slice(m.title!.length, m.title!.length + 3))).size).toBeGreaterThanOrEqual(4);
    expect(pairs.filter(([m, l]) => l === m.title).length).toBeGreaterThan(pairs.length / 2);
  });

  it('hides headlines among kickers, labels, links naming other stories and lines repeating or cutting the headline', () => {
    // Kickers and labels in capitals right above the headline, on most sites.
    const kicked = shown.filter((m) => {
      const l = overHeadline(m);
      return l !== undefined && m.chrome.includes(l) && l === l.toLocaleUpperCase('fr') && /\p{Lu}{4}/u.test(l) && !l.includes(m.outlet ?? '\u0000');
    });
    expect(kicked.length).toBeGreaterThan(40);
    expect(new Set(kicked.map((m) => m.site)).size).toBeGreaterThanOrEqual(10);
    // Links to another story above the headline: previous, next.
    const links = ['Article suivant ◇ ', 'Previous: ', 'Next: ', 'Prethodni članak / Article précédent ⟵ '];
    const linked = shown.filter((m) => links.some((cue) => above(m, cue) !== undefined));
    expect(new Set(linked.map((m) => m.site))).toEqual(new Set(['ushuaia-guides', 'tallinn-digest', 'zagreb-portal']));
    for (const m of linked) expect(lines(m).slice(0, at(m).title).some((l) => l.includes(m.title!)), m.file).toBe(false);
    // The whole headline again above it: breadcrumbs, a "now reading" bar, a browser-tab line.
    for (const [site, cue, after] of [
      ['paimpol-lifeboat', 'Accueil ▸ Actualités ▸ Revue de presse ▸ ', ''],
      ['lisbon-weekly', 'Início / Accueil › Portugal › ', ''],
      ['seoul-weekly', 'En cours de lecture ∙ ', ''],
    ] as const) {
      const pages = shown.filter((m) => m.site === site && above(m, cue) !== undefined);
      expect(pages.length, site).toBeGreaterThan(2);
      for (const m of pages) expect(above(m, cue), m.file).toBe(`${cue}${m.title}${after}`);
    }
    const tabs = shown.filter((m) => m.site === 'seoul-weekly' && lines(m)[0] === `${m.title} — Hangang Hebdo · 한불 주간지`);
    expect(tabs.length).toBeGreaterThan(1);
    // A breadcrumb cutting it short.
    const crumbs = shown.filter((m) => m.site === 'vesoul-bagpipes' && above(m, 'Accueil > Presse > ') !== undefined);
    expect(crumbs.length).toBeGreaterThan(2);
    for (const m of crumbs) {
      const end = above(m, 'Accueil > Presse > ')!.slice('Accueil > Presse > '.length);
      expect(end.endsWith('...') && m.title!.startsWith(end.slice(0, -3)) && end.length - 3 < m.title!.length, `${m.file}: ${end}`).toBe(true);
    }
    // Reading-time lines right under it.
    for (const m of shown.filter((x) => x.site === 'tallinn-digest')) expect(underHeadline(m), m.file).toMatch(/^\d min read ▪ \d+ words$/);
    for (const [site, shape] of [['cahors-petanque', /^Lecture : \d min$/], ['vilnius-watch', /^Skaitymo laikas \/ Temps de lecture : \d min$/]] as const) {
      expect(shown.filter((m) => m.site === site && shape.test(underHeadline(m))).length, site).toBeGreaterThan(2);
    }
    // After the body, the headline again: print and back-to-top lines.
    for (const [site, cue, form] of [
      ['mende-transhumance', 'Imprimer « ', (t: string) => `Imprimer « ${t} »`],
      ['cahors-petanque', 'Version à imprimer : « ', (t: string) => `Version à imprimer : « ${t} »`],
      ['windhoek-lodges', '↑ Back to top: ', (t: string) => `↑ Back to top: ${t}`],
      ['seoul-weekly', '↑ Haut de page ∙ ', (t: string) => `↑ Haut de page ∙ ${t}`],
      ['tallinn-digest', 'Print this page: ', (t: string) => `Print this page: ${t}`],
    ] as const) {
      const repeated = shown.filter((m) => m.site === site && below(m, cue) !== undefined);
      expect(repeated.length, site).toBeGreaterThan(2);
      for (const m of repeated) expect(below(m, cue), m.file).toBe(form(m.title!));
    }
    // Headless copies carry no chrome naming their own headline; about a quarter of the copies that may lose it do.
    for (const m of sited.filter((x) => !x.headline)) expect(text(m).includes(m.title!), m.file).toBe(false);
    const groups = Map.groupBy(sited, (m) => m.dup_group);
    const copies = [...groups.values()].flatMap((g) => g.slice(1)).filter((m) => m.site !== 'cahors-petanque');
    const headless = copies.filter((m) => !m.headline).length / copies.length;
    expect(headless > 0.12 && headless < 0.4, `share ${headless}`).toBe(true);
  });

  it('serves five pages of chrome only: a fairs calendar, tides and duty roster, cookie settings, a subscribers’ wall, a radio schedule', () => {
    const pages = manifest.filter((m) => m.kind === 'chrome-only');
    expect(pages.map((m) => m.site).sort()).toEqual(['iqaluit-weekly', 'mende-transhumance', 'paimpol-lifeboat', 'seoul-weekly', 'vilnius-watch']);
    const cue: Record<string, string> = {
      'mende-transhumance': 'Calendrier des foires et marchés aux bestiaux',
      'paimpol-lifeboat': 'Horaires des marées et tableau de permanence',
      'vilnius-watch': 'Slapukų nustatymai / Paramètres des cookies',
      'seoul-weekly': '구독자 전용 / Réservé aux abonnés',
      'iqaluit-weekly': 'Community radio schedule',
    };
    for (const m of pages) expect(text(m), m.site).toContain(cue[m.site]!);
  });

  it('keeps the v2 outlet convention in every file, each evidence at least ten times', () => {
    expectOutletConvention(manifest, SITES_V38, { pageText: text });
    const own = articles.filter((m) => m.outletEvidence === 'masthead-byline');
    expect(new Set(own.map((m) => m.outlet))).toEqual(new Set(['Hangang Hebdo', 'Le Progrès lisboète', 'Frobisher Bay Weekly']));
    const groups = Map.groupBy(articles, (m) => m.dup_group);
    expect(own.filter((m) => groups.get(m.dup_group)!.some((c) => c.outlet !== m.outlet)).length).toBeGreaterThan(5);
    const copyright: Record<string, RegExp> = {
      'seoul-weekly': /^© 201[89] Hangang Hebdo Co\., Ltd\. — /,
      'lisbon-weekly': /^© 201[89] Le Progrès lisboète, Lda — /,
      'iqaluit-weekly': /^© 201[89] Frobisher Bay Weekly Ltd\. \| /,
    };
    for (const m of own) {
      expect(m.chrome.some((l) => copyright[m.site]!.test(l)), m.file).toBe(true);
      expect(m.chrome, m.file).toContain(m.outlet!.toLocaleUpperCase('fr'));
    }
    // Republishers' own names stand in their mastheads and footers; the Mende letter credits nobody and signs nothing.
    for (const m of credited) expect(m.chrome.some((l) => l.includes(m.republisher!) || l.includes(m.republisher!.toLocaleUpperCase('fr'))), m.file).toBe(true);
    for (const m of sited.filter((x) => x.site === 'mende-transhumance')) expect([m.outlet, m.author, m.outletEvidence], m.file).toEqual([null, null, 'none']);
  });

  it('translates credited names both ways, never beside the real name, and keeps names and look-alikes as written', () => {
    const translated = articles.filter((m) => m.translatedCredit);
    expect(translated.length).toBeGreaterThanOrEqual(10);
    expect(translated.filter((m) => m.lang === 'en').length).toBeGreaterThan(2);
    expect(translated.filter((m) => m.lang === 'fr').length).toBeGreaterThan(2);
    for (const m of translated) expect(m.meta.join('\n') + (m.headline ? headlineLine(m) : ''), m.file).not.toContain(m.outlet!);
    expect(new Set(translated.filter((m) => m.lang === 'en').map((m) => m.site))).toEqual(new Set(['windhoek-lodges']));
    expect(new Set(translated.filter((m) => m.lang === 'fr').map((m) => m.site))).toEqual(new Set(['ushuaia-guides', 'zagreb-portal']));
    expectNamesAsWritten(manifest, inOwnCase);
    expectUnambiguousRenderings(manifest, INTO_EN_V38, INTO_FR_V38);
  });

  it('credits look-alike outlets now and then, each beginning like a real paper the set also expects', () => {
    const alike = credited.filter((m) => m.lookalike);
    const part = alike.length / credited.length;
    expect(part > 0.1 && part < 0.4, `share ${part}`).toBe(true);
    expect(new Set(alike.map((m) => m.site)).size).toBeGreaterThanOrEqual(6);
    for (const m of alike) expect(inOwnCase(m), m.file).toContain(m.outlet!.replace(/^(Le|La|Les) /, ''));
    const expected = new Set(articles.filter((m) => !m.lookalike).map((m) => m.outlet).filter((o): o is string => o !== null));
    const beside = [...new Set(alike.map((m) => m.outlet!))].filter((o) => [...expected].some((real) => o.startsWith(`${real} `)));
    expect(beside.length).toBeGreaterThanOrEqual(8);
  });

  it('puts credits above the headline, under it, under the date, inside the text and at the foot, and addresses in five URL shapes', () => {
    const creditLines = (m: UnseenEntry): string[] => m.meta.filter((l) => l !== shownDate(m) && !l.includes(m.author!) && !UPDATED.some((cue) => l.startsWith(cue)));
    const where = (m: UnseenEntry, line: string): string => {
      const all = lines(m);
      const i = all.indexOf(line);
      const { title, first, last } = at(m);
      if (i > last) return 'foot';
      if (i > first) return 'inside';
      if (!m.headline) return 'top';
      if (i < title) return 'above';
      return all.slice(title + 1, i).includes(shownDate(m)) ? 'under-date' : 'under-headline';
    };
    const seen = new Map<string, Set<string>>();
    for (const m of credited.filter((x) => x.outletEvidence !== 'title-suffix')) for (const l of creditLines(m)) seen.set(m.site, (seen.get(m.site) ?? new Set()).add(where(m, l)));
    const expectAll = (site: string, places: string[]): void => {
      for (const place of places) expect(seen.get(site), `${site} ${place}`).toContain(place);
    };
    expectAll('paimpol-lifeboat', ['above', 'under-headline', 'foot']);
    expectAll('windhoek-lodges', ['above', 'under-headline', 'inside', 'foot']);
    expectAll('ushuaia-guides', ['above', 'under-headline', 'inside', 'foot']);
    expectAll('tallinn-digest', ['above', 'under-date', 'inside', 'foot']);
    expectAll('zagreb-portal', ['above', 'under-date', 'inside', 'foot']);
    expectAll('vesoul-bagpipes', ['above', 'under-headline', 'inside', 'foot']);
    expectAll('vilnius-watch', ['under-date', 'inside', 'foot']);
    expect(credited.filter((m) => m.meta.some((l) => l.startsWith('SOURCE ▸ '))).length).toBeGreaterThan(1);
    const urls = credited.filter((x) => x.outletEvidence === 'url-host').flatMap((m) => m.meta.map((l) => l.match(/\(?https?:\/\/\S+/)?.[0]).filter((u): u is string => u !== undefined));
    expect(urls.length).toBeGreaterThanOrEqual(10);
    const shapes = [/^https:\/\/[a-z0-9.-]+\/amp\/[a-z0-9-]+$/, /\?utm_source=newsletter&utm_medium=email&utm_campaign=veille$/, /\/index\.html$/, /^\(https:\/\/.+\)$/, /^https:\/\/[a-z0-9.-]+\/article\/\d{6}\/[a-z0-9-]+$/];
    for (const u of urls) expect(shapes.some((shape) => shape.test(u)), u).toBe(true);
    expect(shapes.filter((shape) => urls.some((u) => shape.test(u))).length).toBeGreaterThanOrEqual(4);
  });

  it('expects the writer as the byline names them: no role, place, outlet, helper or photographer, two writers joined as the page joins them', () => {
    const beside = [
      'Auteur de l’article :', '(texte original)', 'Original reporting:', '(French original; translated by', 'Signé ', '— traduit de l’espagnol par', ', à Séoul', '∙ photos :',
      ', à Lisbonne', '— fotografia / photo :', 'French original by', '; summary by', 'By ', ', Frobisher Bay Weekly staff', '· Photos:', 'Autor / Auteur :',
      '— prijevod / traduction :', 'Article signé', '(article original)', 'Autorius / Auteur :', ', selon la page source',
    ];
    expectBylines(manifest, 120, beside);
    // Author boxes naming the writer are chrome.
    const boxed = sited.filter((m) => m.author !== null && m.chrome.some((l) => l.includes(m.author!)));
    expect(new Set(boxed.map((m) => m.site))).toEqual(new Set(['seoul-weekly', 'iqaluit-weekly']));
  });

  it('shows each site’s date on its own clock, expects the same instant in Paris time, and never the update', () => {
    const dated = articles.filter((m) => m.publishedAt !== null);
    expect(dated.length).toBe(sited.length);
    for (const m of dated) expect(m.publishedAt, m.file).toMatch(/^(2018-1[12]|2019-01)-\d\dT\d\d:\d\d:00\+01:00$/);
    for (const m of dated.filter((x) => x.site === 'mende-transhumance')) expect(m.publishedAt, m.file).toMatch(/T00:00:00\+01:00$/);
    expect(dated.filter((x) => x.site !== 'mende-transhumance' && x.publishedAt!.includes('T00:00'))).toEqual([]);
    for (const m of dated) expect(m.meta, m.file).toContain(shownDate(m));
    // Seoul shows the next day for the Paris afternoon, Iqaluit and Ushuaia the day before for the early Paris morning.
    const parisDay = (m: UnseenEntry): number => Number(m.publishedAt!.slice(8, 10));
    expect(dated.filter((m) => m.site === 'seoul-weekly' && local(m).getUTCDate() !== parisDay(m)).length).toBeGreaterThan(0);
    // "Updated" lines on three sites, later than the publication they stand beside.
    const updated = dated.filter((m) => m.meta.some((l) => UPDATED.some((cue) => l.startsWith(cue))));
    expect(new Set(updated.map((m) => m.site))).toEqual(new Set(['lisbon-weekly', 'iqaluit-weekly', 'vesoul-bagpipes']));
    for (const m of updated.filter((x) => x.site === 'vesoul-bagpipes')) {
      const [, dd, mm, yyyy, hh, mi] = m.meta.find((l) => l.startsWith('Modifié le '))!.match(/^Modifié le (\d\d)\.(\d\d)\.(\d{4}) à (\d\d):(\d\d)$/)!;
      expect(Date.UTC(Number(yyyy), Number(mm) - 1, Number(dd), Number(hh), Number(mi)), m.file).toBeGreaterThan(local(m).getTime());
    }
  });

  it('wraps every page in long notices, some on every page and some on about a third, at the top, between paragraphs and at the foot', () => {
    for (const s of SITES_V38) {
      const pages = sited.filter((m) => m.site === s.id);
      expect(pages.every((m) => m.chrome.some((l) => words(l) >= 35)), s.id).toBe(true);
    }
    // Notices on about a third of a site's pages only: consent, accessibility, app promotions, funding, corrections, moderation, paywalls, disclaimers.
    const sometimes: [string, string][] = [
      ['mende-transhumance', 'Votre vie privée : '], ['mende-transhumance', 'Fonds européen agricole'], ['paimpol-lifeboat', 'Accessibilité : '], ['paimpol-lifeboat', 'Politique de correction : '],
      ['cahors-petanque', 'l’application Carreau & Cochonnet'], ['vilnius-watch', 'Mes slapukus naudojame'], ['windhoek-lodges', 'Get the Namib Lodge Letter app'], ['windhoek-lodges', 'Disclaimer: '],
      ['ushuaia-guides', 'Modération : '], ['seoul-weekly', 'article(s) gratuit(s)'], ['lisbon-weekly', 'Cet article vous est offert'], ['tallinn-digest', 'We value your privacy.'],
      ['iqaluit-weekly', 'Download the Frobisher Bay Weekly app'], ['zagreb-portal', 'Pravila komentiranja'], ['vesoul-bagpipes', 'Département de la Haute-Saône'],
    ];
    for (const [site, cue] of sometimes) {
      const part = share(site, cue);
      expect(part > 0.05 && part < 0.65, `${site}: ${cue} on ${part}`).toBe(true);
    }
    expect(share('lisbon-weekly', 'Utilizamos cookies')).toBe(1);
    // Where they stand: above the headline, between two paragraphs, after the body.
    const place = (m: UnseenEntry, l: string): string => {
      const i = lines(m).indexOf(l);
      const { first, last } = at(m);
      return i < first ? 'top' : i < last ? 'between' : 'foot';
    };
    const places = new Map<string, Set<string>>();
    for (const m of sited) for (const l of m.chrome.filter((c) => words(c) >= 35)) places.set(m.site, (places.get(m.site) ?? new Set()).add(place(m, l)));
    expect([...places.values()].filter((p) => p.has('top')).length).toBeGreaterThanOrEqual(6);
    expect([...places.values()].filter((p) => p.has('between')).length).toBeGreaterThanOrEqual(8);
    expect([...places.values()].filter((p) => p.has('foot')).length).toBe(12);
  });

  it('lists other stories’ headlines with and without labels, one to five items, on one line or one per line, joined by various separators', () => {
    const listed = sited.flatMap((m) => m.chrome.filter((l) => othersIn(m, l).length > 0).map((l) => [m, l] as const));
    expect(new Set(listed.map(([m]) => m.site)).size).toBe(12);
    // One item per line: a label line, then items numbered or bulleted.
    const perLine = sited.filter((m) => m.chrome.filter((l) => /^(\d+[.)] |• |▸ |▪ |- )/.test(l) && othersIn(m, l).length === 1).length >= 2);
    expect(new Set(perLine.map((m) => m.site)).size).toBeGreaterThanOrEqual(6);
    // On one line, joined by bars, diamonds, slashes and squares.
    const joined = listed.filter(([m, l]) => othersIn(m, l).length >= 2);
    for (const glue of [' | ', ' ◇ ', ' ⁄ ', ' ▪ ']) expect(joined.some(([, l]) => l.includes(glue)), glue).toBe(true);
    // One, two, three, four and five items in a list.
    const size = (m: UnseenEntry): number => Math.max(m.chrome.filter((l) => /^(\d+[.)] |• |▸ |▪ |- )/.test(l) && othersIn(m, l).length === 1).length, ...m.chrome.map((l) => othersIn(m, l).length));
    const sizes = new Set(sited.map(size));
    for (const n of [1, 2, 3, 4, 5]) expect(sizes.has(n), `${n} items`).toBe(true);
    // Labelled and unlabelled single links inside the body.
    expect(listed.some(([m, l]) => l === `RELATED: ${othersIn(m, l)[0]}`)).toBe(true);
    expect(listed.some(([m, l]) => l === `Dans la même lettre : ${othersIn(m, l)[0]}`)).toBe(true);
  });

  it('carries widgets whose numbers change from page to page, players, controls, tickers and page furniture, in several scripts', () => {
    // Reactions, counters, ratings and share bars: the same widget with other numbers on other pages.
    for (const [site, cue] of [
      ['paimpol-lifeboat', '👍 '], ['vilnius-watch', 'Patinka / J’aime '], ['windhoek-lodges', 'Was this useful? '], ['ushuaia-guides', 'Cet article vous a-t-il été utile ? '],
      ['seoul-weekly', '좋아요 '], ['lisbon-weekly', 'Partilhar / Partager : '], ['iqaluit-weekly', '👍 '], ['zagreb-portal', 'Podijeli / Partager ⁄ '],
    ] as const) {
      const widgets = sited.filter((m) => m.site === site).map((m) => m.chrome.find((l) => l.startsWith(cue))!);
      expect(widgets.every((w) => w !== undefined && /\d/.test(w)), site).toBe(true);
      expect(new Set(widgets).size, site).toBeGreaterThan(widgets.length / 2);
    }
    // Audio players, font-size controls, share bars, print lines, tickers, on some or all pages.
    for (const [site, cue, all] of [
      ['mende-transhumance', 'Écouter cet article · ', false], ['windhoek-lodges', '🎧 Listen to this article · ', false], ['seoul-weekly', '🔊 Écouter cet article ∙ ', false],
      ['vilnius-watch', 'Šrifto dydis / Taille du texte : ', false], ['seoul-weekly', 'Taille du texte : ', false], ['mende-transhumance', 'Partager : Facebook', true],
      ['vesoul-bagpipes', 'Imprimer | Envoyer à un ami | Haut de page', true], ['paimpol-lifeboat', 'Pleine mer ', true], ['windhoek-lodges', '= €1 | Windhoek ', true],
      ['cahors-petanque', 'Championnat des clubs : ', true], ['vesoul-bagpipes', 'AGENDA | Bal folk', false], ['ushuaia-guides', 'Agenda ◇ ', false],
    ] as const) {
      const part = share(site, cue);
      expect(all ? part === 1 : part > 0 && part < 1, `${site}: ${cue} on ${part}`).toBe(true);
    }
    // Breadcrumbs, tags lines, photo credits and captions of stock photos, newsletter boxes.
    expect(share('mende-transhumance', 'Mots-clés : ')).toBe(1);
    expect(share('lisbon-weekly', 'Etiquetas / Mots-clés : ')).toBe(1);
    for (const [site, cue] of [['paimpol-lifeboat', 'Photo d’illustration : '], ['lisbon-weekly', '(photo d’illustration). © '], ['iqaluit-weekly', 'File photo: ']] as const) {
      const part = share(site, cue);
      expect(part > 0.2 && part < 0.8, `${site}: ${part}`).toBe(true);
    }
    expect(share('seoul-weekly', 'La lettre de Hangang Hebdo : ')).toBe(1);
    expect(share('mende-transhumance', 'Accueil / Lettres / ') > 0).toBe(true);
    // Chrome in Hangul, Inuktitut syllabics, Lithuanian and Croatian letters.
    for (const script of [/[\uAC00-\uD7AF]/u, /[\u1400-\u167F]/u, /[ėųūžš]/u, /[čćđ]/u]) expect(sited.some((m) => m.chrome.some((l) => script.test(l))), String(script)).toBe(true);
    // No chrome line is a paragraph or the bare headline.
    for (const m of sited) for (const l of m.chrome) expect(m.body.includes(l) || l === m.title, `${m.file}: ${l}`).toBe(false);
  });

  itWritesLatin1Only({ manifest, files });
});
