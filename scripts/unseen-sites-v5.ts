/**
 * Generates the FROZEN unseen-sites v5 evaluation set (issue 8): eleven ordinary news sites of the kind the hidden folders hold.
 *
 * DEVELOPMENT DATA since 2026-11-30 15:35 (its misses were read); the frozen set is now scripts/unseen-sites-v6.ts.
 *
 * FROZEN on 2026-11-30 (v5), at 15:32, when v4 (scripts/unseen-sites-v4.ts) became development data because
 * its misses were read. Written without reading the ingest rules (src/ingest/), the word lists (src/data/)
 * or the template wordings of v1–v4 and scripts/simulate-heldout.ts: the sites, outlets, credit wordings,
 * translations and chrome here are new. Nobody tunes rules against it: do not read its misses while changing
 * rules (`--show` stays 0), do not edit its templates, wordings or seed to move a score. When a case fails,
 * fix the general cause, then freeze a v6 and call this one development data.
 *
 * `npm run eval:unseen` scores v1 to v4 then this set (`npm run eval:unseen:v5`, or `npm run eval -- --unseen
 * --unseen-set v5`, for this one only); `npx tsx scripts/unseen-sites-v5.ts --out DIR` only writes the folder
 * and its manifest (the v1 format, with v2's `outletEvidence`).
 *
 * Unlike v4 (exotic page kinds), v5 imitates ordinary sites, as the hidden evaluation describes them: a
 * regional daily, a Belgian local site whose name starts like a national paper's, a local weekly, an English
 * news site, an alternative-media collective, an English site of translated European news, a French blog
 * translating English outlets, a Québec press review with `Source :` lines, a Swiss press review linking to
 * the originals, a scraper keeping the original's title suffix, and a citizens' forum. Each has its own chrome
 * (long licence, paywall, donation, newsletter and moderation notices, share and reaction widgets, comment
 * forms, related lists, breadcrumbs, tags, photo credits, app prompts, permalinks), bylines and dates in
 * several formats (an update time beside the publication time, GMT times on the English site). Article text
 * is read AT RUN TIME from ../shared/corpus/gilets-jaunes (v1's clean pool, drawn with another seed).
 *
 * Expected outlet: v2's convention (who published the article first, as the file credits it), recorded per
 * file in `outletEvidence`: machine-translated names of real outlets expect the canonical name (as the public
 * corpora's manifests spell it), look-alike names are kept as written, the site's own name is the outlet only
 * where it shows its masthead and its own staff's byline, and the republisher is the site's name whenever the
 * file credits another outlet.
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

/** Seed of the v5 set (not the seed of any earlier set). */
export const FROZEN_SEED_V5 = 20261130_5;
/** Clean articles left bare (title and body only, crediting nobody). */
const BARE = 10;
/** Share of originals another site copies, and share of those copied by two other sites (wire stories travel). */
const COPIED_SHARE = 0.42;
const TWO_COPIES_SHARE = 0.3;
/** Share of copies that show no headline line (their title must come from another copy). */
const HEADLESS_SHARE = 0.3;
/** Share of copies that drop their last paragraph (still the same text for folding). */
const TRIM_SHARE = 0.3;
const TIME_ZONE = 'Europe/Paris';
/** Encodings as in the public corpus (UTF-8 mostly, CRLF, Windows-1252), plus BOMs and UTF-16 as other scrapers save them. */
const ENCODINGS: readonly Encoding[] = ['utf-8', 'utf-8', 'utf-8', 'utf-8', 'utf-8-crlf', 'utf-8-bom', 'cp1252', 'cp1252', 'cp1252-crlf', 'utf-16le-bom'];

// ——— Invented people; real, translated and look-alike outlets ———

