/**
 * Generates the FROZEN unseen-sites v18 evaluation set (issue 8): twelve more ordinary news sites, of kinds and places no earlier set had.
 *
 * FROZEN on 2026-11-30 (v18), at 20:40, written without reading the rules. Written without reading the ingest
 * rules (src/ingest/), the word lists and outlet list (src/data/), the renderer and pages, the scorer beyond its
 * types, any score of this set or of any other, or any history of the project; of the earlier sets only the
 * shared scaffolding (scripts/unseen-sites.ts, v2's `page` and `SiteV2`, simulate-heldout's `Dice` and
 * encodings), v16's and v17's generators (for the format and the scaffolding calls, not their sites or
 * wordings) and the site lists in the headers of v3–v17 (to pick other kinds and places) were read. The sites,
 * outlets, credit wordings, translations, title decorations, date formats and chrome here are new. Nobody tunes
 * rules against it: do not read its misses while changing rules (`--show` stays 0), do not edit its templates,
 * wordings or seed to move a score. When a case fails, fix the general cause, then freeze a v19 and call this
 * one development data.
 *
 * `npm run eval:unseen` scores v1 to v17 then this set (`npm run eval:unseen:v18`, or `npm run eval -- --unseen
 * --unseen-set v18`, for this one only); `npx tsx scripts/unseen-sites-v18.ts --out DIR` only writes the folder
 * and its manifest (the v1 format, with v2's `outletEvidence`).
 *
 * The twelve sites: a diocesan Catholic weekly in Rodez (Aveyron) whose own name begins like a national
 * Catholic daily's (a look-alike, its own writers, the day only), a Wallis-et-Futuna news portal (its own
 * reporters, the day only), a site for cross-border workers in Thionville (Moselle) commuting to Luxembourg
 * (its own reporters), a chamber of commerce's economic bulletin in Angoulême (Charente) crediting regional and
 * business papers, English-language business outlets garbled into French word for word and look-alike titles,
 * a watchmaking trade letter in the Vallée de Joux (Vaud, Switzerland) crediting Swiss papers and English-
 * language magazines garbled into French, a Libreville (Gabon) portal crediting Gabonese and French outlets and
 * anglophone African and American outlets garbled into French, an English-language business site in Singapore
 * translating French business and regional papers' names into English word for word, an English-language
 * travel-advisory wire for tour operators in Valletta (Malta) doing the same with French regional, Belgian and
 * Luxembourg papers, a public library's press watch in Arlon (Belgian Luxembourg province) pointing to the
 * original's address, the Alliance française of Nairobi's press review for learners keeping the original's name
 * after the headline, a grain cooperative's members' magazine in the Beauce (Eure-et-Loir) ending reprints
 * with a source line, and a university hospital's staff newsletter in Poitiers crediting nobody. Article text is
 * read AT RUN TIME from ../shared/corpus/gilets-jaunes (v1's clean pool, drawn with another seed): no corpus
 * text is stored here.
 *
 * Title decorations (none of them part of the headline, which stays the publisher's): a prefix tag ("REGARD —
 * Titre" on the diocesan weekly, "EXCLU ▶ Titre" on the cross-border site, "Veille éco ⟫ Titre" on the chamber
 * of commerce, "Europe Brief — Title" on the Singapore site, "⚠ Travel alert: Title" on the Malta wire), a
 * site-name suffix ("Titre • Fenua Uvea Info" on the Wallis portal, "Titre » Estuaire Infos 241" on the
 * Libreville portal), a note after the headline ("Titre [mis à jour]" on the watch letter, "Titre (réservé aux
 * adhérents)" on the cooperative's magazine), and on the Nairobi review the original outlet's name after " -- "
 * or " ◆ ", or in square brackets (its evidence). Date formats: "Rodez, le vendredi 11 janvier 2019", "Date de
 * parution : 11 janv. 2019", "11.01.19 – 14h05" (a two-digit year), "Actualité du 11 janvier 2019 — 14:05",
 * "Le Sentier, 11 janvier 2019, 14 h 05", "Libreville, 11/01/2019 – 14H05 (heure de Paris)", "Published 11 Jan
 * 2019, 2:05 PM CET", "Issued: Fri 11 Jan 2019, 14.05 CET", "Date de l’article : 11 janvier 2019 (14:05)",
 * "Revue de presse · vendredi 11 janvier 2019", "Mis en ligne : 11 janv. 2019 | 14 h 05" and "Diffusée le 11
 * janvier 2019 aux équipes".
 *
 * Expected outlet: v2's convention (who published the article first, as the file credits it), recorded per
 * file in `outletEvidence`: machine-translated names of real outlets expect the real outlet's usual name,
 * look-alike names are kept as written, the site's own name is the outlet only where it shows its masthead and
 * its own staff's byline, the republisher is the site's name whenever the file credits another outlet, and null
 * when nothing credits one. Republishing sites show a byline only beside a credit. Every date and time shown is
 * Paris time (winter 2018-19, so always UTC+1: "heure de Paris" on the Libreville portal, "CET" on the English
 * sites); the diocesan weekly, the Wallis portal, the Nairobi review and the hospital newsletter show the day only.
 */
import { TZDate } from '@date-fns/tz';
import type { UnseenEntry } from '../src/eval/unseen-sites.ts';
import { makeRng } from './rng.ts';
import { Dice, type Encoding } from './simulate-heldout.ts';
import { page, type SiteV2 } from './unseen-sites-v2.ts';
import {
  bareFile,
  creditsNobody,
  de,
  fmtEn,
  fmtFr,
  generatorCli,
  junkFile,
  packFiles,
  slug,
  unseenSetRunner,
  type Credit,
  type MadePage,
  type Page,
  type Shown,
  type Story,
  type UnseenFile,
  type UnseenSource,
} from './unseen-sites.ts';

// ——— Size and mix of the set ———

/** The v18 seed: no earlier set drew with it. */
export const FROZEN_SEED_V18 = 20261130_18;
/** Clean articles written with their headline and paragraphs only, crediting nobody. */
const UNCREDITED_V18 = 10;
/** Share of copies scraped without their headline line. */
const HEADLINE_MISSING = 0.33;
/** Share of copies (of bodies with four paragraphs or more) that stop before the closing paragraph. */
const ENDING_MISSING = 0.27;
/** The period: 108 days from 19 November 2018, all in Paris winter time (UTC+1). */
const FIRST_DAY = Date.UTC(2018, 10, 19);
const DAYS_V18 = 108;
const PARIS_TZ = 'Europe/Paris';
/** The encodings drawn for the files: plain UTF-8 most often, then Windows-1252, a BOM, UTF-16 LE and CRLF ends. */
const ENCODINGS_V18: readonly Encoding[] = ['utf-8', 'cp1252', 'utf-8', 'utf-8-bom', 'utf-8-crlf', 'utf-8', 'utf-16le-bom', 'cp1252-crlf', 'utf-8', 'utf-8-bom', 'cp1252', 'utf-8', 'utf-16le-bom'];

