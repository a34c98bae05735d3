/**
 * Generates the FROZEN unseen-sites v32 evaluation set (issue 8): twelve more ordinary news sites, of kinds and places no earlier set had.
 *
 * FROZEN SET, written without reading the rules on 2026-12-02. Written without reading the ingest rules
 * (src/ingest/), the word lists and outlet list (src/data/), the renderer, pages, components and build
 * (src/pages/, src/components/, src/build/), the README, the git history or its commit messages, any bench/*.json
 * or any score of any set (the scorer, src/eval/unseen-sites.ts, was read for its types and conventions only),
 * and without opening the frozen v21, v22, v23 and v25 generators; of the earlier sets only the shared
 * scaffolding (scripts/unseen-sites.ts, v2's header, `page` and `SiteV2`, simulate-heldout's `Dice` and
 * encodings, scripts/rng.ts), the v30 and v31 generators and tests (for the format, the frozen-set mechanics and
 * the scaffolding calls, not their sites or wordings), tests/unit/unseen-answers.ts, the wiring of v31 in
 * src/cli/eval.ts and package.json, and the site lists in the headers of v3–v20, v24 and v26–v31 (to pick other
 * kinds and places) were read. The sites, outlets, credit wordings, translations, title decorations, date
 * formats, time zones, junk and chrome here are new. Nobody tunes rules against it: do not read its misses
 * (`--show` stays 0) while changing rules, and do not edit its templates, wordings or seed to move a score. When
 * it is read, freeze a v33 and call this one development data. Its one deliberate first scoring is to be
 * recorded in bench/unseen-sites-v32.json.
 *
 * `npm run eval:unseen` scores v1 to v31 then this set (`npm run eval:unseen:v32`, or `npm run eval -- --unseen
 * --unseen-set v32`, for this one only); `npx tsx scripts/unseen-sites-v32.ts --out DIR` only writes the folder
 * and its manifest (the v1 format, with v2's `outletEvidence`).
 *
 * The twelve sites: a mountain guides' news site in Chamonix (Haute-Savoie) whose own name begins like a Metz
 * daily's (a look-alike, its own reporters and guides, some pieces written by two), a fishing-port letter of
 * Lorient-Keroman (Morbihan) crediting Breton, national and seafood papers, English-language, Galician and
 * Portuguese fishing outlets translated into French word for word and look-alike titles (the credit at the top
 * or inside the text; an ISO-like date), a French-language portal in Chișinău (Moldova) with a source line
 * inside the text or at its foot naming francophone Balkan and French outlets, Romanian, Russian and
 * English-language outlets garbled into French and look-alike titles (Moldovan time, "UTC+02:00"), a Marais
 * poitevin boatmen's association letter in Coulon (Deux-Sèvres) crediting nobody (the day only, with its ISO week
 * number), a French-language culture portal in Vientiane (Laos) pointing to the original's address at the top
 * or inside the text (Laos time, UTC+7, often the next day, the hours spelled "heures"), a lavender growers'
 * press review on the Valensole plateau (Alpes-de-Haute-Provence) keeping the original's name after the
 * headline, a weekly in Taiohae (Nuku Hiva, Marquesas islands; its own reporters, Marquesas time, UTC−9:30, a
 * half-hour zone, often the day before), an olive-oil exporters' letter in Sfax (Tunisia) crediting Tunisian,
 * French and business papers, English-language, Arabic and Spanish outlets garbled into French and look-alike
 * titles (Tunisian time; the credit at the foot), an English-language weekly in Douglas (Isle of Man; its own
 * reporters, some pieces written by two, GMT, "@"), an English-language Darwin (Northern Territory) defence and
 * Indo-Pacific digest translating French national, naval and Pacific papers' names into English word for word
 * (Australian Central Standard Time, ACST = UTC+9:30, often the next day; the credit at the top), an
 * English-language Reykjavík (Iceland) travel-trade letter doing the same with French regional, Belgian and Swiss
 * papers (Iceland time, UTC+0; the credit at the foot), and an English-language Anchorage (Alaska) newsletter
 * for French-speaking families doing the same with Québec, northern Canadian, Acadian and Paris papers (Alaska
 * time, AKST = UTC−9, often the day before, "a.m./p.m."; the credit inside the text or at its foot). Article
 * text is read AT RUN TIME from ../shared/corpus/gilets-jaunes (v1's clean pool, drawn with another seed): no
 * corpus text is stored here.
 *
 * Title decorations (none of them part of the headline, which stays the publisher's): a prefix tag ("ALTITUDE ▴
 * Titre" on the Chamonix site, "Côté criée ➤ Titre" on the Lorient letter, "Revue de la semaine ∾ Titre" on the
 * Coulon letter, "On the Island ✶ Title" on the Douglas weekly, "Indo-Pacific Watch ⌖ Title" on the Darwin
 * digest), a site-name suffix ("Titre ¦ Carrefour Moldave", "Titre ❀ Dok Champa Info", "Titre ✧ Te Henua Hebdo",
 * "Title ⁑ Geysir Trade Letter"), a note after the headline ("Titre [revue de presse oléicole]" on the Sfax
 * letter, "Title (machine translation)" on the Anchorage newsletter), and on the Valensole review the original
 * outlet's name after " ↣ ", " ⁘ " or " ‣ " (its evidence). Date formats: "11|01|2019 ▴ 14h05 ▴
 * Chamonix-Mont-Blanc", "Lorient, 2019-01-11 14:05 (heure de Paris)", "Chișinău, 11 janv. 2019 — 15 h 05, heure
 * de Moldavie (UTC+02:00)", "Coulon · semaine 02 · vendredi 11/01/2019", "Vientiane, le 11 janvier 2019 à 20
 * heures 05 (heure du Laos, UTC+7)", "Revue du vendredi 11 janvier 2019, mise en ligne à 14:05", "Taiohae,
 * vendredi 11/01/2019, 3h35 (heure des Marquises, UTC-9h30)", "Sfax • 11 Janvier 2019 • 14:05 (heure
 * tunisienne)", "Updated 11-Jan-2019 @ 13:05 GMT", "Darwin, Fri 11/1/2019, 22:35 ACST (UTC+9:30)", "Reykjavík ·
 * 11.1.2019 · 13:05 (Iceland time, UTC+0)" and "Jan. 11, 2019 — 4:05 a.m. AKST".
 *
 * Expected outlet: v2's convention (who published the article first, as the file credits it), recorded per
 * file in `outletEvidence`: machine-translated names of real outlets expect the real outlet's usual name,
 * look-alike names are kept as written, the site's own name is the outlet only where it shows its masthead and
 * its own staff's byline, the republisher is the site's name whenever the file credits another outlet, and null
 * when nothing credits one. Republishing sites show a byline only beside a credit. Expected author: the writer's
 * name as the byline shows it, without role, place, desk, translator, proof-reader or photographer; a piece
 * written by two expects both names as the page joins them ("A et B" on French pages, "A and B" on English
 * ones). Every time shown names its zone or is Paris time: the Chișinău, Vientiane, Taiohae, Sfax, Douglas,
 * Darwin, Reykjavík and Anchorage sites show their own clock with its zone (UTC+2, UTC+7, UTC−9:30, Tunisian time
 * = UTC+1, GMT, ACST = UTC+9:30, UTC+0, AKST = UTC−9: the whole period is in each zone's winter or only time),
 * the Lorient letter Paris time named as such, the Chamonix site and the Valensole review Paris time (winter
 * 2018-19, so UTC+1); the expected date is the same instant, written in Paris time. The Coulon letter shows the
 * day only. Files are written in UTF-8 (with or without a BOM, LF or CRLF), Windows-1252, ISO-8859-1 (`latin1`,
 * only for pages whose every character it holds; Windows-1252 otherwise) and UTF-16 LE.
 */
