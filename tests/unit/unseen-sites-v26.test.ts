/** The unseen-sites v26 development set: deterministic, every file accounted for, v2's outlet convention kept, a recorded digest, a scorer that sees wrong answers. */
import { describe, expect, it } from 'vitest';
import { SEED_V26, SITES_V26, generateUnseenV26 } from '../../scripts/unseen-sites-v26.ts';
import type { UnseenSource } from '../../scripts/unseen-sites.ts';
import type { UnseenEntry } from '../../src/eval/unseen-sites.ts';
import { decodedAs, expectOutletConvention, itHasTheSharedShape, itIsFrozen } from './unseen-answers.ts';

/** Invented articles (no corpus text): village bakeries, their closures and the mayors who look for a new baker. */
const VILLAGES = ['Montbrun', 'Saint-Aubin-sur-Loire', 'Lacaune', 'Ornans', 'Bourg-Argental', 'Guémené', 'Vic-Fezensac', 'Saint-Pons', 'Aubeterre', 'Lembach', 'Saugues', 'Cerisiers'];
const EVENTS = [
  'la fermeture de la dernière boulangerie', 'le départ du boulanger à la retraite', 'la hausse du prix de la farine', 'le four communal remis en service',
  'le dépôt de pain à la supérette', 'la tournée du camion-pain supprimée', 'le local racheté par la commune', 'la baguette passée à un euro dix',
  'le concours du meilleur croissant', 'les horaires réduits en hiver', 'le jeune couple qui reprend le fournil', 'le distributeur automatique de pain',
  'la facture d’électricité du four', 'le marché du dimanche sans pain', 'la pétition pour garder le commerce', 'les apprentis introuvables',
  'la boulangerie associative', 'le pain livré par la poste',
];
const paragraph = (village: string, event: string, i: number, j: number, k: number): string =>
  [
    `À ${village}, ${event} occupe les conversations depuis ${i + 2} semaines, et ${60 + 7 * j + i} habitants ont répondu au questionnaire de la mairie.`,
    k % 2 === 0 || (i + j) % 3 !== 0
      ? `« Sans boulangerie, le village perd son dernier lieu où l’on se croise le matin », regrette une habitante installée ici depuis ${j % 9 + 12} ans.`
      : `"Sans boulangerie, le village perd son dernier lieu où l'on se croise le matin", regrette une habitante installée ici depuis ${j % 9 + 12} ans.`,
    `Le fournil produisait ${200 + 15 * i + 9 * j} baguettes par jour l'an dernier, soit ${(3 * i + j) % 13 + 2} % de ${(i + j) % 2 === 0 ? 'plus' : 'moins'} qu'en 2016.`,
    `La commune propose un loyer de ${300 + 25 * (i + j)} euros par mois pour le local et le logement situé à l'étage, selon la délibération votée en conseil.`,
    `Une réunion avec la chambre des métiers est prévue mardi soir ; ${8 + i + 2 * j} candidats à la reprise se sont déjà manifestés, d'après le maire.`,
  ][k]!;
const POOL: UnseenSource[] = VILLAGES.flatMap((village, i) =>
  EVENTS.map((event, j) => ({
    id: `pain-${i}-${j}.txt`,
    title: `Boulangerie de ${village} : ${event} mobilise les habitants depuis ${i + j + 2} semaines`,
    body: [0, 1, 2, 3, 4].slice(0, 4 + ((i + j) % 2)).map((k) => paragraph(village, event, i, j, k)),
  })),
);

// ——— The dates each site shows, written independently of the generator's formatter ———

