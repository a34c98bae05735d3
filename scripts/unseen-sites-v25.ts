/**
 * Generates the FROZEN unseen-sites v25 evaluation set (issue 8): twelve more ordinary news sites, of kinds and places no earlier set had.
 *
 * FROZEN on 2026-12-01 at 04:59 (UTC), written without reading the rules. Written without reading the ingest
 * rules (src/ingest/), the word lists and outlet list (src/data/), the renderer and pages, any score of this set
 * or of any other, or any history of the project (the scorer, src/eval/unseen-sites.ts, was read for its types
 * and what it counts; the set was run through it once, only to see that it completes, its figures unread); of
 * the earlier sets only the shared scaffolding (scripts/unseen-sites.ts, v2's `page` and `SiteV2`,
 * simulate-heldout's `Dice` and encodings, scripts/rng.ts), v19's and v20's generators and tests (for the format
 * and the scaffolding calls, not their sites or wordings) and the site and date-format lists in the headers of
 * v3–v20 (to pick other kinds, places and formats) were read; v21–v24 were not opened. The sites, outlets,
 * credit wordings, translations, title decorations, date formats, time zones, chrome and junk here are new.
 * Nobody tunes rules against it: do not read its misses while changing rules (`--show` stays 0), do not read its
 * templates or wordings while changing rules, do not edit its templates, wordings or seed to move a score. When
 * a case fails, fix the general cause, then freeze a v26 and call this one development data.
 *
 * This header gives counts and classes only: the sites, their places, outlets, wordings, decorations and
 * date formats are deliberately not described here, so that whoever tunes the rules stays blind to them.
 *
 * `npx tsx scripts/unseen-sites-v25.ts --out DIR` only writes the folder and its manifest (the v1 format, with
 * v2's `outletEvidence`); `runUnseenEvalV25` generates it, runs the real ingest and prints its figures.
 *
 * What it holds (with the frozen seed and the public corpus's clean pool; counts vary a little with the pool):
 * - twelve invented sites, eight French-language and four English-language, of kinds and places no earlier set
 *   had: three present articles as their own (masthead and their own staff's byline; one of them has a name
 *   that begins like a real outlet's), six credit an original outlet in a republishing credit or a `Source`-like
 *   line (at the top, inside the text or at its foot, in French and English phrasings, four wordings a site),
 *   one points to the original's address, one keeps the original outlet's name after the headline, one credits
 *   nobody;
 * - 180 originals, about 110 copies of them on one to three other sites (some without their headline, some cut
 *   short, most in another encoding), 10 bare articles, 5 chrome-only pages (to reject) and 10 junk files (to
 *   reject): about 320 files in six text encodings;
 * - long chrome (licence, cookie, paywall, donation, membership and newsletter notices of 25 words or more,
 *   repeated on every page of a site) and short chrome (share, reaction and comment widgets, related-article
 *   links, copyright lines, newsletter prompts, navigation, tickers, in-text advertisements);
 * - about 40 credits naming a real outlet machine-translated word for word (French names into English on two
 *   English-language sites, English and other names into French on four French-language sites, some with the
 *   word order changed), about 50 files whose expected outlet is a look-alike name (kept as written), half of
 *   them credited by a republisher;
 * - title decorations on nine sites (prefix tags, site-name suffixes, notes after the headline), bylines in ten
 *   forms, dates in twelve new formats (two of them the day only) on eight clocks: Paris time (named on one
 *   site, unnamed on three) and seven other zones, each in its standard time of the period; the expected date
 *   is the same instant, written in Paris time (midnight in Paris where the page shows the day only).
 *
 * Expected outlet: v2's convention (who published the article first, as the file credits it), recorded per
 * file in `outletEvidence`: machine-translated names of real outlets expect the real outlet's usual name,
 * look-alike names are kept as written, the site's own name is the outlet only where it shows its masthead and
 * its own staff's byline, the republisher is the site's name whenever the file credits another outlet, and null
 * when nothing credits one. Republishing sites show a byline only beside a credit. Article text is read AT RUN
 * TIME from ../shared/corpus/gilets-jaunes (v1's clean pool, drawn with another seed): no corpus text is stored
 * here.
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

/** The v25 seed: no earlier set drew with it. */
export const FROZEN_SEED_V25 = 20261201_25;
/** Clean articles written with their headline and paragraphs only, crediting nobody. */
const BARE_V25 = 10;
/** Share of copies scraped without their headline line. */
const NO_HEADLINE = 0.3;
/** Share of copies (of bodies with four paragraphs or more) that lose their closing paragraph. */
const NO_ENDING = 0.3;
/** The period: 92 days from 26 November 2018, in Paris winter time (UTC+1), before any zone used here changes its clock. */
const PERIOD_START = Date.UTC(2018, 10, 26);
const PERIOD_DAYS = 92;
const PARIS = 'Europe/Paris';
/** The encodings drawn for the files: plain UTF-8 most often, then Windows-1252, a BOM, CRLF ends and UTF-16 LE. */
const ENCODINGS_V25: readonly Encoding[] = ['utf-8', 'cp1252', 'utf-8-bom', 'utf-8', 'utf-8-crlf', 'utf-16le-bom', 'utf-8', 'cp1252-crlf', 'cp1252', 'utf-8', 'utf-8-bom', 'utf-8'];

/** How many other sites carry a copy of one original (none, most often). */
function copiesOn(d: Dice): number {
  const r = d.next();
  return r < 0.54 ? 0 : r < 0.85 ? 1 : r < 0.96 ? 2 : 3;
}

// ——— People ———

const BYLINES_V25 = [
  'Marie-Ève Bérubé', 'Jean-François Pelletier', 'Josée Robichaud', 'Rémi Chiasson', 'Wideline Pierre', 'Jean-Robert Fleurant',
  'Soizic Payet', 'Johan Hoarau', 'Teva Tetuanui', 'Vaimiti Teriitehau', 'Anne-Sophie Wendling', 'Lukas Weber-Haas',
  'Mathilde Perrier-Favre', 'Grégoire Rey-Bellet', 'Chloe Fitzgerald', 'Liam Nguyen-Tran', 'Ingrid Halvorsen', 'Anders Lindqvist',
  'Heather MacKinnon', 'Océane Grondin',
];

// ——— Outlets ———

