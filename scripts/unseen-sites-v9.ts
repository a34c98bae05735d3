/**
 * Generates the FROZEN unseen-sites v9 evaluation set (issue 8): twelve more ordinary news sites, of kinds no earlier set had.
 *
 * DEVELOPMENT DATA since 2026-11-30 16:45 (its misses were read); the frozen set is now scripts/unseen-sites-v10.ts.
 *
 * FROZEN on 2026-11-30 (v9), at 16:15, when v8 (scripts/unseen-sites-v8.ts) became development data because
 * its misses were read. Written without reading the ingest rules (src/ingest/), the word lists (src/data/)
 * or the template wordings of v1–v8 and scripts/simulate-heldout.ts: the sites, outlets, credit wordings,
 * translations and chrome here are new. Nobody tunes rules against it: do not read its misses while changing
 * rules (`--show` stays 0), do not edit its templates, wordings or seed to move a score. When a case fails,
 * fix the general cause, then freeze a v10 and call this one development data.
 *
 * `npm run eval:unseen` scores v1 to v8 then this set (`npm run eval:unseen:v9`, or `npm run eval -- --unseen
 * --unseen-set v9`, for this one only); `npx tsx scripts/unseen-sites-v9.ts --out DIR` only writes the folder
 * and its manifest (the v1 format, with v2's `outletEvidence`).
 *
 * The twelve sites: a Lyon city-news site (its own reporters), a Marseille daily reprinting partners, a Lille
 * metropolitan site ending reprints with a source line, a Namur–Liège local paper crediting Belgian and French
 * papers and look-alike titles, a Lausanne daily whose name starts like a Geneva-Lausanne daily's (its own
 * articles), a Québec City radio linking to the original, an Abidjan daily translating English outlets' names
 * into French word for word, a Moroccan portal keeping the original's title suffix, a rural weekly in Auvergne,
 * an alternative "free media" site with source lines, a Telegram channel mirrored to the web that credits
 * nobody, and an English-language UK site on French affairs translating francophone papers' names into English.
 * Article text is read AT RUN TIME from ../shared/corpus/gilets-jaunes (v1's clean pool, drawn with another
 * seed): no corpus text is stored here.
 *
 * Expected outlet: v2's convention (who published the article first, as the file credits it), recorded per
 * file in `outletEvidence`: machine-translated names of real outlets expect the canonical name (the public
 * corpora's manifests' spelling where they hold the outlet), look-alike names are kept as written, the site's
 * own name is the outlet only where it shows its masthead and its own staff's byline, the republisher is the
 * site's name whenever the file credits another outlet, and null when nothing credits one. Republishing sites
 * show a byline only beside a credit. A relative date is only ever shown beside the absolute one.
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
  type Story,
  type UnseenFile,
  type UnseenSource,
} from './unseen-sites.ts';

// ——— Size and mix of the set ———

/** Seed of the v9 set (not the seed of any earlier set). */
export const FROZEN_SEED_V9 = 20261130_9;
/** Clean articles left bare (title and body only, crediting nobody). */
const BARE_ARTICLES = 10;
/** Share of stories at least one other site carries too (wire, partner and scraped copies are common in the hidden folders). */
const REPRINTED = 0.45;
/** Of those, share carried by two other sites. */
const REPRINTED_TWICE = 0.3;
/** Share of copies whose scrape lost the headline line. */
const HEADLESS = 0.3;
/** Share of copies missing their last paragraph (teasers, truncated scrapes). */
const TRUNCATED = 0.2;
const PARIS = 'Europe/Paris';
/** Encodings: mostly UTF-8 as scraped folders are, with Windows-1252, BOM, CRLF and UTF-16 copies. */
const ENCODINGS_V9: readonly Encoding[] = ['utf-8', 'utf-8', 'cp1252', 'utf-8-bom', 'utf-8', 'cp1252-crlf', 'utf-8-crlf', 'utf-16le-bom', 'utf-8', 'cp1252'];

// ——— People, places, outlets ———

