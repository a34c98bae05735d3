/**
 * Generates the FROZEN unseen-sites v10 evaluation set (issue 8): twelve more ordinary news sites, of kinds no earlier set had.
 *
 * DEVELOPMENT DATA since 2026-11-30 16:50 (its misses were read); the frozen set is now scripts/unseen-sites-v11.ts.
 *
 * FROZEN on 2026-11-30 (v10), at 16:45, when v9 (scripts/unseen-sites-v9.ts) became development data because
 * its misses were read. Written without reading the ingest rules (src/ingest/), the word lists (src/data/) or
 * the template wordings of v1–v9 and scripts/simulate-heldout.ts: the sites, outlets, credit wordings,
 * translations and chrome here are new. Nobody tunes rules against it: do not read its misses while changing
 * rules (`--show` stays 0), do not edit its templates, wordings or seed to move a score. When a case fails,
 * fix the general cause, then freeze a v11 and call this one development data.
 *
 * `npm run eval:unseen` scores v1 to v9 then this set (`npm run eval:unseen:v10`, or `npm run eval -- --unseen
 * --unseen-set v10`, for this one only); `npx tsx scripts/unseen-sites-v10.ts --out DIR` only writes the folder
 * and its manifest (the v1 format, with v2's `outletEvidence`).
 *
 * The twelve sites: a Toulouse daily (its own reporters), a bilingual French–German Strasbourg site ending
 * reprints with a two-language source line, a Normandy weekly (its own correspondents), a Charleroi local TV
 * site crediting Belgian and French papers and look-alike titles, a Fribourg paper crediting Swiss papers and
 * English outlets translated into French word for word, a Sherbrooke daily crediting Québec papers and English
 * outlets garbled into French, a Dakar portal linking to the original, a Tunis daily keeping the original's
 * title suffix, a press agency's French service (its own wire copy), an ecologist alternative site crediting
 * nobody, a US outlet's French-language page crediting partners, and an English-language Channel site on French
 * and Belgian affairs translating francophone papers' names into English.
 * Article text is read AT RUN TIME from ../shared/corpus/gilets-jaunes (v1's clean pool, drawn with another
 * seed): no corpus text is stored here.
 *
 * Expected outlet: v2's convention (who published the article first, as the file credits it), recorded per
 * file in `outletEvidence`: machine-translated names of real outlets expect the canonical name (the public
 * corpora's manifests' spelling where they hold the outlet), look-alike names are kept as written, the site's
 * own name is the outlet only where it shows its masthead and its own staff's byline, the republisher is the
 * site's name whenever the file credits another outlet, and null when nothing credits one. Republishing sites
 * show a byline only beside a credit. A relative date is only ever shown beside the absolute one; every date
 * and time shown is Paris time (the Québec daily shows the day only).
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

/** Seed of the v10 set (not the seed of any earlier set). */
export const FROZEN_SEED_V10 = 20261130_10;
/** Clean articles left bare (title and body only, crediting nobody), as scraped folders hold a few. */
const BARE_COUNT = 10;
/** Share of originals copied to other sites: wire-like pieces travel, most local ones do not. */
const COPIED = 0.45;
/** Share of copied originals that reach a second other site (a story picked up twice). */
const COPIED_AGAIN = 0.3;
/** Share of copies whose scrape lost the headline line (its title must come from another copy). */
const NO_HEADLINE = 0.3;
/** Share of copies (of 4+ paragraphs) that lost their last paragraph (cut reprints). */
const CUT_SHORT = 0.2;
/** Days covered from 2018-11-19: ends before the switch to summer time, so every Paris time shown is CET. */
const DAYS = 125;
const PARIS = 'Europe/Paris';
/** Encodings of the copies: mostly UTF-8, as scraped folders are, with Windows and UTF-16 files among them. */
const ENCODINGS_V10: readonly Encoding[] = ['utf-8', 'cp1252', 'utf-8', 'utf-8-crlf', 'utf-8-bom', 'utf-8', 'cp1252-crlf', 'utf-16le-bom', 'cp1252', 'utf-8'];

// ——— Invented people; real and look-alike outlets ———

