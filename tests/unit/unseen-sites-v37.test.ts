/** The unseen-sites v37 frozen set: deterministic, every file accounted for, v2's outlet convention kept, headlines among decorated head lines of many shapes, credits in new wordings and places, chrome-only pages, a recorded digest. */
import { describe, expect, it } from 'vitest';
import { INTO_EN_V37, INTO_FR_V37, SEED_V37, SITES_V37, generateUnseenV37 } from '../../scripts/unseen-sites-v37.ts';
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

/** Invented articles (no corpus text): small-town cinemas that close, are taken over or reopen, and what the towns do about it. */
const TOWNS = ['Saint-Affrique', 'Bourganeuf', 'Lamastre', 'Saint-Pol-de-Léon', 'Mauléon', 'Chantonnay', 'Guillestre', 'Lézignan-Corbières', 'Bar-sur-Seine', 'Mirecourt', 'Lussac-les-Châteaux', 'Saint-Girons'];
const VENUES = [
  'le cinéma paroissial', 'la salle des fêtes-cinéma', 'le ciné-club du lycée', 'le cinéma itinérant', 'le Rex', 'le cinéma de la place',
  'le Familia', 'la séance du jeudi', 'le Star', 'le cinéma associatif', 'l’écran du foyer rural', 'le ciné en plein air',
  'le Vox', 'la salle Jacques-Tati', 'le cinéma municipal', 'l’Eden', 'le Casino-cinéma', 'la projection du mardi',
];
const sentence = (town: string, venue: string, i: number, j: number, k: number): string =>
  [
    `Dans la commune de ${town}, ${venue} accueille de nouveau des spectateurs après ${i + j + 2} mois de fermeture, grâce à ${40 + 7 * i + j} bénévoles.`,
    (i + j) % 2 === 0
      ? `« Avant, il fallait faire ${15 + i} kilomètres pour voir un film », raconte un habitant qui vient chaque semaine depuis ${10 + j} ans.`
      : `"Avant, il fallait faire ${15 + i} kilomètres pour voir un film", raconte un habitant qui vient chaque semaine depuis ${10 + j} ans.`,
    `La communauté de communes finance le nouveau projecteur numérique à hauteur de ${12 + i + j} 000 euros, le reste venant d'une souscription.`,
    `Les séances auront lieu ${['le vendredi soir', 'le dimanche après-midi', 'le mercredi pour les enfants'][j % 3]}, avec un tarif unique de ${4 + (i % 3)} euros.`,
    `Les élus espèrent atteindre ${2000 + 150 * i + 10 * j} entrées dès la première année pour assurer l'avenir de la salle.`,
  ][k]!;
const POOL: UnseenSource[] = TOWNS.flatMap((town, i) =>
  VENUES.map((venue, j) => ({
    id: `cine-${i}-${j}.txt`,
    title: `A ${town}, ${venue} rallume son écran après ${i + 2 * j + 3} mois d'obscurité`,
    body: [0, 1, 2, 3, 4].slice(0, 4 + ((i + j) % 2)).map((k) => sentence(town, venue, i, j, k)),
  })),
);

// ——— The dates each site shows, written independently of the generator's formatter ———

const two = (n: number): string => String(n).padStart(2, '0');
const MONTHS = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  bg: ['януари', 'февруари', 'март', 'април', 'май', 'юни', 'юли', 'август', 'септември', 'октомври', 'ноември', 'декември'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
} as const;
const DAYS_FR = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const DAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const hm = (t: Date, sep: string): string => `${two(t.getUTCHours())}${sep}${two(t.getUTCMinutes())}`;
const h12 = (t: Date): number => t.getUTCHours() % 12 || 12;
const ampm = (t: Date): string => (t.getUTCHours() < 12 ? 'am' : 'pm');
const dayFr = (t: Date): string => `${t.getUTCDate()} ${MONTHS.fr[t.getUTCMonth()]} ${t.getUTCFullYear()}`;
const frLong = (t: Date): string => `${DAYS_FR[t.getUTCDay()]} ${dayFr(t)}`;
/** The Persian (Solar Hijri) day, as the Tehran watch transliterates its month: from the platform's calendar. */
const PERSIAN_NAMES: Record<string, string> = { Aban: 'âbân', Azar: 'âzar', Dey: 'dey', Bahman: 'bahman' };
const persian = (t: Date): string => {
  const parts = new Intl.DateTimeFormat('en-u-ca-persian', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).formatToParts(t);
  const part = (type: string): string => parts.find((x) => x.type === type)!.value;
  return `${part('day')} ${PERSIAN_NAMES[part('month')]} ${part('year')}`;
};

