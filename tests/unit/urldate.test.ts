import { describe, expect, it } from 'vitest';
import { dateFromUrl, settleUrlDates, urlDateReadings } from '../../src/ingest/urldate.ts';

describe('dateFromUrl', () => {
  it('reads /yyyy/mm/dd/ paths (winter and summer offsets)', () => {
    expect(dateFromUrl('https://www.journaldemontreal.com/2018/11/17/gilets-jaunes-une-fronde')).toBe('2018-11-17T00:00:00+01:00');
    expect(dateFromUrl('https://www.lemonde.fr/international/article/2025/07/01/un-titre_665_3210.html')).toBe('2025-07-01T00:00:00+02:00');
  });
  it('reads /yyyymm/dd/ paths', () => {
    expect(dateFromUrl('http://www.lapresse.ca/international/europe/200810/19/01-30772-un-titre.php')).toBe('2008-10-19T00:00:00+02:00');
  });
  it('reads -dd-mm-yyyy- slugs', () => {
    expect(dateFromUrl('https://www.leparisien.fr/essonne-91/un-titre-01-12-2025-XZQJGU.php')).toBe('2025-12-01T00:00:00+01:00');
  });
  it('gives null when the URL names no day, or an impossible one', () => {
    expect(dateFromUrl('https://www.europe1.fr/emissions/la-france-bouge/salon-du-nautisme-873437')).toBeNull();
    expect(dateFromUrl('https://www.tdg.ch/monde/acte-viii-gilets-jaunes/story/29252569')).toBeNull();
    expect(dateFromUrl('https://exemple.fr/2019/02/30/titre')).toBeNull();
    expect(dateFromUrl('pas une adresse')).toBeNull();
  });
});

describe('ambiguous URL dates', () => {
  // Invented slugs in the shape of Le Parisien's: a year inside the headline, then DD-MM-YYYY, then an id.
  const GLUED = 'https://www.exemple-quotidien.fr/sport/le-club-vise-la-finale-en-2026-02-12-2025-ABCDEF.php';
  const dec2 = '2025-12-02T00:00:00+01:00';
  const feb12 = '2026-02-12T00:00:00+01:00';
  const at = (iso: string) => Date.parse(iso);

  it('finds every reading of an overlapping slug', () => {
    expect(urlDateReadings(GLUED).map((r) => r.iso).sort()).toEqual([dec2, feb12]);
    expect(urlDateReadings('https://exemple.org/2019/03/04/titre').map((r) => r.iso)).toEqual(['2019-03-04T00:00:00+01:00']);
  });

  it('never accepts a day later than the build', () => {
    expect(dateFromUrl(GLUED, { now: at('2025-12-03T10:00:00Z') })).toBe(dec2);
    expect(dateFromUrl('https://exemple.org/2031/01/05/titre', { now: at('2030-06-01T00:00:00Z') })).toBeNull();
  });

  it('prefers the reading near the folder\'s other dates, whichever pattern gives it', () => {
    const now = at('2026-11-30T00:00:00Z');
    const december = [at('2025-11-30T09:00:00Z'), at('2025-12-01T08:00:00Z'), at('2025-12-02T18:00:00Z')];
    expect(dateFromUrl(GLUED, { now, neighbours: december })).toBe(dec2);
    const february = [at('2026-02-10T09:00:00Z'), at('2026-02-12T08:00:00Z'), at('2026-02-13T18:00:00Z')];
    expect(dateFromUrl(GLUED, { now, neighbours: february })).toBe(feb12);
    // The other order of the parts: "2024-05-03-…-03-05-2024" in English wording.
    const other = 'https://news.example.com/world/summit-opens-2024-05-03-07-05-2024-XYZ';
    const may = [at('2024-05-06T09:00:00Z'), at('2024-05-08T08:00:00Z')];
    expect(dateFromUrl(other, { now, neighbours: may })).toBe('2024-05-07T00:00:00+02:00');
  });

  it('settles a folder: ambiguous URL dates move, text dates and plain URL dates stay', () => {
    const docs = [
      { url: GLUED, publishedAt: feb12 },
      { url: 'https://exemple.org/a', publishedAt: '2025-12-01T10:12:00+01:00' },
      { url: null, publishedAt: '2025-12-02T07:00:00+01:00' },
      { url: 'https://exemple.org/2025/12/01/b', publishedAt: '2025-12-01T00:00:00+01:00' },
      { url: null, publishedAt: null },
    ];
    const before = docs.slice(1).map((d) => d.publishedAt);
    expect(settleUrlDates(docs, at('2026-11-30T00:00:00Z'))).toBe(1);
    expect(docs[0]!.publishedAt).toBe(dec2);
    expect(docs.slice(1).map((d) => d.publishedAt)).toEqual(before);
  });

  it('without other dates, takes the reading that ends the slug', () => {
    expect(dateFromUrl(GLUED, { now: at('2026-11-30T00:00:00Z') })).toBe(dec2);
  });
});