const REPORTERS = ['Mathilde Giraud', 'Karim Benali', 'Séverine Nkoulou', 'Yao Kouassi', 'Hélène Vuilleumier', 'Jean-François Tremblay', 'Salma Bennani', 'Pierre-Yves Marchal', 'Aurore Lemaire', 'Thomas Whitfield', 'Nadège Fontaine', 'Éloïse Carré', 'Rémi Aubergeon'];
const PHOTOGRAPHERS = ['Cyril Chabanne', 'Awa Koné', 'Lucie Perrenoud', 'Gaël Rousseau'];
const RUBRIQUES = ['Actualité', 'Société', 'Économie', 'Politique', 'Région', 'International', 'Mobilisations'];
const TAGS_FR = ['carburants', 'manifestations', 'pouvoir d’achat', 'ronds-points', 'Emmanuel Macron', 'fiscalité', 'retraités', 'maintien de l’ordre'];
const TAGS_EN = ['France', 'yellow vests', 'Paris', 'cost of living', 'Europe', 'street protests'];
const LYON_AREAS = ['Lyon 1er', 'Lyon 3e', 'Lyon 7e', 'Villeurbanne', 'Vénissieux', 'Croix-Rousse', 'Part-Dieu'];
const COMBRAILLES = ['Saint-Gervais-d’Auvergne', 'Pontaumur', 'Pionsat', 'Manzat', 'Saint-Éloy-les-Mines'];

const FR = ['Le Monde', 'Le Parisien', 'Le Figaro', 'Ouest-France', 'La Voix du Nord', 'La Croix', 'Le Point', 'Libération'];
const BE = ['La Libre Belgique', 'La DH', 'Le Soir'];
const CH = ['Le Temps', 'Tribune de Genève', 'Le Matin', 'Le Nouvelliste'];
const QC = ['La Presse', 'Le Devoir', 'Le Soleil', 'Le Journal de Québec', 'Le Journal de Montréal'];
const EN = ['The New York Times', 'The Washington Post', 'The Guardian', 'BBC', 'CNN', 'Reuters', 'The Wall Street Journal', 'Financial Times', 'Bloomberg', 'NBC News'];

/** Word-for-word (sometimes reordered or garbled) English renderings of francophone outlets' names. */
const INTO_ENGLISH: Record<string, readonly string[]> = {
  'Le Monde': ['The World'],
  'Le Parisien': ['The Parisian'],
  'Ouest-France': ['West France', 'West-France'],
  'La Voix du Nord': ['The Voice of the North', 'Voice of the North'],
  'La Croix': ['The Cross'],
  'Le Point': ['The Point'],
  'La Libre Belgique': ['The Free Belgium'],
  'Le Soir': ['The Evening'],
  'Le Temps': ['The Weather', 'The Time'],
  'Tribune de Genève': ['Tribune of Geneva', 'Geneva Tribune'],
  'Le Matin': ['The Morning'],
  'La Presse': ['The Press'],
  'Le Devoir': ['The Homework', 'The Duty'],
  'Le Journal de Québec': ['The Quebec Journal'],
  'Le Journal de Montréal': ['Journal of Montreal', 'The Montreal Journal'],
};
/** Word-for-word (sometimes garbled) French renderings of English outlets' names. */
const INTO_FRENCH: Record<string, readonly string[]> = {
  'The New York Times': ['Les Fois de New York', 'Le Temps de New York'],
  'The Washington Post': ['Le Washington Poste', 'Le Courrier de Washington'],
  'The Guardian': ['Le Gardien'],
  'The Wall Street Journal': ['Le Journal de Wall Street'],
  'Financial Times': ['Le Temps financier', 'Les Temps Financiers'],
  'NBC News': ['Les Nouvelles de NBC', 'NBC Informations'],
};

/** Real outlets (or plausible local ones) whose names begin like a listed outlet's but that are other outlets: expected as written. */
const LOOKALIKE_FR = ['Le Soleil de Colombie', 'La Presse de Gray', 'Le Matin d’Algérie', 'Le Monde diplomatique', 'L’Express de Madagascar', 'Le Journal de Montreux', 'La Libre Pensée', 'Le Soir de Mons'];
const LOOKALIKE_EN = ['The Washington Examiner', 'The New York Review of Books', 'The Wall Street Transcript'];
const LOOKALIKES_V9 = new Set([...LOOKALIKE_FR, ...LOOKALIKE_EN]);