/** The clock a date is shown on: minutes from UTC (all winter or only time), then the line the site writes for that local moment. */
const SHOWN_DATES: Record<string, [number, (t: Date) => string]> = {
  'cognac-cooperage': [60, (t) => `${t.getUTCFullYear()}-${two(t.getUTCMonth() + 1)}-${two(t.getUTCDate())} · ${DAYS_FR[t.getUTCDay()]} · ${hm(t, 'h')} · Cognac`],
  'aubusson-tapestry': [60, (t) => `Publication : ${dayFr(t)}, ${hm(t, ':')} heure légale française`],
  'collioure-anchovies': [60, (t) => `Collioure, ${dayFr(t)} (${hm(t, 'h')})`],
  'gravelbourg-weekly': [-360, (t) => `Gravelbourg (Sask.), le ${frLong(t)} — ${t.getUTCHours()} h ${two(t.getUTCMinutes())} HNC (heure de la Saskatchewan)`],
  'roubaix-pigeons': [60, (t) => `Roubaix, courrier du ${dayFr(t)}`],
  'tehran-press': [210, (t) => `Téhéran, ${dayFr(t)} (${persian(t)}) à ${t.getUTCHours()} h ${two(t.getUTCMinutes())}, heure de Téhéran (UTC+3:30)`],
  'sofia-portal': [120, (t) => `София, ${t.getUTCDate()} ${MONTHS.bg[t.getUTCMonth()]} ${t.getUTCFullYear()} г. · Sofia, ${dayFr(t)} · ${hm(t, ':')} (EET, UTC+2)`],
  'cherbourg-naval': [60, (t) => `Publié à Cherbourg-en-Cotentin le ${two(t.getUTCDate())}/${two(t.getUTCMonth() + 1)}/${String(t.getUTCFullYear()).slice(2)} à ${hm(t, ':')} (heure de Paris)`],
  'brisbane-farm': [600, (t) => `${DAYS_EN[t.getUTCDay()]} ${t.getUTCDate()} ${MONTHS.en[t.getUTCMonth()]} ${t.getUTCFullYear()}, ${h12(t)}.${two(t.getUTCMinutes())}${ampm(t)} AEST (UTC+10)`],
  'kabul-aid': [270, (t) => `Kabul, ${t.getUTCDate()} ${MONTHS.en[t.getUTCMonth()]!.slice(0, 3)} ${t.getUTCFullYear()}, ${hm(t, ':')} AFT (UTC+4:30)`],
  'pagopago-weekly': [-660, (t) => `${h12(t)}:${two(t.getUTCMinutes())} ${ampm(t)} SST, ${DAYS_EN[t.getUTCDay()]!.slice(0, 3)} ${MONTHS.en[t.getUTCMonth()]!.slice(0, 3)} ${t.getUTCDate()} ${t.getUTCFullYear()}`],
  'menton-town': [60, (t) => `Le ${two(t.getUTCDate())}/${two(t.getUTCMonth() + 1)}/${t.getUTCFullYear()} à ${hm(t, 'h')}, Menton`],
};
/** The local moment of a file's expected date on its site's clock. */
const local = (m: UnseenEntry): Date => new Date(Date.parse(m.publishedAt!) + SHOWN_DATES[m.site]![0] * 60_000);
/** The line a file's site shows for its expected date. */
const shownDate = (m: UnseenEntry): string => SHOWN_DATES[m.site]![1](local(m));

