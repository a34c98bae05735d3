/** The frozen unseen-sites v32 set: deterministic, every file accounted for, v2's outlet convention kept, a frozen digest, a scorer that sees wrong answers. */
import { describe, expect, it } from 'vitest';
import { INTO_EN_V32, INTO_FR_V32, SEED_V32, SITES_V32, generateUnseenV32 } from '../../scripts/unseen-sites-v32.ts';
import type { UnseenSource } from '../../scripts/unseen-sites.ts';
import type { UnseenEntry } from '../../src/eval/unseen-sites.ts';
import { decodedAs, expectOutletConvention, itHasTheSharedShape, itIsFrozen } from './unseen-answers.ts';

/** Invented articles (no corpus text): mobile libraries that change their rounds, and the villages they stop serving. */
const VALLEYS = ['la Maurienne', 'le Queyras', 'la Bresse', 'le Perche', 'la Thiérache', 'le Gâtinais', 'la Chalosse', 'le Ségala', 'la Brenne', 'le Vexin', 'la Puisaye', 'le Morvan'];
const STOPS = [
  'la place de la mairie', 'le parking de l\'école', 'la cour de la ferme-auberge', 'le lavoir', 'la salle des fêtes', 'le monument aux morts',
  'l\'arrêt du car scolaire', 'la maison de retraite', 'le terrain de pétanque', 'la halle', 'le presbytère', 'la coopérative laitière',
  'le relais de poste', 'la gare désaffectée', 'le foyer rural', 'la caserne des pompiers', 'le camping municipal', 'le carrefour du calvaire',
];
const paragraph = (valley: string, stop: string, i: number, j: number, k: number): string =>
  [
    `Dans ${valley}, le bibliobus ne s'arrêtera plus devant ${stop} à partir du mois prochain, après ${i + j + 4} ans de tournées mensuelles.`,
    (i + 2 * j) % 3 === 0
      ? `« On y empruntait ${6 + i} livres par mois, les petits-enfants venaient avec moi », regrette une lectrice de ${70 + j} ans.`
      : `"On y empruntait ${6 + i} livres par mois, les petits-enfants venaient avec moi", regrette une lectrice de ${70 + j} ans.`,
    `Le département explique que le véhicule, qui a ${12 + (j % 6)} ans, coûte ${30 + 2 * i + j} 000 euros par an et ne s'arrête désormais que dans les communes de plus de ${300 + 50 * (i % 4)} habitants.`,
    `Une boîte à livres sera installée à la place, et une navette de ${['lundi', 'mercredi', 'samedi'][j % 3]} conduira les lecteurs à la médiathèque du chef-lieu.`,
    `Le maire a écrit au président du conseil départemental et fait circuler une pétition qui a recueilli ${100 + 7 * i + 3 * j} signatures en ${2 + (i % 3)} semaines.`,
  ][k]!;
const POOL: UnseenSource[] = VALLEYS.flatMap((valley, i) =>
  STOPS.map((stop, j) => ({
    id: `bibliobus-${i}-${j}.txt`,
    title: `Dans ${valley}, le bibliobus ne passera plus devant ${stop} : ${i + 2 * j + 6} lecteurs privés de tournée`,
    body: [0, 1, 2, 3, 4].slice(0, 4 + ((i + j) % 2)).map((k) => paragraph(valley, stop, i, j, k)),
  })),
);

// ——— The dates each site shows, written independently of the generator's formatter ———

const pad = (n: number): string => String(n).padStart(2, '0');
const WEEKDAYS_FR = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTHS_FR_DOTTED = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const hour12 = (t: Date): number => (t.getUTCHours() % 12 === 0 ? 12 : t.getUTCHours() % 12);
const dmy = (t: Date, sep: string): string => `${pad(t.getUTCDate())}${sep}${pad(t.getUTCMonth() + 1)}${sep}${t.getUTCFullYear()}`;
const hhmm = (t: Date, sep: string): string => `${pad(t.getUTCHours())}${sep}${pad(t.getUTCMinutes())}`;
/** ISO 8601 week number of a day (weeks start on Monday; week 1 holds the year's first Thursday). */
const isoWeek = (t: Date): number => {
  const thursday = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate() + 3 - ((t.getUTCDay() + 6) % 7)));
  return 1 + Math.floor((thursday.getTime() - Date.UTC(thursday.getUTCFullYear(), 0, 1)) / (7 * 86_400_000));
};