import { TZDate } from '@date-fns/tz';
import type { UnseenEntry } from '../src/eval/unseen-sites.ts';
import { makeRng } from './rng.ts';
import { Dice } from './simulate-heldout.ts';
import { page, type SiteV2 } from './unseen-sites-v2.ts';
import {
  bareFile,
  bodyWithCredit,
  creditPrinter,
  creditsNobody,
  de,
  fmtFr,
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

/** The v32 seed: no earlier set drew with it. */
export const SEED_V32 = 20261202_32;
/** Clean articles written with their headline and paragraphs only, crediting nobody. */
const BARE_V32 = 10;
/** Share of copies scraped without their headline line. */
const NO_HEADLINE = 0.3;
/** Share of copies (of bodies with four paragraphs or more) that lose their closing paragraph. */
const NO_ENDING = 0.3;
/** The period: 82 days from 5 December 2018, in Paris winter time (UTC+1), before any clock of the set changes. */
const PERIOD_START = Date.UTC(2018, 11, 5);
const PERIOD_DAYS = 82;
const PARIS = 'Europe/Paris';
/** The encodings drawn for the files: plain UTF-8 most often, then Windows-1252, Latin-1, UTF-16 LE, a BOM and CRLF ends. */
const ENCODINGS_V32: readonly SetEncoding[] = ['cp1252', 'utf-8', 'latin1', 'utf-8-bom', 'utf-8', 'cp1252-crlf', 'utf-16le-bom', 'utf-8', 'latin1', 'utf-8-crlf', 'utf-8', 'cp1252'];

/** How many other sites carry a copy of one original (none, most often). */
function copiesOn(d: Dice): number {
  const r = d.next();
  return r < 0.45 ? 0 : r < 0.76 ? 1 : r < 0.93 ? 2 : 3;
}

// ——— People ———

/** Writers; four entries are pieces written by two (joined " et " as French pages print them). */
const BYLINES_V32 = [
  'Bastien Ravanel', 'Maud Couttet', 'Gwenaëlle Le Floch', 'Erwan Jégo', 'Doina Munteanu', 'Sergiu Lungu', 'Souksavanh Phommachanh', 'Claire Vongsa',
  'Teiki Kohumoetini', 'Hinatea Taiaapu', 'Sonia Ben Ammar', 'Mehdi Triki', 'Ewan Quayle', 'Ciara Kermode', 'Aidan O\'Neill',
  'Jarrah Whitfield', 'Mei Ling Tan', 'Sigrún Jónsdóttir', 'Björn Hallgrímsson', 'Kayla Nanouk', 'Tyler Brandt', 'Aurore Chevrier',
  'Bastien Ravanel et Maud Couttet', 'Ewan Quayle et Ciara Kermode', 'Teiki Kohumoetini et Hinatea Taiaapu', 'Sigrún Jónsdóttir et Björn Hallgrímsson',
];
/** People named beside the writer who did not write the piece: translators, adapters, proof-readers. */
const EDITORS_V32 = ['Yolande Perrollaz', 'Corina Bivol', 'Hallveig Ólafsdóttir', 'Dale Tipungwuti'];
const PHOTO_V32 = ['Anouk Devouassoux', 'Kaimana Teikitutoua', 'Harry Corlett', 'Riadh Chaabouni'];


// ——— Outlets ———

const LORIENT_FR = ['Le Télégramme', 'Ouest-France', 'Le Marin', 'Produit de la Mer', 'Le Monde', 'Les Échos', 'Le Figaro', 'Libération', 'Le Parisien', 'La Croix', 'Paris-Normandie'];
const LORIENT_FOREIGN = ['Fishing News', 'The Scotsman', 'Irish Examiner', 'Faro de Vigo', 'La Voz de Galicia', 'Jornal de Notícias', 'The Cornishman', 'Shetland Times'];
const CHISINAU_FR = ['Le Courrier des Balkans', 'Regard sur l’Est', 'Le Monde', 'Le Figaro', 'Libération', 'RFI', 'France 24', 'Courrier international', 'Le Point', 'La Croix', 'L’Express'];
const CHISINAU_FOREIGN = ['Ziarul de Gardă', 'Adevărul', 'Evenimentul Zilei', 'Kommersant', 'Ziarul Financiar', 'Balkan Insight', 'Radio Free Europe', 'Moldova Suverană'];
const SFAX_FR = ['La Presse de Tunisie', 'Réalités', 'L’Économiste maghrébin', 'Kapitalis', 'Le Monde', 'Les Échos', 'Jeune Afrique', 'Le Figaro', 'La Tribune', 'Le Parisien', 'La France agricole'];
const SFAX_FOREIGN = ['Olive Oil Times', 'Al Chourouk', 'Al-Ahram', 'Al-Quds Al-Arabi', 'Cinco Días', 'Diario Jaén', 'Financial Times', 'Gulf News'];
const DARWIN_PICKS = ['Le Monde', 'Le Figaro', 'Les Échos', 'L’Opinion', 'La Tribune', 'Le Point', 'Les Nouvelles calédoniennes', 'La Dépêche de Tahiti', 'Le Télégramme', 'Var-Matin', 'Le Journal du Dimanche', 'Mer et Marine'];
const REYKJAVIK_PICKS = ['Le Monde', 'Libération', 'La Voix du Nord', 'Le Progrès', 'La Montagne', 'Le Républicain lorrain', 'Midi Libre', 'Nice-Matin', 'Le Soir', 'La Libre Belgique', 'La Liberté', 'L’Est Républicain'];
const ANCHORAGE_PICKS = ['Le Devoir', 'La Presse', 'Le Droit', 'Le Journal de Montréal', 'L’Aurore boréale', 'L’Aquilon', 'L’Eau vive', 'La Voix de l’Est', 'Le Courrier de la Nouvelle-Écosse', 'Le Monde', 'Libération', 'Le Figaro'];
const VALENSOLE_PRESS = ['La Provence', 'Haute-Provence Info', 'Le Dauphiné libéré', 'Var-Matin', 'Nice-Matin', 'Le Monde', 'Le Figaro', 'Les Échos', 'La France agricole', 'Libération', 'Le Parisien', 'La Croix'];

/** Invented outlets whose names begin like a known outlet's: the expected outlet is the name as written. */
const LOOKALIKES_V32 = {
  lorient: ['Le Télégramme des Chalutiers', 'Le Marin de Groix'],
  chisinau: ['Le Courrier des Carpates', 'Regard sur le Dniestr'],
  sfax: ['La Presse de Sfax', 'Réalités oléicoles'],
  darwin: ['Le Point Pacifique', 'Les Échos de la Flotte'],
  reykjavik: ['La Voix du Grand Nord', 'La Montagne islandaise'],
  anchorage: ['Le Devoir du Nord', 'L’Aurore de l’Alaska'],
  valensole: ['Les Échos du Plateau', 'La Croix de Provence'],
} as const;
const IS_LOOKALIKE_V32: ReadonlySet<string> = new Set(Object.values(LOOKALIKES_V32).flat());

/** French national, naval, Pacific, regional, Belgian, Swiss and Canadian names as a translation engine renders them in English, word for word (some reorder the words). */
export const INTO_EN_V32: Record<string, readonly string[]> = {
  'Le Monde': ['The World'],
  'Le Figaro': ['The Figaro'],
  'Les Échos': ['The Echoes'],
  'L’Opinion': ['The Opinion', 'Opinion'],
  'La Tribune': ['The Tribune'],
  'Le Point': ['The Point', 'The Dot'],
  'Les Nouvelles calédoniennes': ['The New Caledonians', 'Caledonian Novelties'],
  'La Dépêche de Tahiti': ['The Dispatch from Tahiti', 'Dispatch of Tahiti'],
  'Le Télégramme': ['The Telegram'],
  'Var-Matin': ['Var-Morning', 'Morning Var'],
  'Le Journal du Dimanche': ['The Newspaper of Sunday', 'The Sunday Diary'],
  'Mer et Marine': ['Sea and Navy', 'Sea and Marine'],
  Libération: ['Liberation', 'The Release'],
  'La Voix du Nord': ['The Voice of the North', 'Voice of the North'],
  'Le Progrès': ['The Progress'],
  'La Montagne': ['The Mountain'],
  'Le Républicain lorrain': ['The Lorraine Republican', 'The Republican of Lorraine'],
  'Midi Libre': ['Free Midday', 'Free Noon'],
  'Nice-Matin': ['Nice-Morning', 'Morning of Nice'],
  'Le Soir': ['The Evening', 'Tonight'],
  'La Libre Belgique': ['Free Belgium', 'The Free Belgian'],
  'La Liberté': ['Freedom', 'The Liberty'],
  'L’Est Républicain': ['The Republican East', 'East Republican'],
  'Le Devoir': ['The Duty', 'Homework'],
  'La Presse': ['The Press'],
  'Le Droit': ['The Right', 'The Law'],
  'Le Journal de Montréal': ['The Montreal Newspaper', 'The Journal of Montreal'],
  'L’Aurore boréale': ['The Northern Lights', 'The Boreal Dawn'],
  'L’Aquilon': ['The North Wind'],
  'L’Eau vive': ['Living Water', 'The Lively Water'],
  'La Voix de l’Est': ['The Voice of the East', 'East Voice'],
  'Le Courrier de la Nouvelle-Écosse': ['The Nova Scotia Mail', 'The Courier of New Scotland'],
};
/** English, Galician, Portuguese, Romanian, Russian, Arabic and Spanish names as a translation engine garbles them in French, word for word. */
export const INTO_FR_V32: Record<string, readonly string[]> = {
  'Fishing News': ['Les Nouvelles de la Pêche', 'Pêche Infos'],
  'The Scotsman': ['L’Écossais', 'L’Homme écossais'],
  'Irish Examiner': ['L’Examinateur irlandais', 'Examinateur d’Irlande'],
  'Faro de Vigo': ['Phare de Vigo', 'Le Fanal de Vigo'],
  'La Voz de Galicia': ['La Voix de Galice', 'Voix de la Galice'],
  'Jornal de Notícias': ['Journal des Nouvelles', 'Le Journal de Nouvelles'],
  'The Cornishman': ['Le Cornouaillais', 'L’Homme de Cornouailles'],
  'Shetland Times': ['Les Temps des Shetland', 'Temps shetlandais'],
  'Ziarul de Gardă': ['Le Journal de Garde', 'Journal de la Garde'],
  Adevărul: ['La Vérité', 'Vérité'],
  'Evenimentul Zilei': ['L’Événement du Jour', 'Événement de la Journée'],
  Kommersant: ['Le Commerçant', 'Commerçant'],
  'Ziarul Financiar': ['Le Journal financier', 'Journal Financier'],
  'Balkan Insight': ['Aperçu des Balkans', 'Regard balkanique'],
  'Radio Free Europe': ['Radio Europe libre', 'Radio Libre Europe'],
  'Moldova Suverană': ['La Moldavie souveraine', 'Moldavie Souveraine'],
  'Olive Oil Times': ['Les Temps de l’Huile d’olive', 'Temps Huile Olive'],
  'Al Chourouk': ['Le Lever du soleil', 'Lever de Soleil'],
  'Al-Ahram': ['Les Pyramides', 'Pyramides'],
  'Al-Quds Al-Arabi': ['Jérusalem arabe', 'La Jérusalem Arabe'],
  'Cinco Días': ['Cinq Jours', 'Les Cinq Jours'],
  'Diario Jaén': ['Journal de Jaén', 'Quotidien jaénois'],
  'Financial Times': ['Les Temps financiers', 'Temps de la Finance'],
  'Gulf News': ['Nouvelles du Golfe', 'Golfe Infos'],
};

/** Web hosts of the outlets the Vientiane portal links to (and of the outlets its copies may point to). */
const HOSTS_V32: Record<string, string> = {
  'Le Rénovateur': 'www.lerenovateur.org.la', Gavroche: 'www.gavroche-thailande.com', 'Le Courrier du Vietnam': 'www.lecourrier.vn',
  'Le Petit Journal': 'lepetitjournal.com', 'Cambodge Mag': 'cambodgemag.com', RFI: 'www.rfi.fr', 'France 24': 'www.france24.com', TV5Monde: 'information.tv5monde.com',
  'Le Monde': 'www.lemonde.fr', Libération: 'www.liberation.fr', 'Le Figaro': 'www.lefigaro.fr', 'Courrier international': 'www.courrierinternational.com',
  'Le Point': 'www.lepoint.fr', 'La Croix': 'www.la-croix.com', Télérama: 'www.telerama.fr', 'Les Échos': 'www.lesechos.fr', 'Le Parisien': 'www.leparisien.fr',
  'Le Télégramme': 'www.letelegramme.fr', 'Ouest-France': 'www.ouest-france.fr', 'Le Marin': 'lemarin.ouest-france.fr', 'Jeune Afrique': 'www.jeuneafrique.com',
  'La Tribune': 'www.latribune.fr', 'L’Express': 'www.lexpress.fr', 'Le Courrier des Balkans': 'www.courrierdesbalkans.fr', 'Regard sur l’Est': 'regard-est.com',
  'La Presse de Tunisie': 'lapresse.tn', Kapitalis: 'kapitalis.com', 'L’Opinion': 'www.lopinion.fr', 'Les Nouvelles calédoniennes': 'www.lnc.nc',
  'La Dépêche de Tahiti': 'www.ladepeche.pf', 'Var-Matin': 'www.varmatin.com', 'Nice-Matin': 'www.nicematin.com', 'La Provence': 'www.laprovence.com',
  'Le Dauphiné libéré': 'www.ledauphine.com', 'La Voix du Nord': 'www.lavoixdunord.fr', 'Le Progrès': 'www.leprogres.fr', 'Le Soir': 'www.lesoir.be',
  'La Libre Belgique': 'www.lalibre.be', 'Le Devoir': 'www.ledevoir.com', 'La Presse': 'www.lapresse.ca', 'Le Droit': 'www.ledroit.com',
  'Le Journal de Montréal': 'www.journaldemontreal.com', 'Midi Libre': 'www.midilibre.fr', 'La France agricole': 'www.lafranceagricole.fr', 'Financial Times': 'www.ft.com',
};
const VIENTIANE_LINKED = [
  'Le Rénovateur', 'Gavroche', 'Le Courrier du Vietnam', 'Le Petit Journal', 'Cambodge Mag', 'RFI', 'France 24', 'TV5Monde', 'Le Monde', 'Libération', 'Le Figaro',
  'Courrier international', 'Le Point', 'La Croix', 'Télérama',
];


/** A v32 site: a v2 site, plus which originals its way of crediting can show on a copy (all when absent). */
interface SiteV32 extends SiteV2 {
  canShow?: (canonical: string) => boolean;
}

const { creditAsPrinted, weightedCredits } = creditPrinter(INTO_EN_V32, INTO_FR_V32, IS_LOOKALIKE_V32);


// ——— Template helpers ———

const yearV32 = (p: Page): string => fmtFr(p.s.date, 'yyyy');
const DAYS_FR = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTHS_FR_ABBR = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];
const DAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const hm = (t: Date, sep: string): string => `${pad2(t.getHours())}${sep}${pad2(t.getMinutes())}`;
const dm = (t: Date, sep: string): string => `${pad2(t.getDate())}${sep}${pad2(t.getMonth() + 1)}`;

