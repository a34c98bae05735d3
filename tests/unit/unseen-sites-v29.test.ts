/** The frozen unseen-sites v29 set: deterministic, every file accounted for, v2's outlet convention kept, a frozen digest, a scorer that sees wrong answers. */
import { describe, expect, it } from 'vitest';
import { INTO_EN_V29, INTO_FR_V29, SEED_V29, SITES_V29, generateUnseenV29 } from '../../scripts/unseen-sites-v29.ts';
import type { UnseenSource } from '../../scripts/unseen-sites.ts';
import type { UnseenEntry } from '../../src/eval/unseen-sites.ts';
import { decodedAs, expectOutletConvention, itHasTheSharedShape, itIsFrozen } from './unseen-answers.ts';

/** Invented articles (no corpus text): village shops and services that close, and the people who try to keep them open. */
const VILLAGES = ['Saint-Amand', 'Castelnau', 'Montbazon', 'Lauzerte', 'Vézelay', 'Quillan', 'Orbec', 'Bourganeuf', 'Nontron', 'Sainte-Sévère', 'Marcillac', 'Le Chambon'];
const SERVICES = [
  'la dernière boulangerie', 'le bureau de poste', 'la station-service', 'l\'épicerie du bourg', 'le distributeur de billets', 'le café-tabac',
  'la pharmacie', 'la classe unique', 'la ligne de car du matin', 'le marché du jeudi', 'la trésorerie', 'la boucherie',
  'la gendarmerie', 'la librairie-papeterie', 'le garage', 'la maison de retraite', 'le camping municipal', 'le relais de services publics',
];
const paragraph = (village: string, service: string, i: number, j: number, k: number): string =>
  [
    `A ${village}, ${service} doit fermer ses portes dans ${i + 2} semaines, et ${80 + 9 * j + i} habitants ont deja signe la lettre envoyee au prefet.`,
    (i + j) % 3 === 0
      ? `« On ne va quand meme pas faire vingt kilometres pour du pain », s'agace un ancien agriculteur installe au bourg depuis ${j % 7 + 30} ans.`
      : `"On ne va quand meme pas faire vingt kilometres pour du pain", s'agace un ancien agriculteur installe au bourg depuis ${j % 7 + 30} ans.`,
    `La commune a perdu ${(2 * i + j) % 11 + 3} % de sa population en dix ans et ne compte plus que ${900 + 75 * i + 13 * j} residents a l'annee.`,
    `Le maire propose de racheter les murs pour ${30 + 4 * (i + j)} 000 euros, une somme votee a ${(i + j) % 2 === 0 ? 'l\'unanimite' : 'une courte majorite'} lundi soir.`,
    `Une permanence itinerante passera desormais ${1 + (j % 3)} fois par semaine sur la place de l'eglise, de ${9 + (i % 3)} heures a midi.`,
  ][k]!;
const POOL: UnseenSource[] = VILLAGES.flatMap((village, i) =>
  SERVICES.map((service, j) => ({
    id: `village-${i}-${j}.txt`,
    title: `${village} : ${service} ferme, le village s'organise depuis ${i + j + 3} semaines`,
    body: [0, 1, 2, 3, 4].slice(0, 4 + ((i + 2 * j) % 2)).map((k) => paragraph(village, service, i, j, k)),
  })),
);

// ——— The dates each site shows, written independently of the generator's formatter ———