const AUTHORS = [
  'Margaux Tessier', 'Idriss Benhamou', 'Claire-Marie Dufour', 'Pieter Van Acker', 'Roxane Gélinas', 'Baptiste Lemoal',
  'Fatoumata Keïta', 'Olivier Stucki', 'Harriet Lowell', 'Gaëtan Ribeiro', 'Solène Marchetti', 'Amaury Delcourt', 'Lucie Tremblay',
];
const PHOTOGRAPHERS = ['Yannick Le Goff', 'Inès Charbonnier', 'Callum Reid', 'Noémie Favre'];
const SECTIONS = ['Société', 'Politique', 'Économie', 'Faits divers', 'Région', 'Mobilité'];
const TAGS = ['carburants', 'manifestation', 'pouvoir d’achat', 'préfecture', 'ronds-points', 'fiscalité', 'élus locaux'];

/** Real outlets, named as the public corpora's manifests spell them. */
const FRANCE = ['Le Monde', 'Le Parisien', 'Le Figaro', 'La Croix', 'Le Point', "L'Obs"];
const BELGIUM = ['La Libre Belgique', 'La DH'];
const SWITZERLAND = ['Le Temps', 'Tribune de Genève', 'Le Matin', 'Le Nouvelliste'];
const QUEBEC = ['La Presse', 'Le Devoir', 'Le Journal de Montréal', 'Le Journal de Québec'];
const ENGLISH = ['The Guardian', 'The New York Times', 'The Washington Post', 'The Wall Street Journal', 'Financial Times'];

/** French-language names put into English word for word (some reordered), as a translation tool leaves them. */
const INTO_ENGLISH: Record<string, readonly string[]> = {
  'Le Monde': ['The World', 'World'],
  'Le Parisien': ['The Parisian'],
  'Le Figaro': ['The Figaro'],
  'La Croix': ['The Cross'],
  'Le Point': ['The Point', 'The Dot'],
  "L'Obs": ['The Obs'],
  'La Libre Belgique': ['The Free Belgium', 'Free Belgium'],
  'La DH': ['The Last Hour'],
  'Le Temps': ['The Time', 'The Weather'],
  'Tribune de Genève': ['Geneva Tribune', 'The Tribune of Geneva'],
  'Le Matin': ['The Morning'],
  'Le Nouvelliste': ['The Newsman'],
  'La Presse': ['The Press'],
  'Le Devoir': ['The Duty'],
  'Le Journal de Montréal': ['The Journal of Montreal', 'Montreal Journal'],
  'Le Journal de Québec': ['The Journal of Quebec', 'Quebec Journal'],
};
/** English-language names garbled into French word for word. */
const INTO_FRENCH: Record<string, readonly string[]> = {
  'The Guardian': ['Le Gardien', 'Le Tuteur'],
  'The New York Times': ['Le New York Fois', 'Les Temps de New York'],
  'The Washington Post': ['Le Poste de Washington', 'La Poste de Washington'],
  'The Wall Street Journal': ['Le Journal de Wall Street', 'Le Journal de la rue du Mur'],
  'Financial Times': ['Les Temps financiers', 'Temps Financiers'],
};
/** Other outlets whose names start like a known outlet's (most exist): kept as written, never mapped. */
const LOOK_FR = ['Le Monde diplomatique', 'La Croix du Nord', 'Le Matin d’Algérie', 'La Presse de la Manche', 'Tribune de Lyon', 'Le Soleil de Châteauguay', 'Le Journal de Saône-et-Loire'];
const LOOK_EN = ['The New York Post', 'The Washington Examiner', 'The Times of Malta', 'The Guardian Herald'];
const LOOKALIKES = new Set([...LOOK_FR, ...LOOK_EN]);
/** Hosts of known outlets: links and title suffixes name these only. */
const HOSTS: Record<string, string> = {
  'Le Monde': 'www.lemonde.fr', 'Le Parisien': 'www.leparisien.fr', 'Le Figaro': 'www.lefigaro.fr', 'La Croix': 'www.la-croix.com',
  'La Libre Belgique': 'www.lalibre.be', 'La DH': 'www.dhnet.be', 'Le Temps': 'www.letemps.ch', 'Tribune de Genève': 'www.tdg.ch',
  'Le Matin': 'www.lematin.ch', 'Le Nouvelliste': 'www.lenouvelliste.ch', 'La Presse': 'www.lapresse.ca', 'Le Devoir': 'www.ledevoir.com',
  'Le Journal de Montréal': 'www.journaldemontreal.com',
};

