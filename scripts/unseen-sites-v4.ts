/**
 * Generates the FROZEN unseen-sites v4 evaluation set (issue 8): twelve more invented sites, of kinds no earlier set used.
 *
 * DEVELOPMENT DATA since 2026-11-30 15:25 (its misses were read); the frozen set is now scripts/unseen-sites-v5.ts.
 *
 * FROZEN on 2026-11-30 (v4), at 14:59, when v3 (scripts/unseen-sites-v3.ts) became development data because
 * its misses were read. Written without reading the ingest rules (src/ingest/), the word lists (src/data/)
 * or the template wordings of v1, v2, v3 and scripts/simulate-heldout.ts: the sites, page structures,
 * outlets, credit wordings, translations and chrome here are new. Nobody tunes rules against it: do not read
 * its misses while changing rules (`--show` stays 0), do not edit its templates, wordings or seed to move a
 * score. When a case fails, fix the general cause, then freeze a v5 and call this one development data.
 *
 * `npm run eval:unseen` scores v1, v2, v3 then this set (`npm run eval:unseen:v4`, or `npm run eval -- --unseen
 * --unseen-set v4`, for this one only); `npx tsx scripts/unseen-sites-v4.ts --out DIR` only writes the folder
 * and its manifest (the v1 format, with v2's `outletEvidence`).
 *
 * Article text is read AT RUN TIME from ../shared/corpus/gilets-jaunes (v1's clean pool, drawn with another
 * seed): no corpus text is stored in the project. Kinds of site: a regional daily's print-edition transcript,
 * a press-review blog, a Telegram channel export, a wiki-like page, a podcast transcript, a local radio
 * station, a municipal bulletin, an English aggregator of French news, a Maghreb daily, a Swiss canton's
 * portal, a Belgian regional TV site, and a press-clipping PDF converted to text (page headers and footers,
 * lines wrapped and words hyphenated at line ends: its paragraphs are not single lines).
 *
 * Expected outlet: v2's convention (who published the article first, as the file credits it), recorded per
 * file in `outletEvidence` (`credit`, `source-line`, `url-host`, `title-suffix`, `masthead-byline`, `none`):
 * machine-translated names of real outlets expect the canonical name (the names the public corpora use),
 * look-alike names are kept as written, the site's own name is the outlet only where it shows its masthead
 * and its own staff's byline, and the republisher is the site's name whenever the file credits another outlet.
 */
