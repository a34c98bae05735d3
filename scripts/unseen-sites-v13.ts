/**
 * Generates the FROZEN unseen-sites v13 evaluation set (issue 8): twelve more ordinary news sites, of kinds and places no earlier set had.
 *
 * DEVELOPMENT DATA since 2026-11-30 18:01 (its misses were read after its one frozen scoring, bench/unseen-sites-v13.json);
 * the frozen set is now scripts/unseen-sites-v14.ts.
 *
 * FROZEN on 2026-11-30 (v13), at 18:00, when v12 (scripts/unseen-sites-v12.ts) became development data because
 * its misses were read. Written without reading the ingest rules (src/ingest/), the word lists (src/data/) or the
 * scorer beyond its types; of the earlier sets only the shared scaffolding (scripts/unseen-sites.ts), v11's and
 * v12's generators (for the format) and the site lists in the headers of v3–v10 (to pick other kinds and places)
 * were read. The sites, outlets, credit wordings, translations, title decorations (a "VIDÉO –" prefix, a short
 * brand suffix), date formats and chrome here are new. Nobody tunes rules against it: do not read its misses
 * while changing rules (`--show` stays 0), do not edit its templates, wordings or seed to move a score. When a
 * case fails, fix the general cause, then freeze a v14 and call this one development data.
 *
 * `npm run eval:unseen` scores v1 to v12 then this set (`npm run eval:unseen:v13`, or `npm run eval -- --unseen
 * --unseen-set v13`, for this one only); `npx tsx scripts/unseen-sites-v13.ts --out DIR` only writes the folder
 * and its manifest (the v1 format, with v2's `outletEvidence`).
 *
 * The twelve sites: a Lannion weekly (its own correspondents), a Saint-Étienne pure player reprinting regional
 * dailies and look-alike titles, an Acadian community radio in New Brunswick pointing to the original's address,
 * a northern Vaud regional television ending reprints with a source line (some headlines prefixed "VIDÉO"), a
 * Mauritian daily (its own reporters, datelined days), a Tahiti weekly whose own name begins like a Toulouse
 * daily's (a look-alike), a Guadeloupe press-review site keeping the original's title suffix, a Hesbaye farming
 * weekly crediting Belgian papers and look-alike titles (its legal notice names a responsible editor), a
 * pharmacy trade weekly crediting French papers and medical journals garbled into French, a university's press
 * review crediting nobody, a Winnipeg English-language daily translating francophone papers' names into English
 * word for word, and a cultural magazine translating English-language magazines' names into French. Article
 * text is read AT RUN TIME from ../shared/corpus/gilets-jaunes (v1's clean pool, drawn with another seed): no
 * corpus text is stored here.
 *
 * Expected outlet: v2's convention (who published the article first, as the file credits it), recorded per
 * file in `outletEvidence`: machine-translated names of real outlets expect the canonical name, look-alike names
 * are kept as written, the site's own name is the outlet only where it shows its masthead and its own staff's
 * byline, the republisher is the site's name whenever the file credits another outlet, and null when nothing
 * credits one. Republishing sites show a byline only beside a credit. Every date and time shown is Paris time
 * (winter 2018-19, so always UTC+1), even on overseas sites (which show the day only).
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

/** Seed of the v13 set (not the seed of any earlier set). */
export const FROZEN_SEED_V13 = 20261130_13;
/** Clean articles left bare (title and body only). */
const BARE_V13 = 10;
/** How many other sites take an original: [copies, probability] (most local stories stay home). */
const SPREAD: readonly (readonly [number, number])[] = [[0, 0.6], [1, 0.29], [2, 0.09], [3, 0.02]];
/** Share of copies whose scrape missed the headline line. */
const HEADLESS_V13 = 0.3;
/** Share of copies (of 4+ paragraphs) that stop before the closing paragraph. */
const SHORTENED = 0.22;
/** The period: from 3 December 2018, for 95 days (all in Paris winter time, UTC+1). */
const FIRST_DAY = Date.UTC(2018, 11, 3);
const DAYS = 95;
const PARIS = 'Europe/Paris';
/** UTF-8 most often; BOM, Windows-1252, UTF-16 and CRLF line ends too. */
const ENCODINGS_V13: readonly Encoding[] = ['utf-8', 'utf-8-crlf', 'utf-8', 'cp1252', 'utf-8-bom', 'utf-8', 'cp1252-crlf', 'utf-16le-bom', 'utf-8', 'cp1252'];

// ——— People ———

const WRITERS = [
  'Erwan Le Goff', 'Soazig Le Bras', 'Florian Chambon', 'Manon Vial', 'Thibault Reymond', 'Célia Perrenoud', 'Vikash Ramdin',
  'Anne-Laure Koenig', 'Hinano Teriierooiterai', 'Murielle Lollia', 'Jérôme Dethier', 'Agathe Lemoine', 'Rémi Castagné',
  'Brigitte Arsenault', 'Colin MacAskill', 'Inès Bouchareb',
];
const CAMERA_CREW = ['Yann Ollivier', 'Noé Jaquier', 'Tehei Bambridge', 'Sandrine Mérion'];

