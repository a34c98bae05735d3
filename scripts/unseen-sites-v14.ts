/**
 * Generates the FROZEN unseen-sites v14 evaluation set (issue 8): twelve more ordinary news sites, of kinds and places no earlier set had.
 *
 * DEVELOPMENT DATA since 2026-11-30 18:38 (its misses were read after its one frozen scoring, bench/unseen-sites-v14.json);
 * the frozen set is now scripts/unseen-sites-v15.ts.
 *
 * FROZEN on 2026-11-30 (v14), at 18:17, written without reading the rules, when v13 (scripts/unseen-sites-v13.ts)
 * became development data because its misses were read. Written without reading the ingest rules (src/ingest/),
 * the word lists and outlet list (src/data/), the scorer beyond its types, or any history of the project; of the
 * earlier sets only the shared scaffolding (scripts/unseen-sites.ts, v2's `page`, simulate-heldout's `Dice` and
 * encodings), v12's and v13's generators (for the format) and the site lists in the headers of v3–v11 (to pick
 * other kinds and places) were read. The sites, outlets, credit wordings, translations, date formats and chrome
 * here are new. Nobody tunes rules against it: do not read its misses while changing rules (`--show` stays 0),
 * do not edit its templates, wordings or seed to move a score. When a case fails, fix the general cause, then
 * freeze a v15 and call this one development data.
 *
 * `npm run eval:unseen` scores v1 to v13 then this set (`npm run eval:unseen:v14`, or `npm run eval -- --unseen
 * --unseen-set v14`, for this one only); `npx tsx scripts/unseen-sites-v14.ts --out DIR` only writes the folder
 * and its manifest (the v1 format, with v2's `outletEvidence`).
 *
 * The twelve sites: a Mulhouse (southern Alsace) pure player (its own reporters), a Sudbury (Ontario) French-
 * language weekly crediting Franco-Ontarian and Québec papers, Ontario's English-language papers garbled into
 * French word for word and look-alike titles, a Geneva business weekly crediting Swiss papers and English-
 * language business outlets garbled into French word for word, a Nouméa (New Caledonia) radio (its own
 * reporters, the day only), a Kinshasa portal pointing to the original's address, a cycling weekly ending
 * reprints with a source line, a Mayotte press review keeping the original's title suffix, a local-government
 * workers' union newsletter in the Sarthe crediting nobody, a Dublin English daily translating francophone
 * papers' names into English word for word, a German-owned English-language site in Cologne doing the same with
 * other papers, a Monaco magazine whose own name begins like a Paris weekly's (a look-alike), and a farm-
 * machinery trade magazine crediting regional and farm papers and look-alike titles.
 * Article text is read AT RUN TIME from ../shared/corpus/gilets-jaunes (v1's clean pool, drawn with another
 * seed): no corpus text is stored here.
 *
 * Title decorations (none of them part of the headline, which stays the publisher's): a site-name suffix
 * ("Titre | Dreyeckland Actu", "Title - The Cologne Correspondent"), a bracketed prefix tag ("[EXCLU] Titre" on
 * the cycling weekly, "[AUDIO] Titre" on the radio), and on the Mayotte review the original outlet's name as a
 * suffix (its evidence). Date formats: "10 janv. 2019 à 14h05", "2019/01/10", "jeudi 10.01.2019 – 14:05",
 * "Le 10-01-2019", "10 January 2019 at 2.05pm", "Thursday 10 January 2019", "10/1/2019 – 14:05" and others.
 *
 * Expected outlet: v2's convention (who published the article first, as the file credits it), recorded per
 * file in `outletEvidence`: machine-translated names of real outlets expect the real outlet's usual name,
 * look-alike names are kept as written, the site's own name is the outlet only where it shows its masthead and
 * its own staff's byline, the republisher is the site's name whenever the file credits another outlet, and null
 * when nothing credits one. Republishing sites show a byline only beside a credit. Every date and time shown is
 * Paris time (winter 2018-19, so always UTC+1; Kinshasa's clock and Cologne's read the same), and the overseas
 * sites show the day only.
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

/** Seed of the v14 set (not the seed of any earlier set). */
export const FROZEN_SEED_V14 = 20261130_14;
/** Clean articles left bare (title and body only): they credit nobody. */
const BARE_V14 = 10;
/** How many other sites take one original, with weights: most stories stay on their first site. */
const COPIES: readonly (readonly [number, number])[] = [[0, 0.58], [1, 0.3], [2, 0.1], [3, 0.02]];
/** Share of copies whose scrape lost the headline line. */
const HEADLESS_V14 = 0.32;
/** Share of copies (of 4+ paragraphs) cut before their last paragraph. */
const TRIMMED = 0.2;
/** The period: 96 days from 24 November 2018, all in Paris winter time (UTC+1). */
const PERIOD_START = Date.UTC(2018, 10, 24);
const PERIOD_DAYS = 96;
const PARIS_TZ = 'Europe/Paris';
/** UTF-8 most often; BOM, Windows-1252, UTF-16 and CRLF line ends too. */
const ENCODINGS_V14: readonly Encoding[] = ['utf-8', 'cp1252', 'utf-8', 'utf-8-bom', 'utf-8-crlf', 'utf-8', 'utf-16le-bom', 'cp1252-crlf', 'utf-8', 'cp1252', 'utf-8'];