/** The clock a date is shown on: minutes from UTC (all winter or only time), then the line the site writes for that local moment. */
const SHOWN_DATES: Record<string, [number, (t: Date) => string]> = {
  'chamonix-guides': [60, (t) => `${dmy(t, '|')} ▴ ${hhmm(t, 'h')} ▴ Chamonix-Mont-Blanc`],
  'lorient-port': [60, (t) => `Lorient, ${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())} ${hhmm(t, ':')} (heure de Paris)`],
  'chisinau-portal': [
    120,
    (t) => `Chișinău, ${t.getUTCDate()} ${MONTHS_FR_DOTTED[t.getUTCMonth()]} ${t.getUTCFullYear()} — ${t.getUTCHours()} h ${pad(t.getUTCMinutes())}, heure de Moldavie (UTC+02:00)`,
  ],
  'coulon-letter': [60, (t) => `Coulon · semaine ${pad(isoWeek(t))} · ${WEEKDAYS_FR[t.getUTCDay()]} ${dmy(t, '/')}`],
  'vientiane-portal': [
    420,
    (t) => `Vientiane, le ${t.getUTCDate()} ${MONTHS_FR[t.getUTCMonth()]} ${t.getUTCFullYear()} à ${pad(t.getUTCHours())} heures ${pad(t.getUTCMinutes())} (heure du Laos, UTC+7)`,
  ],
  'valensole-review': [
    60,
    (t) => `Revue du ${WEEKDAYS_FR[t.getUTCDay()]} ${t.getUTCDate()} ${MONTHS_FR[t.getUTCMonth()]} ${t.getUTCFullYear()}, mise en ligne à ${hhmm(t, ':')}`,
  ],
  'taiohae-weekly': [
    -570,
    (t) => `Taiohae, ${WEEKDAYS_FR[t.getUTCDay()]} ${dmy(t, '/')}, ${t.getUTCHours()}h${pad(t.getUTCMinutes())} (heure des Marquises, UTC-9h30)`,
  ],
  'sfax-letter': [
    60,
    (t) => `Sfax • ${t.getUTCDate()} ${MONTHS_FR[t.getUTCMonth()]!.replace(/^./, (c) => c.toUpperCase())} ${t.getUTCFullYear()} • ${hhmm(t, ':')} (heure tunisienne)`,
  ],
  'douglas-weekly': [0, (t) => `Updated ${pad(t.getUTCDate())}-${MONTHS_EN[t.getUTCMonth()]!.slice(0, 3)}-${t.getUTCFullYear()} @ ${hhmm(t, ':')} GMT`],
  'darwin-digest': [
    570,
    (t) => `Darwin, ${WEEKDAYS_EN[t.getUTCDay()]!.slice(0, 3)} ${t.getUTCDate()}/${t.getUTCMonth() + 1}/${t.getUTCFullYear()}, ${hhmm(t, ':')} ACST (UTC+9:30)`,
  ],
  'reykjavik-letter': [0, (t) => `Reykjavík · ${t.getUTCDate()}.${t.getUTCMonth() + 1}.${t.getUTCFullYear()} · ${hhmm(t, ':')} (Iceland time, UTC+0)`],
  'anchorage-newsletter': [
    -540,
    (t) =>
      `${MONTHS_EN[t.getUTCMonth()]!.slice(0, 3)}. ${t.getUTCDate()}, ${t.getUTCFullYear()} — ${hour12(t)}:${pad(t.getUTCMinutes())} ${t.getUTCHours() < 12 ? 'a.m.' : 'p.m.'} AKST`,
  ],
};
/** The line a file's site shows for its expected date. */
const shownDate = (m: UnseenEntry): string => {
  const [offset, write] = SHOWN_DATES[m.site]!;
  return write(new Date(Date.parse(m.publishedAt!) + offset * 60_000));
};

