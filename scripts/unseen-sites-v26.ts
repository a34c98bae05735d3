/**
 * Generates the unseen-sites v26 DEVELOPMENT set (issue 8): twelve more ordinary news sites, of kinds and places no earlier set had.
 *
 * DEVELOPMENT SET, written without reading the rules on 2026-12-01. Written without reading the ingest rules
 * (src/ingest/), the word lists and outlet list (src/data/), the renderer and pages, or any score of any other set
 * (the scorer, src/eval/unseen-sites.ts, was read for its types and conventions), and without opening the frozen
 * v21, v22, v23 and v25 generators or their tests; of the earlier sets only the shared scaffolding
 * (scripts/unseen-sites.ts, v2's `page` and `SiteV2`, simulate-heldout's `Dice` and encodings, scripts/rng.ts),
 * v20's and v24's generators and tests (for the format and the scaffolding calls, not their sites or wordings) and
 * the site lists in the headers of v3–v20 and v24 (to pick other kinds and places) were read. The sites, outlets,
 * credit wordings, translations, title decorations, date formats, time zones, junk and chrome here are new. Like
 * v24 it is development data from the start: its misses may be read (`--show N`) to find general causes, but do
 * not edit its templates, wordings or seed to move a score.
 *
 * `npm run eval:unseen` scores v1 to v25 then this set (`npm run eval:unseen:v26`, or `npm run eval -- --unseen
 * --unseen-set v26`, for this one only); `npx tsx scripts/unseen-sites-v26.ts --out DIR` only writes the folder
 * and its manifest (the v1 format, with v2's `outletEvidence`).
 *
 * The twelve sites: a Balagne (Calvi, Haute-Corse) regional site with Corsican–French chrome whose own name begins
 * like a Perpignan daily's (a look-alike, its own reporters, some "avec AFP"), a Lille student paper (its own
 * student writers, roles and proof-readers in the byline, some pieces written by two), a Strasbourg European-affairs
 * site crediting Alsace, national and EU-policy papers, German-language and English-language European outlets
 * translated into French word for word and look-alike titles (the credit at the top, the date an ISO timestamp with
 * its offset), an aerospace trade letter in Blagnac (Toulouse) with source lines at the top or the foot naming
 * French aerospace papers, English-language aviation and space outlets garbled into French and look-alike titles,
 * a Geneva press digest for international civil servants crediting nobody (the day only), a Kinshasa portal
 * crediting Congolese, Belgian and French outlets, anglophone African outlets garbled into French and look-alike
 * titles (its times in West Africa Time, WAT = UTC+1; the credit inside the text), an Abidjan press review keeping
 * the original's name after the headline (its times in GMT), a Beirut francophone site crediting Lebanese and French
 * outlets, Arabic and English-language Levant outlets garbled into French and look-alike titles (its times in
 * UTC+2; the credit at the foot), an English-language cajun site in Breaux Bridge (Louisiana) translating French
 * national, regional and Acadian papers' names into English word for word (its times in Central time, month first
 * and a two-digit year), an English-language Inverness (Scottish Highlands) paper (its own reporters, GMT), an
 * English-language Ottawa government-affairs site translating francophone Canadian and French papers' names into
 * English (Eastern time; its translator named beside the reporter; the credit at the top or inside), and an
 * English-language Singapore business wire pointing to the original's address (Singapore time, UTC+8, often the
 * next day). Article text is read AT RUN TIME from ../shared/corpus/gilets-jaunes (v1's clean pool, drawn with
 * another seed): no corpus text is stored here.
 *
 * Title decorations (none of them part of the headline, which stays the publisher's): a prefix tag ("ACTU CORSE ▷
 * Titre" on the Calvi site, "UE ⇒ Titre" on the Strasbourg site, "Revue de presse – Titre" on the Beirut site,
 * "Nouvelles de France | Title" on the Louisiana site, "Francophone Press // Title" on the Ottawa site, "Euro Desk |
 * Title" on the Singapore wire), a site-name suffix ("Titre | Campus Flandres" on the Lille paper, "Titre ~ Malebo
 * Info" on the Kinshasa portal), a note after the headline ("Titre ✈" on the Blagnac letter, "Titre (revue de
 * presse)" on the Geneva digest, "Title – UPDATED" on the Inverness paper), and on the Abidjan review the original
 * outlet's name after " ⟩ ", " ✱ " or " ⋙ " (its evidence). Date formats: "Publicatu / Publié le 11-01-2019 à
 * 14:05", "11 janv 2019 ● 14:05", "Mis en ligne : 2019-01-11T14:05:00+01:00", "Diffusion : 11/01/2019, 14h05 HNEC",
 * "Point presse du vendredi 11 janvier 2019 — Genève", "Kinshasa, 11 janvier 2019 — 14 h 05 (WAT)", "Abidjan, le
 * 11.01.2019 | 13 h 05 GMT", "Beyrouth, vendredi 11 janvier 2019 – 15:05 (UTC+2)", "Posted Fri, 01/11/19 at 07:05
 * CST", "13:05 GMT, Friday 11 January 2019", "Publication date: 2019-01-11, 8:05 a.m. ET" and "11 Jan 2019 · 9.05pm
 * SGT".
 *
 * Expected outlet: v2's convention (who published the article first, as the file credits it), recorded per
 * file in `outletEvidence`: machine-translated names of real outlets expect the real outlet's usual name,
 * look-alike names are kept as written, the site's own name is the outlet only where it shows its masthead and
 * its own staff's byline, the republisher is the site's name whenever the file credits another outlet, and null
 * when nothing credits one. Republishing sites show a byline only beside a credit. Expected author: the writer's
 * name as the byline shows it, without role, place, agency ("avec AFP"), proof-reader, editor, translator or
 * photographer; a piece written by two expects both names as the page joins them ("A et B" on French pages, "A and
 * B" on English ones). Every time shown names its zone or is Paris time: the Kinshasa, Abidjan, Beirut, Louisiana,
 * Inverness, Ottawa and Singapore sites show their own clock with its zone (WAT = UTC+1, GMT, UTC+2, CST = UTC−6,
 * GMT, ET = UTC−5, SGT = UTC+8: the whole period is in each zone's standard time), the others Paris time (winter
 * 2018-19, so UTC+1; "HNEC", heure normale d'Europe centrale, on the Blagnac letter); the expected date is the same
 * instant, written in Paris time. The Geneva digest shows the Paris day only. Files are written in UTF-8 (with or
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
  fmtEn,
  fmtFr,
  generatorCli,
  inEnglish,
  junkFile,
  type MadePage,
  onClock,
  packFiles,
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

/** The v26 seed: no earlier set drew with it. */
export const SEED_V26 = 20261201_26;
/** Clean articles written with their headline and paragraphs only, crediting nobody. */
const BARE_V26 = 10;
/** Share of copies scraped without their headline line. */
const NO_HEADLINE = 0.3;
/** Share of copies (of bodies with four paragraphs or more) that lose their closing paragraph. */
const NO_ENDING = 0.3;
/** The period: 95 days from 24 November 2018, in Paris winter time (UTC+1) and before the US clocks change. */
const PERIOD_START = Date.UTC(2018, 10, 24);
const PERIOD_DAYS = 95;
const PARIS = 'Europe/Paris';
/** A v26 encoding: the shared ones, plus ISO-8859-1 where the page fits in it. */
type EncodingV26 = SetEncoding;
/** The encodings drawn for the files: plain UTF-8 most often, then Windows-1252, CRLF ends, a BOM, Latin-1 and UTF-16 LE. */
const ENCODINGS_V26: readonly EncodingV26[] = ['utf-8', 'cp1252-crlf', 'utf-8', 'cp1252', 'utf-16le-bom', 'utf-8-bom', 'latin1', 'utf-8', 'utf-8-crlf', 'cp1252', 'utf-8', 'latin1', 'cp1252-crlf'];

