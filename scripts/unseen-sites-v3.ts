/**
 * Generates the FROZEN unseen-sites v3 evaluation set (issue 8): twelve more invented sites wrapped around clean public articles.
 *
 * DEVELOPMENT DATA since 2026-11-30 14:54 (its misses were read); the frozen set is now scripts/unseen-sites-v4.ts.
 *
 * FROZEN on 2026-11-30 (v3), at 15:30, when v2 (scripts/unseen-sites-v2.ts) became development data because
 * its misses were read. Written without reading the ingest rules (src/ingest/), the word lists (src/data/)
 * or the template wordings of v1, v2 and scripts/simulate-heldout.ts: the sites, page structures, outlets,
 * credit wordings, translations and chrome here are new. Nobody tunes rules against it: do not read its
 * misses while changing rules (`--show` stays 0), do not edit its templates, wordings or seed to move a
 * score. When a case fails, fix the general cause, then freeze a v4 and call this one development data.
 *
 * `npm run eval:unseen` scores v1, v2 then this set (`npm run eval:unseen:v3`, or `npm run eval -- --unseen
 * --unseen-set v3`, for this one only); `npx tsx scripts/unseen-sites-v3.ts --out DIR` only writes the folder
 * and its manifest (the v1 format, with v2's `outletEvidence`).
 *
 * Article text is read AT RUN TIME from ../shared/corpus/gilets-jaunes (v1's clean pool, drawn with another
 * seed and order): no corpus text is stored in the project. Structures differ from one site to the next: a
 * byline at the bottom, headlines in capitals, kickers above headlines, the headline repeated as a picture's
 * alt text, an English site translating French papers, a forum thread, an AMP-like stripped page, a newsletter
 * archive, a scraper keeping the source's title suffix; French, Belgian, Swiss, Québécois, Ivorian, Senegalese,
 * British, American and Canadian sites.
 *
 * Expected outlet: v2's convention (who published the article first, as the file credits it), recorded per
 * file in `outletEvidence` (`credit`, `source-line`, `url-host`, `title-suffix`, `masthead-byline`, `none`):
 * machine-translated names of real outlets expect the canonical name, look-alike names are kept as written,
 * the site's own name is the outlet only where it shows its masthead and its own staff's byline, and the
 * republisher is the site's name whenever the file credits another outlet.
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
  type Story,
  type UnseenFile,
  type UnseenSource,
} from './unseen-sites.ts';

// ——— Size and mix of the set ———

/** Seed of the v3 set (not v1's, v2's or simulate-heldout's). */
export const FROZEN_SEED_V3 = 20261130_3;
/** Clean articles left bare (title and body only, crediting nobody). */
const BARE = 9;
/** Share of originals copied by one other site (some by two). */
const COPY_SHARE = 0.42;
/** Share of copied originals that a second other site copies too. */
const SECOND_COPY_SHARE = 0.25;
/** Share of copies that show no headline line (their title must come from another copy). */
const HEADLESS_SHARE = 0.3;
/** Share of copies that drop their last paragraph (still the same text for folding). */
const TRIM_SHARE = 0.3;
const TIME_ZONE = 'Europe/Paris';
/** Encodings of the written files: UTF-8 most often, with a BOM, CRLF, Windows-1252 and UTF-16 as scrapers leave them. */
const ENCODINGS: readonly Encoding[] = ['utf-8', 'utf-8', 'utf-8', 'utf-8-crlf', 'utf-8-bom', 'cp1252', 'cp1252-crlf', 'utf-16le-bom'];

// ——— Invented people; real, translated and look-alike outlets ———

const AUTHORS = [
  'Gwenaëlle Le Bihan', 'Pierre-Yves Mottet', 'Aminata Konaté', 'Jean-Sébastien Gagnon', 'Régine Vanderstraeten',
  'Ursula Bächli', 'Kofi Mensah-Ouattara', 'Claire Dubuisson', 'Nathaniel Okafor', 'Siobhan Keane', 'Mathieu Lévesque', 'Inès Bouchareb',
];
const PHOTOGRAPHERS = ['Yannick Le Goff', 'Fatou Diallo', 'Reto Schüpbach', 'Marie-Ève Tremblay', 'Callum Price'];
const SECTIONS_FR = ['SOCIÉTÉ', 'Économie', 'Mouvements sociaux', 'Fiscalité', 'À LA UNE', 'Territoires', 'Politique'];
const SECTIONS_EN = ['World', 'Europe', 'Cost of living', 'Politics', 'Analysis'];

