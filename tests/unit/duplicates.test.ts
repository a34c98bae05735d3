import { describe, expect, it } from 'vitest';
import { BRIEF_BODY_WORDS, foldDuplicates, MIN_HEADLINE_WORDS, type DuplicateInput } from '../../src/ingest/duplicates.ts';

// Our own realistic wire-style article (no corpus text).
const TITLE = "Nantes : le conseil métropolitain vote l'extension de la ligne 5 du tramway";
const PARAGRAPHS = [
  "Le conseil métropolitain de Nantes a adopté jeudi soir, par 61 voix contre 24, l'extension de la ligne 5 du tramway jusqu'à la gare de Rezé-Pont-Rousseau, un chantier estimé à 148 millions d'euros.",
  "Les travaux doivent commencer au printemps 2026 pour une mise en service prévue à la fin de l'année 2028, a précisé la vice-présidente chargée des mobilités, Claire Morvan, à l'issue d'une séance de près de cinq heures.",
  "\"Ce prolongement répond à une demande ancienne des habitants du sud de l'agglomération, qui attendent depuis dix ans une liaison directe avec le centre-ville\", a-t-elle déclaré devant les élus.",
  "L'opposition a dénoncé un coût \"mal maîtrisé\" et réclamé un référendum local. Son chef de file, Bertrand Le Goff, estime que le budget initial a déjà augmenté de 30 % depuis les premières études menées en 2021.",
  "Les associations de cyclistes saluent de leur côté un projet qui prévoit une piste cyclable continue le long du tracé, tandis que plusieurs commerçants de la rue Jean-Jaurès redoutent deux années de chantier.",
  "La métropole compte financer l'opération grâce à un emprunt de 90 millions d'euros, à une subvention de l'État attendue pour le début de l'année prochaine et à une participation de la région des Pays de la Loire.",
  "Une réunion publique d'information est prévue le 12 février à la salle municipale de Rezé, où les riverains pourront consulter les plans détaillés des futures stations et poser leurs questions aux ingénieurs.",
  'Le tracé définitif, qui comptera quatre nouvelles stations sur 3,2 kilomètres, sera soumis à enquête publique à l\'automne.',
];

/** The same article as another site republishes it: curly quotes, guillemets, no-break spaces, chrome leftovers. */
function republished(paragraphs: readonly string[]): string[] {
  return [
    ...paragraphs.map((p) =>
      p
        .replaceAll("'", '\u2019')
        .replace(/"([^"]*)"/g, '«\u00a0$1\u00a0»')
        .replaceAll(' %', '\u202f%'),
    ),
    'Partagez cet article sur les réseaux sociaux',
    'Lire aussi : les prochains chantiers de la métropole',
  ];
}

/** Index groups as sets of sorted arrays, for order-free comparisons. */
function together(groups: number[][], a: number, b: number): boolean {
  return groups.some((g) => g.includes(a) && g.includes(b));
}

function checkShape(groups: number[][], n: number): void {
  const all = groups.flat().sort((x, y) => x - y);
  expect(all).toEqual([...Array(n).keys()]);
  for (const g of groups) expect(g).toEqual([...g].sort((x, y) => x - y));
  const firsts = groups.map((g) => g[0]!);
  expect(firsts).toEqual([...firsts].sort((x, y) => x - y));
}