/** How many other sites carry a copy of one original (none, most often). */
function copiesOn(d: Dice): number {
  const r = d.next();
  return r < 0.53 ? 0 : r < 0.84 ? 1 : r < 0.96 ? 2 : 3;
}

// ——— People ———

/** Writers; two entries are pieces written by two (joined " et " as French pages print them). */
const BYLINES_V26 = [
  'Ghjuvan Battista Santoni', 'Maria-Laetizia Casanova', 'Pierre-Paul Filippi', 'Inès Vandamme', 'Hugo Delattre', 'Clémentine Schaeffer',
  'Matthias Kieffer', 'Romain Cazeneuve', 'Patient Ilunga Mukendi', 'Grâce Mbuyi Kalala', 'Serge Konan Kouassi', 'Affoué Bamba', 'Rita Khoury-Haddad',
  'Ziad Nassar', 'Amédée Thibodeaux', 'Brittany Guidry', 'Fiona MacKenzie', 'Callum Urquhart', 'Mélissa Larocque', 'Graham Whitfield', 'Tan Wei Ling',
  'Rajesh Pillai', 'Inès Vandamme et Hugo Delattre', 'Rita Khoury-Haddad et Ziad Nassar',
];
/** People named beside the writer who did not write the piece: proof-readers, editors, translators. */
const EDITORS_V26 = ['Sophie Lalonde', 'Kenneth Ong', 'Aurore Vanhecke', 'Lucas Mortier'];
const PHOTO_V26 = ['Ange-Marie Albertini', 'Eilidh Fraser', 'Jean-Noël Poggi', 'Ruaridh Grant'];


// ——— Outlets ———

const STRASBOURG_FR = [
  'Les Dernières Nouvelles d’Alsace', 'L’Alsace', 'Rue89 Strasbourg', 'France 3 Grand Est', 'Le Monde', 'La Croix', 'Ouest-France', 'Euractiv', 'Contexte',
  'Toute l’Europe', 'Le Figaro',
];
const EUROPE_FOREIGN = [
  'Frankfurter Allgemeine Zeitung', 'Süddeutsche Zeitung', 'Der Spiegel', 'Die Zeit', 'Badische Zeitung', 'Stuttgarter Zeitung', 'EUobserver',
  'The Parliament Magazine', 'Deutsche Welle',
];
const BLAGNAC_FR = [
  'La Dépêche du Midi', 'Air & Cosmos', 'Les Échos', 'La Tribune', 'Le Journal de l’Aviation', 'Aerobuzz', 'L’Usine nouvelle', 'Le Monde', 'Actu Toulouse',
  'Objectif News', 'Le Parisien',
];
const AERO_EN = ['Aviation Week', 'Flight Global', 'Air Transport World', 'SpaceNews', 'The Air Current', 'Aerospace America', 'Defense News'];
const KINSHASA_FR = ['Radio Okapi', 'Actualite.cd', 'Le Potentiel', 'Le Phare', '7sur7.cd', 'Jeune Afrique', 'RFI', 'Le Monde', 'TV5Monde', 'La Libre Belgique', 'Le Soir'];
const AFRICA_EN = ['Mail & Guardian', 'The Africa Report', 'Africa Confidential', 'Daily Monitor', 'New Vision', 'The New Times', 'Business Day', 'African Arguments'];
const BEIRUT_FR = [
  'L’Orient-Le Jour', 'Ici Beyrouth', 'Le Commerce du Levant', 'RFI', 'France 24', 'Le Monde', 'Libération', 'Le Figaro', 'Courrier international', 'La Croix',
  'Le Point',
];
const LEVANT_FOREIGN = ['Annahar', 'Al-Akhbar', 'Al Joumhouria', 'Al-Liwaa', 'The Daily Star', 'Al Jazeera', 'Al-Arabiya'];
const ABIDJAN_PRESS = [
  'Fraternité Matin', 'Le Patriote', 'Notre Voie', 'L’Intelligent d’Abidjan', 'Linfodrome', 'Koaci', 'Abidjan.net', 'Jeune Afrique', 'RFI', 'Le Monde',
  'Le Figaro', 'Libération', 'Le Point', 'France 24',
];
const LOUISIANA_PICKS = [
  'Le Monde', 'Libération', 'Sud Ouest', 'La Dépêche du Midi', 'La République des Pyrénées', 'Le Courrier picard', 'La Charente libre', 'Le Bien public',
  'Valeurs actuelles', 'Les Dernières Nouvelles d’Alsace', 'Le Progrès', 'La Provence', 'Le Journal du Centre', 'L’Acadie Nouvelle',
];
const OTTAWA_PICKS = [
  'Le Droit', 'Le Devoir', 'La Presse', 'L’Actualité', 'La Tribune', 'Le Voyageur', 'Les Affaires', 'Le Temps', 'Le Monde', 'Les Échos', 'Le Journal du Dimanche',
  'L’Acadie Nouvelle',
];
const SINGAPORE_LINKED = [
  'Les Échos', 'La Tribune', 'Le Figaro', 'Le Monde', 'L’Usine nouvelle', 'Challenges', 'Capital', 'BFM Business', 'Le Point', 'L’Express', 'Libération',
  'Ouest-France', 'La Croix',
];

/** Invented outlets whose names begin like a known outlet's: the expected outlet is the name as written. */
const LOOKALIKES_V26 = {
  strasbourg: ['Les Dernières Nouvelles du Parlement', 'L’Alsace européenne'],
  blagnac: ['La Dépêche des Pistes', 'Les Échos du Hangar'],
  kinshasa: ['Le Phare de Goma', 'Le Potentiel économique'],
  abidjan: ['Le Patriote de Yopougon', 'Fraternité Lagunes'],
  beirut: ['L’Orient des Cèdres', 'Le Soir du Chouf'],
  louisiana: ['La Voix des Bayous', 'Le Figaro cadien'],
  ottawa: ['Le Droit municipal', 'La Presse parlementaire'],
} as const;
const IS_LOOKALIKE_V26: ReadonlySet<string> = new Set(Object.values(LOOKALIKES_V26).flat());

