/**
 * Generates the FROZEN unseen-sites v20 evaluation set (issue 8): twelve more ordinary news sites, of kinds and places no earlier set had.
 *
 * FROZEN on 2026-11-30 (v20), at 22:15, written without reading the rules. Written without reading the ingest
 * rules (src/ingest/), the word lists and outlet list (src/data/), the renderer and pages, the scorer beyond its
 * types (a few lines of its leak helper, printed beside the types, were seen and used for nothing), any score of
 * this set or of any other, or any history of the project; of the earlier sets only the shared scaffolding
 * (scripts/unseen-sites.ts, v2's `page` and `SiteV2`, simulate-heldout's `Dice` and encodings, scripts/rng.ts),
 * v19's generator and test (for the format and the scaffolding calls, not their sites or wordings) and the site
 * lists in the headers of v3–v19 (to pick other kinds and places) were read. The sites, outlets, credit wordings,
 * translations, title decorations, date formats, time zones and chrome here are new. Nobody tunes rules against
 * it: do not read its misses while changing rules (`--show` stays 0), do not edit its templates, wordings or seed
 * to move a score. When a case fails, fix the general cause, then freeze a v21 and call this one development data.
 *
 * `npm run eval:unseen` scores v1 to v19 then this set (`npm run eval:unseen:v20`, or `npm run eval -- --unseen
 * --unseen-set v20`, for this one only); `npx tsx scripts/unseen-sites-v20.ts --out DIR` only writes the folder
 * and its manifest (the v1 format, with v2's `outletEvidence`).
 *
 * The twelve sites: a Pau (Pyrénées-Atlantiques) daily news site whose own name begins like a Lyon daily's (a
 * look-alike, its own reporters, an update time beside the publication time), a French-language portal in
 * Pondichéry (India, its own reporters, its times in India Standard Time), an Avignon (Vaucluse) city site (its
 * own reporters, dates in capitals), a fishing-industry trade site in Boulogne-sur-Mer (Pas-de-Calais) crediting
 * maritime and regional papers, English-language fishing and British port-town papers garbled into French word
 * for word and look-alike titles, a Djibouti portal crediting Djiboutian and French outlets and English-language
 * East African and Gulf outlets garbled into French (its times in local time, GMT+3, the credit inside the
 * text), a French-language community site in Yellowknife (Northwest Territories, Canada) crediting francophone
 * Canadian papers, English-language northern and western Canadian outlets garbled into French and look-alike
 * titles (its times in Mountain time, the credit at the foot of the text), an English-language Halifax (Nova
 * Scotia) wire translating Acadian, Québec, Saint-Pierre and French papers' names into English word for word
 * (its times in Atlantic time), an English-language Dubai business site doing the same with Lebanese, Maghreb
 * and Paris papers (its times in GMT+4, often the next day; the credit at the foot or inside), the Le Havre
 * port community's press watch pointing to the original's address, a Loire château network's press review in
 * Tours (Indre-et-Loire) keeping the original's name after the headline, a beekeepers' union magazine in the
 * Gers (Auch) with a source line at the top or the foot, and a firefighters' association bulletin in Foix
 * (Ariège) crediting nobody. Article text is read AT RUN TIME from ../shared/corpus/gilets-jaunes (v1's clean
 * pool, drawn with another seed): no corpus text is stored here.
 *
 * Title decorations (none of them part of the headline, which stays the publisher's): a prefix tag ("L’essentiel
 * ▸ Titre" on the Pau site, "Filière pêche › Titre" on the Boulogne site, "Grand Nord ¦ Titre" on the Yellowknife
 * site, "Paris Briefing — Title" on the Dubai site), a site-name suffix ("Titre :: Le Comptoir" on the Pondichéry
 * portal, "Titre – Bab el-Mandeb Info" on the Djibouti portal), a note after the headline ("Titre • PHOTOS" on the
 * Avignon site, "Title (translated)" on the Halifax wire, "Titre (accès adhérents)" on the beekeepers'
 * magazine), and on the Tours review the original outlet's name after " [", " — " or " · lu dans " (its
 * evidence, the day only). Date formats:
 * "Publié le 11/01/2019 à 14:05 (mis à jour à 15:40)", "Mis en ligne le 11-01-2019, 18h35 IST", "VENDREDI 11
 * JANVIER 2019, 14 H 05", "Publié le 11.01.19 à 14h05", "Djibouti, le 11/01/2019 – 16:05 (heure locale, GMT+3)",
 * "Publié le 11 janvier 2019 à 06:05 HNR", "Posted Jan 11, 2019 9:05 a.m. AST", "Jan 11, 2019 | 05:05 PM (GMT+4)",
 * "Date de publication : 11 janvier 2019, 14.05", "Parution : vendredi 11 janvier 2019", "En ligne depuis le
 * 11/01/2019, 14:05" and "Édition du 11 janv. 2019".
 *
 * Expected outlet: v2's convention (who published the article first, as the file credits it), recorded per
 * file in `outletEvidence`: machine-translated names of real outlets expect the real outlet's usual name,
 * look-alike names are kept as written, the site's own name is the outlet only where it shows its masthead and
 * its own staff's byline, the republisher is the site's name whenever the file credits another outlet, and null
 * when nothing credits one. Republishing sites show a byline only beside a credit. Every time shown names its
 * zone or is Paris time: the Pondichéry, Djibouti, Yellowknife, Halifax and Dubai sites show their own clock
 * with its zone (IST = UTC+5:30, GMT+3, HNR = UTC−7, AST = UTC−4, GMT+4: the whole period is in each zone's
 * standard time), the others Paris time (winter 2018-19, so UTC+1); the expected date is the same instant,
 * written in Paris time. The Tours review and the Foix bulletin show the Paris day only.
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

/** The v20 seed: no earlier set drew with it. */
export const FROZEN_SEED_V20 = 20261130_20;
/** Clean articles written with their headline and paragraphs only, crediting nobody. */
const BARE_V20 = 10;
/** Share of copies scraped without their headline line. */
const NO_HEADLINE = 0.3;
/** Share of copies (of bodies with four paragraphs or more) that lose their closing paragraph. */
const NO_ENDING = 0.3;
/** The period: 95 days from 24 November 2018, in Paris winter time (UTC+1) and before North America's clocks change. */
const PERIOD_START = Date.UTC(2018, 10, 24);
const PERIOD_DAYS = 95;
const PARIS = 'Europe/Paris';
/** The encodings drawn for the files: plain UTF-8 most often, then Windows-1252, a BOM, CRLF ends and UTF-16 LE. */
const ENCODINGS_V20: readonly Encoding[] = ['utf-8', 'cp1252', 'utf-8', 'utf-8-bom', 'utf-8-crlf', 'utf-8', 'cp1252-crlf', 'utf-16le-bom', 'utf-8', 'cp1252', 'utf-8-bom', 'utf-8'];

