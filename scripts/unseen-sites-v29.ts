/**
 * Generates the FROZEN unseen-sites v29 evaluation set (issue 8): twelve more ordinary news sites, of kinds and places no earlier set had.
 *
 * DEVELOPMENT DATA since 2026-12-02 02:50: its misses were read (`--show`) to find general failure classes; v30 is the frozen set.
 *
 * FROZEN SET, written without reading the rules on 2026-12-02. Written without reading the ingest rules
 * (src/ingest/), the word lists and outlet list (src/data/), the renderer and pages, or any score of any other set
 * (the scorer, src/eval/unseen-sites.ts, was read for its types and conventions; bench/unseen-sites-v28.json was
 * opened for its format, a first scoring's record), and without opening the frozen v21, v22, v23 and v25
 * generators; of the earlier sets only the shared scaffolding (scripts/unseen-sites.ts, v2's `page` and `SiteV2`,
 * simulate-heldout's `Dice` and encodings, scripts/rng.ts), v28's generator and test and v27's generator (for the
 * format, the frozen-set mechanics and the scaffolding calls, not their sites or wordings),
 * tests/unit/unseen-answers.ts, the wiring of v28 in src/cli/eval.ts and package.json, and the site lists in the
 * headers of v3–v20, v24, v26, v27 and v28 (to pick other kinds and places) were read. The sites, outlets, credit
 * wordings, translations, title decorations, date formats, time zones, junk and chrome here are new. Nobody tunes
 * rules against it: do not read its misses (`--show` stays 0) while changing rules, and do not edit its templates,
 * wordings or seed to move a score. When it is read, freeze a v30 and call this one development data. Its one
 * deliberate first scoring is to be recorded in bench/unseen-sites-v29.json.
 *
 * `npm run eval:unseen` scores v1 to v28 then this set (`npm run eval:unseen:v29`, or `npm run eval -- --unseen
 * --unseen-set v29`, for this one only); `npx tsx scripts/unseen-sites-v29.ts --out DIR` only writes the folder
 * and its manifest (the v1 format, with v2's `outletEvidence`).
 *
 * The twelve sites: a mountain-rescue volunteers' bulletin in Briançon (Hautes-Alpes) crediting Alpine,
 * national, Swiss and Italian papers, English-language, Italian and German-language outlets garbled into French
 * word for word and look-alike titles (the credit at the foot of the text, the date with middle dots), an oil-
 * and-port portal in Pointe-Noire (Republic of the Congo) with a source line at the top or the foot naming
 * Congolese, pan-African and French outlets, English-language business outlets garbled into French and
 * look-alike titles (its times in local time, "UTC+1"), a rugby-league (jeu à XIII) site in Carcassonne (Aude)
 * whose own name begins like a Toulouse daily's (a look-alike, its own reporters, some pieces written by two), a
 * bay guides' association letter in Avranches (Manche) crediting nobody (the day only, as a tide's day), a
 * French-language Seychelles portal in Victoria (Mahé) crediting Seychellois, Indian Ocean and French outlets,
 * English-language Indian and Gulf outlets garbled into French and look-alike titles (its times in Seychelles
 * time, UTC+4; the credit at the top), a French teachers' association's press watch in Hanoi (Vietnam) pointing
 * to the original's address at the top or the foot (its times in Indochina time, "GMT+07:00"), a Camargue
 * rice-growers' press review in Arles (Bouches-du-Rhône) keeping the original's name after the headline, a
 * French-language Bucharest (Romania) daily whose own name begins like a Brussels daily's (a look-alike, its own
 * reporters, a Romanian and French date line, its times in Bucharest time, UTC+2), an English-language weekly in
 * Penzance (Cornwall; its own reporters, GMT, an ordinal day), an English-language reinsurance wire in Hamilton
 * (Bermuda) translating French, Belgian and Swiss papers' names into English word for word (Atlantic time, AST =
 * UTC−4, often the small hours; the credit at the top or inside the text), an English-language Accra (Ghana)
 * newsletter on francophone West Africa doing the same with Ivorian, Burkinabè, pan-African and French papers (a
 * wire-style "Filed 1305 GMT" stamp; the credit at the foot), and an English-language Tokyo food-and-wine trade
 * site doing the same with French regional and national, Italian, Spanish and Swiss papers (Japan time, JST =
 * UTC+9, often the next day; the credit inside the text). Article text is read AT RUN TIME from
 * ../shared/corpus/gilets-jaunes (v1's clean pool, drawn with another seed): no corpus text is stored here.
 *
 * Title decorations (none of them part of the headline, which stays the publisher's): a prefix tag ("Revue
 * montagne ⁂ Titre" on the Briançon bulletin, "Entre deux marées ~ Titre" on the Avranches letter, "Báo chí Pháp
 * / Presse française ✧ Titre" on the Hanoi watch, "Kernow Matters: Title" on the Penzance weekly, "Euro Risk »
 * Title" on the Bermuda wire), a site-name suffix ("Titre ◆ CÔTE SAUVAGE INFOS", "Titre » Sesel Info", "Titre ·
 * Le Soir de Bucarest", "Title | Harmattan Digest"), a note after the headline ("Titre (+ galerie photos)" on the
 * Carcassonne site, "Title — from the European press" on the Tokyo site), and on the Arles review the original
 * outlet's name after " ⟫ ", " ▫ " or " ∷ " (its evidence). Date formats: "Rédigé le 11·01·2019 à 14h05 (heure
 * de Paris)", "Pointe-Noire, le 11/01/2019 à 14h05 (heure locale, UTC+1)", "Ven. 11 Janv. 2019 | 14H05", "Marée
 * du vendredi 11 janvier 2019", "Victoria (Mahé) | 11.01.2019 | 17:05, heure des Seychelles (UTC+4)",
 * "11/01/2019 – 20:05 (GMT+07:00)", "Sélection du 11/01/2019 · 14 h 05", "11 ianuarie 2019 / 11 janvier 2019 —
 * 15:05, heure de Bucarest (UTC+2)", "Published 13:05 GMT · Friday 11th January 2019", "11-Jan-2019 09:05 AST",
 * "Filed 1305 GMT 11 JAN 2019" and "2019.01.11 (Fri) 22:05 JST".
 *
 * Expected outlet: v2's convention (who published the article first, as the file credits it), recorded per
 * file in `outletEvidence`: machine-translated names of real outlets expect the real outlet's usual name,
 * look-alike names are kept as written, the site's own name is the outlet only where it shows its masthead and
 * its own staff's byline, the republisher is the site's name whenever the file credits another outlet, and null
 * when nothing credits one. Republishing sites show a byline only beside a credit. Expected author: the writer's
 * name as the byline shows it, without role, place, desk, translator, proof-reader or photographer; a piece
 * written by two expects both names as the page joins them ("A et B" on French pages, "A and B" on English
 * ones). Every time shown names its zone or is Paris time: the Pointe-Noire, Victoria, Hanoi, Bucharest,
 * Penzance, Hamilton, Accra and Tokyo sites show their own clock with its zone (UTC+1, UTC+4, GMT+7, UTC+2, GMT,
 * AST = UTC−4, GMT, JST = UTC+9: the whole period is in each zone's winter or only time), the others Paris time
 * (winter 2018-19, so UTC+1); the expected date is the same instant, written in Paris time. The Avranches letter
 * shows the day only. Files are written in UTF-8 (with or without a BOM, LF or CRLF), Windows-1252, ISO-8859-1
 * (`latin1`, only for pages whose every character it holds; Windows-1252 otherwise) and UTF-16 LE.
 */
