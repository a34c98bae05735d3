/**
 * Generates the unseen-sites v24 DEVELOPMENT set (issue 8): twelve more ordinary news sites, of kinds and places no earlier set had.
 *
 * DEVELOPMENT SET, written without reading the rules on 2026-12-01. Written without reading the ingest rules
 * (src/ingest/), the word lists and outlet list (src/data/), the renderer and pages, or any score of any other set
 * (the scorer, src/eval/unseen-sites.ts, was read for its types and conventions), and without opening the frozen
 * v21, v22 and v23 generators or their tests; of the earlier sets only the shared scaffolding
 * (scripts/unseen-sites.ts, v2's `page` and `SiteV2`, simulate-heldout's `Dice` and encodings, scripts/rng.ts),
 * v19's and v20's generators and tests (for the format and the scaffolding calls, not their sites or wordings) and
 * the site lists in the headers of v3–v20 (to pick other kinds and places) were read. The sites, outlets, credit
 * wordings, translations, title decorations, date formats, time zones, junk and chrome here are new. Unlike the
 * frozen sets it is development data from the start: its misses may be read (`--show N`) to find general causes,
 * but do not edit its templates, wordings or seed to move a score.
 *
 * `npm run eval:unseen` scores v1 to v23 then this set (`npm run eval:unseen:v24`, or `npm run eval -- --unseen
 * --unseen-set v24`, for this one only); `npx tsx scripts/unseen-sites-v24.ts --out DIR` only writes the folder
 * and its manifest (the v1 format, with v2's `outletEvidence`).
 *
 * The twelve sites: a Tournai (Hainaut, Belgium) regional news site whose own name begins like a Brussels
 * daily's (a look-alike, its own reporters, "heure belge"), a Luxembourg regional portal in Esch-sur-Alzette
 * (its own reporters, straight apostrophes), a bilingual French–German site in Biel/Bienne (canton of Bern,
 * Switzerland) crediting Swiss romand papers, German-language Swiss papers translated into French word for word
 * and look-alike titles (the credit at the top), a Rabat (Morocco) portal crediting Moroccan, Maghreb and French
 * outlets, English-language and Arabic Middle East outlets garbled into French and look-alike titles (its times
 * in Moroccan time, GMT+1; the credit inside the text), a Niamey (Niger) portal pointing to the original's
 * address (its times in universal time, "TU"), a Breton cultural association's bulletin in Quimper with a
 * bilingual Breton–French date and a source line at the top or the foot, a wood and sawmill trade letter in
 * Épinal (Vosges, Lorraine) crediting Lorraine and trade papers, English-language timber papers garbled into
 * French and look-alike titles (the credit at the foot), a rural mayors' association letter in Guéret (Creuse)
 * crediting nobody (the day only), an English-language francophile site in Portland (Oregon) translating French
 * national papers' names into English word for word (its times in Pacific time, month first), an
 * English-language Plymouth (Devon) regional paper doing the same with Breton, Norman and western papers (its
 * times in GMT, the credit inside the text), an English-language Cork (Ireland) news site (its own reporters,
 * Irish time), and an English-language aggregator in Manchester keeping the original's name after the headline
 * (its times in UTC). Article text is read AT RUN TIME from ../shared/corpus/gilets-jaunes (v1's clean pool,
 * drawn with another seed): no corpus text is stored here.
 *
 * Title decorations (none of them part of the headline, which stays the publisher's): a prefix tag ("Tournaisis
 * ⁞ Titre" on the Tournai site, "Sahel ≫ Titre" on the Niamey portal, "Conjoncture ⟶ Titre" on the Épinal
 * letter, "Dispatch from France: Title" on the Portland site, "Over the Channel ▹ Title" on the Plymouth paper),
 * a site-name suffix ("Titre // Minett Info" on the Esch portal, "Titre ◊ Bouregreg Info" on the Rabat portal,
 * "Titre · Keleier Kerne" on the Quimper bulletin), a note after the headline ("Titre (FR/DE)" on the Bienne
 * site, "Titre (pour info)" on the Guéret letter, "Title [Europe]" on the Cork site), and on the Manchester
 * aggregator the original outlet's name after " ▪ ", " ⇢ " or " ◇ " (its evidence). Date formats: "Publié le
 * 11 janv. 2019 à 14 h 05 (heure belge)", "Esch, le vendredi 11/01/2019 - 14.05 h", "Mis en ligne/Online:
 * 11.01.2019 14:05 (HEC/MEZ)", "Posté le 11-01-2019 | 14H05 (heure de Rabat, GMT+1)", "Niamey, 11.01.2019 à
 * 13:05 TU", "Embannet d'an 11 a viz Genver 2019 / Publié le 11 janvier 2019, 14h05", "Lettre du 11.01.2019 —
 * diffusée à 14:05", "Envoi du 11/01/2019 aux maires adhérents", "Posted 01/11/2019 at 5:05 a.m. PT", "Published
 * at 1.05pm GMT on 11th January 2019", "Fri, Jan 11, 2019, 13:05 (Irish time)" and "Original publication:
 * 2019-01-11 13:05 UTC".
 *
 * Expected outlet: v2's convention (who published the article first, as the file credits it), recorded per
 * file in `outletEvidence`: machine-translated names of real outlets expect the real outlet's usual name,
 * look-alike names are kept as written, the site's own name is the outlet only where it shows its masthead and
 * its own staff's byline, the republisher is the site's name whenever the file credits another outlet, and null
 * when nothing credits one. Republishing sites show a byline only beside a credit. Every time shown names its
 * zone or is Paris time (Belgian, Luxembourg and Swiss time are Paris time): the Rabat, Niamey, Portland,
 * Plymouth, Cork and Manchester sites show their own clock with its zone (GMT+1, TU = UTC, PT = UTC−8, GMT,
 * Irish time = UTC in winter, UTC: the whole period is in each zone's standard time), the others Paris time
 * (winter 2018-19, so UTC+1); the expected date is the same instant, written in Paris time. The Guéret letter
 * shows the Paris day only. Files are written in UTF-8 (with or without a BOM, LF or CRLF), Windows-1252,
 * ISO-8859-1 (`latin1`, only for pages whose every character it holds; Windows-1252 otherwise) and UTF-16 LE.
 */