const ACADIAN_PRESS = ['L’Acadie Nouvelle', 'Radio-Canada Acadie', 'L’Étoile', 'Le Moniteur acadien', 'Le Devoir', 'La Presse', 'Le Soleil', 'Le Droit', 'Ouest-France', 'Le Monde'];
const MARITIME_EN = ['Telegraph-Journal', 'Times & Transcript', 'The Chronicle Herald', 'CBC News', 'The Daily Gleaner', 'Miramichi Leader', 'Global News'];
const HAITI_PRESS = ['Le Nouvelliste', 'Le National', 'AlterPresse', 'Radio Métropole', 'HaïtiLibre', 'Loop Haïti', 'RFI', 'Le Monde', 'France 24', 'La Presse'];
const AMERICAS_OTHER = ['Miami Herald', 'The Haitian Times', 'Caribbean Journal', 'Jamaica Observer', 'Voice of America', 'Sun Sentinel', 'El Nuevo Herald', 'Diario Libre'];
const REUNION_PRESS = ['Le Quotidien de la Réunion', 'Clicanoo', 'Réunion la 1re', 'Imaz Press Réunion', 'L’Express de Madagascar', 'Midi Madagasikara', 'Le Mauricien', 'Le Monde', 'Le Figaro', 'Libération'];
const INDIAN_OCEAN_EN = ['Seychelles Nation', 'Mail & Guardian', 'News24', 'The Hindu', 'Hindustan Times', 'Daily Nation'];
const SAVOIE_PRESS = ['Le Dauphiné libéré', 'L’Essor savoyard', 'La Savoie', 'Le Messager', 'Montagnes Magazine', 'Alpes Magazine', 'Le Monde', 'Le Figaro', 'Libération', 'La Tribune de Genève'];
const ALPINE_OTHER = ['Corriere della Sera', 'La Gazzetta dello Sport', 'Il Sole 24 Ore', 'Neue Zürcher Zeitung', 'Tages-Anzeiger'];
const ALSACE_CLIPPED = [
  'Dernières Nouvelles d’Alsace', 'L’Alsace', 'Badische Zeitung', 'Baden Online', 'Rue89 Strasbourg', 'Stuttgarter Zeitung', 'Le Monde', 'Libération',
  'Les Échos', 'Le Figaro', 'La Croix', 'L’Est Républicain',
];
const LORRAINE_PRESS = [
  'L’Est Républicain', 'Le Républicain lorrain', 'Vosges Matin', 'Le Monde', 'Le Figaro', 'Libération', 'Les Échos', 'La Croix', 'L’Étudiant',
  'The Conversation France', 'Le Parisien',
];
const BRISBANE_PICKS = [
  'Les Nouvelles calédoniennes', 'La Dépêche de Tahiti', 'Tahiti Infos', 'Le Monde', 'Le Figaro', 'Libération', 'Le Parisien', 'La Voix du Nord',
  'Le Républicain lorrain', 'L’Est Républicain', 'Nice-Matin', 'La Provence',
];
const NORDIC_PICKS = ['Les Échos', 'La Tribune', 'L’Usine nouvelle', 'Challenges', 'Le Journal du Dimanche', 'L’Écho', 'Le Temps', 'Le Monde', 'Ouest-France', 'L’Agefi'];
const NORDIC_OWN = ['Dagens Næringsliv', 'Aftenposten', 'Dagens Industri', 'Børsen'];

/** Invented outlets whose names begin like a known outlet's: the expected outlet is the name as written. */
const LOOKALIKES_V25 = {
  acadian: ['Le Soleil de Lamèque', 'La Presse de la Baie'],
  haiti: ['Le Nouvelliste du Sud', 'Le National des Cayes'],
  reunion: ['Le Quotidien des Hauts', 'Le Mauricien de Rodrigues'],
  savoie: ['Le Dauphiné des Neiges', 'L’Essor des Cimes'],
  brisbane: ['Le Parisien du Pacifique', 'La Provence australe'],
  nordic: ['La Tribune scandinave', 'Le Temps boréal'],
  lorraine: ['Le Républicain des Facs', 'La Croix de Lorraine'],
} as const;
const IS_LOOKALIKE_V25: ReadonlySet<string> = new Set(Object.values(LOOKALIKES_V25).flat());

/** Francophone names as a translation engine renders them in English, word for word (some reorder the words). */
const INTO_EN_V25: Record<string, readonly string[]> = {
  'Les Nouvelles calédoniennes': ['The Caledonian News', 'The News Caledonian'],
  'La Dépêche de Tahiti': ['The Tahiti Dispatch', 'The Dispatch of Tahiti'],
  'Tahiti Infos': ['Tahiti News', 'Tahiti Information'],
  'Le Monde': ['The World'],
  'Libération': ['Liberation', 'The Liberation'],
  'Le Parisien': ['The Parisian'],
  'La Voix du Nord': ['The Voice of the North', 'North Voice'],
  'Le Républicain lorrain': ['The Lorraine Republican', 'The Republican Lorrain'],
  'L’Est Républicain': ['The Republican East', 'The East Republican'],
  'Nice-Matin': ['Nice Morning', 'Morning Nice'],
  'La Provence': ['The Provence'],
  'Les Échos': ['The Echoes'],
  'La Tribune': ['The Tribune', 'The Grandstand'],
  'L’Usine nouvelle': ['The New Factory', 'The Factory New'],
  'Le Journal du Dimanche': ['The Sunday Journal', 'The Journal of Sunday'],
  'L’Écho': ['The Echo'],
  'Le Temps': ['The Time', 'Time'],
  'Ouest-France': ['West France', 'France West'],
};
/** English and other names as a translation engine garbles them in French, word for word (some reorder the words). */
const INTO_FR_V25: Record<string, readonly string[]> = {
  'Telegraph-Journal': ['Le Journal-Télégraphe', 'Télégraphe-Journal'],
  'Times & Transcript': ['Temps et Transcription', 'Les Temps & Transcription'],
  'The Chronicle Herald': ['Le Héraut de la Chronique', 'La Chronique Héraut'],
  'CBC News': ['Nouvelles de la CBC', 'CBC Nouvelles'],
  'The Daily Gleaner': ['Le Glaneur quotidien', 'Le Quotidien Glaneur'],
  'Miramichi Leader': ['Le Chef de Miramichi', 'Leader Miramichi'],
  'Global News': ['Nouvelles mondiales', 'Nouvelles Globales'],
  'Miami Herald': ['Le Héraut de Miami', 'Héraut Miami'],
  'The Haitian Times': ['Les Temps haïtiens', 'Le Temps Haïtien'],
  'Caribbean Journal': ['Journal des Caraïbes', 'Le Journal Caribéen'],
  'Jamaica Observer': ['L’Observateur de la Jamaïque', 'Observateur Jamaïque'],
  'Voice of America': ['La Voix de l’Amérique', 'Voix d’Amérique'],
  'Sun Sentinel': ['Sentinelle du Soleil', 'Le Soleil Sentinelle'],
  'El Nuevo Herald': ['Le Nouveau Héraut', 'Nouveau Héraut'],
  'Diario Libre': ['Journal Libre', 'Le Quotidien Libre'],
  'Seychelles Nation': ['Nation Seychelles', 'La Nation des Seychelles'],
  'Mail & Guardian': ['Courrier & Gardien', 'Le Courrier et le Gardien'],
  'News24': ['Nouvelles24', 'Nouvelles 24'],
  'The Hindu': ['L’Hindou'],
  'Hindustan Times': ['Les Temps de l’Hindoustan', 'Temps Hindoustan'],
  'Daily Nation': ['La Nation quotidienne', 'Nation Quotidienne'],
  'Corriere della Sera': ['Le Courrier du Soir', 'Courrier de la Soirée'],
  'La Gazzetta dello Sport': ['La Gazette du Sport', 'Gazette du Sport'],
  'Il Sole 24 Ore': ['Le Soleil 24 Heures', 'Le Soleil des 24 heures'],
  'Neue Zürcher Zeitung': ['Nouveau Journal de Zurich', 'La Nouvelle Gazette zurichoise'],
  'Tages-Anzeiger': ['L’Indicateur du Jour', 'Indicateur Quotidien'],
};

