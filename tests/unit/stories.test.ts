import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupStories, MAX_STORY_GAP_HOURS, type StoryInput } from '../../src/ingest/stories.ts';

const SAMPLES = join(import.meta.dirname, '../../content/articles');

/** The five shipped samples with a crude split: first non-empty line = title, the others = paragraphs. */
function samples(): StoryInput[] {
  return readdirSync(SAMPLES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const lines = readFileSync(join(SAMPLES, f), 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l.length > 0);
      return { title: lines[0]!, paragraphs: lines.slice(1), publishedAt: null };
    });
}

function storyOf(groups: number[][], i: number): number[] {
  return groups.find((g) => g.includes(i))!;
}

function checkShape(groups: number[][], n: number): void {
  expect(groups.flat().sort((x, y) => x - y)).toEqual([...Array(n).keys()]);
  for (const g of groups) expect(g).toEqual([...g].sort((x, y) => x - y));
  const firsts = groups.map((g) => g[0]!);
  expect(firsts).toEqual([...firsts].sort((x, y) => x - y));
}

// Our own short reports (headline + lead), two events in one city on the same day.
const FIRE_A: StoryInput = {
  title: 'Incendie dans un entrepôt de Vénissieux : 80 pompiers mobilisés',
  paragraphs: ['Un violent incendie a ravagé dans la nuit un entrepôt de pneus de la zone industrielle de Vénissieux, près de Lyon. Quelque 80 pompiers ont été mobilisés, selon la préfecture du Rhône.'],
  publishedAt: '2025-03-04T07:10:00+01:00',
};
const FIRE_B: StoryInput = {
  title: 'Vénissieux : un entrepôt de pneus détruit par les flammes',
  paragraphs: ['La préfecture du Rhône demande aux habitants de Vénissieux de fermer leurs fenêtres après l’incendie d’un entrepôt de pneus. Les 80 pompiers engagés ont circonscrit le feu au petit matin.'],
  publishedAt: '2025-03-04T09:45:00+01:00',
};
const TRAM: StoryInput = {
  title: 'Lyon : la ligne T10 du tramway mise en service samedi',
  paragraphs: ['La nouvelle ligne T10 reliera la gare de Vénissieux au quartier de Gerland. Le Sytral annonce une fréquence de huit minutes aux heures de pointe.'],
  publishedAt: '2025-03-04T11:00:00+01:00',
};

describe('groupStories', () => {
  it('groups the samples by event, not by topic (all five are about Iranian drones for Russia)', () => {
    const items = samples();
    expect(items).toHaveLength(5);
    const groups = groupStories(items);
    checkShape(groups, 5);
    // 001 and 002: the Washington Post report of an assembly deal
    expect(storyOf(groups, 1)).toContain(2);
    // 000 and 004: the White House statement on a defence partnership (John Kirby, Barbara Woodward)
    expect(storyOf(groups, 0)).toContain(4);
    // 003: Blinken on more drones, another event
    expect(storyOf(groups, 3)).toEqual([3]);
    expect(storyOf(groups, 0)).not.toContain(1);
  });

  it('keeps the sample grouping whatever the input order', () => {
    const items = samples();
    const order = [4, 2, 0, 3, 1];
    const groups = groupStories(order.map((i) => items[i]!)).map((g) => g.map((k) => order[k]!).sort());
    expect(groups).toContainEqual([0, 4]);
    expect(groups).toContainEqual([1, 2]);
    expect(groups).toContainEqual([3]);
  });

  it('puts two outlets’ reports of one fire together, not the tram opening in the same town', () => {
    const groups = groupStories([FIRE_A, TRAM, FIRE_B]);
    expect(groups).toEqual([[0, 2], [1]]);
  });

  it('never joins articles dated further apart than the maximum gap', () => {
    const later = new Date(Date.parse(FIRE_A.publishedAt!) + (MAX_STORY_GAP_HOURS + 24) * 3600_000).toISOString();
    const groups = groupStories([FIRE_A, TRAM, { ...FIRE_B, publishedAt: later }]);
    expect(groups).toEqual([[0], [1], [2]]);
    // unknown dates do not separate
    expect(groupStories([FIRE_A, TRAM, { ...FIRE_B, publishedAt: null }])).toEqual([[0, 2], [1]]);
  });

  it('does not chain: an article close to a story member but unrelated to the rest stays out', () => {
    // A and B share five rare words; B and C share one (similar enough for a single-link chain),
    // A and C share none. Fillers give the rare words a meaningful idf.
    const X = ['kalorin', 'mirvent', 'tusquel', 'balvore', 'quentis', 'zephalo'];
    const Y = ['orvinet', 'plasetu', 'drumola', 'vexidar', 'sarnelo', 'fokalim'];
    const a: StoryInput = { title: '', paragraphs: [X.join(' ')], publishedAt: null };
    const b: StoryInput = { title: '', paragraphs: [[...X.slice(0, 5), Y[0]].join(' ')], publishedAt: null };
    const c: StoryInput = { title: '', paragraphs: [Y.join(' ')], publishedAt: null };
    const fillers: StoryInput[] = Array.from({ length: 10 }, (_, i) => ({
      title: '',
      paragraphs: [Array.from({ length: 6 }, (_, k) => `remplissage${i}mot${k}`).join(' ')],
      publishedAt: null,
    }));
    const groups = groupStories([a, b, c, ...fillers]);
    expect(storyOf(groups, 0)).toEqual([0, 1]);
    expect(storyOf(groups, 2)).toEqual([2]);
  });

  it('handles empty input and empty articles', () => {
    expect(groupStories([])).toEqual([]);
    expect(groupStories([{ title: '', paragraphs: [], publishedAt: null }, FIRE_A])).toEqual([[0], [1]]);
  });
});

describe('dates and clock times in titles', () => {
  it('do not make one story of a day\'s programme listings ("La bourse du 02/12/2025 à 13h")', () => {
    const listings = [
      'La bourse du 02/12/2025 à 13h',
      'Le journal de 13h du 02/12/2025',
      'Le grand débat des auditeurs - 02/12/2025 à 13h',
      'La revue de presse du 02/12/2025',
    ].map((title) => ({ title, paragraphs: [], publishedAt: null }));
    const others = [
      'Le pape Léon XIV appelle au dialogue à Beyrouth devant les jeunes Libanais',
      'Budget de la Sécurité sociale : le Sénat rejette le texte en nouvelle lecture',
      'Tempête Amy : des rafales à 120 km/h attendues sur la façade atlantique',
      'Ligue des champions : le PSG s’impose à Londres et file en huitièmes',
      'Grippe aviaire : le niveau de risque relevé à « élevé » dans tout le pays',
      'Incendie d’une usine chimique près de Rouen : les riverains inquiets',
    ].map((title) => ({ title, paragraphs: [], publishedAt: null }));
    const groups = groupStories([...listings, ...others]);
    for (const g of groups) expect(g.filter((i) => i < listings.length).length, JSON.stringify(g)).toBeLessThanOrEqual(1);
  });
});
