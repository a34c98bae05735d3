/** The frozen unseen-sites v11 set: deterministic, every file accounted for, v2's outlet convention kept, a frozen digest, a scorer that sees wrong answers. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FROZEN_SEED_V11, SITES_V11, generateUnseenV11 } from '../../scripts/unseen-sites-v11.ts';
import type { UnseenSource } from '../../scripts/unseen-sites.ts';
import { scoreUnseen, type UnseenEntry, type UnseenResult } from '../../src/eval/unseen-sites.ts';
import { rightAnswer as perfectAnswer } from './unseen-answers.ts';

/** Invented articles (no corpus text): village markets, school canteens and ferry lines, and the quarrels about them. */
const PLACES = ['Pamiers', 'Guéret', 'Lannion', 'Dole', 'Millau', 'Figeac', 'Saintes', 'Fougères', 'Aurillac', 'Lunéville', 'Cognac', 'Menton', 'Vierzon', 'Redon', 'Privas'];
const SUBJECTS = ['le marché couvert', 'la cantine scolaire', 'la ligne de bac', 'la piscine municipale', 'le festival d’été', 'la maison de santé', 'la fête foraine', 'le cinéma associatif', 'la déchetterie', 'le camping municipal', 'la salle des fêtes', 'le chemin de halage', 'la crèche', 'la gare routière'];
const LEADS = [
  (p: string, s: string, n: number) => `Depuis ${n} jours, ${s} de ${p} fait l’objet d’une pétition lancée par un collectif d’habitants.`,
  (p: string, s: string, n: number) => `La mairie de ${p} a annoncé mardi que ${s} fermerait ses portes pendant ${n} semaines.`,
  (p: string, s: string, n: number) => `Les élus de ${p} se sont opposés pendant ${n} minutes sur l’avenir de ${s}, sans parvenir à trancher.`,
];
const VOICES = [
  (k: number) => `« Cela fait ${k} ans que nous demandons une solution durable », rappelle la présidente de l’association des usagers.`,
  (k: number) => `Un agent municipal raconte avoir reçu ${k} appels de parents inquiets depuis la rentrée.`,
  (k: number) => `Le maire promet une réunion publique et assure que ${k} devis sont à l’étude.`,
];
const NUMBERS = [
  (n: number) => `Le coût de la remise aux normes est évalué à ${n} mille euros, à partager avec la communauté de communes.`,
  (n: number) => `Selon la préfecture, ${n} foyers dépendent directement de ce service chaque semaine.`,
  (n: number) => `L’opposition a déposé ${n} amendements au budget pour financer une solution provisoire.`,
];
const ENDINGS = [
  (n: number) => `Une consultation en ligne reste ouverte jusqu’à la fin du mois, et ${n} contributions y ont déjà été déposées par les habitants.`,
  (n: number) => `Le dossier reviendra devant le conseil au printemps, après une expertise attendue dans ${n} semaines environ.`,
  (n: number) => `Les commerçants voisins ont prévu une réunion d’information samedi, avec ${n} places réservées aux riverains.`,
];
const POOL: UnseenSource[] = PLACES.flatMap((place, i) =>
  SUBJECTS.map((subject, j) => ({
    id: `village-${i}-${j}.txt`,
    title: `${place} : l’avenir de ${subject} divise encore, ${9 + 4 * i + j} mois après le premier vote`,
    body: [
      LEADS[(i + 2 * j) % 3]!(place, subject, 2 + 5 * i + 3 * j),
      VOICES[(i + j) % 3]!(3 + 2 * i + j),
      NUMBERS[(2 * i + j) % 3]!(40 + 3 * i + 7 * j),
      ENDINGS[(i + j * j) % 3]!(25 + 6 * i + 5 * j),
    ],
  })),
);

const DECODERS: Record<string, string> = { 'utf-16le-bom': 'utf-16le', cp1252: 'windows-1252', 'cp1252-crlf': 'windows-1252' };