/** How many other sites take a copy of one original (none, most often). */
function copyCount(d: Dice): number {
  const r = d.next();
  return r < 0.52 ? 0 : r < 0.83 ? 1 : r < 0.95 ? 2 : 3;
}

// ——— People ———

const BYLINES_V18 = [
  'Bernadette Costes', 'Jean-Marie Bouscayrol', 'Malia Tauhavili', 'Soane Falelavaki', 'Laetitia Schmitz', 'Kevin Weber-Reiland',
  'Nathalie Gandillon', 'Thibault Raynaud', 'Aurélie Golay', 'Cédric Rochat', 'Armel Mba Obame', 'Prisca Nzé Ondo', 'Wei Ling Tan',
  'Rajesh Kumaran', 'Rebecca Camilleri', 'Jean-Paul Vella', 'Wanjiru Kamau', 'Gabriel Heuzé', 'Solène Bréchard', 'Isabelle Lagarde-Pouvreau',
];
const PHOTO_V18 = ['Firmin Vayssettes', 'Sione Tuikalepa', 'Mélodie Perret', 'Yannick Ndong'];

// ——— Outlets ———

const CHARENTE_PRESS = ['Charente Libre', 'Sud Ouest', 'Les Échos', 'La Tribune', 'Challenges', 'L’Usine nouvelle', 'Le Figaro', 'La Nouvelle République'];
const BUSINESS_EN = ['Business Insider', 'MarketWatch', 'Harvard Business Review', 'Fast Company', 'Financial Post', 'The Economist'];
const SWISS_PRESS = ['Le Temps', '24 heures', 'Tribune de Genève', 'Arcinfo', 'Le Quotidien jurassien', 'RTS Info', 'Bilan', 'L’Agefi', 'La Liberté', 'Le Nouvelliste'];
const MAGAZINES_EN = ['The Spectator', 'The Atlantic', 'The New Yorker', 'Robb Report', 'Vanity Fair', 'South China Morning Post'];
const GABON_PRESS = ['L’Union', 'Gabonreview', 'Gabonactu', 'Jeune Afrique', 'RFI', 'France 24', 'TV5Monde', 'Le Monde', 'Le Figaro', 'Libération'];
const ANGLOPHONE_AFRICA = ['Voice of America', 'Daily Nation', 'The East African', 'Premium Times', 'The Punch', 'Mail & Guardian'];
const SINGAPORE_PICKS = ['Les Échos', 'La Tribune', 'Le Point', 'L’Opinion', 'Le Nouvel Économiste', 'Les Dernières Nouvelles d’Alsace', 'La Provence', 'Le Bien public', 'Challenges'];
const VALLETTA_PICKS = [
  'Le Courrier de l’Ouest', 'La Nouvelle Gazette', 'Le Quotidien', 'L’Essentiel', 'La Meuse', 'L’Alsace', 'Corse-Matin', 'Le Maine libre',
  'L’Yonne républicaine', 'La République des Pyrénées', 'Sudinfo',
];
const NAIROBI_PRESS = ['Le Monde', 'Le Figaro', 'Libération', 'La Croix', 'Ouest-France', 'RFI', 'France 24', 'Jeune Afrique', 'Courrier international', 'TV5Monde', 'Le Point', 'L’Express'];
const BEAUCE_PRESS = ['L’Écho républicain', 'La France agricole', 'Terre-net', 'Réussir', 'Ouest-France', 'La République du Centre', 'Le Figaro', 'Les Échos', 'France Bleu'];

/** Invented outlets whose names begin like a known outlet's: the expected outlet is the name as written. */
const NEAR_NAMES = {
  charente: ['La Tribune de Cognac', 'Les Échos Charentais'],
  joux: ['Le Temps Horloger', '24 heures Chrono'],
  gabon: ['Le Monde de l’Estuaire', 'L’Union Ogoouéenne'],
  singapore: ['La Tribune d’Asie', 'Les Échos du Mékong'],
  valletta: ['L’Essentiel du Voyageur', 'La Meuse Touristique'],
  nairobi: ['Le Monde des Grands Lacs'],
  beauce: ['L’Écho républicain des Moissons', 'La France agricole de Beauce'],
} as const;
const IS_NEAR_NAME: ReadonlySet<string> = new Set(Object.values(NEAR_NAMES).flat());

/** Francophone names as a translation engine renders them in English, word for word (some reorder the words). */
const RENDERED_EN: Record<string, readonly string[]> = {
  'Les Échos': ['The Echoes'],
  'La Tribune': ['The Tribune', 'Tribune'],
  'Le Point': ['The Point'],
  'L’Opinion': ['The Opinion'],
  'Le Nouvel Économiste': ['The New Economist'],
  'Les Dernières Nouvelles d’Alsace': ['The Latest News of Alsace', 'Latest News from Alsace'],
  'La Provence': ['The Provence'],
  'Le Bien public': ['The Public Good', 'The Public Welfare'],
  'Le Courrier de l’Ouest': ['The Courier of the West', 'The Western Courier'],
  'La Nouvelle Gazette': ['The New Gazette'],
  'Le Quotidien': ['The Daily'],
  'L’Essentiel': ['The Essential'],
  'La Meuse': ['The Meuse'],
  'L’Alsace': ['The Alsace'],
  'Corse-Matin': ['Corsica Morning', 'Morning Corsica'],
  'Le Maine libre': ['The Free Maine', 'Free Maine'],
  'L’Yonne républicaine': ['The Republican Yonne', 'Yonne the Republican'],
  'La République des Pyrénées': ['The Republic of the Pyrenees', 'The Pyrenees Republic'],
};
/** English-language names as a translation engine garbles them in French, word for word (some reorder the words). */
const RENDERED_FR: Record<string, readonly string[]> = {
  'Business Insider': ['L’Initié des affaires', 'Initié Affaires'],
  'MarketWatch': ['Veille des Marchés', 'Surveillance du Marché'],
  'Harvard Business Review': ['La Revue d’affaires de Harvard', 'Revue des Affaires de Harvard'],
  'Fast Company': ['Compagnie Rapide', 'L’Entreprise rapide'],
  'Financial Post': ['La Poste financière', 'Le Courrier Financier'],
  'The Economist': ['L’Économiste'],
  'The Spectator': ['Le Spectateur'],
  'The Atlantic': ['L’Atlantique'],
  'The New Yorker': ['Le New-Yorkais', 'Le Newyorkais'],
  'Robb Report': ['Le Rapport Robb', 'Rapport de Robb'],
  'Vanity Fair': ['La Foire aux vanités', 'Foire aux Vanités'],
  'South China Morning Post': ['La Poste du Matin de la Chine du Sud', 'Poste Matinale de Chine du Sud'],
  'Voice of America': ['La Voix de l’Amérique', 'Voix d’Amérique'],
  'Daily Nation': ['La Nation quotidienne', 'Nation Quotidienne'],
  'The East African': ['L’Africain de l’Est', 'L’Est-Africain'],
  'Premium Times': ['Les Temps Premium', 'Temps de Première Qualité'],
  'The Punch': ['Le Coup de poing'],
  'Mail & Guardian': ['Courrier et Gardien', 'Le Courrier & le Gardien'],
};

