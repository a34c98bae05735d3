/** The unseen-sites v31 development set: deterministic, every file accounted for, v2's outlet convention kept, a recorded digest, a scorer that sees wrong answers. */
import { describe, expect, it } from 'vitest';
import { INTO_EN_V31, INTO_FR_V31, SEED_V31, SITES_V31, generateUnseenV31 } from '../../scripts/unseen-sites-v31.ts';
import type { UnseenSource } from '../../scripts/unseen-sites.ts';
import type { UnseenEntry } from '../../src/eval/unseen-sites.ts';
import { decodedAs, expectOutletConvention, itHasTheSharedShape, itIsFrozen } from './unseen-answers.ts';

/** Invented articles (no corpus text): weekly markets that move square, and what the stallholders and shoppers make of it. */
const TOWNS = ['Lodève', 'Nérac', 'Sarlat', 'Gien', 'Bressuire', 'Millau', 'Pontivy', 'Lure', 'Vitré', 'Figeac', 'Autun', 'Tulle'];
const MARKETS = [
  'le marché du mardi', 'le marché aux volailles', 'le marché paysan', 'la foire aux bestiaux', 'le marché de Noël', 'le marché aux fleurs',
  'le marché bio du jeudi', 'le marché nocturne', 'le marché aux puces', 'la halle aux grains', 'le marché du samedi', 'le marché aux truffes',
  'le marché aux poissons', 'la brocante du dimanche', 'le marché des producteurs', 'le marché couvert', 'le marché aux plants', 'le marché du soir',
];
const paragraph = (town: string, market: string, i: number, j: number, k: number): string =>
  [
    `A ${town}, ${market} quitte la place de l'église pour le parking de la salle des fêtes, après ${i + j + 3} réunions du conseil municipal.`,
    (i + j) % 3 === 0
      ? `« On perd le passage de la boulangerie, mais on gagne ${8 + i} places de stationnement », résume un maraîcher installé là depuis ${12 + j} ans.`
      : `"On perd le passage de la boulangerie, mais on gagne ${8 + i} places de stationnement", résume un maraîcher installé là depuis ${12 + j} ans.`,
    `La mairie a chiffré l'aménagement à ${40 + 3 * i + 2 * j} 000 euros : bornes électriques, points d'eau et ${4 + (j % 5)} abris pour les jours de pluie.`,
    `Le comité des commerçants du centre craint une baisse de ${5 + (i % 4)} % de sa fréquentation et demande une navette gratuite le jour du marché.`,
    `Un premier bilan est prévu en ${['avril', 'mai', 'juin'][j % 3]}, quand les ${20 + 2 * i} exposants auront passé un hiver entier à leur nouvelle adresse.`,
  ][k]!;
const POOL: UnseenSource[] = TOWNS.flatMap((town, i) =>
  MARKETS.map((market, j) => ({
    id: `marche-${i}-${j}.txt`,
    title: `A ${town}, ${market} change de place : ${i + 3 * j + 4} exposants déménagent`,
    body: [0, 1, 2, 3, 4].slice(0, 4 + ((i + 2 * j) % 2)).map((k) => paragraph(town, market, i, j, k)),
  })),
);

// ——— The dates each site shows, written independently of the generator's formatter ———

const pad = (n: number): string => String(n).padStart(2, '0');
const WEEKDAYS_FR = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const hour12 = (t: Date): number => (t.getUTCHours() % 12 === 0 ? 12 : t.getUTCHours() % 12);
const ddmm = (t: Date, sep: string): string => `${pad(t.getUTCDate())}${sep}${pad(t.getUTCMonth() + 1)}`;
const yy = (t: Date): string => String(t.getUTCFullYear() % 100).padStart(2, '0');
const hhmm = (t: Date, sep: string): string => `${pad(t.getUTCHours())}${sep}${pad(t.getUTCMinutes())}`;

