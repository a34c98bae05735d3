/**
 * Generates the FROZEN unseen-sites v6 evaluation set (issue 8): twelve more ordinary news sites, of kinds no earlier set had.
 *
 * DEVELOPMENT DATA since 2026-11-30 15:50 (its misses were read); the frozen set is now scripts/unseen-sites-v7.ts.
 *
 * FROZEN on 2026-11-30 (v6), at 15:38, when v5 (scripts/unseen-sites-v5.ts) became development data because
 * its misses were read. Written without reading the ingest rules (src/ingest/), the word lists (src/data/)
 * or the template wordings of v1–v5 and scripts/simulate-heldout.ts: the sites, outlets, credit wordings,
 * translations and chrome here are new. Nobody tunes rules against it: do not read its misses while changing
 * rules (`--show` stays 0), do not edit its templates, wordings or seed to move a score. When a case fails,
 * fix the general cause, then freeze a v7 and call this one development data.
 *
 * `npm run eval:unseen` scores v1 to v5 then this set (`npm run eval:unseen:v6`, or `npm run eval -- --unseen
 * --unseen-set v6`, for this one only); `npx tsx scripts/unseen-sites-v6.ts --out DIR` only writes the folder
 * and its manifest (the v1 format, with v2's `outletEvidence`).
 *
 * The twelve sites: a national daily (paywall, breadcrumb, kicker, relative update time beside the absolute
 * one), a news agency's wire page (dateline, priority, licence notice), a regional radio's news site (player,
 * headline shown twice), a weekly magazine whose name starts like a national weekly's, a trade union
 * reprinting press articles, a WordPress village blog with `Source :` lines, an aggregator linking the
 * originals ("via host"), a West African daily crediting English outlets in word-for-word French, a
 * Luxembourg scraper keeping the original's title suffix, an English-language expat site in Monaco crediting
 * French-language papers in word-for-word English, a fact-checking site reprinting partners' articles, and a
 * collective's newsletter archive that credits nobody. Article text is read AT RUN TIME from
 * ../shared/corpus/gilets-jaunes (v1's clean pool, drawn with another seed): no corpus text is stored here.
 *
 * Expected outlet: v2's convention (who published the article first, as the file credits it), recorded per
 * file in `outletEvidence`: machine-translated names of real outlets expect the canonical name (the public
 * corpora's manifests' spelling where they hold the outlet), look-alike names are kept as written, the
 * site's own name is the outlet only where it shows its masthead and its own staff's byline, the republisher
 * is the site's name whenever the file credits another outlet, and null when nothing credits one. Republishing
 * sites show a byline only beside a credit (a byline alone would present the article as their own).
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

/** Seed of the v6 set (not the seed of any earlier set). */
export const FROZEN_SEED_V6 = 20261130_6;
/** Clean articles left bare (title and body only, crediting nobody). */
const BARE = 10;
/** Share of originals copied elsewhere; of those, the share copied by two other sites. */
const COPY_SHARE = 0.45;
const SECOND_COPY_SHARE = 0.25;
/** Share of copies showing no headline (their title must come from another copy of the story). */
const NO_HEADLINE_SHARE = 0.3;
/** Share of copies that lose their last paragraph (still one story when folding). */
const CUT_SHARE = 0.25;
const ZONE = 'Europe/Paris';
/** UTF-8 mostly, as scrapers save pages, with CRLF, BOMs, Windows-1252 and UTF-16 among them. */
const ENCODINGS: readonly Encoding[] = ['utf-8', 'utf-8', 'utf-8', 'utf-8-crlf', 'utf-8-bom', 'cp1252', 'cp1252-crlf', 'cp1252', 'utf-16le-bom', 'utf-8'];

// ——— Invented people; real, translated and look-alike outlets ———

const WRITERS = [
  'Gaëlle Vanderhaeghen', 'Baptiste Rouquette', 'Aminata Koné', 'Jean-Marc Pellissier', 'Solène Arbogast', 'Kofi Mensah',
  'Hélène Wirtz', 'Timothée Lacombe', 'Rosalind Pryce', 'Mathieu Scheuer', 'Nadia Bouaziz', 'Pierre-Yves Kerhervé',
];
const LENSES = ['Arnaud Delvaux', 'Fatou Diallo', 'Sven Kieffer', 'Léa Montagnac'];
const SECTIONS = ['Politique', 'Société', 'Social', 'Territoires', 'Économie', 'France'];
const KEYWORDS = ['gilets jaunes', 'taxe sur le gazole', 'rond-point', 'Assemblée nationale', 'syndicats', 'maintien de l’ordre', 'budget des ménages'];

