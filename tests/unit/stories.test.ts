import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  groupStories,
  MAX_STORY_GAP_HOURS,
  mergeBar,
  MIN_LINK_RATIO,
  MIN_SHARED_TERMS,
  sharedTermsBar,
  similarityBar,
  storyVectors,
  dotShared,
  type StoryInput,
} from '../../src/ingest/stories.ts';
import { placeOfAdjective, stemWord } from '../../src/ingest/stem.ts';
import { headlineWords } from '../../src/ingest/story-terms.ts';
import { makeRng } from '../../scripts/rng.ts';

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

/**
 * Invented reports of other events (headline + lead), so that word frequencies mean something: with
 * three articles alone, idf cannot tell an event's words from the folder's common words.
 */
const OTHER_NEWS: StoryInput[] = [
  ['Grenoble : la passerelle du Drac fermée après la découverte d’une fissure', 'Les services de la métropole ont interdit l’accès à la passerelle piétonne, le temps d’une expertise.'],
  ['Tennis : Léa Martinon qualifiée pour les quarts de finale à Auckland', 'La Française s’est imposée en deux sets face à la tête de série numéro trois.'],
  ['Brest : le chantier naval recrute 200 soudeurs d’ici l’été', 'Le groupe a signé une commande de quatre navires ravitailleurs pour la marine.'],
  ['Budget : le Sénat adopte la réforme de la taxe foncière', 'Les sénateurs ont voté le texte en première lecture, contre l’avis du gouvernement.'],
  ['Météo : des chutes de neige attendues sur les Vosges', 'Météo-France place trois départements en vigilance jaune à partir de la nuit.'],
  ['Cinéma : le dernier film de Marion Dufresne dépasse le million d’entrées', 'La comédie s’installe en tête du box-office pour sa troisième semaine.'],
  ['Santé : l’hôpital de Quimper rouvre son service de maternité', 'Faute de sages-femmes, le service avait fermé ses portes pendant deux mois.'],
  ['Football : Toulouse s’impose à Lorient et remonte au classement', 'Un doublé de l’attaquant norvégien a suffi aux Violets pour l’emporter.'],
].map(([title, lead]) => ({ title: title!, paragraphs: [lead!], publishedAt: '2025-03-04T12:00:00+01:00' }));

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
    const groups = groupStories([FIRE_A, TRAM, FIRE_B, ...OTHER_NEWS]);
    expect(storyOf(groups, 0)).toEqual([0, 2]);
    expect(storyOf(groups, 1)).toEqual([1]);
    expect(groups).toHaveLength(OTHER_NEWS.length + 2);
  });

  it('never joins articles dated further apart than the maximum gap, unless worded nearly the same', () => {
    const later = new Date(Date.parse(FIRE_A.publishedAt!) + (MAX_STORY_GAP_HOURS + 24) * 3600_000).toISOString();
    const groups = groupStories([FIRE_A, TRAM, { ...FIRE_B, publishedAt: later }, ...OTHER_NEWS]);
    expect(storyOf(groups, 0)).toEqual([0]);
    expect(storyOf(groups, 2)).toEqual([2]);
    // unknown dates do not separate
    expect(storyOf(groupStories([FIRE_A, TRAM, { ...FIRE_B, publishedAt: null }, ...OTHER_NEWS]), 0)).toEqual([0, 2]);
    // the same report republished a week later (a reprise) stays with its first publication
    const reprise = { ...FIRE_A, title: `${FIRE_A.title} (mise à jour)`, publishedAt: later };
    expect(storyOf(groupStories([FIRE_A, TRAM, reprise, ...OTHER_NEWS]), 0)).toEqual([0, 2]);
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

  it('reads a megabyte of hyphenated words in linear time', () => {
    const started = performance.now();
    const groups = groupStories([{ title: 'xA-'.repeat(300_000), paragraphs: ['Ab-'.repeat(300_000)], publishedAt: null }, FIRE_A]);
    expect(groups).toEqual([[0], [1]]);
    expect(performance.now() - started).toBeLessThan(3000);
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

/** Headline-only items (no body, no date), as a feed or a sitemap gives them. */
function headlines(titles: readonly string[]): StoryInput[] {
  return titles.map((title) => ({ title, paragraphs: [], publishedAt: null }));
}

/** Every item is a story of its own (the message names the titles grouped by mistake). */
function expectAllApart(items: readonly StoryInput[]): void {
  for (const g of groupStories(items)) expect(g, JSON.stringify(g.map((i) => items[i]!.title))).toHaveLength(1);
}

describe('headline-only items', () => {
  it('groups one event told in other words, with or without accents, in French and in English', () => {
    const event = [
      'Grenoble : la passerelle du Drac fermée après la découverte de fissures',
      'GRENOBLE - Passerelle du Drac : fermeture apres la decouverte d’une fissure',
      'Fissures sur la passerelle du Drac à Grenoble : l’ouvrage fermé aux piétons',
    ];
    const english = ['Storm Ciaran: Brittany ferries cancelled as winds reach 150 km/h', 'Brittany ferries cancelled, winds of 150 km/h as Storm Ciaran hits'];
    const items = headlines([...event, ...english, ...OTHER_NEWS.map((o) => o.title).slice(1)]);
    const groups = groupStories(items);
    expect(storyOf(groups, 0)).toEqual([0, 1, 2]);
    expect(storyOf(groups, 3)).toEqual([3, 4]);
  });

  it('keeps apart events that share only a place and a topic word', () => {
    const items = headlines([
      'Nantes : un incendie ravage un entrepôt de la zone portuaire',
      'Nantes : le maire candidat à un second mandat aux municipales',
      'Nantes : la ligne 1 du tramway interrompue pour travaux',
      'Municipales à Brest : la liste écologiste dévoile son programme',
      'Municipales à Quimper : le maire sortant ne se représentera pas',
      'Incendie à Lorient : un chalutier détruit dans la nuit au port de pêche',
      ...OTHER_NEWS.map((o) => o.title),
    ]);
    expectAllApart(items);
  });

  it('does not count weekdays, months, years or the capital as evidence of one event', () => {
    const items = headlines([
      'Paris : marché de Noël samedi 14 décembre 2024 au Trocadéro',
      'Paris : concert gratuit samedi 14 décembre 2024 à la Villette',
      'Paris : braderie solidaire samedi 14 décembre 2024 à Belleville',
      'Saturday 14 December 2024 in Paris: the Christmas market opens',
      ...OTHER_NEWS.map((o) => o.title),
    ]);
    expectAllApart(items);
  });

  it('does not count a run of days before a month ("les 17, 18 et 19 avril") as evidence', () => {
    const items = headlines([
      'Vannes : nos idées de sorties pour les 17, 18 et 19 avril',
      'Lorient : les idées de sorties du 17 au 19 avril',
      'Sorties à Saint-Brieuc : le programme des 18 et 19 avril',
      'Concarneau : idées de balades pour les 18 ou 19 avril',
      ...OTHER_NEWS.map((o) => o.title),
    ]);
    expectAllApart(items);
  });

  it('meets a number written in words and the same number in digits ("trente", "30")', () => {
    const items = headlines([
      'Lannion : trente licenciements à l’abattoir',
      'Abattoir de Lannion : 30 salariés remerciés',
      // the same place and firm without the number: another event
      'Lannion : l’abattoir rouvre après des travaux',
      'Dinan : vingt logements sociaux livrés',
      '20 logements inaugurés à Dinan',
      ...OTHER_NEWS.map((o) => o.title),
    ]);
    const groups = groupStories(items);
    expect(storyOf(groups, 0)).toEqual([0, 1]);
    expect(storyOf(groups, 3)).toEqual([3, 4]);
  });

  it('asks a lower cosine of two headlines that share four or more distinct terms', () => {
    const items = headlines([
      'Judo : Agbégnénou sacrée à Montréal, Dicko battue en demie',
      'Grand Chelem de Montréal : Agbégnénou sacrée, la Française enchaîne un cinquième titre en judo',
      ...OTHER_NEWS.map((o) => o.title),
    ]);
    expect(storyOf(groupStories(items), 0)).toEqual([0, 1]);
    expect(sharedTermsBar(0.4, MIN_SHARED_TERMS)).toBe(0.4);
    expect(sharedTermsBar(0.4, MIN_SHARED_TERMS + 1)).toBeLessThan(0.4);
    expect(sharedTermsBar(0.4, MIN_SHARED_TERMS + 2)).toBeLessThan(sharedTermsBar(0.4, MIN_SHARED_TERMS + 1));
    // never below half the bar, and not at all for two full articles (they share dozens of terms whatever the event)
    expect(sharedTermsBar(0.4, 50)).toBeCloseTo(0.2);
    expect(sharedTermsBar(0.1, 50, 40, 40)).toBe(0.1);
  });

  it('counts a full name once: two headlines on one person and one common word are not one event', () => {
    const items = headlines([
      'Marion Dufresne présente ses propositions sur le logement étudiant',
      'Marion Dufresne reçoit les propositions des maires ruraux sur les écoles',
      // the same person and the same event: the name and two more words
      'Logement étudiant : Marion Dufresne détaille ses propositions',
      ...OTHER_NEWS.map((o) => o.title),
    ]);
    const groups = groupStories(items);
    expect(storyOf(groups, 1)).toEqual([1]);
    expect(storyOf(groups, 0)).toEqual([0, 2]);
  });

  it('groups two headlines naming the same two people and little else', () => {
    const items = headlines([
      'Football : Léa Martinon tout proche du Stade Rennais',
      'Léa Martinon aurait dit oui au Stade Rennais',
      ...OTHER_NEWS.map((o) => o.title),
    ]);
    expect(storyOf(groupStories(items), 0)).toEqual([0, 1]);
  });

  it('meets a place and its people’s adjective ("Italie", "italiennes")', () => {
    const items = headlines([
      'Inondations en Italie : Venise sous les eaux, la place Saint-Marc évacuée',
      'Venise : la place Saint-Marc évacuée, les inondations italiennes s’aggravent',
      ...OTHER_NEWS.map((o) => o.title),
    ]);
    expect(storyOf(groupStories(items), 0)).toEqual([0, 1]);
  });
});

describe('stems', () => {
  it('fold inflections and accents onto one stem', () => {
    expect(stemWord('détruites')).toBe(stemWord('detruit'));
    expect(stemWord('manifestations')).toBe(stemWord('manifestation'));
    expect(stemWord('grève')).toBe(stemWord('greves'));
    expect(stemWord('élections')).toBe(stemWord('election'));
    expect(stemWord('retraite')).not.toBe(stemWord('retard'));
  });

  it('keep a word too long to be French whole, without reading it through the stemmer', () => {
    const glued = 'manifestations'.repeat(100_000);
    const started = performance.now();
    expect(stemWord(glued)).toBe(glued);
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('fold a people’s adjective onto its place, but not short words', () => {
    expect(stemWord('iranienne')).toBe(stemWord('Iran'.toLowerCase()));
    expect(stemWord('ukrainiens')).toBe(stemWord('ukraine'));
    expect(stemWord('chinoise')).toBe(stemWord('chine'));
    expect(placeOfAdjective('chien')).toBe('chien');
    expect(placeOfAdjective('palais')).toBe('palais');
  });
});

describe('bars', () => {
  it('ask more of short texts than of long ones, and more of one pair than of two stories', () => {
    expect(similarityBar(6, 6)).toBeGreaterThan(similarityBar(30, 30));
    expect(similarityBar(30, 30)).toBeGreaterThan(similarityBar(200, 200));
    // a headline against a full article sits between the two
    expect(similarityBar(6, 200)).toBeLessThan(similarityBar(6, 6));
    expect(similarityBar(6, 200)).toBeGreaterThan(similarityBar(200, 200));
    const bar = similarityBar(8, 8);
    expect(mergeBar(bar, 1, 1)).toBe(bar);
    expect(mergeBar(bar, 2, 3)).toBeLessThan(mergeBar(bar, 1, 2));
    expect(mergeBar(bar, 50, 50)).toBeCloseTo(bar * MIN_LINK_RATIO);
  });
});

/** Pseudo-words ("kavolu", "tresim"): syllables from a seeded generator, none a French word. */
function pseudoWords(count: number, rng: () => number): string[] {
  const syllables = ['ka', 'vo', 'lu', 'tre', 'sim', 'par', 'dol', 'mi', 'zen', 'bro', 'qua', 'fi', 'nor', 'gel', 'tus', 'ra'];
  const out = new Set<string>();
  while (out.size < count) {
    let w = '';
    const n = 2 + Math.floor(rng() * 3);
    for (let k = 0; k < n; k++) w += syllables[Math.floor(rng() * syllables.length)];
    out.add(w);
  }
  return [...out];
}

describe('scale', () => {
  it('groups 20,000 articles in seconds, without a quadratic blow-up or a giant story', () => {
    const rng = makeRng(7);
    const vocabulary = pseudoWords(30_000, rng);
    // Zipf-like draws: a few words everywhere (topic words), most words rare
    const word = (): string => vocabulary[Math.floor(vocabulary.length * rng() ** 3)]!;
    const sentence = (n: number): string => Array.from({ length: n }, word).join(' ');
    const start = Date.parse('2025-01-01T00:00:00Z');
    const events = Array.from({ length: 4000 }, () => sentence(6));
    const items: StoryInput[] = Array.from({ length: 20_000 }, () => {
      // most articles report one of the events (its six words) plus words of their own
      const event = rng() < 0.7 ? `${events[Math.floor(rng() * events.length)]} ` : '';
      return {
        title: `${event}${sentence(6)}`,
        paragraphs: rng() < 0.5 ? [sentence(60)] : [],
        publishedAt: new Date(start + rng() * 30 * 86_400_000).toISOString(),
      };
    });
    const started = performance.now();
    const groups = groupStories(items);
    const seconds = (performance.now() - started) / 1000;
    expect(seconds).toBeLessThan(10);
    checkShape(groups, items.length);
    const largest = Math.max(...groups.map((g) => g.length));
    // 4,000 events among 14,000 reports: about 3.5 reports each, and a few dozen at most
    expect(largest).toBeLessThan(60);
    expect(groups.filter((g) => g.length > 1).length).toBeGreaterThan(1000);
    // reports of one event spread over the month; no two are near copies (six shared words of twelve
    // or more), so no story may span more than the gap, whichever stage joined it
    const gap = MAX_STORY_GAP_HOURS * 3600_000;
    const spans = groups.map((g) => {
      const t = g.map((i) => Date.parse(items[i]!.publishedAt!));
      return Math.max(...t) - Math.min(...t);
    });
    expect(Math.max(...spans)).toBeLessThanOrEqual(gap);
  }, 30_000);

  it('needs one pair at the bar to join a story of longer texts: a report under it with every member stays out, however close on average', () => {
    const rng = makeRng(3);
    const vocabulary = pseudoWords(5_000, rng);
    const word = (): string => vocabulary[Math.floor(rng() * vocabulary.length)]!;
    const words = (n: number): string => Array.from({ length: n }, word).join(' ');
    const core = Array.from({ length: 6 }, word);
    // five reports naming the event's six words, one naming three of them among eight words of its own,
    // one naming two of them, each with a lead of its own (past a headline's length, where the
    // centroid pass does not apply); then a background that gives the words their rarity
    const items: StoryInput[] = Array.from({ length: 5 }, () => ({ title: `${core.join(' ')} ${words(1)}`, paragraphs: [words(14)], publishedAt: null }));
    items.push({ title: `${core.slice(0, 3).join(' ')} ${words(8)}`, paragraphs: [words(14)], publishedAt: null });
    items.push({ title: `${core.slice(3, 5).join(' ')} ${words(3)}`, paragraphs: [words(14)], publishedAt: null });
    for (let k = 0; k < 2000; k++) items.push({ title: words(10), paragraphs: [], publishedAt: null });
    const { vectors, lengths } = storyVectors(items);
    // the premise: that report alone is under the bar of a pair with any member
    for (let k = 0; k < 5; k++) expect(dotShared(vectors[k]!, vectors[5]!).dot).toBeLessThan(similarityBar(lengths[k]!, lengths[5]!));
    // Its average link would pass the story bar (MIN_LINK_RATIO of the pair bar), but on long texts that
    // floor is the level of other events on the same topic: admitting such pairs joined, on the public
    // gilets-jaunes corpus, local reports of other events (a town's gas network and its residents' SOS)
    const groups = groupStories(items);
    expect(storyOf(groups, 0)).toEqual([0, 1, 2, 3, 4]);
    expect(storyOf(groups, 5)).toEqual([5]);
    expect(storyOf(groups, 6)).toEqual([6]);
  });

  it('keeps the date gap however many reports of one topic fill the month: they make several stories', () => {
    const rng = makeRng(11);
    const vocabulary = pseudoWords(5_000, rng);
    const word = (): string => vocabulary[Math.floor(rng() * vocabulary.length)]!;
    const topic = Array.from({ length: 6 }, word).join(' ');
    const start = Date.parse('2025-01-01T00:00:00Z');
    // 60 reports over 30 days, each the topic's six words and two of its own: pairs are no near copies,
    // but the summed vectors of two groups converge on the six shared words
    const items: StoryInput[] = Array.from({ length: 60 }, (_, k) => ({
      title: `${topic} ${Array.from({ length: 2 }, word).join(' ')}`,
      paragraphs: [],
      publishedAt: new Date(start + (k / 2) * 86_400_000).toISOString(),
    }));
    for (let k = 0; k < 2000; k++) items.push({ title: Array.from({ length: 10 }, word).join(' '), paragraphs: [], publishedAt: null });
    const groups = groupStories(items);
    const gap = MAX_STORY_GAP_HOURS * 3600_000;
    for (const g of groups) {
      const t = g.map((i) => items[i]!.publishedAt).filter((d) => d !== null).map((d) => Date.parse(d));
      if (t.length > 1) expect(Math.max(...t) - Math.min(...t)).toBeLessThanOrEqual(gap);
    }
    // and the month's reports do form stories (the test is not passing by grouping nothing)
    expect(groups.filter((g) => g.length > 1 && g[0]! < 60).length).toBeGreaterThan(3);
  });
});

describe('centroid pass (headlines)', () => {
  // three headlines of one event that the pair test groups, in French and in English
  const COLLAPSE = [
    "Effondrement d'un immeuble à Clermont : les pompiers fouillent les décombres",
    'Immeuble effondré à Clermont : deux corps retrouvés sous les décombres',
    "Clermont : les décombres de l'immeuble effondré fouillés toute la nuit",
  ];
  const WILDFIRE = [
    'Bendigo wildfire: 300 homes evacuated as flames reach the valley',
    'Bendigo wildfire: 300 homes evacuated, flames spread in the valley',
    'Wildfire in the Bendigo valley: 300 homes evacuated overnight',
  ];

  /** The cosine of the last headline with each of the others, and the pair bar each pair must reach. */
  function pairsWithLast(items: readonly StoryInput[], count: number): { dot: number; bar: number }[] {
    const { vectors, lengths } = storyVectors(items);
    const last = count - 1;
    return Array.from({ length: last }, (_, k) => ({ dot: dotShared(vectors[k]!, vectors[last]!).dot, bar: similarityBar(lengths[k]!, lengths[last]!) }));
  }

  it('joins a headline to a story of three it matches as a whole, though it is under the bar with every member', () => {
    for (const event of [
      [
        ...COLLAPSE,
        "Effondrement à Clermont : le syndic de l'immeuble mis en cause par les locataires",
      ],
      [
        ...WILDFIRE,
        'Firefighters say the Bendigo wildfire still spreads: evacuated families wait in the town hall',
      ],
    ]) {
      const items = headlines([...event, ...OTHER_NEWS.map((o) => o.title)]);
      // the premise: no pair of the newcomer with a member reaches the pair bar
      for (const { dot, bar } of pairsWithLast(items, event.length)) expect(dot).toBeLessThan(bar);
      expect(storyOf(groupStories(items), 0), event[3]).toEqual([0, 1, 2, 3]);
    }
  });

  it('leaves out a headline that shares fewer than MIN_SHARED_TERMS of the story’s words', () => {
    for (const event of [
      [
        ...COLLAPSE,
        "Clermont : la mairie ouvre un gymnase aux locataires de l'immeuble voisin",
      ],
      [
        ...WILDFIRE,
        'Bendigo: the library opens its doors to evacuated pupils',
      ],
    ]) {
      const groups = groupStories(headlines([...event, ...OTHER_NEWS.map((o) => o.title)]));
      expect(storyOf(groups, 0), event[3]).toEqual([0, 1, 2]);
    }
  });

  it('is for headlines: with a lead, a report of another event on the story’s topic stays out', () => {
    const rng = makeRng(5);
    const vocabulary = pseudoWords(5_000, rng);
    const word = (): string => vocabulary[Math.floor(rng() * vocabulary.length)]!;
    const words = (n: number): string => Array.from({ length: n }, word).join(' ');
    // four reports: the topic's four words, the event's four, two of their own and a lead of twelve; a
    // fifth names the topic with another event's words. Its centroid cosine passes the bar of texts
    // of that length (a centroid of leads gathers the topic, and the bar of leads is low), so only the
    // pass's limit to headlines keeps it out, as the average link does.
    const topic = words(4);
    const event = words(4);
    const items: StoryInput[] = Array.from({ length: 4 }, () => ({ title: `${topic} ${event} ${words(2)}`, paragraphs: [words(12)], publishedAt: null }));
    items.push({ title: `${topic} ${words(6)}`, paragraphs: [words(12)], publishedAt: null });
    for (let k = 0; k < 2000; k++) items.push({ title: words(10), paragraphs: [words(12)], publishedAt: null });
    const groups = groupStories(items);
    expect(storyOf(groups, 0)).toEqual([0, 1, 2, 3]);
    expect(storyOf(groups, 4)).toEqual([4]);
  });

  it('does not join another town’s event told in the same routine words to a story under a different head', () => {
    const items = headlines([
      "Lorient : le dépôt de bus bloqué par des grévistes depuis l'aube",
      'Lorient : aucun bus ne sort du dépôt, bloqué par les grévistes',
      'Lorient. Dépôt de bus bloqué par les grévistes : le réseau à l’arrêt',
      'Vannes. Grévistes devant le dépôt : pas de bus ce matin',
      ...OTHER_NEWS.map((o) => o.title),
    ]);
    const groups = groupStories(items);
    expect(storyOf(groups, 0)).toEqual([0, 1, 2]);
    expect(storyOf(groups, 3)).toEqual([3]);
  });
});

describe('headline heads and format markers', () => {
  it('keeps apart two towns’ events told in the same routine words under different heads', () => {
    const items = headlines([
      'Quimper : le dépôt de bus bloqué depuis l’aube',
      'Lannion. Dépôt de bus bloqué : aucun départ ce matin',
      'Rugby - Fédérale 1 : Vannes - Dax, suivez le match en direct',
      'Handball - Nationale 1 : Cesson - Nantes, suivez le match en direct',
      ...OTHER_NEWS.map((o) => o.title),
    ]);
    expectAllApart(items);
  });

  it('still groups one event under two heads when a head is named in the other headline, or the pair shares four terms', () => {
    const items = headlines([
      'Lannion : le dépôt de bus bloqué par des grévistes',
      'Côtes-d’Armor. Dépôt de bus bloqué par des grévistes à Lannion',
      'WTA : Martinon et Dufresne en demies à Hobart, Vasseur abandonne',
      'Tennis. Vasseur abandonne à Hobart, Martinon et Dufresne en demies',
      ...OTHER_NEWS.map((o) => o.title),
    ]);
    const groups = groupStories(items);
    expect(storyOf(groups, 0)).toEqual([0, 1]);
    expect(storyOf(groups, 2)).toEqual([2, 3]);
  });

  it('reads a headline without its format marker and outlet suffix', () => {
    expect(headlineWords('VIDÉO. Un chalutier coule au large de Groix')).toBe(' Un chalutier coule au large de Groix');
    expect(headlineWords('EN DIRECT - Tempête Ciaran : les rafales atteignent 150 km/h')).toBe('Tempête Ciaran : les rafales atteignent 150 km/h');
    expect(headlineWords('Tempête Ciaran : les rafales atteignent 150 km/h | Ouest Radio')).toBe('Tempête Ciaran : les rafales atteignent 150 km/h');
    // a listed outlet after another separator, in either language; an unlisted phrase after a dash stays
    expect(headlineWords('Tempête Ciaran : les rafales atteignent 150 km/h - Le Parisien')).toBe('Tempête Ciaran : les rafales atteignent 150 km/h');
    expect(headlineWords('Storm Ciaran batters Brittany · The Guardian')).toBe('Storm Ciaran batters Brittany');
    expect(headlineWords('Ciaran : la Bretagne privée de courant - et de trains')).toBe('Ciaran : la Bretagne privée de courant - et de trains');
    // acronyms and heads closed by a colon are words of the headline
    expect(headlineWords('ATP - Doha : Martinon en finale')).toBe('ATP - Doha : Martinon en finale');
    expect(headlineWords('SNCF : trafic normal lundi')).toBe('SNCF : trafic normal lundi');
  });

  it('does not let a format marker make live reports of two events one story, nor hide their heads', () => {
    const items = headlines([
      'EN DIRECT - Quimper : les pompiers luttent contre un incendie au port',
      'EN DIRECT - Quimper : les pompiers en grève défilent en ville',
      'VIDÉO. Brest : le dépôt de bus bloqué ce matin',
      'VIDÉO. Morlaix : dépôt de bus bloqué, aucun car ne sort',
      ...OTHER_NEWS.map((o) => o.title),
    ]);
    expectAllApart(items);
  });
});
