/**
 * Generates the FROZEN unseen-sites v28 evaluation set (issue 8): twelve more ordinary news sites, of kinds and places no earlier set had.
 *
 * FROZEN SET, written without reading the rules on 2026-12-02. Written without reading the ingest rules
 * (src/ingest/), the word lists and outlet list (src/data/), the renderer and pages, or any score of any other set
 * (the scorer, src/eval/unseen-sites.ts, was read for its types and conventions), and without opening the frozen
 * v21, v22, v23 and v25 generators; of the earlier sets only the shared scaffolding (scripts/unseen-sites.ts, v2's
 * `page` and `SiteV2`, simulate-heldout's `Dice` and encodings, scripts/rng.ts), v27's generator and test and
 * tests/unit/unseen-answers.ts (for the format and the scaffolding calls, not their sites or wordings), v25's
 * test (for the frozen-set mechanics only: its recorded digest and `itIsFrozen` call), bench/unseen-sites-v25.json
 * (the record of a frozen set's first scoring), the wiring of v25 and v27 in src/cli/eval.ts and package.json, and
 * the site lists in the headers of v3–v20, v24, v26 and v27 (to pick other kinds and places) were read. The sites,
 * outlets, credit wordings, translations, title decorations, date formats, time zones, junk and chrome here are new.
 * Nobody tunes rules against it: do not read its misses (`--show` stays 0) while changing rules, and do not edit
 * its templates, wordings or seed to move a score. When it is read, freeze a v29 and call this one development data.
 * Its one deliberate first scoring is recorded in bench/unseen-sites-v28.json.
 *
 * `npm run eval:unseen` scores v1 to v27 then this set (`npm run eval:unseen:v28`, or `npm run eval -- --unseen
 * --unseen-set v28`, for this one only); `npx tsx scripts/unseen-sites-v28.ts --out DIR` only writes the folder
 * and its manifest (the v1 format, with v2's `outletEvidence`).
 *
 * The twelve sites: a Comté cheese-industry letter in Poligny (Jura, Franche-Comté) crediting regional, national,
 * farm and Swiss papers, English-language and German-language outlets garbled into French word for word and
 * look-alike titles (the credit inside the text, the month in Roman numerals), a French-language Phnom Penh
 * (Cambodia) portal with a source line at the top or the foot naming Cambodian francophone, French and
 * English-language Asian outlets garbled into French and look-alike titles (its times in Indochina time,
 * "GMT+7", often the next day), an offshore-sailing and harbour site in Les Sables-d'Olonne (Vendée) whose own
 * name begins like a Paris sports daily's (a look-alike, its own reporters, some pieces written by two), a
 * pilgrimage volunteers' letter in Lourdes (Hautes-Pyrénées) crediting nobody (the day only), a Moroni (Comoros)
 * portal crediting Comorian, French and pan-African outlets, English-language East African and Gulf outlets
 * garbled into French and look-alike titles (its times in East Africa time, UTC+3; the credit at the top), a
 * francophone alumni press watch in Kigali (Rwanda) pointing to the original's address at the top or the foot
 * (its times in Central Africa time, "CAT", as an ISO-like stamp), a spa-town press review in Vichy (Allier)
 * keeping the original's name after the headline, a French-language Yerevan (Armenia) paper whose own name
 * begins like a Geneva daily's (a look-alike, its own reporters, its times in Armenian time, UTC+4), an
 * English-language weekly in Stornoway (Isle of Lewis, Outer Hebrides; its own reporters, GMT, 12-hour clock
 * with a dot), an English-language Aberystwyth (Wales) site on Brittany and the Celtic world translating Breton,
 * French and Belgian papers' names into English word for word (a Welsh and English date line, GMT; the credit
 * inside the text or at its foot), an English-language Franco-American site in Lewiston (Maine) doing the same
 * with Québec, Ontario, Acadian and French papers (Eastern time, "a.m./p.m."; the credit at the top), and an
 * English-language maritime shipping trade wire in Limassol (Cyprus) doing the same with French, Italian,
 * Spanish, Swiss and German papers (Eastern European time, EET = UTC+2; the credit inside the text or at its
 * foot). Article text is read AT RUN TIME from ../shared/corpus/gilets-jaunes (v1's clean pool, drawn with
 * another seed): no corpus text is stored here.
 *
 * Title decorations (none of them part of the headline, which stays the publisher's): a prefix tag ("Lu pour
 * vous · Titre" on the Poligny letter, "Notre sélection ✚ Titre" on the Lourdes letter, "Dans la presse / Mu
 * binyamakuru : Titre" on the Kigali watch, "O Ffrainc / From France – Title" on the Aberystwyth site, "[EU
 * PRESS] Title" on the Limassol wire), a site-name suffix ("Titre — TONLÉ INFOS", "Titre ~ Karthala Infos",
 * "Titre | Courrier d’Erevan"), a note after the headline ("Titre — avec vidéo" on the Sables site, "Title ▲
 * Trending" on the Stornoway weekly, "Title (Franco-American Desk)" on the Lewiston site), and on the Vichy
 * review the original outlet's name after " ⁓ ", " ┃ " or " ⋄ " (its evidence). Date formats: "Poligny,
 * 11-I-2019, 14 h 05", "Mise en ligne : sam. 12 janv. 2019 · 20:05 GMT+7", "vendredi 11.01.19 – 14:05",
 * "Courrier des hospitaliers — 11 janvier 2019", "Moroni • 11/01/2019 • 16h05 (UTC+3)", "2019-01-11 15:05 CAT",
 * "Revue du 11 janvier 2019 — 14:05", "Erevan · 11 janvier 2019 · 17:05 (heure d’Erevan, UTC+4)", "Posted at
 * 1.05pm GMT on 11/01/2019", "Dydd Gwener 11 Ionawr 2019 / Friday 11 January 2019, 13:05 GMT", "January 11, 2019
 * · 8:05 a.m. EST" and "11 Jan 2019 15:05 EET".
 *
 * Expected outlet: v2's convention (who published the article first, as the file credits it), recorded per
 * file in `outletEvidence`: machine-translated names of real outlets expect the real outlet's usual name,
 * look-alike names are kept as written, the site's own name is the outlet only where it shows its masthead and
 * its own staff's byline, the republisher is the site's name whenever the file credits another outlet, and null
 * when nothing credits one. Republishing sites show a byline only beside a credit. Expected author: the writer's
 * name as the byline shows it, without role, place, desk, translator, proof-reader or photographer; a piece
 * written by two expects both names as the page joins them ("A et B" on French pages, "A and B" on English
 * ones). Every time shown names its zone or is Paris time: the Phnom Penh, Moroni, Kigali, Yerevan, Stornoway,
 * Aberystwyth, Lewiston and Limassol sites show their own clock with its zone (GMT+7, UTC+3, CAT = UTC+2, UTC+4,
 * GMT, GMT, EST = UTC−5, EET = UTC+2: the whole period is in each zone's winter time), the others Paris time
 * (winter 2018-19, so UTC+1); the expected date is the same instant, written in Paris time. The Lourdes letter
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

/** The v28 seed: no earlier set drew with it. */
export const SEED_V28 = 20261202_28;
/** Clean articles written with their headline and paragraphs only, crediting nobody. */
const BARE_V28 = 10;
/** Share of copies scraped without their headline line. */
const NO_HEADLINE = 0.3;
/** Share of copies (of bodies with four paragraphs or more) that lose their closing paragraph. */
const NO_ENDING = 0.3;
/** The period: 80 days from 1 December 2018, in Paris winter time (UTC+1), before the North American clocks change. */
const PERIOD_START = Date.UTC(2018, 11, 1);
const PERIOD_DAYS = 80;
const PARIS = 'Europe/Paris';
/** A v28 encoding: the shared ones, plus ISO-8859-1 where the page fits in it. */
type EncodingV28 = SetEncoding;
/** The encodings drawn for the files: plain UTF-8 most often, then Latin-1, Windows-1252, a BOM, UTF-16 LE and CRLF ends. */
const ENCODINGS_V28: readonly EncodingV28[] = ['utf-8', 'latin1', 'utf-8-bom', 'cp1252', 'utf-8', 'utf-16le-bom', 'utf-8-crlf', 'cp1252-crlf', 'utf-8', 'latin1', 'cp1252', 'utf-8'];