import { TZDate } from '@date-fns/tz';
import type { UnseenEntry } from '../src/eval/unseen-sites.ts';
import { makeRng } from './rng.ts';
import { Dice, type Encoding } from './simulate-heldout.ts';
import { page, type SiteV2 } from './unseen-sites-v2.ts';
import {
  bareFile,
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

/** Seed of the v4 set (not v1's, v2's, v3's or simulate-heldout's). */
export const FROZEN_SEED_V4 = 20261130_4;
/** Clean articles left bare (title and body only, crediting nobody). */
const BARE = 10;
/** Share of originals another site copies (a third of those on two other sites). */
const COPIED_SHARE = 0.45;
const TWO_COPIES_SHARE = 0.3;
/** Share of copies that show no headline line (their title must come from another copy). */
const HEADLESS_SHARE = 0.3;
/** Share of copies that drop their last paragraph (still the same text for folding). */
const TRIM_SHARE = 0.25;
const TIME_ZONE = 'Europe/Paris';
/** Encodings as scrapers and converters leave them: UTF-8 most often, BOMs, CRLF, Windows-1252, UTF-16. */
const ENCODINGS: readonly Encoding[] = ['utf-8', 'utf-8', 'utf-8', 'utf-8-bom', 'utf-8-crlf', 'cp1252', 'cp1252-crlf', 'utf-16le-bom'];
/** Width a PDF-to-text converter wraps lines at (a printed column). */
const PDF_COLUMN = 74;
/** Paragraphs per printed page of the PDF export (a page header and footer between pages). */
const PDF_PARAGRAPHS_PER_PAGE = 3;

// ——— Invented people; real, translated and look-alike outlets ———

const AUTHORS = [
  'Bérénice Lachaud', 'Youssef El Amrani', 'Anne-Laure Pittet', 'Thibaut Vandenbroucke', 'Geneviève Ouellet',
  'Moussa Camara', 'Eleanor Whitfield', 'Hervé Kerjean', 'Nadia Boukhari', 'Loïc Perrenoud', 'Corentin Massart', 'Sophie-Anne Bélanger',
];
const CAMERA = ['Julien Dethier', 'Amel Haddad', 'Quentin Rossier'];
const RUBRICS = ['VIE LOCALE', 'Social', 'ACTUALITÉ NATIONALE', 'Le fait du jour', 'Consommation', 'Transports'];

/** Canonical names as the public corpora write them. */
const FR_REAL = ['Le Figaro', 'La Croix', 'Le Point', 'Le Parisien', "L'Obs", "L'Express", 'Le Monde', 'Europe 1', 'franceinfo', 'BFMTV'];
const BE_REAL = ['La Libre Belgique', 'La DH'];
const CH_REAL = ['Le Temps', 'Tribune de Genève', 'Le Matin', 'Le Nouvelliste'];
const QC_REAL = ['La Presse', 'Le Devoir', 'Le Journal de Montréal', 'Le Journal de Québec', 'Le Soleil'];
/** Word-for-word English renderings of French-language outlets, articles moved or dropped as translators do. */
const FR_INTO_EN: Record<string, string[]> = {
  'Le Figaro': ['The Figaro', 'Figaro (The)'],
  'La Croix': ['The Cross', 'Cross (The)'],
  'Le Point': ['The Point'],
  'Le Parisien': ['The Parisian', 'Parisian'],
  'Le Monde': ['World (The)'],
  'Le Devoir': ['Duty (The)'],
  'La Presse': ['Press (The)'],
  'Le Journal de Québec': ['The Quebec Journal', 'Journal of Quebec (The)'],
  'Le Journal de Montréal': ['Journal of Montreal'],
  'Le Matin': ['The Morning', 'Morning (The)'],
  'Le Temps': ['The Time'],
  'Tribune de Genève': ['Geneva’s Tribune', 'Tribune Geneva'],
  'La Libre Belgique': ['Free Belgian (The)'],
};
/** Word-for-word French renderings of English-language outlets. */
const EN_INTO_FR: Record<string, string[]> = {
  'The Guardian': ['Gardien (Le)'],
  'The New York Times': ['Les Temps de New York', 'Temps de New York (Les)'],
  'The Washington Post': ['Le Courrier de Washington', 'Washington Poste'],
  'Los Angeles Times': ['Les Temps de Los Angeles'],
  'The Wall Street Journal': ['Le Journal de la Rue du Mur'],
};
const EN_REAL = Object.keys(EN_INTO_FR);
/** French-language outlets a translator renders word for word (the others keep their name in any language). */
const FR_RENDERED = Object.keys(FR_INTO_EN);
/** Outlets whose names begin like a known outlet's but are other outlets: kept as written, never mapped. */
const LOOKALIKES = new Set([
  'Le Figaro des Vignes', 'La Croix de Bretagne Hebdo', 'Le Temps Agricole', 'La Presse du Haut-Jura', 'Le Monde Rural du Gers',
  'Le Point Bourse Magazine', 'The Guardian of Ashfield', 'The Washington Postal Review',
]);
const LOOK_FR = [...LOOKALIKES].filter((n) => !n.startsWith('The '));
const LOOK_EN = [...LOOKALIKES].filter((n) => n.startsWith('The '));
/** Hosts of known outlets (for links to the original and title suffixes). */
const HOSTS: Record<string, string> = {
  'Le Figaro': 'www.lefigaro.fr', 'La Croix': 'www.la-croix.com', 'Le Point': 'www.lepoint.fr', 'Le Parisien': 'www.leparisien.fr',
  "L'Obs": 'www.nouvelobs.com', "L'Express": 'www.lexpress.fr', BFMTV: 'www.bfmtv.com', franceinfo: 'www.francetvinfo.fr',
  'Europe 1': 'www.europe1.fr', 'Le Temps': 'www.letemps.ch', 'Le Journal de Québec': 'www.journaldequebec.com', 'La DH': 'www.dhnet.be',
  'The Washington Post': 'www.washingtonpost.com',
};
const HOSTED = Object.keys(HOSTS);

/** A credit naming `canonical`, machine-translated with probability `share` when a word-for-word rendering exists. */
function named(d: Dice, canonical: string, translate: SiteV2['translate'], lookalike = LOOKALIKES.has(canonical)): Credit {
  const forms = translate === undefined ? undefined : (translate.into === 'en' ? FR_INTO_EN : EN_INTO_FR)[canonical];
  const translated = forms !== undefined && d.chance(translate!.share);
  return { shown: translated ? d.pick(forms) : canonical, canonical, translated, lookalike };
}

/** Draws an outlet from weighted pools; the weight left over credits nobody. */
function outlets(weighted: readonly [readonly string[], number][]): (d: Dice) => Credit | null {
  return (d) => {
    const r = d.next();
    let upto = 0;
    for (const [names, w] of weighted) {
      upto += w;
      if (r < upto) return named(d, d.pick(names), undefined);
    }
    return null;
  };
}

const numeric = (s: Story): string => fmtFr(s.date, 'dd/MM/yyyy');
const host = (c: Credit): string => HOSTS[c.canonical] ?? 'www.example.net';
const caps = (t: string): string => t.toLocaleUpperCase('fr');
/**
 * A byline on a page that credits another outlet (the original's journalist). Pages crediting nobody show none:
 * a masthead with its own byline would present the article as the site's own (v2's convention).
 */
const signed = (p: Page, line: string): boolean => {
  if (p.s.credit) p.meta(line);
  return p.s.credit !== null;
};

/** Lines of `text` wrapped at `width` as a PDF converter leaves them, long words sometimes hyphenated at the end. */
function wrapped(d: Dice, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      // A long plain word that does not fit is cut with a hyphen, as typesetters do.
      if (/^\p{L}{9,}$/u.test(word) && d.chance(0.5)) {
        const cut = 4 + d.int(0, word.length - 8);
        lines.push(`${line} ${word.slice(0, cut)}-`);
        line = word.slice(cut);
        continue;
      }
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The body of a PDF export: wrapped lines, a page footer and header every few paragraphs. */
function pdfBody(p: Page, pageLines: (n: number) => string[]): void {
  if (p.chromeOnly) return;
  let sheet = 1;
  for (const [i, para] of p.s.body.entries()) {
    for (const l of wrapped(p.d, para, PDF_COLUMN)) p.out.push({ kind: 'body', text: l });
    p.blank();
    if ((i + 1) % PDF_PARAGRAPHS_PER_PAGE === 0 && i < p.s.body.length - 1) p.chrome(...pageLines(sheet++)).blank();
  }
}

// ——— Twelve invented sites ———

/** The twelve v4 sites. */
export const SITES_V4: readonly SiteV2[] = [
  {
    // A regional daily's print edition typed out: edition header, folio, kicker, signature at the bottom in capitals.
    id: 'courrier-combrailles', name: 'Le Courrier des Combrailles', lang: 'fr', originals: 20, attribution: 'own', lookalike: true, chromeOnlyPage: true,
    render(p) {
      p.chrome('LE COURRIER DES COMBRAILLES', `Édition de Riom et des volcans — N° ${21_000 + p.n(900)} — 1,30 €`);
      p.meta(caps(fmtFr(p.s.date, 'EEEE d MMMM yyyy')));
      p.chrome(`PAGE ${2 + p.n(20)} | ${p.d.pick(RUBRICS)}`).blank();
      p.title();
      p.blank().body({ [p.mid()]: [`Repères : ${p.related(1)[0]} (lire en page ${3 + p.n(15)})`] });
      p.meta(`${p.s.author}, correspondant`).blank();
      p.chrome(
        'Transcription de l’édition imprimée réalisée pour nos abonnés numériques : la mise en page, les photographies, les encadrés publicitaires et les petites annonces de la page ne sont pas reproduits, et des coquilles peuvent subsister.',
        `Tous droits de reproduction et de diffusion réservés — ${fmtFr(p.s.date, 'yyyy')} Le Courrier des Combrailles SAS`,
      );
      if (p.chromeOnly) p.chrome('Abonnez-vous à l’édition papier : 6 numéros par semaine livrés chez vous avant 7 heures.', 'Service lecteurs : 04 73 00 00 00 (appel non surtaxé)');
      return { author: true, date: 'day' };
    },
  },
  {
    // A press-review blog: one post per article quoted, a source line, other papers named in its chrome.
    id: 'revue-ailleurs', name: 'Revue d’Ailleurs', lang: 'fr', originals: 17, attribution: 'source-line',
    draw: outlets([[FR_REAL, 0.55], [BE_REAL, 0.1], [LOOK_FR, 0.25]]),
    render(p) {
      p.chrome('Revue d’Ailleurs — ce que disent les journaux, chaque matin', 'Accueil / Revue du jour / Archives / Qui suis-je ?').blank();
      p.title((t) => (p.d.chance(0.5) ? `${t} [revue de presse]` : t));
      p.meta(fmtFr(p.s.date, "'Mis en ligne le' d MMMM yyyy"));
      const author = signed(p, `Article signé ${p.s.author}`);
      p.blank();
      p.body();
      p.credit([(o) => `Source : ${o}`, (o) => `Sources : ${o} (édition du jour)`, (o) => `— Source : ${o}, édition numérique`]);
      p.chrome(`Aussi dans la revue : ${p.related(2).join(' ; ')}`);
      p.chrome(
        'Cette revue cite de larges extraits d’articles pour permettre la discussion ; si vous êtes l’auteur d’un texte reproduit ici et souhaitez qu’il soit retiré ou raccourci, écrivez-moi et je le ferai dans la journée, promis.',
        `${p.n(40)} réactions — Réagir à ce billet`,
      );
      return { author, date: 'day' };
    },
  },
  {
    // A Telegram channel export: a header line per message, reactions, and the shared link's title with its outlet suffix.
    id: 'canal-ronds-points', name: 'Canal Ronds-Points Info', lang: 'fr', originals: 16, attribution: 'title-suffix', chromeOnlyPage: true,
    draw: outlets([[HOSTED, 0.85]]),
    render(p) {
      const stamp = (min: number): string => `Canal Ronds-Points Info, [${fmtFr(new TZDate(p.s.date.getTime() + min * 60_000, TIME_ZONE), 'dd.MM.yy HH:mm')}]`;
      p.chrome('Exporté depuis Telegram Desktop — historique du canal', `${1200 + p.n(8000)} abonnés`);
      p.chrome('📌 Message épinglé : merci de rester courtois dans les commentaires, les messages insultants seront supprimés et leurs auteurs bannis du canal sans avertissement préalable, quelle que soit leur opinion sur le mouvement.').blank();
      p.meta(stamp(0));
      p.title((t) => (p.s.credit ? `🔴 ${t} | ${p.s.credit.shown}` : `🔴 ${t}`));
      if (p.s.credit) p.chrome(`https://${host(p.s.credit)}/${slug(p.s.src.title)}`);
      p.blank();
      const inserts: Record<number, string[]> = {};
      for (let i = 0; i < p.s.body.length - 1; i++) inserts[i] = [stamp(i + 1)];
      p.body(inserts);
      p.chrome(`👍 ${p.n(400)}   😡 ${p.n(90)}   🔥 ${p.n(60)}   🙏 ${p.n(30)}`, `👁 ${2000 + p.n(30_000)} vues · modifié`);
      return { author: false, date: 'full' };
    },
  },
  {
    // A wiki-like page: tabs, edit links, a collaborative encyclopaedia's tagline, categories; no byline, no outlet.
    id: 'wikinfos', name: 'Wikinfos', lang: 'fr', originals: 14, attribution: 'none', chromeOnlyPage: true,
    render(p) {
      p.chrome('Page | Discussion | Lire | Modifier | Voir l’historique').blank();
      p.title();
      p.chrome('Wikinfos, l’encyclopédie collaborative de l’actualité').blank();
      p.body({ [p.mid()]: ['[modifier | modifier le code]'] });
      p.chrome(
        'Le texte est disponible sous licence Creative Commons attribution, partage dans les mêmes conditions ; d’autres conditions peuvent s’appliquer. En utilisant ce site, vous acceptez les conditions d’utilisation et la politique de confidentialité de la fondation qui l’héberge.',
        `Catégories : ${p.d.sample(['Mouvement social', 'Manifestation en France', 'Fiscalité écologique', 'Année 2018 en France'], 2).join(' | ')}`,
        'Outils personnels : Non connecté · Créer un compte · Se connecter',
      );
      return { author: false, date: 'none' };
    },
  },
  {
    // A podcast's transcript page: episode number before the title, host as byline, player and subscription chrome.
    id: 'voix-carrefour', name: 'Les Voix du Carrefour', lang: 'fr', originals: 16, attribution: 'own',
    render(p) {
      const episode = 20 + p.n(60);
      p.chrome('LES VOIX DU CARREFOUR — le podcast des ronds-points', `▶ Écouter (${12 + p.n(30)} min)   ⤓ Télécharger le MP3`).blank();
      p.title((t) => (p.d.chance(0.5) ? `Épisode ${episode} — ${t}` : t));
      p.meta(`Présenté par ${p.s.author}`, fmtFr(p.s.date, "'Épisode mis en ligne le' dd/MM/yyyy")).blank();
      p.chrome('Transcription').blank();
      p.body();
      p.chrome(
        'Cette transcription a été produite automatiquement puis relue par notre équipe bénévole ; elle peut contenir des erreurs. Pour citer l’émission, merci de vous référer à l’enregistrement audio, qui seul fait foi.',
        'S’abonner : Apple Podcasts · Spotify · Deezer · flux RSS',
        `© Les Voix du Carrefour ${fmtFr(p.s.date, 'yyyy')}`,
      );
      return { author: true, date: 'day' };
    },
  },
  {
    // A local radio station: live player banner, frequencies, the headline in capitals, a timed date line.
    id: 'europe-causses', name: 'Europe Causses Radio', lang: 'fr', originals: 16, attribution: 'own', lookalike: true, chromeOnlyPage: true,
    render(p) {
      p.chrome('EN DIRECT ● Europe Causses Radio — écoutez la matinale', 'Fréquences : Millau 98.4 · Rodez 101.2 · Espalion 94.7').blank();
      p.title(caps).blank();
      p.meta(`Par ${p.s.author}`, fmtFr(p.s.date, "'Publié le' EEEE d MMMM yyyy 'à' HH'h'mm")).blank();
      p.body({ [p.mid()]: ['▶ Réécouter le journal de 12 heures'] });
      p.chrome(`Nos dernières infos : ${p.related(3).join(' · ')}`);
      p.chrome(
        'Europe Causses Radio est une radio associative de catégorie A, financée par le Fonds de soutien à l’expression radiophonique locale et par ses auditeurs : pour que la station continue d’émettre, faites un don déductible de vos impôts.',
        'Grille des programmes | Podcasts | Annonceurs | Nous écrire',
      );
      return { author: true, date: 'full' };
    },
  },
  {
    // A town's municipal bulletin reprinting press articles with permission; no byline, no date.
    id: 'saint-aubin-infos', name: 'Saint-Aubin Infos', lang: 'fr', originals: 15, attribution: 'credit', chromeOnlyPage: true,
    draw: outlets([[FR_REAL, 0.6], [LOOK_FR, 0.3]]),
    render(p) {
      p.chrome('SAINT-AUBIN INFOS', `Le bulletin municipal — n° ${90 + p.n(40)}`, 'Mairie : du lundi au vendredi, 8 h 30 – 12 h et 14 h – 17 h 30').blank();
      p.chrome(p.d.pick(['VIE LOCALE', 'DOSSIER', 'ÇA S’EST PASSÉ PRÈS DE CHEZ NOUS']));
      p.title().blank();
      p.credit([
        (o) => `Article paru dans ${o}, reproduit avec l’accord de la rédaction`,
        (o) => `Nous remercions ${o} de nous avoir autorisés à reproduire cet article.`,
        (o) => `${o} nous a aimablement permis de reprendre ce texte.`,
        (o) => `Texte reproduit avec l’autorisation ${de(o)}`,
      ]).blank();
      p.body();
      p.chrome(
        'Directeur de la publication : le maire. Conception et impression : service communication de la ville, sur papier recyclé. Ce bulletin est distribué gratuitement dans toutes les boîtes aux lettres de la commune ; il ne peut être vendu.',
        'Ne pas jeter sur la voie publique',
      );
      return { author: false, date: 'none' };
    },
  },
  {
    // An English-language aggregator of French news: English chrome around the French text, translated credits.
    id: 'frenchwire', name: 'FrenchWire Digest', lang: 'en', originals: 20, attribution: 'credit',
    draw: outlets([[FR_RENDERED, 0.7], [FR_REAL, 0.1], [QC_REAL, 0.05], [LOOK_FR, 0.15]]),
    translate: { into: 'en', share: 0.85 },
    render(p) {
      p.chrome('FrenchWire Digest · France in the news, every morning', 'Home › France › Social unrest').blank();
      p.title((t) => `${t} — FrenchWire`);
      p.meta(fmtEn(p.s.date, "'Posted' MMMM d, yyyy")).blank();
      p.credit([
        (o) => `Originally reported by ${o}.`,
        (o) => `This story first appeared in ${o}; the French text is reproduced below.`,
        (o) => `${o} broke this story. Original French text:`,
      ]).blank();
      p.body();
      p.chrome(
        'FrenchWire Digest is a reader-funded service that collects French-language reporting for readers abroad. We do not translate articles in full: if you find this useful, consider becoming a supporter for the price of a coffee a month.',
        'Share: Email · Reddit · Bluesky',
        `Keep reading: ${p.related(1)[0]}`,
      );
      return { author: false, date: 'day' };
    },
  },
  {
    // An Algerian daily reprinting French and English papers, some credits machine-translated into French.
    id: 'horizon-oranais', name: 'L’Horizon Oranais', lang: 'fr', originals: 20, attribution: 'credit',
    draw: outlets([[EN_REAL, 0.6], [FR_REAL, 0.25], [LOOK_EN, 0.1]]),
    translate: { into: 'fr', share: 0.85 },
    render(p) {
      p.chrome('L’HORIZON ORANAIS — Quotidien national d’information', 'Accueil › Monde › Europe').blank();
      p.title();
      const author = signed(p, `Par ${p.s.author}`);
      p.meta(fmtFr(p.s.date, "'Publié le' dd-MM-yyyy '|' HH:mm")).blank();
      p.body();
      p.credit([
        (o) => `(Synthèse de notre rédaction d’après ${o})`,
        (o) => `Cet article ${de(o)} est reproduit dans le cadre de notre revue de la presse étrangère.`,
        (o) => `Avec ${o}`,
      ]);
      p.chrome(
        'Les commentaires sont modérés a priori. Tout propos injurieux, diffamatoire, raciste ou contraire aux lois en vigueur sera écarté. Le journal se réserve le droit de ne pas publier les contributions hors sujet ou publicitaires.',
        `${p.n(25)} commentaires`,
        `© L’Horizon Oranais ${fmtFr(p.s.date, 'yyyy')} — Tous droits réservés`,
      );
      return { author, date: 'full' };
    },
  },
  {
    // A Swiss canton's portal: a press review page with Swiss dates, language switch, accessibility and legal links.
    id: 'canton-haut-leman', name: 'Canton du Haut-Léman', lang: 'fr', originals: 15, attribution: 'source-line', chromeOnlyPage: true,
    draw: outlets([[CH_REAL, 0.65], [FR_REAL, 0.15], [['Le Temps Agricole'], 0.1]]),
    render(p) {
      p.chrome('République et canton du Haut-Léman', 'FR | DE | EN      Taille du texte : A A A').blank();
      p.chrome('Chancellerie d’État — Revue de presse cantonale').blank();
      p.title();
      p.meta(fmtFr(p.s.date, 'dd.MM.yyyy')).blank();
      p.body();
      p.credit([(o) => `Source: ${o}`, (o) => `Source : ${o} (reproduction autorisée pour l’administration)`]);
      const author = signed(p, `Auteur : ${p.s.author}`);
      p.chrome(
        'Les articles de la revue de presse sont destinés à l’information interne des collaboratrices et collaborateurs de l’administration cantonale. Leur diffusion à des tiers est soumise aux droits des éditeurs concernés.',
        'Plan du site · Contact · Mentions légales · Protection des données',
      );
      return { author, date: 'day' };
    },
  },
  {
    // A Belgian regional TV site: video chrome, a camera credit, the reporter's byline, a slashed short date.
    id: 'ourthe-ambleve-tv', name: 'Ourthe-Amblève TV', lang: 'fr', originals: 16, attribution: 'own',
    render(p) {
      p.chrome('Ourthe-Amblève TV — la télé de chez nous', 'JT · Magazines · Sport · Replay · Direct').blank();
      p.title((t) => (p.d.chance(0.4) ? `[VIDÉO] ${t}` : t));
      p.meta(`Un reportage de ${p.s.author}`, fmtFr(p.s.date, "'Publié le' dd/MM/yy 'à' HH:mm"));
      p.chrome(`Images : ${p.d.pick(CAMERA)} · durée ${1 + p.n(3)} min ${10 + p.n(49)}`).blank();
      p.body({ [p.mid()]: ['▶ Lire la vidéo'] });
      p.chrome(
        'Ourthe-Amblève TV utilise des cookies pour mesurer son audience et vous proposer des vidéos adaptées. Vous pouvez modifier vos préférences à tout moment en cliquant sur « Gérer mes choix » en bas de chaque page.',
        'Avec le soutien de la Fédération Wallonie-Bruxelles',
      );
      return { author: true, date: 'full' };
    },
  },
  {
    // A press-clipping service's PDF converted to text: hyphenated wrapped lines, page header and footer, a link to the original.
    id: 'argus-veille', name: 'Argus Veille Presse', lang: 'fr', originals: 16, attribution: 'url-host', chromeOnlyPage: true,
    draw: outlets([[HOSTED, 0.9]]),
    render(p) {
      const dossier = 4000 + p.n(900);
      const header = (n: number): string[] => [`— ${n} —`, '', `ARGUS VEILLE PRESSE · Dossier ${dossier} · Usage interne exclusivement`];
      p.chrome(`ARGUS VEILLE PRESSE · Dossier ${dossier} · Usage interne exclusivement`).blank();
      p.title();
      p.meta(`Paru le ${numeric(p.s)}`);
      const author = signed(p, `Par ${p.s.author}`);
      if (p.s.credit) p.meta(`Lien d’origine : https://${host(p.s.credit)}/${slug(p.s.src.title)}-${p.n(90_000)}`);
      p.blank();
      pdfBody(p, header);
      p.chrome(
        'Ce dossier est fourni à titre de veille dans le cadre d’une licence de panorama de presse ; toute rediffusion, même partielle, en dehors de votre organisation est interdite sans l’accord des éditeurs et du centre français d’exploitation du droit de copie.',
        '— fin —',
      );
      return { author, date: 'day' };
    },
  },
];

// ——— Junk ———

const JUNK: readonly { name: string; bytes: Uint8Array }[] = [
  { name: 'zero-bytes', bytes: new Uint8Array() },
  { name: 'only-spaces', bytes: Buffer.from('  \r\n \r\n\r\n', 'utf8') },
  { name: 'png', bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]) },
  { name: 'pdf-header', bytes: Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1') },
  { name: 'session-expired', bytes: Buffer.from('Session expirée\nVeuillez vous reconnecter.\n', 'utf8') },
  { name: 'sitemap-fragment', bytes: Buffer.from('<?xml version="1.0"?>\n<urlset><url><loc>https://www.example.net/</loc></url></urlset>\n', 'utf8') },
  { name: 'rate-limited', bytes: Buffer.from('429 Too Many Requests\n', 'utf8') },
];

// ——— Generation ———

/**
 * Builds the v4 set from clean sources (deterministic for a seed): every site's originals, copies on one or
 * two other sites (some headless, some trimmed), bare files, chrome-only pages and junk, shuffled, each file
 * in one of several encodings and named by content.
 */
export function generateUnseenV4(pool: readonly UnseenSource[], seed: number = FROZEN_SEED_V4): { files: UnseenFile[]; manifest: UnseenEntry[] } {
  const d = new Dice(makeRng(seed));
  const needed = SITES_V4.reduce((n, s) => n + s.originals, 0) + BARE;
  if (pool.length < needed) throw new Error(`unseen sites v4: need ${needed} clean articles, the pool has ${pool.length}`);
  const sources = d.sample(pool, needed);
  const titles = sources.map((s) => s.title);
  const day0 = Date.UTC(2018, 11, 1);
  const newStory = (src: UnseenSource, credit: Credit | null): Story => {
    const t = new Date(day0 + d.int(0, 120) * 86_400_000);
    const date = new TZDate(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate(), d.int(5, 22), d.int(0, 59), 0, TIME_ZONE);
    return { src, body: src.body, author: d.pick(AUTHORS), date, headline: true, credit, others: d.sample(titles.filter((x) => x !== src.title), 4) };
  };
  const crediting = (m: MadePage, evidence: NonNullable<UnseenEntry['outletEvidence']>): MadePage => ({ ...m, entry: { ...m.entry, outletEvidence: evidence } });
  const made: MadePage[] = sources.slice(0, BARE).map((src) => crediting(bareFile(src), 'none'));
  let at = BARE;
  for (const site of SITES_V4) {
    if (site.chromeOnlyPage) made.push(page(site, { ...newStory(sources[0]!, null), body: [], headline: false }, d, true));
    for (let k = 0; k < site.originals; k++) {
      const drawn = site.draw?.(d) ?? null;
      const first = newStory(sources[at++]!, drawn && named(d, drawn.canonical, site.translate, drawn.lookalike));
      made.push(page(site, first, d, false));
      if (d.next() >= COPIED_SHARE) continue;
      // Whom a copy may credit: the outlet the first page names, or the first site when it claims the article.
      const origin = first.credit?.canonical ?? (site.attribution === 'own' ? site.name : null);
      const lookalike = first.credit?.lookalike ?? site.lookalike === true;
      const copiers = d.sample(SITES_V4.filter((s) => s.id !== site.id), d.chance(TWO_COPIES_SHARE) ? 2 : 1);
      for (const other of copiers) {
        // Own-name sites claim what they copy and credit-less sites name nobody; links and suffixes exist for known hosts only.
        const byLink = other.attribution === 'url-host' || other.attribution === 'title-suffix';
        const names = origin !== null && other.attribution !== 'own' && other.attribution !== 'none' && (!byLink || origin in HOSTS);
        const body = first.src.body.length > 3 && d.chance(TRIM_SHARE) ? first.src.body.slice(0, -1) : first.src.body;
        made.push(page(other, {
          ...first,
          body,
          credit: names ? named(d, origin, other.translate, lookalike) : null,
          // A title suffix is the evidence of a suffix site: its copies keep their headline.
          headline: other.attribution === 'title-suffix' || d.next() >= HEADLESS_SHARE,
          others: d.sample(titles.filter((x) => x !== first.src.title), 4),
        }, d, false));
      }
    }
  }
  made.push(...JUNK.map((j) => crediting(junkFile(j), 'none')));
  return packFiles(d, made, ENCODINGS, 'v4-');
}

/** Heading of the v4 table and JSON. */
export const V4_HEADING = 'UNSEEN SITES v4 (frozen 2026-11-30, development data since 15:25: its misses were read)';

/** Generates v4, runs the real ingest on it and prints its figures (without the DEV simulation). */
export const runUnseenEvalV4 = unseenSetRunner(V4_HEADING, generateUnseenV4);

generatorCli(import.meta.url, 'unseen sites v4', generateUnseenV4, FROZEN_SEED_V4);