/** "11|01|2019 ▴ 14h05 ▴ Chamonix-Mont-Blanc": Paris time, the date with pipes. */
const chamonixDate = (p: Page): string => `${dm(p.s.date, '|')}|${p.s.date.getFullYear()} ▴ ${hm(p.s.date, 'h')} ▴ Chamonix-Mont-Blanc`;
/** "Lorient, 2019-01-11 14:05 (heure de Paris)": an ISO-like date, Paris time named. */
const lorientDate = (p: Page): string => `Lorient, ${p.s.date.getFullYear()}-${pad2(p.s.date.getMonth() + 1)}-${pad2(p.s.date.getDate())} ${hm(p.s.date, ':')} (heure de Paris)`;
/** "Chișinău, 11 janv. 2019 — 15 h 05, heure de Moldavie (UTC+02:00)": the Chișinău clock. */
function chisinauDate(p: Page): string {
  const t = onClock(p, 'Europe/Chisinau');
  return `Chișinău, ${t.getDate()} ${MONTHS_FR_ABBR[t.getMonth()]!} ${t.getFullYear()} — ${t.getHours()} h ${pad2(t.getMinutes())}, heure de Moldavie (UTC+02:00)`;
}
/** "Coulon · semaine 02 · vendredi 11/01/2019": the day only, after its ISO week number. */
const coulonDate = (p: Page): string => `Coulon · semaine ${fmtFr(p.s.date, 'II')} · ${DAYS_FR[p.s.date.getDay()]!} ${dm(p.s.date, '/')}/${p.s.date.getFullYear()}`;
/** "Vientiane, le 11 janvier 2019 à 20 heures 05 (heure du Laos, UTC+7)": the Vientiane clock, "heures" spelled out. */
function vientianeDate(p: Page): string {
  const t = onClock(p, 'Asia/Vientiane');
  return `Vientiane, le ${t.getDate()} ${MONTHS_FR[t.getMonth()]!} ${t.getFullYear()} à ${pad2(t.getHours())} heures ${pad2(t.getMinutes())} (heure du Laos, UTC+7)`;
}
/** "Revue du vendredi 11 janvier 2019, mise en ligne à 14:05": Paris time. */
const valensoleDate = (p: Page): string =>
  `Revue du ${DAYS_FR[p.s.date.getDay()]!} ${p.s.date.getDate()} ${MONTHS_FR[p.s.date.getMonth()]!} ${p.s.date.getFullYear()}, mise en ligne à ${hm(p.s.date, ':')}`;
