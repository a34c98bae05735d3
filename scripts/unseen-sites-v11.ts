/**
 * Generates the FROZEN unseen-sites v11 evaluation set (issue 8): twelve more ordinary news sites, of kinds no earlier set had.
 *
 * DEVELOPMENT DATA since 2026-11-30 16:55 (its misses were read); the frozen set is now scripts/unseen-sites-v12.ts.
 *
 * FROZEN on 2026-11-30 (v11), at 16:55, when v10 (scripts/unseen-sites-v10.ts) became development data because
 * its misses were read. Written without reading the ingest rules (src/ingest/), the word lists (src/data/) or
 * the template wordings of v1–v10 and scripts/simulate-heldout.ts: the sites, outlets, credit wordings,
 * translations and chrome here are new. Nobody tunes rules against it: do not read its misses while changing
 * rules (`--show` stays 0), do not edit its templates, wordings or seed to move a score. When a case fails,
 * fix the general cause, then freeze a v12 and call this one development data.
 *
 * `npm run eval:unseen` scores v1 to v10 then this set (`npm run eval:unseen:v11`, or `npm run eval -- --unseen
 * --unseen-set v11`, for this one only); `npx tsx scripts/unseen-sites-v11.ts --out DIR` only writes the folder
 * and its manifest (the v1 format, with v2's `outletEvidence`).
 *
 * The twelve sites: a Bordeaux daily (its own reporters), a Nantes city site reprinting with permission, a
 * Grenoble volunteer-run alternative site crediting nobody, a Montpellier student site ending reprints with a
 * `Source` line, a Liège daily whose own name begins like a Brussels paper's (a look-alike), a Neuchâtel paper
 * crediting Swiss papers and English outlets translated into French word for word, a Gatineau daily linking to
 * the original, a Bamako portal crediting French papers and look-alike titles, a Beirut French-language daily
 * keeping the original's title suffix, a Réunion daily (its own reporters), a fleet-management trade magazine
 * crediting its "confrères", and an English-language digest of French news translating francophone papers'
 * names into English. Article text is read AT RUN TIME from ../shared/corpus/gilets-jaunes (v1's clean pool,
 * drawn with another seed): no corpus text is stored here.
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

/** Seed of the v11 set (not the seed of any earlier set). */
export const FROZEN_SEED_V11 = 20261130_11;
/** Clean articles left bare (title and body only), as scraped folders hold a few. */
const BARE_FILES = 10;
/** Share of originals picked up by other sites: a minority of local stories travel, wire-like ones do. */
const PICKED_UP = 0.45;
/** Share of picked-up originals that a second other site takes as well. */
const PICKED_UP_TWICE = 0.3;
/** Share of copies whose scrape missed the headline (its title must come from another copy). */
const HEADLESS = 0.3;
/** Share of copies (of 4+ paragraphs) that miss their closing paragraph. */
const TRUNCATED = 0.2;
/** First day of the period; DAY_SPAN days later is still before summer time, so every time shown is UTC+1. */
const FIRST_DAY = Date.UTC(2018, 10, 17);
const DAY_SPAN = 128;
const PARIS = 'Europe/Paris';
/** Encodings: mostly UTF-8, some Windows-1252 and UTF-16 files, some CRLF (all decodable without guessing twice). */
const ENCODINGS_V11: readonly Encoding[] = ['utf-8', 'utf-8', 'utf-8', 'utf-8', 'utf-8-bom', 'cp1252', 'utf-16le-bom', 'utf-8-crlf', 'cp1252-crlf'];

// ——— People and outlets ———

const REPORTERS = ['Élodie Marcadet', 'Yannick Le Goff', 'Sandrine Rivoal', 'Hugo Delcourt', 'Karim Benali', 'Mireille Ndong', 'Pascal Thévenaz', 'Nathalie Gauthier', 'Rachid Haddad', 'Aminata Traoré', 'Joël Payet', 'Claire Whitfield', 'Thibault Orsini'];
const PHOTOGRAPHERS = ['Gaëlle Morvan', 'Idriss Sow', 'Samuel Brönnimann', 'Line Hoarau'];
const RUBRICS = ['Actualité', 'Société', 'Mobilisation', 'Politique', 'Économie', 'International', 'Vie locale'];
const TOPICS = ['gilets jaunes', 'prix du carburant', 'ronds-points', 'pouvoir d’achat', 'Élysée', 'référendum d’initiative citoyenne', 'forces de l’ordre', 'manifestation'];
const TOPICS_EN = ['France', 'yellow vests', 'fuel tax', 'Paris', 'protests', 'Macron government'];