/** A file's text, decoded from the encoding its manifest row names (the truth stands alone, without the ingest's decoder). */
function decoded(bytes: Uint8Array, encoding: string): string {
  const text = new TextDecoder(DECODERS[encoding] ?? 'utf-8').decode(bytes);
  return text.replace(/^\uFEFF/, '').replaceAll('\r\n', '\n');
}

describe('unseen-sites v11 evaluation set (frozen)', () => {
  const set = generateUnseenV11(POOL);
  const { manifest } = set;
  const bytes = new Map(set.files.map((f) => [f.name, f.bytes]));
  const textOf = (m: UnseenEntry): string => decoded(bytes.get(m.file)!, m.encoding);
  const articles = manifest.filter((m) => m.kind === 'article');
  const siteName = new Map(SITES_V11.map((s) => [s.id, s.name]));

  it('is the same set for its seed, and another set for another seed', () => {
    const twice = generateUnseenV11(POOL);
    expect(twice.manifest).toEqual(manifest);
    expect(twice.files.map((f) => f.name)).toEqual(set.files.map((f) => f.name));
    expect(generateUnseenV11(POOL, FROZEN_SEED_V11 + 7).manifest).not.toEqual(manifest);
  });

  it('is frozen: its files and truth hash to the recorded digest', () => {
    const hash = createHash('sha256');
    for (const f of set.files) hash.update(f.name).update(f.bytes);
    expect(hash.update(JSON.stringify(manifest)).digest('hex').slice(0, 16)).toBe('1c439151893983c3');
  });

  it('accounts for every file once: about 300 files, 12 sites, bare files, chrome-only pages and junk', () => {
    expect(manifest.map((m) => m.file)).toEqual(set.files.map((f) => f.name));
    expect(new Set(manifest.map((m) => m.file)).size).toBe(set.files.length);
    expect(set.files.length).toBeGreaterThan(270);
    expect(set.files.length).toBeLessThan(340);
    expect(SITES_V11).toHaveLength(12);
    expect(manifest.filter((m) => m.kind === 'chrome-only').map((m) => m.site).sort()).toEqual(SITES_V11.filter((s) => s.chromeOnlyPage).map((s) => s.id).sort());
    expect(manifest.filter((m) => m.kind === 'junk').length).toBeGreaterThanOrEqual(6);
    expect(manifest.filter((m) => m.site === 'bare')).toHaveLength(10);
    for (const m of manifest) expect(m.expectReject).toBe(m.kind !== 'article');
    for (const s of SITES_V11) expect(articles.filter((m) => m.site === s.id).length).toBeGreaterThanOrEqual(s.originals);
    expect(new Set(manifest.map((m) => m.encoding)).size).toBeGreaterThanOrEqual(6);
  });

  it('writes every paragraph, chrome and meta line it records, and a headline exactly where it says so', () => {
    for (const m of articles) {
      const lines = new Set(textOf(m).split('\n'));
      for (const line of [...m.body, ...m.chrome, ...m.meta]) expect(lines.has(line), `${m.file}: ${line}`).toBe(true);
      expect([...lines].some((l) => l.startsWith(m.title!)), m.file).toBe(m.headline);
    }
    for (const m of manifest.filter((x) => x.kind === 'chrome-only')) {
      expect(textOf(m).length).toBeGreaterThan(100);
      expect(m.body).toHaveLength(0);
    }
  });

  it('copies stories across sites and encodings, some copies without the headline another copy shows', () => {
    const groups = [...Map.groupBy(articles, (m) => m.dup_group).values()].filter((g) => g.length > 1);
    expect(groups.length).toBeGreaterThan(50);
    expect(groups.some((g) => new Set(g.map((m) => m.encoding)).size > 1)).toBe(true);
    expect(groups.filter((g) => g.some((m) => m.headline) && g.some((m) => !m.headline)).length).toBeGreaterThan(10);
  });

  it('keeps the v2 outlet convention in every file', () => {
    for (const m of articles) {
      if (m.outletEvidence === 'masthead-byline') {
        expect(m.outlet).toBe(siteName.get(m.site));
        expect(m.republisher).toBeNull();
        expect(m.author).not.toBeNull();
      } else if (m.outletEvidence === 'none') {
        expect(m.outlet).toBeNull();
        expect(m.republisher).toBeNull();
        // A republishing site shows a byline only beside a credit.
        expect(m.author).toBeNull();
      } else {
        expect(m.outlet).not.toBeNull();
        expect(m.outlet).not.toBe(siteName.get(m.site));
        expect(m.republisher).toBe(siteName.get(m.site));
      }
    }
    const evidence = new Set(articles.map((m) => m.outletEvidence));
    for (const e of ['credit', 'source-line', 'url-host', 'title-suffix', 'masthead-byline', 'none'] as const) expect(evidence.has(e), e).toBe(true);
  });

  it('translates credited names both ways, never beside the canonical name, and keeps look-alikes as written', () => {
    const translated = articles.filter((m) => m.translatedCredit);
    expect(translated.filter((m) => m.lang === 'en').length).toBeGreaterThan(3);
    expect(translated.filter((m) => m.lang === 'fr').length).toBeGreaterThan(3);
    for (const m of translated) expect(m.meta.join('\n')).not.toContain(m.outlet!);
    const lookalikes = articles.filter((m) => m.lookalike);
    expect(lookalikes.filter((m) => m.republisher !== null).length).toBeGreaterThan(5);
    // As written, up to French's contraction of the article ("du Temps d’Afrique").
    for (const m of lookalikes) expect(textOf(m)).toContain(m.outlet!.replace(/^(Le|La|The) /, ''));
  });

  it('shows dates in Paris winter time and expects them so', () => {
    const dated = articles.filter((m) => m.publishedAt !== null);
    expect(dated.length).toBeGreaterThan(articles.length / 2);
    for (const m of dated) expect(m.publishedAt).toMatch(/^(2018-1[12]|2019-0[1-3])-\d\dT\d\d:\d\d:00\+01:00$/);
  });

  it('gives a perfect answer full marks and sees wrong outlets, titles, leaked chrome and kept junk', () => {
    const perfect = perfectAnswer(manifest);
    const scores = scoreUnseen(manifest, perfect).scores;
    for (const k of ['accounted', 'title', 'outlet', 'translated', 'lookalike', 'chromeOnlyRejected', 'junkRejected'] as const) expect(scores[k].value, k).toBe(1);
    expect(scores.leak.value).toBe(0);

    const swapped: UnseenResult = {
      ...perfect,
      articles: perfect.articles.map((a) => ({ ...a, files: a.files.map((f) => ({ ...f, outlet: f.outlet === null ? 'Le Figaro' : null })) })),
    };
    expect(scoreUnseen(manifest, swapped).scores.outlet.value).toBe(0);

    const suffixed: UnseenResult = { ...perfect, articles: perfect.articles.map((a) => ({ ...a, title: `${a.title} – Toute l’actu` })) };
    expect(scoreUnseen(manifest, suffixed).scores.title.value).toBeLessThan(0.5);

    const rowOf = new Map(manifest.map((m) => [m.file, m]));
    const leaking: UnseenResult = {
      ...perfect,
      articles: perfect.articles.map((a) => ({ ...a, paragraphs: [...rowOf.get(a.files[0]!.path)!.chrome, ...a.paragraphs] })),
    };
    expect(scoreUnseen(manifest, leaking).scores.leak.value).toBeGreaterThan(0.5);

    const junkKept: UnseenResult = { ...perfect, rejected: perfect.rejected.filter((r) => r.reason !== 'junk') };
    expect(scoreUnseen(manifest, junkKept).scores.junkRejected.value).toBeLessThan(1);
  });
});
