/**
 * Generates the FROZEN unseen-sites v35 evaluation set (issue 8): twelve more ordinary news sites, of kinds and places no
 * earlier set had, with the emphasis on outlets first, then headlines, then pages and lines of chrome.
 *
 * FROZEN SET, written without reading the rules on 2026-12-02. Nobody tunes rules against it: do not read its misses
 * (`--show` stays 0) while changing rules, and do not edit its templates, wordings or seed to move a score. When it is
 * read, freeze a v36 and call this one development data. Its one deliberate first scoring is recorded in
 * bench/unseen-sites-v35.json. It was written without reading the ingest rules (src/ingest/), the word lists and
 * outlet list (src/data/), the renderer, pages, components and build (src/pages/, src/components/, src/build/), the
 * README's rule descriptions, the git history or any score of any set (the scorer, src/eval/unseen-sites.ts and
 * src/eval/score.ts, was read for its types and conventions; bench/unseen-sites-v34.json was opened for its JSON shape
 * only; no other set was scored), and without opening the v21, v22, v23, v25 and v32 generators. Of the earlier sets
 * only the shared scaffolding (scripts/unseen-sites.ts, v2's `page` and `SiteV2`, simulate-heldout's `Dice` and
 * encodings, scripts/rng.ts), v34's generator and test (for the format, the set mechanics and the scaffolding calls,
 * not their sites or wordings), tests/unit/unseen-answers.ts, the wiring of v34 in src/cli/eval.ts and package.json,
 * and the site lists in the headers of v3–v34 (to pick other kinds and places) were read. The sites, outlets, credit
 * wordings, translations, title decorations, date formats, time zones, junk and chrome here are new.
 *
 * `npm run eval:unseen` scores v1 to v34 then this set (`npm run eval:unseen:v35`, or `npm run eval -- --unseen
 * --unseen-set v35`, for this one only); `npx tsx scripts/unseen-sites-v35.ts --out DIR` only writes the folder
 * and its manifest (the v1 format, with v2's `outletEvidence`).
 *
 * The twelve sites: a canal, lock and river-boating news site in Briare (Loiret) whose own name begins like a Nevers
 * daily's (a look-alike, its own reporters, some pieces written by two), a cross-Channel ferry crews' letter in
 * Dieppe (Seine-Maritime) crediting Normandy, national, Belgian, Swiss and Québec papers, British outlets garbled
 * into French word for word and look-alike titles (the credit under the headline, in brackets after it, or under the
 * date, with permissions), a glove-makers' and tanners' trade letter in Millau (Aveyron) crediting Aveyron, national
 * and business papers, Italian, German and American outlets garbled into French and look-alike titles (the credit as a
 * kicker above the headline or as the page's very last line), a French-language portal in Tbilisi (Georgia) with a
 * source line under the date, inside the text or at the foot naming French, Swiss and Central Asian francophone
 * outlets, Georgian, Russian and English-language outlets garbled into French and look-alike titles (Georgia time,
 * GET = UTC+4, a Georgian and French date; Georgian–French chrome), a model-railway club's letter in Montluçon
 * (Allier) crediting nobody (the day only), a French-speaking parish's letter in Montevideo (Uruguay) crediting
 * Catholic, national and international French papers, Argentine, Uruguayan, Brazilian and English-language outlets
 * garbled into French and look-alike titles (Uruguay time, UTC-3, a Spanish date; the credit inside the text or as a
 * postscript), an economy portal in Niamey (Niger) giving the original's address under the date, inside the text or
 * at the foot (West Africa time, "WAT, GMT+1"; Zarma–French chrome), a piment d'Espelette growers' press review in
 * Espelette (Pyrénées-Atlantiques) keeping the original's name after the headline (in guillemets, after an arrow
 * head, two slashes, a middle dot or in braces; a Basque and French date), a French-language weekly in Bangkok
 * (Thailand) whose own name begins like a Brussels daily's (a look-alike, its own reporters, some pieces written by
 * two; Indochina time, UTC+7, often the next day, the Buddhist-era year beside the Gregorian one; Thai–French
 * chrome), an English-language weekly in Gibraltar (its own reporters, some pieces written by two, CET, "2.05pm"),
 * an English-language Perth (Western Australia) mining-services letter translating French regional, building-trade,
 * Swiss, Belgian and Ontario papers' names into English word for word (AWST = UTC+8, often the next day; the credit
 * under the date or in parentheses under the headline), and an English-language Port Louis (Mauritius) digest doing
 * the same with Mauritian, Réunion, Malagasy, Mayotte and Paris papers (Mauritius time, UTC+4, "18.05"; the credit
 * inside the text, at its foot or in brackets under the headline).
 * Article text is read AT RUN TIME from ../shared/corpus/gilets-jaunes (v1's clean pool, drawn with another seed):
 * no corpus text is stored here.
 *
 * Outlets, the first emphasis: credits above the headline, under it, in brackets under it, under the date, inside the
 * text, as a postscript, at the foot and as the page's last line (after the republisher's own footer), as an address
 * in four URL shapes (with tracking parameters, an AMP path, a mobile host, a query id), and after the headline, in
 * French and English wordings new to this set, several of them permissions; the republishers' own © lines sit at the
 * foot and, on two sites, right under the headline or the credit. Sites whose own masthead and staff bylines make them
 * the outlet (their copies of other sites' stories too) stand beside republishers and a letter that credits nobody.
 *
 * Headlines, the second emphasis: kickers and rubric lines above the headline, a breadcrumb ending with the headline
 * cut short, another article's headline above it ("previous article", a news ticker, "also today"), a reading-time or
 * rubric line under it, the headline repeated in a share line, a closing line or a "you have read" note after the
 * body, "most read" lists of other headlines, prefix tags, site-name suffixes and notes.
 *
 * Chrome, the third: five sites serve a page of chrome only (a login wall, an empty tag page, a table of contents of
 * other headlines, a newsletter confirmation, a site's chrome without its article), and long chrome lines (editor's
 * notes, corrections, pitches) stand between paragraphs on some pages of every site.
 *
 * Date formats: "Briare, le 10-01-2019 • 14h05", "Dieppe — publié à 14.05 le 10.01.19 (heure de Paris)", "Millau |
 * 10 janv. 2019 | 14 h 05 (heure de Paris)", "10 იანვარი 2019 · 10 janvier 2019 · 17:05 GET (UTC+4)", "Montluçon,
 * jeu. 10/01/19", "Montevideo, jueves 10 de enero de 2019 · 10.05 h (UYT, UTC-3)", "Niamey, le 10/01/2019 à 14:05
 * (WAT, GMT+1)", "Ezpeleta, 2019ko urtarrilaren 10a — 10 janvier 2019, 14:05", "Jeudi 10 janvier 2562 (2019), 20 h 05,
 * heure de Bangkok", "10-Jan-2019 2.05pm CET", "11.01.2019 | 9:05 pm AWST (UTC+8)" and "Port Louis, 10 January 2019
 * at 18.05 (Mauritius time, UTC+4)".
 *
 * Expected outlet: v2's convention (who published the article first, as the file credits it), recorded per file in
 * `outletEvidence`: machine-translated names of real outlets expect the real outlet's usual name, look-alike names
 * are kept as written, the site's own name is the outlet only where it shows its masthead and its own staff's byline,
 * the republisher is the site's name whenever the file credits another outlet, and null when nothing credits one.
 * Republishing sites show a byline only beside a credit. Expected author: the writer's name as the byline shows it,
 * without role, place, desk, translator or photographer; a piece written by two expects both names as the page joins
 * them ("A et B" on French pages, "A and B" on English ones); an author box naming the writer is chrome. Every time
 * shown names its zone or is Paris time (the whole period, 20 November 2018 to 23 January 2019, is in each zone's
 * winter or only time); the expected date is the same instant, written in Paris time (UTC+1). The Montluçon letter
 * shows the day only. Files are written in UTF-8 (with or without a BOM, LF or CRLF), Windows-1252, ISO-8859-1
 * (`latin1`, only for pages whose every character it holds; Windows-1252 otherwise) and UTF-16 LE.
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

/** The v35 seed: no earlier set drew with it. */
export const SEED_V35 = 20261202_35;
/** Clean articles left bare (title and body only). */
const BARE_V35 = 10;
/** Share of copies scraped without their headline line. */
const HEADLESS_V35 = 0.3;
/** Share of copies (of bodies with four paragraphs or more) that lose their closing paragraph. */
const CUT_V35 = 0.32;
/** The period: 65 days from 20 November 2018, in Paris winter time (UTC+1); no clock of the set changes in it. */
const PERIOD_START = Date.UTC(2018, 10, 20);
const PERIOD_DAYS = 65;
const PARIS = 'Europe/Paris';
const ENCODINGS_V35: readonly SetEncoding[] = ['utf-8', 'cp1252', 'utf-8-bom', 'latin1', 'utf-8', 'cp1252-crlf', 'utf-16le-bom', 'utf-8-crlf', 'utf-8', 'latin1', 'cp1252', 'utf-8'];

