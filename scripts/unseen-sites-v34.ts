/**
 * Generates the unseen-sites v34 evaluation set (issue 8): twelve more ordinary news sites, of kinds and places no
 * earlier set had, with the emphasis on headlines and outlets.
 *
 * DEVELOPMENT DATA since 2026-12-02 14:45: v35 was frozen then, and v34's misses were read from that time on (its
 * first and last scorings as a frozen set are in bench/unseen-sites-v34.json). It was a FROZEN SET, written without reading the rules on 2026-12-02. Nobody tunes rules against it: do not read its misses
 * (`--show` stays 0) while changing rules, and do not edit its templates, wordings or seed to move a score. When it is
 * read, freeze a v35 and call this one development data. Its one deliberate first scoring is recorded by whoever runs it.
 * It was written without reading the ingest rules (src/ingest/), the word lists and outlet list (src/data/), the
 * renderer, pages, components and build (src/pages/, src/components/, src/build/), the README's rule descriptions, the
 * git history or any score of any set (the scorer, src/eval/unseen-sites.ts and src/eval/score.ts, was read for its
 * types and conventions; no bench/*.json was opened and no set was scored), and without opening the v21, v22, v23, v25
 * and v32 generators. Of the earlier sets only the shared scaffolding (scripts/unseen-sites.ts, v2's `page` and
 * `SiteV2`, simulate-heldout's `Dice` and encodings, scripts/rng.ts), v33's generator and test (for the format, the
 * set mechanics and the scaffolding calls, not their sites or wordings), tests/unit/unseen-answers.ts, the wiring of
 * v33 in src/cli/eval.ts and package.json, and the site lists in the headers of v3–v20, v24, v26–v31 and v33 (to pick
 * other kinds and places) were read. The sites, outlets, credit wordings, translations, title decorations, date
 * formats, time zones, junk and chrome here are new.
 *
 * `npm run eval:unseen` scores v1 to v33 then this set (`npm run eval:unseen:v34`, or `npm run eval -- --unseen
 * --unseen-set v34`, for this one only); `npx tsx scripts/unseen-sites-v34.ts --out DIR` only writes the folder
 * and its manifest (the v1 format, with v2's `outletEvidence`).
 *
 * The twelve sites: an island news site on Belle-Île-en-Mer (Morbihan) whose own name begins like a Morlaix daily's
 * (a look-alike, its own reporters, some pieces written by two; a "next article" headline and a breadcrumb ending
 * with the cut headline above its own headline), a cutlery trade letter in Thiers (Puy-de-Dôme) crediting Auvergne,
 * national and business papers, German, Italian, Japanese and English-language outlets garbled into French word for
 * word and look-alike titles (the credit at the top, under the headline or under the date), a French-language portal
 * in Istanbul (Turkey) with a source line at the top or the foot naming French, expatriate and Lebanese francophone
 * outlets, Turkish, Greek and English-language outlets garbled into French and look-alike titles (Turkey time, TRT =
 * UTC+3, a Turkish and French date; Turkish–French chrome), a lace-makers' association letter in Le Puy-en-Velay
 * (Haute-Loire) crediting nobody (the day only), an overwintering crew's news letter at Port-aux-Français
 * (Kerguelen islands) crediting Réunion, national and science papers, English-language science and Australian
 * outlets garbled into French and look-alike titles (Kerguelen time, UTC+5, often the next day; the credit inside the
 * text), an economy portal in Bangui (Central African Republic) giving the original's address under the headline or
 * at the foot (Bangui time, "14H05", UTC+1; Sango–French chrome), a walnut growers' press review in Vinay (Isère)
 * keeping the original's name after the headline (after a long dash, a bar, an arrow, in brackets or in
 * parentheses), a French-language weekly in Lima (Peru) whose own name begins like a Reims daily's (a look-alike,
 * its own reporters, some pieces written by two; Peru time, UTC−5; a sticky "you are reading" line repeating the
 * headline), an English-language weekly in Darwin (Northern Territory, Australia; its own reporters, some pieces
 * written by two, ACST = UTC+9:30, a half-hour zone, often the next day, month first, "11:35pm"), an English-language
 * Yangon (Myanmar) hospitality letter translating French national papers' names into English word for word (MMT =
 * UTC+6:30; the credit right under the headline), an English-language Ponta Delgada (Azores) bulletin doing the same
 * with French regional and Portuguese papers (Azores time, UTC−1; the credit inside the text or at its foot), and an
 * English-language Almaty (Kazakhstan) markets wire doing the same with French, Belgian and Swiss business papers
 * (ALMT = UTC+6, often the next day; the credit as a kicker above the headline or at the foot).
 * Article text is read AT RUN TIME from ../shared/corpus/gilets-jaunes (v1's clean pool, drawn with another seed):
 * no corpus text is stored here.
 *
 * Headlines, one emphasis of this set: prefix tags ("Ponant ⚓ Titre", "Fil & fuseaux : Titre", "REVUE DU JOUR //
 * Titre", "Économie ▪ Titre", "Perú ◈ Titre", "TERRITORY ▸ Title", "From France ✈ Title"), site-name suffixes ("Titre
 * ⟩⟩ Lames & Forges", "Titre ~ Péra Presse", "Title :: Strand Road Letter", "Title / Steppe Markets Wire"), notes
 * ("Titre (texte recopié)", "Titre (actualisé)", "Title (auto-translated)", "Title [translated]"), and chrome above
 * the headline that holds headlines too: another article's headline ("Article suivant : …", "Up next: …", a ticker),
 * a breadcrumb ending with the headline cut short, a sticky "Vous lisez : <headline>" line, kickers and section
 * lines. On the Vinay review the original outlet's name follows the headline (its evidence).
 *
 * Outlets, the other emphasis: credits at the top (under the headline, under the date, as a kicker above the
 * headline), inside the text, at the foot, as an address, and after the headline, in French and English wordings new
 * to this set; sites whose own masthead and staff bylines make them the outlet (their copies of other sites'
 * stories too) beside republishers and a letter that credits nobody. Date formats: "Belle-Île, jeudi 10.01.2019 à
 * 14h05", "Thiers, le 10 janv. 19 — 14:05, heure française", "10 Ocak 2019 / 10 janvier 2019 — 16:05 (TRT, UTC+3)",
 * "Le Puy, jeudi 10/01/2019", "Port-aux-Français (Kerguelen), le 10.01.2019 à 18 h 05, heure locale UTC+5", "Bangui,
 * 10 janvier 2019 – 14H05 (heure de Bangui, UTC+1)", "Édition du 10/01/2019, 14 heures 05", "Jeudi 10 janvier 2019,
 * 8:05, heure de Lima (UTC−5)", "Thursday, January 10, 2019 – 11:35pm ACST", "10 Jan 2019, 20:35 MMT (UTC+6:30)",
 * "10 January 2019 · 12h05 Azores time (UTC−1)" and "Posted 19:05 ALMT (UTC+6) on 10.01.2019".
 *
 * Expected outlet: v2's convention (who published the article first, as the file credits it), recorded per file in
 * `outletEvidence`: machine-translated names of real outlets expect the real outlet's usual name, look-alike names
 * are kept as written, the site's own name is the outlet only where it shows its masthead and its own staff's byline,
 * the republisher is the site's name whenever the file credits another outlet, and null when nothing credits one.
 * Republishing sites show a byline only beside a credit. Expected author: the writer's name as the byline shows it,
 * without role, place, desk, translator or photographer; a piece written by two expects both names as the page joins
 * them ("A et B" on French pages, "A and B" on English ones); an author box naming the writer is chrome. Every time
 * shown names its zone or is Paris time (the whole period, 12 November 2018 to 25 January 2019, is in each zone's
 * winter or only time); the expected date is the same instant, written in Paris time (UTC+1). The Le Puy letter shows
 * the day only. Files are written in UTF-8 (with or without a BOM, LF or CRLF), Windows-1252, ISO-8859-1 (`latin1`,
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

/** The v34 seed: no earlier set drew with it. */
export const SEED_V34 = 20261202_34;
const BARE_V34 = 10;
/** Share of copies scraped without their headline line. */
const HEADLESS_V34 = 0.28;
/** Share of copies (of bodies with four paragraphs or more) that lose their closing paragraph. */
const CUT_V34 = 0.3;
/** The period: 75 days from 12 November 2018, in Paris winter time (UTC+1); no clock of the set changes in it. */
const FIRST_DAY = Date.UTC(2018, 10, 12);
const DAYS = 75;
const PARIS = 'Europe/Paris';
const ENCODINGS_V34: readonly SetEncoding[] = ['utf-8', 'latin1', 'cp1252', 'utf-8', 'utf-8-crlf', 'utf-16le-bom', 'cp1252-crlf', 'utf-8', 'utf-8-bom', 'cp1252', 'latin1', 'utf-8'];