// ——— Outlets ———

const FR_REGIONAL = ['Le Progrès', 'Midi Libre', 'Le Républicain Lorrain', 'Le Dauphiné libéré', 'Le Berry républicain', 'Ouest-France'];
const FR_NATIONAL = ['Le Monde', 'Le Figaro', 'Libération', 'Le Point', 'Le Parisien', 'Le Canard enchaîné'];
const QUEBEC = ['La Presse', 'Le Devoir', 'Le Soleil', 'Le Droit', 'Le Nouvelliste', 'Le Quotidien'];
const ROMANDIE = ['Le Temps', 'Tribune de Genève', '24 heures', 'La Liberté', 'Le Nouvelliste', 'Le Quotidien Jurassien', 'Arcinfo'];
const BELGIUM = ['Le Soir', 'La Libre Belgique', 'La DH', 'RTBF', 'Le Vif'];
const HEALTH_FR = ['Le Quotidien du Médecin', 'Le Figaro', 'Le Parisien', 'Les Échos', 'La Tribune', 'Ouest-France'];
const HEALTH_EN = ['The Lancet', 'Scientific American', 'The New England Journal of Medicine', 'Reuters'];
const MAGAZINES_EN = ['Rolling Stone', 'The New Yorker', 'Variety', 'The Hollywood Reporter', 'The Atlantic', 'The Spectator', 'Daily Mail'];
const MAGAZINES_FR = ['Télérama', 'Les Inrockuptibles', 'Le Point'];

/** Other outlets whose names begin like a known one's: the expected outlet is the name as written. */
const LOOKALIKE_NAMES = {
  loire: ['Le Figaro Vinicole', 'Le Point Bourbonnais', 'Le Progrès de Fécamp'],
  farm: ['L’Avenir du Condroz', 'Le Soir Paysan', 'La Libre Agriculture'],
  pharmacy: ['Les Échos de la Pharmacie', 'La Tribune des Pharmaciens'],
  vaud: ['La Liberté Syndicale'],
  prairies: ['Le Journal de Chambly', 'Le Point Bourbonnais'],
  english: ['The Times Literary Supplement', 'The Washington Blade', 'The Boston Review'],
} as const;
const LOOKALIKE_SET: ReadonlySet<string> = new Set(Object.values(LOOKALIKE_NAMES).flat());

/** Word-for-word English renderings of francophone names (as a translation engine prints them). */
const INTO_ENGLISH: Record<string, readonly string[]> = {
  'Midi Libre': ['Free Midi', 'The Free Midi', 'Midi Free'],
  'Le Républicain Lorrain': ['The Republican Lorrain', 'The Lorraine Republican'],
  'Le Dauphiné libéré': ['The Liberated Dauphiné', 'The Freed Dauphine'],
  'Le Canard enchaîné': ['The Chained Duck', 'The Duck in Chains'],
  'Le Berry républicain': ['The Republican Berry', 'Berry Republican'],
  'Le Quotidien du Médecin': ['The Daily of the Doctor', 'The Doctor’s Daily'],
  'Le Nouvelliste': ['The Novelist'],
  'Le Droit': ['The Right', 'The Law'],
  'La Liberté': ['Freedom', 'The Liberty'],
  'Le Quotidien Jurassien': ['The Jura Daily', 'The Jurassic Daily'],
  'Le Vif': ['The Lively', 'The Quick'],
  'Le Progrès': ['The Progress', 'Progress'],
};
/** Word-for-word French renderings of English-language names. */
const INTO_FRENCH: Record<string, readonly string[]> = {
  'Rolling Stone': ['Pierre qui roule', 'La Pierre qui roule'],
  'The New Yorker': ['Le New-Yorkais', 'Le Newyorkais'],
  'Variety': ['Variété', 'La Variété'],
  'The Hollywood Reporter': ['Le Reporter d’Hollywood', 'Le Journaliste hollywoodien'],
  'The Atlantic': ['L’Atlantique'],
  'The Spectator': ['Le Spectateur'],
  'Daily Mail': ['Le Courrier quotidien', 'Courrier Quotidien'],
  'The Lancet': ['La Lancette'],
  'Scientific American': ['Américain scientifique', 'L’Américain scientifique'],
  'The New England Journal of Medicine': ['Le Journal de médecine de la Nouvelle-Angleterre', 'Le Nouveau Journal de médecine d’Angleterre'],
};