/** Francophone names as a translation engine renders them in English, word for word (some reorder the words). */
const INTO_EN_V26: Record<string, readonly string[]> = {
  'Le Monde': ['The World'],
  'Libération': ['Liberation', 'Release'],
  'Sud Ouest': ['South West', 'Southwest'],
  'La Dépêche du Midi': ['The Midday Dispatch', 'The Dispatch of the South'],
  'La République des Pyrénées': ['The Republic of the Pyrenees', 'The Pyrenees Republic'],
  'Le Courrier picard': ['The Picard Courier', 'The Courier Picard'],
  'La Charente libre': ['The Free Charente', 'Charente Free'],
  'Le Bien public': ['The Public Good', 'The Good Public'],
  'Valeurs actuelles': ['Current Values', 'Values Current'],
  'Les Dernières Nouvelles d’Alsace': ['The Latest News of Alsace', 'Alsace Latest News'],
  'Le Progrès': ['The Progress'],
  'La Provence': ['The Provence'],
  'Le Journal du Centre': ['The Centre Journal', 'The Journal of the Center'],
  'L’Acadie Nouvelle': ['The New Acadia', 'Acadia New'],
  'Le Droit': ['The Right', 'The Law'],
  'Le Devoir': ['The Duty'],
  'La Presse': ['The Press'],
  'L’Actualité': ['The Actuality', 'Current Events'],
  'La Tribune': ['The Tribune'],
  'Le Voyageur': ['The Traveller', 'The Voyager'],
  'Les Affaires': ['The Business', 'Business Affairs'],
  'Le Temps': ['The Time', 'Time'],
  'Les Échos': ['The Echoes'],
  'Le Journal du Dimanche': ['The Sunday Journal', 'The Journal of Sunday'],
  'L’Orient-Le Jour': ['The Orient-The Day', 'The East-The Day'],
  'Jeune Afrique': ['Young Africa'],
  'La Croix': ['The Cross'],
  'Le Point': ['The Point'],
  'Le Potentiel': ['The Potential'],
  'Le Phare': ['The Lighthouse'],
};
/** German, English and Arabic names as a translation engine garbles them in French, word for word (some reorder the words). */
const INTO_FR_V26: Record<string, readonly string[]> = {
  'Frankfurter Allgemeine Zeitung': ['Journal général de Francfort', 'La Gazette générale francfortoise'],
  'Süddeutsche Zeitung': ['Le Journal de l’Allemagne du Sud', 'Journal sud-allemand'],
  'Der Spiegel': ['Le Miroir'],
  'Die Zeit': ['L’Époque'],
  'Badische Zeitung': ['Le Journal badois', 'Journal de Bade'],
  'Stuttgarter Zeitung': ['Le Journal de Stuttgart', 'Journal stuttgartois'],
  EUobserver: ['L’Observateur de l’UE', 'UE Observateur'],
  'The Parliament Magazine': ['Le Magazine du Parlement', 'Magazine Parlement'],
  'Deutsche Welle': ['L’Onde allemande', 'Vague allemande'],
  'Aviation Week': ['Semaine de l’aviation', 'La Semaine aéronautique'],
  'Flight Global': ['Vol mondial', 'Le Vol global'],
  'Air Transport World': ['Le Monde du transport aérien', 'Transport Aérien Monde'],
  SpaceNews: ['Nouvelles de l’Espace', 'Espace Nouvelles'],
  'The Air Current': ['Le Courant aérien', 'Le Courant d’air'],
  'Aerospace America': ['Amérique aérospatiale', 'L’Amérique de l’aérospatiale'],
  'Defense News': ['Nouvelles de la Défense', 'Défense Nouvelles'],
  'Mail & Guardian': ['Courrier et Gardien', 'Le Courrier & le Gardien'],
  'The Africa Report': ['Le Rapport Afrique', 'Le Rapport de l’Afrique'],
  'Africa Confidential': ['Afrique confidentielle', 'Confidentiel Afrique'],
  'Daily Monitor': ['Le Moniteur quotidien', 'Moniteur Quotidien'],
  'New Vision': ['Nouvelle Vision', 'La Vision nouvelle'],
  'The New Times': ['Les Nouveaux Temps', 'Le Nouveau Temps'],
  'Business Day': ['Jour des affaires', 'Le Jour d’affaires'],
  'African Arguments': ['Arguments africains'],
  Annahar: ['Le Jour', 'La Journée'],
  'Al-Akhbar': ['Les Nouvelles', 'Les Informations'],
  'Al Joumhouria': ['La République'],
  'Al-Liwaa': ['L’Étendard', 'La Bannière'],
  'The Daily Star': ['L’Étoile quotidienne', 'Le Quotidien Étoile'],
  'Al Jazeera': ['L’Île', 'La Péninsule'],
  'Al-Arabiya': ['L’Arabe', 'L’Arabie'],
};

/** Web hosts of the outlets the Singapore wire links to. */
const HOSTS_V26: Record<string, string> = {
  'Les Échos': 'www.lesechos.fr', 'La Tribune': 'www.latribune.fr', 'Le Figaro': 'www.lefigaro.fr', 'Le Monde': 'www.lemonde.fr',
  'L’Usine nouvelle': 'www.usinenouvelle.com', Challenges: 'www.challenges.fr', Capital: 'www.capital.fr', 'BFM Business': 'www.bfmtv.com',
  'Le Point': 'www.lepoint.fr', 'L’Express': 'www.lexpress.fr', Libération: 'www.liberation.fr', 'Ouest-France': 'www.ouest-france.fr',
  'La Croix': 'www.la-croix.com', 'La Dépêche du Midi': 'www.ladepeche.fr', 'Les Dernières Nouvelles d’Alsace': 'www.dna.fr', 'L’Alsace': 'www.lalsace.fr',
  'Le Devoir': 'www.ledevoir.com', 'La Presse': 'www.lapresse.ca', 'Le Droit': 'www.ledroit.com', 'L’Orient-Le Jour': 'www.lorientlejour.com',
  'Jeune Afrique': 'www.jeuneafrique.com', 'Radio Okapi': 'www.radiookapi.net', 'Fraternité Matin': 'www.fratmat.info', RFI: 'www.rfi.fr',
  'France 24': 'www.france24.com', 'Sud Ouest': 'www.sudouest.fr', 'Air & Cosmos': 'air-cosmos.com', 'Le Temps': 'www.letemps.ch',
  'Courrier international': 'www.courrierinternational.com', 'Le Parisien': 'www.leparisien.fr', Euractiv: 'www.euractiv.fr',
  'Le Journal du Dimanche': 'www.lejdd.fr', 'Valeurs actuelles': 'www.valeursactuelles.com', 'La Provence': 'www.laprovence.com',
  'Le Progrès': 'www.leprogres.fr', 'Les Affaires': 'www.lesaffaires.com', 'L’Actualité': 'lactualite.com',
};

