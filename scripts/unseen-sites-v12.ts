/**
 * Generates the FROZEN unseen-sites v12 evaluation set (issue 8): twelve more ordinary news sites, of kinds no earlier set had.
 *
 * DEVELOPMENT DATA since 2026-11-30 17:01 (its misses were read after its one frozen scoring, bench/unseen-sites-v12.json);
 * the frozen set is now scripts/unseen-sites-v13.ts.
 *
 * FROZEN on 2026-11-30 (v12), at 17:00, when v11 (scripts/unseen-sites-v11.ts) became development data because
 * its misses were read. Written without reading the ingest rules (src/ingest/), the word lists (src/data/) or
 * the template wordings of v1–v11 and scripts/simulate-heldout.ts: the sites, outlets, credit wordings,
 * translations and chrome here are new. Nobody tunes rules against it: do not read its misses while changing
 * rules (`--show` stays 0), do not edit its templates, wordings or seed to move a score. When a case fails,
 * fix the general cause, then freeze a v13 and call this one development data.
 *
 * `npm run eval:unseen` scores v1 to v11 then this set (`npm run eval:unseen:v12`, or `npm run eval -- --unseen
 * --unseen-set v12`, for this one only); `npx tsx scripts/unseen-sites-v12.ts --out DIR` only writes the folder
 * and its manifest (the v1 format, with v2's `outletEvidence`).
 *
 * The twelve sites: a Rennes daily (its own reporters), a Dijon news site reprinting French dailies with their
 * leave, a Perpignan French–Catalan site ending reprints with a `Font / Source` line, a Mons local television
 * crediting Belgian papers, a Sion paper (its own reporters), a Trois-Rivières daily linking to the Québec
 * original, a Douala portal crediting French papers and look-alike titles, an Algerian sports-and-news daily
 * keeping the original's title suffix, a Haitian daily (its own reporters, spelled-out dates), a consumer
 * magazine's news section crediting English-language outlets translated into French word for word, a podcast
 * network's news page crediting nobody, and an English-language Paris expat magazine translating francophone
 * papers' names into English. Article text is read AT RUN TIME from ../shared/corpus/gilets-jaunes (v1's clean
 * pool, drawn with another seed): no corpus text is stored here.
 *
 * Expected outlet: v2's convention (who published the article first, as the file credits it), recorded per
 * file in `outletEvidence`: machine-translated names of real outlets expect the canonical name (the public
 * corpora's manifests' spelling where they hold the outlet), look-alike names are kept as written, the site's
 * own name is the outlet only where it shows its masthead and its own staff's byline, the republisher is the
 * site's name whenever the file credits another outlet, and null when nothing credits one. Republishing sites
 * show a byline only beside a credit. A relative date is only ever shown beside the absolute one; every date
 * and time shown is Paris time (winter 2018-19, so always UTC+1).
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

/** Seed of the v12 set (not the seed of any earlier set). */
export const FROZEN_SEED_V12 = 20261130_12;
/** Clean articles left bare (title and body only), as scraped folders hold a few. */
const BARE_COUNT = 10;
/** Share of originals another site takes: under half, since most local stories stay local. */
const TRAVELS = 0.42;
/** Share of travelling originals that a third site takes too (wire-like national stories). */
const TRAVELS_FAR = 0.35;
/** Share of copies whose scrape lost the headline line (its title must come from another copy). */
const NO_HEADLINE = 0.3;
/** Share of copies (of 4+ paragraphs) cut before their closing paragraph. */
const CUT_SHORT = 0.2;
/** First day of the period (mid-November 2018); DAY_COUNT days later is still winter time, so always UTC+1. */
const START = Date.UTC(2018, 10, 20);
const DAY_COUNT = 120;
const TZ = 'Europe/Paris';
/** Encodings: mostly UTF-8, some Windows-1252 and UTF-16 files, some CRLF (all decodable without guessing twice). */
const ENCODINGS_V12: readonly Encoding[] = ['utf-8', 'utf-8', 'utf-8', 'utf-8-bom', 'utf-8', 'cp1252', 'utf-16le-bom', 'utf-8-crlf', 'cp1252-crlf', 'utf-8'];

// ——— People and outlets ———

