/**
 * Generates the FROZEN unseen-sites v23 evaluation set (issue 8): twelve more ordinary news sites, of kinds and places no earlier set had.
 *
 * FROZEN on 2026-12-01 (v23), at 02:40 UTC, written without reading the rules. Written without reading the ingest
 * rules (src/ingest/), the word lists and outlet list (src/data/), the renderer and pages, the scorer beyond its
 * types (the `UnseenEntry` type of src/eval/unseen-sites.ts only), any score of this set or of any other, the
 * benchmark files, the README, the notes, or any history of the project; of the earlier sets only the shared
 * scaffolding (scripts/unseen-sites.ts, v2's `page` and `SiteV2`, simulate-heldout's `Dice` and encodings,
 * scripts/rng.ts, the shared test helpers of tests/unit/unseen-answers.ts), v22's and v21's generators and v22's
 * test (for the format and the scaffolding calls, not their sites or wordings) and the site lists in the headers
 * of v21 and v22 were read; earlier sets were only searched for the place and kind names considered here, to
 * leave out those already used. The wiring of src/cli/eval.ts was looked at to name its new lines, nothing else
 * there. The sites, outlets, credit wordings, translations, title decorations, date formats, time zones and
 * chrome here are new. Nobody tunes rules against it: do not read its misses while changing rules (`--show`
 * stays 0), do not edit its templates, wordings or seed to move a score. When a case fails, fix the general
 * cause, then freeze a v24 and call this one development data.
 *
 * `npm run eval:unseen` scores v1 to v22 then this set (`npm run eval:unseen:v23`, or `npm run eval -- --unseen
 * --unseen-set v23`, for this one only); `npx tsx scripts/unseen-sites-v23.ts --out DIR` only writes the folder
 * and its manifest (the v1 format, with v2's `outletEvidence`).
 *
 * The set is described here only in general terms and counts, so that whoever reads this header stays blind to
 * its wordings. Twelve sites, four in English and eight in French, in places (in France, elsewhere in Europe, in
 * Africa, Asia and Oceania) no earlier set had, most of them of kinds no earlier set had either (local media,
 * trade press, a club, professional press reviews, foreign francophone portals, an English-language desk on
 * francophone news); one of them also writes its dates in a language no earlier set used. Three sites publish under their own masthead
 * and byline (one of them under a look-alike name), five republish with a credit line, one with a source line,
 * one with a link to the original's address, one with the original's name after the headline, and one credits
 * nobody. Credits sit above the text, inside it or below it, in 28 wordings of their own (French and English),
 * each followed by a line naming the original writer. Credited names are machine-translated in both directions
 * (francophone outlets word for word into English on three English sites, some reordered; English-language
 * outlets into French on three French sites): 47 real outlets have renderings (28 into English, 19 into
 * French); 14 invented look-alike names are kept as written. Each site has its own long and short chrome
 * (consent banners, subscription, donation and newsletter pitches, share and reaction widgets, related lists,
 * navigation, masthead lines, legal and licence footers); four sites also serve a page of chrome only (rejected);
 * ten junk files; ten bare files. Nine sites decorate some headlines (prefixes, suffixes, notes), in forms no
 * earlier set used. Dates come in twelve formats (two of them the day only) that no earlier generator writes, on
 * eight clocks: Paris and seven time zones no earlier generator names (one of them half an hour off the hour,
 * two of them often on the next day). With the present corpus the set has 342 files: 328 article files (192
 * stories, 96 of them copied to other sites, 41 copies without their headline), 4 chrome-only pages and 10
 * junk files; 46 files carry a translated credit (32 into English, 14 into French) and 57 expect a look-alike
 * outlet. Article text is read AT RUN TIME from ../shared/corpus/gilets-jaunes (v1's clean pool, drawn with
 * another seed): no corpus text is stored here.
 *
 * Expected outlet: v2's convention (who published the article first, as the file credits it), recorded per
 * file in `outletEvidence`: machine-translated names of real outlets expect the real outlet's usual name,
 * look-alike names are kept as written, the site's own name is the outlet only where it shows its masthead and
 * its own staff's byline, the republisher is the site's name whenever the file credits another outlet, and null
 * when nothing credits one. Republishing sites show a byline only beside a credit. Every time shown names its
 * zone or is Paris time; the whole period (December 2018 to February 2019) is in each zone's standard or summer
 * time throughout, with no change of clock; the expected date is the same instant, written in Paris time
 * (UTC+1). Two sites show a day only (the expected date is then midnight in Paris).
 */
import { format } from 'date-fns';
import { hy } from 'date-fns/locale';
import { TZDate } from '@date-fns/tz';
import type { UnseenEntry } from '../src/eval/unseen-sites.ts';
import { makeRng } from './rng.ts';
import { Dice, type Encoding } from './simulate-heldout.ts';
import { page, type SiteV2 } from './unseen-sites-v2.ts';
import { bareFile, creditsNobody, de, fmtEn, fmtFr, generatorCli, junkFile, packFiles, slug, unseenSetRunner } from './unseen-sites.ts';
import type { Credit, MadePage, Page, Shown, Story, UnseenFile, UnseenSource } from './unseen-sites.ts';

// ——— Size and mix of the set ———

/** The v23 seed: no earlier set drew with it. */
export const FROZEN_SEED_V23 = 20261201_23;
/**
 * `bare`: clean articles written with their headline and paragraphs only (crediting nobody); `headless`: share
 * of copies scraped without their headline line; `cut`: share of copies (of bodies with four paragraphs or more)
 * that lose their closing paragraph; the period: `days` days from 1 December 2018 (Paris winter time, UTC+1).
 */
const MIX_V23 = { bare: 10, headless: 0.32, cut: 0.28, firstDay: Date.UTC(2018, 11, 1), days: 90 } as const;
const PARIS_TZ = 'Europe/Paris';
/** The encodings drawn for the files: UTF-8 most often, then Windows-1252, CRLF ends, a BOM and UTF-16 LE. */
const ENCODINGS_V23: readonly Encoding[] = ['utf-8', 'utf-8-crlf', 'cp1252', 'utf-8', 'utf-16le-bom', 'utf-8-bom', 'utf-8', 'cp1252-crlf', 'cp1252', 'utf-8', 'utf-8-bom', 'utf-8'];
/** How many other sites carry a copy of one original: none about half the time, then one, two or three. */
const COPY_ODDS_V23: readonly (readonly [number, number])[] = [[0.48, 0], [0.81, 1], [0.94, 2], [1, 3]];

// ——— People ———

