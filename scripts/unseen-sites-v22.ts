/**
 * Generates the FROZEN unseen-sites v22 evaluation set (issue 8): twelve more ordinary news sites, of kinds and places no earlier set had.
 *
 * FROZEN on 2026-12-01 (v22), at 00:41, written without reading the rules. Written without reading the ingest
 * rules (src/ingest/), the word lists and outlet list (src/data/), the renderer and pages, the scorer beyond its
 * types (the `UnseenEntry` type of src/eval/unseen-sites.ts only), any score of this set or of any other, the
 * benchmark files, the notes, or any history of the project; of the earlier sets only the shared scaffolding
 * (scripts/unseen-sites.ts, v2's `page` and `SiteV2`, simulate-heldout's `Dice` and encodings, scripts/rng.ts),
 * v21's and v20's generators and v21's test (for the format and the scaffolding calls, not their sites or
 * wordings) and the site lists in the headers of v3–v21 (to pick other kinds and places) were read; the wiring
 * of src/cli/eval.ts was looked at to name its new lines, nothing else there. The sites, outlets, credit
 * wordings, translations, title decorations, date formats, time zones and chrome here are new. Nobody tunes
 * rules against it: do not read its misses while changing rules (`--show` stays 0), do not edit its templates,
 * wordings or seed to move a score. When a case fails, fix the general cause, then freeze a v23 and call this one
 * development data.
 *
 * `npm run eval:unseen` scores v1 to v21 then this set (`npm run eval:unseen:v22`, or `npm run eval -- --unseen
 * --unseen-set v22`, for this one only); `npx tsx scripts/unseen-sites-v22.ts --out DIR` only writes the folder
 * and its manifest (the v1 format, with v2's `outletEvidence`).
 *
 * The twelve sites: a Quimper (Finistère) daily news site whose own name begins like a Perpignan daily's (a
 * look-alike, its own reporters, an update time and day after the publication's, the time before the date), a
 * French-language daily portal in Bucharest (Romania, its own reporters, its dates in Romanian and French, its
 * times in Bucharest time), a Bourges (Cher) city site (its own reporters, hours spelled "14 heures 05"), a
 * plastics-industry trade site in Oyonnax (Ain) crediting regional, business and packaging papers,
 * English-language plastics magazines garbled into French word for word and look-alike titles (the credit at
 * the top), a Victoria (Mahé, Seychelles) portal crediting Seychellois, Mauritian, Réunion, Malagasy, Comorian and
 * French outlets and English-language Indian Ocean, East African, Indian and Gulf papers garbled into French (its
 * times in Seychelles time; the credit at the top or inside the text), a French-language community site in St.
 * John's (Newfoundland and Labrador, Canada) crediting francophone Canadian papers, English-language
 * Newfoundland outlets garbled into French and look-alike titles (its times in Newfoundland time, half an hour
 * off the hour; the credit inside the text or at its foot), an English-language Miami site on Haiti and the
 * French Antilles translating Haitian, Antillean, Guianese and Paris papers' names into English word for word
 * (its times in Eastern time, written "a.m." and "p.m." before the day), an English-language Hong Kong desk on
 * French-speaking business doing the same with Swiss, Luxembourg, Lebanese, Moroccan and Paris papers (its
 * times as ISO 8601 stamps with the +08:00 offset, often the next day; the credit at the top, inside the text or
 * at its foot), a Morvan regional nature park's press watch (Saint-Brisson, Nièvre) pointing to the original's
 * address (at the top or the foot), a Lourdes hotel-keepers' union press review (Hautes-Pyrénées) keeping the
 * original's name after the headline, a cavers' club magazine in Périgueux (Dordogne) with a source line at the
 * top or the foot, and an allotment gardeners' association newsletter in Belfort crediting nobody. Article text
 * is read AT RUN TIME from ../shared/corpus/gilets-jaunes (v1's clean pool, drawn with another seed): no corpus
 * text is stored here.
 *
 * Title decorations (none of them part of the headline, which stays the publisher's): a prefix tag ("Info locale
 * ❯ Titre" on the Quimper site, "Filière plastique ∷ Titre" on the Oyonnax site, "Terre-Neuve ⊳ Titre" on the
 * St. John's site, "ISLANDS ⟩ Title" on the Miami site), a site-name suffix in capitals ("Titre ◇ CARPATES
 * INFOS" on the Bucharest portal) or after a star ("Titre ✧ Coco de Mer Infos" on the Seychelles portal), a note
 * after the headline ("Titre (carte interactive)" on the Bourges site, "Title [MT]" on the Hong Kong desk,
 * "Titre [lu pour vous]" on the cavers' magazine), and on the Lourdes review the original outlet's name after
 * " ⁓ " or " ≡ ", or between single angle quotes (its evidence, the day only). Date formats: "En ligne à 14h05
 * le 11.01.2019 · mise à jour à 09h12 le 12.01.2019", "11 ianuarie 2019 — 11 janvier 2019, 15:05 (heure de
 * Bucarest, UTC+2)", "Publié ce vendredi 11 janvier 2019 à 14 heures 05", "11 janv. 2019 — 14 h 05 — Veille
 * plasturgie", "Mahé, le 11/01/2019 à 17h05 (SCT)", "Mise en ligne : 11 janvier 2019, 9 h 35 (HNT)", "Filed 8:05
 * a.m. ET, Friday, Jan. 11, 2019", "Timestamp 2019-01-11T21:05+08:00", "Veille du vendredi 11 janvier 2019 ·
 * 14:05", "Coupure de presse du 11.I.2019" (the month in Roman numerals), "Posté le 11-janv.-2019 à 14:05" and
 * "Infolettre du vendredi 11-01-2019".
 *
 * Expected outlet: v2's convention (who published the article first, as the file credits it), recorded per
 * file in `outletEvidence`: machine-translated names of real outlets expect the real outlet's usual name,
 * look-alike names are kept as written, the site's own name is the outlet only where it shows its masthead and
 * its own staff's byline, the republisher is the site's name whenever the file credits another outlet, and null
 * when nothing credits one. Republishing sites show a byline only beside a credit. Every time shown names its
 * zone or is Paris time: the Bucharest, Seychelles, St. John's, Miami and Hong Kong sites show their own clock
 * with its zone (heure de Bucarest = UTC+2, SCT = UTC+4, HNT = UTC−3:30, ET = UTC−5, +08:00: the whole period
 * is in each zone's standard time), the others Paris time (winter 2018-19, so UTC+1); the expected date is the
 * same instant, written in Paris time. The Lourdes review and the Belfort newsletter show the Paris day only.
 */
import { format } from 'date-fns';
import { ro } from 'date-fns/locale';
import { TZDate } from '@date-fns/tz';
import type { UnseenEntry } from '../src/eval/unseen-sites.ts';
import { makeRng } from './rng.ts';
import { Dice, type Encoding } from './simulate-heldout.ts';
import { page, type SiteV2 } from './unseen-sites-v2.ts';
import { bareFile, creditsNobody, de, fmtEn, fmtFr, generatorCli, junkFile, packFiles, slug, unseenSetRunner } from './unseen-sites.ts';
import type { Credit, MadePage, Page, Shown, Story, UnseenFile, UnseenSource } from './unseen-sites.ts';