// ——— People ———

/** Writers; four entries are pieces written by two (joined " et " as French pages print them). */
const BYLINES_V34 = [
  'Maëlys Guégan', 'Erwan Le Corre', 'Bastien Roddier', 'Deniz Aksoy', 'Elif Karaca', 'Solange Chabrier', 'Aurore Techer', 'Prisca Yakété',
  'Hervé Zoumandji', 'Agnès Berruyer', 'Rosa Quispe', 'Matthieu Delarue', 'Kirra Nakamarra', 'Liam Costigan', 'Thiri Aung', 'Inês Furtado',
  'Aigerim Nurlanova', 'Claudine Vacheron', 'Yusuf Demirel', 'Tobias Wentworth',
  'Maëlys Guégan et Erwan Le Corre', 'Rosa Quispe et Matthieu Delarue', 'Kirra Nakamarra et Liam Costigan', 'Deniz Aksoy et Elif Karaca',
];
/** Translators and revisers named beside the writer; photographers under some headlines. */
const HELPERS_V34 = ['Mya Thandar', 'João Arruda', 'Yerlan Sadykov', 'Noémie Payet'];
const PHOTO_V34 = ['Yannig Kervella', 'Tom Bancroft', 'Luz Mamani', 'Serge Doumta'];

// ——— Outlets ———

const THIERS_FR = ['La Montagne', 'Le Monde', 'Les Échos', 'Le Figaro', 'Libération', 'L’Usine nouvelle', 'Le Parisien', 'Ouest-France', 'Le Point', 'Le Progrès'];
const THIERS_FOREIGN = ['Solinger Tageblatt', 'Süddeutsche Zeitung', 'Sheffield Star', 'Yorkshire Post', 'The Japan Times', 'La Stampa', 'The New York Times'];
const ISTANBUL_FR = ['Le Petit Journal', 'RFI', 'Le Monde', 'Le Figaro', 'Libération', 'La Croix', 'Courrier international', 'France 24', 'Le Point', 'L’Orient-Le Jour'];
const ISTANBUL_FOREIGN = ['Milliyet', 'Cumhuriyet', 'Sabah', 'Kathimerini', 'Hürriyet Daily News', 'Middle East Eye', 'Gazete Duvar'];
const KERGUELEN_FR = ['Le Quotidien de la Réunion', 'Le Journal de l’île de la Réunion', 'Le Monde', 'Libération', 'Le Figaro', 'La Croix', 'Sciences et Avenir', 'Le Marin', 'Le Télégramme'];
const KERGUELEN_FOREIGN = ['New Scientist', 'Scientific American', 'The Sydney Morning Herald', 'The Australian', 'The Guardian', 'National Geographic'];
const VINAY_PRESS = ['Le Dauphiné libéré', 'Sud Ouest', 'La Dépêche du Midi', 'Le Progrès', 'Le Monde', 'Le Figaro', 'Les Échos', 'Libération', 'Le Parisien', 'La Croix', 'Ouest-France', 'L’Express'];
const YANGON_PICKS = ['Le Monde', 'Le Figaro', 'Libération', 'L’Obs', 'Le Journal du dimanche', 'Le Monde diplomatique', 'Le Canard enchaîné', 'Courrier international', 'Les Échos', 'La Croix', 'L’Humanité', 'Le Point'];
const AZORES_PICKS = ['Sud Ouest', 'La Dépêche du Midi', 'Ouest-France', 'Le Télégramme', 'Le Progrès', 'Le Dauphiné libéré', 'Les Dernières Nouvelles d’Alsace', 'Público', 'Diário de Notícias', 'Açoriano Oriental', 'Jornal de Notícias', 'Correio da Manhã'];
const ALMATY_PICKS = ['Les Échos', 'La Tribune', 'L’Usine nouvelle', 'Le Nouvel Économiste', 'L’Écho', 'La Tribune de Genève', 'Le Monde', 'Le Figaro', 'L’Expansion', 'Le Temps'];

/** Invented outlets whose names begin like a known outlet's: the expected outlet is the name as written. */
const LOOKALIKES_V34 = {
  thiers: ['La Montagne coutelière', 'Les Échos de la Lame'],
  istanbul: ['Le Petit Journal de Péra', 'La Croix de Galata'],
  kerguelen: ['Le Quotidien des Terres australes', 'Le Marin austral'],
  vinay: ['Le Dauphiné des Noix', 'Le Progrès du Vercors'],
  yangon: ['Le Monde des Pagodes', 'Libération d’Asie'],
  azores: ['Sud Ouest Atlantique', 'Le Télégramme des Açores'],
  almaty: ['Les Échos de la Steppe', 'La Tribune d’Asie centrale'],
} as const;
const IS_LOOKALIKE_V34: ReadonlySet<string> = new Set(Object.values(LOOKALIKES_V34).flat());