/** A credit naming `canonical`, machine-translated (with probability `translate.share`) when a rendering exists. */
function credit(d: Dice, canonical: string, translate: SiteV2['translate'], lookalike = LOOKALIKES.has(canonical)): Credit {
  const table = translate?.into === 'en' ? INTO_ENGLISH : translate?.into === 'fr' ? INTO_FRENCH : {};
  const forms = table[canonical];
  if (forms && translate && d.chance(translate.share)) return { shown: d.pick(forms), canonical, translated: true, lookalike };
  return { shown: canonical, canonical, translated: false, lookalike };
}

/** The outlet an article first published on a republishing site credits, from weighted pools (weights sum to 1). */
function drawFrom(pools: readonly [readonly string[], number][]): (d: Dice) => Credit {
  return (d) => {
    const r = d.next();
    let acc = 0;
    const hit = pools.find(([, w]) => (acc += w) > r) ?? pools[pools.length - 1]!;
    return credit(d, d.pick(hit[0]), undefined);
  };
}

// ——— Template helpers ———

const later = (p: Page, minutes: number): TZDate => new TZDate(p.s.date.getTime() + minutes * 60_000, TIME_ZONE);
const gmt = (p: Page): TZDate => p.s.date.withTimeZone('UTC');
const credited = (p: Page): boolean => p.s.credit !== null;
const tagLine = (p: Page, head: string, sep: string): string => `${head}${p.d.sample(TAGS, 3).join(sep)}`;
/** Lines of a related-articles list, each with the site's bullet. */
const listed = (p: Page, n: number, bullet: string): string[] => p.related(n).map((t) => `${bullet}${t}`);

// ——— The eleven sites ———

