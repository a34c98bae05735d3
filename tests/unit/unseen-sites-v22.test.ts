/** The frozen unseen-sites v22 set: deterministic, every file accounted for, v2's outlet convention kept, a frozen digest, a scorer that sees wrong answers. */
import { describe, expect, it } from 'vitest';
import { FROZEN_SEED_V22, SITES_V22, generateUnseenV22 } from '../../scripts/unseen-sites-v22.ts';
import type { UnseenSource } from '../../scripts/unseen-sites.ts';
import type { UnseenEntry } from '../../src/eval/unseen-sites.ts';
import { decodedAs, expectOutletConvention, itHasTheSharedShape, itIsFrozen } from './unseen-answers.ts';

/** Invented articles (no corpus text): rural coach lines, their timetables, fares and passengers. */
const TOWNS = ['Mauriac', 'Gourdon', 'Lannemezan', 'Saint-Flour', 'Bourganeuf', 'Châtillon-sur-Seine', 'Langres', 'Ruffec', 'Loudéac', 'Mirecourt', 'Nyons', 'Florac'];
const ISSUES = [
  'la suppression du car de 6 h 40', 'le ticket unique à deux euros', 'le transport à la demande du samedi', 'l’arrêt devant le collège', 'la desserte de la gare voisine',
  'les horaires des vacances scolaires', 'le car électrique à l’essai', 'la fermeture de la ligne du plateau', 'l’abonnement des apprentis', 'les places pour les vélos',
  'le retard chronique du soir', 'la navette du marché', 'l’abri détruit par la tempête', 'le chauffeur remplacé par un minibus', 'le passage par le hameau',
  'la correspondance avec le TER', 'la réservation par téléphone', 'les cartes des seniors',
];
const paragraph = (town: string, issue: string, i: number, j: number, k: number): string =>
  [
    `À ${town}, ${issue} occupe le conseil communautaire depuis ${i + 2} mois, et ${35 + 6 * j + i} voyageurs ont signé la pétition déposée à la mairie.`,
    `« Sans le car, ma fille perd une heure chaque matin », témoigne une mère de famille qui attend à l’arrêt de la place depuis ${(j % 8) + 4} ans.`,
    `La fréquentation a ${(i + j) % 2 === 0 ? 'augmenté' : 'baissé'} de ${((3 * i + j) % 15) + 2} % en un an, pour ${4_000 + 270 * i + 37 * j} trajets comptés par le transporteur.`,
    `La région chiffre le coût à ${2 + i + j} dizaines de milliers d’euros par an et doit se prononcer lors de la commission des transports de ${(i + j) % 2 === 0 ? 'février' : 'mars'}.`,
    `Une réunion d’information est prévue mardi à 19 heures à la salle des fêtes ; ${25 + 2 * i + 3 * j} habitants ont annoncé leur venue.`,
  ][k]!;
const POOL: UnseenSource[] = TOWNS.flatMap((town, i) =>
  ISSUES.map((issue, j) => ({
    id: `ligne-car-${i}-${j}.txt`,
    title: `Car de ${town} : ${issue} divise usagers et élus depuis ${i + j + 2} mois`,
    body: [0, 1, 2, 3, 4].slice(0, 4 + ((i + 2 * j) % 2)).map((k) => paragraph(town, issue, i, j, k)),
  })),
);

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