/** Web hosts the community radio can point to. */
const ADDRESSES: Record<string, string> = {
  'La Presse': 'www.lapresse.ca', 'Le Devoir': 'www.ledevoir.com', 'Le Soleil': 'www.lesoleil.com', 'Le Droit': 'www.ledroit.com',
  'Le Nouvelliste': 'www.lenouvelliste.ca', 'Le Quotidien': 'www.lequotidien.com', 'Le Monde': 'www.lemonde.fr', 'Le Figaro': 'www.lefigaro.fr',
  'Le Point': 'www.lepoint.fr', 'Midi Libre': 'www.midilibre.fr', 'Le Progrès': 'www.leprogres.fr', 'Le Dauphiné libéré': 'www.ledauphine.com',
  'Le Républicain Lorrain': 'www.republicain-lorrain.fr', 'Libération': 'www.liberation.fr', 'Le Parisien': 'www.leparisien.fr',
  'Ouest-France': 'www.ouest-france.fr', 'Tribune de Genève': 'www.tdg.ch', '24 heures': 'www.24heures.ch', 'Le Temps': 'www.letemps.ch',
  'La Liberté': 'www.laliberte.ch', 'Le Soir': 'www.lesoir.be', 'La Libre Belgique': 'www.lalibre.be',
};
/** Names the press-review site prints after a headline. */
const SUFFIXES = ['Le Monde', 'Le Figaro', 'Libération', 'Le Parisien', 'Le Point', 'Midi Libre', 'Ouest-France', 'Le Progrès', 'France-Antilles', 'Le Point Bourbonnais', 'La Dépêche des Îles'];

type Translation = SiteV2['translate'];

/** `canonical` as a site prints it: word for word in the site's language (with its share) when a rendering exists. */
function printed(d: Dice, canonical: string, into: Translation, lookalike = LOOKALIKE_SET.has(canonical)): Credit {
  const renderings = into ? (into.into === 'en' ? INTO_ENGLISH : INTO_FRENCH)[canonical] : undefined;
  if (renderings && d.chance(into!.share)) return { shown: d.pick(renderings), canonical, translated: true, lookalike };
  return { shown: canonical, canonical, translated: false, lookalike };
}

/** Draws an original's credited outlet from weighted pools; what the weights leave credits nobody. */
function credits(pools: readonly (readonly [readonly string[], number])[], into?: Translation): (d: Dice) => Credit | null {
  return (d) => {
    const r = d.next();
    let edge = 0;
    const hit = pools.find(([, weight]) => r < (edge += weight));
    return hit ? printed(d, d.pick(hit[0]), into) : null;
  };
}

// ——— Template helpers ———

const yyyy = (p: Page): string => fmtFr(p.s.date, 'yyyy');
/** A republishing site shows the original's byline only beside its credit. */
const bylineIfCredited = (p: Page, date: Shown['date']): Shown => ({ author: p.s.credit !== null, date });
/** French day of the month, "1er" for the first. */
const dayOfMonth = (p: Page): string => (p.s.date.getDate() === 1 ? '1er' : String(p.s.date.getDate()));
/** Associated Press month style: "Jan.", "Feb.", "March"… */
const AP_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const apDate = (p: Page): string => `${AP_MONTHS[p.s.date.getMonth()]} ${p.s.date.getDate()}, ${yyyy(p)}`;
/** The original's address on its outlet's site. */
const originalAddress = (p: Page): string =>
  `https://${ADDRESSES[p.s.credit!.canonical]}/${p.d.pick(['actualites', 'societe', 'international', 'politique'])}/${fmtFr(p.s.date, 'yyyy/MM/dd')}/${slug(p.s.src.title)}-${p.d.int(100_000, 999_999)}`;

// ——— The twelve sites ———