const STAFF = ['Mathieu Sabatier', 'Odile Kern', 'Fatou Diallo', 'Benoît Lecanu', 'Aïcha Ben Romdhane', 'Geneviève Bouchard', 'Laurent Dessimoz', 'Christelle Vandamme', 'Ibrahima Ndiaye', 'Owen Pritchard', 'Sophie Wendling', 'Maud Lebreton', 'Daniel Okafor'];
const PHOTOS = ['Jérôme Castagné', 'Anaïs Pelletier', 'Moussa Faye', 'Régine Stoll'];
const SECTIONS = ['Société', 'Social', 'Politique', 'Économie', 'Territoires', 'Monde', 'Faits divers'];
const KEYWORDS = ['gilets jaunes', 'taxe sur le gazole', 'péages', 'Acte XII', 'préfecture', 'grand débat', 'salaire minimum', 'CRS'];
const KEYWORDS_EN = ['France', 'protest', 'Emmanuel Macron', 'fuel prices', 'Belgium', 'policing'];
const TOULOUSE = ['Capitole', 'Jean-Jaurès', 'Mirail', 'Purpan', 'Colomiers', 'Blagnac', 'Muret'];
const BOCAGE = ['Vire', 'Flers', 'Condé-sur-Noireau', 'Tinchebray', 'Saint-Sever', 'Villedieu-les-Poêles'];

const FR = ['Le Parisien', 'Le Figaro', 'Le Monde', 'La Croix', 'Le Point', "L'Obs", "L'Express", 'franceinfo', 'Ouest-France', 'La Voix du Nord'];
const BE = ['La DH', 'La Libre Belgique', 'Le Soir'];
const CH = ['Le Temps', 'Tribune de Genève', 'Le Matin', 'Le Nouvelliste'];
const QC = ['La Presse', 'Le Devoir', 'Le Soleil', 'Le Journal de Montréal', 'Le Journal de Québec'];
const EN = ['The New York Times', 'The Washington Post', 'The Guardian', 'BBC', 'CNN', 'Reuters', 'The Wall Street Journal', 'Financial Times', 'Bloomberg', 'NBC News'];

/** French, Belgian, Swiss and Québec names machine-translated word for word into English (some reordered). */
const TO_ENGLISH: Record<string, readonly string[]> = {
  'Le Parisien': ['The Parisian'],
  'Le Figaro': ['The Figaro'],
  'Le Monde': ['The World', 'World'],
  'La Croix': ['The Cross'],
  'Le Point': ['The Point'],
  'Ouest-France': ['West France', 'France West'],
  'La Voix du Nord': ['The Voice of the North', 'North Voice'],
  'La Libre Belgique': ['The Free Belgium', 'Free Belgium'],
  'La DH': ['The Last Hour'],
  'Le Soir': ['The Evening'],
  'Le Temps': ['The Time'],
  'Tribune de Genève': ['Geneva Tribune', 'Tribune of Geneva'],
  'Le Matin': ['The Morning'],
  'La Presse': ['The Press'],
  'Le Devoir': ['The Duty'],
  'Le Journal de Montréal': ['The Montreal Journal', 'The Journal of Montreal'],
  'Le Journal de Québec': ['The Quebec Journal'],
};
/** English names machine-translated into French word for word (names with no such form stay as written). */
const TO_FRENCH: Record<string, readonly string[]> = {
  'The New York Times': ['Les Temps de New York', 'Le New York Temps'],
  'The Washington Post': ['La Poste de Washington', 'Le Poste de Washington'],
  'The Guardian': ['Le Gardien'],
  'The Wall Street Journal': ['Le Journal de Wall Street', 'Le Journal de la rue du Mur'],
  'Financial Times': ['Les Temps financiers', 'Temps Financiers'],
  'NBC News': ['Nouvelles NBC', 'NBC Nouvelles'],
};
/** Real or invented outlets whose names begin like a known outlet's but are other outlets: kept as written. */
const LOOKALIKE_FR = ['Le Matin du Sahara', 'La Presse de la Manche', 'Tribune de Lyon', 'Le Journal de Saône-et-Loire', 'Le Point du Jour de Mouscron', 'Le Soir d’Auvergne'];
const LOOKALIKE_EN = ['The New York Post', 'The Washington Free Beacon'];
const LOOKALIKES_V10 = new Set([...LOOKALIKE_FR, ...LOOKALIKE_EN]);

/**
 * Web hosts of the outlets a link or a title suffix can name. Not Le Temps, La Presse nor Le Matin: Maghreb dailies
 * bear those names too, so a bare suffix on the Tunis daily would not say which paper it means.
 */
const HOSTS: Record<string, string> = {
  'Le Parisien': 'www.leparisien.fr',
  'Le Figaro': 'www.lefigaro.fr',
  'Le Monde': 'www.lemonde.fr',
  'La Croix': 'www.la-croix.com',
  'Le Point': 'www.lepoint.fr',
  franceinfo: 'www.francetvinfo.fr',
  'La DH': 'www.dhnet.be',
  'La Libre Belgique': 'www.lalibre.be',
  'Tribune de Genève': 'www.tdg.ch',
  'Le Devoir': 'www.ledevoir.com',
  'Le Journal de Montréal': 'www.journaldemontreal.com',
  'The Guardian': 'www.theguardian.com',
  Reuters: 'www.reuters.com',
};

