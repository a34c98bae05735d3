/**
 * Generates the FROZEN unseen-sites v7 evaluation set (issue 8): twelve more ordinary news sites, of kinds no earlier set had.
 *
 * DEVELOPMENT DATA since 2026-11-30 15:52 (its misses were read); the frozen set is now scripts/unseen-sites-v8.ts.
 *
 * FROZEN on 2026-11-30 (v7), at 15:50, when v6 (scripts/unseen-sites-v6.ts) became development data because
 * its misses were read. Written without reading the ingest rules (src/ingest/), the word lists (src/data/)
 * or the template wordings of v1–v6 and scripts/simulate-heldout.ts: the sites, outlets, credit wordings,
 * translations and chrome here are new. Nobody tunes rules against it: do not read its misses while changing
 * rules (`--show` stays 0), do not edit its templates, wordings or seed to move a score. When a case fails,
 * fix the general cause, then freeze a v8 and call this one development data.
 *
 * `npm run eval:unseen` scores v1 to v6 then this set (`npm run eval:unseen:v7`, or `npm run eval -- --unseen
 * --unseen-set v7`, for this one only); `npx tsx scripts/unseen-sites-v7.ts --out DIR` only writes the folder
 * and its manifest (the v1 format, with v2's `outletEvidence`).
 *
 * The twelve sites: a Belgian national daily (subscription bar, breadcrumb, photo credit), a Swiss romand daily
 * reprinting partners' articles, a Québec daily crediting Québec papers, a Canadian agency (whose name starts like a
 * Montréal daily's) and English papers in word-for-word French, a French regional television's news site (video
 * player, app prompt), a students' newspaper (relative date beside the day, comment form), a council-watch blog
 * with `Source :` lines, an economic news site translating English outlets' names into French (market ticker,
 * paywall), an Algerian daily reprinting French and Belgian papers, an English-language digest of francophone
 * papers whose names it translates word for word, an RSS portal ending items with "Lire la suite sur <URL>", a
 * scraper keeping the original's title suffix, and an alternative blog whose name starts like a national daily's
 * (its own articles, its own bylines). Article text is read AT RUN TIME from ../shared/corpus/gilets-jaunes
 * (v1's clean pool, drawn with another seed): no corpus text is stored here.
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

/** Seed of the v7 set (not the seed of any earlier set). */
export const FROZEN_SEED_V7 = 20261130_7;
/** Clean articles left bare (title and body only, crediting nobody). */
const BARE_COUNT = 10;
/** Share of stories that a second site also carries (the hidden sets hold many wire and partner copies). */
const SPREAD = 0.45;
/** Of those, share carried by a third site as well. */
const THIRD_SITE = 0.25;
/** Share of copies that lose their headline (the scraped page kept only the body). */
const HEADLESS = 0.3;
/** Share of copies missing their last paragraph (a teaser or a cut scrape). */
const SHORTENED = 0.25;
const TZ = 'Europe/Paris';
/** Encodings of the files: mostly UTF-8, as scraped folders are, with Windows and UTF-16 copies. */
const CODINGS: readonly Encoding[] = ['utf-8', 'utf-8-crlf', 'utf-8', 'cp1252', 'utf-8-bom', 'utf-8', 'cp1252-crlf', 'utf-16le-bom', 'utf-8', 'cp1252'];

// ——— People, topics, outlets ———

const STAFF = ['Mathilde Verhaegen', 'Nicolas Ruchonnet', 'Geneviève Tremblay-Roy', 'Karim Benaïssa', 'Élodie Marchal', 'Thomas Wuilleumier', 'Inès Lamrani', 'Pierre-Yves Gobert', 'Siobhan Keller', 'Hugo Van Damme'];
const SHOOTERS = ['Anouk De Smet', 'Yannick Perrottet', 'Malik Haddad', 'Sandrine Léonard'];
const RUBRICS = ['Société', 'Politique', 'Mobilité', 'Consommation', 'Régions', 'Social', 'International'];
const TAGS_FR = ['carburants', 'manifestations', 'pouvoir d’achat', 'fiscalité', 'Emmanuel Macron', 'ronds-points', 'retraites', 'routes'];
const TAGS_EN = ['yellow vests', 'fuel prices', 'Paris', 'street protests', 'cost of living', 'Macron'];