// ——— People ———

const REPORTERS = [
  'Mathilde Zimmermann', 'Loïc Baumann', 'Geneviève Lalonde', 'Patrick Bisaillon', 'Aurélie Favre', 'Laurent Mottier', 'Wanessa Wamytan',
  'Kévin Kasongo', 'Grâce Mbuyi', 'Julien Vanhoutte', 'Zaïna Abdallah', 'Sébastien Hamon', 'Ciara Brennan', 'Ronan Gallagher',
  'Katharina Vogt', 'Capucine Rainier', 'Hervé Leboucher',
];
const PHOTOGRAPHERS_V14 = ['Éloïse Fuchs', 'Teva Wahuzue', 'Stéphane Cattin', 'Niamh Doherty'];

// ——— Outlets ———

const ONTARIO_QUEBEC = ['Le Droit', 'Radio-Canada', 'Le Devoir', 'La Presse', 'ONFR+', 'Le Journal de Montréal'];
const ONTARIO_EN = ['Toronto Star', 'Ottawa Citizen', 'National Post', 'The Sudbury Star'];
const SWISS_BUSINESS = ['Le Temps', 'Tribune de Genève', 'Bilan', 'L’Agefi', 'Le Courrier'];
const EN_BUSINESS = ['Associated Press', 'Financial Post', 'Bloomberg Businessweek', 'Business Insider', 'Harvard Business Review', 'The Straits Times', 'South China Morning Post', 'Reuters'];
const KINSHASA_PICKS = ['Jeune Afrique', 'RFI', 'France 24', 'Le Soir', 'La Libre Belgique', 'RTBF', '7sur7', 'L’Avenir', 'Le Monde', 'Libération', 'La Croix'];
const CYCLING = ['L’Équipe', 'Vélo Magazine', 'Ouest-France', 'Le Télégramme', 'RTBF', 'Het Nieuwsblad', 'Cyclism’Actu'];
const MAYOTTE_SUFFIXES = ['Le Monde', 'Le Figaro', 'Libération', 'Le Parisien', 'franceinfo', 'Mayotte la 1ère', 'Mayotte Hebdo', 'Le Journal de Mayotte', 'Le Quotidien de La Réunion', 'Jeune Afrique', 'Le Quotidien des Comores'];
const DUBLIN_PICKS = ['L’Humanité', 'Dernières Nouvelles d’Alsace', 'Le Bien public', 'Le Matin Dimanche', 'L’Acadie Nouvelle', 'Fraternité Matin', 'Jeune Afrique', 'L’Orient-Le Jour', 'Le Quotidien d’Oran', 'Le Monde'];
const COLOGNE_PICKS = ['Le Point', 'Le Monde diplomatique', 'Valeurs actuelles', 'La Provence', 'L’Yonne républicaine', 'Le Maine libre', 'La Charente libre', 'Le Populaire du Centre', 'Mediapart', 'Le Figaro'];
const FARM_PRESS = ['La France Agricole', 'Terre-net', 'Réussir', 'Ouest-France', 'Le Télégramme', 'Sud Ouest', 'La Voix du Nord', 'L’Union'];

/** Invented outlets whose names share words with a known outlet's: the expected outlet is the name as written. */
const LOOK_ALIKES = {
  ontario: ['La Presse du Nipissing', 'Le Journal de Kapuskasing'],
  geneva: ['Le Courrier des Actionnaires', 'Tribune de l’Horlogerie'],
  cycling: ['La Voix du Peloton', 'L’Équipe Cyclotouriste'],
  mayotte: ['Le Quotidien des Comores'],
  dublin: ['The Guardian of the West', 'Le Monde Celtique'],
  farm: ['La France Motocultrice', 'Le Télégramme des Champs', 'Sud Ouest Motoculture'],
} as const;
const LOOK_ALIKE_NAMES: ReadonlySet<string> = new Set(Object.values(LOOK_ALIKES).flat());