/** How many other sites carry a copy of one original (none, most often). */
function copiesOn(d: Dice): number {
  const r = d.next();
  return r < 0.5 ? 0 : r < 0.8 ? 1 : r < 0.94 ? 2 : 3;
}

// ——— People ———

/** Writers; four entries are pieces written by two (joined " et " as French pages print them). */
const BYLINES_V28 = [
  'Aurore Vuillemin', 'Justin Cuenot', 'Sokha Chea', 'Pauline Thach', 'Gwenaëlle Rabiller', 'Loïc Guilbaud', 'Anrifa Msa', 'Chamsidine Bacar',
  'Claudine Uwase', 'Jean-Bosco Habimana', 'Hasmik Petrossian', 'Lévon Sarkissian', 'Alasdair MacLeod', 'Catriona Morrison', 'Iain Macaulay',
  'Elin Jenkins', 'Rhodri Powell', 'Yannig Le Goff', 'Rollande Bouchard', 'Marc-André Thibodeau', 'Andreas Christou', 'Nikoletta Georgiou',
  'Aurore Vuillemin et Justin Cuenot', 'Alasdair MacLeod et Catriona Morrison', 'Hasmik Petrossian et Lévon Sarkissian', 'Gwenaëlle Rabiller et Loïc Guilbaud',
];
/** People named beside the writer who did not write the piece: translators, proof-readers, English-version editors. */
const EDITORS_V28 = ['Anahit Grigoryan', 'Ffion Morgan', 'Thierry Gauthier', 'Sreymom Kim'];
const PHOTO_V28 = ['Vincent Olivaud', 'Kenneth MacIver', 'Sophal Ouk', 'Jérémie Bailly'];


// ——— Outlets ———

const POLIGNY_FR = ['Le Progrès', 'L’Est Républicain', 'Le Bien public', 'La France agricole', 'Les Échos', 'Le Monde', 'Le Figaro', 'La Croix', 'Libération', 'Le Temps', 'Tribune de Genève'];
const POLIGNY_FOREIGN = ['Financial Times', 'The Guardian', 'The New York Times', 'The Wall Street Journal', 'The Economist', 'Süddeutsche Zeitung', 'Neue Zürcher Zeitung', 'Tages-Anzeiger', 'Reuters'];
const PHNOMPENH_FR = ['Cambodge Mag', 'Le Petit Journal', 'RFI', 'Le Monde', 'Libération', 'Le Figaro', 'Le Point', 'Courrier international', 'France 24', 'L’Express', 'Ouest-France'];
const PHNOMPENH_FOREIGN = ['The Phnom Penh Post', 'Bangkok Post', 'The Straits Times', 'South China Morning Post', 'Associated Press', 'The Diplomat', 'The New York Times', 'Khmer Times'];
const MORONI_FR = ['Al-Watwan', 'La Gazette des Comores', 'RFI', 'France 24', 'Jeune Afrique', 'Le Monde', 'Le Figaro', 'Libération', 'Mayotte la 1ère', 'Le Point', 'TV5Monde'];
const MORONI_FOREIGN = ['The East African', 'Daily Nation', 'Gulf News', 'The Guardian', 'The Washington Post', 'Mail & Guardian', 'Reuters', 'BBC News'];
const ABERYSTWYTH_PICKS = [
  'Le Télégramme', 'Ouest-France', 'Le Monde', 'Libération', 'Le Figaro', 'La Croix', 'Le Parisien', 'Les Échos', 'Le Soir', 'La Libre Belgique', 'Le Journal du Dimanche',
  'Le Canard enchaîné', 'L’Humanité',
];
const LEWISTON_PICKS = ['Le Devoir', 'La Presse', 'Le Journal de Montréal', 'Le Droit', 'L’Acadie Nouvelle', 'Le Journal de Québec', 'Radio-Canada', 'Le Monde', 'Le Figaro', 'Libération', 'Le Point'];
const LIMASSOL_PICKS = [
  'Les Échos', 'Le Marin', 'Ouest-France', 'La Provence', 'Le Figaro', 'Le Monde', 'Corriere della Sera', 'Il Sole 24 Ore', 'El País', 'Le Temps', 'Handelsblatt',
  'Frankfurter Allgemeine Zeitung', 'Le Télégramme',
];
const VICHY_PRESS = ['La Montagne', 'La Semaine de l’Allier', 'Le Progrès', 'Le Monde', 'Le Figaro', 'Les Échos', 'Le Parisien', 'Libération', 'La Croix', 'L’Express', 'Le Point', 'Sud Ouest'];

/** Invented outlets whose names begin like a known outlet's: the expected outlet is the name as written. */
const LOOKALIKES_V28 = {
  poligny: ['Le Progrès Fromager', 'Les Échos du Revermont'],
  phnompenh: ['Libération d’Angkor', 'Le Point du Tonlé Sap'],
  moroni: ['Le Monde comorien', 'Le Parisien de l’océan Indien'],
  aberystwyth: ['Le Télégramme des Abers', 'The Times of Ceredigion'],
  lewiston: ['Le Devoir franco-américain', 'La Presse du Maine'],
  limassol: ['The Times of Shipping', 'Le Marin des Cyclades'],
  vichy: ['La Montagne bourbonnaise', 'Le Figaro des Thermes'],
} as const;
const IS_LOOKALIKE_V28: ReadonlySet<string> = new Set(Object.values(LOOKALIKES_V28).flat());

