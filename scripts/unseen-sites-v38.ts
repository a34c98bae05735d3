/**
 * Generates the unseen-sites v38 FROZEN set (issue 8): twelve more ordinary news sites, of kinds and places no
 * earlier set had, with the emphasis on the chrome real news sites put around and inside articles first, then on
 * headlines hidden among decorated head lines; outlet credits are ordinary.
 *
 * FROZEN SET since 2026-12-02 19:02. It was asked for and written as a development set, by a helper that read neither
 * the rules nor any score, and nobody has read its output, its misses or its score; when v37's misses were read
 * (18:57), v38 became the frozen set in its place, and it was scored once, before any later rule change, in
 * bench/unseen-sites-v38.json. Do not read its misses (`--show`) or tune against it; when a case fails, fix the
 * general cause, then freeze a new set. (The paragraph below says DEVELOPMENT SET as its helper wrote it.)
 *
 * DEVELOPMENT SET, written without reading the rules on 2026-12-02. It exists to show how the rules generalise to text
 * nobody tuned them on; its misses may be read (`--show`), but do not edit its templates, wordings or seed to move a
 * score. It was written without reading the ingest rules (src/ingest/), the word lists and outlet list (src/data/),
 * the renderer, pages, components and build (src/render/, src/pages/, src/components/, src/build/), the README's rule
 * descriptions, the benchmark files (bench/), the git history or any score of any set (the scorer's types,
 * src/eval/unseen-sites.ts, were read for its manifest fields and conventions; no set, this one included, was run
 * through the ingest or scored, beyond the tests' check that a right answer gets full marks). Of the earlier sets only
 * the shared scaffolding (scripts/unseen-sites.ts, v2's `page` and `SiteV2`, simulate-heldout's `Dice` and encodings,
 * scripts/rng.ts), v37's generator and test (for the format, the set mechanics and the scaffolding calls, not their
 * sites or wordings), tests/unit/unseen-answers.ts, the wiring of v37 in src/cli/eval.ts and package.json, and the
 * header comments of v2–v37 (their site lists, searched for the places and kinds picked here, to pick others; v36's
 * for the wording of this paragraph) were read; no other generator or test of an earlier set was opened. The sites,
 * outlets, credit wordings, translations, title decorations, date formats, time zones, junk and chrome here are new
 * (chosen against the earlier headers and v37, the only earlier set whose templates were read).
 *
 * `npm run eval:unseen` scores v1 to v37 then this set (`npm run eval:unseen:v38`, or `npm run eval -- --unseen
 * --unseen-set v38`, for this one only); `npx tsx scripts/unseen-sites-v38.ts --out DIR` only writes the folder and its
 * manifest (the v1 format, with v2's `outletEvidence`).
 *
 * The twelve sites: a transhumance shepherds' association letter in Mende (Lozère) crediting nobody (the day only), a
 * sea-rescue volunteers' station letter in Paimpol (Côtes-d'Armor) with a source line above the headline, under it or
 * at the foot (sometimes in capitals), a pétanque clubs' press review in Cahors (Lot) keeping the original's name after
 * the headline (after a triangular bullet, a double angle, a two-em dash, a dotted bar or in square brackets, or after
 * the double angle in capitals), a French-language press watch in Vilnius (Lithuania) giving the original's address in
 * five URL shapes (Eastern European time, a Lithuanian and French date; Lithuanian–French chrome), an English-language
 * safari lodges' staff letter in Windhoek (Namibia) translating French and Belgian papers' names into English word for
 * word (Central Africa time, UTC+2), a French-language expedition guides' letter in Ushuaia (Tierra del Fuego,
 * Argentina) crediting French papers, Argentine and English-language outlets garbled into French and look-alike titles
 * (Argentina time, UTC−3), a French-language weekly in Seoul (its own reporters, some pieces written by two; Korea
 * time, UTC+9, often the next day; Korean–French chrome), a French-language weekly in Lisbon whose own name begins like
 * a Lyon daily's (a look-alike, its own reporters; Western European time, UTC+0; Portuguese–French chrome), an
 * English-language digest of the French press in Tallinn (Estonia) keeping the papers' names as written (Eastern
 * European time), an English-language weekly in Iqaluit (Nunavut; its own reporters, some pieces written by two;
 * Eastern time, UTC−5; Inuktitut syllabics in its chrome), a French-language portal in Zagreb (Croatia) crediting
 * French, Belgian and Balkan francophone papers, Croatian outlets garbled into French and look-alike titles (Central
 * European time; Croatian–French chrome), and a bagpipe and hurdy-gurdy players' association letter in Vesoul
 * (Haute-Saône) crediting national, regional and folk-music papers and look-alike titles.
 * Article text is read AT RUN TIME from ../shared/corpus/gilets-jaunes (v1's clean pool, drawn with another seed): no
 * corpus text is stored here.
 *
 * Chrome, the first emphasis, each site with its own template: long notices (funding, moderation, corrections policy,
 * cookie and consent banners, subscription walls, legal notices, accessibility statements, app promotions), on every
 * page of a site or on about a third of its pages only, at the top, between paragraphs or at the foot; link lists
 * ("most read", "related", "next", "in the same letter") naming other articles' headlines, joined by various
 * separators, with one, two or many items, with and without labels, on one line or one item per line; widgets (share
 * bars, reactions and counters whose numbers change from page to page, comment prompts, rating bars, audio players,
 * reading times, font-size controls, print and back-to-top lines repeating the headline, newsletter boxes, event
 * boxes, weather and market tickers); page furniture (breadcrumbs, tags lines, author bio boxes, photo credits and
 * captions of stock photos). Five sites serve a page of chrome only (a fairs calendar, a tide table and duty roster, a
 * cookie preferences centre, a subscribers' wall, a community radio schedule). Twelve junk files.
 *
 * Headlines, the second: kickers and labels above them ("EXCLUSIF", "BREAKING", rubric lines), prefix tags and
 * site-name suffixes, breadcrumbs naming the whole headline or cutting it short, a sticky "now reading" bar and a
 * browser-tab line repeating it, "previous" and "next" links naming another story above it, reading-time and
 * font-size lines under it, print and back-to-top lines repeating it after the body; copies scraped without their
 * headline line are about a quarter.
 *
 * Date formats: "Lettre envoyée de Mende le 10-01-2019", "Paimpol — 10 janv. 2019 — 14:05", "Cahors | 10/01/2019 |
 * 14 h 05", "Vilnius, 2019 m. sausio 10 d., 15:05 · le 10 janvier 2019 à 15 h 05 (heure de Vilnius, UTC+2)",
 * "Windhoek · Thu 10.01.2019 · 15:05 CAT (UTC+2)", "Ushuaia, jeudi 10 janvier 2019, 10:05 ART (heure argentine,
 * UTC−3)", "서울, 2019년 1월 10일 · Séoul, le 10 janvier 2019 à 22 h 05 (KST, UTC+9)", "Lisboa, 10 de janeiro de 2019 ·
 * Lisbonne, le jeudi 10 janvier 2019, 13h05 (heure de Lisbonne, UTC+0)", "10 January 2019, 3.05pm EET (UTC+2) |
 * Tallinn", "Posted Jan. 10, 2019 at 8:05 a.m. EST", "Zagreb, 10. siječnja 2019. u 14:05 · le 10 janvier 2019 à
 * 14 h 05 (CET)" and "Vesoul, publié le 10.01.2019 à 14:05"; three sites add an "updated" line on some pages.
 *
 * Expected outlet: v2's convention (who published the article first, as the file credits it), recorded per file in
 * `outletEvidence`: machine-translated names of real outlets expect the real outlet's usual name, look-alike names are
 * kept as written (in their own case where a page prints them in capitals), the site's own name is the outlet only
 * where it shows its masthead and its own staff's byline, the republisher is the site's name whenever the file credits
 * another outlet, and null when nothing credits one. Republishing sites show a byline only beside a credit. Expected
 * author: the writer's name as the byline shows it, without role, place, desk, outlet, translator or photographer; a
 * piece written by two expects both names as the page joins them ("A et B" on French pages, "A and B" on English
 * ones); an author box naming the writer is chrome. Every time shown names its zone or is Paris time (the whole
 * period, 20 November 2018 to 23 January 2019, is in each zone's winter or only time); the expected date is the
 * publication instant (not the update), written in Paris time (UTC+1). The Mende letter shows the day only. Files are
 * written in UTF-8 (with or without a BOM, LF or CRLF), Windows-1252, ISO-8859-1 (`latin1`, only for pages whose every
 * character it holds) and UTF-16 LE.
 */
import { TZDate } from '@date-fns/tz';
import type { UnseenEntry } from '../src/eval/unseen-sites.ts';
import { makeRng } from './rng.ts';
import { Dice } from './simulate-heldout.ts';
import { page, type SiteV2 } from './unseen-sites-v2.ts';
import {
  bareFile,
  bodyWithCredit,
  type Credit,
  creditPrinter,
  creditsNobody,
  de,
  generatorCli,
  inEnglish,
  junkFile,
  type MadePage,
  onClock,
  packFiles,
  pad2,
  type Page,
  type SetEncoding,
  slug,
  type Story,
  type UnseenFile,
  unseenSetRunner,
  type UnseenSource,
  writerEn,
  writerIfCredited,
} from './unseen-sites.ts';

// ——— Size and mix of the set ———

/** The v38 seed: no earlier set drew with it. */
export const SEED_V38 = 20261202_38;
/** Clean articles left bare (title and body only). */
const BARE_V38 = 10;
/** Share of copies scraped without their headline line. */
const HEADLESS_V38 = 0.25;
/** Share of copies (of bodies with four paragraphs or more) that lose their closing paragraph. */
const CUT_V38 = 0.3;
/** Share of a site's pages that carry a "sometimes" notice. */
const THIRD = 0.33;
/** The period: 65 days from 20 November 2018, in Paris winter time (UTC+1); no clock of the set changes in it. */
const PERIOD_FROM = Date.UTC(2018, 10, 20);
const PERIOD_LENGTH = 65;
const PARIS_ZONE = 'Europe/Paris';
const ENCODINGS_V38: readonly SetEncoding[] = ['utf-8', 'latin1', 'cp1252', 'utf-8-bom', 'latin1', 'utf-16le-bom', 'cp1252-crlf', 'utf-8-crlf', 'utf-8', 'latin1', 'cp1252', 'utf-8-bom'];