// ——— People ———

/** Writers; four entries are pieces written by two (joined " et " as French pages print them). */
const WRITERS_V35 = [
  'Firmin Vasseur', 'Ondine Carrez', 'Loïc Beaujard', 'Nino Beridze', 'Tamar Kiknadze', 'Héloïse Sabatier', 'Camila Ferreyra', 'Joaquín Olivera',
  'Aïssa Hamani', 'Maialen Etxeberri', 'Peio Irigoyen', 'Siriporn Chaiyasit', 'Thibault Vannier', 'Kieran Ellul', 'Gemma Bossano', 'Callum Prideaux',
  'Priyanka Doorgakant', 'Sidonie Lachaume', 'Ambroise Tixier', 'Mahamadou Garba',
  'Firmin Vasseur et Ondine Carrez', 'Siriporn Chaiyasit et Thibault Vannier', 'Kieran Ellul et Gemma Bossano', 'Maialen Etxeberri et Peio Irigoyen',
];
/** Translators and revisers named beside the writer; photographers beside some bylines. */
const REVISERS_V35 = ['Levan Gelashvili', 'Valentina Sosa', 'Shenaz Peerbux', 'Brendan Lowe'];
const PHOTOGRAPHERS_V35 = ['Arnaud Pelletier', 'Napat Sukjai', 'Luis Montiel', 'Julian Caruana'];

// ——— Outlets ———

const DIEPPE_FRANCOPHONE = ['Paris-Normandie', 'Le Courrier cauchois', 'Les Informations dieppoises', 'Ouest-France', 'Le Monde', 'Le Soir', 'La Libre Belgique', 'Le Temps', 'Le Devoir', 'La Presse'];
const DIEPPE_BRITISH = ['The Portsmouth News', 'Evening Standard', 'Daily Mirror', 'Lloyd’s List', 'The Spectator'];
const MILLAU_FRENCH = ['Midi libre', 'Centre Presse Aveyron', 'La Dépêche du Midi', 'Le Monde', 'Les Échos', 'Le Figaro', 'Libération', 'Le Parisien', 'Challenges', 'Le Journal du textile'];
const MILLAU_FOREIGN = ['Corriere della Sera', 'Frankfurter Allgemeine Zeitung', 'Handelsblatt', 'Women’s Wear Daily', 'Der Tagesspiegel'];
const TBILISI_FRANCOPHONE = ['Courrier international', 'RFI', 'Le Monde', 'Le Figaro', 'La Croix', 'France 24', 'Le Temps', 'Libération', 'L’Express', 'Novastan'];
const TBILISI_FOREIGN = ['Georgia Today', 'Civil Georgia', 'The Moscow Times', 'Novaya Gazeta', 'Kommersant', 'Radio Free Europe/Radio Liberty', 'Eurasianet'];
const MONTEVIDEO_FRENCH = ['La Croix', 'Le Pèlerin', 'La Vie', 'Famille chrétienne', 'Le Monde', 'Le Figaro', 'RFI', 'Courrier international', 'Le Monde diplomatique', 'Ouest-France'];
const MONTEVIDEO_FOREIGN = ['Clarín', 'Página/12', 'Brecha', 'Folha de S.Paulo', 'Buenos Aires Herald', 'Ámbito Financiero', 'MercoPress'];
const ESPELETTE_PRESS = ['Sud Ouest', 'La République des Pyrénées', 'Le Journal du Pays basque', 'Le Monde', 'Le Figaro', 'Libération', 'Les Échos', 'La Croix', 'Le Parisien', 'Le Point', 'Midi libre', 'La Dépêche du Midi'];
const PERTH_PICKS = ['Le Moniteur', 'La Provence', 'Midi libre', 'Le Bien public', 'Le Berry républicain', 'La Liberté', '24 heures', 'Le Nouvelliste', 'Le Droit', 'L’Avenir', 'Le Journal de Saône-et-Loire'];
const PORT_LOUIS_PICKS = ['Le Mauricien', 'Le Défi Quotidien', 'Le Quotidien de la Réunion', 'Midi Madagasikara', 'Le Journal de Mayotte', 'Le Monde', 'Le Parisien', 'France-Soir', 'L’Équipe', 'Valeurs actuelles', 'Marianne'];

/** Invented outlets whose names begin like a known outlet's: the expected outlet is the name as written. */
const LOOKALIKES_V35 = {
  dieppe: ['Le Soir de la Manche', 'Le Temps des Marées'],
  millau: ['Midi libre Entreprises', 'Le Point Sellier'],
  tbilisi: ['Le Courrier du Caucase', 'Le Temps de Géorgie'],
  montevideo: ['La Croix du Sud', 'Le Monde rioplatense'],
  espelette: ['Sud Ouest Gourmand', 'Le Parisien du Terroir'],
  perth: ['Le Moniteur des Mines', 'La Provence minière'],
  portLouis: ['Le Quotidien des Mascareignes', 'Le Monde de l’océan Indien'],
} as const;
const IS_LOOKALIKE_V35: ReadonlySet<string> = new Set(Object.values(LOOKALIKES_V35).flat());

/** French, Swiss, Belgian, Canadian and Indian Ocean names as a translation engine renders them in English, word for word. */
export const INTO_EN_V35: Record<string, readonly string[]> = {
  'Le Moniteur': ['The Monitor'],
  'La Provence': ['The Provence'],
  'Midi libre': ['Free Midi', 'The Free South'],
  'Le Bien public': ['The Public Good', 'Public Welfare'],
  'Le Berry républicain': ['The Republican Berry', 'Berry Republican'],
  'La Liberté': ['Liberty', 'The Freedom'],
  '24 heures': ['24 Hours', 'Twenty-Four Hours'],
  'Le Nouvelliste': ['The Newsman', 'The Novelist'],
  'Le Droit': ['The Law', 'The Right'],
  'L’Avenir': ['The Future'],
  'Le Journal de Saône-et-Loire': ['The Journal of Saône-and-Loire', 'Saône-and-Loire Journal'],
  'Le Mauricien': ['The Mauritian'],
  'Le Défi Quotidien': ['The Daily Challenge', 'Daily Challenge'],
  'Le Quotidien de la Réunion': ['The Daily of Reunion', 'The Reunion Daily'],
  'Midi Madagasikara': ['Midday Madagascar', 'Noon Madagascar'],
  'Le Journal de Mayotte': ['The Mayotte Journal', 'The Journal of Mayotte'],
  'Le Monde': ['The World'],
  'Le Parisien': ['The Parisian', 'Parisian'],
  'France-Soir': ['France Evening', 'Evening France'],
  'L’Équipe': ['The Team'],
  'Valeurs actuelles': ['Current Values', 'Present Values'],
};
/** English, Italian, German, Georgian, Russian, Spanish and Portuguese names as a translation engine garbles them in French, word for word. */
export const INTO_FR_V35: Record<string, readonly string[]> = {
  'The Portsmouth News': ['Les Nouvelles de Portsmouth', 'Nouvelles portsmouthiennes'],
  'Evening Standard': ['L’Étendard du Soir', 'Étendard du soir'],
  'Daily Mirror': ['Le Miroir quotidien', 'Miroir du jour'],
  'Lloyd’s List': ['La Liste de Lloyd', 'Liste Lloyd'],
  'The Spectator': ['Le Spectateur'],
  'Corriere della Sera': ['Le Courrier du Soir', 'Courrier de la soirée'],
  'Frankfurter Allgemeine Zeitung': ['Le Journal général de Francfort', 'Gazette générale francfortoise'],
  Handelsblatt: ['La Feuille du Commerce', 'Feuille commerciale'],
  'Women’s Wear Daily': ['Le Quotidien du Vêtement féminin', 'Vêtements de femmes quotidien'],
  'Der Tagesspiegel': ['Le Miroir de la Journée', 'Miroir journalier'],
  'Georgia Today': ['La Géorgie aujourd’hui', 'Géorgie Aujourd’hui'],
  'Civil Georgia': ['La Géorgie civile', 'Géorgie civile'],
  'The Moscow Times': ['Les Temps de Moscou', 'Temps moscovites'],
  'Novaya Gazeta': ['La Nouvelle Gazette', 'Nouvelle Gazette'],
  Kommersant: ['Le Commerçant', 'Commerçant'],
  'Radio Free Europe/Radio Liberty': ['Radio Europe libre/Radio Liberté', 'Radio Libre Europe'],
  Eurasianet: ['Le Filet eurasien', 'Réseau eurasien'],
  Clarín: ['Le Clairon', 'Clairon'],
  'Página/12': ['Page/12', 'Page douze'],
  Brecha: ['La Brèche', 'Brèche'],
  'Folha de S.Paulo': ['La Feuille de São Paulo', 'Feuille de Saint-Paul'],
  'Buenos Aires Herald': ['Le Héraut de Buenos Aires', 'Héraut des Bons Airs'],
  'Ámbito Financiero': ['Le Domaine financier', 'Domaine financier'],
  MercoPress: ['Mercopresse', 'Presse Merco'],
};

