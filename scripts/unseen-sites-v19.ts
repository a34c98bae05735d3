/**
 * Generates the FROZEN unseen-sites v19 evaluation set (issue 8): twelve more ordinary news sites, of kinds and places no earlier set had.
 *
 * FROZEN on 2026-11-30 (v19), at 21:19, written without reading the rules. Written without reading the ingest
 * rules (src/ingest/), the word lists and outlet list (src/data/), the renderer and pages, the scorer beyond its
 * types, any score of this set or of any other, or any history of the project; of the earlier sets only the
 * shared scaffolding (scripts/unseen-sites.ts, v2's `page` and `SiteV2`, simulate-heldout's `Dice` and
 * encodings), v17's and v18's generators (for the format and the scaffolding calls, not their sites or
 * wordings) and the site lists in the headers of v3–v18 (to pick other kinds and places) were read. The sites,
 * outlets, credit wordings, translations, title decorations, date formats, time zones and chrome here are new.
 * Nobody tunes rules against it: do not read its misses while changing rules (`--show` stays 0), do not edit
 * its templates, wordings or seed to move a score. When a case fails, fix the general cause, then freeze a v20
 * and call this one development data.
 *
 * `npm run eval:unseen` scores v1 to v18 then this set (`npm run eval:unseen:v19`, or `npm run eval -- --unseen
 * --unseen-set v19`, for this one only); `npx tsx scripts/unseen-sites-v19.ts --out DIR` only writes the folder
 * and its manifest (the v1 format, with v2's `outletEvidence`).
 *
 * The twelve sites: a Troyes (Aube) city magazine whose own name begins like a Paris news weekly's (a
 * look-alike, its own writers), a Port-Vila (Vanuatu) French–English news portal (its own reporters, the day
 * only), an Amiens (Somme) daily news site (its own reporters), a tech news site of the Sophia-Antipolis science
 * park (Alpes-Maritimes) crediting French tech, business and Riviera papers, English-language tech and science
 * outlets garbled into French word for word and look-alike titles, a Conakry (Guinea) portal crediting Guinean
 * and French outlets and anglophone West African papers garbled into French (its times in GMT), a mining trade
 * site in Rouyn-Noranda (Abitibi-Témiscamingue, Québec) crediting Québec papers, English-language mining and
 * Canadian papers garbled into French and look-alike titles (its times in Eastern time), an English-language
 * New Orleans site on the French-speaking world translating French, Acadian, Québec and Haitian papers' names
 * into English word for word (its times in Central time), an English-language Auckland monitor of the French
 * Pacific doing the same with New Caledonian, Polynesian, Réunion and Paris papers (its times in New Zealand
 * summer time, often the next day), the German-speaking Community of Belgium's parliament's French-language
 * press review in Eupen pointing to the original's address, a Gruyère cheese interprofession's press review in
 * Bulle (Fribourg, Switzerland) keeping the original's name after the headline, a hunters' and landowners'
 * association magazine in the Sologne (Loir-et-Cher) ending reprints with a source line, and a shipyard works
 * council's bulletin in Saint-Nazaire (Loire-Atlantique) crediting nobody. Article text is read AT RUN TIME from
 * ../shared/corpus/gilets-jaunes (v1's clean pool, drawn with another seed): no corpus text is stored here.
 *
 * Title decorations (none of them part of the headline, which stays the publisher's): a prefix tag ("Coup de
 * cœur ✦ Titre" on the Troyes magazine, "DÉCRYPTAGE ➜ Titre" on the Sophia site, "Fil minier : Titre" on the
 * Rouyn-Noranda site, "FRENCH PRESS • Title" on the New Orleans site), a site-name suffix ("Titre ‖ Nakamal
 * Info" on the Port-Vila portal, "Titre - kaloumactu.com" (the site's domain) on the Conakry portal, "Titre /
 * Sologne Nature & Chasse" on the hunters' magazine), a note after the headline ("Titre [ABONNÉS]" on the Amiens
 * site, "Title (NZ edition)" on the Auckland monitor), and on the Bulle review the original outlet's name after
 * " ― " or " >> ", or in parentheses (its evidence). Date formats: "Publié à 14h05, le vendredi 11 janvier
 * 2019", "11 janvier 2019 / 11 January 2019", "Le 11 janv. 19 - 14:05", "Publié le 2019-01-11 à 14:05",
 * "Conakry, le 11 janvier 2019 à 13h05 GMT", "Mis en ligne le 11 janvier 2019 à 8 h 05 (HNE)", "Jan. 11, 2019 at
 * 7:05 AM CST", "Saturday 12 January 2019, 2.05am NZDT", "Erschienen am / Paru le 11.01.2019, 14:05", "Semaine 2
 * – vendredi 11.1.2019", "Article du ven. 11 janv. 2019, 14h05" and "Bulletin n° 312 · 11/01/19".
 *
 * Expected outlet: v2's convention (who published the article first, as the file credits it), recorded per
 * file in `outletEvidence`: machine-translated names of real outlets expect the real outlet's usual name,
 * look-alike names are kept as written, the site's own name is the outlet only where it shows its masthead and
 * its own staff's byline, the republisher is the site's name whenever the file credits another outlet, and null
 * when nothing credits one. Republishing sites show a byline only beside a credit. Every time shown names its
 * zone or is Paris time: the Conakry, Rouyn-Noranda, New Orleans and Auckland sites show their own clock with
 * its zone (GMT, HNE = UTC−5, CST = UTC−6, NZDT = UTC+13: the whole period is in each zone's winter or summer
 * time), the others Paris time (winter 2018-19, so UTC+1); the expected date is the same instant, written in
 * Paris time. The Port-Vila portal, the Bulle review and the works council's bulletin show the Paris day only.
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

/** The v19 seed: no earlier set drew with it. */
export const FROZEN_SEED_V19 = 20261130_19;
/** Clean articles written with their headline and paragraphs only, crediting nobody. */
const BARE_V19 = 10;
/** Share of copies scraped without their headline line. */
const NO_HEADLINE = 0.32;
/** Share of copies (of bodies with four paragraphs or more) that lose their closing paragraph. */
const NO_ENDING = 0.28;
/** The period: 96 days from 26 November 2018, in Paris winter time (UTC+1) and before North America's clocks change. */
const PERIOD_START = Date.UTC(2018, 10, 26);
const PERIOD_DAYS = 96;
const PARIS = 'Europe/Paris';
/** The encodings drawn for the files: plain UTF-8 most often, then Windows-1252, a BOM, CRLF ends and UTF-16 LE. */
const ENCODINGS_V19: readonly Encoding[] = ['utf-8', 'utf-8-bom', 'cp1252', 'utf-8', 'utf-8-crlf', 'utf-16le-bom', 'utf-8', 'cp1252-crlf', 'cp1252', 'utf-8', 'utf-8-bom', 'utf-8', 'utf-8-crlf'];

