/** The unseen-sites v24 development set: deterministic, every file accounted for, v2's outlet convention kept, a recorded digest, a scorer that sees wrong answers. */
import { describe, expect, it } from 'vitest';
import { SEED_V24, SITES_V24, generateUnseenV24 } from '../../scripts/unseen-sites-v24.ts';
import type { UnseenSource } from '../../scripts/unseen-sites.ts';
import type { UnseenEntry } from '../../src/eval/unseen-sites.ts';
import { decodedAs, expectOutletConvention, itHasTheSharedShape, itIsFrozen } from './unseen-answers.ts';

/** Invented articles (no corpus text): rural coach lines, the drivers who run them and the villages they serve. */
const CANTONS = ['Bellac', 'Riom-ès-Montagnes', 'Saint-Affrique', 'Langres', 'Château-Chinon', 'Lodève', 'Nontron', 'Die', 'Saint-Flour', 'Vouziers', 'Mauriac', 'Clamecy'];
const TROUBLES = [
  'la suppression du car de sept heures', 'le départ à la retraite du chauffeur', 'la hausse du prix du billet', 'l’arrêt déplacé devant la mairie',
  'les retards en période de neige', 'le transport scolaire saturé', 'la fin de la ligne du dimanche', 'le manque de places pour les fauteuils',
  'la correspondance ratée avec le train', 'le nouveau marché public de la région', 'les abribus jamais installés', 'le car à la demande',
  'la fermeture de la gare routière', 'le covoiturage proposé à la place', 'les horaires du marché', 'la desserte de l’hôpital',
  'le car des lycéens internes', 'les tickets vendus seulement en ligne',
];
const paragraph = (canton: string, trouble: string, i: number, j: number, k: number): string =>
  [
    `Dans le canton de ${canton}, ${trouble} fait réagir les usagers depuis ${i + 2} mois, et ${40 + 5 * j + i} habitants ont signé la pétition adressée à la région.`,
    k % 2 === 0 || (i + j) % 3 !== 0
      ? `« Sans le car, je ne peux plus aller à la pharmacie ni voir mes petits-enfants », explique une retraitée qui prend la ligne depuis ${j % 8 + 10} ans.`
      : `"Sans le car, je ne peux plus aller à la pharmacie ni voir mes petits-enfants", explique une retraitée qui prend la ligne depuis ${j % 8 + 10} ans.`,
    `La ligne a transporté ${3_000 + 70 * i + 11 * j} voyageurs l'an dernier, soit ${(5 * i + j) % 17 + 2} % de ${(i + j) % 2 === 0 ? 'plus' : 'moins'} qu'un an plus tôt.`,
    `Le conseil régional chiffre le maintien du service à ${2 + i + j} dizaines de milliers d'euros par an, selon le rapport présenté en commission.`,
    `Une réunion publique est prévue jeudi soir à la salle des fêtes ; ${15 + 2 * i + 3 * j} élus des communes desservies ont confirmé leur présence.`,
  ][k]!;
const POOL: UnseenSource[] = CANTONS.flatMap((canton, i) =>
  TROUBLES.map((trouble, j) => ({
    id: `car-${i}-${j}.txt`,
    title: `Car de ${canton} : ${trouble} inquiète usagers et élus depuis ${i + j + 2} mois`,
    body: [0, 1, 2, 3, 4].slice(0, 4 + ((i + j) % 2)).map((k) => paragraph(canton, trouble, i, j, k)),
  })),
);

// ——— The dates each site shows, written independently of the generator's formatter ———