export const SITES_V13: readonly SiteV2[] = [
  {
    id: 'lannion-weekly',
    name: 'La Gazette du Trégor',
    lang: 'fr',
    originals: 18,
    attribution: 'own',
    chromeOnlyPage: true,
    render(p) {
      const { d, s } = p;
      p.chrome('LA GAZETTE DU TRÉGOR', 'Lannion · Perros-Guirec · Tréguier · Plestin-les-Grèves · Cavan', 'Votre hebdomadaire en kiosque chaque mercredi').blank();
      p.chrome(`Vous êtes ici : Accueil › ${d.pick(['Société', 'Vie locale', 'Économie'])} › ${d.pick(['Lannion', 'Tréguier', 'Perros-Guirec'])}`);
      p.title((t) => (d.chance(0.35) ? `${t} - La Gazette du Trégor` : t)).blank();
      p.meta(`Par ${s.author}, correspondant`, fmtFr(s.date, "'le' dd/MM/yyyy 'à' HH 'h' mm")).blank();
      p.body({ [p.mid()]: [`Diaporama : ${d.int(4, 18)} photos`] });
      p.chrome('Cet article vous a-t-il été utile ?', 'Oui', 'Non').blank();
      p.chrome(
        'Chaque mercredi soir, notre lettre vous raconte la semaine du Trégor, de la Côte de Granit rose aux monts d’Arrée : fêtes, résultats du foot amateur, carnet et annonces légales. Laissez-nous votre courriel, nous ne le confierons à personne d’autre.',
        'Je m’abonne à la lettre',
      ).blank();
      p.chrome(`La Gazette du Trégor – ${yyyy(p)} – droits de reproduction et de diffusion réservés`, 'Trugarez, merci de votre lecture !');
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'saint-etienne-pure',
    name: 'Stéphanois Direct',
    lang: 'fr',
    originals: 17,
    attribution: 'credit',
    draw: credits([[[...FR_REGIONAL, ...FR_NATIONAL], 0.6], [LOOKALIKE_NAMES.loire, 0.15]]),
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Stéphanois Direct et ses 38 partenaires stockent des informations sur votre terminal, comme des identifiants ou des cookies, pour mesurer la fréquentation, sécuriser le site et afficher des annonces. Vous pouvez retirer votre consentement à tout moment depuis le lien « Vie privée » en bas de page.',
        'J’accepte et je ferme',
        'Continuer sans accepter',
      ).blank();
      p.chrome('STÉPHANOIS DIRECT', 'L’info du Forez, sans détour', 'Saint-Étienne · Firminy · Roanne · Montbrison · Débats · Foot').blank();
      p.title((t) => (d.chance(0.4) ? `${t} | Stéphanois Direct` : t)).blank();
      p.meta(`Publié le ${fmtFr(s.date, 'EEEE d MMMM yyyy')} – ${fmtFr(s.date, 'HH:mm')}`);
      p.credit([
        (o) => `Reproduit avec l’accord ${de(o)}.`,
        (o) => `Texte paru dans ${o} le ${fmtFr(s.date, 'd MMMM')}, que nous remercions.`,
        (o) => `Une publication originale ${de(o)}, partagée ici dans le cadre de notre partenariat éditorial.`,
        (o) => `Stéphanois Direct reprend cet article ${de(o)} avec l’autorisation de son éditeur.`,
      ]);
      if (s.credit) p.meta(`Rédigé par ${s.author}`);
      p.blank();
      p.body({ [p.mid()]: ['Pour aller plus loin', ...p.related(2)] });
      p.chrome(
        'Ici, pas de mur payant : nos articles restent ouverts à toutes et à tous. Mais l’indépendance a un prix. Si chaque lecteur régulier donnait trois euros par mois, nous pourrions embaucher une deuxième journaliste avant l’été. Je donne',
      ).blank();
      p.chrome(`Réactions (${d.int(0, 27)})`, 'Connectez-vous pour réagir').blank();
      p.chrome(`Stéphanois Direct ${yyyy(p)} | Mentions légales | Charte de modération | Nous écrire`);
      return bylineIfCredited(p, 'full');
    },
  },
  {
    id: 'acadian-radio',
    name: 'Radio Acadie-Nord',
    lang: 'fr',
    originals: 14,
    attribution: 'url-host',
    draw: credits([[QUEBEC, 0.6], [['Le Monde', 'Le Figaro', 'Le Point', 'Midi Libre'], 0.15]]),
    render(p) {
      const { d, s } = p;
      p.chrome('RADIO ACADIE-NORD 97,1', 'La radio communautaire de la Péninsule acadienne', '▶ Écouter en direct', 'Nouvelles | Chroniques | Balados | Grille horaire | Concours').blank();
      p.title().blank();
      p.meta(fmtFr(s.date, 'd MMMM yyyy'));
      if (s.credit) {
        p.meta(d.pick([`Lien vers l’article d’origine : ${originalAddress(p)}`, `Pour lire la suite : ${originalAddress(p)}`, `→ ${originalAddress(p)}`]));
        p.meta(`Journaliste : ${s.author}`);
      }
      p.blank();
      p.body();
      p.chrome('Partager sur Facebook · Messenger · Courriel').blank();
      p.chrome(
        'Téléchargez l’appli Radio Acadie-Nord pour écouter nos bulletins de nouvelles à l’heure juste, réécouter vos émissions préférées en baladodiffusion et participer à nos concours, de Caraquet à Shippagan et partout ailleurs au Nouveau-Brunswick.',
      );
      p.chrome(`Coopérative radiophonique Acadie-Nord ltée © ${yyyy(p)} – Tous droits réservés – Politique de confidentialité`);
      return bylineIfCredited(p, 'day');
    },
  },
  {
    id: 'vaud-tv',
    name: 'Canal Nord Vaudois',
    lang: 'fr',
    originals: 15,
    attribution: 'source-line',
    draw: credits([[ROMANDIE, 0.55], [['Le Monde', 'Le Dauphiné libéré'], 0.1], [LOOKALIKE_NAMES.vaud, 0.07]]),
    render(p) {
      const { d, s } = p;
      p.chrome('CANAL NORD VAUDOIS', 'Yverdon-les-Bains · Orbe · Grandson · Vallorbe · La Vallée de Joux', 'Direct | Émissions | Info | Météo | Sport').blank();
      p.title((t) => (d.chance(0.35) ? `VIDÉO – ${t}` : t)).blank();
      p.meta(fmtFr(s.date, 'dd.MM.yy, HH:mm')).blank();
      p.body({ [p.mid()]: [`Image : ${d.pick(CAMERA_CREW)} / Canal Nord Vaudois`] });
      if (s.credit) p.meta(d.pick([`Source : ${s.credit.shown}`, `(Source : ${s.credit.shown})`, `Source de l’information : ${s.credit.shown}`, `SOURCE : ${s.credit.shown}`]), `Texte : ${s.author}`);
      p.blank();
      p.chrome('Signaler une coquille', `Durée du reportage : ${d.int(1, 4)} min ${d.int(10, 59)} s`).blank();
      p.chrome(
        'Canal Nord Vaudois est une télévision régionale au bénéfice d’une concession de l’Office fédéral de la communication, financée en partie par la redevance. Ses vidéos et ses textes ne peuvent être repris sans l’accord écrit de la direction.',
      );
      p.chrome(`© Canal Nord Vaudois SA, ${yyyy(p)}`);
      return bylineIfCredited(p, 'full');
    },
  },
  {
    id: 'mauritius-daily',
    name: 'L’Éveil de Port-Louis',
    lang: 'fr',
    originals: 15,
    attribution: 'own',
    render(p) {
      const { d, s } = p;
      p.chrome('L’ÉVEIL DE PORT-LOUIS', 'Le quotidien de l’île Maurice et de Rodrigues', 'Actualités | Politique | Économie | Océan Indien | Monde | Sports | Courrier des lecteurs').blank();
      p.title().blank();
      p.meta(`Port-Louis, le ${dayOfMonth(p)} ${fmtFr(s.date, 'MMMM yyyy')}`, `Par ${s.author} (L’Éveil de Port-Louis)`).blank();
      p.body({ [p.mid()]: ['— ANNONCE —'] });
      p.chrome(`${d.int(40, 4000)} vues`, 'Laisser un avis').blank();
      p.chrome(
        'Votre journal existe aussi en version numérique : recevez chaque matin l’édition du jour au format PDF sur WhatsApp ou par courriel pour 250 roupies par mois seulement. Paiement par carte bancaire, virement ou au guichet de notre siège de la rue Desforges.',
      ).blank();
      p.chrome(`L’Éveil de Port-Louis © ${yyyy(p)} | Tous droits réservés | Réalisation : Dodo Digital`);
      return { author: true, date: 'day' };
    },
  },
  {
    id: 'tahiti-weekly',
    name: 'La Dépêche des Îles',
    lang: 'fr',
    originals: 14,
    attribution: 'own',
    lookalike: true,
    render(p) {
      const { d, s } = p;
      p.chrome('La Dépêche des Îles', 'L’hebdo du fenua – Tahiti, Moorea, Raiatea, Marquises, Tuamotu', 'Ia ora na ! Connexion | Abonnement').blank();
      p.chrome(d.pick(['FENUA', 'MONDE', 'SOCIÉTÉ', 'FRANCE']));
      p.title().blank();
      p.meta(`Mis en ligne le ${fmtFr(s.date, 'd MMM yyyy')}`, `Reportage : ${s.author}`).blank();
      p.body({ [p.mid()]: [`Photo : ${d.pick(CAMERA_CREW)}`] });
      p.chrome('Lire aussi sur notre site :', ...p.related(2)).blank();
      p.chrome(
        'Nous utilisons des cookies et des technologies voisines pour assurer le bon fonctionnement du site, analyser sa fréquentation et, avec votre accord, afficher des publicités adaptées. Vous pouvez modifier vos préférences à tout moment depuis la page « Gestion des cookies ».',
        'Tout accepter',
        'Seulement le nécessaire',
      ).blank();
      p.chrome(`© La Dépêche des Îles – Éditions du Pacifique Sud SARL ${yyyy(p)}`, 'Māuruuru !');
      return { author: true, date: 'day' };
    },
  },
  {
    id: 'guadeloupe-review',
    name: 'Alizés Info',
    lang: 'fr',
    originals: 15,
    attribution: 'title-suffix',
    draw: credits([[SUFFIXES.filter((n) => n !== 'Le Point Bourbonnais' && n !== 'La Dépêche des Îles'), 0.72], [['Le Point Bourbonnais'], 0.08]]),
    render(p) {
      const { d, s } = p;
      p.chrome('ALIZÉS INFO', 'Guadeloupe · Martinique · Guyane · Hexagone · Caraïbes', 'La revue de presse du matin').blank();
      const join = d.pick([' - ', ' | ', ' — ', ' · ']);
      p.title((t) => (s.credit ? `${t}${join}${s.credit.shown}` : t)).blank();
      p.meta(`Publié le ${fmtFr(s.date, 'dd/MM/yyyy')}`).blank();
      p.body({ [p.mid()]: ['Sur le même thème', p.related(1)[0]!] });
      p.chrome(`Temps de lecture : ${d.int(2, 7)} min`).blank();
      p.chrome(
        'Alizés Info sélectionne chaque jour les articles de la presse nationale et régionale qui concernent les Antilles, la Guyane et la diaspora. Titres et contenus restent la propriété exclusive de leurs éditeurs, dont le nom figure à la fin de chaque titre.',
      );
      p.chrome(`Alizés Info ${yyyy(p)} – Pointe-à-Pitre`);
      return { author: false, date: 'day' };
    },
  },
  {
    id: 'hesbaye-farm',
    name: 'Terres de Hesbaye',
    lang: 'fr',
    originals: 15,
    attribution: 'credit',
    chromeOnlyPage: true,
    draw: credits([[BELGIUM, 0.55], [LOOKALIKE_NAMES.farm, 0.2], [['Le Monde', 'Libération'], 0.05]]),
    render(p) {
      const { d, s } = p;
      p.chrome('TERRES DE HESBAYE', 'L’hebdomadaire des agriculteurs et des ruraux, de Hannut à Waremme', 'Cultures | Élevage | Machinisme | Marchés | Politique agricole | Petites annonces').blank();
      p.title().blank();
      p.meta(`Édition du ${fmtFr(s.date, 'EEEE d MMMM yyyy')}`);
      p.credit([
        (o) => `Un texte publié en premier lieu par ${o}, que nous relayons pour nos lecteurs.`,
        (o) => `Reproduction autorisée – ${o}`,
        (o) => `Nos confrères ${de(o)} ont publié cet article ; nous le reprenons avec leur accord.`,
      ]);
      if (s.credit) p.meta(`✎ ${s.author}`);
      p.blank();
      p.body({ [p.mid()]: ['Cotations du marché de Hannut : consultez les derniers prix'] });
      p.chrome(
        'Abonnement papier et numérique : 52 numéros par an, le supplément machinisme et l’accès aux cotations en ligne pour 89 euros TVAC. Les membres d’une organisation agricole partenaire bénéficient de 15 % de réduction sur présentation de leur carte.',
      ).blank();
      p.chrome(`${d.int(120, 900)} petites annonces en ligne cette semaine`, 'Déposer une annonce').blank();
      p.chrome(`Terres de Hesbaye ASBL – ${yyyy(p)} – Éditeur responsable : Marc Hennuy, rue de la Station 12, 4280 Hannut`);
      return bylineIfCredited(p, 'day');
    },
  },
  {
    id: 'pharmacy-trade',
    name: 'Officine Hebdo',
    lang: 'fr',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.6 },
    draw: credits([[HEALTH_FR, 0.45], [HEALTH_EN, 0.18], [LOOKALIKE_NAMES.pharmacy, 0.12]], { into: 'fr', share: 0.6 }),
    render(p) {
      const { d, s } = p;
      p.chrome('OFFICINE HEBDO', 'Le journal des pharmaciens d’officine et de leurs équipes', 'Espace abonnés | Formation continue | Offres d’emploi | Annuaire des grossistes').blank();
      p.title().blank();
      p.meta(`Publié le ${fmtFr(s.date, "yyyy-MM-dd 'à' HH:mm")}`);
      p.credit([
        (o) => `Cet article nous est proposé par ${o}.`,
        (o) => `Publié à l’origine sur le site ${de(o)}.`,
        (o) => `Avec ${o} – article repris dans notre revue de presse professionnelle.`,
        (o) => `© ${o}, tous droits réservés – reproduit avec permission.`,
      ]);
      if (s.credit) p.meta(`Auteur de l’article : ${s.author}`);
      p.blank();
      p.body({ [p.mid()]: ['Livre blanc gratuit : sécuriser son approvisionnement en cas de blocage routier'] });
      p.chrome('Partager sur LinkedIn', `${d.int(0, 60)} pharmaciens ont trouvé cet article utile`).blank();
      p.chrome(
        'Cet article est en accès libre pendant 48 heures. Pour consulter nos analyses, nos fiches de bonnes pratiques et nos archives depuis 2005, souscrivez à l’offre Titulaire à partir de 19 euros HT par mois, facturée au nom de votre officine.',
      );
      p.chrome(`Officine Hebdo est édité par Comptoir Médias SAS – ${yyyy(p)}`);
      return bylineIfCredited(p, 'full');
    },
  },
  {
    id: 'university-review',
    name: 'Campus Info Rhône-Vercors',
    lang: 'fr',
    originals: 13,
    attribution: 'none',
    chromeOnlyPage: true,
    render(p) {
      const { s } = p;
      p.chrome('Université Rhône-Vercors', 'CAMPUS INFO', 'Formation | Recherche | International | Vie étudiante | Revue de presse').blank();
      p.chrome('Accueil > Revue de presse > Société');
      p.title().blank();
      p.meta(`Publication : ${fmtFr(s.date, 'yyyy-MM-dd')}`).blank();
      p.body();
      p.chrome(
        'Cette revue de presse est préparée par le service communication de l’université à l’intention des personnels et des étudiants. Les opinions exprimées dans les articles retenus n’engagent pas l’établissement. Pour proposer un article, écrivez à la cellule presse.',
      ).blank();
      p.chrome('Imprimer la page', 'Haut de page', `© ${yyyy(p)} Université Rhône-Vercors – Mentions légales – Accessibilité : partiellement conforme`);
      return { author: false, date: 'day' };
    },
  },
  {
    id: 'winnipeg-daily',
    name: 'The Red River Ledger',
    lang: 'en',
    originals: 16,
    attribution: 'credit',
    translate: { into: 'en', share: 0.8 },
    draw: credits(
      [[[...FR_REGIONAL, 'Le Monde', 'Le Canard enchaîné'], 0.4], [['Le Droit', 'Le Nouvelliste', 'La Presse', 'Le Devoir'], 0.2], [['La Liberté', 'Le Quotidien Jurassien', 'Le Vif', 'Le Soir'], 0.12], [LOOKALIKE_NAMES.prairies, 0.08]],
      { into: 'en', share: 0.8 },
    ),
    render(p) {
      const { d, s } = p;
      p.chrome('THE RED RIVER LEDGER', 'Winnipeg’s independent daily since 1979', 'News | Politics | World | Opinion | Arts | Sports | Obituaries', 'World > Europe').blank();
      p.title((t) => (d.chance(0.3) ? `${t} | The Red River Ledger` : t)).blank();
      p.meta(apDate(p));
      p.credit([
        (o) => `Originally published in ${o}.`,
        (o) => `This story first ran in ${o} and is translated and reproduced here by arrangement.`,
        (o) => `Translated from the French; the original article appeared in ${o}.`,
        (o) => `Reprinted by permission of ${o}.`,
      ]);
      if (s.credit) p.meta(`Written by ${s.author}`);
      p.blank();
      p.body({ [p.mid()]: ['Story continues below advertisement'] });
      p.chrome('Share this story: Facebook · X · Email').blank();
      p.chrome(
        'Our journalism depends on subscribers. Get unlimited digital access to The Red River Ledger, including the e-edition, puzzles and our award-winning coverage of the Legislature, for $1.99 a week for the first year. Cancel anytime.',
      ).blank();
      p.chrome(`Conversation (${d.int(0, 140)} comments)`, 'Join the conversation').blank();
      p.chrome(`© ${yyyy(p)} The Red River Ledger, a division of Assiniboine Media Inc.`);
      return bylineIfCredited(p, 'day');
    },
  },
  {
    id: 'culture-mag',
    name: 'Entracte Magazine',
    lang: 'fr',
    originals: 16,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.75 },
    draw: credits([[MAGAZINES_EN, 0.55], [LOOKALIKE_NAMES.english, 0.12], [MAGAZINES_FR, 0.13]], { into: 'fr', share: 0.75 }),
    render(p) {
      const { d, s } = p;
      p.chrome('ENTRACTE', 'Le magazine des arts, des idées et des scènes', 'Cinéma · Musique · Livres · Scènes · Idées · Société').blank();
      p.title((t) => (d.chance(0.3) ? `${t} — Entracte` : t)).blank();
      p.meta(fmtFr(s.date, "d MMMM yyyy '·' HH 'h' mm"));
      p.credit([
        (o) => `Traduction intégrale d’un article ${de(o)}, publiée avec l’accord du magazine.`,
        (o) => `Version française d’un texte signé pour ${o}.`,
        (o) => `Initialement paru en anglais dans ${o}.`,
        (o) => `Entracte publie ce texte en partenariat avec ${o}.`,
      ]);
      if (s.credit) p.meta(`Texte original de ${s.author}`);
      p.blank();
      p.body({ [p.mid()]: ['Entracte est un magazine indépendant, sans publicité. Il ne vit que de ses abonnés : rejoignez-les pour 5 euros par mois et recevez en prime notre numéro papier trimestriel, ses portfolios et ses grands entretiens inédits.'] });
      p.chrome('Vous aimerez aussi', ...p.related(3)).blank();
      p.chrome(`Entracte Magazine, ${yyyy(p)}. Textes et images protégés ; toute reproduction est soumise à autorisation.`);
      return bylineIfCredited(p, 'full');
    },
  },
];