/** Web hosts of the outlets the Arlon library's press watch links to. */
const WEB_HOSTS: Record<string, string> = {
  'Le Soir': 'www.lesoir.be', 'La Libre Belgique': 'www.lalibre.be', 'La DH': 'www.dhnet.be', 'L’Avenir': 'www.lavenir.net', 'RTBF': 'www.rtbf.be',
  'Sudinfo': 'www.sudinfo.be', 'RTL Info': 'www.rtl.be', 'Le Quotidien': 'www.lequotidien.lu', 'L’Essentiel': 'www.lessentiel.lu',
  'Luxemburger Wort': 'www.wort.lu', 'Le Républicain lorrain': 'www.republicain-lorrain.fr', 'L’Est Républicain': 'www.estrepublicain.fr',
  'Le Monde': 'www.lemonde.fr', 'Le Figaro': 'www.lefigaro.fr', 'Libération': 'www.liberation.fr', 'Les Échos': 'www.lesechos.fr',
  'La Tribune': 'www.latribune.fr', 'Le Temps': 'www.letemps.ch', '24 heures': 'www.24heures.ch', 'Tribune de Genève': 'www.tdg.ch',
  'Charente Libre': 'www.charentelibre.fr', 'Sud Ouest': 'www.sudouest.fr', 'Le Point': 'www.lepoint.fr', 'La Croix': 'www.la-croix.com',
  'Ouest-France': 'www.ouest-france.fr', 'RFI': 'www.rfi.fr', 'France 24': 'www.france24.com', 'Jeune Afrique': 'www.jeuneafrique.com',
  'L’Alsace': 'www.lalsace.fr', 'Les Dernières Nouvelles d’Alsace': 'www.dna.fr', 'Corse-Matin': 'www.corsematin.com', 'La Provence': 'www.laprovence.com',
  'L’Opinion': 'www.lopinion.fr', 'Le Bien public': 'www.bienpublic.com', 'La République des Pyrénées': 'www.larepubliquedespyrenees.fr',
  'Le Maine libre': 'www.lemainelibre.fr', 'L’Yonne républicaine': 'www.lyonne.fr', 'Le Courrier de l’Ouest': 'www.courrierdelouest.fr',
  'L’Écho républicain': 'www.lechorepublicain.fr', 'La République du Centre': 'www.larep.fr', 'La France agricole': 'www.lafranceagricole.fr',
  'Terre-net': 'www.terre-net.fr', 'Challenges': 'www.challenges.fr', 'L’Usine nouvelle': 'www.usinenouvelle.com',
  'La Nouvelle République': 'www.lanouvellerepublique.fr', 'Bilan': 'www.bilan.ch', 'L’Agefi': 'www.agefi.com', 'Arcinfo': 'www.arcinfo.ch',
  'La Liberté': 'www.laliberte.ch', 'Le Nouvelliste': 'www.lenouvelliste.ch', 'RTS Info': 'www.rts.ch', 'Gabonreview': 'www.gabonreview.com',
  'Courrier international': 'www.courrierinternational.com', 'L’Express': 'www.lexpress.fr', 'France Bleu': 'www.francebleu.fr',
};
/** What the Arlon library clips first-hand: Belgian, Luxembourg and Lorraine outlets, and a few national French ones. */
const ARLON_CLIPPED = [
  'Le Soir', 'La Libre Belgique', 'La DH', 'L’Avenir', 'RTBF', 'Sudinfo', 'RTL Info', 'Le Quotidien', 'L’Essentiel', 'Luxemburger Wort',
  'Le Républicain lorrain', 'L’Est Républicain', 'Le Monde', 'Le Figaro', 'Libération',
];

/** Names the Nairobi review can print after a headline. */
const NAIROBI_SUFFIXES: readonly string[] = [
  ...NAIROBI_PRESS, ...NEAR_NAMES.nairobi, 'La Croix du Rouergue', 'Le Temps', 'L’Union', 'Charente Libre', 'Les Échos', 'Sud Ouest', 'La Provence',
];

type Translation = SiteV2['translate'];

/** A v18 site: a v2 site, plus which originals its way of crediting can show on a copy (all when absent). */
interface SiteV18 extends SiteV2 {
  canCredit?: (canonical: string) => boolean;
}

/** `canonical` as a site printing in `translation`'s language shows it (translated word for word, or as written). */
function shownAs(d: Dice, canonical: string, translation: Translation, lookalike = IS_NEAR_NAME.has(canonical)): Credit {
  const renderings = translation ? (translation.into === 'en' ? RENDERED_EN : RENDERED_FR)[canonical] : undefined;
  if (renderings === undefined || !d.chance(translation!.share)) return { canonical, shown: canonical, translated: false, lookalike };
  return { canonical, shown: d.pick(renderings), translated: true, lookalike };
}

/** Draws an original's credit from weighted pools of outlets; the weight left over credits nobody. */
function creditDraw(translation: Translation, ...pools: (readonly [readonly string[], number])[]): (d: Dice) => Credit | null {
  return (d) => {
    let r = d.next();
    for (const [names, weight] of pools) {
      if (r < weight) return shownAs(d, d.pick(names), translation);
      r -= weight;
    }
    return null;
  };
}

// ——— Template helpers ———