// ——— Size and mix of the set ———

/** The v22 seed: no earlier set drew with it. */
export const FROZEN_SEED_V22 = 20261201_22;
/**
 * Size and mix of the set: `bare` clean articles written with their headline and paragraphs only (crediting
 * nobody); the share of copies scraped without their headline line (`headless`) and of copies (of bodies with four
 * paragraphs or more) that lose their closing paragraph (`cut`); the period, `days` days from 18 November 2018,
 * in Paris winter time (UTC+1) and before North America's clocks change (10 March).
 */
const MIX_V22 = { bare: 10, headless: 0.3, cut: 0.3, firstDay: Date.UTC(2018, 10, 18), days: 100 } as const;
const PARIS_TZ = 'Europe/Paris';
/** The encodings drawn for the files: plain UTF-8 most often, then Windows-1252, CRLF ends, a BOM and UTF-16 LE. */
const ENCODINGS_V22: readonly Encoding[] = ['utf-8', 'cp1252', 'utf-8-crlf', 'utf-8', 'utf-8-bom', 'utf-8', 'cp1252-crlf', 'utf-8', 'utf-16le-bom', 'cp1252', 'utf-8', 'utf-8-bom'];
/** How many other sites carry a copy of one original: none half the time, then one, two or three. */
const COPY_ODDS: readonly (readonly [number, number])[] = [[0.5, 0], [0.84, 1], [0.95, 2], [1, 3]];

// ——— People ———

const BYLINES_V22 = [
  'Gwenaëlle Le Floc’h', 'Erwan Kerhervé', 'Ioana Dumitrescu', 'Mihai Popescu-Lenoir', 'Bérénice Aufrère', 'Loïc Champeix', 'Sandrine Bourdelin',
  'Fabrice Vuillermoz', 'Marie-Ange Payet', 'Jean-Claude Hoareau', 'Annick Fontenelle', 'Josée LeBlanc-Whalen', 'Dominique Pomerleau', 'Wesner Jean-Baptiste',
  'Nadège Félicité', 'Chloé Wong-Marchal', 'Rami Haddad', 'Solène Lagrange', 'Bastien Roumégoux', 'Clémence Peyrat',
];
const PHOTO_V22 = ['Yann Le Gall', 'Radu Ionescu', 'Amandine Chevrier', 'Thierry Moulin'];

// ——— Outlets ———

const PLASTICS_PRESS = ['Le Progrès', 'La Voix de l’Ain', 'Le Dauphiné libéré', 'Les Échos', 'L’Usine nouvelle', 'Emballages Magazine', 'Le Monde', 'Le Figaro', 'Lyon Capitale', 'Le Journal des entreprises'];
const PLASTICS_EN = ['Plastics News', 'European Plastics News', 'Plastics Today', 'Packaging Europe', 'Plastics Technology', 'Sustainable Plastics', 'Injection World'];
const MAHE_PRESS = ['Le Mauricien', 'Le Quotidien de La Réunion', 'Le Journal de l’île de La Réunion', 'Midi Madagasikara', 'Al-Watwan', 'Réunion la 1ère', 'RFI', 'Le Monde', 'Libération', 'Le Figaro'];
const OCEAN_EN = ['Seychelles Nation', 'Today in Seychelles', 'The East African', 'The Citizen', 'The Hindu', 'Gulf News'];
const ROCK_FR = ['Le Gaboteur', 'Radio-Canada', 'L’Acadie Nouvelle', 'Le Courrier de la Nouvelle-Écosse', 'Francopresse', 'Le Devoir', 'La Presse', 'Le Soleil', 'Le Moniteur acadien'];
const ROCK_EN = ['The Western Star', 'NTV News', 'SaltWire Network', 'The Compass', 'The Gander Beacon', 'The Labradorian', 'The Overcast'];
const MIAMI_PICKS = ['Le Nouvelliste', 'Le National', 'France-Antilles', 'France-Guyane', 'Le Monde', 'Libération', 'Le Parisien', 'L’Humanité', 'La Croix', 'Le Point'];
const HARBOUR_PICKS = ['Le Temps', 'Tribune de Genève', '24 heures', 'Bilan', 'Le Quotidien', 'L’essentiel', 'L’Orient-Le Jour', 'Le Commerce du Levant', 'La Vie éco', 'Les Échos', 'Le Figaro'];
const MORVAN_CLIPPED = [
  'Le Journal du Centre', 'Le Bien public', 'L’Yonne républicaine', 'Le Journal de Saône-et-Loire', 'Le Monde', 'Libération', 'La Croix', 'Reporterre', 'Le Figaro',
  'Ouest-France', 'Le Parisien',
];
const LOURDES_PRESS = [
  'La Dépêche du Midi', 'La Nouvelle République des Pyrénées', 'Sud Ouest', 'L’Hôtellerie Restauration', 'Le Figaro', 'Le Monde', 'La Croix', 'Le Parisien',
  'L’Écho touristique', 'Les Échos', 'Le Point',
];
const PERIGORD_PRESS = ['Sud Ouest', 'La Dordogne libre', 'Le Monde', 'Libération', 'Le Figaro', 'Le Point', 'Reporterre', 'Ouest-France', 'Le Parisien', 'L’Humanité'];

/** Invented outlets whose names begin like a known outlet's: the expected outlet is the name as written. */
const LOOKALIKES_V22 = {
  oyonnax: ['Le Progrès des Polymères', 'Le Point Plastique'],
  mahe: ['Le Monde des Atolls', 'Le Quotidien de Praslin'],
  rock: ['Le Soleil de la Péninsule', 'L’Acadie des Brumes'],
  miami: ['Le National de Miami', 'Le Monde créole'],
  harbour: ['Le Temps des Affaires', 'Le Matin des Marchés'],
  lourdes: ['La Dépêche des Gaves', 'Le Figaro des Pèlerins'],
  perigueux: ['Sud Ouest Karstique', 'Le Populaire des Grottes'],
} as const;
const LOOKALIKE_NAMES_V22: ReadonlySet<string> = new Set(Object.values(LOOKALIKES_V22).flat());