const pad = (n: number): string => String(n).padStart(2, '0');
const WEEKDAYS_FR = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTHS_FR_NO_DOT = ['janv', 'févr', 'mars', 'avr', 'mai', 'juin', 'juil', 'août', 'sept', 'oct', 'nov', 'déc'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const twelve = (h: number): string => String(h % 12 || 12);

/** The clock a date is shown on: minutes from UTC (winter), then the line the site writes for that local moment. */
const SHOWN_DATES: Record<string, [number, (t: Date) => string]> = {
  'calvi-regional': [60, (t) => `Publicatu / Publié le ${pad(t.getUTCDate())}-${pad(t.getUTCMonth() + 1)}-${t.getUTCFullYear()} à ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`],
  'lille-student': [60, (t) => `${t.getUTCDate()} ${MONTHS_FR_NO_DOT[t.getUTCMonth()]} ${t.getUTCFullYear()} ● ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`],
  'strasbourg-europe': [
    60,
    (t) => `Mis en ligne : ${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:00+01:00`,
  ],
  'blagnac-aero': [60, (t) => `Diffusion : ${pad(t.getUTCDate())}/${pad(t.getUTCMonth() + 1)}/${t.getUTCFullYear()}, ${pad(t.getUTCHours())}h${pad(t.getUTCMinutes())} HNEC`],
  'geneva-digest': [60, (t) => `Point presse du ${WEEKDAYS_FR[t.getUTCDay()]} ${t.getUTCDate()} ${MONTHS_FR[t.getUTCMonth()]} ${t.getUTCFullYear()} — Genève`],
  'kinshasa-portal': [60, (t) => `Kinshasa, ${t.getUTCDate()} ${MONTHS_FR[t.getUTCMonth()]} ${t.getUTCFullYear()} — ${pad(t.getUTCHours())} h ${pad(t.getUTCMinutes())} (WAT)`],
  'abidjan-review': [0, (t) => `Abidjan, le ${pad(t.getUTCDate())}.${pad(t.getUTCMonth() + 1)}.${t.getUTCFullYear()} | ${pad(t.getUTCHours())} h ${pad(t.getUTCMinutes())} GMT`],
  'beirut-site': [
    120,
    (t) => `Beyrouth, ${WEEKDAYS_FR[t.getUTCDay()]} ${t.getUTCDate()} ${MONTHS_FR[t.getUTCMonth()]} ${t.getUTCFullYear()} – ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())} (UTC+2)`,
  ],
  'louisiana-cajun': [
    -360,
    (t) =>
      `Posted ${WEEKDAYS_EN[t.getUTCDay()]!.slice(0, 3)}, ${pad(t.getUTCMonth() + 1)}/${pad(t.getUTCDate())}/${String(t.getUTCFullYear()).slice(2)} at ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())} CST`,
  ],
  'inverness-paper': [0, (t) => `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())} GMT, ${WEEKDAYS_EN[t.getUTCDay()]} ${t.getUTCDate()} ${MONTHS_EN[t.getUTCMonth()]} ${t.getUTCFullYear()}`],
  'ottawa-briefing': [
    -300,
    (t) =>
      `Publication date: ${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}, ${twelve(t.getUTCHours())}:${pad(t.getUTCMinutes())} ${t.getUTCHours() < 12 ? 'a.m.' : 'p.m.'} ET`,
  ],
  'singapore-wire': [
    480,
    (t) =>
      `${t.getUTCDate()} ${MONTHS_EN[t.getUTCMonth()]!.slice(0, 3)} ${t.getUTCFullYear()} · ${twelve(t.getUTCHours())}.${pad(t.getUTCMinutes())}${t.getUTCHours() < 12 ? 'am' : 'pm'} SGT`,
  ],
};
/** The line a file's site shows for its expected date. */
const shownDate = (m: UnseenEntry): string => {
  const [offset, write] = SHOWN_DATES[m.site]!;
  return write(new Date(Date.parse(m.publishedAt!) + offset * 60_000));
};

describe('unseen-sites v26 evaluation set (development)', () => {
  const { manifest, files } = generateUnseenV26(POOL);
  const byName = new Map(files.map((f) => [f.name, f.bytes]));
  const text = (m: UnseenEntry): string => decodedAs(byName.get(m.file)!, m.encoding);
  const articles = manifest.filter((m) => m.kind === 'article');
  const headlineLine = (m: UnseenEntry): string => text(m).split('\n').find((l) => l.includes(m.title!))!;

  itIsFrozen(generateUnseenV26, POOL, SEED_V26, 'df8ec6e9022eec4f', { manifest, files });
  itHasTheSharedShape({ manifest, files }, SITES_V26, { maxFiles: 360, wrongOutlet: 'Beyrouth Panorama', decoration: 'UE ⇒ ' });

  it('has eight French and four English sites, each with its own date format', () => {
    expect(SITES_V26.filter((s) => s.lang === 'fr')).toHaveLength(8);
    expect(SITES_V26.filter((s) => s.lang === 'en')).toHaveLength(4);
    expect(Object.keys(SHOWN_DATES).sort()).toEqual(SITES_V26.map((s) => s.id).sort());
  });

  it('decorates some headlines with a prefix tag, a site-name suffix or a note that are not the headline', () => {
    const shown = articles.filter((m) => m.headline && m.site !== 'bare').map((m) => [m, headlineLine(m)] as const);
    const prefixed = shown.filter(([m, l]) => ['ACTU CORSE ▷ ', 'UE ⇒ ', 'Revue de presse – ', 'Nouvelles de France | ', 'Francophone Press // ', 'Euro Desk | '].some((tag) => l === `${tag}${m.title}`));
    expect(prefixed.length).toBeGreaterThan(10);
    expect(new Set(prefixed.map(([m]) => m.site)).size).toBe(6);
    const suffixed = shown.filter(([m, l]) => [' | Campus Flandres', ' ~ Malebo Info', ' ✈', ' (revue de presse)', ' – UPDATED'].some((tail) => l === `${m.title}${tail}`));
    expect(suffixed.length).toBeGreaterThan(10);
    expect(new Set(suffixed.map(([m]) => m.site)).size).toBe(5);
    const named = shown.filter(([m]) => m.outletEvidence === 'title-suffix');
    expect(named.length).toBeGreaterThanOrEqual(10);
    for (const [m, l] of named) expect(/^ (⟩|✱|⋙) .+$/.test(l.slice(m.title!.length)), `${m.file}: ${l}`).toBe(true);
    for (const [m, l] of named) expect(l.endsWith(` ${m.outlet}`), `${m.file}: ${l}`).toBe(true);
    // Undecorated headlines outnumber decorated ones.
    expect(shown.filter(([m, l]) => l === m.title).length).toBeGreaterThan(shown.length / 2);
  });

  it('keeps the v2 outlet convention in every file, each evidence at least ten times', () => {
    expectOutletConvention(manifest, SITES_V26, { pageText: text });
  });

  it('translates credited names both ways, never beside the real name, and keeps look-alikes as written', () => {
    const translated = articles.filter((m) => m.translatedCredit);
    expect(translated.length).toBeGreaterThanOrEqual(40);
    expect(translated.filter((m) => m.lang === 'en').length).toBeGreaterThan(15);
    expect(translated.filter((m) => m.lang === 'fr').length).toBeGreaterThan(15);
    for (const m of translated) expect(m.meta.join('\n'), m.file).not.toContain(m.outlet!);
    expect(new Set(translated.filter((m) => m.lang === 'en').map((m) => m.site))).toEqual(new Set(['louisiana-cajun', 'ottawa-briefing']));
    expect(new Set(translated.filter((m) => m.lang === 'fr').map((m) => m.site))).toEqual(new Set(['strasbourg-europe', 'blagnac-aero', 'kinshasa-portal', 'beirut-site']));
    // Untranslated credits name the outlet as written (but for French's contraction of the article: "du Phare", "des Affaires").
    for (const m of articles.filter((x) => ['credit', 'source-line'].includes(x.outletEvidence!) && !x.translatedCredit)) {
      expect(text(m).includes(m.outlet!.replace(/^(Le|La|Les) /, '')), `${m.file}: ${m.outlet}`).toBe(true);
    }
    const lookalikes = articles.filter((m) => m.lookalike);
    expect(lookalikes.filter((m) => m.republisher !== null).length).toBeGreaterThan(10);
    expect(lookalikes.filter((m) => m.republisher === null).length).toBeGreaterThan(10);
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
    expect(seen.get('strasbourg-europe')).toEqual(new Set(['top']));
    expect(seen.get('kinshasa-portal')).toEqual(new Set(['inside']));
    expect(seen.get('beirut-site')).toEqual(new Set(['foot']));
    expect(seen.get('singapore-wire')).toEqual(new Set(['foot']));
    expect(seen.get('louisiana-cajun')).toEqual(new Set(['top', 'foot']));
    expect(seen.get('ottawa-briefing')).toEqual(new Set(['top', 'inside']));
    expect(seen.get('blagnac-aero')).toEqual(new Set(['top', 'foot']));
  });

  it('expects the writer as the byline names them: no role, agency or helper, two writers joined as the page joins them', () => {
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
    // Roles, agencies, proof-readers, translators, editors and photographers stand beside the writer on the line.
    const beside = ['(avec AFP)', 'Relecture :', 'Translated from French by', 'Editing by', 'Pictures by', 'Local Democracy Reporter', 'étudiant·e'];
    for (const cue of beside) expect(bylined.some((m) => m.meta.some((l) => l.includes(cue) && l.includes(m.author!))), cue).toBe(true);
  });

  it('shows each site’s date on its own clock, and expects the same instant in Paris time', () => {
    const dated = articles.filter((m) => m.publishedAt !== null);
    expect(dated.length).toBe(articles.filter((m) => m.site !== 'bare').length);
    for (const m of dated) expect(m.publishedAt, m.file).toMatch(/^(2018-1[12]|2019-0[12])-\d\dT\d\d:\d\d:00\+01:00$/);
    for (const m of dated.filter((x) => x.site === 'geneva-digest')) expect(m.publishedAt, m.file).toMatch(/T00:00:00\+01:00$/);
    expect(dated.filter((x) => x.site !== 'geneva-digest' && x.publishedAt!.includes('T00:00'))).toEqual([]);
    for (const m of dated) expect(m.meta, m.file).toContain(shownDate(m));
    for (const m of dated) expect(text(m), m.file).toContain(shownDate(m));
    // The Central clock shows the day before for the Paris morning, the Singapore clock the next day for the Paris evening.
    const day = (m: UnseenEntry): number => Number(m.publishedAt!.slice(8, 10));
    expect(dated.filter((m) => m.site === 'louisiana-cajun' && Number(shownDate(m).split('/')[1]) !== day(m)).length).toBeGreaterThan(0);
    expect(dated.filter((m) => m.site === 'singapore-wire' && Number(shownDate(m).split(' ')[0]) !== day(m)).length).toBeGreaterThan(0);
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