const FRANCE = ['Le Parisien', 'Le Monde', 'Le Figaro', 'La Croix', 'Le Point', "L'Express", 'franceinfo', 'Ouest-France', 'La Voix du Nord'];
const BELGIUM = ['La DH', 'La Libre Belgique', 'Le Soir'];
const SWITZERLAND = ['Le Temps', 'Tribune de Genève', 'Le Matin', 'Le Nouvelliste'];
const QUEBEC = ['La Presse', 'Le Devoir', 'Le Soleil', 'Le Journal de Montréal', 'Le Journal de Québec'];
const ENGLISH = ['The New York Times', 'The Washington Post', 'The Guardian', 'BBC', 'CNN', 'Reuters', 'The Wall Street Journal', 'Financial Times', 'Bloomberg', 'NBC News'];

/** Francophone names rendered word for word in English (some reordered); names with no such rendering stay as written. */
const INTO_ENGLISH: Record<string, readonly string[]> = {
  'Le Parisien': ['The Parisian'],
  'Le Monde': ['The World'],
  'La Croix': ['The Cross'],
  'Le Point': ['The Point'],
  'Ouest-France': ['West France', 'West-France'],
  'La Voix du Nord': ['The Voice of the North', "The North's Voice"],
  'La Libre Belgique': ['The Free Belgium', 'Free Belgium'],
  'Le Soir': ['The Evening'],
  'Tribune de Genève': ['Geneva Tribune', 'The Tribune of Geneva'],
  'Le Matin': ['The Morning'],
  'Le Devoir': ['The Duty'],
  'La Presse': ['The Press'],
  'Le Journal de Montréal': ['The Montreal Journal', 'The Journal of Montreal'],
  'Le Journal de Québec': ['The Quebec Journal', 'The Journal of Quebec'],
};
/** English names rendered word for word in French (some reordered); BBC, CNN, Reuters and Bloomberg have no such form. */
const INTO_FRENCH: Record<string, readonly string[]> = {
  'The New York Times': ['Le Temps de New York', 'Les Temps de New York'],
  'The Washington Post': ['Le Poste de Washington', 'La Poste de Washington'],
  'The Guardian': ['Le Gardien'],
  'The Wall Street Journal': ['Le Journal de Wall Street'],
  'Financial Times': ['Les Temps financiers', 'Temps Financiers'],
  'NBC News': ['Les Nouvelles de NBC', 'NBC Nouvelles'],
};

/** Outlets whose names begin like a known outlet's but are other publications (invented or real): kept as written. */
const LOOKALIKE_FRENCH = ['Le Temps d’Afrique', 'Le Devoir de Bamako', 'Le Monde diplomatique', 'La Croix du Midi', 'Le Point du Sahel', 'Tribune de Neuchâtel'];
const LOOKALIKE_ENGLISH = ['The Guardian Nigeria', 'The New York Review of Books'];
const LOOKALIKES_V11 = new Set([...LOOKALIKE_FRENCH, ...LOOKALIKE_ENGLISH]);

/** Web hosts of the outlets a link can name. */
const HOSTS: Record<string, string> = {
  'La Presse': 'www.lapresse.ca',
  'Le Devoir': 'www.ledevoir.com',
  'Le Soleil': 'www.lesoleil.com',
  'Le Journal de Montréal': 'www.journaldemontreal.com',
  'Le Journal de Québec': 'www.journaldequebec.com',
  'Le Monde': 'www.lemonde.fr',
  'Le Figaro': 'www.lefigaro.fr',
  'Le Parisien': 'www.leparisien.fr',
  'La Croix': 'www.la-croix.com',
  'Ouest-France': 'www.ouest-france.fr',
  'La Libre Belgique': 'www.lalibre.be',
  'La DH': 'www.dhnet.be',
  'Tribune de Genève': 'www.tdg.ch',
  'Le Nouvelliste': 'www.lenouvelliste.ch',
  'The Guardian': 'www.theguardian.com',
  BBC: 'www.bbc.com',
  CNN: 'edition.cnn.com',
};
/**
 * Outlets a title suffix can name without doubt. Not La Presse, Le Temps, Le Matin, Le Soleil nor Le Nouvelliste:
 * papers in Tunis, Algiers, Dakar or Trois-Rivières bear those names too, so a bare suffix would not say which.
 */
