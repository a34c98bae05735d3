import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Line } from '../../src/ingest/types.ts';
import { extractMetaLines } from '../../src/ingest/metadata.ts';
import { englishRate, MACHINE_TRANSLATION, trustFlags } from '../../src/ingest/trust.ts';

function seed(name: string): { title: string; paragraphs: string[]; removed: ReturnType<typeof extractMetaLines>['removed'] } {
  const text = readFileSync(new URL(`../../content/articles/${name}`, import.meta.url), 'utf8');
  const lines: Line[] = text
    .split('\n')
    .map((t, i) => ({ n: i + 1, text: t.trim() }))
    .filter((l) => l.text.length > 0);
  const { kept, removed } = extractMetaLines(lines);
  return { title: kept[0]!.text, paragraphs: kept.slice(1).map((l) => l.text), removed };
}
const flags = (s: ReturnType<typeof seed>): string[] => trustFlags(s.paragraphs, { title: s.title, removed: s.removed });

const FRENCH =
  "Le gouvernement a annoncé mardi la suspension de la hausse des taxes sur les carburants, une première victoire pour les manifestants qui bloquent les ronds-points depuis trois semaines.";

describe('trustFlags', () => {
  it('flags seeds 000 and 001, not 002, 003, 004', () => {
    expect(flags(seed('000_afaacc7f9a9718b6.txt'))).toEqual([MACHINE_TRANSLATION]);
    expect(flags(seed('001_369633f4122bec38.txt'))).toEqual([MACHINE_TRANSLATION]);
    expect(flags(seed('002_c765a03d0ea1d2fa.txt'))).toEqual([]);
    expect(flags(seed('003_2146e83494d5d6cf.txt'))).toEqual([]);
    expect(flags(seed('004_c031b9c9298e8268.txt'))).toEqual([]);
  });

  it('flags English leftovers in French prose even without garbled names (seed 000 line)', () => {
    const p = [
      '“La Russie utilise des drones iraniens pour frapper les infrastructures énergétiques, privant des tens of millions d’Ukrainiens d’électricité, de chaleur et de providers essentiels. Aujourd’hui, des Ukrainiens meurent à lead to des steps de l’Iran.”',
      'L’Iran a d’abord nié avoir envoyé des drones à la Russie avant d’admettre furthermore tard qu’il en avait fourni avant l’invasion de l’Ukraine.',
      FRENCH,
    ];
    expect(englishRate(p)).toBeGreaterThan(8);
    expect(trustFlags(p, { title: 'Titre', removed: [] })).toEqual([MACHINE_TRANSLATION]);
  });

  it('flags a garbled outlet name on its own', () => {
    expect(trustFlags(['La Russie et l’Iran explorent la production conjointe de drones, a rapporté NBC Information.', FRENCH], { title: 'Titre', removed: [] })).toEqual([
      MACHINE_TRANSLATION,
    ]);
  });

  it('flags a French outlet translated into English in the text or in the credit, not a real English name', () => {
    const said = (name: string) => `Le maire a démissionné mardi soir, a révélé ${name} dans son édition du lendemain.`;
    expect(trustFlags([said('The Voice of the North'), FRENCH], { title: 'Titre', removed: [] })).toEqual([MACHINE_TRANSLATION]);
    expect(trustFlags([said('The Republican East'), FRENCH], { title: 'Titre', removed: [] })).toEqual([MACHINE_TRANSLATION]);
    expect(trustFlags([said('The Daily Telegraph'), FRENCH], { title: 'Titre', removed: [] })).toEqual([]);
    expect(trustFlags([said('La Voix du Nord'), FRENCH], { title: 'Titre', removed: [] })).toEqual([]);
    expect(trustFlags([FRENCH], { title: 'Titre', removed: [], translatedCredit: true })).toEqual([MACHINE_TRANSLATION]);
  });

  it('flags a removed translation disclaimer (seed 001 line)', () => {
    const disclaimer =
      "Toutes les actualités du site n'expriment pas le point de vue du site, mais nous transmettons cette actualité automatiquement et la traduisons grâce à une technologie programmatique sur le site et non à partir d'un éditeur humain.";
    expect(trustFlags([FRENCH], { title: 'Titre', removed: [{ line: { n: 30, text: disclaimer }, reason: 'chrome:recurring' }] })).toEqual([
      MACHINE_TRANSLATION,
    ]);
    expect(trustFlags([FRENCH], { title: 'Titre', removed: [{ line: { n: 30, text: 'Article traduit automatiquement.' }, reason: 'chrome:recurring' }] })).toEqual([
      MACHINE_TRANSLATION,
    ]);
  });

  it('does not flag real French press with English quotes, titles and names', () => {
    const p = [
      '« Is this the end of the road for him? », ironise un supporter sur la page Facebook du club.',
      'La série Game of Thrones a battu ses records, tout comme The Voice sur TF1, selon Médiamétrie.',
      'Thousands of protesters marched through the streets of the capital on Saturday.',
      'Les cachets des rappeurs and co font grincer des dents, comme sur le site trafic-info.be.',
      'La traduction automatique progresse : les logiciels traduisent désormais des livres entiers, explique le chercheur, qui travaille depuis dix ans sur ces modèles et en mesure les limites avec son équipe.',
      FRENCH,
    ];
    expect(trustFlags(p, { title: 'Les réseaux sociaux s’emballent', removed: [] })).toEqual([]);
  });
});