/** Francophone names as a translation engine renders them in English, word for word (some reorder the words). */
const TO_EN_V22: Record<string, readonly string[]> = {
  'Le Nouvelliste': ['The Novelist', 'The News Bearer'],
  'Le National': ['The National'],
  'France-Antilles': ['France-West Indies', 'France West Indies'],
  'France-Guyane': ['France-Guiana', 'France Guiana'],
  'Le Monde': ['The World'],
  'Libération': ['Liberation'],
  'Le Parisien': ['The Parisian'],
  'L’Humanité': ['Humanity', 'The Humanity'],
  'La Croix': ['The Cross'],
  'Le Point': ['The Point'],
  'Le Temps': ['The Time', 'The Weather'],
  'Tribune de Genève': ['Tribune of Geneva', 'Geneva Platform'],
  '24 heures': ['24 Hours', 'Twenty-Four Hours'],
  'Bilan': ['Balance Sheet', 'Assessment'],
  'Le Quotidien': ['The Daily'],
  'L’essentiel': ['The Essential', 'The Essentials'],
  'L’Orient-Le Jour': ['The East-The Day', 'The Orient-The Day'],
  'Le Commerce du Levant': ['The Levant Trade', 'Trade of the Levant'],
  'La Vie éco': ['The Eco Life', 'Eco Life'],
  'Les Échos': ['The Echoes'],
  'Le Figaro': ['The Figaro'],
  'La Dépêche du Midi': ['The Midi Dispatch', 'Dispatch of the South'],
  'Le Progrès': ['The Progress'],
  'Le Gaboteur': ['The Coaster', 'The Coasting Trader'],
  'L’Acadie Nouvelle': ['The New Acadia', 'Acadia New'],
  'Le Mauricien': ['The Mauritian'],
};
/** English-language names as a translation engine garbles them in French, word for word (some reorder the words). */
const TO_FR_V22: Record<string, readonly string[]> = {
  'Plastics News': ['Nouvelles des plastiques', 'Les Nouvelles Plastiques'],
  'European Plastics News': ['Nouvelles européennes des plastiques', 'Plastiques Européens Nouvelles'],
  'Plastics Today': ['Plastiques aujourd’hui', 'Les Plastiques d’Aujourd’hui'],
  'Packaging Europe': ['Emballage Europe', 'L’Europe de l’Emballage'],
  'Plastics Technology': ['Technologie des plastiques', 'La Technologie Plastique'],
  'Sustainable Plastics': ['Plastiques durables', 'Les Plastiques Soutenables'],
  'Injection World': ['Monde de l’injection', 'Le Monde de l’Injection'],
  'Seychelles Nation': ['Nation des Seychelles', 'La Nation seychelloise'],
  'Today in Seychelles': ['Aujourd’hui aux Seychelles', 'Aujourd’hui en Seychelles'],
  'The East African': ['L’Est-Africain', 'L’Africain de l’Est'],
  'The Citizen': ['Le Citoyen'],
  'The Hindu': ['L’Hindou'],
  'Gulf News': ['Nouvelles du Golfe', 'Golfe Nouvelles'],
  'The Western Star': ['L’Étoile de l’Ouest', 'L’Étoile occidentale'],
  'NTV News': ['Nouvelles NTV', 'Les Nouvelles de NTV'],
  'SaltWire Network': ['Réseau SaltWire', 'Le Réseau Fil de Sel'],
  'The Compass': ['La Boussole', 'Le Compas'],
  'The Gander Beacon': ['La Balise de Gander', 'Le Phare de Gander'],
  'The Labradorian': ['Le Labradorien'],
  'The Overcast': ['Le Couvert', 'Le Ciel Couvert'],
};

/** Web hosts of the outlets the Morvan press watch links to (a host that names the outlet alone). */
const HOSTS_V22: Record<string, string> = {
  'Le Journal du Centre': 'www.lejdc.fr', 'Le Bien public': 'www.bienpublic.com', 'L’Yonne républicaine': 'www.lyonne.fr', 'Le Journal de Saône-et-Loire': 'www.lejsl.com',
  'Le Monde': 'www.lemonde.fr', 'Libération': 'www.liberation.fr', 'La Croix': 'www.la-croix.com', 'Reporterre': 'reporterre.net', 'Le Figaro': 'www.lefigaro.fr',
  'Ouest-France': 'www.ouest-france.fr', 'Le Parisien': 'www.leparisien.fr', 'Le Progrès': 'www.leprogres.fr', 'Les Échos': 'www.lesechos.fr',
  'L’Usine nouvelle': 'www.usinenouvelle.com', 'Le Dauphiné libéré': 'www.ledauphine.com', 'Sud Ouest': 'www.sudouest.fr', 'La Dépêche du Midi': 'www.ladepeche.fr',
  'RFI': 'www.rfi.fr', 'Le Devoir': 'www.ledevoir.com', 'La Presse': 'www.lapresse.ca', 'Radio-Canada': 'ici.radio-canada.ca', 'Le Temps': 'www.letemps.ch',
  'Tribune de Genève': 'www.tdg.ch', 'L’Orient-Le Jour': 'www.lorientlejour.com', 'Le Point': 'www.lepoint.fr', 'L’Humanité': 'www.humanite.fr',
  'Le Nouvelliste': 'lenouvelliste.com', 'Le Gaboteur': 'www.gaboteur.ca', 'Le Mauricien': 'www.lemauricien.com', 'L’Acadie Nouvelle': 'www.acadienouvelle.com',
};

/** Names the Lourdes review can print after a headline. */
const LOURDES_NAMES: readonly string[] = [
  ...LOURDES_PRESS, ...LOOKALIKES_V22.lourdes, 'Libération', 'Ouest-France', 'Le Progrès', 'Le Temps', 'Le Devoir', 'La Presse', 'L’Orient-Le Jour', 'Le Nouvelliste',
  'RFI', 'Le Journal du Centre', 'Le Bien public', 'La Dordogne libre', 'L’Humanité', 'L’Indépendant de Cornouaille', 'Carpates Infos', 'Cœur de Berry Actu',
];

type Into = SiteV2['translate'];
/** Where a republisher puts its credit: above the text, after one of its first paragraphs, or below it. */
type Spot = 'top' | 'inside' | 'foot';

/** A v22 site: a v2 site, plus which originals its way of crediting can show on a copy (all when absent). */
interface SiteV22 extends SiteV2 {
  canShow?: (canonical: string) => boolean;
}

/** `canonical` as a site printing in `into`'s language credits it: a word-for-word rendering when the engine has one (and the draw says so). */
function shownAs(d: Dice, canonical: string, into: Into, lookalike = LOOKALIKE_NAMES_V22.has(canonical)): Credit {
  const renderings = into === undefined ? undefined : (into.into === 'en' ? TO_EN_V22 : TO_FR_V22)[canonical];
  if (into !== undefined && renderings !== undefined && d.chance(into.share)) return { canonical, shown: d.pick(renderings), translated: true, lookalike };
  return { canonical, shown: canonical, translated: false, lookalike };
}

/** Draws an original's credit: each pool of outlets has its share of the rolls; the rest credits nobody. */
function creditPools(into: Into, ...pools: (readonly [readonly string[], number])[]): (d: Dice) => Credit | null {
  let upTo = 0;
  const bounds = pools.map(([, share]) => (upTo += share));
  return (d) => {
    const roll = d.next();
    const hit = bounds.findIndex((bound) => roll < bound);
    return hit < 0 ? null : shownAs(d, d.pick(pools[hit]![0]), into);
  };
}

// ——— Template helpers ———