const JUNK_V13: readonly { name: string; bytes: Uint8Array }[] = [
  { name: 'zero-bytes', bytes: new Uint8Array(0) },
  { name: 'gif', bytes: Buffer.from('GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,', 'latin1') },
  { name: 'pdf', bytes: Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n', 'latin1') },
  { name: 'robots', bytes: Buffer.from('User-agent: *\nDisallow: /wp-admin/\nSitemap: https://www.example.org/sitemap.xml\n', 'utf8') },
  { name: 'api-error', bytes: Buffer.from('{"status":"error","code":429,"message":"Too many requests, retry later"}\n', 'utf8') },
  { name: 'gzip', bytes: Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x4b, 0x4c, 0x4a, 0x06, 0x00]) },
  { name: 'nbsp', bytes: Buffer.from('\u00a0\n\u00a0 \n\n\u00a0\n', 'utf8') },
  { name: 'login-wall', bytes: Buffer.from('Connectez-vous pour continuer\nIdentifiant\nMot de passe\nMot de passe oublié ?\n', 'utf8') },
];

// ——— Generation ———

/** Whether `host` can show `canonical` its way: a link needs a known address, a suffix a name it prints, own and silent sites credit nobody. */
function canShow(host: SiteV2, canonical: string): boolean {
  if (host.attribution === 'own' || host.attribution === 'none') return false;
  if (host.attribution === 'url-host') return canonical in ADDRESSES;
  if (host.attribution === 'title-suffix') return SUFFIXES.includes(canonical);
  return true;
}