/** The eleven v5 sites: each renders a page around a story and says what it showed. */
export const SITES_V5: readonly SiteV2[] = [
  {
    id: 'echo-bocages',
    name: 'L’Écho des Bocages',
    lang: 'fr',
    originals: 22,
    attribution: 'own',
    chromeOnlyPage: true,
    render(p) {
      p.chrome('L’ÉCHO DES BOCAGES', 'Le quotidien du bocage, de la plaine et du marais', `Accueil › ${p.d.pick(SECTIONS)} › Toute l’actualité`);
      if (p.chromeOnly) {
        p.chrome('Les plus lus de la semaine', ...listed(p, 5, ''), 'Voir plus d’articles');
      }
      p.title().blank();
      const style = p.n(2);
      let date: Shown['date'] = 'full';
      if (style === 0) p.meta(`Par ${p.s.author} | Publié le ${fmtFr(p.s.date, "dd/MM/yyyy 'à' HH'h'mm")}`);
      else if (style === 1) {
        p.meta(p.s.author, `Publié le ${fmtFr(p.s.date, "EEEE d MMMM yyyy 'à' HH:mm")}`, `Mis à jour le ${fmtFr(later(p, 95 + p.n(300)), "EEEE d MMMM yyyy 'à' HH:mm")}`);
      } else {
        date = 'day';
        p.meta(`${p.s.author}, le ${fmtFr(p.s.date, 'd MMMM yyyy')}`);
      }
      p.chrome(p.d.chance(0.7) ? `Photo : ${p.d.pick(PHOTOGRAPHERS)} / L’Écho des Bocages` : 'Image d’illustration, archives de la rédaction').blank();
      p.body({ [p.mid()]: [`À LIRE ÉGALEMENT — ${p.related(1)[0]}`] });
      p.chrome(
        'Cet article vous est offert par la rédaction. Pour soutenir une information locale vérifiée, indépendante et proche de chez vous, abonnez-vous dès 1 € le premier mois, sans engagement, et retrouvez chaque matin votre journal en version numérique.',
        tagLine(p, 'Mots-clés : ', ' · '),
        `Réagir à cet article (${p.n(40)} commentaires)`,
        `© L’Écho des Bocages ${fmtFr(p.s.date, 'yyyy')} – Reproduction interdite sans autorisation`,
      );
      return { author: !p.chromeOnly, date: p.chromeOnly ? 'none' : date };
    },
  },
  {
    id: 'libre-ardenne',
    name: 'La Libre Ardenne',
    lang: 'fr',
    originals: 16,
    attribution: 'own',
    lookalike: true,
    render(p) {
      p.chrome('La Libre Ardenne', 'L’info de Bastogne à Bouillon', `Météo Arlon : ${p.n(9)} °C, averses`, `Province de Luxembourg > ${p.d.pick(SECTIONS)}`);
      p.title().blank();
      if (p.d.chance(0.5)) p.meta(p.s.author, `Publié le ${fmtFr(p.s.date, "dd/MM/yy 'à' HH'h'mm")}`);
      else p.meta(`${p.s.author.toLocaleUpperCase('fr')} – ${fmtFr(p.s.date, 'dd-MM-yyyy HH:mm')}`);
      p.blank().body({ [p.mid()]: ['Sur le même sujet', p.related(1)[0]!] });
      p.chrome(
        'Vous avez repéré une erreur ou vous souhaitez nous signaler une info ? Écrivez-nous via le formulaire de contact ou sur WhatsApp : notre rédaction vous répond du lundi au vendredi, de 8 à 18 heures.',
        'Partager sur Facebook | Partager sur X | Envoyer par e-mail',
        'La Libre Ardenne SRL – TVA BE 0712.345.678 – Tous droits réservés',
      );
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'gazette-garonne',
    name: 'La Gazette de la Garonne',
    lang: 'fr',
    originals: 16,
    attribution: 'own',
    render(p) {
      p.chrome('La Gazette de la Garonne', 'Hebdomadaire d’informations locales depuis 1946', 'Téléchargez l’application de La Gazette : alertes info, météo et avis de décès de votre canton.');
      p.title().blank();
      const by = p.d.pick([`Texte et photos : ${p.s.author}`, `${p.s.author} (correspondant local)`, `De notre correspondante, ${p.s.author}`]);
      p.meta(by, fmtFr(p.s.date, 'EEEE d MMMM yyyy'));
      p.blank().body({ [p.mid()]: ['Vous avez lu 2 de vos 3 articles gratuits ce mois-ci. Pour continuer à suivre l’actualité de votre commune, de vos associations et de vos clubs sportifs, découvrez nos offres d’abonnement à partir de 5,90 € par mois.'] });
      p.chrome(
        `Lien permanent : https://www.gazette-garonne.fr/${fmtFr(p.s.date, 'yyyy/MM')}/${slug(p.s.src.title)}`,
        'Imprimer | Envoyer à un ami | Signaler une erreur',
        `Tous droits de reproduction réservés — La Gazette de la Garonne, ${fmtFr(p.s.date, 'yyyy')}`,
      );
      return { author: true, date: 'day' };
    },
  },
  {
    id: 'north-sea-post',
    name: 'The North Sea Post',
    lang: 'en',
    originals: 18,
    attribution: 'own',
    render(p) {
      p.chrome('The North Sea Post', 'Independent journalism from the Channel to the Baltic', 'World | Europe | France');
      p.title().blank();
      let date: Shown['date'] = 'full';
      const style = p.n(2);
      if (style === 0) p.meta(`By ${p.s.author}`, `${fmtEn(gmt(p), 'EEE d MMM yyyy HH.mm')} GMT`);
      else if (style === 1) p.meta(`${p.s.author} in Paris`, `Published ${fmtEn(gmt(p), 'd MMMM yyyy, HH:mm')} GMT`, `Last modified on ${fmtEn(later(p, 60 + p.n(500)).withTimeZone('UTC'), 'EEE d MMM yyyy HH.mm')} GMT`);
      else {
        date = 'day';
        p.meta(`${fmtEn(p.s.date, 'MMMM d, yyyy')} · ${p.s.author}, Europe correspondent`);
      }
      p.chrome(`Protesters gather at a roundabout. Photograph: ${p.d.pick(PHOTOGRAPHERS)}/The North Sea Post`).blank();
      p.body({ [p.mid()]: ['Most viewed', ...listed(p, 3, '')] });
      p.chrome(
        'Our reporting is free to read for everyone, everywhere, because readers like you choose to support it. If you can, give once or monthly from just £2 – it takes less than a minute and keeps our newsroom independent.',
        'Topics: France · Europe · Protest',
        `© ${fmtEn(p.s.date, 'yyyy')} North Sea Post News & Media Limited or its affiliated companies. All rights reserved.`,
      );
      return { author: true, date };
    },
  },
  {
    id: 'rue-libre',
    name: 'Rue Libre',
    lang: 'fr',
    originals: 20,
    attribution: 'credit',
    draw: drawFrom([[FRANCE, 0.35], [BELGIUM, 0.15], [SWITZERLAND, 0.15], [QUEBEC, 0.1], [LOOK_FR, 0.25]]),
    render(p) {
      p.chrome('RUE LIBRE — média indépendant et participatif', `Rue Libre / Luttes sociales / ${p.d.pick(SECTIONS)}`);
      p.title().blank();
      const before = p.d.chance(0.5);
      if (before) p.credit([(o) => `Article initialement paru dans ${o}.`, (o) => `${o} a publié ce texte en premier ; nous le reprenons avec son accord.`, (o) => `Ce texte nous vient ${de(o)}, que nous remercions.`]);
      if (credited(p)) p.meta(`Un article de ${p.s.author}`);
      p.meta(`Mis en ligne le ${fmtFr(p.s.date, 'd MMMM yyyy')}`).blank();
      p.body({ [p.mid()]: [`Voir aussi : ${p.related(1)[0]}`] });
      if (!before) p.credit([(o) => `Reproduit avec l’aimable autorisation ${de(o)}.`, (o) => `Première publication : ${o}`, (o) => `Cet article a d’abord été mis en ligne par ${o}.`]);
      p.blank().chrome(
        'Rue Libre ne vit que de vos dons : ni publicité, ni actionnaire, ni subvention. Si vous pensez qu’une presse libre compte, un don de quelques euros par mois nous permet de continuer à publier chaque jour.',
        'Partager : Mastodon · Facebook · Courriel · Imprimer',
        'Laisser un commentaire',
        'Votre adresse de messagerie ne sera pas publiée. Les champs obligatoires sont indiqués avec *',
        'Sauf mention contraire, les contenus de ce site sont placés sous licence Creative Commons BY-NC-SA 4.0.',
      );
      return { author: credited(p), date: 'day' };
    },
  },
  {
    id: 'continental-desk',
    name: 'The Continental Desk',
    lang: 'en',
    originals: 20,
    attribution: 'credit',
    chromeOnlyPage: true,
    translate: { into: 'en', share: 0.7 },
    draw: drawFrom([[FRANCE, 0.3], [BELGIUM, 0.15], [SWITZERLAND, 0.2], [QUEBEC, 0.15], [LOOK_EN, 0.2]]),
    render(p) {
      p.chrome('THE CONTINENTAL DESK', 'Europe, in plain English', 'Home / Europe / France');
      if (p.chromeOnly) p.chrome('Sign up to the Continental Briefing', 'Email address', 'Subscribe', 'By signing up you agree to our privacy notice.');
      p.title().blank();
      if (credited(p)) p.meta(`By ${p.s.author}`);
      p.meta(`Published ${fmtEn(gmt(p), 'd MMMM yyyy, HH:mm')} GMT`);
      p.credit([(o) => `This story first appeared in ${o}.`, (o) => `${o} originally ran this piece; it is republished here with permission.`, (o) => `Republished courtesy of ${o}.`, (o) => `Translated from the French. Original: ${o}.`]);
      p.blank().body({ [p.mid()]: [`RELATED: ${p.related(1)[0]}`] });
      p.chrome(
        'Get the Continental Briefing in your inbox every weekday morning: the five stories from across Europe you need to know, explained by our editors in under five minutes. Free, and you can unsubscribe at any time.',
        'We use cookies to improve your experience and measure our audience. Manage preferences',
        'Continental Desk Media Ltd. All rights reserved. Registered in England and Wales.',
      );
      return { author: credited(p), date: p.chromeOnly ? 'none' : 'full' };
    },
  },
  {
    id: 'passerelles',
    name: 'Passerelles',
    lang: 'fr',
    originals: 16,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.65 },
    draw: drawFrom([[ENGLISH, 0.7], [LOOK_EN, 0.3]]),
    render(p) {
      p.chrome('Passerelles — la presse du monde, traduite en français', 'Traductions > Europe > France');
      p.title().blank();
      p.credit([(o) => `Traduction d’un article paru dans ${o}.`, (o) => `Texte original publié par ${o}, traduit par nos bénévoles.`, (o) => `${o} a d’abord publié ce reportage en anglais.`]);
      if (credited(p)) p.meta(`Par ${p.s.author}`);
      p.meta(fmtFr(p.s.date, 'dd.MM.yyyy')).blank();
      p.body({ [p.mid()]: ['Note : les intertitres sont de la rédaction de Passerelles.'] });
      p.chrome(
        'Cette traduction est publiée à des fins d’information. Les droits de l’article original restent la propriété de son éditeur ; sur simple demande de sa part, nous retirerons ce texte dans les plus brefs délais.',
        'Traductions récentes', ...listed(p, 2, '› '),
        `Passerelles, association loi 1901 — ${fmtFr(p.s.date, 'yyyy')}`,
      );
      return { author: credited(p), date: 'day' };
    },
  },
  {
    id: 'fil-laurentien',
    name: 'Le Fil laurentien',
    lang: 'fr',
    originals: 18,
    attribution: 'source-line',
    draw: drawFrom([[QUEBEC, 0.55], [FRANCE, 0.15], [['Le Soleil de Châteauguay', 'La Presse de la Manche'], 0.3]]),
    render(p) {
      p.chrome('LE FIL LAURENTIEN', 'Revue de presse du Québec et de la francophonie', 'Actualités » Politique');
      p.title().blank();
      p.meta(fmtFr(p.s.date, 'd MMMM yyyy'));
      const author = credited(p) && p.d.chance(0.6);
      if (author) p.meta(`Auteur : ${p.s.author}`);
      p.blank().body({ [p.mid()]: ['Publicité'] });
      p.credit([(o) => `Source : ${o}`, (o) => `SOURCE : ${o}`, (o) => `Source originale : ${o}`]);
      p.blank().chrome(
        'Le Fil laurentien rassemble chaque jour des articles parus dans les médias d’ici et d’ailleurs. Les textes appartiennent à leurs auteurs et à leurs éditeurs ; nous en indiquons toujours la provenance.',
        'Vous aimez nos revues de presse ? Soutenez-nous sur Patreon',
        `Le Fil laurentien © ${fmtFr(p.s.date, 'yyyy')} · Tous droits réservés · Politique de confidentialité`,
      );
      return { author, date: 'day' };
    },
  },
  {
    id: 'veille-helvete',
    name: 'Veille Helvète',
    lang: 'fr',
    originals: 16,
    attribution: 'url-host',
    draw: drawFrom([[SWITZERLAND, 0.6], [['Le Monde', 'Le Figaro', 'La Libre Belgique', 'Le Devoir'], 0.4]]),
    render(p) {
      p.chrome('Veille Helvète', 'La revue de presse romande, chaque matin', 'Revue de presse › Suisse romande');
      p.title().blank();
      p.meta(fmtFr(p.s.date, 'dd.MM.yyyy, HH:mm'));
      if (credited(p)) p.meta(`Auteur·e : ${p.s.author}`);
      p.blank().body();
      const c = p.s.credit;
      if (c) {
        const url = `https://${HOSTS[c.canonical]}/${p.d.pick(['suisse', 'monde', 'societe'])}/${slug(p.s.src.title)}`;
        p.meta(p.d.pick([`Lire l’article original : ${url}`, `→ ${url}`, `Article complet sur ${url}`])).blank();
      }
      p.chrome(
        'Veille Helvète est une revue de presse indépendante. Nous publions des extraits dans le respect du droit de citation ; pour lire les articles dans leur intégralité, rendez-vous sur les sites des éditeurs mentionnés.',
        'Partager sur Telegram | Threads | LinkedIn',
        `© ${fmtFr(p.s.date, 'yyyy')} Veille Helvète Sàrl, Lausanne`,
      );
      return { author: credited(p), date: 'full' };
    },
  },
  {
    id: 'zap-actu',
    name: 'ZapActu',
    lang: 'fr',
    originals: 18,
    attribution: 'title-suffix',
    draw: drawFrom([[Object.keys(HOSTS), 1]]),
    render(p) {
      p.chrome('ZAPACTU.NET', 'Toute l’actu en un clic', 'Accueil > France > Société');
      const c = p.s.credit;
      const sep = p.d.pick([' - ', ' | ', ' – ', ' :: ']);
      p.title((t) => (c ? `${t}${sep}${c.shown}` : t));
      p.meta(`Posté le ${fmtFr(p.s.date, 'yyyy-MM-dd HH:mm')}`).blank();
      p.body();
      p.chrome(
        'Commentaires (0)',
        'Articles similaires :', ...listed(p, 3, '• '),
        'Les articles publiés sur ZapActu sont collectés automatiquement à partir de flux publics. Si vous êtes l’auteur d’un contenu et souhaitez qu’il soit retiré, contactez notre équipe : nous traiterons votre demande sous 48 heures.',
        `ZapActu ${fmtFr(p.s.date, 'yyyy')} - Tous droits réservés`,
      );
      return { author: false, date: 'full' };
    },
  },
  {
    id: 'agora-citoyenne',
    name: 'L’Agora citoyenne',
    lang: 'fr',
    originals: 14,
    attribution: 'none',
    chromeOnlyPage: true,
    render(p) {
      p.chrome('L’Agora citoyenne', 'Forum › Débats de société › Sujet');
      if (p.chromeOnly) p.chrome('Vous devez être connecté pour voir ce sujet.', 'Identifiant', 'Mot de passe', 'Se connecter | Créer un compte');
      p.title((t) => (p.d.chance(0.4) ? `Sujet : ${t}` : t)).blank();
      p.meta(`le ${fmtFr(p.s.date, 'dd MMM yyyy, HH:mm')}`);
      p.chrome(`Message #1 · ${p.n(60)} réponses · ${200 + p.n(900)} vues`).blank();
      p.body();
      p.chrome(
        `👍 ${p.n(80)}   👎 ${p.n(20)}`,
        'Répondre à ce sujet',
        'Rappel de la charte : les messages injurieux, diffamatoires ou hors sujet seront supprimés par la modération. Merci de citer vos sources lorsque vous reproduisez un article et de respecter les autres participants.',
        '© L’Agora citoyenne — propulsé par un logiciel libre',
      );
      return { author: false, date: p.chromeOnly ? 'none' : 'full' };
    },
  },
];

