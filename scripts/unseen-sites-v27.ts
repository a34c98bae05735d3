/**
 * Generates the unseen-sites v27 DEVELOPMENT set (issue 8): twelve more ordinary news sites, of kinds and places no earlier set had.
 *
 * DEVELOPMENT SET, written without reading the rules on 2026-12-02. Written without reading the ingest rules
 * (src/ingest/), the word lists and outlet list (src/data/), the renderer and pages, or any score of any other set
 * (the scorer, src/eval/unseen-sites.ts, was read for its types and conventions), and without opening the frozen
 * v21, v22, v23 and v25 generators or their tests; of the earlier sets only the shared scaffolding
 * (scripts/unseen-sites.ts, v2's `page` and `SiteV2`, simulate-heldout's `Dice` and encodings, scripts/rng.ts),
 * v26's generator and test and tests/unit/unseen-answers.ts (for the format and the scaffolding calls, not their
 * sites or wordings), the wiring of v26 in src/cli/eval.ts and package.json, and the site lists in the headers of
 * v3–v20, v24 and v26 (to pick other kinds and places) were read. The sites, outlets, credit wordings,
 * translations, title decorations, date formats, time zones, junk and chrome here are new. Like v24 and v26 it is
 * development data from the start: its misses may be read (`--show N`) to find general causes, but do not edit its
 * templates, wordings or seed to move a score.
 *
 * `npm run eval:unseen` scores v1 to v26 then this set (`npm run eval:unseen:v27`, or `npm run eval -- --unseen
 * --unseen-set v27`, for this one only); `npx tsx scripts/unseen-sites-v27.ts --out DIR` only writes the folder
 * and its manifest (the v1 format, with v2's `outletEvidence`).
 *
 * The twelve sites: a Basque–French bilingual local site in Saint-Jean-de-Luz (Pyrénées-Atlantiques) whose own
 * name begins like a Lille daily's (a look-alike, its own reporters and correspondents), a junior-hockey and
 * amateur-sport site in Rimouski (Bas-Saint-Laurent, Québec; its own reporters, some pieces written by two, its
 * times in Eastern time, "HNE"), a Luxembourg finance portal on the Kirchberg plateau crediting Luxembourg,
 * French and Belgian business papers, German-language and English-language financial outlets translated into
 * French word for word and look-alike titles (the credit at the top), a French–English bilingual site in Marigot
 * (Saint-Martin) with a source line at the top or the foot naming Antilles and Paris papers and American and
 * British outlets garbled into French (its times in Atlantic time, UTC−4), a Nouakchott (Mauritania) portal
 * crediting Mauritanian, pan-African and French outlets, English-language and Italian outlets garbled into French
 * and look-alike titles (its times in GMT; the credit inside the text), an English-language Hobart (Tasmania)
 * site translating French, Belgian, Swiss and Québec papers' names into English word for word (its times in
 * Australian Eastern Daylight Time, AEDT = UTC+11, often the next day; the credit at the top or the foot), an
 * English-language Belfast paper (its own reporters, GMT), a French-speaking residents' association's letter in
 * the Brussels periphery (Kraainem, Flemish Brabant) crediting nobody (the day only), an oyster-farming trade
 * letter in Marennes (Charente-Maritime) crediting regional, national and maritime papers, English-language,
 * German and Italian outlets garbled into French and look-alike titles (the credit at the foot), an
 * English-language horse-racing wire in Newmarket (Suffolk) pointing to the French original's address (GMT), an
 * English-language Gibraltar bulletin translating Spanish, Italian and French papers' names into English word for
 * word (Central European time; the credit at the top or inside the text), and a perfume-industry press review in
 * Grasse (Alpes-Maritimes) keeping the original's name after the headline. Article text is read AT RUN TIME from
 * ../shared/corpus/gilets-jaunes (v1's clean pool, drawn with another seed): no corpus text is stored here.
 *
 * Title decorations (none of them part of the headline, which stays the publisher's): a prefix tag ("BERRIAK /
 * INFOS ❙ Titre" on the Saint-Jean-de-Luz site, "MARCHÉS » Titre" on the Kirchberg portal, "FRANCE NOW: Title"
 * on the Hobart site, "[Presse] Titre" on the Kraainem letter, "Filière ◦ Titre" on the Marennes letter, "Racing
 * in France — Title" on the Newmarket wire), a site-name suffix ("Titre · Zone Glace Rimouski", "Titre •
 * Chinguetti Actu", "Title :: Upper Rock Bulletin"), a note after the headline ("Titre [actu régionale]" on the
 * Marigot site, "Title +PHOTOS" on the Belfast paper), and on the Grasse review the original outlet's name after
 * " ◆ ", " ‖ " or " ⟫ " (its evidence). Date formats: "Argitaratua / Publié : 2019/01/11 - 14:05", "Publié le
 * vendredi 11 janvier 2019 à 8 h 05 HNE", "11.01.2019 · 14h05 CET", "Marigot, ven. 11/01/2019 – 09:05 (heure des
 * Antilles, UTC-4)", "Nouakchott – 11/01/2019 à 13H05 (GMT)", "Sat 12 January 2019, 12:05am AEDT", "Friday
 * January 11 2019, 13:05 GMT", "Lettre aux membres du vendredi 11/1/2019", "Lettre du 11/01/19 — mise en ligne à
 * 14:05", "13:05 GMT | 11-Jan-2019", "11th January 2019 at 14:05 CET" and "Relevé le 11 janv. 2019, 14:05".
 *
 * Expected outlet: v2's convention (who published the article first, as the file credits it), recorded per
 * file in `outletEvidence`: machine-translated names of real outlets expect the real outlet's usual name,
 * look-alike names are kept as written, the site's own name is the outlet only where it shows its masthead and
 * its own staff's byline, the republisher is the site's name whenever the file credits another outlet, and null
 * when nothing credits one. Republishing sites show a byline only beside a credit. Expected author: the writer's
 * name as the byline shows it, without role, place, desk, translator, sub-editor, layout editor or
 * photographer; a piece written by two expects both names as the page joins them ("A et B" on French pages, "A and
 * B" on English ones). Every time shown names its zone or is Paris time: the Rimouski, Marigot, Nouakchott,
 * Hobart, Belfast and Newmarket sites show their own clock with its zone (HNE = UTC−5, UTC−4, GMT, AEDT = UTC+11,
 * GMT, GMT: the whole period is in each zone's winter time, Tasmania's summer time), the others Paris time (winter
 * 2018-19, so UTC+1; "CET" on the Kirchberg portal and the Gibraltar bulletin, Brussels time on the Kraainem
 * letter); the expected date is the same instant, written in Paris time. The Kraainem letter shows the day only.
 * Files are written in UTF-8 (with or without a BOM, LF or CRLF), Windows-1252, ISO-8859-1 (`latin1`, only for
 * pages whose every character it holds; Windows-1252 otherwise) and UTF-16 LE.
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

/** The v27 seed: no earlier set drew with it. */
export const SEED_V27 = 20261202_27;
/** Clean articles written with their headline and paragraphs only, crediting nobody. */
const BARE_V27 = 10;
/** Share of copies scraped without their headline line. */
const NO_HEADLINE = 0.3;
/** Share of copies (of bodies with four paragraphs or more) that lose their closing paragraph. */
const NO_ENDING = 0.3;
/** The period: 95 days from 24 November 2018, in Paris winter time (UTC+1), before the North American clocks change and inside Tasmania's summer time. */
const PERIOD_START = Date.UTC(2018, 10, 24);
const PERIOD_DAYS = 95;
const PARIS = 'Europe/Paris';
/** A v27 encoding: the shared ones, plus ISO-8859-1 where the page fits in it. */
type EncodingV27 = SetEncoding;
/** The encodings drawn for the files: plain UTF-8 most often, then Windows-1252, Latin-1, CRLF ends, UTF-16 LE and a BOM. */
const ENCODINGS_V27: readonly EncodingV27[] = ['utf-8', 'cp1252', 'utf-8-crlf', 'latin1', 'utf-16le-bom', 'utf-8', 'cp1252-crlf', 'utf-8-bom', 'utf-8', 'latin1', 'cp1252', 'utf-8'];

