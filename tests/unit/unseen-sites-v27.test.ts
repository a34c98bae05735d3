/** The unseen-sites v27 development set: deterministic, every file accounted for, v2's outlet convention kept, a recorded digest, a scorer that sees wrong answers. */
import { describe, expect, it } from 'vitest';
import { INTO_EN_V27, INTO_FR_V27, SEED_V27, SITES_V27, generateUnseenV27 } from '../../scripts/unseen-sites-v27.ts';
import type { UnseenSource } from '../../scripts/unseen-sites.ts';
import type { UnseenEntry } from '../../src/eval/unseen-sites.ts';
import { decodedAs, expectOutletConvention, itHasTheSharedShape, itIsFrozen } from './unseen-answers.ts';

/** Invented articles (no corpus text): village swimming pools, their closures and the councils that argue over them. */
const TOWNS = ['Saint-Affrique', 'Lamballe', 'Bourganeuf', 'Vézelay', 'Mauriac', 'Charolles', 'Nérac', 'Sarlat', 'Gérardmer', 'Clamecy', 'Dieulefit', 'Josselin'];
const EVENTS = [
  'la fermeture de la piscine municipale', 'le bassin couvert vidé pour travaux', 'la hausse du prix du chauffage de l’eau', 'le maître-nageur introuvable',
  'les cours de natation scolaire supprimés', 'le toboggan interdit par la préfecture', 'la piscine transférée à la communauté de communes',
  'le projet de bassin nordique', 'les horaires réduits en hiver', 'la pétition des clubs de natation', 'le solarium rouvert aux familles',
  'la chaudière à bois du centre aquatique', 'les bénévoles qui repeignent les vestiaires', 'la fuite du grand bassin', 'le tarif unique à deux euros',
  'les nageurs de l’aube', 'le bus vers la piscine voisine', 'la baignade surveillée au lac',
];
const paragraph = (town: string, event: string, i: number, j: number, k: number): string =>
  [
    `À ${town}, ${event} revient dans les discussions depuis ${i + 3} semaines, et ${40 + 9 * j + i} familles ont signé la lettre adressée au conseil municipal.`,
    k % 2 === 0 || (i + j) % 3 !== 0
      ? `« Sans piscine, nos enfants n’apprendront plus à nager avant le collège », s’inquiète un parent d’élève installé ici depuis ${j % 7 + 10} ans.`
      : `"Sans piscine, nos enfants n'apprendront plus à nager avant le collège", s'inquiète un parent d'élève installé ici depuis ${j % 7 + 10} ans.`,
    `Le bassin accueillait ${1500 + 70 * i + 13 * j} entrées par mois l'an dernier, soit ${(5 * i + j) % 11 + 3} % de ${(i + j) % 2 === 0 ? 'plus' : 'moins'} qu'en 2016.`,
    `La commune évalue les travaux à ${200 + 35 * (i + j)}000 euros, selon l'étude présentée en commission des finances le mois dernier.`,
    `Une réunion publique est prévue jeudi soir à la salle des fêtes ; ${6 + i + 2 * j} associations ont déjà annoncé leur venue, d'après l'adjoint aux sports.`,
  ][k]!;