const SUFFIXABLE = ['Le Monde', 'Le Figaro', 'Le Parisien', 'La Croix', 'Ouest-France', 'La Libre Belgique', 'La DH', 'Tribune de Genève', 'Le Devoir', 'Le Journal de Montréal', 'The Guardian', 'BBC', 'CNN'];

type Into = SiteV2['translate'];

/** How `canonical` is printed on a site translating into `into`: word for word with the site's probability, when a rendering exists. */
function printed(d: Dice, canonical: string, into: Into, lookalike: boolean): Credit {
  const renderings = into === undefined ? undefined : (into.into === 'en' ? INTO_ENGLISH : INTO_FRENCH)[canonical];
  const translated = renderings !== undefined && d.chance(into!.share);
  return { shown: translated ? d.pick(renderings) : canonical, canonical, translated, lookalike };
}

/** Draws an original's credited outlet from `[names, weight]` pools; the weight left below 1 credits nobody. */
function outletDraw(pools: readonly (readonly [readonly string[], number])[], into?: Into): (d: Dice) => Credit | null {
  return (d) => {
    const r = d.next();
    let sum = 0;
    for (const [names, weight] of pools) {
      sum += weight;
      if (r < sum) {
        const canonical = d.pick(names);
        return printed(d, canonical, into, LOOKALIKES_V11.has(canonical));
      }
    }
    return null;
  };
}

// ——— Template helpers ———

const later = (p: Page, minutes: number): TZDate => new TZDate(p.s.date.getTime() + minutes * 60_000, PARIS);
const hhmm = (p: Page): string => fmtFr(p.s.date, "HH'h'mm");
const tags = (p: Page, pool: readonly string[], n: number): string => p.d.sample(pool, n).join(', ');
/** The original's address on its outlet's web host. */
const originalUrl = (p: Page): string =>
  `https://${HOSTS[p.s.credit!.canonical]}/${slug(p.d.pick(RUBRICS))}/${fmtFr(p.s.date, 'yyyy/MM/dd')}/${slug(p.s.src.title)}`;
/** Shown metadata of a republishing site: a byline only beside a credit. */
const besideCredit = (p: Page, date: Shown['date']): Shown => ({ author: p.s.credit !== null, date });
const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

// ——— The twelve sites ———