/** How many other sites carry a copy of one original (none, most often). */
function copiesOn(d: Dice): number {
  const r = d.next();
  return r < 0.5 ? 0 : r < 0.82 ? 1 : r < 0.95 ? 2 : 3;
}

// ——— People ———

const BYLINES_V19 = [
  'Delphine Marcoux', 'Arnaud Pellerin-Saulx', 'Jimmy Tarilongi', 'Élise Bongrand', 'Quentin Lefrançois', 'Manon Dubreucq', 'Yohan Castellani',
  'Sandrine Aubanel', 'Mamadou Saliou Barry', 'Fatoumata Binta Diallo', 'Karine Gauthier-Lessard', 'Mathieu Bélanger', 'Claire Thibodeaux',
  'Ethan Broussard', 'Aroha Ngata', 'Liam Fitzgerald', 'Monika Kreusch', 'Laurent Mollet', 'Hubert de Vaulogé', 'Gwénaëlle Le Roch',
];
const PHOTO_V19 = ['Serge Bouchardon', 'Leïla Haddou-Faure', 'Willie Kalsakau', 'Estelle Rapin'];

// ——— Outlets ———

const SOPHIA_PRESS = ['Nice-Matin', 'Les Échos', '01net', 'Numerama', 'Le Monde informatique', 'L’Usine digitale', 'Monaco-Matin', 'Var-Matin', 'Le Monde', 'Frandroid'];
const TECH_EN = ['Wired', 'The Verge', 'TechCrunch', 'MIT Technology Review', 'New Scientist', 'Scientific American', 'Popular Mechanics', 'The Register'];
const GUINEA_PRESS = ['Guinéenews', 'Africaguinee', 'Guineematin', 'Le Lynx', 'Mosaiqueguinee', 'RFI', 'Jeune Afrique', 'France 24', 'TV5Monde', 'Le Monde', 'Le Parisien'];
const WEST_AFRICA_EN = ['FrontPage Africa', 'Daily Graphic', 'Liberian Observer', 'The Ghanaian Times', 'Sierra Leone Telegraph'];
const QUEBEC_MINING_FR = ['La Frontière', 'Le Citoyen de l’Abitibi', 'Radio-Canada', 'Le Devoir', 'La Presse', 'Le Soleil', 'Les Affaires', 'Le Journal de Montréal'];
const MINING_EN = ['The Northern Miner', 'Mining Journal', 'Mining Weekly', 'Toronto Star', 'The Globe and Mail', 'Montreal Gazette', 'Sudbury Star'];
const NOLA_PICKS = [
  'Le Devoir', 'L’Acadie Nouvelle', 'Le Droit', 'Le Nouvelliste', 'La Voix du Nord', 'Ouest-France', 'Le Parisien', 'Le Républicain lorrain',
  'Le Dauphiné libéré', 'L’Équipe', 'Le Canard enchaîné',
];
const PACIFIC_PICKS = [
  'Les Nouvelles calédoniennes', 'La Dépêche de Tahiti', 'Tahiti Infos', 'Radio Rythme Bleu', 'Le Journal de l’île de La Réunion',
  'Le Quotidien de La Réunion', 'Nouvelle-Calédonie la 1ère', 'Le Monde', 'Libération', 'Le Figaro',
];
const EUPEN_CLIPPED = [
  'Grenz-Echo', 'BRF', 'Le Soir', 'La Libre Belgique', 'L’Avenir', 'RTBF', 'Sudinfo', 'L’Echo', 'Le Vif', 'Aachener Zeitung', 'Luxemburger Wort', 'Le Monde', 'Le Figaro',
];
const GRUYERE_PRESS = ['La Gruyère', 'La Liberté', 'Le Temps', '24 heures', 'RTS Info', 'Le Matin Dimanche', 'Agri', 'Terre&Nature', 'Le Nouvelliste', 'Tribune de Genève', 'Le Monde'];
const SOLOGNE_PRESS = ['La Nouvelle République', 'La République du Centre', 'Le Berry républicain', 'Le Chasseur français', 'Connaissance de la chasse', 'Le Figaro', 'Ouest-France', 'France Bleu', 'Le Parisien'];

/** Invented outlets whose names begin like a known outlet's: the expected outlet is the name as written. */
const LOOKALIKES_V19 = {
  sophia: ['Les Échos de la Riviera', 'Le Monde des Puces'],
  conakry: ['Le Lynx du Fouta', 'Le Point Guinéen'],
  rouyn: ['Le Devoir de l’Abitibi', 'La Presse minière'],
  nola: ['Le Devoir Cadien', 'Le Droit de Lafayette'],
  auckland: ['Le Monde Océanien', 'La Dépêche du Pacifique Sud'],
  gruyere: ['Le Temps des Alpages', 'La Liberté fromagère'],
  sologne: ['Le Chasseur français de Sologne', 'La Nouvelle République des Étangs'],
} as const;
const IS_LOOKALIKE_V19: ReadonlySet<string> = new Set(Object.values(LOOKALIKES_V19).flat());