/** Web hosts of outlets a link or a title suffix can name. */
const WEB: Record<string, string> = {
  'Le Monde': 'www.lemonde.fr',
  'Le Parisien': 'www.leparisien.fr',
  'Le Figaro': 'www.lefigaro.fr',
  'Ouest-France': 'www.ouest-france.fr',
  'La Voix du Nord': 'www.lavoixdunord.fr',
  'La Croix': 'www.la-croix.com',
  'La Libre Belgique': 'www.lalibre.be',
  'La DH': 'www.dhnet.be',
  'Le Soir': 'www.lesoir.be',
  'Le Temps': 'www.letemps.ch',
  'Tribune de Genève': 'www.tdg.ch',
  'Le Matin': 'www.lematin.ch',
  'Le Nouvelliste': 'www.lenouvelliste.ch',
  'La Presse': 'www.lapresse.ca',
  'Le Devoir': 'www.ledevoir.com',
  'Le Soleil': 'www.lesoleil.com',
  'Le Journal de Québec': 'www.journaldequebec.com',
  'Le Journal de Montréal': 'www.journaldemontreal.com',
};
const ON_THE_WEB = Object.keys(WEB);

type Translation = SiteV2['translate'];

/** The credit a site prints for `canonical`: translated word for word with the site's probability when a rendering exists. */
function printed(d: Dice, canonical: string, into: Translation, lookalike = LOOKALIKES_V9.has(canonical)): Credit {
  const table = into === undefined ? undefined : into.into === 'en' ? INTO_ENGLISH : INTO_FRENCH;
  const renderings = table?.[canonical];
  if (renderings === undefined || !d.chance(into!.share)) return { shown: canonical, canonical, translated: false, lookalike };
  return { shown: d.pick(renderings), canonical, translated: true, lookalike };
}

/** Draws the outlet an original credits: pools as `[names, weight]` with weights summing to 1. */
function origin(pools: readonly (readonly [readonly string[], number])[], into?: Translation): (d: Dice) => Credit {
  return (d) => {
    const roll = d.next();
    let upTo = 0;
    for (const [names, weight] of pools) {
      upTo += weight;
      if (roll < upTo) return printed(d, d.pick(names), into);
    }
    return printed(d, d.pick(pools[0]![0]), into);
  };
}

// ——— Template helpers ———

const credited = (p: Page): boolean => p.s.credit !== null;
const yr = (p: Page): string => fmtFr(p.s.date, 'yyyy');
const later = (p: Page, hours: number): TZDate => new TZDate(p.s.date.getTime() + hours * 3_600_000, PARIS);
const tags = (p: Page, pool: readonly string[], glue: string): string => p.d.sample(pool, 3).join(glue);
/** Link to the original on its outlet's web host. */
const link = (p: Page): string => `https://${WEB[p.s.credit!.canonical]}/${slug(p.d.pick(RUBRIQUES))}/${fmtFr(p.s.date, 'yyyy/MM/dd')}/${slug(p.s.src.title)}`;

// ——— The twelve sites ———

