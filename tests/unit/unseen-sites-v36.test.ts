/** The unseen-sites v36 development set: deterministic, every file accounted for, v2's outlet convention kept, look-alike outlets in many shapes, credits in new places, decorated headlines, chrome-only pages, a recorded digest. */
import { describe, expect, it } from 'vitest';
import { INTO_EN_V36, INTO_FR_V36, SEED_V36, SITES_V36, generateUnseenV36 } from '../../scripts/unseen-sites-v36.ts';
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

/** Invented articles (no corpus text): village bakeries that close, are taken over or reopen, and what the villages do about it. */
const TOWNS = ['Saint-Amans-Soult', 'Vicdessos', 'Montbenoît', 'La Roche-Bernard', 'Seignelay', 'Puget-Théniers', 'Aigurande', 'Saint-Jean-du-Gard', 'Rimogne', 'Fayl-Billot', 'Luzy', 'Cuiseaux'];
const SHOPS = [
  'la boulangerie du bourg', 'le fournil communal', 'le dépôt de pain du café', 'la tournée du boulanger', 'le distributeur de baguettes', 'la boulangerie-épicerie',
  'le four banal', 'la pâtisserie de la place', 'le point chaud de la supérette', 'le fournil bio', 'la boulangerie de la gare', 'le camion-fournil',
  'le comptoir du marché', 'le dépôt du bureau de tabac', 'la boulangerie du lavoir', 'le fournil associatif', 'la tournée du dimanche', 'le four de la ferme',
];
const sentence = (town: string, shop: string, i: number, j: number, k: number): string =>
  [
    `A ${town}, ${shop} rouvre ses portes après ${i + j + 3} mois sans pain frais, grâce à une souscription de ${120 + 9 * i + j} habitants.`,
    (i + j) % 2 === 0
      ? `« Le matin, je faisais ${10 + i} kilomètres pour une baguette », témoigne une retraitée installée dans la commune depuis ${20 + j} ans.`
      : `"Le matin, je faisais ${10 + i} kilomètres pour une baguette", témoigne une retraitée installée dans la commune depuis ${20 + j} ans.`,
    `La mairie loue le local ${150 + 20 * i + 5 * j} euros par mois au nouvel artisan, qui s'engage à ouvrir ${5 + (j % 2)} jours sur sept.`,
    `Un premier bilan sera fait en ${['mars', 'avril', 'octobre'][j % 3]}, avec le nombre de clients et le chiffre d'affaires relevés chaque semaine.`,
    `Les communes voisines suivent l'expérience de près et envisagent une tournée commune pour ${2 + (i % 4)} hameaux isolés.`,
  ][k]!;
const POOL: UnseenSource[] = TOWNS.flatMap((town, i) =>
  SHOPS.map((shop, j) => ({
    id: `pain-${i}-${j}.txt`,
    title: `A ${town}, ${shop} renaît après ${i + 2 * j + 4} mois d'attente`,
    body: [0, 1, 2, 3, 4].slice(0, 4 + ((i + j) % 2)).map((k) => sentence(town, shop, i, j, k)),
  })),
);

// ——— The dates each site shows, written independently of the generator's formatter ———

const two = (n: number): string => String(n).padStart(2, '0');
const MONTHS = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  roman: ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'],
} as const;
const DAYS_FR = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const DAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const hm = (t: Date, sep: string): string => `${two(t.getUTCHours())}${sep}${two(t.getUTCMinutes())}`;
const dmy = (t: Date, sep: string): string => `${two(t.getUTCDate())}${sep}${two(t.getUTCMonth() + 1)}${sep}${t.getUTCFullYear()}`;
const h12 = (t: Date): number => t.getUTCHours() % 12 || 12;
const frLong = (t: Date): string => `${DAYS_FR[t.getUTCDay()]} ${t.getUTCDate()} ${MONTHS.fr[t.getUTCMonth()]} ${t.getUTCFullYear()}`;