/** French, Belgian, Swiss and Portuguese names as a translation engine renders them in English, word for word. */
export const INTO_EN_V34: Record<string, readonly string[]> = {
  'Le Monde': ['The World', 'World'],
  'Le Figaro': ['The Figaro'],
  Libération: ['Liberation'],
  'L’Obs': ['The Obs'],
  'Le Journal du dimanche': ['The Sunday Journal', 'The Journal of Sunday'],
  'Le Monde diplomatique': ['The Diplomatic World', 'Diplomatic World'],
  'Le Canard enchaîné': ['The Chained Duck', 'The Enchained Duck'],
  'Courrier international': ['International Mail'],
  'Les Échos': ['The Echoes'],
  'La Croix': ['The Cross'],
  'L’Humanité': ['Humanity', 'The Humanity'],
  'Le Point': ['The Point'],
  'Sud Ouest': ['South West', 'Southwest'],
  'La Dépêche du Midi': ['The Dispatch of the South', 'The Midday Dispatch'],
  'Ouest-France': ['West-France'],
  'Le Télégramme': ['The Telegram'],
  'Le Progrès': ['The Progress'],
  'Le Dauphiné libéré': ['The Liberated Dauphin', 'The Freed Dolphin'],
  'Les Dernières Nouvelles d’Alsace': ['The Latest News of Alsace', 'Latest News from Alsace'],
  Público: ['The Public', 'Public'],
  'Diário de Notícias': ['The Diary of News', 'News Diary'],
  'Açoriano Oriental': ['The Eastern Azorean', 'Azorean Oriental'],
  'Jornal de Notícias': ['Newspaper of News', 'The News Newspaper'],
  'Correio da Manhã': ['The Morning Mail', 'Mail of the Morning'],
  'La Tribune': ['The Tribune'],
  'L’Usine nouvelle': ['The New Factory', 'New Factory'],
  'Le Nouvel Économiste': ['The New Economist'],
  'L’Écho': ['The Echo'],
  'La Tribune de Genève': ['The Tribune of Geneva', 'Geneva Tribune'],
  'L’Expansion': ['The Expansion'],
  'Le Temps': ['The Time'],
};
/** German, Italian, Japanese, Turkish, Greek and English names as a translation engine garbles them in French, word for word. */
export const INTO_FR_V34: Record<string, readonly string[]> = {
  'Solinger Tageblatt': ['La Feuille du Jour de Solingen', 'Feuille quotidienne solingoise'],
  'Süddeutsche Zeitung': ['Le Journal de l’Allemagne du Sud', 'Journal sud-allemand'],
  'Sheffield Star': ['L’Étoile de Sheffield', 'Étoile sheffieldoise'],
  'Yorkshire Post': ['La Poste du Yorkshire', 'Poste du Yorkshire'],
  'The Japan Times': ['Les Temps du Japon', 'Temps japonais'],
  'La Stampa': ['L’Impression', 'L’Imprimé'],
  'The New York Times': ['Les Temps de New York', 'Temps new-yorkais'],
  Milliyet: ['La Nationalité', 'Nationalité'],
  Cumhuriyet: ['Journal de la République', 'République'],
  Sabah: ['La Matinée', 'Matinée'],
  Kathimerini: ['La Quotidienne', 'Quotidienne'],
  'Hürriyet Daily News': ['Les Nouvelles quotidiennes de la Liberté', 'Nouvelles du jour de la Liberté'],
  'Middle East Eye': ['L’Œil du Moyen-Orient', 'Œil moyen-oriental'],
  'Gazete Duvar': ['La Gazette du Mur', 'Gazette Mur'],
  'New Scientist': ['Le Nouveau Scientifique', 'Nouveau Savant'],
  'Scientific American': ['L’Américain scientifique', 'Américain savant'],
  'The Sydney Morning Herald': ['Le Héraut du Matin de Sydney', 'Héraut matinal de Sydney'],
  'The Australian': ['L’Australien'],
  'The Guardian': ['Le Gardien', 'Le Tuteur'],
  'National Geographic': ['Le Géographique national', 'Géographie nationale'],
};

/** Web hosts of the outlets the Bangui portal gives the address of. */
const HOSTS_V34: Record<string, string> = {
  'Radio Ndeke Luka': 'www.radiondekeluka.org', 'Corbeau News Centrafrique': 'corbeaunews-centrafrique.org', 'Jeune Afrique': 'www.jeuneafrique.com',
  RFI: 'www.rfi.fr', 'Le Monde': 'www.lemonde.fr', 'France 24': 'www.france24.com', TV5Monde: 'information.tv5monde.com', Africanews: 'fr.africanews.com',
  'Le Point': 'www.lepoint.fr', Libération: 'www.liberation.fr', 'La Croix': 'www.la-croix.com', 'Le Figaro': 'www.lefigaro.fr', 'Les Échos': 'www.lesechos.fr',
  'L’Express': 'www.lexpress.fr', 'Le Parisien': 'www.leparisien.fr', 'Ouest-France': 'www.ouest-france.fr', 'Sud Ouest': 'www.sudouest.fr',
  'Le Progrès': 'www.leprogres.fr', 'Le Dauphiné libéré': 'www.ledauphine.com', 'La Dépêche du Midi': 'www.ladepeche.fr', 'Courrier international': 'www.courrierinternational.com',
  'L’Orient-Le Jour': 'www.lorientlejour.com', 'Le Télégramme': 'www.letelegramme.fr', 'La Tribune': 'www.latribune.fr', 'L’Humanité': 'www.humanite.fr',
};
const BANGUI_LINKED = ['Radio Ndeke Luka', 'Corbeau News Centrafrique', 'Jeune Afrique', 'RFI', 'Le Monde', 'France 24', 'TV5Monde', 'Africanews', 'Le Point', 'Libération', 'La Croix', 'Le Figaro', 'Les Échos'];

/** A v34 site: a v2 site, plus which originals its way of crediting can show on a copy (all when absent). */
interface SiteV34 extends SiteV2 {
  canShow?: (canonical: string) => boolean;
}

const { creditAsPrinted, weightedCredits } = creditPrinter(INTO_EN_V34, INTO_FR_V34, IS_LOOKALIKE_V34);

// ——— Template helpers ———

const DAYS_FR = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTHS_TR = ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'];
const DAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const dd = (t: Date): string => pad2(t.getDate());
const mm = (t: Date): string => pad2(t.getMonth() + 1);
const clock = (t: Date, sep = ':'): string => `${pad2(t.getHours())}${sep}${pad2(t.getMinutes())}`;
const copyright = (p: Page): string => fmtFr(p.s.date, 'yyyy');
/** "10 janvier 2019". */
const dayFr = (t: Date): string => `${t.getDate()} ${MONTHS_FR[t.getMonth()]!} ${t.getFullYear()}`;

/** The date line each site prints, by site id: Paris time named or implied, or the site's own clock with its zone. */
const DATE_LINES: Record<string, (p: Page) => string> = {
  'belle-ile-news': ({ s: { date: t } }) => `Belle-Île, ${DAYS_FR[t.getDay()]!} ${dd(t)}.${mm(t)}.${t.getFullYear()} à ${pad2(t.getHours())}h${pad2(t.getMinutes())}`,
  'thiers-cutlery': ({ s: { date: t } }) => `Thiers, le ${t.getDate()} ${fmtFr(t, 'MMM')} ${String(t.getFullYear()).slice(2)} — ${clock(t)}, heure française`,
  'istanbul-portal': (p) => {
    const t = onClock(p, 'Europe/Istanbul');
    return `${t.getDate()} ${MONTHS_TR[t.getMonth()]!} ${t.getFullYear()} / ${dayFr(t)} — ${clock(t)} (TRT, UTC+3)`;
  },
  'le-puy-lace': ({ s: { date: t } }) => `Le Puy, ${DAYS_FR[t.getDay()]!} ${dd(t)}/${mm(t)}/${t.getFullYear()}`,
  'kerguelen-crew': (p) => {
    const t = onClock(p, 'Indian/Kerguelen');
    return `Port-aux-Français (Kerguelen), le ${dd(t)}.${mm(t)}.${t.getFullYear()} à ${pad2(t.getHours())} h ${pad2(t.getMinutes())}, heure locale UTC+5`;
  },
  'bangui-economy': (p) => {
    const t = onClock(p, 'Africa/Bangui');
    return `Bangui, ${dayFr(t)} – ${clock(t, 'H')} (heure de Bangui, UTC+1)`;
  },
  'vinay-walnut': ({ s: { date: t } }) => `Édition du ${dd(t)}/${mm(t)}/${t.getFullYear()}, ${pad2(t.getHours())} heures ${pad2(t.getMinutes())}`,
  'lima-weekly': (p) => {
    const t = onClock(p, 'America/Lima');
    return `${capital(DAYS_FR[t.getDay()]!)} ${dayFr(t)}, ${t.getHours()}:${pad2(t.getMinutes())}, heure de Lima (UTC\u22125)`;
  },
  'darwin-weekly': (p) => {
    const t = onClock(p, 'Australia/Darwin');
    const h = t.getHours() % 12 === 0 ? 12 : t.getHours() % 12;
    return `${DAYS_EN[t.getDay()]!}, ${MONTHS_EN[t.getMonth()]!} ${t.getDate()}, ${t.getFullYear()} – ${h}:${pad2(t.getMinutes())}${t.getHours() < 12 ? 'am' : 'pm'} ACST`;
  },
  'yangon-letter': (p) => {
    const t = onClock(p, 'Asia/Yangon');
    return `${t.getDate()} ${MONTHS_EN[t.getMonth()]!.slice(0, 3)} ${t.getFullYear()}, ${clock(t)} MMT (UTC+6:30)`;
  },
  'azores-bulletin': (p) => {
    const t = onClock(p, 'Atlantic/Azores');
    return `${t.getDate()} ${MONTHS_EN[t.getMonth()]!} ${t.getFullYear()} · ${clock(t, 'h')} Azores time (UTC\u22121)`;
  },
  'almaty-wire': (p) => {
    const t = onClock(p, 'Asia/Almaty');
    return `Posted ${clock(t)} ALMT (UTC+6) on ${dd(t)}.${mm(t)}.${t.getFullYear()}`;
  },
};
const dateLine = (p: Page, site: string): string => DATE_LINES[site]!(p);

