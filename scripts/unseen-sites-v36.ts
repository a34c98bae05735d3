/**
 * Generates the unseen-sites v36 DEVELOPMENT set (issue 8): twelve more ordinary news sites, of kinds and places no
 * earlier set had, with the emphasis on look-alike outlet names first, then outlet credits in new shapes and places
 * (machine-translated names among them), then headlines and pages and lines of chrome.
 *
 * DEVELOPMENT SET, written without reading the rules on 2026-12-02. It exists to show how the rules generalise to text
 * nobody tuned them on; its misses may be read (`--show`), but do not edit its templates, wordings or seed to move a
 * score. It was written without reading the ingest rules (src/ingest/), the word lists and outlet list (src/data/),
 * the renderer, pages, components and build (src/pages/, src/components/, src/build/), the README's rule
 * descriptions, the git history or any score of any set (the scorer, src/eval/unseen-sites.ts and src/eval/score.ts,
 * was read for its types and conventions; no other set was scored). Of the earlier sets only the shared scaffolding
 * (scripts/unseen-sites.ts, v2's `page` and `SiteV2`, simulate-heldout's `Dice` and encodings, scripts/rng.ts),
 * v35's generator and test (for the format, the set mechanics and the scaffolding calls, not their sites or
 * wordings), tests/unit/unseen-answers.ts, the wiring of v35 in src/cli/eval.ts and package.json, and the site lists
 * in the headers of v3–v35 (to pick other kinds and places) were read. The sites, outlets, credit wordings,
 * translations, title decorations, date formats, time zones, junk and chrome here are new.
 *
 * `npm run eval:unseen` scores v1 to v35 then this set (`npm run eval:unseen:v36`, or `npm run eval -- --unseen
 * --unseen-set v36`, for this one only); `npx tsx scripts/unseen-sites-v36.ts --out DIR` only writes the folder
 * and its manifest (the v1 format, with v2's `outletEvidence`).
 *
 * The twelve sites: a faience and earthenware workshops' trade letter in Lunéville (Meurthe-et-Moselle) crediting
 * Lorraine, national and arts papers, German and Dutch outlets garbled into French and look-alike titles (the credit
 * as the page's first line, above the letter's own masthead, or between dashes under the headline), a ski-lift staff
 * portal in Morzine (Haute-Savoie) with a source line above the headline, under the date or at the foot (sometimes in
 * capitals) naming Savoy, Swiss and national papers, British and Swiss-German outlets garbled into French and
 * look-alike titles, an oyster farmers' press review in Arcachon (Gironde) keeping the original's name after the
 * headline (after a tilde, in angle brackets, after a dash, in parentheses, after a zigzag, or after a dash in
 * capitals), a French-language weekly in Panama City whose own name begins like a Montréal daily's (a look-alike, its
 * own reporters, some pieces written by two; Panama time, UTC−5; Spanish–French chrome), a valley news site in
 * Barcelonnette (Alpes-de-Haute-Provence) whose own name begins like a Clermont-Ferrand daily's (a look-alike, its own
 * reporters; a "last updated" time beside the publication time), a chess club's letter in Cholet (Maine-et-Loire)
 * crediting nobody (the day only, its month in Roman numerals), a French-language business portal in Bogotá
 * (Colombia) giving the original's address in five URL shapes (Colombia time, UTC-5; a Spanish date), a university
 * students' weekly in Moncton (New Brunswick, Acadia) crediting Acadian, Québec, Ontario and French papers, English
 * Canadian outlets garbled into French and look-alike titles (the credit under the headline, or after the "-30-" end
 * mark; Atlantic time, UTC-4), a francophone association's letter in Ho Chi Minh City (Vietnam) naming the original
 * in the byline line ("Par X, Y") or in a bilingual source line at the foot, crediting French and Vietnamese
 * francophone papers, Vietnamese and Hong Kong outlets garbled into French and look-alike titles (Indochina time,
 * UTC+7, a Vietnamese date), an English-language seafood and fishing letter in Lerwick (Shetland) translating Breton,
 * Norman, northern, Belgian and national papers' names into English word for word (GMT; the credit after the
 * headline on its own line, or a "Via" line above it, or at the foot), an English-language weekly in Belize City
 * (its own reporters, some pieces written by two; Central time, UTC-6, "7:05 A.M."), and an English-language
 * business digest in Cairo (Egypt) doing the same with Lebanese, Maghreb, Egyptian francophone and Paris papers
 * (Egypt time, EET = UTC+2; the credit under the date, inside the text or at the foot).
 * Article text is read AT RUN TIME from ../shared/corpus/gilets-jaunes (v1's clean pool, drawn with another seed):
 * no corpus text is stored here.
 *
 * Look-alike outlets, the first emphasis (about a quarter of the credits): invented outlets whose names begin or end
 * like a known French, Belgian, Swiss, Canadian or African paper's, written after a credit cue, in a source line in
 * capitals, after the headline (also in capitals), in the byline ("Par X, Le Courrier du Mékong"), with a lower-case
 * adjective ("Le Républicain lorrain-mosellan", "Le Progrès médocain", "Le Marin breton") and with "du/de la/des" and
 * a place; two sites are look-alikes themselves and publish their own pages under their masthead and copyright
 * ("© 2019 La Montagne de l’Ubaye SARL"), signed by their reporters and crediting nobody. They are kept as written.
 *
 * Outlets, the second: credits as the page's first line, between dashes under the headline, in source lines above
 * the headline, under the date and at the foot, as an address in five URL shapes (an anchor, a print path, no
 * scheme, a host without "www", an RSS tag), in the byline line, after the headline on the headline's own line, after
 * a journalist's "-30-" end mark, inside the text, in French and English wordings new to this set.
 *
 * Headlines, the third: kickers, rubrics before a colon, breadcrumbs ending with the headline cut short, "next
 * article" and "previous article" links, a markets ticker and a lift status bar above the headline, a reading bar
 * that repeats the headline above it ("Vous lisez : …"), a print line and a "back to the top" line repeating it after
 * the body, "most read" lists. Chrome: five sites serve a page of chrome only (a lift status board, tournament
 * pairings, an empty search, a subscribers' wall, a page of webcams), and long chrome lines (disclaimers, corrections,
 * appeals, notices) stand between paragraphs on some pages of every site.
 *
 * Date formats: "Lunéville · mer. 9.1.2019 · 14:05 (HNEC)", "Morzine · màj 10/01/2019 · 14:05 UTC+01:00", "Arcachon —
 * 2019-01-10 14:05 (heure française)", "Panamá, jeudi 10 janvier 2019 · 8 h 05 (hora de Panamá, UTC−5)",
 * "Barcelonnette | Publié le 10/01/2019 à 14:05", "Cholet — lettre du 10.I.2019", "Bogotá D.C., 10 de enero de 2019 -
 * 8:05 a. m. (hora de Colombia, UTC-5)", "Moncton (N.-B.), jeudi 10 janvier 2019, 9 h 05 HNA", "Sài Gòn, ngày 10 tháng
 * 1 năm 2019 — 20 h 05 (UTC+7)", "Thu 10 Jan 2019 · 13:05 GMT", "January 10, 2019 | 7:05 A.M. CST" and "Cairo |
 * 10/01/2019 | 15:05 EET (GMT+2)".
 *
 * Expected outlet: v2's convention (who published the article first, as the file credits it), recorded per file in
 * `outletEvidence`: machine-translated names of real outlets expect the real outlet's usual name, look-alike names
 * are kept as written (in their own case where a page prints them in capitals), the site's own name is the outlet
 * only where it shows its masthead and its own staff's byline, the republisher is the site's name whenever the file
 * credits another outlet, and null when nothing credits one. Republishing sites show a byline only beside a credit.
 * Expected author: the writer's name as the byline shows it, without role, place, desk, outlet, translator or
 * photographer; a piece written by two expects both names as the page joins them ("A et B" on French pages, "A and
 * B" on English ones). Every time shown names its zone or is Paris time (the whole period, 20 November 2018 to 23
 * January 2019, is in each zone's winter or only time); the expected date is the same instant, written in Paris time
 * (UTC+1). The Cholet letter shows the day only. Files are written in UTF-8 (with or without a BOM, LF or CRLF),
 * Windows-1252, ISO-8859-1 (`latin1`, only for pages whose every character it holds) and UTF-16 LE.
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

/** The v36 seed: no earlier set drew with it. */
export const SEED_V36 = 20261202_36;
/** Clean articles left bare (title and body only). */
const BARE_V36 = 10;
/** Share of copies scraped without their headline line. */
const HEADLESS_V36 = 0.28;
/** Share of copies (of bodies with four paragraphs or more) that lose their closing paragraph. */
const CUT_V36 = 0.3;
/** The period: 65 days from 20 November 2018, in Paris winter time (UTC+1); no clock of the set changes in it. */
const PERIOD_FROM = Date.UTC(2018, 10, 20);
const PERIOD_LENGTH = 65;
const PARIS_ZONE = 'Europe/Paris';
const ENCODINGS_V36: readonly SetEncoding[] = ['utf-8', 'latin1', 'cp1252', 'latin1', 'utf-8-bom', 'utf-16le-bom', 'cp1252-crlf', 'utf-8', 'utf-8-crlf', 'latin1', 'utf-8', 'cp1252'];

