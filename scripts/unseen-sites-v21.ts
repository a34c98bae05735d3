/**
 * Generates the FROZEN unseen-sites v21 evaluation set (issue 8): twelve more ordinary news sites, of kinds and places no earlier set had.
 *
 * FROZEN on 2026-11-30 (v21), at 23:20, written without reading the rules. Written without reading the ingest
 * rules (src/ingest/), the word lists and outlet list (src/data/), the renderer and pages, the scorer beyond its
 * types (the `UnseenEntry` type of src/eval/unseen-sites.ts only), any score of this set or of any other, the
 * benchmark files, the notes, or any history of the project; of the earlier sets only the shared scaffolding
 * (scripts/unseen-sites.ts, v2's `page` and `SiteV2`, simulate-heldout's `Dice` and encodings, scripts/rng.ts),
 * v20's and v19's generators and v20's test (for the format and the scaffolding calls, not their sites or
 * wordings) and the site lists in the headers of v3–v20 (to pick other kinds and places) were read; the wiring
 * of src/cli/eval.ts was looked at to name its new lines, nothing else there. The sites, outlets, credit
 * wordings, translations, title decorations, date formats, time zones and chrome here are new. Nobody tunes
 * rules against it: do not read its misses while changing rules (`--show` stays 0), do not edit its templates,
 * wordings or seed to move a score. When a case fails, fix the general cause, then freeze a v22 and call this one
 * development data.
 *
 * `npm run eval:unseen` scores v1 to v20 then this set (`npm run eval:unseen:v21`, or `npm run eval -- --unseen
 * --unseen-set v21`, for this one only); `npx tsx scripts/unseen-sites-v21.ts --out DIR` only writes the folder
 * and its manifest (the v1 format, with v2's `outletEvidence`).
 *
 * The twelve sites: a Nîmes (Gard) daily news site whose own name begins like a Marseille daily's (a look-alike,
 * its own reporters, an update date and time that may fall on a later day), a French-language daily portal in
 * Phnom Penh (Cambodia, its own reporters, its times in Indochina Time, the time before the date), a
 * Charleville-Mézières (Ardennes) city site (its own reporters, the byline at the foot), a rail-industry trade
 * site in Valenciennes (Nord) crediting regional, business and rail papers, English-language railway magazines
 * garbled into French word for word and look-alike titles (the credit at the top), a Kigali (Rwanda) portal
 * crediting Rwandan, Burundian, Congolese, Belgian and French outlets and English-language East African papers
 * garbled into French (its times in Central Africa Time; the credit at the top or inside the text), a
 * French-language community site in Victoria (British Columbia, Canada) crediting francophone Canadian papers,
 * English-language British Columbia outlets garbled into French and look-alike titles (its times in Pacific
 * time, often the day before in Paris; the credit at the top or the foot), an English-language Montréal site
 * translating Québec and Paris papers' names into English word for word (its dates month first, in Eastern
 * time), an English-language Tokyo desk on French business doing the same with Paris and regional papers (its
 * dates year first, in Japan time, often the next day; the credit inside the text or at its foot), a Cantal
 * mayors' association's press watch in Aurillac pointing to the original's address (at the top or the foot), a
 * spa town's tourist office press review in Vichy (Allier) keeping the original's name after the headline, a
 * birdwatchers' association magazine in Arles (Camargue) with a source line at the top or the foot, and a
 * tenants' association newsletter of the Minguettes estate in Vénissieux (Rhône) crediting nobody. Article
 * text is read AT RUN TIME from ../shared/corpus/gilets-jaunes (v1's clean pool, drawn with another seed): no
 * corpus text is stored here.
 *
 * Title decorations (none of them part of the headline, which stays the publisher's): a prefix tag ("À la une ⇒
 * Titre" on the Nîmes site, "Ferroviaire // Titre" on the Valenciennes site, "Île de Vancouver ▪ Titre" on the
 * Victoria site, "From Paris ▷ Title" on the Tokyo desk), a site-name suffix in capitals ("Titre | TONLÉ INFOS"
 * on the Phnom Penh portal) or after a dash ("Titre — Umuco Info" on the Kigali portal), a note after the
 * headline ("Titre + notre diaporama" on the Charleville site, "Title — English version" on the Montréal site,
 * "Titre (revue de presse)" on the Arles magazine), and on the Vichy review the original outlet's name after
 * " ‣ " or " ⟩ ", or in guillemets (its evidence, the day only). Date formats: "Publié le 11 janv. 2019 à 14 h
 * 05 • Actualisé le 12 janv. 2019 à 08 h 10", "20:05 ICT · 11.01.2019", "Publié le 11 janvier 2019 à 14:05 —
 * Lecture 3 min", "Actu du 11-01-2019 · 14:05", "Kigali — 11 janvier 2019, 15:05 CAT" ("1er" on the first of a
 * month), "Publié le vendredi 11 janvier 2019 à 5 h 05 (heure du Pacifique)", "Published 01/11/2019 · 8:05 AM
 * EST", "2019.01.11 22:05 JST", "Daté du vendredi 11 janvier 2019 – 14 h 05", "Paru dans la presse le 11 janv.
 * 2019", "Publié : 11 janvier 2019 / 14:05" and "Lettre aux locataires – 11 janvier 2019".
 *
 * Expected outlet: v2's convention (who published the article first, as the file credits it), recorded per
 * file in `outletEvidence`: machine-translated names of real outlets expect the real outlet's usual name,
 * look-alike names are kept as written, the site's own name is the outlet only where it shows its masthead and
 * its own staff's byline, the republisher is the site's name whenever the file credits another outlet, and null
 * when nothing credits one. Republishing sites show a byline only beside a credit. Every time shown names its
 * zone or is Paris time: the Phnom Penh, Kigali, Victoria, Montréal and Tokyo sites show their own clock with
 * its zone (ICT = UTC+7, CAT = UTC+2, heure du Pacifique = UTC−8, EST = UTC−5, JST = UTC+9: the whole period is
 * in each zone's standard time), the others Paris time (winter 2018-19, so UTC+1); the expected date is the
 * same instant, written in Paris time. The Vichy review and the Vénissieux newsletter show the Paris day only.
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

/** The v21 seed: no earlier set drew with it. */
export const FROZEN_SEED_V21 = 20261130_21;
/** Clean articles written with their headline and paragraphs only, crediting nobody. */
const BARE_V21 = 10;
/** Share of copies scraped without their headline line. */
const NO_HEADLINE = 0.3;
/** Share of copies (of bodies with four paragraphs or more) that lose their closing paragraph. */
const NO_ENDING = 0.3;
/** The period: 100 days from 20 November 2018, in Paris winter time (UTC+1) and before North America's clocks change (10 March). */
const PERIOD_START = Date.UTC(2018, 10, 20);
const PERIOD_DAYS = 100;
const PARIS = 'Europe/Paris';
/** The encodings drawn for the files: plain UTF-8 most often, then Windows-1252, a BOM, CRLF ends and UTF-16 LE. */
const ENCODINGS_V21: readonly Encoding[] = ['utf-8', 'utf-8-bom', 'utf-8', 'cp1252', 'utf-8-crlf', 'utf-8', 'utf-16le-bom', 'cp1252-crlf', 'utf-8', 'cp1252', 'utf-8', 'utf-8-bom'];