const FRENCH = ['Le Monde', 'Le Parisien', 'Le Figaro', 'La Croix', 'Le Point', 'Ouest-France', 'La Voix du Nord'];
const BELGIAN = ['La Libre Belgique', 'La DH', 'Le Soir'];
const SWISS = ['Le Temps', 'Tribune de Genève', 'Le Matin', 'Le Nouvelliste'];
const QUEBECOIS = ['La Presse', 'Le Devoir', 'Le Soleil', 'Le Journal de Montréal', 'Le Journal de Québec'];
const ANGLO = ['The New York Times', 'The Washington Post', 'The Guardian', 'BBC', 'Reuters', 'The Wall Street Journal', 'Financial Times', 'Bloomberg', 'NBC News', 'CNN'];

/** Word-for-word English renderings of francophone outlets (only names that have one). */
const INTO_ENGLISH: Record<string, readonly string[]> = {
  'Le Monde': ['The World'],
  'Le Parisien': ['The Parisian'],
  'La Croix': ['The Cross'],
  'Le Point': ['The Point'],
  'Ouest-France': ['West France', 'West-France'],
  'La Voix du Nord': ['The Voice of the North', 'Voice of the North'],
  'La Libre Belgique': ['The Free Belgium', 'Free Belgium'],
  'Le Soir': ['The Evening'],
  'Le Temps': ['The Time'],
  'Tribune de Genève': ['Geneva Tribune', 'Tribune of Geneva'],
  'Le Matin': ['The Morning'],
  'La Presse': ['The Press'],
  'Le Devoir': ['The Duty'],
  'Le Journal de Montréal': ['The Journal of Montreal', 'Montreal Journal'],
  'Le Journal de Québec': ['The Journal of Quebec', 'Quebec Journal'],
};
/** Word-for-word French renderings of English outlets (only names that have one). */
const INTO_FRENCH: Record<string, readonly string[]> = {
  'The New York Times': ['Les Temps de New York', 'Le Temps de New York'],
  'The Washington Post': ['La Poste de Washington', 'Le Poste de Washington'],
  'The Guardian': ['Le Gardien'],
  'The Wall Street Journal': ['Le Journal de la Rue du Mur', 'Le Journal de la rue Wall'],
  'Financial Times': ['Temps Financiers', 'Les Temps financiers'],
  'NBC News': ['Nouvelles NBC'],
};

/** Real outlets other than the canonical ones, whose names start like them: kept as written. */
const ALIKE_FR = ['La Presse de la Manche', 'La Croix du Nord', 'Le Monde diplomatique', 'Le Matin d’Algérie', 'Le Soir de Mons', 'Le Temps présent', 'Le Devoir citoyen', 'La Libre Pensée'];
const ALIKE_EN = ['The Washington Examiner', 'The Financial Post', 'The New York Sun', 'The Guardian Herald'];
/** A Canadian news agency whose name starts like the Montréal daily's. */
const AGENCY_QC = 'La Presse Canadienne';
const ALIKE = new Set([...ALIKE_FR, ...ALIKE_EN, AGENCY_QC]);

/** Hosts of the outlets a link or a title suffix can name. */
const HOSTS: Record<string, string> = {
  'La DH': 'dhnet.be',
  'La Libre Belgique': 'lalibre.be',
  'Le Soir': 'lesoir.be',
  'Le Temps': 'letemps.ch',
  'Tribune de Genève': 'tdg.ch',
  'Le Matin': 'lematin.ch',
  'Le Nouvelliste': 'lenouvelliste.ch',
  'La Presse': 'lapresse.ca',
  'Le Devoir': 'ledevoir.com',
  'Le Journal de Montréal': 'journaldemontreal.com',
  'Le Parisien': 'leparisien.fr',
  'Le Monde': 'lemonde.fr',
  'Ouest-France': 'ouest-france.fr',
  'The Guardian': 'theguardian.com',
  Reuters: 'reuters.com',
};
const LINKABLE = Object.keys(HOSTS);

type Translate = SiteV2['translate'];
const EN_MOSTLY: Translate = { into: 'en', share: 0.75 };
const FR_MOSTLY: Translate = { into: 'fr', share: 0.75 };
const FR_HALF: Translate = { into: 'fr', share: 0.5 };

