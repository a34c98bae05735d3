/**
 * Generates the FROZEN unseen-sites v16 evaluation set (issue 8): twelve more ordinary news sites, of kinds and places no earlier set had.
 *
 * DEVELOPMENT DATA since 2026-11-30 19:13 (its misses were read after its one frozen scoring, bench/unseen-sites-v16.json);
 * a v17 must be frozen, by someone who has not read the rules, before the next honest figure.
 *
 * FROZEN on 2026-11-30 (v16), at 19:09, written without reading the rules, when v15 (scripts/unseen-sites-v15.ts)
 * became development data because its misses were read. Written without reading the ingest rules (src/ingest/),
 * the word lists and outlet list (src/data/), the scorer beyond the types the generators import, or any history
 * of the project; of the earlier sets only the shared scaffolding (scripts/unseen-sites.ts, v2's `page`,
 * simulate-heldout's `Dice` and encodings), v14's and v15's generators (for the format and the scaffolding
 * calls) and the site lists in the headers of v3–v13 (to pick other kinds and places) were read. The sites,
 * outlets, credit wordings, translations, title decorations, date formats and chrome here are new. Nobody tunes
 * rules against it: do not read its misses while changing rules (`--show` stays 0), do not edit its templates,
 * wordings or seed to move a score. When a case fails, fix the general cause, then freeze a v17 and call this
 * one development data.
 *
 * `npm run eval:unseen` scores v1 to v15 then this set (`npm run eval:unseen:v16`, or `npm run eval -- --unseen
 * --unseen-set v16`, for this one only); `npx tsx scripts/unseen-sites-v16.ts --out DIR` only writes the folder
 * and its manifest (the v1 format, with v2's `outletEvidence`).
 *
 * The twelve sites: a Limoges daily whose own name begins like a Clermont-Ferrand daily's (a look-alike, its own
 * reporters), a Metz pure player reprinting Lorraine papers and look-alike titles, a French-language weekly in
 * Edmonton (Alberta) crediting francophone Canadian papers and Alberta's English-language outlets garbled into
 * French word for word, a Porrentruy (canton of Jura, Switzerland) site pointing to the original's address, a
 * Lomé (Togo) portal crediting Togolese and French outlets and anglophone West African outlets garbled into
 * French, a Saint-Pierre-et-Miquelon weekly (its own reporters, the day only), a Guyane radio's press review
 * keeping the original's name after the headline, a Laval football fanzine ending reprints with a source line,
 * an architecture trade magazine crediting building-trade papers and English-language architecture magazines
 * garbled into French, a secondary school's newsletter in the Ardèche crediting nobody, a Swansea English daily
 * translating French, Belgian, Canadian and African papers' names into English word for word, and a
 * Danish-owned English-language site in Copenhagen doing the same with Swiss, Lebanese and French papers.
 * Article text is read AT RUN TIME from ../shared/corpus/gilets-jaunes (v1's clean pool, drawn with another
 * seed): no corpus text is stored here.
 *
 * Title decorations (none of them part of the headline, which stays the publisher's): a prefix tag ("EN IMAGES.
 * Titre" on the Limoges daily), a site-name prefix ("Gower Ledger: Title" on the Swansea daily), a note after the
 * headline ("Titre (MAJ)" on the Metz site, "Title [TRANSLATION]" on the Copenhagen site), and on the Guyane
 * press review the original outlet's name after " | ", " – " or " :: " (its evidence). Date formats: "Le
 * 10/01/2019 à 14:05, mis à jour à 16:40", "jeu. 10/01/2019 - 14h05", "Mis en ligne le 10 janvier 2019",
 * "Porrentruy, 10.1.2019, 14:05", "Posté le 10/01/2019 à 14:05 (GMT+1)", "Saint-Pierre, le jeudi 10 janvier
 * 2019", "Revue de presse du 10/01/2019", "10/01/2019 @ 14h05", "Paru le 10.01.2019 à 14:05", "Mis en ligne le
 * jeudi 10/01/2019", "Published Thursday, January 10, 2019" and "10 Jan 2019, 14.05 CET".
 *
 * Expected outlet: v2's convention (who published the article first, as the file credits it), recorded per
 * file in `outletEvidence`: machine-translated names of real outlets expect the real outlet's usual name,
 * look-alike names are kept as written, the site's own name is the outlet only where it shows its masthead and
 * its own staff's byline, the republisher is the site's name whenever the file credits another outlet, and null
 * when nothing credits one. Republishing sites show a byline only beside a credit. Every date and time shown is
 * Paris time (winter 2018-19, so always UTC+1: "GMT+1" on the Lomé portal, "CET" on the Copenhagen site); the
 * Edmonton weekly, the Saint-Pierre weekly, the Guyane review, the school newsletter and the Swansea daily show
 * the day only.
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

/** Seed of the v16 set (not the seed of any earlier set). */
export const FROZEN_SEED_V16 = 20261130_16;
/** Clean articles left bare (title and body only): they credit nobody. */
const BARE_V16 = 10;
/** Share of copies whose scrape lost the headline line. */
const HEADLESS_SHARE = 0.3;
/** Share of copies (of 4+ paragraphs) that lost their last paragraph. */
const TRIMMED_SHARE = 0.26;
/** The period: 95 days from 1 December 2018, all in Paris winter time (UTC+1). */
const FIRST_DAY_UTC = Date.UTC(2018, 11, 1);
const DAYS = 95;
const PARIS = 'Europe/Paris';
/** Mostly UTF-8; BOM, Windows-1252, UTF-16 and CRLF line ends as well. */
const ENCODINGS_V16: readonly Encoding[] = ['utf-8', 'cp1252', 'utf-8-crlf', 'utf-8', 'utf-16le-bom', 'utf-8', 'utf-8-bom', 'cp1252-crlf', 'utf-8', 'utf-8-bom', 'cp1252', 'utf-8'];