/** French, Italian, Spanish and German names as a translation engine renders them in English, word for word (some reorder the words). */
export const INTO_EN_V28: Record<string, readonly string[]> = {
  'Le Monde': ['The World'],
  'Le Télégramme': ['The Telegram'],
  'Ouest-France': ['West France', 'France of the West'],
  Libération: ['Freeing', 'Liberation'],
  'La Croix': ['The Cross'],
  'Le Parisien': ['The Parisian'],
  'Les Échos': ['The Echoes', 'Echoes'],
  'Le Soir': ['The Evening'],
  'La Libre Belgique': ['Free Belgium', 'The Belgium Free'],
  'Le Journal du Dimanche': ['The Sunday Newspaper', 'Sunday Journal'],
  'Le Canard enchaîné': ['The Chained Duck', 'The Duck Chained'],
  'L’Humanité': ['Humanity'],
  'Le Devoir': ['The Duty'],
  'La Presse': ['The Press'],
  'Le Journal de Montréal': ['The Newspaper of Montreal', 'Montreal Journal'],
  'Le Droit': ['The Right', 'The Law'],
  'L’Acadie Nouvelle': ['New Acadia', 'The Acadia New'],
  'Le Journal de Québec': ['The Quebec Newspaper', 'Journal of Quebec City'],
  'Le Marin': ['The Sailor', 'The Seaman'],
  'Corriere della Sera': ['The Evening Courier', 'Evening Mail'],
  'Il Sole 24 Ore': ['The Sun 24 Hours', 'The 24 Hour Sun'],
  'El País': ['The Country'],
  'Le Temps': ['The Time', 'The Weather'],
  Handelsblatt: ['The Trade Sheet', 'Commerce Leaf'],
  'Frankfurter Allgemeine Zeitung': ['The Frankfurt General Newspaper', 'General Newspaper of Frankfurt'],
};
/** English and German names as a translation engine garbles them in French, word for word (some reorder the words). */
export const INTO_FR_V28: Record<string, readonly string[]> = {
  'Financial Times': ['Les Temps de la finance', 'Temps Financiers'],
  'The Guardian': ['Le Protecteur', 'Le Gardien'],
  'The New York Times': ['Le Temps de New York', 'Les Temps new-yorkais'],
  'The Wall Street Journal': ['Le Quotidien de Wall Street', 'Journal de la Rue du Mur'],
  'The Economist': ['L’Économiste'],
  'Süddeutsche Zeitung': ['Le Journal de l’Allemagne du Sud', 'Gazette sud-allemande'],
  'Neue Zürcher Zeitung': ['Le Nouveau Journal de Zurich', 'Nouvelle Gazette zurichoise'],
  'Tages-Anzeiger': ['L’Indicateur du jour', 'Le Journal Indicateur'],
  'The Phnom Penh Post': ['La Poste de Phnom Penh', 'Le Courrier de Phnom Penh'],
  'Bangkok Post': ['La Poste de Bangkok', 'Poste Bangkok'],
  'The Straits Times': ['Les Temps du Détroit', 'Le Temps des Détroits'],
  'South China Morning Post': ['La Poste du matin de la Chine du Sud', 'Poste Matinale de Chine du Sud'],
  'Associated Press': ['Presse associée', 'La Presse Associée'],
  'The Diplomat': ['Le Diplomate'],
  'Khmer Times': ['Les Temps khmers', 'Temps Khmer'],
  'The East African': ['L’Est-Africain', 'L’Africain de l’Est'],
  'Daily Nation': ['La Nation quotidienne', 'Nation Quotidienne'],
  'Gulf News': ['Les Nouvelles du Golfe', 'Golfe Nouvelles'],
  'The Washington Post': ['La Poste de Washington', 'Le Poteau de Washington'],
  'Mail & Guardian': ['Courrier et Gardien', 'Le Courrier & le Gardien'],
  'BBC News': ['Les Nouvelles BBC', 'BBC Informations'],
};

/** Web hosts of the outlets the Kigali watch links to. */
const HOSTS_V28: Record<string, string> = {
  'Jeune Afrique': 'www.jeuneafrique.com', RFI: 'www.rfi.fr', 'Le Monde': 'www.lemonde.fr', Libération: 'www.liberation.fr', 'Le Figaro': 'www.lefigaro.fr',
  'Le Soir': 'www.lesoir.be', 'La Libre Belgique': 'www.lalibre.be', 'France 24': 'www.france24.com', 'Le Point': 'www.lepoint.fr', 'L’Express': 'www.lexpress.fr',
  'Ouest-France': 'www.ouest-france.fr', 'Le Temps': 'www.letemps.ch', 'La Croix': 'www.la-croix.com', 'Les Échos': 'www.lesechos.fr',
  'Courrier international': 'www.courrierinternational.com', TV5Monde: 'information.tv5monde.com', 'Le Parisien': 'www.leparisien.fr', 'Le Devoir': 'www.ledevoir.com',
  'La Presse': 'www.lapresse.ca', 'Le Progrès': 'www.leprogres.fr', 'L’Est Républicain': 'www.estrepublicain.fr', 'Le Télégramme': 'www.letelegramme.fr',
  'La Provence': 'www.laprovence.com', 'Le Journal de Montréal': 'www.journaldemontreal.com', 'Le Droit': 'www.ledroit.com', 'Le Bien public': 'www.bienpublic.com',
  'La Montagne': 'www.lamontagne.fr', 'Sud Ouest': 'www.sudouest.fr', 'The Guardian': 'www.theguardian.com', 'The New York Times': 'www.nytimes.com',
  'Financial Times': 'www.ft.com', Reuters: 'www.reuters.com', 'BBC News': 'www.bbc.com', 'Radio-Canada': 'ici.radio-canada.ca',
};
const KIGALI_LINKED = [
  'Jeune Afrique', 'RFI', 'Le Monde', 'Libération', 'Le Figaro', 'Le Soir', 'La Libre Belgique', 'France 24', 'Le Point', 'L’Express', 'Ouest-France', 'Le Temps',
  'La Croix', 'Courrier international', 'TV5Monde',
];


/** A v28 site: a v2 site, plus which originals its way of crediting can show on a copy (all when absent). */
interface SiteV28 extends SiteV2 {
  canShow?: (canonical: string) => boolean;
}

const { creditAsPrinted, weightedCredits } = creditPrinter(INTO_EN_V28, INTO_FR_V28, IS_LOOKALIKE_V28);


// ——— Template helpers ———