type Translation = SiteV2['translate'];

/** A name as a site prints it: translated word for word with the site's probability when a rendering exists. */
function asPrinted(d: Dice, canonical: string, into: Translation, lookalike: boolean): Credit {
  const forms = into ? (into.into === 'en' ? TO_ENGLISH : TO_FRENCH)[canonical] : undefined;
  if (forms !== undefined && d.chance(into!.share)) return { shown: d.pick(forms), canonical, translated: true, lookalike };
  return { shown: canonical, canonical, translated: false, lookalike };
}

/** The outlet an original credits, drawn from `[names, weight]` pools (weights summing to 1). */
function credits(pools: readonly (readonly [readonly string[], number])[], into?: Translation): (d: Dice) => Credit {
  return (d) => {
    let left = d.next();
    const hit = pools.find(([, w]) => (left -= w) < 0) ?? pools[0]!;
    const name = d.pick(hit[0]);
    return asPrinted(d, name, into, LOOKALIKES_V10.has(name));
  };
}

// ——— Template helpers ———

const ISSUE = (p: Page): string => fmtFr(p.s.date, 'yyyy');
const at = (p: Page, hours: number): TZDate => new TZDate(p.s.date.getTime() + hours * 3_600_000, PARIS);
const some = (p: Page, pool: readonly string[], n: number, glue: string): string => p.d.sample(pool, n).join(glue);
/** The original's address on its outlet's host. */
const address = (p: Page): string =>
  `https://${HOSTS[p.s.credit!.canonical]}/${slug(p.d.pick(SECTIONS))}/${fmtFr(p.s.date, 'yyyyMMdd')}-${slug(p.s.src.title)}`;
const own = (): Shown => ({ author: true, date: 'full' });
/** What a republishing page shows: byline and date beside a credit, the date alone otherwise. */
const shownIf = (p: Page, date: Shown['date']): Shown => ({ author: p.s.credit !== null, date });

// ——— The twelve sites ———