/** "Taiohae, vendredi 11/01/2019, 3h35 (heure des Marquises, UTC-9h30)": the Marquesas clock, half an hour off. */
function taiohaeDate(p: Page): string {
  const t = onClock(p, 'Pacific/Marquesas');
  return `Taiohae, ${DAYS_FR[t.getDay()]!} ${dm(t, '/')}/${t.getFullYear()}, ${t.getHours()}h${pad2(t.getMinutes())} (heure des Marquises, UTC-9h30)`;
}
/** "Sfax • 11 Janvier 2019 • 14:05 (heure tunisienne)": the Tunis clock, a capitalised month. */
function sfaxDate(p: Page): string {
  const t = onClock(p, 'Africa/Tunis');
  const month = MONTHS_FR[t.getMonth()]!;
  return `Sfax • ${t.getDate()} ${month.charAt(0).toUpperCase()}${month.slice(1)} ${t.getFullYear()} • ${hm(t, ':')} (heure tunisienne)`;
}
/** "Updated 11-Jan-2019 @ 13:05 GMT": the Douglas clock. */
function douglasDate(p: Page): string {
  const t = onClock(p, 'Europe/Isle_of_Man');
  return `Updated ${pad2(t.getDate())}-${MONTHS_EN[t.getMonth()]!}-${t.getFullYear()} @ ${hm(t, ':')} GMT`;
}
/** "Darwin, Fri 11/1/2019, 22:35 ACST (UTC+9:30)": the Darwin clock, day and month without zeros. */
function darwinDate(p: Page): string {
  const t = onClock(p, 'Australia/Darwin');
  return `Darwin, ${DAYS_EN[t.getDay()]!} ${t.getDate()}/${t.getMonth() + 1}/${t.getFullYear()}, ${hm(t, ':')} ACST (UTC+9:30)`;
}
/** "Reykjavík · 11.1.2019 · 13:05 (Iceland time, UTC+0)": the Reykjavík clock. */
function reykjavikDate(p: Page): string {
  const t = onClock(p, 'Atlantic/Reykjavik');
  return `Reykjavík · ${t.getDate()}.${t.getMonth() + 1}.${t.getFullYear()} · ${hm(t, ':')} (Iceland time, UTC+0)`;
}
/** "Jan. 11, 2019 — 4:05 a.m. AKST": the Anchorage clock, month first, 12-hour time. */
function anchorageDate(p: Page): string {
  const t = onClock(p, 'America/Anchorage');
  const h = t.getHours() % 12 === 0 ? 12 : t.getHours() % 12;
  return `${MONTHS_EN[t.getMonth()]!}. ${t.getDate()}, ${t.getFullYear()} — ${h}:${pad2(t.getMinutes())} ${t.getHours() < 12 ? 'a.m.' : 'p.m.'} AKST`;
}
/** The original's address on its outlet's site, in one of four URL shapes. */
function addressOf(p: Page): string {
  const { d, s } = p;
  const host = HOSTS_V32[s.credit!.canonical]!;
  const words = slug(s.src.title);
  return d.pick([
    () => `https://${host}/actualites/${words}/`,
    () => `https://${host}/${fmtFr(s.date, 'yyyy/MM')}/${words}-${d.int(100, 999)}.htm`,
    () => `https://${host}/article?id=${d.int(100_000, 999_999)}&lang=fr`,
    () => `https://${host}/amp/${words}`,
  ])();
}

// ——— The twelve sites ———

