/**
 * Generates the FROZEN unseen-sites v17 evaluation set (issue 8): twelve more ordinary news sites, of kinds and places no earlier set had.
 *
 * FROZEN on 2026-11-30 (v17), at 20:06, written without reading the rules, when v16 (scripts/unseen-sites-v16.ts)
 * became development data because its misses were read. Written without reading the ingest rules (src/ingest/),
 * the word lists and outlet list (src/data/), the renderer and pages, the scorer beyond the types the generators
 * import, any score of this set or of any other, or any history of the project; of the earlier sets only the
 * shared scaffolding (scripts/unseen-sites.ts, v2's `page` and `SiteV2`, simulate-heldout's `Dice` and
 * encodings), v15's and v16's generators (for the format and the scaffolding calls, not their sites or
 * wordings) and the site lists in the headers of v3–v16 (to pick other kinds and places) were read. The sites,
 * outlets, credit wordings, translations, title decorations, date formats and chrome here are new. Nobody tunes
 * rules against it: do not read its misses while changing rules (`--show` stays 0), do not edit its templates,
 * wordings or seed to move a score. When a case fails, fix the general cause, then freeze a v18 and call this
 * one development data.
 *
 * `npm run eval:unseen` scores v1 to v16 then this set (`npm run eval:unseen:v17`, or `npm run eval -- --unseen
 * --unseen-set v17`, for this one only); `npx tsx scripts/unseen-sites-v17.ts --out DIR` only writes the folder
 * and its manifest (the v1 format, with v2's `outletEvidence`).
 *
 * The twelve sites: an Annecy (Haute-Savoie) daily site whose own name begins like a Grenoble daily's (a
 * look-alike, its own reporters), a neighbourhood blog of the Goutte-d'Or (Paris 18th arrondissement, its own
 * volunteer writers), a Saint-Barthélemy weekly (its own reporters, the day only), an Antananarivo (Madagascar)
 * portal crediting Malagasy and French papers and English-language outlets garbled into French word for word, a
 * Ouagadougou (Burkina Faso) portal pointing to the original's address, an Aosta Valley (Italy) bilingual press
 * review keeping the original's name after the headline, a motorcyclists' association site in the Var ending
 * reprints with a source line, a Saguenay (Québec) regional weekly crediting Québec papers, look-alike titles
 * and English-language Canadian papers garbled into French, an energy-transition news site crediting French
 * papers and English-language climate outlets garbled into French, a pensioners' association newsletter in the
 * Lot-et-Garonne crediting nobody, an Adelaide (South Australia) English-language site translating French and
 * Belgian papers' names into English word for word, and a Cape Town English-language site doing the same with
 * francophone African papers. Article text is read AT RUN TIME from ../shared/corpus/gilets-jaunes (v1's clean
 * pool, drawn with another seed): no corpus text is stored here.
 *
 * Title decorations (none of them part of the headline, which stays the publisher's): a prefix tag ("À CHAUD.
 * Titre" on the Annecy daily, "ANALYSE » Titre" on the energy site, "[Revue de presse] Titre" on the bikers'
 * site, "TRANSLATED | Title" on the Cape Town site), a note after the headline ("Titre (vidéo)" on the
 * Goutte-d'Or blog), a site-name suffix ("Title - Southern Cross Dispatch" on the Adelaide site), and on the
 * Aosta review the original outlet's name after " ~ ", " // " or " ▸ " (its evidence). Date formats: "10 janvier
 * 2019, 14:05 (màj 16:40)", "posté le 10 janvier 2019 à 14 h 05 par …", "N° 1184 — jeudi 10 janvier 2019",
 * "10-01-2019 | 14:05 (heure de Paris)", "Publié le : 10 janvier 2019 - 14 h 05 min", "Revue de presse / Rassegna
 * stampa – 10.01.2019", "Message publié : jeu. 10 janv. 2019 14:05", "En ligne depuis le 10/01/2019",
 * "10.01.2019 — mis en ligne à 14 h 05", "Envoyée aux adhérents le 10/01/2019", "January 10, 2019 — 14:05 (Paris
 * time)" and "Thursday, 10 January 2019 · 2:05 PM (Paris, UTC+1)".
 *
 * Expected outlet: v2's convention (who published the article first, as the file credits it), recorded per
 * file in `outletEvidence`: machine-translated names of real outlets expect the real outlet's usual name,
 * look-alike names are kept as written, the site's own name is the outlet only where it shows its masthead and
 * its own staff's byline, the republisher is the site's name whenever the file credits another outlet, and null
 * when nothing credits one. Republishing sites show a byline only beside a credit. Every date and time shown is
 * Paris time (winter 2018-19, so always UTC+1: "heure de Paris" on the Antananarivo portal, "Paris time" and
 * "UTC+1" on the English sites); the Saint-Barthélemy weekly, the Aosta review, the Saguenay weekly and the
 * pensioners' newsletter show the day only.
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

/** The v17 seed: no earlier set drew with it. */
export const FROZEN_SEED_V17 = 20261130_17;
/** Clean articles written as they are, headline and paragraphs only, with no credit at all. */
const BARE_V17 = 10;
/** Share of copies that lost their headline line in the scrape. */
const LOST_HEADLINE = 0.31;
/** Share of copies whose closing paragraph was cut off (only bodies of four paragraphs or more). */
const LOST_ENDING = 0.25;
/** The period: 88 days from 6 December 2018, all in Paris winter time (UTC+1). */
const START_UTC = Date.UTC(2018, 11, 6);
const SPAN = 88;
const PARIS_ZONE = 'Europe/Paris';
/** The encodings files are drawn in: UTF-8 half of the time, else with a BOM, in Windows-1252, UTF-16 LE or with CRLF ends. */
const ENCODINGS_V17: readonly Encoding[] = ['utf-8', 'utf-8-crlf', 'cp1252', 'utf-8', 'utf-8-bom', 'utf-16le-bom', 'utf-8', 'cp1252-crlf', 'utf-8', 'cp1252', 'utf-8-bom', 'utf-8'];

