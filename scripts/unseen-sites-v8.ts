/**
 * Generates the FROZEN unseen-sites v8 evaluation set (issue 8): twelve more ordinary news sites, of kinds no earlier set had.
 *
 * DEVELOPMENT DATA since 2026-11-30 16:12 (its misses were read); the frozen set is now scripts/unseen-sites-v9.ts.
 *
 * FROZEN on 2026-11-30 (v8), at 16:00, when v7 (scripts/unseen-sites-v7.ts) became development data because
 * its misses were read. Written without reading the ingest rules (src/ingest/), the word lists (src/data/)
 * or the template wordings of v1–v7 and scripts/simulate-heldout.ts: the sites, outlets, credit wordings,
 * translations and chrome here are new. Nobody tunes rules against it: do not read its misses while changing
 * rules (`--show` stays 0), do not edit its templates, wordings or seed to move a score. When a case fails,
 * fix the general cause, then freeze a v9 and call this one development data.
 *
 * `npm run eval:unseen` scores v1 to v7 then this set (`npm run eval:unseen:v8`, or `npm run eval -- --unseen
 * --unseen-set v8`, for this one only); `npx tsx scripts/unseen-sites-v8.ts --out DIR` only writes the folder
 * and its manifest (the v1 format, with v2's `outletEvidence`).
 *
 * The twelve sites: a French national weekly's website (paywall, reading time, signed articles), a Paris free
 * daily reprinting partners, a Breton regional daily (breadcrumb by town, photo credit), a Corsican site whose
 * name starts like a Swiss daily's (its own articles), a Walloon local radio crediting Belgian and French papers
 * and English ones in word-for-word French, a Geneva local site linking to the original, a Montréal alternative
 * weekly translating English outlets' names into French, a Senegalese daily crediting French papers and
 * look-alike titles, a political party's news page with source lines, a citizen-journalism platform that credits
 * nobody, a Google-News-like aggregator keeping the original's title suffix, and an English-language Brussels EU
 * news site translating francophone papers' names word for word. Article text is read AT RUN TIME from
 * ../shared/corpus/gilets-jaunes (v1's clean pool, drawn with another seed): no corpus text is stored here.
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

/** Seed of the v8 set (not the seed of any earlier set). */
export const FROZEN_SEED_V8 = 20261130_8;
/** Clean articles left bare (title and body only, crediting nobody). */
const BARE_COUNT = 10;
/** Share of stories a second site also carries (the hidden sets hold many wire and partner copies). */
const COPIED = 0.45;
/** Of those, share a third site carries too. */
const TWICE_COPIED = 0.25;
/** Share of copies whose scrape lost the headline line. */
const NO_HEADLINE = 0.3;
/** Share of copies cut before their last paragraph (teasers, truncated scrapes). */
const CUT_SHORT = 0.25;
const TZ = 'Europe/Paris';
/** Encodings: mostly UTF-8 as scraped folders are, with Windows-1252, BOM, CRLF and UTF-16 copies. */
const CODINGS: readonly Encoding[] = ['utf-8', 'cp1252', 'utf-8', 'utf-8-crlf', 'utf-8', 'utf-16le-bom', 'cp1252-crlf', 'utf-8-bom', 'utf-8', 'cp1252'];

// ——— People, topics, outlets ———

const STAFF = ['Gwenaëlle Le Bihan', 'Antoine Casanova', 'Aminata Diop', 'Baptiste Lejeune', 'Noémie Fauchère', 'Corentin Kervella', 'Fatou Sarr', 'Jean-Baptiste Pieri', 'Laurence Dewulf', 'Maxime Ouellet', 'Rachel O’Donnell', 'Olivier Charlier'];
const SHOOTERS = ['Erwan Guéguen', 'Paul-Marie Santoni', 'Lise Vandamme', 'Ousmane Ndiaye'];
const SECTIONS = ['France', 'Société', 'Économie', 'Politique', 'Territoires', 'Monde', 'Social'];
const KEYWORDS_FR = ['gilets jaunes', 'taxe carbone', 'prix du gazole', 'Élysée', 'péages', 'blocages', 'grand débat', 'salaires'];
const KEYWORDS_EN = ['France', 'protests', 'fuel tax', 'Emmanuel Macron', 'EU affairs', 'social unrest'];
const TOWNS_BZH = ['Quimper', 'Brest', 'Morlaix', 'Concarneau', 'Douarnenez', 'Landerneau'];

