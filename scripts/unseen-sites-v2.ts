/**
 * Generates the FROZEN unseen-sites v2 evaluation set (issue 8): twelve other invented sites wrapped around clean public articles.
 *
 * DEVELOPMENT DATA since 2026-11-30 14:45 (its misses were read); the frozen set is now scripts/unseen-sites-v3.ts.
 *
 * FROZEN on 2026-11-30 (v2), at 14:20, when v1 (scripts/unseen-sites.ts) became development data because
 * its misses were read. Written without reading the ingest rules (src/ingest/), the word lists
 * (src/data/) or the template wordings of v1 and scripts/simulate-heldout.ts: the sites, outlets,
 * credit wordings and chrome here are new. Nobody tunes rules against it: do not read its misses
 * while changing rules (`--show` stays 0), do not edit its templates, wordings or seed to move a
 * score. When a case fails, fix the general cause, then freeze a v3 and call this one development data.
 *
 * `npm run eval:unseen` scores v1 then this set (`npm run eval -- --unseen --unseen-set v2` for this one only);
 * `npx tsx scripts/unseen-sites-v2.ts --out DIR` only writes the folder and its manifest (the v1 format).
 *
 * Article text is read AT RUN TIME from ../shared/corpus/gilets-jaunes (the clean pool of v1, minus the
 * articles v1 draws when enough remain): no corpus text is stored in the project. Twelve sites: French,
 * Belgian, Swiss, Québécois, African francophone, British, American and Canadian English ones.
 *
 * Expected outlet (the public corpus convention: who published the article first, as the file credits it),
 * recorded per file in `outletEvidence`:
 * - `credit`: a republishing credit names the original outlet (before or after the verb; machine-translated
 *   names of real outlets expect the real outlet's canonical name; look-alike names are kept as written);
 * - `source-line`: a `Source :` line names it; `url-host`: a link to the original on a known outlet's host;
 *   `title-suffix`: the headline keeps a known outlet's suffix (scraper sites);
 * - `masthead-byline`: the site shows its own masthead AND its own staff's byline: it presents the article
 *   as its own, so its name is the outlet (also for copies it takes from other sites without credit);
 * - `none`: nothing credits an outlet (an aggregator that shows only its own copyright): null.
 * The republisher is the site's name whenever the file credits another outlet.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { TZDate } from '@date-fns/tz';
import type { UnseenEntry } from '../src/eval/unseen-sites.ts';
import { makeRng } from './rng.ts';
import { Dice, type Encoding } from './simulate-heldout.ts';
import {
  BARE_SOURCES as V1_BARE_SOURCES,
  bareFile,
  creditsNobody,
  de,
  defaultCorpus,
  fmtEn,
  fmtFr,
  FROZEN_SEED as V1_SEED,
  junkFile,
  loadUnseenSources,
  packFiles,
  Page,
  renderPage,
  SITES as V1_SITES,
  slug,
  unseenSetRunner,
  writeUnseen,
  type Credit,
  type MadePage,
  type Shown,
  type Site,
  type Story,
  type UnseenFile,
  type UnseenSource,
} from './unseen-sites.ts';

// ——— Size and mix of the set ———

/** Seed of the v2 set (not v1's, not simulate-heldout's). */
export const FROZEN_SEED_V2 = 20261130_2;
/** Clean articles left bare (title and body only): nothing credits an outlet. */
const BARE = 8;
/** Share of articles copied by a second site; of those, share copied by a third one too. */
const COPY_SHARE = 0.4;
const THIRD_COPY_SHARE = 0.2;
/** Share of copies that show no headline line (the title must come from another copy). */
const HEADLESS_SHARE = 0.35;
/** Share of copies that drop the last paragraph (still the same text for folding). */
const TRIM_SHARE = 0.35;
const TIME_ZONE = 'Europe/Paris';
/** Encodings of the written files: UTF-8 most often, and every other form the public corpus or the web shows. */
const ENCODINGS: readonly Encoding[] = ['utf-8', 'utf-8', 'utf-8', 'utf-8-bom', 'cp1252', 'cp1252-crlf', 'utf-8-crlf', 'utf-16le-bom'];

// ——— Invented people; real, translated and look-alike outlets ———

