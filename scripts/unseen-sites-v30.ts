/**
 * Generates the unseen-sites v30 evaluation set (frozen until 2026-12-02 06:45, development data since) (issue 8): twelve more ordinary news sites, of kinds and places no earlier set had.
 *
 * DEVELOPMENT DATA since 2026-12-02 06:45 (v32 is the frozen set; its misses may be read). It was a FROZEN SET, written without reading the rules on 2026-12-02. Written without reading the ingest rules
 * (src/ingest/), the word lists and outlet list (src/data/), the renderer, pages, components and build
 * (src/pages/, src/components/, src/build/), the README's rule descriptions, the git history, or any score of any
 * set (the scorer, src/eval/unseen-sites.ts, was read for its types and conventions; no bench/*.json was opened),
 * and without opening the frozen v21, v22, v23 and v25 generators; of the earlier sets only the shared scaffolding
 * (scripts/unseen-sites.ts, v2's `page` and `SiteV2`, simulate-heldout's `Dice` and encodings, scripts/rng.ts),
 * v29's generator and test (for the format, the frozen-set mechanics and the scaffolding calls, not their sites
 * or wordings), tests/unit/unseen-answers.ts, the wiring of v29 in src/cli/eval.ts and package.json, and the site
 * lists in the headers of v3–v20, v24 and v26–v29 (to pick other kinds and places) were read. The sites, outlets,
 * credit wordings, translations, title decorations, date formats, time zones, junk and chrome here are new.
 * Nobody tunes rules against it: do not read its misses (`--show` stays 0) while changing rules, and do not edit
 * its templates, wordings or seed to move a score. When it is read, freeze a v31 and call this one development
 * data. Its one deliberate first scoring is to be recorded in bench/unseen-sites-v30.json.
 *
 * `npm run eval:unseen` scores v1 to v29 then this set (`npm run eval:unseen:v30`, or `npm run eval -- --unseen
 * --unseen-set v30`, for this one only); `npx tsx scripts/unseen-sites-v30.ts --out DIR` only writes the folder
 * and its manifest (the v1 format, with v2's `outletEvidence`).
 *
 * The twelve sites: a Gaspésie regional weekly in Gaspé (Québec) whose own name begins like an Ottawa–Gatineau
 * daily's (a look-alike, its own reporters and correspondents, some pieces written by two; its times in Eastern
 * time, "HNE"), a farming paper of the Broye in Payerne (canton of Vaud, Switzerland) crediting Swiss romand,
 * local and French farm papers, German-language Swiss and English-language farm outlets translated into French
 * word for word and look-alike titles (the credit at the top; a Swiss two-digit-year date with "14.05 h"), a
 * French-language portal in Zahlé (Bekaa, Lebanon) with a source line at the top or the foot naming Lebanese
 * francophone and French outlets, Arabic and English-language Middle East outlets garbled into French and
 * look-alike titles (its times in Beirut time, GMT+2), a lighthouse heritage association's letter on Ouessant
 * (Finistère) crediting nobody (the day only), a sports site in Saint-Paul (La Réunion) whose own name begins
 * like a Réunion daily's (a look-alike, its own reporters; Réunion time, "RET, UTC+4"), a nickel-mining
 * newsletter in Koné (Province Nord, New Caledonia) crediting Caledonian, French and business papers,
 * English-language Australian, Pacific and mining outlets garbled into French and look-alike titles (its times in
 * Nouméa time, GMT+11, often the next day; the credit inside the text), a culture site in Saint-Louis (Senegal)
 * pointing to the original's address at the top or the foot (its times in GMT), a salt-workers' cooperative's
 * press review in Guérande (Loire-Atlantique) keeping the original's name after the headline, an English-language
 * community weekly in Whitehorse (Yukon; its own reporters, some pieces written by two, Pacific time, PST =
 * UTC−8, often the day before, 12-hour clock), an English-language St. John's (Newfoundland) site on
 * Saint-Pierre-et-Miquelon and France translating French, Saint-Pierre, Acadian and maritime papers' names into
 * English word for word (Newfoundland time, NST = UTC−3:30, a half-hour zone; the credit at the top), an
 * English-language Hong Kong luxury-and-spirits trade wire doing the same with Cognac, Champagne, Burgundy,
 * business and national papers (Hong Kong time, HKT = UTC+8, often the next day, "9:05pm"; the credit inside the
 * text or at its foot), and an English-language Kampala (Uganda) briefing on the francophone Great Lakes doing the
 * same with Congolese, Burundian, Belgian and French papers (East Africa time, EAT = UTC+3, "16.05 hrs"; the
 * credit at the foot). Article text is read AT RUN TIME from ../shared/corpus/gilets-jaunes (v1's clean pool,
 * drawn with another seed): no corpus text is stored here.
 *
 * Title decorations (none of them part of the headline, which stays the publisher's): a prefix tag ("GASPÉSIE ⌁
 * Titre" on the Gaspé weekly, "Revue agricole ❖ Titre" on the Payerne paper, "Nouvelles du continent ⚓ Titre" on
 * the Ouessant letter, "North of 60: Title" on the Whitehorse weekly, "France Next Door ▪ Title" on the St. John's
 * site), a site-name suffix ("Titre ‖ Bekaa Francophone", "Titre ⟡ LE FILON DU NORD", "Titre — Ndar Culture",
 * "Title :: Nile Source Briefing"), a note after the headline ("Titre [vidéo des temps forts]" on the Saint-Paul
 * site, "Title (translated from the French)" on the Hong Kong wire), and on the Guérande review the original
 * outlet's name after " ⇢ ", " ⦙ " or " ◇ " (its evidence). Date formats: "Mis en ligne le vendredi 11 janvier
 * 2019 à 8 h 05 (HNE)", "Payerne, le 11.01.19 — 14.05 h", "Zahlé | ven 11 jan 2019 | 15h05 (GMT+2, heure de
 * Beyrouth)", "Lampaul-Ouessant, vendredi 11 janvier 2019", "Publié le 11.01.2019 à 17:05 (RET, UTC+4)", "Koné —
 * samedi 12 janvier 2019, 00 h 05 (heure de Nouméa, GMT+11)", "Ndar / Saint-Louis · 11-01-2019 · 13:05 GMT",
 * "Mise en ligne : 11 janv. 2019, 14:05", "Posted 5:05 AM PST · Friday, Jan. 11, 2019", "Friday 11 Jan 2019 –
 * 09:35 Newfoundland Standard Time (NST)", "11 Jan 2019 (Fri) 9:05pm HKT" and "Kampala, 11 January 2019, 16.05
 * hrs EAT".
 *
 * Expected outlet: v2's convention (who published the article first, as the file credits it), recorded per
 * file in `outletEvidence`: machine-translated names of real outlets expect the real outlet's usual name,
 * look-alike names are kept as written, the site's own name is the outlet only where it shows its masthead and
 * its own staff's byline, the republisher is the site's name whenever the file credits another outlet, and null
 * when nothing credits one. Republishing sites show a byline only beside a credit. Expected author: the writer's
 * name as the byline shows it, without role, place, desk, translator, proof-reader or photographer; a piece
 * written by two expects both names as the page joins them ("A et B" on French pages, "A and B" on English
 * ones). Every time shown names its zone or is Paris time: the Gaspé, Zahlé, Saint-Paul, Koné, Saint-Louis,
 * Whitehorse, St. John's, Hong Kong and Kampala sites show their own clock with its zone (HNE = UTC−5, GMT+2,
 * UTC+4, GMT+11, GMT, PST = UTC−8, NST = UTC−3:30, HKT = UTC+8, EAT = UTC+3: the whole period is in each zone's
 * winter or only time), the others Paris time (winter 2018-19, so UTC+1; Payerne's Swiss clock is the same); the
 * expected date is the same instant, written in Paris time. The Ouessant letter shows the day only. Files are
 * written in UTF-8 (with or without a BOM, LF or CRLF), Windows-1252, ISO-8859-1 (`latin1`, only for pages whose
 * every character it holds; Windows-1252 otherwise) and UTF-16 LE.
 */
