/** The unseen-sites v30 set (frozen until 2026-12-02 06:45, development data since): deterministic, every file accounted for, v2's outlet convention kept, a frozen digest, a scorer that sees wrong answers. */
import { describe, expect, it } from 'vitest';
import { INTO_EN_V30, INTO_FR_V30, SEED_V30, SITES_V30, generateUnseenV30 } from '../../scripts/unseen-sites-v30.ts';
import type { UnseenSource } from '../../scripts/unseen-sites.ts';
import type { UnseenEntry } from '../../src/eval/unseen-sites.ts';
import { decodedAs, expectOutletConvention, itHasTheSharedShape, itIsFrozen } from './unseen-answers.ts';

/** Invented articles (no corpus text): small bridges, footbridges and fords that close, and the detours they force. */
const RIVERS = ['la Sèvre', 'le Lot', 'la Creuse', 'l\'Indre', 'la Vézère', 'le Tarn', 'la Mayenne', 'l\'Orne', 'la Dordogne', 'le Doubs', 'la Meuse', 'l\'Aude'];
const CROSSINGS = [
  'le pont de pierre', 'la passerelle du moulin', 'le gué de la ferme', 'le pont suspendu', 'le bac communal', 'le pont de la gare',
  'la passerelle des écoles', 'le viaduc', 'le pont romain', 'le pont-levis du canal', 'le pont de bois', 'la chaussée submersible',
  'le pont de l\'écluse', 'le pont de la scierie', 'la passerelle du camping', 'le pont du cimetière', 'le pont métallique', 'le petit pont du lavoir',
];
const paragraph = (river: string, crossing: string, i: number, j: number, k: number): string =>
  [
    `Sur ${river}, ${crossing} est fermé depuis ${i + j + 2} jours après une inspection qui a relevé des fissures sur ${2 + (j % 4)} piles.`,
    (i * j) % 3 === 0
      ? `« Pour aller à la boulangerie, c'est maintenant ${10 + i} kilomètres de détour », soupire une habitante du hameau, ${60 + j} ans.`
      : `"Pour aller à la boulangerie, c'est maintenant ${10 + i} kilomètres de détour", soupire une habitante du hameau, ${60 + j} ans.`,
    `Le département évalue les travaux à ${120 + 15 * i + 7 * j} 000 euros et n'exclut pas une démolition si l'expertise de ${['mars', 'avril', 'mai'][j % 3]} le recommande.`,
    `En attendant, un bus scolaire fait ${1 + ((i + j) % 3)} rotations supplémentaires chaque matin, et ${30 + 3 * i} élèves partent désormais à ${7 + (j % 2)} heures.`,
    `Les pompiers ont installé une passerelle provisoire de ${12 + (i % 5)} mètres, réservée aux piétons et ouverte de ${6 + (j % 2)} heures à ${20 + (i % 3)} heures.`,
  ][k]!;
const POOL: UnseenSource[] = RIVERS.flatMap((river, i) =>
  CROSSINGS.map((crossing, j) => ({
    id: `pont-${i}-${j}.txt`,
    title: `Sur ${river}, ${crossing} fermé : le village fait ${i + 2 * j + 5} kilomètres de détour`,
    body: [0, 1, 2, 3, 4].slice(0, 4 + ((2 * i + j) % 2)).map((k) => paragraph(river, crossing, i, j, k)),
  })),
);

// ——— The dates each site shows, written independently of the generator's formatter ———