const AUTHORS = [
  'Aurélien Kabore', 'Nadège Lemaire-Bosson', 'Yves-Marie Tanguy', 'Aïssatou Diallo', 'Kevin O’Donnell', 'Priya Raman',
  'Bastien Verhaegen', 'Chloé Rüegg', 'Mathieu Gagnon-Roy', 'Gregory Hollis', 'Solène Marchetti', 'Idriss Benyahia',
];
const PHOTOGRAPHERS = ['Maëlle Quéré', 'Dieter Ammann', 'Josée Lapointe', 'Oumar Sy', 'Ruth Calloway'];
const TOPICS_FR = ['Mobilisation', 'Pouvoir d’achat', 'Taxe carbone', 'Maintien de l’ordre', 'Élysée', 'Ruralité', 'Syndicats'];
const TOPICS_EN = ['France', 'Protests', 'Fuel tax', 'Europe', 'Policing', 'Macron'];

/** French-language outlets rendered word for word in English by machine translation (articles dropped or kept, order changed). */
const FR_EN: Record<string, readonly string[]> = {
  'Le Monde': ['The World'],
  'Le Parisien': ['The Parisian'],
  'La Croix': ['The Cross'],
  'Ouest-France': ['West France', 'France West'],
  'La Voix du Nord': ['The Voice of the North', 'The North Voice'],
  'Sud Ouest': ['South West'],
  'Les Échos': ['The Echoes'],
  'L’Humanité': ['Humanity'],
  'Le Soir': ['The Evening'],
  'La Libre Belgique': ['The Free Belgium', 'Free Belgium'],
  'La DH': ['The Last Hour'],
  'Le Temps': ['The Time'],
  'Tribune de Genève': ['Geneva Tribune', 'The Tribune of Geneva'],
  'Le Matin': ['The Morning'],
  'Le Devoir': ['The Duty'],
  'La Presse': ['The Press'],
  'Le Journal de Montréal': ['The Montreal Journal', 'Journal of Montreal'],
  'Le Journal de Québec': ['The Quebec Journal'],
  'La Montagne': ['The Mountain'],
  'Le Progrès': ['The Progress'],
  'La Dépêche du Midi': ['The Midday Dispatch', 'The Dispatch of the South'],
  'Le Républicain lorrain': ['The Lorraine Republican', 'The Republican of Lorraine'],
};
/** English-language outlets rendered word for word in French. */
const EN_FR: Record<string, readonly string[]> = {
  'The Guardian': ['Le Gardien'],
  'The New York Times': ['Les Temps de New York', 'Le New York Temps'],
  'The Washington Post': ['La Poste de Washington', 'Le Courrier de Washington'],
  'The Wall Street Journal': ['Le Journal de Wall Street'],
  'Financial Times': ['Le Temps Financier', 'Temps Financiers'],
  'The Daily Telegraph': ['Le Télégraphe Quotidien'],
  'The Boston Globe': ['Le Globe de Boston'],
  'Los Angeles Times': ['Les Temps de Los Angeles'],
  'The Globe and Mail': ['Le Globe et le Courrier'],
  'Associated Press': ['Presse Associée', 'La Presse Associée'],
  'Sky News': ['Nouvelles du Ciel'],
  'The Irish Times': ['Les Temps Irlandais'],
};
/** Outlets whose name begins like a known outlet's but that are other outlets: expected as written. */
const LOOK_FR = [
  'Le Monde diplomatique', 'Le Soir d’Algérie', 'La Presse de la Manche', 'Libération Champagne', 'La Croix du Nord',
  'Presse Océan', 'Le Progrès Égyptien', 'Le Temps des Cerises', 'Le Devoir Lycéen', 'Sud Ouest Agricole',
];
const LOOK_EN = ['The Times of India', 'The Washington Times', 'The Guardian Nigeria', 'The Sun Herald', 'The Globe Weekly'];
const LOOKALIKES = new Set([...LOOK_FR, ...LOOK_EN]);
/** Hosts of known outlets (links to the original on aggregators). */
const HOSTS: Record<string, string> = {
  'Le Soir': 'www.lesoir.be', 'La Libre Belgique': 'www.lalibre.be', 'La DH': 'www.dhnet.be', 'RTBF': 'www.rtbf.be',
  'Le Temps': 'www.letemps.ch', 'Tribune de Genève': 'www.tdg.ch', 'Le Devoir': 'www.ledevoir.com', 'La Presse': 'www.lapresse.ca',
  'Le Journal de Montréal': 'www.journaldemontreal.com', 'Le Monde': 'www.lemonde.fr', 'Ouest-France': 'www.ouest-france.fr',
  'Le Parisien': 'www.leparisien.fr', 'Le Figaro': 'www.lefigaro.fr', 'Libération': 'www.liberation.fr',
};
const HOSTED = Object.keys(HOSTS);