/** Francophone names as a translation engine renders them in English, word for word (some reorder the words). */
const INTO_EN_V19: Record<string, readonly string[]> = {
  'Le Devoir': ['The Duty'],
  'L’Acadie Nouvelle': ['The New Acadia', 'New Acadia'],
  'Le Droit': ['The Law', 'The Right'],
  'Le Nouvelliste': ['The Newsman', 'The Novelist'],
  'La Voix du Nord': ['The Voice of the North', 'Voice of the North'],
  'Ouest-France': ['West France', 'West-France'],
  'Le Parisien': ['The Parisian'],
  'Le Républicain lorrain': ['The Lorraine Republican', 'The Republican Lorraine'],
  'Le Dauphiné libéré': ['The Liberated Dauphiné', 'The Free Dauphiné'],
  'L’Équipe': ['The Team'],
  'Le Canard enchaîné': ['The Chained Duck', 'The Enchained Duck'],
  'Les Nouvelles calédoniennes': ['The Caledonian News', 'The New Caledonians'],
  'La Dépêche de Tahiti': ['The Tahiti Dispatch', 'The Dispatch of Tahiti'],
  'Tahiti Infos': ['Tahiti Information'],
  'Radio Rythme Bleu': ['Blue Rhythm Radio', 'Radio Blue Rhythm'],
  'Le Journal de l’île de La Réunion': ['The Journal of Reunion Island', 'Reunion Island Journal'],
  'Le Quotidien de La Réunion': ['The Reunion Daily', 'The Daily of Reunion'],
  'Nouvelle-Calédonie la 1ère': ['New Caledonia the 1st', 'New Caledonia First'],
  'Le Monde': ['The World'],
  'Libération': ['Liberation'],
};
/** English-language names as a translation engine garbles them in French, word for word (some reorder the words). */
const INTO_FR_V19: Record<string, readonly string[]> = {
  'Wired': ['Câblé', 'Branché'],
  'The Verge': ['Le Bord', 'La Lisière'],
  'TechCrunch': ['Craquement Tech', 'Le Croquant Techno'],
  'MIT Technology Review': ['La Revue technologique du MIT', 'Revue de Technologie du MIT'],
  'New Scientist': ['Le Nouveau Scientifique', 'Nouveau Savant'],
  'Scientific American': ['L’Américain scientifique', 'Américain Scientifique'],
  'Popular Mechanics': ['La Mécanique populaire', 'Mécaniques Populaires'],
  'The Register': ['Le Registre'],
  'FrontPage Africa': ['La Une d’Afrique', 'Afrique Première Page'],
  'Daily Graphic': ['Le Graphique quotidien', 'Graphique Quotidien'],
  'Liberian Observer': ['L’Observateur libérien', 'Observateur Libérien'],
  'The Ghanaian Times': ['Les Temps ghanéens', 'Le Temps Ghanéen'],
  'Sierra Leone Telegraph': ['Le Télégraphe de Sierra Leone', 'Télégraphe Sierra-Léonais'],
  'The Northern Miner': ['Le Mineur du Nord', 'Mineur Nordique'],
  'Mining Journal': ['Le Journal minier', 'Journal de l’Exploitation minière'],
  'Mining Weekly': ['L’Hebdo minier', 'Hebdomadaire Minier'],
  'Toronto Star': ['L’Étoile de Toronto', 'Étoile de Toronto'],
  'The Globe and Mail': ['Le Globe et la Poste', 'Globe et Courrier'],
  'Montreal Gazette': ['La Gazette de Montréal', 'Gazette Montréal'],
  'Sudbury Star': ['L’Étoile de Sudbury'],
};

/** Web hosts of the outlets the Eupen press review links to. */
const HOSTS_V19: Record<string, string> = {
  'Grenz-Echo': 'www.grenzecho.net', 'BRF': 'brf.be', 'Le Soir': 'www.lesoir.be', 'La Libre Belgique': 'www.lalibre.be', 'L’Avenir': 'www.lavenir.net',
  'RTBF': 'www.rtbf.be', 'Sudinfo': 'www.sudinfo.be', 'L’Echo': 'www.lecho.be', 'Le Vif': 'www.levif.be', 'Aachener Zeitung': 'www.aachener-zeitung.de',
  'Luxemburger Wort': 'www.wort.lu', 'Le Monde': 'www.lemonde.fr', 'Le Figaro': 'www.lefigaro.fr', 'Libération': 'www.liberation.fr',
  'Le Parisien': 'www.leparisien.fr', 'Ouest-France': 'www.ouest-france.fr', 'La Voix du Nord': 'www.lavoixdunord.fr', 'Le Devoir': 'www.ledevoir.com',
  'La Presse': 'www.lapresse.ca', 'Radio-Canada': 'ici.radio-canada.ca', 'Le Soleil': 'www.lesoleil.com', 'Les Échos': 'www.lesechos.fr',
  'Nice-Matin': 'www.nicematin.com', 'Numerama': 'www.numerama.com', '01net': 'www.01net.com', 'RFI': 'www.rfi.fr', 'France 24': 'www.france24.com',
  'Jeune Afrique': 'www.jeuneafrique.com', 'TV5Monde': 'information.tv5monde.com', 'Le Temps': 'www.letemps.ch', 'La Liberté': 'www.laliberte.ch',
  '24 heures': 'www.24heures.ch', 'RTS Info': 'www.rts.ch', 'Tribune de Genève': 'www.tdg.ch', 'Le Républicain lorrain': 'www.republicain-lorrain.fr',
  'La Nouvelle République': 'www.lanouvellerepublique.fr', 'Le Dauphiné libéré': 'www.ledauphine.com', 'L’Équipe': 'www.lequipe.fr',
  'Les Affaires': 'www.lesaffaires.com', 'Le Journal de Montréal': 'www.journaldemontreal.com', 'France Bleu': 'www.francebleu.fr',
};

/** Names the Bulle review can print after a headline. */
const GRUYERE_NAMES: readonly string[] = [
  ...GRUYERE_PRESS, ...LOOKALIKES_V19.gruyere, 'Le Figaro', 'Libération', 'Le Parisien', 'Ouest-France', 'Les Échos', 'Le Devoir', 'La Presse', 'RFI',
  'L’Express de l’Aube', 'Le Fil picard', 'Nakamal Info', 'La Nouvelle République', 'Le Dauphiné libéré',
];

type Into = SiteV2['translate'];

/** A v19 site: a v2 site, plus which originals its way of crediting can show on a copy (all when absent). */
interface SiteV19 extends SiteV2 {
  canShow?: (canonical: string) => boolean;
}