const pad = (n: number): string => String(n).padStart(2, '0');
const WEEKDAYS_FR = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const WEEKDAYS_FR_SHORT = ['dim', 'lun', 'mar', 'mer', 'jeu', 'ven', 'sam'];
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTHS_FR_DOTTED = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];
const MONTHS_FR_SHORT = ['jan', 'fév', 'mar', 'avr', 'mai', 'juin', 'juil', 'aoû', 'sep', 'oct', 'nov', 'déc'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const hour12 = (t: Date): number => (t.getUTCHours() % 12 === 0 ? 12 : t.getUTCHours() % 12);

/** The clock a date is shown on: minutes from UTC (all winter time), then the line the site writes for that local moment. */
const SHOWN_DATES: Record<string, [number, (t: Date) => string]> = {
  'gaspe-weekly': [
    -300,
    (t) => `Mis en ligne le ${WEEKDAYS_FR[t.getUTCDay()]} ${t.getUTCDate()} ${MONTHS_FR[t.getUTCMonth()]} ${t.getUTCFullYear()} à ${t.getUTCHours()} h ${pad(t.getUTCMinutes())} (HNE)`,
  ],
  'payerne-farm': [
    60,
    (t) => `Payerne, le ${pad(t.getUTCDate())}.${pad(t.getUTCMonth() + 1)}.${String(t.getUTCFullYear()).slice(2)} — ${pad(t.getUTCHours())}.${pad(t.getUTCMinutes())} h`,
  ],
  'zahle-portal': [
    120,
    (t) =>
      `Zahlé | ${WEEKDAYS_FR_SHORT[t.getUTCDay()]} ${t.getUTCDate()} ${MONTHS_FR_SHORT[t.getUTCMonth()]} ${t.getUTCFullYear()} | ${pad(t.getUTCHours())}h${pad(t.getUTCMinutes())} (GMT+2, heure de Beyrouth)`,
  ],
  'ouessant-letter': [60, (t) => `Lampaul-Ouessant, ${WEEKDAYS_FR[t.getUTCDay()]} ${t.getUTCDate()} ${MONTHS_FR[t.getUTCMonth()]} ${t.getUTCFullYear()}`],
  'saintpaul-sports': [240, (t) => `Publié le ${pad(t.getUTCDate())}.${pad(t.getUTCMonth() + 1)}.${t.getUTCFullYear()} à ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())} (RET, UTC+4)`],
  'kone-mining': [
    660,
    (t) =>
      `Koné — ${WEEKDAYS_FR[t.getUTCDay()]} ${t.getUTCDate()} ${MONTHS_FR[t.getUTCMonth()]} ${t.getUTCFullYear()}, ${pad(t.getUTCHours())} h ${pad(t.getUTCMinutes())} (heure de Nouméa, GMT+11)`,
  ],
  'saintlouis-culture': [0, (t) => `Ndar / Saint-Louis · ${pad(t.getUTCDate())}-${pad(t.getUTCMonth() + 1)}-${t.getUTCFullYear()} · ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())} GMT`],
  'guerande-review': [60, (t) => `Mise en ligne : ${t.getUTCDate()} ${MONTHS_FR_DOTTED[t.getUTCMonth()]} ${t.getUTCFullYear()}, ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`],
  'whitehorse-weekly': [
    -480,
    (t) =>
      `Posted ${hour12(t)}:${pad(t.getUTCMinutes())} ${t.getUTCHours() < 12 ? 'AM' : 'PM'} PST · ${WEEKDAYS_EN[t.getUTCDay()]}, ${MONTHS_EN[t.getUTCMonth()]!.slice(0, 3)}. ${t.getUTCDate()}, ${t.getUTCFullYear()}`,
  ],
  'stjohns-site': [
    -210,
    (t) =>
      `${WEEKDAYS_EN[t.getUTCDay()]} ${t.getUTCDate()} ${MONTHS_EN[t.getUTCMonth()]!.slice(0, 3)} ${t.getUTCFullYear()} – ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())} Newfoundland Standard Time (NST)`,
  ],
  'hongkong-wire': [
    480,
    (t) =>
      `${t.getUTCDate()} ${MONTHS_EN[t.getUTCMonth()]!.slice(0, 3)} ${t.getUTCFullYear()} (${WEEKDAYS_EN[t.getUTCDay()]!.slice(0, 3)}) ${hour12(t)}:${pad(t.getUTCMinutes())}${t.getUTCHours() < 12 ? 'am' : 'pm'} HKT`,
  ],
  'kampala-briefing': [180, (t) => `Kampala, ${t.getUTCDate()} ${MONTHS_EN[t.getUTCMonth()]} ${t.getUTCFullYear()}, ${pad(t.getUTCHours())}.${pad(t.getUTCMinutes())} hrs EAT`],
};
/** The line a file's site shows for its expected date. */
const shownDate = (m: UnseenEntry): string => {
  const [offset, write] = SHOWN_DATES[m.site]!;
  return write(new Date(Date.parse(m.publishedAt!) + offset * 60_000));
};

describe('unseen-sites v30 evaluation set (frozen digest; development data since 2026-12-02)', () => {
  const { manifest, files } = generateUnseenV30(POOL);
  const byName = new Map(files.map((f) => [f.name, f.bytes]));
  const text = (m: UnseenEntry): string => decodedAs(byName.get(m.file)!, m.encoding);
  const articles = manifest.filter((m) => m.kind === 'article');
  const headlineLine = (m: UnseenEntry): string => text(m).split('\n').find((l) => l.includes(m.title!))!;

  itIsFrozen(generateUnseenV30, POOL, SEED_V30, '8ede398d4a3729ee', { manifest, files });
  itHasTheSharedShape({ manifest, files }, SITES_V30, { maxFiles: 380, wrongOutlet: 'Bekaa Francophone', decoration: 'Revue agricole ❖ ' });

  it('has eight French and four English sites, each with its own date format', () => {
    expect(SITES_V30.filter((s) => s.lang === 'fr')).toHaveLength(8);
    expect(SITES_V30.filter((s) => s.lang === 'en')).toHaveLength(4);
    expect(Object.keys(SHOWN_DATES).sort()).toEqual(SITES_V30.map((s) => s.id).sort());
  });

  it('decorates some headlines with a prefix tag, a site-name suffix or a note that are not the headline', () => {
    const shown = articles.filter((m) => m.headline && m.site !== 'bare').map((m) => [m, headlineLine(m)] as const);
    const prefixed = shown.filter(([m, l]) => ['GASPÉSIE ⌁ ', 'Revue agricole ❖ ', 'Nouvelles du continent ⚓ ', 'North of 60: ', 'France Next Door ▪ '].some((tag) => l === `${tag}${m.title}`));
    expect(prefixed.length).toBeGreaterThan(10);
    expect(new Set(prefixed.map(([m]) => m.site)).size).toBe(5);
    const suffixed = shown.filter(([m, l]) =>
      [' ‖ Bekaa Francophone', ' ⟡ LE FILON DU NORD', ' — Ndar Culture', ' :: Nile Source Briefing', ' [vidéo des temps forts]', ' (translated from the French)'].some((tail) => l === `${m.title}${tail}`),
    );
    expect(suffixed.length).toBeGreaterThan(10);
    expect(new Set(suffixed.map(([m]) => m.site)).size).toBe(6);
    const named = shown.filter(([m]) => m.outletEvidence === 'title-suffix');
    expect(named.length).toBeGreaterThanOrEqual(10);
    for (const [m, l] of named) expect(/^ (⇢|⦙|◇) .+$/.test(l.slice(m.title!.length)), `${m.file}: ${l}`).toBe(true);
    for (const [m, l] of named) expect(l.endsWith(` ${m.outlet}`), `${m.file}: ${l}`).toBe(true);
    // Undecorated headlines outnumber decorated ones.
    expect(shown.filter(([m, l]) => l === m.title).length).toBeGreaterThan(shown.length / 2);
  });

  it('keeps the v2 outlet convention in every file, each evidence at least ten times', () => {
    expectOutletConvention(manifest, SITES_V30, { pageText: text });
  });

  it('translates credited names both ways, never beside the real name, and keeps look-alikes as written', () => {
    const translated = articles.filter((m) => m.translatedCredit);
    expect(translated.length).toBeGreaterThanOrEqual(35);
    expect(translated.filter((m) => m.lang === 'en').length).toBeGreaterThan(12);
    expect(translated.filter((m) => m.lang === 'fr').length).toBeGreaterThan(12);
    for (const m of translated) expect(m.meta.join('\n') + headlineLine(m), m.file).not.toContain(m.outlet!);
    expect(new Set(translated.filter((m) => m.lang === 'en').map((m) => m.site))).toEqual(new Set(['stjohns-site', 'hongkong-wire', 'kampala-briefing']));
    expect(new Set(translated.filter((m) => m.lang === 'fr').map((m) => m.site))).toEqual(new Set(['payerne-farm', 'zahle-portal', 'kone-mining']));
    // Untranslated credits name the outlet as written (but for French's contraction of the article: "du Monde", "aux Échos").
    for (const m of articles.filter((x) => ['credit', 'source-line', 'title-suffix'].includes(x.outletEvidence!) && !x.translatedCredit)) {
      expect(text(m).includes(m.outlet!.replace(/^(Le|La|Les) /, '')), `${m.file}: ${m.outlet}`).toBe(true);
    }
    const lookalikes = articles.filter((m) => m.lookalike);
    expect(lookalikes.filter((m) => m.republisher !== null).length).toBeGreaterThan(10);
    expect(lookalikes.filter((m) => m.republisher === null).length).toBeGreaterThan(10);
    for (const m of lookalikes) expect(text(m), m.file).toContain(m.outlet!.replace(/^(Le|La|Les|The) /, ''));
  });

  it('translates word for word without ambiguity: each rendering names one outlet, never another real outlet of the set', () => {
    const forms = [...Object.values(INTO_EN_V30), ...Object.values(INTO_FR_V30)].flat();
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
    expect(seen.get('payerne-farm')).toEqual(new Set(['top']));
    expect(seen.get('stjohns-site')).toEqual(new Set(['top']));
    expect(seen.get('kone-mining')).toEqual(new Set(['inside']));
    expect(seen.get('kampala-briefing')).toEqual(new Set(['foot']));
    expect(seen.get('zahle-portal')).toEqual(new Set(['top', 'foot']));
    expect(seen.get('saintlouis-culture')).toEqual(new Set(['top', 'foot']));
    expect(seen.get('hongkong-wire')).toEqual(new Set(['inside', 'foot']));
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
      'journaliste de l’Initiative de journalisme local', 'Correspondant à Sainte-Anne-des-Monts', 'Texte et photos :', 'rubrique agricole', 'relue par',
      'correspondant régional (Békaa)', 'service des sports', 'au stade Paul-Julius-Bénard', '/ Images :', 'texte traduit et adapté par', 'selon la page d’origine',
      'Staff reporter, Dawson City bureau', 'Sourdough staff · Photo:', 'Story and photos by', 'staff writer; translation reviewed by', 'cognac and luxury desk',
      '(reporter); English text by',
    ];
    for (const cue of beside) expect(bylined.some((m) => m.meta.some((l) => l.includes(cue) && l.includes(m.author!))), cue).toBe(true);
  });

  it('shows each site’s date on its own clock, and expects the same instant in Paris time', () => {
    const dated = articles.filter((m) => m.publishedAt !== null);
    expect(dated.length).toBe(articles.filter((m) => m.site !== 'bare').length);
    for (const m of dated) expect(m.publishedAt, m.file).toMatch(/^(2018-1[12]|2019-0[12])-\d\dT\d\d:\d\d:00\+01:00$/);
    for (const m of dated.filter((x) => x.site === 'ouessant-letter')) expect(m.publishedAt, m.file).toMatch(/T00:00:00\+01:00$/);
    expect(dated.filter((x) => x.site !== 'ouessant-letter' && x.publishedAt!.includes('T00:00'))).toEqual([]);
    for (const m of dated) expect(m.meta, m.file).toContain(shownDate(m));
    for (const m of dated) expect(text(m), m.file).toContain(shownDate(m));
    // The Nouméa and Hong Kong clocks show the next day for the Paris evening; the Whitehorse clock the day before for the Paris morning.
    const parisDay = (m: UnseenEntry): number => Number(m.publishedAt!.slice(8, 10));
    const localDay = (m: UnseenEntry): number => new Date(Date.parse(m.publishedAt!) + SHOWN_DATES[m.site]![0] * 60_000).getUTCDate();
    for (const site of ['kone-mining', 'hongkong-wire', 'whitehorse-weekly']) {
      expect(dated.filter((m) => m.site === site && localDay(m) !== parisDay(m)).length, site).toBeGreaterThan(0);
    }
    // The St. John's clock is half an hour off the hour of every other clock.
    for (const m of dated.filter((x) => x.site === 'stjohns-site')) {
      expect(shownDate(m), m.file).toContain(`:${pad((Number(m.publishedAt!.slice(14, 16)) + 30) % 60)} Newfoundland`);
    }
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