/** How many other sites carry a copy of one original (none, most often). */
function copiesOn(d: Dice): number {
  const r = d.next();
  return r < 0.52 ? 0 : r < 0.83 ? 1 : r < 0.95 ? 2 : 3;
}

// ——— People ———

/** Writers; three entries are pieces written by two (joined " et " as French pages print them). */
const BYLINES_V27 = [
  'Maialen Etcheverry', 'Peio Larralde', 'Xabi Arrieta', 'Jean-Philippe Bérubé', 'Marie-Ève Ouellet', 'Jocelyn Gagné', 'Claude Weyland', 'Tessy Schroeder',
  'Yannick Reuter', 'Rosemonde Fleming', 'Dwayne Richardson', 'Mariem Mint Ahmed', 'Sidi Ould Cheikh', 'Lachlan Pitt', 'Bronwyn McKenna', 'Ciarán Magee',
  'Orla Devlin', 'Roisin McAteer', 'Didier Vanderlinden', 'Nadine Goossens', 'Régine Bouyer', 'Anthony Merlet', 'Harriet Colquhoun', 'Jamie Bossano',
  'Estelle Caruana', 'Perrine Isnard', 'Jean-Philippe Bérubé et Marie-Ève Ouellet', 'Orla Devlin et Ciarán Magee', 'Maialen Etcheverry et Peio Larralde',
];
/** People named beside the writer who did not write the piece: translators, sub-editors, layout editors, adapters. */
const EDITORS_V27 = ['Amaia Dufau', 'Gilles Kremer', 'Megan Sullivan', 'Hélène Lagarde'];
const PHOTO_V27 = ['Ekaitz Harriet', 'Steve McCracken', 'Brigitte Thill', 'Fabrice Ruel'];


// ——— Outlets ———

const KIRCHBERG_FR = ['Le Quotidien', 'L’Essentiel', 'Paperjam', 'Les Échos', 'La Tribune', 'Le Figaro', 'Le Monde', 'L’Agefi', 'Le Temps', 'L’Écho', 'Le Soir'];
const KIRCHBERG_FOREIGN = ['Luxemburger Wort', 'Handelsblatt', 'Financial Times', 'The Wall Street Journal', 'The Economist', 'Der Spiegel', 'Neue Zürcher Zeitung', 'Reuters', 'Bloomberg'];
const MARIGOT_FR = ['France-Antilles', 'Le Pélican', 'RCI', 'Martinique la 1ère', 'Guadeloupe la 1ère', 'Le Monde', 'Le Figaro', 'Libération', 'Ouest-France', 'La Croix', 'Le Parisien'];
const MARIGOT_FOREIGN = ['Miami Herald', 'The New York Times', 'The Washington Post', 'Associated Press', 'The Guardian', 'Reuters'];
const NOUAKCHOTT_FR = [
  'Le Calame', 'Cridem', 'Le Quotidien de Nouakchott', 'Agence mauritanienne d’information', 'Jeune Afrique', 'RFI', 'Le Monde', 'Le Point', 'France 24', 'Le Figaro',
  'Libération', 'TV5Monde',
];
const NOUAKCHOTT_FOREIGN = ['The Guardian', 'The Times', 'The New York Times', 'The Washington Post', 'Associated Press', 'Corriere della Sera', 'Reuters'];
const MARENNES_FR = ['Sud Ouest', 'Ouest-France', 'La Nouvelle République', 'Le Marin', 'Le Monde', 'Le Figaro', 'Libération', 'Les Échos', 'La Croix', 'Le Parisien', 'France Bleu'];
const MARENNES_FOREIGN = ['The Guardian', 'The Times', 'Financial Times', 'The New York Times', 'Associated Press', 'Der Spiegel', 'Corriere della Sera'];
const HOBART_PICKS = [
  'Le Monde', 'Libération', 'Le Figaro', 'Ouest-France', 'Sud Ouest', 'La Dépêche du Midi', 'Le Parisien', 'La Croix', 'Les Échos', 'Le Point', 'La Voix du Nord',
  'Le Devoir', 'La Presse', 'Le Soir', 'Le Temps',
];
const GIBRALTAR_PICKS = ['El País', 'La Vanguardia', 'Corriere della Sera', 'La Repubblica', 'ABC', 'Europa Press', 'Le Monde', 'Libération', 'Sud Ouest', 'La Dépêche du Midi', 'Le Figaro'];
const GRASSE_PRESS = [
  'Nice-Matin', 'Var-Matin', 'Monaco-Matin', 'Les Échos', 'Le Figaro', 'Le Monde', 'Libération', 'Le Parisien', 'La Provence', 'Challenges', 'L’Express', 'Le Point',
];