export const SITES_V11: readonly SiteV2[] = [
  {
    id: 'gironde-matin',
    name: 'La Gironde Matin',
    lang: 'fr',
    originals: 20,
    attribution: 'own',
    render(p) {
      p.chrome('La Gironde Matin', 'Le quotidien de Bordeaux, du Médoc et du Bassin d’Arcachon', `Accueil › Bordeaux Métropole › ${p.d.pick(RUBRICS)}`).blank();
      p.title().blank();
      p.meta(
        p.d.pick([`Par ${p.s.author}, rédaction de Bordeaux`, `Par ${p.s.author}`, `${p.s.author} — bureau de Libourne`]),
        `Publié le ${fmtFr(p.s.date, "d MMMM yyyy 'à' H'h'mm")} · mis à jour à ${fmtFr(later(p, 95), "H'h'mm")}`,
      ).blank();
      if (p.d.chance(0.5)) p.chrome(`Photo d’illustration © ${p.d.pick(PHOTOGRAPHERS)} / La Gironde Matin`).blank();
      p.body({ [p.mid()]: [`Sur le même sujet → ${p.related(1)[0]}`] });
      p.chrome(
        'Cet article vous est offert par la rédaction. Pour continuer à lire nos enquêtes locales sans limite et soutenir une presse indépendante en Gironde, abonnez-vous dès 1 € le premier mois, sans engagement et résiliable en ligne à tout moment.',
        `Réagir à cet article (${p.n(40)} commentaires)`,
        `Mots-clés : ${tags(p, TOPICS, 3)}`,
        `© La Gironde Matin, ${fmtFr(p.s.date, 'yyyy')}. Toute reproduction, même partielle, est soumise à autorisation.`,
      );
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'nantes-agglo',
    name: 'Nantes Agglo Infos',
    lang: 'fr',
    originals: 16,
    attribution: 'credit',
    chromeOnlyPage: true,
    draw: outletDraw([[FRANCE, 0.55], [BELGIUM, 0.15], [SWITZERLAND, 0.1], [LOOKALIKE_FRENCH, 0.2]]),
    render(p) {
      const forms = [
        (o: string) => `Cet article a été publié en premier lieu par ${o}.`,
        (o: string) => `Nous reprenons ici, avec son autorisation, un article ${de(o)}.`,
        (o: string) => `${o} a publié cette enquête ; nous la relayons avec l’accord de sa rédaction.`,
        (o: string) => `Première parution : ${o}, le ${fmtFr(p.s.date, 'd MMMM')}.`,
      ];
      p.chrome('NANTES AGGLO INFOS', 'Actu | Sport | Sorties | Petites annonces | Nous contacter').blank();
      p.title().blank();
      const top = p.d.chance(0.5);
      if (top) p.credit(forms);
      if (p.s.credit) p.meta(`Texte : ${p.s.author}`);
      p.meta(fmtFr(p.s.date, 'dd/MM/yyyy HH:mm')).blank();
      p.body();
      if (!top) p.credit(forms).blank();
      p.chrome(
        '👍 J’aime   💬 Commenter   ↗ Partager',
        'Ne manquez plus rien de ce qui se passe dans l’agglomération : chaque vendredi, notre lettre gratuite rassemble les sorties du week-end, les travaux qui bloquent vos trajets et les décisions du conseil métropolitain.',
        'Laisser un commentaire',
        'Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *',
        'Publier le commentaire',
      );
      return besideCredit(p, 'full');
    },
  },
  {
    id: 'crieur-alpes',
    name: 'Le Crieur des Alpes',
    lang: 'fr',
    originals: 14,
    attribution: 'none',
    chromeOnlyPage: true,
    render(p) {
      p.chrome('Le Crieur des Alpes — média libre et participatif de la cuvette grenobloise', 'Proposer un article · Agenda des luttes · Qui sommes-nous ?').blank();
      p.title().blank();
      p.meta(`mis en ligne le ${fmtFr(p.s.date, 'EEEE d MMMM yyyy')} — il y a ${p.d.int(2, 9)} jours`).blank();
      p.body();
      p.chrome(
        `Thèmes : ${tags(p, TOPICS, 2)}`,
        'Ce site est animé par des bénévoles et ne vit que de vos dons. Aucune publicité, aucun actionnaire, aucun algorithme : si ces textes vous sont utiles, un soutien de quelques euros par mois nous permet de payer l’hébergement et de rester en ligne.',
        'Contenus sous licence Creative Commons BY-NC-SA : libre à vous de les diffuser en citant la source et sans usage commercial.',
        'Les commentaires sont fermés pour cet article.',
      );
      return { author: false, date: 'day' };
    },
  },
  {
    id: 'amphi-libre',
    name: 'L’Amphi Libre',
    lang: 'fr',
    originals: 14,
    attribution: 'source-line',
    draw: outletDraw([[FRANCE, 0.4], [ENGLISH, 0.15], [SWITZERLAND, 0.1], [BELGIUM, 0.1], [LOOKALIKE_FRENCH, 0.1]]),
    render(p) {
      p.chrome('L’Amphi Libre', 'Le journal des étudiant·es de Montpellier, fait par nous, pour vous', '🎓 Campus · Vie étudiante · Société · Culture · Tribunes').blank();
      p.title().blank();
      if (p.s.credit) p.meta(`Par ${p.s.author}`);
      p.meta(fmtFr(p.s.date, 'd MMM yyyy')).blank();
      p.body();
      p.credit([(o) => `Source : ${o}`, (o) => `Source — ${o}`, (o) => `Source: ${o}.`, (o) => `(Source : ${o})`]).blank();
      p.chrome(
        'Partager sur : Facebook · X · WhatsApp · Copier le lien',
        'L’Amphi Libre est une association d’étudiant·es bénévoles. Envie d’écrire, de relire ou de prendre des photos avec nous ? Notre conférence de rédaction se tient chaque mardi à 18 heures à la maison des étudiants, ouverte à toutes et à tous, sans inscription.',
      );
      return besideCredit(p, 'day');
    },
  },
  {
    id: 'soir-liege',
    name: 'Le Soir de Liège',
    lang: 'fr',
    originals: 18,
    attribution: 'own',
    lookalike: true,
    render(p) {
      p.chrome('Le Soir de Liège', 'Liège · Verviers · Huy · Waremme · Basse-Meuse').blank();
      p.title().blank();
      p.meta(p.d.pick([`Un article de ${p.s.author}`, `${p.s.author}, à Liège`]), `Mis en ligne le ${fmtFr(p.s.date, 'dd/MM/yyyy')} à ${fmtFr(p.s.date, 'HH:mm')}`).blank();
      p.body({ [p.mid()]: ['Abonnez-vous à notre newsletter matinale : chaque jour avant 7 heures, l’essentiel de l’actualité liégeoise, les résultats du week-end et nos bons plans, directement dans votre boîte mail. Désinscription en un clic.'] });
      p.chrome('Vous avez repéré une erreur dans cet article ? Signalez-la à notre rédaction.', '© Le Soir de Liège — Éditions Mosanes SA. Droits de reproduction réservés.');
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'echo-littoral',
    name: 'L’Écho du Littoral',
    lang: 'fr',
    originals: 16,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.8 },
    draw: outletDraw([[SWITZERLAND, 0.4], [ENGLISH, 0.4], [FRANCE, 0.08], [LOOKALIKE_FRENCH, 0.07], [LOOKALIKE_ENGLISH, 0.05]], { into: 'fr', share: 0.8 }),
    render(p) {
      const forms = [
        (o: string) => `Cet article est paru initialement dans ${o}.`,
        (o: string) => `${o} l’a publié en premier ; nous le reproduisons avec son aimable autorisation.`,
        (o: string) => `Reproduction autorisée. Texte original ${de(o)}.`,
        (o: string) => `Avec l’autorisation ${de(o)}, qui en détient les droits.`,
      ];
      p.chrome('L’ÉCHO DU LITTORAL', 'Neuchâtel · La Chaux-de-Fonds · Val-de-Travers · Le Locle').blank();
      p.title().blank();
      p.credit(forms);
      if (p.s.credit) p.meta(`Auteur : ${p.s.author}`);
      p.meta(capitalise(fmtFr(p.s.date, "EEEE d MMMM yyyy, HH'h'mm"))).blank();
      p.body();
      p.chrome(
        'Vous lisez un article de notre sélection gratuite. Pour accéder à l’ensemble de nos contenus, à l’édition numérique et aux archives depuis 1998, découvrez nos offres à partir de 9 francs par mois, avec un mois d’essai offert aux nouveaux abonnés.',
        'Imprimer | Envoyer par courriel | Taille du texte A− A+',
      );
      return besideCredit(p, 'full');
    },
  },
  {
    id: 'outaouais-aujourdhui',
    name: 'L’Outaouais Aujourd’hui',
    lang: 'fr',
    originals: 15,
    attribution: 'url-host',
    draw: outletDraw([[['La Presse', 'Le Devoir', 'Le Soleil', 'Le Journal de Montréal', 'Le Journal de Québec'], 0.7], [['Le Monde', 'Le Figaro', 'La Croix'], 0.2], [['The Guardian', 'CNN'], 0.1]]),
    render(p) {
      p.chrome('L’Outaouais Aujourd’hui', 'Gatineau | Ottawa | Pontiac | Petite-Nation | Collines').blank();
      p.title().blank();
      if (p.s.credit) p.meta(`Par ${p.s.author}`);
      p.meta(`Le ${fmtFr(p.s.date, 'd MMMM yyyy')}`).blank();
      p.body();
      if (p.s.credit) p.meta(p.d.pick([`Lire l’article original : ${originalUrl(p)}`, `Texte intégral sur le site de notre partenaire : ${originalUrl(p)}`, `↪ ${originalUrl(p)}`])).blank();
      p.chrome(
        'Nous utilisons des témoins (cookies) pour mesurer l’audience et personnaliser votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation conformément à notre politique de confidentialité, que vous pouvez consulter en tout temps au bas de chaque page.',
        'Téléchargez notre application pour recevoir nos alertes en temps réel, sur l’App Store et Google Play.',
        'Tous droits réservés © L’Outaouais Aujourd’hui inc.',
      );
      return besideCredit(p, 'day');
    },
  },
  {
    id: 'griot-numerique',
    name: 'Le Griot Numérique',
    lang: 'fr',
    originals: 16,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.5 },
    draw: outletDraw([[FRANCE, 0.5], [BELGIUM, 0.1], [LOOKALIKE_FRENCH, 0.25], [ENGLISH, 0.15]], { into: 'fr', share: 0.5 }),
    render(p) {
      p.chrome('Le Griot Numérique — l’actualité du Mali et du monde', 'Accueil > International').blank();
      p.title().blank();
      if (p.s.credit) p.meta(`Auteur : ${p.s.author}`);
      p.meta(`Publié le ${fmtFr(p.s.date, 'dd-MM-yyyy')} à ${fmtFr(p.s.date, 'HH:mm')} (GMT+1)`).blank();
      p.body();
      p.credit([
        (o) => `Article publié initialement par ${o}.`,
        (o) => `(Reprise intégrale d’un article ${de(o)})`,
        (o) => `Droits : ${o}`,
        (o) => `${o} — tous droits réservés à l’éditeur d’origine`,
      ]).blank();
      p.chrome(
        'Partagez cet article : Facebook | WhatsApp | Telegram',
        'Commentaires (0) — Soyez le premier à réagir. Les propos injurieux, racistes ou diffamatoires seront supprimés par la modération sans préavis.',
        `© ${fmtFr(p.s.date, 'yyyy')} Le Griot Numérique. Tous droits réservés.`,
      );
      return besideCredit(p, 'full');
    },
  },
  {
    id: 'aurore-levant',
    name: 'L’Aurore du Levant',
    lang: 'fr',
    originals: 14,
    attribution: 'title-suffix',
    draw: outletDraw([[SUFFIXABLE, 1]]),
    render(p) {
      const sep = p.d.pick([' – ', ' | ', ' - ', ' · ', ' :: ']);
      p.chrome('L’Aurore du Levant', 'Le quotidien francophone du Liban', 'Liban | Moyen-Orient | Monde | Économie | Culture | Sports').blank();
      p.title((t) => (p.s.credit ? `${t}${sep}${p.s.credit.shown}` : t)).blank();
      p.meta(`Beyrouth, le ${fmtFr(p.s.date, 'd MMMM yyyy')}`).blank();
      p.body();
      p.chrome(
        'Accès illimité à nos articles, au journal numérique et à nos archives : abonnez-vous pour 1 dollar la première semaine, puis 8 dollars par mois. Sans engagement, vous pouvez résilier à tout moment depuis votre espace personnel.',
        `À lire dans notre rubrique Monde : ${p.related(1)[0]}`,
        '© L’Aurore du Levant, Beyrouth. Reproduction et diffusion interdites sans accord écrit.',
      );
      return { author: false, date: 'day' };
    },
  },
  {
    id: 'ocean-indien-matin',
    name: 'L’Océan Indien Matin',
    lang: 'fr',
    originals: 15,
    attribution: 'own',
    chromeOnlyPage: true,
    render(p) {
      p.chrome('L’Océan Indien Matin', 'Saint-Denis · Saint-Pierre · Saint-Paul · Le Port · Saint-Benoît').blank();
      p.title().blank();
      p.meta(p.d.pick([`Reportage : ${p.s.author}`, `${p.s.author} | Journaliste`]), `Saint-Denis, le ${fmtFr(p.s.date, 'EEEE d MMMM yyyy')} — ${hhmm(p)} (heure de Paris)`).blank();
      p.body();
      p.chrome(
        `Réactions (${p.n(12)})`,
        'Notre rédaction vous propose une sélection de ses meilleurs articles chaque dimanche matin. Inscrivez-vous gratuitement à la lettre du week-end et retrouvez aussi nos podcasts, nos diaporamas et les avis de décès sur notre application mobile.',
        '© L’Océan Indien Matin — SARL Presse des Mascareignes, Sainte-Clotilde',
      );
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'flottes-pro',
    name: 'Flottes Pro Magazine',
    lang: 'fr',
    originals: 12,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.6 },
    draw: outletDraw([[FRANCE, 0.45], [BELGIUM, 0.1], [ENGLISH, 0.25], [LOOKALIKE_FRENCH, 0.1], [LOOKALIKE_ENGLISH, 0.1]], { into: 'fr', share: 0.6 }),
    render(p) {
      p.chrome('FLOTTES PRO MAGAZINE', 'Actualités > Transport routier > Réglementation').blank();
      p.title().blank();
      p.credit([
        (o) => `Information révélée par nos confrères ${de(o)}.`,
        (o) => `Cet article a d’abord été diffusé par ${o} ; il est republié ici dans le cadre d’un partenariat éditorial.`,
        (o) => `Partenariat éditorial avec ${o}`,
      ]);
      if (p.s.credit) p.meta(`${p.s.author} | Rédaction web`);
      p.meta(`Le ${fmtFr(p.s.date, 'dd.MM.yyyy')} à ${hhmm(p)}`).blank();
      p.body({ [p.mid()]: ['Livre blanc : téléchargez gratuitement notre guide de l’électrification des flottes d’entreprise.'] });
      p.chrome(
        'Recevez chaque jeudi notre lettre professionnelle : réglementation, prix des carburants, fiscalité des véhicules de société et retours d’expérience de gestionnaires de parc. Inscription gratuite réservée aux professionnels, données jamais cédées à des tiers.',
        `© Flottes Pro Magazine – Groupe Médias Routiers ${fmtFr(p.s.date, 'yyyy')}`,
      );
      return besideCredit(p, 'full');
    },
  },
  {
    id: 'france-weekly-digest',
    name: 'France Weekly Digest',
    lang: 'en',
    originals: 16,
    attribution: 'credit',
    translate: { into: 'en', share: 0.75 },
    draw: outletDraw([[FRANCE, 0.45], [BELGIUM, 0.2], [SWITZERLAND, 0.15], [QUEBEC, 0.15], [LOOKALIKE_FRENCH, 0.05]], { into: 'en', share: 0.75 }),
    render(p) {
      p.chrome('FRANCE WEEKLY DIGEST', 'News from France and the French-speaking world, in English', 'Home / Europe / France').blank();
      p.title().blank();
      if (p.s.credit) p.meta(`By ${p.s.author}`);
      p.meta(`${fmtEn(p.s.date, "MMMM d, yyyy 'at' h:mm a")} CET · posted ${p.d.int(2, 20)} hours ago`).blank();
      p.credit([
        (o) => `This article first appeared in ${o}.`,
        (o) => `Originally published by ${o}; translated by our newsroom.`,
        (o) => `${o} ran this story first. Republished with permission.`,
        (o) => `Courtesy of ${o}`,
      ]).blank();
      p.body();
      p.chrome(
        'We rely on readers like you. Our journalism is free to read and always will be, but producing it is not: if you value independent English-language reporting on France, please consider a monthly contribution. It takes less than a minute.',
        'Share this: Facebook · LinkedIn · Email',
        `Related: ${p.related(1)[0]}`,
        `Topics: ${tags(p, TOPICS_EN, 3)}`,
        `© ${fmtEn(p.s.date, 'yyyy')} France Weekly Digest Ltd. All rights reserved.`,
      );
      return besideCredit(p, 'full');
    },
  },
];