// ——— People ———

/** Writers; four entries are pieces written by two (joined " et " as French pages print them). */
const WRITERS_V38 = [
  'Capucine Roussillon', 'Aymeric Pradal', 'Maëlys Quéré', 'Gaspard Tisserand', 'Ludivine Astruc', 'Corentin Le Floch', 'Bérénice Montagnac', 'Florian Jaouen',
  'Seo-yeon Park', 'Min-jun Choi', 'Inês Carvalho', 'Tiago Moreira', 'Aputi Kilabuk', 'Jonah Qaqqaq', 'Rūta Kazlauskaitė', 'Ivana Horvat', 'Marko Babić',
  'Liesl van Wyk', 'Kadri Tamm', 'Ezequiel Sosa',
  'Seo-yeon Park et Min-jun Choi', 'Aputi Kilabuk et Jonah Qaqqaq', 'Inês Carvalho et Tiago Moreira', 'Capucine Roussillon et Florian Jaouen',
];
/** Translators and summarisers named beside the writer; photographers beside some bylines and under stock photos. */
const REVISERS_V38 = ['Agustina Ferreyra', 'Jüri Saar', 'Katarina Novak', 'Hendrik Nel'];
const PHOTOGRAPHERS_V38 = ['Soo-ah Kim', 'Rui Pestana', 'Leah Angutimarik', 'Baptiste Vidal'];

// ——— Outlets ———

const PAIMPOL_PRESS = ['Le Télégramme', 'Ouest-France', 'Le Trégor', 'Le Marin', 'Le Monde', 'Libération', 'Le Figaro', 'Le Chasse-Marée', 'Le Parisien', 'La Croix'];
const CAHORS_PRESS = ['La Dépêche du Midi', 'La Vie quercynoise', 'Midi Libre', 'L’Équipe', 'Sud Ouest', 'Le Parisien', 'Le Monde', 'Centre Presse Aveyron', 'Le Figaro', 'Libération'];
const WINDHOEK_PICKS = ['Le Monde', 'Les Échos', 'La Croix', 'Le Parisien', 'Ouest-France', 'Le Soir', 'La Libre Belgique', 'Jeune Afrique', 'Sciences et Avenir', 'La Dépêche du Midi'];
const USHUAIA_FRENCH = ['Le Monde', 'Libération', 'Le Figaro', 'Le Marin', 'Géo', 'Ouest-France', 'L’Express', 'Le Télégramme', 'La Croix', 'Le Point'];
const USHUAIA_FOREIGN = ['Clarín', 'La Nación', 'El Diario del Fin del Mundo', 'Página/12', 'The Guardian', 'Buenos Aires Times'];
const TALLINN_PICKS = ['Le Monde', 'Le Figaro', 'Libération', 'Les Échos', 'La Croix', 'Le Point', 'L’Obs', 'Courrier international', 'Le Soir', 'Le Temps', 'Ouest-France', 'Le Parisien'];
const ZAGREB_FRENCH = ['Le Monde', 'Le Figaro', 'Libération', 'RFI', 'France 24', 'Le Courrier des Balkans', 'La Libre Belgique', 'Le Soir', 'L’Express', 'Courrier international'];
const ZAGREB_FOREIGN = ['Večernji list', 'Jutarnji list', 'Slobodna Dalmacija', 'Novi list', 'Total Croatia News'];
const VESOUL_PRESS = ['Le Progrès', 'Le Monde', 'Télérama', 'Libération', 'Le Figaro', 'La Croix', 'Trad Magazine', 'Le Parisien', 'Ouest-France', 'Le Point'];

/** Invented outlets whose names begin like a known outlet's: the expected outlet is the name as written. */
const LOOKALIKES_V38 = {
  paimpol: ['Le Télégramme de Bréhat', 'Ouest-France Goëlo', 'Le Marin du Trieux'],
  cahors: ['La Dépêche du Quercy', 'Midi Libre quercynois', 'L’Équipe cadurcienne'],
  windhoek: ['Le Monde namibien', 'Jeune Afrique australe', 'Le Soir du Kalahari'],
  ushuaia: ['Le Marin austral', 'Ouest-France Patagonie', 'Le Figaro fuégien'],
  tallinn: ['Le Figaro balte', 'Courrier international de l’Est', 'Les Échos de Pärnu'],
  zagreb: ['Le Monde adriatique', 'La Croix de Zadar', 'Le Soir dalmate'],
  vesoul: ['Le Progrès haut-saônois', 'Télérama folk', 'Trad Magazine des Vosges'],
} as const;
const IS_LOOKALIKE_V38: ReadonlySet<string> = new Set(Object.values(LOOKALIKES_V38).flat());

/** French and Belgian names as a translation engine renders them in English, word for word (sometimes reordered). */
export const INTO_EN_V38: Record<string, readonly string[]> = {
  'Le Monde': ['The World'],
  'Les Échos': ['The Echoes'],
  'La Croix': ['The Cross'],
  'Le Parisien': ['The Parisian'],
  'Ouest-France': ['West-France', 'France West'],
  'Le Soir': ['The Evening'],
  'La Libre Belgique': ['Free Belgium', 'The Free Belgium'],
  'Jeune Afrique': ['Young Africa'],
  'Sciences et Avenir': ['Sciences and Future', 'Science and the Future'],
  'La Dépêche du Midi': ['The Midday Dispatch', 'Dispatch of the South'],
};
/** Spanish, English-language and Croatian names as a translation engine garbles them in French, word for word. */
export const INTO_FR_V38: Record<string, readonly string[]> = {
  Clarín: ['Le Clairon'],
  'La Nación': ['La Nation'],
  'El Diario del Fin del Mundo': ['Le Journal de la Fin du Monde', 'Quotidien du bout du monde'],
  'Página/12': ['Page 12', 'Page/Douze'],
  'The Guardian': ['Le Gardien'],
  'Buenos Aires Times': ['Les Temps de Buenos Aires', 'Temps de Buenos Aires'],
  'Večernji list': ['La Feuille du soir', 'Feuille vespérale'],
  'Jutarnji list': ['La Feuille du matin', 'Feuille matinale'],
  'Slobodna Dalmacija': ['La Dalmatie libre', 'Dalmatie Libre'],
  'Novi list': ['La Nouvelle Feuille'],
  'Total Croatia News': ['Nouvelles totales de Croatie', 'Les Nouvelles de la Croatie totale'],
};

/** Web hosts of the outlets the Vilnius watch gives the address of. */
const HOSTS_V38: Record<string, string> = {
  'Le Monde': 'www.lemonde.fr', 'Le Figaro': 'www.lefigaro.fr', Libération: 'www.liberation.fr', 'Les Échos': 'www.lesechos.fr', 'La Croix': 'www.la-croix.com',
  RFI: 'www.rfi.fr', 'France 24': 'www.france24.com', 'Courrier international': 'www.courrierinternational.com', 'Le Point': 'www.lepoint.fr', 'L’Obs': 'www.nouvelobs.com',
  LRT: 'www.lrt.lt', Delfi: 'www.delfi.lt', '15min': 'www.15min.lt', 'Le Soir': 'www.lesoir.be', 'Ouest-France': 'www.ouest-france.fr', 'L’Express': 'www.lexpress.fr',
  'Le Temps': 'www.letemps.ch', 'Le Parisien': 'www.leparisien.fr', 'Le Télégramme': 'www.letelegramme.fr', 'La Dépêche du Midi': 'www.ladepeche.fr',
  'Sud Ouest': 'www.sudouest.fr', 'Le Courrier des Balkans': 'www.courrierdesbalkans.fr', 'La Libre Belgique': 'www.lalibre.be', 'Jeune Afrique': 'www.jeuneafrique.com',
};
const VILNIUS_LINKED = ['Le Monde', 'Le Figaro', 'Libération', 'Les Échos', 'La Croix', 'RFI', 'France 24', 'Courrier international', 'Le Point', 'L’Obs', 'LRT', 'Delfi', '15min'];

/** A v38 site: a v2 site, its date line, and which originals its way of crediting can show on a copy (all when absent). */
interface SiteV38 extends SiteV2 {
  stamp: (p: Page) => string;
  canShow?: (canonical: string) => boolean;
}

const { creditAsPrinted, weightedCredits } = creditPrinter(INTO_EN_V38, INTO_FR_V38, IS_LOOKALIKE_V38);

// ——— Template helpers ———

const MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MOIS_COURTS = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];
const JOURS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const LT_MONTHS = ['sausio', 'vasario', 'kovo', 'balandžio', 'gegužės', 'birželio', 'liepos', 'rugpjūčio', 'rugsėjo', 'spalio', 'lapkričio', 'gruodžio'];
const HR_MONTHS = ['siječnja', 'veljače', 'ožujka', 'travnja', 'svibnja', 'lipnja', 'srpnja', 'kolovoza', 'rujna', 'listopada', 'studenoga', 'prosinca'];
const PT_MONTHS = ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Month names as North American newspapers abbreviate them. */
const AP_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "14:05", "14h05": hours and minutes joined by `glue`. */
const clock = (t: Date, glue: string): string => `${pad2(t.getHours())}${glue}${pad2(t.getMinutes())}`;
/** "10/01/2019": day, month and four-digit year joined by `glue`. */
const dayMonthYear = (t: Date, glue: string): string => [pad2(t.getDate()), pad2(t.getMonth() + 1), String(t.getFullYear())].join(glue);
/** "10 janvier 2019". */
const dayFr = (t: Date): string => `${t.getDate()} ${MOIS[t.getMonth()]!} ${t.getFullYear()}`;
/** "3.05pm", "8:05 a.m.": a 12-hour clock. */
const twelve = (t: Date, glue: string, am: string, pm: string): string => `${t.getHours() % 12 || 12}${glue}${pad2(t.getMinutes())}${t.getHours() < 12 ? am : pm}`;
const copyrightYear = (p: Page): number => p.s.date.getFullYear();
/** A later moment on the same clock: an update a few hours after publication. */
const updatedAfter = (t: Date, d: Dice, zone: string): TZDate => new TZDate(t.getTime() + d.int(35, 600) * 60_000, zone);