const WRITERS_V23 = [
  'Tamsin Le Page', 'Gareth Ozanne', 'Anahit Sarkissian', 'Vahé Mardirossian-Blanc', 'Lorène Esmieu', 'Mathis Chaudon', 'Chinwe Adebayo-Koffi',
  'Rhiannon Pugh', 'Ewan Stallard', 'Thandar Aung-Morel', 'Solenn Guérineau', 'Pascaline Moinard', 'Mohamed Lemine Ould Cheikh', 'Aminata Sow-Delorme',
  'Iñaki Etxeberria', 'Maialen Darrigrand', 'Honorine Reboul', 'Callum Fitzgerald', 'Bérangère Salvetat', 'Yoann Castelnau',
];
const CAMERA_V23 = ['Sevan Aghajanian', 'Loïs Magnan', 'Nnamdi Okeke', 'Perrine Ardouin'];

// ——— Outlets ———

const LAGOS_PICKS = [
  'Fraternité Matin', 'Le Sahel', 'La Nouvelle Tribune', 'Le Républicain', 'L’Observateur Paalga', 'Le Pays', 'Togo Presse', 'L’Intelligent d’Abidjan',
  'Notre Voie', 'Le Matinal', 'Jeune Afrique',
];
const CIDER_PICKS = [
  'Ouest-France', 'Paris-Normandie', 'La Manche Libre', 'Le Pays d’Auge', 'La Renaissance du Bessin', 'La France Agricole', 'Le Courrier de l’Ouest',
  'L’Éveil de Pont-Audemer', 'Le Réveil de Neufchâtel',
];
const YANGON_FR = ['Gavroche', 'Le Petit Journal', 'RFI', 'Le Monde', 'La Croix', 'Le Figaro', 'Courrier international', 'L’Express'];
const YANGON_EN = ['The Myanmar Times', 'Frontier Myanmar', 'The Global New Light of Myanmar', 'Mizzima News', 'Bangkok Post', 'The Straits Times', 'Eleven Myanmar'];
const OYSTER_FR = [
  'Sud Ouest', 'Le Littoral de la Charente-Maritime', 'L’Hebdo de Charente-Maritime', 'Cultures Marines', 'Le Marin', 'Ouest-France', 'Le Monde', 'Les Échos',
  'France Bleu La Rochelle',
];
const OYSTER_EN = ['SeafoodSource', 'Undercurrent News', 'Fish Farmer', 'Shellfish News', 'The Fish Site', 'Aquaculture North America', 'National Fisherman'];
const ARGUIN_FR = ['Le Calame', 'L’Authentique', 'Horizons', 'Cridem', 'Sud Quotidien', 'L’Essor', 'Jeune Afrique', 'RFI', 'Le Monde', 'Le 360'];
const ARGUIN_EN = ['Middle East Eye', 'Arab News', 'The North Africa Post', 'Morocco World News', 'Sahara Reporters'];
const ADOUR_CLIPPED = [
  'Sud Ouest', 'La République des Pyrénées', 'Ouest-France', 'Le Monde', 'Le Figaro', 'Les Échos', 'Le Parisien', 'La Croix', 'Capital', 'Challenges',
  'Le Journal des entreprises', 'Actu.fr',
];
const VALENSOLE_PRESS = [
  'La Provence', 'Haute-Provence Info', 'Var-Matin', 'Le Monde', 'Le Figaro', 'Les Échos', 'Le Parisien', 'La France Agricole', 'Terre de Provence', 'Ouest-France',
  'Libération',
];
const HOBART_PICKS = [
  'Les Dernières Nouvelles d’Alsace', 'Le Républicain lorrain', 'Midi Libre', 'Le Dauphiné libéré', 'Le Bien public', 'L’Union', 'Le Monde diplomatique',
  'L’Express', 'Marianne', 'Télérama', 'La Croix',
];

/** Invented outlets whose names begin like a known outlet's: the expected outlet is the name as written. */
const LOOKALIKES_V23 = {
  lagos: ['Le Point de Cotonou', 'Jeune Afrique des Lagunes'],
  cider: ['Les Échos du Pressoir', 'Le Monde du Calvados'],
  yangon: ['Le Figaro de Mandalay', 'La Croix de Bagan'],
  oyster: ['Les Échos de l’Estran', 'Le Monde des Claires'],
  arguin: ['Le Monde du Banc d’Arguin', 'L’Express saharien'],
  valensole: ['La Croix de Haute-Provence', 'Le Point Lavande'],
  hobart: ['Midi Libre des Antipodes', 'Le Figaro austral'],
} as const;
const LOOKALIKE_SET_V23: ReadonlySet<string> = new Set(Object.values(LOOKALIKES_V23).flat());