const FRENCH = ['Le Monde', 'Le Parisien', 'Le Figaro', 'La Croix', 'Le Point', "L'Express", 'Ouest-France', 'La Voix du Nord'];
const BELGIAN = ['La Libre Belgique', 'La DH', 'Le Soir'];
const SWISS = ['Le Temps', 'Tribune de Genève', 'Le Matin', 'Le Nouvelliste'];
const QUEBECOIS = ['La Presse', 'Le Devoir', 'Le Soleil', 'Le Journal de Montréal', 'Le Journal de Québec'];
const ANGLO = ['The New York Times', 'The Washington Post', 'The Guardian', 'BBC', 'CNN', 'Reuters', 'The Wall Street Journal', 'Financial Times', 'Bloomberg', 'NBC News'];

/** Word-for-word English renderings (some reordered) of francophone outlets' names. */
const AS_ENGLISH: Record<string, readonly string[]> = {
  'Le Monde': ['The World'],
  'Le Parisien': ['The Parisian'],
  'Ouest-France': ['West France', 'France West', 'West-France'],
  'La Voix du Nord': ['The Voice of the North', 'The North’s Voice', 'North Voice'],
  'La Croix': ['The Cross'],
  "L'Express": ['The Express'],
  'La Libre Belgique': ['The Free Belgium', 'Free Belgium'],
  'Le Soir': ['The Evening'],
  'Le Temps': ['The Time'],
  'Tribune de Genève': ['Geneva Tribune', 'The Tribune of Geneva'],
  'Le Matin': ['The Morning'],
  'Le Devoir': ['The Duty'],
  'La Presse': ['The Press'],
  'Le Journal de Montréal': ['The Journal of Montreal', 'Montreal Journal'],
  'Le Journal de Québec': ['The Quebec Journal', 'The Journal of Quebec'],
};
/** Word-for-word French renderings (some reordered) of English outlets' names. */
const AS_FRENCH: Record<string, readonly string[]> = {
  'The New York Times': ['Le Temps de New York', 'Les Temps de New York', 'Le New York Temps'],
  'The Washington Post': ['Le Poste de Washington', 'La Poste de Washington'],
  'The Guardian': ['Le Gardien', 'Le Tuteur'],
  'The Wall Street Journal': ['Le Journal de Wall Street', 'Le Journal de la rue du Mur'],
  'Financial Times': ['Les Temps Financiers', 'Temps financiers'],
  'NBC News': ['Nouvelles NBC', 'NBC Nouvelles'],
};

/** Real, other outlets whose names start like a listed outlet's: expected as written. */
const ALIKE_FR = ['Le Temps des communes', 'La Voix du Nord-Isère', 'Le Point du Jour', 'Le Monde des Artisans', 'Le Point Vétérinaire', 'Le Soir d’Ath', 'La Presse du Bocage', 'Le Devoir de mémoire'];
const ALIKE_EN = ['The Washington Times', 'The New York Post', 'The Guardian Journal', 'The Financial Express'];
const ALIKE = new Set([...ALIKE_FR, ...ALIKE_EN]);

/** Web hosts of outlets, for link lines and title suffixes. */
const HOSTS: Record<string, string> = {
  'Le Monde': 'lemonde.fr',
  'Le Parisien': 'leparisien.fr',
  'Le Figaro': 'lefigaro.fr',
  'La Croix': 'la-croix.com',
  'Le Point': 'lepoint.fr',
  'Ouest-France': 'ouest-france.fr',
  'La Voix du Nord': 'lavoixdunord.fr',
  'La Libre Belgique': 'lalibre.be',
  'La DH': 'dhnet.be',
  'Le Soir': 'lesoir.be',
  'Le Temps': 'letemps.ch',
  'Tribune de Genève': 'tdg.ch',
  'Le Matin': 'lematin.ch',
  'Le Nouvelliste': 'lenouvelliste.ch',
  'La Presse': 'lapresse.ca',
  'Le Devoir': 'ledevoir.com',
  'Le Journal de Montréal': 'journaldemontreal.com',
};
const HOSTED = Object.keys(HOSTS);