describe('foldDuplicates', () => {
  it('folds a republished copy with other quotes, apostrophes, spaces and chrome leftovers', () => {
    const docs: DuplicateInput[] = [
      { title: TITLE, paragraphs: PARAGRAPHS },
      { title: TITLE.replaceAll("'", '\u2019'), paragraphs: republished(PARAGRAPHS) },
    ];
    const groups = foldDuplicates(docs);
    expect(groups).toEqual([[0, 1]]);
  });

  it('folds a copy whose last paragraphs were trimmed and whose headline was rewritten', () => {
    const docs: DuplicateInput[] = [
      { title: TITLE, paragraphs: PARAGRAPHS },
      { title: 'Tramway : feu vert pour la ligne 5 jusqu’à Rezé', paragraphs: PARAGRAPHS.slice(0, 6) },
    ];
    expect(together(foldDuplicates(docs), 0, 1)).toBe(true);
  });

  it('folds a copy with a few edited words', () => {
    const edited = PARAGRAPHS.map((p) => p.replace('a adopté', 'a voté').replace('doivent commencer', 'commenceront').replace('redoutent', 'craignent'));
    expect(foldDuplicates([{ title: TITLE, paragraphs: PARAGRAPHS }, { title: TITLE, paragraphs: edited }])).toEqual([[0, 1]]);
  });

  it('does not fold another outlet’s own report on the same event', () => {
    const other: DuplicateInput = {
      title: 'Rezé aura enfin son tramway direct vers le centre de Nantes',
      paragraphs: [
        "C'est un vote attendu depuis une décennie. Jeudi soir, les élus de Nantes Métropole ont approuvé le prolongement de la ligne 5 du tramway vers Rezé-Pont-Rousseau, pour un montant de 148 millions d'euros.",
        'Claire Morvan, vice-présidente chargée des mobilités, a défendu un projet "attendu par les habitants du sud de l\'agglomération". Le chantier débutera au printemps 2026.',
        "Dans l'opposition, Bertrand Le Goff juge la facture trop lourde et demande que les habitants soient consultés. Il rappelle que les estimations ont progressé de près d'un tiers depuis 2021.",
        'Côté commerçants, l’inquiétude domine : deux ans de travaux sur la rue Jean-Jaurès pourraient faire fuir la clientèle, craint la présidente de l’union commerciale du quartier.',
        'Quatre stations nouvelles sont prévues sur un peu plus de trois kilomètres. Une réunion publique se tiendra le 12 février.',
      ],
    };
    const groups = foldDuplicates([{ title: TITLE, paragraphs: PARAGRAPHS }, other]);
    expect(groups).toEqual([[0], [1]]);
  });

  it('folds headline-only briefs repeated the next day, typography aside', () => {
    const docs: DuplicateInput[] = [
      { title: 'Grève à la SNCF : le trafic sera très perturbé mardi sur les lignes TER', paragraphs: [] },
      { title: 'Budget de la Sécu : les députés rejettent la première partie du texte', paragraphs: [] },
      { title: 'Grève à la SNCF\u00a0: le trafic sera très perturbé mardi sur les lignes TER', paragraphs: [] },
    ];
    const groups = foldDuplicates(docs);
    expect(groups).toEqual([[0, 2], [1]]);
  });

  it('folds a repeated feed item (headline + short lead) but not the same lead under another headline', () => {
    const lead = 'Chaque soir, la rédaction revient sur les informations marquantes de la journée avec ses invités et ses reporters en région.';
    const docs: DuplicateInput[] = [
      { title: 'Le journal du soir du 3 mars', paragraphs: [lead] },
      { title: 'Le journal du soir du 4 mars', paragraphs: [lead] },
      { title: 'Le journal du soir du 3 mars', paragraphs: [lead] },
    ];
    expect(foldDuplicates(docs)).toEqual([[0, 2], [1]]);
  });

  it('keeps generic short headlines apart', () => {
    const title = 'En direct';
    expect(title.split(' ').length).toBeLessThan(MIN_HEADLINE_WORDS);
    expect(foldDuplicates([{ title, paragraphs: [] }, { title, paragraphs: [] }])).toEqual([[0], [1]]);
  });

  it('folds a wire brief republished under another headline', () => {
    const brief = PARAGRAPHS.slice(0, 3).join(' ');
    expect(brief.split(' ').length).toBeLessThan(BRIEF_BODY_WORDS);
    const docs: DuplicateInput[] = [
      { title: 'Le tramway ira jusqu’à Rezé', paragraphs: [brief] },
      { title: 'Nantes Métropole adopte le prolongement de la ligne 5', paragraphs: [brief] },
    ];
    expect(foldDuplicates(docs)).toEqual([[0, 1]]);
  });

  it('does not fold two briefs that only share a stock sentence', () => {
    const stock = 'Les manifestants se sont dispersés dans le calme en fin d’après-midi.';
    const docs: DuplicateInput[] = [
      { title: 'Retraites : 3 000 manifestants à Rennes', paragraphs: [`Environ 3 000 personnes ont défilé samedi à Rennes contre la réforme des retraites. ${stock}`] },
      { title: 'Climat : une marche à Lille', paragraphs: [`Plusieurs centaines de jeunes ont marché dimanche à Lille pour le climat. ${stock}`] },
    ];
    expect(foldDuplicates(docs)).toEqual([[0], [1]]);
  });

  it('returns every index once, sorted groups ordered by first index, with many identical copies', () => {
    const docs: DuplicateInput[] = [];
    for (let i = 0; i < 120; i++) {
      if (i % 3 === 0) docs.push({ title: TITLE, paragraphs: PARAGRAPHS });
      else docs.push({ title: `Brève numéro ${i} du fil régional de la matinée`, paragraphs: [] });
    }
    const groups = foldDuplicates(docs);
    checkShape(groups, docs.length);
    expect(groups[0]).toEqual(docs.map((_, i) => i).filter((i) => i % 3 === 0));
    expect(groups).toHaveLength(1 + 80);
  });

  it('handles no documents and empty documents', () => {
    expect(foldDuplicates([])).toEqual([]);
    expect(foldDuplicates([{ title: '', paragraphs: [] }, { title: '', paragraphs: [] }])).toEqual([[0], [1]]);
  });
});