describe('unseen-sites v32 evaluation set (frozen)', () => {
  const { manifest, files } = generateUnseenV32(POOL);
  const byName = new Map(files.map((f) => [f.name, f.bytes]));
  const text = (m: UnseenEntry): string => decodedAs(byName.get(m.file)!, m.encoding);
  const articles = manifest.filter((m) => m.kind === 'article');
  const headlineLine = (m: UnseenEntry): string => text(m).split('\n').find((l) => l.includes(m.title!))!;

  itIsFrozen(generateUnseenV32, POOL, SEED_V32, '40be5800885d151e', { manifest, files });
  itHasTheSharedShape({ manifest, files }, SITES_V32, { maxFiles: 380, wrongOutlet: 'Carrefour Moldave', decoration: 'ALTITUDE ▴ ' });

  it('has eight French and four English sites, each with its own date format', () => {
    expect(SITES_V32.filter((s) => s.lang === 'fr')).toHaveLength(8);
    expect(SITES_V32.filter((s) => s.lang === 'en')).toHaveLength(4);
    expect(Object.keys(SHOWN_DATES).sort()).toEqual(SITES_V32.map((s) => s.id).sort());
  });

  it('decorates some headlines with a prefix tag, a site-name suffix or a note that are not the headline', () => {
    const shown = articles.filter((m) => m.headline && m.site !== 'bare').map((m) => [m, headlineLine(m)] as const);
    const prefixed = shown.filter(([m, l]) => ['ALTITUDE ▴ ', 'Côté criée ➤ ', 'Revue de la semaine ¤ ', 'ON THE ISLAND | ', 'Indo-Pacific Watch ⌖ '].some((tag) => l === `${tag}${m.title}`));
    expect(prefixed.length).toBeGreaterThan(10);
    expect(new Set(prefixed.map(([m]) => m.site)).size).toBe(5);
    const suffixed = shown.filter(([m, l]) =>
      [' ¦ Carrefour Moldave', ' ❀ Dok Champa Info', ' ✧ Te Henua Hebdo', ' ⁑ Geysir Trade Letter', ' [revue de presse oléicole]', ' (machine translation)'].some((tail) => l === `${m.title}${tail}`),
    );
    expect(suffixed.length).toBeGreaterThan(10);
    expect(new Set(suffixed.map(([m]) => m.site)).size).toBe(6);
    const named = shown.filter(([m]) => m.outletEvidence === 'title-suffix');
    expect(named.length).toBeGreaterThanOrEqual(10);
    for (const [m, l] of named) expect(/^ (↣|⁘|‣) .+$/.test(l.slice(m.title!.length)), `${m.file}: ${l}`).toBe(true);
    for (const [m, l] of named) expect(l.endsWith(` ${m.outlet}`), `${m.file}: ${l}`).toBe(true);
    // Undecorated headlines outnumber decorated ones.
    expect(shown.filter(([m, l]) => l === m.title).length).toBeGreaterThan(shown.length / 2);
  });

  it('keeps the v2 outlet convention in every file, each evidence at least ten times', () => {
    expectOutletConvention(manifest, SITES_V32, { pageText: text });
  });

  it('translates credited names both ways, never beside the real name, and keeps look-alikes as written', () => {
    const translated = articles.filter((m) => m.translatedCredit);
    expect(translated.length).toBeGreaterThanOrEqual(35);
    expect(translated.filter((m) => m.lang === 'en').length).toBeGreaterThan(12);
    expect(translated.filter((m) => m.lang === 'fr').length).toBeGreaterThan(12);
    for (const m of translated) expect(m.meta.join('\n') + headlineLine(m), m.file).not.toContain(m.outlet!);
    expect(new Set(translated.filter((m) => m.lang === 'en').map((m) => m.site))).toEqual(new Set(['darwin-digest', 'reykjavik-letter', 'anchorage-newsletter']));
    expect(new Set(translated.filter((m) => m.lang === 'fr').map((m) => m.site))).toEqual(new Set(['lorient-port', 'chisinau-portal', 'sfax-letter']));
    // Untranslated credits name the outlet as written (but for French's contraction of the article: "du Monde", "des Échos").
    for (const m of articles.filter((x) => ['credit', 'source-line', 'title-suffix'].includes(x.outletEvidence!) && !x.translatedCredit)) {
      expect(text(m).includes(m.outlet!.replace(/^(Le|La|Les) /, '')), `${m.file}: ${m.outlet}`).toBe(true);
    }
    const lookalikes = articles.filter((m) => m.lookalike);
    expect(lookalikes.filter((m) => m.republisher !== null).length).toBeGreaterThan(10);
    expect(lookalikes.filter((m) => m.republisher === null).length).toBeGreaterThan(10);
    for (const m of lookalikes) expect(text(m), m.file).toContain(m.outlet!.replace(/^(Le|La|Les|The) /, ''));
  });

  it('translates word for word without ambiguity: each rendering names one outlet, never another real outlet of the set', () => {
    const forms = [...Object.values(INTO_EN_V32), ...Object.values(INTO_FR_V32)].flat();
    expect(new Set(forms).size).toBe(forms.length);
    const outlets = new Set(articles.map((m) => m.outlet).filter((o): o is string => o !== null));
    for (const f of forms) expect(outlets.has(f), f).toBe(false);
    // No rendering is the first words of an outlet of the set either (it would read as a look-alike).
    for (const f of forms) for (const o of outlets) expect(o.startsWith(`${f} `), `${f} / ${o}`).toBe(false);
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
    expect(seen.get('darwin-digest')).toEqual(new Set(['top']));
    expect(seen.get('sfax-letter')).toEqual(new Set(['foot']));
    expect(seen.get('reykjavik-letter')).toEqual(new Set(['foot']));
    expect(seen.get('lorient-port')).toEqual(new Set(['top', 'inside']));
    expect(seen.get('vientiane-portal')).toEqual(new Set(['top', 'inside']));
    expect(seen.get('chisinau-portal')).toEqual(new Set(['inside', 'foot']));
    expect(seen.get('anchorage-newsletter')).toEqual(new Set(['inside', 'foot']));
  });

  it('expects the writer as the byline names them: no role, place or helper, two writers joined as the page joins them', () => {
    const bylined = articles.filter((m) => m.author !== null);
    expect(bylined.length).toBeGreaterThan(150);
    for (const m of bylined) {
      expect(m.meta.some((l) => l.includes(m.author!)), m.file).toBe(true);
      expect(m.author, m.file).toMatch(/^[\p{L}' -]+$/u);
    }
    const pairs = bylined.filter((m) => / (et|and) /.test(m.author!));
    expect(pairs.length).toBeGreaterThan(5);
    for (const m of pairs) expect(m.author!.includes(m.lang === 'en' ? ' and ' : ' et '), m.file).toBe(true);
    expect(new Set(pairs.map((m) => m.lang))).toEqual(new Set(['fr', 'en']));
    // Roles, places, desks, translators, proof-readers and photographers stand beside the writer on the line.
    const beside = [
      'correspondance Argentière', 'guide et pigiste · Photos :', 'au refuge du Couvercle', 'dans l’édition d’origine', 'service économie maritime (traduction :',
      'bureau de Bălți', 'pour l’éditeur d’origine', '(article original)', 'rédaction de Taiohae', 'Un reportage de', '; relecture :',
      'envoyé spécial ; adaptation française par', 'Chief Reporter', 'Douglas newsroom', 'Words:', 'defence correspondent; English version checked by',
      '(regional desk); translation proofread by', 'staff reporter — translated with help from',
    ];
    for (const cue of beside) expect(bylined.some((m) => m.meta.some((l) => l.includes(cue) && l.includes(m.author!))), cue).toBe(true);
  });

  it('shows each site’s date on its own clock, and expects the same instant in Paris time', () => {
    const dated = articles.filter((m) => m.publishedAt !== null);
    expect(dated.length).toBe(articles.filter((m) => m.site !== 'bare').length);
    for (const m of dated) expect(m.publishedAt, m.file).toMatch(/^(2018-12|2019-0[12])-\d\dT\d\d:\d\d:00\+01:00$/);
    for (const m of dated.filter((x) => x.site === 'coulon-letter')) expect(m.publishedAt, m.file).toMatch(/T00:00:00\+01:00$/);
    expect(dated.filter((x) => x.site !== 'coulon-letter' && x.publishedAt!.includes('T00:00'))).toEqual([]);
    for (const m of dated) expect(m.meta, m.file).toContain(shownDate(m));
    for (const m of dated) expect(text(m), m.file).toContain(shownDate(m));
    // The Darwin and Vientiane clocks show the next day for the Paris afternoon or evening; the Taiohae and Anchorage clocks the day before for the Paris morning.
    const parisDay = (m: UnseenEntry): number => Number(m.publishedAt!.slice(8, 10));
    const localDay = (m: UnseenEntry): number => new Date(Date.parse(m.publishedAt!) + SHOWN_DATES[m.site]![0] * 60_000).getUTCDate();
    for (const site of ['darwin-digest', 'vientiane-portal', 'taiohae-weekly', 'anchorage-newsletter']) {
      expect(dated.filter((m) => m.site === site && localDay(m) !== parisDay(m)).length, site).toBeGreaterThan(0);
    }
    // The Darwin and Taiohae clocks are half an hour off the hour of every other clock.
    const halfPast = (m: UnseenEntry): string => pad((Number(m.publishedAt!.slice(14, 16)) + 30) % 60);
    for (const m of dated.filter((x) => x.site === 'darwin-digest')) expect(shownDate(m), m.file).toContain(`:${halfPast(m)} ACST`);
    for (const m of dated.filter((x) => x.site === 'taiohae-weekly')) expect(shownDate(m), m.file).toContain(`h${halfPast(m)} (heure des Marquises`);
    // The Coulon letter's week number is the ISO week of the day it shows.
    for (const m of dated.filter((x) => x.site === 'coulon-letter')) expect(shownDate(m), m.file).toMatch(/^Coulon · semaine (0[1-9]|[1-4]\d|5[0-3]) · /);
  });

  it('writes some pages in ISO-8859-1, only those whose every character it holds', () => {
    const latin1 = manifest.filter((m) => m.encoding === 'latin1');
    expect(latin1.length).toBeGreaterThan(2);
    for (const m of latin1) expect(byName.get(m.file)!.some((b) => b >= 0x80 && b < 0xa0), m.file).toBe(false);
    // Pages with letters beyond ASCII read differently as UTF-8 (the encoding matters); pure-ASCII pages read the same.
    const accented = latin1.filter((m) => byName.get(m.file)!.some((b) => b >= 0xa0));
    expect(accented.length).toBeGreaterThan(1);
    for (const m of accented) expect(new TextDecoder('utf-8', { fatal: false }).decode(byName.get(m.file)!), m.file).not.toBe(text(m));
  });
});