/** Files holding no article: an empty file, binary headers, a robots file, a bare CSV header, a script wall, blank lines. */
const JUNK_V11: readonly { name: string; bytes: Uint8Array }[] = [
  { name: 'empty', bytes: new Uint8Array(0) },
  { name: 'png', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]) },
  { name: 'robots', bytes: Buffer.from('User-agent: *\nDisallow: /admin/\nDisallow: /recherche?\n', 'utf8') },
  { name: 'csv-header', bytes: Buffer.from('id;titre;rubrique;date_publication\n', 'utf8') },
  { name: 'script-wall', bytes: Buffer.from('Veuillez activer JavaScript dans votre navigateur pour afficher ce contenu.\n', 'utf8') },
  { name: 'pdf-stub', bytes: Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1') },
  { name: 'blank-lines', bytes: Buffer.from('\n\n   \n\t\n', 'utf8') },
];

// ——— Generation ———

/** The outlet copies of an original credit: its own credit, else the site's name where the site claims it, else nobody. */
function sourceOutlet(site: SiteV2, story: Story): { canonical: string; lookalike: boolean } | null {
  if (story.credit) return { canonical: story.credit.canonical, lookalike: story.credit.lookalike };
  return site.attribution === 'own' ? { canonical: site.name, lookalike: site.lookalike === true } : null;
}