import { TZDate } from '@date-fns/tz';
import type { UnseenEntry } from '../src/eval/unseen-sites.ts';
import { makeRng } from './rng.ts';
import { Dice } from './simulate-heldout.ts';
import { page, type SiteV2 } from './unseen-sites-v2.ts';
import {
  au,
  bareFile,
  bodyWithCredit,
  creditPrinter,
  creditsNobody,
  de,
  fmtEn,
  fmtFr,
  generatorCli,
  inEnglish,
  junkFile,
  type MadePage,
  onClock,
  packFiles,
  pad2,
  type Page,
  type SetEncoding,
  slug,
  type Story,
  type UnseenFile,
  unseenSetRunner,
  type UnseenSource,
  writerEn,
  writerIfCredited,
} from './unseen-sites.ts';

// ——— Size and mix of the set ———

/** The v29 seed: no earlier set drew with it. */
export const SEED_V29 = 20261202_29;
/** Clean articles written with their headline and paragraphs only, crediting nobody. */
const BARE_V29 = 10;
/** Share of copies scraped without their headline line. */
const NO_HEADLINE = 0.3;
/** Share of copies (of bodies with four paragraphs or more) that lose their closing paragraph. */
const NO_ENDING = 0.3;
/** The period: 74 days from 3 December 2018, in Paris winter time (UTC+1), before Bermuda's clocks change. */
const PERIOD_START = Date.UTC(2018, 11, 3);
const PERIOD_DAYS = 74;
const PARIS = 'Europe/Paris';
/** A v29 encoding: the shared ones, plus ISO-8859-1 where the page fits in it. */
type EncodingV29 = SetEncoding;
/** The encodings drawn for the files: plain UTF-8 most often, then Windows-1252, Latin-1, UTF-16 LE, a BOM and CRLF ends. */
const ENCODINGS_V29: readonly EncodingV29[] = ['utf-8', 'cp1252', 'utf-8', 'latin1', 'utf-16le-bom', 'utf-8-bom', 'utf-8', 'cp1252-crlf', 'utf-8-crlf', 'latin1', 'utf-8', 'cp1252'];

/** How many other sites carry a copy of one original (none, most often). */
function copiesOn(d: Dice): number {
  const r = d.next();
  return r < 0.48 ? 0 : r < 0.78 ? 1 : r < 0.93 ? 2 : 3;
}

// ——— People ———

/** Writers; four entries are pieces written by two (joined " et " as French pages print them). */
const BYLINES_V29 = [
  'Lucie Garcin', 'Mathis Chaix', 'Grâce Mabiala', 'Arsène Tchicaya', 'Baptiste Sabatier', 'Jordi Puig', 'Sandrine Hoareau', 'Jean-Paul Lablache',
  'Nguyễn Thu Hà', 'Trần Văn Minh', 'Ioana Munteanu', 'Radu Constantinescu', 'Tamsin Pascoe', 'Jago Trevithick', 'Shawn Outerbridge',
  'Alicia Trott', 'Kwame Asante', 'Efua Mensah', 'Haruka Sato', 'Kenji Mori', 'Armelle Lebrun', 'Florian Duval',
  'Lucie Garcin et Mathis Chaix', 'Baptiste Sabatier et Jordi Puig', 'Tamsin Pascoe et Jago Trevithick', 'Ioana Munteanu et Radu Constantinescu',
];
/** People named beside the writer who did not write the piece: proof-readers, translators, English-version editors. */
const EDITORS_V29 = ['Camille Arnaud', 'Elena Dobre', 'Phan Minh Chau', 'Oliver Tremayne'];
const PHOTO_V29 = ['Rémi Castan', 'Morwenna Hicks', 'Ange Loemba', 'Yuki Tanaka'];


// ——— Outlets ———

const BRIANCON_FR = ['Le Dauphiné libéré', 'La Provence', 'Le Monde', 'Le Figaro', 'Libération', 'Le Parisien', 'La Croix', 'Ouest-France', 'Le Temps', 'Tribune de Genève', 'L’Équipe'];
const BRIANCON_FOREIGN = ['The Guardian', 'The Daily Telegraph', 'The New York Times', 'BBC News', 'Corriere della Sera', 'La Repubblica', 'Der Spiegel', 'Der Standard'];
const POINTENOIRE_FR = ['Les Dépêches de Brazzaville', 'Jeune Afrique', 'RFI', 'Le Monde', 'Le Figaro', 'Libération', 'France 24', 'Les Échos', 'La Tribune', 'TV5Monde', 'Le Point'];
const POINTENOIRE_FOREIGN = ['Financial Times', 'The Wall Street Journal', 'The Economist', 'Associated Press', 'BBC News', 'Reuters', 'The Guardian'];
const MAHE_FR = ['RFI', 'Le Monde', 'Le Figaro', 'Libération', 'Le Point', 'L’Express', 'Réunion la 1ère', 'Le Quotidien de la Réunion', 'Jeune Afrique', 'France 24', 'Le Parisien'];
const MAHE_FOREIGN = ['Seychelles Nation', 'The Times of India', 'The Hindu', 'Khaleej Times', 'The Washington Post', 'BBC News', 'The Guardian', 'Associated Press'];
const BERMUDA_PICKS = ['Les Échos', 'L’Écho', 'La Tribune', 'Le Temps', 'Le Soir', 'Le Monde', 'Le Figaro', 'Le Point', 'Le Parisien', 'Ouest-France', 'La Croix', 'Challenges'];
const ACCRA_PICKS = ['Fraternité Matin', 'L’Observateur Paalga', 'Le Pays', 'Jeune Afrique', 'RFI', 'France 24', 'Le Monde', 'Libération', 'La Croix', 'Le Figaro', 'Le Parisien'];
const TOKYO_PICKS = ['Sud Ouest', 'La Dépêche du Midi', 'Le Progrès', 'La Voix du Nord', 'Ouest-France', 'Le Monde', 'Le Figaro', 'Libération', 'La Repubblica', 'La Vanguardia', 'Le Temps', 'Le Parisien'];
const ARLES_PRESS = ['La Provence', 'Midi Libre', 'La Marseillaise', 'Le Monde', 'Le Figaro', 'Les Échos', 'La France agricole', 'Libération', 'Le Parisien', 'Ouest-France', 'La Croix', 'L’Opinion'];

/** Invented outlets whose names begin like a known outlet's: the expected outlet is the name as written. */
const LOOKALIKES_V29 = {
  briancon: ['Le Dauphiné des Cimes', 'Le Temps des Glaciers'],
  pointenoire: ['Le Monde du Kouilou', 'Les Échos du Littoral'],
  mahe: ['Le Figaro des Îles', 'Le Parisien de Praslin'],
  bermuda: ['Les Échos de l’Atlantique', 'The Times of Reinsurance'],
  accra: ['Le Soleil du Sahel', 'Le Monde lagunaire'],
  tokyo: ['Le Progrès Gourmand', 'La Voix du Vignoble'],
  arles: ['Le Monde camarguais', 'La Croix de Camargue'],
} as const;
const IS_LOOKALIKE_V29: ReadonlySet<string> = new Set(Object.values(LOOKALIKES_V29).flat());

