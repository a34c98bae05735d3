/**
 * Generates the FROZEN unseen-sites v37 evaluation set (issue 8): twelve more ordinary news sites, of kinds and places
 * no earlier set had, with the emphasis on headlines first, then outlet credits in new wordings and places
 * (machine-translated names and look-alike names among them), then pages and lines of chrome.
 *
 * FROZEN SET, written without reading the rules on 2026-12-02. Nobody tunes rules against it: do not read its misses
 * (`--show` stays 0) while changing rules, and do not edit its templates, wordings or seed to move a score. When it is
 * read, freeze a v38 and call this one development data. It was written without reading the ingest rules (src/ingest/),
 * the word lists and outlet list (src/data/), the renderer, pages, components and build (src/render/, src/pages/,
 * src/components/, src/build/), the README's rule descriptions, the benchmark files (bench/), the git history or any
 * score of any set (the scorer's types, src/eval/unseen-sites.ts, were read for its manifest fields and conventions; no
 * set, this one included, was run through the ingest or scored, beyond the tests' check that a right answer gets full
 * marks; a search of tests/unit/ for the name "v36", to find its wiring, showed three titles of rule tests, not read
 * further). Of the earlier sets only the shared scaffolding (scripts/unseen-sites.ts, v2's `page` and `SiteV2`,
 * simulate-heldout's `Dice` and encodings, scripts/rng.ts), v36's generator and test (for the format, the set mechanics
 * and the scaffolding calls, not their sites or wordings), tests/unit/unseen-answers.ts, the wiring of v36 in
 * src/cli/eval.ts and package.json, and the header comments of v3–v36 (their site lists, to pick other kinds and
 * places; v35's for the wording of this paragraph) were read; no other generator or test of an earlier set was opened.
 * The sites, outlets, credit wordings, translations, title decorations, date formats, time zones, junk and chrome here
 * are new (chosen against the earlier headers and v36, the only earlier set whose templates were read).
 *
 * `npm run eval:unseen` scores v1 to v36 then this set (`npm run eval:unseen:v37`, or `npm run eval -- --unseen
 * --unseen-set v37`, for this one only); `npx tsx scripts/unseen-sites-v37.ts --out DIR` only writes the folder and its
 * manifest (the v1 format, with v2's `outletEvidence`).
 *
 * The twelve sites: a cooperage and cognac-houses' trade letter in Cognac (Charente) crediting Charente, national and
 * wine papers, English-language spirits and Asian outlets garbled into French and look-alike titles (the date and
 * byline above the headline on some pages, the credit among them, under the headline or in brackets after the text), a
 * tapestry weavers' letter in Aubusson (Creuse) with a source line above the headline, under it, after the first
 * paragraph or at the foot (sometimes in capitals) naming Limousin, national and art papers, English-language, Dutch
 * and New Zealand outlets garbled into French and look-alike titles, an anchovy salters' press review in Collioure
 * (Pyrénées-Orientales) keeping the original's name after the headline (after a double colon, a broken bar, a double
 * bar, an asterism or a currency sign, or after the broken bar in capitals), a French-language weekly in Gravelbourg
 * (Saskatchewan) whose own name begins like a Fribourg and Winnipeg paper's (a look-alike, its own reporters, some
 * pieces written by two; Saskatchewan time, UTC−6 all year), a pigeon fanciers' society letter in Roubaix (Nord)
 * crediting nobody (the day only), a French-language press watch in Tehran (Iran) giving the original's address in five
 * URL shapes (Iran time, UTC+3:30, a Persian date beside the Gregorian one; Persian–French chrome), a French-language
 * portal in Sofia (Bulgaria) crediting French, Belgian and Balkan francophone papers, Bulgarian, Serbian and
 * English-language outlets garbled into French and look-alike titles (Eastern European time, a Bulgarian and French
 * date; Bulgarian–French chrome), a submarine subcontractors' letter in Cherbourg (Manche) crediting Normandy, national
 * and naval papers, Australian, Canadian and American outlets garbled into French and look-alike titles, an
 * English-language farm letter in Toowoomba and Brisbane (Queensland) translating French farm, regional and Canadian
 * papers' names into English word for word (AEST, UTC+10, often the next day), an English-language aid workers'
 * bulletin in Kabul (Afghanistan) doing the same with Swiss, Belgian, Luxembourg, Canadian and Paris papers
 * (Afghanistan time, UTC+4:30), an English-language weekly in Pago Pago (American Samoa; its own reporters, some pieces
 * written by two; Samoa time, UTC−11, often the day before), and a town news site in Menton (Alpes-Maritimes) whose own
 * name begins like a Dijon daily's (a look-alike, its own reporters, a photographer's name joined to the writer's in
 * some bylines).
 * Article text is read AT RUN TIME from ../shared/corpus/gilets-jaunes (v1's clean pool, drawn with another seed): no
 * corpus text is stored here.
 *
 * Headlines, the first emphasis: date and byline lines above the headline (four sites), kickers and rubric lines above
 * it, rubric labels before a colon, prefix tags and site-name suffixes, breadcrumbs repeating the whole headline or
 * cutting it short, a reading-progress bar repeating it, a contents line naming it first among others, "previous
 * article", "next article" and "up next" links naming another story above it, tickers and status bars above it, a
 * reading-time line under it, a share widget quoting it just under it or after the body, and lines repeating it after
 * the body ("you have just read", "report an error in", "end of item", "you read it to the end"); copies scraped
 * without their headline line are about a quarter.
 *
 * Outlets, the second: credits above the headline among the date and byline, right under it, under a reading-time line,
 * in brackets after the text, inside the text, after the first paragraph and at the foot, in French, English and
 * Bulgarian–French wordings new to this set (one of them names the republisher beside the original); source lines in
 * capitals; the original's address in five URL shapes (a date path, an archive wrapper, an explicit port, angle
 * brackets, a PHP query); machine-translated names in both directions, some reordered, some rendering a real paper's
 * name as another real title's words; look-alike names that begin like a real paper's (with a lower-case adjective or
 * with "du/de la/des" and a place) or end like one ("Le Petit Sud Ouest", "Cotentin Mer et Marine"), kept as written,
 * beside the real paper they resemble on other pages; two sites are look-alikes themselves and publish under their
 * masthead and copyright.
 *
 * Chrome, the third: five sites serve a page of chrome only (workshop opening hours, a community calendar, race
 * results, a page not found, tide tables and flights); long chrome lines (licence notices, disclaimers, consent
 * banners, newsletter and subscription pitches, up to a hundred words and more) stand on every page of a site, some
 * between paragraphs; link lists, reaction and share widgets, author boxes. Twelve junk files.
 *
 * Date formats: "2019-01-10 · jeudi · 14h05 · Cognac", "Publication : 10 janvier 2019, 14:05 heure légale française",
 * "Collioure, 10 janvier 2019 (14h05)", "Gravelbourg (Sask.), le jeudi 10 janvier 2019 — 7 h 05 HNC (heure de la
 * Saskatchewan)", "Roubaix, courrier du 10 janvier 2019", "Téhéran, 10 janvier 2019 (20 dey 1397) à 16 h 35, heure de
 * Téhéran (UTC+3:30)", "София, 10 януари 2019 г. · Sofia, 10 janvier 2019 · 15:05 (EET, UTC+2)", "Publié à
 * Cherbourg-en-Cotentin le 10/01/19 à 14:05 (heure de Paris)", "Thursday 10 January 2019, 11.05pm AEST (UTC+10)",
 * "Kabul, 10 Jan 2019, 17:35 AFT (UTC+4:30)", "2:05 am SST, Thu Jan 10 2019" and "Le 10/01/2019 à 14h05, Menton".
 *
 * Expected outlet: v2's convention (who published the article first, as the file credits it), recorded per file in
 * `outletEvidence`: machine-translated names of real outlets expect the real outlet's usual name, look-alike names are
 * kept as written (in their own case where a page prints them in capitals), the site's own name is the outlet only
 * where it shows its masthead and its own staff's byline, the republisher is the site's name whenever the file credits
 * another outlet, and null when nothing credits one. Republishing sites show a byline only beside a credit. Expected
 * author: the writer's name as the byline shows it, without role, place, desk, outlet, translator or photographer (also
 * where the photographer's name is joined to the writer's with "et"); a piece written by two expects both names as the
 * page joins them ("A et B" on French pages, "A and B" on English ones); an author box naming the writer is chrome.
 * Every time shown names its zone or is Paris time (the whole period, 20 November 2018 to 23 January 2019, is in each
 * zone's winter or only time); the expected date is the same instant, written in Paris time (UTC+1). The Roubaix letter
 * shows the day only. Files are written in UTF-8 (with or without a BOM, LF or CRLF), Windows-1252, ISO-8859-1
 * (`latin1`, only for pages whose every character it holds) and UTF-16 LE.
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

/** The v37 seed: no earlier set drew with it. */
export const SEED_V37 = 20261202_37;
/** Clean articles left bare (title and body only). */
const BARE_V37 = 10;
/** Share of copies scraped without their headline line. */
const HEADLESS_V37 = 0.25;
/** Share of copies (of bodies with four paragraphs or more) that lose their closing paragraph. */
const CUT_V37 = 0.3;
/** The period: 65 days from 20 November 2018, in Paris winter time (UTC+1); no clock of the set changes in it. */
const PERIOD_FROM = Date.UTC(2018, 10, 20);
const PERIOD_LENGTH = 65;
const PARIS_ZONE = 'Europe/Paris';
const ENCODINGS_V37: readonly SetEncoding[] = ['utf-8', 'latin1', 'cp1252', 'utf-8-bom', 'latin1', 'utf-16le-bom', 'cp1252-crlf', 'utf-8-crlf', 'utf-8', 'latin1', 'cp1252', 'utf-8-bom'];