/** Names the Abidjan review can print after a headline. */
const ABIDJAN_NAMES: readonly string[] = [
  ...ABIDJAN_PRESS, ...LOOKALIKES_V26.abidjan, 'L’Indépendant de Balagne', 'Campus Flandres', 'The Highland Clarion', 'Radio Okapi', 'Le Potentiel',
  'L’Orient-Le Jour', 'Les Dernières Nouvelles d’Alsace', 'La Dépêche du Midi', 'Les Échos', 'Le Devoir', 'Le Droit', 'La Presse', 'Sud Ouest', 'Le Temps',
  'Air & Cosmos', 'La Croix', 'Courrier international', 'Le Phare de Goma', 'L’Orient des Cèdres', 'La Voix des Bayous',
];


/** A v26 site: a v2 site, plus which originals its way of crediting can show on a copy (all when absent). */
interface SiteV26 extends SiteV2 {
  canShow?: (canonical: string) => boolean;
}

const { creditAsPrinted, weightedCredits } = creditPrinter(INTO_EN_V26, INTO_FR_V26, IS_LOOKALIKE_V26);


// ——— Template helpers ———

const yearV26 = (p: Page): string => fmtFr(p.s.date, 'yyyy');
/** French short month names as the Lille paper prints them, without the abbreviation's full stop. */
const MONTHS_NO_DOT = ['janv', 'févr', 'mars', 'avr', 'mai', 'juin', 'juil', 'août', 'sept', 'oct', 'nov', 'déc'];
/** The original's address on its outlet's site, in one of three URL shapes. */
function addressOf(p: Page): string {
  const { d, s } = p;
  const host = HOSTS_V26[s.credit!.canonical]!;
  const words = slug(s.src.title);
  return d.pick([
    () => `https://${host}/economie/${words}-${d.int(10_000_000, 99_999_999)}`,
    () => `https://${host}/amp/${fmtFr(s.date, 'yyyy/MM/dd')}/${words}`,
    () => `https://${host}/${words}?utm_source=straitseurowire&utm_medium=referral`,
  ])();
}

// ——— The twelve sites ———