/** How a site prints `canonical`: a word-for-word rendering (with the site's probability) where one exists. */
function render(d: Dice, canonical: string, translate: Translate, lookalike = ALIKE.has(canonical)): Credit {
  if (translate === undefined) return { shown: canonical, canonical, translated: false, lookalike };
  const forms = (translate.into === 'fr' ? INTO_FRENCH : INTO_ENGLISH)[canonical];
  const translated = forms !== undefined && d.chance(translate.share);
  return { shown: translated ? d.pick(forms) : canonical, canonical, translated, lookalike };
}

/** A draw of credited outlets: `[weight, names]` pools (weights sum to 1). */
function outlets(weighted: readonly (readonly [number, readonly string[]])[], translate?: Translate): (d: Dice) => Credit {
  return (d) => {
    const r = d.next();
    let acc = 0;
    const names = weighted.find(([w]) => r < (acc += w))?.[1] ?? weighted[weighted.length - 1]![1];
    return render(d, d.pick(names), translate);
  };
}

// ——— Template helpers ———

const later = (p: Page, minutes: number): TZDate => new TZDate(p.s.date.getTime() + minutes * 60_000, TZ);
const credited = (p: Page): boolean => p.s.credit !== null;
const yr = (p: Page): string => fmtFr(p.s.date, 'yyyy');
const oneOf = (p: Page, lines: readonly string[]): string => p.d.pick(lines);
const tags = (p: Page, pool: readonly string[], sep: string): string => p.d.sample(pool, 3).join(sep);
/** Address of the original on its outlet's host. */
const link = (p: Page): string => `https://www.${HOSTS[p.s.credit!.canonical]}/${slug(p.d.pick(RUBRICS))}/${slug(p.s.src.title)}`;

// ——— The twelve sites ———

