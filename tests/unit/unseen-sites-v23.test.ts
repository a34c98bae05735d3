/** The frozen unseen-sites v23 set: deterministic, every file accounted for, v2's outlet convention kept, a frozen digest, a scorer that sees wrong answers. */
import { describe, expect, it } from 'vitest';
import { FROZEN_SEED_V23, SITES_V23, generateUnseenV23 } from '../../scripts/unseen-sites-v23.ts';
import type { UnseenSource } from '../../scripts/unseen-sites.ts';
import type { UnseenEntry } from '../../src/eval/unseen-sites.ts';
import { decodedAs, expectOutletConvention, itHasTheSharedShape, itIsFrozen } from './unseen-answers.ts';

/** Invented articles (no corpus text): village bakeries, their ovens, prices and customers. */
const VILLAGES = ['Saint-Affrique', 'Bourg-Argental', 'Castillon-en-Couserans', 'Lamastre', 'Vic-sur-Cère', 'Moûtiers', 'Saint-Gaudens', 'Chinon', 'Guéret', 'Bar-sur-Aube', 'Pontarlier', 'Sarlat'];
const TOPICS = [
  'la reprise du fournil par un jeune couple', 'le prix de la baguette à un euro', 'le four à bois classé', 'la tournée du camion dans les hameaux', 'la farine du moulin voisin',
  'la fermeture du mardi', 'le dépôt de pain à l’épicerie', 'la facture d’électricité du four', 'l’apprenti venu de la ville', 'la fête du pain de mai',
  'le distributeur automatique de baguettes', 'la galette des rois géante', 'le levain centenaire', 'la boulangerie éphémère de l’été', 'le concours de la meilleure tourte',
  'le pain au seigle d’autrefois', 'la pénurie de beurre', 'les commandes du restaurant scolaire',
];
const paragraph = (village: string, topic: string, i: number, j: number, k: number): string =>
  [
    `À ${village}, ${topic} anime les conversations au comptoir depuis ${i + 3} semaines, et ${40 + 5 * j + i} clients ont laissé un mot sur le cahier posé près de la caisse.`,
    `« Sans la boulangerie, le village perd son dernier commerce », confie une habitante qui achète sa miche tous les matins depuis ${(j % 9) + 5} ans.`,
    `Le chiffre d’affaires a ${(i + j) % 2 === 0 ? 'progressé' : 'reculé'} de ${((2 * i + j) % 13) + 3} % cette année, pour ${3_000 + 190 * i + 41 * j} baguettes vendues chaque mois.`,
    `La communauté de communes étudie une aide de ${3 + i + j} milliers d’euros et doit trancher lors du conseil de ${(i + j) % 2 === 0 ? 'janvier' : 'février'}.`,
    `Une dégustation est organisée dimanche à 10 heures sous la halle ; ${20 + 3 * i + 2 * j} personnes ont déjà promis de venir.`,
  ][k]!;
const POOL: UnseenSource[] = VILLAGES.flatMap((village, i) =>
  TOPICS.map((topic, j) => ({
    id: `fournil-${i}-${j}.txt`,
    title: `Boulangerie de ${village} : ${topic} fait parler le village depuis ${i + j + 3} semaines`,
    body: [0, 1, 2, 3, 4].slice(0, 4 + ((i + j) % 2)).map((k) => paragraph(village, topic, i, j, k)),
  })),
);

