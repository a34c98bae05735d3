/**
 * Generates the unseen-sites v31 evaluation set (issue 8): twelve more ordinary news sites, of kinds and places no earlier set had.
 *
 * DEVELOPMENT SET, written without reading the rules on 2026-12-02. Its misses WILL be read while rules are
 * changed: it is development data from the start, not a frozen set, and its score says nothing about unseen sites.
 * It was written without reading the ingest rules (src/ingest/), the word lists and outlet list (src/data/), the
 * renderer, pages, components and build (src/pages/, src/components/, src/build/), the README's rule
 * descriptions, the git history or any score of any set (the scorer, src/eval/unseen-sites.ts, was read for its
 * types and conventions; no bench/*.json was opened), and without opening the frozen v21, v22, v23 and v25
 * generators. Of the earlier sets only the shared scaffolding (scripts/unseen-sites.ts, v2's `page` and
 * `SiteV2`, simulate-heldout's `Dice` and encodings, scripts/rng.ts), v30's generator and test (for the format,
 * the set mechanics and the scaffolding calls, not their sites or wordings), tests/unit/unseen-answers.ts, the
 * wiring of v30 in src/cli/eval.ts and package.json, and the site lists in the headers of v3–v20, v24 and
 * v26–v30 (to pick other kinds and places) were read. The sites, outlets, credit wordings, translations, title
 * decorations, date formats, time zones, junk and chrome here are new.
 *
 * `npm run eval:unseen` scores v1 to v30 then this set (`npm run eval:unseen:v31`, or `npm run eval -- --unseen
 * --unseen-set v31`, for this one only); `npx tsx scripts/unseen-sites-v31.ts --out DIR` only writes the folder
 * and its manifest (the v1 format, with v2's `outletEvidence`).
 *
 * The twelve sites: a water-jousting and harbour-life site in Sète (Hérault) whose own name begins like a
 * Marseille daily's (a look-alike, its own reporters, some pieces written by two), a Rhine inland-shipping letter
 * in Kembs (Haut-Rhin) crediting Alsace, national and waterways papers, German-language, Dutch and
 * English-language shipping outlets translated into French word for word and look-alike titles (the credit at
 * the top; "HEC" beside a Paris time), a Haitian diaspora site in Miami (Florida) with a source line at the top
 * or the foot naming Haitian, Québec and French outlets, English-language American outlets garbled into French
 * and look-alike titles (its times in Florida time, "UTC−5" with a true minus sign), a bell-ringers'
 * association letter in Douai (Nord) crediting nobody (the day only), a pearl farmers' letter in Rikitea
 * (Gambier islands, French Polynesia) crediting Polynesian, French and business papers, English-language Asian
 * jewellery and news outlets garbled into French and look-alike titles (its times in Gambier time, UTC−9, often
 * the day before; the credit inside the text), a business portal in Yaoundé (Cameroon) pointing to the
 * original's address at the top or the foot (its times in "GMT+1", the Paris clock), a truffle growers' press
 * review in Richerenches (Vaucluse) keeping the original's name after the headline, a French-language
 * Alexandria (Egypt) daily whose own name begins like a Lyon daily's (a look-alike, its own reporters, some
 * pieces written by two; Egypt time, GMT+2, a day-month-year date without zeros), an English-language weekly in
 * Stanley (Falkland Islands; its own reporters, some pieces written by two, Falklands time, UTC−3, "hrs"), an
 * English-language Oslo newsletter on French politics translating French national papers' names into English word
 * for word (Central European time, "kl. 14.05 CET"; the credit at the top), an English-language Honolulu
 * (Hawaii) digest on the French Pacific doing the same with Polynesian, Caledonian, Réunion and Paris papers
 * (Hawaii-Aleutian Standard Time, UTC−10, often the day before; the credit inside the text or at its foot), and
 * an English-language Kathmandu (Nepal) trekking-agency wire doing the same with Alpine, Swiss, sports and
 * national papers (Nepal time, NPT = UTC+5:45, a three-quarter-hour zone, often the next day; the credit at the
 * foot). Article text is read AT RUN TIME from ../shared/corpus/gilets-jaunes (v1's clean pool, drawn with another
 * seed): no corpus text is stored here.
 *
 * Title decorations (none of them part of the headline, which stays the publisher's): a prefix tag ("Ça bouge
 * sur les quais ≈ Titre" on the Sète site, "Vu dans la presse » Titre" on the Douai letter, "Mboa Éco ⟫ Titre" on
 * the Yaoundé portal, "Ici Alexandrie ✦ Titre" on the Alexandria daily, "Camp News ~ Title" on the Stanley
 * weekly, "Trail Wire ▲ Title" on the Kathmandu wire), a site-name suffix ("Titre || Le Batelier rhénan",
 * "Titre ◈ La Nacre des Gambier", "Title · Northern Light on France"), a note after the headline ("Titre (version
 * kreyòl disponible)" on the Miami site, "Title [auto-translated]" on the Honolulu digest), and on the
 * Richerenches review the original outlet's name after " ⊳ ", " ⁓ " or " ⋮ " (its evidence). Date formats: "Sète,
 * ven. 11/01/19 - 14h05", "Kembs · 11/01/2019 · 14:05 HEC", "Publié à Miami le 11/01/2019, 08:05 (heure de la
 * Floride, UTC−5)", "Douai, vendredi 11.01.2019", "Rikitea, vendredi 11 janvier 2019 à 04:05 (heure des Gambier,
 * UTC−9)", "Yaoundé | 11.01.2019 | 14h05 (heure de Yaoundé, GMT+1)", "Parution : 11/01/2019 - 14 h 05",
 * "Alexandrie, le 11-1-2019 à 15h05, heure d’Égypte (GMT+2)", "Fri 11/01/19 · 10:05 hrs Falklands time (UTC−3)",
 * "11.01.2019 kl. 14.05 CET", "Friday, January 11, 2019 at 3:05 AM Hawaii-Aleutian Standard Time" and
 * "Kathmandu, 11 Jan 2019 · 18:50 NPT (UTC+5:45)".
 *
 * Expected outlet: v2's convention (who published the article first, as the file credits it), recorded per
 * file in `outletEvidence`: machine-translated names of real outlets expect the real outlet's usual name,
 * look-alike names are kept as written, the site's own name is the outlet only where it shows its masthead and
 * its own staff's byline, the republisher is the site's name whenever the file credits another outlet, and null
 * when nothing credits one. Republishing sites show a byline only beside a credit. Expected author: the writer's
 * name as the byline shows it, without role, place, desk, translator, editor or photographer; a piece written by
 * two expects both names as the page joins them ("A et B" on French pages, "A and B" on English ones). Every
 * time shown names its zone or is Paris time: the Miami, Rikitea, Yaoundé, Alexandria, Stanley, Oslo, Honolulu
 * and Kathmandu sites show their own clock with its zone (UTC−5, UTC−9, GMT+1, GMT+2, UTC−3, CET, UTC−10,
 * UTC+5:45: the whole period is in each zone's winter or only time), the Kembs letter Paris time named "HEC", the
 * Sète site and the Richerenches review Paris time (winter 2018-19, so UTC+1); the expected date is the same
 * instant, written in Paris time. The Douai letter shows the day only. Files are written in UTF-8 (with or
 * without a BOM, LF or CRLF), Windows-1252, ISO-8859-1 (`latin1`, only for pages whose every character it holds;
 * Windows-1252 otherwise) and UTF-16 LE.
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

/** The v31 seed: no earlier set drew with it. */
export const SEED_V31 = 20261202_31;
/** Clean articles written with their headline and paragraphs only, crediting nobody. */
const BARE_V31 = 10;
/** Share of copies scraped without their headline line. */
const NO_HEADLINE = 0.3;
/** Share of copies (of bodies with four paragraphs or more) that lose their closing paragraph. */
const NO_ENDING = 0.3;
/** The period: 80 days from 3 December 2018, in Paris winter time (UTC+1), before North America's clocks change. */
const PERIOD_START = Date.UTC(2018, 11, 3);
const PERIOD_DAYS = 80;
const PARIS = 'Europe/Paris';
/** The encodings drawn for the files: plain UTF-8 most often, then Windows-1252, Latin-1, UTF-16 LE, a BOM and CRLF ends. */
const ENCODINGS_V31: readonly SetEncoding[] = ['utf-8', 'cp1252', 'utf-8-bom', 'latin1', 'utf-8', 'utf-16le-bom', 'cp1252-crlf', 'utf-8', 'latin1', 'utf-8-crlf', 'cp1252', 'utf-8'];