/** French, Belgian, Swiss, Italian, Spanish and African names as a translation engine renders them in English, word for word (some reorder the words). */
export const INTO_EN_V29: Record<string, readonly string[]> = {
  'Le Monde': ['The World'],
  Libération: ['Liberation', 'Release'],
  'La Croix': ['The Cross'],
  'Le Parisien': ['The Parisian'],
  'Les Échos': ['The Echoes'],
  'L’Écho': ['The Echo'],
  'La Tribune': ['The Tribune'],
  'Le Point': ['The Point', 'Point'],
  'Le Temps': ['The Time', 'The Weather'],
  'Le Soir': ['The Evening'],
  'Ouest-France': ['West France', 'France West'],
  'Sud Ouest': ['South West', 'Southwest'],
  'La Dépêche du Midi': ['The Dispatch of Noon', 'The Midday Dispatch'],
  'Le Progrès': ['The Progress'],
  'La Voix du Nord': ['The Voice of the North', 'North Voice'],
  'Fraternité Matin': ['Fraternity Morning', 'Morning Brotherhood'],
  'L’Observateur Paalga': ['The Observer Paalga', 'Paalga Observer'],
  'Le Pays': ['The Country'],
  'Jeune Afrique': ['Young Africa', 'Africa Young'],
  'La Repubblica': ['The Republic'],
  'La Vanguardia': ['The Vanguard'],
};
/** English, Italian and German names as a translation engine garbles them in French, word for word (some reorder the words). */
export const INTO_FR_V29: Record<string, readonly string[]> = {
  'The Guardian': ['Le Gardien', 'Le Surveillant'],
  'The Daily Telegraph': ['Le Télégraphe quotidien', 'Télégraphe Quotidien'],
  'The New York Times': ['Le Temps de New York', 'Les Fois de New York'],
  'BBC News': ['Nouvelles de la BBC', 'Les Nouvelles BBC'],
  'Corriere della Sera': ['Le Courrier du Soir', 'Courrier de la Soirée'],
  'La Repubblica': ['La République'],
  'Der Spiegel': ['Le Miroir'],
  'Der Standard': ['L’Étendard', 'Le Standard'],
  'Financial Times': ['Les Temps de la Finance', 'Temps Financier'],
  'The Wall Street Journal': ['Le Journal de la Rue du Mur', 'Le Journal de Wall Street'],
  'The Economist': ['L’Économiste'],
  'Associated Press': ['La Presse Associée', 'Presse associée'],
  'Seychelles Nation': ['Nation Seychelles', 'La Nation des Seychelles'],
  'The Times of India': ['Les Temps de l’Inde', 'Le Temps indien'],
  'The Hindu': ['L’Hindou'],
  'Khaleej Times': ['Les Temps du Golfe', 'Temps Khaleej'],
  'The Washington Post': ['La Poste de Washington', 'Le Poste de Washington'],
};

/** Web hosts of the outlets the Hanoi watch links to. */
const HOSTS_V29: Record<string, string> = {
  'Le Courrier du Vietnam': 'www.lecourrier.vn', RFI: 'www.rfi.fr', 'Le Monde': 'www.lemonde.fr', 'Le Figaro': 'www.lefigaro.fr', Libération: 'www.liberation.fr',
  'Le Point': 'www.lepoint.fr', 'L’Express': 'www.lexpress.fr', 'France 24': 'www.france24.com', TV5Monde: 'information.tv5monde.com',
  'Courrier international': 'www.courrierinternational.com', 'La Croix': 'www.la-croix.com', 'L’Obs': 'www.nouvelobs.com', 'Le Soir': 'www.lesoir.be',
  'Le Temps': 'www.letemps.ch', 'Le Devoir': 'www.ledevoir.com', 'Les Échos': 'www.lesechos.fr', 'Le Parisien': 'www.leparisien.fr', 'Ouest-France': 'www.ouest-france.fr',
  'Jeune Afrique': 'www.jeuneafrique.com', 'La Provence': 'www.laprovence.com', 'Midi Libre': 'www.midilibre.fr', 'Sud Ouest': 'www.sudouest.fr',
  'La Dépêche du Midi': 'www.ladepeche.fr', 'Le Progrès': 'www.leprogres.fr', 'La Voix du Nord': 'www.lavoixdunord.fr', 'La Tribune': 'www.latribune.fr',
  'Le Dauphiné libéré': 'www.ledauphine.com', 'Tribune de Genève': 'www.tdg.ch', 'L’Équipe': 'www.lequipe.fr', 'The Guardian': 'www.theguardian.com',
  'BBC News': 'www.bbc.com', 'Financial Times': 'www.ft.com', Reuters: 'www.reuters.com', 'Associated Press': 'apnews.com',
};
const HANOI_LINKED = [
  'Le Courrier du Vietnam', 'RFI', 'Le Monde', 'Le Figaro', 'Libération', 'Le Point', 'L’Express', 'France 24', 'TV5Monde', 'Courrier international', 'La Croix',
  'L’Obs', 'Le Soir', 'Le Temps', 'Le Devoir',
];


/** A v29 site: a v2 site, plus which originals its way of crediting can show on a copy (all when absent). */
interface SiteV29 extends SiteV2 {
  canShow?: (canonical: string) => boolean;
}

const { creditAsPrinted, weightedCredits } = creditPrinter(INTO_EN_V29, INTO_FR_V29, IS_LOOKALIKE_V29);


// ——— Template helpers ———

const yearV29 = (p: Page): string => fmtFr(p.s.date, 'yyyy');
const DAYS_CARCASSONNE = ['Dim.', 'Lun.', 'Mar.', 'Mer.', 'Jeu.', 'Ven.', 'Sam.'];
const MONTHS_CARCASSONNE = ['Janv.', 'Févr.', 'Mars', 'Avr.', 'Mai', 'Juin', 'Juil.', 'Août', 'Sept.', 'Oct.', 'Nov.', 'Déc.'];
const MONTHS_RO = ['ianuarie', 'februarie', 'martie', 'aprilie', 'mai', 'iunie', 'iulie', 'august', 'septembrie', 'octombrie', 'noiembrie', 'decembrie'];
/** "Ven. 11 Janv. 2019 | 14H05": Paris time, capitalised abbreviations, a capital H. */
function carcassonneDate(p: Page): string {
  const t = p.s.date;
  return `${DAYS_CARCASSONNE[t.getDay()]!} ${t.getDate()} ${MONTHS_CARCASSONNE[t.getMonth()]!} ${t.getFullYear()} | ${pad2(t.getHours())}H${pad2(t.getMinutes())}`;
}
/** "11 ianuarie 2019 / 11 janvier 2019 — 15:05, heure de Bucarest (UTC+2)": the Bucharest clock, in Romanian then French. */
function bucharestDate(p: Page): string {
  const t = onClock(p, 'Europe/Bucharest');
  return `${t.getDate()} ${MONTHS_RO[t.getMonth()]!} ${t.getFullYear()} / ${fmtFr(t, "d MMMM yyyy '—' HH:mm")}, heure de Bucarest (UTC+2)`;
}
/** "Filed 1305 GMT 11 JAN 2019": the Accra clock, as a wire stamp. */
function accraDate(p: Page): string {
  const t = onClock(p, 'Africa/Accra');
  return `Filed ${fmtEn(t, 'HHmm')} GMT ${fmtEn(t, 'dd')} ${fmtEn(t, 'MMM').toUpperCase()} ${fmtEn(t, 'yyyy')}`;
}
/** The original's address on its outlet's site, in one of three URL shapes. */
function addressOf(p: Page): string {
  const { d, s } = p;
  const host = HOSTS_V29[s.credit!.canonical]!;
  const words = slug(s.src.title);
  return d.pick([
    () => `https://${host}/${words}_${d.int(100_000, 999_999)}.html`,
    () => `https://${host}/${fmtFr(s.date, 'yyyyMMdd')}/${words}`,
    () => `https://${host}/article/${d.int(10_000_000, 99_999_999)}?from=veille-fleuve-rouge`,
  ])();
}

