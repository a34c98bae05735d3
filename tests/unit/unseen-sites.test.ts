import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FROZEN_SEED, SITES, cleanArticle, generateUnseen, type UnseenSource } from '../../scripts/unseen-sites.ts';
import { lineLeaked, scoreUnseen, type UnseenEntry, type UnseenResult } from '../../src/eval/unseen-sites.ts';
import { decode } from '../../src/ingest/decode.ts';

/** Invented articles (no corpus text), enough for every site of the set. */
const TOWNS = ['Namur', 'Arlon', 'Dinant', 'Vesoul', 'Millau', 'Auch', 'Figeac', 'Redon', 'Lannion', 'Morlaix', 'Cahors', 'Rodez', 'Tulle', 'Guéret', 'Mende', 'Privas', 'Digne', 'Gap'];
const TOPICS = ['le marché couvert', 'la piscine municipale', 'la ligne de bus', 'le festival d’été', 'la maison de santé', 'le pont de la gare', 'la médiathèque', 'la zone artisanale', 'le stade', 'la halte-garderie', 'le camping', 'la fromagerie', 'le lycée agricole', 'la voie verte', 'la caserne', 'le cinéma', 'la fonderie', 'le port de plaisance'];
const POOL: UnseenSource[] = TOWNS.flatMap((town, i) =>
  TOPICS.map((topic, j) => ({
    id: `src-${i}-${j}.txt`,
    title: `À ${town}, ${topic} ferme ses portes pendant ${3 + ((i + j) % 9)} semaines`,
    body: [
      `Les habitants de ${town} devront patienter : ${topic} restera fermé pendant les travaux annoncés lundi par la mairie, au grand dam des usagers réguliers.`,
      `Selon l’adjoint chargé des travaux, le chantier coûtera ${120 + i * 7 + j}000 euros, financés pour moitié par le département et pour moitié par la commune.`,
      `Une réunion publique est prévue le ${1 + ((i * 3 + j) % 27)} du mois prochain pour présenter le calendrier et répondre aux questions des riverains inquiets.`,
      `Les commerçants voisins craignent une baisse de fréquentation et demandent des aménagements de stationnement pendant toute la durée des travaux à ${town}.`,
    ],
  })),
);

function textOf(bytes: Uint8Array): string {
  const d = decode(bytes);
  return d.ok ? d.value.text.replace(/\r\n/g, '\n') : '';
}

/** The result a perfect ingest would give: one article per dup group, every expected field, junk and chrome-only pages rejected. */
function perfect(manifest: readonly UnseenEntry[]): UnseenResult {
  const groups = new Map<string, UnseenEntry[]>();
  for (const m of manifest) if (!m.expectReject) groups.set(m.dup_group, [...(groups.get(m.dup_group) ?? []), m]);
  return {
    articles: [...groups.values()].map((copies) => {
      const shown = [...copies].sort((a, b) => b.body.length - a.body.length)[0]!;
      return {
        title: shown.title!,
        storyId: shown.file,
        author: copies.find((c) => c.author !== null)?.author ?? null,
        publishedAt: copies.find((c) => c.publishedAt !== null)?.publishedAt ?? null,
        paragraphs: shown.body,
        files: [shown, ...copies.filter((c) => c !== shown)].map((c) => ({ path: c.file, outlet: c.outlet, republisher: c.republisher })),
      };
    }),
    rejected: manifest.filter((m) => m.expectReject).map((m) => ({ path: m.file, reason: m.kind })),
  };
}