const STAFF = ['Gwenaëlle Le Bihan', 'Armand Chevrolat', 'Núria Puig', 'Benoît Lemaire', 'Valentin Fournier', 'Sylvie Bonvin', 'Mathieu Lavergne', 'Ernest Ngando', 'Sofiane Belkacem', 'Nadège Pierre-Louis', 'Olivia Pratt', 'Julien Mercadier', 'Fatou Essomba'];
const CAMERAS = ['Loïc Guéguen', 'Jordi Casals', 'Sarah Deschênes', 'Wilson Jean-Baptiste'];
const SECTIONS = ['Actu', 'France', 'Social', 'Politique', 'Région', 'Monde', 'Société'];
const KEYWORDS = ['gilets jaunes', 'taxe carburant', 'mobilisation', 'Emmanuel Macron', 'péages', 'grand débat', 'blocages', 'retraités'];
const KEYWORDS_EN = ['France', 'protest', 'yellow vests', 'Macron', 'fuel prices', 'Paris life'];

const FR = ['Le Parisien', 'Le Monde', 'Le Figaro', 'Libération', 'Ouest-France', 'La Voix du Nord', 'Les Échos', 'Sud Ouest', 'Le Télégramme', 'La Croix'];
const BE = ['La DH', 'La Libre Belgique', 'Le Soir', 'RTBF'];
const CH = ['Le Temps', 'Tribune de Genève', 'Le Matin', '24 heures'];
const QC = ['La Presse', 'Le Devoir', 'Le Journal de Montréal', 'Le Journal de Québec', 'Le Soleil'];
const EN = ['The New York Times', 'The Washington Post', 'The Guardian', 'BBC News', 'CNN', 'Reuters', 'The Wall Street Journal', 'Financial Times', 'Bloomberg', 'New York Post'];

/** Word-for-word English renderings of francophone names (only names that have one). */
const TO_EN: Record<string, readonly string[]> = {
  'Le Parisien': ['The Parisian', 'Parisian'],
  'Le Monde': ['The World', 'World'],
  'Libération': ['Liberation', 'The Liberation'],
  'Ouest-France': ['West France', 'West-France', 'France West'],
  'La Voix du Nord': ['The Voice of the North', 'Voice of the North', 'The North Voice'],
  'Les Échos': ['The Echoes', 'Echoes'],
  'Sud Ouest': ['South West', 'Southwest'],
  'Le Télégramme': ['The Telegram'],
  'La Croix': ['The Cross'],
  'La Libre Belgique': ['The Free Belgium', 'Free Belgium'],
  'Le Soir': ['The Evening', 'Evening'],
  'Le Temps': ['The Time', 'The Times of Geneva'],
  'Tribune de Genève': ['Geneva Tribune', 'The Tribune of Geneva'],
  'Le Matin': ['The Morning'],
  '24 heures': ['24 Hours', 'Twenty-Four Hours'],
  'La Presse': ['The Press'],
  'Le Devoir': ['The Duty', 'Duty'],
  'Le Journal de Montréal': ['The Montreal Journal', 'The Journal of Montreal'],
  'Le Journal de Québec': ['The Quebec Journal', 'The Journal of Quebec'],
};
/** Word-for-word French renderings of English names (garbles a machine translation produces). */
const TO_FR: Record<string, readonly string[]> = {
  'The New York Times': ['Les Temps de New York', 'Le Temps de New York'],
  'The Washington Post': ['La Poste de Washington', 'Le Poteau de Washington'],
  'The Guardian': ['Le Gardien', 'Le Tuteur'],
  'BBC News': ['Nouvelles de la BBC', 'BBC Nouvelles'],
  'The Wall Street Journal': ['Le Journal de Wall Street', 'Le Journal de la rue du Mur'],
  'Financial Times': ['Temps Financiers', 'Les Temps financiers'],
  'New York Post': ['La Poste de New York'],
};
/** Other outlets whose names begin like a known one: kept as written, never mapped to the known outlet. */
const LOOKALIKE_FR = ['Le Soir d’Algérie', 'La Presse de Tunisie', 'Le Temps du Gabon', 'Le Devoir de Douala', 'Les Échos de Libreville', 'Le Monde des Ados'];
const LOOKALIKE_EN = ['The Washington Times', 'The Sunday Guardian'];
const LOOKALIKES_V12 = new Set([...LOOKALIKE_FR, ...LOOKALIKE_EN]);

