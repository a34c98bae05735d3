/** The frozen unseen-sites v28 set: deterministic, every file accounted for, v2's outlet convention kept, a frozen digest, a scorer that sees wrong answers. */
import { describe, expect, it } from 'vitest';
import { INTO_EN_V28, INTO_FR_V28, SEED_V28, SITES_V28, generateUnseenV28 } from '../../scripts/unseen-sites-v28.ts';
import type { UnseenSource } from '../../scripts/unseen-sites.ts';
import type { UnseenEntry } from '../../src/eval/unseen-sites.ts';
import { decodedAs, expectOutletConvention, itHasTheSharedShape, itIsFrozen } from './unseen-answers.ts';

/** Invented articles (no corpus text): rural health centres, the doctors they look for and the patients who wait. */
const TOWNS = ['Saint-Flour', 'Bellac', 'Montmorillon', 'Langres', 'Salers', 'Mirande', 'Avallon', 'Pontarlier', 'Loudun', 'Rethel', 'Tarascon', 'Ruffec'];
const ISSUES = [
  'le départ en retraite du dernier généraliste', 'la maison de santé restée vide', 'le cabinet dentaire fermé', 'la garde de nuit supprimée',
  'la téléconsultation en pharmacie', 'le bus vers l\'hôpital', 'les internes logés par la commune', 'le médecin venu de Roumanie',
  'les délais pour un ophtalmologiste', 'la permanence du samedi matin', 'le centre de santé municipal', 'le cabinet infirmier saturé',
  'la prime d\'installation votée', 'le kinésithérapeute introuvable', 'la fermeture de la maternité voisine', 'le camion de dépistage',
  'la salle d\'attente pleine dès huit heures', 'le secrétariat médical partagé',
];
const paragraph = (town: string, issue: string, i: number, j: number, k: number): string =>
  [
    `A ${town}, ${issue} occupe les conversations depuis ${i + 4} mois, et ${60 + 7 * j + i} patients ont signé la pétition déposée à la mairie.`,
    (i + 2 * j) % 3 === 0
      ? `« Il faut parfois faire soixante kilomètres pour voir un médecin », raconte une retraitée installée ici depuis ${j % 9 + 12} ans.`
      : `"Il faut parfois faire soixante kilomètres pour voir un médecin", raconte une retraitée installée ici depuis ${j % 9 + 12} ans.`,
    `La commune compte ${3 + (i % 4)} médecins pour ${4000 + 130 * i + 17 * j} habitants, soit ${(3 * i + j) % 13 + 2} % de ${(i + j) % 2 === 0 ? 'moins' : 'plus'} qu'en 2012.`,
    `Le conseil départemental promet une aide de ${40 + 5 * (i + j)} 000 euros, selon le compte rendu de la séance publique de décembre.`,
    `Une réunion d'information aura lieu mardi à la salle polyvalente ; ${8 + i + 3 * j} professionnels de santé ont confirmé leur présence.`,
  ][k]!;
const POOL: UnseenSource[] = TOWNS.flatMap((town, i) =>
  ISSUES.map((issue, j) => ({
    id: `sante-${i}-${j}.txt`,
    title: `Santé à ${town} : ${issue} inquiète les habitants depuis ${i + j + 4} mois`,
    body: [0, 1, 2, 3, 4].slice(0, 4 + ((2 * i + j) % 2)).map((k) => paragraph(town, issue, i, j, k)),
  })),
);

// ——— The dates each site shows, written independently of the generator's formatter ———

const pad = (n: number): string => String(n).padStart(2, '0');
const WEEKDAYS_FR = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const WEEKDAYS_FR_SHORT = ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'];
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTHS_FR_SHORT = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const WELSH_DAYS = ['Dydd Sul', 'Dydd Llun', 'Dydd Mawrth', 'Dydd Mercher', 'Dydd Iau', 'Dydd Gwener', 'Dydd Sadwrn'];
const WELSH_MONTHS = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'];
const twelve = (h: number): string => String(h % 12 || 12);