describe('unseen-sites v37 frozen set', () => {
  const { manifest, files } = generateUnseenV37(POOL);
  const byName = new Map(files.map((f) => [f.name, f.bytes]));
  const text = (m: UnseenEntry): string => decodedAs(byName.get(m.file)!, m.encoding);
  const lines = (m: UnseenEntry): string[] => text(m).split('\n');
  const articles = manifest.filter((m) => m.kind === 'article');
  const sited = articles.filter((m) => m.site !== 'bare');
  const shown = sited.filter((m) => m.headline);
  const credited = articles.filter((m) => m.republisher !== null);
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
  /** The next non-blank line after the headline line. */
  const underHeadline = (m: UnseenEntry): string => lines(m).slice(at(m).title + 1).find((l) => l !== '')!;

  itIsFrozen(generateUnseenV37, POOL, SEED_V37, 'e1981a838bb71a67', { manifest, files });
  itHasTheSharedShape({ manifest, files }, SITES_V37, { maxFiles: 420, wrongOutlet: 'Kabul Relief Bulletin', decoration: 'Fransaskoisie ◈ ' });

  it('has nine French and three English sites, each with its own date format', () => {
    expect(SITES_V37.filter((s) => s.lang === 'fr')).toHaveLength(9);
    expect(SITES_V37.filter((s) => s.lang === 'en')).toHaveLength(3);
    expect(Object.keys(SHOWN_DATES).sort()).toEqual(SITES_V37.map((s) => s.id).sort());
  });

  it('decorates headlines with rubrics before a colon, prefix tags and site-name suffixes, and names the outlet after the review’s', () => {
    const pairs = shown.map((m) => [m, headlineLine(m)] as const);
    const prefixes = ['Chais et marchés : ', 'Tapisserie ⁘ ', 'Fransaskoisie : ', 'Lu dans le journal : ', 'Veille ◈ ', 'Balkans | ', 'Export : ', 'French fields / ', 'BRIEFING ▪ ', 'Overseas | ', 'Riviera : '];
    const prefixed = pairs.filter(([m, l]) => prefixes.some((tag) => l === `${tag}${m.title}`));
    expect(prefixed.length).toBeGreaterThan(20);
    expect(new Set(prefixed.map(([m]) => m.site)).size).toBeGreaterThanOrEqual(9);
    const tails = [
      ' ◆ Douelles & Merrains', ' (revue de presse)', ' | La Liberté fransaskoise', ' (pour nos membres)', ' ◈ Passerelle', ' ⬥ Vitosha', ' ⚓ Coque & Kiosque',
      ' (from the French)', ' [French press]', ' — Tradewinds', ' - Le Bien public mentonnais',
    ];
    const suffixed = pairs.filter(([m, l]) => tails.some((tail) => l === `${m.title}${tail}`));
    expect(suffixed.length).toBeGreaterThan(20);
    expect(new Set(suffixed.map(([m]) => m.site)).size).toBeGreaterThanOrEqual(9);
    // On the Collioure review the outlet follows the headline: after a double colon, a broken bar (maybe in capitals), a double bar, an asterism, a currency sign.
    const named = pairs.filter(([m]) => m.outletEvidence === 'title-suffix');
    expect(named.length).toBeGreaterThanOrEqual(15);
    const forms = (m: UnseenEntry): string[] => [` :: ${m.outlet}`, ` ¦ ${m.outlet}`, ` ‖ ${m.outlet}`, ` ⁂ ${m.outlet}`, ` ¤ ${m.outlet}`, ` ¦ ${m.outlet!.toLocaleUpperCase('fr')}`].map((tail) => `${m.title}${tail}`);
    for (const [m, l] of named) expect(forms(m), `${m.file}: ${l}`).toContain(l);
    expect(named.filter(([m, l]) => l.endsWith(m.outlet!.toLocaleUpperCase('fr'))).length).toBeGreaterThan(1);
    expect(new Set(named.map(([m, l]) => l.slice(m.title!.length, m.title!.length + 3))).size).toBeGreaterThanOrEqual(4);
    expect(pairs.filter(([m, l]) => l === m.title).length).toBeGreaterThan(pairs.length / 2);
  });

  it('hides headlines among head lines naming other stories, repeating or cutting the headline, and lines repeating it after the body', () => {
    // Links to another story above the headline: previous, next, up next, a news ticker.
    const links = ['Sujet précédent ‹ ', 'Следваща статия / Article suivant ⇒ ', '◂ Previous item: ', 'Up next » ', 'EN CONTINU ➜ '];
    const linked = shown.filter((m) => links.some((cue) => above(m, cue) !== undefined));
    expect(new Set(linked.map((m) => m.site))).toEqual(new Set(['cognac-cooperage', 'sofia-portal', 'kabul-aid', 'pagopago-weekly', 'menton-town']));
    for (const m of linked) expect(lines(m).slice(0, at(m).title).some((l) => l.includes(m.title!)), m.file).toBe(false);
    // The whole headline again above it: a breadcrumb, a reading-progress bar, a contents line naming it first.
    for (const [site, cue, after] of [
      ['aubusson-tapestry', 'Accueil › Lissiers › Revue de presse › ', ''],
      ['gravelbourg-weekly', 'Progression de lecture ▰▱▱▱▱▱▱▱▱▱ · ', ''],
      ['roubaix-pigeons', 'Au sommaire : 1) ', ' ; 2) '],
    ] as const) {
      const pages = shown.filter((m) => m.site === site && above(m, cue) !== undefined);
      expect(pages.length, site).toBeGreaterThan(3);
      for (const m of pages) expect(above(m, cue)!.startsWith(`${cue}${m.title}${after}`), m.file).toBe(true);
    }
    // A breadcrumb cutting it short.
    const crumbs = shown.filter((m) => m.site === 'pagopago-weekly' && above(m, 'Home » World » ') !== undefined);
    expect(crumbs.length).toBeGreaterThan(2);
    for (const m of crumbs) {
      const end = above(m, 'Home » World » ')!.slice('Home » World » '.length);
      expect(end.endsWith('...') && m.title!.startsWith(end.slice(0, -3)) && end.length - 3 < m.title!.length, `${m.file}: ${end}`).toBe(true);
    }
    // A share widget quoting it right under it; reading-time lines under it.
    const quoted = shown.filter((m) => m.site === 'aubusson-tapestry' && underHeadline(m).startsWith('Partager « '));
    expect(quoted.length).toBeGreaterThan(2);
    for (const m of quoted) expect(underHeadline(m), m.file).toBe(`Partager « ${m.title} » ⁘ courriel ⁘ Mastodon ⁘ imprimer`);
    for (const [site, shape] of [['cherbourg-naval', /^Lu \d+ fois ⚓ \d min de lecture$/], ['brisbane-farm', /^\d min read$/]] as const) {
      for (const m of shown.filter((x) => x.site === site)) expect(underHeadline(m), m.file).toMatch(shape);
    }
    expect(shown.filter((m) => m.site === 'tehran-press' && /^Temps de lecture : \d min$/.test(underHeadline(m))).length).toBeGreaterThan(2);
    // After the body, the headline again.
    for (const [site, cue, form, all] of [
      ['cognac-cooperage', 'Vous venez de lire : ', (t: string) => `Vous venez de lire : ${t}`, false],
      ['cherbourg-naval', 'Signaler une erreur dans « ', (t: string) => `Signaler une erreur dans « ${t} »`, false],
      ['kabul-aid', 'End of item — ', (t: string) => `End of item — ${t}`, true],
      ['menton-town', 'Vous avez lu « ', (t: string) => `Vous avez lu « ${t} » jusqu’au bout. Merci !`, false],
      ['brisbane-farm', 'Share "', (t: string) => `Share "${t}" ▸ Facebook ▸ Email ▸ Copy link`, false],
      ['pagopago-weekly', 'Liked "', (t: string) => `Liked "${t}"? Share it » Facebook » WhatsApp » Email`, false],
    ] as const) {
      const pages = shown.filter((m) => m.site === site);
      const repeated = pages.filter((m) => below(m, cue) !== undefined);
      expect(repeated.length, site).toBeGreaterThan(all ? pages.length - 1 : 2);
      for (const m of repeated) expect(below(m, cue), m.file).toBe(form(m.title!));
    }
    // Headless copies carry no chrome naming their own headline; about a quarter of the copies that may lose it do.
    for (const m of sited.filter((x) => !x.headline)) expect(text(m).includes(m.title!), m.file).toBe(false);
    const groups = Map.groupBy(sited, (m) => m.dup_group);
    const copies = [...groups.values()].flatMap((g) => g.slice(1)).filter((m) => m.site !== 'collioure-anchovies');
    const headless = copies.filter((m) => !m.headline).length / copies.length;
    expect(headless > 0.12 && headless < 0.4, `share ${headless}`).toBe(true);
  });

  it('puts the date, byline and sometimes the credit above the headline on four sites', () => {
    const dateAbove = shown.filter((m) => m.publishedAt !== null && lines(m).indexOf(shownDate(m)) < at(m).title);
    expect(new Set(dateAbove.map((m) => m.site))).toEqual(new Set(['cognac-cooperage', 'gravelbourg-weekly', 'kabul-aid', 'menton-town']));
    expect(dateAbove.filter((m) => m.author !== null && m.meta.some((l) => l.includes(m.author!) && lines(m).indexOf(l) < at(m).title)).length).toBeGreaterThan(15);
    for (const m of shown.filter((x) => x.site === 'kabul-aid')) expect(lines(m).indexOf(shownDate(m)), m.file).toBeLessThan(at(m).title);
    // The other three put it above on some pages only.
    for (const site of ['cognac-cooperage', 'gravelbourg-weekly', 'menton-town']) {
      const pages = shown.filter((m) => m.site === site);
      const share = pages.filter((m) => dateAbove.includes(m)).length / pages.length;
      expect(share > 0 && share < 1, `${site}: ${share}`).toBe(true);
    }
  });

  it('serves five pages of chrome only: opening hours, a community calendar, race results, a page not found, tide tables and flights', () => {
    const pages = manifest.filter((m) => m.kind === 'chrome-only');
    expect(pages.map((m) => m.site).sort()).toEqual(['aubusson-tapestry', 'gravelbourg-weekly', 'pagopago-weekly', 'roubaix-pigeons', 'tehran-press']);
    const cue: Record<string, string> = {
      'aubusson-tapestry': 'Ateliers ouverts au public — horaires d’hiver',
      'gravelbourg-weekly': 'Calendrier communautaire',
      'roubaix-pigeons': 'Résultats du concours de Bourges - vieux pigeons',
      'tehran-press': 'صفحه پیدا نشد — Page introuvable',
      'pagopago-weekly': 'Tide tables and flights',
    };
    for (const m of pages) expect(text(m), m.site).toContain(cue[m.site]!);
  });

  it('keeps the v2 outlet convention in every file, each evidence at least ten times', () => {
    expectOutletConvention(manifest, SITES_V37, { pageText: text });
    const own = articles.filter((m) => m.outletEvidence === 'masthead-byline');
    expect(new Set(own.map((m) => m.outlet))).toEqual(new Set(['La Liberté fransaskoise', 'Samoa Tradewinds Weekly', 'Le Bien public mentonnais']));
    const groups = Map.groupBy(articles, (m) => m.dup_group);
    expect(own.filter((m) => groups.get(m.dup_group)!.some((c) => c.outlet !== m.outlet)).length).toBeGreaterThan(5);
    // The sites that publish as themselves print their own name in capitals in the masthead and in their copyright line.
    const copyright: Record<string, RegExp> = {
      'gravelbourg-weekly': /^© 201[89] La Liberté fransaskoise inc\. — /,
      'menton-town': /^© 201[89] Le Bien public mentonnais SAS — /,
      'pagopago-weekly': /^© 201[89] Samoa Tradewinds Weekly \| /,
    };
    for (const m of own) {
      expect(m.chrome.some((l) => copyright[m.site]!.test(l)), m.file).toBe(true);
      expect(m.chrome, m.file).toContain(m.outlet!.toLocaleUpperCase('fr'));
    }
    // Republishers' own names stand in their mastheads and footers.
    for (const m of credited) expect(m.chrome.some((l) => l.includes(m.republisher!) || l.includes(m.republisher!.toLocaleUpperCase('fr'))), m.file).toBe(true);
  });

  it('translates credited names both ways, never beside the real name, and keeps look-alikes as written', () => {
    const translated = articles.filter((m) => m.translatedCredit);
    expect(translated.length).toBeGreaterThanOrEqual(30);
    expect(translated.filter((m) => m.lang === 'en').length).toBeGreaterThan(10);
    expect(translated.filter((m) => m.lang === 'fr').length).toBeGreaterThan(10);
    for (const m of translated) expect(m.meta.join('\n') + (m.headline ? headlineLine(m) : ''), m.file).not.toContain(m.outlet!);
    expect(new Set(translated.filter((m) => m.lang === 'en').map((m) => m.site))).toEqual(new Set(['brisbane-farm', 'kabul-aid']));
    expect(new Set(translated.filter((m) => m.lang === 'fr').map((m) => m.site))).toEqual(new Set(['cognac-cooperage', 'aubusson-tapestry', 'sofia-portal', 'cherbourg-naval']));
    expectNamesAsWritten(manifest, inOwnCase);
  });

  it('translates word for word without ambiguity: each rendering names one outlet, never another real outlet of the set', () => {
    expectUnambiguousRenderings(manifest, INTO_EN_V37, INTO_FR_V37);
  });

  it('credits look-alike outlets about a quarter of the time, beginning or ending like a real paper, beside the real paper on other pages', () => {
    const alike = credited.filter((m) => m.lookalike);
    const share = alike.length / credited.length;
    expect(share > 0.2 && share < 0.4, `share ${share}`).toBe(true);
    expect(new Set(alike.map((m) => m.site)).size).toBeGreaterThanOrEqual(7);
    for (const m of alike) expect(inOwnCase(m), m.file).toContain(m.outlet!.replace(/^(Le|La|Les) /, ''));
    expect(alike.filter((m) => text(m).includes(m.outlet!.toLocaleUpperCase('fr'))).length).toBeGreaterThan(1);
    expect(alike.filter((m) => m.outletEvidence === 'title-suffix').length).toBeGreaterThan(3);
    const outlets = new Set(alike.map((m) => m.outlet!));
    expect([...outlets].filter((o) => /^(L’|Le |La |Les )?\S+ [a-zé-]+$/u.test(o)).length).toBeGreaterThanOrEqual(3);
    expect([...outlets].filter((o) => / (du|de la|des|de|d’)\s?\p{Lu}/u.test(o)).length).toBeGreaterThanOrEqual(8);
    // A real paper and a look-alike that begins or ends like it are both expected somewhere in the set.
    const expected = new Set(articles.map((m) => m.outlet).filter((o): o is string => o !== null));
    const beside = [...expected].filter((o) => articles.some((m) => m.lookalike && m.outlet !== o && (m.outlet!.startsWith(`${o} `) || m.outlet!.endsWith(` ${o}`))));
    expect(beside.length).toBeGreaterThanOrEqual(4);
    expect(articles.filter((m) => m.lookalike && ['Sud Ouest', 'Mer et Marine'].some((o) => m.outlet!.endsWith(` ${o}`))).length).toBeGreaterThan(0);
  });

  it('puts credits above the headline, under it, under the date, inside the text, after the first paragraph, in brackets and at the foot', () => {
    const creditLines = (m: UnseenEntry): string[] => m.meta.filter((l) => l !== shownDate(m) && !l.includes(m.author!));
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
    expectAll('cognac-cooperage', ['above', 'under-headline', 'foot']);
    expectAll('aubusson-tapestry', ['above', 'under-headline', 'inside', 'foot']);
    // Aubusson's source line stands right after the first paragraph.
    for (const m of credited.filter((x) => x.site === 'aubusson-tapestry')) for (const l of creditLines(m)) if (where(m, l) === 'inside') expect(lines(m).indexOf(l), m.file).toBe(at(m).first + 2);
    expectAll('sofia-portal', ['above', 'under-date', 'inside', 'foot']);
    expectAll('cherbourg-naval', ['above', 'under-headline', 'foot']);
    expectAll('tehran-press', ['under-date', 'foot']);
    expectAll('brisbane-farm', ['above', 'under-headline', 'foot']);
    expectAll('kabul-aid', ['above', 'inside', 'foot']);
    // Cognac's brackets after the text, Aubusson's source line in capitals, Sofia's bilingual line and the one naming both papers.
    expect(credited.filter((m) => m.site === 'cognac-cooperage' && m.meta.some((l) => /^\[.+\]$/.test(l))).length).toBeGreaterThan(1);
    expect(credited.filter((m) => m.meta.some((l) => l.startsWith('ORIGINE DU TEXTE ⁘ '))).length).toBeGreaterThan(1);
    expect(credited.filter((m) => m.meta.some((l) => l.startsWith('Публикувано първо в / '))).length).toBeGreaterThan(0);
    for (const m of credited.filter((x) => x.meta.some((l) => l.startsWith('Copyright ')))) expect(m.meta.find((l) => l.startsWith('Copyright '))!, m.file).toContain(m.republisher!);
    // Addresses on the Tehran watch, in five URL shapes.
    const urls = credited.filter((x) => x.outletEvidence === 'url-host').flatMap((m) => m.meta.map((l) => l.match(/<?https?:\/\/\S+/)?.[0]).filter((u): u is string => u !== undefined));
    expect(urls.length).toBeGreaterThanOrEqual(10);
    const shapes = [/\/\d{4}\/\d\d\/\d\d\/[a-z0-9-]+\/$/, /^https:\/\/web\.archive\.org\/web\/\d{14}\/https:\/\//, /^https:\/\/[a-z0-9.-]+:443\//, /^<https:\/\/.+>$/, /^http:\/\/[a-z0-9.-]+\/article\.php\?id=\d+&titre=/];
    for (const u of urls) expect(shapes.some((shape) => shape.test(u)), u).toBe(true);
    expect(shapes.filter((shape) => urls.some((u) => shape.test(u))).length).toBeGreaterThanOrEqual(4);
  });

  it('expects the writer as the byline names them: no role, place, outlet, helper or photographer, two writers joined as the page joins them', () => {
    const beside = [
      'Plume d’origine :', '◆ texte adapté par', 'dans l’édition d’origine', '; traduction relue par', ', journaliste à Gravelbourg', '— photographie :', 'Signature d’origine :',
      ', dans le texte source', 'Автор / Auteur :', '— adaptation française :', 'Journaliste :', ', traduit de l’anglais par', 'Words:', '; machine translation reviewed by',
      'Reporter (French original):', ', translated by', '| Tradewinds staff', ', in Fagatogo', 'Reporting by', '; photos by', '— rédaction de Menton', 'Un article de', '(texte) et',
    ];
    expectBylines(manifest, 140, beside);
    // A photographer's name joined to the writer's by "et" is not a second writer.
    const joined = articles.filter((m) => m.meta.some((l) => l.includes('(texte) et ')));
    expect(joined.length).toBeGreaterThan(2);
    for (const m of joined) expect(m.meta.find((l) => l.includes('(texte) et '))!.startsWith(`${m.author} (texte) et `), m.file).toBe(true);
  });

  it('shows each site’s date on its own clock, and expects the same instant in Paris time', () => {
    const dated = articles.filter((m) => m.publishedAt !== null);
    expect(dated.length).toBe(sited.length);
    for (const m of dated) expect(m.publishedAt, m.file).toMatch(/^(2018-1[12]|2019-01)-\d\dT\d\d:\d\d:00\+01:00$/);
    for (const m of dated.filter((x) => x.site === 'roubaix-pigeons')) expect(m.publishedAt, m.file).toMatch(/T00:00:00\+01:00$/);
    expect(dated.filter((x) => x.site !== 'roubaix-pigeons' && x.publishedAt!.includes('T00:00'))).toEqual([]);
    for (const m of dated) expect(m.meta, m.file).toContain(shownDate(m));
    // Brisbane shows the next day for the Paris afternoon, Pago Pago the day before for the Paris morning.
    const parisDay = (m: UnseenEntry): number => Number(m.publishedAt!.slice(8, 10));
    for (const site of ['brisbane-farm', 'pagopago-weekly']) {
      expect(dated.filter((m) => m.site === site && local(m).getUTCDate() !== parisDay(m)).length, site).toBeGreaterThan(0);
    }
    // The Persian date changes its month within the period.
    expect(new Set(dated.filter((m) => m.site === 'tehran-press').map((m) => persian(local(m)).split(' ')[1])).size).toBeGreaterThan(1);
  });

  it('wraps articles in chrome of many shapes: long lines on every page, notes between paragraphs, lines on only some pages, widgets, in several scripts', () => {
    const words = (l: string): number => l.split(/\s+/).filter(Boolean).length;
    for (const s of SITES_V37) {
      const pages = sited.filter((m) => m.site === s.id);
      expect(pages.every((m) => m.chrome.some((l) => words(l) >= 25)), s.id).toBe(true);
    }
    expect(sited.some((m) => m.chrome.some((l) => words(l) >= 90))).toBe(true);
    const inside = (m: UnseenEntry): string[] => {
      const all = lines(m);
      const { first, last } = at(m);
      return m.chrome.filter((c) => {
        const i = all.indexOf(c);
        return i > first && i < last;
      });
    };
    expect(new Set(sited.filter((m) => inside(m).length > 0).map((m) => m.site)).size).toBeGreaterThanOrEqual(11);
    const notes = sited.filter((m) => inside(m).some((l) => words(l) >= 25));
    expect(new Set(notes.map((m) => m.site)).size).toBeGreaterThanOrEqual(8);
    const share = (site: string, ...cues: string[]): number => {
      const pages = sited.filter((m) => m.site === site);
      return pages.filter((m) => m.chrome.some((l) => cues.some((cue) => l.includes(cue)))).length / pages.length;
    };
    const sometimes: [string, ...string[]][] = [
      ['cognac-cooperage', 'PAROLES DE CHAIS'], ['gravelbourg-weekly', 'À propos de l’auteur'], ['menton-town', 'ABONNÉS'], ['pagopago-weekly', 'About the reporter'],
      ['sofia-portal', 'Коментари'], ['cherbourg-naval', 'DÉFENSE ⚓ INDUSTRIE'], ['roubaix-pigeons', '- Rappel : paniers'], ['tehran-press', 'Temps de lecture'],
    ];
    for (const [site, ...cues] of sometimes) {
      const s = share(site, ...cues);
      expect(s > 0 && s < 1, `${site}: ${cues.join(', ')} on ${s}`).toBe(true);
    }
    for (const [site, cue] of [['kabul-aid', 'Other items this week: '], ['gravelbourg-weekly', 'À lire ensuite ✚ '], ['pagopago-weekly', 'Most shared this week » '], ['menton-town', 'Les plus partagés ➜ ']] as const) {
      expect(share(site, cue), site).toBe(1);
    }
    expect(share('gravelbourg-weekly', 'Vos réactions : ♥ ')).toBe(1);
    const boxed = sited.filter((m) => m.author !== null && m.chrome.some((l) => l.includes(m.author!)));
    expect(boxed.length).toBeGreaterThan(5);
    expect(sited.some((m) => m.chrome.some((l) => /[\u0600-\u06FF]/u.test(l)))).toBe(true);
    expect(sited.some((m) => m.chrome.some((l) => /[\u0400-\u04FF]/u.test(l)))).toBe(true);
  });

  itWritesLatin1Only({ manifest, files });
});