/** Web hosts of the outlets the Niamey portal gives the address of. */
const HOSTS_V35: Record<string, string> = {
  ActuNiger: 'www.actuniger.com', 'Le Sahel': 'www.lesahel.org', Tamtaminfo: 'www.tamtaminfo.com', 'Studio Kalangou': 'www.studiokalangou.org',
  'Jeune Afrique': 'www.jeuneafrique.com', RFI: 'www.rfi.fr', 'Le Monde': 'www.lemonde.fr', 'France 24': 'www.france24.com', TV5Monde: 'information.tv5monde.com',
  Mondafrique: 'mondafrique.com', 'Le Point': 'www.lepoint.fr', Libération: 'www.liberation.fr', 'Le Figaro': 'www.lefigaro.fr', 'La Croix': 'www.la-croix.com',
  'Le Soir': 'www.lesoir.be', 'Le Temps': 'www.letemps.ch', 'Le Devoir': 'www.ledevoir.com', 'La Presse': 'www.lapresse.ca', 'Les Échos': 'www.lesechos.fr',
  'Ouest-France': 'www.ouest-france.fr', 'Le Parisien': 'www.leparisien.fr', 'La Dépêche du Midi': 'www.ladepeche.fr', 'Midi libre': 'www.midilibre.fr',
  'Sud Ouest': 'www.sudouest.fr', 'Courrier international': 'www.courrierinternational.com', 'L’Express': 'www.lexpress.fr', 'La Libre Belgique': 'www.lalibre.be',
};
const NIAMEY_LINKED = ['ActuNiger', 'Le Sahel', 'Tamtaminfo', 'Studio Kalangou', 'Jeune Afrique', 'RFI', 'Le Monde', 'France 24', 'TV5Monde', 'Mondafrique', 'Le Point', 'Libération', 'Le Figaro'];

/** A v35 site: a v2 site, its date line, and which originals its way of crediting can show on a copy (all when absent). */
interface SiteV35 extends SiteV2 {
  stamp: (p: Page) => string;
  canShow?: (canonical: string) => boolean;
}

const { creditAsPrinted, weightedCredits } = creditPrinter(INTO_EN_V35, INTO_FR_V35, IS_LOOKALIKE_V35);

// ——— Template helpers ———

const WEEKDAYS_FR = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTHS_KA = ['იანვარი', 'თებერვალი', 'მარტი', 'აპრილი', 'მაისი', 'ივნისი', 'ივლისი', 'აგვისტო', 'სექტემბერი', 'ოქტომბერი', 'ნოემბერი', 'დეკემბერი'];
const WEEKDAYS_ES = ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'];
const MONTHS_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
/** Basque month names in the genitive, as a date writes them ("urtarrilaren 10a"). */
const MONTHS_EU = ['urtarrilaren', 'otsailaren', 'martxoaren', 'apirilaren', 'maiatzaren', 'ekainaren', 'uztailaren', 'abuztuaren', 'irailaren', 'urriaren', 'azaroaren', 'abenduaren'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** The abbreviations the Millau and Montluçon letters print. */
const SHORT_MONTHS_FR = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];
const SHORT_WEEKDAYS_FR = ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'];

const hm = (t: Date, sep: string): string => `${pad2(t.getHours())}${sep}${pad2(t.getMinutes())}`;
const dmy = (t: Date, sep: string, digits = 4): string => `${pad2(t.getDate())}${sep}${pad2(t.getMonth() + 1)}${sep}${String(t.getFullYear()).slice(4 - digits)}`;
const longFr = (t: Date, year = t.getFullYear()): string => `${t.getDate()} ${MONTHS_FR[t.getMonth()]!} ${year}`;
/** "2.05pm", "11.40am": a twelve-hour clock with a dot. */
const twelve = (t: Date, sep: string): string => `${t.getHours() % 12 || 12}${sep}${pad2(t.getMinutes())}${t.getHours() < 12 ? 'am' : 'pm'}`;
const yearOf = (p: Page): number => p.s.date.getFullYear();

/** The headline shortened to at most `chars` characters at a word boundary, with "…" (breadcrumbs and tickers cut it so). */
function shortened(title: string, chars: number): string {
  if (title.length <= chars) return `${title.slice(0, Math.max(1, title.lastIndexOf(' ')))}…`;
  const room = title.slice(0, chars);
  return `${room.slice(0, Math.max(room.lastIndexOf(' '), 1))}…`;
}
/** Lines that name this copy's own headline: none on a headless copy or a chrome-only page. */
const naming = (p: Page, ...lines: string[]): string[] => (p.s.headline && !p.chromeOnly ? lines : []);
/** Another story's headline, for tickers, "previous article" lines and "most read" lists. */
const another = (p: Page): string => p.related(1)[0]!;
/** Chrome after paragraphs: `at` maps paragraph indexes to lines (an index past the next-to-last paragraph is moved back to it). */
function between(p: Page, at: readonly (readonly [number, string] | false)[]): Record<number, string[]> {
  const last = Math.max(0, p.s.body.length - 2);
  const out: Record<number, string[]> = {};
  for (const pair of at) if (pair) (out[Math.min(pair[0], last)] ??= []).push(pair[1]);
  return out;
}
/** The writer line of a republisher: one of its forms (each naming the writer once). */
const writerLine = (p: Page, forms: readonly ((writer: string) => string)[], english = false): string => p.d.pick(forms)(english ? writerEn(p) : p.s.author);

/** The original's address on its outlet's site, in one of four URL shapes. */
function originalAddress(p: Page): string {
  const { d, s } = p;
  const host = HOSTS_V35[s.credit!.canonical]!;
  const words = slug(s.src.title);
  const id = d.int(10_000, 899_999);
  return d.pick([
    () => `https://${host}/${s.date.getFullYear()}/${pad2(s.date.getMonth() + 1)}/${words}.html?utm_source=kouara&utm_medium=relais`,
    () => `https://${host}/amp/actualites/${words}-${id}`,
    () => `http://m.${host.replace(/^www\./, '')}/article/${id}/${words}`,
    () => `https://${host}/?p=${id}&lang=fr`,
  ])();
}

/** A long chrome line that reads like prose, between two paragraphs on some pages (chrome that a body may swallow). */
const EDITOR_NOTES_FR = [
  'Note de la rédaction : une erreur s’était glissée dans la première version de cet article à propos du nombre de manifestants ; elle a été corrigée le lendemain matin, et nous prions nos lecteurs de bien vouloir nous en excuser.',
  'Précision : les chiffres cités dans ce texte proviennent des organisateurs et n’ont pas pu être vérifiés de manière indépendante par notre équipe, qui reviendra sur le sujet dès que les données officielles seront connues.',
];

// ——— The twelve sites ———