/** Web hosts of the outlets the cross-border site links to (one outlet per host). */
const HOSTS_V25: Record<string, string> = {
  'Dernières Nouvelles d’Alsace': 'www.dna.fr', 'L’Alsace': 'www.lalsace.fr', 'Badische Zeitung': 'www.badische-zeitung.de', 'Baden Online': 'www.bo.de',
  'Rue89 Strasbourg': 'www.rue89strasbourg.com', 'Stuttgarter Zeitung': 'www.stuttgarter-zeitung.de', 'Le Monde': 'www.lemonde.fr', 'Libération': 'www.liberation.fr',
  'Les Échos': 'www.lesechos.fr', 'Le Figaro': 'www.lefigaro.fr', 'La Croix': 'www.la-croix.com', 'L’Est Républicain': 'www.estrepublicain.fr',
  'Le Républicain lorrain': 'www.republicain-lorrain.fr', 'Vosges Matin': 'www.vosgesmatin.fr', 'Le Parisien': 'www.leparisien.fr', 'Le Devoir': 'www.ledevoir.com',
  'La Presse': 'www.lapresse.ca', 'Le Soleil': 'www.lesoleil.com', 'Le Droit': 'www.ledroit.com', 'L’Acadie Nouvelle': 'www.acadienouvelle.com',
  'Ouest-France': 'www.ouest-france.fr', 'Le Nouvelliste': 'lenouvelliste.com', 'RFI': 'www.rfi.fr', 'France 24': 'www.france24.com',
  'Le Quotidien de la Réunion': 'www.lequotidien.re', 'Clicanoo': 'www.clicanoo.re', 'Le Dauphiné libéré': 'www.ledauphine.com', 'La Tribune': 'www.latribune.fr',
  'Nice-Matin': 'www.nicematin.com', 'La Provence': 'www.laprovence.com', 'La Voix du Nord': 'www.lavoixdunord.fr', 'Le Temps': 'www.letemps.ch',
  'La Tribune de Genève': 'www.tdg.ch', 'Neue Zürcher Zeitung': 'www.nzz.ch', 'Corriere della Sera': 'www.corriere.it',
};

type Into = SiteV2['translate'];

/** A v25 site: a v2 site, plus which originals its way of crediting can show on a copy (all when absent). */
interface SiteV25 extends SiteV2 {
  canShow?: (canonical: string) => boolean;
}

/** The credit a site printing in `into`'s language shows for `canonical`: translated word for word, or as written. */
function creditAsPrinted(d: Dice, canonical: string, into: Into, lookalike = IS_LOOKALIKE_V25.has(canonical)): Credit {
  const table: Record<string, readonly string[]> | undefined = into === undefined ? undefined : into.into === 'en' ? INTO_EN_V25 : INTO_FR_V25;
  const forms = table?.[canonical];
  const translated = forms !== undefined && into !== undefined && d.chance(into.share);
  return { canonical, shown: translated ? d.pick(forms) : canonical, translated, lookalike };
}

/** Picks an original's credit from weighted lists of outlets; whatever weight is left credits nobody. */
function weightedCredits(into: Into, ...lists: (readonly [readonly string[], number])[]): (d: Dice) => Credit | null {
  return (d) => {
    const roll = d.next();
    let upTo = 0;
    for (const [names, weight] of lists) {
      upTo += weight;
      if (roll < upTo) return creditAsPrinted(d, d.pick(names), into);
    }
    return null;
  };
}

// ——— Template helpers ———

const yearV25 = (p: Page): string => fmtFr(p.s.date, 'yyyy');
/** A republisher names the original's writer only beside the credit. */
const writerIfCredited = (p: Page, date: Shown['date']): Shown => ({ author: p.s.credit !== null, date });
/** The story's moment on another clock (the same instant). */
const onClock = (p: Page, zone: string): TZDate => new TZDate(p.s.date.getTime(), zone);
/** Two digits. */
const two = (n: number): string => String(n).padStart(2, '0');
/** The original's address on its outlet's site, in one of three URL shapes. */
function addressOf(p: Page): string {
  const { d, s } = p;
  const host = HOSTS_V25[s.credit!.canonical]!;
  const words = slug(s.src.title);
  return d.pick([
    () => `https://${host}/${d.pick(['politique', 'societe', 'region', 'economie'])}/${fmtFr(s.date, 'yyyy/MM/dd')}/${words}`,
    () => `https://${host}/${words}-${d.int(100_000, 999_999)}.php`,
    () => `https://${host}/art/${d.int(1_000_000, 9_999_999)}?titre=${words}`,
  ])();
}
/**
 * The body with `lines` (a credit: meta) after paragraph `at`, which is never the last, and chrome inserts where
 * Page.body would put them.
 */