const FRANCE = ['Le Monde', 'Le Parisien', 'Le Figaro', 'La Croix', 'Le Point', 'Ouest-France', 'La Voix du Nord'];
const BELGIUM = ['La Libre Belgique', 'La DH', 'Le Soir'];
const SWITZERLAND = ['Le Temps', 'Tribune de Genève', 'Le Matin', 'Le Nouvelliste'];
const QUEBEC = ['La Presse', 'Le Devoir', 'Le Soleil', 'Le Journal de Montréal', 'Le Journal de Québec'];
const ENGLISH = ['The New York Times', 'The Washington Post', 'The Guardian', 'BBC', 'Reuters', 'The Wall Street Journal', 'Financial Times', 'NBC News'];

/** Word-for-word English renderings of French-language names (reordered where English would put the place first). */
const TO_ENGLISH: Record<string, readonly string[]> = {
  'Le Monde': ['The World'],
  'Le Parisien': ['The Parisian'],
  'La Croix': ['The Cross'],
  'Le Point': ['The Point'],
  'Ouest-France': ['West France', 'West-France'],
  'La Voix du Nord': ['The Voice of the North', 'North Voice'],
  'La Libre Belgique': ['The Free Belgium', 'Free Belgium'],
  'Le Soir': ['The Evening'],
  'Le Temps': ['The Time'],
  'Tribune de Genève': ['Geneva Tribune', 'The Tribune of Geneva'],
  'Le Matin': ['The Morning'],
  'La Presse': ['The Press'],
  'Le Devoir': ['The Duty'],
  'Le Journal de Montréal': ['The Montreal Journal', 'The Journal of Montreal'],
  'Le Journal de Québec': ['The Quebec Journal'],
};
/** Word-for-word French renderings of English names (acronyms and proper names stay as they are, so have none). */
const TO_FRENCH: Record<string, readonly string[]> = {
  'The New York Times': ['Le New York Fois', 'Les Temps de New York'],
  'The Washington Post': ['La Poste de Washington', 'Le Poteau de Washington'],
  'The Guardian': ['Le Gardien'],
  'The Wall Street Journal': ['Le Journal de Wall Street', 'Le Journal de la rue du Mur'],
  'Financial Times': ['Les Temps Financiers', 'Le Temps financier'],
  'NBC News': ['Les Nouvelles de NBC'],
};
/** Real or invented outlets whose names begin like a known outlet's but are other outlets. */
const LOOK_FR = ['La Presse Océane', 'Le Matin du Sahara', 'La Voix de l’Ain', 'Le Journal de Millau', 'Le Point Critique', 'Le Soir d’Alsace', 'La Croix-Rousse Hebdo', 'Le Temps des Communes'];
const LOOK_EN = ['The Press Democrat', 'The Times of Israel', 'The Washington Informer', 'The Financial Express', 'The Guardian Journal'];
const LOOKING_ALIKE = new Set([...LOOK_FR, ...LOOK_EN]);
/** Web hosts of known outlets: links and title suffixes name these only. */
const DOMAINS: Record<string, string> = {
  'Le Monde': 'www.lemonde.fr', 'Le Parisien': 'www.leparisien.fr', 'Le Figaro': 'www.lefigaro.fr', 'La Croix': 'www.la-croix.com',
  'Ouest-France': 'www.ouest-france.fr', 'La Voix du Nord': 'www.lavoixdunord.fr', 'La Libre Belgique': 'www.lalibre.be',
  'La DH': 'www.dhnet.be', 'Le Soir': 'www.lesoir.be', 'Le Temps': 'www.letemps.ch', 'Tribune de Genève': 'www.tdg.ch',
  'Le Matin': 'www.lematin.ch', 'La Presse': 'www.lapresse.ca', 'Le Devoir': 'www.ledevoir.com', 'Le Journal de Montréal': 'www.journaldemontreal.com',
  'The Guardian': 'www.theguardian.com', 'BBC': 'www.bbc.com',
};
const KNOWN_HOSTS = Object.keys(DOMAINS);
/** Sites that machine-translate credits do so for most of them, not all (a translator keeps some names as written). */
const TO_EN: SiteV2['translate'] = { into: 'en', share: 0.75 };
const TO_FR: SiteV2['translate'] = { into: 'fr', share: 0.75 };
/** A French site that translates only now and then (most of its partners' names kept as written). */
const TO_FR_SOMETIMES: SiteV2['translate'] = { into: 'fr', share: 0.5 };