/** Web hosts of outlets a linking site can point to. */
const WEB: Record<string, string> = {
  'La Presse': 'www.lapresse.ca', 'Le Devoir': 'www.ledevoir.com', 'Le Journal de Montréal': 'www.journaldemontreal.com',
  'Le Journal de Québec': 'www.journaldequebec.com', 'Le Soleil': 'www.lesoleil.com', 'Le Monde': 'www.lemonde.fr',
  'Le Figaro': 'www.lefigaro.fr', 'Libération': 'www.liberation.fr', 'Le Temps': 'www.letemps.ch', 'La Libre Belgique': 'www.lalibre.be',
};
/** Names a title suffix can carry without ambiguity. */
const SUFFIX_OK = ['Le Monde', 'Le Figaro', 'Libération', 'Le Parisien', 'Ouest-France', 'Sud Ouest', 'La DH', 'Le Soir', 'Le Temps', 'La Presse', 'Le Devoir', 'The Guardian', 'CNN', 'Le Soir d’Algérie'];

type Into = SiteV2['translate'];

/** How `canonical` reads on a site translating into `into`: word for word with the site's share, when a rendering exists. */
function asPrinted(d: Dice, canonical: string, into: Into, lookalike: boolean): Credit {
  const forms = into === undefined ? undefined : (into.into === 'en' ? TO_EN : TO_FR)[canonical];
  const translated = forms !== undefined && d.chance(into!.share);
  return { shown: translated ? d.pick(forms) : canonical, canonical, translated, lookalike };
}

/** An original's credited outlet drawn from `[names, weight]` pools; the weight left below 1 credits nobody. */
function creditPools(pools: readonly (readonly [readonly string[], number])[], into?: Into): (d: Dice) => Credit | null {
  return (d) => {
    let r = d.next();
    for (const [names, weight] of pools) {
      if (r < weight) {
        const canonical = d.pick(names);
        return asPrinted(d, canonical, into, LOOKALIKES_V12.has(canonical));
      }
      r -= weight;
    }
    return null;
  };
}

// ——— Template helpers ———

const plus = (p: Page, minutes: number): TZDate => new TZDate(p.s.date.getTime() + minutes * 60_000, TZ);
const keywords = (p: Page, pool: readonly string[], n: number): string => p.d.sample(pool, n).join(' · ');
/** The original's address on its outlet's web host. */
const linkToOriginal = (p: Page): string =>
  `https://${WEB[p.s.credit!.canonical]}/${slug(p.d.pick(SECTIONS))}/${fmtFr(p.s.date, 'yyyyMMdd')}-${slug(p.s.src.title)}`;
/** Shown metadata of a republishing site: a byline only beside a credit. */
const withCredit = (p: Page, date: Shown['date']): Shown => ({ author: p.s.credit !== null, date });
const upper = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
/** Spelled-out French day numbers for the Haitian daily ("premier" for the first). */
const dayFr = (p: Page): string => (p.s.date.getDate() === 1 ? '1er' : String(p.s.date.getDate()));

// ——— The twelve sites ———