/** Francophone names as a translation engine renders them in English, word for word (some reorder the words). */
const ENGLISHED_V23: Record<string, readonly string[]> = {
  'Fraternité Matin': ['Brotherhood Morning', 'Morning Fraternity'],
  'Le Sahel': ['The Sahel'],
  'La Nouvelle Tribune': ['The New Tribune', 'New Tribune'],
  'Le Républicain': ['The Republican'],
  'L’Observateur Paalga': ['The Paalga Observer', 'Observer Paalga'],
  'Le Pays': ['The Country', 'The Land'],
  'Togo Presse': ['Togo Press'],
  'L’Intelligent d’Abidjan': ['The Intelligent of Abidjan', 'Abidjan Intelligent'],
  'Notre Voie': ['Our Way', 'Our Path'],
  'Le Matinal': ['The Early Riser', 'The Morning One'],
  'Jeune Afrique': ['Young Africa'],
  'Ouest-France': ['West-France', 'West France'],
  'Paris-Normandie': ['Paris-Normandy', 'Paris Normandy'],
  'La Manche Libre': ['The Free Sleeve', 'The Free Channel'],
  'Le Pays d’Auge': ['The Auge Country', 'Country of Auge'],
  'La Renaissance du Bessin': ['The Rebirth of Bessin', 'The Bessin Renaissance'],
  'La France Agricole': ['Agricultural France', 'The Agricultural France'],
  'Le Courrier de l’Ouest': ['The Western Courier', 'The Mail of the West'],
  'L’Éveil de Pont-Audemer': ['The Awakening of Pont-Audemer', 'Pont-Audemer Awakening'],
  'Le Réveil de Neufchâtel': ['The Neufchâtel Alarm Clock', 'The Awakening of Neufchâtel'],
  'Les Dernières Nouvelles d’Alsace': ['The Latest News of Alsace', 'Alsace Last News'],
  'Le Républicain lorrain': ['The Lorraine Republican', 'The Republican of Lorraine'],
  'Midi Libre': ['Free Noon', 'Free Midi'],
  'Le Dauphiné libéré': ['The Liberated Dauphiné', 'The Freed Dauphin'],
  'Le Bien public': ['The Public Good', 'Public Welfare'],
  'L’Union': ['The Union'],
  'Le Monde diplomatique': ['The Diplomatic World', 'Diplomatic World'],
  'L’Express': ['The Express'],
};
/** English-language names as a translation engine garbles them in French, word for word (some reorder the words). */
const FRENCHED_V23: Record<string, readonly string[]> = {
  'The Myanmar Times': ['Les Temps du Myanmar', 'Le Myanmar Temps'],
  'Frontier Myanmar': ['Frontière Myanmar', 'La Frontière birmane'],
  'The Global New Light of Myanmar': ['La Nouvelle Lumière mondiale du Myanmar', 'Le Global Nouvelle Lumière de Birmanie'],
  'Mizzima News': ['Nouvelles de Mizzima', 'Mizzima Nouvelles'],
  'Bangkok Post': ['Le Poste de Bangkok', 'La Poste de Bangkok'],
  'The Straits Times': ['Les Temps du Détroit', 'Le Temps des Détroits'],
  'Eleven Myanmar': ['Onze Myanmar', 'Le Onze birman'],
  'SeafoodSource': ['Source des produits de la mer', 'La Source Fruits de Mer'],
  'Undercurrent News': ['Nouvelles du courant sous-marin', 'Les Nouvelles Sous-Courant'],
  'Fish Farmer': ['Éleveur de poissons', 'Le Fermier Poisson'],
  'Shellfish News': ['Nouvelles des coquillages', 'Coquillages Nouvelles'],
  'The Fish Site': ['Le Site du Poisson', 'Le Site Poisson'],
  'Aquaculture North America': ['Aquaculture Amérique du Nord', 'L’Aquaculture nord-américaine'],
  'National Fisherman': ['Le Pêcheur national', 'Pêcheur National'],
  'Middle East Eye': ['L’Œil du Moyen-Orient', 'Œil Moyen-Orient'],
  'Arab News': ['Nouvelles arabes', 'Les Nouvelles Arabes'],
  'The North Africa Post': ['La Poste de l’Afrique du Nord', 'Le Poste Nord-Africain'],
  'Morocco World News': ['Nouvelles du monde du Maroc', 'Maroc Monde Nouvelles'],
  'Sahara Reporters': ['Les Reporters du Sahara', 'Sahara Journalistes'],
};

/** Web hosts of the outlets the Bayonne notaries' watch links to (a host that names the outlet alone). */
const HOSTS_V23: Record<string, string> = {
  'Sud Ouest': 'www.sudouest.fr', 'La République des Pyrénées': 'www.larepubliquedespyrenees.fr', 'Ouest-France': 'www.ouest-france.fr', 'Le Monde': 'www.lemonde.fr',
  'Le Figaro': 'www.lefigaro.fr', 'Les Échos': 'www.lesechos.fr', 'Le Parisien': 'www.leparisien.fr', 'La Croix': 'www.la-croix.com', 'Capital': 'www.capital.fr',
  'Challenges': 'www.challenges.fr', 'Le Journal des entreprises': 'www.lejournaldesentreprises.com', 'Actu.fr': 'actu.fr', 'La Provence': 'www.laprovence.com',
  'Midi Libre': 'www.midilibre.fr', 'Le Dauphiné libéré': 'www.ledauphine.com', 'Les Dernières Nouvelles d’Alsace': 'www.dna.fr',
  'Le Républicain lorrain': 'www.republicain-lorrain.fr', 'Le Bien public': 'www.bienpublic.com', 'L’Union': 'www.lunion.fr',
  'Le Monde diplomatique': 'www.monde-diplomatique.fr', 'Marianne': 'www.marianne.net', 'Télérama': 'www.telerama.fr', 'L’Express': 'www.lexpress.fr',
  'Jeune Afrique': 'www.jeuneafrique.com', 'RFI': 'www.rfi.fr', 'Fraternité Matin': 'www.fratmat.info', 'Paris-Normandie': 'www.paris-normandie.fr',
  'Var-Matin': 'www.varmatin.com', 'Libération': 'www.liberation.fr', 'Courrier international': 'www.courrierinternational.com', 'Le Marin': 'lemarin.ouest-france.fr',
};

type Into = SiteV2['translate'];
/** Where a republisher puts its credit: above the text, after one of its first paragraphs, or below it. */
type Place = 'top' | 'inside' | 'foot';

/** A v23 site: a v2 site, plus which originals its way of crediting can show on a copy (all when absent). */
interface SiteV23 extends SiteV2 {
  canShow?: (canonical: string) => boolean;
}

/** How a site printing in `into`'s language names `canonical`: a word-for-word rendering when the engine has one (and the draw says so). */
function printedAs(d: Dice, canonical: string, into: Into, lookalike = LOOKALIKE_SET_V23.has(canonical)): Credit {
  const table = into === undefined ? undefined : into.into === 'en' ? ENGLISHED_V23 : FRENCHED_V23;
  const renderings = table?.[canonical];
  if (into !== undefined && renderings !== undefined && d.chance(into.share)) return { canonical, shown: d.pick(renderings), translated: true, lookalike };
  return { canonical, shown: canonical, translated: false, lookalike };
}

/** Draws an original's credit from weighted pools of outlets; the weight left over credits nobody. */
function weighted(into: Into, ...pools: (readonly [readonly string[], number])[]): (d: Dice) => Credit | null {
  return (d) => {
    let roll = d.next();
    for (const [names, share] of pools) {
      if (roll < share) return printedAs(d, d.pick(names), into);
      roll -= share;
    }
    return null;
  };
}

// ——— Template helpers ———

const yearV23 = (p: Page): string => fmtFr(p.s.date, 'yyyy');
/** A republisher names the original's writer only beside its credit; the date as `date`. */
const writerIfCredited = (p: Page, date: Shown['date']): Shown => ({ author: p.s.credit !== null, date });
/** The story's instant on another clock. */
const onClock = (p: Page, zone: string): TZDate => new TZDate(p.s.date.getTime(), zone);
const fmtHy = (d: Date, pattern: string): string => format(d, pattern, { locale: hy });

/** The credit lines of a republisher: one wording for the shown name, then the original's writer; none when nothing is credited. */
function attributionLines(p: Page, wordings: readonly ((outlet: string) => string)[], writer: (author: string) => string): string[] {
  const { d, s } = p;
  return s.credit ? [d.pick(wordings)(s.credit.shown), writer(s.author)] : [];
}

/**
 * Writes the body with the credit `lines` (meta) at `place`: before the first paragraph, after paragraph
 * `p.mid()` (never the last), or after the last one; `inserts[k]` are chrome lines after paragraph k (never the last).
 */
