/**
 * Generates the FROZEN unseen-sites v15 evaluation set (issue 8): twelve more ordinary news sites, of kinds and places no earlier set had.
 *
 * DEVELOPMENT DATA since 2026-11-30 18:57 (its misses were read after its one frozen scoring, bench/unseen-sites-v15.json);
 * the frozen set is now scripts/unseen-sites-v16.ts.
 *
 * FROZEN on 2026-11-30 (v15), at 18:54, written without reading the rules, when v14 (scripts/unseen-sites-v14.ts)
 * became development data because its misses were read. Written without reading the ingest rules (src/ingest/),
 * the word lists and outlet list (src/data/), the scorer beyond the types the generators import, or any history
 * of the project; of the earlier sets only the shared scaffolding (scripts/unseen-sites.ts, v2's `page`,
 * simulate-heldout's `Dice` and encodings), v13's and v14's generators (for the format and the scaffolding
 * calls) and the site lists in the headers of v3–v12 (to pick other kinds and places) were read. The sites,
 * outlets, credit wordings, translations, title decorations, date formats and chrome here are new. Nobody tunes
 * rules against it: do not read its misses while changing rules (`--show` stays 0), do not edit its templates,
 * wordings or seed to move a score. When a case fails, fix the general cause, then freeze a v16 and call this
 * one development data.
 *
 * `npm run eval:unseen` scores v1 to v14 then this set (`npm run eval:unseen:v15`, or `npm run eval -- --unseen
 * --unseen-set v15`, for this one only); `npx tsx scripts/unseen-sites-v15.ts --out DIR` only writes the folder
 * and its manifest (the v1 format, with v2's `outletEvidence`).
 *
 * The twelve sites: a Franche-Comté daily in Besançon whose own name begins like a Nancy daily's (a look-alike,
 * its own reporters), a Toulouse pure player funded by its readers reprinting Occitanie papers and look-alike
 * titles, a French-language weekly in Saint-Boniface (Manitoba) crediting francophone Canadian papers and
 * western Canada's English-language papers garbled into French word for word, a Verbier (Valais) ski-resort
 * site pointing to the original's address, a Cotonou (Benin) daily crediting Beninese and French papers and
 * anglophone African outlets garbled into French, a Martinique associative radio (its own reporters, the day
 * only), an Andorra press review keeping the original's name after the headline, a rugby weekly ending reprints
 * with a source line, a wine-trade magazine crediting wine and business papers and English-language wine
 * magazines garbled into French, a parish bulletin in the Nord crediting nobody, an Edinburgh English daily
 * translating French papers' names into English word for word, and a Dutch-owned English-language site in
 * Amsterdam doing the same with Belgian and French regional papers.
 * Article text is read AT RUN TIME from ../shared/corpus/gilets-jaunes (v1's clean pool, drawn with another
 * seed): no corpus text is stored here.
 *
 * Title decorations (none of them part of the headline, which stays the publisher's): a site-name suffix after
 * a bullet or a dash ("Titre • L’Est Comtois", "Title — Lothian Clarion"), a note after the headline ("Titre
 * (translated from French)" on the Amsterdam site), a prefix tag ("Flash info | Titre" on the radio, "Abonnés ·
 * Titre" on the rugby weekly), and on the Andorra review the original outlet's name after " — ", " · " or " / "
 * (its evidence). Date formats: "Publié le 10/01/19 à 14h05 – Actualisé à 16h40", "14:05 — 10/01/2019",
 * "Édition du jeudi 10 janvier 2019", "10.01.19 | 14 h 05", "Publié le jeudi, 10 janvier 2019 14:05", "Jeudi 10
 * Janvier 2019", "10.01.2019 – 14H05", "jeudi 10 janvier 2019, 14 h 05", "Thu 10th Jan 2019", "10-01-2019 14:05
 * CET" and others.
 *
 * Expected outlet: v2's convention (who published the article first, as the file credits it), recorded per
 * file in `outletEvidence`: machine-translated names of real outlets expect the real outlet's usual name,
 * look-alike names are kept as written, the site's own name is the outlet only where it shows its masthead and
 * its own staff's byline, the republisher is the site's name whenever the file credits another outlet, and null
 * when nothing credits one. Republishing sites show a byline only beside a credit. Every date and time shown is
 * Paris time (winter 2018-19, so always UTC+1, "CET" on the Amsterdam site); the Manitoba weekly, the Martinique
 * radio, the Andorra review, the parish bulletin and the Edinburgh daily show the day only.
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

/** Seed of the v15 set (not the seed of any earlier set). */
export const FROZEN_SEED_V15 = 20261130_15;
/** Clean articles left bare (title and body only): they credit nobody. */
const BARE_V15 = 10;
/** Share of copies whose scrape lost the headline line. */
const NO_HEADLINE = 0.33;
/** Share of copies (of 4+ paragraphs) that end one paragraph early. */
const CUT_SHORT = 0.24;
/** The period: 100 days from 8 December 2018, all in Paris winter time (UTC+1). */
const OPENING_DAY = Date.UTC(2018, 11, 8);
const SPAN_DAYS = 100;
const ZONE = 'Europe/Paris';
/** Mostly UTF-8; BOM, Windows-1252, UTF-16 and CRLF line ends as well. */
const ENCODINGS_V15: readonly Encoding[] = ['utf-8', 'utf-8-bom', 'utf-8', 'cp1252-crlf', 'utf-8', 'cp1252', 'utf-16le-bom', 'utf-8-crlf', 'utf-8', 'cp1252', 'utf-8', 'utf-8-crlf'];

/** How many other sites take one original (most stories stay on their first site). */
function spread(d: Dice): number {
  const r = d.next();
  return r < 0.6 ? 0 : r < 0.88 ? 1 : r < 0.98 ? 2 : 3;
}