export const SITES_V32: readonly SiteV32[] = [
  {
    id: 'chamonix-guides',
    name: 'Le Républicain du Mont-Blanc',
    lang: 'fr',
    originals: 14,
    attribution: 'own',
    lookalike: true,
    chromeOnlyPage: true,
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Le Républicain du Mont-Blanc dépose des cookies pour compter ses lecteurs de Servoz à Vallorcine et pour financer ses reportages en altitude grâce à la publicité. Vous pouvez refuser les cookies publicitaires : le site reste gratuit et entièrement lisible.',
        'Accepter et fermer',
        'Refuser les cookies publicitaires',
      ).blank();
      p.chrome('LE RÉPUBLICAIN DU MONT-BLANC', 'L’actualité de la vallée de Chamonix, racontée par ses guides et ses journalistes', 'Accueil ▴ Vallée ▴ Montagne ▴ Secours ▴ Ski ▴ Tribunes').blank();
      p.chrome(
        `Tunnel du Mont-Blanc : ${d.pick(['circulation normale', 'alternat pour travaux de nuit', 'fermé de 22 h à 6 h'])} ▴ Risque d’avalanche : ${d.int(1, 4)}/5 ▴ Aiguille du Midi : ${d.pick(['téléphérique ouvert', 'fermé (vent)', 'révision annuelle'])}`,
      ).blank();
      p.title((t) => (d.chance(0.3) ? `ALTITUDE ▴ ${t}` : t)).blank();
      p.meta(
        d.pick([`Par ${s.author}, correspondance Argentière`, `${s.author}, guide et pigiste · Photos : ${d.pick(PHOTO_V32)}`, `Reportage de ${s.author} au refuge du Couvercle`]),
        chamonixDate(p),
      ).blank();
      p.body({ [p.mid()]: [`Sur le même sujet ▴ ${p.related(1)[0]!}`] });
      p.chrome(
        'Un accident, une fermeture de route, une course exceptionnelle ? La rédaction de la place Balmat lit tous vos messages, même en pleine saison, et rappelle les témoins avant toute publication. Nos guides-reporters ne publient jamais le nom des victimes sans l’accord des familles.',
      ).blank();
      p.chrome(
        'Le Républicain du Mont-Blanc vit de ses abonnés : pour le prix d’un forfait piéton au Brévent, recevez chaque matin la météo des cimes, les bulletins de la compagnie des guides et nos enquêtes sur la vallée.',
        'Je soutiens la rédaction',
      ).blank();
      p.chrome(`Partager ▴ Facebook ▴ WhatsApp ▴ Copier le lien ▴ ${p.n(60)} commentaires`).blank();
      p.chrome(`© ${yearV32(p)} SARL Les Éditions de l’Arve — 74400 Chamonix-Mont-Blanc — Reproduction interdite · Mentions légales · Nous contacter`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'lorient-port',
    name: 'La Lettre de Keroman',
    lang: 'fr',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.9 },
    draw: weightedCredits({ into: 'fr', share: 0.9 }, [LORIENT_FR, 0.35], [LORIENT_FOREIGN, 0.41], [LOOKALIKES_V32.lorient, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('LA LETTRE DE KEROMAN', 'Armements, mareyeurs et marins du port de pêche de Lorient', 'Accueil ➤ Criée ➤ Quotas ➤ Revue de presse ➤ Emplois à bord').blank();
      p.chrome(
        `Débarquements du jour : ${d.int(60, 140)} t ➤ Lotte : ${d.int(6, 11)},${d.int(10, 90)} €/kg ➤ ${d.pick(['Slipway : hauturier en carénage jusqu’à jeudi', 'Criée fermée samedi (maintenance)', 'Tempête annoncée : sorties annulées demain'])}`,
      ).blank();
      p.title((t) => (d.chance(0.3) ? `Côté criée ➤ ${t}` : t)).blank();
      p.meta(lorientDate(p));
      const credit = s.credit
        ? [
            d.pick([
              (o: string) => `Article publié en premier par ${o}, que nous remercions.`,
              (o: string) => `Repris ${de(o)} pour les armements et mareyeurs de Keroman.`,
              (o: string) => `Provenance ➤ ${o}`,
              (o: string) => `Ce texte nous vient ${de(o)}.`,
            ])(s.credit.shown),
            d.pick([`Signé ${s.author} dans l’édition d’origine`, `${s.author}, service économie maritime (traduction : ${d.pick(EDITORS_V32)})`]),
          ]
        : [];
      const top = d.chance(0.5);
      if (top) p.meta(...credit);
      p.blank();
      bodyWithCredit(p, p.mid(), top ? [] : credit, {
        [s.body.length - 2]: [`Annonce ➤ ${d.pick(['Armement cherche mécanicien 750 kW pour chalutier de 24 m', 'À vendre : caseyeur de 12 m, licence comprise', 'Formation sécurité en mer : session de mars'])}`],
      });
      p.chrome(
        'La Lettre de Keroman est éditée par l’association des professionnels du port. Elle reprend, en citant toujours le journal d’origine, les articles de presse utiles à la filière ; ceux des journaux anglais, irlandais, écossais, galiciens ou portugais sont passés dans un traducteur automatique, titre du journal compris.',
      ).blank();
      p.chrome('Transférer à l’équipage ➤ Imprimer ➤ Marées de la semaine ➤ Se désinscrire').blank();
      p.chrome(`© ${yearV32(p)} Association des professionnels de Keroman · Quai de la Criée, 56100 Lorient · Données personnelles`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'chisinau-portal',
    name: 'Carrefour Moldave',
    lang: 'fr',
    originals: 15,
    attribution: 'source-line',
    translate: { into: 'fr', share: 0.9 },
    draw: weightedCredits({ into: 'fr', share: 0.9 }, [CHISINAU_FR, 0.34], [CHISINAU_FOREIGN, 0.42], [LOOKALIKES_V32.chisinau, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Acest site folosește cookie-uri. Carrefour Moldave utilise des cookies pour mesurer l’audience de ses lecteurs de Chișinău, de Bălți et de la diaspora ; vous pouvez les refuser sans perdre l’accès aux articles, qui restent gratuits.',
        'Accepter / Accept',
        'Refuser / Refuz',
      ).blank();
      p.chrome('CARREFOUR MOLDAVE', 'Bună ziua ! La Moldavie et ses voisins, en français, depuis Chișinău', 'Accueil ¦ Moldavie ¦ Roumanie ¦ Transnistrie ¦ Europe ¦ Francophonie').blank();
      p.chrome(`1 € = ${d.int(19, 20)},${d.int(10, 99)} lei ¦ Frontière de Leușeni : ${d.pick(['attente 40 min', 'fluide', 'fermée aux poids lourds'])} ¦ ${d.pick(['Alliance française : ciné-club mardi', 'Coupure d’eau rue Pușkin jusqu’à 18 h', 'Marché central ouvert dimanche'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} ¦ Carrefour Moldave` : t)).blank();
      p.meta(chisinauDate(p)).blank();
      const source = s.credit
        ? [
            d.pick([`Sources : ${s.credit.shown}`, `(source : ${s.credit.shown})`, `Source ▸ ${s.credit.shown}`, `Texte source : ${s.credit.shown}`]),
            d.pick([`Auteur du texte original : ${s.author}`, `${s.author}, bureau de Bălți`]),
          ]
        : [];
      const inside = d.chance(0.5);
      bodyWithCredit(p, p.mid(), inside ? source : [], {
        [s.body.length - 2]: [`Publicité ¦ ${d.pick(['Cours de français intensifs, niveau A1 à C1, à Chișinău', 'Vins de Cricova : livraison en Roumanie et en France', 'Traductions certifiées roumain–français–russe'])}`],
      });
      if (!inside && source.length > 0) p.meta(...source).blank();
      p.chrome(
        'Carrefour Moldave est un site associatif animé par des enseignants et des étudiants francophones de Chișinău. Nous reprenons des articles d’autres médias en citant leur source ; ceux écrits en roumain, en russe ou en anglais passent par une traduction automatique, nom du journal compris, avant relecture.',
      ).blank();
      p.chrome(`Partager ¦ Telegram ¦ Facebook ¦ Odnoklassniki ¦ ${p.n(300)} vues`).blank();
      p.chrome(`© ${yearV32(p)} Carrefour Moldave — Chișinău, République de Moldavie — Contact — Soutenir le site`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'coulon-letter',
    name: 'La Lettre de la Venise verte',
    lang: 'fr',
    originals: 12,
    attribution: 'none',
    chromeOnlyPage: true,
    render(p) {
      const { d } = p;
      p.chrome('Vous recevez cette lettre parce que vous êtes adhérent ou ami de l\'association des bateliers du Marais poitevin. Version en ligne disponible sur notre site.').blank();
      p.chrome('LA LETTRE DE LA VENISE VERTE', 'Bulletin des bateliers et guides du Marais poitevin - Coulon (Deux-Sèvres)', 'Dans ce numéro : La vie des conches ¤ Revue de presse ¤ Agenda des embarcadères').blank();
      p.chrome(
        `Niveau de la Sèvre niortaise : ${d.pick(['hautes eaux, prudence aux écluses', 'normal', 'crue, barques à quai'])} ¤ Embarcadère de la Sotterie : ${d.pick(['fermé pour l\'hiver', 'ouvert le dimanche', 'sur réservation'])} ¤ ${d.pick(['Curage des conches le 19', 'Assemblée générale à la salle des fêtes', 'Sortie ornithologique à l\'aube'])}`,
      ).blank();
      p.title((t) => (d.chance(0.3) ? `Revue de la semaine ¤ ${t}` : t)).blank();
      p.meta(coulonDate(p)).blank();
      p.body({ [p.mid()]: [`Vie de l'association ¤ ${d.pick(['Chantier de calfatage des plates le samedi matin', 'Appel aux bénévoles pour la fête de la Sèvre', 'La cotisation annuelle passe à 12 euros'])}`] });
      p.chrome(
        'La Lettre de la Venise verte est rédigée et envoyée par des bénévoles. Les articles de presse qu\'elle reprend sont choisis pour informer les bateliers et les amis du marais ; ils n\'engagent pas l\'association et ne doivent pas être rediffusés hors de ses membres.',
      ).blank();
      p.chrome('Se désabonner ¤ Changer d\'adresse ¤ Anciens numéros').blank();
      p.chrome(`Association des bateliers du Marais poitevin - Coulon - ${yearV32(p)} - Bulletin bénévole`);
      return { author: false, date: 'day' };
    },
  },
  {
    id: 'vientiane-portal',
    name: 'Dok Champa Info',
    lang: 'fr',
    originals: 14,
    attribution: 'url-host',
    canShow: (canonical) => canonical in HOSTS_V32,
    draw: weightedCredits(undefined, [VIENTIANE_LINKED, 0.9]),
    render(p) {
      const { d, s } = p;
      p.chrome('Sabaidee ! Bienvenue sur Dok Champa Info').blank();
      p.chrome('DOK CHAMPA INFO', 'Culture, société et francophonie au Laos — depuis Vientiane', 'Accueil ❀ Culture ❀ Société ❀ Mékong ❀ Francophonie').blank();
      p.chrome(`Niveau du Mékong à Vientiane : ${d.pick(['bas', 'très bas, bancs de sable', 'normal'])} ❀ Institut français : ${d.pick(['concert samedi', 'exposition jusqu’au 20', 'fermé pour Pi Mai'])} ❀ 1 € = ${d.int(9600, 9900)} kips`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} ❀ Dok Champa Info` : t)).blank();
      p.meta(vientianeDate(p));
      const link = s.credit
        ? [
            d.pick([
              (u: string) => `Publication d’origine : ${u}`,
              (u: string) => `Lire l’original ↗ ${u}`,
              (u: string) => `Cet article est issu de ${u}`,
              (u: string) => `${u} (article source)`,
            ])(addressOf(p)),
            d.pick([`Écrit par ${s.author} pour l’éditeur d’origine`, `${s.author} (article original)`]),
          ]
        : [];
      const top = d.chance(0.5);
      if (top) p.meta(...link);
      p.blank();
      bodyWithCredit(p, p.mid(), top ? [] : link);
      p.chrome(
        'Dok Champa Info relaie les articles francophones sur le Laos et l’Asie du Sud-Est qui intéressent sa communauté, toujours avec l’adresse de la page où ils ont été publiés. Les textes appartiennent à leurs auteurs et à leurs journaux ; écrivez-nous pour toute demande de retrait.',
      ).blank();
      p.chrome('Nous écrire ❀ Nous suivre ❀ Adhérer à l’association').blank();
      p.chrome(`Dok Champa Info · ${yearV32(p)} · Ban Sisaket, Vientiane · Mentions légales`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'valensole-review',
    name: 'Le Brin de Lavande',
    lang: 'fr',
    originals: 14,
    attribution: 'title-suffix',
    draw: weightedCredits(undefined, [VALENSOLE_PRESS, 0.76], [LOOKALIKES_V32.valensole, 0.12]),
    render(p) {
      const { d, s } = p;
      p.chrome('LE BRIN DE LAVANDE', 'La revue de presse des lavandiculteurs du plateau de Valensole', 'Accueil · Revue de presse · Distillation · Marchés').blank();
      p.chrome(`Essence de lavandin : ${d.int(18, 26)} €/kg · Distillerie coopérative : ${d.pick(['fermée jusqu’en juin', 'inventaire en cours', 'permanence le mardi'])} · Mistral : ${d.pick(['rafales à 90 km/h', 'faible', 'fort, gel la nuit'])}`).blank();
      const after = d.pick([(o: string) => ` ↣ ${o}`, (o: string) => ` ⁘ ${o}`, (o: string) => ` ‣ ${o}`]);
      p.title((t) => (s.credit ? `${t}${after(s.credit.shown)}` : t)).blank();
      p.meta(valensoleDate(p)).blank();
      p.body();
      p.chrome('Le journal qui a publié chaque article est indiqué à la suite de son titre.').blank();
      p.chrome(
        'Le Brin de Lavande est préparé chaque semaine par le groupement des producteurs de lavande et de lavandin du plateau. Les articles y sont reproduits sans retouche, tels que les journaux les ont publiés, et restent leur propriété.',
      ).blank();
      p.chrome('Thème « Champ bleu » · Propulsé par le groupement des producteurs · Accessibilité · Plan du site').blank();
      p.chrome(`Le Brin de Lavande — Valensole — ${yearV32(p)}`);
      return { author: false, date: 'full' };
    },
  },
  {
    id: 'taiohae-weekly',
    name: 'Te Henua Hebdo',
    lang: 'fr',
    originals: 14,
    attribution: 'own',
    render(p) {
      const { d, s } = p;
      p.chrome('Kaoha nui ! Te Henua Hebdo utilise des cookies de mesure d’audience. En poursuivant votre lecture, vous acceptez leur dépôt ; nos partenaires publicitaires n’en déposent qu’avec votre accord.', 'D’accord', 'Non merci').blank();
      p.chrome('TE HENUA HEBDO', 'L’hebdomadaire des îles Marquises — Nuku Hiva, Ua Pou, Hiva Oa, Tahuata, Fatu Hiva, Ua Huka', 'Accueil ✧ Îles ✧ Culture ✧ Sports ✧ Avis administratifs').blank();
      p.chrome(`Aranui : ${d.pick(['escale à Taiohae jeudi', 'retardé de 24 heures', 'prochain passage le 28'])} ✧ Vol pour Papeete : ${d.pick(['complet', 'maintenu', 'annulé (météo)'])} ✧ Houle : ${d.pick(['2 m de nord-est', '1 m', 'forte, débarquement à la baleinière'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} ✧ Te Henua Hebdo` : t)).blank();
      p.meta(
        d.pick([`${s.author} — rédaction de Taiohae`, `Un reportage de ${s.author} à Hiva Oa`, `Texte : ${s.author} ; relecture : ${d.pick(EDITORS_V32)}`]),
        taiohaeDate(p),
      ).blank();
      p.body({ [p.mid()]: [`Lire aussi ✧ ${p.related(1)[0]!}`] });
      p.chrome(
        'Te Henua Hebdo est le seul journal imprimé aux Marquises. Il part chaque semaine par l’Aranui et par avion vers les six îles habitées ; l’abonnement numérique permet aux familles installées à Tahiti et en métropole de suivre l’actualité de l’archipel.',
        'S’abonner',
      ).blank();
      p.chrome(`${p.n(40)} réactions · Réagir · Règles de publication des commentaires`).blank();
      p.chrome(`© ${yearV32(p)} Te Henua Hebdo SARL — BP 8, Taiohae, 98742 Nuku Hiva — Mentions légales · Publicité`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'sfax-letter',
    name: 'Le Pressoir sfaxien',
    lang: 'fr',
    originals: 15,
    attribution: 'credit',
    chromeOnlyPage: true,
    translate: { into: 'fr', share: 0.9 },
    draw: weightedCredits({ into: 'fr', share: 0.9 }, [SFAX_FR, 0.34], [SFAX_FOREIGN, 0.43], [LOOKALIKES_V32.sfax, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome(
        'We use cookies to run this newsletter’s website, to know which articles olive-oil exporters and buyers read, and to show our sponsors’ offers. You can refuse non-essential cookies at any time.',
        'Accept all',
        'Essential only',
      ).blank();
      p.chrome('LE PRESSOIR SFAXIEN', 'La lettre des huileries, exportateurs et oléiculteurs de Sfax et du Sahel', 'Accueil • Marchés • Export • Récolte • Revue de presse').blank();
      p.chrome(`Vrac extra vierge : ${d.int(9, 12)},${d.int(100, 900)} DT/kg • Port de Sfax : ${d.pick(['deux vraquiers à quai', 'chargements suspendus (vent)', 'activité normale'])} • Campagne oléicole : ${d.pick(['trituration à plein régime', 'pluies favorables', 'prix en baisse à Jaén'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} [revue de presse oléicole]` : t)).blank();
      p.meta(sfaxDate(p)).blank();
      p.body({ [p.mid()]: [`Sponsor • ${d.pick(['Bidons inox 1 000 L, livraison à Sfax et Monastir', 'Laboratoire d’analyses : acidité et peroxydes en 24 h', 'Transitaire agréé vers l’Espagne et l’Italie'])}`] });
      if (s.credit) {
        p.meta(
          d.pick([
            (o: string) => `Première parution : ${o}.`,
            (o: string) => `Reproduit avec l’aimable autorisation ${de(o)}.`,
            (o: string) => `Crédit éditorial • ${o}`,
            (o: string) => `Nous devons ce papier à nos confrères ${de(o)}.`,
          ])(s.credit.shown),
          d.pick([`Plume d’origine : ${s.author}`, `${s.author}, envoyé spécial ; adaptation française par ${d.pick(EDITORS_V32)}`]),
        ).blank();
      }
      p.chrome(
        'Le Pressoir sfaxien est une lettre professionnelle indépendante. Elle cite toujours le journal d’origine des articles qu’elle reprend ; les textes parus en arabe, en anglais ou en espagnol, ainsi que le nom de leur journal, sont traduits automatiquement et peuvent contenir des maladresses.',
      ).blank();
      p.chrome('Transférer • Imprimer • Se désinscrire • Annoncer dans la lettre').blank();
      p.chrome(`© ${yearV32(p)} Le Pressoir sfaxien — Route de Gabès, Sfax — Tous droits réservés`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'douglas-weekly',
    name: 'The Manx Wheel',
    lang: 'en',
    originals: 14,
    attribution: 'own',
    chromeOnlyPage: true,
    render(p) {
      const { d } = p;
      p.chrome(
        'The Manx Wheel and its partners store small files on your device to keep the site working, to count readers from Ramsey to Port Erin and to pay for local reporting with advertising. You can switch off everything except the essentials.',
        'Allow all',
        'Essentials only',
      ).blank();
      p.chrome('THE MANX WHEEL', 'Douglas, Ramsey, Peel and Castletown: the Isle of Man every Thursday | Failt erriu', 'News | Tynwald | Sport | TT | Community | Letters').blank();
      p.chrome(`Steam Packet to Heysham: ${d.pick(['sailing', 'cancelled, gales', 'delayed 2 hrs'])} | Mountain Road: ${d.pick(['open', 'closed, ice', 'one way'])} | Douglas: ${d.pick(['6°C, showers', '3°C, gale warning', '8°C, bright'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `ON THE ISLAND | ${t}` : t)).blank();
      p.meta(
        d.pick([`By ${writerEn(p)}, Chief Reporter`, `${writerEn(p)} | Douglas newsroom`, `Words: ${writerEn(p)} · Pictures: ${d.pick(PHOTO_V32)}`]),
        douglasDate(p),
      ).blank();
      p.body({ [p.mid()]: [`More from the Wheel | ${p.related(1)[0]!}`] });
      p.chrome(
        'Local news on an island of eighty-five thousand people only survives if readers pay for it. A digital pass to the Wheel costs less than a return bus fare to Ramsey each week and keeps two reporters in court and at Tynwald.',
        'Get a pass',
      ).blank();
      p.chrome('Comments are pre-moderated. Please be kind, and use your real name.').blank();
      p.chrome(`© ${yearV32(p)} Manx Wheel Media Ltd | Prospect Hill, Douglas, Isle of Man | Privacy | Complaints`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'darwin-digest',
    name: 'Top End Strategic Digest',
    lang: 'en',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'en', share: 0.85 },
    draw: weightedCredits({ into: 'en', share: 0.85 }, [DARWIN_PICKS, 0.74], [LOOKALIKES_V32.darwin, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('TOP END STRATEGIC DIGEST', 'Defence, the French Pacific and the Indo-Pacific, from Darwin', 'Digest ⌖ Defence ⌖ Pacific ⌖ France ⌖ Timor Sea').blank();
      p.chrome(`Darwin Harbour: ${d.pick(['HMAS vessels alongside', 'cyclone watch', 'clear'])} ⌖ Wet season: ${d.pick(['monsoon trough active', 'build-up, 34°C', 'break period'])} ⌖ AUD/EUR 0.${d.int(60, 64)}`).blank();
      p.title((t) => (d.chance(0.3) ? `Indo-Pacific Watch ⌖ ${t}` : t)).blank();
      p.meta(darwinDate(p));
      if (s.credit) {
        p.meta(
          d.pick([
            (o: string) => `First published in ${o}.`,
            (o: string) => `Source publication: ${o}`,
            (o: string) => `Reproduced from ${o} under a content-sharing agreement.`,
            (o: string) => `This report appeared in ${o} (in French).`,
          ])(s.credit.shown),
          d.pick([`Original reporting: ${writerEn(p)}`, `${writerEn(p)}, defence correspondent; English version checked by ${d.pick(EDITORS_V32)}`]),
        );
      }
      p.blank();
      p.body({ [p.mid()]: [`Further reading ⌖ ${p.related(1)[0]!}`] });
      p.chrome(
        'Top End Strategic Digest follows the French press on New Caledonia, French Polynesia and France’s forces in the Pacific for readers in defence, government and industry in northern Australia. Articles and the titles of the papers they come from are machine-translated and lightly edited.',
      ).blank();
      p.chrome('Subscribe to the weekly PDF ⌖ Forward to a colleague ⌖ Unsubscribe').blank();
      p.chrome(`© ${yearV32(p)} Top End Strategic Digest Pty Ltd · Mitchell Street, Darwin NT · Terms · Privacy`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'reykjavik-letter',
    name: 'Geysir Trade Letter',
    lang: 'en',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'en', share: 0.85 },
    draw: weightedCredits({ into: 'en', share: 0.85 }, [REYKJAVIK_PICKS, 0.74], [LOOKALIKES_V32.reykjavik, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Vafrakökur / Cookies: Geysir Trade Letter uses cookies to remember your login and to see which markets our members in the Icelandic travel trade follow. No advertising cookies are set without your consent.',
        'OK',
        'Settings',
      ).blank();
      p.chrome('GEYSIR TRADE LETTER', 'What French-speaking Europe is reading, for Iceland’s tour operators | Velkomin', 'Letter ⁑ Markets ⁑ Airlines ⁑ France ⁑ Benelux ⁑ Switzerland').blank();
      p.chrome(`Keflavík arrivals from Paris: ${d.pick(['on time', 'delayed, crosswinds', 'diverted to Akureyri'])} ⁑ Ring Road at Hellisheiði: ${d.pick(['open', 'closed, snow', 'slippery'])} ⁑ Aurora: ${d.pick(['high activity', 'overcast', 'moderate'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} ⁑ Geysir Trade Letter` : t)).blank();
      p.meta(reykjavikDate(p)).blank();
      p.body({ [s.body.length - 2]: [`Partner ⁑ ${d.pick(['Super-jeep fleet for hire, drivers speak French', 'Glacier guides: winter certification course', 'Group rates at our Vík guesthouse'])}`] });
      if (s.credit) {
        p.meta(
          d.pick([
            (o: string) => `Originally printed by ${o}.`,
            (o: string) => `All credit to ${o}, where this story first ran.`,
            (o: string) => `From the pages of ${o}.`,
            (o: string) => `Republished courtesy of ${o}.`,
          ])(s.credit.shown),
          d.pick([`Written in French by ${writerEn(p)}`, `${writerEn(p)} (regional desk); translation proofread by ${d.pick(EDITORS_V32)}`]),
        ).blank();
      }
      p.chrome(
        'Geysir Trade Letter helps Icelandic incoming agencies understand their French, Belgian and Swiss clients. We translate stories from their regional press by machine, the names of the newspapers too, so treat every quotation with care and check the original before you repeat it.',
      ).blank();
      p.chrome('Forward ⁑ Print ⁑ Manage subscription').blank();
      p.chrome(`© ${yearV32(p)} Geysir Trade Letter ehf. · Laugavegur, Reykjavík · All rights reserved`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'anchorage-newsletter',
    name: 'Cook Inlet Francophile',
    lang: 'en',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'en', share: 0.85 },
    draw: weightedCredits({ into: 'en', share: 0.85 }, [ANCHORAGE_PICKS, 0.74], [LOOKALIKES_V32.anchorage, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('COOK INLET FRANCOPHILE', 'News for Alaska’s French-speaking families, in English | Bienvenue aux francophones de l’Alaska', 'Home / Canada / France / Community / Events').blank();
      p.chrome(`Glenn Highway: ${d.pick(['icy, chains advised', 'open', 'closed at Eklutna'])} / Anchorage: ${d.pick(['-14°C', '-22°C, clear', '-3°C, snow'])} / Daylight today: ${d.int(5, 9)} h ${pad2(d.int(0, 59))} min`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} (machine translation)` : t)).blank();
      p.meta(anchorageDate(p)).blank();
      const credit = s.credit
        ? [
            d.pick([
              (o: string) => `Story via ${o} (French).`,
              (o: string) => `${o} had this story first.`,
              (o: string) => `Reprinted from ${o}; English by machine.`,
              (o: string) => `Courtesy: ${o}`,
            ])(s.credit.shown),
            d.pick([`Byline on the original: ${writerEn(p)}`, `${writerEn(p)}, staff reporter — translated with help from ${d.pick(EDITORS_V32)}`]),
          ]
        : [];
      const inside = d.chance(0.5);
      bodyWithCredit(p, p.mid(), inside ? credit : [], {
        [s.body.length - 2]: [`Community board / ${d.pick(['French story hour at the Loussac Library, Saturdays', 'Galette des rois potluck in Midtown', 'Ski club carpool to Alyeska'])}`],
      });
      if (!inside && credit.length > 0) p.meta(...credit).blank();
      p.chrome(
        'Cook Inlet Francophile is a volunteer newsletter for Québécois, Acadian, French and Franco-Canadian families in Anchorage and the Mat-Su valley. We machine-translate stories from the French-language press, including newspaper names, so that grandparents and grandchildren can read them together.',
      ).blank();
      p.chrome('Share / Email / Print / Donate').blank();
      p.chrome(`© ${yearV32(p)} Cook Inlet Francophile · Anchorage, AK 99501 · Unsubscribe / Se désabonner`);
      return writerIfCredited(p, 'full');
    },
  },
];

const JUNK_V32: readonly { name: string; bytes: Uint8Array }[] = [
  { name: 'gif-head', bytes: Buffer.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0xff, 0xff, 0xff, 0x00, 0x00, 0x00, 0x21, 0xf9, 0x04]) },
  { name: 'bmp-head', bytes: Buffer.from([0x42, 0x4d, 0x3a, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x36, 0x00, 0x00, 0x00, 0x28, 0x00, 0x00, 0x00, 0x01, 0x00]) },
  { name: 'elf-head', bytes: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x3e, 0x00]) },
  { name: 'ogg-head', bytes: Buffer.from([0x4f, 0x67, 0x67, 0x53, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x2a, 0x1b, 0x00, 0x00]) },
  { name: '7z-head', bytes: Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0x00, 0x04, 0x8d, 0x9b, 0xd5, 0x0f, 0x00, 0x00, 0x00, 0x00]) },
  { name: 'utf32-bom-only', bytes: Buffer.from([0xff, 0xfe, 0x00, 0x00]) },
  { name: 'robots', bytes: Buffer.from('User-agent: *\nDisallow: /admin/\nDisallow: /panier/\n', 'utf8') },
  { name: 'bad-gateway', bytes: Buffer.from('502 Bad Gateway\nnginx\n', 'utf8') },
  { name: 'redirect-fr', bytes: Buffer.from('Redirection en cours…\nSi rien ne se passe, cliquez ici.\n', 'utf8') },
  { name: 'ip-blocked', bytes: Buffer.from('Accès refusé\nVotre adresse IP a été temporairement bloquée par notre pare-feu.\n', 'utf8') },
  { name: 'vcard', bytes: Buffer.from('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Rédaction\r\nEND:VCARD\r\n', 'utf8') },
  { name: 'base64-line', bytes: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==\n', 'utf8') },
];

// ——— Generation ———

/** One page of `site` (v2's convention); an English page expects the byline as it prints it ("A and B"). */
function pageV32(site: SiteV32, story: Story, d: Dice, chromeOnly: boolean): MadePage {
  const made = page(site, story, d, chromeOnly);
  const author = made.entry.author;
  return site.lang === 'en' && author !== null ? { ...made, entry: { ...made.entry, author: inEnglish(author) } } : made;
}

/** The copy of `story` that `host` carries: the first site's credit (or its own name) when the host can show it; maybe headless or cut. */
function copyOnto(d: Dice, story: Story, first: SiteV32, host: SiteV32, others: string[]): Story {
  const firstOwn = first.attribution === 'own' ? { canonical: first.name, lookalike: first.lookalike === true } : null;
  const origin = story.credit ?? firstOwn;
  const hostNames = host.attribution !== 'own' && host.attribution !== 'none';
  const named = origin !== null && hostNames && (host.canShow?.(origin.canonical) ?? true);
  const lastDropped = story.src.body.length >= 4 && d.chance(NO_ENDING);
  // The Valensole review names the outlet after the headline: its copies always show one.
  const headline = host.attribution === 'title-suffix' || !d.chance(NO_HEADLINE);
  return {
    ...story,
    body: lastDropped ? story.src.body.slice(0, -1) : story.src.body,
    headline,
    credit: named ? creditAsPrinted(d, origin.canonical, host.translate, origin.lookalike) : null,
    others,
  };
}

/**
 * Builds the v32 set from clean sources (deterministic for a seed): each site's originals and their copies on
 * up to three other sites, uncredited bare files, chrome-only pages and junk, shuffled, each file in one of
 * several encodings and named by content.
 */
export function generateUnseenV32(pool: readonly UnseenSource[], seed: number = SEED_V32): { files: UnseenFile[]; manifest: UnseenEntry[] } {
  const d = new Dice(makeRng(seed));
  const wanted = BARE_V32 + SITES_V32.reduce((n, s) => n + s.originals, 0);
  if (pool.length < wanted) throw new Error(`unseen sites v32: ${wanted} clean articles needed, the pool has ${pool.length}`);
  const picked = d.sample(pool, wanted);
  const allTitles = picked.map((s) => s.title);
  const otherTitles = (src: UnseenSource): string[] => d.sample(allTitles.filter((t) => t !== src.title), 5);
  const when = (): TZDate => {
    const day = new Date(PERIOD_START + d.int(0, PERIOD_DAYS - 1) * 86_400_000);
    return new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), d.int(6, 21), d.int(0, 59), 0, PARIS);
  };
  const out: MadePage[] = [];
  let from = 0;
  for (const site of SITES_V32) {
    const originals = picked.slice(from, from + site.originals);
    from += site.originals;
    for (const src of originals) {
      const story: Story = { src, body: src.body, author: d.pick(BYLINES_V32), date: when(), headline: true, credit: site.draw?.(d) ?? null, others: otherTitles(src) };
      out.push(pageV32(site, story, d, false));
      const hosts = d.sample(SITES_V32.filter((h) => h !== site), copiesOn(d));
      for (const host of hosts) out.push(pageV32(host, copyOnto(d, story, site, host, otherTitles(src)), d, false));
    }
    if (site.chromeOnlyPage) {
      const stand = picked[0]!;
      out.push(pageV32(site, { src: stand, body: [], author: d.pick(BYLINES_V32), date: when(), headline: false, credit: null, others: otherTitles(stand) }, d, true));
    }
  }
  for (const src of picked.slice(from)) out.push(creditsNobody(bareFile(src)));
  for (const junk of JUNK_V32) out.push(creditsNobody(junkFile(junk)));
  return packFiles(d, out, ENCODINGS_V32, 'v32-');
}

/** Heading of the v32 table and JSON. */
export const V32_HEADING = 'UNSEEN SITES v32 (frozen 2026-12-02, written without reading the rules)';

/** Generates v32, runs the real ingest on it and prints its figures (without the DEV simulation). */
export const runUnseenEvalV32 = unseenSetRunner(V32_HEADING, generateUnseenV32);

generatorCli(import.meta.url, 'unseen sites v32', generateUnseenV32, SEED_V32);