// ——— Sites ———

/** How a site shows where an article comes from: which evidence its files' expected outlet follows. */
export type Attribution = 'own' | 'credit' | 'source-line' | 'url-host' | 'title-suffix' | 'none';

/** One v2 site: a v1 site shape (render, name, language) plus how it attributes and what it credits. */
export interface SiteV2 extends Site {
  attribution: Attribution;
  /** Draws the outlet credited for an article first published here (null: the page credits nobody). */
  draw?: (d: Dice) => Credit | null;
  /** Language the site machine-translates credited names into, and how often. */
  translate?: { into: 'en' | 'fr'; share: number };
}

/** A credit naming `canonical`, machine-translated with probability `share` when a word-for-word rendering exists. */
function creditOf(d: Dice, canonical: string, translate: SiteV2['translate'], lookalike = LOOKALIKES.has(canonical)): Credit {
  const forms = translate ? (translate.into === 'en' ? FR_EN : EN_FR)[canonical] : undefined;
  const translated = forms !== undefined && d.chance(translate!.share);
  return { shown: translated ? d.pick(forms) : canonical, canonical, translated, lookalike };
}

/** Draws from weighted pools of canonical names; the weights left over credit nobody. */
function drawer(pools: readonly [readonly string[], number][], translate?: SiteV2['translate']): (d: Dice) => Credit | null {
  return (d) => {
    let r = d.next();
    for (const [pool, w] of pools) {
      if (r < w) return creditOf(d, d.pick(pool), translate);
      r -= w;
    }
    return null;
  };
}

const year = (p: Page): string => fmtFr(p.s.date, 'yyyy');
const none: Shown = { author: false, date: 'none' };