// ——— People ———

const JOURNALISTS = [
  'Héloïse Cuenot', 'Damien Vuillemin', 'Carla Sabatier', 'Nils Estrade', 'Janelle Gagné', 'Marc-André Lagassé', 'Fabienne Fellay',
  'Grégoire Michellod', 'Rodrigue Hounkpatin', 'Flora Agossou', 'Ludovic Zéphir', 'Sonia Rosemain', 'Bastien Larrieu', 'Jordane Castaing',
  'Anatole Brugière', 'Fiona McLennan', 'Euan Drummond', 'Sanne de Vries',
];
const PHOTO_CREDITS = ['Quentin Grosjean', 'Axelle Nicolier', 'Romuald Ahouansou', 'Iain Stoddart'];

// ——— Outlets ———

const OCCITANIE = ['La Dépêche du Midi', 'Midi Libre', 'L’Indépendant', 'Centre Presse Aveyron', 'Actu Toulouse', 'Le Petit Bleu', 'France 3 Occitanie', 'Libération'];
const CANADA_FR = ['Radio-Canada', 'La Liberté', 'Francopresse', 'Le Devoir', 'L’Eau vive', 'Le Franco'];
const CANADA_WEST = ['Winnipeg Free Press', 'Winnipeg Sun', 'Brandon Sun', 'Calgary Herald', 'Edmonton Journal', 'Vancouver Sun', 'CBC News', 'The Western Producer'];
const ROMANDIE_HOSTED = ['Le Nouvelliste', '24 heures', 'Le Temps', 'RTS', 'Tribune de Genève', 'Le Matin', '20 minutes', 'Le Dauphiné libéré', 'Le Monde'];
const BENIN_FR = ['La Nation', 'Le Matinal', 'La Nouvelle Tribune', '24 Heures au Bénin', 'Le Monde', 'La Croix', 'RFI', 'Libération'];
const AFRICA_EN = ['Premium Times', 'Vanguard', 'Daily Graphic', 'The East African', 'Mail & Guardian', 'The Africa Report'];
const ANDORRA_PRESS = ['Diari d’Andorra', 'Bondia', 'Altaveu', 'El Periòdic d’Andorra', 'L’Indépendant', 'La Dépêche du Midi', 'Le Monde', 'Le Figaro', 'Ara', 'La Vanguardia', 'El País'];
const RUGBY_PRESS = ['Midi Olympique', 'L’Équipe', 'Rugbyrama', 'Sud Ouest', 'La Dépêche du Midi', 'RMC Sport', 'Le Parisien', 'Ouest-France'];
const WINE_FR = ['La Revue du vin de France', 'Terre de vins', 'Vitisphere', 'Sud Ouest', 'L’Union', 'Les Échos', 'Le Figaro'];
const WINE_EN = ['Wine Spectator', 'Decanter', 'The Drinks Business', 'Wine Enthusiast', 'The Wine Advocate'];
const EDINBURGH_PICKS = ['Le Parisien', 'La Voix du Nord', 'Ouest-France', 'La Croix', 'L’Express', 'Charlie Hebdo', 'Le Courrier picard', 'Le Courrier de l’Ouest'];
const AMSTERDAM_PICKS = ['L’Avenir', 'La Meuse', 'La Capitale', 'La Nouvelle Gazette', 'L’Union', 'L’Alsace', 'Le Journal du Centre', 'La République des Pyrénées'];

/** Invented outlets whose names share words with a known outlet's: the expected outlet is the name as written. */
const SOUNDS_LIKE = {
  toulouse: ['La Dépêche du Lauragais', 'L’Indépendant du Comminges'],
  manitoba: ['La Presse de Saint-Boniface', 'Le Droit Fransaskois'],
  benin: ['La Nation Sportive', 'Le Matinal du Zou'],
  andorra: ['Le Monde Pyrénéen'],
  rugby: ['Sud Ouest Ovalie', 'L’Équipe des Piliers'],
  wine: ['Le Figaro des Caves', 'Les Échos des Chais'],
  edinburgh: ['The Herald of the Isles', 'La Croix des Marins'],
  amsterdam: ['La Capitale des Ardennes', 'L’Union Maraîchère'],
} as const;
const SOUNDS_LIKE_ALL: ReadonlySet<string> = new Set(Object.values(SOUNDS_LIKE).flat());