/** The credit a site prints for `canonical`: word-for-word translated (with the site's probability) when a rendering exists. */
function printed(d: Dice, canonical: string, translate: SiteV2['translate'], lookalike = LOOKING_ALIKE.has(canonical)): Credit {
  const renderings = translate ? (translate.into === 'en' ? TO_ENGLISH : TO_FRENCH)[canonical] : undefined;
  if (renderings === undefined || !d.chance(translate!.share)) return { shown: canonical, canonical, translated: false, lookalike };
  return { shown: d.pick(renderings), canonical, translated: true, lookalike };
}

/** Draws the outlet a republishing site credits, from pools weighted by their share (shares sum to 1), printed as the site translates. */
function crediting(pools: readonly (readonly [number, readonly string[]])[], translate?: SiteV2['translate']): (d: Dice) => Credit {
  return (d) => {
    let left = d.next();
    const hit = pools.find(([share]) => (left -= share) < 0) ?? pools.at(-1)!;
    return printed(d, d.pick(hit[1]), translate);
  };
}

// ——— Template helpers ———

/** A time `hours` after publication (an update). */
const after = (p: Page, hours: number): TZDate => new TZDate(p.s.date.getTime() + hours * 3_600_000, ZONE);
const hasCredit = (p: Page): boolean => p.s.credit !== null;
const related = (p: Page, n: number, mark: string): string[] => p.related(n).map((t) => `${mark}${t}`);
const keywords = (p: Page, label: string, sep: string): string => `${label}${p.d.sample(KEYWORDS, 3).join(sep)}`;
const say = (p: Page, forms: readonly ((p: Page) => string)[]): string => p.d.pick(forms)(p);
const initials = (name: string): string => name.split(/[\s-]+/).map((w) => w.charAt(0).toLowerCase()).join('');

// ——— The twelve sites ———