/** Francophone names as a translation engine renders them word for word in English. */
const AS_ENGLISH: Record<string, readonly string[]> = {
  'L’Humanité': ['Humanity', 'The Humanity'],
  'Dernières Nouvelles d’Alsace': ['Latest News of Alsace', 'The Last News from Alsace'],
  'Le Bien public': ['The Public Good', 'Public Good'],
  'Le Matin Dimanche': ['The Sunday Morning', 'Morning Sunday'],
  'L’Acadie Nouvelle': ['New Acadia', 'The Acadia New'],
  'Fraternité Matin': ['Fraternity Morning', 'Morning Fraternity'],
  'Jeune Afrique': ['Young Africa'],
  'L’Orient-Le Jour': ['The Orient-The Day', 'The East-The Day'],
  'Le Quotidien d’Oran': ['The Daily of Oran', 'The Oran Daily'],
  'Le Point': ['The Point'],
  'Le Monde diplomatique': ['The Diplomatic World', 'Diplomatic World'],
  'Valeurs actuelles': ['Current Values', 'Present Values'],
  'La Provence': ['The Provence'],
  'L’Yonne républicaine': ['The Republican Yonne', 'Yonne Republican'],
  'Le Maine libre': ['The Free Maine', 'Free Maine'],
  'La Charente libre': ['The Free Charente', 'Charente Free'],
  'Le Populaire du Centre': ['The Popular of the Centre', 'The Centre Popular'],
};
/** English-language names as a translation engine garbles them word for word in French. */
const AS_FRENCH: Record<string, readonly string[]> = {
  'Toronto Star': ['L’Étoile de Toronto', 'Étoile de Toronto'],
  'Ottawa Citizen': ['Le Citoyen d’Ottawa', 'Citoyen d’Ottawa'],
  'National Post': ['La Poste nationale', 'Poste Nationale'],
  'The Sudbury Star': ['L’Étoile de Sudbury'],
  'Associated Press': ['Presse associée', 'La Presse Associée'],
  'Financial Post': ['La Poste financière', 'Poste Financière'],
  'Bloomberg Businessweek': ['Semaine d’affaires Bloomberg', 'La Semaine des affaires de Bloomberg'],
  'Business Insider': ['L’Initié des affaires', 'Initié aux affaires'],
  'Harvard Business Review': ['La Revue d’affaires de Harvard', 'Revue des affaires de Harvard'],
  'The Straits Times': ['Les Temps du Détroit', 'Le Temps des Détroits'],
  'South China Morning Post': ['La Poste du matin de la Chine du Sud', 'Poste du Matin de Chine méridionale'],
};

/** Web hosts the Kinshasa portal points to. */
const HOSTS_V14: Record<string, string> = {
  'Jeune Afrique': 'www.jeuneafrique.com', 'RFI': 'www.rfi.fr', 'France 24': 'www.france24.com', 'Le Soir': 'www.lesoir.be',
  'La Libre Belgique': 'www.lalibre.be', 'RTBF': 'www.rtbf.be', '7sur7': 'www.7sur7.be', 'L’Avenir': 'www.lavenir.net',
  'Le Monde': 'www.lemonde.fr', 'Libération': 'www.liberation.fr', 'La Croix': 'www.la-croix.com', 'Le Figaro': 'www.lefigaro.fr',
  'Le Point': 'www.lepoint.fr', 'Mediapart': 'www.mediapart.fr', 'Le Devoir': 'www.ledevoir.com', 'La Presse': 'www.lapresse.ca',
  'Le Temps': 'www.letemps.ch', 'Ouest-France': 'www.ouest-france.fr', 'L’Équipe': 'www.lequipe.fr', 'Sud Ouest': 'www.sudouest.fr',
};

type Into = SiteV2['translate'];

/** The credit as `into`'s site prints it: one word-for-word rendering (with the site's share) when there is one. */
function shownAs(d: Dice, canonical: string, into: Into, lookalike: boolean): Credit {
  const table = into?.into === 'en' ? AS_ENGLISH : into?.into === 'fr' ? AS_FRENCH : {};
  const forms = table[canonical];
  const translated = forms !== undefined && d.chance(into!.share);
  return { shown: translated ? d.pick(forms) : canonical, canonical, translated, lookalike };
}

/** The item whose weight band holds one draw; undefined past the last band. */
function weighted<T>(d: Dice, bands: readonly (readonly [T, number])[]): T | undefined {
  let r = d.next();
  for (const [item, weight] of bands) {
    if (r < weight) return item;
    r -= weight;
  }
  return undefined;
}

/** Credits of an article first published on a site: a weighted draw of outlet lists; the rest credits nobody. */
function creditPolicy(bands: readonly (readonly [readonly string[], number])[], into?: Into): (d: Dice) => Credit | null {
  return (d) => {
    const names = weighted(d, bands);
    if (!names) return null;
    const canonical = d.pick(names);
    return shownAs(d, canonical, into, LOOK_ALIKE_NAMES.has(canonical));
  };
}

// ——— Template helpers ———

const yearOf = (p: Page): string => fmtFr(p.s.date, 'yyyy');
/** Republishers show the original writer's name only beside the credit. */
const creditedByline = (p: Page, date: Shown['date']): Shown => ({ author: p.s.credit !== null, date });
/** The original's address on its outlet's site, in one of a few path shapes. */
function addressOf(p: Page): string {
  const { d, s } = p;
  const host = HOSTS_V14[s.credit!.canonical]!;
  const words = slug(s.src.title);
  return d.pick([
    `https://${host}/${d.pick(['afrique', 'monde', 'international', 'europe'])}/${fmtFr(s.date, 'yyyyMMdd')}-${words}`,
    `https://${host}/article/${words}-${d.int(10_000, 99_999)}.html`,
    `https://${host}/${fmtFr(s.date, 'yyyy-MM-dd')}/${words}`,
  ]);
}

