/**
 * A site's box around its writer's name ("About the author · X reports for …", "À propos ¦ X écrit pour
 * …") recurs with other names on the site's pages: it goes, an article's paragraph naming people stays;
 * and a brief contained in two texts that are no copies of each other does not bridge them when folding
 * (a page left with one line that several articles of its site hold). Invented pages and texts.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldDuplicates } from '../../src/ingest/duplicates.ts';
import { ingestFolder } from '../../src/ingest/pipeline.ts';

const WRITERS = ['Jeanne Martin', 'Paul Lemoine', 'Sofía Ortega', 'Einar Olsen', 'Aïcha Diallo', 'Tomás Reyes'];
const TOPICS = ['la halle du marché', 'la ligne de car', 'la piscine', 'le festival de jazz', 'la boulangerie de la gare', 'les pompiers volontaires'];
const article = (i: number): string[] => [
  `Le dossier de ${TOPICS[i]} a occupé les élus mardi soir : le projet numéro ${i + 3} doit aboutir d’ici l’été prochain, après ${i + 2} années de concertation.`,
  `Le chantier coûtera ${120 + i * 7} 000 euros, dont la moitié à la charge de la communauté de communes, a précisé ${WRITERS[(i + 2) % 6]} lors de la séance publique.`,
  `Les riverains pourront donner leur avis lors d’une réunion prévue dans ${i + 2} semaines à la salle des fêtes, où les plans seront exposés.`,
];

async function ingestPages(pages: string[][]) {
  const dir = await mkdtemp(join(tmpdir(), 'kiosque-boxes-'));
  try {
    for (const [i, lines] of pages.entries()) await writeFile(join(dir, `p${i}.txt`), lines.join('\n\n') + '\n');
    const result = await ingestFolder(dir);
    return result.articles.sort((a, b) => a.files[0]!.path.localeCompare(b.files[0]!.path));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('a site’s box around its writer’s name', () => {
  for (const [language, box] of [
    ['English', (name: string) => `About the author · ${name} reports for the Gazette on the harbours, the council and the island economy.`],
    ['French', (name: string) => `À propos ¦ ${name} écrit pour la Gazette sur la vie municipale, le port et l’économie de l’île depuis dix ans.`],
  ] as const) {
    it(`goes from every page, whoever it names (${language})`, async () => {
      const pages = TOPICS.map((t, i) => [`Nouvelles du bourg : ${t}, le point`, `Par ${WRITERS[i]}`, ...article(i), box(WRITERS[i]!), '© La Gazette du Bourg 2019']);
      const articles = await ingestPages(pages);
      expect(articles).toHaveLength(TOPICS.length);
      for (const [i, a] of articles.entries()) {
        expect(a.paragraphs.some((p) => p.includes('Gazette sur') || p.includes('reports for')), a.title).toBe(false);
        // the article's own paragraphs stay, names and all
        expect(a.paragraphs).toEqual(article(i));
      }
    });
  }

  it('leaves a paragraph that names people when the site does not repeat its words around other names', async () => {
    const quote = (i: number) => `Selon ${WRITERS[i]}, présidente de l’association des riverains, le projet numéro ${i + 3} « arrive enfin » après des années d’attente.`;
    const pages = TOPICS.slice(0, 5).map((t, i) => [`Nouvelles du bourg : ${t}, le point`, ...article(i), i < 2 ? quote(i) : `Une pétition a recueilli ${200 + i} signatures en une semaine dans le quartier.`]);
    const articles = await ingestPages(pages);
    expect(articles[0]!.paragraphs).toContain(quote(0));
    expect(articles[1]!.paragraphs).toContain(quote(1));
  });
});

describe('a brief contained in two texts that are no copies of each other', () => {
  const words = (seed: number, n: number): string =>
    Array.from({ length: n }, (_, k) => ['marché', 'halle', 'conseil', 'budget', 'travaux', 'piscine', 'car', 'ligne', 'jazz', 'scène', 'pompiers', 'caserne'][(seed * 7 + k * 5 + ((k * k) % 11)) % 12]! + (k % 9)).join(' ');
  const notice =
    'Rectificatif : une première version de cet article donnait une date erronée pour la foire aux chevaux de la commune voisine, qui se tiendra bien le premier dimanche du mois sur le champ de foire ; elle a été corrigée et nous prions nos lecteurs de bien vouloir nous en excuser, comme les éleveurs.';

  it('folds with neither, and each text stays its own article', () => {
    const a = { title: 'La halle rouvre ses portes', paragraphs: [words(1, 12), notice] };
    const b = { title: 'Le budget des pompiers adopté', paragraphs: [words(3, 12), notice] };
    const brief = { title: 'Rectificatif', paragraphs: [notice] };
    const groups = foldDuplicates([a, b, brief]);
    expect(groups.find((g) => g.includes(0))).not.toContain(1);
  });

  it('still folds with the copies of one article', () => {
    const text: [string, string] = [words(5, 40), words(6, 40)];
    const a = { title: 'La piscine ferme pour vidange', paragraphs: text };
    const copy = { title: 'La piscine ferme pour vidange', paragraphs: [...text, 'Lire aussi sur notre site.'] };
    const brief = { title: 'La piscine ferme pour vidange', paragraphs: [text[0]] };
    expect(foldDuplicates([a, copy, brief])).toEqual([[0, 1, 2]]);
  });
});