export const SITES_V2: readonly SiteV2[] = [
  {
    id: 'bocage', name: 'L’Écho des Bocages', lang: 'fr', originals: 12, attribution: 'own', chromeOnlyPage: true,
    render(p) {
      if (p.chromeOnly) {
        p.chrome('L’ÉCHO DES BOCAGES', 'Vos choix en matière de confidentialité',
          'Avec votre accord, L’Écho des Bocages et ses 143 partenaires déposent des traceurs sur votre appareil afin de mesurer l’audience, d’afficher des publicités personnalisées et de développer nos services. Vous pouvez retirer votre consentement à tout moment depuis la page Vie privée.',
          'Tout accepter', 'Paramétrer', 'Continuer sans accepter', `© L’Écho des Bocages ${year(p)}`);
        return none;
      }
      p.chrome('L’ÉCHO DES BOCAGES', 'Accueil › Actualité › Société').title((t) => `${t} — L’Écho des Bocages`);
      p.meta(`Par ${p.s.author}`, `Publié le ${fmtFr(p.s.date, "d MMMM yyyy 'à' HH'h'mm")}`);
      p.chrome(`Photo d’illustration : ${p.d.pick(PHOTOGRAPHERS)} / L’Écho des Bocages`);
      p.body({ [p.mid()]: [`À lire également : ${p.related(1)[0]}`] });
      p.chrome(
        'Chaque matin, recevez gratuitement l’essentiel de l’actualité de votre canton dans votre boîte mail : faits divers, vie locale, sport amateur et bons plans du week-end. Il suffit de renseigner votre adresse ci-dessous.',
        `Mots-clés : ${p.d.sample(TOPICS_FR, 3).join(', ')}`,
        'Réagir à cet article', 'Vous devez être connecté pour publier un commentaire.',
        `© L’Écho des Bocages ${year(p)} — Toute reproduction, même partielle, est soumise à autorisation.`,
      );
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'relais', name: 'Le Relais Wallon', lang: 'fr', originals: 13, attribution: 'credit', chromeOnlyPage: true,
    draw: drawer([[['Le Soir', 'La Libre Belgique', 'La DH', 'RTBF', 'L’Avenir', 'Sudinfo'], 0.6], [['Le Monde', 'Libération', 'Le Figaro'], 0.2], [LOOK_FR, 0.2]]),
    render(p) {
      const banner = 'Le Relais Wallon et ses partenaires utilisent des cookies et des technologies similaires pour mesurer l’audience, personnaliser les contenus et vous proposer des publicités adaptées à vos centres d’intérêt. Modifiez vos préférences à tout moment via « Gérer mes cookies » en bas de page.';
      p.chrome('LE RELAIS WALLON — l’info de chez nous', banner, 'J’accepte');
      if (p.chromeOnly) {
        p.chrome('Oups ! Cette page n’existe pas ou a été déplacée.', 'Retour à la une', 'Rechercher sur le site', `Le Relais Wallon © ${year(p)} · Éditeur responsable : ASBL Relais Wallon`);
        return none;
      }
      p.title().meta(`Mis en ligne le ${fmtFr(p.s.date, "EEEE d MMMM yyyy 'à' H' h 'mm")}`, `Auteur : ${p.s.author}`);
      p.credit([
        (o) => `Cet article nous est parvenu de la rédaction ${de(o)}, qui nous a autorisés à le reproduire.`,
        (o) => `${o} a publié ce texte en premier ; nous le reprenons avec son accord.`,
        (o) => `Texte paru à l’origine dans ${o}.`,
        (o) => `Reproduit avec la permission ${de(o)}.`,
      ]);
      p.chrome('Partager : Facebook · X · LinkedIn · E-mail').body().chrome('Imprimer', 'Taille du texte A- A+');
      p.chrome(`Le Relais Wallon © ${year(p)} · Éditeur responsable : ASBL Relais Wallon`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'riverain', name: 'Le Riverain lémanique', lang: 'fr', originals: 12, attribution: 'own', chromeOnlyPage: true,
    render(p) {
      const wall = 'Cet article vous est offert par Le Riverain lémanique. Pour continuer à lire nos enquêtes, reportages et analyses sans limite, abonnez-vous dès 9 francs par mois, résiliable en tout temps.';
      p.chrome('Le Riverain lémanique — Quotidien indépendant depuis 1911');
      if (p.chromeOnly) {
        p.chrome('Connectez-vous pour lire la suite', 'Adresse e-mail', 'Mot de passe oublié ?', wall, `© ${year(p)} Le Riverain lémanique SA`);
        return none;
      }
      p.title((t) => `${t} | Le Riverain`).meta(`Publié: ${fmtFr(p.s.date, 'dd.MM.yyyy, HH:mm')}`);
      p.chrome(`Temps de lecture : ${p.n(4) + 2} min`, 'Écouter cet article');
      p.body({ [p.mid()]: [wall] });
      p.meta(`Texte : ${p.s.author}`);
      p.chrome(
        `Lien permanent : https://riverain.ch/articles/${slug(p.s.src.title)}`, 'Signaler une erreur',
        'Téléchargez l’application du Riverain sur l’App Store et Google Play',
        `© ${year(p)} Le Riverain lémanique SA`,
      );
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'northwire', name: 'Northern Wire Digest', lang: 'en', originals: 20, attribution: 'credit',
    translate: { into: 'en', share: 0.85 },
    draw: drawer(
      [[['Le Devoir', 'La Presse', 'Le Journal de Montréal', 'Le Journal de Québec'], 0.45], [['Le Monde', 'Le Parisien', 'La Croix', 'Ouest-France', 'La Voix du Nord', 'Sud Ouest', 'Les Échos', 'L’Humanité'], 0.4], [LOOK_FR, 0.15]],
      { into: 'en', share: 0.85 },
    ),
    render(p) {
      p.chrome('NORTHERN WIRE DIGEST', 'Home / World / Europe').title();
      p.meta(`By ${p.s.author}`, `Filed ${fmtEn(p.s.date, 'MMMM d, yyyy')}`);
      p.credit([
        (o) => `Originally appeared in ${o}. Republished with permission.`,
        (o) => `${o} first published this story.`,
        (o) => `Story courtesy of ${o}, reproduced under licence.`,
        (o) => `This piece was first carried by ${o}.`,
      ]);
      p.body().chrome(
        'Northern Wire Digest gathers French-language reporting from partner newsrooms and presents it unedited. Opinions expressed belong to the original authors and do not necessarily reflect those of our editorial board or our sponsors.',
        'Share this: Facebook Twitter Reddit Email', 'Was this article helpful? Yes No',
        `© ${year(p)} Northern Wire Digest Inc. All rights reserved.`,
      );
      return { author: true, date: 'day' };
    },
  },
  {
    id: 'fleuve', name: 'Le Fil du Fleuve', lang: 'fr', originals: 11, attribution: 'own', chromeOnlyPage: true,
    render(p) {
      const form = 'Laisser un commentaire — Votre adresse courriel ne sera pas publiée. Les champs obligatoires sont indiqués avec *';
      p.chrome('Le Fil du Fleuve', 'Nouvelles | Régions | Culture | Opinions');
      if (p.chromeOnly) {
        p.chrome('Commentaires (0)', 'Soyez le premier à réagir', form, 'Publier', `Tous droits réservés — Le Fil du Fleuve, ${year(p)}`);
        return none;
      }
      p.title((t) => `${t} • Le Fil du Fleuve`);
      p.meta(`Texte de ${p.s.author}, journaliste`, `Publié le ${fmtFr(p.s.date, 'd MMMM yyyy')}`, `Mis à jour il y a ${p.n(9) + 2} heures`);
      p.chrome(`Photo : ${p.d.pick(PHOTOGRAPHERS)}, Le Fil du Fleuve`);
      p.body({
        [p.mid()]: ['Le Fil du Fleuve est un média indépendant financé par ses lecteurs. Chaque contribution, même modeste, nous permet de poursuivre notre travail d’enquête en région. Faites un don dès aujourd’hui : un reçu fiscal vous sera remis.'],
      });
      p.chrome('J’aime · Ça me touche · Ça me fâche', `${p.n(40)} commentaires`, form, `Tous droits réservés — Le Fil du Fleuve, ${year(p)}`);
      return { author: true, date: 'day' };
    },
  },
  {
    id: 'sahel', name: 'Sahel Horizon Info', lang: 'fr', originals: 13, attribution: 'source-line',
    draw: drawer([[['Le Monde', 'Le Figaro', 'Libération', 'Ouest-France', 'Le Parisien', 'La Croix'], 0.5], [['Le Soir', 'Le Temps', 'Le Devoir', 'La Presse'], 0.3], [LOOK_FR, 0.2]]),
    render(p) {
      p.chrome('SAHEL HORIZON INFO', 'Publicité').title();
      p.meta(`Le ${fmtFr(p.s.date, "dd/MM/yyyy 'à' H:mm")}`, 'Publié par : La rédaction');
      p.chrome(`Vues : ${1000 + p.n(8000)}`);
      const source = p.s.credit ? [p.d.pick([(o: string) => `Source : ${o}`, (o: string) => `(Source : ${o})`, (o: string) => `SOURCE — ${o}`])(p.s.credit.shown)] : [];
      if (p.d.chance(0.5)) p.meta(...source).body();
      else p.body().meta(...source);
      p.chrome(
        'Rejoignez la communauté Sahel Horizon sur WhatsApp et Telegram pour recevoir nos alertes en temps réel, gratuitement, directement sur votre téléphone, sans publicité et sans engagement.',
        'Commentaires Facebook',
        `Sahel Horizon Info © Copyright ${year(p)}, Tous droits réservés | Propulsé par un thème libre`,
      );
      return { author: false, date: 'full' };
    },
  },
  {
    id: 'harbour', name: 'The Harbourside Chronicle', lang: 'en', originals: 11, attribution: 'own', chromeOnlyPage: true,
    render(p) {
      p.chrome(
        'We use cookies and similar technologies to keep this site running, to understand how you use it and to show you relevant adverts. By clicking “Accept all” you agree to this; choose “Manage settings” to decide which cookies we may set.',
        'Accept all', 'Manage settings', 'The Harbourside Chronicle',
      );
      if (p.chromeOnly) {
        p.chrome('Sorry, we couldn’t find that page.', 'It may have been moved, or the link you followed may be broken.', 'Go to the homepage', `© The Harbourside Chronicle ${year(p)}. Registered in England and Wales No. 0482213.`);
        return none;
      }
      p.title((t) => `${t} » The Harbourside Chronicle`);
      p.meta(`By ${p.s.author}, Europe correspondent`, fmtEn(p.s.date, 'EEEE d MMMM yyyy'));
      p.chrome(`Photograph: ${p.d.pick(PHOTOGRAPHERS)}/Agency`, `Listen to this article · ${p.n(5) + 3} min`);
      p.body({ [p.mid()]: ['Sign up to our morning briefing'] });
      p.chrome('Most read', ...p.related(3), `Topics: ${p.d.sample(TOPICS_EN, 3).join(' · ')}`, 'Print this page');
      p.chrome(`© The Harbourside Chronicle ${year(p)}. Registered in England and Wales No. 0482213.`);
      return { author: true, date: 'day' };
    },
  },
  {
    id: 'prairie', name: 'Prairie Ledger Review', lang: 'en', originals: 20, attribution: 'credit',
    translate: { into: 'en', share: 0.85 },
    draw: drawer(
      [
        [['Le Soir', 'La Libre Belgique', 'La DH', 'Le Temps', 'Tribune de Genève', 'Le Matin', 'La Montagne', 'Le Progrès', 'La Dépêche du Midi', 'Le Républicain lorrain'], 0.65],
        [['The Guardian', 'The Boston Globe', 'Los Angeles Times', 'The Irish Times'], 0.2],
        [LOOK_EN, 0.15],
      ],
      { into: 'en', share: 0.85 },
    ),
    render(p) {
      p.chrome('Prairie Ledger Review — Independent. Reader-funded.').title();
      p.meta(`Story by ${p.s.author}`, `Posted ${fmtEn(p.s.date, 'yyyy-MM-dd')}`);
      p.credit([
        (o) => `Reprinted with permission from ${o}.`,
        (o) => `This article was first published by ${o}.`,
        (o) => `${o} ran this story first; we share it here with their blessing.`,
        (o) => `Via ${o} (original publisher)`,
      ]);
      p.body({
        [p.mid()]: ['You’ve read 3 of 5 free articles this month. Support independent local journalism: subscribe today for just $1 a week and get unlimited access, our weekend magazine and ad-free reading on every device.'],
      });
      p.chrome(`Tags: ${p.d.sample(TOPICS_EN, 2).join(', ')}`, 'Share: Facebook · Twitter · Email · Copy link', `Copyright © ${year(p)} Prairie Ledger Review LLC`);
      return { author: true, date: 'day' };
    },
  },
  {
    id: 'passerelle', name: 'La Passerelle Internationale', lang: 'fr', originals: 18, attribution: 'credit', chromeOnlyPage: true,
    translate: { into: 'fr', share: 0.85 },
    draw: drawer([[Object.keys(EN_FR), 0.8], [LOOK_EN, 0.2]], { into: 'fr', share: 0.85 }),
    render(p) {
      const letter = 'Inscrivez-vous à notre lettre d’information hebdomadaire : chaque dimanche, une sélection des meilleurs articles de la presse étrangère traduits en français, directement dans votre boîte de réception. Gratuit et sans engagement.';
      p.chrome('La Passerelle Internationale · la presse du monde en français');
      if (p.chromeOnly) {
        p.chrome('Merci ! Votre inscription est confirmée.', 'Vous recevrez notre première lettre dimanche prochain.', letter, `La Passerelle Internationale ${year(p)} ©`);
        return none;
      }
      p.title().meta(`Auteur original : ${p.s.author}`, `Publié le ${fmtFr(p.s.date, 'dd/MM/yyyy')}`);
      p.credit([
        (o) => `Cet article a d’abord été publié par ${o}.`,
        (o) => `Traduit de l’anglais. Article original : ${o}.`,
        (o) => `${o} a publié la version originale de cet article.`,
        (o) => `Première parution : ${o}, traduction de notre rédaction.`,
      ]);
      p.body().chrome('Traduction : équipe de La Passerelle', letter, `La Passerelle Internationale ${year(p)} ©`);
      return { author: true, date: 'day' };
    },
  },
  {
    id: 'infoflux', name: 'InfoFlux 24', lang: 'fr', originals: 12, attribution: 'url-host',
    draw: drawer([[HOSTED, 0.7]]),
    render(p) {
      p.chrome('InfoFlux 24 — toute l’actu en continu').title();
      p.chrome(
        'Contenu sélectionné automatiquement par nos robots parmi les sources publiques d’information. InfoFlux 24 ne peut être tenu responsable des propos tenus dans les articles référencés, qui restent la propriété de leurs éditeurs respectifs.',
      );
      p.body();
      if (p.s.credit) p.meta(`Lien d’origine : https://${HOSTS[p.s.credit.canonical]}/actualite/${slug(p.s.src.title)}`);
      p.chrome('Partagez l’info !', '👍 124   😮 12   😡 40', `InfoFlux 24 • ${year(p)} • Tous droits réservés`);
      return none;
    },
  },
  {
    id: 'feedgrain', name: 'Feedgrain', lang: 'en', originals: 11, attribution: 'title-suffix', chromeOnlyPage: true,
    draw: drawer([[HOSTED, 0.75]]),
    render(p) {
      const app = 'Get the Feedgrain app — your news, your way';
      p.chrome('feedgrain');
      if (p.chromeOnly) {
        p.chrome(app, 'Scan the code or tap the button below to install it on your phone.', 'Open in app', 'Not now', `© Feedgrain ${year(p)}`);
        return none;
      }
      p.title((t) => (p.s.credit ? `${t}${p.d.pick([' - ', ' | ', ' – '])}${p.s.credit.shown}` : t));
      p.meta(`Fetched ${p.n(20) + 2} hours ago`);
      p.body().chrome(
        'Tap to read the full story on the publisher’s site',
        'Feedgrain shows headlines and extracts from publishers’ public feeds. All trademarks and articles belong to their respective owners; if you are a publisher and want your content removed, write to our team and we will act within two working days.',
        'Report this story', 'More from this source', app, `© Feedgrain ${year(p)}`,
      );
      return none;
    },
  },
  {
    id: 'hautsplateaux', name: 'Le Matin des Hauts-Plateaux', lang: 'fr', originals: 11, attribution: 'own', lookalike: true, chromeOnlyPage: true,
    render(p) {
      p.chrome('LE MATIN DES HAUTS-PLATEAUX — Quotidien national d’information', 'Imprimer | Transmettre par courriel | Agrandir le texte');
      if (p.chromeOnly) {
        p.chrome('Archives : mot-clé « Manifestations »', 'Aucun article ne correspond à votre recherche.', 'Rubriques : National · Monde · Économie · Sports', `Tous droits de reproduction réservés - Le Matin des Hauts-Plateaux ${year(p)}`);
        return none;
      }
      p.title((t) => `${t} - Le Matin des Hauts-Plateaux`);
      p.meta(`Par ${p.s.author}`, fmtFr(p.s.date, 'EEEE, d MMMM yyyy HH:mm'));
      p.body().chrome(
        'Les commentaires publiés sous cet article n’engagent que leurs auteurs. La rédaction se réserve le droit de supprimer tout message injurieux, diffamatoire, raciste ou hors sujet, sans avoir à se justifier.',
        `Tous droits de reproduction réservés - Le Matin des Hauts-Plateaux ${year(p)}`,
      );
      return { author: true, date: 'full' };
    },
  },
];

// ——— Junk ———

/** Files that hold no article at all (each must be rejected). */
const JUNK: readonly { name: string; bytes: Uint8Array }[] = [
  { name: 'empty', bytes: new Uint8Array() },
  { name: 'blank-lines', bytes: Buffer.from('\uFEFF\n\n   \n\t\n', 'utf8') },
  { name: 'jpeg', bytes: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x48, 0x00, 0x48, 0x00, 0x00, 0xff, 0xdb]) },
  { name: 'gzip', bytes: Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xcb, 0x48, 0xcd, 0xc9, 0xc9, 0x07, 0x00]) },
  { name: 'lone-url', bytes: Buffer.from('https://www.example.org/rss/feed.xml\n', 'utf8') },
  { name: 'json-status', bytes: Buffer.from('{"status": 404, "error": "not found"}\n', 'utf8') },
];