// ——— People ———

/** Writers; four entries are pieces written by two (joined " et " as French pages print them). */
const WRITERS_V36 = [
  'Gaspard Thiéblemont', 'Romane Huguenin', 'Anselme Bouvard', 'Yolanda Quintero', 'Esteban Arosemena', 'Clotilde Reynaud', 'Baptistin Aillaud', 'Valérie Ogier',
  'Juan Camilo Restrepo', 'Mireille LeBlanc', 'Étienne Cormier', 'Nguyễn Thị Lan', 'Phạm Văn Đức', 'Magnus Isbister', 'Ailsa Tulloch', 'Delroy Castillo',
  'Marisol Usher', 'Nadine Haddad', 'Karim Soliman', 'Bérénice Aufray',
  'Gaspard Thiéblemont et Romane Huguenin', 'Yolanda Quintero et Esteban Arosemena', 'Delroy Castillo et Marisol Usher', 'Mireille LeBlanc et Étienne Cormier',
];
/** Translators and revisers named beside the writer; photographers beside some bylines. */
const REVISERS_V36 = ['Hoàng Minh Châu', 'Heike Brandauer', 'Shona Jamieson', 'Yasmine Fawzy'];
const PHOTOGRAPHERS_V36 = ['Lucien Peyrot', 'Aurelio Batista', 'Kendra Flowers', 'Sylvain Michaud'];

// ——— Outlets ———

const LUNEVILLE_FRENCH = ['L’Est Républicain', 'Le Républicain lorrain', 'Vosges Matin', 'Le Monde', 'Les Échos', 'Le Figaro', 'La Croix', 'Le Point', 'Télérama', 'Le Journal des Arts'];
const LUNEVILLE_FOREIGN = ['Süddeutsche Zeitung', 'Die Zeit', 'Saarbrücker Zeitung', 'Trouw', 'Frankfurter Rundschau'];
const MORZINE_FRENCH = ['Le Dauphiné libéré', 'Le Messager', 'L’Essor savoyard', 'Tribune de Genève', 'Le Temps', '24 heures', 'Le Nouvelliste', 'Le Monde', 'Le Figaro', 'L’Équipe'];
const MORZINE_FOREIGN = ['The Sunday Telegraph', 'Daily Mail', 'The Scotsman', 'Neue Zürcher Zeitung', 'Tages-Anzeiger'];
const ARCACHON_PRESS = ['Sud Ouest', 'Le Monde', 'Le Figaro', 'Libération', 'Les Échos', 'Le Parisien', 'La Croix', 'Ouest-France', 'Le Marin', 'Le Point', 'La France agricole', 'Le Canard enchaîné'];
const MONCTON_FRENCH = ['L’Acadie Nouvelle', 'Le Devoir', 'La Presse', 'Le Soleil', 'Le Droit', 'Radio-Canada', 'Le Monde', 'Libération', 'Le Figaro', 'L’actualité'];
const MONCTON_FOREIGN = ['Telegraph-Journal', 'Times & Transcript', 'National Post', 'Toronto Star', 'The Chronicle Herald'];
const SAIGON_FRENCH = ['Le Courrier du Vietnam', 'Le Monde', 'Le Figaro', 'RFI', 'Le Point', 'L’Express', 'Courrier international', 'La Croix', 'Ouest-France', 'Le Petit Journal'];
const SAIGON_FOREIGN = ['Tuổi Trẻ', 'Thanh Niên', 'Nhân Dân', 'Sài Gòn Giải Phóng', 'Vietnam News', 'South China Morning Post'];
const LERWICK_PICKS = ['Le Marin', 'Le Télégramme', 'Ouest-France', 'La Presse de la Manche', 'La Voix du Nord', 'Les Échos', 'Le Soir', 'Libération', 'Le Journal de la Marine marchande'];
const CAIRO_PICKS = ['L’Orient-Le Jour', 'Le Matin', 'La Presse de Tunisie', 'Le Quotidien d’Oran', 'Jeune Afrique', 'Le Progrès égyptien', 'Le Monde', 'L’Économiste maghrébin'];

/** Invented outlets whose names begin like a known outlet's: the expected outlet is the name as written. */
const LOOKALIKES_V36 = {
  luneville: ['L’Est Républicain du Saulnois', 'Le Républicain lorrain-mosellan', 'Les Échos de la Meurthe'],
  morzine: ['Le Dauphiné des Cimes', 'Le Messager des Neiges', 'La Tribune du Chablais'],
  arcachon: ['Sud Ouest Ostréicole', 'La Dépêche du Bassin', 'Le Progrès médocain'],
  moncton: ['La Presse du Coude', 'Le Devoir acadien', 'Le Droit de Memramcook', 'Le Soleil de Shediac'],
  saigon: ['Le Courrier du Mékong', 'Le Figaro de Cholon', 'L’Express d’Indochine'],
  lerwick: ['Le Télégramme des Îles', 'Ouest-France Marée', 'Le Marin breton'],
  cairo: ['L’Orient du Nil', 'Le Matin d’Héliopolis', 'Le Progrès alexandrin'],
} as const;
const IS_LOOKALIKE_V36: ReadonlySet<string> = new Set(Object.values(LOOKALIKES_V36).flat());

/** French, Belgian, Lebanese and Maghreb names as a translation engine renders them in English, word for word (sometimes reordered). */
export const INTO_EN_V36: Record<string, readonly string[]> = {
  'Le Marin': ['The Sailor', 'The Seaman'],
  'Le Télégramme': ['The Telegram'],
  'Ouest-France': ['Western France', 'France of the West'],
  'La Presse de la Manche': ['The Press of the Sleeve', 'The Channel Press'],
  'La Voix du Nord': ['The Northern Voice', 'Voice of North'],
  'Les Échos': ['Echoes'],
  'Le Soir': ['Evening'],
  Libération: ['Liberation', 'Release'],
  'Le Journal de la Marine marchande': ['The Merchant Navy Journal', 'Journal of the Merchant Marine'],
  'L’Orient-Le Jour': ['The Orient-The Day', 'East-Day'],
  'Le Matin': ['The Morning'],
  'La Presse de Tunisie': ['The Press of Tunisia', 'Tunisia Press'],
  'Le Quotidien d’Oran': ['The Oran Daily', 'Daily of Oran'],
  'Jeune Afrique': ['Young Africa'],
  'Le Progrès égyptien': ['The Egyptian Progress', 'Egyptian Progress'],
  'Le Monde': ['The World', 'World'],
  'L’Économiste maghrébin': ['The Maghreb Economist', 'Maghrebi Economist'],
};
/** German, Dutch, English, Vietnamese and Chinese-press names as a translation engine garbles them in French, word for word. */
export const INTO_FR_V36: Record<string, readonly string[]> = {
  'Süddeutsche Zeitung': ['La Gazette de l’Allemagne du Sud', 'Journal sud-allemand'],
  'Die Zeit': ['L’Époque'],
  'Saarbrücker Zeitung': ['Le Journal de Sarrebruck', 'Gazette sarrebruckoise'],
  Trouw: ['La Fidélité', 'Loyauté'],
  'Frankfurter Rundschau': ['La Revue de Francfort', 'Panorama francfortois'],
  'The Sunday Telegraph': ['Le Télégraphe du dimanche', 'Télégraphe dominical'],
  'Daily Mail': ['Le Courrier quotidien', 'Courrier du jour'],
  'The Scotsman': ['L’Écossais'],
  'Neue Zürcher Zeitung': ['Le Nouveau Journal de Zurich', 'Nouvelle Gazette zurichoise'],
  'Tages-Anzeiger': ['L’Indicateur du jour', 'Indicateur quotidien'],
  'Telegraph-Journal': ['Le Journal-Télégraphe', 'Télégraphe-Journal'],
  'Times & Transcript': ['Temps et Transcription', 'Les Temps & la Transcription'],
  'National Post': ['La Poste nationale', 'Poste nationale'],
  'Toronto Star': ['L’Étoile de Toronto', 'Étoile torontoise'],
  'The Chronicle Herald': ['Le Héraut de la Chronique', 'Héraut chronique'],
  'Tuổi Trẻ': ['La Jeunesse', 'Âge jeune'],
  'Thanh Niên': ['Les Jeunes Gens', 'Jeune Homme'],
  'Nhân Dân': ['Le Peuple'],
  'Sài Gòn Giải Phóng': ['Saïgon libérée', 'Saïgon Délivrance'],
  'Vietnam News': ['Nouvelles du Vietnam', 'Les Nouvelles vietnamiennes'],
  'South China Morning Post': ['La Poste du matin de la Chine du Sud', 'Courrier matinal de Chine méridionale'],
};