/** Whether `host` can name `canonical` in its own way (a link needs a known host, a suffix an unambiguous name). */
function canName(host: SiteV2, canonical: string): boolean {
  if (host.attribution === 'own' || host.attribution === 'none') return false;
  if (host.attribution === 'url-host') return canonical in HOSTS;
  if (host.attribution === 'title-suffix') return SUFFIXABLE.includes(canonical);
  return true;
}

/**
 * Builds the v11 set from clean sources (deterministic for a seed): every site's originals, copies on one or two
 * other sites (some without headline, some missing their last paragraph), bare files, chrome-only pages and junk,
 * shuffled, each file in one of several encodings and named by content.
 */
export function generateUnseenV11(pool: readonly UnseenSource[], seed: number = FROZEN_SEED_V11): { files: UnseenFile[]; manifest: UnseenEntry[] } {
  const d = new Dice(makeRng(seed));
  const originals = SITES_V11.reduce((n, s) => n + s.originals, 0);
  if (pool.length < originals + BARE_FILES) throw new Error(`unseen sites v11: ${originals + BARE_FILES} clean articles needed, the pool has ${pool.length}`);
  const drawn = d.sample(pool, originals + BARE_FILES);
  const headlines = drawn.map((s) => s.title);
  const neighbours = (src: UnseenSource): string[] => d.sample(headlines.filter((t) => t !== src.title), 4);
  const moment = (): TZDate => {
    const day = new Date(FIRST_DAY + d.int(0, DAY_SPAN) * 86_400_000);
    return new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), d.int(6, 22), d.int(0, 59), 0, PARIS);
  };
  const pages: MadePage[] = [];
  const queue = [...drawn];
  for (const site of SITES_V11) {
    for (const src of queue.splice(0, site.originals)) {
      const story: Story = { src, body: src.body, author: d.pick(REPORTERS), date: moment(), headline: true, credit: site.draw?.(d) ?? null, others: neighbours(src) };
      pages.push(page(site, story, d, false));
      if (!d.chance(PICKED_UP)) continue;
      const outlet = sourceOutlet(site, story);
      const hosts = d.sample(SITES_V11.filter((s) => s !== site), d.chance(PICKED_UP_TWICE) ? 2 : 1);
      for (const host of hosts) {
        const credit = outlet !== null && canName(host, outlet.canonical) ? printed(d, outlet.canonical, host.translate, outlet.lookalike) : null;
        const body = src.body.length > 3 && d.chance(TRUNCATED) ? src.body.slice(0, -1) : src.body;
        // The suffix site's evidence sits in its headline: its copies keep one.
        const headline = host.attribution === 'title-suffix' || !d.chance(HEADLESS);
        pages.push(page(host, { ...story, body, headline, credit, others: neighbours(src) }, d, false));
      }
    }
    if (site.chromeOnlyPage) {
      const src = drawn[0]!;
      pages.push(page(site, { src, body: [], author: d.pick(REPORTERS), date: moment(), headline: false, credit: null, others: neighbours(src) }, d, true));
    }
  }
  for (const src of queue) pages.push(creditsNobody(bareFile(src)));
  for (const j of JUNK_V11) pages.push(creditsNobody(junkFile(j)));
  return packFiles(d, pages, ENCODINGS_V11, 'v11-');
}

/** Heading of the v11 table and JSON. */
export const V11_HEADING = 'UNSEEN SITES v11 (frozen 2026-11-30, development data since 16:55: its misses were read)';

/** Generates v11, runs the real ingest on it and prints its figures (without the DEV simulation). */
export const runUnseenEvalV11 = unseenSetRunner(V11_HEADING, generateUnseenV11);

generatorCli(import.meta.url, 'unseen sites v11', generateUnseenV11, FROZEN_SEED_V11);