/** The twelve v7 sites: each renders a page around a story and says what it showed. */
export const SITES_V7: readonly SiteV2[] = [
  {
    id: 'bruxelles-midi',
    name: 'Bruxelles Midi',
    lang: 'fr',
    originals: 17,
    attribution: 'own',
    chromeOnlyPage: true,
    render(p) {
      p.chrome('BRUXELLES MIDI', 'S’abonner  |  Se connecter  |  Journal numérique  |  Nos newsletters', `Accueil » Belgique » ${p.d.pick(RUBRICS)}`).blank();
      p.title().blank();
      const stamp = p.d.pick([`Publié le ${fmtFr(p.s.date, "EEEE d MMMM yyyy 'à' HH'h'mm")}`, `${fmtFr(p.s.date, 'dd/MM/yyyy')} à ${fmtFr(p.s.date, 'HH:mm')}`]);
      if (p.d.chance(0.5)) p.meta(`Par ${p.s.author}`, stamp);
      else p.meta(`${p.s.author} — service ${p.d.pick(RUBRICS)}`, stamp);
      p.blank().chrome(`Illustration : Studio Marolles / ${p.d.pick(SHOOTERS)}`).blank();
      p.body({ [p.mid()]: [`LIRE ÉGALEMENT | ${p.related(1)[0]}`] });
      p.chrome(
        'Cet article vous est offert par la rédaction. Pour continuer à lire nos enquêtes, nos analyses de la politique belge et nos pages consacrées à votre commune, découvrez notre formule numérique à un euro le premier mois, sans engagement et résiliable en ligne à tout moment.',
        'Réagir à cet article (connexion requise)',
        `Thèmes : ${tags(p, TAGS_FR, ', ')}`,
        oneOf(p, [`© Bruxelles Midi ${yr(p)} - Tous droits réservés`, `Bruxelles Midi S.A. ${yr(p)}. Reproduction interdite.`]),
      );
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'feuille-leman',
    name: 'La Feuille du Léman',
    lang: 'fr',
    originals: 16,
    attribution: 'credit',
    draw: outlets([[0.6, SWISS], [0.25, FRENCH], [0.15, BELGIAN]]),
    render(p) {
      p.chrome('La Feuille du Léman', 'Lausanne · Genève · Riviera · Chablais', 'Actu   Région   Suisse   Monde   Sports   Culture   Météo').blank();
      p.meta(`${fmtFr(p.s.date, 'dd.MM.yyyy')}, ${fmtFr(p.s.date, "HH'h'mm")}`);
      p.title().blank();
      p.credit([
        (o) => `Cet article a paru initialement dans ${o}.`,
        (o) => `Nous reprenons ici un article ${de(o)}, avec son accord.`,
        (o) => `Texte paru dans ${o} et reproduit avec l’autorisation de sa rédaction.`,
        (o) => `${o} a publié ce texte en premier; la Feuille le reprend dans le cadre d’un partenariat.`,
      ]);
      if (credited(p)) p.meta(`Texte: ${p.s.author}`);
      p.blank().body({ [p.mid()]: [`À lire aussi: ${p.related(1)[0]}`] });
      p.chrome(
        'Recevez chaque matin à six heures l’essentiel de l’actualité lémanique, vaudoise et genevoise dans votre boîte mail. L’inscription est gratuite, vous pouvez vous désabonner en un clic depuis chaque envoi et nous ne transmettons jamais votre adresse à des tiers.',
        'Vous avez repéré une erreur? Signalez-la à la rédaction.',
        `Copyright © ${yr(p)} La Feuille du Léman SA, Lausanne`,
      );
      return { author: credited(p), date: 'full' };
    },
  },
  {
    id: 'nordet',
    name: 'Le Nordet',
    lang: 'fr',
    originals: 16,
    attribution: 'credit',
    translate: FR_HALF,
    draw: outlets([[0.55, QUEBECOIS], [0.15, [AGENCY_QC]], [0.3, ['The New York Times', 'The Washington Post', 'The Guardian', 'The Wall Street Journal', 'NBC News']]], FR_HALF),
    render(p) {
      p.chrome('LE NORDET', 'Le quotidien de la Mauricie et du Centre-du-Québec', `Actualités > ${p.d.pick(RUBRICS)}`).blank();
      p.title().blank();
      const day = fmtFr(p.s.date, "d MMMM yyyy 'à' H 'h' mm");
      p.meta(`Publié le ${day}`);
      if (p.d.chance(0.35)) p.meta(`Mis à jour il y a ${p.d.int(2, 5)} heures (le ${fmtFr(later(p, 180), "d MMMM yyyy 'à' H 'h' mm")})`);
      if (credited(p)) p.meta(`Par ${p.s.author}`);
      p.blank().body();
      p.credit([
        (o) => `Ce texte provient ${de(o)}.`,
        (o) => `Une dépêche de ${o}, adaptée par notre équipe.`,
        (o) => `Texte original publié par ${o}`,
        (o) => `D’abord diffusé par ${o} — reproduit ici avec permission`,
      ]);
      p.blank().chrome(
        'Partager : Facebook · Courriel · Imprimer',
        'Le Nordet est un média indépendant appartenant à une coopérative de lecteurs. Votre contribution volontaire, même modeste, finance directement le travail de nos journalistes en région et nous permet de garder tous nos articles en accès libre pour l’ensemble de la population.',
        'Faire un don',
        `© ${yr(p)} Coopérative de presse Le Nordet. Tous droits de reproduction réservés.`,
      );
      return { author: credited(p), date: 'full' };
    },
  },
  {
    id: 'vosges-tele',
    name: 'Vosges Télé Info',
    lang: 'fr',
    originals: 16,
    attribution: 'own',
    chromeOnlyPage: true,
    render(p) {
      p.chrome('VOSGES TÉLÉ INFO', 'Direct | Replay | Le journal de 19 h | Météo | Nous contacter').blank();
      p.chrome(`▶ Lecture de la vidéo (${p.d.int(1, 3)}:${String(p.d.int(0, 59)).padStart(2, '0')})`, 'Activez le son pour regarder ce reportage').blank();
      p.title((t) => (p.d.chance(0.3) ? `VIDÉO. ${t}` : t)).blank();
      const fullTime = p.d.chance(0.6);
      p.meta(
        p.d.pick([`Reportage de ${p.s.author}`, `Par ${p.s.author} et l’équipe de Vosges Télé`, `${p.s.author}, rédaction d’Épinal`]),
        fullTime ? `Diffusé le ${fmtFr(p.s.date, 'dd/MM/yyyy')} à ${fmtFr(p.s.date, 'HH:mm')}` : `Le ${fmtFr(p.s.date, 'd MMM yyyy')}`,
      );
      p.blank().body({ [p.mid()]: [`VIDÉO - ${p.related(1)[0]}`] });
      p.chrome(
        'Nous utilisons des traceurs pour mesurer l’audience de nos vidéos, mémoriser vos préférences de lecture et vous proposer des contenus adaptés à votre territoire. Vous pouvez accepter, refuser ou paramétrer ces traceurs à tout moment depuis la page Gestion des cookies en bas de chaque page.',
        'Téléchargez l’application Vosges Télé : App Store | Google Play',
        `Vosges Télé Info © ${yr(p)}`,
      );
      return { author: true, date: fullTime ? 'full' : 'day' };
    },
  },
  {
    id: 'crayon-libre',
    name: 'Le Crayon libre',
    lang: 'fr',
    originals: 14,
    attribution: 'own',
    render(p) {
      p.chrome('Le Crayon libre', 'Journal des étudiant·es de l’université de Caen — depuis 1994', `Rubrique : ${p.d.pick(RUBRICS)}`).blank();
      p.title().blank();
      p.meta(
        p.d.pick([`Écrit par ${p.s.author}`, `${p.s.author}, étudiante en master de journalisme`, `${p.s.author} · ${p.d.int(3, 9)} min de lecture`]),
        p.d.chance(0.5) ? `il y a ${p.d.int(2, 6)} jours (${fmtFr(p.s.date, 'dd/MM/yyyy')})` : `Posté le ${fmtFr(p.s.date, 'd MMMM yyyy')}`,
      );
      p.blank().body();
      p.chrome(
        `Article suivant → ${p.related(1)[0]}`,
        'Le Crayon libre est rédigé entièrement par des étudiantes et des étudiants bénévoles. Les opinions exprimées n’engagent que leurs auteurs et non l’université. Tu veux écrire, dessiner ou relire avec nous ? Viens à la conférence de rédaction, chaque lundi à dix-huit heures au foyer.',
        'Laisser un commentaire',
        'Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *',
        'Commentaire *',
        'Publier le commentaire',
      );
      return { author: true, date: 'day' };
    },
  },
  {
    id: 'vigie-saint-priest',
    name: 'La Vigie de Saint-Priest',
    lang: 'fr',
    originals: 14,
    attribution: 'source-line',
    draw: outlets([[0.6, FRENCH], [0.2, BELGIAN], [0.2, ALIKE_FR]]),
    render(p) {
      p.chrome('La Vigie de Saint-Priest', 'Blog citoyen de veille sur la vie municipale').blank();
      p.title().blank();
      const dated = credited(p) && p.d.chance(0.7);
      if (dated) p.meta(fmtFr(p.s.date, 'd MMMM yyyy'));
      const signed = credited(p) && p.d.chance(0.5);
      if (signed) p.meta(`Article de ${p.s.author}`);
      p.blank().body({ [p.mid()]: [`>> Voir aussi notre dossier : ${p.d.pick(TAGS_FR)}`] });
      p.credit([(o) => `Source : ${o}`, (o) => `Source: ${o}`, (o) => `Source : ${o} (article original)`, (o) => `— Source : ${o}`]);
      p.blank().chrome(
        `Publié dans ${p.d.pick(RUBRICS)} | Lien permanent | Signaler un abus`,
        'Ce blog est tenu par des habitants bénévoles, sans lien avec la mairie ni avec aucun parti. Nous relayons les articles qui concernent notre commune et ses environs pour que chacun puisse suivre les débats du conseil municipal et se faire sa propre opinion.',
        `${p.d.int(0, 14)} commentaires`,
        'Ajouter un commentaire',
        'Nom / pseudo',
        'Envoyer',
      );
      return { author: signed, date: dated ? 'day' : 'none' };
    },
  },
  {
    id: 'marches-territoires',
    name: 'Marchés & Territoires',
    lang: 'fr',
    originals: 16,
    attribution: 'credit',
    translate: FR_MOSTLY,
    draw: outlets([[0.6, ANGLO], [0.25, FRENCH], [0.15, ALIKE_EN]], FR_MOSTLY),
    render(p) {
      p.chrome('MARCHÉS & TERRITOIRES', 'L’actualité économique des régions');
      p.chrome(`CAC 40 ${p.d.int(4700, 5400)} pts ▲ 0,${p.d.int(1, 9)} %  |  Brent ${p.d.int(55, 80)} $  |  EUR/USD 1,1${p.d.int(1, 9)}`).blank();
      p.title().blank();
      p.meta(fmtFr(p.s.date, 'dd/MM/yyyy HH:mm'));
      if (credited(p)) p.meta(`Par ${p.s.author}`);
      p.credit([
        (o) => `Traduction d’un article paru dans ${o}.`,
        (o) => `D’après un article ${de(o)}`,
        (o) => `${o} a révélé cette information en premier.`,
        (o) => `Article original : ${o}`,
      ]);
      p.blank().body();
      p.chrome(
        'Réservé aux abonnés : vous avez lu deux articles gratuits ce mois-ci. Abonnez-vous pour accéder sans limite à nos analyses sectorielles, aux données des entreprises de votre région et à la lettre quotidienne des marchés, dès 4,90 € par mois.',
        'Sur le même sujet',
        ...p.related(3).map((t) => `- ${t}`),
        `© Marchés & Territoires SAS ${yr(p)}`,
      );
      return { author: credited(p), date: 'full' };
    },
  },
  {
    id: 'sentinelle-ouest',
    name: 'La Sentinelle de l’Ouest',
    lang: 'fr',
    originals: 16,
    attribution: 'credit',
    translate: FR_HALF,
    draw: outlets([[0.45, FRENCH], [0.2, ['The New York Times', 'The Washington Post', 'The Guardian', 'Financial Times']], [0.2, [...BELGIAN, ...SWISS]], [0.15, ALIKE_FR]], FR_HALF),
    render(p) {
      p.chrome('La Sentinelle de l’Ouest', 'Quotidien national d’information — Oran', `Accueil / ${p.d.pick(['Monde', 'International', 'Europe'])}`).blank();
      p.meta(`Publié le : ${fmtFr(p.s.date, 'dd-MM-yyyy')} | ${fmtFr(p.s.date, 'HH:mm')}`);
      p.title().blank();
      if (credited(p)) p.meta(`Par : ${p.s.author}`);
      p.credit([
        (o) => `Article repris ${de(o)}`,
        (o) => `In ${o}`,
        (o) => `Cet article est publié par ${o}. Nous le reproduisons en intégralité.`,
      ]);
      p.blank().body();
      p.chrome(
        'Dans la même rubrique',
        ...p.related(2),
        'Les commentaires sont modérés avant publication. Tout propos injurieux, diffamatoire, raciste ou contraire à la loi sera supprimé. La rédaction se réserve le droit de ne pas publier les messages sans rapport avec le sujet de l’article. Merci de rester courtois.',
        `© La Sentinelle de l’Ouest ${yr(p)}. Reproduction interdite sans autorisation.`,
      );
      return { author: credited(p), date: 'full' };
    },
  },
  {
    id: 'francophone-digest',
    name: 'Francophone Press Digest',
    lang: 'en',
    originals: 16,
    attribution: 'credit',
    translate: EN_MOSTLY,
    draw: outlets([[0.35, FRENCH], [0.25, BELGIAN], [0.2, SWISS], [0.2, QUEBECOIS]], EN_MOSTLY),
    render(p) {
      p.chrome('FRANCOPHONE PRESS DIGEST', 'The French-speaking world, in English', 'Home > Europe > France').blank();
      p.title().blank();
      if (credited(p)) p.meta(`By ${p.s.author}`);
      p.meta(
        p.d.chance(0.3)
          ? `Posted ${p.d.int(2, 9)} hours ago — ${fmtEn(p.s.date, 'EEE d MMM yyyy, HH:mm')}`
          : `${fmtEn(p.s.date, 'MMMM d, yyyy')} at ${fmtEn(p.s.date, 'h:mm a')}`,
      );
      p.credit([
        (o) => `Originally published in French by ${o}.`,
        (o) => `${o} first ran this story; translated and republished with permission.`,
        (o) => `This article appeared first in ${o}.`,
        (o) => `Republished in English courtesy of ${o}.`,
      ]);
      p.blank().body();
      p.chrome(
        'Support independent translation. Francophone Press Digest is funded by its readers: no ads, no paywall. If you found this article useful, consider a monthly contribution of any amount so that we can keep bringing French-language journalism to English speakers.',
        'Share: X · Reddit · Email · Copy link',
        `Tags: ${tags(p, TAGS_EN, ' / ')}`,
        `© ${yr(p)} Francophone Press Digest. Translations are licensed for personal use only.`,
      );
      return { author: credited(p), date: 'full' };
    },
  },
  {
    id: 'actu-rapide',
    name: 'Actu’Rapide',
    lang: 'fr',
    originals: 16,
    attribution: 'url-host',
    chromeOnlyPage: true,
    draw: outlets([[1, LINKABLE]]),
    render(p) {
      p.chrome('Actu’Rapide', 'Toute l’info, en continu, de vos sources préférées', `Flux : ${p.d.pick(RUBRICS)}`).blank();
      p.title().blank();
      if (credited(p)) p.meta(`Publié par la source le ${fmtFr(p.s.date, 'dd/MM/yyyy')}`);
      p.blank().body();
      if (credited(p)) {
        const url = link(p);
        p.meta(p.d.pick([`Lire la suite sur ${url}`, `L’article complet est à lire ici : ${url}`, `→ Suite de l’article : ${url}`, `${url} (lien vers l’article d’origine)`]));
      }
      p.blank().chrome(
        'Autres articles du flux :',
        ...p.related(3).map((t) => `• ${t}`),
        'Actu’Rapide agrège automatiquement les flux publics des éditeurs de presse. Les titres et extraits restent la propriété de leurs auteurs respectifs ; pour toute demande de retrait, écrivez-nous via le formulaire de contact et nous supprimerons le contenu concerné sous quarante-huit heures.',
      );
      return { author: false, date: credited(p) ? 'day' : 'none' };
    },
  },
  {
    id: 'fil-des-unes',
    name: 'Le Fil des Unes',
    lang: 'fr',
    originals: 14,
    attribution: 'title-suffix',
    draw: outlets([[1, LINKABLE]]),
    render(p) {
      p.chrome('Le Fil des Unes', 'Revue automatique des titres de la presse francophone', `Catégorie : ${p.d.pick(RUBRICS)}`).blank();
      const sep = p.d.pick([' - ', ' | ', ' – ', ' :: ']);
      p.title((t) => (credited(p) ? `${t}${sep}${p.s.credit!.shown}` : t)).blank();
      if (credited(p)) p.meta(fmtFr(p.s.date, 'dd/MM/yy'));
      p.blank().body();
      p.chrome(
        `Mots-clés : ${tags(p, TAGS_FR, ' ; ')}`,
        'Les contenus présentés sur ce site sont collectés automatiquement à partir de sources publiques et reproduits à des fins de veille. Ils n’engagent pas Le Fil des Unes. Si vous êtes l’auteur d’un texte et souhaitez son retrait, contactez notre équipe technique par courriel.',
        `Page générée en 0,${p.d.int(10, 99)} s`,
      );
      return { author: false, date: credited(p) ? 'day' : 'none' };
    },
  },
  {
    id: 'monde-d-en-bas',
    name: 'Le Monde d’en bas',
    lang: 'fr',
    originals: 15,
    attribution: 'own',
    lookalike: true,
    render(p) {
      p.chrome('LE MONDE D’EN BAS', 'Ils ont les journaux, nous avons les trottoirs.', '☰ Menu    🔍 Rechercher').blank();
      p.title((t) => (p.d.chance(0.4) ? t.toLocaleUpperCase('fr') : t)).blank();
      p.meta(`Posté par ${p.s.author} le ${fmtFr(p.s.date, "dd/MM/yyyy 'à' HH:mm")}`);
      p.blank().body({ [p.mid()]: [`[Lire aussi] ${p.related(1)[0]}`] });
      p.chrome(
        `Réactions : 😡 ${p.d.int(0, 90)}   😂 ${p.d.int(0, 40)}   👍 ${p.d.int(0, 300)}`,
        'Le Monde d’en bas n’a ni actionnaire ni publicité. Nous écrivons sur ce que les grands médias regardent d’en haut : les ronds-points, les fins de mois, les petites communes. Pour nous soutenir, partagez nos articles ou offrez-nous un café sur notre page de dons.',
        `Licence Creative Commons BY-NC-SA — Le Monde d’en bas, ${yr(p)}`,
      );
      return { author: true, date: 'full' };
    },
  },
];

// ——— Junk ———

const JUNK_V7: readonly { name: string; bytes: Uint8Array }[] = [
  { name: 'empty', bytes: new Uint8Array(0) },
  { name: 'spaces', bytes: Buffer.from('   \r\n\r\n \r\n', 'utf8') },
  { name: 'gif', bytes: Buffer.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0, 0x80, 0, 0, 0xff, 0xff, 0xff, 0, 0, 0, 0x21, 0xf9, 4, 1, 0, 0, 0, 0, 0x2c]) },
  { name: 'jpeg', bytes: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xdb, 0, 0x43, 0]) },
  { name: 'bad-gateway', bytes: Buffer.from('502 Bad Gateway\n\nnginx\n', 'utf8') },
  { name: 'robot-check', bytes: Buffer.from('Vérification de sécurité\nVeuillez confirmer que vous n’êtes pas un robot.\n[ ] Je ne suis pas un robot\nValider\n', 'utf8') },
];