// ——— The twelve sites ———

export const SITES_V29: readonly SiteV29[] = [
  {
    id: 'briancon-rescue',
    name: 'La Cordée des Écrins',
    lang: 'fr',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'fr', share: 0.9 },
    draw: weightedCredits({ into: 'fr', share: 0.9 }, [BRIANCON_FR, 0.32], [BRIANCON_FOREIGN, 0.45], [LOOKALIKES_V29.briancon, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('LA CORDÉE DES ÉCRINS', 'Bulletin des sauveteurs bénévoles du Briançonnais — Hautes-Alpes', 'Vous êtes ici : Bulletin ⟩ Lu ailleurs ⟩ Société').blank();
      p.chrome(
        `Risque d’avalanche : ${d.pick(['3 (marqué) au-dessus de 2 200 m', '2 (limité) sur tous les massifs', '4 (fort), sorties déconseillées'])} ⁂ Col du Lautaret : ${d.pick(['ouvert', 'fermé de 20 h à 7 h', 'équipements spéciaux obligatoires'])} ⁂ Hélicoptère de garde : ${d.pick(['disponible', 'relève à 18 h', 'en maintenance jusqu’à jeudi'])}`,
      ).blank();
      p.title((t) => (d.chance(0.3) ? `Revue montagne ⁂ ${t}` : t)).blank();
      p.meta(fmtFr(s.date, "'Rédigé le' dd'·'MM'·'yyyy 'à' HH'h'mm '(heure de Paris)'")).blank();
      p.body({
        [p.mid()]: [`Rappel aux équipiers ⁂ ${d.pick(['Contrôle des DVA samedi à 9 h au local', 'Exercice de recherche en avalanche dimanche à Montgenèvre', 'Cotisations 2019 à régler avant la fin du mois'])}`],
      });
      if (s.credit) {
        p.meta(
          d.pick([
            (o: string) => `Ce texte nous vient ${de(o)}, que nous remercions de sa confiance.`,
            (o: string) => `Paru d’abord sous la bannière ${de(o)} ; reproduit pour nos équipiers.`,
            (o: string) => `Crédit éditorial ⁂ ${o}`,
            (o: string) => `Nous devons cet article ${au(o)}, qui l’a publié en premier.`,
          ])(s.credit.shown),
          d.pick([`Texte original : ${s.author}, journaliste`, `${s.author} — relu par ${d.pick(EDITORS_V29)}`]),
        ).blank();
      }
      p.chrome(
        'La Cordée des Écrins est le bulletin interne des sauveteurs bénévoles du Briançonnais. Nous y reprenons des articles de presse qui concernent la montagne et ceux qui y vivent ; les journaux étrangers et leurs noms sont traduits par un logiciel, sans relecture. Ne pas diffuser hors de l’association.',
      ).blank();
      p.chrome('Imprimer ce bulletin ⁂ Le transmettre à un équipier ⁂ Se désinscrire').blank();
      p.chrome(`© ${yearV29(p)} La Cordée des Écrins — association loi 1901 — Briançon — Accessibilité du site : partiellement conforme`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'pointenoire-portal',
    name: 'Côte Sauvage Infos',
    lang: 'fr',
    originals: 15,
    attribution: 'source-line',
    translate: { into: 'fr', share: 0.9 },
    draw: weightedCredits({ into: 'fr', share: 0.9 }, [POINTENOIRE_FR, 0.34], [POINTENOIRE_FOREIGN, 0.42], [LOOKALIKES_V29.pointenoire, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Côte Sauvage Infos mesure sa fréquentation avec des témoins de connexion déposés sur votre téléphone ou votre ordinateur ; nos annonceurs du port et de la zone pétrolière peuvent aussi en déposer si vous les y autorisez. Rien n’est enregistré sans votre feu vert.',
        'Oui, ça me va',
        'Non merci',
      ).blank();
      p.chrome('CÔTE SAUVAGE INFOS', 'Pointe-Noire, le Kouilou et tout le Congo — l’actualité du littoral', 'Accueil ▹ Économie ▹ Pétrole et port ▹ International').blank();
      p.chrome(`Brent : ${d.int(52, 75)} $ le baril ▹ Port autonome : ${d.pick(['trois navires en rade', 'quai de la Pointe-Indienne dégagé', 'grue portique en panne'])} ▹ Train Pointe-Noire–Brazzaville : ${d.pick(['départ à l’heure', 'retardé de deux heures', 'supprimé ce jour'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} ◆ CÔTE SAUVAGE INFOS` : t)).blank();
      p.meta(fmtFr(onClock(p, 'Africa/Brazzaville'), "'Pointe-Noire, le' dd/MM/yyyy 'à' HH'h'mm '(heure locale, UTC+1)'"));
      const top = s.credit !== null && d.chance(0.5);
      const source = s.credit
        ? [
            d.pick([`Provenance de l’article : ${s.credit.shown}`, `Repris sur le site ${de(s.credit.shown)}`, `Éditeur d’origine ⇒ ${s.credit.shown}`, `Nous l’avons lu dans ${s.credit.shown}`]),
            d.pick([`Rédaction d’origine : ${s.author}`, `${s.author}, correspondant économie à Pointe-Noire`]),
          ]
        : [];
      if (top) p.meta(...source);
      p.blank();
      p.body({ [p.mid()]: [`Emploi ▹ ${d.pick(['Base logistique recrute soudeurs certifiés', 'Cherche chauffeur poids lourd, permis C', 'Formation sécurité offshore, session de février'])}`] });
      if (!top && source.length > 0) p.meta(...source).blank();
      p.chrome(
        'Côte Sauvage Infos est un site indépendant édité à Pointe-Noire. Nous relayons avec leur source les articles de confrères congolais, africains et internationaux ; les textes et les noms de journaux venus de l’anglais passent par un traducteur automatique, parfois maladroit.',
      ).blank();
      p.chrome(`👍 ${p.n(300)} ▹ 💬 ${p.n(60)} ▹ Partager sur WhatsApp`).blank();
      p.chrome(`Côte Sauvage Infos ${yearV29(p)} ▹ Tous droits de reproduction réservés ▹ Nous contacter ▹ Plan du site`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'carcassonne-treize',
    name: 'La Dépêche du Treize',
    lang: 'fr',
    originals: 15,
    attribution: 'own',
    lookalike: true,
    chromeOnlyPage: true,
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Pour vous faire vivre le jeu à XIII au plus près, La Dépêche du Treize dépose des cookies de statistiques et de lecture vidéo. Ceux de nos partenaires publicitaires attendent votre accord ; vous pourrez changer d’avis à tout moment depuis le pied de page.',
        'C’est parti',
        'Je personnalise',
      ).blank();
      p.chrome('LA DÉPÊCHE DU TREIZE', 'Le rugby à XIII de Carcassonne à Perpignan, et un peu plus loin', 'Accueil / Élite 1 / Carcassonne / Actualité').blank();
      p.chrome(`Prochain match : ${d.pick(['samedi 18 h contre Lézignan', 'dimanche 15 h à Limoux', 'report pour terrain gelé'])} · Stade Albert-Domec : ${d.pick(['pelouse praticable', 'tribune nord fermée'])} · Billetterie : ${d.pick(['ouverte', 'complet'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} (+ galerie photos)` : t)).blank();
      p.meta(
        carcassonneDate(p),
        d.pick([`${s.author}, envoyé spécial au bord du terrain`, `Texte : ${s.author} ◦ Photos : ${d.pick(PHOTO_V29)}`, `Par ${s.author}`]),
      ).blank();
      p.body({ [p.mid()]: [`Lire aussi ➤ ${p.related(1)[0]!}`] });
      p.chrome(
        'Chaque mardi, recevez « Le Cahier du Treize » : compositions d’équipes, résultats de l’Élite et de la Fédérale, échos des vestiaires et agenda des écoles de rugby. C’est gratuit, sans publicité envahissante, et vous pouvez arrêter quand vous voulez.',
        'M’abonner au Cahier',
      ).blank();
      p.chrome('Toute l’actualité treiziste dans votre poche : scores en direct et une notification à chaque essai.', 'Télécharger l’application').blank();
      p.chrome(`${2 + p.n(88)} commentaires · Réagir (compte supporter requis)`).blank();
      p.chrome(`© ${yearV29(p)} La Dépêche du Treize — Carcassonne — Mentions légales · Données personnelles · Accessibilité`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'avranches-letter',
    name: 'Les Nouvelles de la Baie',
    lang: 'fr',
    originals: 12,
    attribution: 'none',
    chromeOnlyPage: true,
    render(p) {
      const { d, s } = p;
      p.chrome('Vous lisez cette lettre dans votre messagerie ; pour une version imprimable, suivez le lien en bas de page').blank();
      p.chrome('LES NOUVELLES DE LA BAIE', 'Lettre des guides et amis de la baie du Mont-Saint-Michel — Avranches (Manche)', 'Dans ce numéro : Vie de l’association ~ Ce que dit la presse ~ Calendrier des traversées').blank();
      p.chrome(`Coefficient du jour : ${d.int(35, 115)} ~ Traversée de la baie : ${d.pick(['guides disponibles', 'annulée, brouillard', 'groupes complets'])} ~ Sables mouvants : ${d.pick(['signalés près de Tombelaine', 'aucun signalement'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `Entre deux marées ~ ${t}` : t)).blank();
      p.meta(fmtFr(s.date, "'Marée du' EEEE d MMMM yyyy")).blank();
      p.body({ [p.mid()]: [`Calendrier ~ ${d.pick(['Formation aux premiers secours le 2 février à Genêts', 'Comptage des phoques avec le groupe ornithologique', 'Assemblée générale le 16 mars, salle des fêtes de Vains'])}`] });
      p.chrome(
        'Les Nouvelles de la Baie sont adressées aux seuls membres de l’association. Les articles de presse repris ici sont choisis par le bureau pour informer les guides ; ils n’engagent ni l’association ni ses partenaires. Merci de ne pas transférer cette lettre en dehors du cercle des adhérents.',
      ).blank();
      p.chrome('Se désinscrire ~ Modifier mes coordonnées ~ Lire les numéros précédents').blank();
      p.chrome(`Association des guides de la baie — Avranches — ${yearV29(p)} — Responsable de la lettre : la secrétaire du bureau`);
      return { author: false, date: 'day' };
    },
  },
  {
    id: 'mahe-portal',
    name: 'Sesel Info',
    lang: 'fr',
    originals: 15,
    attribution: 'credit',
    chromeOnlyPage: true,
    translate: { into: 'fr', share: 0.9 },
    draw: weightedCredits({ into: 'fr', share: 0.9 }, [MAHE_FR, 0.32], [MAHE_FOREIGN, 0.45], [LOOKALIKES_V29.mahe, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Sesel Info et ses partenaires enregistrent des témoins de navigation pour compter les visites venues de Mahé, de Praslin, de La Digue et de l’étranger, et pour vous proposer des offres de vols et d’hébergement. Vous gardez la main : acceptez, refusez ou réglez-les un par un.',
        'Tout accepter',
        'Tout refuser',
        'Régler',
      ).blank();
      p.chrome('SESEL INFO', 'Nouvel Sesel an franse — les nouvelles des Seychelles en français', 'Accueil ◦ Seychelles ◦ Océan Indien ◦ Afrique ◦ Monde').blank();
      p.chrome(`1 € = ${d.int(15, 17)} roupies ◦ Bateau Mahé–Praslin : ${d.pick(['toutes les rotations assurées', 'houle, départ de 7 h annulé', 'horaires d’été'])} ◦ ${d.pick(['Mousson du nord-ouest : averses', 'Alerte aux méduses à Beau Vallon', 'Marché de Victoria ouvert samedi'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} » Sesel Info` : t)).blank();
      p.meta(fmtFr(onClock(p, 'Indian/Mahe'), "'Victoria (Mahé) |' dd.MM.yyyy '|' HH:mm', heure des Seychelles (UTC+4)'"));
      if (s.credit) {
        p.meta(
          d.pick([
            (o: string) => `Première diffusion : ${o}`,
            (o: string) => `Sesel Info relaie ici un texte ${de(o)}.`,
            (o: string) => `Reproduction d’un article ${de(o)}, avec son aimable autorisation`,
            (o: string) => `⟪ ${o} ⟫ a publié cet article avant nous.`,
          ])(s.credit.shown),
          d.pick([`Plume d’origine : ${s.author}`, `${s.author}, envoyé spécial dans l’océan Indien`]),
        );
      }
      p.blank();
      p.body({
        [s.body.length - 2]: [`Annonce ◦ ${d.pick(['Location de villa à Anse Royale, vue mer', 'Cours de plongée pour débutants, PADI inclus', 'Transfert d’argent vers La Réunion sans commission'])}`],
      });
      p.chrome('À lire sur Sesel Info :', ...p.related(2)).blank();
      p.chrome(`Laisser un commentaire (${p.n(40)})`, 'Votre pseudonyme', 'Votre message', 'Publier').blank();
      p.chrome(
        'Sesel Info est un site bénévole tenu par des francophones des Seychelles. Nous reprenons, avec le nom de leur premier éditeur, des articles parus ailleurs ; ceux venus de la presse anglophone sont traduits par un logiciel, nom du journal compris.',
      ).blank();
      p.chrome(`Sesel Info © ${yearV29(p)} — Victoria, Mahé — République des Seychelles`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'hanoi-watch',
    name: 'La Veille du Fleuve Rouge',
    lang: 'fr',
    originals: 14,
    attribution: 'url-host',
    canShow: (canonical) => canonical in HOSTS_V29,
    draw: weightedCredits(undefined, [HANOI_LINKED, 0.9]),
    render(p) {
      const { d, s } = p;
      p.chrome('Xin chào ! Bienvenue sur la Veille du Fleuve Rouge').blank();
      p.chrome('LA VEILLE DU FLEUVE ROUGE', 'La presse francophone choisie par l’association des professeurs de français de Hanoï', 'Accueil ✧ Presse française ✧ Vietnam ✧ Asie ✧ Pédagogie').blank();
      p.chrome(`Têt : ${d.pick(['l’école ferme du 2 au 10 février', 'marché aux fleurs de Hàng Lược ouvert', 'pas de cours la semaine prochaine'])} ✧ Examens DELF : ${d.pick(['inscriptions ouvertes', 'résultats affichés'])} ✧ Indice de qualité de l’air : ${d.int(80, 220)}`).blank();
      p.title((t) => (d.chance(0.3) ? `Báo chí Pháp / Presse française ✧ ${t}` : t)).blank();
      p.meta(fmtEn(onClock(p, 'Asia/Ho_Chi_Minh'), "dd/MM/yyyy '–' HH:mm '(GMT+07:00)'"));
      const link = s.credit
        ? [
            d.pick([
              (u: string) => `Version originale en ligne : ${u}`,
              (u: string) => `Pour lire la suite chez l’éditeur ↗ ${u}`,
              (u: string) => `URL de l’article : ${u}`,
              (u: string) => `Đọc bài gốc / Lire l’original : ${u}`,
            ])(addressOf(p)),
            d.pick([`Signature de l’article original : ${s.author}`, `${s.author} (d’après le site d’origine)`]),
          ]
        : [];
      const top = d.chance(0.4);
      if (top) p.meta(...link);
      p.blank();
      p.body();
      if (!top && link.length > 0) p.meta(...link).blank();
      p.chrome(
        'La Veille du Fleuve Rouge reproduit, pour les professeurs et leurs étudiants, des articles de la presse de langue française, toujours accompagnés de l’adresse de la page d’origine. Chaque texte appartient à son éditeur ; sur simple demande de sa part, nous le retirons.',
      ).blank();
      p.chrome('Fiche pédagogique à télécharger (PDF) ✧ Vocabulaire de l’article ✧ Exercices corrigés').blank();
      p.chrome(`La Veille du Fleuve Rouge · ${yearV29(p)} · quận Hoàn Kiếm, Hà Nội · Confidentialité · Nous écrire`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'arles-review',
    name: 'La Revue des Rizières',
    lang: 'fr',
    originals: 14,
    attribution: 'title-suffix',
    draw: weightedCredits(undefined, [ARLES_PRESS, 0.76], [LOOKALIKES_V29.arles, 0.12]),
    render(p) {
      const { d, s } = p;
      p.chrome('LA REVUE DES RIZIÈRES', 'Chaque matin, la presse pour les riziculteurs, les manadiers et les saliniers de Camargue', 'Accueil ⟩⟩ Revue de presse ⟩⟩ Filière riz').blank();
      p.chrome(`Riz rond : ${d.int(280, 340)} €/t · Étang de Vaccarès : ${d.pick(['niveau haut', 'niveau normal', 'salinité en hausse'])} · Mistral : ${d.pick(['60 km/h en rafales', 'faible', 'fort, pêche suspendue'])}`).blank();
      const after = d.pick([(o: string) => ` ⟫ ${o}`, (o: string) => ` ▫ ${o}`, (o: string) => ` ∷ ${o}`]);
      p.title((t) => (s.credit ? `${t}${after(s.credit.shown)}` : t)).blank();
      p.meta(fmtFr(s.date, "'Sélection du' dd/MM/yyyy '·' H 'h' mm")).blank();
      p.body();
      p.chrome('Le journal d’origine est indiqué après chaque titre, à la suite du séparateur.').blank();
      p.chrome(
        'La Revue des Rizières est préparée par le syndicat des riziculteurs pour ses adhérents. Les articles y paraissent en entier, tels que les journaux les ont publiés ; ils restent la propriété de leurs éditeurs, à qui toute demande de reproduction doit être adressée.',
      ).blank();
      p.chrome('Gabarit « Sansouïre » · Site propulsé par un moteur de blog libre · Plan du site · Accessibilité').blank();
      p.chrome(`La Revue des Rizières — Arles — ${yearV29(p)}`);
      return { author: false, date: 'full' };
    },
  },
  {
    id: 'bucharest-paper',
    name: 'Le Soir de Bucarest',
    lang: 'fr',
    originals: 14,
    attribution: 'own',
    lookalike: true,
    render(p) {
      const { d, s } = p;
      p.chrome(
        'Le Soir de Bucarest installe des cookies de mesure d’audience pour savoir qui nous lit en Roumanie, en Moldavie et dans le reste de la francophonie ; nos annonceurs n’en déposent qu’avec votre accord explicite, que vous pouvez retirer à tout instant.',
        'D’accord',
        'Pas maintenant',
      ).blank();
      p.chrome('LE SOIR DE BUCAREST', 'Quotidien francophone de Roumanie — cotidian francofon', 'Accueil » Roumanie » Moldavie » Europe » Culture').blank();
      p.chrome(`1 € = 4,${d.int(60, 79)} lei » ${d.pick(['Métro M2 : trafic normal', 'Chasse-neige sur la route de Ploiești', 'Rassemblement ce soir place de la Victoire'])} » ${d.pick(['−8 °C ce matin', 'verglas annoncé', 'ciel dégagé'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} · Le Soir de Bucarest` : t)).blank();
      p.meta(
        d.pick([`Un reportage de ${s.author}`, `${s.author}, service Politique`, `Texte : ${s.author} ; traduit du roumain par ${d.pick(EDITORS_V29)}`]),
        bucharestDate(p),
      ).blank();
      p.body({ [p.mid()]: [`Sur le même sujet ↠ ${p.related(1)[0]!}`] });
      p.chrome(
        'Le Soir de Bucarest vit de ses abonnés et de leurs dons. Pour que des journalistes continuent d’écrire en français sur la Roumanie et la Moldavie, soutenez-nous à partir de dix lei par mois ; chaque contribution compte.',
        'Je soutiens',
      ).blank();
      p.chrome('Commentaires (modérés avant publication)', 'Pseudo', 'Adresse électronique', 'Valider mon commentaire').blank();
      p.chrome(`© ${yearV29(p)} Le Soir de Bucarest SRL — strada Academiei, Bucarest — Reproduction soumise à autorisation`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'penzance-weekly',
    name: 'The Kernow Lantern',
    lang: 'en',
    originals: 14,
    attribution: 'own',
    chromeOnlyPage: true,
    render(p) {
      const { d } = p;
      p.chrome(
        'The Kernow Lantern would like to set cookies to remember your preferences, measure how our pages are read and show adverts from Cornish businesses. Essential cookies are always on; the rest stay off until you switch them on.',
        'Allow all',
        'Essential only',
      ).blank();
      p.chrome('THE KERNOW LANTERN', 'Penzance, West Penwith and the Isles of Scilly | Nowodhow Kernow', 'Home / News / Harbour / Council / Community / Sport').blank();
      p.chrome(`Scillonian III: ${d.pick(['sailing at 9.15', 'no sailing, swell', 'winter timetable'])} | A30 at Chiverton: ${d.pick(['roadworks, expect delays', 'clear'])} | Surf at Sennen: ${d.pick(['4ft and clean', 'flat', 'big and messy'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `Kernow Matters: ${t}` : t)).blank();
      p.meta(
        d.pick([`By ${writerEn(p)}, Local Democracy Reporter`, `${writerEn(p)} | West Penwith correspondent | Pictures: ${d.pick(PHOTO_V29)}`, `Words: ${writerEn(p)}`]),
        fmtEn(onClock(p, 'Europe/London'), "'Published' HH:mm 'GMT ·' EEEE do MMMM yyyy"),
      ).blank();
      p.body({ [p.mid()]: [`Read next: ${p.related(1)[0]!}`] });
      p.chrome('Tip-off? Ring the newsdesk on Market Jew Street or use our secure form.').blank();
      p.chrome(
        'The Lantern Letter lands every Saturday at seven: the week in West Cornwall, planning applications, lifeboat call-outs and what is on at the Acorn. Free to receive, and you can leave whenever you like.',
        'Subscribe',
      ).blank();
      p.chrome(`© ${yearV29(p)} Kernow Lantern Publishing Ltd | Penzance TR18 | Corrections | Accessibility statement`);
      return { author: true, date: 'full' };
    },
  },
  {
    id: 'bermuda-wire',
    name: 'Front Street Risk Wire',
    lang: 'en',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'en', share: 0.85 },
    draw: weightedCredits({ into: 'en', share: 0.85 }, [BERMUDA_PICKS, 0.74], [LOOKALIKES_V29.bermuda, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('FRONT STREET RISK WIRE', 'Reinsurance, catastrophe bonds and the European business press | Hamilton, Bermuda', 'Wire » Property-Cat » ILS » Regulation » Europe').blank();
      p.chrome(`Cat bond index ${d.int(180, 240)}.${d.int(10, 99)} | January renewals: ${d.pick(['rates flat', 'rates up 5%', 'capacity ample'])} | ${d.pick(['BMA filing deadline Friday', 'Causeway closed overnight', 'Hurricane season review published'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `Euro Risk » ${t}` : t)).blank();
      p.meta(fmtEn(onClock(p, 'Atlantic/Bermuda'), "dd-MMM-yyyy HH:mm 'AST'"));
      const credit = s.credit
        ? [
            d.pick([
              (o: string) => `Translated from the French of ${o}.`,
              (o: string) => `${o} carried this report first; English text produced by machine.`,
              (o: string) => `Source publication: ${o}`,
              (o: string) => `Adapted from reporting in ${o}.`,
            ])(s.credit.shown),
            d.pick([`Reporter (original): ${writerEn(p)}`, `${writerEn(p)}, business desk; English adaptation by ${d.pick(EDITORS_V29)}`]),
          ]
        : [];
      const top = d.chance(0.5);
      if (top) p.meta(...credit);
      p.blank();
      const at = p.mid();
      bodyWithCredit(p, at, top ? [] : credit, {
        [at]: ['This is one of your two complimentary wire items this month. A subscription unlocks every story, the weekly renewal-rate tracker and our searchable archive of catastrophe losses since 1992. Group rates are available for underwriting teams.'],
      });
      p.chrome(
        'Front Street Risk Wire is published in Hamilton, Bermuda. Items drawn from European newspapers are translated by machine, including the names of the newspapers, and are lightly edited; they are for information only and do not constitute underwriting, legal or investment advice.',
      ).blank();
      p.chrome('Email this item | Print | Add to briefing').blank();
      p.chrome(`© ${yearV29(p)} Front Street Risk Wire Ltd. | Hamilton HM 11 | Terms | Privacy notice`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'accra-digest',
    name: 'Harmattan Digest',
    lang: 'en',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'en', share: 0.85 },
    draw: weightedCredits({ into: 'en', share: 0.85 }, [ACCRA_PICKS, 0.74], [LOOKALIKES_V29.accra, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome('HARMATTAN DIGEST', 'Francophone West Africa in English, from Accra', 'Home - Senegal - Côte d\'Ivoire - Burkina Faso - Mali - Togo - Benin').blank();
      p.chrome(`Cedi: GHS ${d.int(4, 5)}.${d.int(10, 99)} to the dollar | Aflao border: ${d.pick(['open, long queues', 'open', 'closed after 6pm'])} | Harmattan haze: ${d.pick(['visibility under 2km', 'clearing by noon'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} | Harmattan Digest` : t)).blank();
      p.meta(accraDate(p)).blank();
      p.body({ [p.mid()]: [`More: ${p.related(1)[0]!}`] });
      if (s.credit) {
        p.meta(
          d.pick([
            (o: string) => `This report was first published in French by ${o}.`,
            (o: string) => `Original French-language source: ${o}`,
            (o: string) => `Reproduced from ${o} in our own translation.`,
            (o: string) => `With thanks to ${o}, where this story first ran.`,
          ])(s.credit.shown),
          d.pick([`${writerEn(p)}, for the original French edition`, `Reporting by ${writerEn(p)}; translated by ${d.pick(EDITORS_V29)}`]),
        ).blank();
      }
      p.chrome(
        'Harmattan Digest is an independent, reader-supported newsletter. We translate reporting from French-language newspapers across West Africa and beyond; translation is done by software and checked by our small team in Accra, so the names of newspapers are sometimes rendered literally.',
      ).blank();
      p.chrome('Forward to a friend | Donate via mobile money | Unsubscribe').blank();
      p.chrome(`(c) ${yearV29(p)} Harmattan Digest, Osu, Accra. All rights reserved.`);
      return writerIfCredited(p, 'full');
    },
  },
  {
    id: 'tokyo-table',
    name: 'The Ginza Table',
    lang: 'en',
    originals: 15,
    attribution: 'credit',
    translate: { into: 'en', share: 0.85 },
    draw: weightedCredits({ into: 'en', share: 0.85 }, [TOKYO_PICKS, 0.74], [LOOKALIKES_V29.tokyo, 0.13]),
    render(p) {
      const { d, s } = p;
      p.chrome(
        'We use cookies to keep you signed in, to learn which articles our readers in Japan and across Asia enjoy, and to show advertising from importers and restaurants. Please choose whether to allow the optional ones.',
        'Allow',
        'Decline',
      ).blank();
      p.chrome('THE GINZA TABLE', 'European food, wine and the trade behind them, from Tokyo', 'Home > Wine > Cheese > Trade > Europe').blank();
      p.chrome(`EUR/JPY ${d.int(122, 130)}.${d.int(10, 99)} | Toyosu market: ${d.pick(['open', 'closed Wednesday', 'first auction at 5.30'])} | ${d.pick(['Wine fair at Tokyo Big Sight next month', 'Import quotas for cheese unchanged', 'Sake export figures out Friday'])}`).blank();
      p.title((t) => (d.chance(0.3) ? `${t} — from the European press` : t)).blank();
      p.meta(fmtEn(onClock(p, 'Asia/Tokyo'), "yyyy.MM.dd '('EEE')' HH:mm 'JST'")).blank();
      const credit = s.credit
        ? [
            d.pick([
              (o: string) => `We translated this article from ${o}, which published it first.`,
              (o: string) => `Reprinted in English from ${o}.`,
              (o: string) => `First appeared in ${o} (translated by machine).`,
              (o: string) => `Courtesy of ${o}; English version by machine.`,
            ])(s.credit.shown),
            d.pick([`${writerEn(p)}, wine and food correspondent`, `Original article by ${writerEn(p)} (English edit: ${d.pick(EDITORS_V29)})`]),
          ]
        : [];
      bodyWithCredit(p, p.mid(), credit, {
        [s.body.length - 2]: [`Sponsored: ${d.pick(['Champagne masterclass in Roppongi, 20 seats left', 'Comté and Beaufort tasting at our Ginza shop', 'Importer seeks sommelier with French, Tokyo based'])}`],
      });
      p.chrome(
        'The Ginza Table is written for chefs, sommeliers and importers in Japan. Articles from the European regional and national press are translated by software, titles of newspapers included, and checked by an editor in Tokyo; please refer to the original for quotations.',
      ).blank();
      p.chrome('Share: LINE | X | Facebook | Copy link').blank();
      p.chrome(`© ${yearV29(p)} The Ginza Table K.K. · Chuo-ku, Tokyo · Terms · Privacy`);
      return writerIfCredited(p, 'full');
    },
  },
];

const JUNK_V29: readonly { name: string; bytes: Uint8Array }[] = [
  { name: 'gif-head', bytes: Buffer.from('GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04', 'latin1') },
  { name: 'mp3-id3', bytes: Buffer.from([0x49, 0x44, 0x33, 0x03, 0x00, 0x00, 0x00, 0x00, 0x0f, 0x76, 0xff, 0xfb, 0x90, 0x64, 0x00, 0x00]) },
  { name: 'sqlite-head', bytes: Buffer.from('SQLite format 3\x00\x10\x00\x01\x01\x00\x40\x20\x20', 'latin1') },
  { name: 'elf-head', bytes: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x3e, 0x00]) },
  { name: 'robots', bytes: Buffer.from('User-agent: *\nDisallow: /abonnes/\nSitemap: /plan-du-site.xml\n', 'utf8') },
  { name: 'too-many-requests', bytes: Buffer.from('429 Too Many Requests\nVous avez dépassé le nombre de requêtes autorisées. Réessayez dans 60 secondes.\n', 'utf8') },
  { name: 'html-comment', bytes: Buffer.from('<!-- page vide : cache expiré -->\n', 'utf8') },
  { name: 'tsv-header', bytes: Buffer.from('date\ttitre\tauteur\tlien\n', 'utf8') },
  { name: 'crlf-only', bytes: Buffer.from('\r\n\r\n\t\r\n', 'utf8') },
  { name: 'utf16-bom-only', bytes: Buffer.from([0xff, 0xfe]) },
  { name: 'empty-atom', bytes: Buffer.from('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>Flux</title></feed>\n', 'utf8') },
  { name: 'enable-js', bytes: Buffer.from('Veuillez activer JavaScript dans votre navigateur pour afficher cette page.\n', 'utf8') },
];

// ——— Generation ———

/** One page of `site` (v2's convention); an English page expects the byline as it prints it ("A and B"). */
function pageV29(site: SiteV29, story: Story, d: Dice, chromeOnly: boolean): MadePage {
  const made = page(site, story, d, chromeOnly);
  const author = made.entry.author;
  return site.lang === 'en' && author !== null ? { ...made, entry: { ...made.entry, author: inEnglish(author) } } : made;
}

/** The copy of `story` that `host` carries: the first site's credit (or its own name) when the host can show it; maybe headless or cut. */
function copyOnto(d: Dice, story: Story, first: SiteV29, host: SiteV29, others: string[]): Story {
  const firstOwn = first.attribution === 'own' ? { canonical: first.name, lookalike: first.lookalike === true } : null;
  const origin = story.credit ?? firstOwn;
  const hostNames = host.attribution !== 'own' && host.attribution !== 'none';
  const named = origin !== null && hostNames && (host.canShow?.(origin.canonical) ?? true);
  const lastDropped = story.src.body.length >= 4 && d.chance(NO_ENDING);
  // The Arles review names the outlet after the headline: its copies always show one.
  const headline = host.attribution === 'title-suffix' || !d.chance(NO_HEADLINE);
  return {
    ...story,
    body: lastDropped ? story.src.body.slice(0, -1) : story.src.body,
    headline,
    credit: named ? creditAsPrinted(d, origin.canonical, host.translate, origin.lookalike) : null,
    others,
  };
}

/**
 * Builds the v29 set from clean sources (deterministic for a seed): each site's originals and their copies on
 * up to three other sites, uncredited bare files, chrome-only pages and junk, shuffled, each file in one of
 * several encodings and named by content.
 */
export function generateUnseenV29(pool: readonly UnseenSource[], seed: number = SEED_V29): { files: UnseenFile[]; manifest: UnseenEntry[] } {
  const d = new Dice(makeRng(seed));
  const wanted = BARE_V29 + SITES_V29.reduce((n, s) => n + s.originals, 0);
  if (pool.length < wanted) throw new Error(`unseen sites v29: ${wanted} clean articles needed, the pool has ${pool.length}`);
  const picked = d.sample(pool, wanted);
  const allTitles = picked.map((s) => s.title);
  const otherTitles = (src: UnseenSource): string[] => d.sample(allTitles.filter((t) => t !== src.title), 5);
  const when = (): TZDate => {
    const day = new Date(PERIOD_START + d.int(0, PERIOD_DAYS - 1) * 86_400_000);
    return new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), d.int(6, 21), d.int(0, 59), 0, PARIS);
  };
  const out: MadePage[] = [];
  let from = 0;
  for (const site of SITES_V29) {
    const originals = picked.slice(from, from + site.originals);
    from += site.originals;
    for (const src of originals) {
      const story: Story = { src, body: src.body, author: d.pick(BYLINES_V29), date: when(), headline: true, credit: site.draw?.(d) ?? null, others: otherTitles(src) };
      out.push(pageV29(site, story, d, false));
      const hosts = d.sample(SITES_V29.filter((h) => h !== site), copiesOn(d));
      for (const host of hosts) out.push(pageV29(host, copyOnto(d, story, site, host, otherTitles(src)), d, false));
    }
    if (site.chromeOnlyPage) {
      const stand = picked[0]!;
      out.push(pageV29(site, { src: stand, body: [], author: d.pick(BYLINES_V29), date: when(), headline: false, credit: null, others: otherTitles(stand) }, d, true));
    }
  }
  for (const src of picked.slice(from)) out.push(creditsNobody(bareFile(src)));
  for (const junk of JUNK_V29) out.push(creditsNobody(junkFile(junk)));
  return packFiles(d, out, ENCODINGS_V29, 'v29-');
}

/** Heading of the v29 table and JSON. */
export const V29_HEADING = 'UNSEEN SITES v29 (frozen 2026-12-02, development data since 02:50: its misses were read; v30 is the frozen set)';

/** Generates v29, runs the real ingest on it and prints its figures (without the DEV simulation). */
export const runUnseenEvalV29 = unseenSetRunner(V29_HEADING, generateUnseenV29);

generatorCli(import.meta.url, 'unseen sites v29', generateUnseenV29, SEED_V29);