/** How many other sites take one original. */
function spreadOf(d: Dice): number {
  const r = d.next();
  let edge = 0;
  return (SPREAD.find(([, w]) => r < (edge += w)) ?? SPREAD[0]!)[0];
}

/** A copy of `story` (first published on `origin`) as `host` shows it: the origin's credit if the host can show it, maybe headless or shortened. */
function copyFor(d: Dice, story: Story, origin: SiteV2, host: SiteV2, others: string[]): Story {
  const claim = story.credit ?? (origin.attribution === 'own' ? { canonical: origin.name, lookalike: origin.lookalike === true } : null);
  const credit = claim && canShow(host, claim.canonical) ? printed(d, claim.canonical, host.translate, claim.lookalike) : null;
  const { body } = story.src;
  return {
    ...story,
    body: body.length > 3 && d.chance(SHORTENED) ? body.slice(0, -1) : body,
    // The press-review site's evidence is its headline: its copies keep one.
    headline: host.attribution === 'title-suffix' || !d.chance(HEADLESS_V13),
    credit,
    others,
  };
}

/**
 * Builds the v13 set from clean sources (deterministic for a seed): every site's originals, copies on up to
 * three other sites, bare files, chrome-only pages and junk, shuffled, each file in one of several encodings
 * and named by content.
 */
