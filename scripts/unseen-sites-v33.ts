/**
 * Generates the unseen-sites v33 evaluation set (issue 8): twelve more ordinary news sites, of kinds and places no earlier set had,
 * wrapped in site chrome of many new shapes and wordings.
 *
 * DEVELOPMENT SET, written without reading the rules on 2026-12-02. Its misses WILL be read while rules are
 * changed: it is development data from the start, not a frozen set, and its score says nothing about unseen sites.
 * It was written without reading the ingest rules (src/ingest/), the word lists and outlet list (src/data/), the
 * renderer, pages, components and build (src/pages/, src/components/, src/build/), the README's rule
 * descriptions, the git history or any score of any set (the scorer, src/eval/unseen-sites.ts and
 * src/eval/score.ts, was read for its types and conventions; no bench/*.json was opened), and without opening the
 * v21, v22, v23, v25 and v32 generators. Of the earlier sets only the shared scaffolding (scripts/unseen-sites.ts,
 * v2's `page` and `SiteV2`, simulate-heldout's `Dice` and encodings, scripts/rng.ts), v31's generator and test
 * (for the format, the set mechanics and the scaffolding calls, not their sites or wordings),
 * tests/unit/unseen-answers.ts, the wiring of v32 in src/cli/eval.ts and package.json, and the site lists in the
 * headers of v3–v20, v24 and v26–v31 (to pick other kinds and places) were read. The sites, outlets, credit
 * wordings, translations, title decorations, date formats, time zones, junk and chrome here are new.
 *
 * `npm run eval:unseen` scores v1 to v32 then this set (`npm run eval:unseen:v33`, or `npm run eval -- --unseen
 * --unseen-set v33`, for this one only); `npx tsx scripts/unseen-sites-v33.ts --out DIR` only writes the folder
 * and its manifest (the v1 format, with v2's `outletEvidence`).
 *
 * The twelve sites: a cider, calvados and stud-farm site in Pont-l’Évêque (Pays d’Auge, Calvados) whose own name
 * begins like a Metz daily's (a look-alike, its own reporters, some pieces written by two; author boxes and a
 * corrections box on some pages), a crystal and glass-making trade letter in Baccarat (Meurthe-et-Moselle)
 * crediting Lorraine, national and design papers, German-language, Czech, Italian and English-language outlets
 * translated into French word for word and look-alike titles (the credit at the top), a French-language portal in
 * Chișinău (Moldova) with a source line at the top or the foot naming francophone Balkan, French and
 * international outlets, Russian, Romanian and English-language outlets garbled into French and look-alike
 * titles (its times in Chișinău time, UTC+2; Romanian–French chrome), an accordion and dance-hall club's letter in
 * Tulle (Corrèze) crediting nobody (the day only), a space-centre staff and subcontractors' news letter in Kourou
 * (French Guiana) crediting Guianese, national and aerospace papers, English-language space and Brazilian
 * Portuguese-language outlets garbled into French and look-alike titles (its times in Guiana time, UTC−3 with a
 * true minus sign; the credit inside the text), a business portal in N’Djamena (Chad) pointing to the original's
 * address at the top or the foot (its times in "UTC+1"; an app-download prompt), a lavender growers' press review
 * on the Valensole plateau (Alpes-de-Haute-Provence) keeping the original's name after the headline, a
 * French-language weekly in Buenos Aires (Argentina) whose own name begins like a Paris daily's (a look-alike, its
 * own reporters, some pieces written by two; Argentine time, UTC−3; Spanish–French chrome and a paywall teaser),
 * an English-language weekly in Douglas (Isle of Man; its own reporters, some pieces written by two, GMT;
 * corrections and author boxes), an English-language Reykjavík (Iceland) letter on French coastal and national
 * affairs translating French papers' names into English word for word (GMT, an Icelandic short month; the credit
 * at the top), an English-language Manila (Philippines) digest doing the same with French, Swiss, Belgian and
 * Québec papers (Philippine time, PHT = UTC+8, often the next day; the credit inside the text or at its foot), and
 * an English-language Anchorage (Alaska) Arctic monitor doing the same with French, Québec, Ontario and
 * Saint-Pierre papers (Alaska time, AKST = UTC−9, month first, often the day before; the credit at the foot).
 * Article text is read AT RUN TIME from ../shared/corpus/gilets-jaunes (v1's clean pool, drawn with another seed):
 * no corpus text is stored here.
 *
 * Chrome, the emphasis of this set, in French and English and with many separators: consent banners (long, in two
 * languages on some sites), skip and accessibility links, breadcrumbs, mastheads and section bars, tickers,
 * newsletter, donation and subscription pitches, paywall teasers ("cet article vous est offert"), app-download
 * prompts, share, reaction and comment widgets, reading-time and "listen to this article" lines, "read also" and
 * related links between paragraphs, partner and sponsored inserts, photo credits under the headline, author bio
 * boxes, corrections boxes, tag lists, print and "view in browser" lines, unsubscribe blocks and legal footers.
 * Some lines are long (25 words or more), some recur on every page of a site, some appear on only some of its
 * pages; they stand at the top, between paragraphs and at the foot.
 *
 * Title decorations (none of them part of the headline, which stays the publisher's): a prefix tag ("Terroir ❧
 * Titre" on the Pont-l’Évêque site, "Au bal » Titre" on the Tulle letter, "Sahel Éco ⁄⁄ Titre" on the N’Djamena
 * portal, "Crónica ¦ Titre" on the Buenos Aires weekly, "ISLAND · Title" on the Douglas weekly, "Arctic Watch ❄
 * Title" on the Anchorage monitor), a site-name suffix ("Titre ⋄ La Lettre du Cristal", "Titre ‖ Le Courrier du
 * Dniestr", "Title — Fjord & France"), a note after the headline ("Titre (depuis la base spatiale)" on the Kourou
 * letter, "Title {machine translation}" on the Manila digest), and on the Valensole review the original outlet's
 * name after " ⟡ ", " ∷ " or " ➝ " (its evidence). Date formats: "Mis en ligne le 11 janv. 2019 à 14:05",
 * "Baccarat, le 11.01.2019 — 14 h 05 (heure de Paris)", "Publié le 11/01/2019 à 15:05 (heure de Chișinău, UTC+2)",
 * "Tulle, le vendredi 11 janvier 2019", "Kourou, 11/01/2019 — 10:05, heure de Guyane (UTC−3)", "N’Djamena ·
 * 11-01-2019 · 14:05 (UTC+1)", "Revue du 11 janvier 2019 · mise en ligne à 14:05", "Buenos Aires, vendredi 11
 * janvier 2019, 10 h 05 (heure argentine, UTC−3)", "Published 13:05 GMT, Friday 11 January 2019", "11. jan. 2019 |
 * 13:05 GMT", "Jan 11, 2019 9:05 PM PHT (UTC+8)" and "01/11/2019 4:05 a.m. AKST (UTC−9)".
 *
 * Expected outlet: v2's convention (who published the article first, as the file credits it), recorded per
 * file in `outletEvidence`: machine-translated names of real outlets expect the real outlet's usual name,
 * look-alike names are kept as written, the site's own name is the outlet only where it shows its masthead and
 * its own staff's byline, the republisher is the site's name whenever the file credits another outlet, and null
 * when nothing credits one. Republishing sites show a byline only beside a credit. Expected author: the writer's
 * name as the byline shows it, without role, place, desk, translator, editor or photographer; a piece written by
 * two expects both names as the page joins them ("A et B" on French pages, "A and B" on English ones); an author
 * box naming the writer is chrome. Every time shown names its zone or is Paris time: the Chișinău, Kourou,
 * N’Djamena, Buenos Aires, Douglas, Reykjavík, Manila and Anchorage sites show their own clock with its zone
 * (UTC+2, UTC−3, UTC+1, UTC−3, GMT, GMT, UTC+8, UTC−9: the whole period is in each zone's winter or only time),
 * the Baccarat letter Paris time named as such, the Pont-l’Évêque site and the Valensole review Paris time
 * (winter 2018-19, so UTC+1); the expected date is the same instant, written in Paris time. The Tulle letter
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

/** The v33 seed: no earlier set drew with it. */
export const SEED_V33 = 20261202_33;
/** Clean articles written with their headline and paragraphs only, crediting nobody. */
const BARE_V33 = 10;
/** Share of copies scraped without their headline line. */
const NO_HEADLINE = 0.3;
/** Share of copies (of bodies with four paragraphs or more) that lose their closing paragraph. */
const NO_ENDING = 0.3;
/** The period: 80 days from 3 December 2018, in Paris winter time (UTC+1), before any clock of the set changes. */
const PERIOD_START = Date.UTC(2018, 11, 3);
const PERIOD_DAYS = 80;
const PARIS = 'Europe/Paris';
/** The encodings drawn for the files: plain UTF-8 most often, then Windows-1252, Latin-1, UTF-16 LE, a BOM and CRLF ends. */
const ENCODINGS_V33: readonly SetEncoding[] = ['utf-8', 'cp1252', 'utf-8', 'latin1', 'utf-8-bom', 'utf-8', 'cp1252-crlf', 'utf-16le-bom', 'latin1', 'utf-8-crlf', 'utf-8', 'cp1252'];