const yearOf = (p: Page): string => fmtFr(p.s.date, 'yyyy');
/** A republisher names the original's writer only beside the credit; the date as `date`. */
const bylineWithCredit = (p: Page, date: Shown['date']): Shown => ({ author: p.s.credit !== null, date });
/** The story's instant, read on another clock. */
const elsewhere = (p: Page, zone: string): TZDate => new TZDate(p.s.date.getTime(), zone);
const fmtRo = (d: Date, pattern: string): string => format(d, pattern, { locale: ro });
const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** The credit lines of a republisher: one wording for the shown name, then the original's writer; none when nothing is credited. */
function creditLines(p: Page, wordings: readonly ((outlet: string) => string)[], writer: (author: string) => string): string[] {
  const { d, s } = p;
  return s.credit ? [d.pick(wordings)(s.credit.shown), writer(s.author)] : [];
}

/**
 * Writes the body with the credit `lines` (meta) at `spot`: before the first paragraph, after paragraph
 * `p.mid()` (never the last), or after the last one; `inserts[k]` are chrome lines after paragraph k (never the last).
 */
function creditedBody(p: Page, spot: Spot, lines: readonly string[], inserts: Record<number, string[]> = {}): void {
  if (p.chromeOnly) return;
  const inside = spot === 'inside' ? p.mid() : -1;
  if (spot === 'top' && lines.length > 0) p.meta(...lines).blank();
  const last = p.s.body.length - 1;
  p.s.body.forEach((text, k) => {
    p.out.push({ kind: 'body', text });
    p.blank();
    if (k === last) return;
    if (k === inside && lines.length > 0) p.meta(...lines).blank();
    if (inserts[k]) p.chrome(...inserts[k]).blank();
  });
  if (spot === 'foot' && lines.length > 0) p.meta(...lines).blank();
}

/** The original's address on its outlet's site (the Morvan watch), in one of three URL shapes. */
function originalUrl(p: Page): string {
  const { d, s } = p;
  const host = HOSTS_V22[s.credit!.canonical]!;
  const path = slug(s.src.title);
  const shapes: (() => string)[] = [
    () => `https://${host}/${path}_${d.int(1_000_000, 9_999_999)}`,
    () => `https://${host}/${fmtFr(s.date, 'yyyy/MM/dd')}/${path}`,
    () => `http://${host}/article/${d.int(10_000, 99_999)}/${path}.html`,
  ];
  return d.pick(shapes)();
}

// ——— The twelve sites ———