/** The credit a site printing in `into`'s language shows for `canonical`: translated word for word, or as written. */
function creditAsPrinted(d: Dice, canonical: string, into: Into, lookalike = IS_LOOKALIKE_V19.has(canonical)): Credit {
  const table: Record<string, readonly string[]> | undefined = into === undefined ? undefined : into.into === 'en' ? INTO_EN_V19 : INTO_FR_V19;
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

const yearV19 = (p: Page): string => fmtFr(p.s.date, 'yyyy');
/** A republisher names the original's writer only beside the credit. */
const writerIfCredited = (p: Page, date: Shown['date']): Shown => ({ author: p.s.credit !== null, date });
/** The story's moment on another clock (the same instant). */
const onClock = (p: Page, zone: string): TZDate => new TZDate(p.s.date.getTime(), zone);
/** The original's address on its outlet's site, in one of three URL shapes. */
function addressOf(p: Page): string {
  const { d, s } = p;
  const host = HOSTS_V19[s.credit!.canonical]!;
  const words = slug(s.src.title);
  return d.pick([
    () => `https://${host}/${fmtFr(s.date, 'yyyy/MM/dd')}/${words}`,
    () => `https://${host}/${d.pick(['info', 'belgique', 'monde', 'region'])}/${words}-${d.int(10_000_000, 99_999_999)}`,
    () => `https://${host}/a/${d.int(100_000, 999_999)}`,
  ])();
}

// ——— The twelve sites ———

export const SITES_V19: readonly SiteV19[] = [
  {
    id: 'troyes-city-mag',
    name: 'L’Express de l’Aube',
    lang: 'fr',
    originals: 16,
    attribution: 'own',
    lookalike: true,
    chromeOnlyPage: true,
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Votre vie privée compte pour nous. Avec votre permission, le magazine et ses partenaires mesurent la fréquentation de chaque page et adaptent les annonces des commerçants troyens à vos centres d’intérêt ; sans elle, seuls les traceurs indispensables à l’affichage du site sont déposés.',
        'Tout accepter',
        'Continuer sans accepter',
      ).blank();
      p.chrome('L’EXPRESS DE L’AUBE', 'Le magazine de Troyes et de l’agglomération troyenne', 'En ville · Sortir · Commerces · Bouchon de Champagne · Sport · Portraits').blank();
      p.chrome(`Halles de l’Hôtel-de-Ville : ${d.pick(['ouvertes aujourd’hui de 7 h à 13 h', 'fermées ce lundi', 'ouvertes en continu jusqu’à 19 h'])} · ${d.pick(['Marché de Noël place de la Libération', 'Soldes en centre-ville', 'Patinoire ouverte au Vouldy'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `Coup de cœur ✦ ${t}` : t)).blank();
      p.meta(fmtFr(s.date, "'Publié à' HH'h'mm', le' EEEE d MMMM yyyy"), `Un article de ${s.author}`).blank();
      p.chrome(`Crédit photo : ${d.pick(PHOTO_V19)} / L’Express de l’Aube`);
      p.body({
        [p.mid()]: [`Publicité — ${d.pick(['Les Caves du Vauluisant : dégustation de champagnes de vignerons samedi', 'Opticien de la rue Émile-Zola : deuxième paire offerte', 'Magasins d’usines de Pont-Sainte-Marie : nocturne vendredi'])}`],
      });
      p.chrome('Vous avez aimé cet article ? Faites-le suivre : WhatsApp · Facebook · X · Copier le lien').blank();
      p.chrome('À lire aussi dans le magazine', ...p.related(3)).blank();
      p.chrome(
        'Chaque jeudi, la lettre de L’Express de l’Aube vous raconte la ville en cinq minutes : les ouvertures de boutiques, les chantiers qui bloquent les rues, les sorties du week-end et un portrait de Troyen. C’est gratuit, sans publicité intrusive, et un clic suffit pour se désabonner.',
        'Je m’inscris',
      ).blank();
      p.chrome(`L’Express de l’Aube © ${yearV19(p)} · Magazine municipal indépendant édité par Seine & Barse Médias · Troyes (10000)`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'portvila-portal',
    name: 'Nakamal Info',
    lang: 'fr',
    originals: 14,
    attribution: 'own',
    render(p) {
      const { d, s } = p;
      p.chrome('NAKAMAL INFO', 'Les nouvelles du Vanuatu en français et en anglais · Vanuatu news in French and English', 'Port-Vila · Santo · Tanna · Malekula · Pacifique · Francophonie').blank();
      p.chrome(`Météo Vanuatu : ${d.pick(['pas d’alerte cyclonique / no cyclone alert', 'dépression tropicale au nord de Santo / tropical low north of Santo', 'alerte jaune pour Torba / yellow alert for Torba'])} · 1 € = ${d.int(124, 131)} vatu`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} ‖ Nakamal Info` : t)).blank();
      p.meta(`${fmtFr(s.date, 'd MMMM yyyy')} / ${fmtEn(s.date, 'd MMMM yyyy')}`, `Auteur / Author : ${s.author}`).blank();
      p.body({
        [p.mid()]: [`Avis / Notice — ${d.pick(['Coupure d’eau à Nambatu jeudi matin / Water cut in Nambatu on Thursday morning', 'Le ferry pour Santo part avec un jour de retard / The Santo ferry leaves a day late', 'Inscriptions au lycée Bougainville ouvertes / Lycée Bougainville enrolments open'])}`],
      });
      p.chrome('Partager / Share : Facebook · WhatsApp · Courriel / Email').blank();
      p.chrome(
        'Nakamal Info est un média indépendant et bilingue fondé à Port-Vila par des journalistes ni-Vanuatu. Nous écrivons en français pour les anciens élèves des écoles francophones de l’archipel et en anglais pour tous les autres ; si un article vous a été utile, parlez-en autour du kava.',
      ).blank();
      p.chrome(`© ${yearV19(p)} Nakamal Info – Kumul Highway, Port-Vila, République de Vanuatu – Tous droits réservés / All rights reserved`);
      return { author: true, date: 'day' };
    },
  },
  {
    id: 'amiens-daily',
    name: 'Le Fil picard',
    lang: 'fr',
    originals: 15,
    attribution: 'own',
    render(p) {
      const { d, s } = p;
      p.chrome('LE FIL PICARD', 'L’actualité d’Amiens, de la Somme et de la Picardie, jour après jour', 'Amiens | Abbeville | Péronne | Baie de Somme | Économie | Faits divers | Sport').blank();
      p.chrome(`Bonne fête aux ${d.pick(['Geneviève', 'Odilon', 'Rémi', 'Nina', 'Marius', 'Roger', 'Lucie', 'Firmin'])} · Rocade d’Amiens : ${d.pick(['circulation fluide', 'ralentissements à la sortie 36', 'bretelle fermée la nuit'])}`).blank();
      p.chrome(`Accueil › ${d.pick(['Amiens', 'Somme', 'Société', 'Picardie maritime'])}`);
      p.title((t) => (d.chance(0.3) ? `${t} [ABONNÉS]` : t)).blank();
      p.meta(`${s.author} | Rédaction d’Amiens`, fmtFr(s.date, "'Le' d MMM yy '-' HH:mm")).blank();
      p.body({
        [p.mid()]: [`Annonce légale — ${d.pick(['Enquête publique sur le contournement de Poix-de-Picardie : registre en mairie', 'Vente aux enchères d’un corps de ferme à Doullens le 28', 'Avis de constitution : SARL Hortillonnages et Découvertes'])}`],
      });
      p.chrome(
        'Cet article est réservé à nos abonnés numériques. Pour un euro le premier mois puis 7,99 € par mois sans engagement, lisez tous les articles du Fil picard, l’édition du soir en PDF et nos archives depuis 2009. Déjà abonné ? Identifiez-vous pour continuer la lecture.',
        'Je m’abonne',
        'Me connecter',
      ).blank();
      p.chrome(`${p.n(60)} réactions`, 'Réagir à cet article (compte lecteur requis)').blank();
      p.chrome('Nos lecteurs ont aussi lu', ...p.related(2)).blank();
      p.chrome(`© Le Fil picard ${yearV19(p)} — Amiens Presse SAS — Mentions légales — Charte de modération — Nous contacter`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'sophia-tech',
    name: 'Technopole Azur Info',
    lang: 'fr',
    originals: 16,
    attribution: 'credit',
    chromeOnlyPage: true,
    translate: { into: 'fr', share: 0.8 },
    draw: weightedCredits({ into: 'fr', share: 0.8 }, [SOPHIA_PRESS, 0.42], [TECH_EN, 0.32], [LOOKALIKES_V19.sophia, 0.12]),
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Nous utilisons des cookies pour analyser l’audience de nos articles et proposer des offres d’emploi tech de la Côte d’Azur adaptées à votre profil. Vous pouvez accepter, refuser ou choisir finalité par finalité ; votre choix est valable six mois et modifiable dans le pied de page.',
        'OK pour moi',
        'Non merci',
        'Choisir',
      ).blank();
      p.chrome('TECHNOPOLE AZUR INFO', 'L’actu tech, startups et recherche de Sophia-Antipolis et de la Côte d’Azur', 'Startups · IA · Recherche · Emploi · Événements · Podcasts').blank();
      p.chrome(`Levées de fonds azuréennes cette semaine : ${d.int(1, 6)} (${d.int(2, 48)} M€) · Prochain meetup : ${d.pick(['IA générative, mardi 18 h 30', 'cybersécurité, jeudi 19 h', 'deeptech santé, mercredi 18 h'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `DÉCRYPTAGE ➜ ${t}` : t)).blank();
      p.meta(fmtFr(s.date, "'Publié le' yyyy-MM-dd 'à' HH:mm"));
      p.credit([
        (o) => `Adapté d’un article ${de(o)}.`,
        (o) => `© ${o} — reproduit avec autorisation.`,
        (o) => `Publication originale : ${o}.`,
        (o) => `Ce contenu provient ${de(o)}.`,
      ]);
      if (s.credit) p.meta(`Texte original signé ${s.author}`);
      p.blank();
      p.body({
        [p.mid()]: [`Offre d’emploi — ${d.pick(['Scale-up de Biot recrute trois développeurs Rust en CDI', 'Laboratoire de Valbonne cherche ingénieur·e données, contrat de 18 mois', 'Incubateur de Nice : appel à candidatures jusqu’au 31'])}`],
      });
      p.chrome('Cet article vous a plu ?', '👍 Utile · 👎 Pas utile', 'Partager sur LinkedIn · Mastodon · Courriel').blank();
      p.chrome('Les articles tech les plus partagés', ...p.related(3)).blank();
      p.chrome(
        'Technopole Azur Info sélectionne et adapte chaque jour des articles de la presse française et internationale sur le numérique. Les contenus repris restent la propriété de leurs éditeurs et sont publiés dans le cadre d’accords de reprise ; les traductions sont relues par notre équipe avant publication.',
      ).blank();
      p.chrome(`Technopole Azur Info © ${yearV19(p)} · Association Sophia Médias Numériques · 2004 route des Lucioles, Valbonne`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'conakry-portal',
    name: 'Kaloum Actu',
    lang: 'fr',
    originals: 16,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.8 },
    draw: weightedCredits({ into: 'fr', share: 0.8 }, [GUINEA_PRESS, 0.44], [WEST_AFRICA_EN, 0.3], [LOOKALIKES_V19.conakry, 0.12]),
    render(p) {
      const { d, s } = p;
      p.chrome('KALOUM ACTU', 'Toute l’actualité de la Guinée, de la sous-région et du monde', 'Politique — Économie — Mines — Société — Sport — Diaspora').blank();
      p.chrome(`Taux du jour : 1 € = ${d.int(10_250, 10_590)} GNF · ${d.pick(['Délestage annoncé à Ratoma ce soir', 'Le Syli national en regroupement à Conakry', 'Bauxite : nouveau record d’exportations au port de Kamsar'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} - kaloumactu.com` : t)).blank();
      p.meta(fmtFr(onClock(p, 'Africa/Conakry'), "'Conakry, le' d MMMM yyyy 'à' HH'h'mm 'GMT'"));
      p.credit([
        (o) => `Cet article nous parvient ${de(o)}, qui l’a publié en premier.`,
        (o) => `Reproduit avec l’accord de la rédaction ${de(o)}.`,
        (o) => `Origine du texte : ${o}.`,
        (o) => `Publié d’abord par nos confrères ${de(o)}.`,
      ]);
      if (s.credit) p.meta(`Journaliste : ${s.author}`);
      p.blank();
      p.body({
        [p.mid()]: [`PUBLICITÉ — ${d.pick(['Orange Money : envoyez de l’argent vers la Sierra Leone sans frais ce mois-ci', 'Résidence meublée à Kipé, vue sur mer, à la semaine', 'Cours du soir d’anglais des affaires à Dixinn'])}`],
      });
      p.chrome(`Commentaires (${p.n(80)})`, 'Kaloum Actu ne publie pas les messages injurieux, ethnicistes ou diffamatoires. Soyez courtois.', 'Laisser un commentaire').blank();
      p.chrome('Dans la même rubrique', ...p.related(3)).blank();
      p.chrome(
        'Kaloum Actu reprend chaque jour, pour les Guinéens de l’intérieur et de la diaspora, des articles de la presse nationale, africaine et internationale. Les textes repris restent la propriété de leurs auteurs et éditeurs ; pour toute demande de retrait, écrivez à la rédaction, qui répond sous quarante-huit heures.',
      ).blank();
      p.chrome(`Kaloum Actu © ${yearV19(p)} — Immeuble Al Iman, Kaloum, Conakry — République de Guinée`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'rouyn-mining',
    name: 'Boréal Mines Info',
    lang: 'fr',
    originals: 16,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.75 },
    draw: weightedCredits({ into: 'fr', share: 0.75 }, [QUEBEC_MINING_FR, 0.42], [MINING_EN, 0.3], [LOOKALIKES_V19.rouyn, 0.14]),
    render(p) {
      const { d, s } = p;
      p.chrome('BORÉAL MINES INFO', 'L’information minière de l’Abitibi-Témiscamingue et du Nord-du-Québec', 'Exploration · Production · Main-d’œuvre · Environnement · Bourse · Premières Nations').blank();
      p.chrome(`Or : ${d.int(1240, 1330)} $ US l’once · Cuivre : 2,${d.int(55, 85)} $ US la livre · Route 117 : ${d.pick(['chaussée enneigée', 'bonne visibilité', 'brouillard près du parc La Vérendrye'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `Fil minier : ${t}` : t)).blank();
      p.meta(fmtFr(onClock(p, 'America/Toronto'), "'Mis en ligne le' d MMMM yyyy 'à' H 'h' mm '(HNE)'"));
      p.credit([
        (o) => `Texte reproduit avec la permission ${de(o)}.`,
        (o) => `Un article de notre partenaire ${o}.`,
        (o) => `Crédit : ${o} (reproduction autorisée)`,
        (o) => `Paru initialement dans les pages ${de(o)}.`,
      ]);
      if (s.credit) p.meta(`Auteur d’origine : ${s.author}`);
      p.blank();
      p.body({
        [p.mid()]: [`Emploi — ${d.pick(['Mine souterraine près de Malartic : mineurs de développement, horaire 14-14', 'Foreuse recherche aides-foreurs pour la saison d’hiver', 'Firme d’ingénierie de Val-d’Or : géologue junior'])}`],
      });
      p.chrome('Abonnez-vous à la Revue minière du lundi', 'Toute l’actualité des claims, des forages et des embauches, dans votre boîte courriel avant le quart de jour.', 'S’abonner gratuitement').blank();
      p.chrome('À lire également', ...p.related(2)).blank();
      p.chrome(
        'Boréal Mines Info est publié par un organisme sans but lucratif voué à l’information économique régionale. Les articles de partenaires sont reproduits avec leur permission ; les traductions d’articles anglophones sont automatiques puis révisées, et la version originale fait foi en cas de divergence.',
      ).blank();
      p.chrome(`© ${yearV19(p)} Boréal Mines Info · Rouyn-Noranda (Québec) · Tous droits réservés · Politique de confidentialité`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'nola-francophone',
    name: 'Crescent City Francophone Report',
    lang: 'en',
    originals: 16,
    attribution: 'credit',
    translate: { into: 'en', share: 0.8 },
    draw: weightedCredits({ into: 'en', share: 0.8 }, [NOLA_PICKS, 0.74], [LOOKALIKES_V19.nola, 0.12]),
    render(p) {
      const { d, s } = p;
      p.chrome(
        'This site uses cookies and similar technologies to understand how readers find us and to support our work with a few advertisements. By clicking “Got it” you agree to this use; you may withdraw your consent at any time through the privacy link at the bottom of every page.',
        'Got it',
        'Privacy choices',
      ).blank();
      p.chrome('CRESCENT CITY FRANCOPHONE REPORT', 'The French-speaking world in English, from New Orleans', 'Louisiana | Acadia | Québec | France | Haiti | Culture').blank();
      p.chrome(`Mississippi River at Carrollton: ${d.int(6, 14)}.${d.int(0, 9)} ft · New Orleans ${d.int(45, 72)}°F, ${d.pick(['fog', 'light rain', 'clear', 'overcast'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `FRENCH PRESS • ${t}` : t)).blank();
      p.meta(fmtEn(onClock(p, 'America/Chicago'), "MMM'.' d, yyyy 'at' h:mm a 'CST'"));
      p.credit([
        (o) => `Translated from the French-language original in ${o}.`,
        (o) => `This story first ran in ${o}.`,
        (o) => `Republished by arrangement with ${o}.`,
        (o) => `Originally reported by ${o}; English version by our desk.`,
      ]);
      if (s.credit) p.meta(`Original story by ${s.author}`);
      p.blank();
      p.body({
        [p.mid()]: [`ADVERTISEMENT — ${d.pick(['French immersion summer camp in Lafayette: early-bird rates end Friday', 'Crawfish season preview dinner on Magazine Street', 'Cajun French lessons online, beginners welcome'])}`],
      });
      p.chrome('Support independent reporting on the francophone world', 'Become a member from $5 a month. Members read without ads and get our Sunday “Bonjour, y’all” letter.', 'Join now').blank();
      p.chrome('More from the Report', ...p.related(3)).blank();
      p.chrome(`Crescent City Francophone Report · A nonprofit newsroom · 1 Jackson Square, New Orleans, LA · © ${yearV19(p)}`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'auckland-monitor',
    name: 'Pacific Francophone Monitor',
    lang: 'en',
    originals: 15,
    attribution: 'credit',
    chromeOnlyPage: true,
    translate: { into: 'en', share: 0.8 },
    draw: weightedCredits({ into: 'en', share: 0.8 }, [PACIFIC_PICKS, 0.72], [LOOKALIKES_V19.auckland, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('PACIFIC FRANCOPHONE MONITOR', 'News from New Caledonia, French Polynesia, Wallis and Futuna and France, for readers across Aotearoa and the Pacific', 'Home / Nouméa / Papeete / Paris / Region / Opinion').blank();
      p.chrome(`Auckland ${d.int(18, 27)}°C ${d.pick(['fine', 'showers', 'cloudy', 'windy'])} · High tide Waitematā ${d.int(1, 11)}:${String(d.int(0, 59)).padStart(2, '0')} ${d.pick(['am', 'pm'])} · NZD/EUR 0.${d.int(57, 61)}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} (NZ edition)` : t)).blank();
      p.meta(fmtEn(onClock(p, 'Pacific/Auckland'), "EEEE d MMMM yyyy, h.mmaaa 'NZDT'"));
      p.credit([
        (o) => `First published in French by ${o}.`,
        (o) => `Reproduced with permission from ${o}.`,
        (o) => `Original French text: ${o}.`,
        (o) => `Via our content partner ${o}.`,
      ]);
      if (s.credit) p.meta(`Words: ${s.author}`);
      p.blank();
      p.body({
        [p.mid()]: [`Sponsored — ${d.pick(['Fly Auckland–Nouméa from NZ$389 return this summer', 'Learn French at the Alliance in Ponsonby: term 1 enrolments open', 'Send money to Papeete with no fees until 31 January'])}`],
      });
      p.chrome('Share this story', 'Facebook | X | LinkedIn | Email').blank();
      p.chrome(
        'The Pacific Francophone Monitor translates and summarises French-language journalism from around the Pacific for English-speaking readers. Translations are produced with machine assistance and reviewed by a human editor; names of newspapers and broadcasters are translated as well, so please check the original before quoting.',
      ).blank();
      p.chrome(`© ${yearV19(p)} Pacific Francophone Monitor Ltd · Karangahape Road, Auckland 1010, New Zealand`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'eupen-parliament-review',
    name: 'Parlement de la Communauté germanophone – Revue de presse',
    lang: 'fr',
    originals: 16,
    attribution: 'url-host',
    canShow: (canonical) => canonical in HOSTS_V19,
    draw: weightedCredits(undefined, [EUPEN_CLIPPED, 0.9]),
    render(p) {
      const { d, s } = p;
      p.chrome('PARLAMENT DER DEUTSCHSPRACHIGEN GEMEINSCHAFT', 'Parlement de la Communauté germanophone de Belgique · Revue de presse francophone · Eupen', 'Aktuelles · Plenum · Ausschüsse · Pressespiegel / Revue de presse · Besuch').blank();
      p.chrome(`Heute / Aujourd’hui : ${d.pick(['séance plénière à 14 h, ouverte au public', 'réunion de la commission I à 9 h 30', 'pas de séance, accueil des visiteurs de 9 h à 16 h'])}`).blank();
      p.title().blank();
      p.meta(fmtFr(s.date, "'Erschienen am / Paru le' dd.MM.yyyy, HH:mm"));
      if (s.credit) {
        const url = addressOf(p);
        p.meta(d.pick([`Online : ${url}`, `Zum Artikel / Vers l’article : ${url}`, `URL d’origine : ${url}`, `Archivé depuis ${url}`]), `Signature de l’article : ${s.author}`);
      }
      p.blank();
      p.body({
        [p.mid()]: [`Mitteilung / Communication — ${d.pick(['Journée portes ouvertes du Parlement le samedi 16, de 10 h à 17 h', 'Le rapport annuel du médiateur est disponible à l’accueil', 'Visites scolaires : réservation auprès du service des relations publiques'])}`],
      });
      p.chrome(
        'Cette revue de presse est établie par le service de documentation du Parlement à l’intention des députés et des collaborateurs. Elle reproduit des articles parus dans la presse belge et des pays voisins, dont elle donne chaque fois l’adresse d’origine ; les droits appartiennent aux éditeurs et la diffusion en dehors du Parlement est interdite.',
      ).blank();
      p.chrome(`Parlament der Deutschsprachigen Gemeinschaft · Platz des Parlaments 1 · 4700 Eupen · ${yearV19(p)}`, 'Impressum · Datenschutz / Protection des données');
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'bulle-gruyere-review',
    name: 'Interprofession du Gruyère – Revue de presse',
    lang: 'fr',
    originals: 15,
    attribution: 'title-suffix',
    canShow: (canonical) => GRUYERE_NAMES.includes(canonical),
    draw: weightedCredits(undefined, [GRUYERE_PRESS, 0.76], [LOOKALIKES_V19.gruyere, 0.12]),
    render(p) {
      const { d, s } = p;
      p.chrome('INTERPROFESSION DU GRUYÈRE', 'Revue de presse hebdomadaire à l’intention des producteurs de lait, fromagers et affineurs', 'Filière · Qualité · Marchés · Promotion · Revue de presse').blank();
      p.chrome(`Production de la semaine : ${d.int(540, 610)} tonnes · Prix indicatif du lait de fromagerie : ${d.int(78, 84)} ct/kg`).blank();
      const after = d.pick([(o: string) => ` ― ${o}`, (o: string) => ` (${o})`, (o: string) => ` >> ${o}`]);
      p.title((t) => (s.credit ? `${t}${after(s.credit.shown)}` : t)).blank();
      p.meta(fmtFr(s.date, "'Semaine' I '–' EEEE d.M.yyyy")).blank();
      p.body({ [p.mid()]: [`Rappel — ${d.pick(['Concours des meilleurs gruyères d’alpage : inscriptions jusqu’au 15', 'Séance d’information sur la nouvelle grille de paiement, mardi à Bulle', 'Les caves d’affinage de Bulle ferment à 16 h vendredi'])}`] });
      p.chrome('Le titre de chaque article est suivi du nom du journal qui l’a publié.').blank();
      p.chrome(
        'La revue de presse de l’Interprofession est envoyée chaque vendredi aux membres de la filière. Les articles qu’elle reproduit sont choisis pour leur intérêt pour la branche et restent la propriété de leurs éditeurs ; leur transmission à des tiers n’est pas autorisée.',
      ).blank();
      p.chrome(`Interprofession du Gruyère · Place de la Gare · 1630 Bulle · ${yearV19(p)}`);
      return { author: false, date: 'day' };
    },
  },
  {
    id: 'sologne-hunters',
    name: 'Sologne Nature & Chasse',
    lang: 'fr',
    originals: 15,
    attribution: 'source-line',
    draw: weightedCredits(undefined, [SOLOGNE_PRESS, 0.7], [LOOKALIKES_V19.sologne, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('SOLOGNE NATURE & CHASSE', 'Le magazine de l’Association des chasseurs et propriétaires de Sologne', 'Territoires · Grand gibier · Étangs · Forêt · Réglementation · Vie de l’association').blank();
      p.chrome(`Lever du soleil à Romorantin : ${d.int(7, 8)} h ${String(d.int(10, 59)).padStart(2, '0')} · Battues de la semaine : ${d.int(3, 14)} déclarées`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} / Sologne Nature & Chasse` : t)).blank();
      p.meta(fmtFr(s.date, "'Article du' EEE d MMM yyyy', 'HH'h'mm")).blank();
      p.body({
        [p.mid()]: [`Petites annonces — ${d.pick(['Cherche actionnaire pour chasse de 300 ha près de Salbris', 'Vends chiots griffons vendéens, parents chassants', 'Étang à louer pour la saison de pêche, secteur de Marcilly'])}`],
      });
      if (s.credit) {
        const o = s.credit.shown;
        p.meta(d.pick([`Provenance : ${o}`, `Source — ${o}`, `Réf. presse : ${o}`, `(Source : ${o})`]), `Rédigé par ${s.author}`);
      }
      p.blank();
      p.chrome(`Réagir (${p.n(25)})`, 'Seuls les membres à jour de leur cotisation peuvent commenter.').blank();
      p.chrome(
        'Sologne Nature & Chasse reprend pour ses membres des articles de la presse régionale et cynégétique sur la vie des territoires solognots. La provenance de chaque article est indiquée à la fin du texte. Adhésion annuelle : quarante-cinq euros, assurance responsabilité civile comprise.',
        'Adhérer en ligne',
      ).blank();
      p.chrome(`Association des chasseurs et propriétaires de Sologne – Lamotte-Beuvron (41) – ${yearV19(p)}`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'nazaire-works-council',
    name: 'Coque & Pont',
    lang: 'fr',
    originals: 12,
    attribution: 'none',
    chromeOnlyPage: true,
    render(p) {
      const { d, s } = p;
      p.chrome('COQUE & PONT', 'Le bulletin du comité social et économique des chantiers navals de Saint-Nazaire', 'CSE › Infos salariés › Revue de presse').blank();
      p.chrome(`Prochaine mise à flot : ${d.pick(['paquebot G34, mi-février', 'ferry pour la Manche, fin mars', 'sous-station électrique d’éolien en mer, avril'])} · Permanence du CSE : ${d.pick(['lundi 12 h – 14 h', 'mardi et jeudi 11 h 30 – 13 h 30', 'vendredi matin'])}`);
      p.title().blank();
      p.meta(fmtFr(s.date, `'Bulletin n° ${d.int(280, 340)} ·' dd/MM/yy`)).blank();
      p.body({
        [p.mid()]: [`Info CSE — ${d.pick(['Billetterie : places de match au stade de la Beaujoire à tarif réduit', 'Chèques-vacances : dossiers à rendre avant le 20', 'Arbre de Noël des enfants : inscriptions au local du bâtiment B'])}`],
      });
      p.chrome(`Vos élus au CSE : poste ${d.int(3000, 3999)} · local syndical porte ${d.int(1, 12)}`).blank();
      p.chrome(
        'Bulletin d’information réservé aux salariés des chantiers et de leurs sous-traitants présents sur le site. Les articles de presse qui y figurent sont choisis par la commission communication du CSE pour éclairer le débat social ; ils ne reflètent pas nécessairement l’avis des élus.',
      ).blank();
      p.chrome(`CSE des chantiers de Saint-Nazaire – Commission communication – ${yearV19(p)}`, 'Ne pas jeter sur la voie publique');
      return { author: false, date: 'day' };
    },
  },
];

const JUNK_V19: readonly { name: string; bytes: Uint8Array }[] = [
  { name: 'gzip-head', bytes: Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x4b, 0x4c, 0x4a, 0x06, 0x00]) },
  { name: 'elf-head', bytes: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0, 0, 0, 0, 0, 0, 0, 0, 0x03, 0x00, 0x3e, 0x00]) },
  { name: 'json-429', bytes: Buffer.from('{"error":"rate_limited","message":"Too many requests, retry after 60 seconds","status":429}\n', 'utf8') },
  { name: 'rtf-head', bytes: Buffer.from('{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times New Roman;}}\n\\f0\\fs24 \\par\n}\n', 'latin1') },
  { name: 'ds-store', bytes: Buffer.from([0x00, 0x00, 0x00, 0x01, 0x42, 0x75, 0x64, 0x31, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x08, 0x00]) },
  { name: 'noscript', bytes: Buffer.from('Veuillez activer JavaScript pour afficher ce contenu.\nPlease enable JavaScript to continue.\n', 'utf8') },
  { name: 'vcard', bytes: Buffer.from('BEGIN:VCARD\nVERSION:3.0\nFN:Rédaction\nTEL:+33 3 22 00 00 00\nEND:VCARD\n', 'utf8') },
  { name: 'ogg-head', bytes: Buffer.from('OggS\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00', 'latin1') },
  { name: 'null-literal', bytes: Buffer.from('null\n', 'utf8') },
  { name: 'browser-check', bytes: Buffer.from('Vérification de votre navigateur avant d’accéder au site.\nCette opération est automatique. Patientez cinq secondes.\n', 'utf8') },
];

// ——— Generation ———

/** The copy of `story` that `host` carries: the first site's credit (or its own name) when the host can show it; maybe headless or cut. */
function copyOnto(d: Dice, story: Story, first: SiteV19, host: SiteV19, others: string[]): Story {
  const firstOwn = first.attribution === 'own' ? { canonical: first.name, lookalike: first.lookalike === true } : null;
  const origin = story.credit ?? firstOwn;
  const hostNames = host.attribution !== 'own' && host.attribution !== 'none';
  const named = origin !== null && hostNames && (host.canShow?.(origin.canonical) ?? true);
  const lastDropped = story.src.body.length >= 4 && d.chance(NO_ENDING);
  // The Bulle review names the outlet after the headline: its copies always show one.
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
 * Builds the v19 set from clean sources (deterministic for a seed): each site's originals and their copies on
 * up to three other sites, uncredited bare files, chrome-only pages and junk, shuffled, each file in one of
 * several encodings and named by content.
 */
export function generateUnseenV19(pool: readonly UnseenSource[], seed: number = FROZEN_SEED_V19): { files: UnseenFile[]; manifest: UnseenEntry[] } {
  const d = new Dice(makeRng(seed));
  const wanted = BARE_V19 + SITES_V19.reduce((n, s) => n + s.originals, 0);
  if (pool.length < wanted) throw new Error(`unseen sites v19: ${wanted} clean articles needed, the pool has ${pool.length}`);
  const picked = d.sample(pool, wanted);
  const allTitles = picked.map((s) => s.title);
  const otherTitles = (src: UnseenSource): string[] => d.sample(allTitles.filter((t) => t !== src.title), 5);
  const when = (): TZDate => {
    const day = new Date(PERIOD_START + d.int(0, PERIOD_DAYS - 1) * 86_400_000);
    return new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), d.int(6, 21), d.int(0, 59), 0, PARIS);
  };
  const out: MadePage[] = [];
  let from = 0;
  for (const site of SITES_V19) {
    const originals = picked.slice(from, from + site.originals);
    from += site.originals;
    for (const src of originals) {
      const story: Story = { src, body: src.body, author: d.pick(BYLINES_V19), date: when(), headline: true, credit: site.draw?.(d) ?? null, others: otherTitles(src) };
      out.push(page(site, story, d, false));
      const hosts = d.sample(SITES_V19.filter((h) => h !== site), copiesOn(d));
      for (const host of hosts) out.push(page(host, copyOnto(d, story, site, host, otherTitles(src)), d, false));
    }
    if (site.chromeOnlyPage) {
      const stand = picked[0]!;
      out.push(page(site, { src: stand, body: [], author: d.pick(BYLINES_V19), date: when(), headline: false, credit: null, others: otherTitles(stand) }, d, true));
    }
  }
  for (const src of picked.slice(from)) out.push(creditsNobody(bareFile(src)));
  for (const junk of JUNK_V19) out.push(creditsNobody(junkFile(junk)));
  return packFiles(d, out, ENCODINGS_V19, 'v19-');
}

/** Heading of the v19 table and JSON. */
export const V19_HEADING = 'UNSEEN SITES v19 (frozen 2026-11-30, development data since 22:12: its misses were read)';

/** Generates v19, runs the real ingest on it and prints its figures (without the DEV simulation). */
export const runUnseenEvalV19 = unseenSetRunner(V19_HEADING, generateUnseenV19);

generatorCli(import.meta.url, 'unseen sites v19', generateUnseenV19, FROZEN_SEED_V19);