export const SITES_V12: readonly SiteV2[] = [
  {
    id: 'rennes-daily',
    name: 'L’Écho d’Ille-et-Vilaine',
    lang: 'fr',
    originals: 18,
    attribution: 'own',
    render(p) {
      const { d } = p;
      p.chrome('L’ÉCHO D’ILLE-ET-VILAINE', 'Rennes · Saint-Malo · Vitré · Fougères · Redon', 'S’abonner dès 1 € le premier mois', 'Accueil > Bretagne > ' + d.pick(SECTIONS)).blank();
      p.title().blank();
      p.meta(`Par ${p.s.author}, rédaction de Rennes`);
      p.meta(`Publié le ${fmtFr(p.s.date, 'dd/MM/yyyy')} à ${fmtFr(p.s.date, "HH'h'mm")}`);
      if (d.chance(0.5)) p.chrome(`Modifié le ${fmtFr(plus(p, d.int(30, 300)), "dd/MM/yyyy 'à' HH'h'mm")}`);
      p.blank();
      p.body({ [p.mid()]: ['À lire également', ...p.related(2)] });
      p.chrome(`Vous avez aimé cet article ? Recevez chaque matin à 7 heures l’essentiel de l’actualité rennaise et bretonne dans votre boîte mail, c’est gratuit et vous pouvez vous désinscrire à tout moment en un clic depuis le bas de chaque lettre.`).blank();
      p.chrome(`${d.int(0, 48)} réactions`, 'Réagir à cet article (réservé aux abonnés)').blank();
      p.chrome(`© L’Écho d’Ille-et-Vilaine ${fmtFr(p.s.date, 'yyyy')} – Reproduction interdite sans autorisation écrite de l’éditeur`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'dijon-site',
    name: 'Dijon Cité Info',
    lang: 'fr',
    originals: 16,
    attribution: 'credit',
    draw: creditPools([[FR, 0.65], [BE, 0.1]]),
    render(p) {
      const { d } = p;
      p.chrome('Dijon Cité Info', 'Le site d’information de la métropole dijonnaise', 'Accueil | Dijon | Côte-d’Or | France | Sports | Agenda').blank();
      p.title((t) => (d.chance(0.4) ? `${t} | Dijon Cité Info` : t)).blank();
      p.credit([
        (o) => `Cet article est reproduit avec l’aimable autorisation ${de(o)}.`,
        (o) => `${o} nous a autorisés à reprendre cet article, paru initialement dans ses colonnes.`,
        (o) => `Article paru dans ${o} et republié ici avec son accord.`,
      ]);
      if (p.s.credit) p.meta(`Signé ${p.s.author}`);
      p.meta(`Mis en ligne le ${fmtFr(p.s.date, 'd MMMM yyyy')}`).blank();
      p.body();
      p.chrome('Partager : Facebook | Twitter | LinkedIn | Courriel').blank();
      p.chrome('Dijon Cité Info vit uniquement grâce à ses lecteurs : pas de publicité intrusive, pas d’actionnaire. Si vous voulez que l’information locale reste libre et accessible à tous, soutenez-nous par un don ponctuel ou mensuel, déductible à 66 % de vos impôts.');
      p.chrome(`Mots-clés : ${keywords(p, KEYWORDS, 3)}`, `Tous droits réservés Dijon Cité Info ${fmtFr(p.s.date, 'yyyy')}`);
      return withCredit(p, 'day');
    },
  },
  {
    id: 'perpignan-catalan',
    name: 'Diari del Rosselló',
    lang: 'fr',
    originals: 14,
    attribution: 'source-line',
    draw: creditPools([[FR, 0.55], [CH, 0.1]]),
    render(p) {
      const { d } = p;
      p.chrome('DIARI DEL ROSSELLÓ', 'Le quotidien numérique des Catalans du Nord – El diari dels catalans del Nord', 'Inici / Accueil · Actualitat / Actualité · Cultura · Esports · Contacte').blank();
      p.title().blank();
      p.meta(`${fmtFr(p.s.date, 'dd.MM.yyyy')} – ${fmtFr(p.s.date, 'HH:mm')}`).blank();
      p.body({ [p.mid()]: ['LLEGIU TAMBÉ / LIRE AUSSI', p.related(1)[0]!] });
      if (p.s.credit) {
        p.meta(d.pick([`Font / Source : ${p.s.credit.shown}`, `Source : ${p.s.credit.shown}`, `Font: ${p.s.credit.shown}`]));
        p.meta(`Auteur / Autor : ${p.s.author}`);
      }
      p.blank();
      p.chrome('Aquest lloc utilitza galetes. Ce site utilise des cookies pour mesurer l’audience et vous proposer des contenus adaptés à vos centres d’intérêt ; en poursuivant la navigation, vous acceptez leur dépôt. D’acord / J’accepte', 'Diari del Rosselló · Carrer de la Fusteria · Perpinyà');
      return withCredit(p, 'full');
    },
  },
  {
    id: 'mons-tv',
    name: 'Télé Haine-Borinage',
    lang: 'fr',
    originals: 14,
    attribution: 'credit',
    chromeOnlyPage: true,
    draw: creditPools([[BE, 0.6], [FR, 0.15], [['Le Soir d’Algérie', 'Le Monde des Ados'], 0.1]]),
    render(p) {
      const { d } = p;
      p.chrome('TÉLÉ HAINE-BORINAGE', 'EN DIRECT | REPLAY | INFO | SPORT | MÉTÉO', 'Regardez notre JT de 18 heures en direct sur le canal 21 ou sur notre application').blank();
      p.title().blank();
      p.meta(`${fmtFr(p.s.date, 'EEEE d MMMM yyyy')} - ${fmtFr(p.s.date, 'HH:mm')}`);
      p.credit([
        (o) => `Selon un article publié par ${o}`,
        (o) => `Une information relayée par ${o}`,
        (o) => `Avec ${o}`,
      ]);
      if (p.s.credit) p.meta(`Rédaction web : ${p.s.author}`);
      p.blank();
      p.body({ [p.mid()]: [`Photo d’illustration © ${d.pick(CAMERAS)}`] });
      p.chrome('Vidéos à la une', ...p.related(3)).blank();
      p.chrome('Vous avez été témoin d’un événement dans la région de Mons ? Envoyez-nous vos photos et vidéos via notre formulaire ou par WhatsApp : notre rédaction vous recontactera avant toute diffusion, dans le respect de votre vie privée.');
      p.chrome('Télé Haine-Borinage est une télévision locale reconnue par la Fédération Wallonie-Bruxelles – Tous droits réservés');
      return withCredit(p, 'full');
    },
  },
  {
    id: 'sion-paper',
    name: 'Le Courrier du Valais central',
    lang: 'fr',
    originals: 16,
    attribution: 'own',
    render(p) {
      const { d } = p;
      p.chrome('Le Courrier du Valais central', 'Sion – Sierre – Martigny – Conthey', 'Se connecter | Mon compte | E-paper').blank();
      p.chrome(d.pick(SECTIONS).toUpperCase());
      p.title().blank();
      p.meta(`${p.s.author} – Sion, ${fmtFr(p.s.date, "EEEE d MMMM yyyy, HH'.'mm")}`).blank();
      p.body({ [p.mid()]: ['Cet article vous est offert. Pour lire tous nos contenus en illimité, découvrez nos offres numériques dès 9 francs 90 par mois, sans engagement et résiliables en tout temps depuis votre espace client.'] });
      p.chrome(`${d.int(1, 9)} min de lecture`, 'Partager sur WhatsApp', 'Imprimer').blank();
      p.chrome(`Copyright ${fmtFr(p.s.date, 'yyyy')} Le Courrier du Valais central SA. Toute reproduction, même partielle, requiert l’accord préalable de la rédaction.`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'trois-rivieres',
    name: 'La Gazette mauricienne',
    lang: 'fr',
    originals: 15,
    attribution: 'url-host',
    draw: creditPools([[['La Presse', 'Le Devoir', 'Le Journal de Montréal', 'Le Journal de Québec', 'Le Soleil'], 0.7], [['Le Monde', 'Libération'], 0.1]]),
    render(p) {
      const { d } = p;
      p.chrome('La Gazette mauricienne', 'Trois-Rivières · Shawinigan · Bécancour · Louiseville', 'Nouvelles | Opinions | Sports | Arts | Nécrologie').blank();
      p.title().blank();
      p.meta(`${fmtFr(p.s.date, 'yyyy-MM-dd HH:mm')}`);
      if (p.s.credit) {
        p.meta(d.pick([`Texte original : ${linkToOriginal(p)}`, `Lire l’article complet sur ${linkToOriginal(p)}`, linkToOriginal(p)]));
        p.meta(`${p.s.author}`);
      }
      p.blank();
      p.body();
      p.chrome('Vous avez repéré une erreur dans ce texte ? Écrivez-nous.').blank();
      p.chrome('Infolettre : chaque soir, les nouvelles de la Mauricie et du Centre-du-Québec livrées dans votre boîte de courriel, avec les avis de décès et la météo du lendemain. Inscrivez-vous en entrant votre adresse ci-dessous.');
      p.chrome(`© ${fmtFr(p.s.date, 'yyyy')} La Gazette mauricienne inc. Tous droits réservés.`);
      return withCredit(p, 'full');
    },
  },
  {
    id: 'douala-portal',
    name: 'Wouri Actu',
    lang: 'fr',
    originals: 15,
    attribution: 'credit',
    draw: creditPools([[FR, 0.45], [['Le Temps du Gabon', 'Le Devoir de Douala', 'Les Échos de Libreville', 'La Presse de Tunisie'], 0.3]]),
    render(p) {
      const { d } = p;
      p.chrome('WOURI ACTU', 'L’actualité du Cameroun et du monde en continu', 'POLITIQUE  ÉCONOMIE  SOCIÉTÉ  INTERNATIONAL  SPORT  CULTURE').blank();
      p.title().blank();
      p.meta(fmtFr(p.s.date, "dd MMM yyyy 'à' HH:mm"));
      p.credit([
        (o) => `(${o})`,
        (o) => `Wouri Actu avec ${o}`,
        (o) => `Par ${o} – repris par Wouri Actu`,
      ]);
      if (p.s.credit) p.meta(`Auteur : ${p.s.author}`);
      p.blank();
      p.body({ [p.mid()]: ['PUBLICITÉ'] });
      p.chrome('Commentaires', `${d.int(0, 30)} commentaire(s)`, 'Laisser un commentaire', 'Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *', 'Nom *', 'E-mail *', 'Publier').blank();
      p.chrome('Téléchargez l’application Wouri Actu sur Google Play et l’App Store pour recevoir nos alertes en temps réel, même sans connexion rapide, et lire nos dossiers hors ligne.', `Wouri Actu © ${fmtFr(p.s.date, 'yyyy')}`);
      return withCredit(p, 'full');
    },
  },
  {
    id: 'algiers-sports',
    name: 'Le Stade et la Cité',
    lang: 'fr',
    originals: 15,
    attribution: 'title-suffix',
    draw: creditPools([[['Le Monde', 'Le Figaro', 'Libération', 'Le Parisien', 'Ouest-France', 'Sud Ouest', 'La DH', 'Le Soir', 'Le Temps', 'La Presse', 'Le Devoir'], 0.75], [['Le Soir d’Algérie'], 0.1]]),
    render(p) {
      const { d } = p;
      p.chrome('Le Stade et la Cité', 'Quotidien national d’information sportive et générale', 'Football | Handball | Nation | Monde | Contributions').blank();
      const sep = d.pick([' - ', ' – ', ' | ', ' // ']);
      p.title((t) => (p.s.credit ? `${t}${sep}${p.s.credit.shown}` : t)).blank();
      p.meta(`Le ${fmtFr(p.s.date, 'dd-MM-yyyy')}`).blank();
      p.body({ [p.mid()]: ['Sur le même sujet :', p.related(1)[0]!] });
      p.chrome(`Lu ${d.int(80, 9000)} fois`).blank();
      p.chrome('Les articles publiés dans la rubrique Monde sont issus de la presse internationale et restent la propriété de leurs éditeurs ; Le Stade et la Cité ne saurait être tenu responsable des opinions qui y sont exprimées ni des erreurs éventuelles.');
      p.chrome(`Le Stade et la Cité ${fmtFr(p.s.date, 'yyyy')} ©`);
      return { author: false, date: 'day' };
    },
  },
  {
    id: 'haiti-daily',
    name: 'Le Phare haïtien',
    lang: 'fr',
    originals: 15,
    attribution: 'own',
    render(p) {
      const { d } = p;
      p.chrome('LE PHARE HAÏTIEN', 'Le journal des Haïtiens d’ici et de la diaspora', 'National | Diaspora | Économie | Culture | Sports | Éditorial').blank();
      p.title().blank();
      p.meta(`${upper(fmtFr(p.s.date, 'EEEE'))} ${dayFr(p)} ${fmtFr(p.s.date, "MMMM yyyy, HH 'h' mm")}`);
      if (d.chance(0.5)) p.chrome(`Il y a ${d.int(2, 11)} jours`);
      p.meta(`${p.s.author}, envoyé spécial`).blank();
      p.body();
      p.chrome('Soutenez le journalisme indépendant en Haïti : abonnez-vous à notre édition numérique pour 5 dollars américains par mois et accédez à nos archives depuis 1998, à nos enquêtes et à l’édition du dimanche en format PDF.').blank();
      p.chrome('Articles similaires', ...p.related(3)).blank();
      p.chrome(`Tous droits réservés – Le Phare haïtien, Port-au-Prince, ${fmtFr(p.s.date, 'yyyy')}`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'consumer-mag',
    name: 'Conso Pratique',
    lang: 'fr',
    originals: 16,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.7 },
    draw: creditPools([[EN, 0.55], [['The Washington Times', 'The Sunday Guardian'], 0.1], [FR, 0.15]], { into: 'fr', share: 0.7 }),
    render(p) {
      const { d } = p;
      p.chrome('Conso Pratique', 'Tests | Guides d’achat | Actualités | Vos droits | Forum', 'Actualités > ' + d.pick(['Budget', 'Énergie', 'Transports', 'Consommation'])).blank();
      p.title().blank();
      p.meta(`Actualité publiée le ${fmtFr(p.s.date, 'dd/MM/yy')}`);
      p.credit([
        (o) => `D’après ${o} (traduction Conso Pratique)`,
        (o) => `Cet article a d’abord été publié par ${o}. Traduit de l’anglais.`,
        (o) => `Traduit et adapté d’un article ${de(o)}`,
      ]);
      if (p.s.credit) p.meta(`Adaptation : ${p.s.author}`);
      p.blank();
      p.body({ [p.mid()]: ['Notre guide : comment réduire sa facture de chauffage cet hiver'] });
      p.chrome('Cet article vous a-t-il aidé ? Oui (' + d.int(3, 200) + ') Non (' + d.int(0, 40) + ')').blank();
      p.chrome('Vous êtes arrivé au bout de vos trois articles gratuits ce mois-ci. Devenez adhérent pour accéder à tous nos tests comparatifs, à nos fiches pratiques et à l’assistance juridique par téléphone, à partir de 3,50 euros par mois.');
      p.chrome(`Conso Pratique © ${fmtFr(p.s.date, 'yyyy')} – Toute reproduction à des fins commerciales est interdite`);
      return withCredit(p, 'day');
    },
  },
  {
    id: 'podcast-network',
    name: 'Ondes Libres',
    lang: 'fr',
    originals: 14,
    attribution: 'none',
    chromeOnlyPage: true,
    render(p) {
      const { d } = p;
      p.chrome('Ondes Libres', 'Podcasts · Émissions · Actus · Nous soutenir', `Épisode ${d.int(12, 340)} – écouter (${d.int(8, 59)} min)`).blank();
      p.title().blank();
      p.body();
      p.chrome('Abonnez-vous à nos podcasts sur votre application d’écoute préférée et retrouvez chaque jeudi notre revue de presse sonore, préparée par une équipe de bénévoles qui ne vit que de vos dons : sans vous, pas de micro.').blank();
      p.chrome(`Transcription générée automatiquement, relue par l’équipe. Signaler une erreur`, `Ondes Libres – contenu sous licence Creative Commons BY-NC-SA ${fmtFr(p.s.date, 'yyyy')}`);
      return { author: false, date: 'none' };
    },
  },
  {
    id: 'paris-expat',
    name: 'The Paris Passenger',
    lang: 'en',
    originals: 14,
    attribution: 'credit',
    chromeOnlyPage: true,
    translate: { into: 'en', share: 0.75 },
    draw: creditPools([[FR, 0.5], [BE, 0.1], [CH, 0.1], [QC, 0.1]], { into: 'en', share: 0.75 }),
    render(p) {
      p.chrome('THE PARIS PASSENGER', 'News, Culture and Practical Life for English Speakers in France', 'News | Living | Eat & Drink | Events | Jobs | Classifieds').blank();
      p.title().blank();
      p.meta(`${fmtEn(p.s.date, "MMMM d, yyyy 'at' h:mm a")}`);
      p.credit([
        (o) => `This article was first published in French by ${o} and translated by our desk.`,
        (o) => `Translated from ${o}`,
        (o) => `${o} originally reported this story; we republish it in English with permission.`,
      ]);
      if (p.s.credit) p.meta(`Translation by ${p.s.author}`);
      p.blank();
      p.body({ [p.mid()]: ['RELATED: Your guide to getting around Paris during the protests'] });
      p.chrome(`Filed under: ${keywords(p, KEYWORDS_EN, 3)}`).blank();
      p.chrome('Love what we do? The Paris Passenger is reader-funded. For the price of a coffee a month you keep our English-language reporting on France free for everyone, ad-light, and independent of any media group. Become a member today.');
      p.chrome('Comments are closed.', `Copyright © ${fmtEn(p.s.date, 'yyyy')} The Paris Passenger. All rights reserved.`);
      return withCredit(p, 'full');
    },
  },
];

const JUNK_V12: readonly { name: string; bytes: Uint8Array }[] = [
  { name: 'empty', bytes: new Uint8Array(0) },
  { name: 'jpeg', bytes: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01]) },
  { name: 'sitemap', bytes: Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<urlset></urlset>\n', 'utf8') },
  { name: 'error-page', bytes: Buffer.from('503 Service Temporarily Unavailable\n', 'utf8') },
  { name: 'consent-only', bytes: Buffer.from('Nous respectons votre vie privée. Accepter | Refuser | Paramétrer\n', 'utf8') },
  { name: 'zip', bytes: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]) },
  { name: 'whitespace', bytes: Buffer.from(' \r\n\r\n \t \r\n', 'utf8') },
];

// ——— Generation ———

/** Whether `host` can name `canonical` its way (a link needs a known host, a suffix an unambiguous name). */
function canCredit(host: SiteV2, canonical: string): boolean {
  switch (host.attribution) {
    case 'own':
    case 'none':
      return false;
    case 'url-host':
      return canonical in WEB;
    case 'title-suffix':
      return SUFFIX_OK.includes(canonical);
    default:
      return true;
  }
}

/**
 * Builds the v12 set from clean sources (deterministic for a seed): every site's originals, copies on one or two
 * other sites (some without headline, some missing their last paragraph), bare files, chrome-only pages and junk,
 * shuffled, each file in one of several encodings and named by content.
 */
export function generateUnseenV12(pool: readonly UnseenSource[], seed: number = FROZEN_SEED_V12): { files: UnseenFile[]; manifest: UnseenEntry[] } {
  const d = new Dice(makeRng(seed));
  const wanted = SITES_V12.reduce((n, s) => n + s.originals, 0) + BARE_COUNT;
  if (pool.length < wanted) throw new Error(`unseen sites v12: ${wanted} clean articles needed, the pool has ${pool.length}`);
  const chosen = d.sample(pool, wanted);
  const titles = chosen.map((s) => s.title);
  const othersOf = (src: UnseenSource): string[] => d.sample(titles.filter((t) => t !== src.title), 4);
  const when = (): TZDate => {
    const day = new Date(START + d.int(0, DAY_COUNT) * 86_400_000);
    return new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), d.int(5, 23), d.int(0, 59), 0, TZ);
  };
  const made: MadePage[] = [];
  let next = 0;
  for (const site of SITES_V12) {
    for (const src of chosen.slice(next, next + site.originals)) {
      const story: Story = { src, body: src.body, author: d.pick(STAFF), date: when(), headline: true, credit: site.draw?.(d) ?? null, others: othersOf(src) };
      made.push(page(site, story, d, false));
      if (!d.chance(TRAVELS)) continue;
      // What a copy can credit: the original's own credit, else the site's name where the site signs its articles.
      const first = story.credit ?? (site.attribution === 'own' ? { canonical: site.name, lookalike: site.lookalike === true } : null);
      for (const host of d.sample(SITES_V12.filter((s) => s !== site), d.chance(TRAVELS_FAR) ? 2 : 1)) {
        const credit = first !== null && canCredit(host, first.canonical) ? asPrinted(d, first.canonical, host.translate, first.lookalike) : null;
        const body = src.body.length > 3 && d.chance(CUT_SHORT) ? src.body.slice(0, -1) : src.body;
        // A title-suffix site's evidence is its headline: its copies keep one.
        const headline = host.attribution === 'title-suffix' || !d.chance(NO_HEADLINE);
        made.push(page(host, { ...story, body, headline, credit, others: othersOf(src) }, d, false));
      }
    }
    next += site.originals;
    if (site.chromeOnlyPage) {
      const src = chosen[0]!;
      made.push(page(site, { src, body: [], author: d.pick(STAFF), date: when(), headline: false, credit: null, others: othersOf(src) }, d, true));
    }
  }
  for (const src of chosen.slice(next)) made.push(creditsNobody(bareFile(src)));
  for (const j of JUNK_V12) made.push(creditsNobody(junkFile(j)));
  return packFiles(d, made, ENCODINGS_V12, 'v12-');
}

/** Heading of the v12 table and JSON. */
export const V12_HEADING = 'UNSEEN SITES v12 (frozen 2026-11-30, development data since 17:01: its misses were read)';

/** Generates v12, runs the real ingest on it and prints its figures (without the DEV simulation). */
export const runUnseenEvalV12 = unseenSetRunner(V12_HEADING, generateUnseenV12);

generatorCli(import.meta.url, 'unseen sites v12', generateUnseenV12, FROZEN_SEED_V12);