/** The twelve v9 sites. */
export const SITES_V9: readonly SiteV2[] = [
  {
    id: 'lyon-quartiers',
    name: 'Lyon Quartiers',
    lang: 'fr',
    attribution: 'own',
    originals: 15,
    chromeOnlyPage: true,
    render(p) {
      const form = p.n(2);
      const signed = [
        `Par ${p.s.author} | ${fmtFr(p.s.date, "d MMMM yyyy 'à' HH'h'mm")}`,
        `${p.s.author} — publié le ${fmtFr(p.s.date, 'dd/MM/yyyy, HH:mm')}`,
        `Un article de ${p.s.author}, ${fmtFr(p.s.date, 'EEEE d MMMM yyyy')}`,
      ][form]!;
      p.chrome(p.d.pick(['LYON QUARTIERS', 'Lyon Quartiers · l’actu de votre rue']), `Accueil › ${p.d.pick(RUBRIQUES)} › ${p.d.pick(LYON_AREAS)}`).blank();
      p.title().blank().meta(signed).blank();
      p.chrome(`Photo : ${p.d.pick(PHOTOGRAPHERS)} / Lyon Quartiers`).blank();
      p.body({ [p.mid()]: p.related(1).map((t) => `Sur le même sujet ➜ ${t}`) });
      p.chrome(
        'Chaque vendredi midi, recevez gratuitement dans votre boîte mail le meilleur de l’actualité de votre arrondissement, les bons plans du week-end et l’agenda des sorties. Inscription en un clic, désinscription à tout moment depuis le lien placé en bas de chaque envoi.',
        `Mots-clés : ${tags(p, TAGS_FR, ' · ')}`,
        `© Lyon Quartiers ${yr(p)} — reproduction interdite sans autorisation`,
      );
      return { author: true, date: form === 2 ? 'day' : 'full' };
    },
  },
  {
    id: 'gazette-vieux-port',
    name: 'La Gazette du Vieux-Port',
    lang: 'fr',
    attribution: 'credit',
    originals: 17,
    draw: origin([[FR, 0.5], [BE, 0.15], [CH, 0.15], [LOOKALIKE_FR, 0.2]]),
    render(p) {
      p.chrome('La Gazette du Vieux-Port', 'Marseille • Provence • Méditerranée', 'Actu   Sport   Culture   Sorties   Abonnez-vous').blank();
      p.title().blank();
      p.credit([
        (o) => `Cet article a d’abord été publié par ${o}.`,
        (o) => `Avec l’aimable autorisation ${de(o)}`,
        (o) => `${o} — article repris dans le cadre d’un partenariat éditorial`,
        (o) => `Un article signé ${o}, reproduit avec son accord`,
      ]);
      const full = p.d.chance(0.6);
      if (credited(p)) p.meta(`Texte : ${p.s.author}`);
      p.meta(full ? `Mis en ligne le ${fmtFr(p.s.date, "dd.MM.yyyy 'à' HH:mm")}` : `Édition du ${fmtFr(p.s.date, 'd MMMM yyyy')}`).blank();
      p.body({ [p.mid()]: p.related(1).map((t) => `▶ DANS NOS ARCHIVES | ${t}`) });
      p.chrome(
        `👍 J’aime (${p.n(80)})   💬 Réagir   ↗ Partager`,
        'Vous avez lu trois articles gratuits ce mois-ci. Pour continuer à soutenir une rédaction indépendante à Marseille et lire sans limite nos enquêtes, nos dossiers et nos archives, abonnez-vous dès 1 € le premier mois, sans engagement de durée.',
        `Tous droits réservés ©${yr(p)} La Gazette du Vieux-Port`,
      );
      return { author: credited(p), date: full ? 'full' : 'day' };
    },
  },
  {
    id: 'metropole-nord',
    name: 'Métropole Nord Infos',
    lang: 'fr',
    attribution: 'source-line',
    originals: 14,
    draw: origin([[['La Voix du Nord', 'Le Parisien', 'Le Monde', 'Ouest-France'], 0.65], [BE, 0.35]]),
    render(p) {
      p.chrome(
        'Ce site utilise des cookies de mesure d’audience et de personnalisation publicitaire. En poursuivant votre navigation, vous acceptez leur dépôt conformément à notre politique de confidentialité, que vous pouvez modifier à tout moment depuis le pied de page. [Paramétrer] [Accepter]',
        'MÉTROPOLE NORD INFOS',
        'Lille | Roubaix | Tourcoing | Villeneuve-d’Ascq | Armentières',
      ).blank();
      p.title().blank();
      if (credited(p)) p.meta(`Par ${p.s.author}`);
      p.meta(`${fmtFr(p.s.date, 'dd/MM/yyyy')} - ${fmtFr(p.s.date, 'HH:mm')}`).blank();
      const top = p.d.chance(0.3);
      if (top) p.credit([(o) => `Source : ${o}`, (o) => `SOURCE – ${o}`]).blank();
      p.body({ [p.mid()]: [`Lire la suite de notre dossier : ${p.related(1)[0]}`] });
      if (!top) p.credit([(o) => `Source : ${o}`, (o) => `(Source : ${o})`, (o) => `Source de l’article : ${o}`]).blank();
      p.chrome(`Commentaires (${p.n(6)}) — donnez votre avis`, 'Pseudo', 'Votre message', 'Envoyer', 'Dans la même rubrique', ...p.related(3).map((t) => `• ${t}`));
      return { author: credited(p), date: 'full' };
    },
  },
  {
    id: 'courrier-mosan',
    name: 'Le Courrier mosan',
    lang: 'fr',
    attribution: 'credit',
    originals: 14,
    draw: origin([[BE, 0.55], [FR, 0.2], [LOOKALIKE_FR, 0.25]]),
    render(p) {
      p.chrome('Le Courrier mosan', 'Namur · Liège · Huy · Dinant', `Régions > Province de ${p.d.pick(['Namur', 'Liège'])} > ${p.d.pick(RUBRIQUES)}`).blank();
      p.title().blank();
      if (credited(p)) p.meta(p.d.pick([`${p.s.author}`, `Un article de ${p.s.author}`]));
      p.meta(fmtFr(p.s.date, "EEEE d MMMM yyyy, HH'h'mm")).blank();
      p.credit([
        (o) => `Article transmis par notre partenaire ${o}`,
        (o) => `Publié initialement dans les colonnes ${de(o)}`,
        (o) => `${o} l’a publié en premier ; nous le reprenons avec son accord.`,
      ]).blank();
      p.body();
      p.chrome(
        'Partager sur Facebook | Twitter | WhatsApp | Par e-mail',
        'Le Courrier mosan est un média local indépendant, sans publicité intrusive. Si nos articles vous sont utiles, soutenez-nous par un don ponctuel ou mensuel : chaque euro nous aide à payer nos journalistes et à rester gratuits pour toutes et tous.',
        `(c) ${yr(p)} Le Courrier mosan asbl`,
      );
      return { author: credited(p), date: 'full' };
    },
  },
  {
    id: 'temps-du-leman',
    name: 'Le Temps du Léman',
    lang: 'fr',
    attribution: 'own',
    lookalike: true,
    originals: 13,
    render(p) {
      p.chrome('Le Temps du Léman', 'Lausanne · Vaud · Suisse romande').blank();
      p.chrome(p.d.pick(['SUISSE', 'MONDE', 'ÉCONOMIE'])).title().blank();
      p.meta(p.d.pick([`${p.s.author}, Lausanne`, `Par ${p.s.author}`]));
      const stamp = fmtFr(p.s.date, "dd.MM.yyyy, HH'h'mm");
      p.meta(p.d.pick([`Publié le ${stamp}`, `Publié le ${stamp} · mis à jour il y a ${p.d.int(2, 9)} heures`, `${stamp} – Mis à jour le ${fmtFr(later(p, p.d.int(1, 5)), "dd.MM.yyyy, HH'h'mm")}`])).blank();
      p.body({ [p.mid()]: ['Téléchargez l’application Le Temps du Léman pour recevoir nos alertes'] });
      p.chrome(
        'Cet article vous est offert. Le journalisme de qualité a un prix : pour lire sans limite toutes nos analyses sur la Suisse romande et le monde, découvrez nos offres numériques dès 9 francs par mois, résiliables en tout temps.',
        `Copyright © ${yr(p)} Le Temps du Léman SA, Lausanne. Tous droits réservés.`,
      );
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'radio-capitale',
    name: 'Radio Capitale 93,7',
    lang: 'fr',
    attribution: 'url-host',
    originals: 15,
    draw: origin([[['La Presse', 'Le Devoir', 'Le Soleil', 'Le Journal de Québec', 'Le Journal de Montréal'], 0.6], [['Le Monde', 'Le Parisien', 'Le Figaro', 'Le Temps'], 0.4]]),
    render(p) {
      p.chrome('Radio Capitale 93,7 — la radio d’information de Québec', 'EN DIRECT ▶ Écoutez-nous', 'Nouvelles | Émissions | Balados | Circulation | Météo').blank();
      p.title().blank();
      if (credited(p)) p.meta(`Par ${p.s.author}`);
      p.meta(p.d.pick([fmtFr(p.s.date, "yyyy-MM-dd HH 'h' mm"), `${fmtFr(p.s.date, "d MMMM yyyy 'à' HH 'h' mm")} (il y a ${p.d.int(2, 20)} h)`])).blank();
      p.body();
      if (credited(p)) p.meta(p.d.pick([`Lire l’article complet : ${link(p)}`, `Lien vers l’original → ${link(p)}`, `${link(p)}`])).blank();
      p.chrome(
        'Participez à notre concours du temps des Fêtes : courez la chance de gagner une paire de billets pour le spectacle de votre choix en écoutant l’émission du matin entre 6 h et 9 h. Règlements disponibles à nos bureaux de la rue Saint-Jean.',
        'Partager : Facebook · Courriel',
        `© ${yr(p)} Radio Capitale inc. Tous droits réservés.`,
      );
      return { author: credited(p), date: 'full' };
    },
  },
  {
    id: 'lagune-matin',
    name: 'Lagune Matin',
    lang: 'fr',
    attribution: 'credit',
    originals: 18,
    translate: { into: 'fr', share: 0.8 },
    draw: origin([[Object.keys(INTO_FRENCH), 0.45], [EN, 0.1], [FR, 0.25], [LOOKALIKE_EN, 0.1], [LOOKALIKE_FR, 0.1]], { into: 'fr', share: 0.8 }),
    render(p) {
      p.chrome('LAGUNE MATIN', 'Le quotidien qui éclaire la Côte d’Ivoire', 'Accueil | Politique | Économie | International | Sports | Annonces').blank();
      p.title().blank();
      p.meta(`Abidjan, le ${fmtFr(p.s.date, 'd MMMM yyyy')}`);
      if (credited(p)) p.meta(`Par ${p.s.author}`);
      p.blank();
      p.credit([
        (o) => `Traduit et adapté d’un article ${de(o)}`,
        (o) => `Crédit : ${o}`,
        (o) => `Cet article est paru dans ${o} ; Lagune Matin le reprend intégralement.`,
      ]).blank();
      p.body({ [p.mid()]: ['Abonnez-vous à notre chaîne WhatsApp pour ne rien rater de l’actualité'] });
      p.chrome(
        'Toute reproduction, même partielle, des articles et photographies publiés sur ce site est interdite sans l’accord écrit de la direction de publication. Les contrevenants s’exposent à des poursuites conformément à la loi sur le régime juridique de la presse.',
        'À lire aussi dans Lagune Matin',
        ...p.related(2),
      );
      return { author: credited(p), date: 'day' };
    },
  },
  {
    id: 'atlas-actu',
    name: 'Atlas Actu',
    lang: 'fr',
    attribution: 'title-suffix',
    originals: 14,
    draw: origin([[['Le Monde', 'Le Figaro', 'Le Parisien', 'La Croix'], 0.5], [['La Presse', 'Le Devoir', 'Le Temps', 'La Libre Belgique', 'Le Soir'], 0.5]]),
    render(p) {
      const glue = p.d.pick([' | ', ' - ', ' :: ', ' » ']);
      p.chrome('ATLAS ACTU • Maroc & Monde', 'Revue de presse internationale').blank();
      p.title((t) => (credited(p) ? `${t}${glue}${p.s.credit!.shown}` : t)).blank();
      p.meta(`Publié dans Revue de presse le ${fmtFr(p.s.date, 'dd/MM/yyyy')}`);
      p.chrome(`Vues : ${p.d.int(150, 9000)}`).blank();
      p.body();
      p.chrome(
        `Tags : ${tags(p, TAGS_FR, ', ')}`,
        'Articles similaires',
        ...p.related(3),
        'Nous utilisons des témoins de connexion pour améliorer votre expérience, mesurer l’audience de nos pages et vous proposer des contenus adaptés. Vous pouvez retirer votre consentement à tout moment en cliquant sur « Gérer mes préférences » en bas de page.',
        `Atlas Actu © 2018-${yr(p)}`,
      );
      return { author: false, date: 'day' };
    },
  },
  {
    id: 'echo-combrailles',
    name: 'L’Écho des Combrailles',
    lang: 'fr',
    attribution: 'own',
    originals: 12,
    chromeOnlyPage: true,
    render(p) {
      p.chrome('L’ÉCHO DES COMBRAILLES', 'Hebdomadaire d’information locale — Puy-de-Dôme', `${p.d.pick(COMBRAILLES)} › Vie locale`).blank();
      p.meta(`Édition du ${fmtFr(p.s.date, 'EEEE d MMMM yyyy')}`).blank();
      p.title().blank();
      p.body();
      p.meta(p.d.pick([p.s.author, `De notre correspondant, ${p.s.author}`, `— ${p.s.author}`])).blank();
      p.chrome(
        `Photo ${p.d.pick(PHOTOGRAPHERS)}`,
        'Vous organisez une fête de village, un loto ou une assemblée générale ? Envoyez vos annonces à la rédaction avant le lundi midi pour une parution dans l’édition du jeudi. Les annonces associatives sont publiées gratuitement dans la limite de la place disponible.',
        'Retrouvez l’édition complète chez votre marchand de journaux ou en version numérique.',
      );
      return { author: true, date: 'day' };
    },
  },
  {
    id: 'contre-courant',
    name: 'Contre-Courant Média',
    lang: 'fr',
    attribution: 'source-line',
    originals: 14,
    chromeOnlyPage: true,
    draw: origin([[FR, 0.4], [EN, 0.3], [QC, 0.1], [CH, 0.1], [LOOKALIKE_FR, 0.1]]),
    render(p) {
      p.chrome('CONTRE-COURANT — média libre et indépendant', 'Ni pub, ni milliardaire : ce média ne vit que de vos dons').blank();
      p.title().blank();
      if (credited(p)) p.meta(`Publié par ${p.s.author} le ${fmtFr(p.s.date, 'dd/MM/yyyy')}`);
      else p.meta(fmtFr(p.s.date, 'dd/MM/yyyy'));
      p.blank();
      p.body({ [p.mid()]: p.related(1).map((t) => `◆ ${t}`) });
      p.credit([(o) => `Source : ${o}`, (o) => `Source originale : ${o}`, (o) => `— Source : ${o} —`, (o) => `Article source : ${o}`]).blank();
      p.chrome(
        'Partagez cette info, c’est aussi ça, résister !',
        `${p.n(90)} réactions`,
        'Contre-Courant n’appartient à aucun groupe industriel ni à aucun parti. Nous publions chaque jour des informations que les grands médias préfèrent taire. Pour que cela continue, rejoignez les lecteurs qui nous soutiennent chaque mois, même avec deux euros.',
      );
      return { author: credited(p), date: 'day' };
    },
  },
  {
    id: 'revue-du-canal',
    name: 'La Revue du Canal',
    lang: 'fr',
    attribution: 'none',
    originals: 13,
    render(p) {
      p.chrome('📰 La Revue du Canal', `Canal public · ${p.d.int(3, 40)},${p.d.int(1, 9)} k abonnés`, 'Transféré depuis : canal masqué').blank();
      p.title((t) => (p.d.chance(0.5) ? `⚡️ ${t}` : t)).blank();
      p.body();
      p.meta(p.d.pick([fmtFr(p.s.date, 'd MMM yyyy, HH:mm'), fmtFr(p.s.date, 'dd.MM.yyyy HH:mm')]));
      p.chrome(`👁 ${p.d.int(400, 9999)} vues`).blank();
      p.chrome(
        'Ce site reproduit automatiquement les messages publiés sur notre canal Telegram. Pour recevoir les nouvelles en temps réel, sans censure ni algorithme, rejoignez le canal depuis l’application : le lien d’invitation se trouve dans la colonne de droite.',
        'Voir dans Telegram ›',
        '← Message précédent | Message suivant →',
      );
      return { author: false, date: 'full' };
    },
  },
  {
    id: 'channel-courier',
    name: 'The Channel Courier',
    lang: 'en',
    attribution: 'credit',
    originals: 16,
    translate: { into: 'en', share: 0.85 },
    draw: origin([[FR, 0.45], [BE, 0.2], [CH, 0.15], [QC, 0.1], [LOOKALIKE_FR, 0.05], [LOOKALIKE_EN, 0.05]], { into: 'en', share: 0.85 }),
    render(p) {
      p.chrome('THE CHANNEL COURIER', 'Europe | France | World | Opinion | Newsletters', 'Sign in   Subscribe').blank();
      p.title().blank();
      p.credit([
        (o) => `This story first appeared in ${o}.`,
        (o) => `Republished with permission from ${o}`,
        (o) => `${o} published this report first; it is reproduced here in full.`,
        (o) => `Courtesy of ${o}`,
      ]);
      if (credited(p)) p.meta(`By ${p.s.author}`);
      p.meta(p.d.pick([fmtEn(p.s.date, 'EEEE d MMMM yyyy HH:mm'), `Updated ${p.d.int(2, 11)} hours ago · ${fmtEn(p.s.date, 'd MMM yyyy')}`, fmtEn(p.s.date, 'MMMM d, yyyy h:mm a')])).blank();
      p.body({ [p.mid()]: ['More on this story', ...p.related(1)] });
      p.chrome(
        `Topics: ${tags(p, TAGS_EN, ', ')}`,
        'Share on X · Facebook · LinkedIn · Copy link',
        'We keep this site free to read for everyone, wherever they live. If you value independent reporting from across the Channel, please consider a monthly contribution: it takes less than a minute and helps us pay the reporters and translators behind every story.',
        `© ${yr(p)} Channel Courier Media Ltd. Registered in England and Wales.`,
      );
      return { author: credited(p), date: 'full' };
    },
  },
];

// ——— Junk ———

const JUNK_V9: readonly { name: string; bytes: Uint8Array }[] = [
  { name: 'bom-only', bytes: Buffer.from([0xef, 0xbb, 0xbf, 0x0a]) },
  { name: 'jpeg', bytes: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]) },
  { name: 'zip', bytes: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0x8f, 0x2a, 0x11, 0x07]) },
  { name: 'unavailable', bytes: Buffer.from('503 Service Unavailable\nThe server is temporarily unable to service your request.\n', 'utf8') },
  { name: 'robots', bytes: Buffer.from('User-agent: *\nDisallow: /admin/\nDisallow: /recherche?\nSitemap: https://www.example.net/sitemap.xml\n', 'utf8') },
  { name: 'browser-check', bytes: Buffer.from('Vérification de votre navigateur avant d’accéder au site.\nCe processus est automatique.\nVeuillez patienter 5 secondes…\n', 'utf8') },
];