/** The twelve v10 sites. */
export const SITES_V10: readonly SiteV2[] = [
  {
    id: 'toulouse-daily',
    name: 'L’Écho des Capitouls',
    lang: 'fr',
    originals: 17,
    attribution: 'own',
    chromeOnlyPage: true,
    render(p) {
      p.chrome('L’ÉCHO DES CAPITOULS', 'Le quotidien de Toulouse et de sa métropole', 'Une | Toulouse | Métropole | Occitanie | Rugby | Sortir | Annonces légales');
      p.chrome(`Vous êtes ici : Une > ${p.d.pick(SECTIONS)} > ${p.d.pick(TOULOUSE)}`).blank();
      p.title().blank();
      p.meta(p.d.pick([
        `Par ${p.s.author}, le ${fmtFr(p.s.date, 'dd/MM/yyyy')} à ${fmtFr(p.s.date, "HH'h'mm")}`,
        `${p.s.author} | ${fmtFr(p.s.date, 'EEEE d MMMM yyyy, HH:mm')}`,
        `Publié le ${fmtFr(p.s.date, 'd MMMM yyyy')} à ${fmtFr(p.s.date, 'H:mm')} par ${p.s.author}`,
      ]));
      if (p.d.chance(0.4)) p.meta(`Dernière modification : ${fmtFr(at(p, p.d.int(1, 30)), "d MMM yyyy 'à' HH'h'mm")}`);
      p.chrome(`Temps de lecture : ${p.d.int(2, 7)} min`).blank();
      p.body({ [p.mid()]: [`À LIRE AUSSI ▸ ${p.related(1)[0]}`] });
      p.chrome(`Photo : ${p.d.pick(PHOTOS)} / L’Écho des Capitouls`, 'Vous avez aimé cet article ? Partagez-le : Facebook – X – WhatsApp – Copier le lien').blank();
      p.chrome(`${p.n(40)} commentaires`, 'Laisser un commentaire', 'Votre pseudo *', 'Votre e-mail (jamais affiché) *', 'Envoyer mon commentaire').blank();
      p.chrome(
        'Chaque matin à 7 heures, recevez gratuitement l’essentiel de l’actualité toulousaine dans votre boîte mail. En vous inscrivant, vous acceptez que vos données servent à l’envoi de cette lettre ; vous pouvez vous désinscrire à tout moment depuis le lien placé en bas de chaque envoi.',
      );
      p.chrome(`© ${ISSUE(p)} L’Écho des Capitouls SAS — toute reproduction, même partielle, est soumise à autorisation`);
      return own();
    },
  },
  {
    id: 'strasbourg-bilingual',
    name: 'Rheinblick',
    lang: 'fr',
    originals: 15,
    attribution: 'source-line',
    draw: credits([[FR, 0.55], [BE, 0.15], [CH, 0.2], [LOOKALIKE_FR, 0.1]]),
    render(p) {
      p.chrome('Zum Inhalt springen / Aller au contenu', 'RHEINBLICK · l’Alsace et le Rhin supérieur en deux langues', 'Deutsch | Français').blank();
      p.chrome(`${p.d.pick(SECTIONS)} / Elsass-Alsace`).title().blank();
      p.meta(`${fmtFr(p.s.date, 'dd.MM.yyyy')} – ${fmtFr(p.s.date, 'HH:mm')}`);
      if (p.s.credit) p.meta(`von / par ${p.s.author}`);
      p.blank().body({ [p.mid()]: ['Dieser Artikel ist auch auf Deutsch verfügbar. Cet article existe aussi en allemand.'] });
      p.credit([(o) => `Quelle / Source : ${o}`, (o) => `Source : ${o}`, (o) => `Sources : ${o}`]).blank();
      p.chrome('Teilen · Partager', `Schlagwörter / Mots-clés : ${some(p, KEYWORDS, 3, ' · ')}`).blank();
      p.chrome(
        'Rheinblick vit sans publicité grâce à ses lecteurs des deux rives. Un don, même de cinq euros, finance une heure de traduction. Unterstützen Sie uns: jede Spende zählt und ist steuerlich absetzbar.',
        `Alle Rechte vorbehalten – Tous droits réservés, Rheinblick e.V. ${ISSUE(p)}`,
      );
      return shownIf(p, 'full');
    },
  },
  {
    id: 'normandy-weekly',
    name: 'Le Courrier du Bocage',
    lang: 'fr',
    originals: 14,
    attribution: 'own',
    render(p) {
      p.chrome('Le Courrier du Bocage', `Hebdomadaire d’information locale — n° ${3400 + p.n(120)}`, 'S’abonner | Se connecter | Édition numérique').blank();
      p.chrome(`${p.d.pick(BOCAGE)} · ${p.d.pick(SECTIONS)}`).title().blank();
      p.meta(p.d.pick([
        `De notre correspondant ${p.s.author}`,
        `Reportage de ${p.s.author}`,
        `${p.s.author}, correspondante locale`,
      ]));
      p.meta(p.d.pick([
        `Mis en ligne le ${fmtFr(p.s.date, 'd MMMM yyyy')}, ${fmtFr(p.s.date, 'HH:mm')}`,
        `${fmtFr(p.s.date, 'd MMM yyyy')} ${fmtFr(p.s.date, 'HH:mm')} (il y a ${p.d.int(2, 9)} jours)`,
      ])).blank();
      p.body({ [p.mid()]: ['— Publicité —'] });
      if (p.d.chance(0.5)) {
        p.chrome(
          'La suite de cet article est réservée à nos abonnés. Pour 1 € le premier mois, accédez à toutes les informations de votre canton, au journal en version numérique dès le mercredi soir et aux archives depuis 1998. Sans engagement.',
        );
      }
      p.chrome('Ces articles peuvent vous intéresser :', ...p.related(3).map((t) => `• ${t}`)).blank();
      p.chrome(`Le Courrier du Bocage ©${ISSUE(p)} — Mentions légales — Gestion des cookies`);
      return own();
    },
  },
  {
    id: 'charleroi-tv',
    name: 'Sambre TV Info',
    lang: 'fr',
    originals: 15,
    attribution: 'credit',
    draw: credits([[BE, 0.5], [FR, 0.3], [LOOKALIKE_FR, 0.2]]),
    render(p) {
      p.chrome('SAMBRE TV INFO', 'Direct | Replay | Info | Sport | Météo | Contact').blank();
      p.chrome(`Info > ${p.d.pick(['Charleroi', 'Châtelet', 'Fleurus', 'Marcinelle', 'Gosselies'])}`).title().blank();
      p.credit([
        (o) => `Un article de nos confrères ${de(o)}`,
        (o) => `Avec l’aimable autorisation ${de(o)}`,
        (o) => `${o} — article reproduit avec son accord`,
      ]);
      if (p.s.credit) p.meta(`Auteur : ${p.s.author}`);
      p.meta(`Publié le ${fmtFr(p.s.date, 'dd/MM/yy')} à ${fmtFr(p.s.date, 'HH:mm')}`).blank();
      p.chrome('▶ Regarder le reportage (2:14)').blank();
      p.body({ [p.mid()]: ['Vidéo : l’intégrale du JT de 18 heures est disponible en replay sur notre application.'] });
      p.chrome('👍 J’aime  😮 Wouah  😢 Triste  😡 Grrr', 'Réagir à cet article').blank();
      p.chrome(
        'Nous utilisons des cookies et des traceurs pour mesurer l’audience, vous proposer des vidéos adaptées et permettre le partage sur les réseaux. Vous pouvez modifier vos choix à tout moment en cliquant sur « Paramètres des cookies » en pied de page.',
      );
      p.chrome(`Sambre TV Info © ${ISSUE(p)} – Télévision locale de la région de Charleroi`);
      return shownIf(p, 'full');
    },
  },
  {
    id: 'fribourg-paper',
    name: 'La Gazette de la Sarine',
    lang: 'fr',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.6 },
    draw: credits([[CH, 0.6], [EN, 0.3], [LOOKALIKE_EN, 0.1]], { into: 'fr', share: 0.6 }),
    render(p) {
      p.chrome('La Gazette de la Sarine', 'Fribourg · Gruyère · Broye · Singine', 'Abonnements | E-paper | Avis mortuaires').blank();
      p.title().blank();
      p.credit([
        (o) => `Ce texte a paru en premier lieu dans ${o}.`,
        (o) => `Reprise ${de(o)}`,
        (o) => `Article proposé par notre partenaire ${o}`,
      ]);
      const day = fmtFr(p.s.date, 'd.M.yyyy');
      p.meta(p.s.credit ? `${p.s.author} — ${day}, ${fmtFr(p.s.date, 'HH:mm')}` : `${day}, ${fmtFr(p.s.date, 'HH:mm')}`).blank();
      p.body({ [p.mid()]: [`Lire également : ${p.related(1)[0]}`] });
      p.chrome(`Keystone / ${p.d.pick(PHOTOS)}`, 'Signaler une erreur dans cet article').blank();
      p.chrome(
        'Accès illimité à tous nos contenus numériques dès 19 francs par mois : articles, e-paper et archives. Les abonnés papier en profitent sans supplément après activation de leur compte avec leur numéro client.',
        `Tous droits réservés © La Gazette de la Sarine, Fribourg, ${ISSUE(p)}`,
      );
      return shownIf(p, 'full');
    },
  },
  {
    id: 'sherbrooke-daily',
    name: 'Le Quotidien de l’Estrie',
    lang: 'fr',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.7 },
    draw: credits([[QC, 0.55], [EN, 0.35], [['Le Journal de Saône-et-Loire', 'The New York Post'], 0.1]], { into: 'fr', share: 0.7 }),
    render(p) {
      p.chrome('LE QUOTIDIEN DE L’ESTRIE', 'Sherbrooke · Magog · Coaticook · Lac-Mégantic', 'Actualités  Affaires  Sports  Arts  Opinions').blank();
      p.chrome(`Actualités / ${p.d.pick(['International', 'Monde', 'Europe'])}`).title().blank();
      if (p.s.credit) p.meta(`${p.s.author}`);
      p.credit([
        (o) => `${o} — Traduction et adaptation : Le Quotidien de l’Estrie`,
        (o) => `Ce reportage ${de(o)} est publié dans le cadre d’une entente de contenu.`,
        (o) => `(${o})`,
      ]);
      p.meta(`${fmtFr(p.s.date, 'd MMMM yyyy')}`).blank();
      p.body({ [p.mid()]: ['PARTAGER SUR FACEBOOK', 'PARTAGER SUR TWITTER'] });
      p.chrome('Des commentaires? Écrivez-nous au courrier des lecteurs : lecteurs@exemple.qc.ca').blank();
      p.chrome(
        'Soutenez une information régionale indépendante : abonnez-vous à notre infolettre quotidienne et recevez chaque soir les nouvelles de l’Estrie, les avis de décès et les offres de nos partenaires. Vous pourrez annuler en un clic.',
        `© ${ISSUE(p)} Le Quotidien de l’Estrie inc. Tous droits réservés.`,
      );
      return shownIf(p, 'day');
    },
  },
  {
    id: 'dakar-portal',
    name: 'Teranga Actu',
    lang: 'fr',
    originals: 14,
    attribution: 'url-host',
    chromeOnlyPage: true,
    draw: credits([[['Le Monde', 'Le Figaro', 'Le Parisien', 'La Croix', 'Le Point', 'franceinfo'], 0.7], [['The Guardian', 'Reuters', 'La Libre Belgique'], 0.3]]),
    render(p) {
      p.chrome('Teranga Actu — le Sénégal et le monde en continu', 'ACCUEIL  POLITIQUE  ÉCONOMIE  SPORTS  PEOPLE  INTERNATIONAL  VIDÉOS').blank();
      p.title().blank();
      p.meta(p.d.pick([
        `${fmtFr(p.s.date, 'EEEE d MMMM yyyy')} à ${fmtFr(p.s.date, 'HH:mm')}`,
        `${fmtFr(p.s.date, 'dd-MM-yyyy HH:mm')} | ${p.n(9000)} lectures`,
      ]));
      if (p.s.credit) p.meta(`Auteur : ${p.s.author}`);
      p.blank().body({ [p.mid()]: ['Téléchargez l’application Teranga Actu sur Google Play et l’App Store pour recevoir nos alertes.'] });
      if (p.s.credit) p.meta(p.d.pick([`Article original : ${address(p)}`, `Plus de détails sur ${address(p)}`, `🔗 ${address(p)}`]));
      p.blank().chrome(`Mots clés : ${some(p, KEYWORDS, 2, ', ')}`, 'Laisser un commentaire').blank();
      p.chrome(
        'Les commentaires sont modérés. Teranga Actu se réserve le droit de supprimer tout propos injurieux, diffamatoire, raciste ou sans rapport avec l’article. Les opinions exprimées n’engagent que leurs auteurs.',
        `Copyright ${ISSUE(p)} Teranga Actu. Tous droits réservés. Conception : Dakar Web Studio`,
      );
      return shownIf(p, 'full');
    },
  },
  {
    id: 'tunis-daily',
    name: 'Le Courrier de Carthage',
    lang: 'fr',
    originals: 14,
    attribution: 'title-suffix',
    draw: credits([[['Le Figaro', 'Le Monde', 'Le Parisien', 'Le Point', 'La Croix', 'franceinfo', 'Tribune de Genève', 'La DH'], 1]]),
    render(p) {
      const credit = p.s.credit;
      const glue = p.d.pick([' - ', ' | ', ' – ', ' :: ']);
      p.chrome('Le Courrier de Carthage', `Tunis, le ${fmtFr(at(p, 2), 'd MMMM yyyy')}`, 'Nationale · Maghreb · Monde · Économie · Culture').blank();
      p.title((t) => (credit ? `${t}${glue}${credit.shown}` : t)).blank();
      p.meta(`${fmtFr(p.s.date, 'dd/MM/yyyy HH:mm')}`).blank();
      p.body({ [p.mid()]: [`Voir aussi | ${p.related(1)[0]}`] });
      p.chrome('Partager :', 'Facebook', 'LinkedIn', 'E-mail', 'Imprimer').blank();
      p.chrome(`Le Courrier de Carthage ® ${ISSUE(p)} — Journal quotidien indépendant fondé à Tunis`);
      return { author: false, date: 'full' };
    },
  },
  {
    id: 'press-agency',
    name: 'Agence Francophone de Presse',
    lang: 'fr',
    originals: 16,
    attribution: 'own',
    render(p) {
      p.chrome('AFDP — Agence Francophone de Presse · Service français', 'Fil général | Fil économique | Fil régions').blank();
      p.chrome(`${p.d.pick(['URGENT', 'FLASH', 'PAPIER GÉNÉRAL', 'ÉCLAIRAGE'])}`).title().blank();
      p.meta(`${p.d.pick(['PARIS', 'BORDEAUX', 'NANTES', 'LYON'])}, ${fmtFr(p.s.date, 'd MMM yyyy')} (AFDP) – ${fmtFr(p.s.date, 'HH:mm')}`);
      p.meta(p.d.pick([`par ${p.s.author}`, `de notre envoyé spécial ${p.s.author}`, `${p.s.author} / AFDP`])).blank();
      p.body();
      p.chrome(`${p.d.pick(['ab/cm', 'jlp/sr', 'fd/ek', 'mkr/dlm'])}`, `${fmtFr(p.s.date, 'ddHHmm')} CET ${fmtFr(p.s.date, 'MMM yy').toUpperCase()}`).blank();
      p.chrome(
        'Ce contenu est réservé aux clients abonnés au fil de l’Agence Francophone de Presse. Toute rediffusion, reproduction ou mise en ligne, totale ou partielle, sans contrat de licence en vigueur est interdite et expose à des poursuites.',
      );
      return own();
    },
  },
  {
    id: 'ecologist-alt',
    name: 'Racines Vives',
    lang: 'fr',
    originals: 14,
    attribution: 'none',
    chromeOnlyPage: true,
    render(p) {
      p.chrome('Racines Vives', 'Le média de l’écologie populaire — sans pub, sans actionnaire').blank();
      p.chrome('Accueil » Luttes » Territoires').title().blank();
      p.meta(p.d.pick([`${fmtFr(p.s.date, 'd MMMM yyyy')}`, `le ${fmtFr(p.s.date, 'dd/MM/yyyy')}`])).blank();
      p.body({ [p.mid()]: ['[Encadré] Vous lisez un article en accès libre. Il existe parce que 3 200 lecteurs nous soutiennent chaque mois.'] });
      p.chrome('Cet article vous a été utile ? Racines Vives ne vit que de vos dons : nous n’avons ni publicité, ni milliardaire, ni subvention. Donner 3 € par mois, c’est garantir que nos enquêtes restent gratuites et lisibles par toutes et tous.').blank();
      p.chrome('Partager : Mastodon · Bluesky · Signal · Courriel', `Étiquettes : ${some(p, KEYWORDS, 3, ' / ')}`).blank();
      p.chrome('Textes sous licence Creative Commons BY-NC-SA 4.0 — Racines Vives, association loi 1901');
      return { author: false, date: 'day' };
    },
  },
  {
    id: 'us-french-page',
    name: 'The Hudson Ledger',
    lang: 'fr',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.75 },
    draw: credits([[EN, 0.7], [FR, 0.2], [LOOKALIKE_EN, 0.1]], { into: 'fr', share: 0.75 }),
    render(p) {
      p.chrome('THE HUDSON LEDGER | Édition en français', 'English edition · Edición en español · Édition en français').blank();
      p.title().blank();
      p.credit([
        (o) => `Publié initialement par ${o}, traduit de l’anglais`,
        (o) => `Cet article est tiré ${de(o)}.`,
        (o) => `Source originale : ${o} (traduction automatique relue par la rédaction)`,
      ]);
      if (p.s.credit) p.meta(`Par ${p.s.author.toUpperCase()}`);
      p.meta(`${fmtFr(p.s.date, 'd MMM yyyy')}, ${fmtFr(p.s.date, "HH'h'mm")} heure de Paris`).blank();
      p.body({ [p.mid()]: ['Cet article a été traduit de l’anglais. Lire la version originale.'] });
      p.chrome('Vous aimez notre journalisme ? Inscrivez-vous à « La Lettre du Ledger », notre sélection hebdomadaire en français des meilleurs reportages de la rédaction de New York, envoyée chaque dimanche matin. Gratuit, sans publicité.').blank();
      p.chrome(`Copyright © ${ISSUE(p)} The Hudson Ledger Company. Conditions d’utilisation · Confidentialité`);
      return shownIf(p, 'full');
    },
  },
  {
    id: 'channel-english',
    name: 'Channel Dispatch',
    lang: 'en',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'en', share: 0.8 },
    draw: credits([[FR, 0.45], [BE, 0.2], [CH, 0.15], [QC, 0.1], [LOOKALIKE_FR, 0.1]], { into: 'en', share: 0.8 }),
    render(p) {
      p.chrome('Channel Dispatch', 'News from France and Belgium, in English', 'Home  Politics  Business  Culture  Opinion  Subscribe').blank();
      p.title().blank();
      p.credit([
        (o) => `This article first appeared in ${o}.`,
        (o) => `${o} originally published this report; it is reproduced here with permission.`,
        (o) => `Translated from the French. Original: ${o}`,
      ]);
      if (p.s.credit) p.meta(`By ${p.s.author}`);
      p.meta(p.d.pick([
        `${fmtEn(p.s.date, 'd MMMM yyyy')} · ${fmtEn(p.s.date, 'HH:mm')} CET`,
        `Published ${fmtEn(p.s.date, 'EEEE, MMMM d, yyyy h:mm a')} (Paris time)`,
      ])).blank();
      p.body({ [p.mid()]: ['Sign up to our Morning Briefing: the day’s French news in five minutes, free, every weekday.'] });
      p.chrome(`Topics: ${some(p, KEYWORDS_EN, 3, ', ')}`, 'Share this article  Email  Facebook  LinkedIn').blank();
      p.chrome(
        'We use cookies to keep this site working, to understand how it is read and to show you relevant offers. By continuing to browse you accept their use; you can change your preferences at any time from the Privacy settings link below.',
        `© Channel Dispatch Ltd ${ISSUE(p)}. All rights reserved.`,
      );
      return shownIf(p, 'full');
    },
  },
];

