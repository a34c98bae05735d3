/** The frozen unseen-sites v21 set: deterministic, every file accounted for, v2's outlet convention kept, a frozen digest, a scorer that sees wrong answers. */
import { describe, expect, it } from 'vitest';
import { FROZEN_SEED_V21, SITES_V21, generateUnseenV21 } from '../../scripts/unseen-sites-v21.ts';
import type { UnseenSource } from '../../scripts/unseen-sites.ts';
import type { UnseenEntry } from '../../src/eval/unseen-sites.ts';
import { decodedAs, expectOutletConvention, itHasTheSharedShape, itIsFrozen } from './unseen-answers.ts';

/** Invented articles (no corpus text): small-town public libraries, their opening hours, budgets and readers. */
const TOWNS = ['Aubenas', 'Lunéville', 'Guingamp', 'Oyonnax', 'Figeac', 'Issoudun', 'Lisieux', 'Manosque', 'Sarlat', 'Vitré', 'Autun', 'Hazebrouck'];
const ISSUES = [
  'l’ouverture le dimanche', 'la fin des amendes de retard', 'le prêt de jeux vidéo', 'la suppression d’un poste de bibliothécaire', 'le portage de livres à domicile',
  'le nouveau logiciel de réservation', 'la fermeture de l’annexe du quartier nord', 'les ateliers numériques pour les seniors', 'le fonds de bandes dessinées',
  'les horaires élargis du samedi', 'la gratuité de l’inscription', 'le déménagement dans l’ancienne gare', 'les boîtes de retour automatiques', 'le club de lecture des adolescents',
  'la numérisation des archives locales', 'le chauffage de la salle d’étude', 'la fréquentation des scolaires', 'les liseuses en prêt',
];
const paragraph = (town: string, issue: string, i: number, j: number, k: number): string =>
  [
    `À la médiathèque de ${town}, ${issue} fait débat depuis ${i + 3} mois, et ${40 + 7 * j + i} usagers ont rempli le questionnaire proposé à l’accueil.`,
    `« Les familles viennent surtout le mercredi, mais les étudiants réclament des places assises le soir », explique une bibliothécaire en poste depuis ${(j % 9) + 6} ans.`,
    `Les prêts ont ${(i + j) % 2 === 0 ? 'progressé' : 'reculé'} de ${((2 * i + j) % 17) + 3} % l’an dernier, pour ${9_000 + 350 * i + 41 * j} documents empruntés selon le rapport d’activité.`,
    `La communauté de communes évalue la dépense à ${3 + i + j} dizaines de milliers d’euros par an et doit trancher lors du vote du budget en ${(i + j) % 2 === 0 ? 'mars' : 'avril'}.`,
    `Une réunion publique est annoncée jeudi à 18 heures dans la salle d’animation ; ${30 + 3 * i + 2 * j} personnes se sont déjà inscrites.`,
  ][k]!;
const POOL: UnseenSource[] = TOWNS.flatMap((town, i) =>
  ISSUES.map((issue, j) => ({
    id: `mediatheque-${i}-${j}.txt`,
    title: `Médiathèque de ${town} : ${issue} partage lecteurs et élus depuis ${i + j + 3} mois`,
    body: [0, 1, 2, 3, 4].slice(0, 4 + ((2 * i + j) % 2)).map((k) => paragraph(town, issue, i, j, k)),
  })),
);

const MONTHS_SHORT = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];

