import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FROZEN_SEED_V2, SITES_V2, generateUnseenV2 } from '../../scripts/unseen-sites-v2.ts';
import { generateUnseen, type UnseenSource } from '../../scripts/unseen-sites.ts';
import { scoreUnseen, type UnseenEntry, type UnseenResult } from '../../src/eval/unseen-sites.ts';
import { decode } from '../../src/ingest/decode.ts';
import { rightAnswer as flawless, FULL_MARKS } from './unseen-answers.ts';

/** Invented articles (no corpus text): enough for v1's draw and v2's own slice beside it. */
const VALLEYS = ['Ubaye', 'Vésubie', 'Maurienne', 'Tarentaise', 'Queyras', 'Ossau', 'Aspe', 'Lauragais', 'Morvan', 'Livradois', 'Aubrac', 'Margeride', 'Bugey', 'Chablais', 'Vercors', 'Trièves', 'Diois', 'Baronnies', 'Cerdagne', 'Couserans', 'Barousse', 'Comminges', 'Ternois', 'Thiérache'];
const PLANS = ['une coopérative laitière', 'un réseau de covoiturage', 'une école de musique', 'un atelier de réparation de vélos', 'une épicerie solidaire', 'un centre de soins', 'une ressourcerie', 'une navette scolaire', 'une scierie communale', 'un tiers-lieu', 'une radio associative', 'un marché de producteurs', 'une crèche parentale', 'un refuge de montagne', 'une bibliothèque itinérante', 'un jardin partagé', 'une micro-brasserie', 'un gîte d’étape', 'une fromagerie d’alpage', 'un chantier d’insertion', 'une piste cyclable', 'un cinéma itinérant', 'une halle couverte', 'un moulin restauré', 'une maison des associations'];
const POOL: UnseenSource[] = VALLEYS.flatMap((valley, i) =>
  PLANS.map((plan, j) => ({
    id: `inv-${i}-${j}.txt`,
    title: `Dans la vallée ${valley === 'Ubaye' ? 'de l’' : 'du '}${valley}, ${plan} voit le jour après ${2 + ((i * 5 + j) % 11)} ans d’attente`,
    body: [
      `Le projet porté par les habitants du ${valley} a reçu mardi le feu vert du conseil communautaire, après une longue série de réunions publiques souvent animées.`,
      `Le budget prévu atteint ${40 + i * 3 + j} mille euros, dont une partie viendra d’une souscription ouverte aux particuliers jusqu’à la fin de l’hiver prochain.`,
      `« Nous voulions un lieu qui serve vraiment à tout le monde », explique la présidente de l’association, qui espère ouvrir les portes avant le ${1 + ((i + j * 7) % 28)} juin.`,
      `Les élus voisins suivent l’expérience de près : plusieurs communes envisagent déjà de lancer ${plan} sur le même modèle dans les deux années qui viennent.`,
    ],
  })),
);

function textOf(bytes: Uint8Array): string {
  const d = decode(bytes);
  return d.ok ? d.value.text.replace(/\r\n/g, '\n') : '';
}

const words = (l: string): number => l.split(/\s+/).filter(Boolean).length;