/** How many other sites carry a copy of one original. */
function copiesElsewhere(d: Dice): number {
  const r = d.next();
  if (r < 0.55) return 0;
  if (r < 0.85) return 1;
  return r < 0.96 ? 2 : 3;
}

// ——— People ———

const WRITERS = [
  'Margaux Perrillat', 'Jérémie Pollet-Villard', 'Inès Bouchelaghem', 'Oumar Sawadogo', 'Fanja Rakotomalala', 'Hery Andriamanana',
  'Chiara Vuillermoz', 'Davide Marguerettaz', 'Ludovic Giraud-Brun', 'Sandrine Lapointe', 'Étienne Tremblay-Gagnon', 'Clémence Aubague',
  'Hugo Lestrade', 'Odile Cassagne', 'Liam Hartigan', 'Jessica Pham', 'Thandiwe Mokoena', 'Pieter van Wyk', 'Rose-Marie Gréaux', 'Awa Ouédraogo',
];
const PHOTO_V17 = ['Antoine Mollier', 'Ravaka Rasolofo', 'Gianni Cerise', 'Nomvula Dube'];

// ——— Outlets ———

const MADA_FR = ['Midi Madagasikara', 'L’Express de Madagascar', 'Newsmada', 'La Gazette de la Grande Île', 'RFI', 'Le Monde', 'Le Figaro', 'Ouest-France'];
const OCEAN_EN = ['Daily Maverick', 'The Citizen', 'News24', 'The Times of India', 'Hindustan Times'];
const BURKINA_HOSTED = ['L’Observateur Paalga', 'Le Pays', 'Sidwaya', 'Lefaso.net', 'Burkina24', 'RFI', 'Jeune Afrique', 'Le Monde', 'France 24', 'Fraternité Matin'];
const AOSTA_PRESS = ['La Stampa', 'Corriere della Sera', 'la Repubblica', 'Gazzetta Matin', 'La Vallée Notizie', 'Le Dauphiné libéré', 'Le Temps', 'Le Monde', 'Le Figaro', 'Tribune de Genève'];
const MOTO_PRESS = ['Moto Journal', 'Moto Magazine', 'Var-Matin', 'Nice-Matin', 'Le Parisien', 'Caradisiac', 'Auto Plus', 'Le Figaro', 'France Bleu'];
const QUEBEC_FR = ['Le Devoir', 'La Presse', 'Le Soleil', 'Radio-Canada', 'TVA Nouvelles', 'Le Journal de Québec', 'La Presse canadienne'];
const CANADA_EN = ['Montreal Gazette', 'Toronto Star', 'National Post', 'Ottawa Citizen', 'The Chronicle Herald'];
const ENERGY_FR = ['Reporterre', 'Le Monde', 'Les Échos', 'Libération', 'Novethic', 'Actu-Environnement', 'Le Figaro'];
const CLIMATE_EN = ['Carbon Brief', 'Inside Climate News', 'Climate Home News', 'Grist', 'The Times', 'Evening Standard'];
const ADELAIDE_PICKS = ['Le Parisien', 'Ouest-France', 'La Voix du Nord', 'Midi Libre', 'Le Canard enchaîné', 'La Croix', 'L’Humanité', 'Le Dauphiné libéré', 'La Dernière Heure', 'L’Avenir', '24 heures'];
const CAPE_PICKS = ['Fraternité Matin', 'L’Observateur Paalga', 'Le Potentiel', 'La Presse de Tunisie', 'L’Intelligent d’Abidjan', 'L’Expression', 'L’Essor', 'Le Pays'];

/** Invented outlets whose names begin like a known outlet's: the expected outlet is the name as written. */
const SOUND_ALIKES = {
  mada: ['L’Express de Tamatave', 'Midi Océan Indien'],
  aosta: ['La Stampa Alpina'],
  moto: ['Var-Matin Moto', 'Le Parisien des Motards'],
  saguenay: ['Le Devoir du Fjord', 'Le Soleil du Royaume'],
  energy: ['Reporterre du Sud', 'Les Échos de la Transition'],
  adelaide: ['The Voice of the Northern Territory', 'Le Canard de Glenelg'],
  cape: ['Le Pays Réel du Sahel', 'Le Potentiel du Kasaï'],
} as const;
const SOUND_ALIKE: ReadonlySet<string> = new Set(Object.values(SOUND_ALIKES).flat());