/** Word-for-word English renderings of French-language outlets (as a machine translator leaves them). */
const FR_INTO_EN: Record<string, string[]> = {
  'Le Monde': ['The World'],
  Libération: ['Liberation', 'The Liberation'],
  'Le Parisien': ['The Parisien', 'Parisian (The)'],
  'Ouest-France': ['West-France', 'France West', 'France of the West'],
  'La Voix du Nord': ['The Northern Voice', 'Voice of the North', 'The North Voice'],
  'Sud Ouest': ['South West', 'Southwest'],
  'La Dépêche du Midi': ['The Dispatch of the Midi', 'The Midi Dispatch'],
  'Les Échos': ['The Echoes'],
  'Le Télégramme': ['The Telegram'],
  'La Libre Belgique': ['The Free Belgium', 'Free Belgium'],
  'Le Soir': ['The Evening'],
  'Le Devoir': ['The Duty'],
  'La Presse': ['The Press'],
  'Le Journal de Montréal': ['The Montreal Journal', 'Montreal Journal (The)'],
  'Tribune de Genève': ['Geneva Tribune', 'Tribune of Geneva'],
  'Le Progrès': ['The Progress'],
};
/** Word-for-word French renderings of English-language outlets. */
const EN_INTO_FR: Record<string, string[]> = {
  'The Guardian': ['Le Gardien'],
  'The New York Times': ['Le Temps de New York', 'New York Temps'],
  'The Washington Post': ['La Poste de Washington', 'Le Poste de Washington'],
  'The Wall Street Journal': ['Le Journal de Wall Street'],
  'The Economist': ['L’Économiste'],
  'Financial Times': ['Les Temps Financiers', 'Temps financiers'],
  'The Boston Globe': ['Le Globe de Boston'],
  'The Globe and Mail': ['Le Globe et le Courrier'],
  'Toronto Star': ['L’Étoile de Toronto'],
};
const FR_REAL = ['Le Monde', 'Libération', 'Le Parisien', 'Ouest-France', 'La Voix du Nord', 'Sud Ouest', 'Les Échos', 'Le Télégramme', 'Le Progrès'];
const BE_REAL = ['La Libre Belgique', 'Le Soir', 'La DH'];
const CH_REAL = ['Tribune de Genève', 'Le Temps', 'Le Matin'];
const QC_REAL = ['Le Devoir', 'La Presse', 'Le Journal de Montréal', 'Le Soleil'];
const EN_REAL = Object.keys(EN_INTO_FR);
/** Outlets whose names begin like a known outlet's but are other outlets: kept as written, never mapped. */
const LOOKALIKES = new Set([
  'Le Soir d’Anjou', 'La Presse Plaisancière', 'Le Devoir Citoyen', 'Les Échos du Pilat', 'Le Temps Libre Hebdo',
  'La Voix du Nord-Cotentin Agricole', 'The Guardian Angel Gazette', 'The Post of Ashford', 'The Globe Runner',
]);
const LOOK_FR = [...LOOKALIKES].filter((n) => !n.startsWith('The '));
const LOOK_EN = [...LOOKALIKES].filter((n) => n.startsWith('The '));
/** Hosts of known outlets, for links to the original and scraper title suffixes. */
const HOSTS: Record<string, string> = {
  'Le Monde': 'www.lemonde.fr', Libération: 'www.liberation.fr', 'Ouest-France': 'www.ouest-france.fr', 'Le Soir': 'www.lesoir.be',
  'La Libre Belgique': 'www.lalibre.be', 'Le Temps': 'www.letemps.ch', 'Tribune de Genève': 'www.tdg.ch', 'Le Devoir': 'www.ledevoir.com',
  'La Presse': 'www.lapresse.ca', 'The Guardian': 'www.theguardian.com', 'The New York Times': 'www.nytimes.com',
};
const HOSTED = Object.keys(HOSTS);