const yearV28 = (p: Page): string => fmtFr(p.s.date, 'yyyy');
const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const WELSH_DAYS = ['Dydd Sul', 'Dydd Llun', 'Dydd Mawrth', 'Dydd Mercher', 'Dydd Iau', 'Dydd Gwener', 'Dydd Sadwrn'];
const WELSH_MONTHS = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'];
/** "Poligny, 11-I-2019, 14 h 05": Paris time, the month in Roman numerals. */
function romanDate(p: Page): string {
  const t = p.s.date;
  return `Poligny, ${t.getDate()}-${ROMAN_MONTHS[t.getMonth()]!}-${t.getFullYear()}, ${fmtFr(t, "H 'h' mm")}`;
}
/** "Dydd Gwener 11 Ionawr 2019 / Friday 11 January 2019, 13:05 GMT": the London clock, in Welsh then English. */
function welshDate(p: Page): string {
  const t = onClock(p, 'Europe/London');
  return `${WELSH_DAYS[t.getDay()]!} ${t.getDate()} ${WELSH_MONTHS[t.getMonth()]!} ${t.getFullYear()} / ${fmtEn(t, "EEEE d MMMM yyyy',' HH:mm 'GMT'")}`;
}
/** The original's address on its outlet's site, in one of three URL shapes. */
function addressOf(p: Page): string {
  const { d, s } = p;
  const host = HOSTS_V28[s.credit!.canonical]!;
  const words = slug(s.src.title);
  return d.pick([
    () => `https://${host}/${fmtFr(s.date, 'yyyy/MM/dd')}/${words}`,
    () => `https://${host}/actualites/${words}-${d.int(10_000, 99_999)}`,
    () => `https://${host}/a/${d.int(1_000_000, 9_999_999)}?utm_source=veille-kigali&utm_medium=partage`,
  ])();
}

// ——— The twelve sites ———