const POOL: UnseenSource[] = TOWNS.flatMap((town, i) =>
  EVENTS.map((event, j) => ({
    id: `piscine-${i}-${j}.txt`,
    title: `Piscine de ${town} : ${event} divise les habitants depuis ${i + j + 3} semaines`,
    body: [0, 1, 2, 3, 4].slice(0, 4 + ((i + j) % 2)).map((k) => paragraph(town, event, i, j, k)),
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
const twelve = (h: number): string => String(h % 12 || 12);
const ordinal = (n: number): string => `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

/** The clock a date is shown on: minutes from UTC (winter; Tasmania's summer), then the line the site writes for that local moment. */
const SHOWN_DATES: Record<string, [number, (t: Date) => string]> = {
  'labourd-bilingual': [60, (t) => `Argitaratua / Publié : ${t.getUTCFullYear()}/${pad(t.getUTCMonth() + 1)}/${pad(t.getUTCDate())} - ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`],
  'rimouski-hockey': [
    -300,
    (t) => `Publié le ${WEEKDAYS_FR[t.getUTCDay()]} ${t.getUTCDate()} ${MONTHS_FR[t.getUTCMonth()]} ${t.getUTCFullYear()} à ${t.getUTCHours()} h ${pad(t.getUTCMinutes())} HNE`,
  ],
  'kirchberg-finance': [60, (t) => `${pad(t.getUTCDate())}.${pad(t.getUTCMonth() + 1)}.${t.getUTCFullYear()} · ${pad(t.getUTCHours())}h${pad(t.getUTCMinutes())} CET`],
  'marigot-bilingual': [
    -240,
    (t) =>
      `Marigot, ${WEEKDAYS_FR_SHORT[t.getUTCDay()]} ${pad(t.getUTCDate())}/${pad(t.getUTCMonth() + 1)}/${t.getUTCFullYear()} – ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())} (heure des Antilles, UTC-4)`,
  ],
  'nouakchott-portal': [0, (t) => `Nouakchott – ${pad(t.getUTCDate())}/${pad(t.getUTCMonth() + 1)}/${t.getUTCFullYear()} à ${pad(t.getUTCHours())}H${pad(t.getUTCMinutes())} (GMT)`],
  'hobart-francophile': [
    660,
    (t) =>
      `${WEEKDAYS_EN[t.getUTCDay()]!.slice(0, 3)} ${t.getUTCDate()} ${MONTHS_EN[t.getUTCMonth()]} ${t.getUTCFullYear()}, ${twelve(t.getUTCHours())}:${pad(t.getUTCMinutes())}${t.getUTCHours() < 12 ? 'am' : 'pm'} AEDT`,
  ],
  'belfast-paper': [0, (t) => `${WEEKDAYS_EN[t.getUTCDay()]} ${MONTHS_EN[t.getUTCMonth()]} ${t.getUTCDate()} ${t.getUTCFullYear()}, ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())} GMT`],
  'kraainem-letter': [60, (t) => `Lettre aux membres du ${WEEKDAYS_FR[t.getUTCDay()]} ${t.getUTCDate()}/${t.getUTCMonth() + 1}/${t.getUTCFullYear()}`],
  'marennes-oyster': [
    60,
    (t) => `Lettre du ${pad(t.getUTCDate())}/${pad(t.getUTCMonth() + 1)}/${String(t.getUTCFullYear()).slice(2)} — mise en ligne à ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`,
  ],
  'newmarket-racing': [0, (t) => `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())} GMT | ${pad(t.getUTCDate())}-${MONTHS_EN[t.getUTCMonth()]!.slice(0, 3)}-${t.getUTCFullYear()}`],
  'gibraltar-bulletin': [60, (t) => `${ordinal(t.getUTCDate())} ${MONTHS_EN[t.getUTCMonth()]} ${t.getUTCFullYear()} at ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())} CET`],
  'grasse-review': [60, (t) => `Relevé le ${t.getUTCDate()} ${MONTHS_FR_SHORT[t.getUTCMonth()]} ${t.getUTCFullYear()}, ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`],
};
/** The line a file's site shows for its expected date. */
const shownDate = (m: UnseenEntry): string => {
  const [offset, write] = SHOWN_DATES[m.site]!;
  return write(new Date(Date.parse(m.publishedAt!) + offset * 60_000));
};

describe('unseen-sites v27 evaluation set (development)', () => {
  const { manifest, files } = generateUnseenV27(POOL);
  const byName = new Map(files.map((f) => [f.name, f.bytes]));
  const text = (m: UnseenEntry): string => decodedAs(byName.get(m.file)!, m.encoding);
  const articles = manifest.filter((m) => m.kind === 'article');
  const headlineLine = (m: UnseenEntry): string => text(m).split('\n').find((l) => l.includes(m.title!))!;

  itIsFrozen(generateUnseenV27, POOL, SEED_V27, '0749d02222eb16cd', { manifest, files });
  itHasTheSharedShape({ manifest, files }, SITES_V27, { maxFiles: 380, wrongOutlet: 'Soualiga Info', decoration: 'MARCHÉS » ' });

  it('has eight French and four English sites, each with its own date format', () => {
    expect(SITES_V27.filter((s) => s.lang === 'fr')).toHaveLength(8);
    expect(SITES_V27.filter((s) => s.lang === 'en')).toHaveLength(4);
    expect(Object.keys(SHOWN_DATES).sort()).toEqual(SITES_V27.map((s) => s.id).sort());
  });

  it('decorates some headlines with a prefix tag, a site-name suffix or a note that are not the headline', () => {
    const shown = articles.filter((m) => m.headline && m.site !== 'bare').map((m) => [m, headlineLine(m)] as const);
    const prefixed = shown.filter(([m, l]) => ['BERRIAK / INFOS ❙ ', 'MARCHÉS » ', 'FRANCE NOW: ', '[Presse] ', 'Filière ◦ ', 'Racing in France — '].some((tag) => l === `${tag}${m.title}`));
    expect(prefixed.length).toBeGreaterThan(10);
    expect(new Set(prefixed.map(([m]) => m.site)).size).toBe(6);
    const suffixed = shown.filter(([m, l]) => [' · Zone Glace Rimouski', ' • Chinguetti Actu', ' :: Upper Rock Bulletin', ' [actu régionale]', ' +PHOTOS'].some((tail) => l === `${m.title}${tail}`));
    expect(suffixed.length).toBeGreaterThan(10);
    expect(new Set(suffixed.map(([m]) => m.site)).size).toBe(5);
    const named = shown.filter(([m]) => m.outletEvidence === 'title-suffix');
    expect(named.length).toBeGreaterThanOrEqual(10);
    for (const [m, l] of named) expect(/^ (◆|‖|⟫) .+$/.test(l.slice(m.title!.length)), `${m.file}: ${l}`).toBe(true);
    for (const [m, l] of named) expect(l.endsWith(` ${m.outlet}`), `${m.file}: ${l}`).toBe(true);
    // Undecorated headlines outnumber decorated ones.
    expect(shown.filter(([m, l]) => l === m.title).length).toBeGreaterThan(shown.length / 2);
  });

  it('keeps the v2 outlet convention in every file, each evidence at least ten times', () => {
    expectOutletConvention(manifest, SITES_V27, { pageText: text });
  });

  it('translates credited names both ways, never beside the real name, and keeps look-alikes as written', () => {
    const translated = articles.filter((m) => m.translatedCredit);
    expect(translated.length).toBeGreaterThanOrEqual(35);
    expect(translated.filter((m) => m.lang === 'en').length).toBeGreaterThan(12);
    expect(translated.filter((m) => m.lang === 'fr').length).toBeGreaterThan(12);
    for (const m of translated) expect(m.meta.join('\n') + headlineLine(m), m.file).not.toContain(m.outlet!);
    expect(new Set(translated.filter((m) => m.lang === 'en').map((m) => m.site))).toEqual(new Set(['hobart-francophile', 'gibraltar-bulletin']));
    expect(new Set(translated.filter((m) => m.lang === 'fr').map((m) => m.site))).toEqual(new Set(['kirchberg-finance', 'marigot-bilingual', 'nouakchott-portal', 'marennes-oyster']));
    // Untranslated credits name the outlet as written (but for French's contraction of the article: "du Monde", "des Échos").
    for (const m of articles.filter((x) => ['credit', 'source-line'].includes(x.outletEvidence!) && !x.translatedCredit)) {
      expect(text(m).includes(m.outlet!.replace(/^(Le|La|Les) /, '')), `${m.file}: ${m.outlet}`).toBe(true);
    }
    const lookalikes = articles.filter((m) => m.lookalike);
    expect(lookalikes.filter((m) => m.republisher !== null).length).toBeGreaterThan(10);
    expect(lookalikes.filter((m) => m.republisher === null).length).toBeGreaterThan(10);
    for (const m of lookalikes) expect(text(m), m.file).toContain(m.outlet!.replace(/^(Le|La|Les|The) /, ''));
  });

  it('translates word for word without ambiguity: each rendering names one outlet, never another real outlet of the set', () => {
    const forms = [...Object.values(INTO_EN_V27), ...Object.values(INTO_FR_V27)].flat();
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
    expect(seen.get('kirchberg-finance')).toEqual(new Set(['top']));
    expect(seen.get('nouakchott-portal')).toEqual(new Set(['inside']));
    expect(seen.get('marennes-oyster')).toEqual(new Set(['foot']));
    expect(seen.get('newmarket-racing')).toEqual(new Set(['foot']));
    expect(seen.get('hobart-francophile')).toEqual(new Set(['top', 'foot']));
    expect(seen.get('gibraltar-bulletin')).toEqual(new Set(['top', 'inside']));
    expect(seen.get('marigot-bilingual')).toEqual(new Set(['top', 'foot']));
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
    // Roles, places, desks, translators, sub-editors, layout editors and photographers stand beside the writer on the line.
    const beside = ['correspondance à Hendaye', 'journaliste sportif', 'adaptation :', 'Translation:', 'sub-edited by', 'Photography:', 'Political Correspondent', 'mise en page :', 'envoyé spécial à Rosso'];
    for (const cue of beside) expect(bylined.some((m) => m.meta.some((l) => l.includes(cue) && l.includes(m.author!))), cue).toBe(true);
  });

  it('shows each site’s date on its own clock, and expects the same instant in Paris time', () => {
    const dated = articles.filter((m) => m.publishedAt !== null);
    expect(dated.length).toBe(articles.filter((m) => m.site !== 'bare').length);
    for (const m of dated) expect(m.publishedAt, m.file).toMatch(/^(2018-1[12]|2019-0[12])-\d\dT\d\d:\d\d:00\+01:00$/);
    for (const m of dated.filter((x) => x.site === 'kraainem-letter')) expect(m.publishedAt, m.file).toMatch(/T00:00:00\+01:00$/);
    expect(dated.filter((x) => x.site !== 'kraainem-letter' && x.publishedAt!.includes('T00:00'))).toEqual([]);
    for (const m of dated) expect(m.meta, m.file).toContain(shownDate(m));
    for (const m of dated) expect(text(m), m.file).toContain(shownDate(m));
    // The Hobart clock shows the next day for the Paris afternoon; the Québec clock shows the small hours for the Paris morning.
    const day = (m: UnseenEntry): number => Number(m.publishedAt!.slice(8, 10));
    expect(dated.filter((m) => m.site === 'hobart-francophile' && Number(shownDate(m).split(' ')[1]) !== day(m)).length).toBeGreaterThan(0);
    expect(dated.filter((m) => m.site === 'rimouski-hockey' && Number(shownDate(m).split(' à ')[1]!.split(' h ')[0]) < 6).length).toBeGreaterThan(0);
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