export const SITES_V26: readonly SiteV26[] = [
  {
    id: 'calvi-regional',
    name: 'L’Indépendant de Balagne',
    lang: 'fr',
    originals: 16,
    attribution: 'own',
    lookalike: true,
    chromeOnlyPage: true,
    render(p) {
      const { d, s } = p;
      p.chrome(
        'L’Indépendant de Balagne et ses partenaires enregistrent des cookies sur votre appareil pour mesurer la fréquentation, vous proposer des annonces de commerces de Calvi et de L’Île-Rousse et lire nos vidéos. Vous pouvez retirer votre accord à tout moment depuis la page « Données personnelles ».',
        'Accettà tuttu / Tout accepter',
        'Continuer sans accepter',
      ).blank();
      p.chrome('L’INDÉPENDANT DE BALAGNE', 'Calvi · L’Île-Rousse · Belgodère · Calenzana · Ostriconi · Giussani', 'Accolta / Accueil | Società | Sport | Cultura | Abbunamentu / Abonnement').blank();
      p.chrome(`Traversées : ${d.pick(['Marseille–L’Île-Rousse à l’heure', 'Nice–Calvi, retard de 40 minutes', 'annulées, coup de vent de sud-ouest'])} · Train Calvi–Ponte-Leccia : ${d.pick(['circulation normale', 'bus de substitution', 'supprimé jusqu’à lundi'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `ACTU CORSE ▷ ${t}` : t)).blank();
      p.meta(
        fmtFr(s.date, "'Publicatu / Publié le' dd-MM-yyyy 'à' HH:mm"),
        d.pick([`Par ${s.author} (avec AFP)`, `${s.author} — rédaction de Calvi`, `Un article signé ${s.author}`]),
      ).blank();
      p.chrome(`Ritrattu / Photo : ${d.pick(PHOTO_V26)} – L’Indépendant de Balagne`);
      p.body({ [p.mid()]: [`À leghje dinò / À lire aussi : ${p.related(1)[0]!}`] });
      p.chrome(
        'Cet article vous est offert. Pour lire tous les contenus de L’Indépendant de Balagne, soutenir une rédaction installée à Calvi et recevoir l’édition numérique chaque matin, abonnez-vous dès un euro le premier mois, sans engagement de durée.',
        'Mi abbonu / Je m’abonne',
      ).blank();
      p.chrome(`Réagir (${p.n(45)}) · Partager · Signaler une erreur`).blank();
      p.chrome(`© ${yearV26(p)} L’Indépendant de Balagne – SARL Stampa Balanina, port de Calvi – Tous droits réservés`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'lille-student',
    name: 'Campus Flandres',
    lang: 'fr',
    originals: 14,
    attribution: 'own',
    render(p) {
      const { d, s } = p;
      p.chrome('CAMPUS FLANDRES', 'Le journal des étudiantes et des étudiants de la métropole lilloise', 'Actu | Campus | Culture | Sport U | Vie étudiante | Qui sommes-nous ?').blank();
      p.chrome(`Métro ligne 1 : ${d.pick(['trafic normal', 'perturbé entre Cité Scientifique et 4 Cantons', 'interrompu, bus relais'])} · Resto U du jour : ${d.pick(['couscous végétarien', 'carbonade flamande', 'welsh, supplément 1 €'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} | Campus Flandres` : t)).blank();
      const t = s.date;
      p.meta(
        d.pick([`Par ${s.author}, étudiant·e en master de journalisme`, `Texte : ${s.author} · Relecture : ${d.pick(EDITORS_V26)}`, `${s.author} (promo 2020)`]),
        `${t.getDate()} ${MONTHS_NO_DOT[t.getMonth()]!} ${t.getFullYear()} ● ${fmtFr(t, 'HH:mm')}`,
      ).blank();
      p.body({ [p.mid()]: [`→ Lire aussi : ${p.related(1)[0]!}`] });
      p.chrome(`${p.n(40)} réactions · 👏 ${p.n(90)} · Partager sur Instagram / X / LinkedIn`).blank();
      p.chrome(
        'Campus Flandres est un journal associatif réalisé bénévolement par des étudiantes et des étudiants. Nos articles peuvent être repris par les autres médias étudiants à condition de citer l’auteur et le journal et de mettre un lien vers la page d’origine (licence CC BY-NC-SA 4.0).',
      ).blank();
      p.chrome('Reçois notre newsletter du dimanche soir : les infos du campus, les bons plans et l’agenda de la semaine.', 'Je m’inscris').blank();
      p.chrome(`Campus Flandres ${yearV26(p)} — association loi 1901 — Maison de l’étudiant, Villeneuve-d’Ascq`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'strasbourg-europe',
    name: 'Orangerie Europe',
    lang: 'fr',
    originals: 16,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.85 },
    draw: weightedCredits({ into: 'fr', share: 0.85 }, [STRASBOURG_FR, 0.42], [EUROPE_FOREIGN, 0.33], [LOOKALIKES_V26.strasbourg, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('ORANGERIE EUROPE', 'L’actualité européenne vue de Strasbourg', 'Parlement | Conseil de l’Europe | Cour EDH | Rhin supérieur | Dossiers').blank();
      p.chrome(`Session plénière : ${d.pick(['du lundi au jeudi à Strasbourg', 'mini-session à Bruxelles', 'pas de session cette semaine'])} · Pont de l’Europe : ${d.pick(['circulation fluide', 'contrôles, 25 minutes d’attente', 'tram D limité à Kehl Rathaus'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `UE ⇒ ${t}` : t)).blank();
      p.meta(fmtFr(s.date, "'Mis en ligne :' yyyy-MM-dd'T'HH:mm:ssXXX"));
      p.credit([
        (o) => `Republication autorisée — texte original : ${o}`,
        (o) => `Nous reprenons ici un article ${de(o)}.`,
        (o) => `D’après un article ${de(o)}.`,
        (o) => `Avec l’autorisation ${de(o)}, où ce texte a d’abord paru.`,
      ]);
      if (s.credit) p.meta(d.pick([`Par ${s.author}, envoyé(e) spécial(e) au Parlement européen`, `Correspondance : ${s.author}`]));
      p.blank();
      p.body({ [p.mid()]: [`Pour aller plus loin ⇢ ${p.related(1)[0]!}`] });
      p.chrome('Partager : Mastodon · Bluesky · LinkedIn · Courriel').blank();
      p.chrome(
        'Orangerie Europe republie, avec l’accord de leurs éditeurs, des articles de la presse régionale, nationale et européenne. Les textes parus en allemand ou en anglais sont traduits par un logiciel, y compris le nom des journaux, puis relus ; seul l’original fait foi.',
      ).blank();
      p.chrome(
        'Chaque lundi de session plénière, notre lettre « Hémicycle » résume en dix minutes les votes, les débats et les coulisses du Parlement européen à Strasbourg.',
        'S’abonner gratuitement',
      ).blank();
      p.chrome(`© ${yearV26(p)} Orangerie Europe · Allée de la Robertsau, Strasbourg · Mentions légales`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'blagnac-aero',
    name: 'La Lettre de Blagnac',
    lang: 'fr',
    originals: 15,
    attribution: 'source-line',
    translate: { into: 'fr', share: 0.85 },
    draw: weightedCredits({ into: 'fr', share: 0.85 }, [BLAGNAC_FR, 0.42], [AERO_EN, 0.32], [LOOKALIKES_V26.blagnac, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('LA LETTRE DE BLAGNAC', 'Aéronautique, spatial et défense en Occitanie — lettre professionnelle', 'Constructeurs · Sous-traitance · Spatial · Aéroports · Emploi · Agenda').blank();
      p.chrome(`Lettre n° ${d.int(1400, 1600)} · ${d.pick(['Cadences A320 : 60 appareils par mois visés', 'Livraisons A350 : objectif maintenu', 'Salon du Bourget : inscriptions des exposants ouvertes'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} ✈` : t)).blank();
      p.meta(fmtFr(s.date, "'Diffusion :' dd/MM/yyyy, HH'h'mm 'HNEC'"));
      const top = s.credit !== null && d.chance(0.4);
      const source = s.credit
        ? [
            d.pick([`Provenance : ${s.credit.shown}`, `Source primaire : ${s.credit.shown}`, `Source ▸ ${s.credit.shown}`, `(Source : ${s.credit.shown})`]),
            d.pick([`Signataire : ${s.author}`, `Par ${s.author}, rédaction aéronautique`]),
          ]
        : [];
      if (top) p.meta(...source);
      p.blank();
      p.body({
        [p.mid()]: [`Annonce emploi — ${d.pick(['Sous-traitant de rang 1 recherche ingénieur qualité, Colomiers', 'Motoriste cherche technicien d’essais, Tarbes', 'Start-up spatiale recrute développeur embarqué, Toulouse'])}`],
      });
      if (!top && source.length > 0) p.meta(...source).blank();
      p.chrome(
        'La Lettre de Blagnac est réservée à ses abonnés professionnels. Toute transmission, même interne, à des personnes non abonnées est interdite. Les articles de la presse étrangère sont traduits automatiquement, titres des publications compris, et publiés avec leur source.',
      ).blank();
      p.chrome('Ajouter à ma veille · Exporter en PDF · Transférer').blank();
      p.chrome(`La Lettre de Blagnac — ${yearV26(p)} — Éditions Aéroconstellation, Blagnac — Désabonnement`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'geneva-digest',
    name: 'Le Fil des Nations',
    lang: 'fr',
    originals: 12,
    attribution: 'none',
    chromeOnlyPage: true,
    render(p) {
      const { d, s } = p;
      p.chrome('LE FIL DES NATIONS', 'Revue de presse des fonctionnaires internationaux de Genève — usage interne', 'Accueil > Revues de presse > France').blank();
      p.chrome(`Palais des Nations : ${d.pick(['accès par le portail de Pregny uniquement', 'exercice d’évacuation jeudi à 10 h', 'cafétéria du bâtiment E fermée'])} · Bus 8 et 28 : ${d.pick(['horaires normaux', 'déviés par la route de Ferney', 'renforcés pendant le Conseil'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} (revue de presse)` : t)).blank();
      p.meta(fmtFr(s.date, "'Point presse du' EEEE d MMMM yyyy '— Genève'")).blank();
      p.body({
        [p.mid()]: [`Note de l’équipe de veille — ${d.pick(['Prochaine revue thématique : la réforme des retraites', 'Les archives de 2018 sont en ligne sur l’intranet', 'Pas de revue pendant la semaine du Conseil'])}`],
      });
      p.chrome(
        'Cette revue de presse est destinée exclusivement au personnel des organisations internationales et des missions permanentes à Genève. Les articles sont reproduits à des fins d’information interne et ne peuvent être transmis à l’extérieur ni cités publiquement.',
      ).blank();
      p.chrome('Se désabonner · Archives · Contacter l’équipe de veille').blank();
      p.chrome(`Le Fil des Nations · ${yearV26(p)} · Avenue de la Paix, Genève`);
      return { author: false, date: 'day' };
    },
  },
  {
    id: 'kinshasa-portal',
    name: 'Malebo Info',
    lang: 'fr',
    originals: 16,
    attribution: 'credit',
    chromeOnlyPage: true,
    translate: { into: 'fr', share: 0.85 },
    draw: weightedCredits({ into: 'fr', share: 0.85 }, [KINSHASA_FR, 0.42], [AFRICA_EN, 0.32], [LOOKALIKES_V26.kinshasa, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Malebo Info utilise des cookies et des technologies similaires pour assurer le bon fonctionnement du portail, mesurer son audience et afficher des annonces. En poursuivant votre navigation, vous consentez à leur dépôt ; vous pouvez les refuser à tout moment dans les réglages.',
        'J’ai compris',
        'Réglages',
      ).blank();
      p.chrome('MALEBO INFO', 'Kinshasa · Kongo-Central · Grand Kasaï · Kivu · Katanga · Afrique centrale', 'Politique | Économie | Sécurité | Provinces | Culture | Sports').blank();
      p.chrome(`1 USD = ${d.int(1620, 1680)} FC · Fleuve Congo à Kinshasa : ${d.pick(['décrue', 'niveau normal', 'crue annoncée'])} · Boulevard du 30-Juin : ${d.pick(['embouteillages', 'fluide', 'fermé pour un cortège'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} ~ Malebo Info` : t)).blank();
      p.meta(fmtFr(onClock(p, 'Africa/Kinshasa'), "'Kinshasa,' d MMMM yyyy '—' HH 'h' mm '(WAT)'")).blank();
      const credit = s.credit
        ? [
            d.pick([
              (o: string) => `Cet article a été initialement publié par ${o}.`,
              (o: string) => `Une information ${de(o)}, que nous relayons.`,
              (o: string) => `(Article publié à l’origine sur le site ${de(o)})`,
              (o: string) => `Texte relayé avec l’accord ${de(o)}.`,
            ])(s.credit.shown),
            d.pick([`Par ${s.author}`, `Rédigé par ${s.author}`]),
          ]
        : [];
      bodyWithCredit(p, p.mid(), credit, {
        [p.s.body.length - 2]: [`Publireportage — ${d.pick(['Vols Kinshasa–Lubumbashi à prix réduit ce mois-ci', 'Ouverture d’une agence bancaire à Limete', 'Forfaits internet illimités pour les étudiants de l’UNIKIN'])}`],
      });
      p.chrome(`${p.n(70)} commentaires · Ajouter le vôtre`).blank();
      p.chrome('Partager sur WhatsApp · Facebook · X').blank();
      p.chrome('Lire aussi sur Malebo Info', ...p.related(2)).blank();
      p.chrome(`© ${yearV26(p)} Malebo Info – Gombe, Kinshasa – RDC – Reproduction interdite sans autorisation`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'abidjan-review',
    name: 'Plateau Presse',
    lang: 'fr',
    originals: 15,
    attribution: 'title-suffix',
    canShow: (canonical) => ABIDJAN_NAMES.includes(canonical),
    draw: weightedCredits(undefined, [ABIDJAN_PRESS, 0.76], [LOOKALIKES_V26.abidjan, 0.12]),
    render(p) {
      const { d, s } = p;
      p.chrome('PLATEAU PRESSE', 'La revue de presse ivoirienne et internationale, depuis Abidjan', 'Accueil › Revue du jour › Monde').blank();
      p.chrome(`BRVM Composite : ${d.int(150, 170)},${d.int(10, 99)} · Pont HKB : ${d.pick(['fluide', 'ralentissements vers Cocody', 'fermé une voie'])} · ${d.pick(['Harmattan sur Abidjan', 'Averses attendues sur le littoral', 'Ciel dégagé, 31 °C'])}`).blank();
      const after = d.pick([(o: string) => ` ⟩ ${o}`, (o: string) => ` ✱ ${o}`, (o: string) => ` ⋙ ${o}`]);
      p.title((t) => (s.credit ? `${t}${after(s.credit.shown)}` : t)).blank();
      p.meta(fmtFr(onClock(p, 'Africa/Abidjan'), "'Abidjan, le' dd.MM.yyyy '|' HH 'h' mm 'GMT'")).blank();
      p.body();
      p.chrome('Le nom du journal d’origine figure après chaque titre. Cliquez pour lire l’article complet sur son site.').blank();
      p.chrome(
        'Plateau Presse rassemble chaque jour des articles de journaux ivoiriens, africains et internationaux et conserve leur texte intégral. Les droits de chaque article restent à son éditeur ; tout retrait demandé par un éditeur est effectué dans la journée.',
      ).blank();
      p.chrome(`Plateau Presse · Abidjan-Plateau · ${yearV26(p)}`);
      return { author: false, date: 'full' };
    },
  },
  {
    id: 'beirut-site',
    name: 'Beyrouth Panorama',
    lang: 'fr',
    originals: 16,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.85 },
    draw: weightedCredits({ into: 'fr', share: 0.85 }, [BEIRUT_FR, 0.42], [LEVANT_FOREIGN, 0.32], [LOOKALIKES_V26.beirut, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('BEYROUTH PANORAMA', 'Le Liban et le Levant en français', 'Politique | Économie | Diaspora | Culture | Opinions').blank();
      p.chrome(`Dollar : 1 507,5 LL · Électricité : ${d.pick(['12 heures de rationnement', 'coupures à Achrafieh', 'alimentation normale'])} · Route de Damas : ${d.pick(['circulation normale', 'embouteillage à Hazmieh', 'neige à Dahr el-Baïdar'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `Revue de presse – ${t}` : t)).blank();
      p.meta(fmtFr(onClock(p, 'Asia/Beirut'), "'Beyrouth,' EEEE d MMMM yyyy '–' HH:mm '(UTC+2)'")).blank();
      p.body({ [p.mid()]: [`À lire également : ${p.related(1)[0]!}`] });
      p.credit([
        (o) => `Cet article est paru dans ${o} ; nous le reproduisons avec son autorisation.`,
        (o) => `Copyright ${o} — reproduit par Beyrouth Panorama.`,
        (o) => `Reprise d’un article ${de(o)}.`,
        (o) => `— Article original : ${o} —`,
      ]);
      if (s.credit) p.meta(d.pick([`Signature : ${s.author}`, `${s.author}, à Beyrouth`]));
      p.blank();
      p.chrome(
        'Vous avez lu vos cinq articles gratuits ce mois-ci. Abonnez-vous à Beyrouth Panorama pour un accès illimité à nos analyses, à nos revues de presse traduites de l’arabe et de l’anglais, et à nos archives depuis 2006.',
        'S’abonner',
        'Se connecter',
      ).blank();
      p.chrome(`❤ ${p.n(200)} · 💬 ${p.n(40)} · ↪ Partager`).blank();
      p.chrome(
        `© ${yearV26(p)} Beyrouth Panorama — Achrafieh, Beyrouth — Les articles parus en arabe ou en anglais sont traduits par un outil automatique, noms des journaux compris.`,
      );
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'louisiana-cajun',
    name: 'Bayou Teche Dispatch',
    lang: 'en',
    originals: 16,
    attribution: 'credit',
    translate: { into: 'en', share: 0.85 },
    draw: weightedCredits({ into: 'en', share: 0.85 }, [LOUISIANA_PICKS, 0.74], [LOOKALIKES_V26.louisiana, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome(
        'This site uses cookies to remember your preferences, count visits and show sponsor messages from Acadiana businesses. By continuing to browse the Bayou Teche Dispatch, you agree to our use of cookies as described in our privacy policy, which you may review at any time.',
        'Accept',
        'Learn more',
      ).blank();
      p.chrome('BAYOU TECHE DISPATCH', 'News from France and the French-speaking world, for Acadiana', 'Home | France | Acadie | Music | Food | Lâche pas! Newsletter').blank();
      p.chrome(`Bayou Teche at Breaux Bridge: ${d.int(4, 14)} ft · ${d.pick(['Crawfish: $3.25/lb boiled', 'Zydeco breakfast Saturday at Café Des Amis', 'Mardi Gras parade routes posted'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `Nouvelles de France | ${t}` : t)).blank();
      p.meta(fmtEn(onClock(p, 'America/Chicago'), "'Posted' EEE, MM/dd/yy 'at' HH:mm 'CST'"));
      const top = d.chance(0.5);
      const credit = s.credit
        ? [
            d.pick([
              (o: string) => `This article originally ran in ${o}.`,
              (o: string) => `Courtesy of ${o}, our partner in France.`,
              (o: string) => `Republished with permission from ${o}.`,
              (o: string) => `First published by ${o} — translated for our readers.`,
            ])(s.credit.shown),
            d.pick([`Reporting: ${writerEn(p)}`, `Story: ${writerEn(p)}, special correspondent`]),
          ]
        : [];
      if (top) p.meta(...credit);
      p.blank();
      p.body({
        [p.mid()]: [`Sponsored · ${d.pick(['Boudin and cracklin’ shipped nationwide', 'French immersion summer camp in Lafayette, sign up now', 'Cajun accordion lessons, beginners welcome'])}`],
      });
      if (!top) p.meta(...credit).blank();
      p.chrome(`${p.n(30)} comments · Join the conversation`).blank();
      p.chrome(
        'The Bayou Teche Dispatch is a volunteer project of the Teche Valley French Heritage Society. Articles from France are machine-translated, including the names of the newspapers that first published them, and checked by members before posting.',
        'Become a member',
      ).blank();
      p.chrome(`© ${yearV26(p)} Bayou Teche Dispatch · Breaux Bridge, Louisiana · Privacy · Contact`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'inverness-paper',
    name: 'The Highland Clarion',
    lang: 'en',
    originals: 14,
    attribution: 'own',
    chromeOnlyPage: true,
    render(p) {
      const { d } = p;
      p.chrome(
        'We and our partners use cookies and similar technologies to store and access information on your device, personalise advertising and content, and measure audiences. You can change your choices at any time by clicking Privacy Settings at the foot of any page on The Highland Clarion.',
        'Accept all',
        'Reject all',
        'Privacy Settings',
      ).blank();
      p.chrome('THE HIGHLAND CLARION', 'Inverness, the Highlands and Islands since 1871', 'News | Sport | Caley Thistle | Shinty | Business | Opinion | Gàidhlig').blank();
      p.chrome(`A9 Perth–Inverness: ${d.pick(['no delays', 'roadworks at Slochd, convoy system', 'snow gates closed at Drumochter'])} · CalMac Ullapool–Stornoway: ${d.pick(['sailing as scheduled', 'amber alert, high winds', 'cancelled'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} – UPDATED` : t)).blank();
      p.meta(
        d.pick([`Words by ${writerEn(p)} | Pictures by ${d.pick(PHOTO_V26)}`, `${writerEn(p)}, Local Democracy Reporter`, `By ${writerEn(p)}, Chief Reporter`]),
        fmtEn(onClock(p, 'Europe/London'), "HH:mm 'GMT,' EEEE d MMMM yyyy"),
      ).blank();
      p.body({ [p.mid()]: [`READ MORE: ${p.related(1)[0]!}`] });
      p.chrome(
        'Support local journalism in the Highlands. Subscribe to The Highland Clarion from £2 a month for unlimited access to our website, the digital edition of the paper and our weekly shinty and Caley Thistle newsletters.',
        'Subscribe',
      ).blank();
      p.chrome('Share this article: Facebook | X | WhatsApp | Email').blank();
      p.chrome(`© ${yearV26(p)} The Highland Clarion Ltd, Academy Street, Inverness IV1 · Registered in Scotland · Regulated by IPSO`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'ottawa-briefing',
    name: 'The Rideau Briefing',
    lang: 'en',
    originals: 16,
    attribution: 'credit',
    translate: { into: 'en', share: 0.85 },
    draw: weightedCredits({ into: 'en', share: 0.85 }, [OTTAWA_PICKS, 0.74], [LOOKALIKES_V26.ottawa, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('THE RIDEAU BRIEFING', 'Government, Parliament and the public service — in Ottawa and beyond', 'Parliament Hill | Departments | Procurement | Francophonie | Global Affairs').blank();
      p.chrome(`Question Period: ${d.pick(['2:15 p.m.', 'no sitting today', 'cancelled, House adjourned'])} · O-Train Line 1: ${d.pick(['normal service', 'R1 buses between Blair and Tremblay', 'door faults, delays'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `Francophone Press // ${t}` : t)).blank();
      p.meta(fmtEn(onClock(p, 'America/Toronto'), "'Publication date:' yyyy-MM-dd, h:mm aaaa 'ET'"));
      const credit = s.credit
        ? [
            d.pick([
              (o: string) => `Originally published in French by ${o}.`,
              (o: string) => `© ${o}. Used with permission.`,
              (o: string) => `This translation is based on a report from ${o}.`,
              (o: string) => `Source publication: ${o}`,
            ])(s.credit.shown),
            d.pick([`Translated from French by ${d.pick(EDITORS_V26)}; original reporting by ${writerEn(p)}`, `Reporter: ${writerEn(p)}`]),
          ]
        : [];
      const top = d.chance(0.5);
      if (top) p.meta(...credit);
      p.blank();
      bodyWithCredit(p, p.mid(), top ? [] : credit);
      p.chrome(
        'Rideau Briefing Pro subscribers receive this article as part of the daily Francophone Press digest. Redistribution outside your organization, including by email to colleagues in other departments, is prohibited under the terms of your licence agreement.',
      ).blank();
      p.chrome('Save · Print · Email to a colleague').blank();
      p.chrome('Get the 7 a.m. Rideau Briefing in your inbox', 'Sign up').blank();
      p.chrome(`© ${yearV26(p)} The Rideau Briefing Inc. · Sparks Street, Ottawa, ON · Terms · Accessibility`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'singapore-wire',
    name: 'Straits Euro Wire',
    lang: 'en',
    originals: 15,
    attribution: 'url-host',
    canShow: (canonical) => canonical in HOSTS_V26,
    draw: weightedCredits(undefined, [SINGAPORE_LINKED, 0.9]),
    render(p) {
      const { d, s } = p;
      p.chrome('STRAITS EURO WIRE', 'European business news for investors in Asia', 'Markets | Companies | Policy | Europe | Asia | Data').blank();
      p.chrome(`STI ${d.int(3000, 3300)}.${d.int(10, 99)} · EUR/SGD 1.5${d.int(10, 99)} · Brent US$${d.int(55, 65)}.${d.int(10, 99)}`).blank();
      p.title((t) => (d.chance(0.3) ? `Euro Desk | ${t}` : t)).blank();
      p.meta(fmtEn(onClock(p, 'Asia/Singapore'), "d MMM yyyy '·' h.mmaaa 'SGT'")).blank();
      p.body({ [p.mid()]: [`Related: ${p.related(1)[0]!}`] });
      if (s.credit) {
        const url = addressOf(p);
        p.meta(d.pick([`Original article: ${url}`, `Full story at ${url}`, `Read the original → ${url}`, `Link: ${url}`]), `Reporting by ${writerEn(p)}; Editing by ${d.pick(EDITORS_V26)}`).blank();
      }
      p.chrome(
        'Straits Euro Wire summarises and links to reporting from European publishers for subscribers in Singapore and across Asia. All rights in linked articles remain with their publishers. Nothing on this service constitutes investment advice.',
      ).blank();
      p.chrome(`© ${yearV26(p)} Straits Euro Wire Pte Ltd · Raffles Place, Singapore · Terms of use`);
      return writerIfCredited(p, 'full');
    },
  },
];

const JUNK_V26: readonly { name: string; bytes: Uint8Array }[] = [
  { name: 'pdf-head', bytes: Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n', 'latin1') },
  { name: 'zip-head', bytes: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0x62, 0xee, 0x9d, 0x68, 0x5e, 0x01]) },
  { name: 'webp-head', bytes: Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 \x18\x00\x00\x00\x30\x01\x00\x9d\x01\x2a', 'latin1') },
  { name: 'jpeg-head', bytes: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x48, 0x00, 0x48, 0x00, 0x00]) },
  { name: 'utf8-bom-only', bytes: Buffer.from([0xef, 0xbb, 0xbf]) },
  { name: 'crlf-only', bytes: Buffer.from('\r\n\r\n\r\n', 'latin1') },
  { name: 'js-required', bytes: Buffer.from('Veuillez activer JavaScript pour afficher ce site.\nYou need to enable JavaScript to run this app.\n', 'utf8') },
  { name: 'maintenance', bytes: Buffer.from('Site en maintenance\nNous revenons très vite. Merci de votre patience.\n', 'utf8') },
  { name: 'csv-header', bytes: Buffer.from('id;titre;date;url;auteur\n', 'utf8') },
  { name: 'php-error', bytes: Buffer.from('Fatal error: Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) in /var/www/html/wp-includes/class-wpdb.php on line 2056\n', 'utf8') },
  { name: 'access-denied', bytes: Buffer.from("Access Denied\nYou don't have permission to access this page on this server.\nReference #18.6f2e3b17.1547215500.2a9c1d0\n", 'utf8') },
];

// ——— Generation ———

/** One page of `site` (v2's convention); an English page expects the byline as it prints it ("A and B"). */
function pageV26(site: SiteV26, story: Story, d: Dice, chromeOnly: boolean): MadePage {
  const made = page(site, story, d, chromeOnly);
  const author = made.entry.author;
  return site.lang === 'en' && author !== null ? { ...made, entry: { ...made.entry, author: inEnglish(author) } } : made;
}

/** The copy of `story` that `host` carries: the first site's credit (or its own name) when the host can show it; maybe headless or cut. */
function copyOnto(d: Dice, story: Story, first: SiteV26, host: SiteV26, others: string[]): Story {
  const firstOwn = first.attribution === 'own' ? { canonical: first.name, lookalike: first.lookalike === true } : null;
  const origin = story.credit ?? firstOwn;
  const hostNames = host.attribution !== 'own' && host.attribution !== 'none';
  const named = origin !== null && hostNames && (host.canShow?.(origin.canonical) ?? true);
  const lastDropped = story.src.body.length >= 4 && d.chance(NO_ENDING);
  // The Abidjan review names the outlet after the headline: its copies always show one.
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
 * Builds the v26 set from clean sources (deterministic for a seed): each site's originals and their copies on
 * up to three other sites, uncredited bare files, chrome-only pages and junk, shuffled, each file in one of
 * several encodings and named by content.
 */
export function generateUnseenV26(pool: readonly UnseenSource[], seed: number = SEED_V26): { files: UnseenFile[]; manifest: UnseenEntry[] } {
  const d = new Dice(makeRng(seed));
  const wanted = BARE_V26 + SITES_V26.reduce((n, s) => n + s.originals, 0);
  if (pool.length < wanted) throw new Error(`unseen sites v26: ${wanted} clean articles needed, the pool has ${pool.length}`);
  const picked = d.sample(pool, wanted);
  const allTitles = picked.map((s) => s.title);
  const otherTitles = (src: UnseenSource): string[] => d.sample(allTitles.filter((t) => t !== src.title), 5);
  const when = (): TZDate => {
    const day = new Date(PERIOD_START + d.int(0, PERIOD_DAYS - 1) * 86_400_000);
    return new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), d.int(6, 21), d.int(0, 59), 0, PARIS);
  };
  const out: MadePage[] = [];
  let from = 0;
  for (const site of SITES_V26) {
    const originals = picked.slice(from, from + site.originals);
    from += site.originals;
    for (const src of originals) {
      const story: Story = { src, body: src.body, author: d.pick(BYLINES_V26), date: when(), headline: true, credit: site.draw?.(d) ?? null, others: otherTitles(src) };
      out.push(pageV26(site, story, d, false));
      const hosts = d.sample(SITES_V26.filter((h) => h !== site), copiesOn(d));
      for (const host of hosts) out.push(pageV26(host, copyOnto(d, story, site, host, otherTitles(src)), d, false));
    }
    if (site.chromeOnlyPage) {
      const stand = picked[0]!;
      out.push(pageV26(site, { src: stand, body: [], author: d.pick(BYLINES_V26), date: when(), headline: false, credit: null, others: otherTitles(stand) }, d, true));
    }
  }
  for (const src of picked.slice(from)) out.push(creditsNobody(bareFile(src)));
  for (const junk of JUNK_V26) out.push(creditsNobody(junkFile(junk)));
  return packFiles(d, out, ENCODINGS_V26, 'v26-');
}

/** Heading of the v26 table and JSON. */
export const V26_HEADING = 'UNSEEN SITES v26 (development set, written without reading the rules on 2026-12-01)';

/** Generates v26, runs the real ingest on it and prints its figures (without the DEV simulation). */
export const runUnseenEvalV26 = unseenSetRunner(V26_HEADING, generateUnseenV26);

generatorCli(import.meta.url, 'unseen sites v26', generateUnseenV26, SEED_V26);