/** How many other sites carry a copy of one original (none, most often). */
function copiesOn(d: Dice): number {
  const r = d.next();
  return r < 0.52 ? 0 : r < 0.84 ? 1 : r < 0.96 ? 2 : 3;
}

// ——— People ———

const BYLINES_V20 = [
  'Maïté Lacoste-Bordenave', 'Peio Etcheverry', 'Rajkumar Selvaradjou', 'Nandini Sivakolundu', 'Camille Roumanille', 'Baptiste Fabre-Vinson',
  'Ludovic Caron-Ledoux', 'Marine Lebas', 'Hassan Omar Ali', 'Kadra Ahmed Djama', 'Geneviève Thériault', 'Simon Lafrenière', 'Colin MacLeod',
  'Natalie Comeau', 'Rania Haddad', 'Omar Al Marzouqi', 'Aurélien Dupouy', 'Clémence Mauroux', 'Jordi Pujol-Rivière', 'Sabine Castex',
];
const PHOTO_V20 = ['Iban Larrondo', 'Dévi Ramassamy', 'Coralie Vidal', 'Mathis Fourny'];

// ——— Outlets ———

const BOULOGNE_PRESS = ['Le Marin', 'La Voix du Nord', 'Nord Littoral', 'La Semaine dans le Boulonnais', 'Ouest-France', 'Le Télégramme', 'Les Échos', 'Produits de la mer', 'France Bleu Nord', 'Le Monde'];
const FISHING_EN = ['Fishing News', 'Undercurrent News', 'Fish Farmer', 'The Fishing Daily', 'Grimsby Telegraph', 'The Scotsman', 'Hull Daily Mail'];
const DJIBOUTI_PRESS = ['La Nation', 'Human Village', 'RTD', 'RFI', 'Jeune Afrique', 'Le Monde', 'France 24', 'Le Point Afrique', 'TV5Monde', 'Ouest-France'];
const EAST_AFRICA_EN = ['The East African', 'Addis Standard', 'Garowe Online', 'Hiiraan Online', 'Gulf News', 'Arab News'];
const NORTH_FR = ['Radio-Canada', 'Le Devoir', 'La Presse', 'L’Aurore boréale', 'Le Franco', 'L’Aquilon', 'Le Droit', 'Francopresse'];
const NORTH_EN = ['Nunatsiaq News', 'Edmonton Journal', 'Northern News Services', 'Yukon News', 'Calgary Herald', 'National Post', 'Cabin Radio'];
const HALIFAX_PICKS = [
  'Le Courrier de la Nouvelle-Écosse', 'Le Moniteur acadien', 'L’Écho des caps', 'La Voix de l’Est', 'Le Journal de Québec', 'La Croix', 'Le Point',
  'Sud Ouest', 'L’Humanité', 'Radio-Canada', 'Le Monde',
];
const DUBAI_PICKS = [
  'L’Orient-Le Jour', 'Les Échos', 'La Presse de Tunisie', 'Jeune Afrique', 'L’Opinion', 'Le Nouvel Économiste', 'Le Figaro', 'Le Parisien',
  'Le Courrier de l’Atlas', 'Le Monde',
];
const HAVRE_CLIPPED = [
  'Paris-Normandie', 'Ouest-France', 'Les Échos', 'Le Journal de la Marine marchande', 'Le Monde', 'Le Figaro', 'Le Parisien', 'France Bleu',
  'L’Usine nouvelle', 'La Tribune', 'Le Télégramme', 'Libération',
];
const TOURS_PRESS = [
  'La Nouvelle République', 'Le Figaro', 'Le Monde', 'Ouest-France', 'La Croix', 'Le Parisien', 'France Bleu', 'Télérama', 'Connaissance des Arts',
  'Le Point', 'Le Journal des Arts',
];
const GERS_PRESS = ['La Dépêche du Midi', 'Sud Ouest', 'Le Petit Journal', 'La France agricole', 'L’Abeille de France', 'Le Monde', 'France Bleu Occitanie', 'Le Parisien', 'Ouest-France'];

/** Invented outlets whose names begin like a known outlet's: the expected outlet is the name as written. */
const LOOKALIKES_V20 = {
  boulogne: ['Les Échos de la Criée', 'La Voix du Large'],
  djibouti: ['Le Monde de la Corne', 'Le Parisien de Djibouti'],
  yellowknife: ['Le Soleil de minuit', 'La Presse boréale'],
  halifax: ['Le Point de Clare', 'La Croix acadienne'],
  dubai: ['Les Échos du Levant', 'Le Figaro des Émirats'],
  tours: ['Le Monde des Jardins', 'Le Point Renaissance'],
  gers: ['La Dépêche des Ruchers', 'La Montagne gasconne'],
} as const;
const IS_LOOKALIKE_V20: ReadonlySet<string> = new Set(Object.values(LOOKALIKES_V20).flat());