// ——— Generation ———

/** Who a story's first site names as its outlet (its credit, or itself when it signs its own articles), and whether that name is a look-alike. */
function firstOutlet(site: SiteV2, story: Story): { name: string; lookalike: boolean } | null {
  if (story.credit) return { name: story.credit.canonical, lookalike: story.credit.lookalike };
  return site.attribution === 'own' ? { name: site.name, lookalike: site.lookalike === true } : null;
}

/** What a copy on `host` credits: the first outlet in the host's words, or nothing where the host cannot name it. */
function reprintCredit(d: Dice, first: { name: string; lookalike: boolean } | null, host: SiteV2): Credit | null {
  if (first === null || host.attribution === 'own' || host.attribution === 'none') return null;
  const needsWeb = host.attribution === 'url-host' || host.attribution === 'title-suffix';
  return needsWeb && !ON_THE_WEB.includes(first.name) ? null : printed(d, first.name, host.translate, first.lookalike);
}

/**
 * Builds the v9 set from clean sources (deterministic for a seed): every site's originals (winter 2018-19), copies
 * on one or two other sites (some without headline, some missing their last paragraph), bare files, chrome-only
 * pages and junk, shuffled, each file in one of several encodings and named by content.
 */
export function generateUnseenV9(pool: readonly UnseenSource[], seed: number = FROZEN_SEED_V9): { files: UnseenFile[]; manifest: UnseenEntry[] } {
  const d = new Dice(makeRng(seed));
  const wanted = SITES_V9.reduce((n, s) => n + s.originals, BARE_ARTICLES);
  if (pool.length < wanted) throw new Error(`unseen sites v9: ${wanted} clean articles needed, the pool has ${pool.length}`);
  const chosen = d.sample(pool, wanted);
  const headlines = chosen.map((s) => s.title);
  const nearby = (src: UnseenSource): string[] => d.sample(headlines.filter((t) => t !== src.title), 5);
  const firstDay = Date.UTC(2018, 10, 20);
  const made: MadePage[] = [];
  const queue = [...chosen];
  for (const site of SITES_V9) {
    for (let k = 0; k < site.originals; k++) {
      const src = queue.shift()!;
      const day = new Date(firstDay + d.int(0, 130) * 86_400_000);
      const date = new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), d.int(5, 23), d.int(0, 59), 0, PARIS);
      const story: Story = { src, body: src.body, author: d.pick(REPORTERS), date, headline: true, credit: site.draw?.(d) ?? null, others: nearby(src) };
      made.push(page(site, story, d, false));
      if (!d.chance(REPRINTED)) continue;
      const first = firstOutlet(site, story);
      const hosts = d.sample(SITES_V9.filter((s) => s.id !== site.id), d.chance(REPRINTED_TWICE) ? 2 : 1);
      for (const host of hosts) {
        const body = src.body.length > 3 && d.chance(TRUNCATED) ? src.body.slice(0, -1) : src.body;
        // A title-suffix portal's only evidence is its headline: its copies keep it.
        const headline = host.attribution === 'title-suffix' || !d.chance(HEADLESS);
        made.push(page(host, { ...story, body, headline, credit: reprintCredit(d, first, host), others: nearby(src) }, d, false));
      }
    }
    if (site.chromeOnlyPage) {
      const src = chosen[0]!;
      made.push(page(site, { src, body: [], author: d.pick(REPORTERS), date: new TZDate(firstDay, PARIS), headline: false, credit: null, others: nearby(src) }, d, true));
    }
  }
  made.push(...queue.map((src) => creditsNobody(bareFile(src))), ...JUNK_V9.map((j) => creditsNobody(junkFile(j))));
  return packFiles(d, made, ENCODINGS_V9, 'v9-');
}

/** Heading of the v9 table and JSON. */
export const V9_HEADING = 'UNSEEN SITES v9 (frozen 2026-11-30, development data since 16:45: its misses were read)';

/** Generates v9, runs the real ingest on it and prints its figures (without the DEV simulation). */
export const runUnseenEvalV9 = unseenSetRunner(V9_HEADING, generateUnseenV9);

generatorCli(import.meta.url, 'unseen sites v9', generateUnseenV9, FROZEN_SEED_V9);