/** Francophone names as a translation engine prints them word for word in English. */
const IN_ENGLISH: Record<string, readonly string[]> = {
  'Le Parisien': ['The Parisian'],
  'La Voix du Nord': ['The Voice of the North', 'The North’s Voice'],
  'Ouest-France': ['West-France', 'West France', 'France West'],
  'La Croix': ['The Cross'],
  'L’Express': ['The Express'],
  'Charlie Hebdo': ['Charlie Weekly', 'The Charlie Weekly'],
  'Le Courrier picard': ['The Picard Mail', 'The Picardy Courier'],
  'Le Courrier de l’Ouest': ['The Western Courier', 'The Mail of the West'],
  'L’Avenir': ['The Future'],
  'La Meuse': ['The Meuse'],
  'La Capitale': ['The Capital'],
  'La Nouvelle Gazette': ['The New Gazette'],
  'L’Union': ['The Union'],
  'L’Alsace': ['The Alsace', 'Alsace'],
  'Le Journal du Centre': ['The Centre Journal', 'The Journal of the Centre'],
  'La République des Pyrénées': ['The Republic of the Pyrenees', 'The Pyrenees Republic'],
};
/** English-language names as a translation engine garbles them word for word in French. */
const IN_FRENCH: Record<string, readonly string[]> = {
  'Winnipeg Free Press': ['La Presse libre de Winnipeg', 'Presse Libre de Winnipeg'],
  'Winnipeg Sun': ['Le Soleil de Winnipeg'],
  'Brandon Sun': ['Le Soleil de Brandon', 'Soleil de Brandon'],
  'Calgary Herald': ['Le Héraut de Calgary'],
  'Edmonton Journal': ['Le Journal d’Edmonton', 'Journal Edmonton'],
  'Vancouver Sun': ['Le Soleil de Vancouver'],
  'CBC News': ['Les Nouvelles de la CBC', 'CBC Nouvelles'],
  'The Western Producer': ['Le Producteur de l’Ouest', 'Le Producteur occidental'],
  'Premium Times': ['Les Temps Premium', 'Temps de Prime'],
  'Vanguard': ['L’Avant-garde', 'Avant-Garde'],
  'Daily Graphic': ['Le Graphique quotidien', 'Graphique Quotidien'],
  'The East African': ['L’Est-Africain', 'L’Africain de l’Est'],
  'Mail & Guardian': ['Courrier & Gardien', 'Le Courrier et le Gardien'],
  'The Africa Report': ['Le Rapport Afrique', 'Le Rapport de l’Afrique'],
  'Wine Spectator': ['Le Spectateur du vin', 'Spectateur du Vin'],
  'Decanter': ['La Carafe', 'Carafe à décanter'],
  'The Drinks Business': ['Les Affaires de boissons', 'L’Entreprise des Boissons'],
  'Wine Enthusiast': ['L’Enthousiaste du vin', 'Enthousiaste du Vin'],
  'The Wine Advocate': ['L’Avocat du vin', 'Le Défenseur du Vin'],
};

/** Web hosts the ski-resort site links to. */
const WEB_HOSTS: Record<string, string> = {
  'Le Nouvelliste': 'www.lenouvelliste.ch', '24 heures': 'www.24heures.ch', 'Le Temps': 'www.letemps.ch', 'RTS': 'www.rts.ch',
  'Tribune de Genève': 'www.tdg.ch', 'Le Matin': 'www.lematin.ch', '20 minutes': 'www.20min.ch', 'Le Dauphiné libéré': 'www.ledauphine.com',
  'Le Monde': 'www.lemonde.fr', 'La Dépêche du Midi': 'www.ladepeche.fr', 'Midi Libre': 'www.midilibre.fr', 'L’Indépendant': 'www.lindependant.fr',
  'Le Parisien': 'www.leparisien.fr', 'Ouest-France': 'www.ouest-france.fr', 'La Voix du Nord': 'www.lavoixdunord.fr', 'La Croix': 'www.la-croix.com',
  'L’Express': 'www.lexpress.fr', 'Libération': 'www.liberation.fr', 'Sud Ouest': 'www.sudouest.fr', 'L’Équipe': 'www.lequipe.fr',
  'Le Devoir': 'www.ledevoir.com', 'Radio-Canada': 'ici.radio-canada.ca', 'Le Figaro': 'www.lefigaro.fr', 'Les Échos': 'www.lesechos.fr',
  'RFI': 'www.rfi.fr', 'Charlie Hebdo': 'charliehebdo.fr', 'L’Avenir': 'www.lavenir.net', 'L’Union': 'www.lunion.fr', 'L’Alsace': 'www.lalsace.fr',
  'Rugbyrama': 'www.rugbyrama.fr', 'Vitisphere': 'www.vitisphere.com', 'La Revue du vin de France': 'www.larvf.com', 'Le Petit Bleu': 'www.petitbleu.fr',
  'Le Courrier picard': 'www.courrier-picard.fr', 'Le Journal du Centre': 'www.lejdc.fr', 'La République des Pyrénées': 'www.larepubliquedespyrenees.fr',
};

/** Names the Andorra review prints after a headline (the look-alike among them too). */
const AFTER_HEADLINE: readonly string[] = [...ANDORRA_PRESS, ...SOUNDS_LIKE.andorra, 'Midi Libre', 'Le Parisien', 'Ouest-France', 'L’Équipe'];

type Into = SiteV2['translate'];

/** A v15 site: a v2 site, plus which originals its way of crediting can name on a copy (all when absent). */
interface SiteV15 extends SiteV2 {
  names?: (canonical: string) => boolean;
}

/** `canonical` as a site in language `into` prints it: one word-for-word rendering, with the site's share, when one exists. */
function printedAs(d: Dice, canonical: string, into: Into, lookalike: boolean): Credit {
  const renderings = into && (into.into === 'en' ? IN_ENGLISH : IN_FRENCH)[canonical];
  const translated = renderings !== undefined && d.chance(into!.share);
  return { canonical, lookalike, translated, shown: translated ? d.pick(renderings) : canonical };
}

/** A draw of an original's outlet: `[names, share]` pools in order; the share left over credits nobody. */
function outlets(pools: readonly (readonly [readonly string[], number])[], into?: Into): (d: Dice) => Credit | null {
  return (d) => {
    const r = d.next();
    const pool = pools.find((_, i) => r < pools.slice(0, i + 1).reduce((sum, [, share]) => sum + share, 0));
    if (!pool) return null;
    const canonical = d.pick(pool[0]);
    return printedAs(d, canonical, into, SOUNDS_LIKE_ALL.has(canonical));
  };
}

// ——— Template helpers ———