/** The clock a date is shown on: minutes from UTC (all winter or only time), then the line the site writes for that local moment. */
const SHOWN_DATES: Record<string, [number, (t: Date) => string]> = {
  'luneville-faience': [60, (t) => `Lunéville · ${DAYS_FR[t.getUTCDay()]!.slice(0, 3)}. ${t.getUTCDate()}.${t.getUTCMonth() + 1}.${t.getUTCFullYear()} · ${hm(t, ':')} (HNEC)`],
  'morzine-lifts': [60, (t) => `Morzine · màj ${dmy(t, '/')} · ${hm(t, ':')} UTC+01:00`],
  'arcachon-oysters': [60, (t) => `Arcachon — ${t.getUTCFullYear()}-${two(t.getUTCMonth() + 1)}-${two(t.getUTCDate())} ${hm(t, ':')} (heure française)`],
  'panama-weekly': [-300, (t) => `Panamá, ${frLong(t)} · ${t.getUTCHours()} h ${two(t.getUTCMinutes())} (hora de Panamá, UTC−5)`],
  'ubaye-valley': [60, (t) => `Barcelonnette | Publié le ${dmy(t, '/')} à ${hm(t, ':')}`],
  'cholet-chess': [60, (t) => `Cholet - lettre du ${t.getUTCDate()}.${MONTHS.roman[t.getUTCMonth()]}.${t.getUTCFullYear()}`],
  'bogota-business': [-300, (t) => `Bogotá D.C., ${t.getUTCDate()} de ${MONTHS.es[t.getUTCMonth()]} de ${t.getUTCFullYear()} - ${h12(t)}:${two(t.getUTCMinutes())} ${t.getUTCHours() < 12 ? 'a. m.' : 'p. m.'} (hora de Colombia, UTC-5)`],
  'moncton-student': [-240, (t) => `Moncton (N.-B.), ${frLong(t)}, ${t.getUTCHours()} h ${two(t.getUTCMinutes())} HNA`],
  'saigon-association': [420, (t) => `Sài Gòn, ngày ${t.getUTCDate()} tháng ${t.getUTCMonth() + 1} năm ${t.getUTCFullYear()} — ${t.getUTCHours()} h ${two(t.getUTCMinutes())} (UTC+7)`],
  'lerwick-seafood': [0, (t) => `${DAYS_EN[t.getUTCDay()]} ${t.getUTCDate()} ${MONTHS.en[t.getUTCMonth()]!.slice(0, 3)} ${t.getUTCFullYear()} · ${hm(t, ':')} GMT`],
  'belize-weekly': [-360, (t) => `${MONTHS.en[t.getUTCMonth()]} ${t.getUTCDate()}, ${t.getUTCFullYear()} | ${h12(t)}:${two(t.getUTCMinutes())} ${t.getUTCHours() < 12 ? 'A.M.' : 'P.M.'} CST`],
  'cairo-digest': [120, (t) => `Cairo | ${dmy(t, '/')} | ${hm(t, ':')} EET (GMT+2)`],
};
/** The local moment of a file's expected date on its site's clock. */
const local = (m: UnseenEntry): Date => new Date(Date.parse(m.publishedAt!) + SHOWN_DATES[m.site]![0] * 60_000);
/** The line a file's site shows for its expected date. */
const shownDate = (m: UnseenEntry): string => SHOWN_DATES[m.site]![1](local(m));

