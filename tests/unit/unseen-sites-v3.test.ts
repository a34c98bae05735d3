/** The frozen unseen-sites v3 set: deterministic, every file accounted for, one outlet convention, a scorer that sees wrong answers. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FROZEN_SEED_V3, SITES_V3, generateUnseenV3 } from '../../scripts/unseen-sites-v3.ts';
import type { UnseenSource } from '../../scripts/unseen-sites.ts';
import { scoreUnseen, type UnseenEntry, type UnseenResult } from '../../src/eval/unseen-sites.ts';
import { decode } from '../../src/ingest/decode.ts';
import { rightAnswer as perfect, FULL_MARKS, expectOutletConvention } from './unseen-answers.ts';

/** Invented articles (no corpus text): harbours times trades, enough for the v3 draw. */
const PORTS = ['Concarneau', 'Paimpol', 'Fécamp', 'Honfleur', 'Sète', 'Port-Vendres', 'Arcachon', 'Royan', 'Granville', 'Dieppe', 'Le Guilvinec', 'Saint-Quay', 'Audierne', 'Erquy', 'Cancale', 'Camaret'];
const TRADES = ['les mareyeurs', 'les charpentiers de marine', 'les ostréiculteurs', 'les dockers', 'les gardiens de phare', 'les voileries', 'les criées', 'les chantiers navals', 'les conserveries', 'les pilotes du port', 'les écoles de voile', 'les poissonniers', 'les sauveteurs en mer', 'les ramendeuses', 'les ferronniers'];
const POOL: UnseenSource[] = PORTS.flatMap((port, i) =>
  TRADES.map((trade, j) => ({
    id: `port-${i}-${j}.txt`,
    title: `À ${port}, ${trade} réclament un plan d’aide après ${3 + ((i + j) % 9)} mois de baisse d’activité`,
    body: [
      `Réunis lundi soir dans la salle des fêtes de ${port}, ${trade} ont voté à main levée une motion adressée à la préfecture maritime et au conseil régional.`,
      `Selon leur porte-parole, le chiffre d’affaires du secteur a reculé de ${10 + i + j} % depuis le printemps, une chute que personne n’avait connue depuis la tempête de 1999.`,
      `« On ne demande pas la charité, on demande de quoi tenir jusqu’à la saison prochaine », résume un patron installé sur le quai depuis ${12 + j} ans.`,
      `La préfecture a promis une réponse écrite avant la fin du mois, tandis que la mairie propose déjà de reporter le paiement des redevances portuaires de l’année en cours.`,
    ],
  })),
);

const textOf = (bytes: Uint8Array): string => {
  const d = decode(bytes);
  return d.ok ? d.value.text.replace(/\r\n/g, '\n') : '';
};
const wordCount = (l: string): number => l.split(/\s+/).filter(Boolean).length;