const yr = (p: Page): string => fmtFr(p.s.date, 'yyyy');
/** A republisher names the original's writer only beside its credit. */
const writerIfCredited = (p: Page, date: Shown['date']): Shown => ({ author: p.s.credit !== null, date });
/** "10h05" style clock a few hours after the publication (same day). */
function laterClock(p: Page): string {
  const hour = Math.min(23, p.s.date.getHours() + p.d.int(1, 3));
  return `${String(hour).padStart(2, '0')}h${String(p.d.int(0, 59)).padStart(2, '0')}`;
}
/** Every word capitalised, as some radio sites print their dates ("Jeudi 10 Janvier 2019"). */
const titleCase = (s: string): string => s.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, c: string) => space + c.toUpperCase());
/** The original's address on its outlet's web site. */
function sourceUrl(p: Page): string {
  const { d, s } = p;
  const host = WEB_HOSTS[s.credit!.canonical]!;
  const words = slug(s.src.title);
  return d.pick([
    `https://${host}/articles/${fmtFr(s.date, 'yyyy/MM')}/${words}`,
    `https://${host}/${d.pick(['suisse', 'france', 'monde', 'societe'])}/${words}-ld.${d.int(1_000_000, 1_999_999)}`,
    `https://${host}/story/${words}-${d.int(100, 999)}${d.pick(['a', 'b', 'c', 'f'])}${d.int(10, 99)}`,
  ]);
}

// ——— The twelve sites ———