/** How many other sites reprint one original. */
function reprints(d: Dice): number {
  const r = d.next();
  if (r < 0.57) return 0;
  if (r < 0.86) return 1;
  return r < 0.97 ? 2 : 3;
}

// ——— People ———

const REPORTERS = [
  'Aurélien Chabrol', 'Maëlle Faucher', 'Thibaut Kieffer', 'Céline Schwartz', 'Gaëtan Beaulieu', 'Nadège Thibodeau', 'Lucien Crelier',
  'Anne-Sophie Theurillat', 'Komi Adjovi', 'Akossiwa Lawson', 'Pascale Detcheverry', 'Yann Girardin', 'Joëlle Horth', 'Rudy Alexandre',
  'Kévin Le Bihan', 'Solène Ravaux', 'Rhys Pritchard', 'Carys Bevan', 'Mikkel Sørensen', 'Freja Lund',
];
const PHOTOGRAPHERS_V16 = ['Bastien Lachaud', 'Émeric Fohlen', 'Gwen Llewellyn', 'Kodjo Amenyo'];

// ——— Outlets ———

const LORRAINE = ['Le Républicain lorrain', 'L’Est Républicain', 'Vosges Matin', 'France 3 Grand Est', 'Mirabelle TV', 'La Semaine', 'Lorraine Actu', 'Le Quotidien'];
const CANADA_FRANCO = ['La Presse', 'Le Droit', 'Le Soleil', 'Le Journal de Montréal', 'L’Aquilon', 'L’Aurore boréale', 'La Presse canadienne'];
const ALBERTA_EN = ['Calgary Sun', 'Red Deer Advocate', 'Lethbridge Herald', 'Medicine Hat News', 'Global News', 'The Globe and Mail', 'CTV News', 'Fort McMurray Today'];
const JURA_HOSTED = ['Le Quotidien Jurassien', 'RFJ', 'Arcinfo', 'Le Journal du Jura', 'RTS', 'L’Est Républicain', 'Keystone-ATS', 'Le Pays'];
const TOGO_FR = ['Togo Presse', 'Liberté', 'Le Correcteur', 'L’Alternative', 'Jeune Afrique', 'RFI', 'Le Monde Afrique', 'France 24'];
const WEST_AFRICA_EN = ['MyJoyOnline', 'The Punch', 'Ghanaian Times', 'Daily Nation', 'BusinessDay', 'Citi Newsroom', 'ThisDay'];
const GUYANE_PRESS = ['France-Guyane', 'Guyane la 1ère', 'La Semaine guyanaise', 'Une saison en Guyane', 'Radio Péyi', 'France-Antilles', 'RCI', 'Mediapart', 'Le Monde', 'Libération'];
const FOOTBALL_PRESS = ['France Football', 'So Foot', 'L’Équipe', 'Ouest-France', 'Le Courrier de la Mayenne', 'Le Maine Libre', 'Foot Mercato', 'RMC Sport'];
const BUILDING_FR = ['Le Moniteur', 'AMC Architecture', 'D’architectures', 'Batiactu', 'Les Échos', 'Le Monde', 'Télérama'];
const ARCHITECTURE_EN = ['The Architectural Review', 'Dezeen', 'Architectural Digest', 'The Architects’ Journal', 'Building Design'];
const SWANSEA_PICKS = ['Le Télégramme', 'Le Progrès', 'L’Est Républicain', 'Nice-Matin', 'Le Soir', 'La Libre Belgique', 'La Presse', 'Le Journal de Montréal', 'Jeune Afrique'];
const COPENHAGEN_PICKS = ['Le Républicain lorrain', 'La Nouvelle République', 'Le Point', 'Dernières Nouvelles d’Alsace', 'Tribune de Genève', 'Le Journal de Québec', 'L’Orient-Le Jour', 'La Dépêche du Midi'];

/** Invented outlets whose names share words with a known outlet's: the expected outlet is the name as written. */
const LOOK_ALIKES = {
  metz: ['Le Républicain de la Seille', 'La Semaine des Trois Frontières'],
  alberta: ['Le Droit de l’Ouest', 'La Presse de Bonnyville'],
  togo: ['Liberté Plateaux', 'Togo Presse Magazine'],
  guyane: ['La Semaine du Maroni'],
  football: ['France Football Amateur', 'So Foot de Mayenne'],
  architecture: ['Le Moniteur des Charpentiers', 'Les Échos du Béton'],
  swansea: ['The Evening of Gwent', 'Le Progrès de Pontypridd'],
  copenhagen: ['The Point of Jutland', 'La Nouvelle République Nordique'],
} as const;
const IS_LOOK_ALIKE: ReadonlySet<string> = new Set(Object.values(LOOK_ALIKES).flat());