describe('unseen-sites v22 evaluation set (frozen)', () => {
  const { manifest, files } = generateUnseenV22(POOL);
  const byName = new Map(files.map((f) => [f.name, f.bytes]));
  const text = (m: UnseenEntry): string => decodedAs(byName.get(m.file)!, m.encoding);
  const articles = manifest.filter((m) => m.kind === 'article');
  const headlineLine = (m: UnseenEntry): string => text(m).split('\n').find((l) => l.includes(m.title!))!;
  /** The instant of `m`'s expected date on a clock `offset` minutes from UTC, read with the getUTC… methods. */
  const onClock = (m: UnseenEntry, offset: number): Date => new Date(Date.parse(m.publishedAt!) + offset * 60_000);

  itIsFrozen(generateUnseenV22, POOL, FROZEN_SEED_V22, '7eae1e6ad7582f31', { manifest, files });
  itHasTheSharedShape({ manifest, files }, SITES_V22, { maxFiles: 350, wrongOutlet: 'Coco de Mer Infos', decoration: 'Filière plastique ∷ ' });

  it('decorates some headlines with a prefix tag, a site-name suffix or a note that are not the headline', () => {
    const shown = articles.filter((m) => m.headline && m.site !== 'bare').map((m) => [m, headlineLine(m)] as const);
    const tags = ['Info locale ❯ ', 'Filière plastique ∷ ', 'Terre-Neuve ⊳ ', 'ISLANDS ⟩ '];
    const prefixed = shown.filter(([m, l]) => tags.some((tag) => l === `${tag}${m.title}`));
    expect(prefixed.length).toBeGreaterThan(10);
    expect(new Set(prefixed.map(([m]) => m.site))).toEqual(new Set(['quimper-daily', 'oyonnax-plastics', 'stjohns-francophone', 'miami-caribbean']));
    const tails = [' ◇ CARPATES INFOS', ' ✧ Coco de Mer Infos', ' (carte interactive)', ' [MT]', ' [lu pour vous]'];
    const suffixed = shown.filter(([m, l]) => tails.some((tail) => l === `${m.title}${tail}`));
    expect(suffixed.length).toBeGreaterThan(10);
    expect(new Set(suffixed.map(([m]) => m.site))).toEqual(new Set(['bucharest-portal', 'mahe-portal', 'bourges-city', 'hongkong-desk', 'perigueux-cavers']));
    const named = shown.filter(([m]) => m.outletEvidence === 'title-suffix');
    expect(named.length).toBeGreaterThanOrEqual(10);
    for (const [m, l] of named) expect(/^( ⁓ .+| ≡ .+| ‹ .+ ›)$/.test(l.slice(m.title!.length)), `${m.file}: ${l}`).toBe(true);
    // Undecorated headlines outnumber decorated ones.
    expect(shown.filter(([m, l]) => l === m.title).length).toBeGreaterThan(shown.length / 2);
  });

  it('keeps the v2 outlet convention in every file, each evidence at least ten times', () => {
    expectOutletConvention(manifest, SITES_V22, { pageText: text });
  });

  it('translates credited names both ways, never beside the real name, and keeps look-alikes as written', () => {
    const translated = articles.filter((m) => m.translatedCredit);
    expect(translated.filter((m) => m.lang === 'en').length).toBeGreaterThan(4);
    expect(translated.filter((m) => m.lang === 'fr').length).toBeGreaterThan(4);
    for (const m of translated) expect(m.meta.join('\n'), m.file).not.toContain(m.outlet!);
    // English renderings on the two English sites, French garbles on the three French sites that translate.
    expect(new Set(translated.filter((m) => m.lang === 'en').map((m) => m.site))).toEqual(new Set(['miami-caribbean', 'hongkong-desk']));
    expect(new Set(translated.filter((m) => m.lang === 'fr').map((m) => m.site))).toEqual(new Set(['oyonnax-plastics', 'mahe-portal', 'stjohns-francophone']));
    const lookalikes = articles.filter((m) => m.lookalike);
    expect(lookalikes.filter((m) => m.republisher !== null).length).toBeGreaterThan(4);
    expect(lookalikes.filter((m) => m.republisher === null).length).toBeGreaterThan(4);
    // As written, but for French's contraction of the article ("du Monde des Atolls", "du Progrès des Polymères").
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
    expect(seen('oyonnax-plastics')).toEqual(new Set(['top']));
    expect(seen('mahe-portal')).toEqual(new Set(['top', 'inside']));
    expect(seen('stjohns-francophone')).toEqual(new Set(['inside', 'foot']));
    expect(seen('miami-caribbean')).toEqual(new Set(['top', 'foot']));
    expect(seen('hongkong-desk')).toEqual(new Set(['top', 'inside', 'foot']));
    expect(seen('morvan-park-watch')).toEqual(new Set(['top', 'foot']));
    expect(seen('perigueux-cavers')).toEqual(new Set(['top', 'foot']));
    // The Morvan watch's link names a known outlet's host; the byline follows each credit.
    for (const m of credited.filter((x) => x.site === 'morvan-park-watch')) expect(creditLine(m), m.file).toMatch(/https?:\/\/[a-z0-9.-]+\.[a-z]+\//);
    for (const m of credited) expect(m.meta[m.meta.indexOf(creditLine(m)) + 1]?.endsWith(m.author!), m.file).toBe(true);
  });

  it('shows dates in Paris time or on a named clock, and expects the same instant in Paris time', () => {
    const dated = articles.filter((m) => m.publishedAt !== null);
    expect(dated.length).toBeGreaterThan(articles.length / 2);
    for (const m of dated) expect(m.publishedAt, m.file).toMatch(/^(2018-1[12]|2019-0[12])-\d\dT\d\d:\d\d:00\+01:00$/);
    // The day-only sites expect midnight; the others the time they show.
    const dayOnly = new Set(['lourdes-hoteliers', 'belfort-gardens']);
    for (const m of dated.filter((x) => dayOnly.has(x.site))) expect(m.publishedAt, m.file).toMatch(/T00:00:00\+01:00$/);
    expect(dated.filter((x) => !dayOnly.has(x.site) && !x.publishedAt!.includes('T00:00')).length).toBeGreaterThan(50);
    // Each site's date line, with its clock's offset from UTC in minutes (Paris is +60) and the day, month, year, hour and minute it shows.
    const clocks: Record<string, [number, RegExp, (g: string[]) => [number, number, number, number, number]]> = {
      'quimper-daily': [60, /^En ligne à (\d{2})h(\d{2}) le (\d{2})\.(\d{2})\.(\d{4}) · mise à jour à \d{2}h\d{2} le \d{2}\.\d{2}\.\d{4}$/, ([h, mi, dd, mo, y]) => [+dd!, +mo!, +y!, +h!, +mi!]],
      'bucharest-portal': [120, /^\d{1,2} \S+ \d{4} — (\d{1,2}) (\S+) (\d{4}), (\d{2}):(\d{2}) \(heure de Bucarest, UTC\+2\)$/, ([dd, mo, y, h, mi]) => [+dd!, frMonth(mo!), +y!, +h!, +mi!]],
      'bourges-city': [60, /^Publié ce \S+ (\d{1,2}) (\S+) (\d{4}) à (\d{1,2}) heures (\d{2})$/, ([dd, mo, y, h, mi]) => [+dd!, frMonth(mo!), +y!, +h!, +mi!]],
      'oyonnax-plastics': [60, /^(\d{1,2}) (\S+) (\d{4}) — (\d{1,2}) h (\d{2}) — Veille plasturgie$/, ([dd, mo, y, h, mi]) => [+dd!, frMonth(mo!), +y!, +h!, +mi!]],
      'mahe-portal': [240, /^Mahé, le (\d{2})\/(\d{2})\/(\d{4}) à (\d{2})h(\d{2}) \(SCT\)$/, ([dd, mo, y, h, mi]) => [+dd!, +mo!, +y!, +h!, +mi!]],
      'stjohns-francophone': [-210, /^Mise en ligne : (\d{1,2}) (\S+) (\d{4}), (\d{1,2}) h (\d{2}) \(HNT\)$/, ([dd, mo, y, h, mi]) => [+dd!, frMonth(mo!), +y!, +h!, +mi!]],
      'miami-caribbean': [
        -300,
        /^Filed (\d{1,2}):(\d{2}) (a\.m\.|p\.m\.) ET, \S+, (\S+)\. (\d{1,2}), (\d{4})$/,
        ([h, mi, half, mo, dd, y]) => [+dd!, EN_MONTHS.indexOf(mo!) + 1, +y!, (+h! % 12) + (half === 'p.m.' ? 12 : 0), +mi!],
      ],
      'hongkong-desk': [480, /^Timestamp (\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})\+08:00$/, ([y, mo, dd, h, mi]) => [+dd!, +mo!, +y!, +h!, +mi!]],
      'morvan-park-watch': [60, /^Veille du \S+ (\d{1,2}) (\S+) (\d{4}) · (\d{2}):(\d{2})$/, ([dd, mo, y, h, mi]) => [+dd!, frMonth(mo!), +y!, +h!, +mi!]],
      'lourdes-hoteliers': [60, /^Coupure de presse du (\d{1,2})\.([IVX]+)\.(\d{4})$/, ([dd, mo, y]) => [+dd!, ROMAN.indexOf(mo!) + 1, +y!, 0, 0]],
      'perigueux-cavers': [60, /^Posté le (\d{2})-(\S+)-(\d{4}) à (\d{2}):(\d{2})$/, ([dd, mo, y, h, mi]) => [+dd!, frMonth(mo!), +y!, +h!, +mi!]],
      'belfort-gardens': [60, /^Infolettre du \S+ (\d{2})-(\d{2})-(\d{4})$/, ([dd, mo, y]) => [+dd!, +mo!, +y!, 0, 0]],
    };
    expect(Object.keys(clocks).sort()).toEqual(SITES_V22.map((s) => s.id).sort());
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
    // The far clocks sometimes show another day than Paris: the next day in Hong Kong and on Mahé.
    for (const [site, offset] of [['hongkong-desk', 480], ['mahe-portal', 240]] as const) {
      const onSite = dated.filter((m) => m.site === site);
      expect(onSite.some((m) => m.publishedAt!.slice(0, 10) !== onClock(m, offset).toISOString().slice(0, 10)), site).toBe(true);
    }
    // Newfoundland's clock is half an hour off the hour: its minutes differ from Paris's by thirty.
    for (const m of dated.filter((x) => x.site === 'stjohns-francophone')) expect((onClock(m, -210).getUTCMinutes() - Number(m.publishedAt!.slice(14, 16)) + 60) % 60, m.file).toBe(30);
    // The Bucharest portal also writes the day in Romanian.
    for (const m of dated.filter((x) => x.site === 'bucharest-portal')) {
      const day = onClock(m, 120);
      expect(m.meta.some((l) => l.startsWith(`${day.getUTCDate()} ${RO_MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()} — `)), m.file).toBe(true);
    }
    // The Quimper site shows an update after the publication, sometimes on a later day.
    let laterDay = 0;
    for (const m of dated.filter((x) => x.site === 'quimper-daily')) {
      const line = m.meta.find((l) => l.startsWith('En ligne à '))!;
      const [, h1, m1, d1, mo1, y1, h2, m2, d2, mo2, y2] = /^En ligne à (\d{2})h(\d{2}) le (\d{2})\.(\d{2})\.(\d{4}) · mise à jour à (\d{2})h(\d{2}) le (\d{2})\.(\d{2})\.(\d{4})$/.exec(line)!;
      const stamp = (dd: string, mo: string, y: string, h: string, mi: string): number => Date.UTC(+y, +mo - 1, +dd, +h, +mi);
      expect(stamp(d2!, mo2!, y2!, h2!, m2!), line).toBeGreaterThan(stamp(d1!, mo1!, y1!, h1!, m1!));
      if (d1 !== d2) laterDay++;
    }
    expect(laterDay).toBeGreaterThan(0);
  });
});

const FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const FR_MONTHS_SHORT = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const RO_MONTHS = ['ianuarie', 'februarie', 'martie', 'aprilie', 'mai', 'iunie', 'iulie', 'august', 'septembrie', 'octombrie', 'noiembrie', 'decembrie'];
/** A French month name, in full or abbreviated, as its number (1–12). */
function frMonth(name: string): number {
  const k = FR_MONTHS.indexOf(name);
  return (k >= 0 ? k : FR_MONTHS_SHORT.indexOf(name)) + 1;
}
