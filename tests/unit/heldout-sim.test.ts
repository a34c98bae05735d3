import { describe, expect, it } from 'vitest';
import {
  DEV_TEMPLATES,
  HOLD_TEMPLATES,
  cleanSource,
  encodeText,
  failures,
  scoreSim,
  simulateSet,
  type Encoding,
  type SimEntry,
  type SimResult,
  type Source,
} from '../../scripts/simulate-heldout.ts';
import { decode } from '../../src/ingest/decode.ts';

/** Invented articles (no corpus text): a title and four paragraphs each. */
const CITIES = ['Namur', 'Liège', 'Mons', 'Charleroi', 'Arlon', 'Wavre', 'Tournai', 'Hasselt', 'Louvain', 'Gand', 'Bruges', 'Ypres'];
const SOURCES: Source[] = CITIES.map((city, i) => ({
  id: `src-${i}.txt`,
  title: `${city} : les commerçants du centre dressent le bilan d’une année difficile`,
  body: [
    `Les commerçants de ${city} ont présenté jeudi le bilan d’une année marquée par les travaux et la baisse de la fréquentation du centre-ville.`,
    `Selon l’association des commerçants de ${city}, le chiffre d’affaires a reculé de près de douze pour cent sur l’ensemble de l’année écoulée.`,
    `La Ville promet un plan de soutien au printemps, avec des places de parking gratuites le samedi et une campagne de promotion régionale.`,
    `Les responsables de l’association de ${city} jugent ces mesures trop tardives mais se disent prêts à discuter avec le collège communal.`,
  ],
  outlet: i % 3 === 0 ? null : 'La DH',
  dupGroup: `g:src-${i}`,
}));
const TITLES = SOURCES.map((s) => s.title);

/** The result a perfect ingest would give: one article per dup group, expected fields, expected body. */
function perfect(manifest: readonly SimEntry[]): SimResult {
  const groups = new Map<string, SimEntry[]>();
  for (const m of manifest) groups.set(m.source, [...(groups.get(m.source) ?? []), m]);
  return {
    articles: [...groups.values()].map((copies) => {
      const shown = [...copies].sort((a, b) => b.body.length - a.body.length)[0]!;
      return {
        title: shown.title,
        author: copies.find((c) => c.author !== null)?.author ?? null,
        publishedAt: copies.find((c) => c.publishedAt !== null)?.publishedAt ?? null,
        paragraphs: shown.body,
        storyId: shown.file,
        files: [shown, ...copies.filter((c) => c !== shown)].map((c) => ({ path: c.file, outlet: c.template === 'bare' ? null : c.outlet })),
      };
    }),
    rejected: [],
  };
}

describe('held-out simulator', () => {
  it('takes the clean title and body, drops Source lines, skips files that may end with a signature', () => {
    const text = `Titre du jour\n\n${SOURCES[0]!.body.join('\n\n')}\n\nSource : La DH\n`;
    expect(cleanSource('a.txt', text, 'Titre du jour', 'La DH', 'g')).toMatchObject({ body: SOURCES[0]!.body });
    expect(cleanSource('b.txt', `${text}Lyès Menacer\n`, 'Titre du jour', null, 'g')).toBeNull();
  });

  it.each(['utf-8', 'utf-8-bom', 'cp1252', 'utf-16le-bom', 'utf-8-crlf', 'cp1252-crlf', 'mojibake'] as Encoding[])(
    'writes %s that the ingest decodes back to the same text',
    (encoding) => {
      const text = 'Élysée : « Ça suffit ! » – 15 € d’aide, cœur et œuvre.\nDeuxième ligne\n';
      const { bytes } = encodeText(text, encoding);
      const decoded = decode(bytes);
      expect(decoded.ok).toBe(true);
      if (decoded.ok) expect(decoded.value.text.replace(/\r\n/g, '\n')).toBe(text);
    },
  );

  it('falls back to UTF-8 when the text does not fit in cp1252', () => {
    expect(encodeText('Ligne avec ⏱ une icône\n', 'cp1252').encoding).toBe('utf-8-bom');
  });

  it('wraps every article in a template, records the injected lines and the expected fields, deterministically', () => {
    for (const templates of [DEV_TEMPLATES, HOLD_TEMPLATES]) {
      const a = simulateSet(SOURCES, templates, 7, TITLES);
      const b = simulateSet(SOURCES, templates, 7, TITLES);
      expect(a.manifest).toEqual(b.manifest);
      expect(a.files.length).toBeGreaterThanOrEqual(SOURCES.length);
      for (const [i, m] of a.manifest.entries()) {
        const decoded = decode(a.files[i]!.bytes);
        expect(decoded.ok).toBe(true);
        const text = decoded.ok ? decoded.value.text : '';
        for (const p of m.body) expect(text).toContain(p);
        for (const line of [...m.chrome, ...m.meta]) expect(text).toContain(line);
        if (m.template !== 'bare') expect(m.chrome.length).toBeGreaterThan(2);
        if (m.author) expect(text).toContain(m.author);
      }
    }
  });

  it('scores a perfect ingest at every target, and sees leaked chrome, lost words and repeats', () => {
    const { manifest } = simulateSet(SOURCES, DEV_TEMPLATES, 3, TITLES);
    const good = scoreSim(manifest, perfect(manifest));
    expect(failures(good.scores)).toEqual([]);
    expect(good.scores.leak.value).toBe(0);
    expect(good.scores.bodyRecall.value).toBe(1);

    const bad = perfect(manifest);
    const first = bad.articles[0]!;
    const entry = manifest.find((m) => m.file === first.files[0]!.path)!;
    const leakedLine = entry.chrome[0] ?? 'PUBLICITÉ';
    (bad.articles as SimResult['articles'][number][])[0] = {
      ...first,
      paragraphs: [...first.paragraphs.slice(1), first.paragraphs[1]!, leakedLine],
      author: 'Quelqu’un d’autre',
    };
    const s = scoreSim(manifest, bad).scores;
    expect(s.leak.hit).toBe(entry.chrome.length > 0 ? 1 : 0);
    expect(s.bodyRecall.value).toBeLessThan(1);
    expect(s.repeats).toBe(1);
    expect(s.author.hit).toBe(s.author.total - 1);
  });
});