/** How many other sites carry a copy of one original (none, most often). */
function copiesOn(d: Dice): number {
  const r = d.next();
  return r < 0.5 ? 0 : r < 0.83 ? 1 : r < 0.95 ? 2 : 3;
}

// ——— People ———

const BYLINES_V21 = [
  'Romane Bessière', 'Florian Agnel', 'Sothea Chhim', 'Vanna Keo-Ferrand', 'Thibaut Lallement', 'Océane Mairesse', 'Grégoire Dubuisson',
  'Élodie Wattiez', 'Jean-Paul Habimana', 'Aline Uwase', 'Chantal Ndayishimiye', 'Mélodie Lachapelle-Ross', 'Yannick Beaudoin', 'Sarah-Ève Côté',
  'Kenji Morita', 'Hélène Sasaki-Roux', 'Pierre-Louis Delmas', 'Anaïs Vergne', 'Lison Mazoyer', 'Karim Ben Salah',
];
const PHOTO_V21 = ['Quentin Aubanel', 'Rithy Sok', 'Margaux Lecomte', 'Dorian Pesce'];

// ——— Outlets ———

const RAIL_PRESS = ['La Voix du Nord', 'Ville, Rail & Transports', 'La Vie du Rail', 'Les Échos', 'L’Usine nouvelle', 'Le Monde', 'Le Parisien', 'L’Observateur du Valenciennois', 'France Bleu Nord', 'Mobilettre'];
const RAIL_EN = ['Railway Gazette International', 'International Railway Journal', 'Modern Railways', 'Rail Magazine', 'Railway Technology', 'Progressive Railroading', 'Global Railway Review'];
const KIGALI_PRESS = ['Igihe', 'Iwacu', 'RFI', 'Jeune Afrique', 'Le Monde', 'France 24', 'TV5Monde', 'Radio Okapi', 'Le Figaro', 'Libération', 'La Libre Belgique', 'Le Soir'];
const GREAT_LAKES_EN = ['The New Times', 'Daily Monitor', 'Daily Nation', 'New Vision', 'KT Press', 'Nile Post'];
const PACIFIC_FR = ['Radio-Canada', 'Le Devoir', 'La Presse', 'Le Soleil', 'La Source', 'Le Journal de Montréal', 'L’actualité', 'Le Droit', 'Le Nouvelliste'];
const PACIFIC_EN = ['Times Colonist', 'The Vancouver Sun', 'Global News', 'Victoria News', 'CBC News', 'Nanaimo News Bulletin', 'Vancouver Island Free Daily'];
const MONTREAL_PICKS = ['Le Devoir', 'La Presse', 'Le Journal de Montréal', 'Le Journal de Québec', 'Le Soleil', 'Le Droit', 'Le Nouvelliste', 'Radio-Canada', 'Le Monde', 'Le Parisien', 'Libération'];
const TOKYO_PICKS = ['Le Figaro', 'Le Journal du Dimanche', 'Le Canard enchaîné', 'L’Obs', 'Libération', 'Le Monde', 'La Voix du Nord', 'Le Progrès', 'L’Express', 'Challenges', 'Le Parisien'];
const CANTAL_CLIPPED = [
  'La Montagne', 'Le Monde', 'Le Figaro', 'Le Parisien', 'La Gazette des communes', 'Ouest-France', 'France Bleu', 'Libération', 'Les Échos',
  'Le Courrier des maires', 'La Croix', 'Public Sénat',
];
const VICHY_PRESS = [
  'La Montagne', 'La Semaine de l’Allier', 'Le Monde', 'Le Figaro', 'Le Parisien', 'Ouest-France', 'Le Point', 'Les Échos', 'France Bleu Pays d’Auvergne',
  'Télérama', 'Le Journal du Dimanche',
];
const ARLES_PRESS = ['La Provence', 'Midi Libre', 'La Marseillaise', 'Le Monde', 'Libération', 'Reporterre', 'France 3 Provence-Alpes', 'Le Parisien', 'Sciences et Avenir', 'Ouest-France'];

/** Invented outlets whose names begin like a known outlet's: the expected outlet is the name as written. */
const LOOKALIKES_V21 = {
  valenciennes: ['Les Échos du Ballast', 'La Voix du Triage'],
  kigali: ['L’Express des Volcans', 'Le Soir de Kigali'],
  victoria: ['La Presse insulaire', 'Le Droit du Détroit'],
  montreal: ['La Presse du Plateau', 'Le Soleil de Griffintown'],
  tokyo: ['Le Parisien du Soleil-Levant', 'L’Express d’Osaka'],
  vichy: ['Le Figaro des Sources', 'Le Point Bourbonnais'],
  arles: ['La Marseillaise des Étangs', 'Le Progrès camarguais'],
} as const;
const IS_LOOKALIKE_V21: ReadonlySet<string> = new Set(Object.values(LOOKALIKES_V21).flat());