/** Francophone names as a translation engine renders them in English, word for word (some reorder the words). */
const INTO_ENGLISH: Record<string, readonly string[]> = {
  'Le Parisien': ['The Parisian'],
  'Ouest-France': ['West-France', 'West France'],
  'La Voix du Nord': ['The Voice of the North', 'North Voice'],
  'Midi Libre': ['Free Midi', 'Free South'],
  'Le Canard enchaîné': ['The Chained Duck', 'The Chained-Up Duck'],
  'La Croix': ['The Cross'],
  'L’Humanité': ['Humanity', 'The Humanity'],
  'Le Dauphiné libéré': ['The Liberated Dauphiné', 'The Dauphiné Freed'],
  'La Dernière Heure': ['The Last Hour', 'Last Hour'],
  'L’Avenir': ['The Future'],
  '24 heures': ['24 Hours', 'Twenty-Four Hours'],
  'Fraternité Matin': ['Fraternity Morning', 'Morning Brotherhood'],
  'L’Observateur Paalga': ['The Paalga Observer', 'The Observer Paalga'],
  'Le Potentiel': ['The Potential'],
  'La Presse de Tunisie': ['The Press of Tunisia', 'Tunisia Press'],
  'L’Intelligent d’Abidjan': ['The Intelligent of Abidjan', 'Abidjan Intelligent'],
  'L’Expression': ['The Expression'],
  'L’Essor': ['The Rise', 'The Upswing'],
  'Le Pays': ['The Country'],
};
/** English-language names as a translation engine garbles them in French, word for word (some reorder the words). */
const INTO_FRENCH: Record<string, readonly string[]> = {
  'Daily Maverick': ['Le Franc-Tireur quotidien', 'Quotidien Non-Conformiste'],
  'The Citizen': ['Le Citoyen'],
  'News24': ['Nouvelles24', 'Nouvelles 24'],
  'The Times of India': ['Les Temps de l’Inde', 'Les Temps d’Inde'],
  'Hindustan Times': ['Les Temps de l’Hindoustan', 'Temps Hindoustan'],
  'Montreal Gazette': ['La Gazette de Montréal', 'Gazette Montréal'],
  'Toronto Star': ['L’Étoile de Toronto', 'Étoile Toronto'],
  'National Post': ['La Poste nationale', 'Le Poste National'],
  'Ottawa Citizen': ['Le Citoyen d’Ottawa', 'Citoyen Ottawa'],
  'The Chronicle Herald': ['Le Héraut de la Chronique', 'La Chronique Héraut'],
  'Carbon Brief': ['Bref Carbone', 'Le Bref du Carbone'],
  'Inside Climate News': ['Nouvelles du Climat de l’Intérieur', 'À l’intérieur des Nouvelles climatiques'],
  'Climate Home News': ['Nouvelles de la Maison Climat', 'Maison du Climat Nouvelles'],
  'Grist': ['Mouture', 'Le Grain à moudre'],
  'The Times': ['Les Temps'],
  'Evening Standard': ['L’Étendard du soir', 'Norme du Soir'],
};

/** Web hosts the Ouagadougou portal links to. */
const SITE_HOSTS: Record<string, string> = {
  'L’Observateur Paalga': 'www.lobservateur.bf', 'Le Pays': 'lepays.bf', 'Sidwaya': 'www.sidwaya.info', 'Lefaso.net': 'lefaso.net',
  'Burkina24': 'burkina24.com', 'RFI': 'www.rfi.fr', 'Jeune Afrique': 'www.jeuneafrique.com', 'Le Monde': 'www.lemonde.fr',
  'France 24': 'www.france24.com', 'Fraternité Matin': 'www.fratmat.info', 'Le Figaro': 'www.lefigaro.fr', 'Ouest-France': 'www.ouest-france.fr',
  'Le Parisien': 'www.leparisien.fr', 'La Croix': 'www.la-croix.com', 'L’Humanité': 'www.humanite.fr', 'Midi Libre': 'www.midilibre.fr',
  'La Voix du Nord': 'www.lavoixdunord.fr', 'Le Dauphiné libéré': 'www.ledauphine.com', 'Reporterre': 'reporterre.net', 'Les Échos': 'www.lesechos.fr',
  'Libération': 'www.liberation.fr', 'Le Devoir': 'www.ledevoir.com', 'La Presse': 'www.lapresse.ca', 'Radio-Canada': 'ici.radio-canada.ca',
  'Le Journal de Québec': 'www.journaldequebec.com', 'Var-Matin': 'www.varmatin.com', 'Nice-Matin': 'www.nicematin.com',
  'Midi Madagasikara': 'midi-madagasikara.mg', 'L’Express de Madagascar': 'lexpress.mg', 'La Stampa': 'www.lastampa.it', 'Le Temps': 'www.letemps.ch',
  'Corriere della Sera': 'www.corriere.it', 'Tribune de Genève': 'www.tdg.ch', 'La Dernière Heure': 'www.dhnet.be',
};

/** Names the Aosta review prints after a headline. */
const AFTER_TITLE: readonly string[] = [...AOSTA_PRESS, ...SOUND_ALIKES.aosta, 'Le Dauphiné des Aravis', 'Le Parisien', 'Le Devoir', 'Libération', 'Ouest-France'];

type Into = SiteV2['translate'];

/** A v17 site: a v2 site, plus which originals its way of crediting can show on a copy (all when absent). */
interface SiteV17 extends SiteV2 {
  shows?: (canonical: string) => boolean;
}

/** The credit of `canonical` as printed by a site that translates names into `into`'s language (or not at all). */
function printedName(d: Dice, canonical: string, into: Into, lookalike = SOUND_ALIKE.has(canonical)): Credit {
  const table = into === undefined ? undefined : into.into === 'en' ? INTO_ENGLISH : INTO_FRENCH;
  const renderings = table?.[canonical];
  const translated = renderings !== undefined && d.chance(into!.share);
  return { canonical, shown: translated ? d.pick(renderings) : canonical, translated, lookalike };
}

/** Weighted pools of outlets for an original; the weight left over credits nobody. */
function outletPools(into: Into, ...pools: (readonly [readonly string[], number])[]): (d: Dice) => Credit | null {
  return (d) => {
    const r = d.next();
    let upTo = 0;
    for (const [names, weight] of pools) {
      upTo += weight;
      if (r < upTo) return printedName(d, d.pick(names), into);
    }
    return null;
  };
}

// ——— Template helpers ———

const yearOf = (p: Page): string => fmtFr(p.s.date, 'yyyy');
/** A republisher names the original's writer only next to the credit. */
const writerBesideCredit = (p: Page, date: Shown['date']): Shown => ({ author: p.s.credit !== null, date });
/** A "16:40"-style time, one to three hours after the publication time, on the same day. */
function amendedAt(p: Page): string {
  const hour = Math.min(23, p.s.date.getHours() + p.d.int(1, 3));
  return `${String(hour).padStart(2, '0')}:${String(p.d.int(0, 59)).padStart(2, '0')}`;
}
/** The address of the original on its outlet's site, in one of three URL shapes. */
function linkToOriginal(p: Page): string {
  const { d, s } = p;
  const host = SITE_HOSTS[s.credit!.canonical]!;
  const tail = slug(s.src.title);
  return d.pick([
    () => `https://${host}/${fmtFr(s.date, 'yyyy/MM/dd')}/${tail}/`,
    () => `https://${host}/article/${d.int(10_000, 99_999)}-${tail}`,
    () => `http://${host}/index.php?id=${d.int(100_000, 400_000)}&titre=${tail}`,
  ])();
}
/** A Saint-Barthélemy issue number, growing week by week over the period. */
const issueNumber = (p: Page): number => 1180 + Math.floor((p.s.date.getTime() - START_UTC) / (7 * 86_400_000));