/** Francophone names as a translation engine renders them in English, word for word (some reorder the words). */
const INTO_EN_V20: Record<string, readonly string[]> = {
  'Le Courrier de la Nouvelle-Écosse': ['The Nova Scotia Courier', 'The Courier of Nova Scotia'],
  'Le Moniteur acadien': ['The Acadian Monitor', 'The Monitor Acadian'],
  'L’Écho des caps': ['The Echo of the Capes', 'The Capes Echo'],
  'La Voix de l’Est': ['The Voice of the East', 'The East Voice'],
  'Le Journal de Québec': ['The Quebec Journal', 'The Journal of Quebec'],
  'La Croix': ['The Cross'],
  'Le Point': ['The Point'],
  'Sud Ouest': ['South West', 'Southwest'],
  'L’Humanité': ['Humanity', 'The Humanity'],
  'Le Monde': ['The World'],
  'L’Orient-Le Jour': ['The Orient-The Day', 'The East-The Day'],
  'Les Échos': ['The Echoes'],
  'La Presse de Tunisie': ['The Press of Tunisia', 'Tunisia Press'],
  'Jeune Afrique': ['Young Africa'],
  'L’Opinion': ['The Opinion'],
  'Le Nouvel Économiste': ['The New Economist'],
  'Le Parisien': ['The Parisian'],
  'Le Courrier de l’Atlas': ['The Atlas Courier', 'The Courier of the Atlas'],
};
/** English-language names as a translation engine garbles them in French, word for word (some reorder the words). */
const INTO_FR_V20: Record<string, readonly string[]> = {
  'Fishing News': ['Nouvelles de la Pêche', 'Les Nouvelles de la pêche'],
  'Undercurrent News': ['Nouvelles du Courant sous-marin', 'Les Nouvelles du Contre-Courant'],
  'Fish Farmer': ['Le Pisciculteur', 'Fermier Poisson'],
  'The Fishing Daily': ['Le Quotidien de la pêche', 'La Pêche quotidienne'],
  'Grimsby Telegraph': ['Le Télégraphe de Grimsby', 'Télégraphe Grimsby'],
  'The Scotsman': ['L’Écossais'],
  'Hull Daily Mail': ['Le Courrier quotidien de Hull', 'Courrier Quotidien Hull'],
  'The East African': ['L’Africain de l’Est', 'L’Est-Africain'],
  'Addis Standard': ['Norme d’Addis', 'L’Étendard d’Addis'],
  'Garowe Online': ['Garowe en ligne', 'En ligne Garowe'],
  'Hiiraan Online': ['Hiiraan en ligne'],
  'Gulf News': ['Nouvelles du Golfe', 'Les Nouvelles du Golfe'],
  'Arab News': ['Nouvelles arabes', 'Les Nouvelles Arabes'],
  'Nunatsiaq News': ['Nouvelles du Nunatsiaq', 'Nunatsiaq Nouvelles'],
  'Edmonton Journal': ['Le Journal d’Edmonton', 'Journal Edmonton'],
  'Northern News Services': ['Services de nouvelles du Nord', 'Les Services de Nouvelles Nordiques'],
  'Yukon News': ['Nouvelles du Yukon', 'Yukon Nouvelles'],
  'Calgary Herald': ['Le Héraut de Calgary', 'Héraut Calgary'],
  'National Post': ['La Poste nationale', 'Poste Nationale'],
  'Cabin Radio': ['Radio Cabane', 'La Radio de la Cabine'],
};

/** Web hosts of the outlets the Le Havre press watch links to. */
const HOSTS_V20: Record<string, string> = {
  'Paris-Normandie': 'www.paris-normandie.fr', 'Ouest-France': 'www.ouest-france.fr', 'Les Échos': 'www.lesechos.fr',
  'Le Journal de la Marine marchande': 'www.journalmarinemarchande.eu', 'Le Monde': 'www.lemonde.fr', 'Le Figaro': 'www.lefigaro.fr',
  'Le Parisien': 'www.leparisien.fr', 'France Bleu': 'www.francebleu.fr', 'L’Usine nouvelle': 'www.usinenouvelle.com', 'La Tribune': 'www.latribune.fr',
  'Le Télégramme': 'www.letelegramme.fr', 'Libération': 'www.liberation.fr', 'La Voix du Nord': 'www.lavoixdunord.fr', 'La Croix': 'www.la-croix.com',
  'L’Humanité': 'www.humanite.fr', 'Le Point': 'www.lepoint.fr', 'Sud Ouest': 'www.sudouest.fr', 'La Dépêche du Midi': 'www.ladepeche.fr',
  'Le Devoir': 'www.ledevoir.com', 'La Presse': 'www.lapresse.ca', 'Radio-Canada': 'ici.radio-canada.ca', 'RFI': 'www.rfi.fr',
  'Jeune Afrique': 'www.jeuneafrique.com', 'L’Orient-Le Jour': 'www.lorientlejour.com', 'France 24': 'www.france24.com', 'Nord Littoral': 'www.nordlittoral.fr',
  'La Nation': 'www.lanation.dj', 'Le Journal de Québec': 'www.journaldequebec.com', 'Télérama': 'www.telerama.fr', 'La Nouvelle République': 'www.lanouvellerepublique.fr',
};

/** Names the Tours review can print after a headline. */
const TOURS_NAMES: readonly string[] = [
  ...TOURS_PRESS, ...LOOKALIKES_V20.tours, 'Libération', 'Les Échos', 'Sud Ouest', 'La Dépêche du Midi', 'Paris-Normandie', 'Le Devoir', 'Radio-Canada',
  'Jeune Afrique', 'RFI', 'L’Humanité', 'La Voix du Nord', 'Le Progrès du Béarn', 'Le Comptoir de Pondichéry', 'Le Rempart',
];

type Into = SiteV2['translate'];

/** A v20 site: a v2 site, plus which originals its way of crediting can show on a copy (all when absent). */
interface SiteV20 extends SiteV2 {
  canShow?: (canonical: string) => boolean;
}