/** How many other sites carry a copy of one original (none, most often). */
function copiesOn(d: Dice): number {
  const r = d.next();
  return r < 0.46 ? 0 : r < 0.76 ? 1 : r < 0.93 ? 2 : 3;
}

// ——— People ———

/** Writers; four entries are pieces written by two (joined " et " as French pages print them). */
const BYLINES_V31 = [
  'Mathilde Cabrol', 'Kévin Fabre', 'Odile Spenlehauer', 'Yannick Moebs', 'Widline Pierre-Louis', 'Jean-Robert Désir', 'Hinano Teriitahi',
  'Teva Mahinui', 'Aurélie Mbarga', 'Serge Ekotto', 'Chantal Reboul', 'Nadia Fahmy', 'Karim Zaki', 'Bethany Clifton', 'Rory Biggs',
  'Ingvild Hovland', 'Sander Aasen', 'Leilani Kahale', 'Kenji Morales', 'Pemba Sherpa', 'Anjali Thapa', 'Tom D\'Arcy',
  'Mathilde Cabrol et Kévin Fabre', 'Nadia Fahmy et Karim Zaki', 'Bethany Clifton et Rory Biggs', 'Hinano Teriitahi et Teva Mahinui',
];
/** People named beside the writer who did not write the piece: translators, adapters, English-version editors. */
const EDITORS_V31 = ['Brigitte Hurstel', 'Fritz-Gérald Jean', 'Ragnhild Berg', 'Dawa Lama'];
const PHOTO_V31 = ['Guilhem Roques', 'Ahmed Saad', 'Nigel Short', 'Manuarii Tauru'];


// ——— Outlets ———

const KEMBS_FR = ['Les Dernières Nouvelles d’Alsace', 'L’Alsace', 'Le Monde', 'Les Échos', 'Le Figaro', 'Journal de la Marine marchande', 'Le Marin', 'La Tribune', 'Libération', 'Le Parisien', 'L’Usine nouvelle'];
const KEMBS_FOREIGN = ['Badische Zeitung', 'Basler Zeitung', 'Frankfurter Allgemeine Zeitung', 'Süddeutsche Zeitung', 'Lloyd’s List', 'Het Financieele Dagblad', 'Binnenschifffahrt', 'Stuttgarter Zeitung'];
const MIAMI_FR = ['Le Nouvelliste', 'Le National', 'AlterPresse', 'Radio Métropole', 'Le Monde', 'Le Figaro', 'RFI', 'La Presse', 'Le Devoir', 'France 24', 'Libération'];
const MIAMI_FOREIGN = ['Miami Herald', 'The Haitian Times', 'Sun Sentinel', 'The New York Times', 'The Washington Post', 'Palm Beach Post', 'The Boston Globe'];
const GAMBIER_FR = ['La Dépêche de Tahiti', 'Tahiti Infos', 'Radio1 Tahiti', 'Polynésie la 1ère', 'Le Monde', 'Les Échos', 'Le Figaro', 'La Tribune', 'Challenges', 'Le Parisien', 'Libération'];
const GAMBIER_FOREIGN = ['South China Morning Post', 'The Japan Times', 'Nikkei Asia', 'The Straits Times', 'Jewellery News Asia', 'Rapaport', 'The Standard'];
const OSLO_PICKS = ['Le Monde', 'Le Figaro', 'Libération', 'Les Échos', 'L’Humanité', 'Le Canard enchaîné', 'Mediapart', 'Le Journal du Dimanche', 'L’Obs', 'Marianne', 'Valeurs actuelles', 'La Croix'];
const HONOLULU_PICKS = ['La Dépêche de Tahiti', 'Tahiti Infos', 'Les Nouvelles calédoniennes', 'Le Monde', 'Le Figaro', 'Libération', 'Ouest-France', 'Le Quotidien de la Réunion', 'Le Journal de l’île de la Réunion', 'La Croix', 'Le Point'];
const KATHMANDU_PICKS = ['Le Dauphiné libéré', 'Montagnes Magazine', 'Le Monde', 'Le Figaro', 'Libération', 'L’Équipe', 'Le Temps', 'Tribune de Genève', 'Le Parisien', 'Les Échos', 'Le Messager', 'Le Nouvelliste'];
const RICHERENCHES_PRESS = ['Vaucluse Matin', 'La Provence', 'Le Dauphiné libéré', 'La Marseillaise', 'Le Monde', 'Le Figaro', 'Les Échos', 'Libération', 'Le Parisien', 'La Croix', 'Ouest-France', 'Midi Libre'];

/** Invented outlets whose names begin like a known outlet's: the expected outlet is the name as written. */
const LOOKALIKES_V31 = {
  kembs: ['Les Dernières Nouvelles du Fleuve', 'L’Alsace fluviale'],
  miami: ['Le Nouvelliste de Little Haiti', 'Le Soleil de la Diaspora'],
  gambier: ['Tahiti Infos Nacre', 'La Dépêche des Lagons'],
  oslo: ['Le Canard du Nord', 'Marianne des Fjords'],
  honolulu: ['Le Monde polynésien', 'La Croix du Sud'],
  kathmandu: ['L’Équipe des Cimes', 'Le Dauphiné des Sommets'],
  richerenches: ['Vaucluse Matin gourmand', 'La Provence truffière'],
} as const;
const IS_LOOKALIKE_V31: ReadonlySet<string> = new Set(Object.values(LOOKALIKES_V31).flat());