/** Francophone names as a translation engine renders them in English, word for word (some reorder the words). */
const INTO_EN_V21: Record<string, readonly string[]> = {
  'Le Devoir': ['The Duty', 'Duty'],
  'La Presse': ['The Press'],
  'Le Journal de Montréal': ['The Journal of Montreal', 'Montreal Journal'],
  'Le Journal de Québec': ['The Journal of Quebec', 'Quebec Journal'],
  'Le Droit': ['The Right', 'The Law'],
  'Le Nouvelliste': ['The Newsman', 'The News Writer'],
  'Le Monde': ['The World'],
  'Le Parisien': ['The Parisian'],
  'Libération': ['Liberation', 'The Liberation'],
  'Le Figaro': ['The Figaro'],
  'Le Journal du Dimanche': ['The Sunday Newspaper', 'Sunday Journal'],
  'Le Canard enchaîné': ['The Chained Duck', 'The Enchained Duck', 'Duck Chained'],
  'L’Obs': ['The Obs'],
  'La Voix du Nord': ['The Voice of the North', 'North Voice'],
  'Le Progrès': ['The Progress', 'Progress'],
};
/** English-language names as a translation engine garbles them in French, word for word (some reorder the words). */
const INTO_FR_V21: Record<string, readonly string[]> = {
  'Railway Gazette International': ['Gazette internationale des chemins de fer', 'La Gazette Ferroviaire Internationale'],
  'International Railway Journal': ['Journal ferroviaire international', 'Le Journal International du Chemin de fer'],
  'Modern Railways': ['Chemins de fer modernes', 'Les Chemins de Fer Modernes'],
  'Rail Magazine': ['Magazine Rail', 'Le Magazine du Rail'],
  'Railway Technology': ['Technologie ferroviaire', 'La Technologie du Chemin de fer'],
  'Progressive Railroading': ['Chemin de fer progressiste', 'Le Ferroviaire Progressif'],
  'Global Railway Review': ['Revue ferroviaire mondiale', 'La Revue Mondiale du Rail'],
  'The New Times': ['Les Nouveaux Temps', 'Le Nouveau Temps'],
  'Daily Monitor': ['Le Moniteur quotidien', 'Moniteur Quotidien'],
  'Daily Nation': ['La Nation quotidienne', 'Nation Quotidienne'],
  'New Vision': ['Nouvelle Vision', 'La Nouvelle Vision'],
  'KT Press': ['Presse KT', 'Presse de KT'],
  'Nile Post': ['Le Poste du Nil', 'Poste du Nil'],
  'Times Colonist': ['Le Colon des Temps', 'Colon Temps'],
  'The Vancouver Sun': ['Le Soleil de Vancouver', 'Le Vancouver Soleil'],
  'Global News': ['Nouvelles mondiales', 'Les Nouvelles Globales'],
  'Victoria News': ['Nouvelles de Victoria', 'Victoria Nouvelles'],
  'CBC News': ['Nouvelles de CBC', 'CBC Nouvelles'],
  'Nanaimo News Bulletin': ['Bulletin de nouvelles de Nanaimo', 'Nanaimo Nouvelles Bulletin'],
  'Vancouver Island Free Daily': ['Le Quotidien gratuit de l’île de Vancouver', 'Quotidien Libre Île de Vancouver'],
};

/** Web hosts of the outlets the Aurillac press watch links to. */
const HOSTS_V21: Record<string, string> = {
  'La Montagne': 'www.lamontagne.fr', 'Le Monde': 'www.lemonde.fr', 'Le Figaro': 'www.lefigaro.fr', 'Le Parisien': 'www.leparisien.fr',
  'La Gazette des communes': 'www.lagazettedescommunes.com', 'Ouest-France': 'www.ouest-france.fr', 'France Bleu': 'www.francebleu.fr',
  'Libération': 'www.liberation.fr', 'Les Échos': 'www.lesechos.fr', 'Le Courrier des maires': 'www.courrierdesmaires.fr', 'La Croix': 'www.la-croix.com',
  'Public Sénat': 'www.publicsenat.fr', 'La Voix du Nord': 'www.lavoixdunord.fr', 'L’Usine nouvelle': 'www.usinenouvelle.com', 'La Vie du Rail': 'www.laviedurail.com',
  'RFI': 'www.rfi.fr', 'Jeune Afrique': 'www.jeuneafrique.com', 'France 24': 'www.france24.com', 'TV5Monde': 'information.tv5monde.com',
  'Le Soir': 'www.lesoir.be', 'La Libre Belgique': 'www.lalibre.be', 'Le Devoir': 'www.ledevoir.com', 'La Presse': 'www.lapresse.ca',
  'Radio-Canada': 'ici.radio-canada.ca', 'Le Journal de Montréal': 'www.journaldemontreal.com', 'Le Journal du Dimanche': 'www.lejdd.fr',
  'L’Obs': 'www.nouvelobs.com', 'Le Progrès': 'www.leprogres.fr', 'L’Express': 'www.lexpress.fr', 'Challenges': 'www.challenges.fr',
  'Le Point': 'www.lepoint.fr', 'Télérama': 'www.telerama.fr', 'La Provence': 'www.laprovence.com', 'Midi Libre': 'www.midilibre.fr',
  'Reporterre': 'reporterre.net', 'La Marseillaise': 'www.lamarseillaise.fr',
};

/** Names the Vichy review can print after a headline. */
const VICHY_NAMES: readonly string[] = [
  ...VICHY_PRESS, ...LOOKALIKES_V21.vichy, 'Libération', 'La Croix', 'La Voix du Nord', 'La Provence', 'Midi Libre', 'Le Devoir', 'La Presse', 'Jeune Afrique',
  'RFI', 'Le Canard enchaîné', 'L’Express', 'L’Obs', 'Le Progrès', 'La Gazette des communes', 'La Provence des Arènes', 'Tonlé Infos', 'Place Ducale Info',
];

type Into = SiteV2['translate'];

/** A v21 site: a v2 site, plus which originals its way of crediting can show on a copy (all when absent). */
interface SiteV21 extends SiteV2 {
  canShow?: (canonical: string) => boolean;
}