// ——— Generation ———

/** Ids of the clean articles v1 draws (its first draw from its seed), left out of v2 when the pool allows. */
function v1Sources(pool: readonly UnseenSource[]): Set<string> {
  const needed = V1_SITES.reduce((n, s) => n + s.originals, 0) + V1_BARE_SOURCES;
  return new Set(new Dice(makeRng(V1_SEED)).sample(pool, needed).map((s) => s.id));
}

/** One page of `site`, with the expected outlet, republisher and evidence of the v2 convention (see the header). */
export function page(site: SiteV2, story: Story, d: Dice, chromeOnly: boolean): MadePage {
  const { text, entry } = renderPage(site, story, d, chromeOnly);
  if (chromeOnly) return { text, entry: { ...entry, outletEvidence: 'none' } };
  const credit = story.credit;
  const outlet = credit ? credit.canonical : site.attribution === 'own' ? site.name : null;
  return {
    text,
    entry: {
      ...entry,
      outlet,
      republisher: credit ? site.name : null,
      outletEvidence: site.attribution === 'own' ? 'masthead-byline' : credit ? site.attribution : 'none',
      translatedCredit: credit?.translated ?? false,
      lookalike: outlet !== null && (credit ? credit.lookalike : site.lookalike === true),
    },
  };
}