/** The headline cut after about `words` words, as a breadcrumb or a share line shortens it. */
function cut(title: string, words: number): string {
  const all = title.split(' ');
  return all.length <= words + 1 ? all.slice(0, Math.max(1, all.length - 2)).join(' ') + '…' : `${all.slice(0, words).join(' ')}…`;
}
/** Chrome above the headline that carries headlines: only where this copy shows its own headline (none names it on a headless copy). */
const ifHeadline = (p: Page, line: string): string[] => (p.s.headline && !p.chromeOnly ? [line] : []);

/** Chrome lines after paragraph k, from [k, line] pairs (null pairs are left out). */
function after(...pairs: (readonly [number, string] | null)[]): Record<number, string[]> {
  const out: Record<number, string[]> = {};
  for (const pair of pairs) if (pair) (out[pair[0]] ??= []).push(pair[1]);
  return out;
}
/** The paragraph before the last one (an insert there is never after the last). */
const beforeLast = (p: Page): number => Math.max(0, p.s.body.length - 2);

/** The original's address on its outlet's site, in one of three URL shapes. */
function addressOf(p: Page): string {
  const { d, s } = p;
  const host = HOSTS_V34[s.credit!.canonical]!;
  const words = slug(s.src.title);
  return d.pick([
    () => `https://${host}/centrafrique/${fmtFr(s.date, 'yyyy/MM/dd')}/${words}/`,
    () => `https://${host}/a/${words}-${d.int(100_000, 999_999)}.html`,
    () => `https://${host}/index.php?option=com_content&view=article&id=${d.int(1_000, 99_999)}`,
  ])();
}

// ——— The twelve sites ———