function bodyWithCredit(p: Page, place: Place, lines: readonly string[], inserts: Record<number, string[]> = {}): void {
  if (p.chromeOnly) return;
  const inside = place === 'inside' ? p.mid() : -1;
  if (place === 'top' && lines.length > 0) p.meta(...lines).blank();
  const last = p.s.body.length - 1;
  p.s.body.forEach((text, k) => {
    p.out.push({ kind: 'body', text });
    p.blank();
    if (k === last) return;
    if (k === inside && lines.length > 0) p.meta(...lines).blank();
    if (inserts[k]) p.chrome(...inserts[k]).blank();
  });
  if (place === 'foot' && lines.length > 0) p.meta(...lines).blank();
}

/** The original's address on its outlet's site (the Bayonne watch), in one of four URL shapes. */
function addressOf(p: Page): string {
  const { d, s } = p;
  const host = HOSTS_V23[s.credit!.canonical]!;
  const path = slug(s.src.title);
  const shapes: (() => string)[] = [
    () => `https://${host}/${d.pick(['economie', 'societe', 'regions', 'immobilier'])}/${path}-${fmtFr(s.date, 'yyyyMMdd')}`,
    () => `https://${host}/amp/${path}.amp.html`,
    () => `https://${host}/${path}/?utm_source=veille&utm_medium=courriel`,
    () => `https://${host}/${fmtFr(s.date, 'yyyyMMdd')}-${path}-n${d.int(100_000, 999_999)}`,
  ];
  return d.pick(shapes)();
}

// ——— The twelve sites ———