/** Francophone names as a translation engine renders them word for word in English. */
const WORD_FOR_WORD_EN: Record<string, readonly string[]> = {
  'Le Télégramme': ['The Telegram'],
  'Le Progrès': ['The Progress', 'Progress'],
  'L’Est Républicain': ['The Republican East', 'The East Republican'],
  'Nice-Matin': ['Nice Morning', 'Nice-Morning'],
  'Le Soir': ['The Evening'],
  'La Libre Belgique': ['Free Belgium', 'The Free Belgium'],
  'La Presse': ['The Press'],
  'Le Journal de Montréal': ['The Montreal Journal', 'The Journal of Montreal'],
  'Jeune Afrique': ['Young Africa'],
  'Le Républicain lorrain': ['The Lorraine Republican', 'The Republican of Lorraine'],
  'La Nouvelle République': ['The New Republic of the Centre-West', 'The New Republic (Tours)'],
  'Le Point': ['The Point'],
  'Dernières Nouvelles d’Alsace': ['Latest News of Alsace', 'The Last News from Alsace'],
  'Tribune de Genève': ['Geneva Tribune', 'The Geneva Tribune'],
  'Le Journal de Québec': ['The Quebec Journal', 'Journal of Quebec'],
  'L’Orient-Le Jour': ['The East-The Day', 'The Orient-The Day'],
  'La Dépêche du Midi': ['The Midday Dispatch', 'The Dispatch of the South'],
};
/** English-language names as a translation engine garbles them word for word in French. */
const WORD_FOR_WORD_FR: Record<string, readonly string[]> = {
  'Calgary Sun': ['Le Soleil de Calgary', 'Soleil Calgary'],
  'Red Deer Advocate': ['L’Avocat de Red Deer', 'Le Défenseur du Cerf Rouge'],
  'Lethbridge Herald': ['Le Messager de Lethbridge'],
  'Medicine Hat News': ['Les Nouvelles de Medicine Hat', 'Nouvelles du Chapeau de Médecine'],
  'Global News': ['Nouvelles mondiales', 'Les Nouvelles Globales'],
  'The Globe and Mail': ['Le Globe et le Courrier', 'Globe et Courriel'],
  'CTV News': ['Les Actualités de CTV'],
  'Fort McMurray Today': ['Fort McMurray Aujourd’hui', 'Aujourd’hui à Fort McMurray'],
  'MyJoyOnline': ['Ma Joie en Ligne', 'MaJoieEnLigne'],
  'The Punch': ['Le Coup de poing', 'Le Poinçon'],
  'Ghanaian Times': ['Le Temps ghanéen', 'Temps Ghanéens'],
  'Daily Nation': ['La Nation quotidienne', 'Nation Quotidienne'],
  'BusinessDay': ['Le Jour des Affaires', 'Journée d’affaires'],
  'Citi Newsroom': ['Salle de rédaction Citi', 'La Rédaction de Citi'],
  'ThisDay': ['Ce Jour', 'CeJour'],
  'The Architectural Review': ['La Revue architecturale', 'La Critique Architecturale'],
  'Architectural Digest': ['Le Condensé architectural', 'Digeste Architectural'],
  'The Architects’ Journal': ['Le Journal des architectes', 'Journal des Architectes'],
  'Building Design': ['Conception de bâtiments', 'Le Dessin du Bâtiment'],
};

/** Web hosts the Porrentruy site links to. */
const HOSTS: Record<string, string> = {
  'Le Quotidien Jurassien': 'www.lqj.ch', 'RFJ': 'www.rfj.ch', 'Arcinfo': 'www.arcinfo.ch', 'Le Journal du Jura': 'www.journaldujura.ch',
  'RTS': 'www.rts.ch', 'L’Est Républicain': 'www.estrepublicain.fr', 'Keystone-ATS': 'www.keystone-sda.ch', 'Le Pays': 'www.le-pays.fr',
  'Le Républicain lorrain': 'www.republicain-lorrain.fr', 'Vosges Matin': 'www.vosgesmatin.fr', 'Le Quotidien': 'www.lequotidien.lu',
  'La Presse': 'www.lapresse.ca', 'Le Droit': 'www.ledroit.com', 'Le Soleil': 'www.lesoleil.com', 'Jeune Afrique': 'www.jeuneafrique.com',
  'RFI': 'www.rfi.fr', 'France 24': 'www.france24.com', 'Le Monde': 'www.lemonde.fr', 'Libération': 'www.liberation.fr',
  'Mediapart': 'www.mediapart.fr', 'L’Équipe': 'www.lequipe.fr', 'Ouest-France': 'www.ouest-france.fr', 'So Foot': 'www.sofoot.com',
  'Le Moniteur': 'www.lemoniteur.fr', 'Batiactu': 'www.batiactu.com', 'Les Échos': 'www.lesechos.fr', 'Le Télégramme': 'www.letelegramme.fr',
  'Le Progrès': 'www.leprogres.fr', 'Nice-Matin': 'www.nicematin.com', 'Le Soir': 'www.lesoir.be', 'La Libre Belgique': 'www.lalibre.be',
  'Le Point': 'www.lepoint.fr', 'Tribune de Genève': 'www.tdg.ch', 'La Dépêche du Midi': 'www.ladepeche.fr', 'France-Guyane': 'www.franceguyane.fr',
};

/** Names the Guyane press review prints after a headline. */
const REVIEWED: readonly string[] = [...GUYANE_PRESS, ...LOOK_ALIKES.guyane, 'Ouest-France', 'L’Équipe', 'Le Point', 'Jeune Afrique', 'RFI'];

type Translation = SiteV2['translate'];

/** A v16 site: a v2 site, plus which originals its way of crediting can show on a reprint (all when absent). */
interface SiteV16 extends SiteV2 {
  canShow?: (canonical: string) => boolean;
}

/** The credit of `canonical` as a site printing in `translation`'s language shows it. */
function asPrinted(d: Dice, canonical: string, translation: Translation, lookalike = IS_LOOK_ALIKE.has(canonical)): Credit {
  const table = translation?.into === 'en' ? WORD_FOR_WORD_EN : translation?.into === 'fr' ? WORD_FOR_WORD_FR : undefined;
  const forms = table?.[canonical];
  if (forms && translation && d.chance(translation.share)) return { canonical, shown: d.pick(forms), translated: true, lookalike };
  return { canonical, shown: canonical, translated: false, lookalike };
}

/** Weighted pools of outlets; what the weights leave over is an original crediting nobody. */
function creditDraw(translation: Translation, ...pools: (readonly [readonly string[], number])[]): (d: Dice) => Credit | null {
  return (d) => {
    let left = d.next();
    for (const [names, weight] of pools) {
      if (left < weight) return asPrinted(d, d.pick(names), translation);
      left -= weight;
    }
    return null;
  };
}

// ——— Template helpers ———