/** How many other sites carry a copy of one original (none, most often). */
function copiesOn(d: Dice): number {
  const r = d.next();
  return r < 0.45 ? 0 : r < 0.75 ? 1 : r < 0.93 ? 2 : 3;
}

// ——— People ———

/** Writers; four entries are pieces written by two (joined " et " as French pages print them). */
const BYLINES_V33 = [
  'Gaëlle Lecoutre', 'Hervé Duchemin', 'Ludmila Ceban', 'Ion Rusu', 'Marinette Chassagne', 'Dorian Vialle', 'Loïc Armagnac', 'Stéphanie Thérèse',
  'Abakar Mahamat', 'Hawa Doumbé', 'Fabienne Reynaud', 'Julián Etchegaray', 'Sofía Lemaire', 'Fenella Quayle', 'Juan Kinvig', 'Guðrún Hallsdóttir',
  'Einar Jónsson', 'Maricel Dizon', 'Paolo Santiago', 'Tatiana Kozlov', 'Nathan Oomittuk', 'Caleb Hendry',
  'Gaëlle Lecoutre et Hervé Duchemin', 'Julián Etchegaray et Sofía Lemaire', 'Fenella Quayle et Juan Kinvig', 'Ludmila Ceban et Ion Rusu',
];
/** People named beside the writer who did not write the piece: translators, adapters, sub-editors. */
const EDITORS_V33 = ['Natalia Bîrcă', 'Yannick Horth', 'Sigríður Pálsdóttir', 'Remedios Cruz'];
const PHOTO_V33 = ['Thibault Lemesle', 'Mariana Quiroga', 'Rhys Corlett', 'Christophe Ho-A-Sim'];

// ——— Outlets ———

const BACCARAT_FR = ['L’Est Républicain', 'Vosges Matin', 'Le Républicain lorrain', 'Le Monde', 'Les Échos', 'Le Figaro', 'L’Usine nouvelle', 'Libération', 'Le Parisien', 'Télérama', 'Ideat'];
const BACCARAT_FOREIGN = ['Saarbrücker Zeitung', 'Handelsblatt', 'Lidové noviny', 'Hospodářské noviny', 'Il Gazzettino', 'Corriere della Sera', 'Financial Times', 'Wallpaper'];
const CHISINAU_FR = ['Le Courrier des Balkans', 'RFI', 'Le Monde', 'Le Figaro', 'Libération', 'La Croix', 'Les Échos', 'Le Monde diplomatique', 'TV5Monde', 'France 24', 'Le Point'];
const CHISINAU_FOREIGN = ['Kommersant', 'Novaïa Gazeta', 'Adevărul', 'Ziarul de Gardă', 'Balkan Insight', 'Emerging Europe', 'The Economist'];
const KOUROU_FR = ['France-Guyane', 'Guyane la 1ère', 'Radio Péyi', 'Le Monde', 'Les Échos', 'La Tribune', 'Le Figaro', 'Air et Cosmos', 'Libération', 'Le Parisien', 'L’Usine nouvelle'];
const KOUROU_FOREIGN = ['SpaceNews', 'Aviation Week', 'Folha de S.Paulo', 'O Estado de S. Paulo', 'O Globo', 'Spaceflight Now', 'The Wall Street Journal'];
const REYKJAVIK_PICKS = ['Le Monde', 'Le Figaro', 'Libération', 'Ouest-France', 'Le Télégramme', 'La Voix du Nord', 'Le Parisien', 'Les Échos', 'Le Marin', 'La Croix', 'Le Point', 'L’Express'];
const MANILA_PICKS = ['Le Monde', 'Le Figaro', 'Libération', 'Le Temps', 'La Libre Belgique', 'Le Soir', 'La Presse', 'Le Devoir', 'Les Échos', 'La Croix', 'Le Point', 'Courrier international'];
const ANCHORAGE_PICKS = ['Le Monde', 'Le Figaro', 'Libération', 'Le Devoir', 'La Presse', 'Le Soleil', 'Radio-Canada', 'L’Écho des Caps', 'Le Journal de Montréal', 'Les Échos', 'Le Point', 'Le Droit'];
const VALENSOLE_PRESS = ['La Provence', 'Haute-Provence Info', 'Le Dauphiné libéré', 'Var-Matin', 'Nice-Matin', 'La Marseillaise', 'Le Monde', 'Le Figaro', 'Les Échos', 'Libération', 'Le Parisien', 'L’Express'];

/** Invented outlets whose names begin like a known outlet's: the expected outlet is the name as written. */
const LOOKALIKES_V33 = {
  baccarat: ['L’Est Républicain du Verre', 'Le Monde du Cristal'],
  chisinau: ['Le Figaro de Bessarabie', 'Les Échos du Dniestr'],
  kourou: ['France-Guyane Spatial', 'Les Échos de l’Espace'],
  reykjavik: ['Le Monde boréal', 'Libération du Nord'],
  manila: ['Le Temps des Îles', 'La Croix de Luçon'],
  anchorage: ['Le Devoir polaire', 'La Presse arctique'],
  valensole: ['La Provence lavande', 'Haute-Provence Info du Plateau'],
} as const;
const IS_LOOKALIKE_V33: ReadonlySet<string> = new Set(Object.values(LOOKALIKES_V33).flat());