/** Invented outlets whose names begin like a known outlet's: the expected outlet is the name as written. */
const LOOKALIKES_V27 = {
  kirchberg: ['Les Échos du Kirchberg', 'Le Temps des Fonds'],
  marigot: ['Le Monde des Îles du Nord', 'Le Parisien des Caraïbes'],
  nouakchott: ['Le Monde saharien', 'Le Point d’Atar'],
  marennes: ['Le Monde Ostréicole', 'La Croix de Ré'],
  hobart: ['Le Temps austral', 'The Times of Huon'],
  gibraltar: ['El País del Estrecho', 'The Times of the Strait'],
  grasse: ['Nice-Matin des Parfumeurs', 'Les Échos de la Siagne'],
} as const;
const IS_LOOKALIKE_V27: ReadonlySet<string> = new Set(Object.values(LOOKALIKES_V27).flat());

/** French, Spanish and Italian names as a translation engine renders them in English, word for word (some reorder the words). */
export const INTO_EN_V27: Record<string, readonly string[]> = {
  'Le Monde': ['The World'],
  'Libération': ['Liberation', 'Release'],
  'Ouest-France': ['West-France', 'France West'],
  'Sud Ouest': ['South West', 'Southwest'],
  'La Dépêche du Midi': ['The Noon Dispatch', 'The Dispatch of Noon'],
  'Le Parisien': ['The Parisian'],
  'La Croix': ['The Cross'],
  'Les Échos': ['The Echoes'],
  'Le Point': ['The Dot', 'The Point'],
  'La Voix du Nord': ['The Voice of the North', 'North Voice'],
  'Le Devoir': ['The Homework', 'The Duty'],
  'La Presse': ['The Press'],
  'Le Soir': ['The Evening'],
  'Le Temps': ['The Weather', 'The Time'],
  'El País': ['The Country'],
  'La Vanguardia': ['The Vanguard'],
  'Corriere della Sera': ['The Evening Courier', 'Courier of the Evening'],
  'La Repubblica': ['The Republic'],
};
/** English, German and Italian names as a translation engine garbles them in French, word for word (some reorder the words). */
export const INTO_FR_V27: Record<string, readonly string[]> = {
  'Financial Times': ['Les Temps financiers', 'Temps Financier'],
  'The Wall Street Journal': ['Le Journal de la rue du Mur', 'Journal de Wall Street'],
  'The Economist': ['L’Économiste'],
  'Der Spiegel': ['Le Miroir', 'Miroir'],
  Handelsblatt: ['La Feuille du commerce', 'Feuille commerciale'],
  'Neue Zürcher Zeitung': ['La Nouvelle Gazette de Zurich', 'Nouveau Journal zurichois'],
  'Luxemburger Wort': ['Le Mot luxembourgeois', 'La Parole luxembourgeoise'],
  'The Guardian': ['Le Gardien', 'Le Tuteur'],
  'The Times': ['Les Temps', 'Les Fois'],
  'The New York Times': ['Les Époques de New York', 'Le Temps de New York'],
  'The Washington Post': ['Le Poteau de Washington', 'La Poste de Washington'],
  'Associated Press': ['La Presse associée', 'Presse Associée'],
  'Corriere della Sera': ['Le Courrier du soir', 'Courrier du Soir'],
  'Miami Herald': ['Le Héraut de Miami', 'Le Messager de Miami'],
};

/** Web hosts of the outlets the Newmarket wire links to. */
const HOSTS_V27: Record<string, string> = {
  'Paris-Turf': 'www.paris-turf.com', 'L’Équipe': 'www.lequipe.fr', 'Le Courrier picard': 'www.courrier-picard.fr', 'Le Parisien': 'www.leparisien.fr',
  'Ouest-France': 'www.ouest-france.fr', 'Le Figaro': 'www.lefigaro.fr', 'Le Monde': 'www.lemonde.fr', 'Sud Ouest': 'www.sudouest.fr',
  'La Dépêche du Midi': 'www.ladepeche.fr', Libération: 'www.liberation.fr', 'Les Échos': 'www.lesechos.fr', 'La Croix': 'www.la-croix.com',
  '20 Minutes': 'www.20minutes.fr', 'Le Point': 'www.lepoint.fr', 'Nice-Matin': 'www.nicematin.com', 'La Voix du Nord': 'www.lavoixdunord.fr',
  'Le Soir': 'www.lesoir.be', 'Le Temps': 'www.letemps.ch', 'La Presse': 'www.lapresse.ca', 'Le Devoir': 'www.ledevoir.com', 'Luxemburger Wort': 'www.wort.lu',
  'France-Antilles': 'www.martinique.franceantilles.fr', 'Jeune Afrique': 'www.jeuneafrique.com', RFI: 'www.rfi.fr', 'El País': 'elpais.com',
  'Corriere della Sera': 'www.corriere.it', 'The Guardian': 'www.theguardian.com', 'Financial Times': 'www.ft.com', 'The New York Times': 'www.nytimes.com',
  Reuters: 'www.reuters.com', 'La Provence': 'www.laprovence.com', 'Var-Matin': 'www.varmatin.com',
};
const NEWMARKET_LINKED = [
  'Paris-Turf', 'L’Équipe', 'Le Courrier picard', 'Le Parisien', 'Ouest-France', 'Le Figaro', 'Le Monde', 'Sud Ouest', 'La Dépêche du Midi', 'Libération', '20 Minutes',
  'Nice-Matin', 'La Voix du Nord', 'Les Échos',
];

/** Names the Grasse review can print after a headline. */
const GRASSE_NAMES: readonly string[] = [
  ...GRASSE_PRESS, ...LOOKALIKES_V27.grasse, 'La Voix du Labourd', 'Zone Glace Rimouski', 'The Lagan Ledger', 'Sud Ouest', 'Ouest-France', 'La Croix',
  'Le Temps', 'Le Soir', 'Le Devoir', 'La Presse', 'Jeune Afrique', 'RFI', 'France-Antilles', 'Le Quotidien', 'Paperjam', 'La Dépêche du Midi', 'La Voix du Nord',
  'Le Monde Ostréicole', 'Le Monde saharien', 'Les Échos du Kirchberg', 'Le Parisien des Caraïbes', 'Paris-Turf', 'L’Équipe',
];


/** A v27 site: a v2 site, plus which originals its way of crediting can show on a copy (all when absent). */
interface SiteV27 extends SiteV2 {
  canShow?: (canonical: string) => boolean;
}

const { creditAsPrinted, weightedCredits } = creditPrinter(INTO_EN_V27, INTO_FR_V27, IS_LOOKALIKE_V27);


// ——— Template helpers ———

const yearV27 = (p: Page): string => fmtFr(p.s.date, 'yyyy');
/** The original's address on its outlet's site, in one of three URL shapes. */
function addressOf(p: Page): string {
  const { d, s } = p;
  const host = HOSTS_V27[s.credit!.canonical]!;
  const words = slug(s.src.title);
  return d.pick([
    () => `https://${host}/sports/hippisme/${words}_${d.int(100_000, 999_999)}.html`,
    () => `https://${host}/article/${fmtFr(s.date, 'yyyyMMdd')}-${words}`,
    () => `https://${host}/${words}/?at_medium=rss&at_campaign=rowleymile`,
  ])();
}