describe('unseen-sites v21 evaluation set (frozen)', () => {
  const { manifest, files } = generateUnseenV21(POOL);
  const byName = new Map(files.map((f) => [f.name, f.bytes]));
  const text = (m: UnseenEntry): string => decodedAs(byName.get(m.file)!, m.encoding);
  const articles = manifest.filter((m) => m.kind === 'article');
  const headlineLine = (m: UnseenEntry): string => text(m).split('\n').find((l) => l.includes(m.title!))!;

  itIsFrozen(generateUnseenV21, POOL, FROZEN_SEED_V21, '7ac9339a8f40887f', { manifest, files });
  itHasTheSharedShape({ manifest, files }, SITES_V21, { maxFiles: 350, wrongOutlet: 'Umuco Info', decoration: 'Ferroviaire // ' });

  it('decorates some headlines with a prefix tag, a site-name suffix or a note that are not the headline', () => {
    const shown = articles.filter((m) => m.headline && m.site !== 'bare').map((m) => [m, headlineLine(m)] as const);
    const prefixed = shown.filter(([m, l]) => ['À la une ⇒ ', 'Ferroviaire // ', 'Île de Vancouver ▪ ', 'From Paris ▷ '].some((tag) => l === `${tag}${m.title}`));
    expect(prefixed.length).toBeGreaterThan(10);
    expect(new Set(prefixed.map(([m]) => m.site))).toEqual(new Set(['nimes-daily', 'valenciennes-rail', 'victoria-francophone', 'tokyo-france-desk']));
    const suffixed = shown.filter(([m, l]) =>
      [' | TONLÉ INFOS', ' — Umuco Info', ' + notre diaporama', ' — English version', ' (revue de presse)'].some((tail) => l === `${m.title}${tail}`),
    );
    expect(suffixed.length).toBeGreaterThan(10);
    expect(new Set(suffixed.map(([m]) => m.site)).size).toBe(5);
    const named = shown.filter(([m]) => m.outletEvidence === 'title-suffix');
    expect(named.length).toBeGreaterThanOrEqual(10);
    for (const [m, l] of named) expect(/^( ‣ .+| « .+ »| ⟩ .+)$/.test(l.slice(m.title!.length)), `${m.file}: ${l}`).toBe(true);
    // Undecorated headlines outnumber decorated ones.
    expect(shown.filter(([m, l]) => l === m.title).length).toBeGreaterThan(shown.length / 2);
  });

  it('keeps the v2 outlet convention in every file, each evidence at least ten times', () => {
    expectOutletConvention(manifest, SITES_V21, { pageText: text });
  });

  it('translates credited names both ways, never beside the real name, and keeps look-alikes as written', () => {
    const translated = articles.filter((m) => m.translatedCredit);
    expect(translated.filter((m) => m.lang === 'en').length).toBeGreaterThan(4);
    expect(translated.filter((m) => m.lang === 'fr').length).toBeGreaterThan(4);
    for (const m of translated) expect(m.meta.join('\n'), m.file).not.toContain(m.outlet!);
    // English renderings on the two English sites, French garbles on the three French sites that translate.
    expect(new Set(translated.filter((m) => m.lang === 'en').map((m) => m.site))).toEqual(new Set(['montreal-translation', 'tokyo-france-desk']));
    expect(new Set(translated.filter((m) => m.lang === 'fr').map((m) => m.site))).toEqual(new Set(['valenciennes-rail', 'kigali-portal', 'victoria-francophone']));
    const lookalikes = articles.filter((m) => m.lookalike);
    expect(lookalikes.filter((m) => m.republisher !== null).length).toBeGreaterThan(4);
    expect(lookalikes.filter((m) => m.republisher === null).length).toBeGreaterThan(4);
    // As written, but for French's contraction of the article ("du Soir de Kigali", "au Droit du Détroit").
    for (const m of lookalikes) expect(text(m), m.file).toContain(m.outlet!.replace(/^(Le|La|Les|The) /, ''));
  });

  it('puts credits and links at the top, inside the text or at its foot, and the Charleville byline at the foot', () => {
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
    expect(new Set(credited.map((m) => where(m, creditLine(m))))).toEqual(new Set(['top', 'inside', 'foot']));
    expect(seen('valenciennes-rail')).toEqual(new Set(['top']));
    expect(seen('kigali-portal')).toEqual(new Set(['top', 'inside']));
    expect(seen('victoria-francophone')).toEqual(new Set(['top', 'foot']));
    expect(seen('tokyo-france-desk')).toEqual(new Set(['inside', 'foot']));
    expect(seen('aurillac-mayors-watch')).toEqual(new Set(['top', 'foot']));
    // The Aurillac watch's link names a known outlet's host.
    for (const m of credited.filter((x) => x.site === 'aurillac-mayors-watch')) expect(creditLine(m), m.file).toMatch(/https?:\/\/[a-z0-9.-]+\.[a-z]+\//);
    for (const m of articles.filter((x) => x.site === 'charleville-city')) expect(where(m, `Article rédigé par ${m.author}`), m.file).toBe('foot');
  });

  it('shows dates in Paris time or on a named clock, and expects the same instant in Paris time', () => {
    const dated = articles.filter((m) => m.publishedAt !== null);
    expect(dated.length).toBeGreaterThan(articles.length / 2);
    for (const m of dated) expect(m.publishedAt, m.file).toMatch(/^(2018-1[12]|2019-0[12])-\d\dT\d\d:\d\d:00\+01:00$/);
    // The day-only sites expect midnight; the others the time they show.
    const dayOnly = new Set(['vichy-spa-review', 'venissieux-tenants']);
    for (const m of dated.filter((x) => dayOnly.has(x.site))) expect(m.publishedAt, m.file).toMatch(/T00:00:00\+01:00$/);
    expect(dated.filter((x) => !dayOnly.has(x.site) && !x.publishedAt!.includes('T00:00')).length).toBeGreaterThan(50);
    // Sites on another clock name its zone, and show that zone's time (Paris time plus the shift, in minutes).
    const clocks: Record<string, [number, RegExp]> = {
      'phnompenh-portal': [360, /^(\d{2}):(\d{2}) ICT · \d{2}\.\d{2}\.\d{4}$/],
      'kigali-portal': [60, / (\d{2}):(\d{2}) CAT$/],
      'victoria-francophone': [-540, / à (\d{1,2}) h (\d{2}) \(heure du Pacifique\)$/],
      'montreal-translation': [-360, / (\d{1,2}):(\d{2}) (AM|PM) EST$/],
      'tokyo-france-desk': [480, / (\d{2}):(\d{2}) JST$/],
    };
    for (const [site, [shift, shape]] of Object.entries(clocks)) {
      const onSite = dated.filter((m) => m.site === site);
      expect(onSite.length, site).toBeGreaterThan(5);
      for (const m of onSite) {
        const line = m.meta.find((l) => shape.test(l));
        expect(line, m.file).toBeDefined();
        const [, h, min, half] = shape.exec(line!)!;
        const hour = half === undefined ? Number(h) : (Number(h) % 12) + (half === 'PM' ? 12 : 0);
        const paris = Number(m.publishedAt!.slice(11, 13)) * 60 + Number(m.publishedAt!.slice(14, 16));
        expect(hour * 60 + Number(min), `${m.file}: ${line}`).toBe((paris + shift + 1440) % 1440);
      }
    }
    // The day shown on the far clocks is that clock's day: the day after Paris in Tokyo, the day before in Victoria.
    const localDay = (m: UnseenEntry, shift: number): Date => new Date(Date.parse(m.publishedAt!) + shift * 60_000);
    const tokyo = dated.filter((m) => m.site === 'tokyo-france-desk');
    for (const m of tokyo) {
      const day = localDay(m, 540);
      const shown = `${day.getUTCFullYear()}.${String(day.getUTCMonth() + 1).padStart(2, '0')}.${String(day.getUTCDate()).padStart(2, '0')} `;
      expect(m.meta.some((l) => l.startsWith(shown) && l.endsWith(' JST')), m.file).toBe(true);
    }
    expect(tokyo.some((m) => m.publishedAt!.slice(0, 10) !== localDay(m, 540).toISOString().slice(0, 10))).toBe(true);
    const victoria = dated.filter((m) => m.site === 'victoria-francophone');
    for (const m of victoria) {
      const day = localDay(m, -480);
      expect(m.meta.some((l) => l.includes(` ${day.getUTCDate()} `) && l.includes(` ${day.getUTCFullYear()} à `)), m.file).toBe(true);
    }
    expect(victoria.some((m) => m.publishedAt!.slice(0, 10) !== localDay(m, -480).toISOString().slice(0, 10))).toBe(true);
    // Montréal writes the month first.
    for (const m of dated.filter((x) => x.site === 'montreal-translation')) {
      const day = localDay(m, -300);
      const shown = `Published ${String(day.getUTCMonth() + 1).padStart(2, '0')}/${String(day.getUTCDate()).padStart(2, '0')}/${day.getUTCFullYear()} · `;
      expect(m.meta.some((l) => l.startsWith(shown)), m.file).toBe(true);
    }
    // The Nîmes site shows an update after the publication, sometimes on a later day.
    const nimes = dated.filter((x) => x.site === 'nimes-daily');
    const stamp = (day: string, month: string, year: string, hh: string, mm: string): number =>
      Date.UTC(Number(year), MONTHS_SHORT.indexOf(month), Number(day), Number(hh), Number(mm));
    let laterDay = 0;
    for (const m of nimes) {
      const line = m.meta.find((l) => l.startsWith('Publié le '))!;
      const parts = /^Publié le (\d{1,2}) (\S+) (\d{4}) à (\d{2}) h (\d{2}) • Actualisé le (\d{1,2}) (\S+) (\d{4}) à (\d{2}) h (\d{2})$/.exec(line);
      expect(parts, line).not.toBeNull();
      const [, d1, mo1, y1, h1, m1, d2, mo2, y2, h2, m2] = parts!;
      expect(MONTHS_SHORT.includes(mo1!) && MONTHS_SHORT.includes(mo2!), line).toBe(true);
      expect(stamp(d2!, mo2!, y2!, h2!, m2!), line).toBeGreaterThan(stamp(d1!, mo1!, y1!, h1!, m1!));
      expect(`${h1}:${m1}`, m.file).toBe(m.publishedAt!.slice(11, 16));
      expect(Number(d1), m.file).toBe(Number(m.publishedAt!.slice(8, 10)));
      if (d1 !== d2) laterDay++;
    }
    expect(laterDay).toBeGreaterThan(0);
  });
});