const printedYear = (p: Page): string => fmtFr(p.s.date, 'yyyy');
/** A republisher shows the original's writer only beside the credit. */
const bylineWithCredit = (p: Page, date: Shown['date']): Shown => ({ author: p.s.credit !== null, date });
/** "16:40" style clock one to four hours after publication, the same day. */
function updateClock(p: Page): string {
  const h = Math.min(23, p.s.date.getHours() + p.d.int(1, 4));
  return `${String(h).padStart(2, '0')}:${String(p.d.int(0, 59)).padStart(2, '0')}`;
}
/** The original's address on its outlet's site, in one of three URL shapes. */
function originalAddress(p: Page): string {
  const { d, s } = p;
  const host = HOSTS[s.credit!.canonical]!;
  const path = slug(s.src.title);
  const shapes = [
    () => `https://${host}/actualite/${d.pick(['region', 'suisse', 'monde', 'economie'])}/${fmtFr(s.date, 'yyyy-MM-dd')}/${path}`,
    () => `https://${host}/${path}.html?utm_source=ajoie-express`,
    () => `https://${host}/a/${d.int(200_000, 999_999)}/${path}`,
  ];
  return d.pick(shapes)();
}

// ——— The twelve sites ———

export const SITES_V16: readonly SiteV16[] = [
  {
    id: 'limoges-daily',
    name: 'La Montagne Limousine',
    lang: 'fr',
    originals: 16,
    attribution: 'own',
    lookalike: true,
    chromeOnlyPage: true,
    render(p) {
      const { d, s } = p;
      p.chrome('LA MONTAGNE LIMOUSINE', 'Haute-Vienne · Corrèze · Creuse', `Édition de ${d.pick(['Limoges', 'Brive', 'Tulle', 'Guéret', 'Saint-Junien', 'Ussel'])} – changer d’édition`).blank();
      p.chrome(`À la une › ${d.pick(['Haute-Vienne', 'Corrèze', 'Creuse'])} › ${d.pick(['Vie locale', 'Social', 'Faits divers', 'Routes'])}`);
      p.title((t) => (d.chance(0.28) ? `EN IMAGES. ${t}` : t)).blank();
      p.meta(`Le ${fmtFr(s.date, 'dd/MM/yyyy')} à ${fmtFr(s.date, 'HH:mm')}, mis à jour à ${updateClock(p)}`, `Par ${s.author}, rédaction de Limoges`).blank();
      p.chrome(`Photo ${d.pick(PHOTOGRAPHERS_V16)} – La Montagne Limousine`);
      p.body({ [p.mid()]: [`Lire aussi >> ${p.related(1)[0]!}`] });
      p.chrome('Cet article vous a-t-il été utile ?', 'Oui · Non', `${p.n(30)} réactions`).blank();
      p.chrome(
        'Vous lisez cet article gratuitement grâce à nos abonnés. Pour soutenir une information indépendante sur les trois départements du Limousin, des conseils communautaires du plateau de Millevaches aux marchés au cadran de Saint-Yrieix, abonnez-vous dès 2 € le premier mois, sans engagement.',
      ).blank();
      p.chrome(`La Montagne Limousine © ${printedYear(p)} · Société Limousine de Presse et d’Édition · Droits de reproduction et de diffusion réservés`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'metz-pure',
    name: 'Graoully Info',
    lang: 'fr',
    originals: 16,
    attribution: 'credit',
    draw: creditDraw(undefined, [LORRAINE, 0.64], [LOOK_ALIKES.metz, 0.14]),
    render(p) {
      const { d, s } = p;
      p.chrome('GRAOULLY INFO', 'Metz, la Moselle et le Sillon lorrain, sans filtre', 'Direct · Metz Métropole · Thionville · Frontaliers · Culture · FC Metz').blank();
      p.title((t) => (d.chance(0.25) ? `${t} (MAJ)` : t)).blank();
      p.meta(fmtFr(s.date, "EEE dd/MM/yyyy '-' HH'h'mm"));
      p.credit([
        (o) => `Article repris avec l’accord de nos confrères ${de(o)}.`,
        (o) => `Contenu issu ${de(o)}`,
        (o) => `Partage de nos confrères : ${o}.`,
        (o) => `Diffusé initialement sur ${o}.`,
      ]);
      if (s.credit) p.meta(`Reportage : ${s.author}`);
      p.blank();
      p.body({ [p.mid()]: ['👉 Suivez Graoully Info sur WhatsApp pour ne rien rater de l’actu messine'] });
      p.chrome('Tags : Moselle, mobilisation, société', 'Envoyer · Imprimer · Signaler une erreur').blank();
      p.chrome(
        'Graoully Info est un média indépendant, sans actionnaire industriel, édité par une association loi 1908 de droit local alsacien-mosellan. Nos articles sont gratuits parce que quelques centaines de membres paient pour tous les autres. Rejoignez-les : adhésion à partir de 5 euros par mois.',
      ).blank();
      p.chrome(`© ${printedYear(p)} Graoully Info – Association Dragon de Papier – Metz`);
      return bylineWithCredit(p, 'full');
    },
  },
  {
    id: 'alberta-weekly',
    name: 'Le Chinook Franco',
    lang: 'fr',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.78 },
    draw: creditDraw({ into: 'fr', share: 0.78 }, [CANADA_FRANCO, 0.38], [ALBERTA_EN, 0.34], [LOOK_ALIKES.alberta, 0.12]),
    render(p) {
      const { d, s } = p;
      p.chrome('LE CHINOOK FRANCO', 'Le journal des francophones de l’Alberta — Edmonton, Calgary, Saint-Paul, Bonnyville, Plamondon', 'Actualités | Francophonie | Éducation | Arts et culture | Petites annonces').blank();
      p.chrome(`Météo à Edmonton : ${d.int(-32, -4)} °C, ressentie ${d.int(-45, -10)} °C`).blank();
      p.title().blank();
      p.meta(fmtFr(s.date, "'Mis en ligne le' d MMMM yyyy"));
      p.credit([
        (o) => `Cet article nous est offert par ${o} dans le cadre d’un échange de contenus.`,
        (o) => `Version originale parue dans ${o}.`,
        (o) => `Nouvelle relayée de ${o}`,
        (o) => `Reproduit avec l’aimable collaboration ${de(o)}.`,
      ]);
      if (s.credit) p.meta(`Texte de ${s.author}`);
      p.blank();
      p.body({ [p.mid()]: [`PUBLICITÉ — ${d.pick(['Caisse populaire de l’Alberta : votre hypothèque en français', 'Cabane à sucre de Saint-Albert, fin de semaine du 24', 'Camp d’hiver de la Cité francophone : inscriptions ouvertes'])}`] });
      p.chrome('Une nouvelle dans votre communauté ? Faites-nous signe.').blank();
      p.chrome(
        'Le Chinook Franco paraît chaque jeudi grâce à l’appui financier du gouvernement du Canada par l’entremise du Fonds du Canada pour les périodiques, et à la fidélité de ses annonceurs. Le contenu des textes reproduits demeure la responsabilité de leurs éditeurs d’origine.',
      ).blank();
      p.chrome(`Tous droits réservés © ${printedYear(p)} Les Éditions du Chinook inc., Edmonton (Alberta)`);
      return bylineWithCredit(p, 'day');
    },
  },
  {
    id: 'porrentruy-site',
    name: 'Ajoie Express',
    lang: 'fr',
    originals: 16,
    attribution: 'url-host',
    chromeOnlyPage: true,
    canShow: (canonical) => canonical in HOSTS,
    draw: creditDraw(undefined, [JURA_HOSTED, 0.9]),
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Ce site recourt à des témoins de connexion (cookies) pour établir des statistiques anonymes de fréquentation et, si vous y consentez, pour afficher les vidéos de plateformes tierces. Vous pouvez revenir sur votre choix depuis le lien « Protection des données » au bas de chaque page.',
        'D’accord',
        'Refuser',
      ).blank();
      p.chrome('AJOIE EXPRESS', 'Porrentruy · Clos du Doubs · Haute-Ajoie · Baroche', `Douane de Boncourt : ${d.int(2, 35)} min d’attente | Bise : ${d.int(10, 60)} km/h`).blank();
      p.chrome('Région | Frontière | Sport | Agenda | Nécrologies');
      p.title().blank();
      p.meta(`Porrentruy, ${fmtFr(s.date, 'd.M.yyyy, HH:mm')}`);
      if (s.credit) {
        const url = originalAddress(p);
        p.meta(d.pick([`Source web : ${url}`, `À lire en entier sur ${url}`, `Lien original → ${url}`, `Publié d’abord sur ${url}`]), `Auteur·e : ${s.author}`);
      }
      p.blank();
      p.body({ [p.mid()]: ['Annonce – Boulangerie du Faubourg : taillaules et pains de Saint-Martin sur commande'] });
      p.chrome('Partager', 'Threema · WhatsApp · Courriel').blank();
      p.chrome(`Ajoie Express · Association pour une information ajoulote · ${printedYear(p)}`, 'Mentions légales · Protection des données');
      return bylineWithCredit(p, 'full');
    },
  },
  {
    id: 'lome-portal',
    name: 'Lomé Matin Plus',
    lang: 'fr',
    originals: 16,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.8 },
    draw: creditDraw({ into: 'fr', share: 0.8 }, [TOGO_FR, 0.42], [WEST_AFRICA_EN, 0.3], [LOOK_ALIKES.togo, 0.12]),
    render(p) {
      const { d, s } = p;
      p.chrome('LOMÉ MATIN PLUS', 'Le portail de l’actualité togolaise et ouest-africaine', 'Accueil ~ Politique ~ Économie ~ Société ~ Diaspora ~ Sport').blank();
      p.chrome(`EN CONTINU >> ${p.related(2).join(' >> ')}`).blank();
      p.title().blank();
      p.meta(`Posté le ${fmtFr(s.date, "dd/MM/yyyy 'à' HH:mm")} (GMT+1)`);
      p.credit([
        (o) => `Source de cet article : ${o}.`,
        (o) => `D’abord diffusé par ${o}.`,
        (o) => `Nous reprenons cet article ${de(o)}, avec nos remerciements.`,
        (o) => `Repris ${de(o)}`,
      ]);
      if (s.credit) p.meta(`Écrit par ${s.author}`);
      p.blank();
      p.body({ [p.mid()]: ['ANNONCE : Togocel Flash, rechargez sans frais tout le mois de janvier'] });
      p.chrome(`Vues : ${d.int(120, 9000)}`, 'Votre avis nous intéresse', 'Pseudo', 'Commentaire', 'Envoyer').blank();
      p.chrome(
        'Lomé Matin Plus est un service en ligne de la société Plus Médias Togo SARLU. Les contenus repris d’autres rédactions restent la propriété de leurs auteurs ; toute autre reproduction de nos textes, photos et vidéos sur un support quelconque est interdite sans autorisation préalable de la direction.',
      ).blank();
      p.chrome(`Lomé Matin Plus ${printedYear(p)} © — Conçu à Lomé, Bè-Kpota`);
      return bylineWithCredit(p, 'full');
    },
  },
  {
    id: 'miquelon-weekly',
    name: 'Le Phare de l’Archipel',
    lang: 'fr',
    originals: 14,
    attribution: 'own',
    render(p) {
      const { d, s } = p;
      p.chrome('LE PHARE DE L’ARCHIPEL', 'L’hebdo de Saint-Pierre, Miquelon et Langlade', `Traversée Saint-Pierre – Fortune : ${d.pick(['maintenue', 'annulée pour cause de houle', 'retardée de deux heures'])}`).blank();
      p.title().blank();
      p.meta(`Saint-Pierre, le ${fmtFr(s.date, 'EEEE d MMMM yyyy')}`, `Reportage : ${s.author}`).blank();
      p.body({ [p.mid()]: [`Petite annonce – ${d.pick(['Vends doris de 18 pieds, moteur révisé', 'Cherche colocation à l’Anse-à-Henry', 'Donne bois de chauffage, à prendre sur place'])}`] });
      p.chrome('Écrivez-nous : courrier des lecteurs, avis de naissance, remerciements').blank();
      p.chrome(
        'Le Phare de l’Archipel est imprimé chaque vendredi à Saint-Pierre et distribué dans les commerces de l’archipel ainsi qu’aux abonnés de métropole et du Canada, avec quelques jours de décalage. L’édition numérique est accessible aux abonnés dès le jeudi soir. Tarifs sur demande au bureau du journal, rue du 11-Novembre.',
      ).blank();
      p.chrome(`© Le Phare de l’Archipel – ${printedYear(p)} – tous droits réservés`);
      return { author: true, date: 'day' };
    },
  },
  {
    id: 'guyane-review',
    name: 'Radio Oyapock Info',
    lang: 'fr',
    originals: 15,
    attribution: 'title-suffix',
    canShow: (canonical) => REVIEWED.includes(canonical),
    draw: creditDraw(undefined, [GUYANE_PRESS, 0.8], [LOOK_ALIKES.guyane, 0.1]),
    render(p) {
      const { d, s } = p;
      p.chrome('RADIO OYAPOCK INFO', 'De Saint-Georges à Cayenne, 101.3 FM', 'La revue de presse du matin, du lundi au samedi à 7 h 15').blank();
      const joint = d.pick([' | ', ' – ', ' :: ']);
      p.title((t) => (s.credit ? `${t}${joint}${s.credit.shown}` : t)).blank();
      p.meta(fmtFr(s.date, "'Revue de presse du' dd/MM/yyyy")).blank();
      p.body({ [p.mid()]: ['▶ Écouter la revue de presse en créole'] });
      p.chrome('Transmettre · Copier le lien').blank();
      p.chrome(
        'Chaque matin, Radio Oyapock Info reprend intégralement une sélection d’articles de la presse guyanaise, antillaise et nationale consacrés à la Guyane et au bassin de l’Oyapock. Le nom du journal d’origine suit le titre ; les textes restent la propriété de leurs éditeurs.',
      ).blank();
      p.chrome(`Radio Oyapock Info – association loi 1901 – ${printedYear(p)}`);
      return { author: false, date: 'day' };
    },
  },
  {
    id: 'football-fanzine',
    name: 'Tango Tribune',
    lang: 'fr',
    originals: 15,
    attribution: 'source-line',
    draw: creditDraw(undefined, [FOOTBALL_PRESS, 0.64], [LOOK_ALIKES.football, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('TANGO TRIBUNE', 'Le fanzine des supporters lavallois depuis 1994', 'Matchs · Mercato · Tribune Nord · Archives · Boutique').blank();
      p.chrome(`Prochain match : Laval – ${d.pick(['Quevilly', 'Boulogne', 'Dunkerque', 'Concarneau', 'Cholet'])}, samedi 18 h`).blank();
      p.title().blank();
      p.meta(fmtFr(s.date, "dd/MM/yyyy '@' HH'h'mm")).blank();
      p.body({ [p.mid()]: ['Abonnement tribune Nord : le formulaire est en ligne, places limitées'] });
      if (s.credit) p.meta(d.pick([`Lu dans : ${s.credit.shown}`, `Crédit source — ${s.credit.shown}`, `[source] ${s.credit.shown}`, `Source de l’info : ${s.credit.shown}`]), `Plume originale : ${s.author}`);
      p.blank();
      p.chrome('Allez Laval ! Partage si t’es tango 🧡').blank();
      p.chrome(
        'Tango Tribune est écrit par des bénévoles, imprimé à 600 exemplaires les soirs de match et vendu deux euros à l’entrée de la tribune Nord. Le site reprend aussi, avec leur source, des articles de la presse sportive et régionale. Aucune relation avec le club ni avec ses sponsors.',
      ).blank();
      p.chrome(`Tango Tribune ${printedYear(p)} — fait main en Mayenne`);
      return bylineWithCredit(p, 'full');
    },
  },
  {
    id: 'architecture-trade',
    name: 'Plans & Chantiers',
    lang: 'fr',
    originals: 15,
    attribution: 'credit',
    chromeOnlyPage: true,
    translate: { into: 'fr', share: 0.75 },
    draw: creditDraw({ into: 'fr', share: 0.75 }, [BUILDING_FR, 0.4], [ARCHITECTURE_EN, 0.3], [LOOK_ALIKES.architecture, 0.14]),
    render(p) {
      const { d, s } = p;
      p.chrome('PLANS & CHANTIERS', 'Le mensuel des architectes, des maîtres d’œuvre et des économistes de la construction', 'Projets | Concours | Matériaux | Réglementation | Carrières').blank();
      p.chrome(`Indice BT01 : ${d.int(108, 114)},${d.int(0, 9)} (${d.pick(['+0,3', '−0,1', '+0,2'])} %)`).blank();
      p.title().blank();
      p.meta(fmtFr(s.date, "'Paru le' dd.MM.yyyy 'à' HH:mm"));
      p.credit([
        (o) => `Cet article a paru initialement dans ${o}.`,
        (o) => `Contenu partagé par ${o}.`,
        (o) => `Emprunté avec son accord à ${o}.`,
        (o) => `Source éditoriale : ${o}`,
      ]);
      if (s.credit) p.meta(`Auteur du texte original : ${s.author}`);
      p.blank();
      p.body({ [p.mid()]: ['Webinaire RE2020 : inscrivez-vous à notre session du jeudi'] });
      p.chrome(`Thèmes : ${d.sample(['logement social', 'réhabilitation', 'bois', 'béton bas carbone', 'urbanisme', 'marchés publics'], 3).join(' / ')}`).blank();
      p.chrome(
        'Recevez chaque lundi La Lettre de Plans & Chantiers : appels d’offres, résultats de concours, évolutions normatives et portraits d’agences. Réservée aux professionnels de la maîtrise d’œuvre ; désinscription en un clic depuis chaque envoi, aucune cession de vos coordonnées.',
        'Courriel professionnel',
        'S’inscrire',
      ).blank();
      p.chrome(`Plans & Chantiers — Éditions de l’Équerre — ISSN 2271-0${d.int(100, 999)} — © ${printedYear(p)}`);
      return bylineWithCredit(p, 'full');
    },
  },
  {
    id: 'school-newsletter',
    name: 'L’Écho du Collège des Boutières',
    lang: 'fr',
    originals: 12,
    attribution: 'none',
    chromeOnlyPage: true,
    render(p) {
      const { d, s } = p;
      p.chrome('L’ÉCHO DU COLLÈGE DES BOUTIÈRES', 'Lettre d’information du collège public des Boutières – Le Cheylard (Ardèche)', 'Vie scolaire · CDI · Association sportive · Parents').blank();
      p.chrome(d.pick(['Revue d’actualité proposée par le club presse', 'L’actu décryptée en éducation aux médias', 'Le coin des 3e : comprendre l’actualité']));
      p.title().blank();
      p.meta(fmtFr(s.date, "'Mis en ligne le' EEEE dd/MM/yyyy")).blank();
      p.body();
      p.chrome('Question à débattre en classe : qu’en pensez-vous ? Déposez vos réponses au CDI.').blank();
      p.chrome(
        'Cette lettre est préparée par les élèves du club presse avec leur professeure documentaliste, dans le cadre de l’éducation aux médias et à l’information. Elle est diffusée aux familles par l’espace numérique de travail. Pour toute remarque, adressez-vous au secrétariat de la vie scolaire.',
      ).blank();
      p.chrome('Rappel : le portail sera fermé pendant les vacances d’hiver', 'Cantine : menus de la semaine sur l’ENT');
      return { author: false, date: 'day' };
    },
  },
  {
    id: 'swansea-daily',
    name: 'The Gower Ledger',
    lang: 'en',
    originals: 17,
    attribution: 'credit',
    translate: { into: 'en', share: 0.8 },
    draw: creditDraw({ into: 'en', share: 0.8 }, [SWANSEA_PICKS, 0.68], [LOOK_ALIKES.swansea, 0.12]),
    render(p) {
      const { d, s } = p;
      p.chrome('THE GOWER LEDGER', 'Swansea · Gower · Neath Port Talbot · Llanelli', 'Home | News | Wales | World | Rugby | Cymraeg | Property').blank();
      p.chrome('News › World › France');
      p.title((t) => (d.chance(0.3) ? `Gower Ledger: ${t}` : t)).blank();
      p.meta(fmtEn(s.date, "'Published' EEEE, MMMM d, yyyy"));
      p.chrome(`Image: ${d.pick(PHOTOGRAPHERS_V16)}`);
      p.credit([
        (o) => `First published in French by ${o}.`,
        (o) => `This report is shared with us by ${o}.`,
        (o) => `Our thanks to ${o}, whose journalists wrote this story.`,
        (o) => `Syndicated from ${o}.`,
      ]);
      if (s.credit) p.meta(`Reporting by ${s.author}`);
      p.blank();
      p.body({ [p.mid()]: ['Advertisement – scroll to continue reading'] });
      p.chrome('Share on Facebook · Share on X · Send by email').blank();
      p.chrome(
        'Diolch am ddarllen — thank you for reading. Independent local journalism in Swansea Bay depends on readers like you. Become a Ledger supporter for £3 a month and enjoy fewer adverts, our weekend puzzle supplement and the knowledge that you are keeping a newsroom open in West Glamorgan.',
      ).blank();
      p.chrome(`${d.int(0, 95)} comments · Join the conversation`).blank();
      p.chrome(`The Gower Ledger is published by Bay Newspapers Ltd, a company registered in Wales no. ${d.int(1_000_000, 9_999_999)}. © ${printedYear(p)}`);
      return bylineWithCredit(p, 'day');
    },
  },
  {
    id: 'copenhagen-english',
    name: 'The Øresund Post',
    lang: 'en',
    originals: 16,
    attribution: 'credit',
    translate: { into: 'en', share: 0.75 },
    draw: creditDraw({ into: 'en', share: 0.75 }, [COPENHAGEN_PICKS, 0.7], [LOOK_ALIKES.copenhagen, 0.12]),
    render(p) {
      const { d, s } = p;
      p.chrome(
        'We and our partners store and access information on your device, such as cookies, to measure traffic, improve our services and show relevant ads. You may accept all, reject all, or choose your purposes; your choice will be remembered for twelve months on this browser.',
        'Accept all',
        'Reject all',
        'Choose',
      ).blank();
      p.chrome('The Øresund Post', 'Denmark, Sweden and Europe in English', 'Copenhagen | Malmö | Nordic | Europe | Work & Study | Events').blank();
      p.title((t) => (d.chance(0.3) ? `${t} [TRANSLATION]` : t)).blank();
      p.meta(fmtEn(s.date, "d MMM yyyy',' HH.mm 'CET'"));
      p.credit([
        (o) => `This article was first printed in ${o} and translated for our readers.`,
        (o) => `Translated from the French original in ${o}.`,
        (o) => `Courtesy of ${o}.`,
        (o) => `Content partner: ${o}`,
      ]);
      if (s.credit) p.meta(`Original author: ${s.author}`);
      p.blank();
      p.body({ [p.mid()]: [`Related: ${p.related(1)[0]!}`] });
      p.chrome('Rate this translation', '★ ★ ★ ★ ★').blank();
      p.chrome(`The Øresund Post is a publication of Sundmedia ApS, Copenhagen – CVR ${d.int(10_000_000, 99_999_999)} – © ${printedYear(p)}`);
      return bylineWithCredit(p, 'full');
    },
  },
];