/** Files holding no article: empty, binary, error and consent pages, and a data export. */
const JUNK_V10: readonly { name: string; bytes: Uint8Array }[] = [
  { name: 'empty', bytes: new Uint8Array(0) },
  { name: 'pdf', bytes: Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1') },
  { name: 'png', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]) },
  { name: 'forbidden', bytes: Buffer.from('403 Forbidden\nYou don’t have permission to access this resource.\n', 'utf8') },
  { name: 'consent-wall', bytes: Buffer.from('Vos choix concernant les cookies\nAccepter et fermer\nParamétrer\nContinuer sans accepter\n', 'utf8') },
  { name: 'csv', bytes: Buffer.from('id;titre;date;rubrique\n1;;2018-12-08;\n2;;2018-12-15;\n', 'utf8') },
];

// ——— Generation ———

/** The outlet a story's copies credit: the original's credit, the site's own name when it signs its articles, or nothing. */
function creditedOutlet(site: SiteV2, story: Story): { canonical: string; lookalike: boolean } | null {
  if (story.credit !== null) return story.credit;
  if (site.attribution !== 'own') return null;
  return { canonical: site.name, lookalike: site.lookalike === true };
}

/** The credit a copy on `host` prints: none where the host claims copies or names nobody, or where its link or suffix cannot name the outlet. */
function copyCredit(d: Dice, host: SiteV2, outlet: { canonical: string; lookalike: boolean } | null): Credit | null {
  if (outlet === null || ['own', 'none'].includes(host.attribution)) return null;
  if (['url-host', 'title-suffix'].includes(host.attribution) && HOSTS[outlet.canonical] === undefined) return null;
  return asPrinted(d, outlet.canonical, host.translate, outlet.lookalike);
}