import { createHash } from 'node:crypto';
import { TZDate } from '@date-fns/tz';
import type { UnseenEntry } from '../src/eval/unseen-sites.ts';
import { makeRng } from './rng.ts';
import { Dice, encodeText, type Encoding } from './simulate-heldout.ts';
import { page, type SiteV2 } from './unseen-sites-v2.ts';
import {
  bareFile,
  creditsNobody,
  de,
  fmtEn,
  fmtFr,
  generatorCli,
  junkFile,
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

/** The v24 seed: no earlier set drew with it. */
export const SEED_V24 = 20261201_24;
/** Clean articles written with their headline and paragraphs only, crediting nobody. */
const BARE_V24 = 10;
/** Share of copies scraped without their headline line. */
const NO_HEADLINE = 0.3;
/** Share of copies (of bodies with four paragraphs or more) that lose their closing paragraph. */
const NO_ENDING = 0.3;
/** The period: 95 days from 24 November 2018, in Paris winter time (UTC+1) and before the US and UK clocks change. */
const PERIOD_START = Date.UTC(2018, 10, 24);
const PERIOD_DAYS = 95;
const PARIS = 'Europe/Paris';
/** A v24 encoding: the shared ones, plus ISO-8859-1 where the page fits in it. */
type EncodingV24 = Encoding | 'latin1';
/** The encodings drawn for the files: plain UTF-8 most often, then Windows-1252, Latin-1, a BOM, CRLF ends and UTF-16 LE. */
const ENCODINGS_V24: readonly EncodingV24[] = ['utf-8', 'cp1252', 'latin1', 'utf-8', 'utf-8-bom', 'utf-8-crlf', 'utf-16le-bom', 'cp1252-crlf', 'utf-8', 'latin1', 'utf-8', 'cp1252'];

/** How many other sites carry a copy of one original (none, most often). */
function copiesOn(d: Dice): number {
  const r = d.next();
  return r < 0.5 ? 0 : r < 0.83 ? 1 : r < 0.96 ? 2 : 3;
}

// ——— People ———

const BYLINES_V24 = [
  'Maxime Vanderhaegen', 'Delphine Dewaele', 'Jérôme Wagner', 'Carole Hoffmann-Reuter', 'Lukas Gerber', 'Anne-Laure Chappuis', 'Youssef El Amrani',
  'Salma Bennani', 'Moussa Issoufou Abdou', 'Aïssata Hamani', 'Goulven Le Gall', 'Nolwenn Kerhervé', 'Thibault Colin-Mougenot', 'Élodie Humbert',
  'Franck Lavergne', 'Martine Aupetit', 'Caitlin Brody', 'Wesley Hartman', 'Róisín Ní Bhriain', 'Declan Sheehan', 'Harriet Pascoe', 'Tom Trelawny',
];
const PHOTO_V24 = ['Benoît Vandeputte', 'Gaëlle Ropars', 'Oumarou Garba', 'Seán Cronin'];

// ——— Outlets ———

const BIENNE_PRESS = ['Le Journal du Jura', 'Le Temps', 'Tribune de Genève', 'Le Quotidien jurassien', 'ArcInfo', 'La Liberté', '24 heures', 'RTS Info', 'Keystone-ATS'];
const SWISS_DE = ['Neue Zürcher Zeitung', 'Tages-Anzeiger', 'Bieler Tagblatt', 'Blick', 'Berner Zeitung'];
const RABAT_PRESS = ['TelQuel', 'Médias24', 'Le360', 'Le Desk', 'Maroc Hebdo', 'Aujourd’hui le Maroc', 'La Vie éco', 'Jeune Afrique', 'Le Monde', 'RFI', 'France 24', 'El Watan', 'La Presse de Tunisie'];
const MIDEAST_EN = ['Morocco World News', 'Middle East Eye', 'The Arab Weekly', 'Al-Monitor', 'The North Africa Post', 'Asharq Al-Awsat'];
const NIAMEY_LINKED = ['ActuNiger', 'Le Sahel', 'Tamtaminfo', 'Studio Kalangou', 'Niamey et les 2 jours', 'RFI', 'Jeune Afrique', 'Le Monde', 'France 24', 'TV5Monde', 'Libération', 'Le Figaro', 'Mediapart'];
const QUIMPER_PRESS = ['Le Télégramme', 'Ouest-France', 'France 3 Bretagne', 'Le Peuple breton', 'Ya!', 'Le Poher', 'Côté Quimper', 'Bremañ', 'France Bleu Breizh Izel', 'Le Monde', 'Libération'];
const EPINAL_PRESS = ['L’Est Républicain', 'Vosges Matin', 'Le Républicain lorrain', 'La Liberté de l’Est', 'Le Bois International', 'Les Échos', 'Le Monde', 'France 3 Grand Est', 'L’Usine nouvelle', 'Forêts de France'];
const TIMBER_EN = ['Timber Trades Journal', 'Forestry Journal', 'Random Lengths', 'Pallet Enterprise', 'Wood Based Panels International'];
const PORTLAND_PICKS = [
  'Le Monde', 'Libération', 'Le Canard enchaîné', 'Le Monde diplomatique', 'Le Journal du Dimanche', 'Courrier international', 'Le Parisien', 'Les Échos',
  'Midi libre', 'Le Dauphiné libéré', 'La Croix', 'Le Figaro', 'Mediapart',
];
const PLYMOUTH_PICKS = [
  'Le Télégramme', 'Ouest-France', 'Le Courrier de l’Ouest', 'Presse Océan', 'La Voix du Nord', 'La Presse de la Manche', 'Paris-Normandie', 'Le Parisien',
  'Le Monde', 'La Libre Belgique', 'Le Soir', 'La Dernière Heure',
];
const MANCHESTER_PRESS = [
  'Le Monde', 'Le Figaro', 'Libération', 'Ouest-France', 'Le Parisien', 'Les Échos', 'La Croix', 'Mediapart', 'Le Point', 'L’Express', 'France 24',
  'Le Télégramme', 'La Voix du Nord',
];

/** Invented outlets (or other real ones) whose names begin like a known outlet's: the expected outlet is the name as written. */
const LOOKALIKES_V24 = {
  bienne: ['Le Temps du Seeland', 'La Liberté biennoise'],
  rabat: ['Le Monde amazigh', 'Jeune Atlas'],
  quimper: ['Le Monde celte', 'Ouest Cornouaille Hebdo'],
  epinal: ['L’Est Forestier', 'Le Républicain des Scieurs'],
  portland: ['Le Point Cascadia', 'L’Express de l’Oregon'],
  plymouth: ['Le Télégramme des Îles', 'La Presse de la Mer d’Iroise'],
  manchester: ['Libération Champagne', 'Le Point du Jour'],
} as const;
const IS_LOOKALIKE_V24: ReadonlySet<string> = new Set(Object.values(LOOKALIKES_V24).flat());

/** Francophone names as a translation engine renders them in English, word for word (some reorder the words). */
const INTO_EN_V24: Record<string, readonly string[]> = {
  'Le Monde': ['The World'],
  'Libération': ['Liberation'],
  'Le Canard enchaîné': ['The Chained Duck', 'The Duck Chained'],
  'Le Monde diplomatique': ['The Diplomatic World', 'The World Diplomatic'],
  'Le Journal du Dimanche': ['The Sunday Newspaper', 'The Journal of Sunday'],
  'Courrier international': ['International Courier', 'Courier International'],
  'Le Parisien': ['The Parisian'],
  'Les Échos': ['The Echoes'],
  'Midi libre': ['Free Midi', 'Midday Free'],
  'Le Dauphiné libéré': ['The Liberated Dauphiné', 'The Dauphiné Freed'],
  'La Croix': ['The Cross'],
  'Le Télégramme': ['The Telegram'],
  'Ouest-France': ['West-France', 'West France', 'France-West'],
  'Le Courrier de l’Ouest': ['The Courier of the West', 'The West Courier'],
  'Presse Océan': ['Ocean Press', 'Press Ocean'],
  'La Voix du Nord': ['The Voice of the North', 'The North Voice'],
  'La Presse de la Manche': ['The Channel Press', 'The Press of the Sleeve'],
  'La Libre Belgique': ['The Free Belgium', 'Free Belgium'],
  'Le Soir': ['The Evening'],
  'La Dernière Heure': ['The Last Hour'],
  'Le Temps': ['The Time'],
  'Tribune de Genève': ['Geneva Tribune', 'Tribune of Geneva'],
  'L’Est Républicain': ['The Republican East', 'The East Republican'],
  'Le Républicain lorrain': ['The Lorraine Republican', 'The Republican Lorrain'],
  'Le Point': ['The Point'],
};
/** English, German and Arabic names as a translation engine garbles them in French, word for word (some reorder the words). */
const INTO_FR_V24: Record<string, readonly string[]> = {
  'Neue Zürcher Zeitung': ['Nouvelle Gazette de Zurich', 'La Nouvelle Gazette zurichoise'],
  'Tages-Anzeiger': ['L’Indicateur du jour', 'Indicateur quotidien'],
  'Bieler Tagblatt': ['La Feuille du jour de Bienne', 'Feuille quotidienne biennoise'],
  'Blick': ['Le Regard'],
  'Berner Zeitung': ['Le Journal bernois', 'Journal de Berne'],
  'Morocco World News': ['Nouvelles du Monde Maroc', 'Les Nouvelles mondiales du Maroc'],
  'Middle East Eye': ['L’Œil du Moyen-Orient', 'Œil Moyen-Orient'],
  'The Arab Weekly': ['L’Hebdomadaire arabe', 'L’Arabe hebdomadaire'],
  'Al-Monitor': ['Le Moniteur'],
  'The North Africa Post': ['La Poste de l’Afrique du Nord', 'Le Poste Nord-Africain'],
  'Asharq Al-Awsat': ['Le Moyen-Orient', 'L’Orient moyen'],
  'Timber Trades Journal': ['Le Journal des métiers du bois', 'Journal Commerces Bois'],
  'Forestry Journal': ['Le Journal de la Foresterie', 'Journal Forestier'],
  'Random Lengths': ['Longueurs aléatoires', 'Les Longueurs au hasard'],
  'Pallet Enterprise': ['L’Entreprise de la palette', 'Entreprise Palette'],
  'Wood Based Panels International': ['Panneaux à base de bois International', 'International des Panneaux Base Bois'],
};

/** Web hosts of the outlets the Niamey portal links to. */
const HOSTS_V24: Record<string, string> = {
  ActuNiger: 'www.actuniger.com', 'Le Sahel': 'www.lesahel.org', Tamtaminfo: 'www.tamtaminfo.com', 'Studio Kalangou': 'www.studiokalangou.org',
  'Niamey et les 2 jours': 'www.niameyetles2jours.com', RFI: 'www.rfi.fr', 'Jeune Afrique': 'www.jeuneafrique.com', 'Le Monde': 'www.lemonde.fr',
  'France 24': 'www.france24.com', TV5Monde: 'information.tv5monde.com', Libération: 'www.liberation.fr', 'Le Figaro': 'www.lefigaro.fr',
  Mediapart: 'www.mediapart.fr', 'Le Parisien': 'www.leparisien.fr', 'Les Échos': 'www.lesechos.fr', 'La Croix': 'www.la-croix.com',
  'Ouest-France': 'www.ouest-france.fr', 'Le Télégramme': 'www.letelegramme.fr', TelQuel: 'telquel.ma', Le360: 'fr.le360.ma', 'Le Temps': 'www.letemps.ch',
  'L’Est Républicain': 'www.estrepublicain.fr', 'Le Soir': 'www.lesoir.be', 'La Voix du Nord': 'www.lavoixdunord.fr', 'Courrier international': 'www.courrierinternational.com',
};

/** Names the Manchester aggregator can print after a headline. */
const MANCHESTER_NAMES: readonly string[] = [
  ...MANCHESTER_PRESS, ...LOOKALIKES_V24.manchester, 'Le Journal du Jura', 'TelQuel', 'Jeune Afrique', 'RFI', 'ActuNiger', 'Le Canard enchaîné',
  'Le Monde diplomatique', 'Courrier international', 'Le Soir', 'La Libre Belgique', 'Le Temps', 'L’Est Républicain', 'Vosges Matin', 'La Libre Escaut',
  'Minett Info', 'Leeside Ledger',
];

type Into = SiteV2['translate'];

/** A v24 site: a v2 site, plus which originals its way of crediting can show on a copy (all when absent). */
interface SiteV24 extends SiteV2 {
  canShow?: (canonical: string) => boolean;
}

/** The credit a site printing in `into`'s language shows for `canonical`: translated word for word, or as written. */
function creditAsPrinted(d: Dice, canonical: string, into: Into, lookalike = IS_LOOKALIKE_V24.has(canonical)): Credit {
  const table: Record<string, readonly string[]> | undefined = into === undefined ? undefined : into.into === 'en' ? INTO_EN_V24 : INTO_FR_V24;
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

const yearV24 = (p: Page): string => fmtFr(p.s.date, 'yyyy');
/** A republisher names the original's writer only beside the credit. */
const writerIfCredited = (p: Page, date: Shown['date']): Shown => ({ author: p.s.credit !== null, date });
/** The story's moment on another clock (the same instant). */
const onClock = (p: Page, zone: string): TZDate => new TZDate(p.s.date.getTime(), zone);
/** Breton month names, January first. */
const BRETON_MONTHS = ['Genver', "C'hwevrer", 'Meurzh', 'Ebrel', 'Mae', 'Mezheven', 'Gouere', 'Eost', 'Gwengolo', 'Here', 'Du', 'Kerzu'];
/** "à" before an outlet name, contracted as French writes it ("au Desk", "aux Nouvelles…", "à TelQuel", "à La Vie éco"). */
function aTo(outlet: string): string {
  if (/^Le /.test(outlet)) return `au ${outlet.slice(3)}`;
  if (/^Les /.test(outlet)) return `aux ${outlet.slice(4)}`;
  return `à ${outlet}`;
}
/** The original's address on its outlet's site, in one of three URL shapes. */
function addressOf(p: Page): string {
  const { d, s } = p;
  const host = HOSTS_V24[s.credit!.canonical]!;
  const words = slug(s.src.title);
  return d.pick([
    () => `https://${host}/${words}-${d.int(100_000, 999_999)}.html`,
    () => `https://${host}/news/${fmtFr(s.date, 'yyyyMMdd')}/${words}`,
    () => `http://${host}/index.php?option=com_content&id=${d.int(10_000, 99_999)}&titre=${words}`,
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

export const SITES_V24: readonly SiteV24[] = [
  {
    id: 'tournai-regional',
    name: 'La Libre Escaut',
    lang: 'fr',
    originals: 16,
    attribution: 'own',
    lookalike: true,
    chromeOnlyPage: true,
    render(p) {
      const { d, s } = p;
      p.chrome(
        'La Libre Escaut utilise des cookies fonctionnels, analytiques et publicitaires. Les cookies publicitaires nous permettent de financer une information locale gratuite en Wallonie picarde ; vous pouvez modifier vos préférences à tout moment via le lien « Vie privée » en bas de page.',
        'Accepter et fermer',
        'Gérer mes préférences',
      ).blank();
      p.chrome('LA LIBRE ESCAUT', 'Tournai · Mouscron · Ath · Leuze · Péruwelz · Comines · Excel Mouscron · RFC Tournai', 'Mon compte | Je m’abonne').blank();
      p.chrome(`E42 : ${d.pick(['trafic fluide vers Mons', 'bouchon à hauteur de Pecq', 'travaux à Tournai-Ouest, une bande'])} · Escaut à Tournai : ${d.pick(['navigation normale', 'cote d’alerte', 'écluse de Kain en chômage'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `Tournaisis ⁞ ${t}` : t)).blank();
      p.meta(
        d.pick([`Par ${s.author}`, `${s.author}, correspondant(e) en Wallonie picarde`, `Un reportage de ${s.author}`]),
        fmtFr(s.date, "'Publié le' d MMM yyyy 'à' H 'h' mm '(heure belge)'"),
      ).blank();
      p.chrome(`© ${d.pick(PHOTO_V24)} – La Libre Escaut`);
      p.body({ [p.mid()]: [`Lire aussi ▸ ${p.related(1)[0]!}`] });
      p.chrome(
        'Cet article est réservé à nos abonnés. Vous lisez gratuitement trois articles par mois : pour continuer, abonnez-vous à La Libre Escaut numérique à partir de 6,50 euros par mois, sans engagement, et soutenez le travail de nos journalistes régionaux.',
        'Je découvre les offres',
      ).blank();
      p.chrome(`👍 ${p.n(60)}   💬 ${p.n(30)}   ↗ Partager`).blank();
      p.chrome('Également dans Tournai', ...p.related(2)).blank();
      p.chrome(`© ${yearV24(p)} La Libre Escaut – Éditions de l’Escaut SA – Grand-Place, Tournai – Toute reproduction interdite`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'esch-portal',
    name: 'Minett Info',
    lang: 'fr',
    originals: 14,
    attribution: 'own',
    render(p) {
      const { d, s } = p;
      p.chrome('MINETT INFO', "L'actualité du sud du Luxembourg : Esch, Differdange, Dudelange, Pétange et la frontière", 'FR | DE | LU | PT', 'Accueil > Région > Société').blank();
      p.chrome(`Prix à la pompe : diesel 1,${d.int(100, 199)} EUR/l · sans plomb 95 : 1,${d.int(150, 260)} EUR/l · A4 vers Luxembourg : ${d.pick(['fluide', 'ralentissements à Lallange', 'accident à Foetz'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} // Minett Info` : t)).blank();
      p.meta(fmtFr(s.date, "'Esch, le' EEEE dd/MM/yyyy '-' HH'.'mm 'h'"), d.pick([`Rédaction : ${s.author}`, `${s.author} (Minett Info)`, `Texte et photos : ${s.author}`])).blank();
      p.body({
        [p.mid()]: [`Annonce - ${d.pick(['Appartement 2 chambres à Belval, 1.650 EUR charges comprises', 'Cherche frontalier pour covoiturage Thionville-Kirchberg', 'Cours de luxembourgeois pour débutants, inscriptions ouvertes'])}`],
      });
      p.chrome(`Commentaires (${p.n(40)}) - Connectez-vous pour réagir`).blank();
      p.chrome(
        "Les contenus de Minett Info sont protégés par le droit d'auteur luxembourgeois. Toute reproduction, adaptation ou diffusion, même partielle, sur quelque support que ce soit, est interdite sans l'accord écrit préalable de l'éditeur, à l'exception des courtes citations.",
      ).blank();
      p.chrome("Recevez Minett Info chaque matin à 7 heures : l'essentiel du sud du pays en cinq minutes de lecture.", "S'inscrire").blank();
      p.chrome(`Minett Info (c) ${yearV24(p)} - Éditions du Minett SARL - Esch-sur-Alzette - Grand-Duché de Luxembourg`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'bienne-bilingual',
    name: 'Seeland Romand',
    lang: 'fr',
    originals: 16,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.85 },
    draw: weightedCredits({ into: 'fr', share: 0.85 }, [BIENNE_PRESS, 0.44], [SWISS_DE, 0.3], [LOOKALIKES_V24.bienne, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('SEELAND ROMAND', 'Le site bilingue de Bienne et du Seeland · Die zweisprachige Seite aus Biel und dem Seeland', 'Bienne/Biel | Seeland | Jura bernois | Canton | Sport | Agenda').blank();
      p.chrome(`Lac de Bienne : ${d.int(3, 8)} °C · Funiculaire Macolin/Magglingen : ${d.pick(['en service', 'révision annuelle', 'horaire d’hiver'])} · EHC Biel : ${d.pick(['victoire 4-2', 'défaite 1-3', 'match reporté'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} (FR/DE)` : t)).blank();
      p.meta(fmtFr(s.date, "'Mis en ligne/Online:' dd.MM.yyyy HH:mm '(HEC/MEZ)'"));
      p.credit([
        (o) => `Avec nos partenaires ${de(o)}`,
        (o) => `Contenu fourni par ${o} / Inhalt von ${o}`,
        (o) => `Le présent article provient ${de(o)}.`,
        (o) => `Quelle / Source : ${o}`,
      ]);
      if (s.credit) p.meta(d.pick([`Auteur·e : ${s.author}`, `Texte : ${s.author} / Text: ${s.author}`]));
      p.blank();
      p.body({
        [p.mid()]: [`Publicité / Werbung — ${d.pick(['Montres d’occasion révisées, atelier rue de Nidau', 'Cours de suisse allemand pour romands, le jeudi soir', 'Abonnement Libero à prix réduit pour les apprentis'])}`],
      });
      p.chrome('Partager / Teilen : WhatsApp · Facebook · E-mail').blank();
      p.chrome(
        'Seeland Romand reprend avec leur accord des articles de la presse régionale et nationale. Les textes parus en allemand sont traduits automatiquement, noms des journaux compris, puis relus par la rédaction. Die deutschsprachigen Originale sind massgebend.',
      ).blank();
      p.chrome(`© ${yearV24(p)} Seeland Romand · Place Centrale, 2502 Bienne · Impressum · Protection des données`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'rabat-portal',
    name: 'Bouregreg Info',
    lang: 'fr',
    originals: 16,
    attribution: 'credit',
    chromeOnlyPage: true,
    translate: { into: 'fr', share: 0.85 },
    draw: weightedCredits({ into: 'fr', share: 0.85 }, [RABAT_PRESS, 0.44], [MIDEAST_EN, 0.3], [LOOKALIKES_V24.rabat, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Bouregreg Info et ses partenaires utilisent des traceurs pour mesurer l’audience, afficher des publicités adaptées et permettre le partage sur les réseaux sociaux. En continuant à naviguer sur ce portail, vous acceptez leur utilisation conformément à la loi 09-08.',
        'OK',
        'Paramètres',
      ).blank();
      p.chrome('BOUREGREG INFO', 'Rabat · Salé · Témara · Kénitra · Maroc · Maghreb · Monde', 'Politique | Économie | Société | Diaspora | Culture | Sport').blank();
      p.chrome(`MASI ${d.int(11000, 11900)},${d.int(10, 99)} · 1 € = ${d.int(10, 11)},${d.int(10, 99)} DH · ${d.pick(['Pluies attendues sur le Gharb', 'Ciel dégagé sur Rabat, 19 °C', 'Houle forte sur l’Atlantique'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} ◊ Bouregreg Info` : t)).blank();
      p.meta(fmtFr(onClock(p, 'Africa/Casablanca'), "'Posté le' dd-MM-yyyy '|' HH'H'mm '(heure de Rabat, GMT+1)'")).blank();
      const credit = s.credit
        ? [
            d.pick([
              (o: string) => `Ce papier nous vient de nos confrères ${de(o)}.`,
              (o: string) => `(Repris ${de(o)})`,
              (o: string) => `Article paru en premier lieu ${aTo(o)} — tous droits réservés.`,
              (o: string) => `Lu chez ${o} et reproduit avec son accord.`,
            ])(s.credit.shown),
            d.pick([`Signé ${s.author}`, `Par ${s.author}`]),
          ]
        : [];
      bodyWithCredit(p, p.mid(), credit, {
        [p.s.body.length - 2]: [`Sponsorisé — ${d.pick(['Crédit immobilier à taux fixe pour les MRE', 'Séjour à Dakhla : vols directs depuis Rabat-Salé', 'Cours d’espagnol intensifs au centre-ville'])}`],
      });
      p.chrome(`${p.n(80)} réactions`, 'Votre commentaire sera publié après validation par la modération.', 'Envoyer').blank();
      p.chrome('Sur le même sujet', ...p.related(2)).blank();
      p.chrome(
        'Bouregreg Info sélectionne chaque jour des articles de la presse marocaine, maghrébine et internationale. Les articles rédigés en anglais ou en arabe sont traduits par un outil automatique, y compris les noms des titres de presse ; les droits restent à leurs éditeurs.',
      ).blank();
      p.chrome(`© ${yearV24(p)} Bouregreg Info — Hassan, Rabat — Tous droits réservés`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'niamey-portal',
    name: 'Fleuve Niger Info',
    lang: 'fr',
    originals: 16,
    attribution: 'url-host',
    canShow: (canonical) => canonical in HOSTS_V24,
    draw: weightedCredits(undefined, [NIAMEY_LINKED, 0.9]),
    render(p) {
      const { d, s } = p;
      p.chrome('FLEUVE NIGER INFO', 'Le portail d’information du Niger et du Sahel', 'Accueil / Politique / Sécurité / Économie / Régions / Sport').blank();
      p.chrome(`Niamey : ${d.int(28, 38)} °C, ${d.pick(['harmattan, visibilité réduite', 'ciel clair', 'brume sèche'])} · Fleuve Niger à Niamey : ${d.int(180, 420)} cm · 1 € = 655,957 FCFA`).blank();
      p.title((t) => (d.chance(0.3) ? `Sahel ≫ ${t}` : t)).blank();
      p.meta(fmtFr(onClock(p, 'UTC'), "'Niamey,' dd.MM.yyyy 'à' HH:mm 'TU'"));
      if (s.credit) {
        const url = addressOf(p);
        p.meta(d.pick([`Lire l’original : ${url}`, `Publié d’abord sur ${url}`, `Lien source : ${url}`, `🔗 ${url}`]), d.pick([`Auteur de l’article : ${s.author}`, `${s.author}, pour le site d’origine`]));
      }
      p.blank();
      p.body({
        [p.mid()]: [`Communiqué — ${d.pick(['Orange Money : transferts gratuits vers le Burkina ce week-end', 'Recrutement : ONG cherche logisticien basé à Agadez', 'Foire artisanale au Palais du 29-Juillet samedi'])}`],
      });
      p.chrome('Partagez : Facebook | WhatsApp | Telegram | Courriel').blank();
      p.chrome(
        'Fleuve Niger Info est un agrégateur de presse : chaque article renvoie vers l’adresse de sa publication d’origine, dont l’éditeur conserve l’intégralité des droits. Pour toute demande de retrait, écrivez à la rédaction, qui répond sous quarante-huit heures.',
      ).blank();
      p.chrome(`Fleuve Niger Info © ${yearV24(p)} · Plateau, Niamey · République du Niger`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'quimper-breton',
    name: 'Keleier Kerne',
    lang: 'fr',
    originals: 15,
    attribution: 'source-line',
    draw: weightedCredits(undefined, [QUIMPER_PRESS, 0.72], [LOOKALIKES_V24.quimper, 0.14]),
    render(p) {
      const { d, s } = p;
      p.chrome('KELEIER KERNE', "Bulletin de l'association Kerne Sevenadur - Keleier ar gevredigezh", 'Degemer / Accueil · Kentelioù / Cours · Fest-noz · Revue de presse').blank();
      p.chrome(`Fest-noz ${d.pick(['samedi à Ergué-Gabéric', 'dimanche à Briec', 'vendredi à Pluguffan'])} · Kentelioù brezhoneg : ${d.pick(['lundi 18h30', 'mercredi 20h', 'jeudi 19h'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} · Keleier Kerne` : t)).blank();
      const breton = `Embannet d'an ${fmtFr(s.date, 'd')} a viz ${BRETON_MONTHS[s.date.getMonth()]!} ${yearV24(p)}`;
      p.meta(`${breton} / ${fmtFr(s.date, "'Publié le' d MMMM yyyy, HH'h'mm")}`);
      const top = s.credit !== null && d.chance(0.4);
      const source = s.credit
        ? [d.pick([`Mammenn / Source : ${s.credit.shown}`, `Source : ${s.credit.shown}`, `Source du texte - ${s.credit.shown}`, `[Source] ${s.credit.shown}`]), d.pick([`Skrivet gant / Écrit par ${s.author}`, `Auteur : ${s.author}`])]
        : [];
      if (top) p.meta(...source);
      p.blank();
      p.body({
        [p.mid()]: [`Kemenn / Annonce - ${d.pick(['Stage de bombarde et biniou pendant les vacances de février', 'Cherchons bénévoles pour la Gouel Kerne', 'Vends costume glazik brodé, taille 40'])}`],
      });
      if (!top && source.length > 0) p.meta(...source).blank();
      p.chrome(`${p.n(25)} evezhiadenn / commentaires`, 'Kevreit evit respont - Connectez-vous pour répondre').blank();
      p.chrome(
        "Keleier Kerne est le bulletin des adhérents de Kerne Sevenadur. Nous y reproduisons des articles de presse sur la langue et la culture bretonnes, avec leur source. Adhésion annuelle : quinze euros, donnant accès aux cours et aux festoù-noz de l'association.",
      ).blank();
      p.chrome(`Kerne Sevenadur - Ti ar Vro, Kemper / Quimper - ${yearV24(p)}`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'epinal-wood',
    name: 'Grumes & Sciages',
    lang: 'fr',
    originals: 16,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.85 },
    draw: weightedCredits({ into: 'fr', share: 0.85 }, [EPINAL_PRESS, 0.44], [TIMBER_EN, 0.3], [LOOKALIKES_V24.epinal, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('GRUMES & SCIAGES', 'La lettre de la filière forêt-bois du Grand Est', 'Marchés · Scieries · Exploitation · Emballage · Export · Emploi').blank();
      p.chrome(`Cours du jour : chêne qualité B ${d.int(180, 260)} €/m³ · sapin-épicéa ${d.int(60, 85)} €/m³ · Scolytes : ${d.pick(['vigilance renforcée dans les Vosges', 'nouveaux foyers signalés en Meurthe-et-Moselle', 'situation stable'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `Conjoncture ⟶ ${t}` : t)).blank();
      p.meta(fmtFr(s.date, "'Lettre du' dd.MM.yyyy '— diffusée à' HH:mm")).blank();
      p.body({
        [p.mid()]: [`Offre d’emploi — ${d.pick(['Scierie de Rambervillers recherche affûteur confirmé', 'Négoce bois cherche commercial secteur Alsace-Lorraine', 'Entreprise de travaux forestiers recrute conducteur d’abatteuse'])}`],
      });
      p.credit([
        (o) => `Cet article est extrait de la dernière édition ${de(o)}.`,
        (o) => `Reproduit avec l’aimable accord ${de(o)}.`,
        (o) => `Crédit éditorial : ${o}`,
        (o) => `${o} en a publié la version originale.`,
      ]);
      if (s.credit) p.meta(d.pick([`Rédaction d’origine : ${s.author}`, `L’auteur : ${s.author}`]));
      p.blank();
      p.chrome('Transférer à un collègue · Imprimer · Télécharger en PDF').blank();
      p.chrome(
        'Grumes & Sciages est une lettre professionnelle réservée aux adhérents de l’interprofession. Sa reproduction ou sa transmission à des tiers non adhérents est interdite. Les articles étrangers sont traduits par un logiciel, titres de presse compris, et n’engagent que leurs auteurs.',
      ).blank();
      p.chrome('Pas encore abonné ? Recevez la lettre chaque vendredi', 'Je m’abonne').blank();
      p.chrome(`Grumes & Sciages · ${yearV24(p)} · Quai de Dogneville, Épinal · Mentions légales · Désinscription`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'creuse-mayors',
    name: 'La Lettre des maires ruraux de la Creuse',
    lang: 'fr',
    originals: 12,
    attribution: 'none',
    chromeOnlyPage: true,
    render(p) {
      const { d, s } = p;
      p.chrome('LA LETTRE DES MAIRES RURAUX DE LA CREUSE', 'Association départementale des maires ruraux - Guéret', "L'association > Nos communes > Revue de presse").blank();
      p.chrome(`Prochain conseil d'administration : ${d.pick(['mardi à Bourganeuf', 'jeudi à Aubusson', 'lundi à La Souterraine'])} · Dotations ${yearV24(p)} : ${d.pick(['simulateur en ligne', 'notification attendue en mars', "recours possible jusqu'au 31"])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} (pour info)` : t)).blank();
      p.meta(fmtFr(s.date, "'Envoi du' dd/MM/yyyy 'aux maires adhérents'")).blank();
      p.body({
        [p.mid()]: [`À noter - ${d.pick(['Formation des secrétaires de mairie le 12 à Guéret', 'Achat groupé de sel de déneigement : commandes avant vendredi', 'Permanence juridique gratuite chaque premier mercredi'])}`],
      });
      p.chrome(
        "Cette lettre est réservée aux élus et aux secrétaires de mairie des communes adhérentes. Les articles de presse qui y figurent sont choisis par le bureau pour information et ne doivent pas être diffusés en dehors des conseils municipaux.",
      ).blank();
      p.chrome('Se désinscrire de la lettre | Modifier mon adresse', `AMR 23 - ${yearV24(p)}`);
      return { author: false, date: 'day' };
    },
  },
  {
    id: 'portland-francophile',
    name: 'The Cascadia Francophile',
    lang: 'en',
    originals: 16,
    attribution: 'credit',
    translate: { into: 'en', share: 0.85 },
    draw: weightedCredits({ into: 'en', share: 0.85 }, [PORTLAND_PICKS, 0.74], [LOOKALIKES_V24.portland, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome(
        'We use cookies and similar tools to understand how our readers use this site and to support our nonprofit newsroom. California and Oregon residents may opt out of the sale or sharing of personal information at any time through the “Your Privacy Choices” link below.',
        'Got it',
        'Your Privacy Choices',
      ).blank();
      p.chrome('THE CASCADIA FRANCOPHILE', 'France and the French-speaking world, for readers in the Pacific Northwest', 'News | Culture | Food & Wine | Language | Events | Donate').blank();
      p.title((t) => (d.chance(0.3) ? `Dispatch from France: ${t}` : t)).blank();
      p.meta(fmtEn(onClock(p, 'America/Los_Angeles'), "'Posted' MM/dd/yyyy 'at' h:mm aaaa 'PT'"));
      const top = d.chance(0.5);
      const credit = s.credit
        ? [
            d.pick([
              (o: string) => `This story was first run by ${o}.`,
              (o: string) => `Originally reported by ${o} (in French).`,
              (o: string) => `Our thanks to ${o}, which published this piece first.`,
              (o: string) => `Reprinted from ${o} under license.`,
            ])(s.credit.shown),
            d.pick([`Story by ${s.author}`, `Words: ${s.author}`]),
          ]
        : [];
      if (top) p.meta(...credit);
      p.blank();
      p.body({
        [p.mid()]: [`Advertisement · ${d.pick(['Croissants baked daily on Alberta Street', 'French conversation tables every Tuesday at the library', 'Direct flights Portland–Paris from $689 round trip'])}`],
      });
      if (!top) p.meta(...credit).blank();
      p.chrome(`${p.n(35)} Comments`, 'Be the first to know: get our Friday newsletter').blank();
      p.chrome(
        'The Cascadia Francophile is a reader-supported nonprofit. Our stories from France are translated with machine assistance, including the names of the newspapers that first published them, and reviewed by volunteers. A gift of any size keeps this site free for everyone.',
        'Donate now',
      ).blank();
      p.chrome(`© ${yearV24(p)} The Cascadia Francophile · Portland, Oregon · Terms of Use · Privacy Policy`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'plymouth-herald',
    name: 'The Tamar Herald',
    lang: 'en',
    originals: 16,
    attribution: 'credit',
    chromeOnlyPage: true,
    translate: { into: 'en', share: 0.85 },
    draw: weightedCredits({ into: 'en', share: 0.85 }, [PLYMOUTH_PICKS, 0.74], [LOOKALIKES_V24.plymouth, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('THE TAMAR HERALD', 'Plymouth, the Tamar Valley and the South Hams', 'News | Argyle | Dockyard | Cross-Channel | What’s On | Jobs').blank();
      p.chrome(`Roscoff sailings: ${d.pick(['Armorique on time', 'Pont-Aven delayed 45 mins', 'cancelled — Force 8 in the Channel'])} · Tamar Bridge: ${d.pick(['no delays', 'one lane eastbound', 'high winds, caution'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `Over the Channel ▹ ${t}` : t)).blank();
      p.meta(fmtEn(onClock(p, 'Europe/London'), "'Published at' h.mmaaa 'GMT on' do MMMM yyyy")).blank();
      const credit = s.credit
        ? [
            d.pick([
              (o: string) => `— This report first appeared in ${o} —`,
              (o: string) => `Via our twinning partners at ${o}.`,
              (o: string) => `${o} carried this story first.`,
              (o: string) => `Translated copy; original: ${o}`,
            ])(s.credit.shown),
            d.pick([`Reporter: ${s.author}`, `By ${s.author}, in France`]),
          ]
        : [];
      bodyWithCredit(p, p.mid(), credit, {
        [0]: [
          'You have reached your limit of free stories this month. Subscribe to The Tamar Herald for unlimited access to local news, Argyle coverage and our cross-Channel pages from just £1 for your first three months, then £4.99 a month.',
        ],
      });
      p.chrome('Share on Facebook · Share on X · Email a friend').blank();
      p.chrome('Most read in Plymouth', ...p.related(3)).blank();
      p.chrome(`© ${yearV24(p)} The Tamar Herald Ltd · Derry’s Cross, Plymouth PL1 · Regulated by IPSO`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'cork-news',
    name: 'Leeside Ledger',
    lang: 'en',
    originals: 14,
    attribution: 'own',
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Leeside Ledger values your privacy. We and our partners process personal data such as IP addresses and cookie identifiers to personalise advertising and measure its performance, in line with the Irish Data Protection Commission’s guidance. You can withdraw consent at any time.',
        'I agree',
        'Show purposes',
      ).blank();
      p.chrome('LEESIDE LEDGER', 'Cork city and county, Ireland and the world', 'News · Sport · Business · Europe · Opinion · Lifestyle').blank();
      p.title((t) => (d.chance(0.3) ? `${t} [Europe]` : t)).blank();
      p.meta(fmtEn(onClock(p, 'Europe/Dublin'), "EEE, MMM d, yyyy, HH:mm '(Irish time)'"), d.pick([`${s.author} | Europe Correspondent`, `Reporting by ${s.author}`, `${s.author}, Paris`])).blank();
      p.body({
        [p.mid()]: [`Read more: ${p.related(1)[0]!}`],
      });
      p.chrome(`${p.n(50)} people reacted · ${p.n(20)} comments`).blank();
      p.chrome('Sign up to the Leeside Ledger morning briefing — the news you need before you leave the house.', 'Sign up').blank();
      p.chrome(`© ${yearV24(p)} Leeside Ledger · Patrick Street, Cork · All rights reserved`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'manchester-roundup',
    name: 'The French Press Roundup',
    lang: 'en',
    originals: 15,
    attribution: 'title-suffix',
    canShow: (canonical) => MANCHESTER_NAMES.includes(canonical),
    draw: weightedCredits(undefined, [MANCHESTER_PRESS, 0.76], [LOOKALIKES_V24.manchester, 0.12]),
    render(p) {
      const { d, s } = p;
      p.chrome('THE FRENCH PRESS ROUNDUP', 'Headlines from French-language newspapers, collected in Manchester', 'Home › Today › France').blank();
      const after = d.pick([(o: string) => ` ▪ ${o}`, (o: string) => ` ⇢ ${o}`, (o: string) => ` ◇ ${o}`]);
      p.title((t) => (s.credit ? `${t}${after(s.credit.shown)}` : t)).blank();
      p.meta(fmtEn(onClock(p, 'UTC'), "'Original publication:' yyyy-MM-dd HH:mm 'UTC'")).blank();
      p.body();
      p.chrome('The newspaper’s name follows each headline. Click through to read the full story on its site.').blank();
      p.chrome(
        'The French Press Roundup collects articles from French-language newspapers and keeps their original text. Copyright in each article remains with its publisher; we remove any item on request within one working day of being asked.',
      ).blank();
      p.chrome(`The French Press Roundup · Ancoats, Manchester · ${yearV24(p)}`);
      return { author: false, date: 'full' };
    },
  },
];

const JUNK_V24: readonly { name: string; bytes: Uint8Array }[] = [
  { name: 'gzip-head', bytes: Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xcb, 0x48, 0xcd, 0xc9, 0xc9, 0x07, 0x00]) },
  { name: 'gif-head', bytes: Buffer.from('GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04', 'latin1') },
  { name: 'ole2-head', bytes: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0, 0, 0, 0, 0, 0x3e, 0x00, 0x03, 0x00, 0xfe, 0xff]) },
  { name: 'mp3-id3', bytes: Buffer.from('ID3\x03\x00\x00\x00\x00\x0f\x76TIT2\x00\x00\x00\x05\x00\x00\x00', 'latin1') },
  { name: 'json-error', bytes: Buffer.from('{"error":"rate_limited","message":"Too many requests","retry_after":60}\n', 'utf8') },
  { name: 'robots', bytes: Buffer.from('User-agent: *\nDisallow: /admin/\nDisallow: /recherche?\nSitemap: https://www.example.org/sitemap.xml\n', 'utf8') },
  { name: 'browser-check', bytes: Buffer.from('Vérification de votre navigateur avant d’accéder au site.\nCe processus est automatique. Vous serez redirigé dans 5 secondes.\n', 'utf8') },
  { name: 'login-wall', bytes: Buffer.from('Connectez-vous pour continuer\nIdentifiant\nMot de passe\nMot de passe oublié ?\nSe connecter\n', 'utf8') },
  { name: 'rss-empty', bytes: Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Actualités</title></channel></rss>\n', 'utf8') },
  { name: 'utf16-be-bom-only', bytes: Buffer.from([0xfe, 0xff]) },
];

// ——— Generation ———

/** True when every character of `text` is in ISO-8859-1 and outside its C1 controls. */
const fitsLatin1 = (text: string): boolean => [...text].every((c) => { const n = c.codePointAt(0)!; return n < 0x80 || (n >= 0xa0 && n <= 0xff); });

/** Text → bytes in a v24 encoding: ISO-8859-1 when the page fits in it (Windows-1252 otherwise), else the shared encoder. */
function encodeV24(text: string, encoding: EncodingV24): { bytes: Uint8Array; encoding: string } {
  if (encoding !== 'latin1') return encodeText(text, encoding);
  if (fitsLatin1(text)) return { bytes: Buffer.from(text, 'latin1'), encoding: 'latin1' };
  return encodeText(text, 'cp1252');
}

/** Shuffles the pages, encodes each in an encoding drawn from `encodings` and names it `<prefix><position>_<digest>.txt` (the shared packer, with Latin-1). */
function packFilesV24(d: Dice, made: readonly MadePage[], encodings: readonly EncodingV24[], prefix: string): { files: UnseenFile[]; manifest: UnseenEntry[] } {
  const order = d.sample(made, made.length);
  const files: UnseenFile[] = [];
  const manifest: UnseenEntry[] = [];
  for (const [i, m] of order.entries()) {
    const enc = m.text === null ? { bytes: m.bytes!, encoding: 'binary' } : encodeV24(m.text, d.pick(encodings));
    const digest = createHash('sha256').update(enc.bytes).digest('hex').slice(0, 12);
    const name = `${prefix}${String(i + 1).padStart(3, '0')}_${digest}.txt`;
    files.push({ name, bytes: enc.bytes });
    manifest.push({ file: name, encoding: enc.encoding, ...m.entry });
  }
  return { files, manifest };
}

/** The copy of `story` that `host` carries: the first site's credit (or its own name) when the host can show it; maybe headless or cut. */
function copyOnto(d: Dice, story: Story, first: SiteV24, host: SiteV24, others: string[]): Story {
  const firstOwn = first.attribution === 'own' ? { canonical: first.name, lookalike: first.lookalike === true } : null;
  const origin = story.credit ?? firstOwn;
  const hostNames = host.attribution !== 'own' && host.attribution !== 'none';
  const named = origin !== null && hostNames && (host.canShow?.(origin.canonical) ?? true);
  const lastDropped = story.src.body.length >= 4 && d.chance(NO_ENDING);
  // The Manchester aggregator names the outlet after the headline: its copies always show one.
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
 * Builds the v24 set from clean sources (deterministic for a seed): each site's originals and their copies on
 * up to three other sites, uncredited bare files, chrome-only pages and junk, shuffled, each file in one of
 * several encodings and named by content.
 */
export function generateUnseenV24(pool: readonly UnseenSource[], seed: number = SEED_V24): { files: UnseenFile[]; manifest: UnseenEntry[] } {
  const d = new Dice(makeRng(seed));
  const wanted = BARE_V24 + SITES_V24.reduce((n, s) => n + s.originals, 0);
  if (pool.length < wanted) throw new Error(`unseen sites v24: ${wanted} clean articles needed, the pool has ${pool.length}`);
  const picked = d.sample(pool, wanted);
  const allTitles = picked.map((s) => s.title);
  const otherTitles = (src: UnseenSource): string[] => d.sample(allTitles.filter((t) => t !== src.title), 5);
  const when = (): TZDate => {
    const day = new Date(PERIOD_START + d.int(0, PERIOD_DAYS - 1) * 86_400_000);
    return new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), d.int(6, 21), d.int(0, 59), 0, PARIS);
  };
  const out: MadePage[] = [];
  let from = 0;
  for (const site of SITES_V24) {
    const originals = picked.slice(from, from + site.originals);
    from += site.originals;
    for (const src of originals) {
      const story: Story = { src, body: src.body, author: d.pick(BYLINES_V24), date: when(), headline: true, credit: site.draw?.(d) ?? null, others: otherTitles(src) };
      out.push(page(site, story, d, false));
      const hosts = d.sample(SITES_V24.filter((h) => h !== site), copiesOn(d));
      for (const host of hosts) out.push(page(host, copyOnto(d, story, site, host, otherTitles(src)), d, false));
    }
    if (site.chromeOnlyPage) {
      const stand = picked[0]!;
      out.push(page(site, { src: stand, body: [], author: d.pick(BYLINES_V24), date: when(), headline: false, credit: null, others: otherTitles(stand) }, d, true));
    }
  }
  for (const src of picked.slice(from)) out.push(creditsNobody(bareFile(src)));
  for (const junk of JUNK_V24) out.push(creditsNobody(junkFile(junk)));
  return packFilesV24(d, out, ENCODINGS_V24, 'v24-');
}

/** Heading of the v24 table and JSON. */
export const V24_HEADING = 'UNSEEN SITES v24 (development set, written without reading the rules on 2026-12-01)';

/** Generates v24, runs the real ingest on it and prints its figures (without the DEV simulation). */
export const runUnseenEvalV24 = unseenSetRunner(V24_HEADING, generateUnseenV24);

generatorCli(import.meta.url, 'unseen sites v24', generateUnseenV24, SEED_V24);