/** Web hosts of the outlets the Bogotá portal gives the address of. */
const HOSTS_V36: Record<string, string> = {
  'El Tiempo': 'www.eltiempo.com', 'El Espectador': 'www.elespectador.com', Semana: 'www.semana.com', Portafolio: 'www.portafolio.co', 'La República': 'www.larepublica.co',
  'Le Monde': 'www.lemonde.fr', 'Les Échos': 'www.lesechos.fr', 'Le Figaro': 'www.lefigaro.fr', 'La Tribune': 'www.latribune.fr', RFI: 'www.rfi.fr', 'Le Point': 'www.lepoint.fr',
  Challenges: 'www.challenges.fr', 'L’Usine nouvelle': 'www.usinenouvelle.com', Libération: 'www.liberation.fr', 'Le Parisien': 'www.leparisien.fr',
  'Ouest-France': 'www.ouest-france.fr', 'Le Devoir': 'www.ledevoir.com', 'La Presse': 'www.lapresse.ca', 'Sud Ouest': 'www.sudouest.fr', 'L’Express': 'www.lexpress.fr',
  'La Croix': 'www.la-croix.com', 'Le Temps': 'www.letemps.ch', 'Le Soir': 'www.lesoir.be', 'Le Dauphiné libéré': 'www.ledauphine.com', 'Tribune de Genève': 'www.tdg.ch',
};
const BOGOTA_LINKED = ['El Tiempo', 'El Espectador', 'Semana', 'Portafolio', 'La República', 'Le Monde', 'Les Échos', 'Le Figaro', 'La Tribune', 'RFI', 'Le Point', 'Challenges', 'L’Usine nouvelle'];

/** A v36 site: a v2 site, its date line, and which originals its way of crediting can show on a copy (all when absent). */
interface SiteV36 extends SiteV2 {
  stamp: (p: Page) => string;
  canShow?: (canonical: string) => boolean;
}

const { creditAsPrinted, weightedCredits } = creditPrinter(INTO_EN_V36, INTO_FR_V36, IS_LOOKALIKE_V36);

// ——— Template helpers ———

const MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const JOURS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const MESES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** "14:05", "14 h 05": hours and minutes joined by `glue`. */
const clock = (t: Date, glue: string): string => `${pad2(t.getHours())}${glue}${pad2(t.getMinutes())}`;
/** "10/01/2019": day, month and four-digit year joined by `glue`. */
const dayMonthYear = (t: Date, glue: string): string => [pad2(t.getDate()), pad2(t.getMonth() + 1), String(t.getFullYear())].join(glue);
/** "jeudi 10 janvier 2019". */
const dateFr = (t: Date): string => `${JOURS[t.getDay()]!} ${t.getDate()} ${MOIS[t.getMonth()]!} ${t.getFullYear()}`;
const copyrightYear = (p: Page): number => p.s.date.getFullYear();

/** The headline cut at a word boundary before `room` characters, ending with `mark` (breadcrumbs, reading bars). */
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

/** A long chrome line that reads like prose: appeals, corrections, notices between two paragraphs. */
const NOTICES_FR = [
  'Rectificatif : dans une première version de ce texte, nous avions attribué la citation du troisième paragraphe à un élu de l’opposition ; elle est d’un responsable syndical, et nous présentons nos excuses aux deux intéressés.',
  'Avertissement : ce texte reflète la situation au moment de sa publication ; les chiffres de participation et les décisions annoncées ont pu évoluer depuis, et nous vous invitons à consulter nos mises à jour avant de le partager.',
];

// ——— The twelve sites ———