describe('unseen-sites v23 evaluation set (frozen)', () => {
  const { manifest, files } = generateUnseenV23(POOL);
  const byName = new Map(files.map((f) => [f.name, f.bytes]));
  const text = (m: UnseenEntry): string => decodedAs(byName.get(m.file)!, m.encoding);
  const articles = manifest.filter((m) => m.kind === 'article');
  const headlineLine = (m: UnseenEntry): string => text(m).split('\n').find((l) => l.includes(m.title!))!;
  /** The instant of `m`'s expected date on a clock `offset` minutes from UTC, read with the getUTC… methods. */
  const onClock = (m: UnseenEntry, offset: number): Date => new Date(Date.parse(m.publishedAt!) + offset * 60_000);

  itIsFrozen(generateUnseenV23, POOL, FROZEN_SEED_V23, 'f47305f687f92bc5', { manifest, files });
  itHasTheSharedShape({ manifest, files }, SITES_V23, { maxFiles: 360, wrongOutlet: 'Arguin Info', decoration: 'Conchyliculture ▹ ' });

  it('decorates some headlines with a prefix tag, a site-name suffix or a note that are not the headline', () => {
    const shown = articles.filter((m) => m.headline && m.site !== 'bare').map((m) => [m, headlineLine(m)] as const);
    const tags = ['Depuis Erevan ✦ ', 'FRANCOPHONE WEST AFRICA ¦ ', 'Conchyliculture ▹ ', 'Arguin Info ∙ '];
    const prefixed = shown.filter(([m, l]) => tags.some((tag) => l === `${tag}${m.title}`));
    expect(prefixed.length).toBeGreaterThan(10);
    expect(new Set(prefixed.map(([m]) => m.site))).toEqual(new Set(['yerevan-portal', 'lagos-desk', 'marennes-oysters', 'nouakchott-portal']));
    const tails = [' ~ Bailiwick Lantern', ' ▶ vidéo', ' · Trade Digest', ' ‖ Shwedagon Infos', ' (reading level B2)'];
    const suffixed = shown.filter(([m, l]) => tails.some((tail) => l === `${m.title}${tail}`));
    expect(suffixed.length).toBeGreaterThan(10);
    expect(new Set(suffixed.map(([m]) => m.site))).toEqual(new Set(['guernsey-island', 'digne-tv', 'hereford-cider', 'yangon-portal', 'hobart-teachers']));
    const named = shown.filter(([m]) => m.outletEvidence === 'title-suffix');
    expect(named.length).toBeGreaterThanOrEqual(10);
    for (const [m, l] of named) expect(/^( ∥ .+| ⇠ .+| 〔.+〕)$/.test(l.slice(m.title!.length)), `${m.file}: ${l}`).toBe(true);
    // Undecorated headlines outnumber decorated ones.
    expect(shown.filter(([m, l]) => l === m.title).length).toBeGreaterThan(shown.length / 2);
  });

  it('keeps the v2 outlet convention in every file, each evidence at least ten times', () => {
    expectOutletConvention(manifest, SITES_V23, { pageText: text });
  });

  it('translates credited names both ways, never beside the real name, and keeps look-alikes as written', () => {
    const translated = articles.filter((m) => m.translatedCredit);
    expect(translated.filter((m) => m.lang === 'en').length).toBeGreaterThan(4);
    expect(translated.filter((m) => m.lang === 'fr').length).toBeGreaterThan(4);
    for (const m of translated) expect(m.meta.join('\n'), m.file).not.toContain(m.outlet!);
    // English renderings on the three English sites that credit, French garbles on three French sites.
    expect(new Set(translated.filter((m) => m.lang === 'en').map((m) => m.site))).toEqual(new Set(['lagos-desk', 'hereford-cider', 'hobart-teachers']));
    expect(new Set(translated.filter((m) => m.lang === 'fr').map((m) => m.site))).toEqual(new Set(['yangon-portal', 'marennes-oysters', 'nouakchott-portal']));
    const lookalikes = articles.filter((m) => m.lookalike);
    expect(lookalikes.filter((m) => m.republisher !== null).length).toBeGreaterThan(4);
    expect(lookalikes.filter((m) => m.republisher === null).length).toBeGreaterThan(4);
    // As written, but for French's contraction of the article.
    for (const m of lookalikes) expect(text(m), m.file).toContain(m.outlet!.replace(/^(Le|La|Les|The) /, ''));
  });

  it('puts credits and links at the top, inside the text or at its foot', () => {
    const lines = (m: UnseenEntry): string[] => text(m).split('\n').filter((l) => l.trim() !== '');
    const where = (m: UnseenEntry, line: string): 'top' | 'inside' | 'foot' => {
      const all = lines(m);
      const body = m.body.map((b) => all.indexOf(b));
      const at = all.indexOf(line);
      return at < body[0]! ? 'top' : at > body[body.length - 1]! ? 'foot' : 'inside';
    };
    // On every republishing site the date is the first meta line; the credit is the next line that is not the byline.
    const credited = articles.filter((m) => ['credit', 'source-line', 'url-host'].includes(m.outletEvidence!));
    const creditLine = (m: UnseenEntry): string => m.meta.slice(1).find((l) => !l.endsWith(m.author!))!;
    for (const m of credited) expect(creditLine(m), m.file).toBeDefined();
    const seen = (site: string): Set<string> => new Set(credited.filter((m) => m.site === site).map((m) => where(m, creditLine(m))));
    expect(seen('lagos-desk')).toEqual(new Set(['top', 'inside']));
    expect(seen('hereford-cider')).toEqual(new Set(['inside', 'foot']));
    expect(seen('yangon-portal')).toEqual(new Set(['top', 'foot']));
    expect(seen('marennes-oysters')).toEqual(new Set(['inside']));
    expect(seen('nouakchott-portal')).toEqual(new Set(['top', 'inside', 'foot']));
    expect(seen('bayonne-notaries')).toEqual(new Set(['inside', 'foot']));
    expect(seen('hobart-teachers')).toEqual(new Set(['top']));
    // The Bayonne watch's link names a known outlet's host; the byline follows each credit.
    for (const m of credited.filter((x) => x.site === 'bayonne-notaries')) expect(creditLine(m), m.file).toMatch(/https?:\/\/[a-z0-9.-]+\.[a-z]+\//);
    for (const m of credited) expect(m.meta[m.meta.indexOf(creditLine(m)) + 1]?.endsWith(m.author!), m.file).toBe(true);
  });

  it('shows dates in Paris time or on a named clock, and expects the same instant in Paris time', () => {
    const dated = articles.filter((m) => m.publishedAt !== null);
    expect(dated.length).toBeGreaterThan(articles.length / 2);
    for (const m of dated) expect(m.publishedAt, m.file).toMatch(/^(2018-12|2019-0[12])-\d\dT\d\d:\d\d:00\+01:00$/);
    // The day-only sites expect midnight; the others the time they show.
    const dayOnly = new Set(['valensole-lavender', 'carcassonne-chess']);
    for (const m of dated.filter((x) => dayOnly.has(x.site))) expect(m.publishedAt, m.file).toMatch(/T00:00:00\+01:00$/);
    expect(dated.filter((x) => !dayOnly.has(x.site) && !x.publishedAt!.includes('T00:00')).length).toBeGreaterThan(50);
    const half = (h: string, ampm: string): number => (+h % 12) + (/p/i.test(ampm) ? 12 : 0);
    // Each site's date line, with its clock's offset from UTC in minutes (Paris is +60) and the day, month, year, hour and minute it shows.
    const clocks: Record<string, [number, RegExp, (g: string[]) => [number, number, number, number, number]]> = {
      'guernsey-island': [
        0,
        /^First published \S+ the (\d{1,2})(?:st|nd|rd|th) of (\S+) (\d{4}) at (\d{2}):(\d{2}) GMT$/,
        ([dd, mo, y, h, mi]) => [+dd!, EN_MONTHS.indexOf(mo!) + 1, +y!, +h!, +mi!],
      ],
      'yerevan-portal': [240, /^\d{1,2} \S+ \d{4} \/ \S+ (\d{1,2}) (\S+) (\d{4}), (\d{2})h(\d{2}) AMT \(UTC\+4\)$/, ([dd, mo, y, h, mi]) => [+dd!, frMonth(mo!), +y!, +h!, +mi!]],
      'digne-tv': [60, /^Émission du (\d{2})-(\d{2})-(\d{2}), (\d{2})h(\d{2})$/, ([dd, mo, y, h, mi]) => [+dd!, +mo!, 2000 + +y!, +h!, +mi!]],
      'lagos-desk': [
        60,
        /^LAGOS \| (\d{1,2}):(\d{2})(AM|PM) WAT \| (\d{2}) ([A-Z]{3}) (\d{4})$/,
        ([h, mi, ap, dd, mo, y]) => [+dd!, EN_SHORT.findIndex((x) => x.toUpperCase() === mo) + 1, +y!, half(h!, ap!), +mi!],
      ],
      'hereford-cider': [0, /^Published (\d{2}):(\d{2}) UK time on (\d{1,2}) (\S+) (\d{4})$/, ([h, mi, dd, mo, y]) => [+dd!, EN_MONTHS.indexOf(mo!) + 1, +y!, +h!, +mi!]],
      'yangon-portal': [390, /^Rangoun, le (\d{1,2}) du mois de (\S+) (\d{4}), à (\d{2})h(\d{2}) \(MMT\)$/, ([dd, mo, y, h, mi]) => [+dd!, frMonth(mo!), +y!, +h!, +mi!]],
      'marennes-oysters': [60, /^Paru le (\d{1,2}) (\S+) (\d{4}) \(\S+\), (\d{2})h(\d{2})$/, ([dd, mo, y, h, mi]) => [+dd!, frMonth(mo!), +y!, +h!, +mi!]],
      'nouakchott-portal': [0, /^Nouakchott — (\d{2})\.(\d{2})\.(\d{4}) — (\d{2}):(\d{2}) TU$/, ([dd, mo, y, h, mi]) => [+dd!, +mo!, +y!, +h!, +mi!]],
      'bayonne-notaries': [60, /^Sélection du (\d{2})\/(\d{2})\/(\d{4}), mise en ligne à (\d{2}):(\d{2})$/, ([dd, mo, y, h, mi]) => [+dd!, +mo!, +y!, +h!, +mi!]],
      'valensole-lavender': [60, /^Semaine \d{2} · \S+ (\d{2})\/(\d{2})\/(\d{4})$/, ([dd, mo, y]) => [+dd!, +mo!, +y!, 0, 0]],
      'hobart-teachers': [
        660,
        /^(\d{2}) (\S+) (\d{4}) · (\d{1,2}):(\d{2}) (am|pm) Hobart time \(AEDT\)$/,
        ([dd, mo, y, h, mi, ap]) => [+dd!, EN_SHORT.indexOf(mo!) + 1, +y!, half(h!, ap!), +mi!],
      ],
      'carcassonne-chess': [60, /^Envoyée le \S+ (\d{2}) \/ (\d{2}) \/ (\d{4})$/, ([dd, mo, y]) => [+dd!, +mo!, +y!, 0, 0]],
    };
    expect(Object.keys(clocks).sort()).toEqual(SITES_V23.map((s) => s.id).sort());
    for (const [site, [offset, shape, read]] of Object.entries(clocks)) {
      const onSite = dated.filter((m) => m.site === site);
      expect(onSite.length, site).toBeGreaterThan(5);
      for (const m of onSite) {
        const line = m.meta.find((l) => shape.test(l));
        expect(line, `${m.file}: ${m.meta.join(' / ')}`).toBeDefined();
        const local = onClock(m, offset);
        const want = [local.getUTCDate(), local.getUTCMonth() + 1, local.getUTCFullYear(), local.getUTCHours(), local.getUTCMinutes()];
        expect(read(shape.exec(line!)!.slice(1)), `${m.file}: ${line}`).toEqual(want);
      }
    }
    // The far clocks sometimes show another day than Paris: the next day in Hobart and in Yangon.
    for (const [site, offset] of [['hobart-teachers', 660], ['yangon-portal', 390]] as const) {
      const onSite = dated.filter((m) => m.site === site);
      expect(onSite.some((m) => m.publishedAt!.slice(0, 10) !== onClock(m, offset).toISOString().slice(0, 10)), site).toBe(true);
    }
    // Yangon's clock is half an hour off the hour: its minutes differ from Paris's by thirty.
    for (const m of dated.filter((x) => x.site === 'yangon-portal')) expect((onClock(m, 390).getUTCMinutes() - Number(m.publishedAt!.slice(14, 16)) + 60) % 60, m.file).toBe(30);
    // The Yerevan portal also writes the day in Armenian.
    for (const m of dated.filter((x) => x.site === 'yerevan-portal')) {
      const day = onClock(m, 240);
      expect(m.meta.some((l) => l.startsWith(`${day.getUTCDate()} ${HY_MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()} / `)), m.file).toBe(true);
    }
    // The Valensole review numbers the ISO week of the day it shows.
    for (const m of dated.filter((x) => x.site === 'valensole-lavender')) {
      const line = m.meta.find((l) => l.startsWith('Semaine '))!;
      expect(Number(line.slice(8, 10)), line).toBe(isoWeek(onClock(m, 60)));
    }
  });
});

const FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const FR_MONTHS_SHORT = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const EN_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const HY_MONTHS = ['հունվար', 'փետրվար', 'մարտ', 'ապրիլ', 'մայիս', 'հունիս', 'հուլիս', 'օգոստոս', 'սեպտեմբեր', 'հոկտեմբեր', 'նոյեմբեր', 'դեկտեմբեր'];
/** A French month name, in full or abbreviated, as its number (1–12). */
function frMonth(name: string): number {
  const k = FR_MONTHS.indexOf(name);
  return (k >= 0 ? k : FR_MONTHS_SHORT.indexOf(name)) + 1;
}
/** ISO-8601 week number of a day read with the getUTC… methods. */
function isoWeek(day: Date): number {
  const t = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()));
  t.setUTCDate(t.getUTCDate() + 4 - (t.getUTCDay() || 7));
  return Math.ceil(((t.getTime() - Date.UTC(t.getUTCFullYear(), 0, 1)) / 86_400_000 + 1) / 7);
}