/** French national, Polynesian, Caledonian, Réunion, Alpine and Swiss names as a translation engine renders them in English, word for word (some reorder the words). */
export const INTO_EN_V31: Record<string, readonly string[]> = {
  'Le Monde': ['The World', 'World'],
  'Le Figaro': ['The Figaro'],
  Libération: ['Liberation', 'The Liberation'],
  'Les Échos': ['The Echoes', 'Echoes'],
  'L’Humanité': ['Humanity', 'The Humanity'],
  'Le Canard enchaîné': ['The Chained Duck', 'The Duck in Chains'],
  'Le Journal du Dimanche': ['The Sunday Newspaper', 'Sunday Journal'],
  'Valeurs actuelles': ['Current Values', 'Present-Day Values'],
  'La Croix': ['The Cross'],
  'La Dépêche de Tahiti': ['The Tahiti Dispatch', 'The Dispatch of Tahiti'],
  'Tahiti Infos': ['Tahiti News', 'Tahiti Information'],
  'Les Nouvelles calédoniennes': ['The Caledonian News', 'Caledonian News'],
  'Ouest-France': ['West-France', 'France West'],
  'Le Quotidien de la Réunion': ['The Daily of Reunion', 'Reunion Daily'],
  'Le Journal de l’île de la Réunion': ['The Journal of Reunion Island', 'Reunion Island Journal'],
  'Le Point': ['The Point'],
  'Le Dauphiné libéré': ['The Liberated Dolphin', 'The Freed Dauphin'],
  'Montagnes Magazine': ['Mountains Magazine', 'Magazine of Mountains'],
  'L’Équipe': ['The Team'],
  'Le Temps': ['The Time', 'The Weather'],
  'Tribune de Genève': ['Geneva Tribune', 'Tribune of Geneva'],
  'Le Parisien': ['The Parisian'],
  'Le Messager': ['The Messenger'],
  'Le Nouvelliste': ['The Newsman', 'The Novelist'],
};
/** German, Dutch and English names as a translation engine garbles them in French, word for word (some reorder the words). */
export const INTO_FR_V31: Record<string, readonly string[]> = {
  'Badische Zeitung': ['Le Journal badois', 'Journal de Bade'],
  'Basler Zeitung': ['Le Journal bâlois', 'Journal de Bâle'],
  'Frankfurter Allgemeine Zeitung': ['Le Journal général de Francfort', 'Gazette générale francfortoise'],
  'Süddeutsche Zeitung': ['Le Journal de l’Allemagne du Sud', 'Journal sud-allemand'],
  'Stuttgarter Zeitung': ['Le Journal de Stuttgart', 'Journal stuttgartois'],
  'Lloyd’s List': ['La Liste de Lloyd', 'Liste des Lloyd'],
  'Het Financieele Dagblad': ['La Feuille quotidienne financière', 'Journal quotidien de la Finance'],
  Binnenschifffahrt: ['La Navigation intérieure', 'Navigation de l’Intérieur'],
  'Miami Herald': ['Le Héraut de Miami', 'Héraut Miami'],
  'The Haitian Times': ['Les Temps haïtiens', 'Temps Haïtiens'],
  'Sun Sentinel': ['La Sentinelle du Soleil', 'Soleil Sentinelle'],
  'The New York Times': ['Les Temps de New York', 'Temps new-yorkais'],
  'The Washington Post': ['Le Poteau de Washington', 'La Poste de Washington'],
  'Palm Beach Post': ['La Poste de Palm Beach', 'Poteau Palm Beach'],
  'The Boston Globe': ['Le Globe de Boston', 'Globe bostonien'],
  'South China Morning Post': ['La Poste du Matin de la Chine du Sud', 'Poste matinale de la Chine méridionale'],
  'The Japan Times': ['Les Temps du Japon', 'Temps japonais'],
  'Nikkei Asia': ['Nikkei Asie', 'L’Asie Nikkei'],
  'The Straits Times': ['Les Temps des Détroits', 'Temps du Détroit'],
  'Jewellery News Asia': ['Nouvelles de la Bijouterie d’Asie', 'Bijouterie Nouvelles Asie'],
  'The Standard': ['L’Étendard', 'La Norme'],
};

/** Web hosts of the outlets the Yaoundé portal links to (and of the outlets its copies may point to). */
const HOSTS_V31: Record<string, string> = {
  'Cameroon Tribune': 'www.cameroon-tribune.cm', Mutations: 'www.mutations-multimedia.com', 'Investir au Cameroun': 'www.investiraucameroun.com',
  'Financial Afrik': 'www.financialafrik.com', 'Jeune Afrique': 'www.jeuneafrique.com', RFI: 'www.rfi.fr', 'Le Monde': 'www.lemonde.fr', 'Les Échos': 'www.lesechos.fr',
  'La Tribune': 'www.latribune.fr', 'Le Figaro': 'www.lefigaro.fr', 'Le Point': 'www.lepoint.fr', 'France 24': 'www.france24.com', Libération: 'www.liberation.fr',
  Challenges: 'www.challenges.fr', 'L’Opinion': 'www.lopinion.fr', 'Le Parisien': 'www.leparisien.fr', 'Ouest-France': 'www.ouest-france.fr',
  'La Croix': 'www.la-croix.com', 'La Marseillaise': 'www.lamarseillaise.fr', 'Midi Libre': 'www.midilibre.fr', 'La Provence': 'www.laprovence.com',
  'Le Dauphiné libéré': 'www.ledauphine.com', 'Les Dernières Nouvelles d’Alsace': 'www.dna.fr', 'L’Alsace': 'www.lalsace.fr', 'Le Nouvelliste': 'lenouvelliste.com',
  'Tahiti Infos': 'www.tahiti-infos.com', 'Le Temps': 'www.letemps.ch', 'L’Équipe': 'www.lequipe.fr', 'La Presse': 'www.lapresse.ca', 'Le Devoir': 'www.ledevoir.com',
  'Miami Herald': 'www.miamiherald.com', 'The New York Times': 'www.nytimes.com',
};
const YAOUNDE_LINKED = [
  'Cameroon Tribune', 'Mutations', 'Investir au Cameroun', 'Financial Afrik', 'Jeune Afrique', 'RFI', 'Le Monde', 'Les Échos', 'La Tribune', 'Le Figaro', 'Le Point',
  'France 24', 'Libération', 'Challenges', 'L’Opinion',
];


/** A v31 site: a v2 site, plus which originals its way of crediting can show on a copy (all when absent). */
interface SiteV31 extends SiteV2 {
  canShow?: (canonical: string) => boolean;
}

const { creditAsPrinted, weightedCredits } = creditPrinter(INTO_EN_V31, INTO_FR_V31, IS_LOOKALIKE_V31);


// ——— Template helpers ———

const yearV31 = (p: Page): string => fmtFr(p.s.date, 'yyyy');
const DAYS_FR = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const DAYS_FR_DOT = ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'];
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const DAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Day, month and year on a clock, zero-padded: "11/01/2019" with `sep`, a two-digit year when `short`. */
const dmy = (t: Date, sep: string, short = false): string => `${pad2(t.getDate())}${sep}${pad2(t.getMonth() + 1)}${sep}${short ? String(t.getFullYear()).slice(2) : t.getFullYear()}`;
const hm = (t: Date, sep: string): string => `${pad2(t.getHours())}${sep}${pad2(t.getMinutes())}`;