// ——— People ———

/** Writers; four entries are pieces written by two (joined " et " as French pages print them). */
const WRITERS_V37 = [
  'Hortense Ménard', 'Basile Charpentreau', 'Lilou Daguerre', 'Raymond Fauchier', 'Éloïse Vergnaud', 'Mathis Lebrethon', 'Noëlle Carrasco', 'Théophile Audouin',
  'Roxane Delsaux', 'Dimitar Kolev', 'Ralitsa Petrova', 'Shirin Farahani', 'Darius Mirzaei', 'Joëlle Bouvier-Lacasse', 'Laurier Gaudet', 'Siaosi Faleolo',
  'Tavita Lauina', 'Fiona McAllister', 'Hamid Sultani', 'Octave Girardin',
  'Joëlle Bouvier-Lacasse et Laurier Gaudet', 'Siaosi Faleolo et Tavita Lauina', 'Hortense Ménard et Octave Girardin', 'Dimitar Kolev et Ralitsa Petrova',
];
/** Translators and revisers named beside the writer; photographers beside some bylines. */
const REVISERS_V37 = ['Vesela Stoyanova', 'Parisa Karimi', 'Callum Brennan', 'Ghislaine Roux'];
const PHOTOGRAPHERS_V37 = ['Anouk Lespinasse', 'Ioane Tuiasosopo', 'Marc-Antoine Hébert', 'Nilufar Ahmadi'];

// ——— Outlets ———

const COGNAC_FRENCH = ['Charente Libre', 'Sud Ouest', 'La Nouvelle République', 'Les Échos', 'Le Figaro', 'La Tribune', 'Challenges', 'Le Parisien', 'L’Express', 'La Revue du vin de France'];
const COGNAC_FOREIGN = ['The Spirits Business', 'The Drinks Business', 'China Daily', 'The Straits Times', 'Whisky Advocate'];
const AUBUSSON_FRENCH = ['Le Populaire du Centre', 'La Montagne', 'Le Monde', 'Télérama', 'Connaissance des arts', 'Beaux Arts Magazine', 'Le Figaro', 'Libération', 'Ouest-France', 'L’Œil'];
const AUBUSSON_FOREIGN = ['Apollo', 'Frieze', 'The Burlington Magazine', 'De Standaard', 'The New Zealand Herald'];
const COLLIOURE_PRESS = ['L’Indépendant', 'Midi Libre', 'La Dépêche du Midi', 'Le Monde', 'Le Figaro', 'Libération', 'Le Marin', 'Le Parisien', 'Ouest-France', 'Les Échos', 'Le Point'];
const SOFIA_FRENCH = ['Le Monde', 'Le Figaro', 'Libération', 'RFI', 'France 24', 'Le Courrier des Balkans', 'La Libre Belgique', 'L’Obs', 'Courrier international', 'Le Soir'];
const SOFIA_FOREIGN = ['Dnevnik', 'Trud', 'Standart', 'Sega', 'Politika', 'Balkan Insight'];
const CHERBOURG_FRENCH = ['La Presse de la Manche', 'Ouest-France', 'Paris-Normandie', 'Le Figaro', 'Les Échos', 'La Tribune', 'L’Usine nouvelle', 'Le Marin', 'Mer et Marine', 'Le Point'];
const CHERBOURG_FOREIGN = ['The Australian', 'The Sydney Morning Herald', 'The Advertiser', 'Defense News', 'Ottawa Citizen'];
const BRISBANE_PICKS = ['La France agricole', 'Le Paysan breton', 'L’Agriculteur normand', 'La Nouvelle République', 'Le Bien public', 'L’Yonne républicaine', 'Le Courrier de l’Ouest', 'Réussir', 'La Terre', 'La Terre de chez nous'];
const KABUL_PICKS = ['Le Temps', 'La Liberté', 'Le Courrier', 'L’Écho', 'Le Quotidien', 'Le Monde diplomatique', 'Le Droit', 'La Croix'];

/** Invented outlets whose names begin (or end) like a known outlet's: the expected outlet is the name as written. */
const LOOKALIKES_V37 = {
  cognac: ['Charente Libre Export', 'Le Petit Sud Ouest', 'La Tribune des Tonneliers'],
  aubusson: ['La Montagne limousine', 'L’Œil du Lissier', 'Télérama des Ateliers'],
  collioure: ['L’Indépendant catalan', 'Midi Libre Vermeille', 'La Dépêche des Albères'],
  sofia: ['Le Courrier de la Maritsa', 'Libération balkanique', 'Le Figaro des Rhodopes'],
  cherbourg: ['La Presse du Cotentin', 'Le Point cotentinais', 'Cotentin Mer et Marine'],
  brisbane: ['La France agricole australe', 'Réussir Pacifique', 'La Terre de Moreton'],
  kabul: ['Le Temps afghan', 'La Croix du Pamir', 'L’Écho de Bamiyan'],
} as const;
const IS_LOOKALIKE_V37: ReadonlySet<string> = new Set(Object.values(LOOKALIKES_V37).flat());

/** French, Swiss, Belgian and Canadian names as a translation engine renders them in English, word for word (sometimes reordered). */
export const INTO_EN_V37: Record<string, readonly string[]> = {
  'La France agricole': ['Agricultural France', 'The Farming France'],
  'Le Paysan breton': ['The Breton Peasant', 'Breton Farmer'],
  'L’Agriculteur normand': ['The Norman Farmer', 'Norman Grower'],
  'La Nouvelle République': ['The New Republic', 'New Republic'],
  'Le Bien public': ['The Public Good', 'Public Welfare'],
  'L’Yonne républicaine': ['The Republican Yonne', 'Republican Yonne'],
  'Le Courrier de l’Ouest': ['The Mail of the West', 'Western Courier'],
  Réussir: ['Succeed', 'To Succeed'],
  'La Terre': ['The Earth', 'The Soil'],
  'La Terre de chez nous': ['The Land of Our Home', 'Our Home Land'],
  'Le Temps': ['The Weather', 'Time'],
  'La Liberté': ['Freedom', 'The Liberty'],
  'Le Courrier': ['The Courier', 'The Post Bag'],
  'L’Écho': ['The Echo'],
  'Le Quotidien': ['The Everyday', 'Daily'],
  'Le Monde diplomatique': ['The Diplomatic World', 'Diplomatic World'],
  'Le Droit': ['The Law', 'Right'],
};
/** English-language, Dutch, Bulgarian and Serbian names as a translation engine garbles them in French, word for word. */
export const INTO_FR_V37: Record<string, readonly string[]> = {
  'The Spirits Business': ['Les Affaires des Spiritueux', 'Le Commerce des esprits'],
  'The Drinks Business': ['Les Affaires de Boissons', 'Commerce des boissons'],
  'China Daily': ['Chine quotidienne', 'La Quotidienne de Chine'],
  'The Straits Times': ['Les Temps du Détroit', 'Temps des Détroits'],
  'Whisky Advocate': ['L’Avocat du whisky', 'Avocat Whisky'],
  Apollo: ['Apollon'],
  Frieze: ['La Frise'],
  'The Burlington Magazine': ['Le Magazine de Burlington', 'Magazine burlingtonien'],
  'De Standaard': ['L’Étendard', 'Le Standard'],
  'The New Zealand Herald': ['Le Héraut de Nouvelle-Zélande', 'Héraut néo-zélandais'],
  Dnevnik: ['Le Journal intime', 'Journal de bord'],
  Trud: ['Le Labeur', 'Labeur'],
  Standart: ['L’Étalon'],
  Sega: ['Maintenant'],
  Politika: ['La Politique'],
  'Balkan Insight': ['Aperçu balkanique', 'Le Regard des Balkans'],
  'The Australian': ['L’Australien'],
  'The Sydney Morning Herald': ['Le Héraut matinal de Sydney', 'Héraut du matin de Sydney'],
  'The Advertiser': ['L’Annonceur'],
  'Defense News': ['Nouvelles de la Défense', 'Les Nouvelles défense'],
  'Ottawa Citizen': ['Le Citoyen d’Ottawa', 'Citoyen ottavien'],
};