const JUNK_V16: readonly { name: string; bytes: Uint8Array }[] = [
  { name: 'png', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01]) },
  { name: 'zip', bytes: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]) },
  { name: 'json-404', bytes: Buffer.from('{"error":"Not Found","status":404,"path":"/api/v2/articles/ajoie"}\n', 'utf8') },
  { name: 'nginx-403', bytes: Buffer.from('403 Forbidden\nnginx/1.14.2\n', 'utf8') },
  { name: 'bot-check', bytes: Buffer.from('Vérification de votre navigateur avant d’accéder au site.\nCe processus est automatique.\nVeuillez patienter 5 secondes…\n', 'utf8') },
  { name: 'sitemap-csv', bytes: Buffer.from('loc;lastmod;priority\n/actualite/region;2019-01-10;0.8\n/sport;2019-01-09;0.5\n', 'utf8') },
  { name: 'vcard', bytes: Buffer.from('BEGIN:VCARD\nVERSION:3.0\nFN:Rédaction\nTEL:+33 5 55 00 00 00\nEND:VCARD\n', 'utf8') },
  { name: 'nul-bytes', bytes: Buffer.alloc(48) },
  { name: 'paywall-only', bytes: Buffer.from('Cet article est réservé aux abonnés.\nDéjà abonné ? Connectez-vous\nJe m’abonne\n', 'utf8') },
  { name: 'dash', bytes: Buffer.from('\uFEFF—\r\n', 'utf8') },
];