type Translate = SiteV2['translate'];
const INTO_EN: Translate = { into: 'en', share: 0.8 };
const INTO_FR: Translate = { into: 'fr', share: 0.75 };
const INTO_FR_SOMETIMES: Translate = { into: 'fr', share: 0.5 };

/** How a site prints `canonical`: a word-for-word rendering (with the site's probability) where one exists. */
function shown(d: Dice, canonical: string, translate: Translate, lookalike = ALIKE.has(canonical)): Credit {
  const forms = translate === undefined ? undefined : (translate.into === 'fr' ? AS_FRENCH : AS_ENGLISH)[canonical];
  const translated = forms !== undefined && d.chance(translate!.share);
  return { shown: translated ? d.pick(forms) : canonical, canonical, translated, lookalike };
}

/** Draws a credited outlet from `[weight, names]` pools (weights sum to 1). */
function credits(pools: readonly (readonly [number, readonly string[]])[], translate?: Translate): (d: Dice) => Credit {
  return (d) => {
    let r = d.next();
    const names = pools.find(([w]) => (r -= w) < 0)?.[1] ?? pools[pools.length - 1]![1];
    return shown(d, d.pick(names), translate);
  };
}

// ——— Template helpers ———

const at = (p: Page, minutes: number): TZDate => new TZDate(p.s.date.getTime() + minutes * 60_000, TZ);
const hasCredit = (p: Page): boolean => p.s.credit !== null;
const year = (p: Page): string => fmtFr(p.s.date, 'yyyy');
const any = (p: Page, lines: readonly string[]): string => p.d.pick(lines);
const keywords = (p: Page, pool: readonly string[], sep: string): string => p.d.sample(pool, 3).join(sep);
/** Address of the original on its outlet's host. */
const original = (p: Page): string => `https://www.${HOSTS[p.s.credit!.canonical]}/${slug(p.d.pick(SECTIONS))}/${slug(p.s.src.title)}-${p.d.int(100000, 999999)}`;
/** Hours between publication and the scrape, for relative ages. */
const age = (p: Page): number => p.d.int(2, 20);

// ——— The twelve sites ———