const yearShown = (p: Page): string => fmtFr(p.s.date, 'yyyy');
/** A republisher names the original's writer only beside the credit. */
const bylineIfCredited = (p: Page, date: Shown['date']): Shown => ({ author: p.s.credit !== null, date });
/** The address of the original on its outlet's site, in one of three URL shapes. */
function originalAddress(p: Page): string {
  const { d, s } = p;
  const host = WEB_HOSTS[s.credit!.canonical]!;
  const tail = slug(s.src.title);
  return d.pick([
    () => `https://${host}/${d.pick(['actualite', 'societe', 'economie', 'regions'])}/${fmtFr(s.date, 'yyyyMMdd')}_${d.int(1_000_000, 9_999_999)}/${tail}`,
    () => `https://${host}/art/${d.int(100_000, 999_999)}/${tail}.html`,
    () => `https://${host}/?p=${d.int(20_000, 90_000)}`,
  ])();
}

// ——— The twelve sites ———

export const SITES_V18: readonly SiteV18[] = [
  {
    id: 'rodez-diocesan',
    name: 'La Croix du Rouergue',
    lang: 'fr',
    originals: 16,
    attribution: 'own',
    lookalike: true,
    chromeOnlyPage: true,
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Bienvenue sur le site de l’hebdomadaire catholique de l’Aveyron. Il dépose de petits fichiers de mesure d’audience, exemptés de consentement, et, seulement si vous l’acceptez, ceux de nos partenaires vidéo qui permettent de regarder les reportages filmés dans nos paroisses.',
        'J’accepte',
        'Je refuse',
        'Paramétrer',
      ).blank();
      p.chrome('LA CROIX DU ROUERGUE', 'Hebdomadaire catholique d’information de l’Aveyron', 'Diocèse · Rodez · Millau · Villefranche · Espalion · Société · Agenda des paroisses').blank();
      p.chrome(`Saint du jour : ${d.pick(['saint Hilaire', 'sainte Geneviève', 'saint Vincent', 'saint Blaise', 'sainte Agathe', 'saint Amans'])}`);
      p.title((t) => (d.chance(0.3) ? `REGARD — ${t}` : t)).blank();
      p.meta(fmtFr(s.date, "'Rodez, le' EEEE d MMMM yyyy"), `${s.author} — rédaction diocésaine`).blank();
      p.chrome(`Photo : ${d.pick(PHOTO_V18)}`);
      p.body({
        [p.mid()]: [
          `Petite annonce — ${d.pick(['Paroisse de Marcillac : recherche organiste bénévole pour les messes du dimanche', 'Vends crèche provençale complète, quarante santons, prix à débattre', 'Maison d’accueil de Conques : chambres libres pour retraites spirituelles'])}`,
        ],
      });
      p.chrome('Imprimer · Envoyer à un proche · Partager sur Facebook').blank();
      p.chrome('Dans ce numéro', ...p.related(2)).blank();
      p.chrome(
        'Offrez un abonnement d’un an à un parent, à un voisin ou à une communauté religieuse : cinquante-deux numéros livrés chaque vendredi et l’accès complet au site, pour le prix d’un café par semaine. Bulletin à déposer à l’accueil de la maison diocésaine ou à renvoyer par courrier.',
        'Offrir un abonnement',
      ).blank();
      p.chrome(`La Croix du Rouergue © ${yearShown(p)} — Association diocésaine de Rodez — Directeur de la publication : le vicaire général`);
      return { author: true, date: 'day' };
    },
  },
  {
    id: 'wallis-portal',
    name: 'Fenua Uvea Info',
    lang: 'fr',
    originals: 14,
    attribution: 'own',
    render(p) {
      const { d, s } = p;
      p.chrome('FENUA UVEA INFO', 'L’information de Wallis-et-Futuna : Uvea, Futuna, Alofi', 'Actualités | Coutume | Territoire | Santé | Sport | Métropole').blank();
      p.chrome(`Vol Wallis–Nouméa : ${d.pick(['à l’heure', 'retardé de deux heures', 'complet', 'reporté au lendemain'])} · Pleine mer à Mata-Utu : ${d.int(1, 11)} h ${d.int(10, 59)}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} • Fenua Uvea Info` : t)).blank();
      p.meta(fmtFr(s.date, "'Date de parution :' d MMM yyyy"), `Rédaction : ${s.author}`).blank();
      p.body({
        [p.mid()]: [
          `Communiqué — ${d.pick(['L’agence de santé rappelle la campagne de démoustication à Hahake', 'Fermeture exceptionnelle du bureau de poste de Leava vendredi', 'Le service des travaux publics recrute un conducteur d’engins'])}`,
        ],
      });
      p.chrome('Partagez l’info avec la famille en Calédonie et en métropole : Facebook · Messenger · Courriel').blank();
      p.chrome(
        'Fenua Uvea Info est édité par une petite équipe indépendante installée à Mata-Utu. Faute de liaison internet fiable, certains textes arrivent en ligne avec un ou deux jours de retard sur leur parution ; merci de votre patience et de vos messages, que la rédaction lit tous.',
      ).blank();
      p.chrome(`© ${yearShown(p)} Fenua Uvea Info – Mata-Utu, Wallis (98600) – Reproduction soumise à autorisation`);
      return { author: true, date: 'day' };
    },
  },
  {
    id: 'thionville-frontaliers',
    name: 'Passe-Frontière Info',
    lang: 'fr',
    originals: 15,
    attribution: 'own',
    render(p) {
      const { d, s } = p;
      p.chrome('PASSE-FRONTIÈRE INFO', 'Le site des travailleurs frontaliers du Nord mosellan : Thionville, Hayange, Yutz, Cattenom et Luxembourg', 'Transports · Emploi · Fiscalité · Santé · Vie pratique').blank();
      p.chrome(`A31 vers Luxembourg : ${d.pick(['fluide', 'bouchon de 8 km à Hettange', 'accident à Zoufftgen', 'travaux de nuit'])} | TER Metz–Luxembourg : ${d.pick(['trafic normal', 'retards de 10 min', 'trafic perturbé'])}`).blank();
      p.chrome(`Frontaliers > ${d.pick(['Actualité', 'Mobilité', 'Pouvoir d’achat', 'Social'])}`);
      p.title((t) => (d.chance(0.3) ? `EXCLU ▶ ${t}` : t)).blank();
      p.meta(fmtFr(s.date, "dd.MM.yy '–' HH'h'mm"), `Signé ${s.author}`).blank();
      p.body({
        [p.mid()]: [
          `Contenu sponsorisé — ${d.pick(['Fiduciaire Moselle-Lux : votre déclaration d’impôts de frontalier dès 49 €', 'Auto-école du Val de Fensch : permis accéléré en quatre semaines', 'Ouvrez un compte en euros des deux côtés de la frontière'])}`,
        ],
      });
      p.chrome(`Vos réactions (${p.n(45)})`, 'Les commentaires sont relus avant publication ; ceux qui visent une personne ou une nationalité ne seront pas publiés.', 'Écrire un commentaire').blank();
      p.chrome(
        'Recevez chaque lundi matin le point sur les bouchons, les grèves, les impôts et le chômage des frontaliers : une lettre courte et gratuite, écrite par des frontaliers pour des frontaliers, que vous pouvez quitter quand vous voulez grâce au lien placé en bas de chaque envoi.',
        'Votre courriel',
        'Valider',
      ).blank();
      p.chrome(`© ${yearShown(p)} Passe-Frontière Info · Éditions du Pays-Haut SARL · Thionville (57100)`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'angouleme-cci',
    name: 'CCI Charente Actualités',
    lang: 'fr',
    originals: 16,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.8 },
    draw: creditDraw({ into: 'fr', share: 0.8 }, [CHARENTE_PRESS, 0.42], [BUSINESS_EN, 0.32], [NEAR_NAMES.charente, 0.12]),
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Ce site utilise des cookies de fonctionnement et, avec votre accord, des cookies de mesure d’audience. La chambre, établissement public, ne revend aucune donnée : vos choix sont conservés treize mois et se modifient à tout moment depuis la rubrique « Vie privée » du pied de page.',
        'Accepter',
        'Refuser',
      ).blank();
      p.chrome('CCI CHARENTE ACTUALITÉS', 'Le bulletin économique de la Chambre de commerce et d’industrie de la Charente', 'Entreprendre | Former | Exporter | Commerces | Cognac | Agenda').blank();
      p.chrome(`Baromètre du commerce charentais : ${d.int(80, 110)} points (${d.pick(['+', '−'])}${d.int(1, 6)} sur le mois)`).blank();
      p.title((t) => (d.chance(0.3) ? `Veille éco ⟫ ${t}` : t)).blank();
      p.meta(fmtFr(s.date, "'Actualité du' d MMMM yyyy '—' HH:mm"));
      p.credit([
        (o) => `Ce texte nous est transmis par ${o}, que nous remercions.`,
        (o) => `Reprise autorisée : ${o}.`,
        (o) => `Article retenu par notre service de veille et publié à l’origine par ${o}.`,
        (o) => `Version originale parue dans ${o}.`,
      ]);
      if (s.credit) p.meta(`Auteur de l’article original : ${s.author}`);
      p.blank();
      p.body({
        [p.mid()]: [`Annonce partenaire — ${d.pick(['Salon de la franchise, espace Carat, le 14 mars', 'Formation « Vendre en ligne » : encore quatre places', 'Transmission d’entreprise : permanence gratuite le jeudi'])}`],
      });
      p.chrome('Sur le même sujet', ...p.related(3)).blank();
      p.chrome(
        'Les articles de presse repris dans ce bulletin sont choisis par le service d’intelligence économique de la chambre pour éclairer les chefs d’entreprise du département. Ils n’engagent que leurs auteurs ; les droits en restent à leurs éditeurs, avec lesquels des accords de reproduction ont été signés.',
      ).blank();
      p.chrome(`CCI de la Charente – Angoulême – © ${yearShown(p)}`, 'Plan du site · Accessibilité · Données personnelles');
      return bylineIfCredited(p, 'full');
    },
  },
  {
    id: 'joux-watch-letter',
    name: 'La Lettre horlogère de la Vallée de Joux',
    lang: 'fr',
    originals: 15,
    attribution: 'credit',
    chromeOnlyPage: true,
    translate: { into: 'fr', share: 0.75 },
    draw: creditDraw({ into: 'fr', share: 0.75 }, [SWISS_PRESS, 0.42], [MAGAZINES_EN, 0.3], [NEAR_NAMES.joux, 0.14]),
    render(p) {
      const { d, s } = p;
      p.chrome('LA LETTRE HORLOGÈRE', 'Vallée de Joux · Le Sentier · Le Brassus · L’Abbaye', 'Manufactures | Sous-traitance | Formation | Marchés | Emploi').blank();
      p.chrome(`Franc suisse : 1 € = 1,${d.int(10, 15)} CHF · Exportations horlogères du mois précédent : ${d.pick(['+', '−'])}${d.int(1, 9)},${d.int(0, 9)} %`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} [mis à jour]` : t)).blank();
      p.meta(fmtFr(s.date, "'Le Sentier,' d MMMM yyyy, H 'h' mm"));
      p.credit([
        (o) => `Article emprunté ${de(o)} avec l’aimable accord de son éditeur.`,
        (o) => `Sous licence de ${o}.`,
        (o) => `Première diffusion : ${o}.`,
        (o) => `Cet article est la reprise intégrale d’un texte ${de(o)}.`,
      ]);
      if (s.credit) p.meta(`Plume : ${s.author}`);
      p.blank();
      p.body({
        [p.mid()]: [`Offre d’emploi — ${d.pick(['Manufacture du Brassus cherche polisseur ou polisseuse CFC, entrée immédiate', 'Atelier de décolletage au Lieu : régleur CNC à 100 %', 'Atelier du Pont : horloger rhabilleur, poste fixe'])}`],
      });
      p.chrome('Partager : LinkedIn · Courriel · Copier le lien').blank();
      p.chrome(
        'Accès réservé aux abonnés professionnels. Cet extrait vous est offert par la Lettre horlogère ; pour lire chaque semaine nos analyses des exportations, nos portraits de sous-traitants et les offres d’emploi de la Vallée, souscrivez un abonnement d’entreprise dès 290 francs par an, TVA comprise.',
        'Souscrire',
      ).blank();
      p.chrome(`© ${yearShown(p)} La Lettre horlogère de la Vallée de Joux – Éditions du Risoud Sàrl – Le Sentier (VD)`);
      return bylineIfCredited(p, 'full');
    },
  },
  {
    id: 'libreville-portal',
    name: 'Estuaire Infos 241',
    lang: 'fr',
    originals: 16,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.8 },
    draw: creditDraw({ into: 'fr', share: 0.8 }, [GABON_PRESS, 0.44], [ANGLOPHONE_AFRICA, 0.3], [NEAR_NAMES.gabon, 0.12]),
    render(p) {
      const { d, s } = p;
      p.chrome('ESTUAIRE INFOS 241', 'Le Gabon et l’Afrique centrale en continu', 'Politique / Économie / Société / Provinces / Afrique / Monde / Sports').blank();
      p.chrome(`Flash — ${d.pick(['Coupure d’électricité annoncée à Owendo ce soir', 'Le Transgabonais reprend son horaire normal', 'Les Panthères convoquées pour le stage de février'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} » Estuaire Infos 241` : t)).blank();
      p.meta(fmtFr(s.date, "'Libreville,' dd/MM/yyyy '–' HH'H'mm '(heure de Paris)'"));
      p.credit([
        (o) => `Article puisé dans les colonnes ${de(o)}.`,
        (o) => `Crédit éditorial : ${o}`,
        (o) => `Avec l’aimable autorisation ${de(o)}.`,
        (o) => `Le texte qui suit a d’abord paru dans ${o}.`,
      ]);
      if (s.credit) p.meta(`Écrit par ${s.author}`);
      p.blank();
      p.body({
        [p.mid()]: [`PUB — ${d.pick(['Transferts d’argent gratuits vers l’intérieur du pays jusqu’à dimanche', 'Promotions sur le riz et l’huile cette semaine dans nos magasins', 'La fibre arrive à Akanda : éligibilité en ligne'])}`],
      });
      p.chrome('Les plus lus', ...p.related(3)).blank();
      p.chrome(
        'Estuaire Infos 241 choisit chaque jour pour ses lecteurs du Gabon et de la diaspora des articles de la presse nationale et internationale. Les contenus repris restent la propriété de leurs éditeurs ; nous retirons sans délai tout texte dont l’éditeur en fait la demande écrite à la rédaction.',
      ).blank();
      p.chrome(`Estuaire Infos 241 © ${yearShown(p)} — Quartier Louis, Libreville — Tous droits réservés`);
      return bylineIfCredited(p, 'full');
    },
  },
  {
    id: 'singapore-markets',
    name: 'Merlion Markets Daily',
    lang: 'en',
    originals: 16,
    attribution: 'credit',
    translate: { into: 'en', share: 0.8 },
    draw: creditDraw({ into: 'en', share: 0.8 }, [SINGAPORE_PICKS, 0.72], [NEAR_NAMES.singapore, 0.12]),
    render(p) {
      const { d, s } = p;
      p.chrome(
        'We use cookies to keep you signed in, to count which stories are read and to show advertising from our partners across the region. You can change your mind at any time under Settings; carrying on reading means you accept the cookies described in our notice.',
        'Accept all',
        'Manage settings',
      ).blank();
      p.chrome('MERLION MARKETS DAILY', 'Business news for Asian investors, from Singapore', 'Markets | Asia | Europe | Commodities | Tech | Wealth').blank();
      p.chrome(`STI ${d.int(3000, 3300)}.${d.int(10, 99)} ▲ 0.${d.int(10, 99)}% | EUR/SGD 1.${d.int(520, 579)} | Brent US$${d.int(55, 66)}.${d.int(10, 99)}`).blank();
      p.title((t) => (d.chance(0.3) ? `Europe Brief — ${t}` : t)).blank();
      p.meta(fmtEn(s.date, "'Published' d MMM yyyy, h:mm a 'CET'"));
      p.credit([
        (o) => `This article was translated from French; it was first published by ${o}.`,
        (o) => `Translation of a report carried by ${o}.`,
        (o) => `Sourced from ${o} under a content-exchange agreement.`,
        (o) => `Courtesy of ${o}.`,
      ]);
      if (s.credit) p.meta(`Reporting by ${s.author}`);
      p.blank();
      p.body({
        [p.mid()]: [`SPONSORED — ${d.pick(['Open a multi-currency account in minutes with zero FX fees', 'Private banking seminar: Europe outlook 2019, Marina Bay, 24 January', 'Relocating to Paris? Our movers handle customs and storage'])}`],
      });
      p.chrome('Related stories', ...p.related(2)).blank();
      p.chrome(
        'Subscribers get unlimited access to Merlion Markets Daily, the Asia Open newsletter every morning and our data terminal lite. Your first month costs S$0.99; after that S$24.90 a month, billed monthly, and you can cancel any time from your account page. Team plans start at five seats.',
        'Start my trial',
      ).blank();
      p.chrome(`© ${yearShown(p)} Merlion Markets Pte Ltd · Co. Reg. No. 2015${d.int(10_000, 99_999)}K · Raffles Place, Singapore`);
      return bylineIfCredited(p, 'full');
    },
  },
  {
    id: 'valletta-travel-wire',
    name: 'Grand Harbour Travel Wire',
    lang: 'en',
    originals: 15,
    attribution: 'credit',
    chromeOnlyPage: true,
    translate: { into: 'en', share: 0.8 },
    draw: creditDraw({ into: 'en', share: 0.8 }, [VALLETTA_PICKS, 0.72], [NEAR_NAMES.valletta, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('GRAND HARBOUR TRAVEL WIRE', 'Travel advisories and destination news for tour operators · Valletta, Malta', 'Alerts · Airlines · Cruises · Destinations · Regulations').blank();
      p.chrome(`Status board: France — ${d.pick(['road blockades possible at weekends', 'expect delays at toll plazas', 'some motorway service areas closed'])} · Belgium — ${d.pick(['normal', 'checks near the border', 'strike notice for Monday'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `⚠ Travel alert: ${t}` : t)).blank();
      p.meta(fmtEn(s.date, "'Issued:' EEE d MMM yyyy, HH.mm 'CET'"));
      p.credit([
        (o) => `Relayed from ${o}, machine-translated from the French and checked by our duty editor.`,
        (o) => `Source publication: ${o}.`,
        (o) => `Based on a French-language report by ${o}.`,
        (o) => `Text licensed from ${o}.`,
      ]);
      if (s.credit) p.meta(`Original reporting: ${s.author}`);
      p.blank();
      p.body({ [p.mid()]: [`Advertisement — ${d.pick(['Extra evening ferry crossings to Gozo all winter', 'Group rates on airport transfers for agents', 'Travel insurance that covers strikes and road closures'])}`] });
      p.chrome('Tour operators: forward this advisory to your clients', 'Email · Print · Download PDF').blank();
      p.chrome(
        'Grand Harbour Travel Wire is distributed to licensed travel agents and tour operators. Advisories summarise publicly available information and are not official government travel advice; always check the latest guidance of the foreign ministry before confirming itineraries or refunding your customers.',
      ).blank();
      p.chrome(`Grand Harbour Travel Wire · GHTW Media Ltd · Republic Street, Valletta VLT ${d.int(1000, 1999)} · © ${yearShown(p)}`);
      return bylineIfCredited(p, 'full');
    },
  },
  {
    id: 'arlon-library-watch',
    name: 'Bibliothèque communale d’Arlon – Veille presse',
    lang: 'fr',
    originals: 16,
    attribution: 'url-host',
    canCredit: (canonical) => canonical in WEB_HOSTS,
    draw: creditDraw(undefined, [ARLON_CLIPPED, 0.9]),
    render(p) {
      const { d, s } = p;
      p.chrome('BIBLIOTHÈQUE COMMUNALE D’ARLON', 'Veille presse · Espace de lecture publique · Province de Luxembourg', 'Catalogue · Animations · Veille presse · Horaires · Contact').blank();
      p.chrome(`Cette semaine : ${d.pick(['fermée lundi', 'ouverte jusqu’à 19 h jeudi', 'fermeture exceptionnelle samedi'])}`).blank();
      p.title().blank();
      p.meta(fmtFr(s.date, "'Date de l’article :' d MMMM yyyy '('HH:mm')'"));
      if (s.credit) {
        const url = originalAddress(p);
        p.meta(d.pick([`Consulter l’original : ${url}`, `Adresse de l’article : ${url}`, `→ ${url}`, `Lien permanent vers la source : ${url}`]), `Auteur(e) : ${s.author}`);
      }
      p.blank();
      p.body({
        [p.mid()]: [`Annonce — ${d.pick(['Club de lecture : les romans de la Gaume, mardi 19 h, salle de l’étage', 'Prêt de liseuses : réservation à l’accueil', 'Atelier numérique pour les aînés : inscriptions ouvertes'])}`],
      });
      p.chrome(
        'Cette veille reproduit, à des fins de documentation et de consultation sur place, des articles de presse choisis par les bibliothécaires. Chaque fiche renvoie à l’adresse d’origine de l’article ; les droits appartiennent aux éditeurs, et la reproduction se fait dans le cadre des conventions de lecture publique.',
      ).blank();
      p.chrome(`Ville d’Arlon – Bibliothèque communale – ${yearShown(p)}`, 'Rue du Marché-au-Beurre · 6700 Arlon');
      return bylineIfCredited(p, 'full');
    },
  },
  {
    id: 'nairobi-alliance-review',
    name: 'Revue de presse de l’Alliance française de Nairobi',
    lang: 'fr',
    originals: 15,
    attribution: 'title-suffix',
    canCredit: (canonical) => NAIROBI_SUFFIXES.includes(canonical),
    draw: creditDraw(undefined, [NAIROBI_PRESS, 0.84], [NEAR_NAMES.nairobi, 0.1]),
    render(p) {
      const { d, s } = p;
      p.chrome('ALLIANCE FRANÇAISE DE NAIROBI', 'Revue de presse francophone à l’intention des apprenants et des membres', 'Cours · Médiathèque · Culture · Examens DELF-DALF · Revue de presse').blank();
      p.chrome(`Mot de la semaine : ${d.pick(['« rond-point » (roundabout)', '« carburant » (fuel)', '« cortège » (procession)', '« pouvoir d’achat » (purchasing power)'])}`).blank();
      const suffix = d.pick([(o: string) => ` -- ${o}`, (o: string) => ` ◆ ${o}`, (o: string) => ` [${o}]`]);
      p.title((t) => (s.credit ? `${t}${suffix(s.credit.shown)}` : t)).blank();
      p.meta(fmtFr(s.date, "'Revue de presse ·' EEEE d MMMM yyyy")).blank();
      p.body({ [p.mid()]: [`Médiathèque — ${d.pick(['Nouveaux abonnements : trois quotidiens français en consultation', 'Ciné-club francophone vendredi à 18 h', 'Préparation au DELF B2 : inscriptions closes le 20'])}`] });
      p.chrome('Vocabulaire de l’article : demandez la fiche pédagogique à l’accueil de la médiathèque.').blank();
      p.chrome(
        'Cette revue de presse est préparée chaque semaine par l’équipe pédagogique pour les apprenants de niveau B1 et au-delà. Le nom du journal d’origine suit chaque titre ; les articles sont reproduits à des fins d’enseignement et restent la propriété de leurs éditeurs.',
      ).blank();
      p.chrome(`Alliance française de Nairobi – Loita Street – ${yearShown(p)}`);
      return { author: false, date: 'day' };
    },
  },
  {
    id: 'beauce-coop-magazine',
    name: 'Épis & Sillons',
    lang: 'fr',
    originals: 15,
    attribution: 'source-line',
    draw: creditDraw(undefined, [BEAUCE_PRESS, 0.7], [NEAR_NAMES.beauce, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('ÉPIS & SILLONS', 'Le magazine des adhérents de la coopérative agricole Beauce-Perche', 'Céréales · Élevage · Machinisme · Météo · Vie de la coopérative').blank();
      p.chrome(`Prix de collecte indicatifs : blé ${d.int(170, 195)} €/t · colza ${d.int(350, 380)} €/t · orge ${d.int(160, 185)} €/t`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} (réservé aux adhérents)` : t)).blank();
      p.meta(fmtFr(s.date, "'Mis en ligne :' d MMM yyyy '|' HH 'h' mm")).blank();
      p.body({
        [p.mid()]: [`Petite annonce — ${d.pick(['Vends semoir de 4 m, bon état, visible à Bonneval', 'Cherche chauffeur saisonnier pour la moisson', 'Loue hangar de 600 m² près de Châteaudun'])}`],
      });
      if (s.credit) {
        const o = s.credit.shown;
        p.meta(d.pick([`Source de l’article : ${o}`, `Lu dans : ${o}`, `— Source : ${o} —`, `Sources › ${o}`]), `Rédacteur : ${s.author}`);
      }
      p.blank();
      p.chrome('Commenter (réservé aux adhérents connectés)', `${p.n(20)} commentaires`).blank();
      p.chrome(
        'Épis & Sillons relaie chaque semaine, pour les adhérents, des articles de la presse agricole et régionale utiles à la conduite des exploitations. La source de chaque article figure à la fin du texte. Les prix de collecte affichés sont indicatifs et n’engagent pas la coopérative.',
      ).blank();
      p.chrome(`Coopérative Beauce-Perche – Épis & Sillons – ${yearShown(p)} – Siège : Châteaudun (28)`);
      return bylineIfCredited(p, 'full');
    },
  },
  {
    id: 'poitiers-hospital-letter',
    name: 'Entre Services',
    lang: 'fr',
    originals: 12,
    attribution: 'none',
    chromeOnlyPage: true,
    render(p) {
      const { d, s } = p;
      p.chrome('ENTRE SERVICES', 'La lettre interne des personnels du CHU de Poitiers', 'Intranet › Communication › Lettre interne').blank();
      p.chrome(d.pick(['Revue de presse de la direction de la communication', 'L’actualité sociale vue par la presse', 'À lire avant la relève']));
      p.title().blank();
      p.meta(fmtFr(s.date, "'Diffusée le' d MMMM yyyy 'aux équipes'")).blank();
      p.body({
        [p.mid()]: [
          `Info pratique — ${d.pick(['Parking P3 du site de la Milétrie fermé pour travaux jusqu’au 15', 'Self du personnel : menu régional jeudi midi', 'Vaccination antigrippale : permanence au service de santé au travail'])}`,
        ],
      });
      p.chrome(`Astreinte communication : poste ${d.int(40_000, 49_999)}`).blank();
      p.chrome(
        'Document à usage interne. Cette lettre est envoyée par courriel à l’ensemble des agents de l’établissement et affichée dans les salles de pause des services. Les articles de presse reproduits le sont pour information et ne reflètent pas forcément la position de la direction générale.',
      ).blank();
      p.chrome(`CHU de Poitiers – Direction de la communication – ${yearShown(p)}`, 'Ne pas diffuser à l’extérieur de l’établissement');
      return { author: false, date: 'day' };
    },
  },
];

const JUNK_V18: readonly { name: string; bytes: Uint8Array }[] = [
  { name: 'zip-head', bytes: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]) },
  { name: 'webp-head', bytes: Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 \x18\x00\x00\x00', 'latin1') },
  { name: 'forbidden', bytes: Buffer.from('403 Forbidden\n\nYou don’t have permission to access this resource.\n', 'utf8') },
  { name: 'maintenance', bytes: Buffer.from('Site en maintenance\nNous revenons très vite. Merci de votre patience.\n', 'utf8') },
  { name: 'captcha', bytes: Buffer.from('Vérification de sécurité\nCochez la case pour montrer que vous n’êtes pas un robot.\nJe ne suis pas un robot\n', 'utf8') },
  { name: 'csv-header', bytes: Buffer.from('date;titre;auteur;url\n', 'utf8') },
  { name: 'svg-dot', bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>\n', 'utf8') },
  { name: 'utf16-bom-only', bytes: Buffer.from([0xff, 0xfe]) },
  { name: 'rules', bytes: Buffer.from('――――――――\n════════\n* * *\n', 'utf8') },
  { name: 'js-redirect', bytes: Buffer.from('<script>window.location.href = "/consentement";</script>\n', 'utf8') },
];

// ——— Generation ———

/** The copy of `story` that `host` carries: the first site's credit (or its own name) when the host can show it; maybe headless or cut. */
function carriedBy(d: Dice, story: Story, first: SiteV18, host: SiteV18, others: string[]): Story {
  const origin = story.credit ?? (first.attribution === 'own' ? { canonical: first.name, lookalike: first.lookalike === true } : null);
  const hostCredits = host.attribution !== 'own' && host.attribution !== 'none';
  const shown = origin !== null && hostCredits && (host.canCredit === undefined || host.canCredit(origin.canonical));
  const { body } = story.src;
  const shortened = body.length >= 4 && d.chance(ENDING_MISSING);
  // The Nairobi review names the outlet after the headline: its copies always show one.
  const headline = host.attribution === 'title-suffix' || !d.chance(HEADLINE_MISSING);
  return {
    ...story,
    body: shortened ? body.slice(0, -1) : body,
    headline,
    credit: shown ? shownAs(d, origin.canonical, host.translate, origin.lookalike) : null,
    others,
  };
}

/**
 * Builds the v18 set from clean sources (deterministic for a seed): each site's originals and their copies on
 * up to three other sites, uncredited bare files, chrome-only pages and junk, shuffled, each file in one of
 * several encodings and named by content.
 */
export function generateUnseenV18(pool: readonly UnseenSource[], seed: number = FROZEN_SEED_V18): { files: UnseenFile[]; manifest: UnseenEntry[] } {
  const d = new Dice(makeRng(seed));
  const count = UNCREDITED_V18 + SITES_V18.reduce((n, s) => n + s.originals, 0);
  if (pool.length < count) throw new Error(`unseen sites v18: ${count} clean articles needed, the pool has ${pool.length}`);
  const chosen = d.sample(pool, count);
  const headlines = chosen.map((s) => s.title);
  const elsewhere = (src: UnseenSource): string[] => d.sample(headlines.filter((t) => t !== src.title), 5);
  const stamp = (): TZDate => {
    const day = new Date(FIRST_DAY + d.int(0, DAYS_V18 - 1) * 86_400_000);
    return new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), d.int(6, 21), d.int(0, 59), 0, PARIS_TZ);
  };
  const pages: MadePage[] = [];
  let cursor = 0;
  for (const site of SITES_V18) {
    for (const src of chosen.slice(cursor, cursor + site.originals)) {
      const story: Story = { src, body: src.body, author: d.pick(BYLINES_V18), date: stamp(), headline: true, credit: site.draw?.(d) ?? null, others: elsewhere(src) };
      pages.push(page(site, story, d, false));
      const hosts = d.sample(SITES_V18.filter((h) => h !== site), copyCount(d));
      for (const host of hosts) pages.push(page(host, carriedBy(d, story, site, host, elsewhere(src)), d, false));
    }
    cursor += site.originals;
    if (site.chromeOnlyPage) {
      const any = chosen[0]!;
      pages.push(page(site, { src: any, body: [], author: d.pick(BYLINES_V18), date: stamp(), headline: false, credit: null, others: elsewhere(any) }, d, true));
    }
  }
  for (const src of chosen.slice(cursor)) pages.push(creditsNobody(bareFile(src)));
  for (const junk of JUNK_V18) pages.push(creditsNobody(junkFile(junk)));
  return packFiles(d, pages, ENCODINGS_V18, 'v18-');
}

/** Heading of the v18 table and JSON. */
export const V18_HEADING = 'UNSEEN SITES v18 (frozen 2026-11-30, development data since 21:12: its misses were read)';

/** Generates v18, runs the real ingest on it and prints its figures (without the DEV simulation). */
export const runUnseenEvalV18 = unseenSetRunner(V18_HEADING, generateUnseenV18);

generatorCli(import.meta.url, 'unseen sites v18', generateUnseenV18, FROZEN_SEED_V18);