/** A credit naming `canonical`, machine-translated with probability `share` when a word-for-word rendering exists. */
function credited(d: Dice, canonical: string, translate: SiteV2['translate'], lookalike = LOOKALIKES.has(canonical)): Credit {
  const table = translate?.into === 'en' ? FR_INTO_EN : translate?.into === 'fr' ? EN_INTO_FR : {};
  const forms = table[canonical];
  const translated = forms !== undefined && d.chance(translate!.share);
  return { shown: translated ? d.pick(forms) : canonical, canonical, translated, lookalike };
}

/** Draws from weighted pools of canonical names (untranslated: the generator translates); the weight left over credits nobody. */
function pools(weighted: readonly [readonly string[], number][]): (d: Dice) => Credit | null {
  return (d) => {
    let r = d.next();
    for (const [names, w] of weighted) {
      if (r < w) return credited(d, d.pick(names), undefined);
      r -= w;
    }
    return null;
  };
}

const y = (s: Story): string => fmtFr(s.date, 'yyyy');
const host = (c: Credit): string => HOSTS[c.canonical] ?? 'www.example.org';
const upper = (t: string): string => t.toLocaleUpperCase('fr');

// ——— Twelve invented sites ———

/** The twelve v3 sites. */
export const SITES_V3: readonly SiteV2[] = [
  {
    // Brittany, own staff; kicker above the headline, byline and date at the BOTTOM of the page.
    id: 'rade-info', name: 'Rade Info', lang: 'fr', originals: 22, attribution: 'own', chromeOnlyPage: true,
    render(p) {
      p.chrome('RADE INFO', 'Le quotidien numérique de la rade de Brest', 'Se connecter · Mon espace lecteur');
      p.chrome(
        'Rade Info et ses partenaires déposent des traceurs sur votre terminal pour mesurer l’audience, personnaliser les contenus et proposer des offres adaptées ; vous pouvez retirer votre consentement à tout moment depuis le lien situé en pied de page de chaque article.',
      ).blank();
      if (!p.chromeOnly) p.chrome(p.d.pick(SECTIONS_FR));
      p.title().blank();
      p.body({ [p.mid()]: ['À lire aussi', ...p.related(2)] });
      p.meta(`Texte : ${p.s.author}`, fmtFr(p.s.date, "'Publié le' d MMMM yyyy 'à' HH'h'mm"));
      p.chrome('Vous avez repéré une erreur ? Signalez-la à la rédaction', 'Imprimer | Agrandir le texte | Partager', `© Rade Info ${y(p.s)}`);
      return { author: true, date: 'full' };
    },
  },
  {
    // Liège, republishes Belgian and French papers with credit; headline in CAPITALS.
    id: 'fil-liegeois', name: 'Le Fil liégeois', lang: 'fr', originals: 20, attribution: 'credit', chromeOnlyPage: true,
    draw: pools([[BE_REAL, 0.4], [FR_REAL, 0.2], [EN_REAL, 0.25], [LOOK_FR, 0.15]]), translate: { into: 'fr', share: 0.8 },
    render(p) {
      p.chrome('Le Fil liégeois — l’actualité de la Cité ardente', 'Accueil › Belgique › Wallonie');
      p.title(upper).blank();
      p.meta(fmtFr(p.s.date, "dd/MM/yyyy 'à' H'h'mm"));
      p.credit([
        (o) => `Cet article nous est parvenu grâce à nos confrères ${de(o)}.`,
        (o) => `${o} a publié cet article en premier ; nous le reprenons avec leur accord.`,
        (o) => `Reproduit avec l’accord de la rédaction ${de(o)}`,
      ]).blank();
      p.body();
      p.chrome(
        'Le Fil liégeois est une association sans but lucratif : aucun actionnaire, aucune publicité ciblée. Si nos sélections vous sont utiles, un virement même modeste nous permet de continuer à relayer chaque jour le meilleur de la presse belge francophone.',
        'J’aime · Je partage · Je commente (0)',
        `Tous droits réservés – Le Fil liégeois ASBL – ${y(p.s)}`,
      );
      return { author: false, date: 'full' };
    },
  },
  {
    // Lausanne weekly quoting its sources on a `Source` line; title suffix of its own name.
    id: 'leman-hebdo', name: 'Léman Hebdo', lang: 'fr', originals: 18, attribution: 'source-line',
    draw: pools([[CH_REAL, 0.6], [FR_REAL, 0.3], [LOOK_FR, 0.1]]),
    render(p) {
      p.chrome('Léman Hebdo', 'Vaud · Genève · Valais · Monde');
      p.title((t) => `${t} | Léman Hebdo`).blank();
      p.meta(fmtFr(p.s.date, "EEEE d MMMM yyyy, HH:mm"));
      p.body({ [p.mid()]: ['Publicité'] });
      p.credit([(o) => `Source : ${o}`, (o) => `Source – ${o}`, (o) => `(Source : ${o}, texte intégral)`]).blank();
      p.chrome(
        'Conformément à la nouvelle loi fédérale sur la protection des données, nous vous informons que ce site enregistre des statistiques de visite anonymisées. Aucune donnée n’est transmise à des tiers hors de Suisse sans votre accord explicite.',
        'Partager sur WhatsApp', 'Envoyer par courriel', `Léman Hebdo SA, Lausanne – ${y(p.s)}`,
      );
      return { author: false, date: 'full' };
    },
  },
  {
    // Montréal borough magazine, own staff; the headline repeated as a photo's alt text.
    id: 'plateau-mag', name: 'Le Plateau Mag', lang: 'fr', originals: 20, attribution: 'own', chromeOnlyPage: true,
    render(p) {
      p.chrome('Le Plateau Mag', 'Quartier · Culture · Société · Infolettre');
      p.title().blank();
      if (p.s.headline) p.chrome(`[Photo : ${p.s.src.title}] Crédit : ${p.d.pick(PHOTOGRAPHERS)}`);
      p.meta(`Par ${p.s.author}, journaliste`, fmtFr(p.s.date, "d MMMM yyyy '|' HH 'h' mm")).blank();
      p.body({ [p.mid()]: ['Abonnez-vous à notre infolettre du jeudi'] });
      p.chrome(
        'Le Plateau Mag est membre du Conseil de presse et s’engage à en respecter le guide de déontologie. Pour toute plainte concernant un texte publié ici, écrivez d’abord à notre rédactrice en chef ; une réponse vous sera donnée dans un délai de dix jours ouvrables.',
        'Signaler une coquille', `© ${y(p.s)} Le Plateau Mag inc.`,
      );
      return { author: true, date: 'full' };
    },
  },
  {
    // Dakar portal relaying French, Belgian and English-language papers, names garbled into French.
    id: 'sahel-direct', name: 'Sahel Direct', lang: 'fr', originals: 18, attribution: 'credit',
    draw: pools([[FR_REAL, 0.25], [EN_REAL, 0.45], [QC_REAL, 0.1], [LOOK_FR, 0.1], [LOOK_EN, 0.1]]), translate: { into: 'fr', share: 0.85 },
    render(p) {
      p.chrome('SAHEL DIRECT', 'Rejoignez notre chaîne WhatsApp pour recevoir les alertes');
      p.meta(fmtFr(p.s.date, "'Dakar, le' d MMMM yyyy"));
      p.title().blank();
      p.credit([
        (o) => `Article initialement publié par ${o}`,
        (o) => `Texte paru d’abord dans les colonnes ${de(o)}`,
        (o) => `Lu chez nos confrères ${de(o)} (publication originale)`,
      ]).blank();
      p.body({ [p.mid()]: ['PUBLICITÉ'] });
      p.chrome(
        'Sahel Direct vit grâce à ses lecteurs. Pour que l’information reste gratuite à Dakar comme dans la diaspora, soutenez-nous par Wave ou Orange Money : chaque contribution finance le travail de notre petite équipe de veille.',
        'Commentaires (0) — Connectez-vous pour réagir', `Sahel Direct © ${y(p.s)}, reproduction interdite`,
      );
      return { author: false, date: 'day' };
    },
  },
  {
    // A British site translating French-language papers into English, outlet names translated word for word.
    id: 'channel-crossing', name: 'Channel Crossing Review', lang: 'en', originals: 26, attribution: 'credit', chromeOnlyPage: true,
    draw: pools([[FR_REAL, 0.5], [BE_REAL, 0.2], [QC_REAL, 0.15], [LOOK_FR, 0.15]]), translate: { into: 'en', share: 0.75 },
    render(p) {
      p.chrome('Channel Crossing Review', 'French news, in English, every morning', 'Sign in | Subscribe');
      p.title((t) => `${t} – Channel Crossing Review`).blank();
      p.credit([
        (o) => `This piece was first published in French by ${o} and is republished with permission.`,
        (o) => `Originally appeared in ${o}. Translated by our desk.`,
        (o) => `${o} ran this story first; our translation follows.`,
      ]);
      p.meta(`By ${p.s.author}`, fmtEn(p.s.date, 'd MMMM yyyy')).blank();
      p.body({ [p.mid()]: ['Sign up to our morning briefing'] });
      p.chrome(
        'We use essential cookies to make this site work, and optional analytics cookies to understand how you use it. Click “Accept all” to agree, or “Manage settings” to choose which optional cookies we may set on your device.',
        'Share this article: Facebook · X · LinkedIn · Email', `© Channel Crossing Review Ltd ${y(p.s)}. Registered in England and Wales.`,
      );
      return { author: true, date: 'day' };
    },
  },
  {
    // An American aggregator on an AMP-like stripped page: no byline, only its own copyright (nothing credits an outlet).
    id: 'dispatch-desk', name: 'Dispatch Desk', lang: 'en', originals: 16, attribution: 'none', chromeOnlyPage: true,
    render(p) {
      p.chrome('Skip to main content', 'Menu', 'DISPATCH DESK');
      p.title().blank();
      p.body();
      p.chrome(
        'Dispatch Desk collects stories from around the web so you do not have to. Content is provided for informational purposes only and does not constitute an endorsement; if you believe a page infringes your rights, please contact our legal team.',
        'View full site', 'Back to top', `© ${y(p.s)} Dispatch Desk LLC. All rights reserved.`,
      );
      return { author: false, date: 'none' };
    },
  },
  {
    // A protest forum: a member posts the article in a thread and gives the source at the bottom.
    id: 'forum-ronds-points', name: 'Forum des Ronds-Points', lang: 'fr', originals: 16, attribution: 'source-line', chromeOnlyPage: true,
    draw: pools([[FR_REAL, 0.7], [BE_REAL, 0.1], [LOOK_FR, 0.1]]),
    render(p) {
      p.chrome('Forum des Ronds-Points', 'Index du forum › Actualités › Revue de presse');
      p.title((t) => `Sujet : ${t}`).blank();
      p.meta(`par ${p.d.pick(['gilou_44', 'Marjo-du-Tarn', 'RIC_maintenant', 'bzh.vincent'])} » ${fmtFr(p.s.date, 'EEE d MMM yyyy HH:mm')}`).blank();
      p.body();
      p.credit([(o) => `Source : ${o}`, (o) => `source: ${o}`]).blank();
      p.chrome(
        'Rappel de la charte : les messages injurieux, les appels à la violence et les données personnelles de tiers sont supprimés sans préavis. Citez toujours vos sources et évitez de recopier plusieurs fois le même article dans des sujets différents.',
        'Répondre · Citer · Signaler', 'Haut de page', `Forum des Ronds-Points – propulsé par un logiciel libre – ${y(p.s)}`,
      );
      return { author: false, date: 'full' };
    },
  },
  {
    // A newsletter archive page, written by the newsletter's own staff.
    id: 'lettre-bocage', name: 'La Lettre du Bocage', lang: 'fr', originals: 16, attribution: 'own', chromeOnlyPage: true,
    render(p) {
      p.chrome(`Archives de la lettre · n° ${100 + p.n(80)}`, 'Voir cette lettre dans votre navigateur', 'La Lettre du Bocage').blank();
      p.title().blank();
      p.meta(`Par ${p.s.author}`, `Mis à jour il y a ${2 + p.n(20)} heures`).blank();
      p.body();
      p.chrome(
        'Vous recevez ce message parce que vous vous êtes inscrit à La Lettre du Bocage sur notre site ou lors d’une de nos rencontres. Vos coordonnées ne sont jamais cédées ; vous pouvez vous désinscrire en un clic ou modifier vos préférences de réception.',
        'Se désinscrire | Gérer mes préférences', `La Lettre du Bocage, ${y(p.s)} — tous droits réservés`,
      );
      return { author: true, date: 'none' };
    },
  },
  {
    // A scraper keeping the source's title suffix (known outlets only, with other separators).
    id: 'revue-de-toile', name: 'Revue de Toile', lang: 'fr', originals: 16, attribution: 'title-suffix',
    draw: pools([[HOSTED, 1]]),
    render(p) {
      const sep = p.d.pick([' – ', ' :: ', ' » ', ' | ']);
      p.chrome('revue-de-toile.net : le meilleur du web, trié pour vous');
      p.title((t) => (p.s.credit ? `${t}${sep}${p.s.credit.shown}` : t)).blank();
      p.body();
      p.chrome(
        'Les contenus affichés sur Revue de Toile sont extraits automatiquement de flux publics et restent la propriété de leurs auteurs. Si vous êtes éditeur et souhaitez le retrait d’un de vos articles, utilisez le formulaire de contact : la page concernée sera supprimée sous quarante-huit heures.',
        `Tags : ${p.d.sample(['gilets jaunes', 'carburant', 'manifestation', 'Macron', 'impôts'], 3).join(', ')}`,
      );
      return { author: false, date: 'none' };
    },
  },
  {
    // A Canadian English site linking to the original on a known outlet's host.
    id: 'maple-ledger', name: 'The Maple Ledger', lang: 'en', originals: 16, attribution: 'url-host',
    draw: pools([[HOSTED, 1]]),
    render(p) {
      p.chrome('THE MAPLE LEDGER', 'News · Opinion · Québec · World');
      p.chrome(p.d.pick(SECTIONS_EN));
      p.title().blank();
      p.meta(`Posted ${fmtEn(p.s.date, 'MMM. d, yyyy')}`).blank();
      p.body({ [p.mid()]: ['Advertisement'] });
      p.credit([
        () => `Original article: https://${host(p.s.credit!)}/${slug(p.s.src.title)}`,
        () => `Read the original at ${host(p.s.credit!)}/${fmtEn(p.s.date, 'yyyy/MM/dd')}/${slug(p.s.src.title)}`,
      ]).blank();
      p.chrome(
        'The Maple Ledger is an independent, reader-funded newsroom. We never put our journalism behind a paywall, but that only works if enough readers chip in. Become a supporting member today for as little as five dollars a month.',
        `Copyright ${y(p.s)} The Maple Ledger`,
      );
      return { author: false, date: 'day' };
    },
  },
  {
    // Abidjan daily, own staff; its name begins like a known outlet's but is another outlet.
    id: 'matin-abidjan', name: 'Le Matin d’Abidjan', lang: 'fr', originals: 16, attribution: 'own', lookalike: true,
    render(p) {
      p.chrome('Le Matin d’Abidjan', 'Le journal qui se lève avec vous');
      p.meta(`Par ${p.s.author}, correspondant à Paris`);
      p.chrome(p.d.pick(SECTIONS_FR));
      p.title().blank();
      p.meta(fmtFr(p.s.date, "'Abidjan, le' d MMMM yyyy")).blank();
      p.body({ [p.mid()]: ['LIRE AUSSI :', ...p.related(1)] });
      p.chrome(
        'Téléchargez l’application du Matin d’Abidjan et lisez le journal du jour avant tout le monde, même sans connexion. Disponible gratuitement sur les boutiques d’applications, avec les alertes de la rédaction et le supplément sportif du lundi.',
        `${p.n(40)} réactions`, `Copyright © Le Matin d’Abidjan ${y(p.s)}`,
      );
      return { author: true, date: 'day' };
    },
  },
];