/** The credit a site printing in `into`'s language shows for `canonical`: translated word for word, or as written. */
function creditAsPrinted(d: Dice, canonical: string, into: Into, lookalike = IS_LOOKALIKE_V21.has(canonical)): Credit {
  const table: Record<string, readonly string[]> | undefined = into === undefined ? undefined : into.into === 'en' ? INTO_EN_V21 : INTO_FR_V21;
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

const yearV21 = (p: Page): string => fmtFr(p.s.date, 'yyyy');
/** A republisher names the original's writer only beside the credit. */
const writerIfCredited = (p: Page, date: Shown['date']): Shown => ({ author: p.s.credit !== null, date });
/** The story's moment on another clock (the same instant). */
const onClock = (p: Page, zone: string): TZDate => new TZDate(p.s.date.getTime(), zone);
/** "à" before an outlet name, contracted as French writes it ("au Devoir", "aux Échos", "à La Presse"). */
function aTo(outlet: string): string {
  if (/^Le /.test(outlet)) return `au ${outlet.slice(3)}`;
  if (/^Les /.test(outlet)) return `aux ${outlet.slice(4)}`;
  return `à ${outlet}`;
}
/** The original's address on its outlet's site, in one of three URL shapes. */
function addressOf(p: Page): string {
  const { d, s } = p;
  const host = HOSTS_V21[s.credit!.canonical]!;
  const words = slug(s.src.title);
  return d.pick([
    () => `https://${host}/${d.pick(['societe', 'politique', 'regions', 'france'])}/${fmtFr(s.date, 'yyyy-MM-dd')}/${words}-${d.int(100_000, 999_999)}`,
    () => `https://${host}/${words}.php?id=${d.int(20_000, 89_999)}`,
    () => `http://${host}/info/${words}/`,
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

export const SITES_V21: readonly SiteV21[] = [
  {
    id: 'nimes-daily',
    name: 'La Provence des Arènes',
    lang: 'fr',
    originals: 16,
    attribution: 'own',
    lookalike: true,
    chromeOnlyPage: true,
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Votre vie privée compte pour La Provence des Arènes. Nous utilisons des traceurs pour mesurer notre audience, financer la rédaction par la publicité locale et vous permettre de partager nos articles. Vous pouvez changer d’avis à tout moment depuis le lien « Cookies » en bas de page.',
        'Accepter et fermer',
        'Refuser tout',
        'Personnaliser',
      ).blank();
      p.chrome('LA PROVENCE DES ARÈNES', 'Nîmes · Écusson · Alès · Uzès · Beaucaire · Camargue gardoise · Nîmes Olympique · Féria', 'Mon compte ▾').blank();
      p.chrome(`Vigilance ${d.pick(['jaune orages', 'orange pluie-inondation', 'verte'])} dans le Gard · Tram’bus T1 : ${d.pick(['trafic normal', 'perturbé boulevard Gambetta', 'déviation avenue Jean-Jaurès'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `À la une ⇒ ${t}` : t)).blank();
      const updated = new TZDate(s.date.getTime() + d.int(25, 1300) * 60_000, PARIS);
      p.meta(`Par ${s.author}`, `Publié le ${fmtFr(s.date, "d MMM yyyy 'à' HH 'h' mm")} • Actualisé le ${fmtFr(updated, "d MMM yyyy 'à' HH 'h' mm")}`).blank();
      p.chrome(`Crédit photo : ${d.pick(PHOTO_V21)} – La Provence des Arènes`);
      p.body({
        [p.mid()]: [`► Lire aussi — ${p.related(1)[0]!}`],
      });
      p.chrome(`Réagissez (${p.n(120)})`, 'Vous devez être abonné pour réagir.').blank();
      p.chrome('Facebook · X · Messenger · Copier le lien').blank();
      p.chrome('Les plus partagés dans le Gard', ...p.related(3)).blank();
      p.chrome(
        'Chaque matin à 7 heures, la lettre de La Provence des Arènes vous donne les informations de Nîmes et du Gard, l’agenda des sorties et les résultats sportifs du week-end. C’est gratuit et vous pouvez vous désinscrire quand vous voulez.',
        'Je m’abonne à la lettre',
      ).blank();
      p.chrome(`La Provence des Arènes © ${yearV21(p)} – Arènes Médias SARL, boulevard Victor-Hugo, Nîmes – Toute reproduction interdite`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'phnompenh-portal',
    name: 'Tonlé Infos',
    lang: 'fr',
    originals: 14,
    attribution: 'own',
    render(p) {
      const { d, s } = p;
      p.chrome('TONLÉ INFOS', 'Le quotidien en ligne des francophones du Cambodge', 'Phnom Penh | Siem Reap | Kampot | Royaume | ASEAN | Francophonie | Petites annonces').blank();
      p.chrome(`1 $ = ${d.int(4010, 4090)} riels · Niveau du Mékong au quai Sisowath : ${d.int(1, 4)},${d.int(10, 99)} m · ${d.pick(['Saison sèche : 33 °C cet après-midi', 'Embouteillages sur le boulevard Monivong', 'Fête de l’eau : programme des courses'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} | TONLÉ INFOS` : t)).blank();
      p.meta(fmtFr(onClock(p, 'Asia/Phnom_Penh'), "HH:mm 'ICT ·' dd.MM.yyyy"), `Par ${s.author}, rédaction de Tonlé Infos`).blank();
      p.body({
        [p.mid()]: [`Annonce — ${d.pick(['Professeur de français cherche élèves, quartier BKK1', 'Vends moto Honda Dream, papiers en règle, 650 $', 'Colocation près du marché russe, chambre libre en février'])}`],
      });
      p.chrome('Partager : Facebook · Telegram · WhatsApp · Courriel').blank();
      p.chrome(
        'Tonlé Infos est rédigé à Phnom Penh par une petite équipe de journalistes francophones et cambodgiens. Le site est gratuit et indépendant ; il vit des annonces de ses lecteurs et du soutien de ses abonnés.',
        'Soutenir Tonlé Infos',
      ).blank();
      p.chrome(`© ${yearV21(p)} Tonlé Infos · Rue 240, Phnom Penh · Royaume du Cambodge`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'charleville-city',
    name: 'Place Ducale Info',
    lang: 'fr',
    originals: 15,
    attribution: 'own',
    render(p) {
      const { d, s } = p;
      p.chrome('PLACE DUCALE INFO', 'L’actualité de Charleville-Mézières, de Sedan et de la vallée de la Meuse', 'Charleville · Mézières · Sedan · Revin · Givet · Basket · Marionnettes · Sorties').blank();
      p.chrome(`${d.pick(['Verglas signalé sur l’A34 vers Sedan', 'Crue de la Meuse : vigilance jaune', 'Marché de la place Ducale : samedi jusqu’à 13 h'])} · ${d.int(-6, 9)} °C`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} + notre diaporama` : t)).blank();
      p.meta(`Publié le ${fmtFr(s.date, "d MMMM yyyy 'à' HH:mm")} — Lecture ${d.int(2, 6)} min`).blank();
      p.body({
        [p.mid()]: [`Publicité — ${d.pick(['Boulangerie de la rue du Moulin : galettes des rois sur commande', 'Auto-école à Mohon : code en ligne offert', 'Salon de l’habitat au parc des expositions ce week-end'])}`],
      });
      p.meta(`Article rédigé par ${s.author}`).blank();
      p.chrome('Une erreur, une info à nous signaler ? Écrivez à la rédaction.').blank();
      p.chrome(`${p.n(60)} commentaires`, 'Connectez-vous pour commenter').blank();
      p.chrome('À découvrir aussi', ...p.related(2)).blank();
      p.chrome(`Place Ducale Info · ${yearV21(p)} · Ardennes Presse Numérique · Mentions légales · Nous contacter`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'valenciennes-rail',
    name: 'Rail Hainaut Industrie',
    lang: 'fr',
    originals: 16,
    attribution: 'credit',
    chromeOnlyPage: true,
    translate: { into: 'fr', share: 0.8 },
    draw: weightedCredits({ into: 'fr', share: 0.8 }, [RAIL_PRESS, 0.42], [RAIL_EN, 0.32], [LOOKALIKES_V21.valenciennes, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Rail Hainaut Industrie utilise des cookies strictement nécessaires au fonctionnement du site et, avec votre accord, des cookies de mesure d’audience anonymisée. Vous pouvez modifier ce choix depuis la page Données personnelles.',
        'J’ai compris',
        'Modifier mes choix',
      ).blank();
      p.chrome('RAIL HAINAUT INDUSTRIE', 'L’information de la filière ferroviaire des Hauts-de-France', 'Constructeurs · Sous-traitance · Matériel roulant · Infrastructures · Emploi · Export').blank();
      p.chrome(`Carnet de commandes de la filière : ${d.int(3, 9)},${d.int(1, 9)} Md€ · ${d.pick(['Salon Rail Expo à Valenciennes en mars', 'Essais de la rame au centre d’essais ferroviaire cette semaine', 'Nouvel appel à projets de la région publié'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `Ferroviaire // ${t}` : t)).blank();
      p.meta(fmtFr(s.date, "'Actu du' dd-MM-yyyy '·' HH:mm"));
      p.credit([
        (o) => `Publié en premier lieu par ${o}.`,
        (o) => `Article reproduit d’après ${o}.`,
        (o) => `Droits réservés : ${o}`,
        (o) => `Lu chez ${o} — reproduit avec accord.`,
      ]);
      if (s.credit) p.meta(`Auteur de l’article original : ${s.author}`);
      p.blank();
      p.body({
        [p.mid()]: [`Offre d’emploi — ${d.pick(['Technicien câbleur ferroviaire H/F, CDI, Petite-Forêt', 'Ingénieur essais dynamiques H/F, Valenciennes', 'Soudeur qualifié aluminium H/F, Onnaing'])}`],
      });
      p.chrome('Partager sur LinkedIn · Envoyer par courriel · Imprimer').blank();
      p.chrome('Articles liés', ...p.related(3)).blank();
      p.chrome(
        'Rail Hainaut Industrie est la lettre d’information du pôle ferroviaire régional. Les articles de confrères sont reproduits avec leur autorisation ; les textes parus en anglais sont traduits automatiquement, titres des publications compris.',
      ).blank();
      p.chrome(`Rail Hainaut Industrie · ${yearV21(p)} · Technopôle Transalley, Famars · Mentions légales`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'kigali-portal',
    name: 'Umuco Info',
    lang: 'fr',
    originals: 16,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.8 },
    draw: weightedCredits({ into: 'fr', share: 0.8 }, [KIGALI_PRESS, 0.44], [GREAT_LAKES_EN, 0.3], [LOOKALIKES_V21.kigali, 0.12]),
    render(p) {
      const { d, s } = p;
      p.chrome('UMUCO INFO', 'L’actualité du Rwanda et de la région des Grands Lacs, en français', 'Rwanda | Burundi | RDC | Ouganda | Économie | Culture | Sport').blank();
      p.chrome(`1 € = ${d.int(990, 1030)} RWF · ${d.pick(['Umuganda samedi matin : circulation réduite', 'Averses sur Kigali en fin de journée', 'Marathon de la paix : inscriptions ouvertes'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} — Umuco Info` : t)).blank();
      p.meta(fmtFr(onClock(p, 'Africa/Kigali'), "'Kigali —' do MMMM yyyy',' HH:mm 'CAT'")).blank();
      const inside = s.credit !== null && d.chance(0.6);
      const credit = s.credit
        ? [
            d.pick([
              (o: string) => `[Article publié à l’origine sur le site ${de(o)}]`,
              (o: string) => `(Umuco Info reprend ici un article ${de(o)}.)`,
              (o: string) => `— Crédit : ${o} —`,
              (o: string) => `${o} est la source première de cet article.`,
            ])(s.credit.shown),
            `Rédigé par ${s.author}`,
          ]
        : [];
      if (!inside && credit.length > 0) p.meta(...credit).blank();
      bodyWithCredit(p, inside ? p.mid() : -1, credit, {
        [p.s.body.length - 2]: [`PUBLICITÉ — ${d.pick(['Envoyez de l’argent à Goma et Bujumbura en quelques minutes', 'Appartements meublés à Kiyovu, séjours courts', 'Cours du soir en anglais et en kinyarwanda à Remera'])}`],
      });
      p.chrome(`Commentaires (${p.n(50)})`, 'Votre adresse e-mail ne sera pas publiée.', 'Envoyer').blank();
      p.chrome('Dans la même rubrique', ...p.related(3)).blank();
      p.chrome(
        'Umuco Info sélectionne chaque jour des articles de la presse rwandaise, burundaise, congolaise et internationale. Les articles rédigés en anglais sont traduits par un logiciel ; les droits appartiennent à leurs éditeurs.',
      ).blank();
      p.chrome(`© ${yearV21(p)} Umuco Info — KN 5 Road, Kigali — Tous droits réservés`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'victoria-francophone',
    name: 'Le Phare de l’Île',
    lang: 'fr',
    originals: 16,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.75 },
    draw: weightedCredits({ into: 'fr', share: 0.75 }, [PACIFIC_FR, 0.42], [PACIFIC_EN, 0.3], [LOOKALIKES_V21.victoria, 0.14]),
    render(p) {
      const { d, s } = p;
      p.chrome('LE PHARE DE L’ÎLE', 'Le site des francophones de Victoria et de l’île de Vancouver', 'Victoria · Nanaimo · Vancouver · Colombie-Britannique · Canada · Communauté · Petites annonces').blank();
      p.chrome(`Traversier Swartz Bay–Tsawwassen : ${d.pick(['horaire normal', 'retards de 30 minutes', 'départs annulés à cause du vent'])} · Victoria ${d.int(-2, 9)} °C, ${d.pick(['pluie', 'éclaircies', 'brouillard'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `Île de Vancouver ▪ ${t}` : t)).blank();
      p.meta(fmtFr(onClock(p, 'America/Vancouver'), "'Publié le' EEEE d MMMM yyyy 'à' H 'h' mm '(heure du Pacifique)'")).blank();
      const top = s.credit !== null && d.chance(0.5);
      const credit = s.credit
        ? [
            d.pick([
              (o: string) => `Ce reportage nous vient ${de(o)}.`,
              (o: string) => `Texte emprunté ${aTo(o)}, avec sa permission.`,
              (o: string) => `Origine du texte : ${o}`,
              (o: string) => `Partenariat de contenu — ${o}`,
            ])(s.credit.shown),
            `Texte de ${s.author}`,
          ]
        : [];
      if (top) p.meta(...credit).blank();
      p.body({
        [p.mid()]: [`Babillard — ${d.pick(['Café-rencontre en français à la Maison de la francophonie, mardi 19 h', 'Cherche gardienne francophone à Oak Bay, deux après-midi par semaine', 'Chorale francophone de Victoria : répétitions reprises'])}`],
      });
      if (!top && credit.length > 0) p.meta(...credit).blank();
      p.chrome('Partager : Facebook · Courriel · Copier le lien').blank();
      p.chrome(
        'Le Phare de l’Île est un média communautaire sans but lucratif soutenu par ses membres et par des programmes d’appui aux communautés de langue officielle. Les textes parus en anglais sont traduits automatiquement, puis relus par un bénévole.',
        'Adhérer',
      ).blank();
      p.chrome(`© ${yearV21(p)} Le Phare de l’Île · Rue Fort, Victoria (C.-B.) · Confidentialité`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'montreal-translation',
    name: 'The Two Solitudes Review',
    lang: 'en',
    originals: 16,
    attribution: 'credit',
    translate: { into: 'en', share: 0.8 },
    draw: weightedCredits({ into: 'en', share: 0.8 }, [MONTREAL_PICKS, 0.74], [LOOKALIKES_V21.montreal, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('THE TWO SOLITUDES REVIEW', 'What French-language Québec is reading, in English', 'Montreal | Quebec City | Politics | Language | Culture | France | Opinion').blank();
      p.chrome(`STM metro: ${d.pick(['normal service on all lines', 'Orange Line slowdown between Berri-UQAM and Jean-Talon', 'Green Line interrupted, shuttle buses running'])} · Montreal ${d.int(-24, 2)}°C`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} — English version` : t)).blank();
      p.meta(fmtEn(onClock(p, 'America/Toronto'), "'Published' MM/dd/yyyy '·' h:mm a 'EST'"));
      const top = s.credit !== null && d.chance(0.7);
      const credit = s.credit
        ? [
            d.pick([
              (o: string) => `Originally reported by ${o}. Translated from French.`,
              (o: string) => `Translated with permission; first published by ${o}.`,
              (o: string) => `Credit: ${o} (French original)`,
              (o: string) => `This English version is based on reporting by ${o}.`,
            ])(s.credit.shown),
            `Reporter: ${s.author}`,
          ]
        : [];
      if (top) p.meta(...credit);
      p.blank();
      p.body({
        [p.mid()]: [`Advertisement — ${d.pick(['Learn French at the YMCA on Stanley Street, new sessions in January', 'Snow removal contracts for the Plateau: book before the storm', 'Poutine week on Saint-Denis Street'])}`],
      });
      if (!top && credit.length > 0) p.meta(...credit).blank();
      p.chrome(`${p.n(70)} comments · Join the discussion`).blank();
      p.chrome('More from the French press', ...p.related(2)).blank();
      p.chrome(
        'The Two Solitudes Review translates a selection of French-language reporting for English-speaking Quebecers. Translation is machine-assisted, publication names included, and reviewed by our editors before it is posted.',
      ).blank();
      p.chrome(`© ${yearV21(p)} The Two Solitudes Review · Mile End, Montreal, QC · Terms of use · Privacy`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'tokyo-france-desk',
    name: 'Ginza France Desk',
    lang: 'en',
    originals: 15,
    attribution: 'credit',
    chromeOnlyPage: true,
    translate: { into: 'en', share: 0.8 },
    draw: weightedCredits({ into: 'en', share: 0.8 }, [TOKYO_PICKS, 0.72], [LOOKALIKES_V21.tokyo, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('GINZA FRANCE DESK', 'French business and society news in English, for readers in Japan', 'Economy | Retail | Luxury | Politics | Regions | Japan–France').blank();
      p.chrome(`Nikkei ${d.int(19_500, 22_500)} · CAC 40 ${d.int(4600, 5300)} · EUR/JPY ${d.int(122, 128)}.${d.int(10, 99)} · ${d.pick(['Narita–CDG: all flights on time', 'Haneda–Paris: 30-minute delay', 'Shinkansen: normal operation'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `From Paris ▷ ${t}` : t)).blank();
      p.meta(fmtEn(onClock(p, 'Asia/Tokyo'), "yyyy.MM.dd HH:mm 'JST'")).blank();
      const at = p.mid();
      const inside = s.credit !== null && d.chance(0.5);
      const credit = s.credit
        ? [
            d.pick([
              (o: string) => `Adapted from a report in ${o}.`,
              (o: string) => `Source publication (name translated): ${o}`,
              (o: string) => `Reprinted by arrangement with ${o}.`,
              (o: string) => `${o} owns the rights to the original French text.`,
            ])(s.credit.shown),
            `Original author: ${s.author}`,
          ]
        : [];
      bodyWithCredit(p, inside ? at : -1, credit, {
        [at]: [`PR — ${d.pick(['French wine seminar at our Marunouchi lounge, Thursday 7 p.m.', 'Open a euro account online in ten minutes', 'Business-class fares to Paris from ¥380,000'])}`],
      });
      if (!inside) p.meta(...credit).blank();
      p.chrome('Share: LINE | X | Facebook | Email').blank();
      p.chrome(
        'Ginza France Desk summarises and translates reporting from the French press for Japanese companies and their staff. The names of French publications are machine-translated with the text; please check the original before quoting.',
      ).blank();
      p.chrome('Members receive the France Morning Note at 8 a.m. Tokyo time', 'Become a member').blank();
      p.chrome(`© ${yearV21(p)} Ginza France Desk K.K. · Chuo-ku, Tokyo · All rights reserved`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'aurillac-mayors-watch',
    name: 'Association des maires du Cantal – Revue de presse',
    lang: 'fr',
    originals: 16,
    attribution: 'url-host',
    canShow: (canonical) => canonical in HOSTS_V21,
    draw: weightedCredits(undefined, [CANTAL_CLIPPED, 0.9]),
    render(p) {
      const { d, s } = p;
      p.chrome('ASSOCIATION DES MAIRES DU CANTAL', 'Revue de presse à l’intention des élus et des secrétaires de mairie', 'Accueil › Ressources › Revue de presse').blank();
      p.chrome(`${d.pick(['Date limite des demandes de DETR : 15 février', 'Formation des élus : budget communal, le 24 à Aurillac', 'Congrès départemental des maires : inscriptions ouvertes'])}`).blank();
      p.title().blank();
      p.meta(fmtFr(s.date, "'Daté du' EEEE d MMMM yyyy '–' H 'h' mm"));
      const top = s.credit !== null && d.chance(0.3);
      const link = s.credit
        ? [d.pick([(u: string) => `Adresse de l’article : ${u}`, (u: string) => `URL d’origine → ${u}`, (u: string) => `En savoir plus : ${u}`, (u: string) => u])(addressOf(p)), `Journaliste : ${s.author}`]
        : [];
      if (top) p.meta(...link);
      p.blank();
      p.body();
      if (!top && link.length > 0) p.meta(...link).blank();
      p.chrome('Document réservé aux adhérents de l’association.').blank();
      p.chrome(
        'Cette revue de presse est préparée chaque semaine par les services de l’association à partir de la presse locale, régionale et spécialisée. Chaque article est accompagné de son lien ; les droits de reproduction appartiennent aux éditeurs.',
      ).blank();
      p.chrome(`Association des maires et présidents d’intercommunalité du Cantal · Aurillac · ${yearV21(p)}`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'vichy-spa-review',
    name: 'Vichy Destinations – Revue de presse',
    lang: 'fr',
    originals: 15,
    attribution: 'title-suffix',
    canShow: (canonical) => VICHY_NAMES.includes(canonical),
    draw: weightedCredits(undefined, [VICHY_PRESS, 0.76], [LOOKALIKES_V21.vichy, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('VICHY DESTINATIONS', 'Office de tourisme et de thermalisme de Vichy', 'Séjourner · Thermes · Congrès · Agenda · Espace presse').blank();
      p.chrome(`Curistes accueillis cette saison : ${d.int(8, 19)} ${String(d.int(0, 999)).padStart(3, '0')} · ${d.pick(['Parc des Sources : kiosque à musique fermé l’hiver', 'Opéra de Vichy : billetterie ouverte', 'Source Célestins en accès libre'])}`).blank();
      const after = d.pick([(o: string) => ` ‣ ${o}`, (o: string) => ` « ${o} »`, (o: string) => ` ⟩ ${o}`]);
      p.title((t) => (s.credit ? `${t}${after(s.credit.shown)}` : t)).blank();
      p.meta(fmtFr(s.date, "'Paru dans la presse le' d MMM yyyy")).blank();
      p.body({ [p.mid()]: [`Le saviez-vous ? ${d.pick(['Les pastilles de Vichy sont fabriquées en ville depuis 1825.', 'Le hall des Sources accueille concerts et expositions toute l’année.', 'Plus de cent congrès se tiennent chaque année au Palais des congrès.'])}`] });
      p.chrome('Le nom du journal suit le titre de chaque article.').blank();
      p.chrome(
        'Cette revue de presse recense les articles parus sur Vichy, sa station thermale et sa région. Elle est réservée aux partenaires de l’office de tourisme ; les articles restent la propriété de leurs éditeurs.',
      ).blank();
      p.chrome(`Vichy Destinations · Rue du Parc · 03200 Vichy · ${yearV21(p)}`);
      return { author: false, date: 'day' };
    },
  },
  {
    id: 'arles-birders',
    name: 'Les Ailes de Camargue',
    lang: 'fr',
    originals: 15,
    attribution: 'source-line',
    draw: weightedCredits(undefined, [ARLES_PRESS, 0.74], [LOOKALIKES_V21.arles, 0.14]),
    render(p) {
      const { d, s } = p;
      p.chrome('LES AILES DE CAMARGUE', 'Le magazine de l’association des ornithologues du pays d’Arles', 'Observations · Comptages · Zones humides · Sorties · Adhésion').blank();
      p.chrome(`Comptage de la semaine : ${d.int(900, 9000)} flamants au Vaccarès · ${d.pick(['Sortie guidée dimanche aux Marais du Vigueirat', 'Permanence du local mercredi après-midi', 'Observation des grues à la Tour du Valat'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} (revue de presse)` : t)).blank();
      p.meta(fmtFr(s.date, "'Publié :' d MMMM yyyy '/' HH:mm"));
      const top = s.credit !== null && d.chance(0.35);
      const source = s.credit
        ? [d.pick([`Source originale : ${s.credit.shown}`, `(source : ${s.credit.shown})`, `Sources presse — ${s.credit.shown}`, `Source ▸ ${s.credit.shown}`]), `Écrit par ${s.author}`]
        : [];
      if (top) p.meta(...source);
      p.blank();
      p.body({
        [p.mid()]: [`Carnet d’observation — ${d.pick(['Talève sultane vue à l’étang de Consécanière', 'Premier hibou des marais de l’hiver au Sambuc', 'Ibis falcinelles nombreux près de Salin-de-Giraud'])}`],
      });
      if (!top && source.length > 0) p.meta(...source).blank();
      p.chrome(`${p.n(25)} réactions`, 'Laisser un message').blank();
      p.chrome(
        'Les Ailes de Camargue reprend pour ses membres des articles de presse sur les oiseaux, les marais et la gestion de l’eau en Camargue. La source de chaque article est indiquée. Adhésion : vingt euros par an, sorties comprises.',
      ).blank();
      p.chrome(`Association ornithologique du pays d’Arles – Mas de la Cure – ${yearV21(p)}`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'venissieux-tenants',
    name: 'Le Lien des Minguettes',
    lang: 'fr',
    originals: 12,
    attribution: 'none',
    chromeOnlyPage: true,
    render(p) {
      const { d, s } = p;
      p.chrome('LE LIEN DES MINGUETTES', 'Bulletin de l’amicale des locataires des Minguettes, Vénissieux', 'Amicale › Bulletin › Articles de presse').blank();
      p.chrome(`Permanence de l’amicale : ${d.pick(['mardi 17 h – 19 h, tour 12', 'jeudi 14 h – 16 h, local de la rue Gaston-Monmousseau', 'samedi matin au centre social'])} · ${d.pick(['Ascenseur de la tour 7 : réparation prévue', 'Collecte des encombrants le 3e mercredi', 'Régularisation des charges : permanence spéciale'])}`).blank();
      p.title().blank();
      p.meta(fmtFr(s.date, "'Lettre aux locataires –' d MMMM yyyy")).blank();
      p.body({
        [p.mid()]: [`Vie de l’amicale — ${d.pick(['Galette des locataires samedi au centre social', 'Aide aux dossiers APL tous les jeudis', 'Sortie au parc de Miribel en juin : inscriptions'])}`],
      });
      p.chrome(
        'Le Lien des Minguettes est distribué aux adhérents de l’amicale. Les articles de presse qui y figurent ont été choisis par le conseil d’administration pour informer les locataires ; ils ne doivent pas être diffusés en dehors de l’association.',
      ).blank();
      p.chrome(`Amicale des locataires des Minguettes – ${yearV21(p)}`, 'Ne pas jeter sur la voie publique');
      return { author: false, date: 'day' };
    },
  },
];

const JUNK_V21: readonly { name: string; bytes: Uint8Array }[] = [
  { name: 'gzip-head', bytes: Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xcb, 0x48, 0xcd, 0xc9, 0xc9, 0x07, 0x00]) },
  { name: 'gif-head', bytes: Buffer.from('GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04', 'latin1') },
  { name: 'id3-head', bytes: Buffer.from('ID3\x03\x00\x00\x00\x00\x0f\x76TIT2\x00\x00\x00\x05\x00\x00\x00', 'latin1') },
  { name: 'ole-head', bytes: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x3e, 0x00, 0x03, 0x00]) },
  { name: 'elf-head', bytes: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x3e, 0x00]) },
  { name: 'json-error', bytes: Buffer.from('{"error":"too_many_requests","message":"Rate limit exceeded","retry_in":60}\n', 'utf8') },
  { name: 'robots', bytes: Buffer.from('User-agent: *\nDisallow: /admin/\nDisallow: /recherche\nSitemap: /sitemap.xml\n', 'utf8') },
  { name: 'ip-blocked', bytes: Buffer.from('Accès refusé\nVotre adresse IP a été bloquée temporairement après un trop grand nombre de requêtes.\nRéférence de l’incident : 7f3a-22c1\n', 'utf8') },
  { name: 'utf8-bom-only', bytes: Buffer.from([0xef, 0xbb, 0xbf]) },
  { name: 'login-wall', bytes: Buffer.from('Connexion requise\nIdentifiant\nMot de passe\nSe souvenir de moi\nMot de passe oublié ?\n', 'utf8') },
];

// ——— Generation ———

/** The copy of `story` that `host` carries: the first site's credit (or its own name) when the host can show it; maybe headless or cut. */
function copyOnto(d: Dice, story: Story, first: SiteV21, host: SiteV21, others: string[]): Story {
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
 * Builds the v21 set from clean sources (deterministic for a seed): each site's originals and their copies on
 * up to three other sites, uncredited bare files, chrome-only pages and junk, shuffled, each file in one of
 * several encodings and named by content.
 */
export function generateUnseenV21(pool: readonly UnseenSource[], seed: number = FROZEN_SEED_V21): { files: UnseenFile[]; manifest: UnseenEntry[] } {
  const d = new Dice(makeRng(seed));
  const wanted = BARE_V21 + SITES_V21.reduce((n, s) => n + s.originals, 0);
  if (pool.length < wanted) throw new Error(`unseen sites v21: ${wanted} clean articles needed, the pool has ${pool.length}`);
  const picked = d.sample(pool, wanted);
  const allTitles = picked.map((s) => s.title);
  const otherTitles = (src: UnseenSource): string[] => d.sample(allTitles.filter((t) => t !== src.title), 5);
  const when = (): TZDate => {
    const day = new Date(PERIOD_START + d.int(0, PERIOD_DAYS - 1) * 86_400_000);
    return new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), d.int(6, 21), d.int(0, 59), 0, PARIS);
  };
  const out: MadePage[] = [];
  let from = 0;
  for (const site of SITES_V21) {
    const originals = picked.slice(from, from + site.originals);
    from += site.originals;
    for (const src of originals) {
      const story: Story = { src, body: src.body, author: d.pick(BYLINES_V21), date: when(), headline: true, credit: site.draw?.(d) ?? null, others: otherTitles(src) };
      out.push(page(site, story, d, false));
      const hosts = d.sample(SITES_V21.filter((h) => h !== site), copiesOn(d));
      for (const host of hosts) out.push(page(host, copyOnto(d, story, site, host, otherTitles(src)), d, false));
    }
    if (site.chromeOnlyPage) {
      const stand = picked[0]!;
      out.push(page(site, { src: stand, body: [], author: d.pick(BYLINES_V21), date: when(), headline: false, credit: null, others: otherTitles(stand) }, d, true));
    }
  }
  for (const src of picked.slice(from)) out.push(creditsNobody(bareFile(src)));
  for (const junk of JUNK_V21) out.push(creditsNobody(junkFile(junk)));
  return packFiles(d, out, ENCODINGS_V21, 'v21-');
}

/** Heading of the v21 table and JSON. */
export const V21_HEADING = 'UNSEEN SITES v21 (frozen 2026-11-30)';

/** Generates v21, runs the real ingest on it and prints its figures (without the DEV simulation). */
export const runUnseenEvalV21 = unseenSetRunner(V21_HEADING, generateUnseenV21);

generatorCli(import.meta.url, 'unseen sites v21', generateUnseenV21, FROZEN_SEED_V21);