// ——— The twelve sites ———

export const SITES_V27: readonly SiteV27[] = [
  {
    id: 'labourd-bilingual',
    name: 'La Voix du Labourd',
    lang: 'fr',
    originals: 16,
    attribution: 'own',
    lookalike: true,
    chromeOnlyPage: true,
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Gure webgunean cookieak erabiltzen ditugu. La Voix du Labourd dépose des traceurs pour compter les visites, retenir la langue que vous avez choisie (euskara ou français) et afficher les annonces des commerçants de la côte basque ; vous pouvez changer d’avis depuis le lien « Cookieak / Cookies » en bas de chaque page.',
        'Onartu / Accepter',
        'Ukatu / Refuser',
      ).blank();
      p.chrome('LA VOIX DU LABOURD', 'Donibane Lohizune · Ziburu · Hendaia · Azkaine · Sara — Saint-Jean-de-Luz · Ciboure · Hendaye · Ascain · Sare', 'Hasiera / Accueil › Gizartea / Société › Herriak / Communes').blank();
      p.chrome(`Itsasgora / Pleine mer à Socoa : ${d.pick(['6 h 42', '11 h 58', '17 h 13'])} · Larrun / La Rhune : ${d.pick(['petit train fermé pour l’hiver', 'brouillard au sommet', 'sentiers enneigés au-dessus de 700 m'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `BERRIAK / INFOS ❙ ${t}` : t)).blank();
      p.meta(
        fmtFr(s.date, "'Argitaratua / Publié :' yyyy/MM/dd '-' HH:mm"),
        d.pick([`Par ${s.author}, correspondance à Hendaye`, `Testua / Texte : ${s.author}`, `${s.author} (Baiona / Bayonne)`]),
      ).blank();
      p.chrome(`Argazkia / Photo : ${d.pick(PHOTO_V27)} · La Voix du Labourd`).blank();
      p.body({ [p.mid()]: [`Irakurri ere / À lire aussi ➜ ${p.related(1)[0]!}`] });
      p.chrome(
        'La Voix du Labourd vit grâce à ses lectrices et à ses lecteurs. Pour trois euros par mois, soutenez une rédaction bilingue installée à Saint-Jean-de-Luz, lisez tous nos articles en euskara et en français et recevez la lettre du samedi matin.',
        'Lagundu / Je soutiens',
      ).blank();
      p.chrome(`Iruzkinak / Commentaires (${p.n(35)}) — Identifiez-vous pour réagir`).blank();
      p.chrome(`© ${yearV27(p)} La Voix du Labourd — Kazeta elkartea, Donibane Lohizune — Eskubide guztiak gordeak / Tous droits réservés`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'rimouski-hockey',
    name: 'Zone Glace Rimouski',
    lang: 'fr',
    originals: 14,
    attribution: 'own',
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Zone Glace Rimouski utilise des témoins de navigation pour retenir vos équipes favorites, mesurer l’achalandage du site et présenter les offres de nos partenaires du Bas-Saint-Laurent. En poursuivant votre visite, vous acceptez notre politique de confidentialité.',
        'OK, compris',
      ).blank();
      p.chrome('ZONE GLACE RIMOUSKI', 'Hockey junior, curling, ski de fond et sport amateur de l’Est-du-Québec', 'Accueil | Océanic | Hockey mineur | Curling | Ski de fond | Balados').blank();
      p.chrome(`Hier soir : Océanic ${d.int(1, 7)} – Drakkar ${d.int(0, 6)} (prol.) · Prochain match : ${d.pick(['vendredi 19 h au Colisée', 'samedi 16 h à Chicoutimi', 'dimanche 15 h à Baie-Comeau'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} · Zone Glace Rimouski` : t)).blank();
      p.meta(
        fmtFr(onClock(p, 'America/Toronto'), "'Publié le' EEEE d MMMM yyyy 'à' H 'h' mm 'HNE'"),
        d.pick([`${s.author}, journaliste sportif`, `Texte et photos : ${s.author}`, `Par ${s.author} | Collaboration spéciale`]),
      ).blank();
      p.body({ [p.mid()]: [`À voir aussi ▸ ${p.related(1)[0]!}`] });
      p.chrome('Téléchargez l’appli Zone Glace : les pointages en direct, les alignements et les balados de l’équipe, partout dans le Bas-Saint-Laurent.', 'App Store | Google Play').blank();
      p.chrome('Laisser un commentaire', 'Votre adresse courriel ne sera pas publiée. Les champs obligatoires sont indiqués avec *', 'Publier le commentaire').blank();
      p.chrome(`© ${yearV27(p)} Zone Glace Rimouski inc. · Tous droits réservés · Politique de confidentialité · Accessibilité`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'kirchberg-finance',
    name: 'Kirchberg Finances',
    lang: 'fr',
    originals: 16,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.85 },
    draw: weightedCredits({ into: 'fr', share: 0.85 }, [KIRCHBERG_FR, 0.4], [KIRCHBERG_FOREIGN, 0.35], [LOOKALIKES_V27.kirchberg, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('KIRCHBERG FINANCES', 'La place financière luxembourgeoise au quotidien', 'Banques | Fonds | Assurances | Fiscalité | Régulation | Carrières').blank();
      p.chrome(`LuxX ${d.int(1300, 1450)},${d.int(10, 99)} · EUR/USD 1,1${d.int(30, 60)} · Euribor 3 mois : -0,31 % · ${d.pick(['Tram : ligne prolongée jusqu’à la Cloche d’Or', 'Parking Kirchberg : complet', 'Funiculaire Pfaffenthal : en service'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `MARCHÉS » ${t}` : t)).blank();
      p.meta(fmtFr(s.date, "dd.MM.yyyy '·' HH'h'mm 'CET'"));
      p.credit([
        (o) => `Repris avec l’accord de son éditeur : ${o}`,
        (o) => `Paru initialement dans ${o} (version française de notre rédaction)`,
        (o) => `Texte publié en premier lieu par ${o}.`,
        (o) => `© ${o} — reproduction autorisée pour Kirchberg Finances`,
      ]);
      if (s.credit) p.meta(d.pick([`Auteur·e : ${s.author} — adaptation : ${d.pick(EDITORS_V27)}`, `${s.author}, correspondance à Francfort`]));
      p.blank();
      p.body({ [p.mid()]: [`Communiqué partenaire — ${d.pick(['Domiciliation de fonds : votre dossier en 48 heures', 'Masterclass conformité LBC/FT le 14 mars', 'Private banking : ouverture d’une agence à Esch-Belval'])}`] });
      p.chrome(
        'Cet article fait partie de notre sélection de la presse économique. Les textes parus en allemand ou en anglais sont traduits automatiquement, y compris le titre des publications, et relus par la rédaction. Abonnez-vous pour accéder aux analyses, aux classements des fonds et aux archives.',
        'Découvrir les offres',
      ).blank();
      p.chrome('Imprimer · Envoyer par courriel · Ajouter à mes lectures').blank();
      p.chrome(`Kirchberg Finances S.à r.l. · boulevard Konrad Adenauer, Luxembourg · © ${yearV27(p)} · Mentions légales · Protection des données`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'marigot-bilingual',
    name: 'Soualiga Info',
    lang: 'fr',
    originals: 15,
    attribution: 'source-line',
    translate: { into: 'fr', share: 0.8 },
    draw: weightedCredits({ into: 'fr', share: 0.8 }, [MARIGOT_FR, 0.45], [MARIGOT_FOREIGN, 0.3], [LOOKALIKES_V27.marigot, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('SOUALIGA INFO', 'L’actualité de Saint-Martin, côté français et côté hollandais — News from both sides of the island', 'Accueil / Home · Collectivité · Sint Maarten · Caraïbe · Sports').blank();
      p.chrome(`Météo : ${d.pick(['alizés modérés, 29 °C', 'grains passagers sur Grand-Case', 'houle de nord, baignade déconseillée à Baie Orientale'])} · Ferry Marigot–Anguilla : ${d.pick(['horaires normaux', 'retards', 'suspendu cet après-midi'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} [actu régionale]` : t)).blank();
      p.meta(fmtFr(onClock(p, 'America/Marigot'), "'Marigot,' EEE dd/MM/yyyy '–' HH:mm '(heure des Antilles, UTC-4)'"));
      const top = s.credit !== null && d.chance(0.45);
      const source = s.credit
        ? [
            d.pick([`Source (FR/EN) : ${s.credit.shown}`, `Provenance / Origin: ${s.credit.shown}`, `D’après ${s.credit.shown}`, `Article d’origine — ${s.credit.shown}`]),
            d.pick([`Rédaction d’origine : ${s.author}`, `Par ${s.author}, correspondance régionale`]),
          ]
        : [];
      if (top) p.meta(...source);
      p.blank();
      p.body({ [p.mid()]: [`Lire aussi / Read also ⇾ ${p.related(1)[0]!}`] });
      if (!top && source.length > 0) p.meta(...source).blank();
      p.chrome(
        'Soualiga Info reprend chaque jour des articles de la presse antillaise, nationale et internationale, avec leur source. Les textes parus en anglais sont traduits par un logiciel, y compris le nom du journal d’origine. Pour toute demande de retrait, écrivez à la rédaction.',
      ).blank();
      p.chrome('Partager / Share: WhatsApp · Facebook · Messenger').blank();
      p.chrome(`Soualiga Info © ${yearV27(p)} — rue de la République, Marigot, Saint-Martin — All rights reserved`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'nouakchott-portal',
    name: 'Chinguetti Actu',
    lang: 'fr',
    originals: 16,
    attribution: 'credit',
    chromeOnlyPage: true,
    translate: { into: 'fr', share: 0.85 },
    draw: weightedCredits({ into: 'fr', share: 0.85 }, [NOUAKCHOTT_FR, 0.42], [NOUAKCHOTT_FOREIGN, 0.32], [LOOKALIKES_V27.nouakchott, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Chinguetti Actu enregistre de petits fichiers sur votre téléphone ou votre ordinateur afin de compter les lecteurs, de garder votre session ouverte et de vous montrer des annonces locales. Vous pouvez les accepter tous, ou choisir finalité par finalité dans le panneau des préférences.',
        'Tout accepter',
        'Mes préférences',
      ).blank();
      p.chrome('CHINGUETTI ACTU', 'L’information mauritanienne et sahélienne en continu', 'Politique · Économie · Société · Sahel · Monde · Sports').blank();
      p.chrome(`1 € = ${d.int(40, 43)},${d.int(10, 99)} MRU · Route de l’Espoir : ${d.pick(['circulation normale', 'travaux vers Boutilimit', 'ensablement signalé'])} · ${d.pick(['Vent de sable sur la capitale', 'Ciel dégagé, 27 °C', 'Harmattan modéré'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} • Chinguetti Actu` : t)).blank();
      p.meta(fmtFr(onClock(p, 'Africa/Nouakchott'), "'Nouakchott –' dd/MM/yyyy 'à' HH'H'mm '(GMT)'")).blank();
      const credit = s.credit
        ? [
            d.pick([
              (o: string) => `(Cet article nous vient ${de(o)}.)`,
              (o: string) => `Chinguetti Actu reprend ici une information publiée par ${o}.`,
              (o: string) => `— Première publication : ${o} —`,
              (o: string) => `Le texte original est paru dans les colonnes ${de(o)}.`,
            ])(s.credit.shown),
            d.pick([`Signé ${s.author}`, `${s.author}, envoyé spécial à Rosso`]),
          ]
        : [];
      bodyWithCredit(p, p.mid(), credit, {
        [p.s.body.length - 2]: [`Annonce — ${d.pick(['Billets Nouakchott–Dakar à prix réduit cette semaine', 'Recrutement : la SNIM ouvre un concours d’ingénieurs', 'Forfaits 4G illimités pour les étudiants'])}`],
      });
      p.chrome(`Commentaires (${p.n(60)}) · Donnez votre avis`).blank();
      p.chrome('Dans la même rubrique', ...p.related(2)).blank();
      p.chrome(`© ${yearV27(p)} Chinguetti Actu — Tevragh Zeina, Nouakchott — Toute reproduction sans autorisation est interdite`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'hobart-francophile',
    name: 'The Derwent Francophile',
    lang: 'en',
    originals: 16,
    attribution: 'credit',
    translate: { into: 'en', share: 0.85 },
    draw: weightedCredits({ into: 'en', share: 0.85 }, [HOBART_PICKS, 0.75], [LOOKALIKES_V27.hobart, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('We acknowledge the palawa people, the traditional owners of the land on which this newsletter is written, and pay our respects to Elders past and present.').blank();
      p.chrome('THE DERWENT FRANCOPHILE', 'French-language news for Tasmania, in English', 'Home · France · Belgium · Switzerland · Québec · Events in nipaluna/Hobart').blank();
      p.chrome(`Kunanyi/Mt Wellington road: ${d.pick(['open to the summit', 'closed at The Springs', 'open, ice on the upper section'])} · Salamanca Market: ${d.pick(['Saturday 8.30am–3pm', 'cancelled, strong winds', 'extended hours for the Taste'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `FRANCE NOW: ${t}` : t)).blank();
      p.meta(fmtEn(onClock(p, 'Australia/Hobart'), "EEE d MMMM yyyy',' h:mmaaa 'AEDT'"));
      const credit = s.credit
        ? [
            d.pick([
              (o: string) => `Reproduced by arrangement with ${o}.`,
              (o: string) => `This story appeared first in ${o}.`,
              (o: string) => `Translated from the French; original publisher: ${o}`,
              (o: string) => `Our thanks to ${o}, where this report was first published.`,
            ])(s.credit.shown),
            d.pick([`By ${writerEn(p)}, Paris correspondent`, `Words: ${writerEn(p)} · Translation: ${d.pick(EDITORS_V27)}`]),
          ]
        : [];
      const top = d.chance(0.5);
      if (top) p.meta(...credit);
      p.blank();
      p.body({ [p.mid()]: [`ALSO READ >> ${p.related(1)[0]!}`] });
      if (!top) p.meta(...credit).blank();
      p.chrome(
        'The Derwent Francophile is published by volunteers of the Franco-Tasmanian Society. French, Belgian, Swiss and Québec articles are run through machine translation, newspaper names included, so some titles may read oddly; the original always prevails.',
      ).blank();
      p.chrome('Get the Friday Francophile email', 'Subscribe - it’s free').blank();
      p.chrome(`© ${yearV27(p)} The Derwent Francophile Inc. · Battery Point TAS 7004 · ABN 00 000 000 000 · Privacy · Accessibility`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'belfast-paper',
    name: 'The Lagan Ledger',
    lang: 'en',
    originals: 14,
    attribution: 'own',
    chromeOnlyPage: true,
    render(p) {
      const { d } = p;
      p.chrome(
        'Your privacy matters to The Lagan Ledger. We and our partners store cookies on your device so that the site works, so that we can count our readers and so that the adverts you see pay for local journalism in Belfast and across Northern Ireland. You can reject non-essential cookies.',
        'I agree',
        'Reject non-essential',
        'Options',
      ).blank();
      p.chrome('THE LAGAN LEDGER', 'Belfast news since 1888', 'News | Politics | Stormont | Sport | GAA | Ulster Rugby | Business | Opinion').blank();
      p.chrome(`Westlink: ${d.pick(['slow towards Divis Street', 'free-flowing', 'lane closed at the Grosvenor Road'])} | Glider G1: ${d.pick(['good service', 'diverted via Castle Street', 'minor delays'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} +PHOTOS` : t)).blank();
      p.meta(
        d.pick([`By ${writerEn(p)}, Political Correspondent`, `${writerEn(p)} | Photography: ${d.pick(PHOTO_V27)}`, `Report: ${writerEn(p)}, Belfast Newsroom`]),
        fmtEn(onClock(p, 'Europe/London'), "EEEE MMMM d yyyy',' HH:mm 'GMT'"),
      ).blank();
      p.body({ [p.mid()]: [`READ NEXT | ${p.related(1)[0]!}`] });
      p.chrome('Comments are closed on this article for legal reasons.').blank();
      p.chrome('Download The Lagan Ledger app for breaking news alerts and the digital edition', 'Get the app').blank();
      p.chrome(`© ${yearV27(p)} Lagan Ledger Media Ltd, Donegall Square, Belfast BT1 | Regulated by IPSO | Contact us | Accessibility`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'kraainem-letter',
    name: 'Le Lien de la Périphérie',
    lang: 'fr',
    originals: 12,
    attribution: 'none',
    chromeOnlyPage: true,
    render(p) {
      const { d, s } = p;
      p.chrome('Voir cette lettre dans votre navigateur · Ajouter notre adresse à vos contacts').blank();
      p.chrome('LE LIEN DE LA PÉRIPHÉRIE', 'Lettre des francophones de Kraainem, Wezembeek-Oppem et environs', 'Sommaire › Revue de presse › Belgique et France').blank();
      p.chrome(`Permanence sociale : ${d.pick(['mardi de 14 à 17 heures', 'fermée pendant les congés', 'jeudi matin sur rendez-vous'])} · Bus 30 et 79 : ${d.pick(['horaire normal', 'déviés rue de l’Église', 'horaire de vacances'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `[Presse] ${t}` : t)).blank();
      p.meta(fmtFr(s.date, "'Lettre aux membres du' EEEE d/M/yyyy")).blank();
      p.body({ [p.mid()]: [`Agenda de l’association — ${d.pick(['Souper aux moules le 9 février, inscriptions ouvertes', 'Conférence sur les facilités linguistiques jeudi', 'Cours de néerlandais pour débutants, reprise le 15'])}`] });
      p.chrome(
        'Vous recevez cette lettre parce que vous êtes membre de l’ASBL ou que vous vous êtes inscrit lors d’une de nos activités. Conformément au règlement européen sur la protection des données, vous pouvez consulter, corriger ou supprimer vos données en nous écrivant.',
      ).blank();
      p.chrome('Se désinscrire · Modifier mes préférences · Transférer à un ami').blank();
      p.chrome(`ASBL Le Lien de la Périphérie · Kraainem · ${yearV27(p)} · Éditeur responsable : le conseil d’administration`);
      return { author: false, date: 'day' };
    },
  },
  {
    id: 'marennes-oyster',
    name: 'La Lettre de l’Estran',
    lang: 'fr',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.85 },
    draw: weightedCredits({ into: 'fr', share: 0.85 }, [MARENNES_FR, 0.42], [MARENNES_FOREIGN, 0.32], [LOOKALIKES_V27.marennes, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('LA LETTRE DE L’ESTRAN', 'Bulletin professionnel de la conchyliculture — Marennes-Oléron, Ré, Fouras, Charron', 'Production · Marchés · Sanitaire · Réglementation · Petites annonces').blank();
      p.chrome(`Cours : huîtres creuses n° 3, ${d.int(4, 6)},${d.int(10, 90)} €/kg · Coefficient de marée : ${d.int(35, 118)} · ${d.pick(['Classement sanitaire : zone B maintenue', 'Interdiction de ramassage levée à Fouras', 'Norovirus : vigilance en baie de Bourgneuf'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `Filière ◦ ${t}` : t)).blank();
      p.meta(fmtFr(s.date, "'Lettre du' dd/MM/yy '— mise en ligne à' HH:mm")).blank();
      p.body({ [p.mid()]: [`Petite annonce — ${d.pick(['Vends chaland aluminium 9 m avec grue', 'Cherche ouvrier ostréicole pour la saison, Bourcefranc', 'Cède concession de 40 ares, claires de Marennes'])}`] });
      p.credit([
        (o) => `Article repris ${de(o)} pour les abonnés de la Lettre.`,
        (o) => `Avec l’aimable autorisation ${de(o)}.`,
        (o) => `Cet article a paru d’abord dans ${o}.`,
        (o) => `Droits réservés : ${o}.`,
      ]);
      if (s.credit) p.meta(d.pick([`Signature d’origine : ${s.author}`, `Par ${s.author} ; mise en page : ${d.pick(EDITORS_V27)}`]));
      p.blank();
      p.chrome(
        'La Lettre de l’Estran est adressée chaque matin aux ostréiculteurs, mytiliculteurs et mareyeurs abonnés. Les articles de la presse étrangère y sont traduits automatiquement, nom du journal compris. Reproduction et transfert interdits hors de l’entreprise abonnée.',
      ).blank();
      p.chrome('Classer dans mes dossiers · Version PDF · Signaler une coquille').blank();
      p.chrome(`La Lettre de l’Estran — ${yearV27(p)} — Éditions des Claires, Marennes — Se désabonner`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'newmarket-racing',
    name: 'The Rowley Mile Wire',
    lang: 'en',
    originals: 15,
    attribution: 'url-host',
    canShow: (canonical) => canonical in HOSTS_V27,
    draw: weightedCredits(undefined, [NEWMARKET_LINKED, 0.9]),
    render(p) {
      const { d, s } = p;
      p.chrome('18+ only. Please gamble responsibly. When the fun stops, stop.').blank();
      p.chrome('THE ROWLEY MILE WIRE', 'French racing and French news for the British trade', 'Racecards | Results | Bloodstock | France | Tipsters').blank();
      p.chrome(`Cagnes-sur-Mer today: going ${d.pick(['good to soft', 'standard (all-weather)', 'heavy'])} | Pau: ${d.pick(['inspection at 8am', 'racing as planned', 'abandoned, waterlogged'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `Racing in France — ${t}` : t)).blank();
      p.meta(fmtEn(onClock(p, 'Europe/London'), "HH:mm 'GMT |' dd-MMM-yyyy")).blank();
      p.body({ [p.mid()]: [`MORE: ${p.related(1)[0]!}`] });
      if (s.credit) {
        const url = addressOf(p);
        p.meta(d.pick([`Original report: ${url}`, `Read in French at ${url}`, `Source link - ${url}`, `Continue reading: ${url}`]), d.pick([`Reporter: ${writerEn(p)} (sub-edited by ${d.pick(EDITORS_V27)})`, `${writerEn(p)} reporting`])).blank();
      }
      p.chrome(
        'The Rowley Mile Wire summarises French-language reports for trainers, owners and bloodstock agents and links to the original article. Copyright in linked reports stays with their publishers. Odds were correct at the time of writing and may change.',
      ).blank();
      p.chrome(`© ${yearV27(p)} Rowley Mile Wire Ltd, High Street, Newmarket CB8 | Terms | Cookie settings`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'gibraltar-bulletin',
    name: 'The Upper Rock Bulletin',
    lang: 'en',
    originals: 16,
    attribution: 'credit',
    translate: { into: 'en', share: 0.85 },
    draw: weightedCredits({ into: 'en', share: 0.85 }, [GIBRALTAR_PICKS, 0.74], [LOOKALIKES_V27.gibraltar, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome(
        'This website stores small files on your device to keep it secure, to remember your settings and to measure how many people read each article. Some of these come from advertising partners in Gibraltar and Spain. Choose which ones you allow below.',
        'Allow all',
        'Necessary only',
      ).blank();
      p.chrome('THE UPPER ROCK BULLETIN', 'Gibraltar, the Campo and the Strait: the Spanish, Italian and French press in English', 'Home / Europe / Spain / France / Italy / Frontier').blank();
      p.chrome(`Frontier queue: ${d.int(5, 90)} min outbound · GBP/EUR 1.1${d.int(10, 99)} · ${d.pick(['Levanter cloud over the Rock', 'Cable car running', 'Cable car closed, high winds'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} :: Upper Rock Bulletin` : t)).blank();
      p.meta(fmtEn(s.date, "do MMMM yyyy 'at' HH:mm 'CET'"));
      const credit = s.credit
        ? [
            d.pick([
              (o: string) => `This report was first carried by ${o}.`,
              (o: string) => `Translated and republished from ${o}.`,
              (o: string) => `[Originally in ${o}]`,
              (o: string) => `Courtesy: ${o}`,
            ])(s.credit.shown),
            d.pick([`By ${writerEn(p)} in Madrid`, `${writerEn(p)}, Special Correspondent; translated by ${d.pick(EDITORS_V27)}`]),
          ]
        : [];
      const top = d.chance(0.45);
      if (top) p.meta(...credit);
      p.blank();
      bodyWithCredit(p, p.mid(), top ? [] : credit);
      p.chrome(
        'The Upper Rock Bulletin is an independent digest. Articles from Spanish, Italian and French newspapers are machine-translated, the names of the newspapers included, and checked by an editor before publication. The original text is the authoritative version.',
      ).blank();
      p.chrome('Share: Facebook · WhatsApp · Email · Copy link').blank();
      p.chrome(`© ${yearV27(p)} Upper Rock Bulletin Ltd · Main Street, Gibraltar GX11 1AA · Terms · Accessibility statement`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'grasse-review',
    name: 'Parfums & Presse',
    lang: 'fr',
    originals: 15,
    attribution: 'title-suffix',
    canShow: (canonical) => GRASSE_NAMES.includes(canonical),
    draw: weightedCredits(undefined, [GRASSE_PRESS, 0.76], [LOOKALIKES_V27.grasse, 0.12]),
    render(p) {
      const { d, s } = p;
      p.chrome('PARFUMS & PRESSE', 'La revue de presse des métiers du parfum, des arômes et des matières premières — Grasse', 'Accueil › Revue du jour › Économie et société').blank();
      p.chrome(`Récolte : ${d.pick(['mimosa du Tanneron en pleine floraison', 'fin de la cueillette du jasmin', 'rose centifolia : plantations en cours'])} · ${d.pick(['Pays de Grasse : marché aux fleurs samedi', 'Musée international de la parfumerie : entrée libre le premier dimanche', 'Salon des matières premières le 12 mars'])}`).blank();
      const after = d.pick([(o: string) => ` ◆ ${o}`, (o: string) => ` ‖ ${o}`, (o: string) => ` ⟫ ${o}`]);
      p.title((t) => (s.credit ? `${t}${after(s.credit.shown)}` : t)).blank();
      p.meta(fmtFr(s.date, "'Relevé le' d MMM yyyy',' HH:mm")).blank();
      p.body();
      p.chrome('Le journal d’origine est indiqué à la suite de chaque titre. Suivez le lien pour lire l’article sur son site.').blank();
      p.chrome(
        'Parfums & Presse est une revue de presse réservée aux adhérents de l’association des professionnels du Pays de Grasse. Les articles y sont reproduits dans leur intégralité à titre d’information ; leurs droits demeurent la propriété de leurs éditeurs.',
      ).blank();
      p.chrome('Thème « Jasmin » · Propulsé par un logiciel libre · Plan du site · Accessibilité : partiellement conforme').blank();
      p.chrome(`Parfums & Presse · Grasse · ${yearV27(p)}`);
      return { author: false, date: 'full' };
    },
  },
];

const JUNK_V27: readonly { name: string; bytes: Uint8Array }[] = [
  { name: 'gif-head', bytes: Buffer.from('GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,', 'latin1') },
  { name: '7z-head', bytes: Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0x00, 0x04, 0x8d, 0x9b, 0xd5, 0x0f, 0x00, 0x00, 0x00, 0x00, 0x62, 0x00, 0x00, 0x00]) },
  { name: 'utf16-bom-only', bytes: Buffer.from([0xff, 0xfe]) },
  { name: 'mp3-id3', bytes: Buffer.from('ID3\x03\x00\x00\x00\x00\x0f\x76TIT2\x00\x00\x00\x05\x00\x00\x00Jour', 'latin1') },
  { name: 'tabs-only', bytes: Buffer.from('\t\t\n\t\n \t \n', 'latin1') },
  { name: 'browser-check', bytes: Buffer.from('Checking your browser before accessing the site.\nThis process is automatic. Your browser will redirect to your requested content shortly.\n', 'utf8') },
  { name: 'sitemap', bytes: Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n</urlset>\n', 'utf8') },
  { name: 'too-many-requests', bytes: Buffer.from('429 Too Many Requests\nVous avez effectué trop de requêtes. Réessayez dans quelques minutes.\n', 'utf8') },
  { name: 'robots-txt', bytes: Buffer.from('User-agent: *\nDisallow: /wp-admin/\nDisallow: /panier/\nSitemap: https://www.example.org/sitemap.xml\n', 'utf8') },
  { name: 'nul-lines', bytes: Buffer.from([0x00, 0x00, 0x0a, 0x00, 0x0a, 0x00, 0x00, 0x00, 0x0a]) },
  { name: 'login-required', bytes: Buffer.from('Connexion requise\nIdentifiant\nMot de passe\nSe connecter\n', 'utf8') },
];

// ——— Generation ———

/** One page of `site` (v2's convention); an English page expects the byline as it prints it ("A and B"). */
function pageV27(site: SiteV27, story: Story, d: Dice, chromeOnly: boolean): MadePage {
  const made = page(site, story, d, chromeOnly);
  const author = made.entry.author;
  return site.lang === 'en' && author !== null ? { ...made, entry: { ...made.entry, author: inEnglish(author) } } : made;
}

/** The copy of `story` that `host` carries: the first site's credit (or its own name) when the host can show it; maybe headless or cut. */
function copyOnto(d: Dice, story: Story, first: SiteV27, host: SiteV27, others: string[]): Story {
  const firstOwn = first.attribution === 'own' ? { canonical: first.name, lookalike: first.lookalike === true } : null;
  const origin = story.credit ?? firstOwn;
  const hostNames = host.attribution !== 'own' && host.attribution !== 'none';
  const named = origin !== null && hostNames && (host.canShow?.(origin.canonical) ?? true);
  const lastDropped = story.src.body.length >= 4 && d.chance(NO_ENDING);
  // The Grasse review names the outlet after the headline: its copies always show one.
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
 * Builds the v27 set from clean sources (deterministic for a seed): each site's originals and their copies on
 * up to three other sites, uncredited bare files, chrome-only pages and junk, shuffled, each file in one of
 * several encodings and named by content.
 */
export function generateUnseenV27(pool: readonly UnseenSource[], seed: number = SEED_V27): { files: UnseenFile[]; manifest: UnseenEntry[] } {
  const d = new Dice(makeRng(seed));
  const wanted = BARE_V27 + SITES_V27.reduce((n, s) => n + s.originals, 0);
  if (pool.length < wanted) throw new Error(`unseen sites v27: ${wanted} clean articles needed, the pool has ${pool.length}`);
  const picked = d.sample(pool, wanted);
  const allTitles = picked.map((s) => s.title);
  const otherTitles = (src: UnseenSource): string[] => d.sample(allTitles.filter((t) => t !== src.title), 5);
  const when = (): TZDate => {
    const day = new Date(PERIOD_START + d.int(0, PERIOD_DAYS - 1) * 86_400_000);
    return new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), d.int(6, 21), d.int(0, 59), 0, PARIS);
  };
  const out: MadePage[] = [];
  let from = 0;
  for (const site of SITES_V27) {
    const originals = picked.slice(from, from + site.originals);
    from += site.originals;
    for (const src of originals) {
      const story: Story = { src, body: src.body, author: d.pick(BYLINES_V27), date: when(), headline: true, credit: site.draw?.(d) ?? null, others: otherTitles(src) };
      out.push(pageV27(site, story, d, false));
      const hosts = d.sample(SITES_V27.filter((h) => h !== site), copiesOn(d));
      for (const host of hosts) out.push(pageV27(host, copyOnto(d, story, site, host, otherTitles(src)), d, false));
    }
    if (site.chromeOnlyPage) {
      const stand = picked[0]!;
      out.push(pageV27(site, { src: stand, body: [], author: d.pick(BYLINES_V27), date: when(), headline: false, credit: null, others: otherTitles(stand) }, d, true));
    }
  }
  for (const src of picked.slice(from)) out.push(creditsNobody(bareFile(src)));
  for (const junk of JUNK_V27) out.push(creditsNobody(junkFile(junk)));
  return packFiles(d, out, ENCODINGS_V27, 'v27-');
}

/** Heading of the v27 table and JSON. */
export const V27_HEADING = 'UNSEEN SITES v27 (development set, written without reading the rules on 2026-12-02)';

/** Generates v27, runs the real ingest on it and prints its figures (without the DEV simulation). */
export const runUnseenEvalV27 = unseenSetRunner(V27_HEADING, generateUnseenV27);

generatorCli(import.meta.url, 'unseen sites v27', generateUnseenV27, SEED_V27);