const pad = (n: number): string => String(n).padStart(2, '0');
const WEEKDAYS_FR = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTHS_FR_SHORT = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];
const MONTHS_BR = ['Genver', "C'hwevrer", 'Meurzh', 'Ebrel', 'Mae', 'Mezheven', 'Gouere', 'Eost', 'Gwengolo', 'Here', 'Du', 'Kerzu'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const ordinal = (n: number): string => `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

/** The clock a date is shown on: minutes from UTC (winter), then the line the site writes for that local moment. */
const SHOWN_DATES: Record<string, [number, (t: Date) => string]> = {
  'tournai-regional': [60, (t) => `Publié le ${t.getUTCDate()} ${MONTHS_FR_SHORT[t.getUTCMonth()]} ${t.getUTCFullYear()} à ${t.getUTCHours()} h ${pad(t.getUTCMinutes())} (heure belge)`],
  'esch-portal': [60, (t) => `Esch, le ${WEEKDAYS_FR[t.getUTCDay()]} ${pad(t.getUTCDate())}/${pad(t.getUTCMonth() + 1)}/${t.getUTCFullYear()} - ${pad(t.getUTCHours())}.${pad(t.getUTCMinutes())} h`],
  'bienne-bilingual': [60, (t) => `Mis en ligne/Online: ${pad(t.getUTCDate())}.${pad(t.getUTCMonth() + 1)}.${t.getUTCFullYear()} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())} (HEC/MEZ)`],
  'rabat-portal': [60, (t) => `Posté le ${pad(t.getUTCDate())}-${pad(t.getUTCMonth() + 1)}-${t.getUTCFullYear()} | ${pad(t.getUTCHours())}H${pad(t.getUTCMinutes())} (heure de Rabat, GMT+1)`],
  'niamey-portal': [0, (t) => `Niamey, ${pad(t.getUTCDate())}.${pad(t.getUTCMonth() + 1)}.${t.getUTCFullYear()} à ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())} TU`],
  'quimper-breton': [
    60,
    (t) =>
      `Embannet d'an ${t.getUTCDate()} a viz ${MONTHS_BR[t.getUTCMonth()]} ${t.getUTCFullYear()} / Publié le ${t.getUTCDate()} ${MONTHS_FR[t.getUTCMonth()]} ${t.getUTCFullYear()}, ${pad(t.getUTCHours())}h${pad(t.getUTCMinutes())}`,
  ],
  'epinal-wood': [60, (t) => `Lettre du ${pad(t.getUTCDate())}.${pad(t.getUTCMonth() + 1)}.${t.getUTCFullYear()} — diffusée à ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`],
  'creuse-mayors': [60, (t) => `Envoi du ${pad(t.getUTCDate())}/${pad(t.getUTCMonth() + 1)}/${t.getUTCFullYear()} aux maires adhérents`],
  'portland-francophile': [
    -480,
    (t) => `Posted ${pad(t.getUTCMonth() + 1)}/${pad(t.getUTCDate())}/${t.getUTCFullYear()} at ${t.getUTCHours() % 12 || 12}:${pad(t.getUTCMinutes())} ${t.getUTCHours() < 12 ? 'a.m.' : 'p.m.'} PT`,
  ],
  'plymouth-herald': [
    0,
    (t) => `Published at ${t.getUTCHours() % 12 || 12}.${pad(t.getUTCMinutes())}${t.getUTCHours() < 12 ? 'am' : 'pm'} GMT on ${ordinal(t.getUTCDate())} ${MONTHS_EN[t.getUTCMonth()]} ${t.getUTCFullYear()}`,
  ],
  'cork-news': [
    0,
    (t) => `${WEEKDAYS_EN[t.getUTCDay()]}, ${MONTHS_EN[t.getUTCMonth()]!.slice(0, 3)} ${t.getUTCDate()}, ${t.getUTCFullYear()}, ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())} (Irish time)`,
  ],
  'manchester-roundup': [0, (t) => `Original publication: ${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())} UTC`],
};
/** The line a file's site shows for its expected date. */
const shownDate = (m: UnseenEntry): string => {
  const [offset, write] = SHOWN_DATES[m.site]!;
  return write(new Date(Date.parse(m.publishedAt!) + offset * 60_000));
};