/** The twelve v8 sites: each renders a page around a story and says what it showed. */
export const SITES_V8: readonly SiteV2[] = [
  {
    // A national weekly's website: signed articles, reading time, paywall after the second paragraph.
    id: 'mardi-soir', name: 'Mardi Soir', lang: 'fr', originals: 17, attribution: 'own', chromeOnlyPage: true,
    render(p) {
      p.chrome('MARDI SOIR', 'L’hebdomadaire qui prend le temps', 'Kiosque numérique | Mon compte | Offrir un abonnement').blank();
      p.chrome(`${p.d.pick(SECTIONS)} › ${p.d.pick(['Enquête', 'Décryptage', 'Reportage', 'Analyse'])}`).blank();
      p.title().blank();
      p.meta(`Texte : ${p.s.author}`, `Mis en ligne le ${fmtFr(p.s.date, 'dd/MM/yyyy')} à ${fmtFr(p.s.date, "HH'h'mm")} · lecture ${p.d.int(3, 11)} minutes`).blank();
      p.body({
        [Math.min(1, Math.max(0, p.s.body.length - 2))]: [
          'Cet article vous est offert. Pour continuer à lire nos enquêtes, nos reportages et les chroniques de toute la rédaction chaque mardi soir, abonnez-vous dès 1 € le premier mois, sans engagement, résiliable en quelques clics depuis votre espace personnel.',
        ],
      });
      p.chrome(`Mots-clés : ${keywords(p, KEYWORDS_FR, ' / ')}`, 'Sur le même sujet', ...p.related(3).map((t) => `→ ${t}`)).blank();
      p.chrome(`© Mardi Soir ${year(p)} — Reproduction interdite sauf accord écrit de la rédaction`);
      return { author: true, date: 'full' };
    },
  },
  {
    // A Paris free daily: partners' articles with a credit under the standfirst, a metro-line banner.
    id: 'ligne-14', name: 'Ligne 14', lang: 'fr', originals: 16, attribution: 'credit',
    draw: credits([[0.6, FRENCH], [0.2, BELGIAN], [0.2, ALIKE_FR]]),
    render(p) {
      p.chrome('Ligne 14 — le quotidien gratuit du Grand Paris', 'Trafic RER : perturbations sur la ligne B ce matin').blank();
      p.title((t) => any(p, [t, `${t}.`, `EN BREF | ${t}`])).blank();
      p.meta(fmtFr(p.s.date, 'EEEE d MMMM yyyy').replace(/^./, (c) => c.toUpperCase()));
      p.credit([
        (o) => `Un article ${de(o)}, partenaire de Ligne 14`,
        (o) => `Paru d’abord dans ${o}`,
        (o) => `${o} a publié cet article le premier`,
        (o) => `Texte repris avec l’accord ${de(o)}`,
      ]);
      if (hasCredit(p)) p.meta(`Signé ${p.s.author}`);
      p.blank();
      p.body({ [p.mid()]: [`À lire aussi — ${p.related(1)[0]}`] });
      p.chrome('Recevez l’essentiel de l’actualité francilienne tous les matins à 7 heures dans votre boîte mail : inscrivez-vous gratuitement à notre lettre, vous pourrez vous désinscrire à tout moment grâce au lien présent en bas de chacun de nos envois.').blank();
      p.chrome('Partager : Facebook · X · WhatsApp · Copier le lien', `Ligne 14 ${year(p)}. Tous droits réservés.`);
      return { author: hasCredit(p), date: 'day' };
    },
  },
  {
    // A Breton regional daily: breadcrumb by town, photo credit, update time, subscriber badge.
    id: 'courrier-cornouaille', name: 'Le Courrier de Cornouaille', lang: 'fr', originals: 17, attribution: 'own',
    render(p) {
      const town = p.d.pick(TOWNS_BZH);
      p.chrome('Le Courrier de Cornouaille', `Accueil > Finistère > ${town}`).blank();
      p.title((t) => any(p, [t, `ABONNÉS ${t}`])).blank();
      p.meta(`${town}, le ${fmtFr(p.s.date, 'd MMMM yyyy')} à ${fmtFr(p.s.date, "HH'h'mm")}`);
      p.meta(any(p, [`Par ${p.s.author}`, `${p.s.author}, rédaction de ${town}`]));
      p.chrome(`Modifié le ${fmtFr(at(p, 95), "d MMMM 'à' HH'h'mm")}`).blank();
      p.chrome(`Photo : ${p.d.pick(SHOOTERS)} / Le Courrier de Cornouaille`).blank();
      p.body({ [p.mid()]: ['Lire aussi', p.related(1)[0]!] });
      p.chrome('Réagir à cet article', 'Votre commentaire sera visible après validation par notre équipe de modération. Merci de rester courtois, de ne pas publier de données personnelles et de respecter la charte de participation que vous avez acceptée en créant votre compte lecteur.').blank();
      p.chrome(`© Le Courrier de Cornouaille – ${year(p)}`);
      return { author: true, date: 'full' };
    },
  },
  {
    // A Corsican news site whose name starts like a Swiss daily's: its own articles, bilingual section names.
    id: 'matin-corse', name: 'Le Matin de Corse', lang: 'fr', originals: 15, attribution: 'own', lookalike: true,
    render(p) {
      p.chrome('Le Matin de Corse', 'Ajaccio · Bastia · Portivechju · Corti', 'Attualità | Sociétà | Sport | Cultura').blank();
      p.title().blank();
      p.meta(`${fmtFr(p.s.date, 'dd.MM.yyyy')} - ${fmtFr(p.s.date, 'HH:mm')}`, `Un articulu di ${p.s.author}`).blank();
      p.body({ [p.mid()]: [`Da leghje dinò : ${p.related(1)[0]}`] });
      p.chrome('Le Matin de Corse est un journal indépendant financé par ses lecteurs. Si vous appréciez notre travail, soutenez une information de proximité en faisant un don ponctuel ou mensuel : chaque contribution nous aide à payer nos correspondants dans les villages.').blank();
      p.chrome(`Tag : ${keywords(p, KEYWORDS_FR, ', ')}`, `Le Matin de Corse © ${year(p)} - Mentions légales - Contact`);
      return { author: true, date: 'full' };
    },
  },
  {
    // A Walloon local radio: the text of a bulletin, crediting Belgian and French papers and English ones in French.
    id: 'radio-sambre', name: 'Radio Sambre-Meuse', lang: 'fr', originals: 16, attribution: 'credit', translate: INTO_FR_SOMETIMES,
    draw: credits([[0.45, BELGIAN], [0.2, FRENCH], [0.25, ANGLO], [0.1, ALIKE_FR]], INTO_FR_SOMETIMES),
    render(p) {
      p.chrome('Radio Sambre-Meuse 94.7', '▶ Écouter le direct | Podcasts | Grille des programmes').blank();
      p.title().blank();
      p.meta(`Diffusé le ${fmtFr(p.s.date, 'EEEE d MMMM yyyy')} à ${fmtFr(p.s.date, "H 'h' mm")}`);
      p.credit([
        (o) => `Nos confrères ${de(o)} ont publié cette information`,
        (o) => `D’après un article paru dans ${o}`,
        (o) => `Information à l’origine parue chez ${o}`,
        (o) => `Repris ${de(o)} avec son autorisation`,
      ]);
      if (hasCredit(p)) p.meta(`Rédaction : ${p.s.author}`);
      p.blank();
      p.body();
      p.chrome('🎧 Réécoutez le journal de 7 heures', 'Votre avis nous intéresse', 'Radio Sambre-Meuse utilise des cookies pour mesurer son audience et vous proposer des contenus adaptés. En poursuivant votre navigation sur notre site, vous acceptez leur dépôt. Vous pouvez modifier vos choix à tout moment dans les paramètres de confidentialité.').blank();
      p.chrome(`Radio Sambre-Meuse ASBL ${year(p)}`);
      return { author: hasCredit(p), date: 'full' };
    },
  },
  {
    // A Geneva local site: short intro, then a link line pointing to the original article.
    id: 'quai-wilson', name: 'Quai Wilson', lang: 'fr', originals: 15, attribution: 'url-host', chromeOnlyPage: true,
    draw: credits([[0.6, SWISS], [0.25, FRENCH.filter((o) => HOSTED.includes(o))], [0.15, BELGIAN]]),
    render(p) {
      p.chrome('QUAI WILSON', 'L’info locale genevoise, sans détour', 'Rubriques : Ville | Canton | Transfrontalier | Agenda').blank();
      p.title().blank();
      p.meta(`${fmtFr(p.s.date, 'd MMM yyyy')}, ${fmtFr(p.s.date, 'HH:mm')} (mis en ligne il y a ${age(p)} h)`).blank();
      p.body();
      if (hasCredit(p)) p.meta(any(p, [`L’article complet : ${original(p)}`, `Original ➜ ${original(p)}`, `Publié initialement ici : ${original(p)}`])).blank();
      p.chrome('👍 12   😮 3   😡 7', 'Partager sur Facebook | Partager par e-mail').blank();
      p.chrome('Quai Wilson ne publie aucune publicité intrusive. Pour que ce site reste gratuit et lisible par toutes et tous, rejoignez notre association de soutien : la cotisation annuelle est libre et vous recevrez notre infolettre du vendredi avec les rendez-vous du week-end.').blank();
      p.chrome(`Quai Wilson, Genève, ${year(p)}`);
      return { author: false, date: 'full' };
    },
  },
  {
    // A Montréal alternative weekly: English outlets' names in word-for-word French, Québec papers as written.
    id: 'ruelle-libre', name: 'Ruelle Libre', lang: 'fr', originals: 16, attribution: 'credit', translate: INTO_FR,
    draw: credits([[0.45, Object.keys(AS_FRENCH)], [0.2, ANGLO], [0.25, QUEBECOIS], [0.1, ALIKE_EN]], INTO_FR),
    render(p) {
      p.chrome('RUELLE LIBRE — hebdo alternatif montréalais depuis 2009', 'Actualités   Culture   Quartiers   Opinions').blank();
      p.title().blank();
      p.credit([
        (o) => `Cet article a d’abord paru dans ${o}.`,
        (o) => `Traduit et republié à partir ${de(o)}`,
        (o) => `${o} en a eu la primeur; nous le reprenons ici.`,
        (o) => `Source originale : ${o}`,
      ]);
      if (hasCredit(p)) p.meta(`${p.s.author} | ${fmtFr(p.s.date, 'd MMMM yyyy')} | ${fmtFr(p.s.date, "H 'h' mm")}`);
      else p.meta(`${fmtFr(p.s.date, 'd MMMM yyyy')} | ${fmtFr(p.s.date, "H 'h' mm")}`);
      p.blank();
      p.body({ [p.mid()]: [`Pour aller plus loin : ${p.related(1)[0]}`] });
      p.chrome('Ruelle Libre est distribué gratuitement dans plus de 400 points du Plateau, de Rosemont et d’Hochelaga. Le journal vit grâce à ses membres : devenez membre solidaire pour 5 $ par mois et recevez l’édition papier à la maison chaque jeudi.').blank();
      p.chrome('Commentaires (0)', 'Nom *', 'Courriel *', 'Publier le commentaire').blank();
      p.chrome(`Tous droits réservés Ruelle Libre ${year(p)}`);
      return { author: hasCredit(p), date: 'full' };
    },
  },
  {
    // A Senegalese daily: French papers and look-alike titles credited, English outlets sometimes in French.
    id: 'teranga-matin', name: 'Teranga Matin', lang: 'fr', originals: 16, attribution: 'credit', translate: INTO_FR_SOMETIMES,
    draw: credits([[0.45, FRENCH], [0.3, ALIKE_FR], [0.25, ANGLO]], INTO_FR_SOMETIMES),
    render(p) {
      p.chrome('Teranga Matin', 'Le quotidien de toutes les régions du Sénégal', 'Accueil - Politique - Économie - International - Sport - Contributions').blank();
      p.chrome('INTERNATIONAL').blank();
      p.title().blank();
      p.meta(`Publié le : ${fmtFr(p.s.date, 'dd/MM/yyyy')}`);
      p.credit([
        (o) => `Teranga Matin reprend ici un article ${de(o)}.`,
        (o) => `Article initialement publié par ${o}`,
        (o) => `Crédit : ${o}`,
        (o) => `Le présent article est paru en premier dans ${o}`,
      ]);
      if (hasCredit(p)) p.meta(`Auteur : ${p.s.author}`);
      p.blank();
      p.body();
      p.chrome('Articles similaires', ...p.related(2)).blank();
      p.chrome('Téléchargez l’application Teranga Matin sur Android et iPhone pour lire le journal du jour dès 6 heures, recevoir les alertes de la rédaction et accéder aux archives depuis 2005, même sans connexion internet.').blank();
      p.chrome(`© ${year(p)} Teranga Matin SA. Tous droits de reproduction réservés.`);
      return { author: hasCredit(p), date: 'day' };
    },
  },
  {
    // A political party's news page: press clippings with a source line under the text.
    id: 'fil-rouge', name: 'Le Fil rouge populaire', lang: 'fr', originals: 15, attribution: 'source-line',
    draw: credits([[0.45, FRENCH], [0.2, BELGIAN], [0.1, SWISS], [0.1, QUEBECOIS], [0.15, ALIKE_FR]]),
    render(p) {
      p.chrome('Le Fil rouge populaire', 'Le site d’information du Parti populaire et écologiste', 'Adhérer | Faire un don | Nos élus | Agenda militant').blank();
      p.chrome('Revue de presse').blank();
      p.title().blank();
      p.meta(`Le ${fmtFr(p.s.date, 'd MMMM yyyy')}`).blank();
      p.body();
      p.credit([(o) => `Source : ${o}`, (o) => `Source de l’article : ${o}`, (o) => `— source : ${o}`, (o) => `Source : ${o} (${fmtFr(p.s.date, 'dd/MM/yyyy')})`]);
      if (hasCredit(p)) p.meta(`Article de ${p.s.author}`);
      p.blank();
      p.chrome('Les articles de presse reproduits dans cette rubrique le sont à titre d’information de nos adhérents et sympathisants ; ils n’engagent pas la direction du parti. Pour toute demande de retrait, écrivez à notre service communication, nous répondrons sous quarante-huit heures.').blank();
      p.chrome('Partagez : 📘 🐦 ✉️', `Parti populaire et écologiste ${year(p)} — Site édité par l’association de financement`);
      return { author: hasCredit(p), date: 'day' };
    },
  },
  {
    // A citizen-journalism platform: pasted articles, contributors' votes, no credit, no byline.
    id: 'agora-ronds-points', name: 'Agora des ronds-points', lang: 'fr', originals: 14, attribution: 'none', chromeOnlyPage: true,
    render(p) {
      p.chrome('Agora des ronds-points — la plateforme d’information citoyenne', 'Proposer un article | Se connecter | Règles de publication').blank();
      p.title().blank();
      p.meta(`posté le ${fmtFr(p.s.date, 'yyyy-MM-dd HH:mm')}`);
      p.chrome(`▲ ${p.d.int(5, 300)} votes   ▼ ${p.d.int(0, 40)}   💬 ${p.d.int(0, 90)} commentaires`).blank();
      p.body();
      p.chrome('Les articles publiés sur l’Agora sont proposés par les membres et relus par des modérateurs bénévoles. Ils ne reflètent pas nécessairement l’avis de l’association. Signalez tout contenu contraire à nos règles à l’aide du bouton prévu sous chaque article.').blank();
      p.chrome('Signaler ce contenu', 'Articles les plus votés cette semaine', ...p.related(3).map((t) => `• ${t}`)).blank();
      p.chrome(`Agora des ronds-points ${year(p)} — contenu sous licence libre CC BY-SA`);
      return { author: false, date: 'full' };
    },
  },
  {
    // A Google-News-like aggregator: headlines keep the source's suffix, a relative age beside the date.
    id: 'actus-en-continu', name: 'ActusEnContinu', lang: 'fr', originals: 16, attribution: 'title-suffix',
    draw: credits([[0.55, FRENCH.filter((o) => HOSTED.includes(o))], [0.25, BELGIAN], [0.2, SWISS]]),
    render(p) {
      const sep = p.d.pick([' - ', ' | ', ' – ', ' — ']);
      p.chrome('ActusEnContinu', 'À la une · France · Monde · Économie · Pour vous').blank();
      p.title((t) => (hasCredit(p) ? `${t}${sep}${p.s.credit!.shown}` : t)).blank();
      p.meta(`il y a ${age(p)} heures · ${fmtFr(p.s.date, 'd MMM yyyy')}`).blank();
      p.body();
      p.chrome('Couverture complète', 'Voir d’autres sources sur ce sujet', ...p.related(2)).blank();
      p.chrome('ActusEnContinu regroupe automatiquement des articles publiés par des centaines de sources d’information. Le classement des articles est réalisé par des algorithmes, sans intervention humaine, en fonction de la fraîcheur, de la pertinence et de la diversité des points de vue.').blank();
      p.chrome(`Conditions d’utilisation · Confidentialité · ${year(p)} ActusEnContinu`);
      return { author: false, date: 'day' };
    },
  },
  {
    // An English-language Brussels EU news site: francophone papers' names translated word for word.
    id: 'eu-corridor', name: 'EU Corridor', lang: 'en', originals: 15, attribution: 'credit', translate: INTO_EN,
    draw: credits([[0.4, FRENCH], [0.3, BELGIAN], [0.2, SWISS], [0.1, QUEBECOIS]], INTO_EN),
    render(p) {
      p.chrome('EU CORRIDOR', 'Brussels news in English · Politics · Member States · Rue de la Loi', 'Subscribe to our morning briefing').blank();
      p.title().blank();
      p.meta(`${fmtEn(p.s.date, 'MMMM d, yyyy h:mm a')} (Brussels time)`);
      p.credit([
        (o) => `This article first appeared in ${o}.`,
        (o) => `Originally published by ${o} (translated from French)`,
        (o) => `${o} ran this story first.`,
        (o) => `Republished with permission from ${o}`,
      ]);
      if (hasCredit(p)) p.meta(`Written by ${p.s.author}`);
      p.blank();
      p.body({ [p.mid()]: [`RELATED: ${p.related(1)[0]}`] });
      p.chrome(`Topics: ${keywords(p, KEYWORDS_EN, ' · ')}`).blank();
      p.chrome('EU Corridor is reader-funded and free of paywalls. If our daily coverage of the European institutions and of what happens in the member states is useful to you, please consider a monthly contribution of any amount: it keeps our small newsroom in Brussels independent.').blank();
      p.chrome(`Copyright ${year(p)} EU Corridor SRL. All rights reserved.`);
      return { author: hasCredit(p), date: 'full' };
    },
  },
];