/** The clock a date is shown on: minutes from UTC (all winter time), then the line the site writes for that local moment. */
const SHOWN_DATES: Record<string, [number, (t: Date) => string]> = {
  'sete-jousts': [60, (t) => `Sète, ${WEEKDAYS_FR[t.getUTCDay()]!.slice(0, 3)}. ${ddmm(t, '/')}/${yy(t)} - ${hhmm(t, 'h')}`],
  'kembs-rhine': [60, (t) => `Kembs · ${ddmm(t, '/')}/${t.getUTCFullYear()} · ${hhmm(t, ':')} HEC`],
  'miami-diaspora': [-300, (t) => `Publié à Miami le ${ddmm(t, '/')}/${t.getUTCFullYear()}, ${hhmm(t, ':')} (heure de la Floride, UTC−5)`],
  'douai-bells': [60, (t) => `Douai, ${WEEKDAYS_FR[t.getUTCDay()]} ${ddmm(t, '.')}.${t.getUTCFullYear()}`],
  'gambier-pearls': [
    -540,
    (t) => `Rikitea, ${WEEKDAYS_FR[t.getUTCDay()]} ${t.getUTCDate()} ${MONTHS_FR[t.getUTCMonth()]} ${t.getUTCFullYear()} à ${hhmm(t, ':')} (heure des Gambier, UTC−9)`,
  ],
  'yaounde-business': [60, (t) => `Yaoundé | ${ddmm(t, '.')}.${t.getUTCFullYear()} | ${hhmm(t, 'h')} (heure de Yaoundé, GMT+1)`],
  'richerenches-review': [60, (t) => `Parution : ${ddmm(t, '/')}/${t.getUTCFullYear()} - ${t.getUTCHours()} h ${pad(t.getUTCMinutes())}`],
  'alexandria-daily': [
    120,
    (t) => `Alexandrie, le ${t.getUTCDate()}-${t.getUTCMonth() + 1}-${t.getUTCFullYear()} à ${t.getUTCHours()}h${pad(t.getUTCMinutes())}, heure d’Égypte (GMT+2)`,
  ],
  'stanley-weekly': [-180, (t) => `${WEEKDAYS_EN[t.getUTCDay()]!.slice(0, 3)} ${ddmm(t, '/')}/${yy(t)} · ${hhmm(t, ':')} hrs Falklands time (UTC−3)`],
  'oslo-newsletter': [60, (t) => `${ddmm(t, '.')}.${t.getUTCFullYear()} kl. ${hhmm(t, '.')} CET`],
  'honolulu-digest': [
    -600,
    (t) =>
      `${WEEKDAYS_EN[t.getUTCDay()]}, ${MONTHS_EN[t.getUTCMonth()]} ${t.getUTCDate()}, ${t.getUTCFullYear()} at ${hour12(t)}:${pad(t.getUTCMinutes())} ${t.getUTCHours() < 12 ? 'AM' : 'PM'} Hawaii-Aleutian Standard Time`,
  ],
  'kathmandu-wire': [345, (t) => `Kathmandu, ${t.getUTCDate()} ${MONTHS_EN[t.getUTCMonth()]!.slice(0, 3)} ${t.getUTCFullYear()} · ${hhmm(t, ':')} NPT (UTC+5:45)`],
};
/** The line a file's site shows for its expected date. */
const shownDate = (m: UnseenEntry): string => {
  const [offset, write] = SHOWN_DATES[m.site]!;
  return write(new Date(Date.parse(m.publishedAt!) + offset * 60_000));
};