export const SITES_V35: readonly SiteV35[] = [
  {
    id: 'briare-canal',
    name: 'Le Journal du Centre et des Canaux',
    lang: 'fr',
    originals: 14,
    attribution: 'own',
    lookalike: true,
    chromeOnlyPage: true,
    stamp: ({ s: { date: t } }) => `Briare, le ${dmy(t, '-')} • ${hm(t, 'h')}`,
    render(p) {
      const { d, s } = p;
      p.chrome('Aller au menu • Aller à la recherche • Version contrastée').blank();
      p.chrome(
        'Pour que Le Journal du Centre et des Canaux reste gratuit, nous mesurons notre audience et affichons des annonces des loueurs de bateaux, des haltes nautiques et des commerces du Giennois. Vous pouvez tout accepter, tout refuser ou régler vos choix service par service.',
        'Tout accepter',
        'Tout refuser',
        'Mes choix',
      ).blank();
      p.chrome('LE JOURNAL DU CENTRE ET DES CANAUX', 'Briare, Gien, Châtillon-sur-Loire, Rogny-les-Sept-Écluses — le pont-canal, la Loire et ceux qui vivent au fil de l’eau').blank();
      if (p.chromeOnly) {
        p.chrome(
          'Cet article est réservé à nos abonnés. Connectez-vous pour le lire ou abonnez-vous pour 4,90 € par mois : toute l’actualité des canaux de Briare et latéral à la Loire, les avis à la batellerie et nos archives depuis 2004.',
          'Identifiant',
          'Mot de passe',
          'Se connecter',
          'Pas encore abonné ? Découvrez nos offres',
        ).blank();
      }
      if (d.chance(0.45)) p.chrome(...naming(p, `◂ Article précédent : ${another(p)}`)).blank();
      p.chrome(...naming(p, `Accueil ≫ ${d.pick(['Briare', 'Gien', 'Ouzouer-sur-Trézée', 'Châtillon-sur-Loire'])} ≫ ${shortened(s.src.title, 38)}`)).blank();
      if (d.chance(0.35)) p.chrome('ÉCLUSES ET BATELLERIE').blank();
      p.title((t) => (d.chance(0.25) ? `Au fil de l’eau • ${t}` : t)).blank();
      p.chrome(`Lecture : ${d.int(2, 7)} min`).blank();
      p.meta(
        d.pick([`Par ${s.author}`, `${s.author} | correspondance à Ouzouer-sur-Trézée`, `Texte : ${s.author} • Photos : ${d.pick(PHOTOGRAPHERS_V35)}`]),
        this.stamp(p),
      ).blank();
      p.body(between(p, [[p.mid(), `≫ À lire également : ${another(p)}`], d.chance(0.3) && [p.s.body.length, d.pick(EDITOR_NOTES_FR)]]));
      p.chrome(...naming(p, `Partager « ${s.src.title} » : Facebook • X • Courriel • Copier le lien`)).blank();
      if (d.chance(0.5)) p.chrome(`À propos • ${s.author} suit pour Le Journal du Centre et des Canaux la batellerie, les écluses et la vie des ports de plaisance entre Loire et Loing.`).blank();
      p.chrome(`Les plus lus ≫ ${p.related(2).join(' ≫ ')}`).blank();
      p.chrome(`© Le Journal du Centre et des Canaux ${yearOf(p)} — 12, quai de la Tuilerie, 45250 Briare — Mentions légales — Données personnelles — Nous écrire`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'dieppe-ferry',
    name: 'Le Fil des Équipages',
    lang: 'fr',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.88 },
    draw: weightedCredits({ into: 'fr', share: 0.88 }, [DIEPPE_FRANCOPHONE, 0.34], [DIEPPE_BRITISH, 0.42], [LOOKALIKES_V35.dieppe, 0.13]),
    stamp: ({ s: { date: t } }) => `Dieppe — publié à ${hm(t, '.')} le ${dmy(t, '.', 2)} (heure de Paris)`,
    render(p) {
      const { d, s } = p;
      p.chrome('Intranet des navigants — lettre n° ' + d.int(100, 240) + ' — diffusion réservée aux équipages Dieppe–Newhaven').blank();
      p.chrome('LE FIL DES ÉQUIPAGES', 'Marins, hôteliers de bord et dockers de la ligne transmanche', 'Une ≈ Ligne ≈ Métier ≈ Revue de presse ≈ Entraide').blank();
      p.chrome(`Départs ≈ ${d.pick(['navire à quai, appareillage 18 h', 'rotation de nuit annulée, coup de vent', 'traversée retardée de 40 minutes'])} ≈ Mer : ${d.pick(['agitée', 'forte', 'peu agitée'])}`).blank();
      if (d.chance(0.4)) p.chrome('Rubrique ≈ La presse en escale').blank();
      p.title((t) => d.pick([t, t, t, `Transmanche ≈ ${t}`, `${t} ≈ Le Fil des Équipages`])).blank();
      const credit = s.credit
        ? d.pick([
            (o: string) => `Reproduit avec l’autorisation ${de(o)}, que nous remercions.`,
            (o: string) => `Relayé pour les équipages ; texte d’origine : ${o}`,
            (o: string) => `Article ${de(o)}, repris avec l’accord de sa rédaction`,
            (o: string) => `Permission de reproduire accordée par ${o}`,
            (o: string) => `Les équipages relaient ce papier paru dans ${o}.`,
          ])(s.credit.shown)
        : null;
      const writer = writerLine(p, [(w) => `Signé ${w}`, (w) => `${w} (rédaction d’origine), relu par ${d.pick(REVISERS_V35)}`]);
      const stamp = this.stamp(p);
      // Under the headline, in brackets right under it, or under the date.
      const where = credit === null ? 'none' : d.pick(['under', 'bracket', 'date'] as const);
      if (where === 'under') p.meta(credit!, writer, stamp);
      else if (where === 'bracket') p.meta(`[${credit!}]`, stamp, writer);
      else if (where === 'date') p.meta(stamp, credit!, writer);
      else p.meta(stamp);
      if (d.chance(0.4)) p.chrome('© Le Fil des Équipages — reproduction interdite hors de la compagnie');
      p.blank();
      p.body(between(p, [[p.mid(), `≈ À lire aussi dans la lettre : ${another(p)}`], d.chance(0.35) && [p.s.body.length, 'Entraide ≈ Un collègue du pont cherche un covoiturage entre Dieppe et Rouen pour les rotations du week-end, participation aux frais d’essence et de péage ; laissez un mot au bureau du quai Henri-IV.']]));
      p.chrome(...naming(p, `Fin de l’article ≈ ${s.src.title}`)).blank();
      p.chrome(
        'Le Fil des Équipages est fait par des navigants pour des navigants. Les articles de la presse normande, nationale, belge, suisse, québécoise et britannique qu’il relaie sont reproduits avec l’accord de leurs éditeurs ; ceux en anglais passent par un traducteur automatique, qui traduit aussi le nom des journaux.',
      ).blank();
      if (d.chance(0.5)) p.chrome(`Faire suivre à un collègue ≈ Imprimer pour le carré ≈ ${p.n(25)} réactions`).blank();
      p.chrome(`© ${yearOf(p)} Le Fil des Équipages — Amicale des navigants de la ligne — quai Henri-IV, 76200 Dieppe — tous droits réservés`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'millau-gloves',
    name: 'Gants & Peaux',
    lang: 'fr',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.9 },
    draw: weightedCredits({ into: 'fr', share: 0.9 }, [MILLAU_FRENCH, 0.32], [MILLAU_FOREIGN, 0.45], [LOOKALIKES_V35.millau, 0.13]),
    stamp: ({ s: { date: t } }) => `Millau | ${t.getDate()} ${SHORT_MONTHS_FR[t.getMonth()]!} ${t.getFullYear()} | ${hm(t, ' h ')} (heure de Paris)`,
    render(p) {
      const { d, s } = p;
      p.chrome('Vous recevez cette lettre parce que votre atelier adhère au syndicat de la ganterie et de la mégisserie. Version en ligne ◆ Se désabonner').blank();
      p.chrome('GANTS & PEAUX', 'La lettre des gantiers, mégissiers et tanneurs du pays de Millau et du Saint-Affricain').blank();
      p.chrome(`Cours ◆ Peau d’agneau brute : ${d.int(4, 9)},${d.int(10, 95)} € pièce ◆ Chrome tannant : ${d.pick(['stable', 'en hausse', 'pénurie annoncée'])}`).blank();
      const credit = s.credit
        ? d.pick([
            (o: string) => `Lu pour vous dans ${o}`,
            (o: string) => `Ce papier a d’abord vu le jour dans ${o}.`,
            (o: string) => `Emprunté à ${o}, avec l’accord de la rédaction`,
            (o: string) => `Revue de presse ◆ ${o}`,
          ])(s.credit.shown)
        : null;
      const writer = writerLine(p, [(w) => `Signature d’origine : ${w}`, (w) => `${w} — traduction automatique revue par ${d.pick(REVISERS_V35)}`]);
      // The credit as a kicker above the headline, or as the page's very last line (after the letter's own footer).
      const kicker = credit !== null && d.chance(0.5);
      if (kicker) p.meta(credit!).blank();
      p.title((t) => d.pick([t, t, t, `Mégisserie ◆ ${t}`, `${t} ◆ Gants & Peaux`])).blank();
      p.chrome(`Rubrique ◆ ${d.pick(['Marchés du cuir', 'Mode et luxe', 'Ateliers', 'Export'])}`).blank();
      p.meta(this.stamp(p));
      if (credit !== null) p.meta(writer);
      p.blank();
      p.body(between(p, [[p.mid(), `◆ Petite annonce : ${d.pick(['couseuse main expérimentée cherche atelier, Saint-Affrique ou Millau', 'vends table de coupe en hêtre et jeu de calibres', 'lot de peaux de chevreau, 300 pièces, tannage végétal'])}`], d.chance(0.3) && [p.s.body.length, d.pick(EDITOR_NOTES_FR)]]));
      p.chrome(
        'Gants & Peaux réunit pour les ateliers du bassin millavois ce que la presse aveyronnaise, nationale et étrangère écrit sur le cuir, le gant et le luxe. Les articles italiens, allemands et américains sont passés par une traduction automatique, nom du journal compris ; ils restent la propriété de leurs éditeurs.',
      ).blank();
      p.chrome(`© ${yearOf(p)} Gants & Peaux — Syndicat de la ganterie — 12100 Millau — Tous droits réservés`).blank();
      if (credit !== null && !kicker) p.meta(credit);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'tbilisi-portal',
    name: 'Mtkvari Infos',
    lang: 'fr',
    originals: 15,
    attribution: 'source-line',
    chromeOnlyPage: true,
    translate: { into: 'fr', share: 0.9 },
    draw: weightedCredits({ into: 'fr', share: 0.9 }, [TBILISI_FRANCOPHONE, 0.33], [TBILISI_FOREIGN, 0.44], [LOOKALIKES_V35.tbilisi, 0.13]),
    stamp: (p) => {
      const t = onClock(p, 'Asia/Tbilisi');
      return `${t.getDate()} ${MONTHS_KA[t.getMonth()]!} ${t.getFullYear()} · ${longFr(t)} · ${hm(t, ':')} GET (UTC+4)`;
    },
    render(p) {
      const { d, s } = p;
      p.chrome(
        'ქუქიები / Cookies : Mtkvari Infos compte ses lecteurs à Tbilissi, à Batoumi, à Koutaïssi et dans la diaspora, et affiche les annonces des écoles de langue, des guides et des restaurants de la vieille ville. Refuser ne vous empêche pas de lire nos articles.',
        'ვეთანხმები / J’accepte',
        'უარი / Je refuse',
      ).blank();
      p.chrome('MTKVARI INFOS', 'La Géorgie, l’Arménie et l’Azerbaïdjan en français, depuis Tbilissi', 'მთავარი / Accueil ⁂ Géorgie ⁂ Caucase ⁂ Économie ⁂ Vins ⁂ Culture').blank();
      if (p.chromeOnly) {
        p.chrome('Mot-clé : « Kakhétie »', 'Aucun article ne correspond encore à ce mot-clé. Revenez bientôt ou parcourez nos rubriques.', 'Mots-clés populaires ⁂ Vin ⁂ Frontière ⁂ Élections ⁂ Gazoduc').blank();
      }
      p.chrome(`ახლა / En ce moment ⁂ ${another(p)}`).blank();
      p.title((t) => (d.chance(0.3) ? `Caucase ⁂ ${t}` : d.chance(0.15) ? `${t} ⁂ Mtkvari Infos` : t)).blank();
      p.meta(this.stamp(p));
      const source = s.credit
        ? [
            d.pick([
              (o: string) => `წყარო · Source : ${o}`,
              (o: string) => `Provenance : ${o}`,
              (o: string) => `Source (traduction automatique) : ${o}`,
              (o: string) => `Origine du texte ⁂ ${o}`,
            ])(s.credit.shown),
            writerLine(p, [(w) => `ავტორი / Auteur : ${w}`, (w) => `${w}, traduit par ${d.pick(REVISERS_V35)}`]),
          ]
        : [];
      // Under the date, inside the text, or at the foot.
      const where = d.pick(['date', 'inside', 'foot'] as const);
      if (where === 'date') p.meta(...source);
      p.blank();
      const inserts = between(p, [
        [p.mid() + 1, `ასევე წაიკითხეთ / À lire aussi ⁂ ${another(p)}`],
        d.chance(0.4) && [0, 'Publicité ⁂ Cours de géorgien pour francophones à Sololaki, le mardi et le jeudi soir'],
        d.chance(0.3) && [p.s.body.length, 'Soutenez Mtkvari Infos : nous ne recevons aucune subvention et nos traducteurs sont bénévoles ; un don, même modeste, paie l’hébergement du site et les cours de français que nous offrons aux étudiants de Tbilissi.'],
      ]);
      bodyWithCredit(p, p.mid(), where === 'inside' ? source : [], inserts);
      if (where === 'foot' && source.length > 0) p.meta(...source).blank();
      p.chrome(
        'Mtkvari Infos est tenu par des enseignants, des étudiants et des traducteurs francophones de Tbilissi. Chaque jour, nous traduisons par logiciel des articles géorgiens, russes et anglophones, le nom du journal compris, et nous relisons ce que nous pouvons avant de publier.',
      ).blank();
      if (d.chance(0.5)) p.chrome(`გაზიარება / Partager ⁂ Facebook ⁂ Telegram ⁂ ${p.n(30)} commentaires`).blank();
      p.chrome(`© ${yearOf(p)} Mtkvari Infos — rue Kote-Abkhazi, Tbilissi — ყველა უფლება დაცულია / Tous droits réservés`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'montlucon-trains',
    name: 'Le Petit Aiguillage',
    lang: 'fr',
    originals: 12,
    attribution: 'none',
    chromeOnlyPage: true,
    stamp: ({ s: { date: t } }) => `Montluçon, ${SHORT_WEEKDAYS_FR[t.getDay()]!} ${dmy(t, '/', 2)}`,
    render(p) {
      const { d, s } = p;
      p.chrome('Lettre du club de modélisme ferroviaire - texte brut - les plans et photos sont au local').blank();
      p.chrome('LE PETIT AIGUILLAGE', 'Club des amis du rail miniature de Montluçon et du Bourbonnais - échelles HO, N et O').blank();
      if (p.chromeOnly) {
        p.chrome('Au sommaire de cette lettre :', ...p.related(3).map((t) => `- ${t}`), '- La bourse d\'échange du printemps et le réseau modulaire du club').blank();
      }
      p.chrome(...naming(p, `Sommaire : ${shortened(s.src.title, 30).replace('…', '...')} ; la vie du club ; petites annonces`)).blank();
      p.title((t) => d.pick([t, t, `Sur les rails : ${t}`, `${t} (lu dans la presse)`])).blank();
      p.meta(this.stamp(p)).blank();
      p.body(between(p, [d.chance(0.6) && [p.mid(), `Au local : ${d.pick(['samedi 14 h, pose de la caténaire sur le module de la gare de Néris', 'mercredi soir, atelier décor et flocage', 'dimanche, portes ouvertes pour les enfants du quartier de Fontbouillant'])}`], [p.s.body.length, '* * *']]));
      p.chrome(
        'Le Petit Aiguillage est rédigé par les bénévoles du club. Les articles de presse qu\'il recopie sont destinés aux seuls membres, dont certains n\'ont pas internet ; la lettre n\'est ni vendue ni publiée ailleurs, et nous retirons tout texte dont l\'auteur nous le demande.',
      ).blank();
      if (d.chance(0.5)) p.chrome('Annonce : cherche locomotive BB 67000 en HO, même à réviser, et coffret de voies Roco.').blank();
      p.chrome(`Se désinscrire - Changer d\'adresse - Club des amis du rail miniature - Montluçon - ${yearOf(p)}`);
      return { author: false, date: 'day' };
    },
  },
  {
    id: 'montevideo-parish',
    name: 'Le Clocher du Río de la Plata',
    lang: 'fr',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.88 },
    draw: weightedCredits({ into: 'fr', share: 0.88 }, [MONTEVIDEO_FRENCH, 0.32], [MONTEVIDEO_FOREIGN, 0.45], [LOOKALIKES_V35.montevideo, 0.13]),
    stamp: (p) => {
      const t = onClock(p, 'America/Montevideo');
      return `Montevideo, ${WEEKDAYS_ES[t.getDay()]!} ${t.getDate()} de ${MONTHS_ES[t.getMonth()]!} de ${t.getFullYear()} · ${hm(t, '.')} h (UYT, UTC-3)`;
    },
    render(p) {
      const { d, s } = p;
      p.chrome('Hoja parroquial / Feuille paroissiale — communauté catholique francophone de Montevideo — messe en français le dimanche à 11 h').blank();
      p.chrome('LE CLOCHER DU RÍO DE LA PLATA', 'Nouvelles de France et d’ailleurs pour les familles francophones d’Uruguay').blank();
      p.chrome(...naming(p, `Inicio › Noticias de Francia › ${shortened(s.src.title, 44)}`)).blank();
      p.title((t) => d.pick([t, t, t, `${t} (traducción automática)`, `Desde Francia — ${t}`])).blank();
      p.meta(this.stamp(p)).blank();
      const credit = s.credit
        ? [
            d.pick([
              (o: string) => `Nous devons ce texte à ${o}, qui l’a publié le premier.`,
              (o: string) => `Article repris ${de(o)} — merci à sa rédaction`,
              (o: string) => `Publication d’origine : ${o} (traduction par logiciel)`,
              (o: string) => `Texto original / Texte original : ${o}`,
            ])(s.credit.shown),
            writerLine(p, [(w) => `Rédigé par ${w}`, (w) => `${w} (version française : ${d.pick(REVISERS_V35)})`]),
          ]
        : [];
      // Inside the text, or as a postscript after it.
      const inside = d.chance(0.55);
      bodyWithCredit(p, p.mid(), inside ? credit : [], between(p, [[p.s.body.length, `Agenda ⛪ ${d.pick(['catéchèse des enfants le samedi à 10 h, salle Saint-Vincent', 'kermesse de la communauté le 8 décembre à Carrasco', 'chorale : répétition le jeudi à 19 h 30'])}`]]));
      if (!inside && credit.length > 0) p.meta(`P.-S. — ${credit[0]!}`, credit[1]!).blank();
      p.chrome(...naming(p, `Vous venez de lire : « ${s.src.title} »`)).blank();
      p.chrome(
        'Le Clocher du Río de la Plata est préparé chaque semaine par des paroissiens bénévoles. Nous reprenons des articles de la presse française et sud-américaine pour les familles qui vivent loin de France ; les textes en espagnol, en portugais et en anglais sont traduits par un logiciel, titres des journaux compris.',
      ).blank();
      if (d.chance(0.5)) p.chrome('Donativos / Dons pour la paroisse : virement au compte de la communauté, ou à la sortie de la messe').blank();
      p.chrome(`Le Clocher du Río de la Plata · ${yearOf(p)} · Parroquia francófona, Montevideo · Baja de la lista / Se désabonner`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'niamey-economy',
    name: 'Kouara Éco',
    lang: 'fr',
    originals: 16,
    attribution: 'url-host',
    chromeOnlyPage: true,
    canShow: (canonical) => canonical in HOSTS_V35,
    draw: weightedCredits(undefined, [NIAMEY_LINKED, 0.9]),
    stamp: (p) => {
      const t = onClock(p, 'Africa/Niamey');
      return `Niamey, le ${dmy(t, '/')} à ${hm(t, ':')} (WAT, GMT+1)`;
    },
    render(p) {
      const { d, s } = p;
      p.chrome('Fofo ! Bienvenue sur Kouara Éco — édition allégée pour les connexions lentes et les forfaits mobiles').blank();
      p.chrome('KOUARA ÉCO', 'Économie, uranium, agriculture et commerce du Niger, depuis Niamey', 'Accueil ➜ Mines ➜ Pétrole ➜ Agriculture ➜ Finances ➜ Revue de presse').blank();
      if (p.chromeOnly) {
        p.chrome('Merci ! Votre inscription à la lettre de Kouara Éco est confirmée.', 'Vous recevrez chaque lundi matin les articles économiques de la semaine, avec le lien vers leur page d’origine. Pensez à vérifier vos courriers indésirables.', 'Retour à l’accueil').blank();
      }
      p.chrome(`Marché ➜ Oignon violet de Galmi : ${d.int(9000, 16000)} F CFA le sac ➜ Essence : ${d.int(530, 560)} F CFA le litre ➜ ${d.pick(['Harmattan : visibilité réduite', 'Pont Kennedy : circulation alternée', 'Grand marché : ouverture prolongée'])}`).blank();
      p.title((t) => d.pick([t, t, t, `Éco ➜ ${t}`, `${t} | Kouara Éco`])).blank();
      p.meta(this.stamp(p));
      const link = s.credit
        ? [
            d.pick([(u: string) => `Article source ➜ ${u}`, (u: string) => `Lu sur ${u}`, (u: string) => `Lien vers l’original : ${u}`, (u: string) => `${u} (page d’origine)`])(originalAddress(p)),
            writerLine(p, [(w) => `Auteur (page source) : ${w}`, (w) => `${w}, d’après la page d’origine`]),
          ]
        : [];
      // Under the date, inside the text, or at the foot.
      const where = d.pick(['date', 'inside', 'foot'] as const);
      if (where === 'date') p.meta(...link);
      p.blank();
      bodyWithCredit(p, p.mid(), where === 'inside' ? link : [], between(p, [d.chance(0.5) && [p.mid() + 1, 'Annonce ➜ Envoyez de l’argent vers Zinder, Maradi et Agadez depuis votre téléphone, frais offerts jusqu’à la fin du mois']]));
      if (where === 'foot' && link.length > 0) p.meta(...link).blank();
      p.chrome(`Fofo / Merci ➜ 👍 ${p.n(90)} ➜ 💬 ${p.n(20)} ➜ Partager sur WhatsApp ➜ Partager sur Facebook`).blank();
      p.chrome(
        'Kouara Éco rassemble chaque jour des articles de la presse nigérienne, africaine et internationale sur l’économie du pays, avec le lien vers leur page d’origine. Ces textes appartiennent à leurs éditeurs ; sur simple demande, nous retirons un article dans la journée.',
      ).blank();
      p.chrome(`Kouara Éco © ${yearOf(p)} · quartier Plateau, Niamey · Qui sommes-nous ? · Publicité · Conditions d’utilisation`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'espelette-review',
    name: 'La Corde à Piments',
    lang: 'fr',
    originals: 14,
    attribution: 'title-suffix',
    draw: weightedCredits(undefined, [ESPELETTE_PRESS, 0.76], [LOOKALIKES_V35.espelette, 0.12]),
    stamp: ({ s: { date: t } }) => `Ezpeleta, ${t.getFullYear()}ko ${MONTHS_EU[t.getMonth()]!} ${t.getDate()}a — ${longFr(t)}, ${hm(t, ':')}`,
    render(p) {
      const { d, s } = p;
      p.chrome('Ongi etorri / Bienvenue, producteur — Mon compte · Mes livraisons au séchoir · Quitter').blank();
      p.chrome('LA CORDE À PIMENTS', 'La revue de presse du syndicat du piment d’Espelette AOP — Ezpeleta, Itxassou, Cambo, Ainhoa').blank();
      p.chrome(`Cours du piment en poudre AOP : ${d.int(180, 260)} €/kg ◂ Cordes vendues cette semaine : ${d.int(200, 900)} ◂ Séchoirs : ${d.pick(['complets', 'places libres à Itxassou', 'fermés pour l’hiver'])}`).blank();
      if (d.chance(0.4)) p.chrome(`Filière ◂ ${d.pick(['Récolte', 'Transformation', 'Vente directe', 'Fête du piment'])}`).blank();
      const named = d.pick([(o: string) => ` « ${o} »`, (o: string) => ` ◂ ${o}`, (o: string) => ` // ${o}`, (o: string) => ` · ${o}`, (o: string) => ` {${o}}`]);
      p.title((t) => (s.credit ? `${t}${named(s.credit.shown)}` : t)).blank();
      p.meta(this.stamp(p)).blank();
      p.body(between(p, [d.chance(0.45) && [p.mid(), '(…)'], d.chance(0.3) && [p.s.body.length, d.pick(EDITOR_NOTES_FR)]]));
      p.chrome('Après chaque titre figure le journal où le texte a paru.').blank();
      if (d.chance(0.5)) p.chrome(`Étiquettes ◂ ${d.sample(['piment', 'AOP', 'séchage', 'Gorria', 'cordes', 'grêle', 'export', 'Ezpeleta'], 3).join(' ◂ ')}`).blank();
      p.chrome(
        'La Corde à Piments est la revue de presse que le syndicat réserve à ses producteurs et transformateurs. Chaque article y est repris en entier avec le nom du journal qui l’a publié ; il reste la propriété de ce journal et la revue ne circule pas hors du syndicat.',
      ).blank();
      p.chrome(`Imprimer ◂ Transmettre ◂ Syndicat du piment d’Espelette — 64250 Espelette — ${yearOf(p)}`);
      return { author: false, date: 'full' };
    },
  },
  {
    id: 'bangkok-weekly',
    name: 'Le Soir de Bangkok',
    lang: 'fr',
    originals: 14,
    attribution: 'own',
    lookalike: true,
    stamp: (p) => {
      const t = onClock(p, 'Asia/Bangkok');
      const day = WEEKDAYS_FR[t.getDay()]!;
      return `${day.charAt(0).toUpperCase()}${day.slice(1)} ${longFr(t, t.getFullYear() + 543)} (${t.getFullYear()}), ${hm(t, ' h ')}, heure de Bangkok`;
    },
    render(p) {
      const { d, s } = p;
      p.chrome(
        'คุกกี้ / Cookies : Le Soir de Bangkok mesure son audience en Thaïlande, au Cambodge, au Laos et en France, et affiche les annonces des commerces francophones de Sukhumvit et de Silom. En poursuivant, vous acceptez ; vous pouvez changer d’avis à tout moment.',
        'ตกลง / D’accord',
        'ตั้งค่า / Réglages',
      ).blank();
      p.chrome('LE SOIR DE BANGKOK', 'L’hebdomadaire des francophones de Thaïlande — depuis 2009', 'หน้าแรก / Une ▹ Thaïlande ▹ Asie ▹ France ▹ Expatriés ▹ Sorties').blank();
      p.chrome(...naming(p, `En continu ▹ ${another(p)}`)).blank();
      if (d.chance(0.4)) p.chrome('ÉCHOS DU SIAM').blank();
      p.title((t) => d.pick([t, t, t, `Siam ▹ ${t}`, `${t} | Le Soir de Bangkok`])).blank();
      p.meta(d.pick([`Un article de ${s.author}`, `${s.author}, à Chiang Mai`, `${s.author} — photo ${d.pick(PHOTOGRAPHERS_V35)}`]), this.stamp(p)).blank();
      if (d.chance(0.4)) p.chrome('Article en accès libre — nos enquêtes complètes sont réservées aux abonnés : 290 bahts par mois.').blank();
      p.body(between(p, [[p.mid(), `▹ Lire aussi : ${another(p)}`], d.chance(0.5) && [p.s.body.length, `Publicité ▹ ${d.pick(['Boulangerie française à Thonglor, croissants le dimanche', 'Cours de thaï pour francophones, Alliance de Bangkok', 'Visa retraite : notre cabinet vous accompagne'])}`]]));
      if (d.chance(0.3)) p.chrome('Correction : une version précédente de cet article situait la manifestation à Lyon ; elle s’est tenue à Paris. Le texte a été rectifié.').blank();
      if (d.chance(0.5)) p.chrome(`Notre plume ▹ ${s.author} écrit pour Le Soir de Bangkok sur la politique française et la vie des expatriés en Thaïlande.`).blank();
      p.chrome(`Les plus lus ▹ ${p.related(2).map((t, i) => `${i + 1}. ${t}`).join(' ▹ ')}`).blank();
      p.chrome(
        'Le Soir de Bangkok vit de ses lecteurs et de ses annonceurs. Si notre hebdomadaire vous est utile, abonnez-vous : vous financez nos correspondants de Phuket, de Chiang Mai et de Vientiane, et le supplément distribué au lycée français.',
        'Je m’abonne',
      ).blank();
      p.chrome(`© ${yearOf(p)} Le Soir de Bangkok Co., Ltd. — Soi Convent, Silom, Bangkok — Mentions légales — Contact`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'gibraltar-weekly',
    name: 'The Rock & Strait Gazette',
    lang: 'en',
    originals: 14,
    attribution: 'own',
    chromeOnlyPage: true,
    stamp: (p) => {
      const t = onClock(p, 'Europe/Gibraltar');
      return `${pad2(t.getDate())}-${MONTHS_EN[t.getMonth()]!.slice(0, 3)}-${t.getFullYear()} ${twelve(t, '.')} CET`;
    },
    render(p) {
      const { d } = p;
      p.chrome(
        'We use cookies / Usamos cookies: The Rock & Strait Gazette counts its readers on the Rock, in the Campo de Gibraltar and abroad, remembers your settings and shows adverts from Main Street businesses. You can say no and still read every story.',
        'OK',
        'No thanks',
        'Cookie settings',
      ).blank();
      p.chrome('THE ROCK & STRAIT GAZETTE', 'Gibraltar, the Strait and the Campo - every Thursday since 1994', 'News | Politics | Frontier | Sport | Business | Letters').blank();
      if (p.chromeOnly) p.chrome('Page not found', 'The page you were looking for has moved, or never existed. Try our search, or go back to the front page.', 'Back to the front page').blank();
      p.chrome(...naming(p, `Breaking | ${another(p)}`)).blank();
      if (d.chance(0.3)) p.chrome('ROCK TALK').blank();
      p.title((t) => d.pick([t, t, t, `FRONTIER | ${t}`, `${t} - Strait Gazette`])).blank();
      p.meta(d.pick([`By ${writerEn(p)}`, `${writerEn(p)}, Political Editor`, `Words: ${writerEn(p)} / Photography: ${d.pick(PHOTOGRAPHERS_V35)}`]), this.stamp(p)).blank();
      p.body(between(p, [[p.mid(), `Related | ${another(p)}`], d.chance(0.35) && [p.s.body.length, 'Editor\'s note: an earlier version of this story gave the wrong date for the frontier meeting. It took place on Wednesday, not on Tuesday, and the text has been corrected.']]));
      if (d.chance(0.5)) p.chrome(`About the author | ${writerEn(p)} covers politics, the frontier and the port for The Rock & Strait Gazette.`).blank();
      p.chrome(`Most read | ${p.related(2).join(' | ')}`).blank();
      p.chrome('Get the Gazette in your inbox every Thursday morning: the week on the Rock, the frontier queues and the shipping news, free of charge.', 'Sign up').blank();
      p.chrome(`Copyright © ${yearOf(p)} The Rock & Strait Gazette Ltd · Irish Town, Gibraltar GX11 1AA · Terms · Privacy · Contact`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'perth-mining',
    name: 'Swan River Resources Brief',
    lang: 'en',
    originals: 17,
    attribution: 'credit',
    translate: { into: 'en', share: 0.85 },
    draw: weightedCredits({ into: 'en', share: 0.85 }, [PERTH_PICKS, 0.75], [LOOKALIKES_V35.perth, 0.13]),
    stamp: (p) => {
      const t = onClock(p, 'Australia/Perth');
      return `${dmy(t, '.')} | ${t.getHours() % 12 || 12}:${pad2(t.getMinutes())} ${t.getHours() < 12 ? 'am' : 'pm'} AWST (UTC+8)`;
    },
    render(p) {
      const { d, s } = p;
      p.chrome('SWAN RIVER RESOURCES BRIEF', 'French and European industry news for mining-services firms in Western Australia · Perth', 'Briefs · Contracts · Europe · Equipment · Archive').blank();
      p.chrome(`Iron ore US$${d.int(66, 78)}/t · Gold A$${d.int(1750, 1820)}/oz · Nickel ${d.pick(['steady', 'softer', 'firmer'])} · AUD/EUR 0.${d.int(61, 64)}`).blank();
      p.chrome(...naming(p, `Also today: ${another(p)}`)).blank();
      if (d.chance(0.35)) p.chrome('FRANCE BRIEF').blank();
      p.title((t) => d.pick([t, t, t, `${t} — translated from French`, `${t} | Swan River Brief`])).blank();
      const credit = s.credit
        ? d.pick([
            (o: string) => `Sourced from ${o}, rendered into English by software`,
            (o: string) => `${o} carried this report first`,
            (o: string) => `Licensed from ${o}`,
            (o: string) => `With thanks to ${o}, where this story first ran`,
          ])(s.credit.shown)
        : null;
      const writer = writerLine(p, [(w) => `Words by ${w}`, (w) => `${w} (French original); machine translation checked by ${d.pick(REVISERS_V35)}`], true);
      // In parentheses right under the headline, or under the date.
      const under = credit !== null && d.chance(0.5);
      if (under) p.meta(`(${credit!})`);
      p.meta(this.stamp(p));
      if (credit !== null && !under) p.meta(credit);
      if (credit !== null) p.meta(writer);
      if (d.chance(0.35)) p.chrome('© Swan River Resources Brief — subscriber copy, please do not forward');
      p.blank();
      p.body(between(p, [[p.mid(), `Tender alert · ${d.pick(['Crusher relining, Pilbara site, closes Friday', 'Fly-in fly-out camp catering, Goldfields, three-year term', 'Haul-road maintenance, Kalgoorlie, expressions of interest'])}`]]));
      p.chrome(
        'Swan River Resources Brief is a subscriber letter for contractors, engineers and suppliers in Western Australia who trade with French and European industry. Articles are machine-translated from French, Swiss and Belgian papers, their names included, and are not investment advice.',
      ).blank();
      if (d.chance(0.5)) p.chrome('Forward to a colleague · Print · Manage your subscription').blank();
      p.chrome(`© ${yearOf(p)} Swan River Resources Brief Pty Ltd · St Georges Terrace, Perth WA 6000 · Unsubscribe · Privacy`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'port-louis-digest',
    name: 'Mascarene Press Digest',
    lang: 'en',
    originals: 17,
    attribution: 'credit',
    translate: { into: 'en', share: 0.85 },
    draw: weightedCredits({ into: 'en', share: 0.85 }, [PORT_LOUIS_PICKS, 0.75], [LOOKALIKES_V35.portLouis, 0.13]),
    stamp: (p) => {
      const t = onClock(p, 'Indian/Mauritius');
      return `Port Louis, ${t.getDate()} ${MONTHS_EN[t.getMonth()]!} ${t.getFullYear()} at ${hm(t, '.')} (Mauritius time, UTC+4)`;
    },
    render(p) {
      const { d, s } = p;
      p.chrome('Bonzour! Read this digest in your browser · Add us to your address book so that it does not land in spam').blank();
      p.chrome('MASCARENE PRESS DIGEST', 'The French-language press of Mauritius, Réunion, Madagascar and France, in English · Port Louis', 'Home · Mauritius · Réunion · Madagascar · France · Sport').blank();
      p.chrome(`Cyclone watch: ${d.pick(['no warning in force', 'class 1 warning in force', 'system under watch north of Agaléga'])} · Rs ${d.int(38, 40)}.${d.int(10, 99)} to the euro`).blank();
      p.title((t) => d.pick([t, t, t, `Across the Ocean · ${t}`, `${t} (English version)`])).blank();
      const credit = s.credit
        ? [
            d.pick([
              (o: string) => `This is an English rendering of an article by ${o}.`,
              (o: string) => `Reproduced by arrangement with ${o}`,
              (o: string) => `Source publication — ${o}`,
              (o: string) => `First printed in ${o}; translated by machine`,
            ])(s.credit.shown),
            writerLine(p, [(w) => `Original author: ${w}`, (w) => `${w}, translated with software and checked by ${d.pick(REVISERS_V35)}`], true),
          ]
        : [];
      // In brackets under the headline, inside the text, or at its foot.
      const where = d.pick(['bracket', 'inside', 'foot'] as const);
      if (where === 'bracket' && credit.length > 0) p.meta(`[${credit[0]!}]`, credit[1]!);
      p.meta(this.stamp(p)).blank();
      bodyWithCredit(p, p.mid(), where === 'inside' ? credit : [], between(p, [[p.s.body.length, `Advertisement · ${d.pick(['Dive trips from Trou aux Biches, weekend rates', 'French lessons for adults at the Institut, Rose-Hill', 'Sugar estate tours in the south, bookings open'])}`]]));
      if (where === 'foot' && credit.length > 0) p.meta(...credit).blank();
      p.chrome(
        'Mascarene Press Digest is a free letter for English-speaking readers in Mauritius and abroad who want to follow the francophone press of the Indian Ocean. We translate with software, newspaper names included, and we always say which paper printed the article first.',
      ).blank();
      p.chrome(`Share · Facebook · WhatsApp · Email · ${p.n(40)} readers liked this`).blank();
      p.chrome(`© ${yearOf(p)} Mascarene Press Digest · Caudan, Port Louis, Mauritius · Unsubscribe · Privacy`);
      return writerIfCredited(p, 'full');
    },
  },
];

// ——— Junk: files that hold no article (each must be rejected) ———

const JUNK_V35: readonly { name: string; bytes: Uint8Array }[] = [
  { name: 'pdf-head', bytes: Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1') },
  { name: 'zip-head', bytes: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x21, 0x6e, 0x4a, 0x4e, 0x00, 0x00]) },
  { name: 'gif-head', bytes: Buffer.from('GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04', 'latin1') },
  { name: 'mp3-id3', bytes: Buffer.from([0x49, 0x44, 0x33, 0x03, 0x00, 0x00, 0x00, 0x00, 0x0f, 0x76, 0x54, 0x49, 0x54, 0x32, 0x00, 0x00]) },
  { name: 'unavailable', bytes: Buffer.from('503 Service Unavailable\nLe serveur est momentanément indisponible. Merci de réessayer dans quelques minutes.\n', 'utf8') },
  { name: 'bot-check', bytes: Buffer.from('Vérification de votre navigateur…\nCette étape est automatique. Vous serez redirigé sous peu.\nChecking your browser before accessing the site.\n', 'utf8') },
  { name: 'no-script', bytes: Buffer.from('Veuillez activer JavaScript pour afficher ce site.\n', 'utf8') },
  { name: 'json-empty', bytes: Buffer.from('{"articles": [], "total": 0, "page": 1}\n', 'utf8') },
  { name: 'calendar', bytes: Buffer.from('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Réunion de rédaction\r\nDTSTART:20190110T090000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n', 'utf8') },
  { name: 'robots', bytes: Buffer.from('User-agent: *\nDisallow: /admin/\nDisallow: /recherche\nSitemap: https://www.example.net/sitemap.xml\n', 'utf8') },
  { name: 'refresh', bytes: Buffer.from('<html><head><meta http-equiv="refresh" content="0; url=https://www.example.net/"></head><body></body></html>\n', 'utf8') },
  { name: 'crlf-blanks', bytes: Buffer.from('\r\n \r\n\r\n\u00a0\r\n', 'utf8') },
];

// ——— Generation ———

/** A page of `site` under v2's convention; English pages expect the byline as they print it ("A and B"). */
function pageV35(site: SiteV35, story: Story, d: Dice, chromeOnly = false): MadePage {
  const out = page(site, story, d, chromeOnly);
  return site.lang === 'en' && out.entry.author !== null ? { ...out, entry: { ...out.entry, author: inEnglish(out.entry.author) } } : out;
}

/** The outlet a copy owes its original to: the original's credit, else its site's own name when it publishes as itself. */
function firstOutlet(story: Story, origin: SiteV35): { canonical: string; lookalike: boolean } | null {
  if (story.credit) return { canonical: story.credit.canonical, lookalike: story.credit.lookalike };
  return origin.attribution === 'own' ? { canonical: origin.name, lookalike: origin.lookalike === true } : null;
}

/** The story as `host` copies it: credited where the host credits originals and can show this one; maybe headless, maybe cut. */
function copyOn(d: Dice, story: Story, origin: SiteV35, host: SiteV35, others: string[]): Story {
  const first = firstOutlet(story, origin);
  const shows = first !== null && ['credit', 'source-line', 'url-host', 'title-suffix'].includes(host.attribution) && (host.canShow?.(first.canonical) ?? true);
  const credit: Credit | null = shows ? creditAsPrinted(d, first.canonical, host.translate, first.lookalike) : null;
  const body = story.src.body.length >= 4 && d.chance(CUT_V35) ? story.src.body.slice(0, -1) : story.src.body;
  // The Espelette review's evidence is the name after the headline: its copies keep the headline.
  return { ...story, body, credit, others, headline: host.attribution === 'title-suffix' || !d.chance(HEADLESS_V35) };
}

/** How many other sites copy a story: none for nearly half, up to three. */
function copiesOf(d: Dice): number {
  const r = d.next();
  return r < 0.45 ? 0 : r < 0.75 ? 1 : r < 0.93 ? 2 : 3;
}

/**
 * Builds the v35 set from clean sources (deterministic for a seed): each site's originals and their copies on up to
 * three other sites, uncredited bare files, chrome-only pages and junk, shuffled, each file in one of several
 * encodings and named by content.
 */
export function generateUnseenV35(pool: readonly UnseenSource[], seed: number = SEED_V35): { files: UnseenFile[]; manifest: UnseenEntry[] } {
  const d = new Dice(makeRng(seed));
  const originals = SITES_V35.reduce((n, s) => n + s.originals, 0);
  if (pool.length < originals + BARE_V35) throw new Error(`unseen sites v35: ${originals + BARE_V35} clean articles needed, the pool has ${pool.length}`);
  const drawn = d.sample(pool, originals + BARE_V35);
  const headlines = drawn.map((s) => s.title);
  const elsewhere = (src: UnseenSource): string[] => d.sample(headlines.filter((t) => t !== src.title), 6);
  const when = (): TZDate => {
    const day = new Date(PERIOD_START + d.int(0, PERIOD_DAYS - 1) * 86_400_000);
    return new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), d.int(6, 21), d.int(0, 59), 0, PARIS);
  };
  const pages: MadePage[] = [];
  let from = 0;
  for (const site of SITES_V35) {
    const mine = drawn.slice(from, from + site.originals);
    from += site.originals;
    for (const src of mine) {
      const story: Story = { src, body: src.body, author: d.pick(WRITERS_V35), date: when(), headline: true, credit: site.draw?.(d) ?? null, others: elsewhere(src) };
      pages.push(pageV35(site, story, d));
      for (const host of d.sample(SITES_V35.filter((h) => h !== site), copiesOf(d))) pages.push(pageV35(host, copyOn(d, story, site, host, elsewhere(src)), d));
    }
    if (site.chromeOnlyPage) {
      const stand = drawn[drawn.length - 1]!;
      pages.push(pageV35(site, { src: stand, body: [], author: d.pick(WRITERS_V35), date: when(), headline: false, credit: null, others: elsewhere(stand) }, d, true));
    }
  }
  for (const src of drawn.slice(from)) pages.push(creditsNobody(bareFile(src)));
  for (const junk of JUNK_V35) pages.push(creditsNobody(junkFile(junk)));
  return packFiles(d, pages, ENCODINGS_V35, 'v35-');
}

/** Heading of the v35 table and JSON. */
export const V35_HEADING = 'UNSEEN SITES v35 (frozen set, written without reading the rules on 2026-12-02)';

/** Generates v35, runs the real ingest on it and prints its figures (without the DEV simulation). */
export const runUnseenEvalV35 = unseenSetRunner(V35_HEADING, generateUnseenV35);

generatorCli(import.meta.url, 'unseen sites v35', generateUnseenV35, SEED_V35);