export function generateUnseenV13(pool: readonly UnseenSource[], seed: number = FROZEN_SEED_V13): { files: UnseenFile[]; manifest: UnseenEntry[] } {
  const d = new Dice(makeRng(seed));
  const originals = SITES_V13.reduce((n, s) => n + s.originals, 0);
  if (pool.length < originals + BARE_V13) throw new Error(`unseen sites v13: ${originals + BARE_V13} clean articles needed, the pool has ${pool.length}`);
  const sources = d.sample(pool, originals + BARE_V13);
  const headlines = sources.map((s) => s.title);
  const relatedTo = (src: UnseenSource): string[] => d.sample(headlines.filter((h) => h !== src.title), 5);
  const moment = (): TZDate => {
    const noon = new Date(FIRST_DAY + d.int(0, DAYS - 1) * 86_400_000);
    return new TZDate(noon.getUTCFullYear(), noon.getUTCMonth(), noon.getUTCDate(), d.int(6, 22), d.int(0, 59), 0, PARIS);
  };
  const made: MadePage[] = [];
  const queue = [...sources];
  for (const site of SITES_V13) {
    for (const src of queue.splice(0, site.originals)) {
      const story: Story = { src, body: src.body, author: d.pick(WRITERS), date: moment(), headline: true, credit: site.draw?.(d) ?? null, others: relatedTo(src) };
      made.push(page(site, story, d, false));
      const hosts = d.sample(SITES_V13.filter((h) => h !== site), spreadOf(d));
      for (const host of hosts) made.push(page(host, copyFor(d, story, site, host, relatedTo(src)), d, false));
    }
    if (site.chromeOnlyPage) {
      const src = sources[0]!;
      made.push(page(site, { src, body: [], author: d.pick(WRITERS), date: moment(), headline: false, credit: null, others: relatedTo(src) }, d, true));
    }
  }
  made.push(...queue.map((src) => creditsNobody(bareFile(src))), ...JUNK_V13.map((j) => creditsNobody(junkFile(j))));
  return packFiles(d, made, ENCODINGS_V13, 'v13-');
}

/** Heading of the v13 table and JSON. */
export const V13_HEADING = 'UNSEEN SITES v13 (frozen 2026-11-30, development data since 18:01: its misses were read)';

/** Generates v13, runs the real ingest on it and prints its figures (without the DEV simulation). */
export const runUnseenEvalV13 = unseenSetRunner(V13_HEADING, generateUnseenV13);

generatorCli(import.meta.url, 'unseen sites v13', generateUnseenV13, FROZEN_SEED_V13);