const pad = (n: number): string => String(n).padStart(2, '0');
const WEEKDAYS_FR = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const WEEKDAYS_FR_CAPS = ['Dim.', 'Lun.', 'Mar.', 'Mer.', 'Jeu.', 'Ven.', 'Sam.'];
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTHS_FR_CAPS = ['Janv.', 'Févr.', 'Mars', 'Avr.', 'Mai', 'Juin', 'Juil.', 'Août', 'Sept.', 'Oct.', 'Nov.', 'Déc.'];
const MONTHS_RO = ['ianuarie', 'februarie', 'martie', 'aprilie', 'mai', 'iunie', 'iulie', 'august', 'septembrie', 'octombrie', 'noiembrie', 'decembrie'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ordinal = (n: number): string => `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

/** The clock a date is shown on: minutes from UTC (all winter time), then the line the site writes for that local moment. */
const SHOWN_DATES: Record<string, [number, (t: Date) => string]> = {
  'briancon-rescue': [60, (t) => `Rédigé le ${pad(t.getUTCDate())}·${pad(t.getUTCMonth() + 1)}·${t.getUTCFullYear()} à ${pad(t.getUTCHours())}h${pad(t.getUTCMinutes())} (heure de Paris)`],
  'pointenoire-portal': [
    60,
    (t) => `Pointe-Noire, le ${pad(t.getUTCDate())}/${pad(t.getUTCMonth() + 1)}/${t.getUTCFullYear()} à ${pad(t.getUTCHours())}h${pad(t.getUTCMinutes())} (heure locale, UTC+1)`,
  ],
  'carcassonne-treize': [
    60,
    (t) => `${WEEKDAYS_FR_CAPS[t.getUTCDay()]} ${t.getUTCDate()} ${MONTHS_FR_CAPS[t.getUTCMonth()]} ${t.getUTCFullYear()} | ${pad(t.getUTCHours())}H${pad(t.getUTCMinutes())}`,
  ],
  'avranches-letter': [60, (t) => `Marée du ${WEEKDAYS_FR[t.getUTCDay()]} ${t.getUTCDate()} ${MONTHS_FR[t.getUTCMonth()]} ${t.getUTCFullYear()}`],
  'mahe-portal': [
    240,
    (t) => `Victoria (Mahé) | ${pad(t.getUTCDate())}.${pad(t.getUTCMonth() + 1)}.${t.getUTCFullYear()} | ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}, heure des Seychelles (UTC+4)`,
  ],
  'hanoi-watch': [420, (t) => `${pad(t.getUTCDate())}/${pad(t.getUTCMonth() + 1)}/${t.getUTCFullYear()} – ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())} (GMT+07:00)`],
  'arles-review': [60, (t) => `Sélection du ${pad(t.getUTCDate())}/${pad(t.getUTCMonth() + 1)}/${t.getUTCFullYear()} · ${t.getUTCHours()} h ${pad(t.getUTCMinutes())}`],
  'bucharest-paper': [
    120,
    (t) =>
      `${t.getUTCDate()} ${MONTHS_RO[t.getUTCMonth()]} ${t.getUTCFullYear()} / ${t.getUTCDate()} ${MONTHS_FR[t.getUTCMonth()]} ${t.getUTCFullYear()} — ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}, heure de Bucarest (UTC+2)`,
  ],
  'penzance-weekly': [
    0,
    (t) => `Published ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())} GMT · ${WEEKDAYS_EN[t.getUTCDay()]} ${ordinal(t.getUTCDate())} ${MONTHS_EN[t.getUTCMonth()]} ${t.getUTCFullYear()}`,
  ],
  'bermuda-wire': [-240, (t) => `${pad(t.getUTCDate())}-${MONTHS_EN[t.getUTCMonth()]!.slice(0, 3)}-${t.getUTCFullYear()} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())} AST`],
  'accra-digest': [0, (t) => `Filed ${pad(t.getUTCHours())}${pad(t.getUTCMinutes())} GMT ${pad(t.getUTCDate())} ${MONTHS_EN[t.getUTCMonth()]!.slice(0, 3).toUpperCase()} ${t.getUTCFullYear()}`],
  'tokyo-table': [
    540,
    (t) => `${t.getUTCFullYear()}.${pad(t.getUTCMonth() + 1)}.${pad(t.getUTCDate())} (${WEEKDAYS_EN[t.getUTCDay()]!.slice(0, 3)}) ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())} JST`,
  ],
};
/** The line a file's site shows for its expected date. */
const shownDate = (m: UnseenEntry): string => {
  const [offset, write] = SHOWN_DATES[m.site]!;
  return write(new Date(Date.parse(m.publishedAt!) + offset * 60_000));
};

describe('unseen-sites v29 evaluation set (frozen)', () => {
  const { manifest, files } = generateUnseenV29(POOL);
  const byName = new Map(files.map((f) => [f.name, f.bytes]));
  const text = (m: UnseenEntry): string => decodedAs(byName.get(m.file)!, m.encoding);
  const articles = manifest.filter((m) => m.kind === 'article');
  const headlineLine = (m: UnseenEntry): string => text(m).split('\n').find((l) => l.includes(m.title!))!;

  itIsFrozen(generateUnseenV29, POOL, SEED_V29, '2563aa1be31007a4', { manifest, files });
  itHasTheSharedShape({ manifest, files }, SITES_V29, { maxFiles: 380, wrongOutlet: 'Côte Sauvage Infos', decoration: 'Revue montagne ⁂ ' });

  it('has eight French and four English sites, each with its own date format', () => {
    expect(SITES_V29.filter((s) => s.lang === 'fr')).toHaveLength(8);
    expect(SITES_V29.filter((s) => s.lang === 'en')).toHaveLength(4);
    expect(Object.keys(SHOWN_DATES).sort()).toEqual(SITES_V29.map((s) => s.id).sort());
  });

  it('decorates some headlines with a prefix tag, a site-name suffix or a note that are not the headline', () => {
    const shown = articles.filter((m) => m.headline && m.site !== 'bare').map((m) => [m, headlineLine(m)] as const);
    const prefixed = shown.filter(([m, l]) => ['Revue montagne ⁂ ', 'Entre deux marées ~ ', 'Báo chí Pháp / Presse française ✧ ', 'Kernow Matters: ', 'Euro Risk » '].some((tag) => l === `${tag}${m.title}`));
    expect(prefixed.length).toBeGreaterThan(10);
    expect(new Set(prefixed.map(([m]) => m.site)).size).toBe(5);
    const suffixed = shown.filter(([m, l]) =>
      [' ◆ CÔTE SAUVAGE INFOS', ' » Sesel Info', ' · Le Soir de Bucarest', ' | Harmattan Digest', ' (+ galerie photos)', ' — from the European press'].some((tail) => l === `${m.title}${tail}`),
    );
    expect(suffixed.length).toBeGreaterThan(10);
    expect(new Set(suffixed.map(([m]) => m.site)).size).toBe(6);
    const named = shown.filter(([m]) => m.outletEvidence === 'title-suffix');
    expect(named.length).toBeGreaterThanOrEqual(10);
    for (const [m, l] of named) expect(/^ (⟫|▫|∷) .+$/.test(l.slice(m.title!.length)), `${m.file}: ${l}`).toBe(true);
    for (const [m, l] of named) expect(l.endsWith(` ${m.outlet}`), `${m.file}: ${l}`).toBe(true);
    // Undecorated headlines outnumber decorated ones.
    expect(shown.filter(([m, l]) => l === m.title).length).toBeGreaterThan(shown.length / 2);
  });

  it('keeps the v2 outlet convention in every file, each evidence at least ten times', () => {
    expectOutletConvention(manifest, SITES_V29, { pageText: text });
  });

  it('translates credited names both ways, never beside the real name, and keeps look-alikes as written', () => {
    const translated = articles.filter((m) => m.translatedCredit);
    expect(translated.length).toBeGreaterThanOrEqual(35);
    expect(translated.filter((m) => m.lang === 'en').length).toBeGreaterThan(12);
    expect(translated.filter((m) => m.lang === 'fr').length).toBeGreaterThan(12);
    for (const m of translated) expect(m.meta.join('\n') + headlineLine(m), m.file).not.toContain(m.outlet!);
    expect(new Set(translated.filter((m) => m.lang === 'en').map((m) => m.site))).toEqual(new Set(['bermuda-wire', 'accra-digest', 'tokyo-table']));
    expect(new Set(translated.filter((m) => m.lang === 'fr').map((m) => m.site))).toEqual(new Set(['briancon-rescue', 'pointenoire-portal', 'mahe-portal']));
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
    const forms = [...Object.values(INTO_EN_V29), ...Object.values(INTO_FR_V29)].flat();
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
    expect(seen.get('briancon-rescue')).toEqual(new Set(['foot']));
    expect(seen.get('mahe-portal')).toEqual(new Set(['top']));
    expect(seen.get('accra-digest')).toEqual(new Set(['foot']));
    expect(seen.get('tokyo-table')).toEqual(new Set(['inside']));
    expect(seen.get('pointenoire-portal')).toEqual(new Set(['top', 'foot']));
    expect(seen.get('hanoi-watch')).toEqual(new Set(['top', 'foot']));
    expect(seen.get('bermuda-wire')).toEqual(new Set(['top', 'inside']));
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
      ', journaliste', 'relu par', 'correspondant économie', 'envoyé spécial au bord du terrain', '◦ Photos :', 'envoyé spécial dans l’océan Indien',
      'd’après le site d’origine', 'service Politique', 'traduit du roumain', 'Local Democracy Reporter', 'West Penwith correspondent', 'business desk',
      'English adaptation by', 'for the original French edition', 'translated by', 'wine and food correspondent', 'English edit:',
    ];
    for (const cue of beside) expect(bylined.some((m) => m.meta.some((l) => l.includes(cue) && l.includes(m.author!))), cue).toBe(true);
  });

  it('shows each site’s date on its own clock, and expects the same instant in Paris time', () => {
    const dated = articles.filter((m) => m.publishedAt !== null);
    expect(dated.length).toBe(articles.filter((m) => m.site !== 'bare').length);
    for (const m of dated) expect(m.publishedAt, m.file).toMatch(/^(2018-12|2019-0[12])-\d\dT\d\d:\d\d:00\+01:00$/);
    for (const m of dated.filter((x) => x.site === 'avranches-letter')) expect(m.publishedAt, m.file).toMatch(/T00:00:00\+01:00$/);
    expect(dated.filter((x) => x.site !== 'avranches-letter' && x.publishedAt!.includes('T00:00'))).toEqual([]);
    for (const m of dated) expect(m.meta, m.file).toContain(shownDate(m));
    for (const m of dated) expect(text(m), m.file).toContain(shownDate(m));
    // The Tokyo clock shows the next day for the Paris evening; the Bermuda clock shows the small hours for the Paris morning.
    const day = (m: UnseenEntry): number => Number(m.publishedAt!.slice(8, 10));
    expect(dated.filter((m) => m.site === 'tokyo-table' && Number(shownDate(m).slice(8, 10)) !== day(m)).length).toBeGreaterThan(0);
    expect(dated.filter((m) => m.site === 'bermuda-wire' && / 0[0-3]:\d\d AST$/.test(shownDate(m))).length).toBeGreaterThan(0);
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