/** The headline cut at a word boundary before `room` characters, ending with `mark` (breadcrumbs). */
function cutShort(title: string, room: number, mark = '…'): string {
  const head = title.length > room ? title.slice(0, room) : title.slice(0, -1);
  const space = head.lastIndexOf(' ');
  return `${space > 0 ? head.slice(0, space) : head}${mark}`;
}
/** Lines naming this copy's own headline: only where the copy shows it (never headless copies or chrome-only pages). */
const ifHeadline = (p: Page, ...lines: string[]): string[] => (p.s.headline && !p.chromeOnly ? lines : []);
/** One other story's headline. */
const otherHeadline = (p: Page): string => p.related(1)[0]!;
/** Chrome lines after given paragraphs (`false` entries skipped; an index past the next-to-last paragraph moves back to it). */
function afterParagraphs(p: Page, wanted: readonly (readonly [number, string] | false)[]): Record<number, string[]> {
  const lastAllowed = Math.max(0, p.s.body.length - 2);
  const inserts: Record<number, string[]> = {};
  for (const w of wanted) {
    if (w === false) continue;
    const at = Math.min(w[0], lastAllowed);
    inserts[at] = [...(inserts[at] ?? []), w[1]];
  }
  return inserts;
}
/** The byline of a republisher in one of its forms (each naming the writer once). */
const bylineOf = (p: Page, forms: readonly ((writer: string) => string)[], english = false): string => p.d.pick(forms)(english ? writerEn(p) : p.s.author);
/** The credited name, or its capitals as some lines print it. */
const capitals = (name: string): string => name.toLocaleUpperCase('fr');
/** Other stories' headlines as a link list: `label` then the items on one line joined by `glue`, or one item per line. */
function linkList(p: Page, count: number, label: string | null, glue: string, perLine: ((item: string, i: number) => string) | null): string[] {
  const items = p.related(count);
  if (perLine !== null) return [...(label === null ? [] : [label]), ...items.map(perLine)];
  return [`${label ?? ''}${items.join(glue)}`];
}

// ——— The twelve sites ———