export const SITES_V36: readonly SiteV36[] = [
  {
    id: 'luneville-faience',
    name: 'Émail & Biscuit',
    lang: 'fr',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.88 },
    draw: weightedCredits({ into: 'fr', share: 0.88 }, [LUNEVILLE_FRENCH, 0.36], [LUNEVILLE_FOREIGN, 0.34], [LOOKALIKES_V36.luneville, 0.24]),
    stamp: ({ s: { date: t } }) => `Lunéville · ${JOURS[t.getDay()]!.slice(0, 3)}. ${t.getDate()}.${t.getMonth() + 1}.${t.getFullYear()} · ${clock(t, ':')} (HNEC)`,
    render(p) {
      const { d, s } = p;
      const credit = s.credit
        ? d.pick([
            (o: string) => `Texte repris ${de(o)} — tous droits à l’éditeur`,
            (o: string) => `Nous republions cet article avec l’aimable accord ${de(o)}.`,
            (o: string) => `Paru à l’origine dans ${o}, traduit et relu pour nos adhérents`,
            (o: string) => `Crédit éditorial : ${o}`,
          ])(s.credit.shown)
        : null;
      // The credit as the page's very first line, above the letter's own masthead, or between dashes under the headline.
      const first = credit !== null && d.chance(0.5);
      if (first) p.meta(credit!).blank();
      p.chrome('ÉMAIL & BISCUIT', 'Bulletin des faïenciers, porcelainiers et décorateurs sur céramique de Lunéville, Saint-Clément et Niderviller').blank();
      p.chrome(`Four n° ${d.int(1, 4)} : ${d.pick(['en chauffe', 'en défournement', 'à l’arrêt pour entretien'])} ▪ Kaolin : ${d.int(180, 260)} € la tonne ▪ Commandes du Salon : ${d.int(3, 40)}`).blank();
      if (d.chance(0.45)) p.chrome(...ifHeadline(p, `Article précédent ◃ ${otherHeadline(p)}`)).blank();
      if (d.chance(0.3)) p.chrome('TERRE ET FEU').blank();
      p.title((t) => d.pick([t, t, t, `Manufactures : ${t}`, `${t} ▪ Émail & Biscuit`])).blank();
      if (credit !== null && !first) p.meta(`— ${credit} —`);
      p.meta(bylineOf(p, [(w) => `Auteur de l’article original : ${w}`, (w) => `${w} ; version française de ${d.pick(REVISERS_V36)}`]), this.stamp(p)).blank();
      p.body(afterParagraphs(p, [[p.mid(), `▪ Dans nos ateliers : ${d.pick(['stage de décor au pinceau, samedi à Saint-Clément', 'portes ouvertes du musée de la faïence, dimanche', 'cuisson collective des pièces d’élèves, jeudi'])}`], d.chance(0.35) && [s.body.length, d.pick(NOTICES_FR)]]));
      p.chrome(...ifHeadline(p, `Article suivant ▹ ${otherHeadline(p)}`)).blank();
      p.chrome(
        'Émail & Biscuit est adressé aux membres de l’association des métiers de la céramique lorraine. Les articles de presse qu’il reprend restent la propriété de leurs éditeurs ; ceux qui paraissent en allemand ou en néerlandais sont traduits par un logiciel, le titre du journal compris.',
      ).blank();
      p.chrome(`Émail & Biscuit ▪ ${copyrightYear(p)} ▪ Maison des métiers d’art, 54300 Lunéville ▪ Désinscription ▪ Archives`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'morzine-lifts',
    name: 'Perche & Télésiège',
    lang: 'fr',
    originals: 15,
    attribution: 'source-line',
    chromeOnlyPage: true,
    translate: { into: 'fr', share: 0.9 },
    draw: weightedCredits({ into: 'fr', share: 0.9 }, [MORZINE_FRENCH, 0.36], [MORZINE_FOREIGN, 0.34], [LOOKALIKES_V36.morzine, 0.25]),
    stamp: ({ s: { date: t } }) => `Morzine · màj ${dayMonthYear(t, '/')} · ${clock(t, ':')} UTC+01:00`,
    render(p) {
      const { d, s } = p;
      p.chrome('Espace personnel saisonniers — connecté : poste de Nyon — Déconnexion').blank();
      p.chrome('PERCHE & TÉLÉSIÈGE', 'Le portail des pisteurs, perchmans et conducteurs de remontées de Morzine, Avoriaz et des Gets').blank();
      p.chrome(`Domaine ❄ ${d.int(38, 61)} remontées ouvertes sur 67 ❄ Neige au sommet : ${d.int(40, 190)} cm ❄ Risque d’avalanche : ${d.int(1, 4)}/5 ❄ Vent : ${d.pick(['faible', 'modéré', 'fort en crête'])}`).blank();
      if (p.chromeOnly) {
        p.chrome(
          'État des remontées mécaniques — tableau du jour',
          'Télésiège du Pleney : ouvert ❄ Télécabine de Super-Morzine : ouvert ❄ Téléski des Udrezants : fermé (vent) ❄ Télésiège de Nyon : ouvert',
          'Les horaires sont donnés à titre indicatif et peuvent changer sans préavis selon la météo ; consultez le panneau au départ de chaque appareil avant votre prise de poste et signalez toute anomalie au PC sécurité.',
        ).blank();
      }
      const source = s.credit
        ? d.pick([
            (o: string) => `Source : ${o}`,
            (o: string) => `SOURCE : ${capitals(o)}`,
            (o: string) => `Source ▸ ${o} (traduction automatique)`,
            (o: string) => `D’après la source : ${o}`,
          ])(s.credit.shown)
        : null;
      const writer = bylineOf(p, [(w) => `Reporter d’origine : ${w}`, (w) => `${w}, adapté par ${d.pick(REVISERS_V36)}`]);
      // The source line above the headline, under the date, or at the foot.
      const where = source === null ? 'none' : d.pick(['above', 'date', 'foot'] as const);
      if (where === 'above') p.meta(source!).blank();
      p.chrome(...ifHeadline(p, `Vous lisez : ${cutShort(s.src.title, 42)}`)).blank();
      p.title((t) => (d.chance(0.25) ? `Actu station ❄ ${t}` : t)).blank();
      p.meta(this.stamp(p));
      if (where === 'date') p.meta(source!);
      if (source !== null) p.meta(writer);
      p.blank();
      p.body(afterParagraphs(p, [[p.mid(), `❄ Info poste : ${d.pick(['relève de 13 h décalée à 13 h 30 au Pleney', 'formation secourisme mardi, salle hors sac', 'navette du personnel supprimée dimanche'])}`], d.chance(0.3) && [s.body.length, 'Rappel sécurité : le port du casque et du DVA est obligatoire pour tout déplacement hors piste du personnel, y compris pour rejoindre un poste de garde ; le PC sécurité doit être prévenu avant chaque départ.']]));
      if (where === 'foot') p.meta(source!).blank();
      p.chrome(
        'Perche & Télésiège est un service interne de la régie des remontées. Les articles de presse repris ici sont destinés à l’information du personnel ; les textes anglais et suisses alémaniques sont traduits par un outil automatique, y compris le nom des journaux, et leur source est toujours indiquée.',
      ).blank();
      if (d.chance(0.5)) p.chrome(`Commentaires du personnel (${p.n(12)}) ❄ Signaler ❄ Imprimer`).blank();
      p.chrome(`Régie des remontées mécaniques de Morzine — ${copyrightYear(p)} — usage interne`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'arcachon-oysters',
    name: 'Parcs & Marées',
    lang: 'fr',
    originals: 15,
    attribution: 'title-suffix',
    draw: weightedCredits(undefined, [ARCACHON_PRESS, 0.7], [LOOKALIKES_V36.arcachon, 0.24]),
    stamp: ({ s: { date: t } }) => `Arcachon — ${t.getFullYear()}-${pad2(t.getMonth() + 1)}-${pad2(t.getDate())} ${clock(t, ':')} (heure française)`,
    render(p) {
      const { d, s } = p;
      p.chrome('Espace adhérents — Section régionale conchylicole — Vous êtes connecté · Mes déclarations · Sortir').blank();
      p.chrome('PARCS & MARÉES', 'Revue de presse des ostréiculteurs du bassin d’Arcachon — Gujan-Mestras, Andernos, Lège-Cap-Ferret, La Teste').blank();
      p.chrome(`Marée du jour ≋ pleine mer ${pad2(d.int(0, 23))}:${pad2(d.int(0, 59))} ≋ coefficient ${d.int(35, 110)} ≋ Eau : ${d.int(7, 12)} °C ≋ ${d.pick(['Bassin ouvert à la vente', 'Analyses en cours sur le secteur Arguin', 'Interdiction levée au banc d’Arguin'])}`).blank();
      if (d.chance(0.35)) p.chrome(`Rubrique ≋ ${d.pick(['Naissain', 'Vente', 'Qualité de l’eau', 'Cabanes'])}`).blank();
      const named = d.pick([
        (o: string) => ` ~ ${o}`,
        (o: string) => ` ⟨${o}⟩`,
        (o: string) => ` — ${o}`,
        (o: string) => ` (${o})`,
        (o: string) => ` ⌁ ${o}`,
        (o: string) => ` — ${capitals(o)}`,
      ]);
      p.title((t) => (s.credit ? `${t}${named(s.credit.shown)}` : t)).blank();
      p.meta(this.stamp(p)).blank();
      p.body(afterParagraphs(p, [d.chance(0.4) && [p.mid(), '[…]'], d.chance(0.35) && [s.body.length, d.pick(NOTICES_FR)]]));
      p.chrome(...ifHeadline(p, `Haut de page ↑ ${s.src.title}`)).blank();
      p.chrome('Le titre de chaque article est suivi du nom du journal qui l’a publié.').blank();
      p.chrome(
        'Parcs & Marées est une revue de presse interne réservée aux adhérents de la section. Les articles sont reproduits dans leur intégralité avec le nom de leur journal et demeurent la propriété de leurs éditeurs ; merci de ne pas les diffuser en dehors de la profession.',
      ).blank();
      p.chrome(`Section conchylicole · port ostréicole de Larros · 33470 Gujan-Mestras · ${copyrightYear(p)}`);
      return { author: false, date: 'full' };
    },
  },
  {
    id: 'panama-weekly',
    name: 'Le Devoir de l’Isthme',
    lang: 'fr',
    originals: 14,
    attribution: 'own',
    lookalike: true,
    stamp: (p) => {
      const t = onClock(p, 'America/Panama');
      return `Panamá, ${dateFr(t)} · ${t.getHours()} h ${pad2(t.getMinutes())} (hora de Panamá, UTC−5)`;
    },
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Cookies / Galletas : Le Devoir de l’Isthme mide su audiencia — mesure son audience — à Panamá, à Colón, à David et dans les communautés francophones d’Amérique centrale, et affiche les annonces des commerces de Casco Viejo et d’El Cangrejo.',
        'Aceptar / Accepter',
        'Más opciones / Plus d’options',
      ).blank();
      p.chrome('LE DEVOIR DE L’ISTHME', 'L’hebdomadaire francophone du Panamá et d’Amérique centrale — fondé en 2011', 'Portada / Une ◦ Panamá ◦ Canal ◦ Amérique latine ◦ France ◦ Communauté').blank();
      p.chrome(`Canal ◦ ${d.int(28, 41)} transits hier ◦ Écluses d’Agua Clara : ${d.pick(['trafic normal', 'attente de 14 heures', 'une voie fermée pour maintenance'])} ◦ 1 € = ${d.int(112, 116)} centavos de balboa`).blank();
      if (d.chance(0.4)) p.chrome(...ifHeadline(p, `Inicio › Francia › ${cutShort(s.src.title, 36, '...')}`)).blank();
      p.title((t) => d.pick([t, t, t, `Vu de Panamá : ${t}`, `${t} ◦ Le Devoir de l’Isthme`])).blank();
      p.meta(d.pick([`Por / Par ${s.author}`, `${s.author}, correspondance à Colón`, `Reportage : ${s.author} — fotos ${d.pick(PHOTOGRAPHERS_V36)}`]), this.stamp(p)).blank();
      p.body(afterParagraphs(p, [[p.mid(), `◦ Lea también / Lire aussi : ${otherHeadline(p)}`], d.chance(0.4) && [s.body.length, 'Nota de la redacción / Note de la rédaction : cet article a été mis à jour après la publication de nouveaux chiffres par le ministère de l’Intérieur ; la version précédente faisait état d’une participation plus faible.']]));
      if (d.chance(0.5)) p.chrome(`Sobre el autor / L’auteur ◦ ${s.author} couvre la France et l’Europe pour Le Devoir de l’Isthme depuis la rédaction de Panamá.`).blank();
      p.chrome(`Lo más leído / Les plus lus ◦ ${p.related(3).join(' ◦ ')}`).blank();
      p.chrome(`© ${copyrightYear(p)} Le Devoir de l’Isthme S.A. — Calle 50, Ciudad de Panamá — Aviso legal / Mentions légales — Contacto`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'ubaye-valley',
    name: 'La Montagne de l’Ubaye',
    lang: 'fr',
    originals: 14,
    attribution: 'own',
    lookalike: true,
    chromeOnlyPage: true,
    stamp: ({ s: { date: t } }) => `Barcelonnette | Publié le ${dayMonthYear(t, '/')} à ${clock(t, ':')}`,
    render(p) {
      const { d, s } = p;
      p.chrome('Passer au contenu | Se connecter | S’abonner pour 2 € le premier mois').blank();
      p.chrome('LA MONTAGNE DE L’UBAYE', 'Barcelonnette, Jausiers, Pra-Loup, Le Sauze, Larche — l’actualité de la vallée et de ses Mexicains').blank();
      p.chrome(`Col de Larche : ${d.pick(['ouvert', 'fermé', 'équipements obligatoires'])} | Col de la Cayolle : fermé pour l’hiver | Météo : ${d.int(-9, 6)} °C à Barcelonnette`).blank();
      if (p.chromeOnly) {
        p.chrome(
          'Webcams de la vallée',
          'Pra-Loup 1600 | Le Sauze | Sainte-Anne-la-Condamine | Col de Larche — images actualisées toutes les dix minutes',
          'Ces images sont fournies par les stations et la commune ; elles peuvent être indisponibles par mauvais temps ou en cas de coupure du réseau, sans que la rédaction puisse intervenir.',
        ).blank();
      }
      p.chrome(...ifHeadline(p, `Vallée > ${d.pick(['Barcelonnette', 'Jausiers', 'Méolans-Revel', 'Uvernet-Fours'])} > ${cutShort(s.src.title, 40)}`)).blank();
      if (d.chance(0.3)) p.chrome('EXCLUSIF ABONNÉS').blank();
      p.title((t) => (d.chance(0.25) ? `Ubaye : ${t}` : t)).blank();
      p.meta(d.pick([`Par ${s.author}`, `${s.author} (bureau de Barcelonnette)`, `${s.author} — photo : ${d.pick(PHOTOGRAPHERS_V36)}`]), this.stamp(p));
      const updated = new TZDate(s.date.getTime() + d.int(15, 95) * 60_000, PARIS_ZONE);
      p.chrome(`Mis à jour à ${clock(updated, ':')}`).blank();
      p.body(afterParagraphs(p, [[p.mid(), `> Sur le même sujet : ${otherHeadline(p)}`], d.chance(0.3) && [s.body.length, d.pick(NOTICES_FR)]]));
      if (d.chance(0.5)) p.chrome(`Journaliste | ${s.author} suit pour La Montagne de l’Ubaye la politique locale, la vie des stations et l’actualité nationale.`).blank();
      p.chrome(`Les plus lus cette semaine > ${p.related(2).join(' | ')}`).blank();
      p.chrome(
        'La Montagne de l’Ubaye est un journal indépendant, financé par ses abonnés et par la publicité des commerces de la vallée. Pour continuer à couvrir chaque conseil municipal de Larche à Méolans, nous avons besoin de vous : abonnez-vous.',
      ).blank();
      p.chrome(`© ${copyrightYear(p)} La Montagne de l’Ubaye SARL — 04400 Barcelonnette — Tous droits réservés`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'cholet-chess',
    name: "L'Échiquier choletais",
    lang: 'fr',
    originals: 12,
    attribution: 'none',
    chromeOnlyPage: true,
    stamp: ({ s: { date: t } }) => `Cholet - lettre du ${t.getDate()}.${ROMAN_MONTHS[t.getMonth()]!}.${t.getFullYear()}`,
    render(p) {
      const { d, s } = p;
      p.chrome("Lettre aux adhérents du cercle d'échecs - version texte - ne pas répondre à ce message").blank();
      p.chrome("L'ÉCHIQUIER CHOLETAIS", "Cercle d'échecs de Cholet et des Mauges - jeunes, loisirs, compétition").blank();
      if (p.chromeOnly) {
        p.chrome(
          'Appariements de la ronde 5 - championnat départemental',
          'Table 1 : Cholet 1 - Saumur 2',
          'Table 2 : Beaupréau - Cholet 2',
          'Table 3 : Chemillé - Angers Jeunes',
          "Les capitaines confirment la composition de leur équipe au plus tard le vendredi soir ; tout forfait non signalé entraîne une pénalité d'un point au classement et l'amende prévue par le règlement du comité.",
        ).blank();
      }
      p.chrome(...ifHeadline(p, `Dans cette lettre § ${cutShort(s.src.title, 34, '[...]')} § le problème de la semaine § le calendrier`)).blank();
      p.title((t) => d.pick([t, t, `Revue de presse § ${t}`, `${t} (article recopié)`])).blank();
      p.meta(this.stamp(p)).blank();
      p.body(afterParagraphs(p, [d.chance(0.6) && [p.mid(), `§ Au club : ${d.pick(['blitz du vendredi à 20 h 30, salle Paul-Valéry', 'cours débutants le mercredi après-midi', 'simultanée du président samedi prochain'])}`], [s.body.length, '- § -']]));
      p.chrome(`Le problème de la semaine : les blancs jouent et matent en ${d.int(2, 4)} coups (solution dans la prochaine lettre).`).blank();
      p.chrome(
        "L'Échiquier choletais est écrit par les bénévoles du cercle. Les articles de journaux que nous recopions sont réservés aux adhérents qui ne lisent pas la presse en ligne ; la lettre n'est ni vendue ni publiée, et nous retirons un texte dès que son auteur le demande.",
      ).blank();
      p.chrome(`Se désabonner - Cercle d'échecs de Cholet - ${copyrightYear(p)}`);
      return { author: false, date: 'day' };
    },
  },
  {
    id: 'bogota-business',
    name: 'Andes Affaires',
    lang: 'fr',
    originals: 16,
    attribution: 'url-host',
    chromeOnlyPage: true,
    canShow: (canonical) => canonical in HOSTS_V36,
    draw: weightedCredits(undefined, [BOGOTA_LINKED, 0.9]),
    stamp: (p) => {
      const t = onClock(p, 'America/Bogota');
      return `Bogotá D.C., ${t.getDate()} de ${MESES[t.getMonth()]!} de ${t.getFullYear()} - ${t.getHours() % 12 || 12}:${pad2(t.getMinutes())} ${t.getHours() < 12 ? 'a. m.' : 'p. m.'} (hora de Colombia, UTC-5)`;
    },
    render(p) {
      const { d, s } = p;
      p.chrome('¡Bienvenido! — Andes Affaires, le portail des entreprises françaises en Colombie — Iniciar sesión / Connexion').blank();
      p.chrome('ANDES AFFAIRES', 'Économie, énergie, café et commerce franco-colombien, depuis Bogotá', 'Inicio ⋄ Économie ⋄ Énergie ⋄ Agro ⋄ Infrastructures ⋄ Revue de presse').blank();
      p.chrome(`COLCAP ${d.int(1350, 1480)} ⋄ Dólar : ${d.int(3080, 3260)} pesos ⋄ Café : ${d.int(98, 120)} centavos la libra ⋄ Pétrole WTI : ${d.int(47, 58)} $`).blank();
      if (p.chromeOnly) {
        p.chrome('Búsqueda / Recherche : « Ecopetrol Normandie »', 'Aucun résultat. Vérifiez l’orthographe des mots saisis ou essayez des termes plus généraux.', 'Suggestions ⋄ pétrole ⋄ café ⋄ tramway ⋄ Medellín').blank();
      }
      p.title((t) => d.pick([t, t, t, `Entreprises : ${t}`, `${t} ⋄ Andes Affaires`])).blank();
      p.meta(this.stamp(p));
      const link = s.credit
        ? [
            d.pick([
              (u: string) => `Texte original ⋄ ${u}`,
              (u: string) => `Consulter l’article sur ${u}`,
              (u: string) => `Fuente / Source : ${u}`,
              (u: string) => `Repris de l’adresse suivante : ${u}`,
            ])(originalAddress(p)),
            bylineOf(p, [(w) => `Journaliste de la page d’origine : ${w}`, (w) => `${w} (texte d’origine)`]),
          ]
        : [];
      // Under the date, inside the text, or at the foot.
      const where = d.pick(['date', 'inside', 'foot'] as const);
      if (where === 'date') p.meta(...link);
      p.blank();
      bodyWithCredit(p, p.mid(), where === 'inside' ? link : [], afterParagraphs(p, [d.chance(0.5) && [p.mid() + 1, 'Publicidad ⋄ Cours de français des affaires à l’Alliance de Bogotá, inscriptions ouvertes pour le semestre']]));
      if (where === 'foot' && link.length > 0) p.meta(...link).blank();
      p.chrome(
        'Andes Affaires relaie chaque jour des articles de la presse colombienne et française sur l’économie du pays, avec l’adresse de leur page d’origine. Ces textes appartiennent à leurs éditeurs ; nous les retirons sur simple demande adressée à la rédaction.',
      ).blank();
      p.chrome(`Compartir / Partager ⋄ WhatsApp ⋄ LinkedIn ⋄ ${p.n(60)} lectures`).blank();
      p.chrome(`Andes Affaires © ${copyrightYear(p)} ⋄ Carrera 7, Bogotá ⋄ Política de datos ⋄ Contacto`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'moncton-student',
    name: 'Le Front des Aboiteaux',
    lang: 'fr',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.88 },
    draw: weightedCredits({ into: 'fr', share: 0.88 }, [MONCTON_FRENCH, 0.36], [MONCTON_FOREIGN, 0.32], [LOOKALIKES_V36.moncton, 0.26]),
    stamp: (p) => {
      const t = onClock(p, 'America/Moncton');
      return `Moncton (N.-B.), ${dateFr(t)}, ${t.getHours()} h ${pad2(t.getMinutes())} HNA`;
    },
    render(p) {
      const { d, s } = p;
      p.chrome('Le journal étudiant du campus — édition Web — Nous joindre | Devenir bénévole').blank();
      p.chrome('LE FRONT DES ABOITEAUX', 'La voix étudiante francophone du Coude depuis 1969 — Moncton, Shippagan, Edmundston').blank();
      p.chrome(`Campus ✦ ${d.pick(['Cours annulés cet après-midi : tempête de neige', 'Bibliothèque Champlain ouverte jusqu’à minuit', 'Assemblée générale de la FÉÉCUM jeudi'])} ✦ ${d.int(-22, -2)} °C`).blank();
      if (d.chance(0.35)) p.chrome('CHRONIQUE — À TRAVERS LA PRESSE').blank();
      p.title((t) => d.pick([t, t, t, `Actualités : ${t}`, `${t} ✦ Le Front`])).blank();
      const credit = s.credit
        ? d.pick([
            (o: string) => `Avec la permission ${de(o)}`,
            (o: string) => `Ce texte a d’abord été publié par ${o}.`,
            (o: string) => `Reproduction autorisée — ${o}`,
            (o: string) => `Texte tiré ${de(o)}, traduit de l’anglais s’il y a lieu`,
          ])(s.credit.shown)
        : null;
      const writer = bylineOf(p, [(w) => `Collaboration spéciale : ${w}`, (w) => `${w}, texte revu par ${d.pick(REVISERS_V36)}`]);
      // Under the headline, or after the journalist's "-30-" end mark at the foot.
      const under = credit !== null && d.chance(0.5);
      if (under) p.meta(credit!);
      if (credit !== null) p.meta(writer);
      p.meta(this.stamp(p)).blank();
      p.body(afterParagraphs(p, [[p.mid(), `✦ À lire aussi : ${otherHeadline(p)}`], d.chance(0.35) && [s.body.length, 'Le Front des Aboiteaux est financé par une cotisation étudiante et ne reçoit aucune aide de l’administration de l’Université ; les opinions exprimées dans nos pages n’engagent que leurs auteurs et non le conseil d’administration.']]));
      p.chrome('-30-').blank();
      if (credit !== null && !under) p.meta(credit).blank();
      p.chrome(
        'Les textes de la presse acadienne, québécoise et canadienne repris dans nos pages le sont avec l’accord de leurs éditeurs. Les articles parus en anglais sont traduits par un logiciel, y compris le nom du journal, et relus par nos bénévoles quand le temps le permet.',
      ).blank();
      p.chrome(`© ${copyrightYear(p)} Le Front des Aboiteaux — Centre étudiant, Moncton (N.-B.) — Politique éditoriale`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'saigon-association',
    name: 'Les Nouvelles de la rue Catinat',
    lang: 'fr',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.9 },
    draw: weightedCredits({ into: 'fr', share: 0.9 }, [SAIGON_FRENCH, 0.34], [SAIGON_FOREIGN, 0.34], [LOOKALIKES_V36.saigon, 0.26]),
    stamp: (p) => {
      const t = onClock(p, 'Asia/Ho_Chi_Minh');
      return `Sài Gòn, ngày ${t.getDate()} tháng ${t.getMonth() + 1} năm ${t.getFullYear()} — ${t.getHours()} h ${pad2(t.getMinutes())} (UTC+7)`;
    },
    render(p) {
      const { d, s } = p;
      p.chrome('Xin chào ! La lettre de l’Association des francophones de Hô Chi Minh-Ville — Afficher dans le navigateur').blank();
      p.chrome('LES NOUVELLES DE LA RUE CATINAT', 'Vietnam, Asie du Sud-Est et France — pour les francophones de Saïgon', 'Trang chủ / Accueil ⊹ Vietnam ⊹ Région ⊹ France ⊹ Vie de l’association').blank();
      p.chrome(`Tỷ giá / Change ⊹ 1 € = ${d.int(25900, 26900)} đồng ⊹ Qualité de l’air : ${d.pick(['bonne', 'moyenne', 'mauvaise, évitez le sport dehors'])} ⊹ ${d.pick(['Métro ligne 1 : essais en cours', 'Fermeture du bac de Thủ Thiêm', 'Fête du Têt : bureaux fermés du 4 au 10'])}`).blank();
      p.title((t) => d.pick([t, t, t, `Regards croisés ⊹ ${t}`, `${t} ⊹ Rue Catinat`])).blank();
      const where = s.credit === null ? 'none' : d.pick(['byline', 'byline', 'foot'] as const);
      const o = s.credit?.shown ?? '';
      // The original named in the byline line ("Par X, Y"), or in a bilingual source line at the foot.
      if (where === 'byline') p.meta(d.pick([`Par ${s.author}, ${o}`, `${s.author} (${o})`, `${o} ⊹ ${s.author}`]));
      else if (where === 'foot') p.meta(d.pick([`Par ${s.author}`, `Tác giả / Auteur : ${s.author}`]));
      p.meta(this.stamp(p)).blank();
      p.body(afterParagraphs(p, [[p.mid(), `⊹ Đọc thêm / À lire aussi : ${otherHeadline(p)}`], d.chance(0.3) && [s.body.length, 'Vie de l’association : la permanence du jeudi soir se tient désormais dans les locaux de l’Institut d’échanges culturels, au troisième étage ; pensez à apporter votre carte de membre pour obtenir le badge d’accès du bâtiment.']]));
      if (where === 'foot') p.meta(d.pick([`Nguồn / Source : ${o}`, `Bài gốc / Texte original : ${o}, traduit par ${d.pick(REVISERS_V36)}`])).blank();
      p.chrome(
        'Les Nouvelles de la rue Catinat sont préparées par les bénévoles de l’association. Nous traduisons par logiciel des articles vietnamiens et anglophones, nom des journaux compris, et reprenons la presse francophone avec l’accord des rédactions ; chaque texte reste la propriété de son éditeur.',
      ).blank();
      if (d.chance(0.5)) p.chrome(`Chia sẻ / Partager ⊹ Zalo ⊹ Facebook ⊹ ${p.n(40)} mentions « j’aime »`).blank();
      p.chrome(`Association des francophones de Hô Chi Minh-Ville ⊹ ${copyrightYear(p)} ⊹ Hủy đăng ký / Se désabonner`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'lerwick-seafood',
    name: 'North Isles Catch',
    lang: 'en',
    originals: 16,
    attribution: 'credit',
    translate: { into: 'en', share: 0.85 },
    draw: weightedCredits({ into: 'en', share: 0.85 }, [LERWICK_PICKS, 0.68], [LOOKALIKES_V36.lerwick, 0.24]),
    stamp: (p) => {
      const t = onClock(p, 'Europe/London');
      return `${DAY_NAMES[t.getDay()]!.slice(0, 3)} ${t.getDate()} ${MONTH_NAMES[t.getMonth()]!.slice(0, 3)} ${t.getFullYear()} · ${clock(t, ':')} GMT`;
    },
    render(p) {
      const { d, s } = p;
      p.chrome('North Isles Catch · the Thursday letter · view online · forward to the skipper').blank();
      p.chrome('NORTH ISLES CATCH', 'Fishing, salmon farming and the French and Belgian seafood markets, from Lerwick, Shetland').blank();
      p.chrome(`Quayside ▸ Mackerel £${d.int(900, 1400)}/t ▸ Monkfish ${d.pick(['firm', 'easier', 'unchanged'])} ▸ Shetland Mainland: ${d.pick(['gale warning', 'boats landing', 'harbour closed to small craft'])}`).blank();
      const credit = s.credit ? s.credit.shown : null;
      // After the headline on its own line, in a "Via" line above it, or at the foot.
      const where = credit === null ? 'none' : s.headline ? d.pick(['title', 'via', 'foot'] as const) : d.pick(['via', 'foot'] as const);
      if (where === 'via') p.meta(d.pick([`Via: ${credit}`, `Via ${credit} (machine translation)`])).blank();
      if (d.chance(0.3)) p.chrome('FROM THE CONTINENT').blank();
      const tail = d.pick([(o: string) => ` — from ${o}`, (o: string) => ` [as reported by ${o}]`]);
      p.title((t) => (where === 'title' ? `${t}${tail(credit!)}` : d.chance(0.2) ? `Europe desk: ${t}` : t)).blank();
      p.meta(this.stamp(p));
      if (credit !== null) p.meta(bylineOf(p, [(w) => `Original reporting: ${w}`, (w) => `${w}; English by software, checked by ${d.pick(REVISERS_V36)}`], true));
      p.blank();
      p.body(afterParagraphs(p, [[p.mid(), `▸ Also in this letter: ${otherHeadline(p)}`], d.chance(0.35) && [s.body.length, 'A note from the editor: prices quoted in French and Belgian reports are converted at the rate of the day they were published and rounded, so they may differ slightly from the figures you see at Peterhead or Lerwick market.']]));
      if (where === 'foot') p.meta(d.pick([`This article first ran in ${credit}; the English text is a machine translation.`, `Translated from the French of ${credit}`])).blank();
      p.chrome(
        'North Isles Catch is a free letter for fishermen, salmon farmers and processors in Shetland and Orkney who sell into France and Belgium. We translate French-language articles with software, newspaper titles included, and always name the paper that printed the story first.',
      ).blank();
      p.chrome(`© ${copyrightYear(p)} North Isles Catch · Esplanade, Lerwick ZE1 0LL · Unsubscribe · Privacy`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'belize-weekly',
    name: 'The Cayo & Coast Chronicle',
    lang: 'en',
    originals: 14,
    attribution: 'own',
    chromeOnlyPage: true,
    stamp: (p) => {
      const t = onClock(p, 'America/Belize');
      return `${MONTH_NAMES[t.getMonth()]!} ${t.getDate()}, ${t.getFullYear()} | ${t.getHours() % 12 || 12}:${pad2(t.getMinutes())} ${t.getHours() < 12 ? 'A.M.' : 'P.M.'} CST`;
    },
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Your privacy: The Cayo & Coast Chronicle counts its readers in Belize City, San Ignacio, the cayes and the diaspora, and shows advertising from local businesses. Accepting helps keep our reporting free; declining will not stop you reading.',
        'Accept',
        'Decline',
      ).blank();
      p.chrome('THE CAYO & COAST CHRONICLE', 'Belize’s independent weekly since 1987', 'Home ~ National ~ Cayes ~ World ~ Sports ~ Opinion').blank();
      if (p.chromeOnly) {
        p.chrome('This story is for subscribers', 'Subscribe for BZ$8 a month to read every story, the e-paper and our archive back to 1987. Already a subscriber? Log in.', 'Subscribe ~ Log in').blank();
      }
      p.chrome(`Weather ~ ${d.int(24, 31)}°C ~ ${d.pick(['Small craft warning', 'Seas calm to moderate', 'Showers over the Cayo district'])} ~ BZ$2.00 to the US dollar`).blank();
      p.chrome(...ifHeadline(p, `Previous story ~ ${otherHeadline(p)}`)).blank();
      p.title((t) => d.pick([t, t, t, `WORLD ~ ${t}`, `${t} ~ Chronicle`])).blank();
      p.meta(d.pick([`By ${writerEn(p)}`, `${writerEn(p)}, Staff Reporter`, `Story: ${writerEn(p)} ~ Pictures: ${d.pick(PHOTOGRAPHERS_V36)}`]), this.stamp(p)).blank();
      p.body(afterParagraphs(p, [[p.mid(), `Read more ~ ${otherHeadline(p)}`], d.chance(0.35) && [s.body.length, 'Correction: an earlier version of this story misstated the number of police officers deployed in Paris. The figure given by the French interior ministry was used, and the story has been updated.']]));
      if (d.chance(0.5)) p.chrome(`About the writer ~ ${writerEn(p)} reports on world affairs and the Belizean diaspora for The Cayo & Coast Chronicle.`).blank();
      p.chrome(...ifHeadline(p, `Print this story: ${s.src.title}`)).blank();
      p.chrome(`Most read ~ ${p.related(2).join(' ~ ')}`).blank();
      p.chrome(`Copyright © ${copyrightYear(p)} The Cayo & Coast Chronicle Ltd. ~ Albert Street, Belize City ~ Terms ~ Contact`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'cairo-digest',
    name: 'Nile Francophone Brief',
    lang: 'en',
    originals: 16,
    attribution: 'credit',
    translate: { into: 'en', share: 0.85 },
    draw: weightedCredits({ into: 'en', share: 0.85 }, [CAIRO_PICKS, 0.68], [LOOKALIKES_V36.cairo, 0.24]),
    stamp: (p) => {
      const t = onClock(p, 'Africa/Cairo');
      return `Cairo | ${dayMonthYear(t, '/')} | ${clock(t, ':')} EET (GMT+2)`;
    },
    render(p) {
      const { d, s } = p;
      p.chrome('Nile Francophone Brief | a weekday letter for business readers | Arabic edition coming soon').blank();
      p.chrome('NILE FRANCOPHONE BRIEF', 'What the French-language press of Egypt, the Levant, the Maghreb and Paris is saying, in English | Cairo').blank();
      p.chrome(`EGX30 ${d.int(12500, 14800)} | EGP ${d.int(20, 21)}.${d.int(10, 90)} per euro | Brent $${d.int(55, 72)} | Suez Canal: ${d.int(45, 62)} transits`).blank();
      p.title((t) => d.pick([t, t, t, `Press review | ${t}`, `${t} (translated)`])).blank();
      p.meta(this.stamp(p));
      const credit = s.credit
        ? [
            d.pick([
              (o: string) => `Translated from the French; the original appeared in ${o}.`,
              (o: string) => `Hat tip: ${o}`,
              (o: string) => `Courtesy of ${o}`,
              (o: string) => `This item was first published by ${o}`,
            ])(s.credit.shown),
            bylineOf(p, [(w) => `Reported by ${w} for the original`, (w) => `${w} (original text), English by ${d.pick(REVISERS_V36)}`], true),
          ]
        : [];
      // Under the date, inside the text, or at the foot.
      const where = d.pick(['date', 'inside', 'foot'] as const);
      if (where === 'date') p.meta(...credit);
      p.blank();
      bodyWithCredit(p, p.mid(), where === 'inside' ? credit : [], afterParagraphs(p, [[s.body.length, `Sponsored | ${d.pick(['French lessons for executives, Zamalek, evening classes', 'Office space in New Cairo, flexible terms', 'Nile cruises for conference groups, Luxor to Aswan'])}`]]));
      if (where === 'foot' && credit.length > 0) p.meta(...credit).blank();
      p.chrome(
        'Nile Francophone Brief translates articles from the French-language press with software, newspaper names included, for English-speaking managers and investors in Egypt. We name the paper that first printed each story; the text remains its publisher’s property.',
      ).blank();
      p.chrome(`© ${copyrightYear(p)} Nile Francophone Brief | Garden City, Cairo | Unsubscribe | Privacy`);
      return writerIfCredited(p, 'full');
    },
  },
];

/** The original's address on its outlet's site, in one of five URL shapes (an anchor, a print path, no scheme, no "www", an RSS tag). */
function originalAddress(p: Page): string {
  const { d, s } = p;
  const host = HOSTS_V36[s.credit!.canonical]!;
  const words = slug(s.src.title);
  const id = d.int(100_000, 9_999_999);
  return d.pick([
    () => `https://${host}/economia/${words}-${id}#comentarios`,
    () => `https://${host}/print/${s.date.getFullYear()}/${words}`,
    () => `${host}/actualite/${words}_${id}.html`,
    () => `https://${host.replace(/^www\./, '')}/${words}`,
    () => `https://${host}/${words}-${id}?xtor=RSS-${d.int(1, 9)}`,
  ])();
}

// ——— Junk: files that hold no article (each must be rejected) ———

const JUNK_V36: readonly { name: string; bytes: Uint8Array }[] = [
  { name: 'png-head', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]) },
  { name: 'webp-head', bytes: Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 ', 'latin1') },
  { name: 'ogg-head', bytes: Buffer.from('OggS\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00', 'latin1') },
  { name: 'access-denied', bytes: Buffer.from('Error 1020\nAccès refusé — Access denied\nThis website is using a security service to protect itself.\n', 'utf8') },
  { name: 'geo-blocked', bytes: Buffer.from('Ce contenu n’est pas disponible dans votre pays.\nEste contenido no está disponible en su país.\n', 'utf8') },
  { name: 'link-expired', bytes: Buffer.from('Ce lien a expiré.\nDemandez un nouveau lien de connexion depuis la page d’accueil.\n', 'utf8') },
  { name: 'http-headers', bytes: Buffer.from('HTTP/1.1 302 Found\r\nLocation: /connexion\r\nSet-Cookie: sid=; Path=/\r\nContent-Length: 0\r\n\r\n', 'utf8') },
  { name: 'sitemap', bytes: Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>\n', 'utf8') },
  { name: 'csv-export', bytes: Buffer.from('id;titre;date;auteur\n;;;\n', 'utf8') },
  { name: 'vcard', bytes: Buffer.from('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Rédaction\r\nEMAIL:redaction@example.org\r\nEND:VCARD\r\n', 'utf8') },
  { name: 'bom-only', bytes: Buffer.from([0xef, 0xbb, 0xbf, 0x0a]) },
  { name: 'loading', bytes: Buffer.from('Chargement…\nLoading…\nCargando…\n', 'utf8') },
];

// ——— Generation ———

/** A page of `site` under v2's convention; English pages expect the byline as they print it ("A and B"). */
function pageV36(site: SiteV36, story: Story, d: Dice, chromeOnly = false): MadePage {
  const made = page(site, story, d, chromeOnly);
  if (site.lang !== 'en' || made.entry.author === null) return made;
  return { ...made, entry: { ...made.entry, author: inEnglish(made.entry.author) } };
}

/** Whom a copy owes its original to: the original's credit, else its site when it publishes as itself, else nobody. */
function owedTo(story: Story, origin: SiteV36): Pick<Credit, 'canonical' | 'lookalike'> | null {
  if (story.credit !== null) return story.credit;
  if (origin.attribution !== 'own') return null;
  return { canonical: origin.name, lookalike: origin.lookalike === true };
}

const CREDITING: ReadonlySet<string> = new Set(['credit', 'source-line', 'url-host', 'title-suffix']);

/** `story` as `host` republishes it: with a credit where the host credits and can show the original; maybe headless, maybe shorter. */
function republished(d: Dice, story: Story, origin: SiteV36, host: SiteV36, others: string[]): Story {
  const owed = owedTo(story, origin);
  const credit = owed !== null && CREDITING.has(host.attribution) && (host.canShow === undefined || host.canShow(owed.canonical)) ? creditAsPrinted(d, owed.canonical, host.translate, owed.lookalike) : null;
  const shorter = story.src.body.length >= 4 && d.chance(CUT_V36);
  // The Arcachon review names the outlet after the headline: its copies always show it.
  const headline = host.attribution === 'title-suffix' ? true : !d.chance(HEADLESS_V36);
  return { ...story, credit, others, headline, body: shorter ? story.src.body.slice(0, -1) : story.src.body };
}

/** How many other sites republish a story: none for about two in five, up to three. */
function hostsCount(d: Dice): number {
  const roll = d.next();
  if (roll < 0.42) return 0;
  if (roll < 0.74) return 1;
  return roll < 0.92 ? 2 : 3;
}

/**
 * Builds the v36 set from clean sources (deterministic for a seed): each site's originals and their copies on up to
 * three other sites, uncredited bare files, chrome-only pages and junk, shuffled, each file in one of several
 * encodings and named by content.
 */
export function generateUnseenV36(pool: readonly UnseenSource[], seed: number = SEED_V36): { files: UnseenFile[]; manifest: UnseenEntry[] } {
  const d = new Dice(makeRng(seed));
  const needed = SITES_V36.reduce((sum, site) => sum + site.originals, 0) + BARE_V36;
  if (pool.length < needed) throw new Error(`unseen sites v36: ${needed} clean articles needed, the pool has ${pool.length}`);
  const chosen = d.sample(pool, needed);
  const titles = chosen.map((src) => src.title);
  const othersThan = (src: UnseenSource): string[] => d.sample(titles.filter((t) => t !== src.title), 6);
  const moment = (): TZDate => {
    const day = new Date(PERIOD_FROM + d.int(0, PERIOD_LENGTH - 1) * 86_400_000);
    return new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), d.int(6, 21), d.int(0, 59), 0, PARIS_ZONE);
  };
  const made: MadePage[] = [];
  let next = 0;
  for (const site of SITES_V36) {
    for (const src of chosen.slice(next, next + site.originals)) {
      const story: Story = { src, body: src.body, author: d.pick(WRITERS_V36), date: moment(), headline: true, credit: site.draw?.(d) ?? null, others: othersThan(src) };
      made.push(pageV36(site, story, d));
      const hosts = d.sample(SITES_V36.filter((other) => other !== site), hostsCount(d));
      for (const host of hosts) made.push(pageV36(host, republished(d, story, site, host, othersThan(src)), d));
    }
    next += site.originals;
    if (site.chromeOnlyPage) {
      const stand = chosen[needed - 1]!;
      made.push(pageV36(site, { src: stand, body: [], author: d.pick(WRITERS_V36), date: moment(), headline: false, credit: null, others: othersThan(stand) }, d, true));
    }
  }
  for (const src of chosen.slice(next)) made.push(creditsNobody(bareFile(src)));
  for (const junk of JUNK_V36) made.push(creditsNobody(junkFile(junk)));
  return packFiles(d, made, ENCODINGS_V36, 'v36-');
}

/** Heading of the v36 table and JSON. */
export const V36_HEADING = 'UNSEEN SITES v36 (development set, written without reading the rules on 2026-12-02)';

/** Generates v36, runs the real ingest on it and prints its figures (without the DEV simulation). */
export const runUnseenEvalV36 = unseenSetRunner(V36_HEADING, generateUnseenV36);

generatorCli(import.meta.url, 'unseen sites v36', generateUnseenV36, SEED_V36);