// ——— Junk ———

const JUNK: readonly { name: string; bytes: Uint8Array }[] = [
  { name: 'empty', bytes: new Uint8Array(0) },
  { name: 'spaces', bytes: Buffer.from('   \r\n\r\n \t \r\n', 'utf8') },
  { name: 'gif', bytes: Buffer.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0, 0x80, 0, 0, 0xff, 0xff, 0xff, 0, 0, 0, 0x21, 0xf9, 4, 1, 0, 0, 0, 0, 0x2c]) },
  { name: 'gateway', bytes: Buffer.from('502 Bad Gateway\nnginx\n', 'utf8') },
  { name: 'captcha', bytes: Buffer.from('Vérification en cours…\nMerci de patienter pendant que nous vérifions que vous n’êtes pas un robot.\n', 'utf8') },
  { name: 'nul', bytes: new Uint8Array(300).fill(0) },
];

// ——— Generation ———

/**
 * Builds the v5 set from clean sources (deterministic for a seed): every site's originals, copies on one or
 * two other sites (some headless, some trimmed), bare files, chrome-only pages and junk, shuffled, each file
 * in one of several encodings and named by content.
 */
export function generateUnseenV5(pool: readonly UnseenSource[], seed: number = FROZEN_SEED_V5): { files: UnseenFile[]; manifest: UnseenEntry[] } {
  const d = new Dice(makeRng(seed));
  const needed = SITES_V5.reduce((n, s) => n + s.originals, 0) + BARE;
  if (pool.length < needed) throw new Error(`unseen sites v5: need ${needed} clean articles, the pool has ${pool.length}`);
  const sources = d.sample(pool, needed);
  const titles = sources.map((s) => s.title);
  const start = Date.UTC(2018, 10, 17);
  const othersOf = (src: UnseenSource): string[] => d.sample(titles.filter((t) => t !== src.title), 5);
  const made: MadePage[] = [];
  let at = 0;
  for (const site of SITES_V5) {
    for (let k = 0; k < site.originals; k++) {
      const src = sources[at++]!;
      const t = new Date(start + d.int(0, 150) * 86_400_000);
      const date = new TZDate(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate(), d.int(6, 23), d.int(0, 59), 0, TIME_ZONE);
      const drawn = site.draw?.(d) ?? null;
      const origin = drawn && credit(d, drawn.canonical, site.translate, drawn.lookalike);
      const story: Story = { src, body: src.body, author: d.pick(AUTHORS), date, headline: true, credit: origin, others: othersOf(src) };
      made.push(page(site, story, d, false));
      if (!d.chance(COPIED_SHARE)) continue;
      // A copy credits the outlet the first page names, or the first site when it presents the article as its own.
      const canonical = origin?.canonical ?? (site.attribution === 'own' ? site.name : null);
      const lookalike = origin?.lookalike ?? site.lookalike === true;
      for (const other of d.sample(SITES_V5.filter((s) => s !== site), d.chance(TWO_COPIES_SHARE) ? 2 : 1)) {
        // Own-name sites claim their copies, the forum credits nobody; links and title suffixes exist for known hosts only.
        const byHost = other.attribution === 'url-host' || other.attribution === 'title-suffix';
        const names = canonical !== null && other.attribution !== 'own' && other.attribution !== 'none' && (!byHost || canonical in HOSTS);
        const body = src.body.length > 3 && d.chance(TRIM_SHARE) ? src.body.slice(0, -1) : src.body;
        made.push(page(other, {
          ...story,
          body,
          credit: names ? credit(d, canonical, other.translate, lookalike) : null,
          // A scraper's evidence is its title suffix: its copies keep their headline.
          headline: other.attribution === 'title-suffix' || !d.chance(HEADLESS_SHARE),
          others: othersOf(src),
        }, d, false));
      }
    }
    if (site.chromeOnlyPage) {
      const src = sources[0]!;
      made.push(page(site, { src, body: [], author: d.pick(AUTHORS), date: new TZDate(start, TIME_ZONE), headline: false, credit: null, others: othersOf(src) }, d, true));
    }
  }
  for (let k = 0; k < BARE; k++) made.push(creditsNobody(bareFile(sources[at++]!)));
  for (const j of JUNK) made.push(creditsNobody(junkFile(j)));
  return packFiles(d, made, ENCODINGS, 'v5-');
}

/** Heading of the v5 table and JSON. */
export const V5_HEADING = 'UNSEEN SITES v5 (frozen 2026-11-30, development data since 15:35: its misses were read)';

/** Generates v5, runs the real ingest on it and prints its figures (without the DEV simulation). */
export const runUnseenEvalV5 = unseenSetRunner(V5_HEADING, generateUnseenV5);

generatorCli(import.meta.url, 'unseen sites v5', generateUnseenV5, FROZEN_SEED_V5);