// ——— The twelve sites ———

export const SITES_V17: readonly SiteV17[] = [
  {
    id: 'annecy-daily',
    name: 'Le Dauphiné des Aravis',
    lang: 'fr',
    originals: 16,
    attribution: 'own',
    lookalike: true,
    chromeOnlyPage: true,
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Avec votre accord, nous et nos 212 partenaires utilisons des traceurs pour mesurer l’audience, personnaliser les contenus et financer le journal par la publicité. Vous pourrez modifier vos préférences à tout moment depuis le lien « Gérer mes choix » en bas de page.',
        'Tout accepter',
        'Continuer sans accepter',
      ).blank();
      p.chrome('LE DAUPHINÉ DES ARAVIS', 'Annecy · Thônes · La Clusaz · Le Grand-Bornand · Faverges', `Lac d’Annecy : ${d.int(4, 8)} °C | Col des Aravis : ${d.pick(['ouvert', 'fermé', 'équipements obligatoires'])}`).blank();
      p.chrome(`Actualité > Haute-Savoie > ${d.pick(['Annecy', 'Vallée de Thônes', 'Pays de Faverges', 'Rumilly'])}`);
      p.title((t) => (d.chance(0.3) ? `À CHAUD. ${t}` : t)).blank();
      p.meta(`${fmtFr(s.date, 'd MMMM yyyy, HH:mm')} (màj ${amendedAt(p)})`, `Un article signé ${s.author}, bureau d’Annecy`).blank();
      p.chrome(`Crédit photo : ${d.pick(PHOTO_V17)} / Le Dauphiné des Aravis`);
      p.body({ [p.mid()]: [`À lire également — ${p.related(1)[0]!}`] });
      p.chrome('Réagir · Partager · Enregistrer', `${p.n(60)} contributions`).blank();
      p.chrome(
        'La suite de nos enquêtes sur les vallées des Aravis est réservée aux abonnés numériques. Pour un euro le premier mois, accédez à toutes nos éditions, du conseil municipal de Thônes aux ouvertures des remontées mécaniques, et recevez le journal du jour dès six heures sur votre téléphone.',
        'Je profite de l’offre',
      ).blank();
      p.chrome(`© Le Dauphiné des Aravis ${yearOf(p)} – Presse Alpine Éditions SAS – Reproduction interdite sans accord écrit`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'goutte-dor-blog',
    name: 'La Goutte d’Info',
    lang: 'fr',
    originals: 14,
    attribution: 'own',
    render(p) {
      const { d, s } = p;
      p.chrome('La Goutte d’Info', 'Le blog de quartier de la Goutte-d’Or, de Château-Rouge et de La Chapelle (Paris 18e)', 'Accueil – Vie du quartier – Commerces – Écoles – Agenda – Qui sommes-nous ?').blank();
      p.title((t) => (d.chance(0.3) ? `${t} (vidéo)` : t)).blank();
      p.meta(`posté le ${fmtFr(s.date, "d MMMM yyyy 'à' H 'h' mm")} par ${s.author}`).blank();
      p.body({ [p.mid()]: [`Le marché Dejean est ouvert ${d.pick(['jusqu’à 19 h', 'dès 8 h', 'tous les jours sauf lundi'])} : passez nous dire bonjour au stand du blog`] });
      p.chrome(`Catégories : ${d.sample(['Rue Myrha', 'Square Léon', 'Barbès', 'Marx-Dormoy', 'Mobilisation', 'Solidarités'], 2).join(', ')}`).blank();
      p.chrome('Articles liés :', ...p.related(2)).blank();
      p.chrome(`${p.n(25)} commentaires`, 'Laisser un commentaire', 'Votre adresse e-mail ne sera pas publiée.', 'Nom *', 'Publier').blank();
      p.chrome(
        'Les textes de La Goutte d’Info sont écrits par des habitantes et des habitants bénévoles et publiés sous licence Creative Commons BY-NC-SA : vous pouvez les reprendre sans usage commercial, en citant le blog et en partageant dans les mêmes conditions. Les photos restent la propriété de leurs auteurs.',
      ).blank();
      p.chrome(`La Goutte d’Info ${yearOf(p)} – Hébergé par une association du quartier – Contact : redaction@gouttedinfo.example`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'st-barth-weekly',
    name: 'Gustavia Hebdo',
    lang: 'fr',
    originals: 14,
    attribution: 'own',
    render(p) {
      const { d, s } = p;
      p.chrome('GUSTAVIA HEBDO', 'Toute l’actualité de Saint-Barthélemy, chaque jeudi', `Météo marine : houle de ${d.int(1, 3)},${d.int(0, 9)} m, alizés ${d.int(10, 25)} nœuds`).blank();
      p.title().blank();
      p.meta(`N° ${issueNumber(p)} — ${fmtFr(s.date, 'EEEE d MMMM yyyy')}`, `— ${s.author}`).blank();
      p.body({ [p.mid()]: [`Annonce — ${d.pick(['Loue studio à Lorient, vue mer, à l’année', 'Cherche équipier pour la Saint-Barth Cata Cup', 'Vends scooter 125, contrôle technique à jour'])}`] });
      p.chrome('Envoyez vos informations, photos et annonces à la rédaction, rue de la République, Gustavia.').blank();
      p.chrome(
        'Gustavia Hebdo est distribué gratuitement chaque jeudi dans les commerces de l’île, à l’aéroport Rémy-de-Haenen et au port de Gustavia. Il vit exclusivement de ses annonceurs. La version en ligne reprend l’intégralité de l’édition imprimée, mise en ligne le jour de sa parution.',
      ).blank();
      p.chrome(`Gustavia Hebdo © ${yearOf(p)} – Éditions des Alizés SARL – Saint-Barthélemy (97133)`);
      return { author: true, date: 'day' };
    },
  },
  {
    id: 'tana-portal',
    name: 'Tana Actu Express',
    lang: 'fr',
    originals: 16,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.8 },
    draw: outletPools({ into: 'fr', share: 0.8 }, [MADA_FR, 0.44], [OCEAN_EN, 0.3], [SOUND_ALIKES.mada, 0.12]),
    render(p) {
      const { d, s } = p;
      p.chrome('TANA ACTU EXPRESS', 'L’actualité malgache et du monde, minute par minute', 'Politique • Économie • Société • Régions • International • Sports').blank();
      p.chrome(`Taux du jour : 1 € = ${d.int(3900, 4100)} Ar`).blank();
      p.title().blank();
      p.meta(fmtFr(s.date, "dd-MM-yyyy '|' HH:mm '(heure de Paris)'"));
      p.credit([
        (o) => `Texte gracieusement cédé par ${o}.`,
        (o) => `Nous relayons ici un article ${de(o)}.`,
        (o) => `Initialement mis en ligne par ${o}.`,
        (o) => `Provenance : ${o}`,
      ]);
      if (s.credit) p.meta(`Article rédigé par ${s.author}`);
      p.blank();
      p.body({ [p.mid()]: ['PUBLICITÉ — Telma Mobile Money : envoyez de l’argent sans frais ce week-end'] });
      p.chrome('Dans la même rubrique', ...p.related(3)).blank();
      p.chrome(
        'Tana Actu Express sélectionne chaque jour des articles de la presse malgache et internationale. Les textes repris appartiennent à leurs éditeurs respectifs et sont publiés avec leur accord ; toute copie des contenus propres à Tana Actu Express est soumise à l’autorisation écrite de la rédaction, à Antananarivo.',
      ).blank();
      p.chrome(`Tana Actu Express © ${yearOf(p)} — Analakely, Antananarivo 101`);
      return writerBesideCredit(p, 'full');
    },
  },
  {
    id: 'ouaga-portal',
    name: 'Faso Veille',
    lang: 'fr',
    originals: 16,
    attribution: 'url-host',
    shows: (canonical) => canonical in SITE_HOSTS,
    draw: outletPools(undefined, [BURKINA_HOSTED, 0.9]),
    render(p) {
      const { d, s } = p;
      p.chrome('FASO VEILLE', 'La veille de l’information burkinabè et internationale', `Ouagadougou : ${d.int(28, 36)} °C, harmattan`).blank();
      p.chrome('Accueil / Nation / Économie / Culture / Afrique / Monde');
      p.title().blank();
      p.meta(fmtFr(s.date, "'Publié le :' d MMMM yyyy '-' HH 'h' mm 'min'"));
      if (s.credit) {
        const url = linkToOriginal(p);
        p.meta(d.pick([`Article complet : ${url}`, `Lien vers l’original : ${url}`, `Retrouvez cet article sur ${url}`, `Origine : ${url}`]), `Signature d’origine : ${s.author}`);
      }
      p.blank();
      p.body({ [p.mid()]: ['Annonce — Orange Money : vos factures SONABEL payées en un clic'] });
      p.chrome('Partager sur : Facebook | WhatsApp | Twitter | Imprimer').blank();
      p.chrome(
        'Faso Veille rassemble pour ses lecteurs de l’intérieur et de la diaspora des articles publiés par les médias burkinabè et étrangers. Chaque article renvoie à son adresse d’origine ; les droits restent acquis à ses éditeurs. Les commentaires injurieux ou diffamatoires sont supprimés sans préavis.',
      ).blank();
      p.chrome(`Faso Veille ${yearOf(p)} – Ouaga 2000 – Tous droits réservés`);
      return writerBesideCredit(p, 'full');
    },
  },
  {
    id: 'aosta-review',
    name: 'Vallée d’Aoste Presse',
    lang: 'fr',
    originals: 15,
    attribution: 'title-suffix',
    shows: (canonical) => AFTER_TITLE.includes(canonical),
    draw: outletPools(undefined, [AOSTA_PRESS, 0.82], [SOUND_ALIKES.aosta, 0.1]),
    render(p) {
      const { d, s } = p;
      p.chrome('VALLÉE D’AOSTE PRESSE', 'La revue de presse bilingue de la Vallée d’Aoste · La rassegna stampa bilingue', 'Aoste / Aosta – Courmayeur – Cogne – Pont-Saint-Martin').blank();
      const sep = d.pick([' ~ ', ' // ', ' ▸ ']);
      p.title((t) => (s.credit ? `${t}${sep}${s.credit.shown}` : t)).blank();
      p.meta(`Revue de presse / Rassegna stampa – ${fmtFr(s.date, 'dd.MM.yyyy')}`).blank();
      p.body({ [p.mid()]: [`Tunnel du Mont-Blanc : ${d.pick(['circulation normale', 'alternat de nuit', 'fermeture de 22 h à 6 h'])}`] });
      p.chrome('Condividi · Partager · Envoyer à un ami').blank();
      p.chrome(
        'Vallée d’Aoste Presse reprend chaque matin, en français et en italien, des articles consacrés à la Vallée d’Aoste, aux Alpes et aux pays voisins. Le journal d’origine est indiqué à la suite du titre ; les articles demeurent la propriété exclusive de leurs éditeurs, à qui toute demande de reproduction doit être adressée.',
      ).blank();
      p.chrome(`Vallée d’Aoste Presse – association culturelle – Aoste, ${yearOf(p)}`);
      return { author: false, date: 'day' };
    },
  },
  {
    id: 'var-bikers',
    name: 'Deux-Roues Libres 83',
    lang: 'fr',
    originals: 16,
    attribution: 'source-line',
    draw: outletPools(undefined, [MOTO_PRESS, 0.68], [SOUND_ALIKES.moto, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('DEUX-ROUES LIBRES 83', 'L’association des motards et scootéristes du Var', 'Actus · Balades · Sécurité routière · Adhérer · Forum').blank();
      p.chrome(`Prochaine balade : ${d.pick(['Gorges du Verdon', 'Col de Babaou', 'Massif des Maures', 'Sainte-Baume'])}, dimanche, départ 9 h`).blank();
      p.title((t) => (d.chance(0.3) ? `[Revue de presse] ${t}` : t)).blank();
      p.meta(`Message publié : ${fmtFr(s.date, 'EEE d MMM yyyy HH:mm')}`).blank();
      p.body({ [p.mid()]: ['Adhésion 2019 : 25 euros, assurance défense juridique comprise'] });
      if (s.credit) p.meta(d.pick([`📰 Source : ${s.credit.shown}`, `Source(s) : ${s.credit.shown}`, `Info source → ${s.credit.shown}`, `(Source ${s.credit.shown})`]), `Journaliste : ${s.author}`);
      p.blank();
      p.chrome('Roulez couverts, roulez prudents ! Partagez ce message avec votre moto-club.').blank();
      p.chrome(
        'Deux-Roues Libres 83 est une association loi 1901 de défense des usagers de deux-roues motorisés. Les articles de presse relayés ici le sont dans un but d’information de nos adhérents, avec mention de leur source ; ils n’engagent pas l’association, qui reste indépendante de tout parti et de tout constructeur.',
      ).blank();
      p.chrome(`Deux-Roues Libres 83 – ${yearOf(p)} – Siège : La Garde (Var)`);
      return writerBesideCredit(p, 'full');
    },
  },
  {
    id: 'saguenay-weekly',
    name: 'Le Bleuet du Fjord',
    lang: 'fr',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.78 },
    draw: outletPools({ into: 'fr', share: 0.78 }, [QUEBEC_FR, 0.4], [CANADA_EN, 0.32], [SOUND_ALIKES.saguenay, 0.12]),
    render(p) {
      const { d, s } = p;
      p.chrome('LE BLEUET DU FJORD', 'L’hebdo régional du Saguenay–Lac-Saint-Jean — Chicoutimi, Jonquière, La Baie, Alma, Roberval', 'Nouvelles | Régions | Affaires | Plein air | Nécrologie').blank();
      p.chrome(`Route 175 (parc des Laurentides) : ${d.pick(['chaussée enneigée', 'visibilité réduite', 'conditions hivernales'])}`).blank();
      p.title().blank();
      p.meta(`En ligne depuis le ${fmtFr(s.date, 'dd/MM/yyyy')}`);
      p.credit([
        (o) => `Ce texte provient ${de(o)} et est reproduit grâce à une entente de partage.`,
        (o) => `Publié en premier lieu dans ${o}`,
        (o) => `Texte fourni par ${o}.`,
        (o) => `Droits de reproduction accordés par ${o}.`,
      ]);
      if (s.credit) p.meta(`Un texte de ${s.author}`);
      p.blank();
      p.body({ [p.mid()]: [`PUBLICITÉ — ${d.pick(['Caisse Desjardins de Chicoutimi : REER, dernière semaine', 'Carnaval souvenir de Chicoutimi : billets en vente', 'Pourvoirie du Lac-Kénogami : forfaits pêche blanche'])}`] });
      p.chrome('Vous avez une nouvelle à nous signaler ? Écrivez à la salle de rédaction.').blank();
      p.chrome(
        'Vous avez lu vos trois articles gratuits ce mois-ci. Abonnez-vous au Bleuet du Fjord pour 2,99 $ par semaine et soutenez une information régionale produite au Saguenay–Lac-Saint-Jean. Annulez quand vous le voulez ; taxes en sus.',
        'M’abonner',
        'Déjà abonné ? Se connecter',
      ).blank();
      p.chrome(`© ${yearOf(p)} Les Publications du Royaume inc., Saguenay (Québec). Tous droits réservés.`);
      return writerBesideCredit(p, 'day');
    },
  },
  {
    id: 'energy-site',
    name: 'Watt Transition',
    lang: 'fr',
    originals: 16,
    attribution: 'credit',
    chromeOnlyPage: true,
    translate: { into: 'fr', share: 0.76 },
    draw: outletPools({ into: 'fr', share: 0.76 }, [ENERGY_FR, 0.4], [CLIMATE_EN, 0.32], [SOUND_ALIKES.energy, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('WATT TRANSITION', 'Énergie, climat, mobilités : l’actualité de la transition', 'Carburants | Électricité | Rénovation | Fiscalité verte | Idées').blank();
      p.chrome(`Brent : ${d.int(52, 68)},${d.int(10, 99)} $ | Gazole à la pompe : 1,${d.int(40, 55)} €/l`).blank();
      p.title((t) => (d.chance(0.28) ? `ANALYSE » ${t}` : t)).blank();
      p.meta(`${fmtFr(s.date, 'dd.MM.yyyy')} — mis en ligne à ${fmtFr(s.date, "HH 'h' mm")}`);
      p.credit([
        (o) => `Une publication originale de ${o}.`,
        (o) => `Article issu du fil de notre partenaire ${o}.`,
        (o) => `Partenariat éditorial : ${o}`,
        (o) => `Repris ${de(o)}, tous droits réservés.`,
      ]);
      if (s.credit) p.meta(`Reportage signé ${s.author}`);
      p.blank();
      p.body({ [p.mid()]: ['Conférence en ligne : « Taxe carbone, et maintenant ? », mardi 18 h'] });
      p.chrome(`Mots-clés : ${d.sample(['taxe carbone', 'prix des carburants', 'mobilité rurale', 'chèque énergie', 'précarité énergétique', 'véhicules électriques'], 3).join(' · ')}`).blank();
      p.chrome(
        'Chaque vendredi, la lettre de Watt Transition résume en cinq minutes ce qui a changé dans la politique énergétique, les prix et les marchés. Gratuite, sans publicité, et vous pouvez vous en désabonner d’un clic ; votre adresse ne sert qu’à cet envoi.',
        'Votre adresse électronique',
        'Je m’inscris',
      ).blank();
      p.chrome(`Watt Transition — SAS Kilowatt Médias — ISSN 2609-${d.int(1000, 9999)} — © ${yearOf(p)}`, 'Mentions légales | Charte de confidentialité | Nous contacter');
      return writerBesideCredit(p, 'full');
    },
  },
  {
    id: 'pensioners-newsletter',
    name: 'Le Lien des Aînés du Villeneuvois',
    lang: 'fr',
    originals: 12,
    attribution: 'none',
    chromeOnlyPage: true,
    render(p) {
      const { d, s } = p;
      p.chrome('LE LIEN DES AÎNÉS DU VILLENEUVOIS', 'Lettre de l’association des retraités de Villeneuve-sur-Lot et environs', 'Sorties · Ateliers mémoire · Entraide · Adhésions').blank();
      p.chrome(d.pick(['L’actualité expliquée par nos adhérents', 'Ce qu’il faut savoir cette semaine', 'Revue d’actualité du bureau']));
      p.title().blank();
      p.meta(`Envoyée aux adhérents le ${fmtFr(s.date, 'dd/MM/yyyy')}`).blank();
      p.body();
      p.chrome(`Rappel : repas dansant à la salle ${d.pick(['Jean-Bouin', 'des fêtes de Bias', 'de Pujols'])}, inscription avant vendredi`).blank();
      p.chrome(
        'Cette lettre est rédigée et mise en page par des bénévoles du bureau et adressée par courriel aux adhérents à jour de leur cotisation. Pour la recevoir sur papier, laissez vos coordonnées à la permanence du mardi. Pour ne plus la recevoir, répondez simplement « stop » à ce message.',
      ).blank();
      p.chrome(`Association Le Lien des Aînés – ${yearOf(p)}`, 'Permanence : mardi de 14 h à 17 h, maison des associations');
      return { author: false, date: 'day' };
    },
  },
  {
    id: 'adelaide-site',
    name: 'Southern Cross Dispatch',
    lang: 'en',
    originals: 16,
    attribution: 'credit',
    translate: { into: 'en', share: 0.8 },
    draw: outletPools({ into: 'en', share: 0.8 }, [ADELAIDE_PICKS, 0.7], [SOUND_ALIKES.adelaide, 0.12]),
    render(p) {
      const { d, s } = p;
      p.chrome(
        'This site uses cookies and similar technologies to understand how you use it, to remember your settings and to fund our journalism through advertising. By continuing to browse you agree to this; read our privacy policy to learn how to switch them off.',
        'OK, got it',
        'Privacy policy',
      ).blank();
      p.chrome('SOUTHERN CROSS DISPATCH', 'Adelaide · South Australia · The World', 'News | SA | National | World | Footy | Cricket | Opinion').blank();
      p.chrome('World › Europe › France');
      p.title((t) => (d.chance(0.3) ? `${t} - Southern Cross Dispatch` : t)).blank();
      p.meta(fmtEn(s.date, "MMMM d, yyyy '—' HH:mm '(Paris time)'"));
      p.credit([
        (o) => `Originally run by ${o}; translated by our world desk.`,
        (o) => `We republish this piece by arrangement with ${o}.`,
        (o) => `From our media partner ${o}.`,
        (o) => `Story credit: ${o}`,
      ]);
      if (s.credit) p.meta(`Words by ${s.author}`);
      p.blank();
      p.body({ [p.mid()]: ['ADVERTISEMENT'] });
      p.chrome('More from World:', ...p.related(2)).blank();
      p.chrome(
        'Quality journalism costs money. Subscribe to the Southern Cross Dispatch from $1 a week for the first twelve weeks and get unlimited access on every device, our morning briefing and the weekend puzzles. Cancel anytime; the price then reverts to $6 a week.',
        'Subscribe now',
      ).blank();
      p.chrome(`© ${yearOf(p)} Southern Cross Media Pty Ltd, Adelaide SA 5000 · ABN ${d.int(10, 99)} ${d.int(100, 999)} ${d.int(100, 999)} ${d.int(100, 999)}`);
      return writerBesideCredit(p, 'full');
    },
  },
  {
    id: 'cape-town-site',
    name: 'The Table Bay Monitor',
    lang: 'en',
    originals: 16,
    attribution: 'credit',
    chromeOnlyPage: true,
    translate: { into: 'en', share: 0.78 },
    draw: outletPools({ into: 'en', share: 0.78 }, [CAPE_PICKS, 0.7], [SOUND_ALIKES.cape, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('The Table Bay Monitor', 'Africa’s news, from Cape Town', 'Home / South Africa / Africa / World / Business / Sport / Lifestyle').blank();
      p.chrome(`Load-shedding today: ${d.pick(['Stage 2 from 16:00', 'suspended', 'Stage 4 from 05:00'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `TRANSLATED | ${t}` : t)).blank();
      p.meta(fmtEn(s.date, "EEEE, d MMMM yyyy '·' h:mm a '(Paris, UTC+1)'"));
      p.credit([
        (o) => `This dispatch first appeared in ${o}.`,
        (o) => `Translated from French; original publisher: ${o}.`,
        (o) => `Republished under licence from ${o}.`,
        (o) => `Full credit to ${o}.`,
      ]);
      if (s.credit) p.meta(`Written in French by ${s.author}`);
      p.blank();
      p.body({ [p.mid()]: [`Listen to this article (${d.int(3, 7)} min)`] });
      p.chrome('Share: WhatsApp · Facebook · LinkedIn · Copy link').blank();
      p.chrome(`${p.n(40)} Comments`, 'Commenting is open to registered readers. Please keep it civil.', 'Sign in to comment').blank();
      p.chrome(
        'The Table Bay Monitor is a member of the Press Council of South Africa and subscribes to its Code of Ethics and Conduct. If you believe we have erred, write to our public editor; translated reports keep the facts and quotes of the original publisher, whose rights we acknowledge.',
      ).blank();
      p.chrome(`© ${yearOf(p)} Table Bay Media (Pty) Ltd · Reg. No. 2011/${d.int(100_000, 999_999)}/07 · Bree Street, Cape Town`);
      return writerBesideCredit(p, 'full');
    },
  },
];

const JUNK_V17: readonly { name: string; bytes: Uint8Array }[] = [
  { name: 'gif', bytes: Buffer.from('GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,', 'latin1') },
  { name: 'pdf-head', bytes: Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n', 'latin1') },
  { name: 'mp3-id3', bytes: Buffer.from([0x49, 0x44, 0x33, 0x03, 0x00, 0x00, 0x00, 0x00, 0x0f, 0x76, 0xff, 0xfb, 0x90, 0x64, 0x00, 0x00]) },
  { name: 'bad-gateway', bytes: Buffer.from('502 Bad Gateway\n\nThe server returned an invalid or incomplete response.\n', 'utf8') },
  { name: 'robots', bytes: Buffer.from('User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\nSitemap: /sitemap_index.xml\n', 'utf8') },
  { name: 'calendar', bytes: Buffer.from('BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nSUMMARY:Assemblée générale\nDTSTART:20190115T140000\nEND:VEVENT\nEND:VCALENDAR\n', 'utf8') },
  { name: 'login-wall', bytes: Buffer.from('Connexion\nIdentifiant\nMot de passe\nSe souvenir de moi\nMot de passe oublié ?\n', 'utf8') },
  { name: 'tabs', bytes: Buffer.from('\t\t\r\n\t\r\n', 'utf8') },
  { name: 'rss-empty', bytes: Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Fil</title></channel></rss>\n', 'utf8') },
  { name: 'lone-ellipsis', bytes: Buffer.from('\uFEFF…\n', 'utf8') },
];

// ——— Generation ———

/** The copy of `story` that `host` carries: the first site's credit (or its own name) when the host can show it; maybe headless or cut. */
function copyFor(d: Dice, story: Story, first: SiteV17, host: SiteV17, others: string[]): Story {
  const own = first.attribution === 'own' ? { canonical: first.name, lookalike: first.lookalike === true } : null;
  const origin = story.credit ?? own;
  const credits = host.attribution !== 'own' && host.attribution !== 'none';
  const visible = origin !== null && credits && (host.shows?.(origin.canonical) ?? true);
  const cut = story.src.body.length >= 4 && d.chance(LOST_ENDING);
  // On the Aosta review the outlet follows the headline: its copies keep one.
  const headline = host.attribution === 'title-suffix' || !d.chance(LOST_HEADLINE);
  return {
    ...story,
    body: cut ? story.src.body.slice(0, -1) : story.src.body,
    headline,
    credit: visible ? printedName(d, origin.canonical, host.translate, origin.lookalike) : null,
    others,
  };
}

/**
 * Builds the v17 set from clean sources (deterministic for a seed): each site's originals and their copies on
 * up to three other sites, bare files, chrome-only pages and junk, shuffled, each file in one of several
 * encodings and named by content.
 */
export function generateUnseenV17(pool: readonly UnseenSource[], seed: number = FROZEN_SEED_V17): { files: UnseenFile[]; manifest: UnseenEntry[] } {
  const d = new Dice(makeRng(seed));
  const total = BARE_V17 + SITES_V17.reduce((n, s) => n + s.originals, 0);
  if (pool.length < total) throw new Error(`unseen sites v17: ${total} clean articles needed, the pool has ${pool.length}`);
  const drawn = d.sample(pool, total);
  const titles = drawn.map((s) => s.title);
  const neighbours = (src: UnseenSource): string[] => d.sample(titles.filter((t) => t !== src.title), 5);
  const moment = (): TZDate => {
    const day = new Date(START_UTC + d.int(0, SPAN - 1) * 86_400_000);
    return new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), d.int(6, 21), d.int(0, 59), 0, PARIS_ZONE);
  };
  const made: MadePage[] = [];
  let next = 0;
  for (const site of SITES_V17) {
    const own = drawn.slice(next, next + site.originals);
    next += site.originals;
    for (const src of own) {
      const story: Story = { src, body: src.body, author: d.pick(WRITERS), date: moment(), headline: true, credit: site.draw?.(d) ?? null, others: neighbours(src) };
      made.push(page(site, story, d, false));
      for (const host of d.sample(SITES_V17.filter((h) => h !== site), copiesElsewhere(d))) made.push(page(host, copyFor(d, story, site, host, neighbours(src)), d, false));
    }
    if (site.chromeOnlyPage) {
      const filler = drawn[0]!;
      made.push(page(site, { src: filler, body: [], author: d.pick(WRITERS), date: moment(), headline: false, credit: null, others: neighbours(filler) }, d, true));
    }
  }
  for (const src of drawn.slice(next)) made.push(creditsNobody(bareFile(src)));
  for (const junk of JUNK_V17) made.push(creditsNobody(junkFile(junk)));
  return packFiles(d, made, ENCODINGS_V17, 'v17-');
}

/** Heading of the v17 table and JSON. */
export const V17_HEADING = 'UNSEEN SITES v17 (frozen 2026-11-30, development data since 20:14: its misses were read)';

/** Generates v17, runs the real ingest on it and prints its figures (without the DEV simulation). */
export const runUnseenEvalV17 = unseenSetRunner(V17_HEADING, generateUnseenV17);

generatorCli(import.meta.url, 'unseen sites v17', generateUnseenV17, FROZEN_SEED_V17);
