import { describe, expect, it } from 'vitest';
import { dateFromUrl } from '../../src/ingest/urldate.ts';

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