export const SITES_V22: readonly SiteV22[] = [
  {
    id: 'quimper-daily',
    name: 'L’Indépendant de Cornouaille',
    lang: 'fr',
    originals: 16,
    attribution: 'own',
    lookalike: true,
    chromeOnlyPage: true,
    render(p) {
      const { d, s } = p;
      p.chrome(
        'L’Indépendant de Cornouaille et ses partenaires déposent des cookies pour compter les visites, afficher des publicités adaptées à votre commune et faire fonctionner les boutons de partage. Votre choix est conservé six mois ; vous pouvez le modifier depuis « Gérer mes cookies ».',
        'Tout accepter',
        'Continuer sans accepter',
        'Paramétrer',
      ).blank();
      p.chrome('L’INDÉPENDANT DE CORNOUAILLE', 'Quimper · Douarnenez · Concarneau · Pont-l’Abbé · Pays bigouden · Quimperlé · Stade quimpérois · Festival de Cornouaille', 'Se connecter').blank();
      p.chrome(`Marées à Concarneau : pleine mer à ${d.int(0, 23)} h ${String(d.int(0, 59)).padStart(2, '0')}, coefficient ${d.int(35, 115)} · ${d.pick(['Crachin sur l’Odet toute la matinée', 'Parking de la Providence complet', 'Pont de Poulguinan : circulation alternée'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `Info locale ❯ ${t}` : t)).blank();
      const changed = new TZDate(s.date.getTime() + d.int(30, 1400) * 60_000, PARIS_TZ);
      p.meta(`Texte : ${s.author}`, `En ligne à ${fmtFr(s.date, "HH'h'mm 'le' dd.MM.yyyy")} · mise à jour à ${fmtFr(changed, "HH'h'mm 'le' dd.MM.yyyy")}`).blank();
      p.chrome(`Photo : ${d.pick(PHOTO_V22)} / L’Indépendant de Cornouaille`);
      p.body({ [p.mid()]: [`➔ À lire également : ${p.related(1)[0]!}`] });
      p.chrome(`Vos réactions (${p.n(140)})`, 'Les commentaires sont réservés aux abonnés numériques.').blank();
      p.chrome('Partager sur : Facebook / X / WhatsApp / Par e-mail').blank();
      p.chrome('Les plus lus en Cornouaille', ...p.related(3)).blank();
      p.chrome(
        'Recevez chaque midi l’essentiel de l’actualité de Quimper et de la Cornouaille : faits divers, vie municipale, sport amateur et sorties du week-end, directement dans votre boîte de réception. Inscription gratuite, désabonnement en un clic.',
        'Je m’inscris',
      ).blank();
      p.chrome(`© ${yearOf(p)} L’Indépendant de Cornouaille – Éditions de l’Odet, quai du Steir, Quimper – Reproduction interdite sans autorisation`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'bucharest-portal',
    name: 'Carpates Infos',
    lang: 'fr',
    originals: 14,
    attribution: 'own',
    render(p) {
      const { d, s } = p;
      p.chrome('CARPATES INFOS', 'Le quotidien francophone de Roumanie et de Moldavie', 'Bucarest | Cluj | Iași | Timișoara | Chișinău | Politique | Économie | Francophonie').blank();
      p.chrome(`1 € = 4,${d.int(64, 77)} lei · ${d.pick(['Métro M2 : un train toutes les 4 minutes', 'Neige sur la vallée de la Prahova', 'Bouchons sur le boulevard Magheru'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} ◇ CARPATES INFOS` : t)).blank();
      const local = elsewhere(p, 'Europe/Bucharest');
      p.meta(`${fmtRo(local, 'd MMMM yyyy')} — ${fmtFr(local, "d MMMM yyyy, HH:mm '(heure de Bucarest, UTC+2)'")}`, `Un article de ${s.author}`).blank();
      p.body({
        [p.mid()]: [`Petite annonce — ${d.pick(['Cours de roumain pour francophones, quartier Dorobanți', 'Appartement à louer près de la place Romană, 450 €', 'Cherche covoiturage Bucarest–Brașov le week-end'])}`],
      });
      p.chrome('Partager ↗ Facebook · LinkedIn · Telegram · Courriel').blank();
      p.chrome(
        'Carpates Infos est écrit à Bucarest par des journalistes roumains et français. Il est gratuit, sans abonnement, et vit de la publicité des commerçants francophones et des dons de ses lecteurs.',
        'Faire un don',
      ).blank();
      p.chrome(`© ${yearOf(p)} Carpates Infos · Strada Batiștei, Bucarest · Roumanie`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'bourges-city',
    name: 'Cœur de Berry Actu',
    lang: 'fr',
    originals: 15,
    attribution: 'own',
    render(p) {
      const { d, s } = p;
      p.chrome('CŒUR DE BERRY ACTU', 'Toute l’actualité de Bourges, de Vierzon et du Cher', 'Bourges · Vierzon · Saint-Amand · Sancerre · Printemps de Bourges · Basket · Agenda').blank();
      p.chrome(`${d.pick(['Rocade de Bourges : travaux de nuit', 'Marais de Bourges : sentiers inondés', 'Cathédrale Saint-Étienne : visites de la crypte reprises'])} · ${d.int(-5, 10)} °C`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} (carte interactive)` : t)).blank();
      p.meta(fmtFr(s.date, "'Publié ce' EEEE d MMMM yyyy 'à' H 'heures' mm"), `Texte et photos : ${s.author}`).blank();
      p.body({
        [p.mid()]: [`Publicité — ${d.pick(['Pâtisserie de la rue Coursarlon : forêts-noires sur commande', 'Garage à Saint-Doulchard : contrôle technique à prix fixe', 'Foire aux vins au parc des expositions samedi'])}`],
      });
      p.chrome('Vous avez repéré une erreur ? Signalez-la à la rédaction.').blank();
      p.chrome(`${p.n(80)} avis`, 'Donnez votre avis').blank();
      p.chrome('Nos autres articles', ...p.related(2)).blank();
      p.chrome(`Cœur de Berry Actu · ${yearOf(p)} · Berry Numérique SAS · Mentions légales · Contact`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'oyonnax-plastics',
    name: 'Plastivallée Hebdo',
    lang: 'fr',
    originals: 16,
    attribution: 'credit',
    chromeOnlyPage: true,
    translate: { into: 'fr', share: 0.8 },
    draw: creditPools({ into: 'fr', share: 0.8 }, [PLASTICS_PRESS, 0.42], [PLASTICS_EN, 0.32], [LOOKALIKES_V22.oyonnax, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Ce site dépose des témoins de connexion indispensables et, si vous l’acceptez, des témoins statistiques sans publicité. Votre consentement vaut pour treize mois.',
        'D’accord',
        'Non merci',
        'En savoir plus',
      ).blank();
      p.chrome('PLASTIVALLÉE HEBDO', 'La lettre de la plasturgie du Haut-Bugey et de l’Ain', 'Injection · Moules · Emballage · Recyclage · Formation · Emploi · Salons').blank();
      p.chrome(`Polypropylène : ${d.int(1100, 1450)} €/t · ${d.pick(['Salon de la plasturgie à Oyonnax en mai', 'Portes ouvertes au pôle de formation de Bellignat', 'Nouvel appel à projets recyclage de la Région'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `Filière plastique ∷ ${t}` : t)).blank();
      p.meta(fmtFr(s.date, "d MMM yyyy '—' H 'h' mm '— Veille plasturgie'"));
      p.meta(...creditLines(
        p,
        [
          (o) => `Texte paru initialement dans ${o}.`,
          (o) => `Reproduction autorisée par ${o}`,
          (o) => `Signé ${o} — repris ici`,
          (o) => `Avec l’aimable accord ${de(o)}`,
        ],
        (a) => `Plume d’origine : ${a}`,
      )).blank();
      creditedBody(p, 'top', [], {
        [p.mid()]: [`Recrutement — ${d.pick(['Régleur presse à injecter H/F, CDI, Bellignat', 'Technicien méthodes moulage H/F, Arbent', 'Opérateur extrusion H/F, poste de nuit, Nantua'])}`],
      });
      p.chrome('Transférer à un collègue · LinkedIn · Imprimer le PDF').blank();
      p.chrome('À lire dans la même rubrique', ...p.related(3)).blank();
      p.chrome(
        'Plastivallée Hebdo est édité par l’association des industriels de la plasturgie du Haut-Bugey. Les articles de nos confrères sont repris avec leur accord ; ceux de la presse anglophone sont traduits par un outil automatique, noms des journaux compris.',
      ).blank();
      p.chrome(`Plastivallée Hebdo · ${yearOf(p)} · Rue Anatole-France, Oyonnax · Données personnelles`);
      return bylineWithCredit(p, 'full');
    },
  },
  {
    id: 'mahe-portal',
    name: 'Coco de Mer Infos',
    lang: 'fr',
    originals: 16,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.8 },
    draw: creditPools({ into: 'fr', share: 0.8 }, [MAHE_PRESS, 0.44], [OCEAN_EN, 0.3], [LOOKALIKES_V22.mahe, 0.12]),
    render(p) {
      const { d, s } = p;
      p.chrome('COCO DE MER INFOS', 'L’actualité des Seychelles et de l’océan Indien, en français', 'Mahé | Praslin | La Digue | Océan Indien | Économie | Pêche | Tourisme').blank();
      p.chrome(`1 € = ${d.int(15, 16)},${d.int(10, 99)} SCR · ${d.pick(['Cat Cocos : traversée Mahé–Praslin maintenue', 'Mousson du nord-ouest : houle de 2 m', 'Festival kreol : appel aux bénévoles'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} ✧ Coco de Mer Infos` : t)).blank();
      p.meta(fmtFr(elsewhere(p, 'Indian/Mahe'), "'Mahé, le' dd/MM/yyyy 'à' HH'h'mm '(SCT)'")).blank();
      const lines = creditLines(
        p,
        [
          (o) => `[Source première de cet article : ${o}]`,
          (o) => `Coco de Mer Infos republie un texte ${de(o)}.`,
          (o) => `Article paru dans ${o} et repris avec son accord.`,
          (o) => `© ${o}, tous droits réservés`,
        ],
        (a) => `Auteur : ${a}`,
      );
      const spot: Spot = d.chance(0.55) ? 'inside' : 'top';
      creditedBody(p, spot, lines, {
        [s.body.length - 2]: [`ANNONCE — ${d.pick(['Location de bateaux à Eden Island, à la journée', 'Cours de créole seychellois pour expatriés, Victoria', 'Transfert d’argent vers Maurice et La Réunion sans frais'])}`],
      });
      p.chrome(`Réagir (${p.n(45)})`, 'Les commentaires sont modérés avant publication.').blank();
      p.chrome('Autres nouvelles de l’archipel', ...p.related(3)).blank();
      p.chrome(
        'Coco de Mer Infos rassemble chaque jour des articles de la presse seychelloise, mauricienne, réunionnaise et internationale. Les textes rédigés en anglais sont traduits par un logiciel ; chaque article reste la propriété de son éditeur.',
      ).blank();
      p.chrome(`© ${yearOf(p)} Coco de Mer Infos — Victoria, Mahé — République des Seychelles`);
      return bylineWithCredit(p, 'full');
    },
  },
  {
    id: 'stjohns-francophone',
    name: 'La Brise du Rocher',
    lang: 'fr',
    originals: 16,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.75 },
    draw: creditPools({ into: 'fr', share: 0.75 }, [ROCK_FR, 0.42], [ROCK_EN, 0.3], [LOOKALIKES_V22.rock, 0.14]),
    render(p) {
      const { d } = p;
      p.chrome('LA BRISE DU ROCHER', 'Le média des francophones de Terre-Neuve-et-Labrador', 'St. John’s · Péninsule de Port-au-Port · Labrador · Canada atlantique · Communauté · Emplois').blank();
      p.chrome(`Traversier Port aux Basques–North Sydney : ${d.pick(['horaire régulier', 'départ retardé', 'traversée annulée, vents forts'])} · St. John’s ${d.int(-12, 4)} °C, ${d.pick(['poudrerie', 'verglas', 'ciel couvert'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `Terre-Neuve ⊳ ${t}` : t)).blank();
      p.meta(fmtFr(elsewhere(p, 'America/St_Johns'), "'Mise en ligne :' d MMMM yyyy',' H 'h' mm '(HNT)'")).blank();
      const lines = creditLines(
        p,
        [
          (o) => `Nouvelle tirée ${de(o)}.`,
          (o) => `Reprise autorisée — ${o}`,
          (o) => `Cet article a d’abord paru dans ${o}.`,
          (o) => `Collaboration éditoriale avec ${o}`,
        ],
        (a) => `Par ${a}`,
      );
      const spot: Spot = d.chance(0.5) ? 'inside' : 'foot';
      creditedBody(p, spot, lines, {
        [p.mid()]: [`Babillard — ${d.pick(['Soirée de contes en français au centre communautaire, jeudi', 'Garderie francophone de St. John’s : places disponibles', 'Cours de français pour adultes, inscriptions ouvertes'])}`],
      });
      p.chrome('Partagez : Facebook · Courriel · Lien').blank();
      p.chrome(
        'La Brise du Rocher est un organisme sans but lucratif administré par des bénévoles. Les articles de langue anglaise sont traduits par machine, titres des médias compris, et relus avant leur mise en ligne.',
        'Devenir membre',
      ).blank();
      p.chrome(`© ${yearOf(p)} La Brise du Rocher · Rue Water, St. John’s (T.-N.-L.) · Politique de confidentialité`);
      return bylineWithCredit(p, 'full');
    },
  },
  {
    id: 'miami-caribbean',
    name: 'The Biscayne Caribbean Report',
    lang: 'en',
    originals: 16,
    attribution: 'credit',
    translate: { into: 'en', share: 0.8 },
    draw: creditPools({ into: 'en', share: 0.8 }, [MIAMI_PICKS, 0.74], [LOOKALIKES_V22.miami, 0.13]),
    render(p) {
      const { d } = p;
      p.chrome('THE BISCAYNE CARIBBEAN REPORT', 'Haiti, the French Antilles and the francophone world, in English', 'Haiti | Martinique | Guadeloupe | French Guiana | France | Diaspora | Opinion').blank();
      p.chrome(`PortMiami: ${d.pick(['three cruise departures today', 'fog delays in the turning basin', 'normal operations'])} · Miami ${d.int(18, 29)}°C · USD/HTG ${d.int(76, 84)}.${d.int(10, 99)}`).blank();
      p.title((t) => (d.chance(0.3) ? `ISLANDS ⟩ ${t}` : t)).blank();
      p.meta(fmtEn(elsewhere(p, 'America/New_York'), "'Filed' h:mm aaaa 'ET,' EEEE',' MMM'.' d',' yyyy"));
      const lines = creditLines(
        p,
        [
          (o) => `Translated from the French; the original appeared in ${o}.`,
          (o) => `Courtesy of ${o} (French-language original)`,
          (o) => `First published in French by ${o}.`,
          (o) => `Our English text follows the report in ${o}.`,
        ],
        (a) => `Original reporting by ${a}`,
      );
      const spot: Spot = d.chance(0.65) ? 'top' : 'foot';
      p.blank();
      creditedBody(p, spot, lines, {
        [p.mid()]: [`Sponsored — ${d.pick(['Send money to Port-au-Prince with no fees this week', 'Creole and French classes in Little Haiti, evenings', 'Flights to Pointe-à-Pitre from $289'])}`],
      });
      p.chrome(`${p.n(90)} comments — sign in to comment`).blank();
      p.chrome('Also in the Caribbean press', ...p.related(2)).blank();
      p.chrome(
        'The Biscayne Caribbean Report brings French-language news from Haiti, the Antilles and France to English-speaking readers in South Florida. Articles and the names of their publications are machine-translated, then checked by an editor.',
      ).blank();
      p.chrome(`© ${yearOf(p)} The Biscayne Caribbean Report · NE 2nd Avenue, Miami, FL · Terms · Privacy`);
      return bylineWithCredit(p, 'full');
    },
  },
  {
    id: 'hongkong-desk',
    name: 'Kowloon Francophone Markets',
    lang: 'en',
    originals: 15,
    attribution: 'credit',
    chromeOnlyPage: true,
    translate: { into: 'en', share: 0.8 },
    draw: creditPools({ into: 'en', share: 0.8 }, [HARBOUR_PICKS, 0.72], [LOOKALIKES_V22.harbour, 0.13]),
    render(p) {
      const { d } = p;
      p.chrome('KOWLOON FRANCOPHONE MARKETS', 'Business news from French-speaking Europe, the Levant and the Maghreb, for investors in Asia', 'Switzerland | Luxembourg | France | Lebanon | Morocco | Banking | Luxury').blank();
      p.chrome(`Hang Seng ${d.int(24_500, 28_900)} · SMI ${d.int(8300, 9300)} · EUR/HKD ${d.int(8, 9)}.${d.int(10, 99)} · ${d.pick(['Star Ferry: normal service', 'No typhoon signal in force', 'Cross-Harbour Tunnel: heavy traffic'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} [MT]` : t)).blank();
      p.meta(`Timestamp ${fmtEn(elsewhere(p, 'Asia/Hong_Kong'), "yyyy-MM-dd'T'HH:mmxxx")}`);
      const lines = creditLines(
        p,
        [
          (o) => `Machine translation of an article by ${o}.`,
          (o) => `Rights holder: ${o}`,
          (o) => `From the French-language pages of ${o}.`,
          (o) => `${o} published the original; this is our English rendering.`,
        ],
        (a) => `Byline of the original: ${a}`,
      );
      p.blank();
      creditedBody(p, d.pick<Spot>(['top', 'inside', 'foot']), lines, {
        [p.mid()]: [`PROMOTION — ${d.pick(['Private banking in Geneva: book a call from Central', 'Watch fair tickets for Hong Kong members', 'Luxembourg fund domiciliation, briefing on Thursday'])}`],
      });
      p.chrome('Share via WhatsApp | WeChat | LinkedIn | Email').blank();
      p.chrome(
        'Kowloon Francophone Markets translates business reporting from Switzerland, Luxembourg, France, Lebanon and Morocco for investors and family offices in Asia. Translation is automatic, publication names included; quote the original, not us.',
      ).blank();
      p.chrome('Subscribers get the Europe Open note at 3 p.m. Hong Kong time', 'Subscribe').blank();
      p.chrome(`© ${yearOf(p)} Kowloon Francophone Markets Ltd · Tsim Sha Tsui, Hong Kong · All rights reserved`);
      return bylineWithCredit(p, 'full');
    },
  },
  {
    id: 'morvan-park-watch',
    name: 'Parc naturel régional du Morvan – Veille presse',
    lang: 'fr',
    originals: 16,
    attribution: 'url-host',
    canShow: (canonical) => canonical in HOSTS_V22,
    draw: creditPools(undefined, [MORVAN_CLIPPED, 0.9]),
    render(p) {
      const { d, s } = p;
      p.chrome('PARC NATUREL RÉGIONAL DU MORVAN', 'Veille presse à destination des agents et des élus du Parc', 'Accueil › Espace pro › Veille presse').blank();
      p.chrome(d.pick(['Comité syndical : prochaine séance le 28 à Saint-Brisson', 'Programme de plantation de haies : candidatures ouvertes', 'Maison du Parc fermée au public jusqu’en mars'])).blank();
      p.title().blank();
      p.meta(fmtFr(s.date, "'Veille du' EEEE d MMMM yyyy '·' HH:mm"));
      const lines = s.credit
        ? [d.pick([(u: string) => `Consulter l’original ⇢ ${u}`, (u: string) => `Article en ligne sur ${u}`, (u: string) => `(lien : ${u})`, (u: string) => `<${u}>`])(originalUrl(p)), `Signature : ${s.author}`]
        : [];
      p.blank();
      creditedBody(p, d.chance(0.4) ? 'top' : 'foot', lines, {
        [p.mid()]: [`Le Parc en actions — ${d.pick(['Chantier de restauration d’une tourbière au lac des Settons', 'Inventaire des chauves-souris dans les églises', 'Marque « Valeurs Parc » : trois nouveaux producteurs'])}`],
      });
      p.chrome('Diffusion interne – ne pas transférer.').blank();
      p.chrome(
        'Cette veille est constituée chaque semaine par le service communication du Parc à partir de la presse départementale, régionale et nationale. Chaque article est présenté avec son adresse d’origine ; les droits restent à leurs éditeurs.',
      ).blank();
      p.chrome(`Parc naturel régional du Morvan · Maison du Parc · Saint-Brisson · ${yearOf(p)}`);
      return bylineWithCredit(p, 'full');
    },
  },
  {
    id: 'lourdes-hoteliers',
    name: 'Union des hôteliers de Lourdes – Revue de presse',
    lang: 'fr',
    originals: 15,
    attribution: 'title-suffix',
    canShow: (canonical) => LOURDES_NAMES.includes(canonical),
    draw: creditPools(undefined, [LOURDES_PRESS, 0.76], [LOOKALIKES_V22.lourdes, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('UNION DES HÔTELIERS DE LOURDES', 'Revue de presse réservée aux adhérents', 'L’Union · Saison · Formations · Revue de presse · Contacts').blank();
      p.chrome(`Taux de remplissage de la semaine : ${d.int(18, 64)} % · ${d.pick(['Sanctuaire : horaires d’hiver des piscines', 'Funiculaire du Pic du Jer fermé pour travaux', 'Salon des fournisseurs de l’hôtellerie le 14 à Tarbes'])}`).blank();
      const named = d.pick([(o: string) => ` ⁓ ${o}`, (o: string) => ` ≡ ${o}`, (o: string) => ` ‹ ${o} ›`]);
      p.title((t) => (s.credit ? `${t}${named(s.credit.shown)}` : t)).blank();
      p.meta(`Coupure de presse du ${fmtFr(s.date, 'd')}.${ROMAN_MONTHS[s.date.getMonth()]}.${yearOf(p)}`).blank();
      p.body({
        [p.mid()]: [`Bon à savoir — ${d.pick(['La taxe de séjour suit le barème voté par la commune.', 'La formation « accueil des pèlerins anglophones » reprend en février.', 'Les contrats saisonniers peuvent être signés dès mars.'])}`],
      });
      p.chrome('Le titre de chaque article est suivi du nom du journal qui l’a publié.').blank();
      p.chrome(
        'L’Union des hôteliers de Lourdes diffuse à ses adhérents une sélection d’articles sur la ville, le tourisme religieux et la profession. Ces articles appartiennent à leurs éditeurs et ne peuvent être rediffusés.',
      ).blank();
      p.chrome(`Union des hôteliers de Lourdes · Avenue Bernadette-Soubirous · 65100 Lourdes · ${yearOf(p)}`);
      return { author: false, date: 'day' };
    },
  },
  {
    id: 'perigueux-cavers',
    name: 'Gouffres & Rivières',
    lang: 'fr',
    originals: 15,
    attribution: 'source-line',
    draw: creditPools(undefined, [PERIGORD_PRESS, 0.74], [LOOKALIKES_V22.perigueux, 0.14]),
    render(p) {
      const { d, s } = p;
      p.chrome('GOUFFRES & RIVIÈRES', 'La revue du spéléo-club de Périgueux et du Périgord', 'Explorations · Topographie · Plongée souterraine · Secours · Formations · Adhérer').blank();
      p.chrome(`Niveau de l’Isle à Périgueux : ${d.int(1, 3)},${d.int(10, 99)} m · ${d.pick(['Sortie initiation au gouffre de Proumeyssac samedi', 'Exercice de secours souterrain le 20', 'Réunion topographie mardi au local'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} [lu pour vous]` : t)).blank();
      p.meta(fmtFr(s.date, "'Posté le' dd-MMM-yyyy 'à' HH:mm"));
      const lines = creditLines(
        p,
        [(o) => `D’après : ${o}`, (o) => `Provenance — ${o}`, (o) => `Source de l’article ⟶ ${o}`, (o) => `Src. : ${o}`],
        (a) => `Article original signé ${a}`,
      );
      p.blank();
      creditedBody(p, d.chance(0.35) ? 'top' : 'foot', lines, {
        [p.mid()]: [`Le coin du topographe — ${d.pick(['Nouveau relevé de la rivière souterraine de Padirac en ligne', 'Prêt du distomètre : s’inscrire au local', 'Les levés de la grotte de Villars complétés'])}`],
      });
      p.chrome(`${p.n(30)} commentaires`, 'Écrire un commentaire').blank();
      p.chrome(
        'Gouffres & Rivières reproduit pour les membres du club des articles de presse sur les grottes, les rivières souterraines et la protection du karst en Périgord. La source de chaque article est citée. Cotisation : 35 euros, assurance fédérale comprise.',
      ).blank();
      p.chrome(`Spéléo-club de Périgueux – Maison des associations – ${yearOf(p)}`);
      return bylineWithCredit(p, 'full');
    },
  },
  {
    id: 'belfort-gardens',
    name: 'La Feuille des Jardins',
    lang: 'fr',
    originals: 12,
    attribution: 'none',
    chromeOnlyPage: true,
    render(p) {
      const { d, s } = p;
      p.chrome('LA FEUILLE DES JARDINS', 'Lettre de l’association des jardins familiaux de Belfort', 'Association › Lettre › La presse en parle').blank();
      p.chrome(`Permanence : ${d.pick(['samedi 10 h – 12 h, cabane des Résidences', 'mercredi 17 h – 18 h 30, jardins du Mont', 'premier dimanche du mois, local de la Pépinière'])} · ${d.pick(['Distribution de fumier le 2 février', 'Commande groupée de semences : dernier délai', 'Cotisation 2019 : 25 € la parcelle'])}`).blank();
      p.title().blank();
      p.meta(fmtFr(s.date, "'Infolettre du' EEEE dd-MM-yyyy")).blank();
      p.body({
        [p.mid()]: [`Au jardin ce mois-ci — ${d.pick(['Tailler les groseilliers hors gel', 'Préparer les semis de tomates sous abri', 'Protéger les artichauts avec de la paille'])}`],
      });
      p.chrome(
        'La Feuille des Jardins est envoyée aux adhérents de l’association. Les articles de presse reproduits ici ont été retenus par le bureau pour l’information des jardiniers ; merci de ne pas les publier ailleurs.',
      ).blank();
      p.chrome(`Association des jardins familiaux de Belfort – ${yearOf(p)}`, 'Imprimé sur papier recyclé');
      return { author: false, date: 'day' };
    },
  },
];

const JUNK_V22: readonly { name: string; bytes: Uint8Array }[] = [
  { name: 'bzip2-head', bytes: Buffer.from('BZh91AY&SY\x4e\xec\xe8\x36\x00\x00\x02\x51\x80\x00', 'latin1') },
  { name: 'jpeg-head', bytes: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x48, 0x00, 0x48, 0x00, 0x00]) },
  { name: 'wasm-head', bytes: Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x07, 0x01, 0x60, 0x02, 0x7f, 0x7f, 0x01, 0x7f]) },
  { name: 'mp4-head', bytes: Buffer.from([0x00, 0x00, 0x00, 0x18, 0x66, 0x74, 0x79, 0x70, 0x6d, 0x70, 0x34, 0x32, 0x00, 0x00, 0x00, 0x00, 0x69, 0x73, 0x6f, 0x6d]) },
  { name: 'sqlite-head', bytes: Buffer.from('SQLite format 3\x00\x10\x00\x01\x01\x00\x40\x20\x20', 'latin1') },
  { name: 'sitemap', bytes: Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n<url><loc>/actualites/</loc></url>\n</urlset>\n', 'utf8') },
  { name: 'captcha', bytes: Buffer.from('Vérification en cours\nMerci de confirmer que vous n’êtes pas un robot.\nCette opération peut prendre quelques secondes.\nID de la requête : 9c41-a07e\n', 'utf8') },
  { name: 'maintenance', bytes: Buffer.from('Site en maintenance\nNous effectuons une mise à jour technique.\nMerci de revenir dans quelques minutes.\n', 'utf8') },
  { name: 'utf16-bom-only', bytes: Buffer.from([0xff, 0xfe]) },
  { name: 'tab-only', bytes: Buffer.from('\t\t\n\t\n\n\t \t\n', 'utf8') },
];

// ——— Generation ———

/** How many other sites carry a copy of one original. */
const copyCount = (d: Dice): number => {
  const roll = d.next();
  return COPY_ODDS.find(([bound]) => roll < bound)![1];
};

/** The credit a copy on `host` shows: what the original credited (or the first site's own name), if `host` names outlets and can show this one. */
function creditOnCopy(d: Dice, story: Story, first: SiteV22, host: SiteV22): Credit | null {
  const origin = story.credit ?? (first.attribution === 'own' ? { canonical: first.name, lookalike: first.lookalike === true } : null);
  if (origin === null || host.attribution === 'own' || host.attribution === 'none') return null;
  if (host.canShow && !host.canShow(origin.canonical)) return null;
  return shownAs(d, origin.canonical, host.translate, origin.lookalike);
}

/** The copy of `story` on `host`: maybe without its headline (never on the Lourdes review, whose headline names the outlet), maybe cut short. */
function copyFor(d: Dice, story: Story, first: SiteV22, host: SiteV22, others: string[]): Story {
  const cut = story.src.body.length >= 4 && d.chance(MIX_V22.cut);
  const headline = host.attribution === 'title-suffix' || !d.chance(MIX_V22.headless);
  const credit = creditOnCopy(d, story, first, host);
  return { ...story, body: cut ? story.src.body.slice(0, -1) : story.src.body, headline, credit, others };
}

/**
 * Builds the v22 set from clean sources (deterministic for a seed): each site's originals and their copies on
 * up to three other sites, uncredited bare files, chrome-only pages and junk, shuffled, each file in one of
 * several encodings and named by content.
 */
export function generateUnseenV22(pool: readonly UnseenSource[], seed: number = FROZEN_SEED_V22): { files: UnseenFile[]; manifest: UnseenEntry[] } {
  const d = new Dice(makeRng(seed));
  const originals = SITES_V22.map((site) => site.originals);
  const needed = originals.reduce((a, b) => a + b, MIX_V22.bare);
  if (pool.length < needed) throw new Error(`unseen sites v22: the pool has ${pool.length} clean articles, ${needed} are needed`);
  const drawn = d.sample(pool, needed);
  const titles = drawn.map((src) => src.title);
  const elsewhereTitles = (src: UnseenSource): string[] => d.sample(titles.filter((t) => t !== src.title), 5);
  const moment = (): TZDate => {
    const day = new Date(MIX_V22.firstDay + d.int(0, MIX_V22.days - 1) * 86_400_000);
    return new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), d.int(6, 21), d.int(0, 59), 0, PARIS_TZ);
  };
  const made: MadePage[] = [];
  let next = 0;
  SITES_V22.forEach((site) => {
    for (const src of drawn.slice(next, next + site.originals)) {
      const author = d.pick(BYLINES_V22);
      const story: Story = { src, body: src.body, author, date: moment(), headline: true, credit: site.draw?.(d) ?? null, others: elsewhereTitles(src) };
      made.push(page(site, story, d, false));
      for (const host of d.sample(SITES_V22.filter((other) => other !== site), copyCount(d))) {
        made.push(page(host, copyFor(d, story, site, host, elsewhereTitles(src)), d, false));
      }
    }
    next += site.originals;
    if (!site.chromeOnlyPage) return;
    const filler = drawn[0]!;
    const empty: Story = { src: filler, body: [], author: d.pick(BYLINES_V22), date: moment(), headline: false, credit: null, others: elsewhereTitles(filler) };
    made.push(page(site, empty, d, true));
  });
  made.push(...drawn.slice(next).map((src) => creditsNobody(bareFile(src))), ...JUNK_V22.map((junk) => creditsNobody(junkFile(junk))));
  return packFiles(d, made, ENCODINGS_V22, 'v22-');
}

/** Heading of the v22 table and JSON. */
export const V22_HEADING = 'UNSEEN SITES v22 (frozen 2026-12-01)';

/** Generates v22, runs the real ingest on it and prints its figures (without the DEV simulation). */
export const runUnseenEvalV22 = unseenSetRunner(V22_HEADING, generateUnseenV22);

generatorCli(import.meta.url, 'unseen sites v22', generateUnseenV22, FROZEN_SEED_V22);