// ——— The twelve sites ———

export const SITES_V14: readonly SiteV2[] = [
  {
    id: 'mulhouse-pure',
    name: 'Dreyeckland Actu',
    lang: 'fr',
    originals: 15,
    attribution: 'own',
    chromeOnlyPage: true,
    render(p) {
      const { d, s } = p;
      p.chrome('DREYECKLAND ACTU', 'Mulhouse · Colmar · Saint-Louis · Sundgau · Thur-Doller', 'S’abonner dès 1 € le premier mois').blank();
      p.chrome(`Accueil / ${d.pick(['Mulhouse', 'Sundgau', 'Trois-Frontières'])} / ${d.pick(['Actualité', 'Mobilisations', 'Vie quotidienne'])}`);
      p.title((t) => (d.chance(0.4) ? `${t} | Dreyeckland Actu` : t)).blank();
      p.meta(`Un article de ${s.author}`, fmtFr(s.date, "d MMM yyyy 'à' HH'h'mm")).blank();
      p.body({ [p.mid()]: ['À lire également', ...p.related(2)] });
      p.chrome('👍 J’aime', '💬 Commenter', '↗ Partager').blank();
      p.chrome(
        'Dreyeckland Actu est un média en ligne indépendant, sans actionnaire industriel ni subvention publique. Son équipe de cinq journalistes couvre chaque jour le sud de l’Alsace, de la Thur au Rhin. Pour garantir cette liberté, nous comptons sur nos abonnés : chaque abonnement compte.',
      ).blank();
      p.chrome(`Copyright © ${yearOf(p)} Dreyeckland Actu SAS, Mulhouse. Reproduction interdite sans autorisation écrite.`, 'Plan du site – CGU – Données personnelles');
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'sudbury-weekly',
    name: 'L’Écho du Nickel',
    lang: 'fr',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.7 },
    draw: creditPolicy([[ONTARIO_QUEBEC, 0.45], [ONTARIO_EN, 0.25], [LOOK_ALIKES.ontario, 0.12], [['Le Monde', 'Le Figaro'], 0.05]], { into: 'fr', share: 0.7 }),
    render(p) {
      const { d, s } = p;
      p.chrome('L’ÉCHO DU NICKEL', 'L’hebdo francophone du Grand Sudbury, de Chelmsford à Hanmer', 'Actualités | Francophonie | Éducation | Arts | Sports | Nécrologie').blank();
      p.title().blank();
      p.meta(fmtFr(s.date, 'yyyy/MM/dd'));
      p.credit([
        (o) => `Cet article a d’abord paru dans ${o}. Nous le reproduisons avec son aimable permission.`,
        (o) => `Article partagé par ${o} dans le cadre de l’Initiative de journalisme local.`,
        (o) => `Crédit : ${o}`,
        (o) => `Une nouvelle ${de(o)}, reprise par L’Écho du Nickel.`,
      ]);
      if (s.credit) p.meta(`Reportage de ${s.author}`);
      p.blank();
      p.body({ [p.mid()]: ['PUBLICITÉ'] });
      p.chrome(
        'L’Écho du Nickel est distribué gratuitement chaque jeudi dans plus de 200 points de dépôt. Sa publication est rendue possible grâce à nos annonceurs et au soutien du gouvernement du Canada. Pour recevoir l’édition numérique, inscrivez-vous à notre infolettre hebdomadaire.',
      ).blank();
      p.chrome(`Commentaires (${d.int(0, 19)})`, 'Les commentaires sont modérés avant publication.').blank();
      p.chrome(`Tous droits réservés ${yearOf(p)} – Les Publications du Moulin à fleur inc.`);
      return creditedByline(p, 'day');
    },
  },
  {
    id: 'geneva-business',
    name: 'Léman Finance Hebdo',
    lang: 'fr',
    originals: 16,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.8 },
    draw: creditPolicy([[EN_BUSINESS, 0.48], [SWISS_BUSINESS, 0.24], [LOOK_ALIKES.geneva, 0.12]], { into: 'fr', share: 0.8 }),
    render(p) {
      const { d, s } = p;
      p.chrome('LÉMAN FINANCE HEBDO', 'Banque · Négoce · Horlogerie · Immobilier · Marchés', `SMI ${d.int(8500, 9400)},${d.int(10, 99)} ${d.pick(['▲', '▼'])} | EUR/CHF 1,1${d.int(10, 99)}`).blank();
      p.title().blank();
      p.meta(fmtFr(s.date, "EEEE dd.MM.yyyy '–' HH:mm"));
      p.credit([
        (o) => `Article ${de(o)}, adapté par notre rédaction.`,
        (o) => `Copyright ${o} – diffusé avec autorisation.`,
        (o) => `Paru initialement dans les colonnes ${de(o)}.`,
        (o) => `Léman Finance Hebdo relaie ici une analyse publiée par ${o}.`,
      ]);
      if (s.credit) p.meta(`Signé : ${s.author}`);
      p.blank();
      p.body({ [p.mid()]: ['Contenu sponsorisé – Votre fortune mérite un gérant indépendant'] });
      p.chrome(
        'Vous avez atteint la limite de trois articles gratuits ce mois-ci. Abonnez-vous pour CHF 24.– par mois et accédez sans restriction à nos analyses, à notre lettre matinale des marchés et aux archives depuis 1998. Entreprises : demandez notre offre multi-postes.',
      ).blank();
      p.chrome('Imprimer', 'Envoyer par e-mail', 'Ajouter à ma sélection').blank();
      p.chrome(`© ${yearOf(p)} Léman Finance Hebdo – Éditions Quai du Mont-Blanc SA, Genève`);
      return creditedByline(p, 'full');
    },
  },
  {
    id: 'noumea-radio',
    name: 'Radio Cagou',
    lang: 'fr',
    originals: 14,
    attribution: 'own',
    render(p) {
      const { d, s } = p;
      p.chrome('RADIO CAGOU 98.5 FM', 'La radio de tout le Caillou, de Nouméa aux îles Loyauté', '► Direct | Podcasts | Infos trafic | Dédicaces').blank();
      p.title((t) => (d.chance(0.3) ? `[AUDIO] ${t}` : t)).blank();
      p.meta(`Diffusé le ${fmtFr(s.date, 'EEEE d MMMM yyyy')}`, `Un sujet de ${s.author}`).blank();
      p.body({ [p.mid()]: [`Écouter le reportage (${d.int(1, 5)}’${d.int(10, 59)})`] });
      p.chrome('Réagissez au 05 98 98 ou sur notre page Facebook').blank();
      p.chrome(
        'Radio Cagou est une radio associative de catégorie B, autorisée par l’Arcom. Elle vit de ses auditeurs, de ses bénévoles et de ses partenaires. Pour devenir membre de l’association et soutenir une information locale libre, rendez-vous à notre studio de la Vallée-des-Colons.',
      ).blank();
      p.chrome(`Radio Cagou – tous droits réservés – ${yearOf(p)}`, 'Oleti, merci de nous écouter !');
      return { author: true, date: 'day' };
    },
  },
  {
    id: 'kinshasa-portal',
    name: 'Kin Actu Plus',
    lang: 'fr',
    originals: 17,
    attribution: 'url-host',
    chromeOnlyPage: true,
    draw: creditPolicy([[KINSHASA_PICKS, 0.85]]),
    render(p) {
      const { d, s } = p;
      p.chrome('KIN ACTU PLUS', 'L’actualité de Kinshasa, de la RDC et du monde', 'RDC | Afrique | Monde | Économie | Sport | Culture').blank();
      p.title().blank();
      p.meta(fmtFr(s.date, "'Kinshasa, le' d MMMM yyyy '-' HH'h'mm"));
      if (s.credit) {
        const address = addressOf(p);
        p.meta(d.pick([`Lu sur ${address}`, `L’intégralité de l’article est à lire ici : ${address}`, `Suite et fin sur le site de notre confrère : ${address}`]));
        p.meta(`Par ${s.author}`);
      }
      p.blank();
      p.body();
      p.chrome(`${d.int(50, 9000)} lectures`, 'Partager : WhatsApp | Facebook | X | Telegram').blank();
      p.chrome(
        'Rejoignez la chaîne WhatsApp de Kin Actu Plus pour recevoir gratuitement, chaque matin, les titres de la presse congolaise et internationale. Annonceurs : contactez notre régie pour vos campagnes à Kinshasa, Lubumbashi, Goma et dans toute la diaspora.',
      ).blank();
      p.chrome(`Kin Actu Plus ${yearOf(p)} ©. Tous droits réservés. Avenue du Commerce, Gombe, Kinshasa.`);
      return creditedByline(p, 'full');
    },
  },
  {
    id: 'cycling-weekly',
    name: 'Le Braquet',
    lang: 'fr',
    originals: 16,
    attribution: 'source-line',
    draw: creditPolicy([[CYCLING, 0.6], [LOOK_ALIKES.cycling, 0.12], [['Le Monde', 'Le Parisien'], 0.06]]),
    render(p) {
      const { d, s } = p;
      p.chrome('LE BRAQUET', 'L’hebdo du vélo : route, piste, cyclo-cross, VTT et cyclotourisme', 'Courses | Matériel | Cyclosportives | Résultats | Boutique').blank();
      p.title((t) => (d.chance(0.3) ? `[EXCLU] ${t}` : t)).blank();
      p.meta(fmtFr(s.date, "d/M/yyyy '–' HH:mm")).blank();
      p.body({ [p.mid()]: ['Le Braquet n° ' + d.int(300, 420) + ' est en kiosque : tout sur la saison de cyclo-cross'] });
      if (s.credit) p.meta(d.pick([`Source : ${s.credit.shown}`, `— Source : ${s.credit.shown}`, `Sources : ${s.credit.shown}`, `[Source : ${s.credit.shown}]`]), `Signature originale : ${s.author}`);
      p.blank();
      p.chrome('Vous avez repéré une erreur ? Dites-le-nous').blank();
      p.chrome(
        'Chaque semaine, Le Braquet vous emmène sur toutes les routes : classements complets des épreuves régionales, essais de matériel, conseils d’entraînement et calendrier des cyclosportives. Abonnement 52 numéros : 79 euros, livraison offerte en France métropolitaine.',
      ).blank();
      p.chrome(`Le Braquet – Groupe Roue Libre Éditions – ${yearOf(p)} – Tous droits de reproduction réservés`);
      return creditedByline(p, 'full');
    },
  },
  {
    id: 'mayotte-review',
    name: 'Revue du Lagon',
    lang: 'fr',
    originals: 16,
    attribution: 'title-suffix',
    draw: creditPolicy([[MAYOTTE_SUFFIXES.filter((n) => !LOOK_ALIKE_NAMES.has(n)), 0.72], [LOOK_ALIKES.mayotte, 0.1]]),
    render(p) {
      const { d, s } = p;
      p.chrome('REVUE DU LAGON', 'Mayotte · Comores · Océan Indien · France', 'Toute la presse, chaque matin, en un clic').blank();
      const joiner = d.pick([' - ', ' | ', ' – ', ' :: ']);
      p.title((t) => (s.credit ? `${t}${joiner}${s.credit.shown}` : t)).blank();
      p.meta(`Revue du ${fmtFr(s.date, 'dd/MM/yyyy')}`).blank();
      p.body({ [p.mid()]: ['Les autres titres du jour', ...p.related(2)] });
      p.chrome('Partager', 'Copier le lien').blank();
      p.chrome(
        'La Revue du Lagon rassemble chaque matin les articles de la presse locale, régionale et nationale utiles aux Mahorais. Le nom du journal d’origine est rappelé après chaque titre ; les textes restent la propriété de leurs auteurs et de leurs éditeurs respectifs.',
      );
      p.chrome(`Revue du Lagon © ${yearOf(p)} – Mamoudzou`);
      return { author: false, date: 'day' };
    },
  },
  {
    id: 'union-newsletter',
    name: 'Le Fil des Territoriaux',
    lang: 'fr',
    originals: 13,
    attribution: 'none',
    chromeOnlyPage: true,
    render(p) {
      const { d, s } = p;
      p.chrome('LE FIL DES TERRITORIAUX', 'Bulletin d’information de l’Union syndicale des agents territoriaux de la Sarthe', `Lettre n° ${d.int(150, 260)}`).blank();
      p.chrome('Revue de presse de la semaine');
      p.title().blank();
      p.meta(`Diffusée le ${fmtFr(s.date, 'd MMMM yyyy')}`).blank();
      p.body();
      p.chrome(
        'Vous recevez ce bulletin parce que vous êtes adhérent ou sympathisant de notre union. Les articles reproduits ici le sont à titre d’information syndicale et n’engagent pas le bureau. Pour vous désinscrire, répondez à ce message avec « STOP » en objet.',
      ).blank();
      p.chrome('Permanences : mardi et jeudi de 14 h à 17 h, Maison des syndicats, Le Mans', 'Solidairement, le bureau départemental');
      return { author: false, date: 'day' };
    },
  },
  {
    id: 'dublin-daily',
    name: 'The Liffey Herald',
    lang: 'en',
    originals: 17,
    attribution: 'credit',
    translate: { into: 'en', share: 0.8 },
    draw: creditPolicy([[DUBLIN_PICKS, 0.66], [LOOK_ALIKES.dublin, 0.12]], { into: 'en', share: 0.8 }),
    render(p) {
      const { d, s } = p;
      p.chrome('THE LIFFEY HERALD', 'Ireland’s independent voice', 'News | Business | Sport | Europe | Opinion | Lifestyle | Puzzles', 'Europe › France').blank();
      p.title().blank();
      p.meta(fmtEn(s.date, 'EEEE d MMMM yyyy'));
      p.credit([
        (o) => `This article was first published by ${o} and appears here under a content-sharing agreement.`,
        (o) => `Courtesy of ${o}.`,
        (o) => `First appeared in ${o}; translated by our foreign desk.`,
        (o) => `© ${o}. Used with permission.`,
      ]);
      if (s.credit) p.meta(`By ${s.author}`);
      p.blank();
      p.body({ [p.mid()]: ['Advertisement'] });
      p.chrome('Most read', ...p.related(2)).blank();
      p.chrome(
        'Subscribe to The Liffey Herald for €1 for your first three months and enjoy unlimited access to our website and app, the digital edition of the paper, exclusive newsletters and our archive going back to 1922. Offer ends soon; terms and conditions apply.',
      ).blank();
      p.chrome(`Have your say: ${d.int(0, 95)} comments`, 'Sign in to comment').blank();
      p.chrome(`The Liffey Herald DAC © ${yearOf(p)}. Registered in Ireland.`);
      return creditedByline(p, 'day');
    },
  },
  {
    id: 'cologne-english',
    name: 'The Cologne Correspondent',
    lang: 'en',
    originals: 16,
    attribution: 'credit',
    translate: { into: 'en', share: 0.7 },
    draw: creditPolicy([[COLOGNE_PICKS, 0.8]], { into: 'en', share: 0.7 }),
    render(p) {
      const { d, s } = p;
      p.chrome('The Cologne Correspondent', 'English-language news from Germany and its neighbours', 'Germany | France | Benelux | EU | Business | Culture').blank();
      p.title((t) => (d.chance(0.35) ? `${t} - The Cologne Correspondent` : t)).blank();
      p.meta(fmtEn(s.date, "d MMMM yyyy 'at' h.mmaaa"));
      p.credit([
        (o) => `Translated from the French original in ${o}.`,
        (o) => `Our translation of a report by ${o}.`,
        (o) => `This report is republished from ${o} under licence.`,
        (o) => `Original article: ${o}`,
      ]);
      if (s.credit) p.meta(`Reporting by ${s.author}`);
      p.blank();
      p.body({ [p.mid()]: ['Related: our weekly France briefing, every Friday in your inbox'] });
      p.chrome(
        'We value your privacy. We and our 112 vendors use cookies and similar technologies to store and access information on your device, measure audiences and personalise advertising. You can accept, reject, or manage your choices at any time via the link in the footer.',
        'Accept all',
        'Reject all',
        'Manage options',
      ).blank();
      p.chrome(`© ${yearOf(p)} The Cologne Correspondent is published by Rheinufer Medien GmbH, Köln. Impressum · Datenschutz`);
      return creditedByline(p, 'full');
    },
  },
  {
    id: 'monaco-mag',
    name: 'L’Express du Rocher',
    lang: 'fr',
    originals: 14,
    attribution: 'own',
    lookalike: true,
    render(p) {
      const { d, s } = p;
      p.chrome('L’Express du Rocher', 'Le magazine de Monaco et de la Riviera', 'Principauté · Société · Yachting · Gastronomie · Agenda').blank();
      p.title().blank();
      p.meta(fmtFr(s.date, "dd/MM/yyyy '-' HH'h'mm"), `Texte : ${s.author}`).blank();
      p.body({ [p.mid()]: [`Photographies : ${d.pick(PHOTOGRAPHERS_V14)}`] });
      p.chrome('Dans la même rubrique', ...p.related(3)).blank();
      p.chrome(
        'Recevez chaque mois L’Express du Rocher chez vous : douze numéros, deux hors-séries consacrés au Grand Prix et à la saison des yachts, et l’accès illimité à notre site pour 69 euros par an. En Principauté, livraison par porteur le jour de parution.',
      ).blank();
      p.chrome(`L’Express du Rocher © ${yearOf(p)} – Monte-Carlo Presse SAM – Tous droits réservés`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'farm-machinery',
    name: 'Tracto Mag',
    lang: 'fr',
    originals: 15,
    attribution: 'credit',
    chromeOnlyPage: true,
    draw: creditPolicy([[FARM_PRESS, 0.56], [LOOK_ALIKES.farm, 0.2]]),
    render(p) {
      const { d, s } = p;
      p.chrome('TRACTO MAG', 'Le magazine du machinisme agricole et des ETA', 'Tracteurs | Récolte | Travail du sol | Occasions | Essais | Salons').blank();
      p.title().blank();
      p.meta(fmtFr(s.date, "'Le' d MMMM yyyy 'à' HH:mm"));
      p.credit([
        (o) => `Merci à nos amis ${de(o)} de nous laisser reprendre ce reportage.`,
        (o) => `Extrait ${de(o)}.`,
        (o) => `Information parue dans ${o} – reprise par Tracto Mag.`,
        (o) => `D’après un article ${de(o)}.`,
      ]);
      if (s.credit) p.meta(`Auteur : ${s.author}`);
      p.blank();
      p.body({ [p.mid()]: [`Annonce – ${d.pick(['Tracteur 140 ch, 3 200 h, état impeccable', 'Moissonneuse-batteuse 6 secoueurs, révisée', 'Semoir combiné 4 m, faible surface'])}`] });
      p.chrome(`${d.int(2, 40)} agriculteurs ont réagi`, 'Donnez votre avis').blank();
      p.chrome(
        'Tracto Mag, c’est 10 numéros par an, des essais comparatifs de tracteurs, d’automoteurs et d’outils, la cote de l’occasion et un annuaire des concessionnaires. Profitez de l’offre découverte : 3 numéros pour 9,90 euros, sans engagement.',
      ).blank();
      p.chrome(`Tracto Mag, ${yearOf(p)}. Édité par Les Éditions du Sillon SARL. Tous droits réservés.`);
      return creditedByline(p, 'full');
    },
  },
];

const JUNK_V14: readonly { name: string; bytes: Uint8Array }[] = [
  { name: 'bom-only', bytes: Buffer.from([0xef, 0xbb, 0xbf]) },
  { name: 'utf16-bom-only', bytes: Buffer.from([0xff, 0xfe]) },
  { name: 'jpeg', bytes: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]) },
  { name: 'zip', bytes: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]) },
  { name: 'meta-refresh', bytes: Buffer.from('<html><head><meta http-equiv="refresh" content="0; url=https://www.example.net/"></head><body></body></html>\n', 'utf8') },
  { name: 'js-check', bytes: Buffer.from('Vérification de votre navigateur en cours…\nVeuillez activer JavaScript et les cookies pour continuer.\nRay ID : 4f2a9c1e\n', 'utf8') },
  { name: 'sitemap', bytes: Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://www.example.net/</loc></url></urlset>\n', 'utf8') },
  { name: 'csv', bytes: Buffer.from('id;rubrique;date;vues\n1;actu;2019-01-10;412\n2;sport;2019-01-10;87\n', 'utf8') },
  { name: 'rules', bytes: Buffer.from('----------\n==========\n__________\n', 'utf8') },
];