function bodyWithCredit(p: Page, at: number, lines: readonly string[], inserts: Record<number, string[]> = {}): void {
  if (p.chromeOnly) return;
  const { body } = p.s;
  for (const [i, text] of body.entries()) {
    p.out.push({ kind: 'body', text });
    p.blank();
    if (i === at && i < body.length - 1 && lines.length > 0) p.meta(...lines).blank();
    const ins = inserts[i];
    if (ins && i < body.length - 1) p.chrome(...ins).blank();
  }
}

// ——— The twelve sites ———

export const SITES_V25: readonly SiteV25[] = [
  {
    id: 'estuary-local',
    name: 'L’Express de la Mitis',
    lang: 'fr',
    originals: 15,
    attribution: 'own',
    lookalike: true,
    chromeOnlyPage: true,
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Nous utilisons des témoins (cookies) pour mesurer l’achalandage du site, mémoriser vos préférences et vous présenter les publicités des commerces de la Mitis et du Bas-Saint-Laurent. En poursuivant votre visite, vous acceptez leur utilisation.',
        'J’accepte',
        'Gérer mes témoins',
      ).blank();
      p.chrome('L’EXPRESS DE LA MITIS', 'Mont-Joli · Sainte-Flavie · Métis-sur-Mer · Price · Sports · Nécrologie · Petites annonces', 'Connexion | Abonnement').blank();
      p.chrome(`Route 132 : ${d.pick(['chaussée glacée entre Sainte-Luce et Mont-Joli', 'circulation normale', 'poudrerie, visibilité réduite'])} · Traversier : ${d.pick(['horaire d’hiver en vigueur', 'départs annulés en raison des glaces', 'service normal'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `EN PRIMEUR – ${t}` : t)).blank();
      p.meta(`Texte et photos : ${s.author}`, fmtFr(onClock(p, 'America/Toronto'), "'Publié le' d MMMM yyyy', à' H 'h' mm '(heure de l’Est)'")).blank();
      p.body({ [p.mid()]: [`À lire aussi : ${p.related(1)[0]!}`] });
      p.chrome(`J’aime (${p.n(80)}) · Partager · Commenter`).blank();
      p.chrome(
        'Abonnez-vous gratuitement à l’infolettre de L’Express de la Mitis : chaque jeudi, les nouvelles de votre municipalité, les avis de décès, les résultats sportifs et les activités de la fin de semaine, directement dans votre boîte de courriel.',
        'Je m’abonne à l’infolettre',
      ).blank();
      p.chrome('Les plus consultés', ...p.related(2)).blank();
      p.chrome(`© ${yearV25(p)} L’Express de la Mitis – Tous droits réservés – Reproduction interdite sans l’autorisation écrite de l’éditeur`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'acadian-peninsula',
    name: 'Baie des Chaleurs Info',
    lang: 'fr',
    originals: 16,
    attribution: 'credit',
    chromeOnlyPage: true,
    translate: { into: 'fr', share: 0.85 },
    draw: weightedCredits({ into: 'fr', share: 0.85 }, [ACADIAN_PRESS, 0.38], [MARITIME_EN, 0.38], [LOOKALIKES_V25.acadian, 0.12]),
    render(p) {
      const { d, s } = p;
      p.chrome('BAIE DES CHALEURS INFO', 'Le site d’information de la Péninsule acadienne', 'Caraquet · Shippagan · Lamèque · Tracadie · Bathurst · Pêches · Culture · Sports').blank();
      p.chrome(`Pleine mer à Caraquet : ${d.int(0, 23)} h ${two(d.int(0, 59))} · Pont de Lamèque : ${d.pick(['ouvert', 'vents forts, prudence', 'fermé aux camions'])} · ${d.int(-24, 2)} °C`).blank();
      p.title((t) => (d.chance(0.3) ? `Nouvelles d’ici : ${t}` : t)).blank();
      p.meta(fmtFr(onClock(p, 'America/Moncton'), "'Caraquet,' EEE d MMM yyyy '–' HH'h'mm 'HNA'"));
      p.credit([
        (o) => `Ce reportage nous vient ${de(o)}.`,
        (o) => `Partenariat de contenu avec ${o}`,
        (o) => `Article reproduit grâce à une entente avec ${o}.`,
        (o) => `${o} a publié ce texte en primeur.`,
      ]);
      if (s.credit) p.meta(`Signé ${s.author}`);
      p.blank();
      p.body({
        [p.mid()]: [`Babillard — ${d.pick(['Souper au homard de la Légion, samedi à Bas-Caraquet', 'Cherche aide-pêcheur pour la saison du crabe', 'Cours d’anglais du soir à la polyvalente, inscriptions ouvertes'])}`],
      });
      p.chrome(`${p.n(60)} réactions · Réagir à cet article`).blank();
      p.chrome('Sur le même sujet', ...p.related(2)).blank();
      p.chrome(
        'Les textes de Baie des Chaleurs Info sont diffusés sous licence Creative Commons BY-NC-ND 4.0 : vous pouvez les partager en citant la source, sans les modifier ni en faire un usage commercial. Les articles de nos partenaires restent soumis à leurs propres conditions.',
      ).blank();
      p.chrome(`Baie des Chaleurs Info ${yearV25(p)} · boulevard Saint-Pierre Ouest, Caraquet (N.-B.) · Nous joindre`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'haiti-portal',
    name: 'Lakou Info',
    lang: 'fr',
    originals: 16,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.85 },
    draw: weightedCredits({ into: 'fr', share: 0.85 }, [HAITI_PRESS, 0.37], [AMERICAS_OTHER, 0.38], [LOOKALIKES_V25.haiti, 0.12]),
    render(p) {
      const { d, s } = p;
      p.chrome('LAKOU INFO', 'L’actualité d’Haïti et de sa diaspora', 'Nation · Politique · Économie · Diaspora · Culture · Sport · Opinions').blank();
      p.chrome(`Taux de référence BRH : 1 $ US = ${d.int(76, 88)},${two(d.int(0, 99))} gourdes · ${d.pick(['Route de Delmas : embouteillages', 'Électricité : coupures annoncées à Pétion-Ville', 'Port-au-Prince : 31 °C, ciel dégagé'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} — Lakou Info` : t)).blank();
      p.meta(fmtFr(onClock(p, 'America/Port-au-Prince'), "'Publié le' EEEE d MMMM yyyy 'à' HH:mm '(heure de Port-au-Prince)'")).blank();
      const credit = s.credit
        ? [
            d.pick([
              (o: string) => `(Cet article a paru dans ${o} ; Lakou Info le reprend avec autorisation.)`,
              (o: string) => `— Avec ${o} —`,
              (o: string) => `Un article de nos partenaires ${de(o)}.`,
              (o: string) => `Crédit : ${o}`,
            ])(s.credit.shown),
            `Par : ${s.author}`,
          ]
        : [];
      bodyWithCredit(p, p.mid(), credit, {
        [p.s.body.length - 2]: [`Publicité — ${d.pick(['Envoyez de l’argent à vos proches en dix minutes, sans frais ce mois-ci', 'Génératrices et panneaux solaires en promotion à Delmas 33', 'Cours de programmation en ligne, certificat reconnu'])}`],
      });
      p.chrome(
        'Lakou Info est un média indépendant qui ne reçoit aucune subvention publique. Pour que nos journalistes continuent de couvrir Haïti au plus près, soutenez-nous par un don mensuel, même modeste : chaque contribution compte.',
        'Je fais un don',
      ).blank();
      p.chrome(`Commentaires (${p.n(50)})`, 'Connectez-vous pour commenter').blank();
      p.chrome(`Lakou Info © ${yearV25(p)} · Pétion-Ville, Haïti · Tous droits réservés`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'reunion-south',
    name: 'Kaz Info Sud',
    lang: 'fr',
    originals: 15,
    attribution: 'credit',
    chromeOnlyPage: true,
    translate: { into: 'fr', share: 0.85 },
    draw: weightedCredits({ into: 'fr', share: 0.85 }, [REUNION_PRESS, 0.38], [INDIAN_OCEAN_EN, 0.36], [LOOKALIKES_V25.reunion, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Kaz Info Sud et ses partenaires utilisent des cookies pour mesurer l’audience, afficher des publicités adaptées et permettre le partage sur les réseaux sociaux. Vous pouvez accepter, refuser ou choisir finalité par finalité ; votre choix est conservé six mois.',
        'Accepter',
        'Refuser',
        'Choisir',
      ).blank();
      p.chrome('KAZ INFO SUD', 'Saint-Pierre · Le Tampon · Saint-Joseph · Saint-Louis · Les Avirons · Océan Indien', 'Actu | Sport | Kiltir | Annonces').blank();
      p.chrome(`Vigilance : ${d.pick(['pas d’alerte cyclonique en cours', 'fortes pluies sur les hauts du Sud', 'houle australe, baignade déconseillée'])} · Route du Littoral : ${d.pick(['basculement en vigueur', 'circulation fluide', 'fermée la nuit'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} · Kaz Info Sud` : t)).blank();
      p.meta(fmtFr(onClock(p, 'Indian/Reunion'), "HH'h'mm', le' dd/MM/yyyy '(heure de La Réunion)'")).blank();
      p.body({
        [p.mid()]: [`Annonce — ${d.pick(['Case à louer au Tampon, trois chambres, varangue', 'Samoussas et bouchons pour vos fêtes, commandes au marché couvert', 'Cours de maloya pour débutants le mercredi soir'])}`],
      });
      p.credit([
        (o) => `Article original : ${o}`,
        (o) => `Ce texte est tiré ${de(o)}.`,
        (o) => `Publié initialement sur le site ${de(o)}.`,
        (o) => `© ${o} – reproduit avec l’accord de sa rédaction`,
      ]);
      if (s.credit) p.meta(`Rédaction : ${s.author}`);
      p.blank();
      p.chrome('Partagez : Facebook · WhatsApp · Courriel').blank();
      p.chrome(`Vos réactions (${p.n(70)})`, 'Les propos injurieux sont supprimés.').blank();
      p.chrome(`Kaz Info Sud · ${yearV25(p)} · rue des Bons-Enfants, Saint-Pierre (974) · Mentions légales`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'papeete-portal',
    name: 'Vaiete Info',
    lang: 'fr',
    originals: 14,
    attribution: 'own',
    render(p) {
      const { d, s } = p;
      p.chrome('VAIETE INFO', 'Ia ora na ! L’actualité de Tahiti et des îles', 'Fenua · Îles · Politique · Économie · Va’a · Culture · Annonces').blank();
      p.chrome(`Papeete ${d.int(26, 32)} °C · ${d.pick(['Houle de 2,5 m sur la côte est', 'Alerte fortes pluies sur Tahiti et Moorea', 'Temps ensoleillé sur les Tuamotu'])} · 1 € = 119,33 XPF`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} + VIDÉO` : t)).blank();
      p.meta(fmtFr(onClock(p, 'Pacific/Tahiti'), "EEEE d MMMM yyyy '·' HH:mm '(heure de Tahiti, UTC−10)'"), `Reportage de ${s.author}`).blank();
      p.body({ [p.mid()]: [`À voir aussi sur Vaiete Info : ${p.related(1)[0]!}`] });
      p.chrome(
        'Cet article vous est offert. Pour lire tous nos reportages dans les îles, nos enquêtes et nos vidéos sans publicité, abonnez-vous à Vaiete Info : le premier mois est à 100 francs, sans engagement, résiliable en ligne à tout moment.',
        'Je m’abonne',
      ).blank();
      p.chrome(`Partager · Māuruuru pour votre lecture · ${p.n(40)} commentaires`).blank();
      p.chrome(`Vaiete Info © ${yearV25(p)} — Papeete, Polynésie française — Tous droits réservés`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'rhine-crossborder',
    name: 'Deux Rives Info',
    lang: 'fr',
    originals: 16,
    attribution: 'url-host',
    canShow: (canonical) => canonical in HOSTS_V25,
    draw: weightedCredits(undefined, [ALSACE_CLIPPED, 0.9]),
    render(p) {
      const { d, s } = p;
      p.chrome('DEUX RIVES INFO', 'Le site transfrontalier de l’Eurodistrict Strasbourg-Ortenau · Das grenzüberschreitende Portal', 'Strasbourg · Kehl · Offenburg · Emploi frontalier · Santé · Transports').blank();
      p.chrome(`Tram D Strasbourg–Kehl : ${d.pick(['service normal', 'perturbations au pont du Rhin', 'fréquence réduite le soir'])} · Diesel à Kehl : 1,${d.int(25, 39)} € · Pont Pflimlin : ${d.pick(['fluide', 'bouchons vers l’Allemagne'])}`).blank();
      p.title().blank();
      p.meta(fmtFr(s.date, "dd.MM.yyyy '|' HH.mm 'Uhr MEZ'"));
      if (s.credit) {
        const url = addressOf(p);
        p.meta(d.pick([`Zum Originalartikel / Vers l’article original : ${url}`, `Quelle / Source : ${url}`, `🔗 ${url}`, `Article complet chez l’éditeur ➜ ${url}`]), `Autor / Auteur : ${s.author}`);
      }
      p.blank();
      p.body({ [p.mid()]: [`Anzeige / Annonce — ${d.pick(['Frontaliers : votre déclaration d’impôts allemande en 48 heures', 'Cours d’allemand intensifs à Kehl, niveau A2 à B2', 'Mutuelle santé spéciale travailleurs frontaliers'])}`] });
      p.chrome('Teilen / Partager : Facebook · X · LinkedIn · E-Mail').blank();
      p.chrome(
        'Deux Rives Info signale chaque jour des articles de la presse alsacienne, badoise et nationale utiles aux frontaliers. Nous n’en reproduisons que des extraits ; l’article complet reste accessible chez son éditeur à l’adresse indiquée.',
      ).blank();
      p.chrome(`Deux Rives Info e.V. · ${yearV25(p)} · Impressum · Mentions légales · Datenschutz`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'savoie-mountain-mag',
    name: 'Cimes & Vallées',
    lang: 'fr',
    originals: 15,
    attribution: 'source-line',
    chromeOnlyPage: true,
    translate: { into: 'fr', share: 0.8 },
    draw: weightedCredits({ into: 'fr', share: 0.8 }, [SAVOIE_PRESS, 0.47], [ALPINE_OTHER, 0.28], [LOOKALIKES_V25.savoie, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('CIMES & VALLÉES', 'Le magazine de la montagne savoyarde', 'Maurienne · Tarentaise · Beaufortain · Bauges · Ski · Alpinisme · Patrimoine').blank();
      p.chrome(`Risque d’avalanche : ${d.int(1, 4)}/5 en Haute-Tarentaise · Col de l’Iseran : fermé · Tunnel du Fréjus : ${d.pick(['circulation normale', 'attente de 20 minutes', 'chaînes obligatoires à l’approche'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} (Premium)` : t)).blank();
      p.meta(fmtFr(s.date, `'Publié le' d MMMM yyyy '•' HH:mm '• Lecture ${d.int(2, 9)} min'`));
      const top = s.credit !== null && d.chance(0.4);
      const source = s.credit
        ? [d.pick([`Source : ${s.credit.shown}`, `D’après ${s.credit.shown}`, `Source originale – ${s.credit.shown}`, `(Source : ${s.credit.shown})`]), `Rédigé par ${s.author}`]
        : [];
      if (top) p.meta(...source);
      p.blank();
      p.body({
        [p.mid()]: [`Partenaire — ${d.pick(['Location de skis de randonnée à Bourg-Saint-Maurice, -20 % en semaine', 'Refuge gardé tout l’hiver au-dessus de Pralognan : réservez', 'Stage d’initiation à la cascade de glace en Maurienne'])}`],
      });
      if (!top && source.length > 0) p.meta(...source).blank();
      p.chrome(
        'Vous lisez un article de Cimes & Vallées. Notre magazine vit uniquement de ses abonnés : pour 4 euros par mois, accédez à tous nos dossiers, topos et portfolios, et recevez chaque trimestre le numéro papier chez vous.',
        'S’abonner',
      ).blank();
      p.chrome('Vous aimerez aussi', ...p.related(2)).blank();
      p.chrome(`Cimes & Vallées — Chambéry — ${yearV25(p)} — Conditions générales — Contact`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'university-review',
    name: 'Campus Lorraine – Revue de presse',
    lang: 'fr',
    originals: 15,
    attribution: 'title-suffix',
    draw: weightedCredits(undefined, [LORRAINE_PRESS, 0.76], [LOOKALIKES_V25.lorraine, 0.12]),
    render(p) {
      const { d, s } = p;
      p.chrome('CAMPUS LORRAINE', 'Revue de presse du service communication', 'Intranet › Actualités › Revue de presse · Annuaire · ENT · Bibliothèques').blank();
      p.chrome(`Campus : ${d.pick(['fermeture administrative du 24 décembre au 2 janvier', 'partiels du premier semestre en cours', 'journée portes ouvertes le 2 février'])} · Restaurant universitaire : ${d.pick(['ouvert jusqu’à 14 h', 'menu végétarien ce jour', 'fermé pour travaux'])}`).blank();
      const after = d.pick([(o: string) => ` • ${o}`, (o: string) => ` [via ${o}]`, (o: string) => ` – ${o}, extrait`]);
      p.title((t) => (s.credit ? `${t}${after(s.credit.shown)}` : t)).blank();
      p.meta(fmtFr(s.date, "'Veille du' d MMM yyyy")).blank();
      p.body();
      p.chrome(
        'Revue de presse à usage interne réalisée par le service communication. Les articles sont reproduits dans le cadre du contrat conclu avec le Centre français d’exploitation du droit de copie ; toute rediffusion hors de l’université est interdite.',
      ).blank();
      p.chrome('Le nom du journal figure après le titre de chaque article.', 'Proposer un article à la revue de presse').blank();
      p.chrome(`Campus Lorraine · service communication · ${yearV25(p)}`);
      return { author: false, date: 'day' };
    },
  },
  {
    id: 'brisbane-desk',
    name: 'Riverlight Dispatch',
    lang: 'en',
    originals: 16,
    attribution: 'credit',
    chromeOnlyPage: true,
    translate: { into: 'en', share: 0.8 },
    draw: weightedCredits({ into: 'en', share: 0.8 }, [BRISBANE_PICKS, 0.74], [LOOKALIKES_V25.brisbane, 0.12]),
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Riverlight Dispatch uses cookies and similar technologies to understand how our stories are read, to keep you signed in and to show relevant advertising. By continuing to browse you agree to our use of cookies under our privacy policy.',
        'OK',
        'Manage preferences',
      ).blank();
      p.chrome('RIVERLIGHT DISPATCH', 'Europe and the French Pacific, translated for Australian readers', 'World | Pacific | Europe | Business | Culture | Newsletters').blank();
      p.chrome(`Brisbane ${d.int(24, 34)}°C · ${d.pick(['storms likely this afternoon', 'humid and sunny', 'UV index extreme'])} · AUD/EUR 0.${d.int(60, 64)}`).blank();
      p.title((t) => (d.chance(0.3) ? `Europe Watch » ${t}` : t)).blank();
      p.meta(fmtEn(onClock(p, 'Australia/Brisbane'), "'First published' dd/MM/yyyy h:mmaaa 'AEST'"));
      const top = s.credit !== null && d.chance(0.5);
      const credit = s.credit
        ? [
            d.pick([
              (o: string) => `Originally reported by ${o} and translated for Australian readers.`,
              (o: string) => `This story was first carried by ${o}.`,
              (o: string) => `Translated from the French original in ${o}.`,
              (o: string) => `Reproduced with permission from ${o}.`,
            ])(s.credit.shown),
            `Reporting by ${s.author}`,
          ]
        : [];
      if (top) p.meta(...credit);
      p.blank();
      p.body({ [p.mid()]: [`Advertisement — ${d.pick(['Learn French in 12 weeks at the Alliance in New Farm', 'Direct flights Brisbane–Nouméa from $399 return', 'Your super, simplified: compare funds today'])}`] });
      if (!top && credit.length > 0) p.meta(...credit).blank();
      p.chrome(`Share on Facebook · Share on X · Email · ${p.n(30)} comments`).blank();
      p.chrome(
        'Riverlight Dispatch brings French and Pacific journalism to English-speaking readers. Our translations are produced with machine assistance, including the names of the publications we credit, and reviewed by an editor in Brisbane.',
      ).blank();
      p.chrome(`© ${yearV25(p)} Riverlight Dispatch Pty Ltd · ABN 51 824 753 556 · Terms · Privacy`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'nordic-wire',
    name: 'Skagerrak Business Wire',
    lang: 'en',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'en', share: 0.8 },
    draw: weightedCredits({ into: 'en', share: 0.8 }, [NORDIC_PICKS, 0.62], [NORDIC_OWN, 0.1], [LOOKALIKES_V25.nordic, 0.12]),
    render(p) {
      const { d, s } = p;
      p.chrome('SKAGERRAK BUSINESS WIRE', 'French and Nordic business news for institutional subscribers', 'Markets · Energy · Shipping · Seafood · Policy · Corrections').blank();
      p.chrome(`OSEBX ${d.int(820, 910)}.${two(d.int(0, 99))} · OMXS30 ${d.int(1450, 1620)}.${two(d.int(0, 99))} · Brent $${d.int(52, 66)}.${two(d.int(0, 99))} · EUR/NOK 9.${two(d.int(60, 95))}`).blank();
      p.title((t) => (d.chance(0.3) ? `WIRE/FR | ${t}` : t)).blank();
      p.meta(fmtEn(onClock(p, 'UTC'), "'Released' yyyy-MM-dd'T'HH:mm'Z'"));
      const dateline = s.credit !== null && d.chance(0.4);
      if (s.credit && dateline) p.meta(`PARIS (${s.credit.shown}) –`, `Original reporting: ${s.author}`);
      p.blank();
      p.body();
      if (s.credit && !dateline) {
        p.meta(
          d.pick([
            (o: string) => `Story sourced from ${o}; machine translation by Skagerrak Business Wire.`,
            (o: string) => `Credit: ${o} (France)`,
            (o: string) => `Original publisher: ${o}`,
          ])(s.credit.shown),
          `Original reporting: ${s.author}`,
        ).blank();
      }
      p.chrome(
        'This content is licensed to subscribers of Skagerrak Business Wire for internal use only. Redistribution, republication or framing, including by automated means, is prohibited without prior written consent. Translated names of publications are provided for convenience.',
      ).blank();
      p.chrome('Contact the newsroom · Report an error · Subscriber terms').blank();
      p.chrome(`© ${yearV25(p)} Skagerrak Business Wire AS, Oslo`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'townships-weekly',
    name: 'The Memphremagog Ledger',
    lang: 'en',
    originals: 14,
    attribution: 'own',
    render(p) {
      const { d, s } = p;
      p.chrome('THE MEMPHREMAGOG LEDGER', 'Serving the English-speaking community of Magog, Stanstead and the Eastern Townships', 'Local | Regional | Quebec | Arts | Sports | Obituaries | Classifieds').blank();
      p.chrome(`Magog ${d.int(-28, 1)}°C · ${d.pick(['Lake Memphremagog ice fishing village open', 'Autoroute 55: icy patches near Rock Forest', 'Mount Orford: 54 trails open'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} – UPDATED` : t)).blank();
      p.meta(`Story by ${s.author}`, fmtEn(onClock(p, 'America/Toronto'), "'Published' h:mm a 'EST,' d MMMM yyyy")).blank();
      p.body({ [p.mid()]: [`READ MORE: ${p.related(1)[0]!}`] });
      p.chrome(
        'The Ledger is an independent community newspaper. To keep local English-language reporting alive in the Townships, we ask readers who can afford it to become members from $5 a month. Members receive the print edition and our Friday newsletter.',
        'Become a member',
      ).blank();
      p.chrome(`Like · Share · ${p.n(25)} replies`).blank();
      p.chrome(`© ${yearV25(p)} The Memphremagog Ledger · Main Street West, Magog, Quebec · All rights reserved`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'dordogne-expat-newsletter',
    name: 'The Bastide Gazette',
    lang: 'en',
    originals: 13,
    attribution: 'none',
    render(p) {
      const { d, s } = p;
      p.chrome('THE BASTIDE GAZETTE', 'News and notes for English speakers in the Dordogne and Lot-et-Garonne', 'Home » Newsletter archive » French news').blank();
      p.chrome(`This week: ${d.pick(['quiz night at the Monpazier café on Thursday', 'carol service in Eymet church on Sunday', 'market day moved to Saturday in Issigeac'])} · ${d.pick(['Bergerac airport: winter timetable', 'Bin collection delayed by the holiday', 'Chimney sweeping deadline reminder'])}`).blank();
      p.title().blank();
      p.meta(fmtEn(s.date, "'Newsletter of' EEEE 'the' do 'of' MMMM, yyyy")).blank();
      p.body({ [p.mid()]: [`Small ads — ${d.pick(['English-speaking plumber, Villeréal area, no job too small', 'Wanted: lift to Bordeaux airport on the 14th', 'Log splitter for sale, barely used'])}`] });
      p.chrome(
        'The Bastide Gazette is put together by volunteers and sent free to subscribers. We pick French news stories we think matter to our readers; we do not claim to report them ourselves. To unsubscribe, reply with the word STOP.',
      ).blank();
      p.chrome('Forward to a friend · Update your preferences · Unsubscribe').blank();
      p.chrome(`The Bastide Gazette · ${yearV25(p)} · Association loi 1901, Monpazier`);
      return { author: false, date: 'day' };
    },
  },
];

const JUNK_V25: readonly { name: string; bytes: Uint8Array }[] = [
  { name: 'gzip-head', bytes: Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xcb, 0x48, 0xcd, 0xc9, 0xc9, 0x07, 0x00]) },
  { name: 'gif-head', bytes: Buffer.from('GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,', 'latin1') },
  { name: 'mp3-id3', bytes: Buffer.from('ID3\x04\x00\x00\x00\x00\x00\x23TSSE\x00\x00\x00\x0f\x00\x00\x03Lavf58.29.100\x00\xff\xfb\x90\x64', 'latin1') },
  { name: 'ds-store', bytes: Buffer.from('\x00\x00\x00\x01Bud1\x00\x00\x10\x00\x00\x00\x08\x00\x00\x00\x10\x00\x00\x00\x02\x0b', 'latin1') },
  { name: 'json-error', bytes: Buffer.from('{"error":"rate_limited","message":"Too many requests, slow down.","retry_after":60}\n', 'utf8') },
  { name: 'robots', bytes: Buffer.from('User-agent: *\nDisallow: /wp-admin/\nDisallow: /recherche/\nSitemap: https://example.org/sitemap.xml\n', 'utf8') },
  { name: 'meta-refresh', bytes: Buffer.from('<!DOCTYPE html>\n<html><head><meta http-equiv="refresh" content="0; url=/accueil"></head><body></body></html>\n', 'utf8') },
  { name: 'rss-empty', bytes: Buffer.from('<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Flux</title><link>https://example.org/</link></channel></rss>\n', 'utf8') },
  { name: 'browser-check', bytes: Buffer.from('Vérification de votre navigateur avant d’accéder au site.\nCe processus est automatique. Vous serez redirigé dans cinq secondes.\nID de la requête : 4f2a9c1e7b\n', 'utf8') },
  { name: 'csv-header', bytes: Buffer.from('titre;date;auteur;url\r\n', 'utf8') },
];

// ——— Generation ———

/** The copy of `story` that `host` carries: the first site's credit (or its own name) when the host can show it; maybe headless or cut. */
function copyOnto(d: Dice, story: Story, first: SiteV25, host: SiteV25, others: string[]): Story {
  const firstOwn = first.attribution === 'own' ? { canonical: first.name, lookalike: first.lookalike === true } : null;
  const origin = story.credit ?? firstOwn;
  const hostNames = host.attribution !== 'own' && host.attribution !== 'none';
  const named = origin !== null && hostNames && (host.canShow?.(origin.canonical) ?? true);
  const lastDropped = story.src.body.length >= 4 && d.chance(NO_ENDING);
  // The press review names the outlet after the headline: its copies always show one.
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
 * Builds the v25 set from clean sources (deterministic for a seed): each site's originals and their copies on
 * up to three other sites, uncredited bare files, chrome-only pages and junk, shuffled, each file in one of
 * several encodings and named by content.
 */
export function generateUnseenV25(pool: readonly UnseenSource[], seed: number = FROZEN_SEED_V25): { files: UnseenFile[]; manifest: UnseenEntry[] } {
  const d = new Dice(makeRng(seed));
  const wanted = BARE_V25 + SITES_V25.reduce((n, s) => n + s.originals, 0);
  if (pool.length < wanted) throw new Error(`unseen sites v25: ${wanted} clean articles needed, the pool has ${pool.length}`);
  const picked = d.sample(pool, wanted);
  const allTitles = picked.map((s) => s.title);
  const otherTitles = (src: UnseenSource): string[] => d.sample(allTitles.filter((t) => t !== src.title), 5);
  const when = (): TZDate => {
    const day = new Date(PERIOD_START + d.int(0, PERIOD_DAYS - 1) * 86_400_000);
    return new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), d.int(6, 21), d.int(0, 59), 0, PARIS);
  };
  const out: MadePage[] = [];
  let from = 0;
  for (const site of SITES_V25) {
    const originals = picked.slice(from, from + site.originals);
    from += site.originals;
    for (const src of originals) {
      const story: Story = { src, body: src.body, author: d.pick(BYLINES_V25), date: when(), headline: true, credit: site.draw?.(d) ?? null, others: otherTitles(src) };
      out.push(page(site, story, d, false));
      const hosts = d.sample(SITES_V25.filter((h) => h !== site), copiesOn(d));
      for (const host of hosts) out.push(page(host, copyOnto(d, story, site, host, otherTitles(src)), d, false));
    }
    if (site.chromeOnlyPage) {
      const stand = picked[0]!;
      out.push(page(site, { src: stand, body: [], author: d.pick(BYLINES_V25), date: when(), headline: false, credit: null, others: otherTitles(stand) }, d, true));
    }
  }
  for (const src of picked.slice(from)) out.push(creditsNobody(bareFile(src)));
  for (const junk of JUNK_V25) out.push(creditsNobody(junkFile(junk)));
  return packFiles(d, out, ENCODINGS_V25, 'v25-');
}

/** Heading of the v25 table and JSON. */
export const V25_HEADING = 'UNSEEN SITES v25 (frozen 2026-12-01)';

/** Generates v25, runs the real ingest on it and prints its figures (without the DEV simulation). */
export const runUnseenEvalV25 = unseenSetRunner(V25_HEADING, generateUnseenV25);

generatorCli(import.meta.url, 'unseen sites v25', generateUnseenV25, FROZEN_SEED_V25);