/** "Sète, ven. 11/01/19 - 14h05": Paris time, a dotted short weekday and a two-digit year. */
const seteDate = (p: Page): string => `Sète, ${DAYS_FR_DOT[p.s.date.getDay()]!} ${dmy(p.s.date, '/', true)} - ${hm(p.s.date, 'h')}`;
/** "Kembs · 11/01/2019 · 14:05 HEC": Paris time named as central European time. */
const kembsDate = (p: Page): string => `Kembs · ${dmy(p.s.date, '/')} · ${hm(p.s.date, ':')} HEC`;
/** "Publié à Miami le 11/01/2019, 08:05 (heure de la Floride, UTC−5)": the Miami clock, a true minus sign. */
function miamiDate(p: Page): string {
  const t = onClock(p, 'America/New_York');
  return `Publié à Miami le ${dmy(t, '/')}, ${hm(t, ':')} (heure de la Floride, UTC\u22125)`;
}
/** "Douai, vendredi 11.01.2019": the day only. */
const douaiDate = (p: Page): string => `Douai, ${DAYS_FR[p.s.date.getDay()]!} ${dmy(p.s.date, '.')}`;
/** "Rikitea, vendredi 11 janvier 2019 à 04:05 (heure des Gambier, UTC−9)": the Gambier clock. */
function gambierDate(p: Page): string {
  const t = onClock(p, 'Pacific/Gambier');
  return `Rikitea, ${DAYS_FR[t.getDay()]!} ${t.getDate()} ${MONTHS_FR[t.getMonth()]!} ${t.getFullYear()} à ${hm(t, ':')} (heure des Gambier, UTC\u22129)`;
}
/** "Yaoundé | 11.01.2019 | 14h05 (heure de Yaoundé, GMT+1)": the Yaoundé clock (the Paris one in winter). */
function yaoundeDate(p: Page): string {
  const t = onClock(p, 'Africa/Douala');
  return `Yaoundé | ${dmy(t, '.')} | ${hm(t, 'h')} (heure de Yaoundé, GMT+1)`;
}
/** "Parution : 11/01/2019 - 14 h 05": Paris time, the hour without a leading zero. */
const richerenchesDate = (p: Page): string => `Parution : ${dmy(p.s.date, '/')} - ${p.s.date.getHours()} h ${pad2(p.s.date.getMinutes())}`;
/** "Alexandrie, le 11-1-2019 à 15h05, heure d’Égypte (GMT+2)": the Cairo clock, day and month without zeros. */
function alexandriaDate(p: Page): string {
  const t = onClock(p, 'Africa/Cairo');
  return `Alexandrie, le ${t.getDate()}-${t.getMonth() + 1}-${t.getFullYear()} à ${t.getHours()}h${pad2(t.getMinutes())}, heure d’Égypte (GMT+2)`;
}
/** "Fri 11/01/19 · 10:05 hrs Falklands time (UTC−3)": the Stanley clock, day first. */
function stanleyDate(p: Page): string {
  const t = onClock(p, 'Atlantic/Stanley');
  return `${DAYS_EN[t.getDay()]!.slice(0, 3)} ${dmy(t, '/', true)} · ${hm(t, ':')} hrs Falklands time (UTC\u22123)`;
}
/** "11.01.2019 kl. 14.05 CET": the Oslo clock (the Paris one), Norwegian style. */
function osloDate(p: Page): string {
  const t = onClock(p, 'Europe/Oslo');
  return `${dmy(t, '.')} kl. ${hm(t, '.')} CET`;
}
/** "Friday, January 11, 2019 at 3:05 AM Hawaii-Aleutian Standard Time": the Honolulu clock, the zone spelled out. */
function honoluluDate(p: Page): string {
  const t = onClock(p, 'Pacific/Honolulu');
  const h = t.getHours() % 12 === 0 ? 12 : t.getHours() % 12;
  return `${DAYS_EN[t.getDay()]!}, ${MONTHS_EN[t.getMonth()]!} ${t.getDate()}, ${t.getFullYear()} at ${h}:${pad2(t.getMinutes())} ${t.getHours() < 12 ? 'AM' : 'PM'} Hawaii-Aleutian Standard Time`;
}
/** "Kathmandu, 11 Jan 2019 · 18:50 NPT (UTC+5:45)": the Kathmandu clock, three quarters of an hour off the others. */
function kathmanduDate(p: Page): string {
  const t = onClock(p, 'Asia/Kathmandu');
  return `Kathmandu, ${t.getDate()} ${MONTHS_EN[t.getMonth()]!.slice(0, 3)} ${t.getFullYear()} · ${hm(t, ':')} NPT (UTC+5:45)`;
}

/** The original's address on its outlet's site, in one of three URL shapes. */
function addressOf(p: Page): string {
  const { d, s } = p;
  const host = HOSTS_V31[s.credit!.canonical]!;
  const words = slug(s.src.title);
  return d.pick([
    () => `https://${host}/economie/afrique/${words}`,
    () => `https://${host}/index.php?option=com_content&view=article&id=${d.int(10_000, 99_999)}`,
    () => `https://${host}/${fmtFr(s.date, 'yyyyMMdd')}-${words}.html`,
  ])();
}

// ——— The twelve sites ———