// ——— Generation ———

/** Whether `host` can name `canonical` its way: a link needs a known host, a suffix a name it prints, own and silent sites name nobody. */
function canName(host: SiteV2, canonical: string): boolean {
  switch (host.attribution) {
    case 'own':
    case 'none':
      return false;
    case 'url-host':
      return canonical in HOSTS_V14;
    case 'title-suffix':
      return MAYOTTE_SUFFIXES.includes(canonical);
    default:
      return true;
  }
}

/** The story as `host` republishes it: the first site's credit (or its own name) where the host can show it; maybe headless or trimmed. */
function republished(d: Dice, story: Story, first: SiteV2, host: SiteV2, others: string[]): Story {
  const origin = story.credit ?? (first.attribution === 'own' ? { canonical: first.name, lookalike: first.lookalike === true } : null);
  const keepsLast = story.src.body.length <= 3 || !d.chance(TRIMMED);
  return {
    ...story,
    body: keepsLast ? story.src.body : story.src.body.slice(0, -1),
    // The press review's evidence is its headline's suffix: its copies always show one.
    headline: host.attribution === 'title-suffix' || !d.chance(HEADLESS_V14),
    credit: origin !== null && canName(host, origin.canonical) ? shownAs(d, origin.canonical, host.translate, origin.lookalike) : null,
    others,
  };
}