import { TZDate } from '@date-fns/tz';
import type { UnseenEntry } from '../src/eval/unseen-sites.ts';
import { makeRng } from './rng.ts';
import { Dice } from './simulate-heldout.ts';
import { page, type SiteV2 } from './unseen-sites-v2.ts';
import {
  au,
  bareFile,
  bodyWithCredit,
  creditPrinter,
  creditsNobody,
  de,
  fmtEn,
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

/** The v30 seed: no earlier set drew with it. */
export const SEED_V30 = 20261202_30;
/** Clean articles written with their headline and paragraphs only, crediting nobody. */
const BARE_V30 = 10;
/** Share of copies scraped without their headline line. */
const NO_HEADLINE = 0.3;
/** Share of copies (of bodies with four paragraphs or more) that lose their closing paragraph. */
const NO_ENDING = 0.3;
/** The period: 88 days from 26 November 2018, in Paris winter time (UTC+1), before North America's clocks change. */
const PERIOD_START = Date.UTC(2018, 10, 26);
const PERIOD_DAYS = 88;
const PARIS = 'Europe/Paris';
/** A v30 encoding: the shared ones, plus ISO-8859-1 where the page fits in it. */
type EncodingV30 = SetEncoding;
/** The encodings drawn for the files: plain UTF-8 most often, then Windows-1252, Latin-1, UTF-16 LE, a BOM and CRLF ends. */
const ENCODINGS_V30: readonly EncodingV30[] = ['utf-8', 'latin1', 'cp1252', 'utf-8', 'utf-8-crlf', 'utf-16le-bom', 'utf-8', 'cp1252', 'utf-8-bom', 'latin1', 'cp1252-crlf', 'utf-8'];

/** How many other sites carry a copy of one original (none, most often). */
function copiesOn(d: Dice): number {
  const r = d.next();
  return r < 0.47 ? 0 : r < 0.77 ? 1 : r < 0.93 ? 2 : 3;
}

// ——— People ———

/** Writers; four entries are pieces written by two (joined " et " as French pages print them). */
const BYLINES_V30 = [
  'Marie-Ève Bujold', 'Jean-Philippe Cloutier', 'Séverine Pittet', 'Nicolas Cuennet', 'Carla Skaff', 'Élie Maalouf', 'Johan Payet', 'Murielle Grondin',
  'Léonie Wamytan', 'Sylvain Poadja', 'Aminata Ndiaye', 'Pape Malick Sall', 'Carmen Tizya', 'Dylan MacKenzie', 'Gemma Kavanagh',
  'Patrick O\'Reilly', 'Wong Ka-yan', 'Marcus Leung', 'Grace Nakato', 'Brian Okello', 'Thibault Lemoine', 'Inès Barreau',
  'Marie-Ève Bujold et Jean-Philippe Cloutier', 'Johan Payet et Murielle Grondin', 'Carmen Tizya et Dylan MacKenzie', 'Grace Nakato et Brian Okello',
];
/** People named beside the writer who did not write the piece: proof-readers, translators, English-version editors. */
const EDITORS_V30 = ['Hélène Vuilleumier', 'Nadim Karam', 'Moira Tobin', 'Chan Wai-man'];
const PHOTO_V30 = ['Yannick Fontaine', 'Kevin Técher', 'Tanya Sam', 'Ousmane Diop'];


// ——— Outlets ———

const PAYERNE_FR = ['24 heures', 'La Liberté', 'Le Temps', 'La Broye', 'Agri', 'Terre & Nature', 'Le Nouvelliste', 'Tribune de Genève', 'La France agricole', 'Le Monde', 'Le Figaro', 'La Côte'];
const PAYERNE_FOREIGN = ['Neue Zürcher Zeitung', 'Tages-Anzeiger', 'Der Bund', 'Berner Zeitung', 'Schweizer Bauer', 'BauernZeitung', 'Blick', 'Farmers Weekly'];
const ZAHLE_FR = ['L’Orient-Le Jour', 'Le Commerce du Levant', 'L’Agenda culturel', 'Le Monde', 'Le Figaro', 'Libération', 'La Croix', 'RFI', 'France 24', 'Le Point', 'L’Express'];
const ZAHLE_FOREIGN = ['The Daily Star', 'An-Nahar', 'Al-Akhbar', 'Asharq Al-Awsat', 'The National', 'Al Jazeera', 'Arab News'];
const KONE_FR = ['Les Nouvelles calédoniennes', 'NC la 1ère', 'Radio Rythme Bleu', 'Le Monde', 'Les Échos', 'La Tribune', 'L’Usine nouvelle', 'Le Figaro', 'Libération', 'Outremers 360', 'Le Parisien'];
const KONE_FOREIGN = ['The Australian', 'The Sydney Morning Herald', 'Mining Journal', 'The Age', 'Australian Financial Review', 'Radio New Zealand', 'Fiji Times', 'Reuters'];
const STJOHNS_PICKS = ['L’Écho des Caps', 'SPM la 1ère', 'Ouest-France', 'Le Marin', 'L’Acadie Nouvelle', 'Le Monde', 'Libération', 'Le Figaro', 'Le Devoir', 'La Presse', 'Le Courrier de l’Ouest'];
const HONGKONG_PICKS = ['Charente Libre', 'Sud Ouest', 'L’Union', 'Le Bien public', 'Les Échos', 'La Tribune', 'L’Opinion', 'Le Figaro', 'La Revue du vin de France', 'Le Monde', 'Le Point', 'Challenges'];
const KAMPALA_PICKS = ['Le Potentiel', 'Le Phare', 'La Prospérité', 'L’Avenir', 'Jeune Afrique', 'Le Renouveau', 'Iwacu', 'RFI', 'France 24', 'Le Monde', 'La Libre Belgique', 'Le Soir'];
const GUERANDE_PRESS = ['Presse Océan', 'Ouest-France', 'Le Télégramme', 'L’Écho de la Presqu’île', 'Le Monde', 'Le Figaro', 'Les Échos', 'La France agricole', 'Libération', 'Le Parisien', 'La Croix', 'Le Marin'];

/** Invented outlets whose names begin like a known outlet's: the expected outlet is the name as written. */
const LOOKALIKES_V30 = {
  payerne: ['La Liberté des Champs', 'Le Nouvelliste broyard'],
  zahle: ['L’Orient des Vignes', 'Le Commerce de la Bekaa'],
  kone: ['Les Nouvelles du Nickel', 'La Tribune du Caillou'],
  stjohns: ['L’Écho de Terre-Neuve', 'Le Marin des Grands Bancs'],
  hongkong: ['Le Figaro des Chais', 'Sud Ouest Spiritueux'],
  kampala: ['Le Potentiel des Grands Lacs', 'Le Phare du Tanganyika'],
  guerande: ['Le Monde salicole', 'Le Télégramme des Marais'],
} as const;
const IS_LOOKALIKE_V30: ReadonlySet<string> = new Set(Object.values(LOOKALIKES_V30).flat());

/** French, Saint-Pierre, Acadian, Congolese, Burundian and Belgian names as a translation engine renders them in English, word for word (some reorder the words). */
export const INTO_EN_V30: Record<string, readonly string[]> = {
  'Le Monde': ['The World'],
  Libération: ['Liberation'],
  'Ouest-France': ['Western France', 'France of the West'],
  'L’Écho des Caps': ['The Echo of the Capes', 'Capes Echo'],
  'L’Acadie Nouvelle': ['The New Acadia', 'Acadia New'],
  'Le Marin': ['The Sailor', 'The Seaman'],
  'Le Devoir': ['The Duty'],
  'La Presse': ['The Press'],
  'Le Courrier de l’Ouest': ['The Mail of the West', 'Western Courier'],
  'Charente Libre': ['Free Charente', 'Charente Free'],
  'Sud Ouest': ['South-West', 'Southwestern'],
  'L’Union': ['The Union'],
  'Le Bien public': ['The Public Good', 'Public Welfare'],
  'Les Échos': ['Echoes', 'The Echos'],
  'La Tribune': ['The Tribune'],
  'L’Opinion': ['The Opinion'],
  'La Revue du vin de France': ['The Review of the Wine of France', 'French Wine Review'],
  'Le Point': ['The Point'],
  'Le Potentiel': ['The Potential'],
  'Le Phare': ['The Lighthouse', 'The Beacon'],
  'La Prospérité': ['Prosperity', 'The Prosperity'],
  'L’Avenir': ['The Future'],
  'Jeune Afrique': ['Young Africa'],
  'Le Renouveau': ['The Renewal', 'Renewal'],
  'La Libre Belgique': ['The Free Belgium', 'Belgium the Free'],
  'Le Soir': ['The Evening'],
};
/** German, English and Arabic names as a translation engine garbles them in French, word for word (some reorder the words). */
export const INTO_FR_V30: Record<string, readonly string[]> = {
  'Neue Zürcher Zeitung': ['Le Nouveau Journal zurichois', 'Nouvelle Gazette de Zurich'],
  'Tages-Anzeiger': ['L’Indicateur du Jour', 'Le Tableau quotidien'],
  'Der Bund': ['La Fédération', 'Le Lien'],
  'Berner Zeitung': ['Le Journal bernois', 'Journal de Berne'],
  'Schweizer Bauer': ['Le Paysan suisse', 'Paysan Suisse'],
  BauernZeitung: ['Le Journal des Paysans'],
  Blick: ['Le Regard', 'Coup d’œil'],
  'Farmers Weekly': ['L’Hebdomadaire des Fermiers', 'Fermiers Hebdo'],
  'The Daily Star': ['L’Étoile quotidienne', 'L’Étoile du Jour'],
  'An-Nahar': ['La Journée'],
  'Al-Akhbar': ['Les Informations', 'Informations'],
  'Asharq Al-Awsat': ['Le Moyen-Orient', 'L’Orient du Milieu'],
  'The National': ['Le National'],
  'Al Jazeera': ['L’Île', 'La Presqu’île'],
  'Arab News': ['Nouvelles arabes', 'Les Nouvelles Arabes'],
  'The Australian': ['L’Australien'],
  'The Sydney Morning Herald': ['Le Héraut du Matin de Sydney', 'Le Messager matinal de Sydney'],
  'Mining Journal': ['Le Journal minier', 'Journal de l’Exploitation minière'],
  'The Age': ['L’Âge', 'L’Époque'],
  'Australian Financial Review': ['La Revue financière australienne', 'Revue Financière Australienne'],
  'Radio New Zealand': ['Radio Nouvelle-Zélande'],
  'Fiji Times': ['Les Temps des Fidji', 'Le Temps fidjien'],
};

/** Web hosts of the outlets the Saint-Louis site links to (and of the outlets its copies may point to). */
const HOSTS_V30: Record<string, string> = {
  'Le Soleil': 'www.lesoleil.sn', 'Sud Quotidien': 'www.sudquotidien.sn', RFI: 'www.rfi.fr', 'Le Monde': 'www.lemonde.fr', 'Jeune Afrique': 'www.jeuneafrique.com',
  Libération: 'www.liberation.fr', Télérama: 'www.telerama.fr', 'Les Inrockuptibles': 'www.lesinrocks.com', 'France 24': 'www.france24.com',
  TV5Monde: 'information.tv5monde.com', 'Courrier international': 'www.courrierinternational.com', 'Le Point': 'www.lepoint.fr', 'La Croix': 'www.la-croix.com',
  'Le Figaro': 'www.lefigaro.fr', 'L’Obs': 'www.nouvelobs.com', 'Les Échos': 'www.lesechos.fr', 'La Tribune': 'www.latribune.fr', 'Ouest-France': 'www.ouest-france.fr',
  'Le Parisien': 'www.leparisien.fr', 'L’Express': 'www.lexpress.fr', 'Le Temps': 'www.letemps.ch', 'Tribune de Genève': 'www.tdg.ch', 'La Libre Belgique': 'www.lalibre.be',
  'Le Soir': 'www.lesoir.be', 'L’Orient-Le Jour': 'www.lorientlejour.com', 'Sud Ouest': 'www.sudouest.fr', 'Charente Libre': 'www.charentelibre.fr',
  'Le Télégramme': 'www.letelegramme.fr', 'Presse Océan': 'www.presseocean.fr', 'Le Devoir': 'www.ledevoir.com', 'La Presse': 'www.lapresse.ca', Reuters: 'www.reuters.com',
};
const SAINTLOUIS_LINKED = [
  'Le Soleil', 'Sud Quotidien', 'RFI', 'Le Monde', 'Jeune Afrique', 'Libération', 'Télérama', 'Les Inrockuptibles', 'France 24', 'TV5Monde', 'Courrier international',
  'Le Point', 'La Croix', 'Le Figaro', 'L’Obs',
];


/** A v30 site: a v2 site, plus which originals its way of crediting can show on a copy (all when absent). */
interface SiteV30 extends SiteV2 {
  canShow?: (canonical: string) => boolean;
}

const { creditAsPrinted, weightedCredits } = creditPrinter(INTO_EN_V30, INTO_FR_V30, IS_LOOKALIKE_V30);


// ——— Template helpers ———

const yearV30 = (p: Page): string => fmtFr(p.s.date, 'yyyy');
const DAYS_ZAHLE = ['dim', 'lun', 'mar', 'mer', 'jeu', 'ven', 'sam'];
const MONTHS_ZAHLE = ['jan', 'fév', 'mar', 'avr', 'mai', 'juin', 'juil', 'aoû', 'sep', 'oct', 'nov', 'déc'];
const DAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "Zahlé | ven 11 jan 2019 | 15h05 (GMT+2, heure de Beyrouth)": the Beirut clock, short lower-case names without dots. */
function zahleDate(p: Page): string {
  const t = onClock(p, 'Asia/Beirut');
  return `Zahlé | ${DAYS_ZAHLE[t.getDay()]!} ${t.getDate()} ${MONTHS_ZAHLE[t.getMonth()]!} ${t.getFullYear()} | ${pad2(t.getHours())}h${pad2(t.getMinutes())} (GMT+2, heure de Beyrouth)`;
}
/** "11 Jan 2019 (Fri) 9:05pm HKT": the Hong Kong clock, a 12-hour time in lower case. */
function hongKongDate(p: Page): string {
  const t = onClock(p, 'Asia/Hong_Kong');
  const h = t.getHours() % 12 === 0 ? 12 : t.getHours() % 12;
  return `${t.getDate()} ${MONTHS_EN[t.getMonth()]!} ${t.getFullYear()} (${DAYS_EN[t.getDay()]!}) ${h}:${pad2(t.getMinutes())}${t.getHours() < 12 ? 'am' : 'pm'} HKT`;
}
/** "Posted 5:05 AM PST · Friday, Jan. 11, 2019": the Whitehorse clock. */
function whitehorseDate(p: Page): string {
  const t = onClock(p, 'America/Whitehorse');
  return `Posted ${fmtEn(t, 'h:mm a')} PST · ${fmtEn(t, 'EEEE')}, ${MONTHS_EN[t.getMonth()]!}. ${t.getDate()}, ${t.getFullYear()}`;
}
/** The original's address on its outlet's site, in one of three URL shapes. */
function addressOf(p: Page): string {
  const { d, s } = p;
  const host = HOSTS_V30[s.credit!.canonical]!;
  const words = slug(s.src.title);
  return d.pick([
    () => `https://${host}/culture/${words}-${d.int(1000, 9999)}`,
    () => `https://${host}/${fmtFr(s.date, 'yyyy/MM/dd')}/${words}.php`,
    () => `https://${host}/a/${d.int(1_000_000, 9_999_999)}?utm_source=ndar-culture`,
  ])();
}

// ——— The twelve sites ———

export const SITES_V30: readonly SiteV30[] = [
  {
    id: 'gaspe-weekly',
    name: 'Le Droit de la Péninsule',
    lang: 'fr',
    originals: 14,
    attribution: 'own',
    lookalike: true,
    chromeOnlyPage: true,
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Le Droit de la Péninsule utilise des témoins pour compter ses lecteurs de Matane à Chandler et des Îles-de-la-Madeleine, et pour afficher les annonces des commerçants de la Gaspésie. Les témoins publicitaires restent désactivés tant que vous ne les avez pas acceptés.',
        'J’accepte les témoins',
        'Paramètres des témoins',
      ).blank();
      p.chrome('LE DROIT DE LA PÉNINSULE', 'L’hebdo régional de la Gaspésie depuis 1964 — Gaspé, Percé, la Haute-Gaspésie et la Baie-des-Chaleurs', 'Accueil ⌁ Actualités ⌁ Pêches ⌁ Municipal ⌁ Opinion ⌁ Avis de décès').blank();
      p.chrome(
        `Traversier Matane–Baie-Comeau : ${d.pick(['horaire d’hiver en vigueur', 'départ de 8 h annulé (glaces)', 'service normal'])} ⌁ Route 132 à Mont-Saint-Pierre : ${d.pick(['ouverte', 'fermée, risque d’éboulis', 'circulation en alternance'])} ⌁ ${d.pick(['Avis d’ébullition préventif à Murdochville', 'Collecte des sapins le 12', 'Bingo des Chevaliers de Colomb vendredi'])}`,
      ).blank();
      p.title((t) => (d.chance(0.3) ? `GASPÉSIE ⌁ ${t}` : t)).blank();
      p.meta(
        fmtFr(onClock(p, 'America/Toronto'), "'Mis en ligne le' EEEE d MMMM yyyy 'à' H 'h' mm '(HNE)'"),
        d.pick([`Par ${s.author}, journaliste de l’Initiative de journalisme local`, `${s.author} | Correspondant à Sainte-Anne-des-Monts`, `Texte et photos : ${s.author}`]),
      ).blank();
      p.body({ [p.mid()]: [`À lire aussi ⌁ ${p.related(1)[0]!}`] });
      p.chrome(
        'Vous avez une nouvelle à nous communiquer, un événement dans votre municipalité ou une photo de la baie à partager ? Écrivez à la salle de rédaction de la rue de la Reine ; nos journalistes vous rappellent le jour même, même l’hiver.',
      ).blank();
      p.chrome(
        'Le Droit de la Péninsule est membre de l’association des hebdos régionaux du Québec. Soutenez l’information locale : l’abonnement numérique coûte moins cher qu’un café par semaine et donne accès aux archives depuis 1964.',
        'Je m’abonne',
      ).blank();
      p.chrome(`Partager ⌁ Facebook ⌁ Courriel ⌁ Imprimer ⌁ ${p.n(45)} réactions`).blank();
      p.chrome(`© ${yearV30(p)} Les Éditions de la Péninsule inc. — Gaspé (Québec) — Tous droits réservés · Politique de confidentialité · Nous joindre`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'payerne-farm',
    name: 'Le Sillon broyard',
    lang: 'fr',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.9 },
    draw: weightedCredits({ into: 'fr', share: 0.9 }, [PAYERNE_FR, 0.36], [PAYERNE_FOREIGN, 0.4], [LOOKALIKES_V30.payerne, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('LE SILLON BROYARD', 'Le journal des paysannes et paysans de la Broye vaudoise et fribourgeoise — Payerne', 'Accueil ❖ Grandes cultures ❖ Lait ❖ Betterave ❖ Revue de presse').blank();
      p.chrome(
        `Prix indicatif du lait : ${d.int(56, 66)} ct./kg ❖ Sucrerie d’Aarberg : ${d.pick(['campagne terminée', 'réception des betteraves jusqu’à vendredi', 'arrêt technique'])} ❖ Marché au bétail de Payerne : ${d.pick(['mardi dès 8 h', 'annulé (fièvre catarrhale)', 'sous la halle'])}`,
      ).blank();
      p.title((t) => (d.chance(0.3) ? `Revue agricole ❖ ${t}` : t)).blank();
      p.meta(fmtFr(s.date, "'Payerne, le' dd.MM.yy '—' HH.mm 'h'"));
      if (s.credit) {
        p.meta(
          d.pick([
            (o: string) => `Article repris ${de(o)} avec l’accord de sa rédaction.`,
            (o: string) => `Source rédactionnelle ❖ ${o}`,
            (o: string) => `Texte d’abord imprimé dans les colonnes ${de(o)}.`,
            (o: string) => `Nous reproduisons ici un article paru dans ${o}.`,
          ])(s.credit.shown),
          d.pick([`Auteur de l’article original : ${s.author}`, `${s.author}, rubrique agricole — version française relue par ${d.pick(EDITORS_V30)}`]),
        );
      }
      p.blank();
      p.body({ [s.body.length - 2]: [`Petites annonces ❖ ${d.pick(['À vendre : autochargeuse, bon état, prix à discuter', 'Cherche apprenti agriculteur CFC pour août', 'Foin bottelé à vendre, livraison dans la Broye'])}`] });
      p.chrome(
        'Le Sillon broyard est édité par la société d’agriculture de la Broye. Nous reprenons, avec le nom de leur éditeur, des articles de la presse romande, alémanique et étrangère qui intéressent nos membres ; ceux qui viennent de l’allemand ou de l’anglais sont traduits automatiquement, titre du journal compris.',
      ).blank();
      p.chrome('Envoyer à un collègue ❖ Version imprimable ❖ Météo agricole ❖ Agenda des cours').blank();
      p.chrome(`© ${yearV30(p)} Société d’agriculture de la Broye · Grand-Rue, 1530 Payerne · Impressum · Protection des données`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'zahle-portal',
    name: 'Bekaa Francophone',
    lang: 'fr',
    originals: 15,
    attribution: 'source-line',
    translate: { into: 'fr', share: 0.9 },
    draw: weightedCredits({ into: 'fr', share: 0.9 }, [ZAHLE_FR, 0.34], [ZAHLE_FOREIGN, 0.42], [LOOKALIKES_V30.zahle, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome(
        'This website uses cookies to understand how readers in Lebanon and abroad use it and to show ads from our partners in the Bekaa. By clicking Accept you agree to all cookies; you can change your choice at any time from the footer.',
        'Accept',
        'Manage',
      ).blank();
      p.chrome('BEKAA FRANCOPHONE', 'Zahlé, la Békaa et le Liban — l’actualité en français depuis la vallée', 'Accueil ‖ Liban ‖ Région ‖ Vignes et vins ‖ Monde').blank();
      p.chrome(`1 $ = ${d.int(1505, 1515)} LL ‖ Route de Dahr el-Baïdar : ${d.pick(['ouverte', 'fermée par la neige', 'chaînes obligatoires'])} ‖ ${d.pick(['Coupure d’électricité de 14 h à 18 h', 'Marché des vignerons samedi à Ksara', 'Générateurs du quartier : tarif de janvier publié'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} ‖ Bekaa Francophone` : t)).blank();
      p.meta(zahleDate(p));
      const top = s.credit !== null && d.chance(0.5);
      const source = s.credit
        ? [
            d.pick([`Source de l’information : ${s.credit.shown}`, `D’après ${s.credit.shown}`, `Origine ‖ ${s.credit.shown}`, `Article emprunté ${au(s.credit.shown)}`]),
            d.pick([`Rédigé à l’origine par ${s.author}`, `${s.author}, correspondant régional (Békaa)`]),
          ]
        : [];
      if (top) p.meta(...source);
      p.blank();
      p.body({ [p.mid()]: [`Publicité ‖ ${d.pick(['Domaine viticole cherche vendangeurs pour la saison prochaine', 'Cours de français langue étrangère à Zahlé, inscriptions ouvertes', 'Générateur 20 kVA à vendre, peu servi'])}`] });
      if (!top && source.length > 0) p.meta(...source).blank();
      p.chrome(
        'Bekaa Francophone est un site d’information indépendant tenu par une petite équipe de Zahlé. Les articles venus d’autres médias sont publiés avec la mention de leur source ; ceux parus en arabe ou en anglais sont traduits par un outil automatique, y compris le nom du média.',
      ).blank();
      p.chrome(`Partager ‖ WhatsApp ‖ Facebook ‖ ${p.n(120)} lectures aujourd’hui`).blank();
      p.chrome(`© ${yearV30(p)} Bekaa Francophone — Zahlé, Liban — Tous droits réservés — Contact — Publicité`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'ouessant-letter',
    name: 'La Lettre du Créac’h',
    lang: 'fr',
    originals: 12,
    attribution: 'none',
    chromeOnlyPage: true,
    render(p) {
      const { d, s } = p;
      p.chrome('Si cette lettre s’affiche mal, ouvrez-la dans votre navigateur — elle est aussi affichée au local de l’association, près du port du Stiff').blank();
      p.chrome('LA LETTRE DU CRÉAC’H', 'Bulletin des amis des phares et balises d’Ouessant (Finistère)', 'Au sommaire : La vie des phares ⚓ Revue de presse ⚓ Les horaires de la traversée').blank();
      p.chrome(`Vent : ${d.pick(['ouest force 6', 'nord-ouest force 8, avis de coup de vent', 'sud-ouest force 4'])} ⚓ Bateau pour Le Conquet : ${d.pick(['rotation de 17 h maintenue', 'traversée annulée', 'horaires d’hiver'])} ⚓ Musée des phares : ${d.pick(['fermé jusqu’en avril', 'ouvert aux groupes sur rendez-vous'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `Nouvelles du continent ⚓ ${t}` : t)).blank();
      p.meta(fmtFr(s.date, "'Lampaul-Ouessant,' EEEE d MMMM yyyy")).blank();
      p.body({ [p.mid()]: [`Vie de l’association ⚓ ${d.pick(['Chantier de peinture de la lanterne du Stiff le 9 février', 'Conférence sur les gardiens de Kéréon à la salle polyvalente', 'Cotisation annuelle : 15 euros, à régler au bureau du port'])}`] });
      p.chrome(
        'La Lettre du Créac’h est envoyée aux adhérents de l’association et aux amis de l’île. Les articles de la presse du continent qui y figurent sont choisis par le conseil d’administration pour information ; ils ne reflètent pas forcément l’avis de l’association. Merci de ne pas les rediffuser.',
      ).blank();
      p.chrome('Ne plus recevoir cette lettre ⚓ Mettre à jour mon adresse ⚓ Archives de la lettre').blank();
      p.chrome(`Association des amis des phares d’Ouessant — Lampaul — ${yearV30(p)} — Rédaction bénévole`);
      return { author: false, date: 'day' };
    },
  },
  {
    id: 'saintpaul-sports',
    name: 'Le Quotidien des Stades',
    lang: 'fr',
    originals: 14,
    attribution: 'own',
    lookalike: true,
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Pour suivre le sport réunionnais en direct, Le Quotidien des Stades enregistre des cookies de mesure d’audience et de lecture vidéo. Nos partenaires publicitaires n’en déposent qu’avec votre accord ; vous pouvez le retirer depuis le lien « Cookies » en bas de chaque page.',
        'OK pour moi',
        'Je refuse',
      ).blank();
      p.chrome('LE QUOTIDIEN DES STADES', 'Le sport de La Réunion, de Saint-Paul à Saint-Philippe', 'Accueil · Football · Handball · Surf · Trail · Basket · Résultats').blank();
      p.chrome(`Grand Raid : ${d.pick(['inscriptions le 15 janvier', 'parcours dévoilé', 'tirage au sort effectué'])} · Houle à Saint-Leu : ${d.pick(['1,5 m, spot ouvert', 'baignade interdite (requin)', 'mer calme'])} · Alerte cyclonique : ${d.pick(['aucune', 'pré-alerte', 'vigilance fortes pluies'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} [vidéo des temps forts]` : t)).blank();
      p.meta(
        d.pick([`${s.author} — service des sports`, `Par ${s.author} au stade Paul-Julius-Bénard`, `Texte : ${s.author} / Images : ${d.pick(PHOTO_V30)}`]),
        fmtFr(onClock(p, 'Indian/Reunion'), "'Publié le' dd.MM.yyyy 'à' HH:mm '(RET, UTC+4)'"),
      ).blank();
      p.body({ [p.mid()]: [`Les résultats du week-end ⟶ ${p.related(1)[0]!}`] });
      p.chrome(
        'Recevez chaque lundi « La Feuille de match » : les scores de la Régionale 1, les classements des championnats de l’île, les portraits de nos sportifs en métropole et le calendrier des courses en montagne. Inscription gratuite, désinscription en un clic.',
        'Je m’inscris',
      ).blank();
      p.chrome(`${p.n(70)} commentaires · Connectez-vous pour donner votre avis · Charte de modération`).blank();
      p.chrome(`© ${yearV30(p)} Le Quotidien des Stades SAS — Saint-Paul (974) — Mentions légales · Cookies · Contact rédaction`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'kone-mining',
    name: 'Le Filon du Nord',
    lang: 'fr',
    originals: 15,
    attribution: 'credit',
    chromeOnlyPage: true,
    translate: { into: 'fr', share: 0.9 },
    draw: weightedCredits({ into: 'fr', share: 0.9 }, [KONE_FR, 0.33], [KONE_FOREIGN, 0.44], [LOOKALIKES_V30.kone, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Le Filon du Nord dépose de petits fichiers sur votre appareil pour savoir quelles pages lisent les salariés et sous-traitants de l’usine du Nord et des centres miniers. Aucune donnée n’est revendue ; les cookies publicitaires ne sont activés qu’avec votre consentement.',
        'Accepter',
        'Continuer sans accepter',
      ).blank();
      p.chrome('LE FILON DU NORD', 'La lettre du nickel en Province Nord — Koné, Voh, Poum, Kouaoua', 'Accueil ⟡ Mines ⟡ Métallurgie ⟡ Emploi ⟡ Revue de presse').blank();
      p.chrome(`Nickel au LME : ${d.int(10_500, 13_500)} $/t ⟡ Minéralier à Vavouto : ${d.pick(['chargement en cours', 'attendu jeudi', 'en rade'])} ⟡ RT1 à Pouembout : ${d.pick(['circulation normale', 'barrage filtrant', 'travaux sur le pont'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} ⟡ LE FILON DU NORD` : t)).blank();
      p.meta(fmtFr(onClock(p, 'Pacific/Noumea'), "'Koné —' EEEE d MMMM yyyy', 'HH 'h' mm '(heure de Nouméa, GMT+11)'")).blank();
      const credit = s.credit
        ? [
            d.pick([
              (o: string) => `Ce papier a d’abord été publié par ${o} ; nous le relayons pour nos lecteurs de la mine.`,
              (o: string) => `Avec l’autorisation ${de(o)}, premier à l’avoir fait paraître.`,
              (o: string) => `Paternité de l’article ⟡ ${o}`,
              (o: string) => `Le texte ci-contre est extrait ${de(o)}.`,
            ])(s.credit.shown),
            d.pick([`Journaliste : ${s.author}`, `${s.author} (texte traduit et adapté par ${d.pick(EDITORS_V30)})`]),
          ]
        : [];
      bodyWithCredit(p, p.mid(), credit, {
        [s.body.length - 2]: [`Offre d’emploi ⟡ ${d.pick(['Conducteur d’engins miniers, poste en 2x8 à Koniambo', 'Électromécanicien habilité, contrat de chantier', 'Géologue junior, prospection sur le massif du Koniambo'])}`],
      });
      p.chrome(
        'Le Filon du Nord est une lettre d’information indépendante consacrée à l’industrie du nickel dans le nord de la Calédonie. Les articles de la presse australienne, néo-zélandaise et anglophone y sont traduits automatiquement en français, noms de journaux compris ; reportez-vous à l’original pour les citations.',
      ).blank();
      p.chrome('Transférer ⟡ Imprimer ⟡ Se désabonner ⟡ Nous écrire').blank();
      p.chrome(`© ${yearV30(p)} Le Filon du Nord — BP 12, 98860 Koné — Reproduction interdite sans autorisation`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'saintlouis-culture',
    name: 'Ndar Culture',
    lang: 'fr',
    originals: 14,
    attribution: 'url-host',
    canShow: (canonical) => canonical in HOSTS_V30,
    draw: weightedCredits(undefined, [SAINTLOUIS_LINKED, 0.9]),
    render(p) {
      const { d, s } = p;
      p.chrome('Nanga def ? Bienvenue sur Ndar Culture').blank();
      p.chrome('NDAR CULTURE', 'Musiques, arts et idées depuis Saint-Louis du Sénégal', 'Accueil — Musique — Arts visuels — Littérature — Presse').blank();
      p.chrome(`Festival de jazz : ${d.pick(['programmation dévoilée en mars', 'billetterie ouverte', 'appel aux bénévoles'])} — Pont Faidherbe : ${d.pick(['circulation alternée', 'ouvert'])} — Institut français : ${d.pick(['exposition photo jusqu’au 30', 'projection jeudi à 19 h', 'fermé lundi'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} — Ndar Culture` : t)).blank();
      p.meta(fmtEn(onClock(p, 'Africa/Dakar'), "'Ndar / Saint-Louis ·' dd-MM-yyyy '·' HH:mm 'GMT'"));
      const link = s.credit
        ? [
            d.pick([
              (u: string) => `À retrouver sur le site de l’éditeur : ${u}`,
              (u: string) => `Lien source ➜ ${u}`,
              (u: string) => `Lien vers la publication initiale — ${u}`,
              (u: string) => `Adresse d’origine de ce texte : ${u}`,
            ])(addressOf(p)),
            d.pick([`Auteur de l’article : ${s.author}`, `${s.author}, selon la page d’origine`]),
          ]
        : [];
      const top = d.chance(0.45);
      if (top) p.meta(...link);
      p.blank();
      p.body();
      if (!top && link.length > 0) p.meta(...link).blank();
      p.chrome(
        'Ndar Culture partage avec ses lecteurs des articles de la presse francophone sur la culture et la société, toujours avec le lien vers la page où ils ont paru. Les textes restent la propriété de leurs auteurs et de leurs éditeurs ; nous retirons tout article sur simple demande.',
      ).blank();
      p.chrome('Écouter notre émission sur la radio communautaire — Nous suivre — Soutenir l’association').blank();
      p.chrome(`Ndar Culture · ${yearV30(p)} · quartier Nord, île de Saint-Louis · Mentions légales`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'guerande-review',
    name: 'La Revue des Œillets',
    lang: 'fr',
    originals: 14,
    attribution: 'title-suffix',
    draw: weightedCredits(undefined, [GUERANDE_PRESS, 0.76], [LOOKALIKES_V30.guerande, 0.12]),
    render(p) {
      const { d, s } = p;
      p.chrome('LA REVUE DES ŒILLETS', 'La presse du jour pour les paludiers de la presqu’île guérandaise', 'Accueil ◇ Revue de presse ◇ Sel et fleur de sel ◇ Marais').blank();
      p.chrome(`Récolte ${Number(yearV30(p)) - 1} : ${d.int(9, 14)} 000 t de gros sel ◇ Grand marais : ${d.pick(['mise en eau en avril', 'travaux de curage', 'hivernage'])} ◇ Traict du Croisic : ${d.pick(['marée haute à 11 h 40', 'coefficient 98', 'bancs de brume'])}`).blank();
      const after = d.pick([(o: string) => ` ⇢ ${o}`, (o: string) => ` ⦙ ${o}`, (o: string) => ` ◇ ${o}`]);
      p.title((t) => (s.credit ? `${t}${after(s.credit.shown)}` : t)).blank();
      p.meta(fmtFr(s.date, "'Mise en ligne :' d MMM yyyy', 'HH:mm")).blank();
      p.body();
      p.chrome('Chaque titre est suivi du nom du journal qui l’a publié.').blank();
      p.chrome(
        'La Revue des Œillets est réalisée chaque jour ouvrable par la coopérative des producteurs de sel pour ses adhérents. Les articles sont reproduits intégralement, dans la forme où les journaux les ont publiés, et demeurent la propriété de ces derniers.',
      ).blank();
      p.chrome('Thème « Salorge » · Hébergé par l’association des paludiers · Plan du site · Déclaration d’accessibilité').blank();
      p.chrome(`La Revue des Œillets — Guérande — ${yearV30(p)}`);
      return { author: false, date: 'full' };
    },
  },
  {
    id: 'whitehorse-weekly',
    name: 'The Yukon Sourdough',
    lang: 'en',
    originals: 14,
    attribution: 'own',
    chromeOnlyPage: true,
    render(p) {
      const { d } = p;
      p.chrome(
        'The Yukon Sourdough uses cookies so the site remembers you, so we can count readers from Watson Lake to Old Crow, and so local businesses can advertise to you. Only the essential ones are on until you say otherwise.',
        'Accept cookies',
        'Essential cookies only',
      ).blank();
      p.chrome('THE YUKON SOURDOUGH', 'Whitehorse and the Yukon, every week since 1978 | Bienvenue aux lecteurs francophones', 'News | City | Territory | First Nations | Outdoors | Letters').blank();
      p.chrome(`Alaska Highway at Haines Junction: ${d.pick(['icy sections, drive with care', 'open', 'closed for avalanche control'])} | Aurora forecast: ${d.pick(['Kp 4, good chances tonight', 'cloudy, poor', 'Kp 2'])} | Whitehorse: ${d.pick(['-31°C', '-18°C', '-24°C with ice fog'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `North of 60: ${t}` : t)).blank();
      p.meta(
        d.pick([`By ${writerEn(p)} | Staff reporter, Dawson City bureau`, `${writerEn(p)} — Sourdough staff · Photo: ${d.pick(PHOTO_V30)}`, `Story and photos by ${writerEn(p)}`]),
        whitehorseDate(p),
      ).blank();
      p.body({ [p.mid()]: [`Related: ${p.related(1)[0]!}`] });
      p.chrome(
        'Independent local journalism in the North costs more to produce than almost anywhere else in Canada. If you value the Sourdough, become a supporter for five dollars a month and help keep our reporters on the road between Whitehorse, Dawson and Carmacks.',
        'Support us',
      ).blank();
      p.chrome('Have your say: letters to the editor must be signed and under 300 words.').blank();
      p.chrome(`© ${yearV30(p)} Sourdough Publishing Ltd. | Main Street, Whitehorse, YT | Privacy | Contact the newsroom`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'stjohns-site',
    name: 'The Narrows Review',
    lang: 'en',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'en', share: 0.85 },
    draw: weightedCredits({ into: 'en', share: 0.85 }, [STJOHNS_PICKS, 0.74], [LOOKALIKES_V30.stjohns, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('THE NARROWS REVIEW', 'Saint-Pierre-et-Miquelon, France and the North Atlantic, from St. John’s | Bonjour, voisins !', 'Home ▪ Saint-Pierre ▪ Fisheries ▪ France ▪ Atlantic Canada').blank();
      p.chrome(`Ferry to Saint-Pierre from Fortune: ${d.pick(['no winter sailings', 'resumes in April', 'charter only'])} ▪ Air Saint-Pierre: ${d.pick(['on time', 'delayed by fog', 'cancelled'])} ▪ Cod quota 3Ps: ${d.pick(['unchanged', 'cut by 10%', 'under review'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `France Next Door ▪ ${t}` : t)).blank();
      p.meta(fmtEn(onClock(p, 'America/St_Johns'), "EEEE d MMM yyyy '–' HH:mm 'Newfoundland Standard Time (NST)'"));
      if (s.credit) {
        p.meta(
          d.pick([
            (o: string) => `Original publisher: ${o}`,
            (o: string) => `This story comes to us from ${o}, translated by software.`,
            (o: string) => `Credit: ${o} (French-language original)`,
            (o: string) => `Our thanks to ${o} for this report.`,
          ])(s.credit.shown),
          d.pick([`Original byline: ${writerEn(p)}`, `${writerEn(p)}, staff writer; translation reviewed by ${d.pick(EDITORS_V30)}`]),
        );
      }
      p.blank();
      p.body({ [p.mid()]: [`Also on the Review: ${p.related(1)[0]!}`] });
      p.chrome(
        'The Narrows Review brings the French-language press of Saint-Pierre-et-Miquelon, Acadia and France to readers in Newfoundland and Labrador. Articles and the names of the newspapers they come from are translated by machine and lightly checked; quote the original, not us.',
      ).blank();
      p.chrome(
        'Get the Review in your inbox every Sunday morning: the week across the water, ferry and flight news, and a French word of the week. No spam, ever.',
        'Sign me up',
      ).blank();
      p.chrome(`© ${yearV30(p)} Narrows Review Inc. | Water Street, St. John’s, NL | Terms of use | Privacy`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'hongkong-wire',
    name: 'Harbour Luxury Wire',
    lang: 'en',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'en', share: 0.85 },
    draw: weightedCredits({ into: 'en', share: 0.85 }, [HONGKONG_PICKS, 0.74], [LOOKALIKES_V30.hongkong, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Harbour Luxury Wire uses cookies and similar technologies to keep you signed in, to understand how our subscribers in Hong Kong, Macau and mainland China use the wire and to measure our advertising. Please confirm your choice.',
        'Agree',
        'Disagree',
      ).blank();
      p.chrome('HARBOUR LUXURY WIRE', 'Cognac, Champagne, fine wine and the French luxury business, from Hong Kong | 訂閱 Subscribe', 'Wire / Spirits / Wine / Retail / France').blank();
      p.chrome(`EUR/HKD ${d.int(8, 9)}.${d.int(10, 99)} | Cognac shipments to Asia: ${d.pick(['up 4%', 'down 2%', 'flat'])} | ${d.pick(['Wine auction at the Mandarin on Saturday', 'Tsim Sha Tsui duty-free tender reopened', 'Lunar New Year gifting season: orders close Friday'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} (translated from the French)` : t)).blank();
      p.meta(hongKongDate(p)).blank();
      const credit = s.credit
        ? [
            d.pick([
              (o: string) => `The French original ran in ${o}.`,
              (o: string) => `Text licensed from ${o} and machine-translated.`,
              (o: string) => `Source title: ${o}`,
              (o: string) => `By arrangement with ${o}.`,
            ])(s.credit.shown),
            d.pick([`${writerEn(p)}, cognac and luxury desk (original)`, `Author of the French text: ${writerEn(p)}`]),
          ]
        : [];
      const inside = d.chance(0.55);
      bodyWithCredit(p, p.mid(), inside ? credit : [], {
        [s.body.length - 2]: [`Partner content: ${d.pick(['Private cellar storage in Kwun Tong, temperature-controlled', 'XO tasting evening in Central, members only', 'Sommelier course in Cantonese and English'])}`],
      });
      if (!inside && credit.length > 0) p.meta(...credit).blank();
      p.chrome(
        'Harbour Luxury Wire is a subscription service for buyers, importers and brand managers in Asia. Reports from the French regional and business press are translated by software, including newspaper titles, and edited in Hong Kong; they are provided for information and are not investment advice.',
      ).blank();
      p.chrome('Share: WhatsApp | WeChat | Email | Copy link').blank();
      p.chrome(`© ${yearV30(p)} Harbour Luxury Wire Ltd · Wan Chai, Hong Kong · Terms · Privacy`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'kampala-briefing',
    name: 'Nile Source Briefing',
    lang: 'en',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'en', share: 0.85 },
    draw: weightedCredits({ into: 'en', share: 0.85 }, [KAMPALA_PICKS, 0.74], [LOOKALIKES_V30.kampala, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('NILE SOURCE BRIEFING', 'The francophone Great Lakes in English — from Kampala', 'Home • DR Congo • Burundi • Rwanda • Region • Abonnez-vous').blank();
      p.chrome(`UGX ${d.int(3620, 3720)} to the dollar • Mpondwe border: ${d.pick(['open, slow', 'open', 'closed after dark'])} • Lake Victoria ferry: ${d.pick(['on schedule', 'suspended, high winds'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} :: Nile Source Briefing` : t)).blank();
      p.meta(fmtEn(onClock(p, 'Africa/Kampala'), "'Kampala,' d MMMM yyyy', 'HH'.'mm 'hrs EAT'")).blank();
      p.body({ [p.mid()]: [`Read also • ${p.related(1)[0]!}`] });
      if (s.credit) {
        p.meta(
          d.pick([
            (o: string) => `Original French text: ${o}.`,
            (o: string) => `Lifted from ${o}, with permission, and rendered in English.`,
            (o: string) => `${o} ran this first — we translated it.`,
            (o: string) => `Source newspaper — ${o}`,
          ])(s.credit.shown),
          d.pick([`French original written by ${writerEn(p)}`, `${writerEn(p)} (reporter); English text by ${d.pick(EDITORS_V30)}`]),
        ).blank();
      }
      p.chrome(
        'Nile Source Briefing is a small, reader-funded newsletter that follows the French-language press of Kinshasa, Goma, Bujumbura and Brussels for English-speaking readers in East Africa. Translation is automatic and checked by volunteers, so some newspaper names come out word for word.',
      ).blank();
      p.chrome('Forward • Support us with MoMo • Unsubscribe / Se désabonner').blank();
      p.chrome(`© ${yearV30(p)} Nile Source Briefing, Kololo, Kampala. Some rights reserved.`);
      return writerIfCredited(p, 'full');
    },
  },
];

const JUNK_V30: readonly { name: string; bytes: Uint8Array }[] = [
  { name: 'pdf-head', bytes: Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1') },
  { name: 'zip-head', bytes: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0x00, 0x00, 0x00, 0x00]) },
  { name: 'jpeg-head', bytes: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x48, 0x00, 0x48, 0x00, 0x00]) },
  { name: 'gzip-head', bytes: Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xcb, 0x48, 0xcd, 0xc9, 0xc9, 0x07, 0x00]) },
  { name: 'ds-store', bytes: Buffer.from([0x00, 0x00, 0x00, 0x01, 0x42, 0x75, 0x64, 0x31, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x08, 0x00]) },
  { name: 'utf8-bom-only', bytes: Buffer.from([0xef, 0xbb, 0xbf]) },
  { name: 'maintenance', bytes: Buffer.from('Site en maintenance\nNous revenons très vite. Merci de votre patience.\n', 'utf8') },
  { name: 'captcha', bytes: Buffer.from('Vérification de sécurité\nCochez la case ci-dessous pour prouver que vous n’êtes pas un robot.\n', 'utf8') },
  { name: 'json-empty', bytes: Buffer.from('{"status":"ok","totalResults":0,"articles":[]}\n', 'utf8') },
  { name: 'ics-empty', bytes: Buffer.from('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//agenda//FR\r\nEND:VCALENDAR\r\n', 'utf8') },
  { name: 'forbidden-en', bytes: Buffer.from('403 Forbidden\nYou don\'t have permission to access this resource.\n', 'utf8') },
  { name: 'nbsp-only', bytes: Buffer.from('\u00a0\u00a0\n\u3000\n\u00a0\n', 'utf8') },
];

// ——— Generation ———

/** One page of `site` (v2's convention); an English page expects the byline as it prints it ("A and B"). */
function pageV30(site: SiteV30, story: Story, d: Dice, chromeOnly: boolean): MadePage {
  const made = page(site, story, d, chromeOnly);
  const author = made.entry.author;
  return site.lang === 'en' && author !== null ? { ...made, entry: { ...made.entry, author: inEnglish(author) } } : made;
}

/** The copy of `story` that `host` carries: the first site's credit (or its own name) when the host can show it; maybe headless or cut. */
function copyOnto(d: Dice, story: Story, first: SiteV30, host: SiteV30, others: string[]): Story {
  const firstOwn = first.attribution === 'own' ? { canonical: first.name, lookalike: first.lookalike === true } : null;
  const origin = story.credit ?? firstOwn;
  const hostNames = host.attribution !== 'own' && host.attribution !== 'none';
  const named = origin !== null && hostNames && (host.canShow?.(origin.canonical) ?? true);
  const lastDropped = story.src.body.length >= 4 && d.chance(NO_ENDING);
  // The Guérande review names the outlet after the headline: its copies always show one.
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
 * Builds the v30 set from clean sources (deterministic for a seed): each site's originals and their copies on
 * up to three other sites, uncredited bare files, chrome-only pages and junk, shuffled, each file in one of
 * several encodings and named by content.
 */
export function generateUnseenV30(pool: readonly UnseenSource[], seed: number = SEED_V30): { files: UnseenFile[]; manifest: UnseenEntry[] } {
  const d = new Dice(makeRng(seed));
  const wanted = BARE_V30 + SITES_V30.reduce((n, s) => n + s.originals, 0);
  if (pool.length < wanted) throw new Error(`unseen sites v30: ${wanted} clean articles needed, the pool has ${pool.length}`);
  const picked = d.sample(pool, wanted);
  const allTitles = picked.map((s) => s.title);
  const otherTitles = (src: UnseenSource): string[] => d.sample(allTitles.filter((t) => t !== src.title), 5);
  const when = (): TZDate => {
    const day = new Date(PERIOD_START + d.int(0, PERIOD_DAYS - 1) * 86_400_000);
    return new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), d.int(6, 21), d.int(0, 59), 0, PARIS);
  };
  const out: MadePage[] = [];
  let from = 0;
  for (const site of SITES_V30) {
    const originals = picked.slice(from, from + site.originals);
    from += site.originals;
    for (const src of originals) {
      const story: Story = { src, body: src.body, author: d.pick(BYLINES_V30), date: when(), headline: true, credit: site.draw?.(d) ?? null, others: otherTitles(src) };
      out.push(pageV30(site, story, d, false));
      const hosts = d.sample(SITES_V30.filter((h) => h !== site), copiesOn(d));
      for (const host of hosts) out.push(pageV30(host, copyOnto(d, story, site, host, otherTitles(src)), d, false));
    }
    if (site.chromeOnlyPage) {
      const stand = picked[0]!;
      out.push(pageV30(site, { src: stand, body: [], author: d.pick(BYLINES_V30), date: when(), headline: false, credit: null, others: otherTitles(stand) }, d, true));
    }
  }
  for (const src of picked.slice(from)) out.push(creditsNobody(bareFile(src)));
  for (const junk of JUNK_V30) out.push(creditsNobody(junkFile(junk)));
  return packFiles(d, out, ENCODINGS_V30, 'v30-');
}

/** Heading of the v30 table and JSON. */
export const V30_HEADING = 'UNSEEN SITES v30 (frozen 2026-12-02, development data since 06:45: its misses may be read; v32 is the frozen set)';

/** Generates v30, runs the real ingest on it and prints its figures (without the DEV simulation). */
export const runUnseenEvalV30 = unseenSetRunner(V30_HEADING, generateUnseenV30);

generatorCli(import.meta.url, 'unseen sites v30', generateUnseenV30, SEED_V30);