export const SITES_V23: readonly SiteV23[] = [
  {
    id: 'guernsey-island',
    name: 'Bailiwick Lantern',
    lang: 'en',
    originals: 16,
    attribution: 'own',
    chromeOnlyPage: true,
    render(p) {
      const { d, s } = p;
      p.chrome(
        'We and our advertising partners store small files on your device so that the Lantern can count its readers, remember your parish and show local offers. Choose what you allow; you can change your mind from the link at the foot of every page.',
        'Allow all',
        'Only necessary',
        'Manage choices',
      ).blank();
      p.chrome('BAILIWICK LANTERN', 'St Peter Port · The Vale · St Sampson’s · Alderney · Sark · Herm · States of Deliberation · Sport', 'Log in | Register').blank();
      p.chrome(`Condor fast ferry to St Malo: ${d.pick(['on time', 'delayed by fog', 'cancelled, swell over 3 m'])} · High water St Peter Port ${d.int(0, 11)}.${String(d.int(0, 59)).padStart(2, '0')} · Sea fog off Les Hanois`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} ~ Bailiwick Lantern` : t)).blank();
      p.meta(`Reported by ${s.author}`, fmtEn(onClock(p, 'Europe/Guernsey'), "'First published' EEEE 'the' do 'of' MMMM yyyy 'at' HH:mm 'GMT'")).blank();
      p.chrome(`Picture: ${d.pick(CAMERA_V23)} for the Lantern`);
      p.body({ [p.mid()]: [`Also on the Lantern: ${p.related(1)[0]!}`] });
      p.chrome(`Have your say (${p.n(120)} comments)`, 'Comments on island stories close after 48 hours.').blank();
      p.chrome('Share this story: Facebook | WhatsApp | Email | Copy link').blank();
      p.chrome('Most read across the islands', ...p.related(3)).blank();
      p.chrome(
        'Island news without the paywall costs money to make. If you can, become a Lantern supporter from £3 a month and help keep a newsroom in the Bailiwick; supporters also get the Saturday tide tables and the shipping forecast in their inbox.',
        'Support the Lantern',
      ).blank();
      p.chrome(`© ${yearV23(p)} Bailiwick Lantern Ltd, Le Pollet, St Peter Port, Guernsey · Terms · Privacy · Complaints`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'yerevan-portal',
    name: 'Le Matin d’Ararat',
    lang: 'fr',
    originals: 14,
    attribution: 'own',
    lookalike: true,
    render(p) {
      const { d, s } = p;
      p.chrome('LE MATIN D’ARARAT', 'Le quotidien en ligne des francophones d’Arménie', 'Erevan · Gyumri · Vanadzor · Diaspora · Caucase · Économie · Culture · Francophonie').blank();
      p.chrome(`1 € = ${d.int(540, 575)} drams · ${d.pick(['Ciel dégagé sur l’Ararat ce matin', 'Route de Sevan fermée par la neige', 'Métro d’Erevan : station Baghramyan en travaux'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `Depuis Erevan ✦ ${t}` : t)).blank();
      const local = onClock(p, 'Asia/Yerevan');
      p.meta(`${fmtHy(local, 'd MMMM yyyy')} / ${fmtFr(local, "EEEE d MMMM yyyy, HH'h'mm 'AMT (UTC+4)'")}`, `Reportage : ${s.author}`).blank();
      p.body({
        [p.mid()]: [`Annonce — ${d.pick(['Cours d’arménien oriental pour débutants, rue Abovian', 'Studio meublé à louer près de la Cascade, 220 000 drams', 'Chorale francophone d’Erevan : répétitions le jeudi'])}`],
      });
      p.chrome('Transmettre ↝ Facebook · VK · Telegram · Courriel').blank();
      p.chrome('Lire aussi dans Le Matin d’Ararat', ...p.related(2)).blank();
      p.chrome(
        'Le Matin d’Ararat est rédigé à Erevan par une petite équipe de journalistes arméniens et français. Le site est gratuit et le restera : il vit des annonces de ses lecteurs et du soutien de ses abonnés solidaires.',
        'Devenir abonné solidaire',
      ).blank();
      p.chrome(`© ${yearV23(p)} Le Matin d’Ararat · Avenue Machtots, Erevan · République d’Arménie`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'digne-tv',
    name: 'Télé Bléone',
    lang: 'fr',
    originals: 15,
    attribution: 'own',
    render(p) {
      const { d, s } = p;
      p.chrome('TÉLÉ BLÉONE', 'La télé locale de Digne-les-Bains et de la vallée de la Bléone', 'Le direct · Le journal · Magazines · Replay · Sports · Agenda').blank();
      p.chrome(`En ce moment à l’antenne : ${d.pick(['Le journal de 12 h', 'La météo des cimes', 'Rediffusion du conseil municipal'])} · Col du Labouret : ${d.pick(['équipements obligatoires', 'route dégagée', 'fermé la nuit'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} ▶ vidéo` : t)).blank();
      p.meta(fmtFr(s.date, "'Émission du' dd-MM-yy',' HH'h'mm"), `Un reportage de ${s.author}`).blank();
      p.chrome(`Images : ${d.pick(CAMERA_V23)} · Montage : la rédaction`);
      p.body({
        [p.mid()]: [`Partenaire — ${d.pick(['Thermes de Digne : cure découverte de six jours', 'Boulangerie du boulevard Gassendi : fougasses le dimanche', 'Location de raquettes au Fanget, tarif famille'])}`],
      });
      p.chrome('Cette vidéo vous a intéressé ?', `👍 ${p.n(60)}   👎 ${p.n(9)}`).blank();
      p.chrome('Au sommaire du journal', ...p.related(2)).blank();
      p.chrome('Télé Bléone · chaîne associative locale · canal 31 de la TNT · Mentions légales · Nous écrire');
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'lagos-desk',
    name: 'Lagoon Francophone Wire',
    lang: 'en',
    originals: 16,
    attribution: 'credit',
    chromeOnlyPage: true,
    translate: { into: 'en', share: 0.8 },
    draw: weighted({ into: 'en', share: 0.8 }, [LAGOS_PICKS, 0.76], [LOOKALIKES_V23.lagos, 0.13]),
    render(p) {
      const { d } = p;
      p.chrome('LAGOON FRANCOPHONE WIRE', 'What the French-language press of West Africa is reporting, in English, from Lagos', 'Benin | Togo | Côte d’Ivoire | Niger | Burkina Faso | Markets | Culture').blank();
      p.chrome(`Third Mainland Bridge: ${d.pick(['slow traffic inbound', 'clear', 'one lane closed for repairs'])} · USD/NGN ${d.int(360, 366)} · XOF/NGN 0.${d.int(60, 66)}`).blank();
      p.title((t) => (d.chance(0.3) ? `FRANCOPHONE WEST AFRICA ¦ ${t}` : t)).blank();
      p.meta(fmtEn(onClock(p, 'Africa/Lagos'), "'LAGOS |' h:mma 'WAT |' dd MMM yyyy").toUpperCase());
      const lines = attributionLines(
        p,
        [
          (o) => `Translated and republished from ${o}`,
          (o) => `Original French-language story: ${o}`,
          (o) => `This report first ran in ${o}.`,
          (o) => `Credit: ${o} (translated by our desk)`,
        ],
        (a) => `Story by ${a}`,
      );
      p.blank();
      bodyWithCredit(p, d.chance(0.5) ? 'top' : 'inside', lines, {
        [p.mid()]: [`ADVERTISEMENT — ${d.pick(['Cross-border trucking Lagos–Cotonou, daily departures', 'Learn French at our Victoria Island centre, evening classes', 'Send money to Lomé and Abidjan in minutes'])}`],
      });
      p.chrome(`${p.n(70)} reactions · Join the conversation`).blank();
      p.chrome('More from the francophone press', ...p.related(3)).blank();
      p.chrome(
        'Lagoon Francophone Wire reads the newspapers of Nigeria’s French-speaking neighbours every morning so that traders, diplomats and students in Lagos do not have to. Our translations, newspaper names included, are made by software and skimmed by an editor before publication.',
      ).blank();
      p.chrome('Get the Morning Wire in your inbox at 7 a.m. WAT', 'Sign up free').blank();
      p.chrome(`© ${yearV23(p)} Lagoon Francophone Wire · Adeola Odeku Street, Victoria Island, Lagos · Advertise · Contact`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'hereford-cider',
    name: 'Pomona Trade Review',
    lang: 'en',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'en', share: 0.75 },
    draw: weighted({ into: 'en', share: 0.75 }, [CIDER_PICKS, 0.75], [LOOKALIKES_V23.cider, 0.14]),
    render(p) {
      const { d } = p;
      p.chrome('POMONA TRADE REVIEW', 'For cider makers, perry makers and orchard growers', 'Orchards | Pressing | Markets | Normandy & Brittany | Equipment | Jobs').blank();
      p.chrome(`Bittersweet fruit, ex-farm: £${d.int(120, 190)}/t · ${d.pick(['Pressing season report due on Friday', 'Three Counties orchard walk in March', 'Duty changes: what producers need to know'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} · Trade Digest` : t)).blank();
      p.meta(fmtEn(onClock(p, 'Europe/London'), "'Published' HH:mm 'UK time on' d MMMM yyyy")).blank();
      const lines = attributionLines(
        p,
        [
          (o) => `With thanks to ${o}, where this article first appeared.`,
          (o) => `Reprinted by arrangement with ${o}`,
          (o) => `Article originally published by ${o}.`,
          (o) => `Reproduced from ${o} — our translation`,
        ],
        (a) => `Words: ${a}`,
      );
      bodyWithCredit(p, d.chance(0.5) ? 'inside' : 'foot', lines, {
        [p.mid()]: [`Classified — ${d.pick(['Belt press, 2 t/h, serviced, offers', 'Orchard manager wanted, Ledbury area', 'Oak barrels, ex-calvados, 225 l, collection only'])}`],
      });
      p.chrome('Forward to a colleague · Print · Save for later').blank();
      p.chrome(
        'Pomona Trade Review follows the cider business on both sides of the Channel. Stories from the French regional and farming press are machine-translated, titles of the papers included, and lightly edited; the copyright stays with the original publisher.',
      ).blank();
      p.chrome(`Pomona Trade Review ${yearV23(p)} · Widemarsh Street, Hereford · Subscriptions · Advertising`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'yangon-portal',
    name: 'Shwedagon Infos',
    lang: 'fr',
    originals: 16,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.8 },
    draw: weighted({ into: 'fr', share: 0.8 }, [YANGON_FR, 0.38], [YANGON_EN, 0.38], [LOOKALIKES_V23.yangon, 0.13]),
    render(p) {
      const { d } = p;
      p.chrome(
        'Shwedagon Infos utilise des cookies de mesure d’audience. En poursuivant votre lecture, vous acceptez leur dépôt ; vous pouvez vous y opposer à tout moment depuis la page « Vie privée ».',
        'J’ai compris',
        'Vie privée',
      ).blank();
      p.chrome('SHWEDAGON INFOS', 'L’actualité de la Birmanie et de l’Asie du Sud-Est, en français', 'Rangoun · Mandalay · Naypyidaw · Thaïlande · ASEAN · Économie · Voyages').blank();
      p.chrome(`1 € = ${d.int(1700, 1800)} kyats · ${d.pick(['Train circulaire de Rangoun : horaires modifiés', 'Saison sèche : vols intérieurs complets', 'Fête des lumières à Bagan le mois prochain'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} ‖ Shwedagon Infos` : t)).blank();
      p.meta(fmtFr(onClock(p, 'Asia/Yangon'), "'Rangoun, le' d 'du mois de' MMMM yyyy', à' HH'h'mm '(MMT)'"));
      const lines = attributionLines(
        p,
        [
          (o) => `Texte d’origine publié par ${o}.`,
          (o) => `Repris ${de(o)}, traduit par nos soins.`,
          (o) => `Éditeur de l’article : ${o}`,
          (o) => `Cet article nous vient ${de(o)}.`,
        ],
        (a) => `Rédaction initiale : ${a}`,
      );
      p.blank();
      bodyWithCredit(p, d.chance(0.6) ? 'top' : 'foot', lines, {
        [p.mid()]: [`Petite annonce — ${d.pick(['Professeur de birman cherche élèves francophones', 'Guesthouse à Nyaung Shwe, tarif longue durée', 'Cherche colocation à Bahan, quartier calme'])}`],
      });
      p.chrome('Partager ⟶ Facebook · Viber · Line · Courriel').blank();
      p.chrome('Dans la même rubrique', ...p.related(2)).blank();
      p.chrome(
        'Shwedagon Infos sélectionne chaque jour des articles de la presse birmane, régionale et française. Les textes parus en anglais sont traduits automatiquement, noms des journaux compris ; chaque article demeure la propriété de son éditeur.',
      ).blank();
      p.chrome(`© ${yearV23(p)} Shwedagon Infos — Rangoun (Yangon), Myanmar — Contact · Publicité`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'marennes-oysters',
    name: 'Claires & Parcs',
    lang: 'fr',
    originals: 16,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.7 },
    draw: weighted({ into: 'fr', share: 0.7 }, [OYSTER_FR, 0.42], [OYSTER_EN, 0.32], [LOOKALIKES_V23.oyster, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('CLAIRES & PARCS', 'Le magazine en ligne des conchyliculteurs de Marennes-Oléron et du Centre-Ouest', 'Élevage · Affinage · Marchés · Réglementation · Qualité de l’eau · Matériel · Emploi').blank();
      p.chrome(`Cours de l’huître creuse n° 3 : ${d.int(4, 6)},${d.int(10, 95)} €/kg · ${d.pick(['Coefficient 108 ce week-end : grandes marées', 'Analyse sanitaire : zone Seudre ouverte', 'Salon du matériel conchylicole à Bourcefranc'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `Conchyliculture ▹ ${t}` : t)).blank();
      p.meta(fmtFr(s.date, "'Paru le' d MMM yyyy '('EEEE'),' HH'h'mm")).blank();
      const lines = attributionLines(
        p,
        [
          (o) => `Publié en premier lieu dans ${o}.`,
          (o) => `Article emprunté à nos confrères ${de(o)}`,
          (o) => `Merci à ${o} pour ce texte.`,
          (o) => `Relayé depuis ${o}`,
        ],
        (a) => `Un texte de ${a}`,
      );
      bodyWithCredit(p, 'inside', lines, {
        [s.body.length - 2]: [`Offre d’emploi — ${d.pick(['Ouvrier ostréicole H/F, saison, La Tremblade', 'Conducteur de chaland H/F, Le Château-d’Oléron', 'Trieuse-calibreuse, poste à temps partiel, Marennes'])}`],
      });
      p.chrome(`${p.n(25)} commentaires · Commenter (réservé aux abonnés)`).blank();
      p.chrome(
        'Abonnez-vous à Claires & Parcs : les cours hebdomadaires, les résultats des analyses de l’eau et toutes nos enquêtes sur la filière, pour 59 euros par an, facture au nom de votre entreprise.',
        'Je m’abonne',
      ).blank();
      p.chrome(`Claires & Parcs · ${yearV23(p)} · Port de La Cayenne, Marennes · Les textes de confrères anglophones sont traduits par logiciel.`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'nouakchott-portal',
    name: 'Arguin Info',
    lang: 'fr',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.7 },
    draw: weighted({ into: 'fr', share: 0.7 }, [ARGUIN_FR, 0.45], [ARGUIN_EN, 0.3], [LOOKALIKES_V23.arguin, 0.13]),
    render(p) {
      const { d } = p;
      p.chrome('ARGUIN INFO', 'Mauritanie · Sahel · Maghreb · Afrique de l’Ouest', 'Nouakchott | Nouadhibou | Politique | Pêche | Mines | Société | Sport').blank();
      p.chrome(`1 € = ${d.int(40, 43)} MRU · ${d.pick(['Vent de sable attendu sur Nouakchott', 'Route de l’Espoir : travaux vers Boutilimit', 'Train du minerai : départ de Zouérate retardé'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `Arguin Info ∙ ${t}` : t)).blank();
      p.meta(fmtFr(onClock(p, 'Africa/Nouakchott'), "'Nouakchott —' dd.MM.yyyy '—' HH:mm 'TU'"));
      const lines = attributionLines(
        p,
        [
          (o) => `Article initialement diffusé par ${o}.`,
          (o) => `Crédit éditorial : ${o}`,
          (o) => `Reprise intégrale d’un article ${de(o)}`,
          (o) => `(Publié d’abord sur ${o})`,
        ],
        (a) => `Journaliste : ${a}`,
      );
      p.blank();
      bodyWithCredit(p, d.pick<Place>(['top', 'inside', 'foot']), lines, {
        [p.mid()]: [`Publicité — ${d.pick(['Transfert d’argent vers Dakar et Bamako', 'Location de 4×4 avec chauffeur pour l’Adrar', 'Cours d’anglais intensifs, Tevragh Zeina'])}`],
      });
      p.chrome(`Commentaires (${p.n(50)}) · Votre avis compte`).blank();
      p.chrome('À lire sur Arguin Info', ...p.related(3)).blank();
      p.chrome(
        'Arguin Info reprend chaque jour des articles de la presse mauritanienne, sahélienne et internationale. Les articles rédigés en anglais sont traduits par un programme, titres des journaux compris. Faites un don pour soutenir une presse libre en Mauritanie.',
        'Je fais un don',
      ).blank();
      p.chrome(`Arguin Info © ${yearV23(p)} · Tevragh Zeina, Nouakchott · République islamique de Mauritanie`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'bayonne-notaries',
    name: 'Notaires de l’Adour – Sélection de presse',
    lang: 'fr',
    originals: 17,
    attribution: 'url-host',
    chromeOnlyPage: true,
    canShow: (canonical) => canonical in HOSTS_V23,
    draw: weighted(undefined, [ADOUR_CLIPPED, 0.92]),
    render(p) {
      const { d, s } = p;
      p.chrome('NOTAIRES DE L’ADOUR', 'Sélection de presse à l’intention des offices du Pays basque, du Béarn et des Landes', 'Accueil ▸ Espace notaires ▸ Sélection de presse').blank();
      p.chrome(`${d.pick(['Assemblée générale de la chambre le 15 à Bayonne', 'Formation droit de la famille : inscriptions ouvertes', 'Permanence des notaires à la foire de Pau'])} · Indice des prix immobiliers Côte basque : +${d.int(2, 9)},${d.int(0, 9)} %`).blank();
      p.title().blank();
      p.meta(fmtFr(s.date, "'Sélection du' dd/MM/yyyy', mise en ligne à' HH:mm"));
      const lines = s.credit
        ? [
            d.pick([(u: string) => `Lien vers l’article : ${u}`, (u: string) => `Adresse d’origine — ${u}`, (u: string) => `⧉ ${u}`, (u: string) => `Voir sur le site de l’éditeur : ${u}`])(addressOf(p)),
            `Rédigé par ${s.author}`,
          ]
        : [];
      p.blank();
      bodyWithCredit(p, d.chance(0.5) ? 'inside' : 'foot', lines, {
        [p.mid()]: [`Vie de la chambre — ${d.pick(['Nouveaux tarifs réglementés au 1er janvier', 'Accueil de deux notaires stagiaires à Biarritz', 'Rappel : dématérialisation des actes'])}`],
      });
      p.chrome('Document réservé aux offices adhérents – diffusion restreinte.').blank();
      p.chrome(
        'Cette sélection est préparée par le service documentation de la chambre à partir de la presse régionale, nationale et économique. Chaque article renvoie à son adresse d’origine ; il reste la propriété de son éditeur et ne doit pas être communiqué aux clients.',
      ).blank();
      p.chrome(`Chambre interdépartementale des notaires · Allées Marines · Bayonne · ${yearV23(p)}`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'valensole-lavender',
    name: 'Coopérative lavandicole de Valensole – Revue de presse',
    lang: 'fr',
    originals: 15,
    attribution: 'title-suffix',
    draw: weighted(undefined, [VALENSOLE_PRESS, 0.76], [LOOKALIKES_V23.valensole, 0.14]),
    render(p) {
      const { d, s } = p;
      p.chrome('COOPÉRATIVE LAVANDICOLE DE VALENSOLE', 'Revue de presse des coopérateurs', 'La coopérative · Distillerie · Cours de l’essence · Revue de presse · Nous trouver').blank();
      p.chrome(`Essence de lavandin grosso : ${d.int(18, 29)} €/kg · ${d.pick(['Distillerie fermée jusqu’à la récolte', 'Commande de plants : avant le 31', 'Réunion sur le dépérissement jeudi à la salle polyvalente'])}`).blank();
      const named = d.pick([(o: string) => ` ∥ ${o}`, (o: string) => ` ⇠ ${o}`, (o: string) => ` 〔${o}〕`]);
      p.title((t) => (s.credit ? `${t}${named(s.credit.shown)}` : t)).blank();
      p.meta(fmtFr(s.date, "'Semaine' II '·' EEEE dd/MM/yyyy")).blank();
      p.body({
        [p.mid()]: [`Le conseil du technicien — ${d.pick(['Surveiller la cicadelle dès les premières chaleurs', 'Éviter le broyage des bordures avant la floraison', 'Semer de l’engrais vert entre les rangs'])}`],
      });
      p.chrome('Chaque titre est suivi du nom du journal d’où l’article est tiré.').blank();
      p.chrome(
        'La revue de presse de la coopérative rassemble chaque semaine des articles sur la lavande, le plateau et l’agriculture provençale. Ils appartiennent à leurs éditeurs et sont réservés aux coopérateurs ; merci de ne pas les transférer.',
      ).blank();
      p.chrome(`Coopérative lavandicole · Route de Manosque · Valensole · ${yearV23(p)}`);
      return { author: false, date: 'day' };
    },
  },
  {
    id: 'hobart-teachers',
    name: 'Derwent French Reader',
    lang: 'en',
    originals: 15,
    attribution: 'source-line',
    translate: { into: 'en', share: 0.6 },
    draw: weighted({ into: 'en', share: 0.6 }, [HOBART_PICKS, 0.74], [LOOKALIKES_V23.hobart, 0.14]),
    render(p) {
      const { d } = p;
      p.chrome('DERWENT FRENCH READER', 'Weekly reading from the French press for teachers and senior students in Tasmania', 'Readings | Vocabulary lists | Classroom ideas | Exams | Membership').blank();
      p.chrome(`${d.pick(['Term 1 planning day at the Sandy Bay campus', 'DELF B1 and B2 exam registrations close soon', 'Film night: French comedy at the State Cinema'])} · Hobart ${d.int(14, 29)}°C`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} (reading level B2)` : t)).blank();
      p.meta(fmtEn(onClock(p, 'Australia/Hobart'), "dd MMM yyyy '·' h:mm aaa 'Hobart time (AEDT)'"));
      const lines = attributionLines(
        p,
        [(o) => `Source publication: ${o}`, (o) => `Sourced from ${o}`, (o) => `Clipping source — ${o}`, (o) => `From: ${o}`],
        (a) => `Original author: ${a}`,
      );
      p.blank();
      bodyWithCredit(p, 'top', lines, {
        [p.mid()]: [`Classroom tip — ${d.pick(['Ask students to list every verb in the passé composé', 'Pair this text with a map of the region it mentions', 'Have the class summarise each paragraph in one sentence'])}`],
      });
      p.chrome('Download as PDF · Print worksheet · Email to a colleague').blank();
      p.chrome(
        'The Derwent French Reader is put together by volunteer members of a Tasmanian association of teachers of French. Newspaper titles are given as our translation software renders them. Articles are shared for classroom use only and remain the property of their publishers.',
      ).blank();
      p.chrome(`Derwent French Reader ${yearV23(p)} · Hobart, Tasmania · Members’ area`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'carcassonne-chess',
    name: 'L’Échiquier de la Cité',
    lang: 'fr',
    originals: 12,
    attribution: 'none',
    chromeOnlyPage: true,
    render(p) {
      const { d, s } = p;
      p.chrome('L’ÉCHIQUIER DE LA CITÉ', 'Lettre du club d’échecs de Carcassonne', 'Le club › La lettre › Revue de l’actualité').blank();
      p.chrome(`Séances : ${d.pick(['mardi 18 h – 21 h, Maison des associations', 'samedi 14 h, salle du Dôme', 'mercredi après-midi pour les jeunes, école Jean-Jaurès'])} · ${d.pick(['Open rapide de la Cité le 24', 'Championnat de l’Aude : inscriptions closes', 'Licence 2019 : 30 € adultes, 15 € jeunes'])}`).blank();
      p.title().blank();
      p.meta(fmtFr(s.date, "'Envoyée le' EEE dd '/' MM '/' yyyy")).blank();
      p.body({
        [p.mid()]: [`Problème de la semaine — ${d.pick(['Les blancs jouent et matent en deux coups', 'Les noirs jouent et gagnent une pièce', 'Trouvez la suite qui force la nulle'])}`],
      });
      p.chrome(
        'L’Échiquier de la Cité est adressé aux licenciés du club. Entre deux parties, le bureau y joint quelques articles d’actualité choisis pour les membres ; ils ne doivent pas être republiés ailleurs.',
      ).blank();
      p.chrome(`Club d’échecs de la Cité – Carcassonne – ${yearV23(p)}`, 'Se désinscrire de la lettre');
      return { author: false, date: 'day' };
    },
  },
];

const JUNK_V23: readonly { name: string; bytes: Uint8Array }[] = [
  { name: 'gif-head', bytes: Buffer.from('GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04', 'latin1') },
  { name: 'pdf-head', bytes: Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n', 'latin1') },
  { name: 'zip-head', bytes: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x21, 0x6e, 0x4a, 0x4f, 0x00, 0x00, 0x00, 0x00]) },
  { name: 'ogg-head', bytes: Buffer.from('OggS\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x8b\x1c\x00\x00', 'latin1') },
  { name: 'elf-head', bytes: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0, 0, 0, 0, 0, 0, 0, 0, 0x02, 0x00, 0x3e, 0x00]) },
  { name: 'robots', bytes: Buffer.from('User-agent: *\nDisallow: /admin/\nDisallow: /recherche?\nSitemap: /sitemap_index.xml\n', 'utf8') },
  { name: 'js-redirect', bytes: Buffer.from('<script>window.location.replace("/consent/?return=%2F");</script>\n<noscript>Activez JavaScript pour continuer.</noscript>\n', 'utf8') },
  { name: 'forbidden', bytes: Buffer.from('403 Forbidden\nAccess to this resource on the server is denied.\nRequest ID: 5f2e-77ab-c901\n', 'utf8') },
  { name: 'session-expired', bytes: Buffer.from('Votre session a expiré.\nVeuillez vous reconnecter pour accéder à votre espace abonné.\nIdentifiant\nMot de passe\n', 'utf8') },
  { name: 'crlf-only', bytes: Buffer.from('\r\n\r\n \r\n\r\n', 'utf8') },
];

// ——— Generation ———

/** How many other sites carry a copy of one original. */
function copiesV23(d: Dice): number {
  const roll = d.next();
  return COPY_ODDS_V23.find(([bound]) => roll < bound)![1];
}

/** The credit a copy on `host` shows: what the original credited (or the first site's own name), if `host` names outlets and can show this one. */
function creditOnHost(d: Dice, story: Story, first: SiteV23, host: SiteV23): Credit | null {
  const origin = story.credit ?? (first.attribution === 'own' ? { canonical: first.name, lookalike: first.lookalike === true } : null);
  if (origin === null || host.attribution === 'own' || host.attribution === 'none') return null;
  if (host.canShow && !host.canShow(origin.canonical)) return null;
  return printedAs(d, origin.canonical, host.translate, origin.lookalike);
}

/** The copy of `story` on `host`: maybe without its headline (never on the title-suffix review, whose headline names the outlet), maybe cut short. */
function copyOnHost(d: Dice, story: Story, first: SiteV23, host: SiteV23, others: string[]): Story {
  const cut = story.src.body.length >= 4 && d.chance(MIX_V23.cut);
  const headline = host.attribution === 'title-suffix' || !d.chance(MIX_V23.headless);
  const credit = creditOnHost(d, story, first, host);
  return { ...story, body: cut ? story.src.body.slice(0, -1) : story.src.body, headline, credit, others };
}

/**
 * Builds the v23 set from clean sources (deterministic for a seed): each site's originals and their copies on
 * up to three other sites, uncredited bare files, chrome-only pages and junk, shuffled, each file in one of
 * several encodings and named by content.
 */
export function generateUnseenV23(pool: readonly UnseenSource[], seed: number = FROZEN_SEED_V23): { files: UnseenFile[]; manifest: UnseenEntry[] } {
  const d = new Dice(makeRng(seed));
  const needed = SITES_V23.reduce<number>((n, site) => n + site.originals, MIX_V23.bare);
  if (pool.length < needed) throw new Error(`unseen sites v23: the pool has ${pool.length} clean articles, ${needed} are needed`);
  const drawn = d.sample(pool, needed);
  const titles = drawn.map((src) => src.title);
  const otherTitles = (src: UnseenSource): string[] => d.sample(titles.filter((t) => t !== src.title), 5);
  const when = (): TZDate => {
    const day = new Date(MIX_V23.firstDay + d.int(0, MIX_V23.days - 1) * 86_400_000);
    return new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), d.int(6, 21), d.int(0, 59), 0, PARIS_TZ);
  };
  const made: MadePage[] = [];
  let next = 0;
  for (const site of SITES_V23) {
    for (const src of drawn.slice(next, next + site.originals)) {
      const story: Story = { src, body: src.body, author: d.pick(WRITERS_V23), date: when(), headline: true, credit: site.draw?.(d) ?? null, others: otherTitles(src) };
      made.push(page(site, story, d, false));
      for (const host of d.sample(SITES_V23.filter((other) => other !== site), copiesV23(d))) {
        made.push(page(host, copyOnHost(d, story, site, host, otherTitles(src)), d, false));
      }
    }
    next += site.originals;
    if (site.chromeOnlyPage) {
      const filler = drawn[0]!;
      const empty: Story = { src: filler, body: [], author: d.pick(WRITERS_V23), date: when(), headline: false, credit: null, others: otherTitles(filler) };
      made.push(page(site, empty, d, true));
    }
  }
  made.push(...drawn.slice(next).map((src) => creditsNobody(bareFile(src))), ...JUNK_V23.map((junk) => creditsNobody(junkFile(junk))));
  return packFiles(d, made, ENCODINGS_V23, 'v23-');
}

/** Heading of the v23 table and JSON. */
export const V23_HEADING = 'UNSEEN SITES v23 (frozen 2026-12-01)';

/** Generates v23, runs the real ingest on it and prints its figures (without the DEV simulation). */
export const runUnseenEvalV23 = unseenSetRunner(V23_HEADING, generateUnseenV23);

generatorCli(import.meta.url, 'unseen sites v23', generateUnseenV23, FROZEN_SEED_V23);