/**
 * Builds the v14 set from clean sources (deterministic for a seed): every site's originals, copies on up to
 * three other sites, bare files, chrome-only pages and junk, shuffled, each file in one of several encodings
 * and named by content.
 */
export function generateUnseenV14(pool: readonly UnseenSource[], seed: number = FROZEN_SEED_V14): { files: UnseenFile[]; manifest: UnseenEntry[] } {
  const d = new Dice(makeRng(seed));
  const wanted = SITES_V14.reduce((n, s) => n + s.originals, 0) + BARE_V14;
  if (pool.length < wanted) throw new Error(`unseen sites v14: ${wanted} clean articles needed, the pool has ${pool.length}`);
  const drawn = d.sample(pool, wanted);
  const titles = drawn.map((s) => s.title);
  const othersThan = (src: UnseenSource): string[] => d.sample(titles.filter((t) => t !== src.title), 6);
  const when = (): TZDate => {
    const day = new Date(PERIOD_START + d.int(0, PERIOD_DAYS - 1) * 86_400_000);
    return new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), d.int(6, 22), d.int(0, 59), 0, PARIS_TZ);
  };
  const made: MadePage[] = [];
  let next = 0;
  for (const site of SITES_V14) {
    for (const src of drawn.slice(next, (next += site.originals))) {
      const story: Story = { src, body: src.body, author: d.pick(REPORTERS), date: when(), headline: true, credit: site.draw?.(d) ?? null, others: othersThan(src) };
      made.push(page(site, story, d, false));
      const hosts = d.sample(SITES_V14.filter((h) => h !== site), weighted(d, COPIES) ?? 0);
      made.push(...hosts.map((host) => page(host, republished(d, story, site, host, othersThan(src)), d, false)));
    }
    if (site.chromeOnlyPage) {
      const src = drawn[drawn.length - 1]!;
      made.push(page(site, { src, body: [], author: d.pick(REPORTERS), date: when(), headline: false, credit: null, others: othersThan(src) }, d, true));
    }
  }
  made.push(...drawn.slice(next).map((src) => creditsNobody(bareFile(src))));
  made.push(...JUNK_V14.map((j) => creditsNobody(junkFile(j))));
  return packFiles(d, made, ENCODINGS_V14, 'v14-');
}

/** Heading of the v14 table and JSON. */
export const V14_HEADING = 'UNSEEN SITES v14 (frozen 2026-11-30, development data since 18:38: its misses were read)';

/** Generates v14, runs the real ingest on it and prints its figures (without the DEV simulation). */
export const runUnseenEvalV14 = unseenSetRunner(V14_HEADING, generateUnseenV14);

generatorCli(import.meta.url, 'unseen sites v14', generateUnseenV14, FROZEN_SEED_V14);