export const SITES_V31: readonly SiteV31[] = [
  {
    id: 'sete-jousts',
    name: 'La Marseillaise de Thau',
    lang: 'fr',
    originals: 14,
    attribution: 'own',
    lookalike: true,
    chromeOnlyPage: true,
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Ahoy ! La Marseillaise de Thau mesure sa fréquentation et finance ses reportages sur les quais grâce à des traceurs. Les traceurs de nos annonceurs (restaurants de coquillages, loueurs de bateaux, salles de spectacle du Mont Saint-Clair) ne sont déposés qu’avec votre permission.',
        'D’accord, on y va',
        'Seulement le nécessaire',
      ).blank();
      p.chrome('LA MARSEILLAISE DE THAU', 'Sète, Balaruc, Mèze, Marseillan : la vie du bassin, les joutes et le port', 'Une ≈ Joutes ≈ Port de pêche ≈ Étang ≈ Festivals ≈ Carnet').blank();
      p.chrome(
        `Criée de Sète : ${d.pick(['vente du matin maintenue', 'pas de vente, mistral', 'arrivée de 14 chalutiers'])} ≈ Pont Sadi-Carnot : ${d.pick(['levée à 10 h', 'ouvert à la circulation', 'levée reportée'])} ≈ Huîtres de Bouzigues : ${d.pick(['commercialisation autorisée', 'interdiction temporaire', 'contrôles en cours'])}`,
      ).blank();
      p.title((t) => (d.chance(0.3) ? `Ça bouge sur les quais ≈ ${t}` : t)).blank();
      p.meta(
        d.pick([`Par ${s.author} (rédaction du bassin de Thau)`, `${s.author} | Reporter sur le canal royal`, `Reportage : ${s.author} — Photos : ${d.pick(PHOTO_V31)}`]),
        seteDate(p),
      ).blank();
      p.body({ [p.mid()]: [`Sur le même sujet ≈ ${p.related(1)[0]!}`] });
      p.chrome(
        'Chaque vendredi, « La Barque du week-end » arrive dans votre boîte : le programme des tournois de joutes, les horaires de la criée, les sorties en mer et les bons plans des commerçants du quartier haut. C’est gratuit et vous pouvez partir quand vous voulez.',
        'Je monte à bord',
      ).blank();
      p.chrome(`Envoyer ≈ Facebook ≈ X ≈ Copier le lien ≈ ${p.n(60)} avis de lecteurs`).blank();
      p.chrome(`© ${yearV31(p)} La Marseillaise de Thau SARL — quai de Bosc, 34200 Sète — Mentions légales · Charte des commentaires · Nous écrire`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'kembs-rhine',
    name: 'Le Batelier rhénan',
    lang: 'fr',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.9 },
    draw: weightedCredits({ into: 'fr', share: 0.9 }, [KEMBS_FR, 0.35], [KEMBS_FOREIGN, 0.41], [LOOKALIKES_V31.kembs, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('LE BATELIER RHÉNAN', 'Lettre des mariniers et des ports du Rhin supérieur - Kembs, Ottmarsheim, Neuf-Brisach', 'Accueil | Écluses | Fret | Ports | Métier | Dans la presse').blank();
      p.chrome(
        `Niveau à Bâle-Rheinhalle : ${d.int(320, 610)} cm | Écluse de Kembs : ${d.pick(['grand sas en chômage', 'deux sas en service', 'attente de 3 h à l\'avalant'])} | Fret conteneurs Ottmarsheim : ${d.pick(['normal', 'en baisse, basses eaux', 'navette supplémentaire jeudi'])}`,
      ).blank();
      p.title((t) => (d.chance(0.3) ? `${t} || Le Batelier rhénan` : t)).blank();
      p.meta(kembsDate(p));
      if (s.credit) {
        p.meta(
          d.pick([
            (o: string) => `Texte publié en premier lieu par ${o}.`,
            (o: string) => `Reprise autorisée | ${o}`,
            (o: string) => `Cet article nous vient ${de(o)}, que nous remercions.`,
            (o: string) => `Éditeur d'origine : ${o}`,
          ])(s.credit.shown),
          d.pick([`Signé ${s.author} dans l'édition originale`, `${s.author}, envoyé spécial sur le Rhin - traduction vérifiée par ${d.pick(EDITORS_V31)}`]),
        );
      }
      p.blank();
      p.body({ [s.body.length - 2]: [`Bourse de fret | ${d.pick(['Automoteur de 110 m cherche chargement de céréales vers Rotterdam', 'Matelot qualifié disponible à partir de mars, permis radar', 'Pousseur à vendre, visible au port de Huningue'])}`] });
      p.chrome(
        'Le Batelier rhénan est la lettre de l\'amicale des bateliers du Rhin supérieur. Nous y reprenons, avec le nom de leur journal, les articles de la presse alsacienne, française, allemande, suisse et néerlandaise qui concernent la voie d\'eau ; les textes allemands, néerlandais et anglais passent par un traducteur automatique, titres des journaux compris.',
      ).blank();
      p.chrome('Imprimer | Transférer à un collègue | Avis à la batellerie | Annuaire des ports').blank();
      p.chrome(`Amicale des bateliers du Rhin supérieur - ${yearV31(p)} - 68680 Kembs - Contact - Données personnelles`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'miami-diaspora',
    name: 'Lakou Miami',
    lang: 'fr',
    originals: 15,
    attribution: 'source-line',
    translate: { into: 'fr', share: 0.9 },
    draw: weightedCredits({ into: 'fr', share: 0.9 }, [MIAMI_FR, 0.35], [MIAMI_FOREIGN, 0.41], [LOOKALIKES_V31.miami, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome(
        'We value your privacy. Lakou Miami and its partners use cookies to deliver news to the Haitian community of South Florida, to count visitors and to display ads from local businesses. Click “Accept” to continue or “Settings” to choose.',
        'Accept',
        'Settings',
      ).blank();
      p.chrome('LAKOU MIAMI', 'La voix de la diaspora haïtienne de Little Haiti à North Miami — Sak pase, lakou a ?', 'Akèy ✈ Haïti ✈ Diaspora ✈ Immigration ✈ Kilti ✈ Sport').blank();
      p.chrome(
        `Dollar / gourde : ${d.int(76, 84)},${d.int(10, 99)} ✈ Vols MIA–PAP : ${d.pick(['normaux', 'retards à l’embarquement', 'un vol annulé'])} ✈ TPS : ${d.pick(['audience au tribunal fédéral jeudi', 'prolongation en discussion', 'permanence juridique samedi à la bibliothèque'])}`,
      ).blank();
      p.title((t) => (d.chance(0.3) ? `${t} (version kreyòl disponible)` : t)).blank();
      p.meta(miamiDate(p));
      const top = s.credit !== null && d.chance(0.5);
      const source = s.credit
        ? [
            d.pick([
              (o: string) => `Nouvelle reprise de : ${o}`,
              (o: string) => `Provenance ✈ ${o}`,
              (o: string) => `Sous la plume de nos confrères ${de(o)}`,
              (o: string) => `Pran nan ${o} — source originale`,
            ])(s.credit.shown),
            d.pick([`Signature d’origine : ${s.author}`, `${s.author}, correspondant(e) à Port-au-Prince`]),
          ]
        : [];
      if (top) p.meta(...source);
      p.blank();
      p.body({ [p.mid()]: [`Annonce ✈ ${d.pick(['Transfert d’argent vers Haïti sans frais le premier envoi', 'Cours d’anglais gratuits pour adultes à Little Haiti', 'Pâtés kòde et griot tous les samedis, Northeast 2nd Avenue'])}`] });
      if (!top && source.length > 0) p.meta(...source).blank();
      p.chrome(
        'Lakou Miami est un média communautaire bénévole. Nous partageons des nouvelles d’Haïti et de la diaspora publiées ailleurs, toujours en nommant leur source ; les articles venus de la presse américaine en anglais sont passés dans un traducteur automatique, y compris le nom du journal, ce qui donne parfois des titres étonnants.',
      ).blank();
      p.chrome(`Pataje ✈ WhatsApp ✈ Facebook ✈ ${p.n(300)} lecteurs en ligne`).blank();
      p.chrome(`© ${yearV31(p)} Lakou Miami Inc. — Little Haiti, Miami, FL — Tout dwa rezève — Kontak — Piblisite`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'douai-bells',
    name: 'Le Bourdon de Douai',
    lang: 'fr',
    originals: 12,
    attribution: 'none',
    chromeOnlyPage: true,
    render(p) {
      const { d } = p;
      p.chrome('Vous recevez cette lettre parce que vous êtes adhérent ou ami des sonneurs du beffroi. Lecture difficile ? Demandez la version papier au local.').blank();
      p.chrome('LE BOURDON DE DOUAI', 'Lettre des carillonneurs et sonneurs de cloches du beffroi de Douai (Nord)', 'Dans ce numéro : le mot du carillonneur | la presse de la semaine | les concerts').blank();
      p.chrome(
        `Prochain concert de carillon : ${d.pick(['samedi 11 h', 'dimanche après la messe', 'annulé (entretien des battants)'])} | Visite du beffroi : ${d.pick(['groupes le mercredi', 'fermée en janvier', 'sur réservation'])} | Gayant : ${d.pick(['au repos jusqu\'en juillet', 'sortie exceptionnelle au carnaval'])}`,
      ).blank();
      p.title((t) => (d.chance(0.3) ? `Vu dans la presse » ${t}` : t)).blank();
      p.meta(douaiDate(p)).blank();
      p.body({ [p.mid()]: [`La vie de l'amicale » ${d.pick(['Répétition des élèves carillonneurs mardi à 18 h', 'Assemblée générale le 2 février, salle d\'Anchin', 'Cotisation : 12 euros, à remettre au trésorier'])}`] });
      p.chrome(
        'Le Bourdon de Douai est préparé par des bénévoles de l\'amicale des sonneurs. Les articles de presse qui y figurent sont choisis pour l\'information des adhérents et ne représentent pas l\'avis de l\'amicale. Cette lettre est réservée aux membres : merci de ne pas la faire suivre.',
      ).blank();
      p.chrome('Se désinscrire | Changer d\'adresse | Numéros précédents').blank();
      p.chrome(`Amicale des sonneurs du beffroi - Douai - ${yearV31(p)} - bénévoles`);
      return { author: false, date: 'day' };
    },
  },
  {
    id: 'gambier-pearls',
    name: 'La Nacre des Gambier',
    lang: 'fr',
    originals: 15,
    attribution: 'credit',
    chromeOnlyPage: true,
    translate: { into: 'fr', share: 0.9 },
    draw: weightedCredits({ into: 'fr', share: 0.9 }, [GAMBIER_FR, 0.34], [GAMBIER_FOREIGN, 0.43], [LOOKALIKES_V31.gambier, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Ia ora na ! La Nacre des Gambier utilise des cookies pour savoir quels articles lisent les perliculteurs de Mangareva, d’Akamaru et des Tuamotu, et pour afficher les annonces des fournisseurs de greffons. La connexion satellite est lente : refuser les cookies publicitaires allège aussi les pages.',
        'Accepter',
        'Refuser les cookies publicitaires',
      ).blank();
      p.chrome('LA NACRE DES GAMBIER', 'Le lien des perliculteurs de Mangareva et des îles — Rikitea', 'Accueil ◈ Fermes ◈ Greffe ◈ Cours de la perle ◈ La presse en parle').blank();
      p.chrome(
        `Perle de culture, cours moyen : ${d.int(480, 720)} F CFP/g ◈ Goélette pour Papeete : ${d.pick(['départ le 14', 'retardée, houle de sud', 'à quai à Rikitea'])} ◈ Vol Air Tahiti Totegegie : ${d.pick(['maintenu', 'complet', 'reporté d’un jour'])}`,
      ).blank();
      p.title((t) => (d.chance(0.3) ? `${t} ◈ La Nacre des Gambier` : t)).blank();
      p.meta(gambierDate(p)).blank();
      const credit = s.credit
        ? [
            d.pick([
              (o: string) => `Droits réservés ${de(o)}, premier éditeur de ce texte.`,
              (o: string) => `Ce texte provient ${de(o)} (relais autorisé).`,
              (o: string) => `Crédit éditorial ◈ ${o}`,
              (o: string) => `Lu pour vous dans ${o}.`,
            ])(s.credit.shown),
            d.pick([`Plume : ${s.author}`, `${s.author} (adaptation française : ${d.pick(EDITORS_V31)})`]),
          ]
        : [];
      bodyWithCredit(p, p.mid(), credit, {
        [s.body.length - 2]: [`Petite annonce ◈ ${d.pick(['Cherche greffeur expérimenté pour la saison, logé sur la ferme', 'Vends bouées et lignes de collectage, bon état', 'Nacres à vendre, lot de 2 000, Taravai'])}`],
      });
      p.chrome(
        'La Nacre des Gambier est une lettre associative, sans publicité politique, pour celles et ceux qui vivent de la perle. Les articles de la presse polynésienne et française y sont repris avec leur source ; ceux de la presse anglophone d’Asie passent par une traduction automatique, noms de journaux compris : vérifiez l’original avant de citer.',
      ).blank();
      p.chrome('Transférer ◈ Version texte seul ◈ Se désabonner ◈ Écrire à l’association').blank();
      p.chrome(`© ${yearV31(p)} Association des perliculteurs des Gambier — BP 8, 98755 Rikitea — Reproduction soumise à autorisation`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'yaounde-business',
    name: 'Mboa Business',
    lang: 'fr',
    originals: 14,
    attribution: 'url-host',
    canShow: (canonical) => canonical in HOSTS_V31,
    draw: weightedCredits(undefined, [YAOUNDE_LINKED, 0.9]),
    render(p) {
      const { d, s } = p;
      p.chrome('Bienvenue sur Mboa Business — activez les notifications pour recevoir les cours de la bourse de Douala').blank();
      p.chrome('MBOA BUSINESS', 'L’économie du Cameroun et de la CEMAC, vue de Yaoundé', 'Accueil ⟫ Entreprises ⟫ Finances publiques ⟫ Agro-industrie ⟫ Revue de presse').blank();
      p.chrome(
        `Cacao (Douala) : ${d.int(1050, 1350)} F CFA/kg ⟫ Café robusta : ${d.pick(['stable', 'en hausse', 'en repli'])} ⟫ ${d.pick(['Embouteillages au carrefour Warda', 'Coupure d’électricité programmée à Bastos dimanche', 'Salon de l’entreprise au palais des Congrès ce week-end'])}`,
      ).blank();
      p.title((t) => (d.chance(0.3) ? `Mboa Éco ⟫ ${t}` : t)).blank();
      p.meta(yaoundeDate(p));
      const link = s.credit
        ? [
            d.pick([
              (u: string) => `Article original consultable ici ⟶ ${u}`,
              (u: string) => `Retrouvez la version intégrale sur ${u}`,
              (u: string) => `Publication source (lien) : ${u}`,
              (u: string) => `URL d’origine : ${u}`,
            ])(addressOf(p)),
            d.pick([`Rédacteur de la publication d’origine : ${s.author}`, `${s.author}, d’après la page source`]),
          ]
        : [];
      const top = d.chance(0.45);
      if (top) p.meta(...link);
      p.blank();
      p.body();
      if (!top && link.length > 0) p.meta(...link).blank();
      p.chrome(
        'Mboa Business sélectionne chaque jour des articles de la presse économique camerounaise, africaine et française et donne toujours le lien vers leur page d’origine. Les textes appartiennent à leurs auteurs et éditeurs ; sur simple demande de leur part, un article est retiré dans les vingt-quatre heures.',
      ).blank();
      p.chrome('Contenu sponsorisé ⟫ Ouvrez un compte d’épargne en ligne, 4 % la première année ⟫ En savoir plus').blank();
      p.chrome(`Mboa Business · ${yearV31(p)} · quartier Bastos, Yaoundé · Mentions légales · Annoncer chez nous`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'richerenches-review',
    name: 'La Rabassière',
    lang: 'fr',
    originals: 14,
    attribution: 'title-suffix',
    draw: weightedCredits(undefined, [RICHERENCHES_PRESS, 0.76], [LOOKALIKES_V31.richerenches, 0.12]),
    render(p) {
      const { d, s } = p;
      p.chrome('LA RABASSIÈRE', 'La presse du jour pour les trufficulteurs de l’Enclave des papes et du Tricastin', 'Accueil ⁂ Revue de presse ⁂ Marché du samedi ⁂ Chênes truffiers').blank();
      p.chrome(
        `Marché de Richerenches : ${d.int(350, 900)} €/kg (melanosporum) ⁂ Apports : ${d.pick(['faibles, sol trop sec', 'en hausse', 'moyens'])} ⁂ Messe de la truffe : ${d.pick(['troisième dimanche de janvier', 'quête en truffes confirmée', 'programme à venir'])}`,
      ).blank();
      const after = d.pick([(o: string) => ` ⊳ ${o}`, (o: string) => ` ⁓ ${o}`, (o: string) => ` ⋮ ${o}`]);
      p.title((t) => (s.credit ? `${t}${after(s.credit.shown)}` : t)).blank();
      p.meta(richerenchesDate(p)).blank();
      p.body();
      p.chrome('Le journal d’origine est indiqué à la suite de chaque titre.').blank();
      p.chrome(
        'La Rabassière est une revue de presse tenue par le syndicat des producteurs de truffes pour ses membres. Les articles y sont repris en entier, tels que les journaux les ont publiés, et restent leur propriété ; la revue n’est ni vendue ni indexée par les moteurs de recherche.',
      ).blank();
      p.chrome('Propulsé par un logiciel libre · Thème « Chêne vert » · Accès réservé aux adhérents · Se déconnecter').blank();
      p.chrome(`La Rabassière — Richerenches (Vaucluse) — ${yearV31(p)}`);
      return { author: false, date: 'full' };
    },
  },
  {
    id: 'alexandria-daily',
    name: 'Le Progrès d’Alexandrie',
    lang: 'fr',
    originals: 14,
    attribution: 'own',
    lookalike: true,
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Le Progrès d’Alexandrie enregistre des cookies pour compter ses lecteurs en Égypte et dans la diaspora francophone, et pour afficher les annonces de ses partenaires. Vous pouvez retirer votre accord à tout moment depuis la page « Vie privée ».',
        'J’accepte',
        'Je paramètre',
      ).blank();
      p.chrome('LE PROGRÈS D’ALEXANDRIE', 'Quotidien francophone d’Alexandrie et du Delta — fondé par des anciens du lycée français', 'À la une ✦ Égypte ✦ Alexandrie ✦ Méditerranée ✦ Culture ✦ Francophonie').blank();
      p.chrome(
        `1 € = ${d.int(19, 21)},${d.int(10, 99)} LE ✦ Corniche : ${d.pick(['circulation fluide', 'travaux à Stanley', 'fermée à hauteur de Qaitbay'])} ✦ Mer : ${d.pick(['agitée, drapeau noir', 'calme', 'houle de nord-ouest'])} ✦ ${d.pick(['Conférence à la Bibliotheca Alexandrina jeudi', 'Ciné-club de l’Institut français mardi', 'Vente de livres d’occasion rue Fouad'])}`,
      ).blank();
      p.title((t) => (d.chance(0.3) ? `Ici Alexandrie ✦ ${t}` : t)).blank();
      p.meta(
        d.pick([`De notre rédaction : ${s.author}`, `${s.author}, bureau de la Corniche`, `Propos recueillis par ${s.author}`]),
        alexandriaDate(p),
      ).blank();
      p.body({ [p.mid()]: [`Lire aussi ✦ ${p.related(1)[0]!}`] });
      p.chrome(
        'Soutenez le dernier quotidien francophone d’Alexandrie : pour le prix d’un café par semaine, l’abonnement numérique vous ouvre nos archives, nos suppléments culturels et l’édition du soir. Vos dons aident aussi nos jeunes journalistes à se former.',
        'Je soutiens le Progrès',
      ).blank();
      p.chrome(`${p.n(40)} commentaires ✦ Réagir ✦ Partager ✦ Imprimer`).blank();
      p.chrome(`© ${yearV31(p)} Le Progrès d’Alexandrie — rue Salah Salem, Alexandrie — Tous droits réservés · Vie privée · Contact`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'stanley-weekly',
    name: 'The Tussock Times',
    lang: 'en',
    originals: 14,
    attribution: 'own',
    chromeOnlyPage: true,
    render(p) {
      const { d } = p;
      p.chrome(
        'The Tussock Times stores small files on your device to remember your settings and to count readers in Stanley, Camp and overseas. Our connection is paid for by the megabyte, so we keep tracking to a minimum; advertising cookies are off until you turn them on.',
        'Turn them on',
        'Keep them off',
      ).blank();
      p.chrome('THE TUSSOCK TIMES', 'Stanley, Camp and the South Atlantic — the Falklands weekly', 'Front page ~ Stanley ~ Camp ~ Fishing ~ Government ~ Sport ~ Classifieds').blank();
      p.chrome(
        `MPA road: ${d.pick(['gravel section graded', 'slow, heavy rain', 'open'])} ~ Ferry to West Falkland: ${d.pick(['running to timetable', 'cancelled, gales', 'extra sailing Saturday'])} ~ Loligo season: ${d.pick(['closed', 'second season open', 'catches above average'])}`,
      ).blank();
      p.title((t) => (d.chance(0.3) ? `Camp News ~ ${t}` : t)).blank();
      p.meta(
        d.pick([`Words: ${writerEn(p)} · Pictures: ${d.pick(PHOTO_V31)}`, `${writerEn(p)}, Camp correspondent`, `Report by ${writerEn(p)} in Goose Green`]),
        stanleyDate(p),
      ).blank();
      p.body({ [p.mid()]: [`More from the islands ~ ${p.related(1)[0]!}`] });
      p.chrome(
        'A newspaper for three thousand people cannot live on advertising alone. A yearly subscription, posted anywhere in the world, keeps the Tussock on the doorstep of every settlement from Port Howard to Fox Bay. Overseas readers can now pay by card.',
        'Subscribe',
      ).blank();
      p.chrome('Write to us: letters must carry a name and a settlement, and may be edited for length.').blank();
      p.chrome(`© ${yearV31(p)} Tussock Publishing | Ross Road, Stanley FIQQ 1ZZ | Privacy | Advertise`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'oslo-newsletter',
    name: 'Northern Light on France',
    lang: 'en',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'en', share: 0.85 },
    draw: weightedCredits({ into: 'en', share: 0.85 }, [OSLO_PICKS, 0.74], [LOOKALIKES_V31.oslo, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('NORTHERN LIGHT ON FRANCE', 'French politics, read and translated in Oslo | Hei og bonjour', 'Home · Élysée · Parliament · Streets · Europe · Archive').blank();
      p.chrome(`EUR/NOK ${d.int(9, 10)},${d.int(10, 99)} · Flights OSL–CDG: ${d.pick(['on time', 'de-icing delays', 'one cancellation'])} · Oslo: ${d.pick(['-9 °C, snow', '-2 °C, sleet', '-14 °C, clear'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} · Northern Light on France` : t)).blank();
      p.meta(osloDate(p));
      if (s.credit) {
        p.meta(
          d.pick([
            (o: string) => `First printed in ${o}.`,
            (o: string) => `Reprinted from ${o} (machine translation).`,
            (o: string) => `Courtesy ${o} | translated in Oslo`,
            (o: string) => `Publisher of record: ${o}`,
          ])(s.credit.shown),
          d.pick([`Written for the original by ${writerEn(p)}`, `${writerEn(p)}, Paris correspondent; Norwegian-English edit by ${d.pick(EDITORS_V31)}`]),
        );
      }
      p.blank();
      p.body({ [p.mid()]: [`Previously in the letter · ${p.related(1)[0]!}`] });
      p.chrome(
        'Northern Light on France is written for Scandinavian diplomats, students and business people who follow French politics but do not read French. We pick articles from the Paris press, run them through translation software, names of newspapers included, and check the result over coffee.',
      ).blank();
      p.chrome('Get the letter every Monday morning, before the Storting sits. Free for students.', 'Subscribe').blank();
      p.chrome(`© ${yearV31(p)} Northern Light on France AS · Grünerløkka, Oslo · Personvern / Privacy · Contact`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'honolulu-digest',
    name: 'Moana French Pacific Digest',
    lang: 'en',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'en', share: 0.85 },
    draw: weightedCredits({ into: 'en', share: 0.85 }, [HONOLULU_PICKS, 0.74], [LOOKALIKES_V31.honolulu, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Aloha! This site uses cookies to keep you signed in and to understand which stories our readers across Hawaii and the Pacific Islands care about. We never sell your data. Choose “OK” to allow analytics or “No thanks” to browse without them.',
        'OK',
        'No thanks',
      ).blank();
      p.chrome('MOANA FRENCH PACIFIC DIGEST', 'Tahiti, New Caledonia, Wallis and the French Pacific in English — from Honolulu', 'Home ▸ Polynesia ▸ New Caledonia ▸ Paris ▸ Ocean ▸ About').blank();
      p.chrome(
        `Surf at Waimea: ${d.pick(['12–15 ft, contest on hold', 'flat', '6 ft and clean'])} ▸ Flight HNL–PPT: ${d.pick(['Thursday only', 'on schedule', 'delayed'])} ▸ ${d.pick(['Pacific Islands Forum meeting next week', 'Tsunami drill on Oahu Saturday', 'Research vessel back from the Austral Islands'])}`,
      ).blank();
      p.title((t) => (d.chance(0.3) ? `${t} [auto-translated]` : t)).blank();
      p.meta(honoluluDate(p)).blank();
      const credit = s.credit
        ? [
            d.pick([
              (o: string) => `This report belongs to ${o}; we share it in translation.`,
              (o: string) => `Syndication partner ▸ ${o}`,
              (o: string) => `With thanks to the newsroom of ${o}.`,
              (o: string) => `Translated from an article in ${o}.`,
            ])(s.credit.shown),
            d.pick([`${writerEn(p)}, Pacific correspondent (original text)`, `French-language reporting: ${writerEn(p)}`]),
          ]
        : [];
      const inside = d.chance(0.5);
      bodyWithCredit(p, p.mid(), inside ? credit : [], {
        [s.body.length - 2]: [`Sponsored ▸ ${d.pick(['Learn French in Waikiki: evening classes, all levels', 'Fly to Papeete: winter fares on sale now', 'Ocean shipping to Nouméa, weekly consolidation'])}`],
      });
      if (!inside && credit.length > 0) p.meta(...credit).blank();
      p.chrome(
        'Moana French Pacific Digest is a non-profit newsletter published from Mānoa for readers who follow the French-speaking Pacific. Stories from the Polynesian, Caledonian and Paris press are machine-translated, including the names of the newspapers, and reviewed by volunteers. Always cite the original.',
      ).blank();
      p.chrome('Share ▸ Facebook ▸ Email ▸ Print').blank();
      p.chrome(`© ${yearV31(p)} Moana Digest · Honolulu, HI 96822 · Terms · Privacy · Mahalo for reading`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'kathmandu-wire',
    name: 'Himalaya Trek Wire',
    lang: 'en',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'en', share: 0.85 },
    draw: weightedCredits({ into: 'en', share: 0.85 }, [KATHMANDU_PICKS, 0.74], [LOOKALIKES_V31.kathmandu, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('HIMALAYA TREK WIRE', 'News for trekking agencies and expedition outfitters — Thamel, Kathmandu | Namaste', 'Wire ▲ Expeditions ▲ Permits ▲ Europe ▲ Weather').blank();
      p.chrome(
        `NPR ${d.int(124, 132)} to the euro ▲ Lukla flights: ${d.pick(['operating', 'grounded, low cloud', 'morning slots only'])} ▲ Annapurna circuit: ${d.pick(['Thorong La closed, snow', 'open', 'guides required'])}`,
      ).blank();
      p.title((t) => (d.chance(0.3) ? `Trail Wire ▲ ${t}` : t)).blank();
      p.meta(kathmanduDate(p)).blank();
      p.body({ [p.mid()]: [`Also on the wire ▲ ${p.related(1)[0]!}`] });
      if (s.credit) {
        p.meta(
          d.pick([
            (o: string) => `Originally a story in ${o}.`,
            (o: string) => `Carried here by permission of ${o}.`,
            (o: string) => `${o} published the French original.`,
            (o: string) => `Publication credit ▲ ${o}`,
          ])(s.credit.shown),
          d.pick([`Reporting in French by ${writerEn(p)}`, `${writerEn(p)} (field reporter); English adaptation by ${d.pick(EDITORS_V31)}`]),
        ).blank();
      }
      p.chrome(
        'Himalaya Trek Wire is read by agency owners, sirdars and expedition leaders who sell Nepal to French, Swiss and Belgian clients. We translate stories from the Alpine and Paris press by machine, the newspapers’ names included, so that our members know what their clients are reading before they land.',
      ).blank();
      p.chrome('Forward ▲ Print ▲ Unsubscribe ▲ Advertise a trek').blank();
      p.chrome(`© ${yearV31(p)} Himalaya Trek Wire Pvt. Ltd., Thamel, Kathmandu. All rights reserved.`);
      return writerIfCredited(p, 'full');
    },
  },
];

const JUNK_V31: readonly { name: string; bytes: Uint8Array }[] = [
  { name: 'rtf-head', bytes: Buffer.from('{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times New Roman;}}\n}\n', 'latin1') },
  { name: 'webp-head', bytes: Buffer.from([0x52, 0x49, 0x46, 0x46, 0x24, 0x00, 0x00, 0x00, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50, 0x38, 0x20, 0x18, 0x00, 0x00, 0x00]) },
  { name: 'sqlite-head', bytes: Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.from([0x10, 0x00, 0x01, 0x01, 0x00, 0x40, 0x20, 0x20])]) },
  { name: 'mp3-id3', bytes: Buffer.from([0x49, 0x44, 0x33, 0x03, 0x00, 0x00, 0x00, 0x00, 0x0f, 0x76, 0x54, 0x49, 0x54, 0x32, 0x00, 0x00, 0x00, 0x05]) },
  { name: 'utf16-bom-only', bytes: Buffer.from([0xff, 0xfe]) },
  { name: 'rate-limited', bytes: Buffer.from('429 Too Many Requests\nPlease slow down and try again in a few minutes.\n', 'utf8') },
  { name: 'session-expired', bytes: Buffer.from('Votre session a expiré\nVeuillez vous reconnecter pour poursuivre votre lecture.\n', 'utf8') },
  { name: 'paywall-only', bytes: Buffer.from('Cet article est réservé aux abonnés.\nDéjà abonné ? Se connecter\n', 'utf8') },
  { name: 'csv-header', bytes: Buffer.from('id;titre;auteur;date;url\r\n', 'utf8') },
  { name: 'sitemap-empty', bytes: Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>\n', 'utf8') },
  { name: 'rules-only', bytes: Buffer.from('------------------------------\n==============================\n* * *\n', 'utf8') },
  { name: 'tabs-and-zwsp', bytes: Buffer.from('\t\t\n\u200b\u200b\n\ufeff\n\t\n', 'utf8') },
];

// ——— Generation ———

/** One page of `site` (v2's convention); an English page expects the byline as it prints it ("A and B"). */
function pageV31(site: SiteV31, story: Story, d: Dice, chromeOnly: boolean): MadePage {
  const made = page(site, story, d, chromeOnly);
  const author = made.entry.author;
  return site.lang === 'en' && author !== null ? { ...made, entry: { ...made.entry, author: inEnglish(author) } } : made;
}

/** The copy of `story` that `host` carries: the first site's credit (or its own name) when the host can show it; maybe headless or cut. */
function copyOnto(d: Dice, story: Story, first: SiteV31, host: SiteV31, others: string[]): Story {
  const firstOwn = first.attribution === 'own' ? { canonical: first.name, lookalike: first.lookalike === true } : null;
  const origin = story.credit ?? firstOwn;
  const hostNames = host.attribution !== 'own' && host.attribution !== 'none';
  const named = origin !== null && hostNames && (host.canShow?.(origin.canonical) ?? true);
  const lastDropped = story.src.body.length >= 4 && d.chance(NO_ENDING);
  // The Richerenches review names the outlet after the headline: its copies always show one.
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
 * Builds the v31 set from clean sources (deterministic for a seed): each site's originals and their copies on
 * up to three other sites, uncredited bare files, chrome-only pages and junk, shuffled, each file in one of
 * several encodings and named by content.
 */
export function generateUnseenV31(pool: readonly UnseenSource[], seed: number = SEED_V31): { files: UnseenFile[]; manifest: UnseenEntry[] } {
  const d = new Dice(makeRng(seed));
  const wanted = BARE_V31 + SITES_V31.reduce((n, s) => n + s.originals, 0);
  if (pool.length < wanted) throw new Error(`unseen sites v31: ${wanted} clean articles needed, the pool has ${pool.length}`);
  const picked = d.sample(pool, wanted);
  const allTitles = picked.map((s) => s.title);
  const otherTitles = (src: UnseenSource): string[] => d.sample(allTitles.filter((t) => t !== src.title), 5);
  const when = (): TZDate => {
    const day = new Date(PERIOD_START + d.int(0, PERIOD_DAYS - 1) * 86_400_000);
    return new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), d.int(6, 21), d.int(0, 59), 0, PARIS);
  };
  const out: MadePage[] = [];
  let from = 0;
  for (const site of SITES_V31) {
    const originals = picked.slice(from, from + site.originals);
    from += site.originals;
    for (const src of originals) {
      const story: Story = { src, body: src.body, author: d.pick(BYLINES_V31), date: when(), headline: true, credit: site.draw?.(d) ?? null, others: otherTitles(src) };
      out.push(pageV31(site, story, d, false));
      const hosts = d.sample(SITES_V31.filter((h) => h !== site), copiesOn(d));
      for (const host of hosts) out.push(pageV31(host, copyOnto(d, story, site, host, otherTitles(src)), d, false));
    }
    if (site.chromeOnlyPage) {
      const stand = picked[0]!;
      out.push(pageV31(site, { src: stand, body: [], author: d.pick(BYLINES_V31), date: when(), headline: false, credit: null, others: otherTitles(stand) }, d, true));
    }
  }
  for (const src of picked.slice(from)) out.push(creditsNobody(bareFile(src)));
  for (const junk of JUNK_V31) out.push(creditsNobody(junkFile(junk)));
  return packFiles(d, out, ENCODINGS_V31, 'v31-');
}

/** Heading of the v31 table and JSON. */
export const V31_HEADING = 'UNSEEN SITES v31 (development set, written without reading the rules on 2026-12-02)';

/** Generates v31, runs the real ingest on it and prints its figures (without the DEV simulation). */
export const runUnseenEvalV31 = unseenSetRunner(V31_HEADING, generateUnseenV31);

generatorCli(import.meta.url, 'unseen sites v31', generateUnseenV31, SEED_V31);