describe('unseen-sites v3 evaluation set (frozen)', () => {
  const set = generateUnseenV3(POOL);

  it('gives the same bytes for a seed and another set for another seed', () => {
    const again = generateUnseenV3(POOL);
    expect(again.manifest).toEqual(set.manifest);
    expect(again.files.map((f) => createHash('md5').update(f.bytes).digest('hex'))).toEqual(set.files.map((f) => createHash('md5').update(f.bytes).digest('hex')));
    expect(generateUnseenV3(POOL, FROZEN_SEED_V3 + 7).manifest).not.toEqual(set.manifest);
  });

  it('stays frozen: templates, wordings and draws give the bytes they gave when the set was frozen', () => {
    const h = createHash('sha256');
    for (const f of set.files) h.update(f.name).update(f.bytes);
    // Changing this digest changes the frozen set: write a v4 instead (see scripts/unseen-sites-v3.ts).
    expect(h.digest('hex').slice(0, 16)).toBe('59876947dd08058c');
  });

  it('accounts for every file, with the truth written into the file', () => {
    expect(set.manifest.map((m) => m.file)).toEqual(set.files.map((f) => f.name));
    expect(new Set(set.files.map((f) => f.name)).size).toBe(set.files.length);
    expect(set.files.length).toBeGreaterThan(280);
    expect(SITES_V3.length).toBe(12);
    for (const [i, m] of set.manifest.entries()) {
      if (m.kind === 'junk') continue;
      const text = textOf(set.files[i]!.bytes);
      for (const line of [...m.body, ...m.chrome, ...m.meta]) expect(text, m.file).toContain(line);
      if (m.kind === 'chrome-only') {
        expect([m.body, m.meta, m.title]).toEqual([[], [], null]);
        continue;
      }
      // Headlines may be shown in capitals or with a suffix: compare case-blind.
      expect(text.toLocaleLowerCase('fr').includes(m.title!.toLocaleLowerCase('fr')), m.file).toBe(m.headline);
      if (m.author) expect(text).toContain(m.author);
      if (m.translatedCredit) expect(text).not.toContain(m.outlet!);
    }
    const count = (keep: (m: UnseenEntry) => boolean): number => set.manifest.filter(keep).length;
    expect(count((m) => m.kind === 'chrome-only')).toBeGreaterThanOrEqual(6);
    expect(count((m) => m.kind === 'junk')).toBeGreaterThanOrEqual(6);
    expect(count((m) => m.translatedCredit)).toBeGreaterThanOrEqual(25);
    expect(count((m) => m.lookalike)).toBeGreaterThanOrEqual(20);
    expect(count((m) => m.kind === 'article' && !m.headline)).toBeGreaterThanOrEqual(15);
    expect(new Set(set.manifest.map((m) => m.encoding)).size).toBeGreaterThanOrEqual(6);
    for (const site of SITES_V3) {
      const lines = set.manifest.filter((m) => m.site === site.id).flatMap((m) => m.chrome);
      expect(lines.some((l) => wordCount(l) >= 25 && wordCount(l) <= 60), site.id).toBe(true);
    }
  });

  it('follows v2’s outlet convention, named per file by its evidence', () => {
    // v3 let an uncredited page keep a byline on any site (the rule came with v4).
    expectOutletConvention(set.manifest, SITES_V3, { bylinedWithoutCredit: ['bare', ...SITES_V3.map((s) => s.id)] });
  });

  it('scores a perfect ingest at 100 %, and sees a wrong outlet, a derived title and a kept chrome-only page', () => {
    const { manifest } = set;
    const good = scoreUnseen(manifest, perfect(manifest)).scores;
    for (const k of FULL_MARKS) {
      expect(good[k].value, k).toBe(1);
    }
    expect(good.leak.value).toBe(0);
    expect(good.republisher?.value).toBe(1);

    const bad = perfect(manifest);
    const arts = bad.articles as UnseenResult['articles'][number][];
    const look = manifest.find((m) => m.lookalike && m.kind === 'article' && m.outlet !== null)!;
    const at = arts.findIndex((a) => a.files.some((f) => f.path === look.file));
    // the look-alike name mapped to the outlet it begins like, and the lead's first sentence taken for the headline
    arts[at] = {
      ...arts[at]!,
      title: arts[at]!.paragraphs[0]!.split(', ')[0]!,
      files: arts[at]!.files.map((f) => (f.path === look.file ? { ...f, outlet: look.outlet!.split(' ').slice(0, 2).join(' ') } : f)),
    };
    const page = manifest.find((m) => m.kind === 'chrome-only')!;
    arts.push({ title: page.chrome[0]!, storyId: page.file, author: null, publishedAt: null, paragraphs: page.chrome.slice(1), files: [{ path: page.file, outlet: null }] });
    const s = scoreUnseen(manifest, { articles: arts, rejected: bad.rejected.filter((r) => r.path !== page.file) }).scores;
    expect(s.accounted.value).toBe(1);
    expect(s.lookalike.hit).toBe(s.lookalike.total - 1);
    expect(s.outlet.hit).toBe(s.outlet.total - 1);
    expect(s.title.total - s.title.hit).toBe(arts[at]!.files.length);
    expect(s.chromeOnlyRejected.hit).toBe(s.chromeOnlyRejected.total - 1);
    expect(s.leak.hit).toBe(new Set(page.chrome.slice(1)).size);
  });
});