describe('unseen-sites v2 evaluation set (frozen)', () => {
  const set = generateUnseenV2(POOL);

  it('is deterministic for a seed, and another seed gives another set', () => {
    const again = generateUnseenV2(POOL);
    expect(again.manifest).toEqual(set.manifest);
    expect(again.files.map((f) => Buffer.from(f.bytes).toString('hex'))).toEqual(set.files.map((f) => Buffer.from(f.bytes).toString('hex')));
    expect(generateUnseenV2(POOL, FROZEN_SEED_V2 + 1).manifest).not.toEqual(set.manifest);
  });

  it('stays frozen: templates, wordings and draws give the bytes they gave when the set was frozen', () => {
    const h = createHash('sha256');
    for (const f of set.files) h.update(f.name).update(f.bytes);
    // Changing this digest changes the frozen set: write a v3 instead (see scripts/unseen-sites-v2.ts).
    expect(h.digest('hex').slice(0, 16)).toBe('c27341e8e8c15dcc');
  });

  it('draws other articles than v1 when the pool has enough', () => {
    const v1 = new Set(generateUnseen(POOL).manifest.map((m) => m.source).filter((s) => s !== null));
    const v2 = set.manifest.map((m) => m.source).filter((s) => s !== null);
    expect(v2.length).toBeGreaterThan(150);
    expect(v2.filter((s) => v1.has(s))).toEqual([]);
  });

  it('accounts for every file, with the truth written into the file', () => {
    expect(set.manifest.map((m) => m.file)).toEqual(set.files.map((f) => f.name));
    expect(new Set(set.files.map((f) => f.name)).size).toBe(set.files.length);
    expect(SITES_V2.length).toBe(12);
    expect(new Set(SITES_V2.map((s) => s.lang))).toEqual(new Set(['fr', 'en']));
    for (const [i, m] of set.manifest.entries()) {
      if (m.kind === 'junk') continue;
      const text = textOf(set.files[i]!.bytes);
      for (const line of [...m.body, ...m.chrome, ...m.meta]) expect(text, m.file).toContain(line);
      if (m.kind === 'chrome-only') {
        expect(m.body).toEqual([]);
        continue;
      }
      expect(text.includes(m.title!), m.file).toBe(m.headline);
      if (m.author) expect(text).toContain(m.author);
      if (m.translatedCredit) expect(text).not.toContain(m.outlet!);
    }
    const count = (keep: (m: UnseenEntry) => boolean): number => set.manifest.filter(keep).length;
    expect(count((m) => m.kind === 'chrome-only')).toBeGreaterThanOrEqual(8);
    expect(count((m) => m.kind === 'junk')).toBeGreaterThanOrEqual(6);
    expect(count((m) => m.translatedCredit)).toBeGreaterThanOrEqual(30);
    expect(count((m) => m.lookalike)).toBeGreaterThanOrEqual(20);
    expect(count((m) => m.kind === 'article' && !m.headline)).toBeGreaterThanOrEqual(15);
    expect(new Set(set.manifest.map((m) => m.encoding)).size).toBeGreaterThanOrEqual(6);
    for (const site of SITES_V2) {
      const lines = set.manifest.filter((m) => m.site === site.id).flatMap((m) => m.chrome);
      expect(lines.some((l) => words(l) >= 25 && words(l) <= 60), site.id).toBe(true);
    }
  });

  it('follows one outlet convention, named per file by its evidence', () => {
    const byId = new Map(SITES_V2.map((s) => [s.id, s]));
    const articles = set.manifest.filter((m) => m.kind === 'article');
    for (const m of articles) {
      const site = byId.get(m.site);
      const evidence = m.outletEvidence;
      expect(evidence, m.file).toBeDefined();
      if (evidence === 'none') expect(m.outlet, m.file).toBeNull();
      else expect(m.outlet, m.file).not.toBeNull();
      // The site's own name is the outlet only where it shows its masthead and its staff's byline.
      if (evidence === 'masthead-byline') {
        expect([m.outlet, site?.attribution, m.republisher]).toEqual([site!.name, 'own', null]);
        expect(m.author).not.toBeNull();
      } else if (evidence !== 'none') {
        expect(m.republisher).toBe(site!.name);
        expect(m.outlet).not.toBe(site!.name);
      }
    }
    for (const e of ['credit', 'source-line', 'url-host', 'title-suffix', 'masthead-byline', 'none'] as const) {
      expect(articles.some((m) => m.outletEvidence === e), e).toBe(true);
    }
  });

  it('scores a flawless ingest at 100 %, and sees a wrong outlet, a wrong title and a kept chrome-only page', () => {
    const { manifest } = set;
    const good = scoreUnseen(manifest, flawless(manifest)).scores;
    for (const k of FULL_MARKS) {
      expect(good[k].value, k).toBe(1);
    }
    expect(good.leak.value).toBe(0);

    const bad = flawless(manifest);
    const arts = bad.articles as UnseenResult['articles'][number][];
    const translated = manifest.find((m) => m.translatedCredit)!;
    const at = arts.findIndex((a) => a.files.some((f) => f.path === translated.file));
    // the garbled name kept as written, and a sentence of the lead taken for the headline
    arts[at] = {
      ...arts[at]!,
      title: arts[at]!.paragraphs[0]!.split('. ')[0]!,
      files: arts[at]!.files.map((f) => (f.path === translated.file ? { ...f, outlet: 'The Evening Gazette' } : f)),
    };
    const page = manifest.find((m) => m.kind === 'chrome-only')!;
    arts.push({ title: page.chrome[0]!, storyId: page.file, author: null, publishedAt: null, paragraphs: page.chrome.slice(1), files: [{ path: page.file, outlet: null }] });
    const s = scoreUnseen(manifest, { articles: arts, rejected: bad.rejected.filter((r) => r.path !== page.file) }).scores;
    expect(s.accounted.value).toBe(1);
    expect(s.translated.hit).toBe(s.translated.total - 1);
    expect(s.outlet.hit).toBe(s.outlet.total - 1);
    expect(s.title.total - s.title.hit).toBe(arts[at]!.files.length);
    expect(s.chromeOnlyRejected.hit).toBe(s.chromeOnlyRejected.total - 1);
    expect(s.leak.hit).toBe(new Set(page.chrome.slice(1)).size);
  });
});