/** The twelve v6 sites: each renders a page around a story and says what it showed. */
export const SITES_V6: readonly SiteV2[] = [
  {
    id: 'horizon', name: 'L’Horizon', lang: 'fr', originals: 16, attribution: 'own', chromeOnlyPage: true,
    render(p) {
      const { date } = p.s;
      p.chrome('L’HORIZON', `Quotidien national d’information — ${fmtFr(date, 'EEEE d MMMM yyyy')}`, 'S’abonner dès 1 € le premier mois | Se connecter | Lettres d’information').blank();
      p.chrome(`Accueil › ${p.d.pick(SECTIONS)} › Mouvement social`);
      if (p.d.chance(0.5)) p.chrome(p.d.pick(['DÉCRYPTAGE', 'RÉCIT', 'ENQUÊTE', 'LE POINT SUR LA SITUATION']));
      p.title();
      const style = p.n(2);
      if (style === 0) p.meta(`Par ${p.s.author}`, `Publié le ${fmtFr(date, "dd/MM/yyyy 'à' HH'h'mm")}, mis à jour il y a ${p.d.int(2, 9)} heures`);
      else if (style === 1) p.meta(`${p.s.author} | Publié le ${fmtFr(date, "d MMMM yyyy 'à' HH:mm")} · Modifié le ${fmtFr(after(p, 5), "d MMMM yyyy 'à' HH:mm")}`);
      else p.meta(`Par ${p.s.author.toUpperCase()}`, `Le ${fmtFr(date, 'EEEE d MMMM yyyy')}`);
      p.blank().chrome(`Temps de lecture : ${p.d.int(3, 9)} min. | Article réservé aux abonnés`).blank();
      p.body({ [p.mid()]: [`Sur le même sujet : ${p.related(1)[0]}`] });
      p.chrome(
        `Il vous reste ${p.d.int(40, 80)} % de cet article à découvrir. Votre abonnement vous ouvre l’ensemble de nos enquêtes, le journal numérique dès 5 heures du matin et nos archives depuis 1987, sans engagement et résiliable en ligne à tout moment, depuis votre espace personnel.`,
        'Partager : Facebook · X · LinkedIn · Copier le lien',
      ).blank();
      p.chrome('Les plus lus', ...related(p, 3, '')).blank();
      p.chrome(`© L’Horizon ${fmtFr(date, 'yyyy')}. Reproduction et diffusion interdites sans autorisation écrite.`);
      return { author: true, date: style === 2 ? 'day' : 'full' };
    },
  },
  {
    id: 'wire', name: 'Agence Fil Continental', lang: 'fr', originals: 15, attribution: 'own',
    render(p) {
      const { date } = p.s;
      p.chrome('AGENCE FIL CONTINENTAL — Service des dépêches', `Fil général | ${p.d.pick(['PRIORITÉ 1', 'PRIORITÉ 2', 'URGENT'])}`).blank();
      p.meta(`${fmtFr(date, 'dd/MM/yyyy HH:mm')} — Dépêche n° ${fmtFr(date, 'yyyyMMdd')}-${p.d.int(100, 999)}`);
      p.title((t) => (p.d.chance(0.4) ? t.toUpperCase() : t));
      p.meta(say(p, [(q) => `Rédaction : ${q.s.author}`, (q) => `${q.s.author}, bureau de ${q.d.pick(['Paris', 'Lyon', 'Lille', 'Marseille'])}`, (q) => `Correspondant : ${q.s.author}`]));
      p.meta(`${p.d.pick(['PARIS', 'LYON', 'NANTES', 'BORDEAUX'])}, ${fmtFr(date, 'd MMMM')} (AFC) —`).blank();
      p.body();
      p.chrome(`${initials(p.s.author)}/${p.d.pick(['mb', 'jpl', 'sk', 'nd'])}`, keywords(p, 'Mots-clés : ', ', ')).blank();
      p.chrome(
        'Les dépêches de l’Agence Fil Continental sont protégées par le droit d’auteur. Toute reproduction, rediffusion ou mise en ligne, même partielle, est soumise à un contrat de licence : contactez notre service commercial pour connaître les conditions applicables à votre rédaction.',
        `© AFC ${fmtFr(date, 'yyyy')} — tous droits de reproduction réservés`,
      );
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'radio', name: 'Canal Vallée', lang: 'fr', originals: 15, attribution: 'own',
    render(p) {
      const { date } = p.s;
      p.chrome('Canal Vallée', 'La radio de vos vallées, 24 heures sur 24', '▶ Écouter le direct | Programmes | Podcasts | Fréquences | Météo | Trafic').blank();
      p.title();
      p.chrome(`🎧 Écouter l’article (${p.d.int(2, 6)} min)`);
      p.title();
      const style = p.n(1);
      if (style === 0) p.meta(`Par ${p.s.author} — Canal Vallée`, `${fmtFr(date, 'dd.MM.yyyy')} · ${fmtFr(date, 'HH:mm')}`);
      else p.meta(`${p.s.author}, rédaction de Canal Vallée — ${fmtFr(date, "EEEE d MMMM yyyy 'à' H'h'mm")}`);
      p.blank();
      p.body({ [p.mid()]: [`Photo d’illustration © ${p.d.pick(LENSES)} / Canal Vallée`] });
      p.chrome(
        'Retrouvez tous nos journaux, nos chroniques et nos émissions en podcast sur l’application Canal Vallée, disponible gratuitement sur les magasins d’applications, et activez les alertes pour ne rien manquer de l’actualité de vos communes.',
        'Une info à nous signaler ? Écrivez à la rédaction : infos@canalvallee.fr',
      ).blank();
      p.chrome('À écouter aussi', ...related(p, 2, '🎙 ')).blank();
      p.chrome(`Canal Vallée ${fmtFr(date, 'yyyy')} — Mentions légales — Charte de confidentialité`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'weekly', name: 'Le Point de Vue Lorrain', lang: 'fr', originals: 15, attribution: 'own', lookalike: true,
    render(p) {
      const { date } = p.s;
      p.chrome('Le Point de Vue Lorrain', 'L’hebdomadaire de la Moselle et de la Meurthe-et-Moselle', 'Kiosque | Abonnement | Nos éditions').blank();
      p.chrome(p.d.pick(['Grand angle', 'L’enquête de la semaine', 'Vu d’ici'])).title();
      const style = p.n(1);
      if (style === 0) p.meta(`Par ${p.s.author}`, `Publié le ${fmtFr(date, 'd MMM yyyy')}`);
      else p.meta(`Texte : ${p.s.author} · Mis en ligne le ${fmtFr(date, 'dd.MM.yyyy')} à ${fmtFr(date, 'HH:mm')}`);
      p.blank().chrome(`Photo : ${p.d.pick(LENSES)} / Le Point de Vue Lorrain`).blank();
      p.body({
        [p.mid()]: [
          'Recevez chaque jeudi notre sélection : inscrivez-vous à la lettre d’information gratuite du Point de Vue Lorrain, avec les rendez-vous du week-end, les décisions des conseils municipaux et les portraits de celles et ceux qui font vivre nos villages. Désinscription en un clic.',
        ],
      });
      p.chrome(`Cet article vous a-t-il été utile ? 👍 ${p.d.int(3, 90)}   👎 ${p.d.int(0, 12)}`, keywords(p, 'Thèmes : ', ' · ')).blank();
      p.chrome(`Le Point de Vue Lorrain © ${fmtFr(date, 'yyyy')} – SAS Éditions de l’Est mosellan – Mentions légales – CGV`);
      return { author: true, date: style === 0 ? 'day' : 'full' };
    },
  },
  {
    id: 'union', name: 'Syndicat des Cheminots Unis', lang: 'fr', originals: 17, attribution: 'credit',
    draw: crediting([[0.55, [...FRANCE, ...BELGIUM]], [0.15, SWITZERLAND], [0.3, LOOK_FR]]),
    render(p) {
      const { date } = p.s;
      p.chrome('SYNDICAT DES CHEMINOTS UNIS — Section de la Loire', 'Accueil | Nos revendications | Revue de presse | Adhérer | Contact').blank();
      p.chrome('Revue de presse').title();
      p.credit([
        (o) => `Article paru dans ${o}, que nous reproduisons pour l’information de nos adhérents.`,
        (o) => `${o} a publié cet article ; nous le relayons ci-dessous.`,
        (o) => `Texte publié initialement par ${o}.`,
        (o) => `Reproduit avec l’aimable autorisation ${de(o)}`,
      ]);
      if (hasCredit(p)) p.meta(`Un article de ${p.s.author}, ${fmtFr(p.s.date, 'd MMMM yyyy')}`);
      p.blank().body();
      p.chrome(
        'Adhérer au syndicat, c’est se donner les moyens de défendre ensemble nos salaires, nos conditions de travail et le service public ferroviaire. La cotisation représente environ 1 % du salaire net et ouvre droit à un crédit d’impôt de 66 % de son montant.',
        'Télécharger le bulletin d’adhésion (PDF)',
      ).blank();
      p.chrome(`Syndicat des Cheminots Unis – 12 rue des Ateliers – 42000 Saint-Étienne – ${fmtFr(date, 'yyyy')}`);
      return { author: hasCredit(p), date: hasCredit(p) ? 'day' : 'none' };
    },
  },
  {
    id: 'wpblog', name: 'Chroniques du Bocage', lang: 'fr', originals: 15, attribution: 'source-line',
    draw: crediting([[0.5, [...FRANCE, ...QUEBEC]], [0.25, [...BELGIUM, ...SWITZERLAND]], [0.25, LOOK_FR]]),
    render(p) {
      const { date } = p.s;
      p.chrome('Chroniques du Bocage', 'Nouvelles d’ici, regards d’ailleurs').blank();
      p.title();
      if (hasCredit(p)) p.meta(`Publié le ${fmtFr(date, 'd MMMM yyyy')} par ${p.s.author}`);
      p.chrome(`Catégories : Actualités, ${p.d.pick(SECTIONS)}`).blank();
      p.body();
      p.credit([(o) => `Source : ${o}`, (o) => `Source: ${o}`, (o) => `(Source : ${o})`]);
      p.blank().chrome(keywords(p, 'Étiquettes : ', ', '), `← Article précédent : ${p.related(1)[0]}`).blank();
      p.chrome(
        'Laisser un commentaire',
        'Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *',
        'Commentaire *',
        'Nom *   E-mail *   Site web',
        'Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.',
      ).blank();
      p.chrome(
        'Confidentialité et cookies : ce site utilise des cookies pour mesurer son audience et se souvenir de vos préférences. En continuant à naviguer sur ce site, vous acceptez que nous en utilisions. Pour en savoir plus, y compris sur la façon de les désactiver, consultez notre politique relative aux cookies.',
        'Propulsé par WordPress | Thème : Sobriété par Atelier Haie',
      );
      return { author: hasCredit(p), date: hasCredit(p) ? 'day' : 'none' };
    },
  },
  {
    id: 'aggregator', name: 'Actualis', lang: 'fr', originals: 15, attribution: 'url-host', chromeOnlyPage: true,
    draw: crediting([[1, KNOWN_HOSTS.filter((o) => !ENGLISH.includes(o))]]),
    render(p) {
      const { date } = p.s;
      p.chrome('Actualis — toute l’actualité, rassemblée pour vous', 'À la une | En continu | Nos sources | Mon fil').blank();
      p.title();
      p.meta(`Il y a ${p.d.int(1, 11)} h · ${fmtFr(date, 'dd/MM/yyyy HH:mm')}`);
      if (hasCredit(p)) p.meta(`Auteur : ${p.s.author}`);
      p.blank().body();
      const host = p.s.credit ? DOMAINS[p.s.credit.canonical] : undefined;
      if (host) {
        const url = `https://${host}/${slug(p.d.pick(SECTIONS))}/${slug(p.s.src.title)}`;
        p.meta(p.d.pick([`via ${host}`, `Lire l’article complet sur ${url}`, `→ ${url}`]));
      }
      p.blank().chrome(
        'Actualis référence automatiquement des articles publiés par des sites d’information. Les textes restent la propriété de leurs éditeurs respectifs ; pour demander le retrait d’un contenu, écrivez-nous en indiquant l’adresse de la page concernée et nous la retirerons sous 48 heures.',
      ).blank();
      p.chrome('Vous aimerez aussi', ...related(p, 3, '› ')).blank();
      p.chrome(`Actualis ${fmtFr(date, 'yyyy')} · Conditions d’utilisation · Données personnelles`);
      return { author: hasCredit(p), date: 'full' };
    },
  },
  {
    id: 'golfe', name: 'L’Écho du Golfe', lang: 'fr', originals: 19, attribution: 'credit', translate: TO_FR,
    draw: crediting([[0.65, ENGLISH], [0.15, FRANCE], [0.2, [...LOOK_EN, ...LOOK_FR]]], TO_FR),
    render(p) {
      const { date } = p.s;
      p.chrome('L’ÉCHO DU GOLFE | Quotidien d’information générale – Lomé', 'Politique | Économie | Société | Sport | International').blank();
      p.chrome('International').title();
      if (hasCredit(p)) p.meta(`Par ${p.s.author}`);
      p.credit([
        (o) => `Cet article est d’abord paru dans ${o}.`,
        (o) => `${o} — reprise autorisée`,
        (o) => `Publié avec l’accord ${de(o)}`,
        (o) => `Article original : ${o}, traduit et adapté par notre rédaction`,
      ]);
      const style = p.n(1);
      p.meta(style === 0 ? `Lomé, le ${fmtFr(date, 'd MMMM yyyy')}` : `Mis en ligne : ${fmtFr(date, 'dd-MM-yyyy')} | ${fmtFr(date, 'HH:mm')}`).blank();
      p.body({ [p.mid()]: ['Rejoignez notre chaîne WhatsApp pour recevoir nos alertes en direct'] });
      p.chrome(
        'Soutenez un journalisme indépendant au Togo : pour le prix d’un café par mois, abonnez-vous à notre édition numérique et recevez chaque matin le journal complet au format PDF par WhatsApp ou par courriel, avant même sa sortie en kiosque.',
        `Tous droits réservés © L’Écho du Golfe ${fmtFr(date, 'yyyy')}`,
      );
      return { author: hasCredit(p), date: style === 0 ? 'day' : 'full' };
    },
  },
  {
    id: 'luxscraper', name: 'Lux Infos 24', lang: 'fr', originals: 15, attribution: 'title-suffix',
    draw: crediting([[1, KNOWN_HOSTS.filter((o) => !ENGLISH.includes(o))]]),
    render(p) {
      const { date } = p.s;
      const c = p.s.credit;
      const host = c ? DOMAINS[c.canonical]!.replace(/^www\./, '') : '';
      p.chrome('LUX INFOS 24 — Luxembourg · Grande Région', 'Trafic frontalier : l’état des routes en temps réel').blank();
      p.title((t) => (c ? p.d.pick([`${t} - ${c.shown}`, `${t} | ${host}`, `${t} – ${c.shown}`]) : t));
      p.meta(`Publié: ${fmtFr(date, 'dd.MM.yyyy - HH:mm')}`);
      if (c) p.meta(`${p.s.author}`);
      p.blank().body();
      p.chrome(
        'Nous et nos partenaires utilisons des traceurs pour stocker et consulter des informations sur votre appareil, afin de personnaliser les contenus et les publicités, de mesurer les audiences et d’améliorer nos services. Vous pouvez accepter, refuser ou paramétrer vos choix à tout moment.',
        'Tout accepter | Tout refuser | Paramétrer',
      ).blank();
      p.chrome(`© ${fmtFr(date, 'yyyy')} Lux Infos 24 S.à r.l. – Esch-sur-Alzette`);
      return { author: c !== null, date: 'full' };
    },
  },
  {
    id: 'riviera', name: 'Riviera Insider', lang: 'en', originals: 16, attribution: 'credit', chromeOnlyPage: true, translate: TO_EN,
    draw: crediting([[0.45, FRANCE], [0.2, [...BELGIUM, ...SWITZERLAND]], [0.2, QUEBEC], [0.15, LOOK_FR]], TO_EN),
    render(p) {
      const { date } = p.s;
      p.chrome('RIVIERA INSIDER', 'News for the English-speaking Riviera', 'Home / France / Local').blank();
      p.title();
      if (hasCredit(p)) p.meta(`By ${p.s.author}`);
      const style = p.n(2);
      if (style === 0) p.meta(fmtEn(date, 'MMM d, yyyy h:mm a'));
      else if (style === 1) p.meta(`${fmtEn(date, 'd MMMM yyyy')} | ${fmtEn(date, 'HH:mm')} CET`);
      else p.meta(`Posted ${p.d.int(2, 8)} hours ago — ${fmtEn(date, 'EEEE, MMMM d, yyyy')}`);
      p.credit([
        (o) => `Originally published by ${o}`,
        (o) => `${o} first ran this story; it is republished here with permission.`,
        (o) => `This article appeared in ${o} and has been translated by our volunteers.`,
        (o) => `Courtesy of ${o}`,
      ]);
      p.blank().body({ [p.mid()]: [`Photo: ${p.d.pick(LENSES)} for Riviera Insider`] });
      p.chrome(
        'Riviera Insider is free to read and always will be. If you value independent local reporting in English, please consider a monthly contribution: even three euros helps us pay our reporters and keep this website free of paywalls and intrusive advertising.',
        'Share this: Facebook | WhatsApp | Email',
      ).blank();
      p.chrome('Related stories', ...related(p, 2, '– ')).blank();
      p.chrome('Comments are closed.', `© ${fmtEn(date, 'yyyy')} Riviera Insider Media SARL, Monaco. All rights reserved.`);
      return { author: hasCredit(p), date: style === 2 ? 'day' : 'full' };
    },
  },
  {
    id: 'factcheck', name: 'Contre-Vérif', lang: 'fr', originals: 15, attribution: 'credit', translate: TO_FR_SOMETIMES,
    draw: crediting([[0.4, ENGLISH], [0.35, [...FRANCE, ...QUEBEC]], [0.25, [...LOOK_EN, ...LOOK_FR]]], TO_FR_SOMETIMES),
    render(p) {
      const { date } = p.s;
      p.chrome('CONTRE-VÉRIF', 'Le média qui vérifie', 'Vous avez vu passer une information douteuse ? Envoyez-la-nous').blank();
      p.chrome(`Accueil / Décryptages / ${p.d.pick(SECTIONS)}`).title();
      p.credit([
        (o) => `Cet article a été publié en premier par notre partenaire ${o}.`,
        (o) => `Article initialement paru sur le site ${de(o)}.`,
        (o) => `Repris avec l’autorisation ${de(o)}`,
      ]);
      if (hasCredit(p)) p.meta(`Auteur·e : ${p.s.author}`);
      p.meta(`Publié le ${fmtFr(date, 'dd/MM/yyyy')}, modifié le ${fmtFr(after(p, 20), "dd/MM/yyyy 'à' HH'h'mm")}`).blank();
      p.body();
      p.chrome(
        'Contre-Vérif est membre d’un réseau international de vérification des faits et applique sa charte de transparence : nos sources, nos méthodes et nos financements sont publics. Si vous repérez une erreur dans cet article, signalez-la et nous publierons une correction datée.',
        `Permalien : https://contre-verif.fr/${fmtFr(date, 'yyyy/MM')}/${p.d.int(10000, 99999)}`,
      );
      return { author: hasCredit(p), date: 'day' };
    },
  },
  {
    id: 'newsletter', name: 'La Lettre des Ronds-Points', lang: 'fr', originals: 13, attribution: 'none',
    render(p) {
      const { date } = p.s;
      p.chrome('Voir ce courriel dans votre navigateur', `LA LETTRE DES RONDS-POINTS — n° ${p.d.int(12, 60)}`).blank();
      p.meta(`Envoyé le ${fmtFr(date, 'd MMMM yyyy')}`);
      p.title((t) => `Objet : ${t}`);
      p.blank().chrome('Bonjour à toutes et à tous,').blank();
      p.body();
      p.chrome('Transférer à un ami | Nous écrire').blank();
      p.chrome(
        'Vous recevez ce message parce que vous vous êtes inscrit·e à la liste de diffusion du collectif lors d’une assemblée ou sur notre site. Pour ne plus recevoir nos courriels, cliquez sur le lien de désinscription ; vos données ne sont jamais transmises à des tiers.',
        'Se désinscrire | Mettre à jour vos préférences',
      );
      return { author: false, date: 'day' };
    },
  },
];

// ——— Junk ———

const JUNK: readonly { name: string; bytes: Uint8Array }[] = [
  { name: 'zero', bytes: new Uint8Array(0) },
  { name: 'blank-lines', bytes: Buffer.from('\n\n  \n\t\n', 'utf8') },
  { name: 'png', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]) },
  { name: 'forbidden', bytes: Buffer.from('403 Forbidden\n\nAccess to this resource on the server is denied.\n', 'utf8') },
  { name: 'consent-wall', bytes: Buffer.from('Avant de continuer\nAcceptez-vous les cookies ?\nAccepter   Refuser\n', 'utf8') },
  { name: 'nuls', bytes: new Uint8Array(256).fill(0) },
];

// ——— Generation ———

/** The first page of a story on its site: a date in the winter of 2018-19, one of the site's credits. */
function firstPage(d: Dice, site: SiteV2, src: UnseenSource, others: string[], start: number): { story: Story; made: MadePage } {
  const day = new Date(start + d.int(0, 140) * 86_400_000);
  const date = new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), d.int(6, 22), d.int(0, 59), 0, ZONE);
  const story: Story = { src, body: src.body, author: d.pick(WRITERS), date, headline: true, credit: site.draw?.(d) ?? null, others };
  return { story, made: page(site, story, d, false) };
}