describe('unseen-sites v31 evaluation set (development)', () => {
  const { manifest, files } = generateUnseenV31(POOL);
  const byName = new Map(files.map((f) => [f.name, f.bytes]));
  const text = (m: UnseenEntry): string => decodedAs(byName.get(m.file)!, m.encoding);
  const articles = manifest.filter((m) => m.kind === 'article');
  const headlineLine = (m: UnseenEntry): string => text(m).split('\n').find((l) => l.includes(m.title!))!;

  itIsFrozen(generateUnseenV31, POOL, SEED_V31, '0ecf8421a1a8d763', { manifest, files });
  itHasTheSharedShape({ manifest, files }, SITES_V31, { maxFiles: 380, wrongOutlet: 'Lakou Miami', decoration: 'Mboa Éco ⟫ ' });

  it('has eight French and four English sites, each with its own date format', () => {
    expect(SITES_V31.filter((s) => s.lang === 'fr')).toHaveLength(8);
    expect(SITES_V31.filter((s) => s.lang === 'en')).toHaveLength(4);
    expect(Object.keys(SHOWN_DATES).sort()).toEqual(SITES_V31.map((s) => s.id).sort());
  });

  it('decorates some headlines with a prefix tag, a site-name suffix or a note that are not the headline', () => {
    const shown = articles.filter((m) => m.headline && m.site !== 'bare').map((m) => [m, headlineLine(m)] as const);
    const prefixed = shown.filter(([m, l]) =>
      ['Ça bouge sur les quais ≈ ', 'Vu dans la presse » ', 'Mboa Éco ⟫ ', 'Ici Alexandrie ✦ ', 'Camp News ~ ', 'Trail Wire ▲ '].some((tag) => l === `${tag}${m.title}`),
    );
    expect(prefixed.length).toBeGreaterThan(10);
    expect(new Set(prefixed.map(([m]) => m.site)).size).toBe(6);
    const suffixed = shown.filter(([m, l]) =>
      [' || Le Batelier rhénan', ' ◈ La Nacre des Gambier', ' · Northern Light on France', ' (version kreyòl disponible)', ' [auto-translated]'].some((tail) => l === `${m.title}${tail}`),
    );
    expect(suffixed.length).toBeGreaterThan(10);
    expect(new Set(suffixed.map(([m]) => m.site)).size).toBe(5);
    const named = shown.filter(([m]) => m.outletEvidence === 'title-suffix');
    expect(named.length).toBeGreaterThanOrEqual(10);
    for (const [m, l] of named) expect(/^ (⊳|⁓|⋮) .+$/.test(l.slice(m.title!.length)), `${m.file}: ${l}`).toBe(true);
    for (const [m, l] of named) expect(l.endsWith(` ${m.outlet}`), `${m.file}: ${l}`).toBe(true);
    // Undecorated headlines outnumber decorated ones.
    expect(shown.filter(([m, l]) => l === m.title).length).toBeGreaterThan(shown.length / 2);
  });

  it('keeps the v2 outlet convention in every file, each evidence at least ten times', () => {
    expectOutletConvention(manifest, SITES_V31, { pageText: text });
  });

  it('translates credited names both ways, never beside the real name, and keeps look-alikes as written', () => {
    const translated = articles.filter((m) => m.translatedCredit);
    expect(translated.length).toBeGreaterThanOrEqual(35);
    expect(translated.filter((m) => m.lang === 'en').length).toBeGreaterThan(12);
    expect(translated.filter((m) => m.lang === 'fr').length).toBeGreaterThan(12);
    for (const m of translated) expect(m.meta.join('\n') + headlineLine(m), m.file).not.toContain(m.outlet!);
    expect(new Set(translated.filter((m) => m.lang === 'en').map((m) => m.site))).toEqual(new Set(['oslo-newsletter', 'honolulu-digest', 'kathmandu-wire']));
    expect(new Set(translated.filter((m) => m.lang === 'fr').map((m) => m.site))).toEqual(new Set(['kembs-rhine', 'miami-diaspora', 'gambier-pearls']));
    // Untranslated credits name the outlet as written (but for French's contraction of the article: "du Nouvelliste", "des Échos").
    for (const m of articles.filter((x) => ['credit', 'source-line', 'title-suffix'].includes(x.outletEvidence!) && !x.translatedCredit)) {
      expect(text(m).includes(m.outlet!.replace(/^(Le|La|Les) /, '')), `${m.file}: ${m.outlet}`).toBe(true);
    }
    const lookalikes = articles.filter((m) => m.lookalike);
    expect(lookalikes.filter((m) => m.republisher !== null).length).toBeGreaterThan(10);
    expect(lookalikes.filter((m) => m.republisher === null).length).toBeGreaterThan(10);
    for (const m of lookalikes) expect(text(m), m.file).toContain(m.outlet!.replace(/^(Le|La|Les|The) /, ''));
  });

  it('translates word for word without ambiguity: each rendering names one outlet, never another real outlet of the set', () => {
    const forms = [...Object.values(INTO_EN_V31), ...Object.values(INTO_FR_V31)].flat();
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
    expect(seen.get('kembs-rhine')).toEqual(new Set(['top']));
    expect(seen.get('oslo-newsletter')).toEqual(new Set(['top']));
    expect(seen.get('gambier-pearls')).toEqual(new Set(['inside']));
    expect(seen.get('kathmandu-wire')).toEqual(new Set(['foot']));
    expect(seen.get('miami-diaspora')).toEqual(new Set(['top', 'foot']));
    expect(seen.get('yaounde-business')).toEqual(new Set(['top', 'foot']));
    expect(seen.get('honolulu-digest')).toEqual(new Set(['inside', 'foot']));
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
    // Roles, places, desks, translators, adapters, editors and photographers stand beside the writer on the line.
    const beside = [
      'rédaction du bassin de Thau', 'Reporter sur le canal royal', '— Photos :', 'dans l\'édition originale', 'envoyé spécial sur le Rhin', 'traduction vérifiée par',
      'Signature d’origine :', 'correspondant(e) à Port-au-Prince', 'Plume :', 'adaptation française :', 'Rédacteur de la publication d’origine :', 'd’après la page source',
      'De notre rédaction :', 'bureau de la Corniche', 'Propos recueillis par', 'Pictures:', 'Camp correspondent', 'in Goose Green', 'Written for the original by',
      'Norwegian-English edit by', 'Pacific correspondent (original text)', 'French-language reporting:', 'Reporting in French by', 'English adaptation by',
    ];
    for (const cue of beside) expect(bylined.some((m) => m.meta.some((l) => l.includes(cue) && l.includes(m.author!))), cue).toBe(true);
  });

  it('shows each site’s date on its own clock, and expects the same instant in Paris time', () => {
    const dated = articles.filter((m) => m.publishedAt !== null);
    expect(dated.length).toBe(articles.filter((m) => m.site !== 'bare').length);
    for (const m of dated) expect(m.publishedAt, m.file).toMatch(/^(2018-12|2019-0[12])-\d\dT\d\d:\d\d:00\+01:00$/);
    for (const m of dated.filter((x) => x.site === 'douai-bells')) expect(m.publishedAt, m.file).toMatch(/T00:00:00\+01:00$/);
    expect(dated.filter((x) => x.site !== 'douai-bells' && x.publishedAt!.includes('T00:00'))).toEqual([]);
    for (const m of dated) expect(m.meta, m.file).toContain(shownDate(m));
    for (const m of dated) expect(text(m), m.file).toContain(shownDate(m));
    // The Gambier and Honolulu clocks show the day before for the Paris morning; the Kathmandu clock the next day for the Paris evening.
    const parisDay = (m: UnseenEntry): number => Number(m.publishedAt!.slice(8, 10));
    const localDay = (m: UnseenEntry): number => new Date(Date.parse(m.publishedAt!) + SHOWN_DATES[m.site]![0] * 60_000).getUTCDate();
    for (const site of ['gambier-pearls', 'honolulu-digest', 'kathmandu-wire']) {
      expect(dated.filter((m) => m.site === site && localDay(m) !== parisDay(m)).length, site).toBeGreaterThan(0);
    }
    // The Kathmandu clock is three quarters of an hour off the hour of every other clock.
    for (const m of dated.filter((x) => x.site === 'kathmandu-wire')) {
      expect(shownDate(m), m.file).toContain(`:${pad((Number(m.publishedAt!.slice(14, 16)) + 45) % 60)} NPT`);
    }
    // Minus signs in zone names are true minus signs (U+2212), not hyphens.
    for (const m of dated.filter((x) => ['miami-diaspora', 'gambier-pearls', 'stanley-weekly'].includes(x.site))) expect(shownDate(m), m.file).toMatch(/UTC\u2212\d\)$/);
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
