import { describe, expect, it } from 'vitest';
import { deriveTitle, isTitleLike, pickTitle } from '../../src/ingest/title.ts';

describe('title', () => {
  it('takes a real headline line as the title (seed 003)', () => {
    const line = "L'Iran pourrait envoyer davantage de drones kamikazes à la Russie - Secrétaire d'État américain";
    expect(isTitleLike(line)).toBe(true);
    const picked = pickTitle([{ n: 1, text: line }, { n: 3, text: 'Récemment, la Russie a continué.' }]);
    expect(picked.title).toBe(line);
    expect(picked.body.map((l) => l.text)).toEqual(['Récemment, la Russie a continué.']);
  });

  it('keeps a lead paragraph in the body and derives a shorter title from it', () => {
    const lead =
      "Intempéries Au moins 12 personnes ont perdu la vie dans les orages qui se sont abattus sur le sud du pays, selon un dernier bilan. Une procédure accélérée va être mise en oeuvre pour les communes touchées.";
    expect(isTitleLike(lead)).toBe(false);
    const picked = pickTitle([{ n: 1, text: lead }]);
    expect(picked.body).toHaveLength(1);
    expect(picked.title!.length).toBeLessThanOrEqual(112);
    expect(picked.title!.endsWith('…')).toBe(true);
  });

  it('derives the first sentence when it is short enough', () => {
    expect(deriveTitle('Le pont a rouvert lundi matin après trois mois de travaux. La circulation reste difficile.')).toBe(
      'Le pont a rouvert lundi matin après trois mois de travaux',
    );
  });
});

describe('multi-sentence headlines', () => {
  it('keeps a long headline with a question and a quote whole (no final full stop)', () => {
    const line =
      'Les habitants du quartier vont-ils quitter leurs maisons avant l’hiver ? "Non ! On restera jusqu’au bout, quoi qu’il arrive" (VIDEO)';
    expect(isTitleLike(line)).toBe(true);
    expect(pickTitle([{ n: 1, text: line }]).title).toBe(line);
  });
});