/** The clock a date is shown on: minutes from UTC (all winter time), then the line the site writes for that local moment. */
const SHOWN_DATES: Record<string, [number, (t: Date) => string]> = {
  'poligny-comte': [60, (t) => `Poligny, ${t.getUTCDate()}-${ROMAN[t.getUTCMonth()]}-${t.getUTCFullYear()}, ${t.getUTCHours()} h ${pad(t.getUTCMinutes())}`],
  'phnompenh-portal': [
    420,
    (t) =>
      `Mise en ligne : ${WEEKDAYS_FR_SHORT[t.getUTCDay()]} ${t.getUTCDate()} ${MONTHS_FR_SHORT[t.getUTCMonth()]} ${t.getUTCFullYear()} · ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())} GMT+7`,
  ],
  'sables-sailing': [
    60,
    (t) => `${WEEKDAYS_FR[t.getUTCDay()]} ${pad(t.getUTCDate())}.${pad(t.getUTCMonth() + 1)}.${String(t.getUTCFullYear()).slice(2)} – ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`,
  ],
  'lourdes-letter': [60, (t) => `Courrier des hospitaliers — ${t.getUTCDate()} ${MONTHS_FR[t.getUTCMonth()]} ${t.getUTCFullYear()}`],
  'moroni-portal': [180, (t) => `Moroni • ${pad(t.getUTCDate())}/${pad(t.getUTCMonth() + 1)}/${t.getUTCFullYear()} • ${pad(t.getUTCHours())}h${pad(t.getUTCMinutes())} (UTC+3)`],
  'kigali-watch': [120, (t) => `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())} CAT`],
  'vichy-review': [60, (t) => `Revue du ${t.getUTCDate()} ${MONTHS_FR[t.getUTCMonth()]} ${t.getUTCFullYear()} — ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`],
  'yerevan-paper': [
    240,
    (t) => `Erevan · ${t.getUTCDate()} ${MONTHS_FR[t.getUTCMonth()]} ${t.getUTCFullYear()} · ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())} (heure d’Erevan, UTC+4)`,
  ],
  'stornoway-weekly': [
    0,
    (t) => `Posted at ${twelve(t.getUTCHours())}.${pad(t.getUTCMinutes())}${t.getUTCHours() < 12 ? 'am' : 'pm'} GMT on ${pad(t.getUTCDate())}/${pad(t.getUTCMonth() + 1)}/${t.getUTCFullYear()}`,
  ],
  'aberystwyth-celtic': [
    0,
    (t) =>
      `${WELSH_DAYS[t.getUTCDay()]} ${t.getUTCDate()} ${WELSH_MONTHS[t.getUTCMonth()]} ${t.getUTCFullYear()} / ${WEEKDAYS_EN[t.getUTCDay()]} ${t.getUTCDate()} ${MONTHS_EN[t.getUTCMonth()]} ${t.getUTCFullYear()}, ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())} GMT`,
  ],
  'lewiston-franco': [
    -300,
    (t) => `${MONTHS_EN[t.getUTCMonth()]} ${t.getUTCDate()}, ${t.getUTCFullYear()} · ${twelve(t.getUTCHours())}:${pad(t.getUTCMinutes())} ${t.getUTCHours() < 12 ? 'a.m.' : 'p.m.'} EST`,
  ],
  'limassol-shipping': [120, (t) => `${pad(t.getUTCDate())} ${MONTHS_EN[t.getUTCMonth()]!.slice(0, 3)} ${t.getUTCFullYear()} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())} EET`],
};
/** The line a file's site shows for its expected date. */
const shownDate = (m: UnseenEntry): string => {
  const [offset, write] = SHOWN_DATES[m.site]!;
  return write(new Date(Date.parse(m.publishedAt!) + offset * 60_000));
};