export const SITES_V38: readonly SiteV38[] = [
  {
    id: 'mende-transhumance',
    name: 'Draille & Sonnailles',
    lang: 'fr',
    originals: 12,
    attribution: 'none',
    chromeOnlyPage: true,
    stamp: ({ s: { date: t } }) => `Lettre envoyée de Mende le ${dayMonthYear(t, '-')}`,
    render(p) {
      const { d, s } = p;
      p.chrome("Lettre d'information · Version en ligne · Transférer · Se désabonner").blank();
      if (d.chance(THIRD)) {
        p.chrome(
          "Votre vie privée : avec votre accord, Draille & Sonnailles et ses partenaires utilisent des traceurs pour mesurer l'audience de la lettre, mémoriser vos préférences de lecture et afficher les annonces des foires agricoles de Lozère. Vous pouvez retirer votre consentement à tout moment depuis le lien Confidentialité en bas de page.",
          'Tout accepter · Personnaliser · Continuer sans accepter',
        ).blank();
      }
      p.chrome('DRAILLE & SONNAILLES', "Lettre de l'association des éleveurs transhumants de Lozère, de l'Aubrac aux Cévennes").blank();
      p.chrome(`Agneau de Lozère : ${d.int(6, 8)},${pad2(d.int(0, 99))} euros le kg / Col de la Croix-de-Berthel : ${d.pick(['ouvert', 'fermé, neige', 'chaînes obligatoires'])} / ${d.int(-14, 6)} °C au mont Lozère`).blank();
      if (p.chromeOnly) {
        p.chrome(
          'Calendrier des foires et marchés aux bestiaux',
          'Foire de la Saint-André à Marvejols - samedi dès 7 h',
          'Marché aux agneaux de Langogne - chaque mardi',
          'Foire aux béliers de Saugues - premier dimanche du mois',
          "Les dates sont données sous réserve : en cas d'épizootie, la préfecture peut interdire les rassemblements d'animaux sans préavis. Renseignez-vous auprès de la chambre d'agriculture avant de charger vos bêtes.",
        ).blank();
      }
      if (d.chance(0.45)) p.chrome(`Accueil / Lettres / ${copyrightYear(p)} / Revue de presse`).blank();
      if (d.chance(0.35)) p.chrome(d.pick(['REVUE DE PRESSE', 'À LA UNE', 'LU POUR VOUS'])).blank();
      p.title((t) => d.pick([t, t, t, `Lu dans la presse / ${t}`, `${t} · Draille & Sonnailles`])).blank();
      p.meta(this.stamp(p));
      if (d.chance(0.5)) p.chrome(`Écouter cet article · ${d.int(2, 7)} min`);
      p.blank();
      p.body(
        afterParagraphs(p, [
          d.chance(THIRD) && [
            p.mid(),
            "Cette lettre est réalisée avec le soutien du Fonds européen agricole pour le développement rural et de la Région Occitanie. Les opinions exprimées dans les articles reproduits n'engagent que leurs auteurs et non les financeurs, qui ne sauraient être tenus pour responsables de l'usage qui pourrait être fait des informations qu'elle contient.",
          ],
          d.chance(0.4) && [s.body.length, `Agenda : ${d.pick(['montée en estive fêtée à Bagnols-les-Bains', 'conférence sur le loup, vendredi 20 h à Florac', 'tonte collective chez un adhérent de Nasbinals'])}`],
        ]),
      );
      p.chrome('Partager : Facebook · X · WhatsApp · Copier le lien').blank();
      p.chrome(`Mots-clés : transhumance · pastoralisme · ${d.pick(['Lozère', 'Aubrac', 'Cévennes', 'Margeride'])} · revue de presse`).blank();
      if (d.chance(0.5)) p.chrome(...ifHeadline(p, `Imprimer « ${s.src.title} »`)).blank();
      p.chrome(...linkList(p, d.int(2, 4), 'Les plus lus', '', (t, i) => `${i + 1}. ${t}`)).blank();
      p.chrome(
        "Draille & Sonnailles est envoyée chaque quinzaine aux adhérents de l'association. Les articles de presse y sont recopiés pour les éleveurs qui ne reçoivent pas les journaux en estive ; ils restent la propriété de leurs éditeurs. Merci de ne pas faire suivre cette lettre hors de l'association.",
      ).blank();
      p.chrome(`Association des éleveurs transhumants de Lozère - 48000 Mende - ${copyrightYear(p)} - Confidentialité`);
      return { author: false, date: 'day' };
    },
  },
  {
    id: 'paimpol-lifeboat',
    name: 'Canot & Balise',
    lang: 'fr',
    originals: 13,
    attribution: 'source-line',
    chromeOnlyPage: true,
    draw: weightedCredits(undefined, [PAIMPOL_PRESS, 0.7], [LOOKALIKES_V38.paimpol, 0.2]),
    stamp: ({ s: { date: t } }) => `Paimpol — ${t.getDate()} ${MOIS_COURTS[t.getMonth()]!} ${t.getFullYear()} — ${clock(t, ':')}`,
    render(p) {
      const { d, s } = p;
      p.chrome('Station de sauvetage de Paimpol-Loguivy · espace des bénévoles · Faire un don').blank();
      if (d.chance(THIRD)) {
        p.chrome(
          'Accessibilité : contraste renforcé · taille du texte A− A A+ · lecture vocale. Ce site est partiellement conforme au référentiel d’accessibilité ; consultez notre déclaration pour connaître les contenus qui ne sont pas encore accessibles et la manière de nous les signaler.',
        ).blank();
      }
      p.chrome('CANOT & BALISE', 'La lettre des sauveteurs en mer de Paimpol, Loguivy-de-la-Mer et Bréhat').blank();
      p.chrome(`Pleine mer ${pad2(d.int(0, 23))}h${pad2(d.int(0, 59))} (coef. ${d.int(35, 115)}) ▸ Vent ${d.pick(['SO', 'O', 'NO', 'NE'])} ${d.int(2, 8)} Bft ▸ Mer ${d.pick(['agitée', 'peu agitée', 'forte'])} ▸ Sorties du canot cette année : ${d.int(12, 60)}`).blank();
      if (p.chromeOnly) {
        p.chrome(
          'Horaires des marées et tableau de permanence',
          'Lundi : PM 06h12 / 18h37 — patron de permanence : équipage bleu',
          'Mardi : PM 07h01 / 19h25 — patron de permanence : équipage rouge',
          'Mercredi : PM 07h48 / 20h10 — exercice hélitreuillage avec la Marine nationale',
          'Les horaires sont ceux du port de Paimpol ; ajoutez vingt minutes pour Loguivy. En cas d’alerte, les bénévoles de permanence rejoignent l’abri du canot en moins de quinze minutes, de jour comme de nuit.',
        ).blank();
      }
      const source = s.credit
        ? d.pick([
            (o: string) => `Source : ${o}`,
            (o: string) => `SOURCE ▸ ${capitals(o)}`,
            (o: string) => `D’après ${o}`,
            (o: string) => `Texte paru dans ${o}`,
          ])(s.credit.shown)
        : null;
      // The source line above the headline, right under it, or at the foot.
      const where = source === null ? 'none' : d.pick(['above', 'under', 'foot'] as const);
      if (d.chance(0.4)) p.chrome(...ifHeadline(p, `Accueil ▸ Actualités ▸ Revue de presse ▸ ${s.src.title}`)).blank();
      if (where === 'above') p.meta(source!).blank();
      if (d.chance(0.4)) p.chrome(d.pick(['SAUVETAGE EN MER', 'VIE DE LA STATION', 'DANS LA PRESSE'])).blank();
      p.title((t) => d.pick([t, t, t, `Revue de presse ▸ ${t}`, `${t} [Canot & Balise]`])).blank();
      if (where === 'under') p.meta(source!);
      p.meta(this.stamp(p));
      if (source !== null) p.meta(bylineOf(p, [(w) => `Auteur de l’article : ${w}`, (w) => `${w} (texte original)`]));
      p.blank();
      if (d.chance(0.5)) p.chrome(`Photo d’illustration : un canot tous temps à l’entraînement au large de Bréhat. © ${d.pick(['Adobe Stock', 'Shutterstock', 'iStock'])} / ${d.pick(PHOTOGRAPHERS_V38)}`).blank();
      p.body(
        afterParagraphs(p, [
          d.chance(THIRD) && [
            p.mid(),
            'Politique de correction : lorsqu’une erreur nous est signalée dans un article repris, nous la corrigeons dans la journée et l’indiquons en bas de page ; les textes de presse reproduits ici le sont tels que leurs éditeurs les ont publiés, à l’exception des fautes de frappe manifestes.',
          ],
        ]),
      );
      if (where === 'foot') p.meta(source!).blank();
      p.chrome(`👍 ${p.n(80)} · 👏 ${p.n(40)} · ⚓ ${p.n(25)} — Partagez cette page avec un ami`).blank();
      p.chrome(...linkList(p, d.int(1, 3), 'Dans la même rubrique', '', (t) => `▸ ${t}`)).blank();
      p.chrome(
        'Les sauveteurs en mer sont des bénévoles. Leur canot, leur carburant et leurs tenues sont payés par vos dons : sans eux, la station ne pourrait pas répondre aux quelque cinquante alertes qu’elle reçoit chaque année, de jour comme de nuit et par tous les temps. Un don ouvre droit à une réduction d’impôt de 66 %.',
      ).blank();
      p.chrome(`© ${copyrightYear(p)} Station de sauvetage de Paimpol · Canot & Balise · Mentions légales · Nous écrire`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'cahors-petanque',
    name: 'Carreau & Cochonnet',
    lang: 'fr',
    originals: 14,
    attribution: 'title-suffix',
    draw: weightedCredits(undefined, [CAHORS_PRESS, 0.72], [LOOKALIKES_V38.cahors, 0.22]),
    stamp: ({ s: { date: t } }) => `Cahors | ${dayMonthYear(t, '/')} | ${pad2(t.getHours())} h ${pad2(t.getMinutes())}`,
    render(p) {
      const { d, s } = p;
      p.chrome('Revue de presse des clubs de pétanque du Lot — accès licenciés — déconnexion').blank();
      if (d.chance(THIRD)) {
        p.chrome(
          'Nouveau : l’application Carreau & Cochonnet pour iPhone et Android. Recevez les résultats des concours du Lot en direct, les tirages au sort des championnats et chaque revue de presse dès sa parution. Téléchargez-la gratuitement dans l’App Store ou sur Google Play.',
        ).blank();
      }
      p.chrome('CARREAU & COCHONNET', 'La revue de presse des boulistes de Cahors, Figeac, Gourdon et de la vallée du Lot').blank();
      p.chrome(`Championnat des clubs : Cahors ${d.int(5, 25)} – ${d.int(5, 25)} Figeac · Gourdon ${d.int(5, 25)} – ${d.int(5, 25)} Souillac · Prayssac ${d.int(5, 25)} – ${d.int(5, 25)} Luzech`).blank();
      p.chrome(`Revue n° ${d.int(300, 420)} — article ${d.int(1, 6)} sur ${d.int(7, 11)}`).blank();
      if (d.chance(0.3)) p.chrome(d.pick(['CONCOURS', 'TRIPLETTES', 'ACTUALITÉ'])).blank();
      const named = d.pick([
        (o: string) => ` ‣ ${o}`,
        (o: string) => ` ⟫ ${o}`,
        (o: string) => ` ⸺ ${o}`,
        (o: string) => ` ⁞ ${o}`,
        (o: string) => ` [${o}]`,
        (o: string) => ` ⟫ ${capitals(o)}`,
      ]);
      p.title((t) => (s.credit ? `${t}${named(s.credit.shown)}` : t)).blank();
      if (d.chance(0.5)) p.chrome(`Lecture : ${d.int(2, 6)} min`);
      p.meta(this.stamp(p)).blank();
      p.body(
        afterParagraphs(p, [
          d.chance(0.5) && [p.mid(), `Agenda — Concours officiel en doublettes, ${d.pick(['samedi 14 h', 'dimanche 9 h', 'mercredi 14 h 30'])}, boulodrome de Cabessut. Inscriptions sur place.`],
          d.chance(THIRD) && [
            s.body.length,
            'Rappel du comité : la revue de presse reproduit les articles tels que les journaux les ont publiés. Si un article contient une erreur sur un résultat ou sur le nom d’un joueur, écrivez au secrétariat plutôt qu’au journal : nous transmettrons la correction et l’indiquerons dans la revue suivante.',
          ],
        ]),
      );
      if (d.chance(0.45)) p.chrome(...ifHeadline(p, `Version à imprimer : « ${s.src.title} »`)).blank();
      p.chrome(...linkList(p, d.int(1, 3), 'À lire aussi dans la revue : ', ' | ', null)).blank();
      p.chrome('Le journal qui a publié chaque article est indiqué après son titre.').blank();
      p.chrome(
        'Carreau & Cochonnet est une revue de presse à usage interne du comité bouliste du Lot. Les articles sont copiés en entier pour les licenciés qui ne sont pas abonnés aux journaux ; merci de ne pas les diffuser sur les réseaux sociaux ni de les afficher dans les boulodromes.',
      ).blank();
      p.chrome(`Comité bouliste du Lot — allées Fénelon — 46000 Cahors — ${copyrightYear(p)}`);
      return { author: false, date: 'full' };
    },
  },
  {
    id: 'vilnius-watch',
    name: 'Ambre & Niémen',
    lang: 'fr',
    originals: 13,
    attribution: 'url-host',
    chromeOnlyPage: true,
    canShow: (canonical) => canonical in HOSTS_V38,
    draw: weightedCredits(undefined, [VILNIUS_LINKED, 0.9]),
    stamp: (p) => {
      const t = onClock(p, 'Europe/Vilnius');
      return `Vilnius, ${t.getFullYear()} m. ${LT_MONTHS[t.getMonth()]!} ${t.getDate()} d., ${clock(t, ':')} · le ${dayFr(t)} à ${t.getHours()} h ${pad2(t.getMinutes())} (heure de Vilnius, UTC+2)`;
    },
    render(p) {
      const { d, s } = p;
      p.chrome('Sveiki! Bienvenue sur Ambre & Niémen — Prisijungti / Connexion').blank();
      p.chrome('AMBRE & NIÉMEN', 'La veille de presse des anciens élèves de l’Institut français de Lituanie', 'Pradžia / Accueil ❘ Politika / Politique ❘ Kultūra / Culture ❘ Europa / Europe').blank();
      p.chrome(`Vilnius ❘ ${d.int(-15, 2)} °C ❘ ${d.pick(['Neris gelée près de Žvėrynas', 'Trolleybus 3 : déviation rue Gedimino', 'Marché de Kalvarijų ouvert dimanche'])} ❘ OMX Vilnius ${d.int(610, 680)}`).blank();
      if (p.chromeOnly) {
        p.chrome(
          'Slapukų nustatymai / Paramètres des cookies',
          'Būtini / Indispensables : toujours actifs',
          'Analitiniai / Mesure d’audience : ☐ activer',
          'Reklaminiai / Publicité : ☐ activer',
          'Nous utilisons des cookies indispensables au fonctionnement du site et, si vous l’acceptez, des cookies de mesure d’audience et de publicité. Vos choix sont conservés six mois ; vous pouvez les modifier à tout moment en revenant sur cette page.',
          'Išsaugoti / Enregistrer ❘ Priimti visus / Tout accepter',
        ).blank();
      } else if (d.chance(THIRD)) {
        p.chrome(
          'Mes slapukus naudojame / Nous utilisons des cookies pour compter nos lecteurs en Lituanie et en France et pour retenir votre langue d’affichage. En poursuivant votre lecture, vous acceptez leur usage ; vous pouvez changer d’avis dans les paramètres des cookies.',
          'Sutinku / J’accepte ❘ Nustatymai / Paramètres',
        ).blank();
      }
      p.title((t) => d.pick([t, t, t, `Spaudos apžvalga / Revue ❘ ${t}`, `${t} — Ambre & Niémen`])).blank();
      if (d.chance(0.4)) p.chrome(...ifHeadline(p, `Skaitymo laikas / Temps de lecture : ${d.int(2, 8)} min`));
      if (d.chance(0.5)) p.chrome('Šrifto dydis / Taille du texte : A− ❘ A ❘ A+');
      p.meta(this.stamp(p));
      const link = s.credit
        ? [
            d.pick([
              (u: string) => `Originalas / Original : ${u}`,
              (u: string) => `Page source consultée : ${u}`,
              (u: string) => `Lire l’article complet chez son éditeur → ${u}`,
              (u: string) => `Nuoroda / Lien : ${u}`,
            ])(originalAddress(p)),
            bylineOf(p, [(w) => `Autorius / Auteur : ${w}`, (w) => `${w}, selon la page source`]),
          ]
        : [];
      // Under the date, inside the text, or at the foot.
      const where = d.pick(['date', 'inside', 'foot'] as const);
      if (where === 'date') p.meta(...link);
      p.blank();
      bodyWithCredit(p, p.mid(), where === 'inside' ? link : [], afterParagraphs(p, [d.chance(0.5) && [p.mid() + 1, 'Reklama / Publicité ❘ Cours de lituanien pour francophones, session d’hiver : inscriptions ouvertes']]));
      if (where === 'foot' && link.length > 0) p.meta(...link).blank();
      p.chrome(`Patinka / J’aime ${p.n(90)} ❘ Komentarai / Commentaires ${p.n(30)}`).blank();
      if (d.chance(0.5)) p.chrome('Rašykite komentarą / Écrire un commentaire — connectez-vous pour participer à la discussion').blank();
      p.chrome(...linkList(p, 3, 'Skaitomiausi / Les plus lus', '', (t, i) => `${i + 1}) ${t}`)).blank();
      p.chrome(
        'Ambre & Niémen relève chaque semaine des articles de la presse francophone et lituanienne, avec l’adresse de leur page d’origine. Ces textes restent la propriété de leurs éditeurs ; ils sont reproduits pour les membres de l’association des anciens élèves et retirés sur simple demande.',
      ).blank();
      p.chrome(`Ambre & Niémen © ${copyrightYear(p)} ❘ Didžioji g., Vilnius ❘ Privatumas / Confidentialité ❘ Slapukai / Cookies`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'windhoek-lodges',
    name: 'Namib Lodge Letter',
    lang: 'en',
    originals: 13,
    attribution: 'credit',
    translate: { into: 'en', share: 0.85 },
    draw: weightedCredits({ into: 'en', share: 0.85 }, [WINDHOEK_PICKS, 0.7], [LOOKALIKES_V38.windhoek, 0.22]),
    stamp: (p) => {
      const t = onClock(p, 'Africa/Windhoek');
      return `Windhoek · ${DAY_NAMES[t.getDay()]!.slice(0, 3)} ${dayMonthYear(t, '.')} · ${clock(t, ':')} CAT (UTC+2)`;
    },
    render(p) {
      const { d, s } = p;
      p.chrome('Namib Lodge Letter | staff edition | Read online | Forward to a colleague').blank();
      if (d.chance(THIRD)) {
        p.chrome(
          'Get the Namib Lodge Letter app: read every issue offline on game drives and in the desert camps, save stories for your guests, and receive the weekly French press summary as soon as it is ready. Free for staff of member lodges on Android and iOS.',
        ).blank();
      }
      p.chrome('NAMIB LODGE LETTER', 'French news for guides, chefs and front-desk teams at lodges from Sossusvlei to Etosha | Windhoek').blank();
      p.chrome(`N$${d.int(15, 17)}.${pad2(d.int(0, 99))} = €1 | Windhoek ${d.int(26, 36)}°C | Etosha waterholes: ${d.pick(['busy', 'quiet', 'rain expected'])} | Fuel N$${d.int(13, 15)}.${pad2(d.int(0, 99))}/litre`).blank();
      const credit = s.credit
        ? d.pick([
            (o: string) => `First reported in French by ${o}`,
            (o: string) => `Translated from the newspaper ${o}`,
            (o: string) => `Our source for this story: ${o}`,
            (o: string) => `Courtesy of ${o} (machine translation)`,
          ])(s.credit.shown)
        : null;
      // Above the headline, under it, inside the text, or at the foot.
      const where = credit === null ? 'none' : d.pick(['top', 'under', 'inside', 'foot'] as const);
      if (where === 'top') p.meta(credit!).blank();
      if (d.chance(0.4)) p.chrome(d.pick(['FRANCE DESK', 'ANALYSIS', 'GUEST BRIEFING'])).blank();
      p.title((t) => d.pick([t, t, t, `From France: ${t}`, `${t} | NLL`])).blank();
      if (where === 'under') p.meta(credit!);
      p.meta(this.stamp(p));
      if (credit !== null) p.meta(bylineOf(p, [(w) => `Original reporting: ${w}`, (w) => `${w} (French original; translated by ${d.pick(REVISERS_V38)})`], true));
      p.blank();
      if (d.chance(0.5)) p.chrome(`🎧 Listen to this article · ${d.int(2, 7)} min`).blank();
      bodyWithCredit(
        p,
        p.mid(),
        where === 'inside' ? [credit!] : [],
        afterParagraphs(p, [
          [p.mid(), `➤ Related: ${otherHeadline(p)}`],
          d.chance(THIRD) && [
            s.body.length,
            'Disclaimer: articles in this letter are machine-translated summaries of reporting by French-language media and are circulated for the information of lodge staff only. They do not represent the views of the lodges, their owners or the Namibian tourism board, and must not be quoted to guests as advice.',
          ],
        ]),
      );
      if (where === 'foot') p.meta(credit!).blank();
      p.chrome(`Was this useful? ★★★★☆ ${d.int(3, 4)}.${d.int(0, 9)} (${p.n(60)} ratings)`).blank();
      if (d.chance(0.5)) p.chrome(...ifHeadline(p, `↑ Back to top: ${s.src.title}`)).blank();
      p.chrome(
        'The Namib Lodge Letter arrives every Monday in the inbox of staff at member lodges. Want a colleague to receive it too? Ask them to sign up with their work address at the front desk; we never share addresses with tour operators, and every letter has a one-click unsubscribe link at the bottom.',
      ).blank();
      p.chrome(`© ${copyrightYear(p)} Namib Lodge Letter | Independence Avenue, Windhoek | Unsubscribe | Privacy`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'ushuaia-guides',
    name: 'Passage de Drake',
    lang: 'fr',
    originals: 13,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.88 },
    draw: weightedCredits({ into: 'fr', share: 0.88 }, [USHUAIA_FRENCH, 0.4], [USHUAIA_FOREIGN, 0.32], [LOOKALIKES_V38.ushuaia, 0.2]),
    stamp: (p) => {
      const t = onClock(p, 'America/Argentina/Ushuaia');
      return `Ushuaia, ${JOURS[t.getDay()]!} ${dayFr(t)}, ${clock(t, ':')} ART (heure argentine, UTC−3)`;
    },
    render(p) {
      const { d, s } = p;
      p.chrome(`Lettre des guides francophones d’expédition — Ushuaia — saison 2018-2019 — Mon compte`).blank();
      p.chrome('PASSAGE DE DRAKE', 'Nouvelles du monde pour les guides, naturalistes et marins des croisières antarctiques').blank();
      p.chrome(`Passage de Drake : houle ${d.int(2, 9)} m ◇ Vent ${d.int(15, 60)} nœuds ◇ Canal Beagle : ${d.pick(['navigable', 'fermé aux zodiacs', 'brume'])} ◇ 1 € = ${d.int(40, 45)} pesos`).blank();
      if (d.chance(THIRD)) p.chrome('Agenda ◇ Briefing sécurité des guides zodiac, mardi 8 h, quai Comandante Luis Piedrabuena ◇ Conférence sur les manchots papous, jeudi 19 h au musée du Bout du Monde').blank();
      const credit = s.credit
        ? d.pick([
            (o: string) => `Article repris ${de(o)}`,
            (o: string) => `Traduction d’un article ${de(o)}`,
            (o: string) => `Merci à ${o}, qui a publié ce texte en premier`,
            (o: string) => `Texte original : ${o} ◇ traduction automatique`,
          ])(s.credit.shown)
        : null;
      const where = credit === null ? 'none' : d.pick(['above', 'under', 'inside', 'foot'] as const);
      if (d.chance(0.4)) p.chrome(...ifHeadline(p, `Article suivant ◇ ${otherHeadline(p)}`)).blank();
      if (where === 'above') p.meta(credit!).blank();
      if (d.chance(0.3)) p.chrome('EN BREF').blank();
      p.title((t) => d.pick([t, t, t, `Bout du monde ◇ ${t}`, `${t} (Passage de Drake)`])).blank();
      if (where === 'under') p.meta(credit!);
      p.meta(this.stamp(p));
      if (credit !== null) p.meta(bylineOf(p, [(w) => `Signé ${w}`, (w) => `${w} — traduit de l’espagnol par ${d.pick(REVISERS_V38)}`]));
      p.blank();
      bodyWithCredit(p, p.mid(), where === 'inside' ? [credit!] : [], afterParagraphs(p, [d.chance(0.5) && [p.mid() + 1, `◇ Sur le quai : ${d.pick(['le Hondius appareille dimanche', 'escale du Le Lyrial reportée', 'ravitaillement en gasoil mercredi matin'])}`]]));
      if (where === 'foot') p.meta(credit!).blank();
      p.chrome(`Cet article vous a-t-il été utile ? ★★★★☆ (${p.n(50)} avis)`).blank();
      p.chrome(...linkList(p, d.int(2, 4), 'Les plus lus ◇ ', ' ◇ ', null)).blank();
      if (d.chance(THIRD)) {
        p.chrome(
          'Modération : les commentaires sont relus par un guide bénévole avant publication, en général dans les vingt-quatre heures, sauf pendant les traversées où la connexion par satellite ne le permet pas. Les messages injurieux, publicitaires ou hors sujet ne sont pas publiés.',
        ).blank();
      }
      p.chrome(
        'Passage de Drake est lu à bord, souvent sans connexion : les articles de presse y sont repris en entier, et traduits par un logiciel lorsqu’ils paraissent en espagnol ou en anglais, le nom du journal compris. Ils restent la propriété de leurs éditeurs.',
      ).blank();
      p.chrome(`Passage de Drake ◇ ${copyrightYear(p)} ◇ Association des guides francophones d’Ushuaia ◇ Nous contacter`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'seoul-weekly',
    name: 'Hangang Hebdo',
    lang: 'fr',
    originals: 13,
    attribution: 'own',
    chromeOnlyPage: true,
    stamp: (p) => {
      const t = onClock(p, 'Asia/Seoul');
      return `서울, ${t.getFullYear()}년 ${t.getMonth() + 1}월 ${t.getDate()}일 · Séoul, le ${dayFr(t)} à ${t.getHours()} h ${pad2(t.getMinutes())} (KST, UTC+9)`;
    },
    render(p) {
      const { d, s } = p;
      if (d.chance(0.3)) p.chrome(...ifHeadline(p, `${s.src.title} — Hangang Hebdo · 한불 주간지`)).blank();
      p.chrome('안녕하세요 ! Hangang Hebdo — 로그인 / Connexion — 구독 / S’abonner').blank();
      p.chrome('HANGANG HEBDO', 'L’hebdomadaire des francophones de Corée — Séoul, Busan, Daejeon', '홈 / Accueil ∙ 한국 / Corée ∙ 국제 / Monde ∙ 문화 / Culture ∙ 경제 / Économie').blank();
      p.chrome(`KOSPI ${d.int(1990, 2150)} ∙ 1 € = ${d.int(1270, 1310)} ₩ ∙ Particules fines : ${d.pick(['bon', 'mauvais', 'très mauvais'])} ∙ ${d.int(-12, 5)} °C à Séoul`).blank();
      if (p.chromeOnly) {
        p.chrome(
          '구독자 전용 / Réservé aux abonnés',
          'Cet article est réservé aux abonnés de Hangang Hebdo.',
          'Déjà abonné ? Connectez-vous ∙ Pas encore abonné ? Découvrez nos offres',
          'Un mois offert, puis 9 900 ₩ par mois sans engagement : accédez à tous nos articles, à nos archives depuis 2009 et à l’édition numérique du journal chaque vendredi. Les abonnements des étudiants et des enseignants bénéficient d’une remise de moitié.',
        ).blank();
      }
      if (d.chance(0.35)) p.chrome(...ifHeadline(p, `En cours de lecture ∙ ${s.src.title}`)).blank();
      if (d.chance(0.35)) p.chrome(d.pick(['CORÉE–FRANCE', 'ABONNÉS', 'DÉCRYPTAGE'])).blank();
      p.title((t) => d.pick([t, t, t, `Monde ∙ ${t}`, `${t} | Hangang Hebdo`])).blank();
      p.meta(d.pick([`Par ${s.author}`, `${s.author}, à Séoul`, `${s.author} ∙ photos : ${d.pick(PHOTOGRAPHERS_V38)}`]), this.stamp(p));
      if (d.chance(0.5)) p.chrome('Taille du texte : 가− 가+ ∙ Imprimer ∙ Partager');
      p.blank();
      if (d.chance(0.4)) p.chrome(`🔊 Écouter cet article ∙ ${d.int(2, 8)} min ∙ voix de synthèse`).blank();
      p.body(
        afterParagraphs(p, [
          [p.mid(), `▶ À lire aussi : ${otherHeadline(p)}`],
          d.chance(THIRD) && [
            s.body.length,
            `Il vous reste ${d.int(1, 4)} article(s) gratuit(s) ce mois-ci. Abonnez-vous à Hangang Hebdo pour lire sans limite l’actualité de la Corée et du monde en français, soutenir une rédaction indépendante à Séoul et recevoir chaque vendredi notre édition numérique.`,
          ],
        ]),
      );
      if (d.chance(0.5) && !p.chromeOnly) p.chrome(`À propos de l’auteur ∙ ${s.author} ${s.author.includes(' et ') ? 'sont journalistes' : 'est journaliste'} à Hangang Hebdo et ${s.author.includes(' et ') ? 'couvrent' : 'couvre'} l’actualité internationale depuis Séoul.`).blank();
      p.chrome(`좋아요 ${p.n(120)} ∙ 슬퍼요 ${p.n(30)} ∙ 화나요 ${p.n(20)} ∙ Commentaires (${p.n(45)}) — réagir à cet article`).blank();
      if (d.chance(0.4)) p.chrome(...ifHeadline(p, `↑ Haut de page ∙ ${s.src.title}`)).blank();
      p.chrome(
        'La lettre de Hangang Hebdo : chaque vendredi matin, l’essentiel de l’actualité coréenne et internationale en français, les sorties culturelles de la semaine à Séoul et les petites annonces de la communauté francophone. Inscrivez-vous gratuitement avec votre adresse électronique ; désinscription en un clic.',
      ).blank();
      p.chrome(`© ${copyrightYear(p)} Hangang Hebdo Co., Ltd. — 서울 마포구 — Tous droits réservés`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'lisbon-weekly',
    name: 'Le Progrès lisboète',
    lang: 'fr',
    originals: 15,
    attribution: 'own',
    lookalike: true,
    stamp: (p) => {
      const t = onClock(p, 'Europe/Lisbon');
      return `Lisboa, ${t.getDate()} de ${PT_MONTHS[t.getMonth()]!} de ${t.getFullYear()} · Lisbonne, le ${JOURS[t.getDay()]!} ${dayFr(t)}, ${clock(t, 'h')} (heure de Lisbonne, UTC+0)`;
    },
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Utilizamos cookies / Nous utilisons des cookies pour mesurer notre audience au Portugal et en France, proposer des publicités des commerces de la communauté et vous permettre de partager nos articles. Vous pouvez accepter, refuser ou choisir vos préférences ; votre choix est conservé treize mois.',
        'Aceitar / Accepter · Recusar / Refuser · Preferências / Préférences',
      ).blank();
      p.chrome('LE PROGRÈS LISBOÈTE', 'Le journal des Français du Portugal — Lisbonne, Porto, Algarve').blank();
      p.chrome(`PSI 20 ${d.int(4700, 5300)} · Elétrico 28 : ${d.pick(['circulation normale', 'grève à partir de 10 h', 'déviation par la Graça'])} · ${d.int(8, 16)} °C à Lisbonne · Ponte 25 de Abril : ${d.pick(['fluide', 'bouchons', 'vent fort'])}`).blank();
      if (d.chance(0.35)) p.chrome(...ifHeadline(p, `Início / Accueil › Portugal › ${s.src.title}`)).blank();
      else p.chrome(`Início / Accueil › ${d.pick(['Sociedade / Société', 'Política / Politique', 'Economia / Économie', 'Mundo / Monde'])}`).blank();
      if (d.chance(0.25)) p.chrome(d.pick(['EXCLUSIF', 'ABONNÉS', 'PORTUGAL–FRANCE'])).blank();
      p.title((t) => d.pick([t, t, t, `Portugal › ${t}`, `${t} - Le Progrès lisboète`])).blank();
      p.meta(d.pick([`Par ${s.author}`, `${s.author}, à Lisbonne`, `${s.author} — fotografia / photo : ${d.pick(PHOTOGRAPHERS_V38)}`]), this.stamp(p));
      if (d.chance(THIRD)) {
        const u = updatedAfter(s.date, d, 'Europe/Lisbon');
        p.meta(`Atualizado / Mis à jour le ${dayFr(u)} à ${clock(u, 'h')}`);
      }
      p.blank();
      if (d.chance(0.5)) p.chrome(`Le quartier de l’Alfama au petit matin (photo d’illustration). © ${d.pick(PHOTOGRAPHERS_V38)} / ${d.pick(['Shutterstock', 'Getty Images', 'Adobe Stock'])}`).blank();
      p.body(
        afterParagraphs(p, [
          [p.mid(), `Leia também / Lire aussi : ${otherHeadline(p)}`],
          d.chance(THIRD) && [
            s.body.length,
            'Cet article vous est offert par Le Progrès lisboète. Pour continuer à lire nos enquêtes sur la vie des Français au Portugal, la fiscalité des retraités et l’immobilier à Lisbonne, abonnez-vous dès 4,99 € par mois : sans engagement, résiliable en ligne.',
          ],
        ]),
      );
      p.chrome(`Partilhar / Partager : Facebook ${p.n(150)} · WhatsApp ${p.n(60)} · E-mail`).blank();
      p.chrome(`Etiquetas / Mots-clés : Portugal, France, ${d.pick(['société', 'politique', 'manifestations', 'Europe'])}`).blank();
      p.chrome(...linkList(p, 3, 'Mais lidos / Les plus lus', '', (t) => `• ${t}`)).blank();
      p.chrome(
        'Mentions légales : Le Progrès lisboète est un hebdomadaire indépendant édité à Lisbonne par une société de droit portugais, inscrit au registre de l’Entidade Reguladora para a Comunicação Social. Directeur de la publication : le gérant de la société. Toute reproduction, même partielle, des articles est interdite sans autorisation écrite.',
      ).blank();
      p.chrome(`© ${copyrightYear(p)} Le Progrès lisboète, Lda — Rua da Madalena, Lisboa — Tous droits réservés`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'tallinn-digest',
    name: 'Baltic French Press Digest',
    lang: 'en',
    originals: 13,
    attribution: 'credit',
    draw: weightedCredits(undefined, [TALLINN_PICKS, 0.7], [LOOKALIKES_V38.tallinn, 0.22]),
    stamp: (p) => {
      const t = onClock(p, 'Europe/Tallinn');
      return `${t.getDate()} ${MONTH_NAMES[t.getMonth()]!} ${t.getFullYear()}, ${twelve(t, '.', 'am', 'pm')} EET (UTC+2) | Tallinn`;
    },
    render(p) {
      const { d, s } = p;
      p.chrome('Baltic French Press Digest — Tallinn edition — Log in — Subscribe').blank();
      if (d.chance(THIRD)) {
        p.chrome(
          'We value your privacy. This site uses cookies to remember your language, to count visits from Estonia, Latvia and Lithuania and to show you relevant announcements. Choose “Accept all” to allow them, or “Manage” to decide which ones we may use.',
          'Accept all ▪ Manage ▪ Reject',
        ).blank();
      }
      p.chrome('BALTIC FRENCH PRESS DIGEST', 'What the French-language press reports, summarised in English for readers in Estonia, Latvia and Lithuania').blank();
      p.chrome(`OMX Tallinn ${d.int(1150, 1290)} ▪ Tallinn ${d.int(-18, 1)}°C ▪ Ferry to Helsinki: ${d.pick(['on schedule', 'ice delays', 'one sailing cancelled'])} ▪ Old Town Christmas market: ${d.pick(['open', 'closed today'])}`).blank();
      const credit = s.credit
        ? d.pick([
            (o: string) => `This report first appeared in ${o}.`,
            (o: string) => `Source newspaper: ${o}`,
            (o: string) => `Summarised and translated from ${o}`,
            (o: string) => `${o} published the original.`,
          ])(s.credit.shown)
        : null;
      const where = credit === null ? 'none' : d.pick(['above', 'date', 'inside', 'foot'] as const);
      if (d.chance(0.4)) p.chrome(...ifHeadline(p, `${d.pick(['Previous', 'Next'])}: ${otherHeadline(p)}`)).blank();
      if (where === 'above') p.meta(credit!).blank();
      if (d.chance(0.3)) p.chrome('FRANCE').blank();
      p.title((t) => d.pick([t, t, t, `Digest ▪ ${t}`, `${t} (Digest)`])).blank();
      p.chrome(...ifHeadline(p, `${d.int(2, 6)} min read ▪ ${d.int(300, 1200)} words`));
      p.meta(this.stamp(p));
      if (where === 'date') p.meta(credit!);
      if (credit !== null) p.meta(bylineOf(p, [(w) => `French original by ${w}`, (w) => `${w}; summary by ${d.pick(REVISERS_V38)}`], true));
      p.blank();
      bodyWithCredit(p, p.mid(), where === 'inside' ? [credit!] : [], afterParagraphs(p, [d.chance(0.5) && [p.mid() + 1, '▪ Advertisement ▪ Learn French in Tallinn: evening classes at the French Institute, Kentmanni 18']]));
      if (where === 'foot') p.meta(credit!).blank();
      if (d.chance(0.4)) p.chrome(...ifHeadline(p, `Print this page: ${s.src.title}`)).blank();
      p.chrome(...(d.chance(0.5) ? linkList(p, 2, 'More from the Digest: ', ' ▪ ', null) : linkList(p, d.int(2, 4), 'More from the Digest', '', (t) => `▪ ${t}`))).blank();
      p.chrome(
        'About the Digest: every weekday we summarise and translate reports from the French-language press for readers in the Baltic states. Each story names the paper that published it first; the original articles remain the property of their publishers, and links to them are given where available.',
      ).blank();
      p.chrome(`© ${copyrightYear(p)} Baltic French Press Digest OÜ | Narva mnt, Tallinn | Privacy | Terms`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'iqaluit-weekly',
    name: 'Frobisher Bay Weekly',
    lang: 'en',
    originals: 14,
    attribution: 'own',
    chromeOnlyPage: true,
    stamp: (p) => {
      const t = onClock(p, 'America/Iqaluit');
      return `Posted ${AP_MONTHS[t.getMonth()]!} ${t.getDate()}, ${t.getFullYear()} at ${twelve(t, ':', ' a.m.', ' p.m.')} EST`;
    },
    render(p) {
      const { d, s } = p;
      p.chrome('ᐅᓪᓗᒃᑯᑦ / Home · ᐱᔭᕆᐊᒃᓴᐃᑦ / Subscribe · Sign in').blank();
      p.chrome('FROBISHER BAY WEEKLY', 'News for Iqaluit and the Qikiqtaaluk region since 1987').blank();
      p.chrome(`Iqaluit ${d.int(-42, -18)}°C, wind chill ${d.int(-55, -30)} · Sunrise ${d.int(9, 10)}:${pad2(d.int(0, 59))} a.m. · Flight to Ottawa: ${d.pick(['on time', 'delayed, blowing snow', 'cancelled'])}`).blank();
      if (p.chromeOnly) {
        p.chrome(
          'Community radio schedule',
          '7 a.m. Morning show in Inuktitut and English · 12 p.m. Trading post (buy and sell) · 5 p.m. Hamlet council live · 9 p.m. Bingo',
          'Bingo cards are sold at the Northmart and at the Arctic Ventures store until 6 p.m. on bingo days; proceeds go to the search and rescue team and to the minor hockey association. Listeners outside Iqaluit can stream the station online.',
        ).blank();
      } else if (d.chance(THIRD)) {
        p.chrome(
          'Download the Frobisher Bay Weekly app for news alerts, the community calendar, flight status and weather warnings for Iqaluit and the Baffin communities, even on a slow connection. Available free for iPhone and Android; subscribers sign in with their print account.',
        ).blank();
      }
      if (d.chance(0.3)) p.chrome(d.pick(['BREAKING', 'WORLD', 'SUBSCRIBER EXCLUSIVE'])).blank();
      p.title((t) => d.pick([t, t, t, `World | ${t}`, `${t} - Frobisher Bay Weekly`])).blank();
      p.meta(d.pick([`By ${writerEn(p)}`, `${writerEn(p)}, Frobisher Bay Weekly staff`, `${writerEn(p)} · Photos: ${d.pick(PHOTOGRAPHERS_V38)}`]), this.stamp(p));
      if (d.chance(THIRD)) {
        const u = updatedAfter(s.date, d, 'America/Iqaluit');
        p.meta(`Updated ${AP_MONTHS[u.getMonth()]!} ${u.getDate()}, ${u.getFullYear()} at ${twelve(u, ':', ' a.m.', ' p.m.')} EST`);
      }
      if (d.chance(0.5)) p.chrome(`${d.int(2, 7)} min read`);
      p.blank();
      if (d.chance(0.4)) p.chrome('File photo: a street in Paris on a winter evening. (Getty Images)').blank();
      p.body(afterParagraphs(p, [[p.mid(), `RELATED: ${otherHeadline(p)}`]]));
      if (d.chance(0.5) && !p.chromeOnly) p.chrome(`${writerEn(p)} ${s.author.includes(' et ') ? 'report' : 'reports'} on world news and the North for Frobisher Bay Weekly. Reach the newsroom at news@frobisherbayweekly.ca.`).blank();
      p.chrome(`👍 ${p.n(70)}  😮 ${p.n(20)}  😢 ${p.n(15)} · Join the conversation (${p.n(40)} comments)`).blank();
      p.chrome(...linkList(p, d.int(3, 5), 'MOST READ', '', (t, i) => `${i + 1}. ${t}`)).blank();
      p.chrome(
        'Frobisher Bay Weekly corrects errors of fact promptly. If you see something in this story that is wrong, tell us at the newsroom or call the office; corrections are noted at the foot of the story and in the next print edition. Comments are moderated and must respect our community guidelines.',
      ).blank();
      p.chrome(`© ${copyrightYear(p)} Frobisher Bay Weekly Ltd. | Box 28, Iqaluit, NU | Privacy | Terms`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'zagreb-portal',
    name: 'Sava & Adriatique',
    lang: 'fr',
    originals: 13,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.9 },
    draw: weightedCredits({ into: 'fr', share: 0.9 }, [ZAGREB_FRENCH, 0.38], [ZAGREB_FOREIGN, 0.34], [LOOKALIKES_V38.zagreb, 0.2]),
    stamp: (p) => {
      const t = onClock(p, 'Europe/Zagreb');
      return `Zagreb, ${t.getDate()}. ${HR_MONTHS[t.getMonth()]!} ${t.getFullYear()}. u ${clock(t, ':')} · le ${dayFr(t)} à ${t.getHours()} h ${pad2(t.getMinutes())} (CET)`;
    },
    render(p) {
      const { d, s } = p;
      p.chrome('Dobro došli ! Sava & Adriatique — Prijava / Connexion — Pretplata / Abonnement').blank();
      p.chrome('SAVA & ADRIATIQUE', 'La Croatie et l’Adriatique en français, depuis Zagreb', 'Naslovnica / Accueil ⁄ Hrvatska / Croatie ⁄ Regija / Région ⁄ Europa / Europe').blank();
      p.chrome(`CROBEX ${d.int(1700, 1850)} ⁄ 1 € = 7,4${d.int(0, 9)} kn ⁄ Bura sur l’A1 : ${d.pick(['circulation interdite aux camping-cars', 'normale', 'pont de Krk fermé'])} ⁄ ${d.int(-5, 8)} °C à Zagreb`).blank();
      const credit = s.credit
        ? d.pick([
            (o: string) => `Prvi put objavljeno / Publié d’abord par ${o}`,
            (o: string) => `Texte ${de(o)}, traduit par nos soins`,
            (o: string) => `Avec l’aimable autorisation ${de(o)}`,
            (o: string) => `© ${o} — reproduit avec permission`,
          ])(s.credit.shown)
        : null;
      const where = credit === null ? 'none' : d.pick(['above', 'date', 'inside', 'foot'] as const);
      if (d.chance(0.4)) p.chrome(...ifHeadline(p, `Prethodni članak / Article précédent ⟵ ${otherHeadline(p)}`)).blank();
      if (where === 'above') p.meta(credit!).blank();
      if (d.chance(0.3)) p.chrome('REGIJA / RÉGION').blank();
      p.title((t) => d.pick([t, t, t, `Croatie ⁄ ${t}`, `${t} ⁄ Sava & Adriatique`])).blank();
      p.meta(this.stamp(p));
      if (where === 'date') p.meta(credit!);
      if (credit !== null) p.meta(bylineOf(p, [(w) => `Autor / Auteur : ${w}`, (w) => `${w} — prijevod / traduction : ${d.pick(REVISERS_V38)}`]));
      p.blank();
      p.chrome(`Podijeli / Partager ⁄ Facebook (${p.n(200)}) ⁄ X (${p.n(50)}) ⁄ Viber`).blank();
      bodyWithCredit(
        p,
        p.mid(),
        where === 'inside' ? [credit!] : [],
        afterParagraphs(p, [
          [p.mid(), `⁄ Pročitajte i / Lire aussi : ${otherHeadline(p)}`],
          d.chance(THIRD) && [
            s.body.length,
            'Pravila komentiranja / Règles des commentaires : les commentaires sont publiés après validation par la rédaction. Nous supprimons les propos haineux, nationalistes ou diffamatoires, ainsi que les messages publicitaires ; les auteurs de commentaires répétés de ce type sont bannis sans avertissement.',
          ],
        ]),
      );
      if (where === 'foot') p.meta(credit!).blank();
      p.chrome(...linkList(p, d.int(1, 3), 'Najčitanije / Les plus lus : ', ' ⁄ ', null)).blank();
      p.chrome(
        'Sava & Adriatique publie en français des articles de la presse croate, régionale et francophone. Les textes croates et anglais sont traduits par un logiciel, nom des journaux compris ; chaque article reste la propriété de son éditeur et n’est reproduit qu’avec son autorisation.',
      ).blank();
      p.chrome(`© ${copyrightYear(p)} Sava & Adriatique d.o.o. — Ilica, Zagreb — Uvjeti / Conditions — Kolačići / Cookies`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'vesoul-bagpipes',
    name: 'Bourdon & Chalumeau',
    lang: 'fr',
    originals: 12,
    attribution: 'credit',
    draw: weightedCredits(undefined, [VESOUL_PRESS, 0.7], [LOOKALIKES_V38.vesoul, 0.22]),
    stamp: ({ s: { date: t } }) => `Vesoul, publié le ${dayMonthYear(t, '.')} à ${clock(t, ':')}`,
    render(p) {
      const { d, s } = p;
      p.chrome("Lettre de l'association des sonneurs de cornemuse et de vielle de Haute-Saône - version web - se désinscrire").blank();
      p.chrome('BOURDON & CHALUMEAU', 'Sonneurs, luthiers et danseurs de Vesoul, Gray et Luxeuil-les-Bains').blank();
      if (d.chance(0.5)) p.chrome(`AGENDA | Bal folk samedi 20 h 30, salle des fêtes de Navenne | Stage de bourrée ${d.pick(['dimanche', 'le 2 février', 'pendant les vacances'])} | Entrée 6 euros`).blank();
      const credit = s.credit
        ? d.pick([
            (o: string) => `Article paru dans ${o}, reproduit avec l'accord de la rédaction`,
            (o: string) => `Merci à ${o} pour ce texte`,
            (o: string) => `Publié initialement par ${o}`,
            (o: string) => `Repris de : ${o}`,
          ])(s.credit.shown)
        : null;
      const where = credit === null ? 'none' : d.pick(['above', 'under', 'inside', 'foot'] as const);
      if (d.chance(0.4)) p.chrome(...ifHeadline(p, `Accueil > Presse > ${cutShort(s.src.title, 40, '...')}`)).blank();
      if (where === 'above') p.meta(credit!).blank();
      if (d.chance(0.3)) p.chrome('DANS LA PRESSE').blank();
      p.title((t) => d.pick([t, t, t, `Dans la presse | ${t}`, `${t} (Bourdon & Chalumeau)`])).blank();
      if (where === 'under') p.meta(credit!);
      p.meta(this.stamp(p));
      if (d.chance(THIRD)) {
        const u = updatedAfter(s.date, d, PARIS_ZONE);
        p.meta(`Modifié le ${dayMonthYear(u, '.')} à ${clock(u, ':')}`);
      }
      if (credit !== null) p.meta(bylineOf(p, [(w) => `Article signé ${w}`, (w) => `${w} (article original)`]));
      p.blank();
      bodyWithCredit(
        p,
        p.mid(),
        where === 'inside' ? [credit!] : [],
        afterParagraphs(p, [
          d.chance(0.5) && [p.mid() + 1, "- Petite annonce - Vends cornemuse du Centre 16 pouces, bourdon d'épaule, bon état, 900 euros -"],
          d.chance(THIRD) && [
            s.body.length,
            "Cette lettre est éditée avec le soutien du Département de la Haute-Saône et de la Ville de Vesoul dans le cadre de leur programme pour les musiques traditionnelles. Les articles de presse y sont reproduits avec l'accord de leurs éditeurs, qui en conservent tous les droits.",
          ],
        ]),
      );
      if (where === 'foot') p.meta(credit!).blank();
      p.chrome('Imprimer | Envoyer à un ami | Haut de page').blank();
      p.chrome(...(d.chance(0.5) ? linkList(p, d.int(2, 3), 'Dans la même lettre :', '', (t) => `- ${t}`) : linkList(p, 1, 'Dans la même lettre : ', '', null))).blank();
      p.chrome(
        "Adhérer à l'association, c'est soutenir la transmission des musiques et des danses traditionnelles de Haute-Saône : ateliers de cornemuse et de vielle à roue chaque semaine, prêt d'instruments aux débutants, bals et stages toute l'année. Cotisation annuelle : 20 euros, 10 euros pour les moins de 18 ans.",
      ).blank();
      p.chrome(`Bourdon & Chalumeau - ${copyrightYear(p)} - Association des sonneurs de Haute-Saône, 70000 Vesoul`);
      return writerIfCredited(p, 'full');
    },
  },
];

/** The original's address on its outlet's site, in one of five URL shapes (an AMP path, tracking parameters, an index page, parentheses, a numeric id path). */
function originalAddress(p: Page): string {
  const { d, s } = p;
  const host = HOSTS_V38[s.credit!.canonical]!;
  const words = slug(s.src.title);
  return d.pick([
    () => `https://${host}/amp/${words}`,
    () => `https://${host}/${words}?utm_source=newsletter&utm_medium=email&utm_campaign=veille`,
    () => `https://${host}/${words}/index.html`,
    () => `(https://${host}/${words})`,
    () => `https://${host}/article/${d.int(100_000, 999_999)}/${words}`,
  ])();
}

// ——— Junk: files that hold no article (each must be rejected) ———

const JUNK_V38: readonly { name: string; bytes: Uint8Array }[] = [
  { name: 'png-head', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]) },
  { name: 'webp-head', bytes: Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 \x18\x00\x00\x00', 'latin1') },
  { name: 'ogg-head', bytes: Buffer.from('OggS\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00', 'latin1') },
  { name: 'sitemap-empty', bytes: Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>\n', 'utf8') },
  { name: 'forbidden', bytes: Buffer.from('403 Forbidden\n\nnginx\n', 'utf8') },
  { name: 'csv-header', bytes: Buffer.from('id;titre;date;auteur\n', 'utf8') },
  { name: 'json-null', bytes: Buffer.from('null\n', 'utf8') },
  { name: 'vcard', bytes: Buffer.from('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Rédaction\r\nEND:VCARD\r\n', 'utf8') },
  { name: 'redirect', bytes: Buffer.from('Redirection en cours…\nSi rien ne se passe, cliquez ici.\n', 'utf8') },
  { name: 'browser-check', bytes: Buffer.from('Checking your browser before accessing the site.\nThis process is automatic. Please wait 5 seconds.\n', 'utf8') },
  { name: 'bom-only', bytes: Buffer.from([0xef, 0xbb, 0xbf, 0x0a]) },
  { name: 'session-expired', bytes: Buffer.from('Votre session a expiré.\nVeuillez vous reconnecter pour continuer la lecture.\n', 'utf8') },
];

// ——— Generation ———

/** A page of `site` under v2's convention; English pages expect the byline as they print it ("A and B"). */
function pageV38(site: SiteV38, story: Story, d: Dice, chromeOnly = false): MadePage {
  const made = page(site, story, d, chromeOnly);
  if (site.lang !== 'en' || made.entry.author === null) return made;
  return { ...made, entry: { ...made.entry, author: inEnglish(made.entry.author) } };
}

/** Whom a copy owes its original to: the original's credit, else its site when it publishes as itself, else nobody. */
function owedTo(story: Story, origin: SiteV38): Pick<Credit, 'canonical' | 'lookalike'> | null {
  if (story.credit !== null) return story.credit;
  if (origin.attribution !== 'own') return null;
  return { canonical: origin.name, lookalike: origin.lookalike === true };
}

const CREDITING: ReadonlySet<string> = new Set(['credit', 'source-line', 'url-host', 'title-suffix']);

/** `story` as `host` republishes it: with a credit where the host credits and can show the original; maybe headless, maybe shorter. */
function republished(d: Dice, story: Story, origin: SiteV38, host: SiteV38, others: string[]): Story {
  const owed = owedTo(story, origin);
  const credit = owed !== null && CREDITING.has(host.attribution) && (host.canShow === undefined || host.canShow(owed.canonical)) ? creditAsPrinted(d, owed.canonical, host.translate, owed.lookalike) : null;
  const shorter = story.src.body.length >= 4 && d.chance(CUT_V38);
  // The Cahors review names the outlet after the headline: its copies always show it.
  const headline = host.attribution === 'title-suffix' ? true : !d.chance(HEADLESS_V38);
  return { ...story, credit, others, headline, body: shorter ? story.src.body.slice(0, -1) : story.src.body };
}

/** How many other sites republish a story: none for about two in five, up to three. */
function hostsCount(d: Dice): number {
  const roll = d.next();
  if (roll < 0.4) return 0;
  if (roll < 0.73) return 1;
  return roll < 0.92 ? 2 : 3;
}

/**
 * Builds the v38 set from clean sources (deterministic for a seed): each site's originals and their copies on up to
 * three other sites, uncredited bare files, chrome-only pages and junk, shuffled, each file in one of several
 * encodings and named by content.
 */
export function generateUnseenV38(pool: readonly UnseenSource[], seed: number = SEED_V38): { files: UnseenFile[]; manifest: UnseenEntry[] } {
  const d = new Dice(makeRng(seed));
  const needed = SITES_V38.reduce((sum, site) => sum + site.originals, 0) + BARE_V38;
  if (pool.length < needed) throw new Error(`unseen sites v38: ${needed} clean articles needed, the pool has ${pool.length}`);
  const chosen = d.sample(pool, needed);
  const titles = chosen.map((src) => src.title);
  const othersThan = (src: UnseenSource): string[] => d.sample(titles.filter((t) => t !== src.title), 6);
  const moment = (): TZDate => {
    const day = new Date(PERIOD_FROM + d.int(0, PERIOD_LENGTH - 1) * 86_400_000);
    return new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), d.int(6, 21), d.int(0, 59), 0, PARIS_ZONE);
  };
  const made: MadePage[] = [];
  let next = 0;
  for (const site of SITES_V38) {
    for (const src of chosen.slice(next, next + site.originals)) {
      const story: Story = { src, body: src.body, author: d.pick(WRITERS_V38), date: moment(), headline: true, credit: site.draw?.(d) ?? null, others: othersThan(src) };
      made.push(pageV38(site, story, d));
      const hosts = d.sample(SITES_V38.filter((other) => other !== site), hostsCount(d));
      for (const host of hosts) made.push(pageV38(host, republished(d, story, site, host, othersThan(src)), d));
    }
    next += site.originals;
    if (site.chromeOnlyPage) {
      const stand = chosen[needed - 1]!;
      made.push(pageV38(site, { src: stand, body: [], author: d.pick(WRITERS_V38), date: moment(), headline: false, credit: null, others: othersThan(stand) }, d, true));
    }
  }
  for (const src of chosen.slice(next)) made.push(creditsNobody(bareFile(src)));
  for (const junk of JUNK_V38) made.push(creditsNobody(junkFile(junk)));
  return packFiles(d, made, ENCODINGS_V38, 'v38-');
}

/** Heading of the v38 table and JSON. */
export const V38_HEADING = 'UNSEEN SITES v38 (frozen set, written without reading the rules on 2026-12-02)';

/** Generates v38, runs the real ingest on it and prints its figures (without the DEV simulation). */
export const runUnseenEvalV38 = unseenSetRunner(V38_HEADING, generateUnseenV38);

generatorCli(import.meta.url, 'unseen sites v38', generateUnseenV38, SEED_V38);