// ——— Junk ———

const JUNK_V8: readonly { name: string; bytes: Uint8Array }[] = [
  { name: 'empty', bytes: new Uint8Array(0) },
  { name: 'newlines', bytes: Buffer.from('\n\n\t\n  \n', 'utf8') },
  { name: 'png', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]) },
  { name: 'pdf', bytes: Buffer.from('%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n', 'latin1') },
  { name: 'rate-limited', bytes: Buffer.from('429 Too Many Requests\nRetry-After: 60\n', 'utf8') },
  { name: 'consent-wall', bytes: Buffer.from('Avant de continuer\nNous et nos partenaires utilisons des traceurs.\nTout accepter\nTout refuser\nPersonnaliser\n', 'utf8') },
];

// ——— Generation ———

/** A story's first site and the story as that site printed it. */
interface FirstPrint {
  site: SiteV2;
  story: Story;
}

/** The credit a copy on `host` prints: the first print's credit, or its site when that site signs its own; null where `host` cannot credit it. */
function copyCredit(d: Dice, first: FirstPrint, host: SiteV2): Credit | null {
  if (host.attribution === 'own' || host.attribution === 'none') return null;
  const name = first.story.credit?.canonical ?? (first.site.attribution === 'own' ? first.site.name : null);
  if (name === null) return null;
  if ((host.attribution === 'url-host' || host.attribution === 'title-suffix') && !HOSTED.includes(name)) return null;
  return shown(d, name, host.translate, first.story.credit?.lookalike ?? first.site.lookalike === true);
}