describe('unseen-sites v24 evaluation set (development)', () => {
  const { manifest, files } = generateUnseenV24(POOL);
  const byName = new Map(files.map((f) => [f.name, f.bytes]));
  const text = (m: UnseenEntry): string => decodedAs(byName.get(m.file)!, m.encoding);
  const articles = manifest.filter((m) => m.kind === 'article');
  const headlineLine = (m: UnseenEntry): string => text(m).split('\n').find((l) => l.includes(m.title!))!;

  itIsFrozen(generateUnseenV24, POOL, SEED_V24, 'aa47762cad48abeb', { manifest, files });
  itHasTheSharedShape({ manifest, files }, SITES_V24, { maxFiles: 360, wrongOutlet: 'Bouregreg Info', decoration: 'Conjoncture ⟶ ' });

  it('has eight French and four English sites, each with its own date format', () => {
    expect(SITES_V24.filter((s) => s.lang === 'fr')).toHaveLength(8);
    expect(SITES_V24.filter((s) => s.lang === 'en')).toHaveLength(4);
    expect(Object.keys(SHOWN_DATES).sort()).toEqual(SITES_V24.map((s) => s.id).sort());
  });

  it('decorates some headlines with a prefix tag, a site-name suffix or a note that are not the headline', () => {
    const shown = articles.filter((m) => m.headline && m.site !== 'bare').map((m) => [m, headlineLine(m)] as const);
    const prefixed = shown.filter(([m, l]) => ['Tournaisis ⁞ ', 'Sahel ≫ ', 'Conjoncture ⟶ ', 'Dispatch from France: ', 'Over the Channel ▹ '].some((tag) => l === `${tag}${m.title}`));
    expect(prefixed.length).toBeGreaterThan(10);
    expect(new Set(prefixed.map(([m]) => m.site)).size).toBe(5);
    const suffixed = shown.filter(([m, l]) => [' // Minett Info', ' ◊ Bouregreg Info', ' · Keleier Kerne', ' (FR/DE)', ' (pour info)', ' [Europe]'].some((tail) => l === `${m.title}${tail}`));
    expect(suffixed.length).toBeGreaterThan(10);
    expect(new Set(suffixed.map(([m]) => m.site)).size).toBe(6);
    const named = shown.filter(([m]) => m.outletEvidence === 'title-suffix');
    expect(named.length).toBeGreaterThanOrEqual(10);
    for (const [m, l] of named) expect(/^ (▪|⇢|◇) .+$/.test(l.slice(m.title!.length)), `${m.file}: ${l}`).toBe(true);
    for (const [m, l] of named.filter(([x]) => !x.lookalike)) expect(l.endsWith(` ${m.outlet}`), `${m.file}: ${l}`).toBe(true);
    // Undecorated headlines outnumber decorated ones.
    expect(shown.filter(([m, l]) => l === m.title).length).toBeGreaterThan(shown.length / 2);
  });

  it('keeps the v2 outlet convention in every file, each evidence at least ten times', () => {
    expectOutletConvention(manifest, SITES_V24, { pageText: text });
  });

  it('translates credited names both ways, never beside the real name, and keeps look-alikes as written', () => {
    const translated = articles.filter((m) => m.translatedCredit);
    expect(translated.length).toBeGreaterThan(25);
    expect(translated.filter((m) => m.lang === 'en').length).toBeGreaterThan(8);
    expect(translated.filter((m) => m.lang === 'fr').length).toBeGreaterThan(8);
    for (const m of translated) expect(m.meta.join('\n'), m.file).not.toContain(m.outlet!);
    expect(new Set(translated.filter((m) => m.lang === 'en').map((m) => m.site))).toEqual(new Set(['portland-francophile', 'plymouth-herald']));
    expect(new Set(translated.filter((m) => m.lang === 'fr').map((m) => m.site))).toEqual(new Set(['bienne-bilingual', 'rabat-portal', 'epinal-wood']));
    // Untranslated credits name the outlet as written.
    for (const m of articles.filter((x) => x.outletEvidence === 'credit' && !x.translatedCredit)) {
      expect(text(m).includes(m.outlet!.replace(/^(Le|La|Les) /, '')), `${m.file}: ${m.outlet}`).toBe(true);
    }
    const lookalikes = articles.filter((m) => m.lookalike);
    expect(lookalikes.filter((m) => m.republisher !== null).length).toBeGreaterThan(4);
    expect(lookalikes.filter((m) => m.republisher === null).length).toBeGreaterThan(4);
    // As written, but for French's contraction of the article ("du Monde celte", "au Monde amazigh").
    for (const m of lookalikes) expect(text(m), m.file).toContain(m.outlet!.replace(/^(Le|La|Les|The) /, ''));
  });

  it('puts credits at the top, inside the text or at its foot', () => {
    const lines = (m: UnseenEntry): string[] => text(m).split('\n').filter((l) => l.trim() !== '');
    const credited = articles.filter((m) => ['credit', 'source-line', 'url-host'].includes(m.outletEvidence!));
    const where = (m: UnseenEntry): 'top' | 'inside' | 'foot' => {
      const all = lines(m);
      const body = m.body.map((b) => all.indexOf(b));
      const credit = m.meta.filter((l) => l !== shownDate(m) && !l.includes(m.author!));
      expect(credit, m.file).toHaveLength(1);
      const at = all.indexOf(credit[0]!);
      return at < body[0]! ? 'top' : at > body[body.length - 1]! ? 'foot' : 'inside';
    };
    const seen = new Map<string, Set<string>>();
    for (const m of credited) seen.set(m.site, (seen.get(m.site) ?? new Set()).add(where(m)));
    expect(seen.get('bienne-bilingual')).toEqual(new Set(['top']));
    expect(seen.get('niamey-portal')).toEqual(new Set(['top']));
    expect(seen.get('rabat-portal')).toEqual(new Set(['inside']));
    expect(seen.get('plymouth-herald')).toEqual(new Set(['inside']));
    expect(seen.get('epinal-wood')).toEqual(new Set(['foot']));
    expect(seen.get('portland-francophile')).toEqual(new Set(['top', 'foot']));
    expect(seen.get('quimper-breton')).toEqual(new Set(['top', 'foot']));
  });

  it('shows each site’s date on its own clock, and expects the same instant in Paris time', () => {
    const dated = articles.filter((m) => m.publishedAt !== null);
    expect(dated.length).toBe(articles.filter((m) => m.site !== 'bare').length);
    for (const m of dated) expect(m.publishedAt, m.file).toMatch(/^(2018-1[12]|2019-0[12])-\d\dT\d\d:\d\d:00\+01:00$/);
    for (const m of dated.filter((x) => x.site === 'creuse-mayors')) expect(m.publishedAt, m.file).toMatch(/T00:00:00\+01:00$/);
    expect(dated.filter((x) => x.site !== 'creuse-mayors' && x.publishedAt!.includes('T00:00'))).toEqual([]);
    for (const m of dated) expect(m.meta, m.file).toContain(shownDate(m));
    // The Pacific clock shows the day before for the Paris morning.
    expect(dated.filter((m) => m.site === 'portland-francophile' && shownDate(m).slice(10, 12) !== m.publishedAt!.slice(8, 10)).length).toBeGreaterThan(0);
  });

  it('writes some pages in ISO-8859-1, only those whose every character it holds', () => {
    const latin1 = manifest.filter((m) => m.encoding === 'latin1');
    expect(latin1.length).toBeGreaterThan(3);
    for (const m of latin1) {
      const bytes = byName.get(m.file)!;
      expect(bytes.some((b) => b >= 0x80 && b < 0xa0), m.file).toBe(false);
      expect(new TextDecoder('utf-8', { fatal: false }).decode(bytes)).not.toBe(text(m));
    }
  });
});