/**
 * Builds the v10 set from clean sources (deterministic for a seed): every site's originals (winter 2018-19), copies
 * on one or two other sites (some without headline, some missing their last paragraph), bare files, chrome-only
 * pages and junk, shuffled, each file in one of several encodings and named by content.
 */
export function generateUnseenV10(pool: readonly UnseenSource[], seed: number = FROZEN_SEED_V10): { files: UnseenFile[]; manifest: UnseenEntry[] } {
  const d = new Dice(makeRng(seed));
  const count = BARE_COUNT + SITES_V10.reduce((n, s) => n + s.originals, 0);
  if (pool.length < count) throw new Error(`unseen sites v10: ${count} clean articles needed, the pool has ${pool.length}`);
  const picked = d.sample(pool, count);
  const titles = picked.map((s) => s.title);
  const around = (src: UnseenSource): string[] => d.sample(titles.filter((t) => t !== src.title), 5);
  const start = Date.UTC(2018, 10, 19);
  const when = (): TZDate => {
    const day = new Date(start + d.int(0, DAYS) * 86_400_000);
    return new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), d.int(6, 22), d.int(0, 59), 0, PARIS);
  };
  const out: MadePage[] = [];
  let i = 0;
  for (const site of SITES_V10) {
    for (const src of picked.slice(i, i + site.originals)) {
      const story: Story = { src, body: src.body, author: d.pick(STAFF), date: when(), headline: true, credit: site.draw?.(d) ?? null, others: around(src) };
      out.push(page(site, story, d, false));
      if (!d.chance(COPIED)) continue;
      const outlet = creditedOutlet(site, story);
      for (const host of d.sample(SITES_V10.filter((s) => s !== site), d.chance(COPIED_AGAIN) ? 2 : 1)) {
        const cut = src.body.length > 3 && d.chance(CUT_SHORT);
        // A title-suffix site's evidence is its headline: its copies keep one.
        const headline = host.attribution === 'title-suffix' || !d.chance(NO_HEADLINE);
        const copy: Story = { ...story, body: cut ? src.body.slice(0, -1) : src.body, headline, credit: copyCredit(d, host, outlet), others: around(src) };
        out.push(page(host, copy, d, false));
      }
    }
    i += site.originals;
    if (site.chromeOnlyPage) {
      const src = picked[0]!;
      out.push(page(site, { src, body: [], author: d.pick(STAFF), date: when(), headline: false, credit: null, others: around(src) }, d, true));
    }
  }
  for (const src of picked.slice(i)) out.push(creditsNobody(bareFile(src)));
  for (const j of JUNK_V10) out.push(creditsNobody(junkFile(j)));
  return packFiles(d, out, ENCODINGS_V10, 'v10-');
}

/** Heading of the v10 table and JSON. */
export const V10_HEADING = 'UNSEEN SITES v10 (frozen 2026-11-30, development data since 16:50: its misses were read)';

/** Generates v10, runs the real ingest on it and prints its figures (without the DEV simulation). */
export const runUnseenEvalV10 = unseenSetRunner(V10_HEADING, generateUnseenV10);

generatorCli(import.meta.url, 'unseen sites v10', generateUnseenV10, FROZEN_SEED_V10);