describe('unseen-sites v28 evaluation set (frozen)', () => {
  const { manifest, files } = generateUnseenV28(POOL);
  const byName = new Map(files.map((f) => [f.name, f.bytes]));
  const text = (m: UnseenEntry): string => decodedAs(byName.get(m.file)!, m.encoding);
  const articles = manifest.filter((m) => m.kind === 'article');
  const headlineLine = (m: UnseenEntry): string => text(m).split('\n').find((l) => l.includes(m.title!))!;

  itIsFrozen(generateUnseenV28, POOL, SEED_V28, '4cda068656795218', { manifest, files });
  itHasTheSharedShape({ manifest, files }, SITES_V28, { maxFiles: 380, wrongOutlet: 'Tonlé Infos', decoration: 'Lu pour vous · ' });

  it('has eight French and four English sites, each with its own date format', () => {
    expect(SITES_V28.filter((s) => s.lang === 'fr')).toHaveLength(8);
    expect(SITES_V28.filter((s) => s.lang === 'en')).toHaveLength(4);
    expect(Object.keys(SHOWN_DATES).sort()).toEqual(SITES_V28.map((s) => s.id).sort());
  });

  it('decorates some headlines with a prefix tag, a site-name suffix or a note that are not the headline', () => {
    const shown = articles.filter((m) => m.headline && m.site !== 'bare').map((m) => [m, headlineLine(m)] as const);
    const prefixed = shown.filter(([m, l]) => ['Lu pour vous · ', 'Notre sélection ✚ ', 'Dans la presse / Mu binyamakuru : ', 'O Ffrainc / From France – ', '[EU PRESS] '].some((tag) => l === `${tag}${m.title}`));
    expect(prefixed.length).toBeGreaterThan(10);
    expect(new Set(prefixed.map(([m]) => m.site)).size).toBe(5);
    const suffixed = shown.filter(([m, l]) => [' — TONLÉ INFOS', ' ~ Karthala Infos', ' | Courrier d’Erevan', ' — avec vidéo', ' ▲ Trending', ' (Franco-American Desk)'].some((tail) => l === `${m.title}${tail}`));
    expect(suffixed.length).toBeGreaterThan(10);
    expect(new Set(suffixed.map(([m]) => m.site)).size).toBe(6);
    const named = shown.filter(([m]) => m.outletEvidence === 'title-suffix');
    expect(named.length).toBeGreaterThanOrEqual(10);
    for (const [m, l] of named) expect(/^ (⁓|┃|⋄) .+$/.test(l.slice(m.title!.length)), `${m.file}: ${l}`).toBe(true);
    for (const [m, l] of named) expect(l.endsWith(` ${m.outlet}`), `${m.file}: ${l}`).toBe(true);
    // Undecorated headlines outnumber decorated ones.
    expect(shown.filter(([m, l]) => l === m.title).length).toBeGreaterThan(shown.length / 2);
  });

  it('keeps the v2 outlet convention in every file, each evidence at least ten times', () => {
    expectOutletConvention(manifest, SITES_V28, { pageText: text });
  });

  it('translates credited names both ways, never beside the real name, and keeps look-alikes as written', () => {
    const translated = articles.filter((m) => m.translatedCredit);
    expect(translated.length).toBeGreaterThanOrEqual(35);
    expect(translated.filter((m) => m.lang === 'en').length).toBeGreaterThan(12);
    expect(translated.filter((m) => m.lang === 'fr').length).toBeGreaterThan(12);
    for (const m of translated) expect(m.meta.join('\n') + headlineLine(m), m.file).not.toContain(m.outlet!);
    expect(new Set(translated.filter((m) => m.lang === 'en').map((m) => m.site))).toEqual(new Set(['aberystwyth-celtic', 'lewiston-franco', 'limassol-shipping']));
    expect(new Set(translated.filter((m) => m.lang === 'fr').map((m) => m.site))).toEqual(new Set(['poligny-comte', 'phnompenh-portal', 'moroni-portal']));
    // Untranslated credits name the outlet as written (but for French's contraction of the article: "du Progrès", "des Échos").
    for (const m of articles.filter((x) => ['credit', 'source-line', 'title-suffix'].includes(x.outletEvidence!) && !x.translatedCredit)) {
      expect(text(m).includes(m.outlet!.replace(/^(Le|La|Les) /, '')), `${m.file}: ${m.outlet}`).toBe(true);
    }
    const lookalikes = articles.filter((m) => m.lookalike);
    expect(lookalikes.filter((m) => m.republisher !== null).length).toBeGreaterThan(10);
    expect(lookalikes.filter((m) => m.republisher === null).length).toBeGreaterThan(10);
    for (const m of lookalikes) expect(text(m), m.file).toContain(m.outlet!.replace(/^(Le|La|Les|The) /, ''));
  });

  it('translates word for word without ambiguity: each rendering names one outlet, never another real outlet of the set', () => {
    const forms = [...Object.values(INTO_EN_V28), ...Object.values(INTO_FR_V28)].flat();
    expect(new Set(forms).size).toBe(forms.length);
    const outlets = new Set(articles.map((m) => m.outlet).filter((o): o is string => o !== null));
    for (const f of forms) expect(outlets.has(f), f).toBe(false);
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
    expect(seen.get('poligny-comte')).toEqual(new Set(['inside']));
    expect(seen.get('moroni-portal')).toEqual(new Set(['top']));
    expect(seen.get('lewiston-franco')).toEqual(new Set(['top']));
    expect(seen.get('phnompenh-portal')).toEqual(new Set(['top', 'foot']));
    expect(seen.get('kigali-watch')).toEqual(new Set(['top', 'foot']));
    expect(seen.get('aberystwyth-celtic')).toEqual(new Set(['inside', 'foot']));
    expect(seen.get('limassol-shipping')).toEqual(new Set(['inside', 'foot']));
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
      'au ponton Vendée Globe', 'relecture', 'pour le service économie', 'correspondance à Mutsamudu', 'traduction de l’arménien', 'Chief Reporter', 'Islands reporter',
      'English version by', 'Translation by', 'Montreal bureau', 'maritime correspondent', 'selon la signature d’origine', '— photos',
    ];
    for (const cue of beside) expect(bylined.some((m) => m.meta.some((l) => l.includes(cue) && l.includes(m.author!))), cue).toBe(true);
  });

  it('shows each site’s date on its own clock, and expects the same instant in Paris time', () => {
    const dated = articles.filter((m) => m.publishedAt !== null);
    expect(dated.length).toBe(articles.filter((m) => m.site !== 'bare').length);
    for (const m of dated) expect(m.publishedAt, m.file).toMatch(/^(2018-12|2019-0[12])-\d\dT\d\d:\d\d:00\+01:00$/);
    for (const m of dated.filter((x) => x.site === 'lourdes-letter')) expect(m.publishedAt, m.file).toMatch(/T00:00:00\+01:00$/);
    expect(dated.filter((x) => x.site !== 'lourdes-letter' && x.publishedAt!.includes('T00:00'))).toEqual([]);
    for (const m of dated) expect(m.meta, m.file).toContain(shownDate(m));
    for (const m of dated) expect(text(m), m.file).toContain(shownDate(m));
    // The Phnom Penh clock shows the next day for the Paris evening; the Maine clock shows the small hours for the Paris morning.
    const day = (m: UnseenEntry): number => Number(m.publishedAt!.slice(8, 10));
    expect(dated.filter((m) => m.site === 'phnompenh-portal' && Number(shownDate(m).split(' ')[4]) !== day(m)).length).toBeGreaterThan(0);
    expect(dated.filter((m) => m.site === 'lewiston-franco' && / (12|1|2):\d\d a\.m\. /.test(shownDate(m))).length).toBeGreaterThan(0);
  });

  it('writes some pages in ISO-8859-1, only those whose every character it holds', () => {
    const latin1 = manifest.filter((m) => m.encoding === 'latin1');
    expect(latin1.length).toBeGreaterThan(2);
    for (const m of latin1) {
      const bytes = byName.get(m.file)!;
      expect(bytes.some((b) => b >= 0x80 && b < 0xa0), m.file).toBe(false);
      expect(new TextDecoder('utf-8', { fatal: false }).decode(bytes)).not.toBe(text(m));
    }
  });
});