/** French, Swiss, Belgian, Québec, Ontario and Saint-Pierre names as a translation engine renders them in English, word for word. */
export const INTO_EN_V33: Record<string, readonly string[]> = {
  'Le Monde': ['The World', 'World'],
  'Le Figaro': ['The Figaro'],
  Libération: ['Liberation', 'The Liberation'],
  'Ouest-France': ['West-France', 'France West'],
  'Le Télégramme': ['The Telegram'],
  'La Voix du Nord': ['The Voice of the North', 'Voice of the North'],
  'Le Parisien': ['The Parisian'],
  'Les Échos': ['The Echoes', 'Echoes'],
  'Le Marin': ['The Sailor', 'The Seaman'],
  'La Croix': ['The Cross'],
  'Le Point': ['The Point'],
  'L’Express': ['The Express'],
  'Le Temps': ['The Time', 'The Weather'],
  'La Libre Belgique': ['The Free Belgium', 'Free Belgium'],
  'Le Soir': ['The Evening', 'Evening'],
  'La Presse': ['The Press'],
  'Le Devoir': ['The Duty', 'Duty'],
  'Courrier international': ['International Mail', 'International Courier'],
  'Le Soleil': ['The Sun'],
  'L’Écho des Caps': ['The Echo of the Capes', 'Capes Echo'],
  'Le Journal de Montréal': ['The Montreal Journal', 'Journal of Montreal'],
  'Le Droit': ['The Right', 'The Law'],
};
/** German, Czech, Italian, Russian, Romanian, Portuguese and English names as a translation engine garbles them in French, word for word. */
export const INTO_FR_V33: Record<string, readonly string[]> = {
  'Saarbrücker Zeitung': ['Le Journal de Sarrebruck', 'Journal sarrebruckois'],
  Handelsblatt: ['La Feuille du Commerce', 'Feuille commerciale'],
  'Lidové noviny': ['Les Nouvelles populaires', 'Journal du Peuple'],
  'Hospodářské noviny': ['Les Nouvelles économiques', 'Journal de l’Économie'],
  'Il Gazzettino': ['La Petite Gazette', 'Petite Gazette vénitienne'],
  'Corriere della Sera': ['Le Courrier du Soir', 'Courrier de la Soirée'],
  'Financial Times': ['Les Temps de la Finance', 'Temps financiers'],
  Wallpaper: ['Papier peint', 'Le Papier peint'],
  Kommersant: ['Le Commerçant', 'Commerçant'],
  'Novaïa Gazeta': ['La Nouvelle Gazette', 'Nouvelle Gazette'],
  Adevărul: ['La Vérité', 'Vérité'],
  'Ziarul de Gardă': ['Le Journal de Garde', 'Journal de la Garde'],
  'Balkan Insight': ['Aperçu balkanique', 'Perspicacité des Balkans'],
  'Emerging Europe': ['L’Europe émergente', 'Europe émergeante'],
  'The Economist': ['L’Économiste'],
  SpaceNews: ['Nouvelles de l’Espace', 'Espace Nouvelles'],
  'Aviation Week': ['La Semaine de l’Aviation', 'Semaine aéronautique'],
  'Folha de S.Paulo': ['La Feuille de Saint-Paul', 'Feuille de São Paulo'],
  'O Estado de S. Paulo': ['L’État de Saint-Paul', 'État de São Paulo'],
  'O Globo': ['Le Globe', 'Globe'],
  'Spaceflight Now': ['Vol spatial maintenant', 'Maintenant le Vol spatial'],
  'The Wall Street Journal': ['Le Journal de la Rue du Mur', 'Journal de Wall Street'],
};

/** Web hosts of the outlets the N’Djamena portal links to (and of the outlets its copies may point to). */
const HOSTS_V33: Record<string, string> = {
  Tchadinfos: 'tchadinfos.com', 'Alwihda Info': 'www.alwihdainfo.com', 'Agence Ecofin': 'www.agenceecofin.com', 'Jeune Afrique': 'www.jeuneafrique.com',
  RFI: 'www.rfi.fr', 'Le Monde': 'www.lemonde.fr', 'Les Échos': 'www.lesechos.fr', 'Financial Afrik': 'www.financialafrik.com', 'Le Figaro': 'www.lefigaro.fr',
  'La Tribune': 'www.latribune.fr', 'France 24': 'www.france24.com', Libération: 'www.liberation.fr', 'Le Point': 'www.lepoint.fr', TV5Monde: 'information.tv5monde.com',
  'La Croix': 'www.la-croix.com', 'Le Parisien': 'www.leparisien.fr', 'L’Express': 'www.lexpress.fr', 'Ouest-France': 'www.ouest-france.fr', 'Le Devoir': 'www.ledevoir.com',
  'La Presse': 'www.lapresse.ca', 'Le Temps': 'www.letemps.ch', 'Le Soir': 'www.lesoir.be', 'La Provence': 'www.laprovence.com', 'L’Est Républicain': 'www.estrepublicain.fr',
  'France-Guyane': 'www.franceguyane.fr', 'Le Courrier des Balkans': 'www.courrierdesbalkans.fr', 'Air et Cosmos': 'air-cosmos.com', 'The Economist': 'www.economist.com',
  'Financial Times': 'www.ft.com', 'Le Monde diplomatique': 'www.monde-diplomatique.fr',
};
const NDJAMENA_LINKED = [
  'Tchadinfos', 'Alwihda Info', 'Agence Ecofin', 'Jeune Afrique', 'RFI', 'Le Monde', 'Les Échos', 'Financial Afrik', 'Le Figaro', 'La Tribune', 'France 24',
  'Libération', 'Le Point', 'TV5Monde', 'La Croix',
];

/** A v33 site: a v2 site, plus which originals its way of crediting can show on a copy (all when absent). */
interface SiteV33 extends SiteV2 {
  canShow?: (canonical: string) => boolean;
}

const { creditAsPrinted, weightedCredits } = creditPrinter(INTO_EN_V33, INTO_FR_V33, IS_LOOKALIKE_V33);

// ——— Template helpers ———

const yearV33 = (p: Page): string => fmtFr(p.s.date, 'yyyy');
const DAYS_FR = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTHS_FR_SHORT = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];
const MONTHS_IS_SHORT = ['jan.', 'feb.', 'mar.', 'apr.', 'maí', 'jún.', 'júl.', 'ágú.', 'sep.', 'okt.', 'nóv.', 'des.'];
const DAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Day, month and year on a clock, zero-padded: "11/01/2019" with `sep`. */
const dmy = (t: Date, sep: string): string => `${pad2(t.getDate())}${sep}${pad2(t.getMonth() + 1)}${sep}${t.getFullYear()}`;
const hm = (t: Date, sep: string): string => `${pad2(t.getHours())}${sep}${pad2(t.getMinutes())}`;
const h12 = (t: Date): number => (t.getHours() % 12 === 0 ? 12 : t.getHours() % 12);

/** "Mis en ligne le 11 janv. 2019 à 14:05": Paris time, a short month. */
const augeDate = (p: Page): string => `Mis en ligne le ${p.s.date.getDate()} ${MONTHS_FR_SHORT[p.s.date.getMonth()]!} ${p.s.date.getFullYear()} à ${hm(p.s.date, ':')}`;
/** "Baccarat, le 11.01.2019 — 14 h 05 (heure de Paris)". */
const baccaratDate = (p: Page): string => `Baccarat, le ${dmy(p.s.date, '.')} — ${pad2(p.s.date.getHours())} h ${pad2(p.s.date.getMinutes())} (heure de Paris)`;
/** "Publié le 11/01/2019 à 15:05 (heure de Chișinău, UTC+2)": the Chișinău clock. */
function chisinauDate(p: Page): string {
  const t = onClock(p, 'Europe/Chisinau');
  return `Publié le ${dmy(t, '/')} à ${hm(t, ':')} (heure de Chișinău, UTC+2)`;
}
/** "Tulle, le vendredi 11 janvier 2019": the day only. */
const tulleDate = (p: Page): string => `Tulle, le ${DAYS_FR[p.s.date.getDay()]!} ${p.s.date.getDate()} ${MONTHS_FR[p.s.date.getMonth()]!} ${p.s.date.getFullYear()}`;
/** "Kourou, 11/01/2019 — 10:05, heure de Guyane (UTC−3)": the Cayenne clock, a true minus sign. */
function kourouDate(p: Page): string {
  const t = onClock(p, 'America/Cayenne');
  return `Kourou, ${dmy(t, '/')} — ${hm(t, ':')}, heure de Guyane (UTC\u22123)`;
}
/** "N’Djamena · 11-01-2019 · 14:05 (UTC+1)": the N’Djamena clock (the Paris one in winter). */
function ndjamenaDate(p: Page): string {
  const t = onClock(p, 'Africa/Ndjamena');
  return `N’Djamena · ${dmy(t, '-')} · ${hm(t, ':')} (UTC+1)`;
}
/** "Revue du 11 janvier 2019 · mise en ligne à 14:05": Paris time. */
const valensoleDate = (p: Page): string => `Revue du ${p.s.date.getDate()} ${MONTHS_FR[p.s.date.getMonth()]!} ${p.s.date.getFullYear()} · mise en ligne à ${hm(p.s.date, ':')}`;
/** "Buenos Aires, vendredi 11 janvier 2019, 10 h 05 (heure argentine, UTC−3)": the Buenos Aires clock. */
function buenosAiresDate(p: Page): string {
  const t = onClock(p, 'America/Argentina/Buenos_Aires');
  return `Buenos Aires, ${DAYS_FR[t.getDay()]!} ${t.getDate()} ${MONTHS_FR[t.getMonth()]!} ${t.getFullYear()}, ${t.getHours()} h ${pad2(t.getMinutes())} (heure argentine, UTC\u22123)`;
}
/** "Published 13:05 GMT, Friday 11 January 2019": the Douglas clock. */
function douglasDate(p: Page): string {
  const t = onClock(p, 'Europe/Isle_of_Man');
  return `Published ${hm(t, ':')} GMT, ${DAYS_EN[t.getDay()]!} ${t.getDate()} ${MONTHS_EN[t.getMonth()]!} ${t.getFullYear()}`;
}
/** "11. jan. 2019 | 13:05 GMT": the Reykjavík clock, an Icelandic short month. */
function reykjavikDate(p: Page): string {
  const t = onClock(p, 'Atlantic/Reykjavik');
  return `${t.getDate()}. ${MONTHS_IS_SHORT[t.getMonth()]!} ${t.getFullYear()} | ${hm(t, ':')} GMT`;
}
/** "Jan 11, 2019 9:05 PM PHT (UTC+8)": the Manila clock, often the next day. */
function manilaDate(p: Page): string {
  const t = onClock(p, 'Asia/Manila');
  return `${MONTHS_EN[t.getMonth()]!.slice(0, 3)} ${t.getDate()}, ${t.getFullYear()} ${h12(t)}:${pad2(t.getMinutes())} ${t.getHours() < 12 ? 'AM' : 'PM'} PHT (UTC+8)`;
}
/** "01/11/2019 4:05 a.m. AKST (UTC−9)": the Anchorage clock, month first, often the day before. */
function anchorageDate(p: Page): string {
  const t = onClock(p, 'America/Anchorage');
  return `${pad2(t.getMonth() + 1)}/${pad2(t.getDate())}/${t.getFullYear()} ${h12(t)}:${pad2(t.getMinutes())} ${t.getHours() < 12 ? 'a.m.' : 'p.m.'} AKST (UTC\u22129)`;
}