/**
 * The credit a copy on `other` prints: the outlet the first page credits, or the first site when it presents
 * the article as its own; none where `other` claims its copies, credits nobody, or names outlets by a host it
 * does not know.
 */
function copyCredit(d: Dice, first: SiteV2, story: Story, other: SiteV2): Credit | null {
  const canonical = story.credit?.canonical ?? (first.attribution === 'own' ? first.name : null);
  if (canonical === null || other.attribution === 'own' || other.attribution === 'none') return null;
  if ((other.attribution === 'url-host' || other.attribution === 'title-suffix') && !(canonical in DOMAINS)) return null;
  return printed(d, canonical, other.translate, story.credit?.lookalike ?? first.lookalike === true);
}

/**
 * Builds the v6 set from clean sources (deterministic for a seed): every site's originals, copies on one or
 * two other sites (some without headline, some cut short), bare files, chrome-only pages and junk, shuffled,
 * each file in one of several encodings and named by content.
 */
export function generateUnseenV6(pool: readonly UnseenSource[], seed: number = FROZEN_SEED_V6): { files: UnseenFile[]; manifest: UnseenEntry[] } {
  const d = new Dice(makeRng(seed));
  const wanted = SITES_V6.reduce((n, s) => n + s.originals, 0) + BARE;
  if (pool.length < wanted) throw new Error(`unseen sites v6: need ${wanted} clean articles, the pool has ${pool.length}`);
  const sources = d.sample(pool, wanted);
  const start = Date.UTC(2018, 10, 10);
  const othersFor = (src: UnseenSource): string[] => d.sample(sources.filter((s) => s !== src).map((s) => s.title), 5);
  const made: MadePage[] = [];
  const queue = [...sources];
  for (const site of SITES_V6) {
    for (let k = 0; k < site.originals; k++) {
      const src = queue.shift()!;
      const first = firstPage(d, site, src, othersFor(src), start);
      made.push(first.made);
      if (!d.chance(COPY_SHARE)) continue;
      const hosts = d.sample(SITES_V6.filter((s) => s !== site), d.chance(SECOND_COPY_SHARE) ? 2 : 1);
      for (const other of hosts) {
        const cut = src.body.length > 3 && d.chance(CUT_SHARE);
        const copy: Story = {
          ...first.story,
          body: cut ? src.body.slice(0, -1) : src.body,
          credit: copyCredit(d, site, first.story, other),
          // A scraper's evidence is its title suffix: its copies keep their headline.
          headline: other.attribution === 'title-suffix' || !d.chance(NO_HEADLINE_SHARE),
          others: othersFor(src),
        };
        made.push(page(other, copy, d, false));
      }
    }
    if (site.chromeOnlyPage) {
      const src = sources[0]!;
      const empty: Story = { src, body: [], author: d.pick(WRITERS), date: new TZDate(start, ZONE), headline: false, credit: null, others: othersFor(src) };
      made.push(page(site, empty, d, true));
    }
  }
  made.push(...queue.map((src) => creditsNobody(bareFile(src))), ...JUNK.map((j) => creditsNobody(junkFile(j))));
  return packFiles(d, made, ENCODINGS, 'v6-');
}

/** Heading of the v6 table and JSON. */
export const V6_HEADING = 'UNSEEN SITES v6 (frozen 2026-11-30, development data since 15:50: its misses were read)';

/** Generates v6, runs the real ingest on it and prints its figures (without the DEV simulation). */
export const runUnseenEvalV6 = unseenSetRunner(V6_HEADING, generateUnseenV6);

generatorCli(import.meta.url, 'unseen sites v6', generateUnseenV6, FROZEN_SEED_V6);