export const SITES_V15: readonly SiteV15[] = [
  {
    id: 'besancon-daily',
    name: 'L’Est Comtois',
    lang: 'fr',
    originals: 16,
    attribution: 'own',
    lookalike: true,
    chromeOnlyPage: true,
    render(p) {
      const { d, s } = p;
      p.chrome('L’EST COMTOIS', 'Le quotidien du Doubs, du Jura, de la Haute-Saône et du Territoire de Belfort', `Mon édition : ${d.pick(['Besançon', 'Pontarlier', 'Lons-le-Saunier', 'Vesoul', 'Montbéliard'])}`, 'Se connecter | Créer un compte').blank();
      p.chrome(`${d.pick(['Doubs', 'Jura', 'Haute-Saône'])} > ${d.pick(['Faits du jour', 'Société', 'Économie', 'Mobilisation'])}`);
      p.title((t) => (d.chance(0.35) ? `${t} • L’Est Comtois` : t)).blank();
      p.meta(`Un article signé ${s.author}`, `${fmtFr(s.date, "'Publié le' dd/MM/yy 'à' HH'h'mm")} – Actualisé à ${laterClock(p)}`).blank();
      p.body({ [p.mid()]: [`Annonce partenaire : ${d.pick(['Comté AOP 18 mois, en direct de la fruitière', 'Menuiserie du Saugeais, devis gratuit sous 48 h', 'Horlogerie du Val de Morteau, révision de votre montre'])}`] });
      p.chrome('Noter cet article : ★★★★★', `${p.n(45)} commentaires`, 'Connectez-vous pour réagir').blank();
      p.chrome(
        'Le journalisme de proximité a un coût. Pour continuer à suivre chaque conseil municipal, chaque audience du tribunal et chaque match, du Haut-Doubs au Revermont, notre rédaction a besoin de vous : abonnez-vous à l’édition numérique pour 1 € le premier mois, puis 9,90 € par mois, résiliable à tout moment.',
      ).blank();
      p.chrome(`© L’Est Comtois ${yr(p)} – Groupe Presse Franche-Comté – Toute reproduction, même partielle, est soumise à autorisation`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'toulouse-pure',
    name: 'Brique Rose Média',
    lang: 'fr',
    originals: 16,
    attribution: 'credit',
    draw: outlets([[OCCITANIE, 0.62], [SOUNDS_LIKE.toulouse, 0.14]]),
    render(p) {
      const { d, s } = p;
      p.chrome('BRIQUE ROSE MÉDIA', 'Toulouse et l’Occitanie, en toute indépendance', 'Fil info · Métropole · Quartiers · Politique · Culture · Stade').blank();
      p.title().blank();
      p.meta(`${fmtFr(s.date, 'HH:mm')} — ${fmtFr(s.date, 'dd/MM/yyyy')}`);
      p.credit([
        (o) => `Ce papier nous vient ${de(o)} : merci à nos confrères.`,
        (o) => `Publication partenaire – ${o}`,
        (o) => `Reprise intégrale, avec l’aimable accord ${de(o)}.`,
        (o) => `En partenariat avec ${o}`,
      ]);
      if (s.credit) p.meta(`Signé à l’origine par ${s.author}`);
      p.blank();
      p.body({ [p.mid()]: ['📣 Notre rédaction cherche des pigistes dans le Gers et le Tarn : écrivez-nous !'] });
      p.chrome('Réagir', 'Partager sur Mastodon · Bluesky · WhatsApp · Signal').blank();
      p.chrome(
        'Brique Rose Média ne vit ni de la publicité ni de l’argent d’un milliardaire : notre rédaction est financée à 90 % par les dons de ses lectrices et de ses lecteurs. Un don de 10 euros ne vous coûte que 3,40 euros après réduction d’impôt. Merci de nous aider à tenir.',
        'Je fais un don',
      ).blank();
      p.chrome(`Brique Rose Média — SCIC à capital variable — ${yr(p)} — textes sous licence CC BY-NC-ND 4.0`, `${d.int(2, 40)} personnes lisent cet article en ce moment`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'manitoba-weekly',
    name: 'Francofil Manitoba',
    lang: 'fr',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.75 },
    draw: outlets([[CANADA_FR, 0.4], [CANADA_WEST, 0.32], [SOUNDS_LIKE.manitoba, 0.12]], { into: 'fr', share: 0.75 }),
    render(p) {
      const { d, s } = p;
      p.chrome(
        'FRANCOFIL MANITOBA',
        'L’hebdomadaire des francophones de Saint-Boniface, Saint-Pierre-Jolys, La Broquerie et Notre-Dame-de-Lourdes',
        'Nouvelles · Communauté · Éducation · Arts · Sports · Annonces classées',
      ).blank();
      p.title().blank();
      p.meta(fmtFr(s.date, "'Édition du' EEEE d MMMM yyyy"));
      p.credit([
        (o) => `Texte reproduit grâce à une entente de partage de contenu avec ${o}.`,
        (o) => `Publié en premier lieu par ${o}.`,
        (o) => `Provenance : ${o}`,
        (o) => `Ce reportage ${de(o)} est repris dans nos pages avec permission.`,
      ]);
      if (s.credit) p.meta(`Un texte de ${s.author}`);
      p.blank();
      p.body({ [p.mid()]: [`ANNONCE – ${d.pick(['Soldes d’hiver à la Quincaillerie Lapointe, boulevard Provencher', 'La Chorale des Intrépides recrute des voix d’hommes', 'Cabane à sucre du Festival : billets en vente'])}`] });
      p.chrome('Vous avez une nouvelle à partager ? Écrivez à la rédaction.').blank();
      p.chrome(
        'Francofil Manitoba est publié chaque mercredi par la Société d’édition de la Rivière-Rouge, un organisme sans but lucratif. Nous reconnaissons l’appui financier du gouvernement du Canada et de la Province du Manitoba. Les opinions exprimées dans les textes reproduits n’engagent que leurs auteurs.',
      ).blank();
      p.chrome(`© ${yr(p)} Société d’édition de la Rivière-Rouge. Reproduction interdite sans permission écrite.`);
      return writerIfCredited(p, 'day');
    },
  },
  {
    id: 'verbier-ski',
    name: 'Mont-Fort Info',
    lang: 'fr',
    originals: 16,
    attribution: 'url-host',
    chromeOnlyPage: true,
    names: (canonical) => canonical in WEB_HOSTS,
    draw: outlets([[ROMANDIE_HOSTED, 0.9]]),
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Mont-Fort Info utilise des cookies techniques indispensables au fonctionnement du site ainsi que, avec votre accord, des cookies de mesure d’audience et de partage sur les réseaux sociaux. Vous pouvez modifier vos préférences à tout moment depuis la page Confidentialité.',
        'J’accepte',
        'Je refuse',
      ).blank();
      p.chrome('MONT-FORT INFO', 'Verbier · Val de Bagnes · Nendaz · Les 4 Vallées', `Neige fraîche : ${d.int(0, 45)} cm | Pistes ouvertes : ${d.int(40, 92)}/92 | Remontées : ${d.int(20, 35)}/35`).blank();
      p.chrome('Webcams | Météo | Forfaits | Agenda | Emplois saisonniers');
      p.title().blank();
      p.meta(fmtFr(s.date, "dd.MM.yy '|' HH 'h' mm"));
      if (s.credit) {
        const url = sourceUrl(p);
        p.meta(d.pick([`Article original : ${url}`, `Version intégrale : ${url}`, `Lien vers la source : ${url}`, `Plus d’infos sur ${url}`]), `Journaliste : ${s.author}`);
      }
      p.blank();
      p.body({ [p.mid()]: ['Offre spéciale : forfait 4 Vallées à –20 % pour les résidents secondaires jusqu’à dimanche'] });
      p.chrome('Partager cet article', 'Copier le lien · E-mail · Facebook').blank();
      p.chrome(`Mont-Fort Info | Société des commerçants du Val de Bagnes | ${yr(p)}`, 'Impressum · Protection des données');
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'cotonou-daily',
    name: 'Le Vigilant du Golfe',
    lang: 'fr',
    originals: 16,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.8 },
    draw: outlets([[BENIN_FR, 0.42], [AFRICA_EN, 0.3], [SOUNDS_LIKE.benin, 0.12]], { into: 'fr', share: 0.8 }),
    render(p) {
      const { d, s } = p;
      p.chrome('LE VIGILANT DU GOLFE', 'Quotidien béninois d’informations générales – Cotonou', 'Politique | Société | Économie | Afrique | Monde | Sports').blank();
      p.chrome(`Dernière minute : ${p.related(1)[0]!}`).blank();
      p.title().blank();
      p.meta(fmtFr(s.date, "'Publié le' EEEE',' d MMMM yyyy HH:mm"));
      p.credit([
        (o) => `Initialement publié dans ${o}.`,
        (o) => `Nous relayons ici une publication ${de(o)}.`,
        (o) => `Tiré ${de(o)}.`,
        (o) => `Avec l’autorisation ${de(o)}.`,
      ]);
      if (s.credit) p.meta(`Par ${s.author}`);
      p.blank();
      p.body({ [p.mid()]: ['PUBLICITÉ – Golfe Transfert : envoyez de l’argent partout au Bénin, sans frais jusqu’au 31'] });
      p.chrome(`${d.int(0, 60)} commentaires`, 'Laisser un commentaire', 'Nom *', 'Adresse e-mail *', 'Publier').blank();
      p.chrome(
        'Le Vigilant du Golfe est édité par la société Golfe Médias SARL, immatriculée au RCCM de Cotonou. Toute reproduction, même partielle, des articles et des photos de ce site est interdite sans l’accord écrit de la direction de publication. Pour vos annonces et communiqués, contactez notre service commercial.',
      ).blank();
      p.chrome(`Copyright ${yr(p)} | Le Vigilant du Golfe | Tous droits réservés`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'martinique-radio',
    name: 'Radio Lanmè',
    lang: 'fr',
    originals: 14,
    attribution: 'own',
    render(p) {
      const { d, s } = p;
      p.chrome('RADIO LANMÈ 94.7', 'La radio du Nord-Caraïbe, de Saint-Pierre au Lorrain', '▶ Écouter le direct | Grilles | Podcasts | Avis d’obsèques').blank();
      p.title((t) => (d.chance(0.3) ? `Flash info | ${t}` : t)).blank();
      p.meta(titleCase(fmtFr(s.date, 'EEEE d MMMM yyyy')), `Une info de ${s.author}`).blank();
      p.body({ [p.mid()]: [`Réécouter le journal de ${d.pick(['6 h 30', '7 h', '12 h 30', '18 h'])}`] });
      p.chrome('Un témoignage, une photo ? Laissez un message vocal à la rédaction').blank();
      p.chrome(
        'Radio Lanmè est une radio associative soutenue par le Fonds de soutien à l’expression radiophonique, la Collectivité territoriale et ses adhérents. Vous aimez nos journaux en français et en créole ? Devenez membre de l’association pour 20 euros par an et votez à notre assemblée générale.',
      ).blank();
      p.chrome(`Radio Lanmè ©${yr(p)}`, 'Mentions légales · Contact · Nous rejoindre');
      return { author: true, date: 'day' };
    },
  },
  {
    id: 'andorra-review',
    name: 'Revista Valira',
    lang: 'fr',
    originals: 15,
    attribution: 'title-suffix',
    names: (canonical) => AFTER_HEADLINE.includes(canonical),
    draw: outlets([[ANDORRA_PRESS, 0.8], [SOUNDS_LIKE.andorra, 0.1]]),
    render(p) {
      const { d, s } = p;
      p.chrome('REVISTA VALIRA', 'La revue de presse de la principauté d’Andorre, en français', 'Política · Economia · Neu · Frontera · Cultura').blank();
      const glue = d.pick([' — ', ' · ', ' / ']);
      p.title((t) => (s.credit ? `${t}${glue}${s.credit.shown}` : t)).blank();
      p.meta(fmtFr(s.date, "'Sélection du' d MMMM yyyy")).blank();
      p.body({ [p.mid()]: ['Consultez aussi notre agenda des fêtes de village et des foires'] });
      p.chrome('Enviar · Partager · Imprimir').blank();
      p.chrome(
        'Revista Valira reproduit chaque jour, dans leur version d’origine, des articles de la presse andorrane, française et espagnole qui concernent la principauté. Le titre du journal est indiqué à la suite de celui de l’article ; les droits appartiennent à leurs éditeurs respectifs.',
      ).blank();
      p.chrome(`© ${yr(p)} Revista Valira, Andorra la Vella — Tots els drets reservats`);
      return { author: false, date: 'day' };
    },
  },
  {
    id: 'rugby-weekly',
    name: 'L’En-Avant Hebdo',
    lang: 'fr',
    originals: 15,
    attribution: 'source-line',
    draw: outlets([[RUGBY_PRESS, 0.64], [SOUNDS_LIKE.rugby, 0.13]]),
    render(p) {
      const { d, s } = p;
      p.chrome('L’EN-AVANT HEBDO', 'Top 14 · Pro D2 · Fédérale · XV de France · Rugby à 7', `Le mag n° ${d.int(510, 620)} en kiosque ce vendredi`).blank();
      p.title((t) => (d.chance(0.25) ? `Abonnés · ${t}` : t)).blank();
      p.meta(fmtFr(s.date, "dd.MM.yyyy '–' HH'H'mm")).blank();
      p.body({ [p.mid()]: ['Pronostics : jouez avec L’En-Avant et gagnez deux places pour la finale'] });
      if (s.credit) p.meta(d.pick([`Source d’origine : ${s.credit.shown}`, `(Source : ${s.credit.shown})`, `SOURCE : ${s.credit.shown}`, `Source – ${s.credit.shown}`]), `Auteur de l’article : ${s.author}`);
      p.blank();
      p.chrome('Vous aimez le rugby des clochers ? Racontez-nous votre club').blank();
      p.chrome(
        'Votre navigateur bloque nos publicités. L’En-Avant Hebdo vit de ses annonceurs et de ses abonnés : désactivez votre bloqueur sur notre site, ou choisissez l’offre 100 % numérique à 4,99 € par mois pour lire sans publicité tous les résultats, de l’élite à la Fédérale 3.',
      ).blank();
      p.chrome(`L’En-Avant Hebdo – ${yr(p)} – Éditions de l’Ovale – Reproduction interdite`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'wine-trade',
    name: 'Cep & Barrique',
    lang: 'fr',
    originals: 15,
    attribution: 'credit',
    chromeOnlyPage: true,
    translate: { into: 'fr', share: 0.75 },
    draw: outlets([[WINE_FR, 0.4], [WINE_EN, 0.3], [SOUNDS_LIKE.wine, 0.14]], { into: 'fr', share: 0.75 }),
    render(p) {
      const { d, s } = p;
      p.chrome('CEP & BARRIQUE', 'Le magazine des métiers du vin : vignerons, négociants, cavistes', 'Vignoble | Marchés | Export | Œnotourisme | Nominations | Salons').blank();
      p.chrome(`Cours du vrac – Bordeaux rouge : ${d.int(1100, 1500)} €/tonneau`).blank();
      p.title().blank();
      p.meta(fmtFr(s.date, "EEEE d MMMM yyyy',' HH 'h' mm"));
      p.credit([
        (o) => `Nous remercions ${o} de nous avoir permis de publier cet article.`,
        (o) => `Article partenaire : ${o}`,
        (o) => `Cette enquête a d’abord été publiée dans ${o}.`,
        (o) => `Texte aimablement prêté par ${o}.`,
      ]);
      if (s.credit) p.meta(`Rédaction : ${s.author}`);
      p.blank();
      p.body({ [p.mid()]: ['L’abus d’alcool est dangereux pour la santé, à consommer avec modération.'] });
      p.chrome(`Mots-clés : ${d.sample(['vendanges', 'export', 'négoce', 'caves coopératives', 'Bordeaux', 'Champagne'], 3).join(' · ')}`).blank();
      p.chrome(
        'Inscrivez-vous à la Lettre de Cep & Barrique : chaque mardi et chaque vendredi, les cours des vins en vrac, les mouvements du négoce, les nominations et les rendez-vous de la filière. Service réservé aux professionnels ; vos données ne sont jamais cédées à des tiers.',
        'Votre adresse professionnelle',
        'Valider',
      ).blank();
      p.chrome(`Cep & Barrique est une publication des Éditions du Chai SAS. © ${yr(p)}`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'parish-bulletin',
    name: 'Le Lien des Deux-Rives',
    lang: 'fr',
    originals: 12,
    attribution: 'none',
    chromeOnlyPage: true,
    render(p) {
      const { d, s } = p;
      p.chrome('LE LIEN DES DEUX-RIVES', 'Feuille d’information de la paroisse Sainte-Thérèse-des-Deux-Rives', 'Messes du week-end : samedi 18 h 30 à Saint-Martin, dimanche 10 h 30 à Notre-Dame').blank();
      p.chrome(d.pick(['Dans l’actualité cette semaine', 'Pour nourrir notre réflexion', 'Échos du monde']));
      p.title().blank();
      p.meta(fmtFr(s.date, "'Feuille du' d MMMM yyyy")).blank();
      p.body();
      p.chrome('Intentions de prière : confions au Seigneur les familles éprouvées de notre secteur.').blank();
      p.chrome(
        'Le denier de l’Église est la seule ressource de notre diocèse pour faire vivre les prêtres et rémunérer les laïcs salariés. Il ne reçoit aucune subvention : chaque don compte. Vous pouvez donner en ligne ou déposer une enveloppe à l’accueil ; un reçu fiscal vous sera adressé.',
      ).blank();
      p.chrome('Accueil paroissial : du lundi au vendredi, de 9 h 30 à 11 h 30, 3 place de l’Église', 'Baptêmes, mariages, obsèques : prendre contact au moins trois mois à l’avance');
      return { author: false, date: 'day' };
    },
  },
  {
    id: 'edinburgh-daily',
    name: 'The Lothian Clarion',
    lang: 'en',
    originals: 17,
    attribution: 'credit',
    translate: { into: 'en', share: 0.8 },
    draw: outlets([[EDINBURGH_PICKS, 0.68], [SOUNDS_LIKE.edinburgh, 0.12]], { into: 'en', share: 0.8 }),
    render(p) {
      const { d, s } = p;
      p.chrome('THE LOTHIAN CLARION', 'Edinburgh · Leith · Midlothian · East Lothian · West Lothian', 'News | Politics | Business | Sport | World | Opinion | Obituaries').blank();
      p.chrome('World › Europe');
      p.title((t) => (d.chance(0.3) ? `${t} — Lothian Clarion` : t)).blank();
      p.meta(fmtEn(s.date, 'EEE do MMM yyyy'));
      p.chrome(`Picture: ${d.pick(PHOTO_CREDITS)}`);
      p.credit([
        (o) => `This story was originally published by ${o}.`,
        (o) => `Reproduced by arrangement with ${o}.`,
        (o) => `Translated for the Clarion from ${o}.`,
        (o) => `Article supplied by ${o}.`,
      ]);
      if (s.credit) p.meta(`Words by ${s.author}`);
      p.blank();
      p.body({ [p.mid()]: ['Story continues below this advert'] });
      p.chrome('Share this article', 'Copy link · Email · WhatsApp · Facebook').blank();
      p.chrome(
        'Thank you for reading. Quality local journalism costs money to produce, and advertising alone no longer covers it. Please consider supporting the Clarion with a digital subscription from just £1 a week, and help keep independent reporting alive in Edinburgh and the Lothians.',
      ).blank();
      p.chrome(`${d.int(0, 80)} comments`, 'Comments are closed on this article').blank();
      p.chrome(`Published by Clarion Newspapers Ltd, registered in Scotland SC${d.int(100_000, 699_999)}. © ${yr(p)}`);
      return writerIfCredited(p, 'day');
    },
  },
  {
    id: 'amsterdam-english',
    name: 'The Polder Gazette',
    lang: 'en',
    originals: 16,
    attribution: 'credit',
    translate: { into: 'en', share: 0.75 },
    draw: outlets([[AMSTERDAM_PICKS, 0.7], [SOUNDS_LIKE.amsterdam, 0.12]], { into: 'en', share: 0.75 }),
    render(p) {
      const { d, s } = p;
      p.chrome(
        'The Polder Gazette uses functional, analytical and tracking cookies. Tracking cookies allow us and third parties to follow your internet behaviour and show you personalised advertisements. By clicking “Agree” you consent to this; you can withdraw your consent at any time in your cookie settings.',
        'Agree',
        'Settings',
      ).blank();
      p.chrome('The Polder Gazette', 'News from the Netherlands and beyond, in English', 'Netherlands | Belgium | France | Europe | Expat life | Jobs').blank();
      p.title((t) => (d.chance(0.3) ? `${t} (translated from French)` : t)).blank();
      p.meta(fmtEn(s.date, "dd-MM-yyyy HH:mm 'CET'"));
      p.credit([
        (o) => `Originally appeared in ${o} (in French); English translation by our editors.`,
        (o) => `Partner publication: ${o}`,
        (o) => `With thanks to ${o}, where this piece first ran.`,
        (o) => `Republished with the kind permission of ${o}.`,
      ]);
      if (s.credit) p.meta(`By ${s.author}`);
      p.blank();
      p.body({ [p.mid()]: [`Also read: ${p.related(1)[0]!}`] });
      p.chrome('Did you find this article useful?', 'Yes / No').blank();
      p.chrome(`Copyright © Polder Media B.V., Amsterdam – ${yr(p)} – KvK ${d.int(30_000_000, 79_999_999)}`);
      return writerIfCredited(p, 'full');
    },
  },
];

const JUNK_V15: readonly { name: string; bytes: Uint8Array }[] = [
  { name: 'pdf-stub', bytes: Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1') },
  { name: 'gif', bytes: Buffer.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0xff, 0xff, 0xff, 0x00, 0x00, 0x00, 0x21, 0xf9, 0x04]) },
  { name: 'webp', bytes: Buffer.from([0x52, 0x49, 0x46, 0x46, 0x24, 0x00, 0x00, 0x00, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50, 0x38, 0x20, 0x18, 0x00, 0x00, 0x00]) },
  { name: 'robots', bytes: Buffer.from('User-agent: *\nDisallow: /admin/\nDisallow: /recherche?\nSitemap: https://www.example.org/sitemap.xml\n', 'utf8') },
  { name: 'empty-rss', bytes: Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title></title></channel></rss>\n', 'utf8') },
  { name: 'php-fatal', bytes: Buffer.from('Fatal error: Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) in /var/www/html/wp-includes/class-wpdb.php on line 2056\n', 'utf8') },
  { name: 'login-wall', bytes: Buffer.from('Connexion\nIdentifiant\nMot de passe\nSe souvenir de moi\nSe connecter\nMot de passe oublié ?\n', 'utf8') },
  { name: 'maintenance', bytes: Buffer.from('Site en maintenance\nNous revenons très vite. Merci de votre patience.\n', 'utf8') },
  { name: 'utf16-newlines', bytes: Buffer.from('\uFEFF\r\n\r\n\r\n', 'utf16le') },
  { name: 'ellipsis', bytes: Buffer.from('…\n', 'utf8') },
];

// ——— Generation ———

/** The story as `host` republishes it: the first site's credit (or its own name) when the host's way of crediting can show it; maybe headless or cut short. */
function copyOn(d: Dice, story: Story, first: SiteV15, host: SiteV15, others: string[]): Story {
  const origin = story.credit ?? (first.attribution === 'own' ? { canonical: first.name, lookalike: first.lookalike === true } : null);
  const credits = host.attribution !== 'own' && host.attribution !== 'none';
  const shows = origin !== null && credits && (host.names?.(origin.canonical) ?? true);
  const cut = story.src.body.length >= 4 && d.chance(CUT_SHORT);
  return {
    ...story,
    body: cut ? story.src.body.slice(0, -1) : story.src.body,
    // The Andorra review's evidence is what follows its headline: its copies always show one.
    headline: host.attribution === 'title-suffix' || !d.chance(NO_HEADLINE),
    credit: shows ? printedAs(d, origin.canonical, host.translate, origin.lookalike) : null,
    others,
  };
}

/**
 * Builds the v15 set from clean sources (deterministic for a seed): every site's originals, copies on up to
 * three other sites, bare files, chrome-only pages and junk, shuffled, each file in one of several encodings
 * and named by content.
 */
export function generateUnseenV15(pool: readonly UnseenSource[], seed: number = FROZEN_SEED_V15): { files: UnseenFile[]; manifest: UnseenEntry[] } {
  const d = new Dice(makeRng(seed));
  const count = SITES_V15.reduce((n, s) => n + s.originals, 0) + BARE_V15;
  if (pool.length < count) throw new Error(`unseen sites v15: ${count} clean articles needed, the pool has ${pool.length}`);
  const chosen = d.sample(pool, count);
  const headlines = chosen.map((s) => s.title);
  const elsewhere = (src: UnseenSource): string[] => d.sample(headlines.filter((t) => t !== src.title), 5);
  const moment = (): TZDate => {
    const t = OPENING_DAY + d.int(0, SPAN_DAYS - 1) * 86_400_000;
    const day = new Date(t);
    return new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), d.int(6, 22), d.int(0, 59), 0, ZONE);
  };
  const made: MadePage[] = [];
  const queue = [...chosen];
  for (const site of SITES_V15) {
    for (const src of queue.splice(0, site.originals)) {
      const story: Story = { src, body: src.body, author: d.pick(JOURNALISTS), date: moment(), headline: true, credit: site.draw?.(d) ?? null, others: elsewhere(src) };
      made.push(page(site, story, d, false));
      for (const host of d.sample(SITES_V15.filter((h) => h !== site), spread(d))) made.push(page(host, copyOn(d, story, site, host, elsewhere(src)), d, false));
    }
    if (site.chromeOnlyPage) {
      const src = chosen[0]!;
      made.push(page(site, { src, body: [], author: d.pick(JOURNALISTS), date: moment(), headline: false, credit: null, others: elsewhere(src) }, d, true));
    }
  }
  for (const src of queue) made.push(creditsNobody(bareFile(src)));
  for (const j of JUNK_V15) made.push(creditsNobody(junkFile(j)));
  return packFiles(d, made, ENCODINGS_V15, 'v15-');
}

/** Heading of the v15 table and JSON. */
export const V15_HEADING = 'UNSEEN SITES v15 (frozen 2026-11-30, development data since 18:57: its misses were read)';

/** Generates v15, runs the real ingest on it and prints its figures (without the DEV simulation). */
export const runUnseenEvalV15 = unseenSetRunner(V15_HEADING, generateUnseenV15);

generatorCli(import.meta.url, 'unseen sites v15', generateUnseenV15, FROZEN_SEED_V15);