/** The credit a site printing in `into`'s language shows for `canonical`: translated word for word, or as written. */
function creditAsPrinted(d: Dice, canonical: string, into: Into, lookalike = IS_LOOKALIKE_V20.has(canonical)): Credit {
  const table: Record<string, readonly string[]> | undefined = into === undefined ? undefined : into.into === 'en' ? INTO_EN_V20 : INTO_FR_V20;
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

const yearV20 = (p: Page): string => fmtFr(p.s.date, 'yyyy');
/** A republisher names the original's writer only beside the credit. */
const writerIfCredited = (p: Page, date: Shown['date']): Shown => ({ author: p.s.credit !== null, date });
/** The story's moment on another clock (the same instant). */
const onClock = (p: Page, zone: string): TZDate => new TZDate(p.s.date.getTime(), zone);
/** "à" before an outlet name, contracted as French writes it ("au Devoir", "aux Échos", "à La Presse", "à L’Aquilon"). */
function aTo(outlet: string): string {
  if (/^Le /.test(outlet)) return `au ${outlet.slice(3)}`;
  if (/^Les /.test(outlet)) return `aux ${outlet.slice(4)}`;
  return `à ${outlet}`;
}
/** The original's address on its outlet's site, in one of three URL shapes. */
function addressOf(p: Page): string {
  const { d, s } = p;
  const host = HOSTS_V20[s.credit!.canonical]!;
  const words = slug(s.src.title);
  return d.pick([
    () => `https://${host}/actualite/${words}_${d.int(1_000_000, 9_999_999)}`,
    () => `https://${host}/${fmtFr(s.date, 'yyyy/MM')}/${words}.html`,
    () => `https://${host}/article/${d.int(10_000, 99_999)}/${words}`,
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

export const SITES_V20: readonly SiteV20[] = [
  {
    id: 'pau-daily',
    name: 'Le Progrès du Béarn',
    lang: 'fr',
    originals: 16,
    attribution: 'own',
    lookalike: true,
    chromeOnlyPage: true,
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Le Progrès du Béarn et ses partenaires déposent des cookies pour compter les visites, vous proposer des annonces de commerces béarnais et lire nos vidéos. Acceptez-vous ces traceurs ?',
        'J’accepte',
        'Je refuse',
        'Paramétrer mes choix',
      ).blank();
      p.chrome('LE PROGRÈS DU BÉARN', 'Pau · Oloron · Orthez · Vallée d’Ossau · Section Paloise · Agglo', 'Se connecter | S’abonner').blank();
      p.chrome(`Col du Pourtalet : ${d.pick(['ouvert, équipements obligatoires', 'fermé jusqu’à nouvel ordre', 'ouvert de 9 h à 17 h'])} · Qualité de l’air à Pau : ${d.pick(['bonne', 'moyenne', 'médiocre'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `L’essentiel ▸ ${t}` : t)).blank();
      const updated = new TZDate(s.date.getTime() + d.int(5, 115) * 60_000, PARIS);
      p.meta(`Par ${s.author}`, `Publié le ${fmtFr(s.date, "dd/MM/yyyy 'à' HH:mm")} (mis à jour à ${fmtFr(updated, 'HH:mm')})`).blank();
      p.chrome(`📷 ${d.pick(PHOTO_V20)} / Le Progrès du Béarn`);
      p.body({
        [p.mid()]: [`À lire aussi : ${p.related(1)[0]!}`],
      });
      p.chrome(`${p.n(90)} commentaires · Donnez votre avis`).blank();
      p.chrome('Envoyer à un ami | Imprimer | Facebook | WhatsApp').blank();
      p.chrome('Les plus lus ce matin à Pau', ...p.related(3)).blank();
      p.chrome(
        'Recevez chaque soir à 18 heures l’essentiel de l’actualité du Béarn : les faits marquants de la journée, la circulation du lendemain et le programme des sorties. Inscription gratuite, désinscription en un clic.',
        'Je m’inscris à la lettre du soir',
      ).blank();
      p.chrome(`© ${yearV20(p)} Le Progrès du Béarn – Béarn Médias SAS, boulevard des Pyrénées, Pau – Reproduction interdite sans autorisation`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'pondichery-portal',
    name: 'Le Comptoir de Pondichéry',
    lang: 'fr',
    originals: 14,
    attribution: 'own',
    render(p) {
      const { d, s } = p;
      p.chrome('LE COMPTOIR DE PONDICHÉRY', 'Vanakkam ! L’actualité de Pondichéry, Karikal, Mahé et Yanaon, et des Français de l’Inde', 'Ville blanche | Tamil Nadu | Inde | Consulat | Lycée français | Annonces').blank();
      p.chrome(`1 € = ${d.int(78, 82)},${d.int(10, 99)} roupies · ${d.pick(['Mousson du nord-est : fortes pluies attendues', 'Ciel dégagé sur la côte de Coromandel', 'Coupure de courant prévue à Muthialpet'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} :: Le Comptoir` : t)).blank();
      p.meta(fmtFr(onClock(p, 'Asia/Kolkata'), "'Mis en ligne le' dd-MM-yyyy, HH'h'mm 'IST'"), `Un article de ${s.author}, pour Le Comptoir de Pondichéry`).blank();
      p.body({
        [p.mid()]: [`Petite annonce — ${d.pick(['Appartement meublé rue Dumas, loyer mensuel, bail de six mois', 'Cours de tamoul pour francophones, le samedi matin', 'Chauffeur avec voiture pour Auroville et Mahabalipuram'])}`],
      });
      p.chrome('Partagez / Share : WhatsApp – Facebook – Courriel').blank();
      p.chrome(
        'Le Comptoir de Pondichéry est tenu bénévolement par des journalistes francophones installés dans l’ancien comptoir. Il vit des petites annonces et des dons de ses lecteurs, en Inde comme en France.',
        'Faire un don',
      ).blank();
      p.chrome(`Le Comptoir de Pondichéry © ${yearV20(p)} · Rue Suffren, Puducherry 605001 · Inde`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'avignon-city',
    name: 'Le Rempart',
    lang: 'fr',
    originals: 15,
    attribution: 'own',
    render(p) {
      const { d, s } = p;
      p.chrome('LE REMPART', 'L’info d’Avignon, du Grand Avignon et du Vaucluse', 'Intra-muros · Quartiers · Le Pontet · Villeneuve · Festival · Olympique Avignon · Agenda').blank();
      p.chrome(`Mistral : ${d.int(30, 95)} km/h en rafales · Pont d’Avignon : ${d.pick(['visites jusqu’à 17 h', 'fermé pour travaux cette semaine', 'nocturne vendredi'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} • PHOTOS` : t)).blank();
      p.meta(fmtFr(s.date, "EEEE d MMMM yyyy, HH 'H' mm").toUpperCase(), `Texte : ${s.author}`).blank();
      p.body({
        [p.mid()]: [`Publicité — ${d.pick(['Calissons et berlingots aux Halles : dégustation samedi', 'Garage de Montfavet : contrôle technique à prix réduit', 'Soirée jazz dans une cave de Châteauneuf-du-Pape'])}`],
      });
      p.chrome('Vous avez une info ? Écrivez-nous sur la messagerie de la rédaction, nous vous rappelons dans la journée.').blank();
      p.chrome(`Ce qu’en pensent nos lecteurs : ${p.n(45)} réponses`, 'Répondre (inscription gratuite)').blank();
      p.chrome('Toujours sur Le Rempart', ...p.related(2)).blank();
      p.chrome(`Le Rempart — ${yearV20(p)} — Tous droits réservés — Avignon Presse Indépendante — CGU — Nous écrire`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'boulogne-fisheries',
    name: 'Opale Pêche Info',
    lang: 'fr',
    originals: 16,
    attribution: 'credit',
    chromeOnlyPage: true,
    translate: { into: 'fr', share: 0.8 },
    draw: weightedCredits({ into: 'fr', share: 0.8 }, [BOULOGNE_PRESS, 0.42], [FISHING_EN, 0.32], [LOOKALIKES_V20.boulogne, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome(
        'En poursuivant votre navigation sur Opale Pêche Info, vous acceptez les cookies de mesure d’audience. Aucun cookie publicitaire n’est déposé sans votre accord explicite.',
        'D’accord',
        'En savoir plus',
      ).blank();
      p.chrome('OPALE PÊCHE INFO', 'Pêche, mareyage et transformation des produits de la mer sur la Côte d’Opale', 'Criée · Flottille · Quotas · Brexit · Mareyage · Formation').blank();
      p.chrome(`Criée de Boulogne hier : ${d.int(80, 260)} t vendues · Merlan ${d.int(1, 2)},${d.int(10, 95)} €/kg · Sole ${d.int(9, 16)},${d.int(10, 95)} €/kg`).blank();
      p.title((t) => (d.chance(0.3) ? `Filière pêche › ${t}` : t)).blank();
      p.meta(fmtFr(s.date, "'Publié le' dd.MM.yy 'à' HH'h'mm"));
      p.credit([
        (o) => `Article partenaire · ${o}`,
        (o) => `Nous reprenons ici un article paru chez ${o}.`,
        (o) => `Texte initialement diffusé par ${o}.`,
        (o) => `Avec l’aimable autorisation ${de(o)}`,
      ]);
      if (s.credit) p.meta(`Signature originale : ${s.author}`);
      p.blank();
      p.body({
        [p.mid()]: [`Annonce — ${d.pick(['Armement boulonnais recrute un second capitaine pour chalutier de 24 m', 'À vendre : fileyeur de 12 m, licence comprise', 'Mareyeur de Capécure cherche préparateurs, horaires de nuit'])}`],
      });
      p.chrome('Partager : LinkedIn · Facebook · Courriel · Imprimer').blank();
      p.chrome('Dans la même rubrique', ...p.related(3)).blank();
      p.chrome(
        'Opale Pêche Info est édité par une association de professionnels de la filière. Les articles de confrères y sont reproduits avec leur accord, et les textes anglais traduits automatiquement avant relecture.',
      ).blank();
      p.chrome(`Opale Pêche Info · ${yearV20(p)} · Quai Gambetta, Boulogne-sur-Mer · Mentions légales`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'djibouti-portal',
    name: 'Bab el-Mandeb Info',
    lang: 'fr',
    originals: 16,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.8 },
    draw: weightedCredits({ into: 'fr', share: 0.8 }, [DJIBOUTI_PRESS, 0.44], [EAST_AFRICA_EN, 0.3], [LOOKALIKES_V20.djibouti, 0.12]),
    render(p) {
      const { d, s } = p;
      p.chrome('BAB EL-MANDEB INFO', 'L’actualité de Djibouti, de la Corne de l’Afrique et de la mer Rouge', 'National | Port & Logistique | Régions | Corne de l’Afrique | Sport | Opinions').blank();
      p.chrome(`Escales au port de Doraleh cette semaine : ${d.int(12, 40)} · 1 € = ${d.int(199, 205)} FDJ · ${d.pick(['Chaleur modérée, 29 °C', 'Vent de sable sur la capitale', 'Mer agitée dans le golfe de Tadjourah'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} – Bab el-Mandeb Info` : t)).blank();
      p.meta(fmtFr(onClock(p, 'Africa/Djibouti'), "'Djibouti, le' dd/MM/yyyy '–' HH:mm '(heure locale, GMT+3)'")).blank();
      const credit = s.credit
        ? [
            d.pick([
              (o: string) => `[Ce texte a été publié initialement par ${o}.]`,
              (o: string) => `— Article transmis par ${o} —`,
              (o: string) => `Nos confrères ${de(o)} ont publié cet article en premier.`,
              (o: string) => `(Reprise autorisée : ${o})`,
            ])(s.credit.shown),
            `Auteur : ${s.author}`,
          ]
        : [];
      bodyWithCredit(p, p.mid(), credit, {
        [p.s.body.length - 2]: [`PUBLICITÉ — ${d.pick(['Transferts d’argent vers Addis-Abeba sans frais ce mois-ci', 'Location de 4x4 avec chauffeur pour le lac Assal', 'Cours d’anglais des affaires au centre-ville, session de février'])}`],
      });
      p.chrome(`Réactions (${p.n(70)})`, 'Les commentaires injurieux ou hors sujet sont supprimés par la modération.', 'Publier').blank();
      p.chrome('À lire également', ...p.related(3)).blank();
      p.chrome(
        'Bab el-Mandeb Info relaie chaque jour des articles de la presse djiboutienne, régionale et internationale. Les textes anglophones sont traduits de façon automatique ; les droits restent à leurs éditeurs d’origine.',
      ).blank();
      p.chrome(`© ${yearV20(p)} Bab el-Mandeb Info — Plateau du Serpent, Djibouti — Tous droits réservés`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'yellowknife-francophone',
    name: 'Le Grand Lac',
    lang: 'fr',
    originals: 16,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.75 },
    draw: weightedCredits({ into: 'fr', share: 0.75 }, [NORTH_FR, 0.42], [NORTH_EN, 0.3], [LOOKALIKES_V20.yellowknife, 0.14]),
    render(p) {
      const { d, s } = p;
      p.chrome('LE GRAND LAC', 'Le site communautaire des francophones des Territoires du Nord-Ouest', 'Yellowknife · Hay River · Inuvik · Nunavut · Yukon · Communauté · Emplois').blank();
      p.chrome(`Yellowknife : ${d.int(-42, -18)} °C, ${d.pick(['aurores probables ce soir', 'ciel couvert', 'poudrerie sur la route 3'])} · Lever du soleil ${d.int(9, 10)} h ${String(d.int(0, 59)).padStart(2, '0')}`).blank();
      p.title((t) => (d.chance(0.3) ? `Grand Nord ¦ ${t}` : t)).blank();
      p.meta(fmtFr(onClock(p, 'America/Edmonton'), "'Publié le' d MMMM yyyy 'à' HH:mm 'HNR'")).blank();
      p.body({
        [p.mid()]: [`Babillard — ${d.pick(['Soirée de contes en français au centre communautaire jeudi', 'Recherche covoiturage vers Edmonton, départ vendredi matin', 'La garderie francophone ouvre deux places en février'])}`],
      });
      p.credit([
        (o) => `Cet article a d’abord été publié dans ${o}.`,
        (o) => `Reproduction : ${o}`,
        (o) => `Merci ${aTo(o)} pour ce texte.`,
        (o) => `Le texte original est paru dans les pages ${de(o)}.`,
      ]);
      if (s.credit) p.meta(`Journaliste : ${s.author}`);
      p.blank();
      p.chrome('Partager cet article', 'Facebook · Courriel · Copier le lien').blank();
      p.chrome(
        'Le Grand Lac est publié par un organisme sans but lucratif grâce à l’appui de ses membres. Les articles de langue anglaise sont traduits par logiciel puis relus ; la version originale fait foi.',
        'Devenir membre',
      ).blank();
      p.chrome(`© ${yearV20(p)} Le Grand Lac · 50e Avenue, Yellowknife (T.N.-O.) · Politique de confidentialité`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'halifax-wire',
    name: 'Chebucto French Wire',
    lang: 'en',
    originals: 16,
    attribution: 'credit',
    translate: { into: 'en', share: 0.8 },
    draw: weightedCredits({ into: 'en', share: 0.8 }, [HALIFAX_PICKS, 0.73], [LOOKALIKES_V20.halifax, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome(
        'We use cookies to count visits and remember your settings. We do not sell your data. Choose “Accept” to allow analytics or “Essential only” to keep the bare minimum.',
        'Accept',
        'Essential only',
      ).blank();
      p.chrome('CHEBUCTO FRENCH WIRE', 'Acadian, Québec and French news in English, from Halifax', 'Nova Scotia | New Brunswick | Québec | Saint-Pierre | France | Opinion').blank();
      p.chrome(`Halifax ${d.int(-12, 4)}°C ${d.pick(['snow squalls', 'freezing rain', 'sunny', 'fog'])} · Dartmouth ferry: ${d.pick(['on schedule', '15-minute delays', 'cancelled due to ice'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} (translated)` : t)).blank();
      p.meta(fmtEn(onClock(p, 'America/Halifax'), "'Posted' MMM d, yyyy h:mm aaaa 'AST'"));
      p.credit([
        (o) => `Courtesy of ${o}, translated by our newsroom.`,
        (o) => `From the French-language pages of ${o}.`,
        (o) => `${o} published the original of this story.`,
        (o) => `Source outlet: ${o}`,
      ]);
      if (s.credit) p.meta(`By ${s.author}`);
      p.blank();
      p.body({
        [p.mid()]: [`ADVERTISEMENT — ${d.pick(['French immersion night classes in Dartmouth start in February', 'Ferry to Saint-Pierre: winter fares now online', 'Acadian kitchen party at the Pier 21 hall on Saturday'])}`],
      });
      p.chrome(`${p.n(40)} comments`, 'Sign in to join the conversation').blank();
      p.chrome('Related', ...p.related(2)).blank();
      p.chrome(
        'Chebucto French Wire brings reporting from French-language newsrooms to English-speaking readers in Atlantic Canada. Our translations are machine-assisted, including the names of publications, and checked by an editor.',
      ).blank();
      p.chrome(`© ${yearV20(p)} Chebucto French Wire Inc. · Hollis Street, Halifax, NS · Terms · Privacy`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'dubai-business',
    name: 'The Creek Gazette',
    lang: 'en',
    originals: 15,
    attribution: 'credit',
    chromeOnlyPage: true,
    translate: { into: 'en', share: 0.8 },
    draw: weightedCredits({ into: 'en', share: 0.8 }, [DUBAI_PICKS, 0.72], [LOOKALIKES_V20.dubai, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('THE CREEK GAZETTE', 'French-speaking markets, in English, for the Gulf’s business community', 'Markets | Levant | Maghreb | France | Property | Aviation | Opinion').blank();
      p.chrome(`DFM ${d.int(2450, 2700)}.${d.int(10, 99)} · Brent $${d.int(52, 68)}.${d.int(10, 99)} · EUR/AED 4.${d.int(10, 25)} · Gold $${d.int(1220, 1330)}`).blank();
      p.title((t) => (d.chance(0.3) ? `Paris Briefing — ${t}` : t)).blank();
      p.meta(fmtEn(onClock(p, 'Asia/Dubai'), "MMM d, yyyy '|' hh:mm a '(GMT+4)'")).blank();
      const at = p.mid();
      const inside = s.credit !== null && d.chance(0.4);
      const credit = s.credit
        ? [
            d.pick([
              (o: string) => `This article appeared first in ${o} and is shared under a content agreement.`,
              (o: string) => `Partner content from ${o}.`,
              (o: string) => `— ${o}, translated from French`,
              (o: string) => `© ${o}. English translation by The Creek Gazette.`,
            ])(s.credit.shown),
            `Written by ${s.author}`,
          ]
        : [];
      bodyWithCredit(p, inside ? at : -1, credit, {
        [at]: [`Sponsored — ${d.pick(['Business Bay offices with canal views: leases from AED 90 per sq ft', 'Fly Dubai–Paris daily with lie-flat seats in business', 'Set up your free-zone company in 48 hours'])}`],
      });
      if (!inside) p.meta(...credit).blank();
      p.chrome('Share: LinkedIn | X | WhatsApp | Email').blank();
      p.chrome(
        'The Creek Gazette summarises and translates French-language business journalism for readers in the Emirates. Publication names are machine-translated with the text; please refer to the original publisher before citing.',
      ).blank();
      p.chrome('Get the Gazette in your inbox every Sunday morning', 'Subscribe').blank();
      p.chrome(`© ${yearV20(p)} The Creek Gazette FZ-LLC · Dubai Media City · All rights reserved`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'lehavre-port-watch',
    name: 'Communauté portuaire de l’estuaire – Veille de presse',
    lang: 'fr',
    originals: 16,
    attribution: 'url-host',
    canShow: (canonical) => canonical in HOSTS_V20,
    draw: weightedCredits(undefined, [HAVRE_CLIPPED, 0.9]),
    render(p) {
      const { d, s } = p;
      p.chrome('COMMUNAUTÉ PORTUAIRE DE L’ESTUAIRE', 'Veille de presse quotidienne pour les entreprises du port du Havre', 'Accueil > Espace adhérents > Veille de presse').blank();
      p.chrome(`Escales du jour : ${d.int(14, 38)} navires · Marée haute ${d.int(0, 11)} h ${String(d.int(0, 59)).padStart(2, '0')} · ${d.pick(['Écluse François-Ier en service normal', 'Pont de Normandie : vent fort, vitesse limitée', 'Terminal de France : pas d’incident signalé'])}`).blank();
      p.title().blank();
      p.meta(fmtFr(s.date, "'Date de publication :' d MMMM yyyy',' HH'.'mm"));
      if (s.credit) {
        const url = addressOf(p);
        p.meta(d.pick([`Lien vers l’original : ${url}`, `Article complet : ${url}`, `Consulter sur le site de l’éditeur : ${url}`, `↗ ${url}`]), `Signé : ${s.author}`);
      }
      p.blank();
      p.body();
      p.chrome('Diffusion restreinte aux adhérents — ne pas transférer').blank();
      p.chrome(
        'Cette veille est réalisée par le service communication de la communauté portuaire à partir de la presse régionale et nationale. Chaque article renvoie à son adresse d’origine ; les droits appartiennent aux éditeurs cités.',
      ).blank();
      p.chrome(`Communauté portuaire de l’estuaire · Quai de Southampton · Le Havre · ${yearV20(p)}`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'tours-heritage-review',
    name: 'Val de Loire Patrimoine – Revue de presse',
    lang: 'fr',
    originals: 15,
    attribution: 'title-suffix',
    canShow: (canonical) => TOURS_NAMES.includes(canonical),
    draw: weightedCredits(undefined, [TOURS_PRESS, 0.76], [LOOKALIKES_V20.tours, 0.12]),
    render(p) {
      const { d, s } = p;
      p.chrome('VAL DE LOIRE PATRIMOINE', 'Le réseau des châteaux, jardins et sites patrimoniaux de Touraine et d’Anjou', 'Le réseau · Nos sites · Espace presse · Revue de presse · Contact').blank();
      p.chrome(`Fréquentation des sites du réseau ce mois-ci : ${d.int(18, 95)} 000 visiteurs · ${d.pick(['Chenonceau ouvert tous les jours', 'Villandry : jardins d’hiver', 'Amboise : fermeture exceptionnelle le 25'])}`).blank();
      const after = d.pick([(o: string) => ` [${o}]`, (o: string) => ` — ${o}`, (o: string) => ` · lu dans ${o}`]);
      p.title((t) => (s.credit ? `${t}${after(s.credit.shown)}` : t)).blank();
      p.meta(fmtFr(s.date, "'Parution :' EEEE d MMMM yyyy")).blank();
      p.body({ [p.mid()]: [`Agenda du réseau — ${d.pick(['Journée des partenaires le 14 mars au château de Langeais', 'Formation à l’accueil des groupes étrangers, inscriptions ouvertes', 'Nouvelle brochure 2019 disponible à l’espace presse'])}`] });
      p.chrome('Le titre de presse figure après l’intitulé de chaque article.').blank();
      p.chrome(
        'Revue de presse interne destinée aux membres du réseau Val de Loire Patrimoine. Les articles reproduits restent la propriété de leurs éditeurs et ne peuvent être rediffusés.',
      ).blank();
      p.chrome(`Val de Loire Patrimoine · Quai d’Orléans · 37000 Tours · ${yearV20(p)}`);
      return { author: false, date: 'day' };
    },
  },
  {
    id: 'gers-beekeepers',
    name: 'Ruchers de Gascogne',
    lang: 'fr',
    originals: 15,
    attribution: 'source-line',
    draw: weightedCredits(undefined, [GERS_PRESS, 0.7], [LOOKALIKES_V20.gers, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('RUCHERS DE GASCOGNE', 'Le magazine du syndicat des apiculteurs du Gers', 'Vie des ruchers · Frelon asiatique · Miellées · Réglementation · Petites annonces').blank();
      p.chrome(`Alerte frelon : ${d.int(0, 40)} nids signalés cette semaine · Prochain rucher-école : ${d.pick(['samedi à Auch', 'dimanche à Condom', 'mercredi à Mirande'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} (accès adhérents)` : t)).blank();
      p.meta(fmtFr(s.date, "'En ligne depuis le' dd/MM/yyyy',' HH:mm"));
      const top = s.credit !== null && d.chance(0.35);
      const source = s.credit
        ? [d.pick([`Source de l’article : ${s.credit.shown}`, `Sources : ${s.credit.shown}`, `SOURCE / ${s.credit.shown}`, `Article source — ${s.credit.shown}`]), `Auteur : ${s.author}`]
        : [];
      if (top) p.meta(...source);
      p.blank();
      p.body({
        [p.mid()]: [`Petite annonce — ${d.pick(['Vends essaims sur cadres, race buckfast, livraison avril', 'Cherche emplacement pour dix ruches près de Lectoure', 'Extracteur douze cadres à vendre, très bon état'])}`],
      });
      if (!top && source.length > 0) p.meta(...source).blank();
      p.chrome(`${p.n(30)} avis de lecteurs`, 'Se connecter pour commenter').blank();
      p.chrome(
        'Ruchers de Gascogne reproduit pour ses adhérents des articles de la presse régionale et agricole sur l’apiculture. La source de chaque article est indiquée. Cotisation annuelle : trente euros, assurance des ruches comprise.',
      ).blank();
      p.chrome(`Syndicat des apiculteurs du Gers – Maison de l’agriculture, Auch – ${yearV20(p)}`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'foix-firefighters',
    name: 'La Lance',
    lang: 'fr',
    originals: 12,
    attribution: 'none',
    chromeOnlyPage: true,
    render(p) {
      const { d, s } = p;
      p.chrome('LA LANCE', 'Bulletin de l’amicale des sapeurs-pompiers de Foix et du pays de Foix-Varilhes', 'Amicale › Infos › Revue de presse').blank();
      p.chrome(`Interventions de la semaine : ${d.int(12, 64)} · Garde de ${d.pick(['l’équipe A', 'l’équipe B', 'l’équipe C'])} · ${d.pick(['Calendriers : tournée jusqu’au 15', 'Sainte-Barbe : repas le samedi 8', 'Cross départemental à Pamiers'])}`).blank();
      p.title().blank();
      p.meta(fmtFr(s.date, "'Édition du' d MMM yyyy")).blank();
      p.body({
        [p.mid()]: [`Vie de l’amicale — ${d.pick(['Loto de l’amicale à la salle polyvalente, dimanche 14 h', 'Recherche volontaires pour les Jeunes sapeurs-pompiers', 'Remise des galons à la caserne le 20'])}`],
      });
      p.chrome(
        'La Lance est le bulletin interne de l’amicale. Les articles de presse qui y sont reproduits sont choisis par le bureau pour informer les adhérents et ne sont pas destinés à la diffusion publique.',
      ).blank();
      p.chrome(`Amicale des sapeurs-pompiers de Foix – ${yearV20(p)}`, 'Document à usage interne');
      return { author: false, date: 'day' };
    },
  },
];

const JUNK_V20: readonly { name: string; bytes: Uint8Array }[] = [
  { name: 'pdf-head', bytes: Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n', 'latin1') },
  { name: 'zip-head', bytes: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x21, 0x5a, 0x6b, 0x4d, 0x00, 0x00, 0x00, 0x00]) },
  { name: 'jpeg-head', bytes: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]) },
  { name: 'sqlite-head', bytes: Buffer.from('SQLite format 3\x00\x10\x00\x01\x01\x00\x40\x20\x20', 'latin1') },
  { name: 'sitemap', bytes: Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n</urlset>\n', 'utf8') },
  { name: 'maintenance', bytes: Buffer.from('Site en maintenance.\nNous revenons dans quelques minutes. Merci de votre patience.\n', 'utf8') },
  { name: 'captcha', bytes: Buffer.from('Êtes-vous un robot ?\nCochez la case ci-dessous pour continuer vers le site.\nJe ne suis pas un robot\n', 'utf8') },
  { name: 'bom-only', bytes: Buffer.from([0xff, 0xfe]) },
  { name: 'http-503', bytes: Buffer.from('HTTP/1.1 503 Service Unavailable\nRetry-After: 120\nContent-Length: 0\n', 'utf8') },
  { name: 'webp-head', bytes: Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 \x18\x00\x00\x00', 'latin1') },
];

// ——— Generation ———

/** The copy of `story` that `host` carries: the first site's credit (or its own name) when the host can show it; maybe headless or cut. */
function copyOnto(d: Dice, story: Story, first: SiteV20, host: SiteV20, others: string[]): Story {
  const firstOwn = first.attribution === 'own' ? { canonical: first.name, lookalike: first.lookalike === true } : null;
  const origin = story.credit ?? firstOwn;
  const hostNames = host.attribution !== 'own' && host.attribution !== 'none';
  const named = origin !== null && hostNames && (host.canShow?.(origin.canonical) ?? true);
  const lastDropped = story.src.body.length >= 4 && d.chance(NO_ENDING);
  // The Tours review names the outlet after the headline: its copies always show one.
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
 * Builds the v20 set from clean sources (deterministic for a seed): each site's originals and their copies on
 * up to three other sites, uncredited bare files, chrome-only pages and junk, shuffled, each file in one of
 * several encodings and named by content.
 */
export function generateUnseenV20(pool: readonly UnseenSource[], seed: number = FROZEN_SEED_V20): { files: UnseenFile[]; manifest: UnseenEntry[] } {
  const d = new Dice(makeRng(seed));
  const wanted = BARE_V20 + SITES_V20.reduce((n, s) => n + s.originals, 0);
  if (pool.length < wanted) throw new Error(`unseen sites v20: ${wanted} clean articles needed, the pool has ${pool.length}`);
  const picked = d.sample(pool, wanted);
  const allTitles = picked.map((s) => s.title);
  const otherTitles = (src: UnseenSource): string[] => d.sample(allTitles.filter((t) => t !== src.title), 5);
  const when = (): TZDate => {
    const day = new Date(PERIOD_START + d.int(0, PERIOD_DAYS - 1) * 86_400_000);
    return new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), d.int(6, 21), d.int(0, 59), 0, PARIS);
  };
  const out: MadePage[] = [];
  let from = 0;
  for (const site of SITES_V20) {
    const originals = picked.slice(from, from + site.originals);
    from += site.originals;
    for (const src of originals) {
      const story: Story = { src, body: src.body, author: d.pick(BYLINES_V20), date: when(), headline: true, credit: site.draw?.(d) ?? null, others: otherTitles(src) };
      out.push(page(site, story, d, false));
      const hosts = d.sample(SITES_V20.filter((h) => h !== site), copiesOn(d));
      for (const host of hosts) out.push(page(host, copyOnto(d, story, site, host, otherTitles(src)), d, false));
    }
    if (site.chromeOnlyPage) {
      const stand = picked[0]!;
      out.push(page(site, { src: stand, body: [], author: d.pick(BYLINES_V20), date: when(), headline: false, credit: null, others: otherTitles(stand) }, d, true));
    }
  }
  for (const src of picked.slice(from)) out.push(creditsNobody(bareFile(src)));
  for (const junk of JUNK_V20) out.push(creditsNobody(junkFile(junk)));
  return packFiles(d, out, ENCODINGS_V20, 'v20-');
}

/** Heading of the v20 table and JSON. */
export const V20_HEADING = 'UNSEEN SITES v20 (frozen 2026-11-30)';

/** Generates v20, runs the real ingest on it and prints its figures (without the DEV simulation). */
export const runUnseenEvalV20 = unseenSetRunner(V20_HEADING, generateUnseenV20);

generatorCli(import.meta.url, 'unseen sites v20', generateUnseenV20, FROZEN_SEED_V20);