// ——— Generation ———

/** The reprint of `story` on `host`: the first site's credit (or its own name) when the host can show it; maybe headless or trimmed. */
function reprintOn(d: Dice, story: Story, first: SiteV16, host: SiteV16, others: string[]): Story {
  const fromOwnSite = first.attribution === 'own' ? { canonical: first.name, lookalike: first.lookalike === true } : null;
  const origin = story.credit ?? fromOwnSite;
  const hostCredits = host.attribution !== 'own' && host.attribution !== 'none';
  const shown = origin !== null && hostCredits && (host.canShow === undefined || host.canShow(origin.canonical));
  const trimmed = story.src.body.length >= 4 && d.chance(TRIMMED_SHARE);
  // The Guyane review's evidence follows its headline: its reprints always show one.
  const headline = host.attribution === 'title-suffix' ? true : !d.chance(HEADLESS_SHARE);
  return {
    ...story,
    body: trimmed ? story.src.body.slice(0, -1) : story.src.body,
    headline,
    credit: shown ? asPrinted(d, origin.canonical, host.translate, origin.lookalike) : null,
    others,
  };
}

/**
 * Builds the v16 set from clean sources (deterministic for a seed): each site's originals and their reprints on
 * up to three other sites, bare files, chrome-only pages and junk, shuffled, each file in one of several
 * encodings and named by content.
 */