/** The original's address on its outlet's site, in one of three URL shapes. */
function addressOf(p: Page): string {
  const { d, s } = p;
  const host = HOSTS_V33[s.credit!.canonical]!;
  const words = slug(s.src.title);
  return d.pick([
    () => `https://${host}/afrique/tchad/${words}`,
    () => `https://${host}/article/${fmtFr(s.date, 'yyyy/MM/dd')}/${words}_${d.int(100_000, 999_999)}`,
    () => `https://${host}/?p=${d.int(10_000, 99_999)}&utm_source=sahel`,
  ])();
}

/** Chrome inserts between paragraphs, merged when two land after the same paragraph. */
function between(...inserts: (readonly [number, readonly string[]] | null)[]): Record<number, string[]> {
  const out: Record<number, string[]> = {};
  for (const ins of inserts) if (ins) (out[ins[0]] ??= []).push(...ins[1]);
  return out;
}

// ——— The twelve sites ———

export const SITES_V33: readonly SiteV33[] = [
  {
    id: 'auge-cider',
    name: 'Le Républicain du Pays d’Auge',
    lang: 'fr',
    originals: 14,
    attribution: 'own',
    lookalike: true,
    chromeOnlyPage: true,
    render(p) {
      const { d, s } = p;
      p.chrome('Aller au contenu principal | Aller au menu | Aller à la recherche | Accessibilité : contraste renforcé').blank();
      p.chrome(
        'Le Républicain du Pays d’Auge et ses partenaires (producteurs de cidre, haras, offices de tourisme de la Côte Fleurie) utilisent des traceurs pour mesurer l’audience, retenir vos préférences et vous montrer des annonces liées à votre commune. Vous pouvez changer d’avis à tout moment en bas de chaque page.',
        'Accepter et fermer',
        'Continuer sans accepter',
      ).blank();
      p.chrome('LE RÉPUBLICAIN DU PAYS D’AUGE', 'Pont-l’Évêque · Lisieux · Cambremer · Honfleur — pommes, chevaux et vie locale').blank();
      p.chrome(`Accueil › Pays d’Auge › ${d.pick(['Pont-l’Évêque', 'Lisieux', 'Cambremer', 'Beuvron-en-Auge'])} › ${d.pick(['Agriculture', 'Haras et courses', 'Vie locale', 'Économie'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `Terroir ❧ ${t}` : t)).blank();
      if (d.chance(0.5)) p.chrome(`Photo : ${d.pick(PHOTO_V33)} / Le Républicain du Pays d’Auge`).blank();
      p.meta(
        d.pick([`Par ${s.author}`, `${s.author}, correspondance Pays d’Auge`, `Un article de ${s.author} — photos ${d.pick(PHOTO_V33)}`]),
        augeDate(p),
      ).blank();
      p.chrome(`Temps de lecture : ${d.int(2, 7)} min ❧ Écouter cet article`).blank();
      p.body(
        between(
          [p.mid(), [`À lire aussi ❧ ${p.related(1)[0]!}`]],
          d.chance(0.4) ? [s.body.length - 2, ['Publicité — Cidrerie du Lieu-Dieu : dégustation gratuite tous les samedis, route du Cidre']] : null,
        ),
      );
      if (d.chance(0.3)) {
        p.chrome(
          'Rectificatif : une première version de cet article donnait une date erronée pour le comice agricole de Cambremer. Elle a été corrigée ; nous prions nos lecteurs de bien vouloir nous en excuser.',
        ).blank();
      }
      p.chrome(`Mots-clés : ${d.sample(['cidre', 'calvados', 'AOP', 'haras', 'pommeraies', 'fromage', 'Pont-l’Évêque', 'marché'], 4).join(' · ')}`).blank();
      if (d.chance(0.6)) {
        p.chrome(
          `L’auteur ❧ ${s.author} suit pour le journal la vie des communes du Pays d’Auge, les foires aux chevaux et les vergers depuis une dizaine d’années. Pour lui écrire, passez par le formulaire de contact de la rédaction.`,
        ).blank();
      }
      p.chrome(`Partager sur Facebook ❧ Partager par courriel ❧ Imprimer ❧ ${p.n(80)} commentaires`).blank();
      p.chrome(`© ${yearV33(p)} Le Républicain du Pays d’Auge — 14130 Pont-l’Évêque — Mentions légales · Données personnelles · Gérer mes cookies · Plan du site`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'baccarat-crystal',
    name: 'La Lettre du Cristal',
    lang: 'fr',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.9 },
    draw: weightedCredits({ into: 'fr', share: 0.9 }, [BACCARAT_FR, 0.35], [BACCARAT_FOREIGN, 0.41], [LOOKALIKES_V33.baccarat, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('Vous lisez la version en ligne de La Lettre du Cristal. Affichage incorrect ? Voir dans le navigateur · Ajoutez-nous à votre carnet d’adresses').blank();
      p.chrome('LA LETTRE DU CRISTAL', 'Verriers, cristalliers et arts du feu — de Baccarat à Meisenthal, de Bohême à Murano', 'Accueil ⋄ Manufactures ⋄ Savoir-faire ⋄ Marchés ⋄ Revue de presse').blank();
      p.title((t) => (d.chance(0.3) ? `${t} ⋄ La Lettre du Cristal` : t)).blank();
      p.meta(baccaratDate(p));
      if (s.credit) {
        p.meta(
          d.pick([
            (o: string) => `Parution initiale : ${o}.`,
            (o: string) => `Repris avec l’accord ${de(o)}`,
            (o: string) => `Ce texte a d’abord paru dans ${o}.`,
            (o: string) => `Titre source ⋄ ${o}`,
          ])(s.credit.shown),
          d.pick([`Auteur de l’article original : ${s.author}`, `${s.author} (texte) — relecture de la traduction : ${d.pick(EDITORS_V33)}`]),
        );
      }
      p.blank();
      p.body(
        between(
          [p.mid(), [`Partenaire ⋄ ${d.pick(['Fours et moufles pour verriers : catalogue 2019 disponible', 'Formation au soufflage de verre, stage d’une semaine à Meisenthal', 'Salon Maison & Objet : badge offert aux abonnés'])}`]],
          d.chance(0.5) ? [s.body.length - 2, ['— Cette lettre continue après l’annonce —']] : null,
        ),
      );
      p.chrome(
        'La Lettre du Cristal rassemble chaque semaine pour les maîtres verriers, tailleurs, graveurs et négociants ce que la presse lorraine, française et étrangère écrit sur leur métier. Les articles allemands, tchèques, italiens et anglais sont traduits automatiquement, y compris le nom des journaux qui les ont publiés.',
      ).blank();
      if (d.chance(0.5)) p.chrome('Faites suivre cette lettre à un collègue ⋄ Imprimer ⋄ Archives des numéros').blank();
      p.chrome('Vous ne souhaitez plus recevoir cette lettre ? Se désinscrire en un clic.').blank();
      p.chrome(`La Lettre du Cristal · ${yearV33(p)} · 54120 Baccarat · Directeur de la publication : le président de l’association · Hébergeur : OVH, Roubaix`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'chisinau-portal',
    name: 'Le Courrier du Dniestr',
    lang: 'fr',
    originals: 15,
    attribution: 'source-line',
    translate: { into: 'fr', share: 0.9 },
    draw: weightedCredits({ into: 'fr', share: 0.9 }, [CHISINAU_FR, 0.36], [CHISINAU_FOREIGN, 0.4], [LOOKALIKES_V33.chisinau, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Acest site folosește cookie-uri / Ce site utilise des cookies : ils nous permettent de compter nos lecteurs en Moldavie, en Roumanie et dans la diaspora francophone, et de vous proposer des annonces adaptées. Nous ne transmettons aucune donnée personnelle à des tiers sans votre accord.',
        'Accept / J’accepte',
        'Refuz / Je refuse',
      ).blank();
      p.chrome('LE COURRIER DU DNIESTR', 'L’actualité de la Moldavie et de l’Europe de l’Est en français — Chișinău', 'Acasă / Accueil ‖ Moldavie ‖ Roumanie ‖ Transnistrie ‖ Europe ‖ Francophonie').blank();
      p.chrome(`1 € = ${d.int(19, 20)},${d.int(10, 99)} MDL ‖ Chișinău : ${d.pick(['−6 °C, neige', '1 °C, verglas', '−12 °C, ciel dégagé'])} ‖ ${d.pick(['Festival du vin le premier week-end d’octobre', 'Semaine de la Francophonie en préparation', 'Nouveaux horaires du trolleybus 22'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} ‖ Le Courrier du Dniestr` : t)).blank();
      p.meta(chisinauDate(p));
      const top = s.credit !== null && d.chance(0.5);
      const source = s.credit
        ? [
            d.pick([
              (o: string) => `Sursa / Source : ${o}`,
              (o: string) => `Source de l’information ‖ ${o}`,
              (o: string) => `D’après un article ${de(o)}`,
              (o: string) => `Source originale — ${o}`,
            ])(s.credit.shown),
            d.pick([`Autor / auteur : ${s.author}`, `${s.author}, avec la traduction de ${d.pick(EDITORS_V33)}`]),
          ]
        : [];
      if (top) p.meta(...source);
      p.blank();
      p.body(between([p.mid(), [`Citiți și / Lisez aussi ‖ ${p.related(1)[0]!}`]]));
      if (!top && source.length > 0) p.meta(...source).blank();
      p.chrome(
        'Le Courrier du Dniestr est un média indépendant tenu par des professeurs de français et des étudiants de Chișinău. Il vit des dons de ses lecteurs : dix euros par an suffisent à payer l’hébergement, la traduction automatique des journaux roumains, russes et anglais et le café de la rédaction.',
        'Faire un don / Donează',
      ).blank();
      if (d.chance(0.6)) p.chrome(`Partajează / Partager ‖ Facebook ‖ Telegram ‖ Odnoklassniki ‖ ${p.n(25)} comentarii / commentaires`).blank();
      p.chrome(`© ${yearV33(p)} Le Courrier du Dniestr — str. 31 August 1989, Chișinău — Toate drepturile rezervate / Tous droits réservés`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'tulle-accordion',
    name: 'La Gazette du Bal',
    lang: 'fr',
    originals: 12,
    attribution: 'none',
    chromeOnlyPage: true,
    render(p) {
      const { d, s } = p;
      p.chrome("Si ce message ne s'affiche pas correctement, cliquez ici pour le lire dans votre navigateur.").blank();
      p.chrome('LA GAZETTE DU BAL', "Lettre de l'amicale des accordéonistes et danseurs de Tulle et de la Corrèze", 'Au sommaire : les nouvelles * la presse lue pour vous * les bals du mois').blank();
      p.title((t) => (d.chance(0.3) ? `Au bal » ${t}` : t)).blank();
      p.meta(tulleDate(p)).blank();
      p.body(
        between(
          d.chance(0.6) ? [p.mid(), [`Agenda » ${d.pick(["Thé dansant dimanche 15 h, salle de l'Auzelou", "Répétition de l'orchestre mercredi soir", 'Bal musette du comité des fêtes de Seilhac samedi'])}`]] : null,
          [s.body.length - 2, ['* * *']],
        ),
      );
      p.chrome(
        "La Gazette du Bal est rédigée par des bénévoles de l'amicale. Les textes de presse que nous y recopions servent seulement à informer nos adhérents, dont beaucoup ne lisent plus le journal, et n'engagent pas l'amicale. Merci de ne pas diffuser cette lettre en dehors de l'association.",
      ).blank();
      p.chrome('Cotisation 2019 : 15 euros, à régler au trésorier lors du prochain bal.').blank();
      p.chrome(`Se désabonner * Mettre à jour mes coordonnées * Amicale des accordéonistes - Tulle - ${yearV33(p)}`);
      return { author: false, date: 'day' };
    },
  },
  {
    id: 'kourou-space',
    name: 'Le Fil de Kourou',
    lang: 'fr',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.9 },
    draw: weightedCredits({ into: 'fr', share: 0.9 }, [KOUROU_FR, 0.34], [KOUROU_FOREIGN, 0.43], [LOOKALIKES_V33.kourou, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('Le Fil de Kourou — lettre interne : diffusion réservée au personnel du centre spatial et de ses sous-traitants').blank();
      p.chrome('LE FIL DE KOUROU', 'Nouvelles de la base, de la ville et du spatial vues de Guyane', 'Accueil ✧ Lanceurs ✧ Vie de la base ✧ Kourou ✧ Revue de presse').blank();
      p.chrome(`Prochain lancement : ${d.pick(['fenêtre ouverte jeudi 18 h 37', 'reporté, météo en altitude', 'chronologie en cours'])} ✧ Accès route de l’Espace : ${d.pick(['normal', 'fermé de 16 h à 20 h', 'badge obligatoire'])} ✧ Îles du Salut : ${d.pick(['navette maintenue', 'mer agitée, pas de traversée', 'complet ce week-end'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} (depuis la base spatiale)` : t)).blank();
      p.meta(kourouDate(p)).blank();
      const credit = s.credit
        ? [
            d.pick([
              (o: string) => `Article relayé par Le Fil, avec l’aimable autorisation ${de(o)}.`,
              (o: string) => `Éditeur premier ✧ ${o}`,
              (o: string) => `Ce papier a été publié par ${o} ; nous le reprenons pour nos lecteurs.`,
              (o: string) => `Provenance de l’article : ${o}`,
            ])(s.credit.shown),
            d.pick([`Signé ${s.author}`, `${s.author} (traduit par ${d.pick(EDITORS_V33)})`]),
          ]
        : [];
      bodyWithCredit(p, p.mid(), credit, {
        [s.body.length - 2]: [`Petites annonces de la base ✧ ${d.pick(['Loue T2 meublé à Kourou, proche de la plage de la Cocoteraie', 'Vends pirogue et moteur 15 CV, visible au ponton', 'Covoiturage Cayenne–Kourou tous les matins à 6 h'])}`],
      });
      p.chrome(
        'Le Fil de Kourou est préparé par le comité d’entreprise pour les salariés de la base et de leurs familles. Les articles de la presse guyanaise, française, brésilienne et anglophone y sont repris avec le nom de leur journal ; les textes étrangers passent par un traducteur automatique, qui traduit aussi ces noms.',
      ).blank();
      if (d.chance(0.45)) p.chrome('Vous avez une info sur la base ? Écrivez au comité : nous publions les nouvelles du personnel chaque vendredi.').blank();
      p.chrome(`Comité d’entreprise — Centre spatial guyanais — Kourou — ${yearV33(p)} — Ne pas transférer hors de l’entreprise`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'ndjamena-business',
    name: 'Sahel Affaires',
    lang: 'fr',
    originals: 14,
    attribution: 'url-host',
    chromeOnlyPage: true,
    canShow: (canonical) => canonical in HOSTS_V33,
    draw: weightedCredits(undefined, [NDJAMENA_LINKED, 0.9]),
    render(p) {
      const { d, s } = p;
      p.chrome('📱 Téléchargez l’application Sahel Affaires sur Android et iPhone : les cours du coton et du pétrole en direct, même avec une petite connexion.', 'Installer', 'Plus tard').blank();
      p.chrome('SAHEL AFFAIRES', 'L’économie du Tchad et du bassin du lac Tchad, depuis N’Djamena', 'Accueil ⁄⁄ Pétrole ⁄⁄ Coton ⁄⁄ Élevage ⁄⁄ Banques ⁄⁄ Revue de presse').blank();
      p.chrome(`Brent : ${d.int(52, 71)} $ ⁄⁄ Coton-graine : ${d.int(230, 260)} F CFA/kg ⁄⁄ ${d.pick(['Délestages annoncés à Chagoua', 'Pont de Chagoua fermé à la circulation lourde', 'Foire de N’Djamena au palais du 15-Janvier'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `Sahel Éco ⁄⁄ ${t}` : t)).blank();
      p.meta(ndjamenaDate(p));
      const link = s.credit
        ? [
            d.pick([
              (u: string) => `Lien vers l’article d’origine : ${u}`,
              (u: string) => `Lire l’intégralité à la source ⁄⁄ ${u}`,
              (u: string) => `Adresse de la publication originale : ${u}`,
              (u: string) => `Source (URL) : ${u}`,
            ])(addressOf(p)),
            d.pick([`Journaliste de la publication d’origine : ${s.author}`, `${s.author}, cité d’après la page source`]),
          ]
        : [];
      const top = d.chance(0.45);
      if (top) p.meta(...link);
      p.blank();
      p.body(between(d.chance(0.5) ? [p.mid(), ['Contenu sponsorisé ⁄⁄ Envoyez de l’argent au village par mobile money, frais offerts ce mois-ci']] : null));
      if (!top && link.length > 0) p.meta(...link).blank();
      p.chrome(`Réagir : 👍 ${p.n(90)} ⁄⁄ 😮 ${p.n(20)} ⁄⁄ 😡 ${p.n(30)} ⁄⁄ Partager sur WhatsApp`).blank();
      p.chrome(
        'Sahel Affaires reprend chaque jour des articles de la presse tchadienne, africaine et française sur l’économie du pays, toujours avec le lien vers leur page d’origine. Ces textes restent la propriété de leurs éditeurs ; écrivez-nous et un article sera retiré dans la journée.',
      ).blank();
      p.chrome(`Sahel Affaires · ${yearV33(p)} · avenue Charles-de-Gaulle, N’Djamena · Qui sommes-nous ? · Publicité · Conditions d’utilisation`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'valensole-review',
    name: 'La Revue du Plateau',
    lang: 'fr',
    originals: 14,
    attribution: 'title-suffix',
    draw: weightedCredits(undefined, [VALENSOLE_PRESS, 0.76], [LOOKALIKES_V33.valensole, 0.12]),
    render(p) {
      const { d, s } = p;
      p.chrome('Espace adhérents — vous êtes connecté(e). Se déconnecter · Mon compte').blank();
      p.chrome('LA REVUE DU PLATEAU', 'La presse du jour pour les lavandiculteurs du plateau de Valensole et de la vallée de la Durance', 'Accueil ∙ Revue de presse ∙ Distillerie ∙ Cours de l’essence ∙ Météo').blank();
      p.chrome(`Essence de lavandin grosso : ${d.int(17, 26)} €/kg ∙ Lavande fine AOP : ${d.int(110, 160)} €/kg ∙ Gel au petit matin : ${d.pick(['−4 °C à Puimoisson', 'pas de gel', '−7 °C à Riez'])}`).blank();
      const after = d.pick([(o: string) => ` ⟡ ${o}`, (o: string) => ` ∷ ${o}`, (o: string) => ` ➝ ${o}`]);
      p.title((t) => (s.credit ? `${t}${after(s.credit.shown)}` : t)).blank();
      p.meta(valensoleDate(p)).blank();
      p.body(between(d.chance(0.4) ? [p.mid(), ['∙ ∙ ∙']] : null));
      p.chrome('Après chaque titre figure le nom du journal qui a publié l’article.').blank();
      if (d.chance(0.5)) p.chrome(`Étiquettes : ${d.sample(['lavande', 'lavandin', 'distillerie', 'sécheresse', 'abeilles', 'tourisme', 'Valensole', 'Riez'], 3).join(', ')}`).blank();
      p.chrome(
        'La Revue du Plateau est une revue de presse tenue par la coopérative des producteurs pour ses adhérents. Les articles y figurent en entier, tels que les journaux les ont publiés, avec leur nom ; ils restent leur propriété et la revue n’est ni vendue ni ouverte aux moteurs de recherche.',
      ).blank();
      p.chrome(`Imprimer cette page ∙ Envoyer à un adhérent ∙ La Revue du Plateau — Valensole (Alpes-de-Haute-Provence) — ${yearV33(p)}`);
      return { author: false, date: 'full' };
    },
  },
  {
    id: 'buenos-aires-weekly',
    name: 'Le Parisien de la Plata',
    lang: 'fr',
    originals: 14,
    attribution: 'own',
    lookalike: true,
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Usamos cookies / Nous utilisons des cookies pour compter nos lecteurs en Argentine, en Uruguay et en France et pour afficher les annonces des commerces francophones de Palermo et de Recoleta. En poursuivant votre lecture, vous acceptez leur usage ; vous pouvez les refuser dans les réglages.',
        'Aceptar / Accepter',
        'Configurar / Régler',
      ).blank();
      p.chrome('LE PARISIEN DE LA PLATA', 'L’hebdomadaire des francophones d’Argentine et du Río de la Plata — depuis Buenos Aires', 'Inicio / Une ¦ Argentine ¦ France ¦ Communauté ¦ Culture ¦ Tango').blank();
      p.title((t) => (d.chance(0.3) ? `Crónica ¦ ${t}` : t)).blank();
      p.meta(
        d.pick([`Par ${s.author}`, `${s.author}, à Buenos Aires`, `Texte : ${s.author} ¦ Photo : ${d.pick(PHOTO_V33)}`]),
        buenosAiresDate(p),
      ).blank();
      if (d.chance(0.5)) p.chrome('Cet article vous est offert par Le Parisien de la Plata. Pour lire tous nos articles, abonnez-vous : 300 pesos par mois.').blank();
      p.body(between([p.mid(), [`Lire aussi ¦ ${p.related(1)[0]!}`]], d.chance(0.5) ? [s.body.length - 2, [`Publicité ¦ ${d.pick(['Boulangerie française à Palermo : croissants tous les matins', 'Cours de français pour enfants, Alliance de Belgrano', 'Déménagements Buenos Aires – Paris, devis gratuit'])}`]] : null));
      if (d.chance(0.5)) {
        p.chrome(`À propos ¦ ${s.author} écrit pour Le Parisien de la Plata sur la vie politique argentine et la communauté française de Buenos Aires.`).blank();
      }
      p.chrome(
        'Le Parisien de la Plata est indépendant et ne reçoit aucune aide publique. Si vous lisez nos articles chaque semaine, pensez à vous abonner ou à faire un don : cela paie nos correspondants de Córdoba, de Mendoza et de Montevideo et la version papier distribuée au lycée franco-argentin.',
        'Je m’abonne',
      ).blank();
      p.chrome(`${p.n(30)} comentarios / commentaires ¦ Écrire un commentaire ¦ Signaler un abus`).blank();
      p.chrome(`© ${yearV33(p)} Le Parisien de la Plata S.R.L. — Av. Santa Fe, Buenos Aires — Aviso legal / Mentions légales — Contacto`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'douglas-weekly',
    name: 'The Manx Ledger',
    lang: 'en',
    originals: 14,
    attribution: 'own',
    chromeOnlyPage: true,
    render(p) {
      const { d, s } = p;
      p.chrome('Skip to main content · Skip to navigation · Accessibility statement').blank();
      p.chrome(
        'We and our partners use cookies and similar technologies on this site to keep you signed in, to understand how readers around the Isle of Man use our pages and to show advertising from island businesses. Manage your choices at any time from the link at the foot of every page.',
        'Accept all',
        'Reject non-essential',
        'Manage choices',
      ).blank();
      p.chrome('THE MANX LEDGER', "The Isle of Man's independent weekly - Douglas, Ramsey, Peel and Castletown").blank();
      p.chrome(`Home / News / ${d.pick(['Island', 'Tynwald', 'Business', 'TT and Sport', 'Ports'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `ISLAND · ${t}` : t)).blank();
      p.meta(d.pick([`By ${writerEn(p)}`, `${writerEn(p)}, Political Correspondent`, `Words by ${writerEn(p)} · Photography by ${d.pick(PHOTO_V33)}`]), douglasDate(p)).blank();
      if (d.chance(0.4)) p.chrome(`Image: ${d.pick(PHOTO_V33)} for The Manx Ledger`).blank();
      p.body(between([p.mid(), [`Related · ${p.related(1)[0]!}`]], d.chance(0.4) ? [s.body.length - 2, ['ADVERTISEMENT']] : null));
      if (d.chance(0.3)) {
        p.chrome(
          'Correction: an earlier version of this article misstated the name of the Tynwald committee concerned. This has been amended, and we apologise for the error. Corrections policy: we correct factual errors promptly and say so at the foot of the article.',
        ).blank();
      }
      if (d.chance(0.6)) {
        p.chrome(`About the author · ${writerEn(p)} reports for The Manx Ledger on Tynwald, the harbours and the island economy.`).blank();
      }
      p.chrome('Most read · Sea terminal works delayed again · Steam Packet winter timetable · Ramsey shipyard bid').blank();
      p.chrome('Get the Ledger in your inbox every Thursday morning: island news, the week in Tynwald and the sailing times, free.', 'Sign up').blank();
      p.chrome('Comments are closed on this article.').blank();
      p.chrome(`© ${yearV33(p)} The Manx Ledger Ltd · Athol Street, Douglas, Isle of Man IM1 · Terms · Privacy · Cookie settings · Complaints`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'reykjavik-letter',
    name: 'Fjord & France',
    lang: 'en',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'en', share: 0.85 },
    draw: weightedCredits({ into: 'en', share: 0.85 }, [REYKJAVIK_PICKS, 0.74], [LOOKALIKES_V33.reykjavik, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('View this email in your browser | Forward to a friend').blank();
      p.chrome('FJORD & FRANCE', 'French news for Icelanders, in English, from Reykjavík | Góðan daginn', 'Home | Politics | Coasts | Fisheries | Culture | Archive').blank();
      p.chrome(`ISK ${d.int(132, 139)} to the euro | Keflavík–CDG: ${d.pick(['on time', 'delayed, crosswinds', 'extra flight Sunday'])} | Reykjavík: ${d.pick(['−3 °C, snow showers', '2 °C, rain', '−8 °C, aurora likely'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} — Fjord & France` : t)).blank();
      p.meta(reykjavikDate(p));
      if (s.credit) {
        p.meta(
          d.pick([
            (o: string) => `Original publisher: ${o}.`,
            (o: string) => `This piece first ran in ${o} (translated by software).`,
            (o: string) => `Reproduced from ${o} | machine translation`,
            (o: string) => `Credit | ${o}`,
          ])(s.credit.shown),
          d.pick([`Byline in the original: ${writerEn(p)}`, `${writerEn(p)}, staff writer; English copy-edited by ${d.pick(EDITORS_V33)}`]),
        );
      }
      p.blank();
      p.body(between(d.chance(0.6) ? [p.mid(), [`From our archive | ${p.related(1)[0]!}`]] : null));
      p.chrome(
        'Fjord & France is a free weekly letter for Icelandic readers who follow France but do not read French: fishermen selling to Boulogne, students heading to Rennes, and everyone who still remembers the French sailors of the old cod fleet. Articles are machine-translated, newspaper names included.',
      ).blank();
      p.chrome('Support the letter | Become a member for 2,500 ISK a year').blank();
      p.chrome(`You are receiving this because you subscribed at fjordandfrance.is. Unsubscribe | Update preferences | © ${yearV33(p)} Fjord & France ehf., Reykjavík`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'manila-digest',
    name: 'Kapihan Francophone Digest',
    lang: 'en',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'en', share: 0.85 },
    draw: weightedCredits({ into: 'en', share: 0.85 }, [MANILA_PICKS, 0.74], [LOOKALIKES_V33.manila, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Mabuhay! This website uses cookies to remember your language, to measure which stories our readers in the Philippines and across Southeast Asia read, and to show ads from our sponsors. By clicking “Got it” you agree; choose “Settings” to turn off anything that is not essential.',
        'Got it',
        'Settings',
      ).blank();
      p.chrome('KAPIHAN FRANCOPHONE DIGEST', 'The French-speaking world, translated for readers in Manila and beyond', 'Home » Europe » Canada » Africa » Opinion » About us').blank();
      p.title((t) => (d.chance(0.3) ? `${t} {machine translation}` : t)).blank();
      p.meta(manilaDate(p)).blank();
      if (d.chance(0.5)) p.chrome(`Listen to this story » ${d.int(3, 9)} min`).blank();
      const credit = s.credit
        ? [
            d.pick([
              (o: string) => `Original article courtesy of ${o}.`,
              (o: string) => `Partner content » ${o}`,
              (o: string) => `We reprint this translation by arrangement with ${o}.`,
              (o: string) => `First published by ${o}.`,
            ])(s.credit.shown),
            d.pick([`Author of the French text: ${writerEn(p)}`, `${writerEn(p)} (original reporting), edited in Manila by ${d.pick(EDITORS_V33)}`]),
          ]
        : [];
      const inside = d.chance(0.5);
      bodyWithCredit(p, p.mid(), inside ? credit : [], {
        [s.body.length - 2]: [`Sponsored » ${d.pick(['French classes in Makati, weekend batches now open', 'Visa assistance for Schengen trips, fast processing', 'Cheese and wine night at the Alliance, Saturday'])}`],
      });
      if (!inside && credit.length > 0) p.meta(...credit).blank();
      p.chrome(
        'Kapihan Francophone Digest is a volunteer project of Filipino translators and students of French. We run articles from francophone papers through translation software, their names included, and check them over coffee: kapihan means a coffee-house chat. Please quote the original newspaper, not us.',
      ).blank();
      p.chrome(`Share » Facebook » Viber » Copy link ▪ ${p.n(50)} reactions`).blank();
      p.chrome(`© ${yearV33(p)} Kapihan Digest · Intramuros, Manila · Privacy policy · Terms of use · Contact`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'anchorage-arctic',
    name: 'Arctic Francophone Monitor',
    lang: 'en',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'en', share: 0.85 },
    draw: weightedCredits({ into: 'en', share: 0.85 }, [ANCHORAGE_PICKS, 0.74], [LOOKALIKES_V33.anchorage, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('ARCTIC FRANCOPHONE MONITOR', 'What France, Québec and Saint-Pierre are saying about the North — edited in Anchorage, Alaska', 'News ◆ Shipping ◆ Fisheries ◆ Climate ◆ Indigenous affairs ◆ Subscribe').blank();
      p.chrome(`Anchorage: ${d.pick(['−14 °F, clear', '18 °F, snow', '5 °F, ice fog'])} ◆ Daylight: ${d.int(5, 8)} h ${d.int(1, 59)} min ◆ ${d.pick(['Iditarod sign-ups close Friday', 'Port of Alaska: two container ships due', 'Fur Rendezvous planning meeting Tuesday'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `Arctic Watch ❄ ${t}` : t)).blank();
      p.meta(anchorageDate(p)).blank();
      p.body(between([p.mid(), [`Also in the Monitor ◆ ${p.related(1)[0]!}`]], d.chance(0.4) ? [s.body.length - 2, ['— story continues below —']] : null));
      if (s.credit) {
        p.meta(
          d.pick([
            (o: string) => `Source publication: ${o}.`,
            (o: string) => `Translated from the original in ${o}.`,
            (o: string) => `Our thanks to ${o}, which published this report first.`,
            (o: string) => `Origin ◆ ${o}`,
          ])(s.credit.shown),
          d.pick([`Original reporting by ${writerEn(p)}`, `${writerEn(p)} (correspondent); translation reviewed by ${d.pick(EDITORS_V33)}`]),
        ).blank();
      }
      p.chrome(
        'The Arctic Francophone Monitor is a small nonprofit newsletter for researchers, shipping people and tribal organisations in Alaska who follow what the French-speaking press writes about the Arctic. Articles are machine-translated, including the names of the papers, and checked by volunteers before they go out.',
      ).blank();
      if (d.chance(0.5)) p.chrome('Tags ◆ Arctic ◆ France ◆ Quebec ◆ Saint-Pierre and Miquelon ◆ Shipping').blank();
      p.chrome('Print ◆ Email this story ◆ Donate to keep the Monitor free').blank();
      p.chrome(`© ${yearV33(p)} Arctic Francophone Monitor, Anchorage, AK 99501 · A 501(c)(3) nonprofit · Privacy · Accessibility`);
      return writerIfCredited(p, 'full');
    },
  },
];

const JUNK_V33: readonly { name: string; bytes: Uint8Array }[] = [
  { name: 'gif-head', bytes: Buffer.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0xff, 0xff, 0xff, 0x00, 0x00, 0x00, 0x21, 0xf9, 0x04]) },
  { name: 'zip-head', bytes: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]) },
  { name: 'ole2-head', bytes: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x3e, 0x00, 0x03, 0x00]) },
  { name: 'browser-check', bytes: Buffer.from('Just a moment...\nChecking your browser before accessing the website.\nThis process is automatic.\n', 'utf8') },
  { name: 'captcha-fr', bytes: Buffer.from('Merci de confirmer que vous n’êtes pas un robot.\nCochez la case ci-dessous pour continuer.\n', 'utf8') },
  { name: 'consent-wall', bytes: Buffer.from('Vos choix en matière de cookies\nTout accepter\nTout refuser\nPersonnaliser\n', 'utf8') },
  { name: 'maintenance', bytes: Buffer.from('Site en maintenance\nNous revenons très vite. Merci de votre patience.\n', 'utf8') },
  { name: 'robots-txt', bytes: Buffer.from('User-agent: *\nDisallow: /wp-admin/\nSitemap: https://www.example.org/sitemap.xml\n', 'utf8') },
  { name: 'ics-calendar', bytes: Buffer.from('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Agenda//FR\r\nEND:VCALENDAR\r\n', 'utf8') },
  { name: 'json-empty-list', bytes: Buffer.from('[]\n', 'utf8') },
  { name: 'nbsp-lines', bytes: Buffer.from('\u00a0\n\u00a0\u00a0\n \u00a0 \n', 'utf8') },
  { name: 'utf16-newlines', bytes: Buffer.from([0xff, 0xfe, 0x0a, 0x00, 0x0a, 0x00, 0x20, 0x00, 0x0a, 0x00]) },
];

// ——— Generation ———

/** One page of `site` (v2's convention); an English page expects the byline as it prints it ("A and B"). */
function pageV33(site: SiteV33, story: Story, d: Dice, chromeOnly: boolean): MadePage {
  const made = page(site, story, d, chromeOnly);
  const author = made.entry.author;
  return site.lang === 'en' && author !== null ? { ...made, entry: { ...made.entry, author: inEnglish(author) } } : made;
}

/** The copy of `story` that `host` carries: the first site's credit (or its own name) when the host can show it; maybe headless or cut. */
function copyOnto(d: Dice, story: Story, first: SiteV33, host: SiteV33, others: string[]): Story {
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
 * Builds the v33 set from clean sources (deterministic for a seed): each site's originals and their copies on
 * up to three other sites, uncredited bare files, chrome-only pages and junk, shuffled, each file in one of
 * several encodings and named by content.
 */
export function generateUnseenV33(pool: readonly UnseenSource[], seed: number = SEED_V33): { files: UnseenFile[]; manifest: UnseenEntry[] } {
  const d = new Dice(makeRng(seed));
  const wanted = BARE_V33 + SITES_V33.reduce((n, s) => n + s.originals, 0);
  if (pool.length < wanted) throw new Error(`unseen sites v33: ${wanted} clean articles needed, the pool has ${pool.length}`);
  const picked = d.sample(pool, wanted);
  const allTitles = picked.map((s) => s.title);
  const otherTitles = (src: UnseenSource): string[] => d.sample(allTitles.filter((t) => t !== src.title), 5);
  const when = (): TZDate => {
    const day = new Date(PERIOD_START + d.int(0, PERIOD_DAYS - 1) * 86_400_000);
    return new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), d.int(6, 21), d.int(0, 59), 0, PARIS);
  };
  const out: MadePage[] = [];
  let from = 0;
  for (const site of SITES_V33) {
    const originals = picked.slice(from, from + site.originals);
    from += site.originals;
    for (const src of originals) {
      const story: Story = { src, body: src.body, author: d.pick(BYLINES_V33), date: when(), headline: true, credit: site.draw?.(d) ?? null, others: otherTitles(src) };
      out.push(pageV33(site, story, d, false));
      const hosts = d.sample(SITES_V33.filter((h) => h !== site), copiesOn(d));
      for (const host of hosts) out.push(pageV33(host, copyOnto(d, story, site, host, otherTitles(src)), d, false));
    }
    if (site.chromeOnlyPage) {
      const stand = picked[0]!;
      out.push(pageV33(site, { src: stand, body: [], author: d.pick(BYLINES_V33), date: when(), headline: false, credit: null, others: otherTitles(stand) }, d, true));
    }
  }
  for (const src of picked.slice(from)) out.push(creditsNobody(bareFile(src)));
  for (const junk of JUNK_V33) out.push(creditsNobody(junkFile(junk)));
  return packFiles(d, out, ENCODINGS_V33, 'v33-');
}

/** Heading of the v33 table and JSON. */
export const V33_HEADING = 'UNSEEN SITES v33 (development set, written without reading the rules on 2026-12-02)';

/** Generates v33, runs the real ingest on it and prints its figures (without the DEV simulation). */
export const runUnseenEvalV33 = unseenSetRunner(V33_HEADING, generateUnseenV33);

generatorCli(import.meta.url, 'unseen sites v33', generateUnseenV33, SEED_V33);