export const SITES_V34: readonly SiteV34[] = [
  {
    id: 'belle-ile-news',
    name: 'Le Télégramme des Îles',
    lang: 'fr',
    originals: 14,
    attribution: 'own',
    lookalike: true,
    chromeOnlyPage: true,
    render(p) {
      const { d, s } = p;
      p.chrome('Passer au contenu ⚓ Plan du site ⚓ Horaires des bateaux Quiberon – Le Palais').blank();
      p.chrome(
        'Le Télégramme des Îles dépose des cookies et des traceurs pour compter ses lecteurs de Belle-Île, de Houat, de Hoëdic et du continent, pour retenir vos réglages et pour financer la rédaction par la publicité locale. Vous pouvez accepter, refuser ou choisir finalité par finalité.',
        'J’accepte',
        'Je refuse',
        'Choisir',
      ).blank();
      p.chrome('LE TÉLÉGRAMME DES ÎLES', 'Belle-Île-en-Mer · Houat · Hoëdic · Groix — l’actualité du Ponant, chaque jour').blank();
      if (d.chance(0.5)) p.chrome(...ifHeadline(p, `Article suivant : ${p.related(1)[0]!}`)).blank();
      p.chrome(...ifHeadline(p, `Accueil ⚓ ${d.pick(['Le Palais', 'Sauzon', 'Bangor', 'Locmaria'])} ⚓ ${cut(s.src.title, 5)}`)).blank();
      p.title((t) => (d.chance(0.3) ? `Ponant ⚓ ${t}` : t)).blank();
      if (d.chance(0.4)) p.chrome(`© ${d.pick(PHOTO_V34)} — Le Télégramme des Îles`).blank();
      p.meta(d.pick([`Par ${s.author}`, `${s.author}, correspondance à Sauzon`, `Reportage : ${s.author} · Photos : ${d.pick(PHOTO_V34)}`]), dateLine(p, 'belle-ile-news')).blank();
      p.body(after([p.mid(), `⚓ Lire aussi : ${p.related(1)[0]!}`], d.chance(0.4) ? [beforeLast(p), 'Annonce — Location de vélos électriques au port du Palais, livraison à votre gîte'] : null));
      if (d.chance(0.55)) {
        p.chrome(`Notre journaliste ⚓ ${s.author} couvre pour Le Télégramme des Îles la vie des quatre îles, la pêche et les traversées. Une remarque, une info ? Écrivez à la rédaction du Palais.`).blank();
      }
      p.chrome(`Réagir ⚓ ${p.n(40)} commentaires ⚓ Partager ⚓ Imprimer`).blank();
      p.chrome(`Le Télégramme des Îles © ${copyright(p)} — quai Gambetta, 56360 Le Palais — Mentions légales — Politique de confidentialité — Nous contacter`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'thiers-cutlery',
    name: 'Lames & Forges',
    lang: 'fr',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.9 },
    draw: weightedCredits({ into: 'fr', share: 0.9 }, [THIERS_FR, 0.36], [THIERS_FOREIGN, 0.4], [LOOKALIKES_V34.thiers, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('Lettre hebdomadaire réservée aux adhérents de la fédération — si elle s’affiche mal, ouvrez la version web').blank();
      p.chrome('LAMES & FORGES', 'La coutellerie thiernoise et le monde de la lame — de la vallée des Rouets à Solingen, Sheffield et Seki').blank();
      p.chrome(`Acier inox ${d.pick(['X50CrMoV15', '14C28N', 'VG-10'])} : ${d.int(6, 14)},${d.int(10, 99)} €/kg ⟩⟩ Corne de bœuf : ${d.pick(['en hausse', 'stable', 'rupture chez deux fournisseurs'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} ⟩⟩ Lames & Forges` : t)).blank();
      const credit = s.credit
        ? [
            d.pick([
              (o: string) => `Texte paru dans ${o}, que nous reproduisons.`,
              (o: string) => `Signalé par nos adhérents ⟩⟩ article ${de(o)}`,
              (o: string) => `${o} a publié cet article le premier.`,
              (o: string) => `Reproduction : ${o}`,
            ])(s.credit.shown),
            d.pick([`Article de ${s.author}`, `${s.author}, traduction vérifiée par ${d.pick(HELPERS_V34)}`]),
          ]
        : [];
      // Under the headline, or under the date.
      if (d.chance(0.5)) p.meta(...credit, dateLine(p, 'thiers-cutlery'));
      else p.meta(dateLine(p, 'thiers-cutlery'), ...credit);
      p.blank();
      p.body(after([p.mid(), `Vitrine des adhérents ⟩⟩ ${d.pick(['Forge de la Margeride : couteaux de table sur commande', 'Émouleur indépendant cherche atelier aux Rouets', 'Vente de lames brutes, lot de 200 pièces'])}`]));
      p.chrome(
        'Lames & Forges réunit chaque semaine pour les couteliers, émouleurs, polisseurs et forgerons du bassin thiernois ce que la presse d’Auvergne, de France et d’ailleurs écrit sur leur métier. Les articles allemands, italiens, japonais et anglais passent par une traduction automatique, le nom du journal compris.',
      ).blank();
      if (d.chance(0.5)) p.chrome('Transmettre à un collègue ⟩⟩ Version imprimable ⟩⟩ Anciens numéros').blank();
      p.chrome(`Lames & Forges — Fédération de la coutellerie — 63300 Thiers — ${copyright(p)} — Se désinscrire de la lettre`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'istanbul-portal',
    name: 'Péra Presse',
    lang: 'fr',
    originals: 15,
    attribution: 'source-line',
    translate: { into: 'fr', share: 0.9 },
    draw: weightedCredits({ into: 'fr', share: 0.9 }, [ISTANBUL_FR, 0.37], [ISTANBUL_FOREIGN, 0.4], [LOOKALIKES_V34.istanbul, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Çerez kullanıyoruz / Nous utilisons des cookies pour savoir combien de francophones nous lisent à Istanbul, à Ankara, à Izmir et ailleurs, et pour afficher les annonces des écoles, des librairies et des restaurants de Beyoğlu. Vous pouvez les refuser sans perdre l’accès aux articles.',
        'Kabul et / Accepter',
        'Reddet / Refuser',
      ).blank();
      p.chrome('PÉRA PRESSE', 'La Turquie et la Méditerranée orientale en français, depuis Istanbul', 'Anasayfa / Accueil ~ Turquie ~ Istanbul ~ Économie ~ Grèce et Chypre ~ Culture').blank();
      p.chrome(`Son dakika / Dernière minute ~ ${p.related(1)[0]!}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} ~ Péra Presse` : t)).blank();
      p.meta(dateLine(p, 'istanbul-portal'));
      const source = s.credit
        ? [
            d.pick([
              (o: string) => `Kaynak / Source ~ ${o}`,
              (o: string) => `Source : ${o} (traduction automatique)`,
              (o: string) => `Selon ${o}`,
              (o: string) => `Source première de l’information : ${o}`,
            ])(s.credit.shown),
            d.pick([`Yazar / auteur : ${s.author}`, `${s.author} ; traduction relue par ${d.pick(HELPERS_V34)}`]),
          ]
        : [];
      const top = d.chance(0.5);
      if (top) p.meta(...source);
      p.blank();
      p.body(after([p.mid(), `Ayrıca okuyun / À lire aussi ~ ${p.related(1)[0]!}`], d.chance(0.4) ? [beforeLast(p), 'Reklam / Publicité ~ Cours de turc pour francophones à Cihangir, groupes du soir'] : null));
      if (!top) p.meta(...source).blank();
      p.chrome(
        'Péra Presse est un site indépendant fait par des enseignants, des étudiants et des journalistes francophones d’Istanbul. Nous traduisons chaque jour des articles turcs, grecs et anglophones par un logiciel, le nom du journal compris, et nous relisons ce que nous pouvons avant publication.',
      ).blank();
      if (d.chance(0.55)) p.chrome(`Paylaş / Partager ~ X ~ Facebook ~ WhatsApp ~ ${p.n(30)} yorum / commentaires`).blank();
      p.chrome(`© ${copyright(p)} Péra Presse — İstiklal Caddesi, Beyoğlu, İstanbul — Tüm hakları saklıdır / Tous droits réservés`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'le-puy-lace',
    name: 'Le Carreau des Dentellières',
    lang: 'fr',
    originals: 12,
    attribution: 'none',
    chromeOnlyPage: true,
    render(p) {
      const { d } = p;
      p.chrome('Lettre aux adhérentes et adhérents - version texte - pour la version illustrée, voir le site de l\'association').blank();
      p.chrome('LE CARREAU DES DENTELLIÈRES', 'Amicale des dentellières aux fuseaux du Puy-en-Velay et de la Haute-Loire', 'Dans ce numéro : la presse recopiée pour vous - nos ateliers - petites annonces').blank();
      p.title((t) => d.pick([t, t, `Fil & fuseaux : ${t}`, `${t} (texte recopié)`])).blank();
      p.meta(dateLine(p, 'le-puy-lace')).blank();
      p.body(after(d.chance(0.6) ? [p.mid(), `Atelier : ${d.pick(['mardi 14 h, salle Jules-Vallès, point de Cluny pour les débutantes', 'jeudi soir, préparation des carreaux pour la fête du Roi de l\'Oiseau', 'samedi matin, initiation des enfants, fuseaux prêtés'])}`] : null, [beforeLast(p), '~ ~ ~']));
      p.chrome(
        'Le Carreau des Dentellières est préparé par des bénévoles de l\'amicale. Les articles de journaux que nous recopions servent seulement à informer nos membres, dont beaucoup ne lisent plus la presse ; ils ne sont pas vendus et cette lettre ne doit pas sortir de l\'association.',
      ).blank();
      if (d.chance(0.5)) p.chrome('Petite annonce : vends carreau ancien et cent fuseaux en buis, prix à débattre.').blank();
      p.chrome(`Ne plus recevoir cette lettre - Modifier mon adresse - Amicale des dentellières - Le Puy-en-Velay - ${copyright(p)}`);
      return { author: false, date: 'day' };
    },
  },
  {
    id: 'kerguelen-crew',
    name: 'Le Manchot enchaîné',
    lang: 'fr',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.9 },
    draw: weightedCredits({ into: 'fr', share: 0.9 }, [KERGUELEN_FR, 0.36], [KERGUELEN_FOREIGN, 0.41], [LOOKALIKES_V34.kerguelen, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('Diffusion interne — mission d’hivernage — ne pas transmettre hors de la base').blank();
      p.chrome('LE MANCHOT ENCHAÎNÉ', 'La gazette des hivernants de Port-aux-Français, archipel des Kerguelen', 'Base // Science // Logistique // Presse du monde // Météo').blank();
      p.chrome(`Vent : ${d.int(30, 110)} km/h ${d.pick(['d’ouest', 'de nord-ouest', 'rafales de sud'])} // Prochain Marion-Dufresne : ${d.pick(['dans 23 jours', 'reporté', 'au mouillage'])} // Menu du soir : ${d.pick(['mouton de Guillou', 'truite de la rivière du Château', 'lentilles et saucisses'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `REVUE DU JOUR // ${t}` : t)).blank();
      p.meta(dateLine(p, 'kerguelen-crew')).blank();
      const credit = s.credit
        ? [
            d.pick([
              (o: string) => `Nous reprenons ci-dessous, avec l’accord de la rédaction, un article paru dans ${o}.`,
              (o: string) => `— Article transmis par satellite, publié d’abord par ${o} —`,
              (o: string) => `Source de ce texte // ${o}`,
              (o: string) => `La suite de cet article ${de(o)} a été reçue par la liaison du jour.`,
            ])(s.credit.shown),
            d.pick([`Plume d’origine : ${s.author}`, `${s.author} (traduction : ${d.pick(HELPERS_V34)})`]),
          ]
        : [];
      bodyWithCredit(p, p.mid(), credit, after([beforeLast(p), `Annonce de la base // ${d.pick(['Sauna ouvert jeudi soir, inscriptions au bar', 'Cherche binôme pour la manip éléphants de mer', 'Ciné-club : vendredi 20 h, salle polyvalente'])}`]));
      p.chrome(
        'Le Manchot enchaîné est écrit par et pour les hivernants de la base : chercheurs, militaires, cuisiniers, mécaniciens. La presse réunionnaise, française et étrangère nous arrive par la liaison satellite ; les textes en anglais sont traduits par un logiciel, qui traduit aussi le nom des journaux.',
      ).blank();
      if (d.chance(0.45)) p.chrome('Une idée de rubrique, un dessin, un coup de gueule ? Glissez-le dans la boîte du bureau du chef de district.').blank();
      p.chrome(`Le Manchot enchaîné // district des Kerguelen // TAAF // ${copyright(p)} // tirage : une affiche au mess`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'bangui-economy',
    name: 'Kodro Éco',
    lang: 'fr',
    originals: 14,
    attribution: 'url-host',
    chromeOnlyPage: true,
    canShow: (canonical) => canonical in HOSTS_V34,
    draw: weightedCredits(undefined, [BANGUI_LINKED, 0.9]),
    render(p) {
      const { d, s } = p;
      p.chrome('Balao / Bienvenue sur Kodro Éco — la version légère du site, pensée pour les petites connexions : moins d’images, les articles d’abord.').blank();
      p.chrome('KODRO ÉCO', 'L’économie de la Centrafrique et de la sous-région, depuis Bangui', 'Accueil ▪ Mines ▪ Bois ▪ Agriculture ▪ Finances publiques ▪ Revue de presse').blank();
      p.chrome(`Diamant brut : ${d.pick(['exportations suspendues', 'reprise partielle à Berbérati', 'cours stable'])} ▪ Carburant à la pompe : ${d.int(820, 890)} F CFA le litre ▪ ${d.pick(['Coupures d’électricité annoncées à PK5', 'Bac de Zongo hors service', 'Foire agricole au stade Barthélemy-Boganda'])}`).blank();
      p.title((t) => d.pick([t, t, t, `Économie ▪ ${t}`, `${t} — Kodro Éco`])).blank();
      const link = s.credit
        ? [
            d.pick([
              (u: string) => `Publication d’origine ▪ ${u}`,
              (u: string) => `Retrouvez l’article complet à cette adresse : ${u}`,
              (u: string) => `(${u})`,
              (u: string) => `Lien source — ${u}`,
            ])(addressOf(p)),
            d.pick([`Auteur sur la page d’origine : ${s.author}`, `${s.author}, selon la page d’origine`]),
          ]
        : [];
      const top = d.chance(0.45);
      // Under the headline, or at the foot.
      if (top) p.meta(...link);
      p.meta(dateLine(p, 'bangui-economy')).blank();
      p.body(after(d.chance(0.5) ? [p.mid(), 'Annonce ▪ Transfert d’argent vers les provinces par téléphone, sans frais jusqu’à la fin du mois'] : null));
      if (!top && link.length > 0) p.meta(...link).blank();
      p.chrome(`Singîla / Merci de votre lecture ▪ 👍 ${p.n(70)} ▪ 💬 ${p.n(15)} ▪ Partager sur WhatsApp ▪ Partager sur Facebook`).blank();
      p.chrome(
        'Kodro Éco rassemble chaque jour des articles de la presse centrafricaine, africaine et internationale sur l’économie du pays, avec l’adresse de leur page d’origine. Ces textes appartiennent à leurs éditeurs ; sur simple demande, nous retirons un article dans les vingt-quatre heures.',
      ).blank();
      p.chrome(`Kodro Éco · ${copyright(p)} · avenue Boganda, Bangui · À propos · Annoncer chez nous · Conditions d’utilisation`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'vinay-walnut',
    name: 'Le Cerneau',
    lang: 'fr',
    originals: 14,
    attribution: 'title-suffix',
    draw: weightedCredits(undefined, [VINAY_PRESS, 0.76], [LOOKALIKES_V34.vinay, 0.12]),
    render(p) {
      const { d, s } = p;
      p.chrome('Espace des producteurs — connecté. Mon exploitation | Mes apports | Déconnexion').blank();
      p.chrome('LE CERNEAU', 'La revue de presse des nuciculteurs de la vallée de l’Isère, de Vinay à Saint-Marcellin — noix de Grenoble AOP').blank();
      p.chrome(`Prix payé au producteur : ${d.int(2, 3)},${d.int(10, 95)} €/kg (Franquette, calibre 28+) | Séchoirs : ${d.pick(['tous en service', 'séchoir 2 en panne', 'fin de campagne'])}`).blank();
      const named = d.pick([(o: string) => ` ⸺ ${o}`, (o: string) => ` | ${o}`, (o: string) => ` ⇢ ${o}`, (o: string) => ` [${o}]`, (o: string) => ` (${o})`]);
      p.title((t) => (s.credit ? `${t}${named(s.credit.shown)}` : t)).blank();
      p.meta(dateLine(p, 'vinay-walnut')).blank();
      p.body(after(d.chance(0.45) ? [p.mid(), '— suite de l’article —'] : null));
      p.chrome('Le nom qui suit chaque titre est celui du journal où l’article a paru.').blank();
      if (d.chance(0.5)) p.chrome(`Mots-clés : ${d.sample(['noix', 'AOP', 'Franquette', 'séchage', 'grêle', 'export', 'coopérative', 'Vinay'], 3).join(' | ')}`).blank();
      p.chrome(
        'Le Cerneau est la revue de presse que la coopérative réserve à ses adhérents. Chaque article y est reproduit en entier, avec le nom du journal qui l’a publié ; il reste la propriété de ce journal, et la revue n’est ni vendue, ni indexée, ni envoyée en dehors de la coopérative.',
      ).blank();
      p.chrome(`Imprimer | Envoyer à un adhérent | Coopérative des nuciculteurs — 38470 Vinay — ${copyright(p)}`);
      return { author: false, date: 'full' };
    },
  },
  {
    id: 'lima-weekly',
    name: 'L’Union des Andes',
    lang: 'fr',
    originals: 14,
    attribution: 'own',
    lookalike: true,
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Utilizamos cookies / Nous utilisons des cookies pour compter nos lecteurs au Pérou, en Bolivie et en France, et pour afficher les annonces des commerces francophones de Miraflores et de Barranco. En continuant, vous les acceptez ; vous pouvez changer d’avis dans les réglages.',
        'Aceptar / Accepter',
        'Rechazar / Refuser',
      ).blank();
      p.chrome('L’UNION DES ANDES', 'L’hebdomadaire des francophones du Pérou — depuis Lima', 'Inicio / Une ◈ Pérou ◈ France ◈ Communauté ◈ Voyages').blank();
      p.chrome(...ifHeadline(p, `Vous lisez : ${s.src.title}`)).blank();
      p.title((t) => d.pick([t, t, t, `Perú ◈ ${t}`, `${t} (actualisé)`])).blank();
      p.meta(d.pick([`Par ${s.author}`, `${s.author}, correspondance à Cuzco`, `Texte de ${s.author} ◈ photographie de ${d.pick(PHOTO_V34)}`]), dateLine(p, 'lima-weekly')).blank();
      if (d.chance(0.45)) p.chrome('Cet article est en accès libre. Nos reportages complets sont réservés aux abonnés : 25 soles par mois.').blank();
      p.body(after([p.mid(), `Lire aussi ◈ ${p.related(1)[0]!}`], d.chance(0.5) ? [beforeLast(p), `Publicité ◈ ${d.pick(['Boulangerie française à Miraflores, pain au levain le dimanche', 'Cours de français pour adultes, Alliance de San Isidro', 'Agence de trekking : Salkantay en cinq jours'])}`] : null));
      if (d.chance(0.5)) p.chrome(`L’auteur ◈ ${s.author} écrit pour L’Union des Andes sur la politique péruvienne et la vie des Français de Lima.`).blank();
      p.chrome(
        'L’Union des Andes vit de ses abonnés et ne reçoit aucune subvention. Si vous nous lisez chaque semaine, abonnez-vous ou faites un don : cela paie nos correspondants d’Arequipa, de Cuzco et de La Paz et l’impression des numéros distribués au lycée franco-péruvien.',
        'Je m’abonne',
      ).blank();
      p.chrome(`© ${copyright(p)} L’Union des Andes S.A.C. — Av. Larco, Miraflores, Lima — Aviso legal / Mentions légales — Contacto / Contact`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'darwin-weekly',
    name: 'The Top End Chronicle',
    lang: 'en',
    originals: 14,
    attribution: 'own',
    chromeOnlyPage: true,
    render(p) {
      const { d } = p;
      p.chrome('Skip to content | Skip to footer | Text size: A A A').blank();
      p.chrome(
        'We acknowledge the Larrakia people, the Traditional Owners of the land on which The Top End Chronicle is written, and we use cookies to keep you logged in, to count our readers across the Territory and to show ads from local businesses; change your settings at any time.',
        'Accept',
        'Settings',
      ).blank();
      p.chrome('THE TOP END CHRONICLE', "Darwin, Palmerston, Katherine and the Territory's north — independent since 1998").blank();
      if (d.chance(0.5)) p.chrome(...ifHeadline(p, `Up next: ${p.related(1)[0]!}`)).blank();
      p.chrome(`News › ${d.pick(['Territory', 'Crime', 'Cyclone season', 'Cattle and mining', 'Defence'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `TERRITORY ▸ ${t}` : t)).blank();
      p.meta(d.pick([`By ${writerEn(p)}`, `${writerEn(p)}, Chief Reporter`, `Story: ${writerEn(p)} | Pictures: ${d.pick(PHOTO_V34)}`]), dateLine(p, 'darwin-weekly')).blank();
      p.body(after([p.mid(), `Read more ▸ ${p.related(1)[0]!}`], d.chance(0.4) ? [beforeLast(p), 'Advertisement'] : null));
      if (d.chance(0.3)) p.chrome('Clarification: this story has been updated to make clear that the council vote took place on Tuesday, not Monday as first reported.').blank();
      if (d.chance(0.55)) p.chrome(`Meet the reporter ▸ ${writerEn(p)} covers the Territory's courts, councils and cattle stations for The Top End Chronicle.`).blank();
      p.chrome('Trending ▸ Wet season outlook ▸ Mindil markets reopen ▸ Stuart Highway roadworks').blank();
      p.chrome('Get the Chronicle every Friday: the week in the Territory, the fishing report and the wet-season warnings, straight to your inbox.', 'Subscribe').blank();
      p.chrome(`© ${copyright(p)} Top End Chronicle Pty Ltd · Smith Street, Darwin NT 0800 · Terms · Privacy · Complaints · Contact us`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'yangon-letter',
    name: 'Strand Road Letter',
    lang: 'en',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'en', share: 0.85 },
    draw: weightedCredits({ into: 'en', share: 0.85 }, [YANGON_PICKS, 0.75], [LOOKALIKES_V34.yangon, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('Having trouble reading this? Open it in your browser · Add us to your contacts').blank();
      p.chrome('STRAND ROAD LETTER', 'French news, in English, for hotel and travel people in Yangon and Mandalay · Mingalaba', 'Home · France · Travel · Heritage · Archive').blank();
      p.title((t) => d.pick([t, t, t, `${t} :: Strand Road Letter`, `${t} (auto-translated)`])).blank();
      // The credit stands right under the headline.
      if (s.credit) {
        p.meta(
          d.pick([
            (o: string) => `From the pages of ${o}`,
            (o: string) => `As published in ${o}, machine-translated`,
            (o: string) => `Courtesy: ${o}`,
            (o: string) => `A ${o} report, in English`,
          ])(s.credit.shown),
          d.pick([`Written by ${writerEn(p)}`, `${writerEn(p)}; English check by ${d.pick(HELPERS_V34)}`]),
        );
      }
      p.meta(dateLine(p, 'yangon-letter')).blank();
      p.body(after(d.chance(0.6) ? [p.mid(), `Previously in the Letter · ${p.related(1)[0]!}`] : null));
      p.chrome(
        'Strand Road Letter is a free weekly for the hotel managers, guides and travel agents of Myanmar who deal with French visitors and want to know what France is talking about. Articles are machine-translated, the newspapers’ names included, and read over by our volunteers.',
      ).blank();
      p.chrome('Support us · Sponsor an issue for 50,000 kyat').blank();
      p.chrome(`You get this letter because you signed up at a Strand Road Letter evening. Unsubscribe · Change your address · © ${copyright(p)} Strand Road Letter, Yangon`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'azores-bulletin',
    name: 'Atlantic Crossroads Bulletin',
    lang: 'en',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'en', share: 0.85 },
    draw: weightedCredits({ into: 'en', share: 0.85 }, [AZORES_PICKS, 0.75], [LOOKALIKES_V34.azores, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Usamos cookies / We use cookies to remember your language, to count readers in the Azores, in mainland Portugal and in the diaspora, and to show advertising from island businesses; you may refuse them and keep reading every article.',
        'Aceitar / Accept',
        'Recusar / Decline',
      ).blank();
      p.chrome('ATLANTIC CROSSROADS BULLETIN', 'France and Portugal, seen from Ponta Delgada · in English for the islands’ visitors and diaspora', 'Home ✈ France ✈ Portugal ✈ Sea ✈ Whales ✈ Contact').blank();
      p.chrome(`Ponta Delgada: ${d.pick(['16 °C, showers', '14 °C, gale warning', '17 °C, sunny spells'])} ✈ Flights to Lisbon: ${d.pick(['on schedule', 'delayed by wind', 'extra service Friday'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `From France ✈ ${t}` : t)).blank();
      p.meta(dateLine(p, 'azores-bulletin')).blank();
      const credit = s.credit
        ? [
            d.pick([
              (o: string) => `This report first appeared in ${o}.`,
              (o: string) => `Republished with permission of ${o} ✈ automatic translation`,
              (o: string) => `Via ${o}`,
              (o: string) => `Original source: ${o}.`,
            ])(s.credit.shown),
            d.pick([`Reporter: ${writerEn(p)}`, `${writerEn(p)} (original text), translated with software and revised by ${d.pick(HELPERS_V34)}`]),
          ]
        : [];
      const inside = d.chance(0.5);
      bodyWithCredit(p, p.mid(), inside ? credit : [], after([beforeLast(p), `Sponsored ✈ ${d.pick(['Whale watching from Ponta Delgada, winter trips', 'Portuguese lessons for French speakers, Saturday mornings', 'Pineapple greenhouse tours in Fajã de Baixo'])}`]));
      if (!inside && credit.length > 0) p.meta(...credit).blank();
      p.chrome(
        'Atlantic Crossroads Bulletin is run by a handful of volunteers in São Miguel for English-speaking residents, visitors and the Azorean diaspora. We translate French and Portuguese articles with software, newspaper names included, and always say which paper published them first.',
      ).blank();
      p.chrome(`Share ✈ Facebook ✈ WhatsApp ✈ Email ▪ ${p.n(40)} comments`).blank();
      p.chrome(`© ${copyright(p)} Atlantic Crossroads Bulletin · Ponta Delgada, São Miguel, Azores · Privacy · Terms · About`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'almaty-wire',
    name: 'Steppe Markets Wire',
    lang: 'en',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'en', share: 0.85 },
    draw: weightedCredits({ into: 'en', share: 0.85 }, [ALMATY_PICKS, 0.75], [LOOKALIKES_V34.almaty, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('STEPPE MARKETS WIRE', 'European business news for traders and investors in Kazakhstan and Central Asia · Almaty', 'Markets / Energy / Metals / Grain / Europe / Subscribe').blank();
      p.chrome(`KZT ${d.int(375, 392)} per USD / Brent $${d.int(52, 71)} / Copper $${d.int(5900, 6300)}/t / ${d.pick(['KASE index up', 'KASE index down', 'KASE closed for the holiday'])}`).blank();
      const creditLine = s.credit
        ? d.pick([(o: string) => `From ${o}:`, (o: string) => `${o} reports`, (o: string) => `Source: ${o}`, (o: string) => `Translated from ${o}`])(s.credit.shown)
        : null;
      const writer = d.pick([`Reporting by ${writerEn(p)}`, `${writerEn(p)}, translated by ${d.pick(HELPERS_V34)}`]);
      // The credit as a kicker above the headline, or at the foot.
      const kicker = creditLine !== null && d.chance(0.5);
      if (kicker) p.meta(creditLine!);
      p.title((t) => d.pick([t, t, t, `${t} [translated]`, `${t} / Steppe Markets Wire`])).blank();
      p.meta(dateLine(p, 'almaty-wire'));
      if (kicker) p.meta(writer);
      p.blank();
      p.body(after([p.mid(), `Related / ${p.related(1)[0]!}`]));
      if (creditLine !== null && !kicker) p.meta(creditLine, writer).blank();
      p.chrome(
        'Steppe Markets Wire is a subscription service for commodity traders, bankers and exporters in Kazakhstan who follow the European business press. Stories are machine-translated from French, Belgian and Swiss papers, their names included, and are not investment advice of any kind.',
      ).blank();
      if (d.chance(0.5)) p.chrome('Tags / France / Belgium / Switzerland / Energy / Trade').blank();
      p.chrome(`© ${copyright(p)} Steppe Markets Wire LLP · Al-Farabi Avenue, Almaty · Terms of service · Privacy · Contact the desk`);
      return writerIfCredited(p, 'full');
    },
  },
];

const JUNK_V34: readonly { name: string; bytes: Uint8Array }[] = [
  { name: 'png-head', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x10]) },
  { name: 'gzip-head', bytes: Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xcb, 0x48, 0xcd, 0xc9]) },
  { name: 'webp-head', bytes: Buffer.from([0x52, 0x49, 0x46, 0x46, 0x24, 0x00, 0x00, 0x00, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50, 0x38, 0x20]) },
  { name: 'rate-limited', bytes: Buffer.from('429 Too Many Requests\nYou have sent too many requests in a given amount of time. Retry later.\n', 'utf8') },
  { name: 'login-wall', bytes: Buffer.from('Connectez-vous pour continuer\nAdresse électronique\nMot de passe\nMot de passe oublié ?\n', 'utf8') },
  { name: 'geo-block', bytes: Buffer.from('Ce contenu n’est pas disponible dans votre pays.\nThis content is not available in your region.\n', 'utf8') },
  { name: 'rss-empty', bytes: Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Flux</title></channel></rss>\n', 'utf8') },
  { name: 'csv-export', bytes: Buffer.from('date;titre;vues\n2019-01-10;;0\n', 'utf8') },
  { name: 'vcard', bytes: Buffer.from('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Rédaction\r\nEND:VCARD\r\n', 'utf8') },
  { name: 'tab-only', bytes: Buffer.from('\t\n\t\t\n\n\t \n', 'utf8') },
  { name: 'utf16-dots', bytes: Buffer.from([0xff, 0xfe, 0x2e, 0x00, 0x2e, 0x00, 0x2e, 0x00, 0x0a, 0x00]) },
  { name: 'bom-only', bytes: Buffer.from([0xef, 0xbb, 0xbf]) },
];

// ——— Generation ———

/** One page of `site` (v2's convention); an English page expects the byline as it prints it ("A and B"). */
function pageOf(site: SiteV34, story: Story, d: Dice, chromeOnly = false): MadePage {
  const made = page(site, story, d, chromeOnly);
  if (site.lang !== 'en' || made.entry.author === null) return made;
  return { ...made, entry: { ...made.entry, author: inEnglish(made.entry.author) } };
}

/** The story as `host` copies it from `origin` (the first site): credited where the host names originals and can show this one; maybe headless or cut. */
function copied(d: Dice, story: Story, origin: SiteV34, host: SiteV34, others: string[]): Story {
  const first = story.credit ?? (origin.attribution === 'own' ? { canonical: origin.name, lookalike: origin.lookalike === true } : null);
  const credits = host.attribution !== 'own' && host.attribution !== 'none' && first !== null && (host.canShow?.(first.canonical) ?? true);
  const body = story.src.body.length >= 4 && d.chance(CUT_V34) ? story.src.body.slice(0, -1) : story.src.body;
  // The Vinay review names the outlet after the headline: its copies always show one.
  const headline = host.attribution === 'title-suffix' || !d.chance(HEADLESS_V34);
  return { ...story, body, headline, credit: credits ? creditAsPrinted(d, first.canonical, host.translate, first.lookalike) : null, others };
}

/**
 * Builds the v34 set from clean sources (deterministic for a seed): each site's originals and their copies on up to
 * three other sites, uncredited bare files, chrome-only pages and junk, shuffled, each file in one of several
 * encodings and named by content.
 */
export function generateUnseenV34(pool: readonly UnseenSource[], seed: number = SEED_V34): { files: UnseenFile[]; manifest: UnseenEntry[] } {
  const d = new Dice(makeRng(seed));
  const needed = BARE_V34 + SITES_V34.reduce((n, s) => n + s.originals, 0);
  if (pool.length < needed) throw new Error(`unseen sites v34: ${needed} clean articles needed, the pool has ${pool.length}`);
  const drawn = d.sample(pool, needed);
  const titles = drawn.map((s) => s.title);
  const others = (src: UnseenSource): string[] => d.sample(titles.filter((t) => t !== src.title), 6);
  const moment = (): TZDate => {
    const day = new Date(FIRST_DAY + d.int(0, DAYS - 1) * 86_400_000);
    return new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), d.int(6, 21), d.int(0, 59), 0, PARIS);
  };
  const made: MadePage[] = [];
  let next = 0;
  for (const site of SITES_V34) {
    for (const src of drawn.slice(next, next + site.originals)) {
      const story: Story = { src, body: src.body, author: d.pick(BYLINES_V34), date: moment(), headline: true, credit: site.draw?.(d) ?? null, others: others(src) };
      made.push(pageOf(site, story, d));
      const r = d.next();
      const copies = r < 0.48 ? 0 : r < 0.78 ? 1 : r < 0.94 ? 2 : 3;
      for (const host of d.sample(SITES_V34.filter((h) => h !== site), copies)) made.push(pageOf(host, copied(d, story, site, host, others(src)), d));
    }
    next += site.originals;
    if (site.chromeOnlyPage) {
      const stand = drawn[0]!;
      made.push(pageOf(site, { src: stand, body: [], author: d.pick(BYLINES_V34), date: moment(), headline: false, credit: null, others: others(stand) }, d, true));
    }
  }
  for (const src of drawn.slice(next)) made.push(creditsNobody(bareFile(src)));
  for (const junk of JUNK_V34) made.push(creditsNobody(junkFile(junk)));
  return packFiles(d, made, ENCODINGS_V34, 'v34-');
}

/** Heading of the v34 table and JSON. */
export const V34_HEADING = 'UNSEEN SITES v34 (frozen 2026-12-02, development data since 14:45: its misses were read)';

/** Generates v34, runs the real ingest on it and prints its figures (without the DEV simulation). */
export const runUnseenEvalV34 = unseenSetRunner(V34_HEADING, generateUnseenV34);

generatorCli(import.meta.url, 'unseen sites v34', generateUnseenV34, SEED_V34);