export const SITES_V28: readonly SiteV28[] = [
  {
    id: 'poligny-comte',
    name: 'Le Fil de l’Affinage',
    lang: 'fr',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.85 },
    draw: weightedCredits({ into: 'fr', share: 0.85 }, [POLIGNY_FR, 0.42], [POLIGNY_FOREIGN, 0.33], [LOOKALIKES_V28.poligny, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('LE FIL DE L’AFFINAGE', 'Lettre d’information de la filière comté — producteurs de lait, fruitières, affineurs — Poligny (Jura)', 'Sommaire ⟩ Revue de presse ⟩ Économie laitière').blank();
      p.chrome(`Prix du lait à comté : ${d.int(520, 590)} € les 1 000 litres · Meules en cave : ${d.int(40, 60)} 000 · ${d.pick(['Fruitière de Plasne : assemblée des sociétaires lundi', 'Neige sur le plateau de Nozeroy : collecte retardée', 'Concours des comtés d’hiver : inscriptions closes'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `Lu pour vous · ${t}` : t)).blank();
      p.meta(romanDate(p)).blank();
      const credit = s.credit
        ? [
            d.pick([
              (o: string) => `Nous reproduisons cet article ${de(o)} avec l’accord de sa rédaction.`,
              (o: string) => `Ce texte est d’abord sorti dans ${o}.`,
              (o: string) => `— Article repris tel quel, publié initialement par ${o} —`,
              (o: string) => `Reprise autorisée : ${o}, tous droits réservés.`,
            ])(s.credit.shown),
            d.pick([`Auteur(e) : ${s.author} · relecture ${d.pick(EDITORS_V28)}`, `${s.author}, pour le service économie`]),
          ]
        : [];
      bodyWithCredit(p, p.mid(), credit, {
        [s.body.length - 2]: [`Annonce de la filière — ${d.pick(['Fromager affineur cherche apprenti, secteur de Poligny', 'À vendre : cuve en cuivre de 4 000 litres, bon état', 'Stage de dégustation en cave les 18 et 19 mars'])}`],
      });
      p.chrome(
        'Le Fil de l’Affinage est envoyé chaque semaine aux adhérents de l’interprofession. Nous y reprenons des articles de presse utiles aux producteurs ; les titres étrangers, comme le nom des journaux qui les publient, sont traduits par une machine et peuvent surprendre. Toute diffusion hors de la filière est interdite.',
      ).blank();
      p.chrome('Transférer à un collègue ▪ Archiver ▪ Ne plus recevoir cette lettre').blank();
      p.chrome(`Le Fil de l’Affinage ▪ Poligny ▪ ${yearV28(p)} ▪ Responsable de la publication : le bureau de l’interprofession`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'phnompenh-portal',
    name: 'Tonlé Infos',
    lang: 'fr',
    originals: 15,
    attribution: 'source-line',
    translate: { into: 'fr', share: 0.8 },
    draw: weightedCredits({ into: 'fr', share: 0.8 }, [PHNOMPENH_FR, 0.44], [PHNOMPENH_FOREIGN, 0.31], [LOOKALIKES_V28.phnompenh, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Tonlé Infos conserve quelques fichiers témoins dans votre navigateur : ils nous disent combien de lecteurs francophones nous suivent depuis Phnom Penh, Siem Reap ou Battambang, et permettent aux annonceurs de la communauté française de vous proposer leurs services.',
        'D’accord',
        'Paramétrer mes choix',
      ).blank();
      p.chrome('TONLÉ INFOS', 'Le Cambodge en français, chaque jour depuis Phnom Penh', 'Une ⁄ Cambodge ⁄ Asie du Sud-Est ⁄ France ⁄ Expatriés').blank();
      p.chrome(`1 € = ${d.int(4500, 4700)} riels · ${d.pick(['Visa électronique : délais allongés', 'Bac de Neak Loeung : traversée sans attente', 'Vol direct Paris–Phnom Penh annoncé pour l’été'])} · ${d.pick(['Saison sèche, 33 °C', 'Brume de chaleur sur le Tonlé Sap', 'Fête de l’eau : quais fermés'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} — TONLÉ INFOS` : t)).blank();
      p.meta(fmtFr(onClock(p, 'Asia/Phnom_Penh'), "'Mise en ligne :' EEE d MMM yyyy '·' HH:mm 'GMT+7'"));
      const top = s.credit !== null && d.chance(0.5);
      const source = s.credit
        ? [
            d.pick([`Lu chez ${s.credit.shown}`, `Source primaire : ${s.credit.shown}`, `Origine du texte — ${s.credit.shown}`, `Texte repris de : ${s.credit.shown}`]),
            d.pick([`Texte original de ${s.author}`, `${s.author} (correspondance en Asie)`]),
          ]
        : [];
      if (top) p.meta(...source);
      p.blank();
      p.body({ [p.mid()]: [`Petites annonces ⁄ ${d.pick(['Cherche colocataire à BKK1', 'Cours de khmer pour francophones, tous niveaux', 'Vends scooter, papiers en règle'])}`] });
      if (!top && source.length > 0) p.meta(...source).blank();
      p.chrome(
        'Tonlé Infos est un média associatif tenu par des bénévoles. Nous relayons chaque jour des articles de la presse francophone et internationale avec leur source ; les textes écrits en anglais sont traduits automatiquement, le nom du journal aussi, ce qui donne parfois des titres étranges.',
      ).blank();
      p.chrome(`J’aime ${p.n(240)} · Partager · Commenter`).blank();
      p.chrome(`Tonlé Infos © ${yearV28(p)} — Phnom Penh — Reproduction interdite sans accord écrit`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'sables-sailing',
    name: 'L’Équipe du Large',
    lang: 'fr',
    originals: 15,
    attribution: 'own',
    lookalike: true,
    chromeOnlyPage: true,
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Pour suivre la flotte en temps réel, L’Équipe du Large enregistre des cookies de mesure d’audience et de lecture vidéo. Les cookies publicitaires de nos partenaires nautiques ne sont déposés qu’avec votre permission, que vous pouvez reprendre quand vous voulez.',
        'Accepter et fermer',
        'Continuer sans accepter',
      ).blank();
      p.chrome('L’ÉQUIPE DU LARGE', 'Course au large, pêche-promenade et vie du port — Les Sables-d’Olonne', 'Accueil ＞ Le port ＞ Actualités').blank();
      p.chrome(`Pleine mer : ${d.pick(['06:12 (coef. 94)', '11:47 (coef. 58)', '18:30 (coef. 77)'])} · Vent : ${d.pick(['sud-ouest 25 nœuds, rafales 35', 'nord-ouest 12 nœuds', 'calme plat'])} · Chenal : ${d.pick(['ouvert', 'dragage en cours', 'fermé jusqu’à 16 h'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} — avec vidéo` : t)).blank();
      p.meta(
        fmtFr(s.date, "EEEE dd.MM.yy '–' HH:mm"),
        d.pick([`Par ${s.author}, au ponton Vendée Globe`, `${s.author} — texte ; ${d.pick(PHOTO_V28)} — photos`, `Reportage : ${s.author}`]),
      ).blank();
      p.body({ [p.mid()]: [`À découvrir aussi ⇢ ${p.related(1)[0]!}`] });
      p.chrome(
        'Chaque lundi, la lettre du ponton : les arrivées, les départs et les coulisses du port des Sables, directement dans votre boîte mail. Inscription gratuite, désinscription en un clic, et jamais de publicité pour des bateaux que vous n’achèterez pas.',
        'Je m’inscris',
      ).blank();
      p.chrome('Suivez la course au large sur votre téléphone : cartographie, classements toutes les quatre heures et alertes d’arrivée.', 'Installer l’appli').blank();
      p.chrome(`${p.n(80)} réactions — Connectez-vous pour commenter`).blank();
      p.chrome(`© ${yearV28(p)} L’Équipe du Large SAS — quai Garnier, Les Sables-d’Olonne — Mentions légales — Accessibilité : non conforme`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'lourdes-letter',
    name: 'La Feuille des Hospitaliers',
    lang: 'fr',
    originals: 12,
    attribution: 'none',
    chromeOnlyPage: true,
    render(p) {
      const { d, s } = p;
      p.chrome('Si ce message ne s’affiche pas correctement, ouvrez-le dans votre navigateur').blank();
      p.chrome('LA FEUILLE DES HOSPITALIERS', 'Lettre des bénévoles de l’accueil des pèlerins — Lourdes (Hautes-Pyrénées)', 'Au sommaire : Nouvelles du sanctuaire ⋅ Revue de presse ⋅ Planning').blank();
      p.chrome(`Piscines : ${d.pick(['ouvertes de 9 h à 11 h', 'fermées pour l’hiver', 'réouverture le 1er mars'])} ⋅ Procession aux flambeaux : ${d.pick(['tous les soirs à 21 h', 'suspendue jusqu’au printemps', 'maintenue malgré la pluie'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `Notre sélection ✚ ${t}` : t)).blank();
      p.meta(fmtFr(s.date, "'Courrier des hospitaliers —' d MMMM yyyy")).blank();
      p.body({ [p.mid()]: [`Planning — ${d.pick(['Service aux piscines : il manque quatre brancardiers samedi', 'Accueil à la gare : relève à 7 h 30', 'Réunion des chefs d’équipe mardi, salle Notre-Dame'])}`] });
      p.chrome(
        'Cette lettre est réservée aux hospitalières et hospitaliers inscrits. Les articles de presse qu’elle contient sont choisis par l’équipe de rédaction pour nourrir la réflexion de chacun ; ils ne reflètent pas la position de l’association. Merci de ne pas les diffuser sur les réseaux sociaux.',
      ).blank();
      p.chrome('Me désabonner ⋅ Mettre à jour mon profil ⋅ Faire suivre').blank();
      p.chrome(`Hospitalité des bénévoles — Lourdes — ${yearV28(p)} — Directeur de la publication : le président de l’association`);
      return { author: false, date: 'day' };
    },
  },
  {
    id: 'moroni-portal',
    name: 'Karthala Infos',
    lang: 'fr',
    originals: 15,
    attribution: 'credit',
    chromeOnlyPage: true,
    translate: { into: 'fr', share: 0.85 },
    draw: weightedCredits({ into: 'fr', share: 0.85 }, [MORONI_FR, 0.42], [MORONI_FOREIGN, 0.33], [LOOKALIKES_V28.moroni, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Karthala Infos et ses partenaires publicitaires placent des traceurs sur votre appareil. Ils servent à compter nos lecteurs aux Comores et dans la diaspora, à Marseille comme à Paris, et à vous montrer des offres de transfert d’argent ou de billets d’avion.',
        'J’accepte',
        'Je refuse',
      ).blank();
      p.chrome('KARTHALA INFOS', 'Ngazidja · Ndzuani · Mwali · Diaspora — l’actualité comorienne en continu', 'Accueil ‣ Politique ‣ Société ‣ Diaspora ‣ Océan Indien').blank();
      p.chrome(`1 € = ${d.int(490, 495)} KMF · Vedette Moroni–Mutsamudu : ${d.pick(['départ à 8 h', 'annulée, mer forte', 'retard d’une heure'])} · Karthala : ${d.pick(['activité calme', 'fumerolles signalées', 'sentier du cratère fermé'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} ~ Karthala Infos` : t)).blank();
      p.meta(fmtFr(onClock(p, 'Indian/Comoro'), "'Moroni •' dd/MM/yyyy '•' HH'h'mm '(UTC+3)'"));
      if (s.credit) {
        p.meta(
          d.pick([
            (o: string) => `Publié en premier par ${o} ; repris par Karthala Infos.`,
            (o: string) => `Karthala Infos partage un article ${de(o)}.`,
            (o: string) => `Avec l’accord ${de(o)}, qui l’a publié d’abord.`,
            (o: string) => `[Reprise] ${o}`,
          ])(s.credit.shown),
          d.pick([`Journaliste : ${s.author}`, `${s.author}, correspondance à Mutsamudu`]),
        );
      }
      p.blank();
      p.body({
        [s.body.length - 2]: [`Publicité — ${d.pick(['Envoyez de l’argent vers Moroni sans frais ce mois-ci', 'Vols Paris–Moroni via Dar es Salaam dès 690 €', 'Ouverture d’une agence bancaire à Fomboni'])}`],
      });
      p.chrome(`Réagir (${p.n(45)})`).blank();
      p.chrome('Vous aimerez aussi :', ...p.related(2)).blank();
      p.chrome(`Tous droits réservés © ${yearV28(p)} Karthala Infos — Moroni, Union des Comores`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'kigali-watch',
    name: 'Veille Presse Kigali',
    lang: 'fr',
    originals: 14,
    attribution: 'url-host',
    canShow: (canonical) => canonical in HOSTS_V28,
    draw: weightedCredits(undefined, [KIGALI_LINKED, 0.9]),
    render(p) {
      const { d, s } = p;
      p.chrome('Murakaza neza / Bienvenue sur la Veille Presse Kigali').blank();
      p.chrome('VEILLE PRESSE KIGALI', 'La revue de presse francophone des anciens étudiants de Kigali', 'Mu binyamakuru / Dans la presse ▪ Rwanda ▪ Grands Lacs ▪ Monde').blank();
      p.chrome(`Umuganda : ${d.pick(['samedi, travaux communautaires de 8 h à 11 h', 'pas de circulation avant 11 h samedi', 'reporté au mois prochain'])} ▪ 1 € = ${d.int(990, 1030)} RWF`).blank();
      p.title((t) => (d.chance(0.3) ? `Dans la presse / Mu binyamakuru : ${t}` : t)).blank();
      p.meta(fmtEn(onClock(p, 'Africa/Kigali'), "yyyy-MM-dd HH:mm 'CAT'"));
      const link = s.credit
        ? [
            d.pick([(u: string) => `Article complet : ${u}`, (u: string) => `Kureba inkuru yose / Lire l’article entier → ${u}`, (u: string) => `Lien vers l’original : ${u}`, (u: string) => `${u} (article source)`])(addressOf(p)),
            d.pick([`Auteur de l’article : ${s.author}`, `${s.author}, selon la signature d’origine`]),
          ]
        : [];
      const top = d.chance(0.4);
      if (top) p.meta(...link);
      p.blank();
      p.body();
      if (!top && link.length > 0) p.meta(...link).blank();
      p.chrome(
        'La Veille Presse Kigali est tenue par des bénévoles. Nous reproduisons des articles de la presse francophone avec un lien vers le site d’origine, qui reste seul propriétaire de ses contenus ; écrivez-nous et nous retirerons sans délai tout texte dont l’éditeur le demande.',
      ).blank();
      p.chrome(`Veille Presse Kigali · ${yearV28(p)} · Kimihurura, Kigali · Contact · Politique de confidentialité`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'vichy-review',
    name: 'Revue du Parc des Sources',
    lang: 'fr',
    originals: 14,
    attribution: 'title-suffix',
    draw: weightedCredits(undefined, [VICHY_PRESS, 0.76], [LOOKALIKES_V28.vichy, 0.12]),
    render(p) {
      const { d, s } = p;
      p.chrome('REVUE DU PARC DES SOURCES', 'La presse du jour pour les curistes, les hôteliers et les commerçants de Vichy', 'Accueil ⟩ Revue ⟩ Thermalisme et économie').blank();
      p.chrome(`Source des Célestins : ${d.pick(['ouverte', 'fermée pour entretien'])} · Opéra : ${d.pick(['relâche', 'opérette samedi 20 h', 'concert du nouvel an'])} · Lac d’Allier : ${d.pick(['aviron autorisé', 'crue, berges fermées'])}`).blank();
      const after = d.pick([(o: string) => ` ⁓ ${o}`, (o: string) => ` ┃ ${o}`, (o: string) => ` ⋄ ${o}`]);
      p.title((t) => (s.credit ? `${t}${after(s.credit.shown)}` : t)).blank();
      p.meta(fmtFr(s.date, "'Revue du' d MMMM yyyy '—' HH:mm")).blank();
      p.body();
      p.chrome('Le nom du journal cité figure à la fin de chaque titre d’article.').blank();
      p.chrome(
        'La Revue du Parc des Sources est éditée par l’association des commerçants du quartier thermal. Les articles y sont reproduits pour l’information des adhérents, en intégralité et sans modification ; chaque journal conserve l’entière propriété de ses textes et de ses photographies.',
      ).blank();
      p.chrome('Thème « Célestins » · Fièrement motorisé par un logiciel libre · Déclaration d’accessibilité').blank();
      p.chrome(`Revue du Parc des Sources — Vichy — ${yearV28(p)}`);
      return { author: false, date: 'full' };
    },
  },
  {
    id: 'yerevan-paper',
    name: 'Le Courrier d’Erevan',
    lang: 'fr',
    originals: 14,
    attribution: 'own',
    lookalike: true,
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Le Courrier d’Erevan utilise des cookies pour vous reconnaître quand vous revenez, pour savoir quelles pages sont lues en Arménie, en France et au Liban, et pour financer une rédaction indépendante grâce à des annonces discrètes.',
        'Accepter',
        'Gérer',
      ).blank();
      p.chrome('LE COURRIER D’EREVAN', 'Երևանի սուրհանդակ — l’Arménie et le Caucase en français', 'Accueil › Arménie › Diaspora › Caucase › Culture').blank();
      p.chrome(`1 € = ${d.int(545, 560)} drams · Ararat : ${d.pick(['visible depuis la place de la République', 'caché par les nuages'])} · Col de Vardenyats : ${d.pick(['ouvert', 'fermé, neige', 'chaînes obligatoires'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} | Courrier d’Erevan` : t)).blank();
      p.meta(
        d.pick([`${s.author} — correspondance permanente`, `Un article signé ${s.author}`, `Texte : ${s.author} / traduction de l’arménien : ${d.pick(EDITORS_V28)}`]),
        fmtFr(onClock(p, 'Asia/Yerevan'), "'Erevan ·' d MMMM yyyy '·' HH:mm '(heure d’Erevan, UTC+4)'"),
      ).blank();
      p.body({ [p.mid()]: [`Lire également ⟶ ${p.related(1)[0]!}`] });
      p.chrome(
        'Le Courrier d’Erevan n’appartient à aucun parti ni à aucune Église. Si vous voulez que nous continuions à informer en français depuis l’Arménie, faites un don déductible de vos impôts, à partir de cinq euros.',
        'Faire un don',
      ).blank();
      p.chrome('Écrire un commentaire', 'Votre nom', 'Votre courriel (jamais affiché)', 'Envoyer').blank();
      p.chrome(`© Le Courrier d’Erevan ${yearV28(p)} – rue Abovyan, Erevan – Tous droits réservés`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'stornoway-weekly',
    name: 'The Minch Gazette',
    lang: 'en',
    originals: 14,
    attribution: 'own',
    chromeOnlyPage: true,
    render(p) {
      const { d } = p;
      p.chrome(
        'The Minch Gazette uses cookies. Some are needed to make the website work; others help us understand which stories islanders read and let local advertisers reach you. Mòran taing for supporting island journalism - choose your settings below.',
        'Accept cookies',
        'Settings',
      ).blank();
      p.chrome('THE MINCH GAZETTE', 'News for Lewis, Harris and the Uists | Naidheachdan nan Eilean', 'Home > News > Council > Crofting > Ferries > Sport').blank();
      p.chrome(`Ullapool-Stornoway ferry: ${d.pick(['sailing as timetabled', 'amber warning, possible disruption', 'cancelled, gales'])} | Peat: ${d.pick(['a dry week ahead for the stacks', 'rain all week'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} ▲ Trending` : t)).blank();
      p.meta(
        d.pick([`By ${writerEn(p)}, Chief Reporter`, `${writerEn(p)} - Islands reporter - Photos: ${d.pick(PHOTO_V28)}`, `Story: ${writerEn(p)}`]),
        fmtEn(onClock(p, 'Europe/London'), "'Posted at' h.mmaaa 'GMT on' dd/MM/yyyy"),
      ).blank();
      p.body({ [p.mid()]: [`You might also like: ${p.related(1)[0]!}`] });
      p.chrome('Got a story? Message our newsroom on WhatsApp or call the office in Cromwell Street.').blank();
      p.chrome(
        'Sign up for the Gazette Briefing: every Thursday morning, the island news of the week, funeral notices and ferry updates straight to your inbox. It is free, and you can unsubscribe at any time with a single click.',
        'Sign up',
      ).blank();
      p.chrome(`© ${yearV28(p)} Minch Gazette Ltd | Stornoway, Isle of Lewis HS1 | Editorial complaints | Accessibility`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'aberystwyth-celtic',
    name: 'The Celtic Crossing',
    lang: 'en',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'en', share: 0.85 },
    draw: weightedCredits({ into: 'en', share: 0.85 }, [ABERYSTWYTH_PICKS, 0.74], [LOOKALIKES_V28.aberystwyth, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('Croeso / Welcome to The Celtic Crossing').blank();
      p.chrome('THE CELTIC CROSSING', 'Wales, Brittany and the Celtic world — Cymru · Breizh', 'Hafan / Home » Brittany » France » Belgium » Culture').blank();
      p.chrome(`Aberystwyth–Machynlleth: ${d.pick(['trains running', 'replacement buses', 'delays of up to 20 minutes'])} · Plymouth–Roscoff ferry: ${d.pick(['winter timetable', 'no sailing today'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `O Ffrainc / From France – ${t}` : t)).blank();
      p.meta(welshDate(p)).blank();
      const credit = s.credit
        ? [
            d.pick([
              (o: string) => `This piece was published originally by ${o}.`,
              (o: string) => `Machine-translated from ${o}, which holds the copyright.`,
              (o: string) => `Credit: ${o} (original French text)`,
              (o: string) => `We are grateful to ${o} for permission to reproduce this article.`,
            ])(s.credit.shown),
            d.pick([`${writerEn(p)}, for the original publication`, `Written by ${writerEn(p)}; English version by ${d.pick(EDITORS_V28)}`]),
          ]
        : [];
      if (d.chance(0.5)) {
        bodyWithCredit(p, p.mid(), credit);
      } else {
        p.body();
        if (credit.length > 0) p.meta(...credit).blank();
      }
      p.chrome(
        'The Celtic Crossing is a not-for-profit website run from Aberystwyth. French-language articles are translated by software, newspaper titles included, and then tidied by a volunteer editor; the French original remains the authoritative text.',
      ).blank();
      p.chrome('Share this: Facebook | Bluesky | Email').blank();
      p.chrome(`© ${yearV28(p)} The Celtic Crossing CIC · Aberystwyth SY23 · Privacy · Hygyrchedd / Accessibility`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'lewiston-franco',
    name: 'The Androscoggin Franco',
    lang: 'en',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'en', share: 0.85 },
    draw: weightedCredits({ into: 'en', share: 0.85 }, [LEWISTON_PICKS, 0.74], [LOOKALIKES_V28.lewiston, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Bienvenue! This site uses cookies to remember your language and to count visitors from Lewiston, Biddeford and beyond. Continue browsing to accept, or open Privacy Choices to opt out of the ones we do not need.',
        'Got it',
        'Privacy Choices',
      ).blank();
      p.chrome('THE ANDROSCOGGIN FRANCO', 'Franco-American news from Lewiston-Auburn, Maine, and the French-language press, in English', 'Home | Québec | Acadie | France | Our Heritage | Events').blank();
      p.chrome(`Lewiston weather: ${d.pick(['-12°F, wind chill advisory', 'snow, 6 to 10 inches', 'clear and cold'])} | Franco Center: ${d.pick(['pea soup supper Friday 5pm', 'tourtière sale this weekend', 'closed Monday'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} (Franco-American Desk)` : t)).blank();
      p.meta(fmtEn(onClock(p, 'America/New_York'), "MMMM d, yyyy '·' h:mm aaaa 'EST'"));
      p.credit([
        (o) => `First published in French by ${o}.`,
        (o) => `English translation of an article from ${o}`,
        (o) => `Original source: ${o} (used with permission)`,
        (o) => `Courtesy of our friends at ${o}.`,
      ]);
      if (s.credit) p.meta(d.pick([`By ${writerEn(p)} | Translation by ${d.pick(EDITORS_V28)}`, `${writerEn(p)}, Montreal bureau`]));
      p.blank();
      p.body({ [p.mid()]: [`Related >> ${p.related(1)[0]!}`] });
      p.chrome(
        'The Androscoggin Franco is a nonprofit newsroom. Our translations of French-language journalism are produced by machine and checked by volunteers from the Franco-American community; reader donations keep the lights on. Become a member today.',
        'Donate',
      ).blank();
      p.chrome(`Comments (${p.n(30)}) - Log in with your member account to join the conversation`).blank();
      p.chrome(`© ${yearV28(p)} Androscoggin Franco, Inc. · Lisbon Street, Lewiston, ME 04240 · Terms · Do Not Sell My Personal Information`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'limassol-shipping',
    name: 'EastMed Shipping Wire',
    lang: 'en',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'en', share: 0.85 },
    draw: weightedCredits({ into: 'en', share: 0.85 }, [LIMASSOL_PICKS, 0.74], [LOOKALIKES_V28.limassol, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('EASTMED SHIPPING WIRE', 'Ports, fleets, crews and the European press for the maritime trade - Limassol', 'Wire | Tankers | Dry bulk | Ports | Crewing | Europe').blank();
      p.chrome(`BDI ${d.int(800, 1600)} (${d.pick(['+', '-'])}${d.int(1, 40)}) | Bunker VLSFO Piraeus $${d.int(420, 520)}/t | ${d.pick(['Suez transit: normal', 'Limassol port: berth congestion', 'Bosphorus: fog delays northbound'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `[EU PRESS] ${t}` : t)).blank();
      p.meta(fmtEn(onClock(p, 'Asia/Nicosia'), "dd MMM yyyy HH:mm 'EET'")).blank();
      const credit = s.credit
        ? [
            d.pick([
              (o: string) => `Wire rewrite of a report first filed with ${o}.`,
              (o: string) => `Originally reported by ${o}; machine translation.`,
              (o: string) => `(c) ${o} - reproduced under licence`,
              (o: string) => `Report taken from ${o}.`,
            ])(s.credit.shown),
            d.pick([`Original reporting: ${writerEn(p)}`, `${writerEn(p)}, maritime correspondent (translated by ${d.pick(EDITORS_V28)})`]),
          ]
        : [];
      const inside = d.chance(0.5);
      const at = p.mid();
      bodyWithCredit(p, at, inside ? credit : [], {
        [at]: ['You have reached your limit of three free wire stories this month. Subscribers get the full wire, fixture reports, the daily port-state detentions list and our archive since 2009. Corporate licences are available for fleets of any size.'],
      });
      if (!inside && credit.length > 0) p.meta(...credit).blank();
      p.chrome(
        'EastMed Shipping Wire Ltd is registered in Limassol, Cyprus. Reports from European newspapers are machine-translated, titles of publications included, and reviewed by our desk; they are provided for information and must not be relied upon for chartering or investment decisions.',
      ).blank();
      p.chrome('Print | Email | Save to reading list').blank();
      p.chrome(`© ${yearV28(p)} EastMed Shipping Wire Ltd | Limassol | Terms of use | Cookie policy`);
      return writerIfCredited(p, 'full');
    },
  },
];

const JUNK_V28: readonly { name: string; bytes: Uint8Array }[] = [
  { name: 'pdf-head', bytes: Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1') },
  { name: 'zip-head', bytes: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0x00, 0x00, 0x00, 0x00]) },
  { name: 'webp-head', bytes: Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 \x18\x00\x00\x00', 'latin1') },
  { name: 'ds-store', bytes: Buffer.from([0x00, 0x00, 0x00, 0x01, 0x42, 0x75, 0x64, 0x31, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x08, 0x00]) },
  { name: 'csv-header', bytes: Buffer.from('id;titre;date;url\n', 'utf8') },
  { name: 'service-unavailable', bytes: Buffer.from('503 Service Unavailable\nLe serveur est temporairement indisponible. Merci de réessayer plus tard.\n', 'utf8') },
  { name: 'human-check', bytes: Buffer.from('Please verify you are a human\nPress and hold the button\nReference ID 5f2c9a\n', 'utf8') },
  { name: 'empty-rss', bytes: Buffer.from('<?xml version="1.0"?>\n<rss version="2.0"><channel><title></title></channel></rss>\n', 'utf8') },
  { name: 'calendar', bytes: Buffer.from('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//agenda//FR\r\nEND:VCALENDAR\r\n', 'utf8') },
  { name: 'bom-spaces', bytes: Buffer.from('\uFEFF   \r\n\r\n  \r\n', 'utf8') },
  { name: 'utf16-blank', bytes: Buffer.from([0xff, 0xfe, 0x20, 0x00, 0x0a, 0x00, 0x0a, 0x00]) },
];

// ——— Generation ———

/** One page of `site` (v2's convention); an English page expects the byline as it prints it ("A and B"). */
function pageV28(site: SiteV28, story: Story, d: Dice, chromeOnly: boolean): MadePage {
  const made = page(site, story, d, chromeOnly);
  const author = made.entry.author;
  return site.lang === 'en' && author !== null ? { ...made, entry: { ...made.entry, author: inEnglish(author) } } : made;
}

/** The copy of `story` that `host` carries: the first site's credit (or its own name) when the host can show it; maybe headless or cut. */
function copyOnto(d: Dice, story: Story, first: SiteV28, host: SiteV28, others: string[]): Story {
  const firstOwn = first.attribution === 'own' ? { canonical: first.name, lookalike: first.lookalike === true } : null;
  const origin = story.credit ?? firstOwn;
  const hostNames = host.attribution !== 'own' && host.attribution !== 'none';
  const named = origin !== null && hostNames && (host.canShow?.(origin.canonical) ?? true);
  const lastDropped = story.src.body.length >= 4 && d.chance(NO_ENDING);
  // The Vichy review names the outlet after the headline: its copies always show one.
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
 * Builds the v28 set from clean sources (deterministic for a seed): each site's originals and their copies on
 * up to three other sites, uncredited bare files, chrome-only pages and junk, shuffled, each file in one of
 * several encodings and named by content.
 */
export function generateUnseenV28(pool: readonly UnseenSource[], seed: number = SEED_V28): { files: UnseenFile[]; manifest: UnseenEntry[] } {
  const d = new Dice(makeRng(seed));
  const wanted = BARE_V28 + SITES_V28.reduce((n, s) => n + s.originals, 0);
  if (pool.length < wanted) throw new Error(`unseen sites v28: ${wanted} clean articles needed, the pool has ${pool.length}`);
  const picked = d.sample(pool, wanted);
  const allTitles = picked.map((s) => s.title);
  const otherTitles = (src: UnseenSource): string[] => d.sample(allTitles.filter((t) => t !== src.title), 5);
  const when = (): TZDate => {
    const day = new Date(PERIOD_START + d.int(0, PERIOD_DAYS - 1) * 86_400_000);
    return new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), d.int(6, 21), d.int(0, 59), 0, PARIS);
  };
  const out: MadePage[] = [];
  let from = 0;
  for (const site of SITES_V28) {
    const originals = picked.slice(from, from + site.originals);
    from += site.originals;
    for (const src of originals) {
      const story: Story = { src, body: src.body, author: d.pick(BYLINES_V28), date: when(), headline: true, credit: site.draw?.(d) ?? null, others: otherTitles(src) };
      out.push(pageV28(site, story, d, false));
      const hosts = d.sample(SITES_V28.filter((h) => h !== site), copiesOn(d));
      for (const host of hosts) out.push(pageV28(host, copyOnto(d, story, site, host, otherTitles(src)), d, false));
    }
    if (site.chromeOnlyPage) {
      const stand = picked[0]!;
      out.push(pageV28(site, { src: stand, body: [], author: d.pick(BYLINES_V28), date: when(), headline: false, credit: null, others: otherTitles(stand) }, d, true));
    }
  }
  for (const src of picked.slice(from)) out.push(creditsNobody(bareFile(src)));
  for (const junk of JUNK_V28) out.push(creditsNobody(junkFile(junk)));
  return packFiles(d, out, ENCODINGS_V28, 'v28-');
}

/** Heading of the v28 table and JSON. */
export const V28_HEADING = 'UNSEEN SITES v28 (frozen 2026-12-02, development data since 01:00: its misses were read; v29 is the frozen set)';

/** Generates v28, runs the real ingest on it and prints its figures (without the DEV simulation). */
export const runUnseenEvalV28 = unseenSetRunner(V28_HEADING, generateUnseenV28);

generatorCli(import.meta.url, 'unseen sites v28', generateUnseenV28, SEED_V28);