describe('unseen-sites v36 development set', () => {
  const { manifest, files } = generateUnseenV36(POOL);
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

  itIsFrozen(generateUnseenV36, POOL, SEED_V36, '1c3f7b377ef7e39b', { manifest, files });
  itHasTheSharedShape({ manifest, files }, SITES_V36, { maxFiles: 420, wrongOutlet: 'Nile Francophone Brief', decoration: 'Regards croisés ⊹ ' });

  it('has nine French and three English sites, each with its own date format', () => {
    expect(SITES_V36.filter((s) => s.lang === 'fr')).toHaveLength(9);
    expect(SITES_V36.filter((s) => s.lang === 'en')).toHaveLength(3);
    expect(Object.keys(SHOWN_DATES).sort()).toEqual(SITES_V36.map((s) => s.id).sort());
  });

  it('decorates headlines with rubrics before a colon, prefix tags and site-name suffixes, and names the outlet after some', () => {
    const pairs = shown.map((m) => [m, headlineLine(m)] as const);
    const prefixes = ['Manufactures : ', 'Actu station ❄ ', 'Vu de Panamá : ', 'Ubaye : ', 'Revue de presse § ', 'Entreprises : ', 'Actualités : ', 'Regards croisés ⊹ ', 'Europe desk: ', 'WORLD ~ ', 'Press review | '];
    const prefixed = pairs.filter(([m, l]) => prefixes.some((tag) => l === `${tag}${m.title}`));
    expect(prefixed.length).toBeGreaterThan(20);
    expect(new Set(prefixed.map(([m]) => m.site)).size).toBeGreaterThanOrEqual(9);
    const tails = [' ▪ Émail & Biscuit', ' ◦ Le Devoir de l’Isthme', ' (article recopié)', ' ⋄ Andes Affaires', ' ✦ Le Front', ' ⊹ Rue Catinat', ' ~ Chronicle', ' (translated)'];
    const suffixed = pairs.filter(([m, l]) => tails.some((tail) => l === `${m.title}${tail}`));
    expect(suffixed.length).toBeGreaterThan(15);
    expect(new Set(suffixed.map(([m]) => m.site)).size).toBeGreaterThanOrEqual(7);
    // On the Arcachon review the outlet follows the headline: after a tilde, in angle brackets, after a dash (maybe in capitals), in parentheses, after a zigzag.
    const named = pairs.filter(([m]) => m.outletEvidence === 'title-suffix');
    expect(named.length).toBeGreaterThanOrEqual(15);
    const forms = (m: UnseenEntry): string[] => [` ~ ${m.outlet}`, ` ⟨${m.outlet}⟩`, ` — ${m.outlet}`, ` (${m.outlet})`, ` ⌁ ${m.outlet}`, ` — ${m.outlet!.toLocaleUpperCase('fr')}`].map((tail) => `${m.title}${tail}`);
    for (const [m, l] of named) expect(forms(m), `${m.file}: ${l}`).toContain(l);
    expect(named.filter(([m, l]) => l.endsWith(m.outlet!.toLocaleUpperCase('fr'))).length).toBeGreaterThan(1);
    // The Lerwick letter prints some credits after the headline on the headline's own line.
    const after = pairs.filter(([m, l]) => m.site === 'lerwick-seafood' && m.republisher !== null && l.startsWith(`${m.title} `));
    expect(after.length).toBeGreaterThan(3);
    for (const [m, l] of after) expect(l.slice(m.title!.length), m.file).toMatch(/^ (— from .+|\[as reported by .+\])$/);
    expect(pairs.filter(([m, l]) => l === m.title).length).toBeGreaterThan(pairs.length / 2);
  });

  it('surrounds headlines with chrome naming headlines: other stories, a reading bar and breadcrumbs cutting it short, the headline again after the body', () => {
    const above = (m: UnseenEntry, cue: string): string | undefined => lines(m).slice(0, at(m).title).find((l) => l.startsWith(cue) && m.chrome.includes(l));
    const below = (m: UnseenEntry, cue: string): string | undefined => lines(m).slice(at(m).last + 1).find((l) => l.startsWith(cue) && m.chrome.includes(l));
    const others = shown.filter((m) => ['Article précédent ◃ ', 'Previous story ~ '].some((cue) => above(m, cue) !== undefined));
    expect(new Set(others.map((m) => m.site))).toEqual(new Set(['luneville-faience', 'belize-weekly']));
    for (const m of others) expect(lines(m).slice(0, at(m).title).some((l) => l.includes(m.title!)), m.file).toBe(false);
    // A reading bar, breadcrumbs and a contents line end with the headline cut short.
    for (const [site, cue, cut] of [
      ['morzine-lifts', 'Vous lisez : ', (l: string) => l.slice('Vous lisez : '.length)],
      ['ubaye-valley', 'Vallée > ', (l: string) => l.split(' > ').pop()!],
      ['cholet-chess', 'Dans cette lettre § ', (l: string) => l.split(' § ')[1]!],
    ] as const) {
      const pages = shown.filter((m) => m.site === site);
      expect(pages.length, site).toBeGreaterThan(5);
      for (const m of pages) {
        const end = cut(above(m, cue)!);
        const stem = end.replace(/(…|\.\.\.|\[\.\.\.\])$/, '');
        expect(stem.length < end.length && stem.length > 0, `${m.file}: ${end}`).toBe(true);
        expect(m.title!.startsWith(stem), `${m.file}: ${end}`).toBe(true);
      }
    }
    expect(shown.filter((m) => m.site === 'panama-weekly' && above(m, 'Inicio › Francia › ') !== undefined).length).toBeGreaterThan(2);
    // After the body, the headline again: a back-to-top line, a print line.
    for (const [site, cue] of [['arcachon-oysters', 'Haut de page ↑ '], ['belize-weekly', 'Print this story: ']] as const) {
      const pages = shown.filter((m) => m.site === site);
      for (const m of pages) expect(below(m, cue), m.file).toBe(`${cue}${m.title}`);
    }
    expect(shown.filter((m) => below(m, 'Article suivant ▹ ') !== undefined).length).toBeGreaterThan(5);
    // Headless copies carry no chrome naming their own headline.
    for (const m of sited.filter((x) => !x.headline)) expect(text(m).includes(m.title!), m.file).toBe(false);
  });

  it('serves five pages of chrome only: a lift status board, a page of webcams, tournament pairings, an empty search, a subscribers’ wall', () => {
    const pages = manifest.filter((m) => m.kind === 'chrome-only');
    expect(pages.map((m) => m.site).sort()).toEqual(['belize-weekly', 'bogota-business', 'cholet-chess', 'morzine-lifts', 'ubaye-valley']);
    const cue: Record<string, string> = {
      'morzine-lifts': 'État des remontées mécaniques — tableau du jour',
      'ubaye-valley': 'Webcams de la vallée',
      'cholet-chess': 'Appariements de la ronde 5',
      'bogota-business': 'Aucun résultat.',
      'belize-weekly': 'This story is for subscribers',
    };
    for (const m of pages) expect(text(m), m.site).toContain(cue[m.site]!);
  });

  it('keeps the v2 outlet convention in every file, each evidence at least ten times', () => {
    expectOutletConvention(manifest, SITES_V36, { pageText: text });
    const own = articles.filter((m) => m.outletEvidence === 'masthead-byline');
    expect(new Set(own.map((m) => m.outlet))).toEqual(new Set(['Le Devoir de l’Isthme', 'La Montagne de l’Ubaye', 'The Cayo & Coast Chronicle']));
    const groups = Map.groupBy(articles, (m) => m.dup_group);
    expect(own.filter((m) => groups.get(m.dup_group)!.some((c) => c.outlet !== m.outlet)).length).toBeGreaterThan(5);
    // The look-alike sites print their own name in capitals in the masthead and in their copyright, with a company form.
    for (const m of own.filter((x) => x.site === 'ubaye-valley')) expect(text(m), m.file).toMatch(/© 201[89] La Montagne de l’Ubaye SARL/);
    for (const m of own.filter((x) => x.site === 'panama-weekly')) expect(text(m), m.file).toMatch(/© 201[89] Le Devoir de l’Isthme S\.A\./);
    // Republishers' own names stand in their footers.
    for (const m of credited) expect(m.chrome.some((l) => l.includes(m.republisher!) || l.includes(m.republisher!.toUpperCase()) || l.includes('Régie') || l.includes('Section') || l.includes('Association')), m.file).toBe(true);
  });

  it('translates credited names both ways, never beside the real name, and keeps look-alikes as written', () => {
    const translated = articles.filter((m) => m.translatedCredit);
    expect(translated.length).toBeGreaterThanOrEqual(30);
    expect(translated.filter((m) => m.lang === 'en').length).toBeGreaterThan(10);
    expect(translated.filter((m) => m.lang === 'fr').length).toBeGreaterThan(10);
    for (const m of translated) expect(m.meta.join('\n') + (m.headline ? headlineLine(m) : ''), m.file).not.toContain(m.outlet!);
    expect(new Set(translated.filter((m) => m.lang === 'en').map((m) => m.site))).toEqual(new Set(['lerwick-seafood', 'cairo-digest']));
    expect(new Set(translated.filter((m) => m.lang === 'fr').map((m) => m.site))).toEqual(new Set(['luneville-faience', 'morzine-lifts', 'moncton-student', 'saigon-association']));
    expectNamesAsWritten(manifest, inOwnCase);
  });

  it('translates word for word without ambiguity: each rendering names one outlet, never another real outlet of the set', () => {
    expectUnambiguousRenderings(manifest, INTO_EN_V36, INTO_FR_V36);
  });

  it('credits look-alike outlets about a quarter of the time, in capitals, in bylines, after headlines, with lower-case adjectives and places', () => {
    const alike = credited.filter((m) => m.lookalike);
    const share = alike.length / credited.length;
    expect(share > 0.2 && share < 0.4, `share ${share}`).toBe(true);
    expect(new Set(alike.map((m) => m.site)).size).toBeGreaterThanOrEqual(7);
    // Kept as written, never as the known paper they begin like.
    for (const m of alike) expect(inOwnCase(m), m.file).toContain(m.outlet!.replace(/^(Le|La|Les) /, ''));
    expect(alike.filter((m) => text(m).includes(m.outlet!.toLocaleUpperCase('fr'))).length).toBeGreaterThan(2);
    expect(alike.filter((m) => m.site === 'saigon-association' && m.meta.some((l) => l.includes(m.outlet!) && l.includes(m.author!))).length).toBeGreaterThan(0);
    expect(alike.filter((m) => m.outletEvidence === 'title-suffix').length).toBeGreaterThan(3);
    const outlets = new Set(alike.map((m) => m.outlet!));
    expect([...outlets].filter((o) => /^(L’|Le |La |Les )?\S+ [a-zé-]+$/u.test(o)).length).toBeGreaterThanOrEqual(3);
    expect([...outlets].filter((o) => / (du|de la|des|de|d’)\s?\p{Lu}/u.test(o)).length).toBeGreaterThanOrEqual(8);
  });

  it('puts credits on the first line, between dashes, above the headline, under it, under the date, inside the text, after "-30-", in the byline and at the foot', () => {
    const creditLines = (m: UnseenEntry): string[] => m.meta.filter((l) => l !== shownDate(m) && !l.includes(m.author!));
    const where = (m: UnseenEntry, line: string): string => {
      const all = lines(m);
      const i = all.indexOf(line);
      const { title, first, last } = at(m);
      if (i === 0) return 'first-line';
      if (i > last) return 'foot';
      if (i > first) return 'inside';
      if (!m.headline) return 'top';
      if (i < title) return 'above';
      return all[i - 1] === shownDate(m) ? 'under-date' : 'under-headline';
    };
    const seen = new Map<string, Set<string>>();
    for (const m of credited.filter((x) => x.outletEvidence !== 'title-suffix')) for (const l of creditLines(m)) seen.set(m.site, (seen.get(m.site) ?? new Set()).add(where(m, l)));
    const expectAll = (site: string, places: string[]): void => {
      for (const place of places) expect(seen.get(site), `${site} ${place}`).toContain(place);
    };
    expectAll('luneville-faience', ['first-line', 'under-headline']);
    expectAll('morzine-lifts', ['above', 'under-date', 'foot']);
    expectAll('bogota-business', ['under-date', 'inside', 'foot']);
    expectAll('moncton-student', ['under-headline', 'foot']);
    expectAll('saigon-association', ['foot']);
    expectAll('lerwick-seafood', ['foot']);
    expectAll('cairo-digest', ['under-date', 'inside', 'foot']);
    // Lunéville's dashes, Moncton's end mark, Saigon's byline with the outlet.
    expect(credited.filter((m) => m.meta.some((l) => /^— .+ —$/.test(l))).length).toBeGreaterThan(2);
    for (const m of credited.filter((x) => x.site === 'moncton-student' && where(x, creditLines(x)[0]!) === 'foot')) {
      const all = lines(m);
      expect(all.slice(at(m).last, all.indexOf(creditLines(m)[0]!)), m.file).toContain('-30-');
    }
    expect(credited.filter((m) => m.site === 'saigon-association' && m.meta.some((l) => l.includes(m.author!) && creditLines(m).length === 0)).length).toBeGreaterThan(3);
    // The Morzine source line is sometimes in capitals.
    expect(credited.filter((m) => m.meta.some((l) => l.startsWith('SOURCE : '))).length).toBeGreaterThan(1);
    // Addresses on the Bogotá portal name the original outlet's host, in five URL shapes.
    const urls = credited.filter((x) => x.outletEvidence === 'url-host').flatMap((m) => m.meta.map((l) => l.match(/(https?:\/\/)?[a-z.-]+\.[a-z]{2,3}\/\S+/)?.[0]).filter((u): u is string => u !== undefined));
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const shape of [/#comentarios$/, /\/print\//, /^www\./, /^https:\/\/[a-z-]+\.(com|fr|co|ca|be|ch)\//, /\?xtor=RSS-\d$/]) expect(urls.some((u) => shape.test(u)), String(shape)).toBe(true);
  });

  it('expects the writer as the byline names them: no role, place, outlet or helper, two writers joined as the page joins them', () => {
    const beside = [
      'Auteur de l’article original :', '; version française de', 'Reporter d’origine :', ', adapté par', 'Por / Par', ', correspondance à Colón', 'Reportage :', '— fotos',
      '(bureau de Barcelonnette)', '— photo :', 'Journaliste de la page d’origine :', '(texte d’origine)', 'Collaboration spéciale :', ', texte revu par',
      'Tác giả / Auteur :', 'Original reporting:', '; English by software, checked by', ', Staff Reporter', 'Story:', '~ Pictures:', 'Reported by', '(original text), English by',
    ];
    expectBylines(manifest, 140, beside);
  });

  it('shows each site’s date on its own clock, and expects the same instant in Paris time', () => {
    const dated = articles.filter((m) => m.publishedAt !== null);
    expect(dated.length).toBe(sited.length);
    for (const m of dated) expect(m.publishedAt, m.file).toMatch(/^(2018-1[12]|2019-01)-\d\dT\d\d:\d\d:00\+01:00$/);
    for (const m of dated.filter((x) => x.site === 'cholet-chess')) expect(m.publishedAt, m.file).toMatch(/T00:00:00\+01:00$/);
    expect(dated.filter((x) => x.site !== 'cholet-chess' && x.publishedAt!.includes('T00:00'))).toEqual([]);
    for (const m of dated) expect(m.meta, m.file).toContain(shownDate(m));
    // Saigon shows the next day for the Paris evening; the Ubaye site adds a later "updated" time as chrome.
    const parisDay = (m: UnseenEntry): number => Number(m.publishedAt!.slice(8, 10));
    expect(dated.filter((m) => m.site === 'saigon-association' && local(m).getUTCDate() !== parisDay(m)).length).toBeGreaterThan(0);
    for (const m of dated.filter((x) => x.site === 'ubaye-valley')) expect(m.chrome.some((l) => /^Mis à jour à \d\d:\d\d$/.test(l)), m.file).toBe(true);
  });

  it('wraps articles in chrome of many shapes: long lines, notes between paragraphs, lines on only some pages, in several languages', () => {
    const words = (l: string): number => l.split(/\s+/).filter(Boolean).length;
    for (const s of SITES_V36) {
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
    expect(new Set(notes.map((m) => m.site)).size).toBeGreaterThanOrEqual(6);
    const share = (site: string, ...cues: string[]): number => {
      const pages = sited.filter((m) => m.site === site);
      return pages.filter((m) => m.chrome.some((l) => cues.some((cue) => l.includes(cue)))).length / pages.length;
    };
    expect(share('moncton-student', '-30-')).toBe(1);
    const sometimes: [string, ...string[]][] = [
      ['luneville-faience', 'TERRE ET FEU'], ['morzine-lifts', 'Commentaires du personnel'], ['ubaye-valley', 'EXCLUSIF ABONNÉS'], ['panama-weekly', 'Sobre el autor'],
      ['belize-weekly', 'About the writer'], ['lerwick-seafood', 'FROM THE CONTINENT'], ['arcachon-oysters', 'Rubrique ≋'], ['saigon-association', 'Chia sẻ'],
    ];
    for (const [site, ...cues] of sometimes) {
      const s = share(site, ...cues);
      expect(s > 0 && s < 1, `${site}: ${cues.join(', ')} on ${s}`).toBe(true);
    }
    const boxed = sited.filter((m) => m.author !== null && m.chrome.some((l) => l.includes(m.author!)));
    expect(boxed.length).toBeGreaterThan(5);
    expect(sited.some((m) => m.chrome.some((l) => /[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/u.test(l)))).toBe(true);
    expect(sited.some((m) => m.chrome.some((l) => l.includes('¡Bienvenido!')))).toBe(true);
  });

  itWritesLatin1Only({ manifest, files });
});