// ——— Generation ———

/** Where a story stands: its first site and the story as that site printed it. */
interface Origin {
  site: SiteV2;
  story: Story;
}

/** The outlet a copy on `host` credits: the origin's credit, or the origin site when it signs its own; null where `host` cannot credit it. */
function creditOnCopy(d: Dice, origin: Origin, host: SiteV2): Credit | null {
  if (host.attribution === 'own' || host.attribution === 'none') return null;
  const name = origin.story.credit?.canonical ?? (origin.site.attribution === 'own' ? origin.site.name : null);
  if (name === null) return null;
  const byHost = host.attribution === 'url-host' || host.attribution === 'title-suffix';
  if (byHost && HOSTS[name] === undefined) return null;
  return render(d, name, host.translate, origin.story.credit?.lookalike ?? origin.site.lookalike === true);
}

/**
 * Builds the v7 set from clean sources (deterministic for a seed): every site's originals (dated in the winter
 * of 2018-19), copies on one or two other sites (some without headline, some missing their last paragraph),
 * bare files, chrome-only pages and junk, shuffled, each file in one of several encodings and named by content.
 */
export function generateUnseenV7(pool: readonly UnseenSource[], seed: number = FROZEN_SEED_V7): { files: UnseenFile[]; manifest: UnseenEntry[] } {
  const d = new Dice(makeRng(seed));
  const needed = BARE_COUNT + SITES_V7.map((s) => s.originals).reduce((a, b) => a + b, 0);
  if (pool.length < needed) throw new Error(`unseen sites v7: ${needed} clean articles needed, the pool has ${pool.length}`);
  const chosen = d.sample(pool, needed);
  const winter = Date.UTC(2018, 10, 14);
  const titlesBesides = (src: UnseenSource): string[] => d.sample(chosen.filter((s) => s.id !== src.id).map((s) => s.title), 5);
  const pages: MadePage[] = [];
  let next = 0;
  for (const site of SITES_V7) {
    for (let k = 0; k < site.originals; k++) {
      const src = chosen[next++]!;
      const day = new Date(winter + d.int(0, 135) * 86_400_000);
      const date = new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), d.int(5, 23), d.int(0, 59), 0, TZ);
      const story: Story = { src, body: src.body, author: d.pick(STAFF), date, headline: true, credit: site.draw?.(d) ?? null, others: titlesBesides(src) };
      pages.push(page(site, story, d, false));
      if (!d.chance(SPREAD)) continue;
      const origin: Origin = { site, story };
      for (const host of d.sample(SITES_V7.filter((s) => s !== site), d.chance(THIRD_SITE) ? 2 : 1)) {
        const short = src.body.length > 3 && d.chance(SHORTENED);
        const credit = creditOnCopy(d, origin, host);
        // A title-suffix scraper's evidence is its headline: its copies keep it.
        const headline = host.attribution === 'title-suffix' || !d.chance(HEADLESS);
        pages.push(page(host, { ...story, body: short ? src.body.slice(0, -1) : src.body, credit, headline, others: titlesBesides(src) }, d, false));
      }
    }
    if (site.chromeOnlyPage) {
      const filler: Story = { src: chosen[0]!, body: [], author: d.pick(STAFF), date: new TZDate(winter, TZ), headline: false, credit: null, others: titlesBesides(chosen[0]!) };
      pages.push(page(site, filler, d, true));
    }
  }
  for (const src of chosen.slice(next)) pages.push(creditsNobody(bareFile(src)));
  for (const j of JUNK_V7) pages.push(creditsNobody(junkFile(j)));
  return packFiles(d, pages, CODINGS, 'v7-');
}

/** Heading of the v7 table and JSON. */
export const V7_HEADING = 'UNSEEN SITES v7 (frozen 2026-11-30, development data since 15:52: its misses were read)';

/** Generates v7, runs the real ingest on it and prints its figures (without the DEV simulation). */
export const runUnseenEvalV7 = unseenSetRunner(V7_HEADING, generateUnseenV7);

generatorCli(import.meta.url, 'unseen sites v7', generateUnseenV7, FROZEN_SEED_V7);