// ——— Junk ———

const JUNK: readonly { name: string; bytes: Uint8Array }[] = [
  { name: 'empty', bytes: new Uint8Array() },
  { name: 'blank-lines', bytes: Buffer.from('\n\n   \n\t\n', 'utf8') },
  { name: 'jpeg', bytes: Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x48]) },
  { name: 'gzip', bytes: Uint8Array.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xcb, 0x48, 0xcd, 0xc9, 0xc9, 0x07, 0x00]) },
  { name: 'browser-check', bytes: Buffer.from('Just a moment...\nEnable JavaScript and cookies to continue\n', 'utf8') },
  { name: 'csv-export', bytes: Buffer.from('id;titre;url;date\n1;;;\n2;;;\n', 'utf8') },
  { name: 'forbidden', bytes: Buffer.from('403 Forbidden\nnginx\n', 'utf8') },
];

// ——— Generation ———

/**
 * Builds the v3 set from clean sources (deterministic for a seed): every site's originals, copies on one or
 * two other sites (some headless, some trimmed), bare files, chrome-only pages and junk, shuffled, each file
 * in one of several encodings and named by content.
 */
export function generateUnseenV3(pool: readonly UnseenSource[], seed: number = FROZEN_SEED_V3): { files: UnseenFile[]; manifest: UnseenEntry[] } {
  const d = new Dice(makeRng(seed));
  const needed = SITES_V3.reduce((n, s) => n + s.originals, 0) + BARE;
  if (pool.length < needed) throw new Error(`unseen sites v3: need ${needed} clean articles, the pool has ${pool.length}`);
  const sources = d.sample(pool, needed);
  const titles = sources.map((s) => s.title);
  const when = (): TZDate => {
    const t = new Date(Date.UTC(2018, 10, 20) + d.int(0, 180) * 86_400_000);
    return new TZDate(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate(), d.int(6, 23), d.int(0, 59), 0, TIME_ZONE);
  };
  const story = (src: UnseenSource, credit: Credit | null, rest: Partial<Story> = {}): Story => ({
    src, body: src.body, author: d.pick(AUTHORS), date: when(), headline: true, credit,
    others: d.sample(titles.filter((t) => t !== src.title), 5), ...rest,
  });
  const made: MadePage[] = [];
  let next = 0;
  for (const site of SITES_V3) {
    for (let k = 0; k < site.originals; k++) {
      // The site's draw names the outlet; the site's language decides whether the credit shows it translated.
      const drawn = site.draw?.(d) ?? null;
      const original = story(sources[next++]!, drawn && credited(d, drawn.canonical, site.translate, drawn.lookalike));
      made.push(page(site, original, d, false));
      if (!d.chance(COPY_SHARE)) continue;
      const origin = original.credit;
      const canonical = origin?.canonical ?? (site.attribution === 'own' ? site.name : null);
      const lookalike = origin ? origin.lookalike : site.lookalike === true;
      for (const other of d.sample(SITES_V3.filter((s) => s !== site), d.chance(SECOND_COPY_SHARE) ? 2 : 1)) {
        // Own-name sites claim the copy, credit-less sites credit nobody; links and title suffixes name known outlets only.
        const linkOnly = other.attribution === 'url-host' || other.attribution === 'title-suffix';
        const credits = other.attribution !== 'own' && other.attribution !== 'none' && canonical !== null && (!linkOnly || canonical in HOSTS);
        const src = original.src;
        made.push(page(other, {
          ...original,
          credit: credits ? credited(d, canonical, other.translate, lookalike) : null,
          body: src.body.length > 3 && d.chance(TRIM_SHARE) ? src.body.slice(0, -1) : src.body,
          // A scraper's evidence is its title suffix: its copies keep their headline.
          headline: other.attribution === 'title-suffix' || !d.chance(HEADLESS_SHARE),
          others: d.sample(titles.filter((t) => t !== src.title), 5),
        }, d, false));
      }
    }
    if (site.chromeOnlyPage) made.push(page(site, story(sources[0]!, null, { body: [], headline: false }), d, true));
  }
  for (let k = 0; k < BARE; k++) made.push(creditsNobody(bareFile(sources[next++]!)));
  for (const j of JUNK) made.push(creditsNobody(junkFile(j)));
  return packFiles(d, made, ENCODINGS, 'v3-');
}

/** Heading of the v3 table and JSON. */
export const V3_HEADING = 'UNSEEN SITES v3 (frozen 2026-11-30, development data since 14:54: its misses were read)';

/** Generates v3, runs the real ingest on it and prints its figures (without the DEV simulation). */
export const runUnseenEvalV3 = unseenSetRunner(V3_HEADING, generateUnseenV3);

generatorCli(import.meta.url, 'unseen sites v3', generateUnseenV3, FROZEN_SEED_V3);