/**
 * Builds the v8 set from clean sources (deterministic for a seed): every site's originals (dated in the winter
 * of 2018-19), copies on one or two other sites (some without headline, some missing their last paragraph),
 * bare files, chrome-only pages and junk, shuffled, each file in one of several encodings and named by content.
 */
export function generateUnseenV8(pool: readonly UnseenSource[], seed: number = FROZEN_SEED_V8): { files: UnseenFile[]; manifest: UnseenEntry[] } {
  const d = new Dice(makeRng(seed));
  const needed = BARE_COUNT + SITES_V8.reduce((n, s) => n + s.originals, 0);
  if (pool.length < needed) throw new Error(`unseen sites v8: ${needed} clean articles needed, the pool has ${pool.length}`);
  const drawn = d.sample(pool, needed);
  const start = Date.UTC(2018, 10, 17);
  const elsewhere = (src: UnseenSource): string[] => d.sample(drawn.filter((s) => s.id !== src.id).map((s) => s.title), 5);
  const made: MadePage[] = [];
  let used = 0;
  for (const site of SITES_V8) {
    for (let k = 0; k < site.originals; k++) {
      const src = drawn[used++]!;
      const day = new Date(start + d.int(0, 140) * 86_400_000);
      const date = new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), d.int(6, 22), d.int(0, 59), 0, TZ);
      const story: Story = { src, body: src.body, author: d.pick(STAFF), date, headline: true, credit: site.draw?.(d) ?? null, others: elsewhere(src) };
      made.push(page(site, story, d, false));
      if (!d.chance(COPIED)) continue;
      const first: FirstPrint = { site, story };
      for (const host of d.sample(SITES_V8.filter((s) => s !== site), d.chance(TWICE_COPIED) ? 2 : 1)) {
        const cut = src.body.length > 3 && d.chance(CUT_SHORT);
        // An aggregator's evidence is the headline's suffix: its copies keep the headline.
        const headline = host.attribution === 'title-suffix' || !d.chance(NO_HEADLINE);
        made.push(page(host, { ...story, body: cut ? src.body.slice(0, -1) : src.body, credit: copyCredit(d, first, host), headline, others: elsewhere(src) }, d, false));
      }
    }
    if (site.chromeOnlyPage) {
      const empty: Story = { src: drawn[0]!, body: [], author: d.pick(STAFF), date: new TZDate(start, TZ), headline: false, credit: null, others: elsewhere(drawn[0]!) };
      made.push(page(site, empty, d, true));
    }
  }
  for (const src of drawn.slice(used)) made.push(creditsNobody(bareFile(src)));
  for (const j of JUNK_V8) made.push(creditsNobody(junkFile(j)));
  return packFiles(d, made, CODINGS, 'v8-');
}

/** Heading of the v8 table and JSON. */
export const V8_HEADING = 'UNSEEN SITES v8 (frozen 2026-11-30, development data since 16:12: its misses were read)';

/** Generates v8, runs the real ingest on it and prints its figures (without the DEV simulation). */
export const runUnseenEvalV8 = unseenSetRunner(V8_HEADING, generateUnseenV8);

generatorCli(import.meta.url, 'unseen sites v8', generateUnseenV8, FROZEN_SEED_V8);