/**
 * Builds the v2 set from clean sources (deterministic for a seed): every site's originals, copies on one or
 * two other sites (some headless, some trimmed), bare files, chrome-only pages and junk, shuffled, each
 * file in one of several encodings and named by content.
 */
export function generateUnseenV2(pool: readonly UnseenSource[], seed: number = FROZEN_SEED_V2): { files: UnseenFile[]; manifest: UnseenEntry[] } {
  const d = new Dice(makeRng(seed));
  const needed = SITES_V2.reduce((n, s) => n + s.originals, 0) + BARE;
  const used = v1Sources(pool);
  const fresh = pool.filter((s) => !used.has(s.id));
  const from = fresh.length >= needed ? fresh : pool;
  if (from.length < needed) throw new Error(`unseen sites v2: need ${needed} clean articles, the pool has ${from.length}`);
  const sources = d.sample(from, needed);
  const titles = sources.map((s) => s.title);
  const othersOf = (src: UnseenSource): string[] => d.sample(titles.filter((t) => t !== src.title), 6);
  const dateOf = (): TZDate => {
    const t = new Date(Date.UTC(2018, 10, 24) + d.int(0, 160) * 86_400_000);
    return new TZDate(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate(), d.int(5, 23), d.int(0, 59), 0, TIME_ZONE);
  };
  const made: MadePage[] = [];
  let next = 0;
  for (const site of SITES_V2) {
    for (let k = 0; k < site.originals; k++) {
      const src = sources[next++]!;
      const origin = site.draw ? site.draw(d) : null;
      const story: Story = { src, body: src.body, author: d.pick(AUTHORS), date: dateOf(), headline: true, credit: origin, others: othersOf(src) };
      made.push(page(site, story, d, false));
      if (!d.chance(COPY_SHARE)) continue;
      // Who the copies credit: the original's outlet (null when the original credits nobody).
      const canonical = origin ? origin.canonical : site.attribution === 'own' ? site.name : null;
      const lookalike = origin ? origin.lookalike : site.lookalike === true;
      const copiers = d.sample(SITES_V2.filter((s) => s !== site), d.chance(THIRD_COPY_SHARE) ? 2 : 1);
      for (const other of copiers) {
        // Links and title suffixes name known outlets only; own-name sites claim the copy; others credit it in their words.
        const credits = other.attribution !== 'own' && canonical !== null && ((other.attribution !== 'url-host' && other.attribution !== 'title-suffix') || canonical in HOSTS);
        const credit = credits ? creditOf(d, canonical, other.translate, lookalike) : null;
        const body = src.body.length > 3 && d.chance(TRIM_SHARE) ? src.body.slice(0, -1) : src.body;
        // A scraper's evidence is its title suffix: its copies keep their headline.
        const headline = other.attribution === 'title-suffix' || !d.chance(HEADLESS_SHARE);
        made.push(page(other, { ...story, body, headline, credit, others: othersOf(src) }, d, false));
      }
    }
    if (site.chromeOnlyPage) {
      const src = sources[0]!;
      made.push(page(site, { src, body: [], author: d.pick(AUTHORS), date: dateOf(), headline: false, credit: null, others: othersOf(src) }, d, true));
    }
  }
  for (let k = 0; k < BARE; k++) made.push(creditsNobody(bareFile(sources[next++]!)));
  for (const j of JUNK) made.push(creditsNobody(junkFile(j)));
  return packFiles(d, made, ENCODINGS, 'v2-');
}

/** Heading of the v2 table and JSON. */
export const V2_HEADING = 'UNSEEN SITES v2 (frozen 2026-11-30, development data since 14:45: its misses were read)';

/** Generates v2, runs the real ingest on it and prints its figures (without the DEV simulation). */
export const runUnseenEvalV2 = unseenSetRunner(V2_HEADING, generateUnseenV2);

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string' }, corpus: { type: 'string' }, seed: { type: 'string' } } });
  if (!values.out) throw new Error('usage: npx tsx scripts/unseen-sites-v2.ts --out <dir> [--corpus <gilets-jaunes folder>]');
  const set = generateUnseenV2(await loadUnseenSources(values.corpus ?? defaultCorpus()), values.seed ? Number(values.seed) : FROZEN_SEED_V2);
  await writeUnseen(values.out, set);
  console.log(`unseen sites v2: ${set.files.length} files written to ${values.out}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  });
}