describe('unseen-sites evaluation set (frozen)', () => {
  const set = generateUnseen(POOL);

  it('is deterministic for a seed, and another seed gives another set', () => {
    const again = generateUnseen(POOL);
    expect(again.manifest).toEqual(set.manifest);
    expect(again.files.map((f) => Buffer.from(f.bytes).toString('base64'))).toEqual(set.files.map((f) => Buffer.from(f.bytes).toString('base64')));
    expect(generateUnseen(POOL, FROZEN_SEED + 1).manifest).not.toEqual(set.manifest);
  });

  it('stays frozen: the templates, wordings and draws give the same bytes as when the set was frozen', () => {
    const h = createHash('sha256');
    for (const f of set.files) h.update(f.name).update(f.bytes);
    // Changing this digest means changing the frozen set: write a new set instead (see scripts/unseen-sites.ts).
    expect(h.digest('hex').slice(0, 16)).toBe('e6f511063f96fe7a');
  });

  it('accounts for every file in the manifest, with the truth written into the file', () => {
    expect(set.manifest.map((m) => m.file)).toEqual(set.files.map((f) => f.name));
    expect(new Set(set.files.map((f) => f.name)).size).toBe(set.files.length);
    expect(SITES.length).toBeGreaterThanOrEqual(12);
    expect(new Set(SITES.map((s) => s.lang))).toEqual(new Set(['fr', 'en']));
    for (const [i, m] of set.manifest.entries()) {
      if (m.kind === 'junk') continue;
      const text = textOf(set.files[i]!.bytes);
      for (const line of [...m.body, ...m.chrome, ...m.meta]) expect(text).toContain(line);
      if (m.kind === 'chrome-only') {
        expect(m.body).toEqual([]);
        continue;
      }
      expect(text.includes(m.title!)).toBe(m.headline);
      if (m.author) expect(text).toContain(m.author);
      // A machine-translated credit names the outlet in other words; the canonical name is not in the file.
      if (m.translatedCredit) expect(text).not.toContain(m.outlet!);
      if (m.republisher) expect(m.outlet).not.toBe(m.republisher);
    }
    const count = (keep: (m: UnseenEntry) => boolean): number => set.manifest.filter(keep).length;
    expect(count((m) => m.kind === 'chrome-only')).toBeGreaterThanOrEqual(4);
    expect(count((m) => m.kind === 'junk')).toBeGreaterThanOrEqual(4);
    expect(count((m) => m.translatedCredit)).toBeGreaterThanOrEqual(40);
    expect(count((m) => m.lookalike)).toBeGreaterThanOrEqual(20);
    expect(count((m) => m.kind === 'article' && !m.headline)).toBeGreaterThanOrEqual(10);
    expect(new Set(set.manifest.map((m) => m.encoding)).size).toBeGreaterThanOrEqual(5);
    // every site's template carries at least one long (25–60 words) chrome line
    for (const site of SITES) {
      const lines = set.manifest.filter((m) => m.site === site.id).flatMap((m) => m.chrome);
      expect(lines.some((l) => l.split(/\s+/).length >= 25 && l.split(/\s+/).length <= 60), site.id).toBe(true);
    }
  });

  it('keeps only clean corpus files whose first line is the title and whose body cannot end with a signature', () => {
    const body = POOL[0]!.body.join('\n\n');
    expect(cleanArticle('a.txt', `Titre\n\n${body}\n\nSource : Quelque part\n`, 'Titre')?.body).toEqual(POOL[0]!.body);
    expect(cleanArticle('b.txt', `Autre chose\n\n${body}\n`, 'Titre')).toBeNull();
    expect(cleanArticle('c.txt', `Titre\n\n${body}\n\nLéa Vidal\n`, 'Titre')).toBeNull();
  });

  it('scores a perfect ingest at 100 %, and sees wrong titles, outlets, leaks and kept chrome-only pages', () => {
    const { manifest } = set;
    const good = scoreUnseen(manifest, perfect(manifest)).scores;
    for (const k of ['accounted', 'title', 'titleHeadless', 'outlet', 'translated', 'lookalike', 'chromeOnlyRejected', 'junkRejected', 'author', 'date', 'bodyRecall', 'dupPrecision', 'dupRecall'] as const) {
      expect(good[k].value, k).toBe(1);
    }
    expect(good.republisher?.value).toBe(1);
    expect(good.leak.value).toBe(0);

    const bad = perfect(manifest);
    const translated = manifest.find((m) => m.translatedCredit)!;
    const arts = bad.articles as UnseenResult['articles'][number][];
    const at = arts.findIndex((a) => a.files.some((f) => f.path === translated.file));
    const shown = manifest.find((m) => m.file === arts[at]!.files[0]!.path)!;
    arts[at] = {
      ...arts[at]!,
      title: shown.chrome[0]!,
      paragraphs: [shown.chrome[0]!, ...arts[at]!.paragraphs],
      files: arts[at]!.files.map((f) => (f.path === translated.file ? { ...f, outlet: 'Le Monde Forain' } : f)),
    };
    // a chrome-only page taken for an article
    const page = manifest.find((m) => m.kind === 'chrome-only')!;
    const rejected = bad.rejected.filter((r) => r.path !== page.file);
    arts.push({ title: page.chrome[0]!, storyId: page.file, author: null, publishedAt: null, paragraphs: page.chrome, files: [{ path: page.file, outlet: null }] });
    const s = scoreUnseen(manifest, { articles: arts, rejected }).scores;
    expect(s.accounted.value).toBe(1);
    expect(s.title.total - s.title.hit).toBe(arts[at]!.files.length);
    expect(s.translated.hit).toBe(s.translated.total - 1);
    expect(s.outlet.hit).toBe(s.outlet.total - 1);
    expect(s.chromeOnlyRejected.hit).toBe(s.chromeOnlyRejected.total - 1);
    expect(s.leak.hit).toBe(1 + new Set(page.chrome).size);
  });

  it('counts a chrome line as leaked when a paragraph holds it or a sentence of it, not when the body itself says it', () => {
    const notice = 'Chaque vendredi, recevez gratuitement notre sélection des meilleurs articles de la semaine. Désinscription possible à tout moment.';
    expect(lineLeaked(notice, ['Un paragraphe.', notice], [])).toBe(true);
    expect(lineLeaked(notice, ['Chaque vendredi, recevez gratuitement notre sélection des meilleurs articles de la semaine.'], [])).toBe(true);
    expect(lineLeaked(notice, ['Un paragraphe sans rapport avec la lettre.'], [])).toBe(false);
    expect(lineLeaked('Publicité', ['Publicité'], ['Publicité'])).toBe(false);
    // the masthead leaked is the masthead's leak, not the copyright line's that names the site too
    const injected = new Set(['LE FIL ROUGE HEBDO', 'Tous droits réservés © Le Fil Rouge Hebdo 2019']);
    expect(lineLeaked('Tous droits réservés © Le Fil Rouge Hebdo 2019', ['LE FIL ROUGE HEBDO'], [], injected)).toBe(false);
    expect(lineLeaked('LE FIL ROUGE HEBDO', ['LE FIL ROUGE HEBDO'], [], injected)).toBe(true);
  });
});