/** Web hosts of the outlets the Tehran press watch gives the address of. */
const HOSTS_V37: Record<string, string> = {
  'Le Monde': 'www.lemonde.fr', 'Le Figaro': 'www.lefigaro.fr', 'La Croix': 'www.la-croix.com', 'L’Orient-Le Jour': 'www.lorientlejour.com', RFI: 'www.rfi.fr',
  'France 24': 'www.france24.com', 'Courrier international': 'www.courrierinternational.com', 'Les Échos': 'www.lesechos.fr', 'L’Obs': 'www.nouvelobs.com',
  'Le Monde diplomatique': 'www.monde-diplomatique.fr', 'Tehran Times': 'www.tehrantimes.com', 'Financial Tribune': 'financialtribune.com', Libération: 'www.liberation.fr',
  'Le Point': 'www.lepoint.fr', 'Le Parisien': 'www.leparisien.fr', 'Ouest-France': 'www.ouest-france.fr', 'Le Soir': 'www.lesoir.be', 'La Libre Belgique': 'www.lalibre.be',
  'Sud Ouest': 'www.sudouest.fr', 'Charente Libre': 'www.charentelibre.fr', 'La Presse de la Manche': 'www.lapressedelamanche.fr', 'Le Temps': 'www.letemps.ch',
  'Le Courrier': 'lecourrier.ch', 'La Liberté': 'www.laliberte.ch', 'Le Droit': 'www.ledroit.com', 'Midi Libre': 'www.midilibre.fr', 'L’Indépendant': 'www.lindependant.fr',
  'La Montagne': 'www.lamontagne.fr', 'Le Populaire du Centre': 'www.lepopulaire.fr', 'Le Courrier des Balkans': 'www.courrierdesbalkans.fr',
};
const TEHRAN_LINKED = ['Le Monde', 'Le Figaro', 'La Croix', 'L’Orient-Le Jour', 'RFI', 'France 24', 'Courrier international', 'Les Échos', 'L’Obs', 'Le Monde diplomatique', 'Tehran Times', 'Financial Tribune'];

/** A v37 site: a v2 site, its date line, and which originals its way of crediting can show on a copy (all when absent). */
interface SiteV37 extends SiteV2 {
  stamp: (p: Page) => string;
  canShow?: (canonical: string) => boolean;
}

const { creditAsPrinted, weightedCredits } = creditPrinter(INTO_EN_V37, INTO_FR_V37, IS_LOOKALIKE_V37);

// ——— Template helpers ———

const MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const JOURS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const BG_MONTHS = ['януари', 'февруари', 'март', 'април', 'май', 'юни', 'юли', 'август', 'септември', 'октомври', 'ноември', 'декември'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** First days of the Persian (Solar Hijri) months of 1397 that the period touches, in the Gregorian calendar. */
const PERSIAN_MONTHS_1397: readonly (readonly [number, string])[] = [
  [Date.UTC(2018, 9, 23), 'âbân'],
  [Date.UTC(2018, 10, 22), 'âzar'],
  [Date.UTC(2018, 11, 22), 'dey'],
  [Date.UTC(2019, 0, 21), 'bahman'],
];

/** "14:05", "14h05": hours and minutes joined by `glue`. */
const clock = (t: Date, glue: string): string => `${pad2(t.getHours())}${glue}${pad2(t.getMinutes())}`;
/** "10/01/2019": day, month and four-digit year joined by `glue`. */
const dayMonthYear = (t: Date, glue: string): string => [pad2(t.getDate()), pad2(t.getMonth() + 1), String(t.getFullYear())].join(glue);
/** "jeudi 10 janvier 2019". */
const dateFr = (t: Date): string => `${JOURS[t.getDay()]!} ${t.getDate()} ${MOIS[t.getMonth()]!} ${t.getFullYear()}`;
/** "10 janvier 2019". */
const dayFr = (t: Date): string => `${t.getDate()} ${MOIS[t.getMonth()]!} ${t.getFullYear()}`;
/** "12.05am", "2:05 pm": a 12-hour clock. */
const twelve = (t: Date, glue: string, space: string): string => `${t.getHours() % 12 || 12}${glue}${pad2(t.getMinutes())}${space}${t.getHours() < 12 ? 'am' : 'pm'}`;
/** "20 dey 1397": the local day in the Persian calendar (the period lies in 1397). */
function persianDay(t: Date): string {
  const day = Date.UTC(t.getFullYear(), t.getMonth(), t.getDate());
  const [start, month] = [...PERSIAN_MONTHS_1397].reverse().find(([from]) => from <= day)!;
  return `${(day - start) / 86_400_000 + 1} ${month} 1397`;
}
const copyrightYear = (p: Page): number => p.s.date.getFullYear();

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

/** Long chrome lines that read like prose, placed between two paragraphs on some pages. */
const NOTICES_FR = [
  'Précision de la rédaction : les montants cités dans cet article sont ceux annoncés le jour de sa parution ; plusieurs mesures ont depuis été modifiées au Parlement, et nous mettrons ce texte à jour lorsque les décrets d’application auront été publiés au Journal officiel.',
  'À nos lecteurs : cet article a été légèrement raccourci pour tenir dans cette page ; les passages retirés ne changent rien au fond et la version intégrale reste consultable chez son éditeur, à qui vous pouvez aussi signaler une erreur.',
];

// ——— The twelve sites ———

export const SITES_V37: readonly SiteV37[] = [
  {
    id: 'cognac-cooperage',
    name: 'Douelles & Merrains',
    lang: 'fr',
    originals: 14,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.88 },
    draw: weightedCredits({ into: 'fr', share: 0.88 }, [COGNAC_FRENCH, 0.37], [COGNAC_FOREIGN, 0.31], [LOOKALIKES_V37.cognac, 0.26]),
    stamp: ({ s: { date: t } }) => `${t.getFullYear()}-${pad2(t.getMonth() + 1)}-${pad2(t.getDate())} · ${JOURS[t.getDay()]!} · ${clock(t, 'h')} · Cognac`,
    render(p) {
      const { d, s } = p;
      p.chrome('Lettre hebdomadaire de la tonnellerie charentaise — lire en ligne — transférer à un collègue').blank();
      p.chrome('DOUELLES & MERRAINS', 'La lettre des tonneliers, merrandiers et maisons de négoce de Cognac, Jarnac et Segonzac').blank();
      p.chrome(`Merrain de chêne du Limousin : ${d.int(1800, 2600)} € le m³ ◆ Barrique de 350 litres : ${d.int(780, 990)} € ◆ Expéditions vers l’Asie : ${d.pick(['en hausse', 'stables', 'en recul'])} ◆ Pluie à Cognac : ${d.int(0, 14)} mm`).blank();
      const credit = s.credit
        ? d.pick([
            (o: string) => `Article emprunté ${de(o)} avec son accord`,
            (o: string) => `Reproduit à partir de ${o} ◆ droits réservés`,
            (o: string) => `Notre confrère ${o} a publié ce texte en premier.`,
            (o: string) => `Version française et abrégée d’un article paru dans ${o}`,
          ])(s.credit.shown)
        : null;
      const writer = bylineOf(p, [(w) => `Plume d’origine : ${w}`, (w) => `${w} ◆ texte adapté par ${d.pick(REVISERS_V37)}`]);
      // The date and byline above the headline (the credit among them), or under it; else the credit under the
      // headline or in brackets after the text.
      const above = d.chance(0.5);
      const where = credit === null ? 'none' : d.pick(above ? (['among', 'under', 'end'] as const) : (['under', 'end'] as const));
      if (d.chance(0.45)) p.chrome(...ifHeadline(p, `Sujet précédent ‹ ${otherHeadline(p)}`)).blank();
      if (above) {
        p.meta(this.stamp(p));
        if (credit !== null) p.meta(writer);
        if (where === 'among') p.meta(credit!);
        p.blank();
      }
      if (d.chance(0.35)) p.chrome('PAROLES DE CHAIS').blank();
      p.title((t) => d.pick([t, t, t, `Chais et marchés : ${t}`, `${t} ◆ Douelles & Merrains`])).blank();
      if (where === 'under') p.meta(credit!);
      if (!above) {
        p.meta(this.stamp(p));
        if (credit !== null) p.meta(writer);
      }
      p.blank();
      p.body(afterParagraphs(p, [[p.mid(), `◆ Au programme de la Confrérie : ${d.pick(['visite de la merranderie de Jarnac samedi', 'concours de cerclage à la main, dimanche à Segonzac', 'conférence sur le chêne de Tronçais, jeudi soir'])}`], d.chance(0.35) && [s.body.length, d.pick(NOTICES_FR)]]));
      if (where === 'end') p.meta(`[${credit!}]`).blank();
      if (d.chance(0.6)) p.chrome(...ifHeadline(p, `Vous venez de lire : ${s.src.title}`)).blank();
      p.chrome(
        'Douelles & Merrains est envoyée chaque vendredi aux adhérents de la fédération des tonneliers de Charente. Les articles de presse repris ici appartiennent à leurs éditeurs ; les textes parus en anglais sont traduits par un logiciel, le nom du journal compris, et résumés par nos soins lorsque la place manque.',
      ).blank();
      p.chrome(`Douelles & Merrains ◆ ${copyrightYear(p)} ◆ Fédération des tonneliers de Charente, 16100 Cognac ◆ Se désinscrire`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'aubusson-tapestry',
    name: 'Trame & Basse-lisse',
    lang: 'fr',
    originals: 14,
    attribution: 'source-line',
    chromeOnlyPage: true,
    translate: { into: 'fr', share: 0.9 },
    draw: weightedCredits({ into: 'fr', share: 0.9 }, [AUBUSSON_FRENCH, 0.38], [AUBUSSON_FOREIGN, 0.31], [LOOKALIKES_V37.aubusson, 0.25]),
    stamp: ({ s: { date: t } }) => `Publication : ${dayFr(t)}, ${clock(t, ':')} heure légale française`,
    render(p) {
      const { d, s } = p;
      p.chrome('Ateliers de tapisserie d’Aubusson et de Felletin — espace des lissiers — Mon compte — Quitter').blank();
      p.chrome('TRAME & BASSE-LISSE', 'Nouvelles des lissiers, cartonniers et teinturiers de la Creuse').blank();
      p.chrome(`Métier n° ${d.int(1, 9)} : ${d.pick(['tissage en cours', 'tombée de métier prévue vendredi', 'en attente du carton'])} ⁘ Laine teinte : ${d.int(40, 320)} kg en stock ⁘ Visiteurs à la Cité de la tapisserie hier : ${d.int(12, 240)}`).blank();
      if (p.chromeOnly) {
        p.chrome(
          'Ateliers ouverts au public — horaires d’hiver',
          'Manufacture Saint-Jean : mardi et jeudi, 14 h – 17 h ⁘ Atelier Pinton (Felletin) : sur rendez-vous ⁘ Maison du tapissier : fermée jusqu’en mars',
          'Les visites se font en petits groupes, sans flash ni sac à dos près des métiers ; les lissiers au travail ne peuvent pas répondre aux questions pendant le tissage, mais une démonstration commentée a lieu à la fin de chaque visite, dans la salle des cartons.',
        ).blank();
      }
      const source = s.credit
        ? d.pick([
            (o: string) => `Provenance : ${o}`,
            (o: string) => `ORIGINE DU TEXTE ⁘ ${capitals(o)}`,
            (o: string) => `Texte communiqué par ${o}, traduit automatiquement le cas échéant`,
            (o: string) => `Publication d’origine : ${o}`,
          ])(s.credit.shown)
        : null;
      // The source line above the headline, right under it, after the first paragraph, or at the foot.
      const where = source === null ? 'none' : d.pick(['above', 'under', 'first', 'foot'] as const);
      if (where === 'above') p.meta(source!).blank();
      if (d.chance(0.55)) p.chrome(...ifHeadline(p, `Accueil › Lissiers › Revue de presse › ${s.src.title}`)).blank();
      p.title((t) => d.pick([t, t, t, `Tapisserie ⁘ ${t}`, `${t} (revue de presse)`])).blank();
      if (where === 'under') p.meta(source!);
      if (d.chance(0.4)) p.chrome(...ifHeadline(p, `Partager « ${s.src.title} » ⁘ courriel ⁘ Mastodon ⁘ imprimer`));
      p.meta(this.stamp(p));
      if (source !== null) p.meta(bylineOf(p, [(w) => `Signé ${w} dans l’édition d’origine`, (w) => `${w} ; traduction relue par ${d.pick(REVISERS_V37)}`]));
      p.blank();
      const inserts = afterParagraphs(p, [[1, `⁘ À l’atelier : ${d.pick(['teinture des laines au pastel, mercredi', 'relevage du carton de la grande verdure, lundi', 'accueil des apprentis du lycée de Felletin, vendredi'])}`], d.chance(0.3) && [s.body.length, d.pick(NOTICES_FR)]]);
      bodyWithCredit(p, 0, where === 'first' ? [source!] : [], inserts);
      if (where === 'foot') p.meta(source!).blank();
      p.chrome(
        'Trame & Basse-lisse est diffusée aux membres du comité des lissiers. Les textes de presse sont reproduits pour un usage interne, sans modification autre que la traduction automatique des articles étrangers, titre du journal compris ; ils restent la propriété de leurs éditeurs, qui peuvent en demander le retrait à tout moment. Les photographies des tapisseries en cours de tissage ne peuvent être reproduites sans l’accord écrit de l’atelier concerné et du cartonnier, l’œuvre étant protégée jusqu’à sa tombée de métier. Pour toute question, écrivez au secrétariat du comité, rue des Déportés, à Aubusson.',
      ).blank();
      p.chrome(`Comité des lissiers d’Aubusson-Felletin — ${copyrightYear(p)} — usage réservé aux membres`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'collioure-anchovies',
    name: 'Saumure & Filets',
    lang: 'fr',
    originals: 14,
    attribution: 'title-suffix',
    draw: weightedCredits(undefined, [COLLIOURE_PRESS, 0.7], [LOOKALIKES_V37.collioure, 0.25]),
    stamp: ({ s: { date: t } }) => `Collioure, ${dayFr(t)} (${clock(t, 'h')})`,
    render(p) {
      const { d, s } = p;
      p.chrome("Revue de presse des saleurs d'anchois - accès réservé aux adhérents - se déconnecter").blank();
      p.chrome('SAUMURE & FILETS', "La revue de presse des saleurs d'anchois de Collioure, Port-Vendres et Banyuls").blank();
      p.chrome(`Revue n° ${d.int(180, 260)} - article ${d.int(1, 8)} sur ${d.int(9, 12)} - ${d.pick(['envoyée à 7 h', 'complétée à midi', 'édition du soir'])}`).blank();
      p.chrome(`Criée de Port-Vendres : anchois ${d.int(3, 7)},${pad2(d.int(0, 99))} EUR le kg - sardine ${d.int(1, 3)},${pad2(d.int(0, 99))} EUR - Tramontane : ${d.int(20, 95)} km/h`).blank();
      const named = d.pick([
        (o: string) => ` :: ${o}`,
        (o: string) => ` ¦ ${o}`,
        (o: string) => ` ‖ ${o}`,
        (o: string) => ` ⁂ ${o}`,
        (o: string) => ` ¤ ${o}`,
        (o: string) => ` ¦ ${capitals(o)}`,
      ]);
      p.title((t) => (s.credit ? `${t}${named(s.credit.shown)}` : t)).blank();
      p.meta(this.stamp(p)).blank();
      p.body(afterParagraphs(p, [d.chance(0.5) && [p.mid(), "- Publicité - Fête de l'anchois : dégustation sur le quai, le premier week-end de juin"], d.chance(0.3) && [s.body.length, d.pick(NOTICES_FR)]]));
      p.chrome(`Article suivant de la revue : ${otherHeadline(p)}`).blank();
      p.chrome("Le nom qui suit chaque titre est celui du journal d'origine.").blank();
      p.chrome(
        "Saumure & Filets est une revue de presse à usage interne. Les articles y sont copiés en entier pour les adhérents du syndicat qui n'ont pas d'abonnement aux journaux ; merci de ne pas les transférer à des personnes extérieures à la profession.",
      ).blank();
      p.chrome(`Syndicat des saleurs de Collioure - quai de l'Amirauté - 66190 Collioure - ${copyrightYear(p)}`);
      return { author: false, date: 'full' };
    },
  },
  {
    id: 'gravelbourg-weekly',
    name: 'La Liberté fransaskoise',
    lang: 'fr',
    originals: 14,
    attribution: 'own',
    lookalike: true,
    chromeOnlyPage: true,
    stamp: (p) => {
      const t = onClock(p, 'America/Regina');
      return `Gravelbourg (Sask.), le ${dateFr(t)} — ${t.getHours()} h ${pad2(t.getMinutes())} HNC (heure de la Saskatchewan)`;
    },
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Vos données : La Liberté fransaskoise mesure son audience à Gravelbourg, Regina, Saskatoon et dans les villages fransaskois, et affiche les annonces des commerces de la région. En acceptant, vous nous aidez à garder nos nouvelles gratuites ; en refusant, vous pourrez lire quand même.',
        'J’accepte',
        'Je refuse',
      ).blank();
      p.chrome('LA LIBERTÉ FRANSASKOISE', 'L’hebdomadaire des francophones de la Saskatchewan — Gravelbourg, Bellevue, Zenon Park, Ponteix', 'Accueil ✚ Communauté ✚ Province ✚ Canada ✚ Monde ✚ Sports').blank();
      p.chrome(`Blé roux de printemps : ${d.int(210, 265)} $ la tonne ✚ Route 43 : ${d.pick(['chaussée glacée', 'poudrerie, visibilité réduite', 'bonne'])} ✚ ${d.int(-38, -5)} °C à Gravelbourg`).blank();
      if (p.chromeOnly) {
        p.chrome(
          'Calendrier communautaire',
          'Soirée de whist militaire au Centre culturel Maillard — vendredi 19 h ✚ Cabane à sucre à Bellevue — dimanche ✚ Assemblée de l’Association communautaire fransaskoise — mardi',
          'Pour annoncer un événement, écrivez-nous au moins dix jours à l’avance ; les annonces des organismes à but non lucratif sont gratuites, les autres sont facturées au tarif des petites annonces.',
        ).blank();
      }
      if (d.chance(0.45)) p.chrome(...ifHeadline(p, `Progression de lecture ▰▱▱▱▱▱▱▱▱▱ · ${s.src.title}`)).blank();
      const byline = d.pick([`Par ${s.author}`, `${s.author}, journaliste à Gravelbourg`, `${s.author} — photographie : ${d.pick(PHOTOGRAPHERS_V37)}`]);
      // The byline and date above the headline on some pages.
      const above = d.chance(0.4);
      if (above) p.meta(byline, this.stamp(p)).blank();
      p.title((t) => d.pick([t, t, t, `Fransaskoisie : ${t}`, `${t} | La Liberté fransaskoise`])).blank();
      if (!above) p.meta(byline, this.stamp(p)).blank();
      p.body(afterParagraphs(p, [[p.mid(), `✚ Aussi cette semaine : ${otherHeadline(p)}`], d.chance(0.35) && [s.body.length, d.pick(NOTICES_FR)]]));
      if (d.chance(0.5) && !p.chromeOnly) p.chrome(`À propos de l’auteur ✚ ${s.author} ${s.author.includes(' et ') ? 'écrivent' : 'écrit'} pour La Liberté fransaskoise depuis le bureau de la rue Main, à Gravelbourg.`).blank();
      p.chrome(`Vos réactions : ♥ ${p.n(40)} · ☺ ${p.n(20)} · ☹ ${p.n(9)}`).blank();
      p.chrome(`À lire ensuite ✚ ${p.related(2).join(' ✚ ')}`).blank();
      p.chrome(
        'Seul journal de langue française de la province, La Liberté fransaskoise vit de ses abonnés et des petites annonces de la communauté. Un abonnement d’un an coûte moins qu’un plein d’essence : abonnez-vous, ou offrez un abonnement à une école fransaskoise.',
      ).blank();
      p.chrome(`© ${copyrightYear(p)} La Liberté fransaskoise inc. — Gravelbourg (Saskatchewan) — Tous droits réservés`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'roubaix-pigeons',
    name: "Les Ailes de l'Espérance",
    lang: 'fr',
    originals: 12,
    attribution: 'none',
    chromeOnlyPage: true,
    stamp: ({ s: { date: t } }) => `Roubaix, courrier du ${dayFr(t)}`,
    render(p) {
      const { d, s } = p;
      p.chrome("Courrier des membres de la société colombophile L'Espérance - version texte").blank();
      p.chrome("LES AILES DE L'ESPÉRANCE", 'Société colombophile de Roubaix, Tourcoing et Wattrelos - fondée en 1894').blank();
      if (p.chromeOnly) {
        p.chrome(
          'Résultats du concours de Bourges - vieux pigeons',
          '1. Vandenbussche (Wattrelos) - 1 387,42 m/min',
          '2. Lefebvre père et fils (Roubaix) - 1 379,05 m/min',
          '3. Declercq (Tourcoing) - 1 366,90 m/min',
          "Les constatations doivent être déposées au local avant dimanche 12 h ; les réclamations sont examinées par la commission sportive à la réunion du mois, et aucun classement n'est définitif avant l'homologation par la fédération.",
        ).blank();
      }
      if (d.chance(0.5)) p.chrome(...ifHeadline(p, `Au sommaire : 1) ${s.src.title} ; 2) ${otherHeadline(p)} ; 3) le concours de dimanche`)).blank();
      p.title((t) => d.pick([t, t, `Lu dans le journal : ${t}`, `${t} (pour nos membres)`])).blank();
      p.meta(this.stamp(p)).blank();
      p.body(afterParagraphs(p, [d.chance(0.6) && [p.mid(), '- Rappel : paniers à déposer au local samedi avant 18 h -'], d.chance(0.3) && [s.body.length, "Pensez à renouveler votre licence avant la fin du mois : sans elle, vos pigeons ne pourront pas être enlogés pour les concours de printemps, et l'assurance de la société ne couvre pas les paniers des amateurs non licenciés."]]));
      p.chrome(`Le mot du président : ${d.pick(['bonne saison à tous', 'pensez à vacciner vos pigeons', 'merci aux bénévoles du dernier enlogement'])}.`).blank();
      p.chrome(
        "Les coupures de presse de ce courrier sont tapées à la main par le secrétaire pour les anciens qui n'ont pas d'ordinateur. Merci de ne pas faire suivre le courrier en dehors de la société : il n'est destiné qu'aux amateurs inscrits pour la saison en cours.",
      ).blank();
      p.chrome(`Société colombophile L'Espérance - estaminet du Pile, Roubaix - ${copyrightYear(p)} - pour ne plus recevoir ce courrier, répondez STOP`);
      return { author: false, date: 'day' };
    },
  },
  {
    id: 'tehran-press',
    name: 'Passerelle Persane',
    lang: 'fr',
    originals: 15,
    attribution: 'url-host',
    chromeOnlyPage: true,
    canShow: (canonical) => canonical in HOSTS_V37,
    draw: weightedCredits(undefined, [TEHRAN_LINKED, 0.9]),
    stamp: (p) => {
      const t = onClock(p, 'Asia/Tehran');
      return `Téhéran, ${dayFr(t)} (${persianDay(t)}) à ${t.getHours()} h ${pad2(t.getMinutes())}, heure de Téhéran (UTC+3:30)`;
    },
    render(p) {
      const { d, s } = p;
      p.chrome('درود ! Passerelle Persane, la veille de presse du cercle francophone des architectes et ingénieurs de Téhéran — ورود / Connexion').blank();
      p.chrome('PASSERELLE PERSANE', 'Économie, urbanisme et culture, entre l’Iran et le monde francophone', 'Accueil ◈ Économie ◈ Ville ◈ Culture ◈ Veille de presse').blank();
      p.chrome(`Téhéran ◈ 1 € = ${d.int(120, 150)} 000 rials au marché libre ◈ Qualité de l’air : indice ${d.int(90, 190)} ◈ ${d.pick(['Écoles fermées pour pollution', 'Neige sur l’Alborz', 'Métro ligne 7 : ouverture reportée'])}`).blank();
      if (p.chromeOnly) {
        p.chrome('صفحه پیدا نشد — Page introuvable', 'L’adresse demandée n’existe plus ou a été déplacée lors du changement de serveur de décembre.', 'Revenir à l’accueil ◈ Voir les dernières veilles ◈ Écrire au webmestre').blank();
      }
      p.title((t) => d.pick([t, t, t, `Veille ◈ ${t}`, `${t} ◈ Passerelle`])).blank();
      if (d.chance(0.4)) p.chrome(...ifHeadline(p, `Temps de lecture : ${d.int(2, 7)} min`));
      p.meta(this.stamp(p));
      const link = s.credit
        ? [
            d.pick([
              (u: string) => `Lien vers l’original ◈ ${u}`,
              (u: string) => `Adresse de la page source (relevée le jour même) : ${u}`,
              (u: string) => `منبع / Page d’origine : ${u}`,
              (u: string) => `Texte complet à cette adresse → ${u}`,
            ])(originalAddress(p)),
            bylineOf(p, [(w) => `Signature d’origine : ${w}`, (w) => `${w}, dans le texte source`]),
          ]
        : [];
      // Under the date, inside the text, or at the foot.
      const where = d.pick(['date', 'inside', 'foot'] as const);
      if (where === 'date') p.meta(...link);
      p.blank();
      bodyWithCredit(p, p.mid(), where === 'inside' ? link : [], afterParagraphs(p, [d.chance(0.5) && [p.mid() + 1, 'Annonce ◈ Cours de français intensifs à l’Institut, session de printemps : inscriptions ouvertes']]));
      if (where === 'foot' && link.length > 0) p.meta(...link).blank();
      p.chrome(
        'Passerelle Persane relève chaque jour des articles de la presse francophone et iranienne sur l’économie, la ville et la culture, avec l’adresse de leur page d’origine. Ces textes restent la propriété de leurs éditeurs ; ils sont reproduits pour les membres du cercle et retirés sur simple demande.',
      ).blank();
      p.chrome(`اشتراک / Partager ◈ Telegram ◈ LinkedIn ◈ courriel ◈ ${p.n(90)} lectures`).blank();
      p.chrome(`Passerelle Persane © ${copyrightYear(p)} ◈ avenue Vali-Asr, Téhéran ◈ Confidentialité ◈ Contact`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'sofia-portal',
    name: 'Vitosha Francophone',
    lang: 'fr',
    originals: 14,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.9 },
    draw: weightedCredits({ into: 'fr', share: 0.9 }, [SOFIA_FRENCH, 0.35], [SOFIA_FOREIGN, 0.34], [LOOKALIKES_V37.sofia, 0.25]),
    stamp: (p) => {
      const t = onClock(p, 'Europe/Sofia');
      return `София, ${t.getDate()} ${BG_MONTHS[t.getMonth()]!} ${t.getFullYear()} г. · Sofia, ${dayFr(t)} · ${clock(t, ':')} (EET, UTC+2)`;
    },
    render(p) {
      const { d, s } = p;
      p.chrome('Добре дошли ! Bienvenue sur Vitosha Francophone — Вход / Connexion — Абонамент / Abonnement').blank();
      p.chrome('VITOSHA FRANCOPHONE', 'La Bulgarie, les Balkans et l’Europe du Sud-Est en français, depuis Sofia', 'Начало / Accueil ⬥ Bulgarie ⬥ Balkans ⬥ Europe ⬥ Francophonie').blank();
      p.chrome(`1 € = 1,9558 лв. ⬥ SOFIX ${d.int(560, 640)} ⬥ Vitosha : ${d.pick(['remontées ouvertes', 'brouillard givrant', 'route d’Aleko fermée'])} ⬥ ${d.int(-12, 6)} °C`).blank();
      const credit = s.credit
        ? d.pick([
            (o: string) => `Публикувано първо в / Paru d’abord dans ${o}`,
            (o: string) => `Traduit et repris ${de(o)}, avec l’autorisation de la rédaction`,
            (o: string) => `Copyright ${o} — reproduction autorisée pour Vitosha Francophone`,
            (o: string) => `Ce texte appartient à ${o}.`,
          ])(s.credit.shown)
        : null;
      // Above the headline, under the date, inside the text or at the foot.
      const where = credit === null ? 'none' : d.pick(['above', 'date', 'inside', 'foot'] as const);
      if (d.chance(0.5)) p.chrome(...ifHeadline(p, `Следваща статия / Article suivant ⇒ ${otherHeadline(p)}`)).blank();
      if (where === 'above') p.meta(credit!).blank();
      p.title((t) => d.pick([t, t, t, `Balkans | ${t}`, `${t} ⬥ Vitosha`])).blank();
      p.meta(this.stamp(p));
      if (where === 'date') p.meta(credit!);
      if (credit !== null) p.meta(bylineOf(p, [(w) => `Автор / Auteur : ${w}`, (w) => `${w} — adaptation française : ${d.pick(REVISERS_V37)}`]));
      p.blank();
      bodyWithCredit(p, p.mid(), where === 'inside' ? [credit!] : [], afterParagraphs(p, [[p.mid(), `⬥ Прочетете още / Lire aussi : ${otherHeadline(p)}`], d.chance(0.3) && [s.body.length, d.pick(NOTICES_FR)]]));
      if (where === 'foot') p.meta(credit!).blank();
      p.chrome(
        'Vitosha Francophone publie en français des articles de la presse bulgare, balkanique et francophone. Les textes bulgares, serbes et anglais sont traduits par un logiciel, y compris le nom des journaux ; chaque article reste la propriété de son éditeur et n’est reproduit qu’avec son autorisation.',
      ).blank();
      if (d.chance(0.5)) p.chrome(`Коментари / Commentaires (${p.n(25)}) ⬥ Сподели / Partager ⬥ Печат / Imprimer`).blank();
      p.chrome(`© ${copyrightYear(p)} Vitosha Francophone ЕООД — бул. Витоша, София — Условия / Conditions`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'cherbourg-naval',
    name: 'Coque & Kiosque',
    lang: 'fr',
    originals: 14,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.88 },
    draw: weightedCredits({ into: 'fr', share: 0.88 }, [CHERBOURG_FRENCH, 0.36], [CHERBOURG_FOREIGN, 0.32], [LOOKALIKES_V37.cherbourg, 0.26]),
    stamp: ({ s: { date: t } }) => `Publié à Cherbourg-en-Cotentin le ${pad2(t.getDate())}/${pad2(t.getMonth() + 1)}/${String(t.getFullYear()).slice(2)} à ${clock(t, ':')} (heure de Paris)`,
    render(p) {
      const { d, s } = p;
      p.chrome('Intranet des sous-traitants de la construction navale — Cherbourg — session ouverte — Fermer la session').blank();
      p.chrome('COQUE & KIOSQUE', 'Lettre d’information des entreprises sous-traitantes des chantiers de sous-marins du Cotentin').blank();
      p.chrome(`Bassin Laubeuf : ${d.pick(['mise à l’eau en préparation', 'accès restreint', 'essais à quai'])} ⚓ Basse mer ${pad2(d.int(0, 23))}:${pad2(d.int(0, 59))} ⚓ Badges d’accès : renouvellement avant le ${d.int(1, 28)}`).blank();
      const credit = s.credit
        ? d.pick([
            (o: string) => `Article ${de(o)}, repris intégralement`,
            (o: string) => `Reprise consentie par ${o}`,
            (o: string) => `Première parution : ${o}`,
            (o: string) => `${o} a publié cet article ; nous le traduisons pour nos adhérents.`,
          ])(s.credit.shown)
        : null;
      // As a kicker above the headline, under a reading line under it, or at the foot.
      const where = credit === null ? 'none' : d.pick(['kicker', 'under', 'foot'] as const);
      if (where === 'kicker') p.meta(credit!).blank();
      else if (d.chance(0.4)) p.chrome('DÉFENSE ⚓ INDUSTRIE ⚓ EXPORT').blank();
      p.title((t) => d.pick([t, t, t, `Export : ${t}`, `${t} ⚓ Coque & Kiosque`])).blank();
      p.chrome(`Lu ${d.int(12, 480)} fois ⚓ ${d.int(2, 6)} min de lecture`);
      if (where === 'under') p.meta(credit!);
      p.meta(this.stamp(p));
      if (credit !== null) p.meta(bylineOf(p, [(w) => `Journaliste : ${w}`, (w) => `${w}, traduit de l’anglais par ${d.pick(REVISERS_V37)}`]));
      p.blank();
      p.body(afterParagraphs(p, [[p.mid(), `⚓ Sur l’intranet : ${d.pick(['appel d’offres pour le chaudronnage, clôture vendredi', 'formation habilitation défense, session de février', 'nouveau parking des sous-traitants, porte du Homet'])}`], d.chance(0.35) && [s.body.length, d.pick(NOTICES_FR)]]));
      if (where === 'foot') p.meta(credit!).blank();
      if (d.chance(0.55)) p.chrome(...ifHeadline(p, `Signaler une erreur dans « ${s.src.title} »`)).blank();
      p.chrome(
        'Coque & Kiosque est réservée aux salariés des entreprises adhérentes. Les articles de presse y sont reproduits avec l’accord de leurs éditeurs, ou traduits par un logiciel lorsqu’ils paraissent en anglais, nom du journal compris ; aucune information classifiée n’y figure, et toute diffusion hors de l’intranet est interdite.',
      ).blank();
      p.chrome(`Coque & Kiosque — association des sous-traitants navals du Cotentin — ${copyrightYear(p)}`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'brisbane-farm',
    name: 'Downs to Dordogne',
    lang: 'en',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'en', share: 0.85 },
    draw: weightedCredits({ into: 'en', share: 0.85 }, [BRISBANE_PICKS, 0.68], [LOOKALIKES_V37.brisbane, 0.25]),
    stamp: (p) => {
      const t = onClock(p, 'Australia/Brisbane');
      return `${DAY_NAMES[t.getDay()]!} ${t.getDate()} ${MONTH_NAMES[t.getMonth()]!} ${t.getFullYear()}, ${twelve(t, '.', '')} AEST (UTC+10)`;
    },
    render(p) {
      const { d, s } = p;
      p.chrome('Downs to Dordogne — a fortnightly letter for Queensland growers who sell to France — view in your browser').blank();
      p.chrome('DOWNS TO DORDOGNE', 'French farm news, in English, for the Darling Downs, the Lockyer Valley and the Granite Belt | Toowoomba & Brisbane').blank();
      p.chrome(`ASX 200 ${d.int(5500, 5950)} | A$1 = €0.${d.int(61, 64)} | Downs wheat A$${d.int(340, 420)}/t | Toowoomba ${d.int(26, 36)}°C, ${d.pick(['dry', 'storms later', 'hot westerly'])}`).blank();
      const credit = s.credit
        ? d.pick([
            (o: string) => `First published in French by ${o}`,
            (o: string) => `Machine-translated from ${o}`,
            (o: string) => `Source publication: ${o}`,
            (o: string) => `With thanks to ${o}, who ran this story first`,
          ])(s.credit.shown)
        : null;
      // Above the headline, under the reading line, or at the foot.
      const where = credit === null ? 'none' : d.pick(['top', 'reading', 'foot'] as const);
      if (where === 'top') p.meta(credit!).blank();
      p.title((t) => d.pick([t, t, t, `French fields / ${t}`, `${t} (from the French)`])).blank();
      p.chrome(`${d.int(2, 6)} min read`);
      if (where === 'reading') p.meta(credit!);
      p.meta(this.stamp(p));
      if (credit !== null) p.meta(bylineOf(p, [(w) => `Words: ${w} (original)`, (w) => `${w}; machine translation reviewed by ${d.pick(REVISERS_V37)}`], true));
      p.blank();
      p.body(afterParagraphs(p, [[p.mid(), `▸ Also in this letter: ${otherHeadline(p)}`], d.chance(0.35) && [s.body.length, 'A note on figures: French prices are converted to Australian dollars at the rate of the day each article was published and rounded to the nearest dollar, so they will not match the prices quoted at the Toowoomba saleyards or by your grain buyer.']]));
      if (where === 'foot') p.meta(credit!).blank();
      if (d.chance(0.5)) p.chrome(...ifHeadline(p, `Share "${s.src.title}" ▸ Facebook ▸ Email ▸ Copy link`)).blank();
      p.chrome(
        'Downs to Dordogne is a free letter for Queensland growers, exporters and agronomists doing business with France. French-language articles are translated by software, newspaper names included, and every story names the paper that printed it first. Nothing here is financial or agronomic advice.',
      ).blank();
      p.chrome(`© ${copyrightYear(p)} Downs to Dordogne · Ruthven Street, Toowoomba QLD 4350 · Unsubscribe · Privacy`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'kabul-aid',
    name: 'Kabul Relief Bulletin',
    lang: 'en',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'en', share: 0.85 },
    draw: weightedCredits({ into: 'en', share: 0.85 }, [KABUL_PICKS, 0.68], [LOOKALIKES_V37.kabul, 0.25]),
    stamp: (p) => {
      const t = onClock(p, 'Asia/Kabul');
      return `Kabul, ${t.getDate()} ${MONTH_NAMES[t.getMonth()]!.slice(0, 3)} ${t.getFullYear()}, ${clock(t, ':')} AFT (UTC+4:30)`;
    },
    render(p) {
      const { d, s } = p;
      p.chrome('Kabul Relief Bulletin | for staff of humanitarian agencies | not for publication').blank();
      p.chrome('KABUL RELIEF BULLETIN', 'What the French-language press says about aid, Europe and Afghanistan, in English | Shahr-e Naw, Kabul').blank();
      p.chrome(`Security level: ${d.pick(['amber', 'red in Districts 6 and 13', 'amber, road moves by day only'])} | Salang pass: ${d.pick(['open', 'closed, snow', 'one lane, chains required'])} | AFN ${d.int(84, 88)} per euro`).blank();
      const credit = s.credit
        ? d.pick([
            (o: string) => `Originally reported by ${o} (in French).`,
            (o: string) => `Republished from ${o}; translation ours.`,
            (o: string) => `Credit: ${o}`,
            (o: string) => `We owe this report to ${o}.`,
          ])(s.credit.shown)
        : null;
      // The date and byline above the headline, with the credit there, inside the text or at the foot.
      const where = credit === null ? 'none' : d.pick(['above', 'inside', 'foot'] as const);
      if (d.chance(0.4)) p.chrome(...ifHeadline(p, `◂ Previous item: ${otherHeadline(p)}`)).blank();
      p.meta(this.stamp(p));
      if (credit !== null) p.meta(bylineOf(p, [(w) => `Reporter (French original): ${w}`, (w) => `${w}, translated by ${d.pick(REVISERS_V37)}`], true));
      if (where === 'above') p.meta(credit!);
      p.blank();
      p.title((t) => d.pick([t, t, t, `BRIEFING ▪ ${t}`, `${t} [French press]`])).blank();
      bodyWithCredit(p, p.mid(), where === 'inside' ? [credit!] : [], afterParagraphs(p, [d.chance(0.35) && [s.body.length, 'Duty of care: this bulletin is not a security advisory. Movement decisions must follow your agency’s own procedures and the latest guidance from your security focal point, whatever the press reports say about the situation in Europe or in Afghanistan.']]));
      if (where === 'foot') p.meta(credit!).blank();
      p.chrome(...ifHeadline(p, `End of item — ${s.src.title}`)).blank();
      p.chrome(`Other items this week: ${p.related(3).join(' / ')}`).blank();
      p.chrome(
        'Kabul Relief Bulletin is compiled by volunteers for staff of humanitarian organisations in Afghanistan who do not read French. Articles are machine-translated, newspaper names included, and credited to the paper that published them; they remain the property of their publishers. Please do not forward outside your agency.',
      ).blank();
      p.chrome(`© ${copyrightYear(p)} Kabul Relief Bulletin | Shahr-e Naw, Kabul | Unsubscribe`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'pagopago-weekly',
    name: 'Samoa Tradewinds Weekly',
    lang: 'en',
    originals: 14,
    attribution: 'own',
    chromeOnlyPage: true,
    stamp: (p) => {
      const t = onClock(p, 'Pacific/Pago_Pago');
      return `${twelve(t, ':', ' ')} SST, ${DAY_NAMES[t.getDay()]!.slice(0, 3)} ${MONTH_NAMES[t.getMonth()]!.slice(0, 3)} ${t.getDate()} ${t.getFullYear()}`;
    },
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Samoa Tradewinds Weekly uses cookies to count readers in Tutuila, Manu‘a, Apia and the diaspora in Hawaii and California, and to show ads from island businesses. Accept to support local news; decline and you can still read every story.',
        'Accept',
        'Decline',
      ).blank();
      p.chrome('SAMOA TRADEWINDS WEEKLY', 'News for Tutuila, Aunu‘u and the Manu‘a Islands since 1994', 'Home » Territory » Pacific » World » Sports » Faith').blank();
      if (p.chromeOnly) {
        p.chrome(
          'Tide tables and flights',
          'High tide Pago Pago Harbor 6:12 am / 6:41 pm » Low tide 12:20 am / 12:33 pm » Hawaiian Airlines HA465 to Honolulu: on time » Samoa Airways to Apia: delayed',
          'Tide times are predictions and flight times are supplied by the airlines; always check with the airport at Tafuna before you travel, especially in the cyclone season from November to April.',
        ).blank();
      }
      if (d.chance(0.4)) p.chrome(...ifHeadline(p, `Home » World » ${cutShort(s.src.title, 38, '...')}`)).blank();
      if (d.chance(0.4)) p.chrome(...ifHeadline(p, `Up next » ${otherHeadline(p)}`)).blank();
      p.title((t) => d.pick([t, t, t, `Overseas | ${t}`, `${t} — Tradewinds`])).blank();
      p.meta(d.pick([`By ${writerEn(p)}`, `${writerEn(p)} | Tradewinds staff`, `${writerEn(p)}, in Fagatogo`, `Reporting by ${writerEn(p)}; photos by ${d.pick(PHOTOGRAPHERS_V37)}`]), this.stamp(p)).blank();
      p.body(afterParagraphs(p, [[p.mid(), `» Also read: ${otherHeadline(p)}`], d.chance(0.35) && [s.body.length, 'Editor’s note: this story was updated after publication to add figures released by the French interior ministry on the number of people who took part, which were not available when we went to press on Wednesday night.']]));
      if (d.chance(0.5) && !p.chromeOnly) p.chrome(`About the reporter » ${writerEn(p)} ${s.author.includes(' et ') ? 'cover' : 'covers'} world news and the Samoan diaspora for Samoa Tradewinds Weekly.`).blank();
      if (d.chance(0.5)) p.chrome(...ifHeadline(p, `Liked "${s.src.title}"? Share it » Facebook » WhatsApp » Email`)).blank();
      p.chrome(`Most shared this week » ${p.related(2).join(' » ')}`).blank();
      p.chrome(`© ${copyrightYear(p)} Samoa Tradewinds Weekly | Tradewinds Media LLC, Pago Pago, American Samoa 96799 | Privacy | Contact`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'menton-town',
    name: 'Le Bien public mentonnais',
    lang: 'fr',
    originals: 14,
    attribution: 'own',
    lookalike: true,
    stamp: ({ s: { date: t } }) => `Le ${dayMonthYear(t, '/')} à ${clock(t, 'h')}, Menton`,
    render(p) {
      const { d, s } = p;
      p.chrome('Menu · Rechercher · Espace abonnés · Offre découverte').blank();
      p.chrome('LE BIEN PUBLIC MENTONNAIS', 'Menton, Roquebrune-Cap-Martin, Castellar, Sainte-Agnès et la Riviera italienne voisine').blank();
      p.chrome(`EN CONTINU ➜ ${otherHeadline(p)} ➜ ${d.pick(['Vintimille : le marché du vendredi maintenu', 'Fête du Citron : la billetterie ouvre lundi', 'Train des Merveilles : trafic interrompu à Breil'])}`).blank();
      const byline = d.pick([`${s.author} — rédaction de Menton`, `Un article de ${s.author}`, `${s.author} (texte) et ${d.pick(PHOTOGRAPHERS_V37)} (photo)`]);
      // The date (and byline) above the headline on some pages.
      const above = d.chance(0.5);
      if (above) p.meta(this.stamp(p), byline).blank();
      if (d.chance(0.3)) p.chrome('ABONNÉS').blank();
      p.title((t) => d.pick([t, t, t, `Riviera : ${t}`, `${t} - Le Bien public mentonnais`])).blank();
      if (!above) p.meta(byline, this.stamp(p)).blank();
      p.body(afterParagraphs(p, [[p.mid(), `➜ Lire aussi : ${otherHeadline(p)}`], d.chance(0.35) && [s.body.length, d.pick(NOTICES_FR)]]));
      if (d.chance(0.6)) p.chrome(...ifHeadline(p, `Vous avez lu « ${s.src.title} » jusqu’au bout. Merci !`)).blank();
      p.chrome(`${p.n(60)} réactions · Réagir · Signaler un abus`).blank();
      p.chrome(`Les plus partagés ➜ ${p.related(2).join(' ➜ ')}`).blank();
      p.chrome(
        'Indépendant depuis sa fondation, Le Bien public mentonnais ne vit que de ses abonnés et de la publicité des commerçants du pays mentonnais. Pour que nos journalistes continuent de suivre chaque conseil municipal, de Castellar à Roquebrune, abonnez-vous.',
      ).blank();
      p.chrome(`© ${copyrightYear(p)} Le Bien public mentonnais SAS — 06500 Menton — Reproduction interdite`);
      return { author: true, date: 'full' };
    },
  },
];

/** The original's address on its outlet's site, in one of five URL shapes (a date path, an archive wrapper, a port, angle brackets, a PHP query). */
function originalAddress(p: Page): string {
  const { d, s } = p;
  const host = HOSTS_V37[s.credit!.canonical]!;
  const words = slug(s.src.title);
  const t = s.date;
  const day = `${t.getFullYear()}/${pad2(t.getMonth() + 1)}/${pad2(t.getDate())}`;
  return d.pick([
    () => `https://${host}/${day}/${words}/`,
    () => `https://web.archive.org/web/${t.getFullYear()}${pad2(t.getMonth() + 1)}${pad2(t.getDate())}000000/https://${host}/${words}`,
    () => `https://${host}:443/${words}`,
    () => `<https://${host}/${words}>`,
    () => `http://${host}/article.php?id=${d.int(1000, 99_999)}&titre=${words}`,
  ])();
}

// ——— Junk: files that hold no article (each must be rejected) ———

const JUNK_V37: readonly { name: string; bytes: Uint8Array }[] = [
  { name: 'gif-head', bytes: Buffer.from('GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!', 'latin1') },
  { name: 'pdf-head', bytes: Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1') },
  { name: 'zip-head', bytes: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]) },
  { name: 'robots', bytes: Buffer.from('User-agent: *\nDisallow: /abonnes/\nCrawl-delay: 10\n', 'utf8') },
  { name: 'captcha', bytes: Buffer.from('Vérification de sécurité\nMerci de confirmer que vous êtes un humain en cochant la case ci-dessous.\n', 'utf8') },
  { name: 'maintenance', bytes: Buffer.from('Site en maintenance.\nNous revenons vers 6 h (heure de Paris).\nWe will be back shortly.\n', 'utf8') },
  { name: 'js-required', bytes: Buffer.from('Activez JavaScript dans votre navigateur pour afficher ce contenu.\n', 'utf8') },
  { name: 'rss-empty', bytes: Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title></title></channel></rss>\n', 'utf8') },
  { name: 'calendar', bytes: Buffer.from('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//agenda//FR\r\nEND:VCALENDAR\r\n', 'utf8') },
  { name: 'utf16-blank', bytes: Buffer.from([0xff, 0xfe, 0x20, 0x00, 0x0a, 0x00, 0x0a, 0x00]) },
  { name: 'json-empty-list', bytes: Buffer.from('{"articles": [], "total": 0}\n', 'utf8') },
  { name: 'quota', bytes: Buffer.from('Vous avez atteint la limite de 3 articles gratuits ce mois-ci.\nConnectez-vous ou abonnez-vous.\n', 'utf8') },
];

// ——— Generation ———

/** A page of `site` under v2's convention; English pages expect the byline as they print it ("A and B"). */
function pageV37(site: SiteV37, story: Story, d: Dice, chromeOnly = false): MadePage {
  const made = page(site, story, d, chromeOnly);
  if (site.lang !== 'en' || made.entry.author === null) return made;
  return { ...made, entry: { ...made.entry, author: inEnglish(made.entry.author) } };
}

/** Whom a copy owes its original to: the original's credit, else its site when it publishes as itself, else nobody. */
function owedTo(story: Story, origin: SiteV37): Pick<Credit, 'canonical' | 'lookalike'> | null {
  if (story.credit !== null) return story.credit;
  if (origin.attribution !== 'own') return null;
  return { canonical: origin.name, lookalike: origin.lookalike === true };
}

const CREDITING: ReadonlySet<string> = new Set(['credit', 'source-line', 'url-host', 'title-suffix']);

/** `story` as `host` republishes it: with a credit where the host credits and can show the original; maybe headless, maybe shorter. */
function republished(d: Dice, story: Story, origin: SiteV37, host: SiteV37, others: string[]): Story {
  const owed = owedTo(story, origin);
  const credit = owed !== null && CREDITING.has(host.attribution) && (host.canShow === undefined || host.canShow(owed.canonical)) ? creditAsPrinted(d, owed.canonical, host.translate, owed.lookalike) : null;
  const shorter = story.src.body.length >= 4 && d.chance(CUT_V37);
  // The Collioure review names the outlet after the headline: its copies always show it.
  const headline = host.attribution === 'title-suffix' ? true : !d.chance(HEADLESS_V37);
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
 * Builds the v37 set from clean sources (deterministic for a seed): each site's originals and their copies on up to
 * three other sites, uncredited bare files, chrome-only pages and junk, shuffled, each file in one of several
 * encodings and named by content.
 */
export function generateUnseenV37(pool: readonly UnseenSource[], seed: number = SEED_V37): { files: UnseenFile[]; manifest: UnseenEntry[] } {
  const d = new Dice(makeRng(seed));
  const needed = SITES_V37.reduce((sum, site) => sum + site.originals, 0) + BARE_V37;
  if (pool.length < needed) throw new Error(`unseen sites v37: ${needed} clean articles needed, the pool has ${pool.length}`);
  const chosen = d.sample(pool, needed);
  const titles = chosen.map((src) => src.title);
  const othersThan = (src: UnseenSource): string[] => d.sample(titles.filter((t) => t !== src.title), 6);
  const moment = (): TZDate => {
    const day = new Date(PERIOD_FROM + d.int(0, PERIOD_LENGTH - 1) * 86_400_000);
    return new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), d.int(6, 21), d.int(0, 59), 0, PARIS_ZONE);
  };
  const made: MadePage[] = [];
  let next = 0;
  for (const site of SITES_V37) {
    for (const src of chosen.slice(next, next + site.originals)) {
      const story: Story = { src, body: src.body, author: d.pick(WRITERS_V37), date: moment(), headline: true, credit: site.draw?.(d) ?? null, others: othersThan(src) };
      made.push(pageV37(site, story, d));
      const hosts = d.sample(SITES_V37.filter((other) => other !== site), hostsCount(d));
      for (const host of hosts) made.push(pageV37(host, republished(d, story, site, host, othersThan(src)), d));
    }
    next += site.originals;
    if (site.chromeOnlyPage) {
      const stand = chosen[needed - 1]!;
      made.push(pageV37(site, { src: stand, body: [], author: d.pick(WRITERS_V37), date: moment(), headline: false, credit: null, others: othersThan(stand) }, d, true));
    }
  }
  for (const src of chosen.slice(next)) made.push(creditsNobody(bareFile(src)));
  for (const junk of JUNK_V37) made.push(creditsNobody(junkFile(junk)));
  return packFiles(d, made, ENCODINGS_V37, 'v37-');
}

/** Heading of the v37 table and JSON. */
export const V37_HEADING = 'UNSEEN SITES v37 (frozen 2026-12-02, development data since 18:57: its misses were read)';

/** Generates v37, runs the real ingest on it and prints its figures (without the DEV simulation). */
export const runUnseenEvalV37 = unseenSetRunner(V37_HEADING, generateUnseenV37);

generatorCli(import.meta.url, 'unseen sites v37', generateUnseenV37, SEED_V37);