export function generateUnseenV16(pool: readonly UnseenSource[], seed: number = FROZEN_SEED_V16): { files: UnseenFile[]; manifest: UnseenEntry[] } {
  const d = new Dice(makeRng(seed));
  const wanted = BARE_V16 + SITES_V16.reduce((n, s) => n + s.originals, 0);
  if (pool.length < wanted) throw new Error(`unseen sites v16: ${wanted} clean articles needed, the pool has ${pool.length}`);
  const picked = d.sample(pool, wanted);
  const allTitles = picked.map((s) => s.title);
  const othersFor = (src: UnseenSource): string[] => d.sample(allTitles.filter((t) => t !== src.title), 5);
  const when = (): TZDate => {
    const day = new Date(FIRST_DAY_UTC + d.int(0, DAYS - 1) * 86_400_000);
    return new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), d.int(6, 22), d.int(0, 59), 0, PARIS);
  };
  const pages: MadePage[] = [];
  let at = 0;
  for (const site of SITES_V16) {
    const mine = picked.slice(at, at + site.originals);
    at += site.originals;
    for (const src of mine) {
      const story: Story = { src, body: src.body, author: d.pick(REPORTERS), date: when(), headline: true, credit: site.draw ? site.draw(d) : null, others: othersFor(src) };
      pages.push(page(site, story, d, false));
      const hosts = d.sample(SITES_V16.filter((h) => h.id !== site.id), reprints(d));
      for (const host of hosts) pages.push(page(host, reprintOn(d, story, site, host, othersFor(src)), d, false));
    }
    if (site.chromeOnlyPage) {
      const anySrc = picked[0]!;
      pages.push(page(site, { src: anySrc, body: [], author: d.pick(REPORTERS), date: when(), headline: false, credit: null, others: othersFor(anySrc) }, d, true));
    }
  }
  for (const src of picked.slice(at)) pages.push(creditsNobody(bareFile(src)));
  for (const junk of JUNK_V16) pages.push(creditsNobody(junkFile(junk)));
  return packFiles(d, pages, ENCODINGS_V16, 'v16-');
}

/** Heading of the v16 table and JSON. */
export const V16_HEADING = 'UNSEEN SITES v16 (frozen 2026-11-30, development data since 19:13: its misses were read)';

/** Generates v16, runs the real ingest on it and prints its figures (without the DEV simulation). */
export const runUnseenEvalV16 = unseenSetRunner(V16_HEADING, generateUnseenV16);

generatorCli(import.meta.url, 'unseen sites v16', generateUnseenV16, FROZEN_SEED_V16);
