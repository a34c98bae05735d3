import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { removeRepeats } from '../../src/ingest/repeats.ts';
import { decode } from '../../src/ingest/decode.ts';
import { htmlToText, looksLikeHtml } from '../../src/ingest/html.ts';
import { normalizeText, splitLines } from '../../src/ingest/lines.ts';
import { buildChromeEvidence, removeChrome } from '../../src/ingest/chrome/index.ts';
import { compareKey } from '../../src/ingest/text.ts';
import type { Line, Removal } from '../../src/ingest/types.ts';

const L = (texts: string[], from = 1): Line[] => texts.map((text, i) => ({ n: from + i, text }));

const TITLE = 'La Russie et l’Iran construisent un partenariat de défense, prévient la Maison Blanche';
const P1 = "L'administration Biden a déclaré vendredi que la Russie et l'Iran renforçaient leurs liens militaires dans un \"partenariat de défense à part entière\".";
const P2 = "Barbara Woodward, l'ambassadeur du Royaume-Uni aux Nations Unies, a appelé à une enquête, affirmant que l'Iran avait violé le droit international.";

describe('removeRepeats', () => {
  it('removes the title repeated in the body, also with an outlet suffix', () => {
    const { kept, removed } = removeRepeats(TITLE, L([P1, TITLE, `${TITLE} - The Washington Post`, P2]));
    expect(kept.map((l) => l.text)).toEqual([P1, P2]);
    expect(removed.map((r) => [r.line.n, r.reason])).toEqual([[2, 'repeat:title'], [3, 'repeat:title']]);
  });

  it('removes the title repeated after a short label of the page (print, back to top, share), its own colon kept inside it (v36, development data)', () => {
    const title = 'Marée basse : la digue sera relevée';
    for (const label of ['Imprimer cet article en entier :', 'Retour en haut de page ⇡', 'Send this page to a friend ›', 'You have just been reading —', 'Partager avec vos amis ⁂']) {
      const line = `${label} ${title}`;
      const { kept, removed } = removeRepeats(title, L([P1, P2, line]));
      expect(kept.map((l) => l.text), label).toEqual([P1, P2]);
      expect(removed.map((r) => r.reason)).toEqual(['repeat:title']);
    }
    // A sentence that ends on the title's words after a longer opening is text, and a label before
    // only a part of the title repeats nothing.
    const sentence = `Le conseil municipal de la commune, réuni hier soir en séance extraordinaire, a voté à l’unanimité : ${title}`;
    expect(removeRepeats(title, L([P1, sentence])).kept.map((l) => l.text)).toEqual([P1, sentence]);
    const part = 'Imprimer cet article en entier : la digue sera relevée';
    expect(removeRepeats(title, L([P1, part])).kept.map((l) => l.text)).toEqual([P1, part]);
  });

  it('removes a paragraph repeated exactly (typography aside)', () => {
    const again = P1.replaceAll("'", '’');
    const { kept, removed } = removeRepeats(TITLE, L([P1, P2, again]));
    expect(kept.map((l) => l.text)).toEqual([P1, P2]);
    expect(removed).toEqual([{ line: { n: 3, text: again }, reason: 'repeat:paragraph' }]);
  });

  it('keeps the more complete copy of a near repeat, at the position of the first', () => {
    const longer = `${P2} Elle a ajouté que la Russie recherchait maintenant des centaines d'armes balistiques.`;
    const { kept, removed } = removeRepeats(TITLE, L([P2, P1, longer]));
    expect(kept).toEqual([{ n: 3, text: longer }, { n: 2, text: P1 }]);
    expect(removed).toEqual([{ line: { n: 1, text: P2 }, reason: 'repeat:paragraph' }]);
  });

  it('collapses a body pasted twice with the title in between (seed 004)', () => {
    const body = [P1, P2];
    const { kept, removed } = removeRepeats(TITLE, L([...body, TITLE, ...body]));
    expect(kept.map((l) => l.text)).toEqual(body);
    expect(removed.map((r) => r.reason)).toEqual(['repeat:title', 'repeat:paragraph', 'repeat:paragraph']);
  });

  it('keeps short lines that legitimately recur and different paragraphs that share words', () => {
    const lines = L(['(...)', P1, '(...)', 'Oui.', 'Oui.', P2]);
    expect(removeRepeats(TITLE, lines).kept).toEqual(lines);
  });

  it('drops the first copy of a quote repeated inside one paragraph, keeping the attributed one (seed 003)', () => {
    const seed = readFileSync(path.join('content/articles', '003_2146e83494d5d6cf.txt'), 'utf8').split('\n');
    const line = seed.findIndex((l) => l.startsWith('""Nous interceptons'));
    const { kept, removed } = removeRepeats('x', [{ n: line + 1, text: seed[line]! }]);
    expect(kept).toHaveLength(1);
    expect(kept[0]!.n).toBe(line + 1);
    expect(kept[0]!.text.startsWith('"Nous interceptons')).toBe(true);
    expect(kept[0]!.text.endsWith('se livrer", a souligné Anthony Blinken.')).toBe(true);
    expect(kept[0]!.text.split('Nous interceptons')).toHaveLength(2);
    expect(removed).toHaveLength(1);
    expect(removed[0]!.reason).toBe('repeat:passage');
    expect(removed[0]!.line.n).toBe(line + 1);
    expect(removed[0]!.line.text.endsWith("que l'Iran pourrait utiliser.")).toBe(true);
  });

  it('does not cut parallel sentences that merely share a long opening', () => {
    const text =
      'Le taux de chômage des jeunes de moins de vingt-cinq ans a nettement augmenté dans la région en 2018 selon l’Insee. ' +
      'Le taux de chômage des jeunes de moins de vingt-cinq ans a en revanche reculé dans les grandes métropoles du pays, où les embauches ont repris.';
    expect(removeRepeats(TITLE, L([text])).kept).toEqual(L([text]));
  });
});

// ---------------------------------------------------------------------------------------------
// Acceptance on the five samples, stages chained in the contract order (metadata.ts is another
// engineer's: here lines starting with "Source :" or "Par:" stand in for it).

interface Done {
  file: string;
  title: string;
  body: string[];
  removed: Removal[];
  lines: Line[];
}

function runSamples(): Done[] {
  const dir = 'content/articles';
  const prepared = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const d = decode(readFileSync(path.join(dir, file)));
      if (!d.ok) throw new Error(`${file}: ${d.reason}`);
      const text = looksLikeHtml(d.value.text) ? htmlToText(d.value.text) : d.value.text;
      const lines = splitLines(normalizeText(text));
      return { file, lines, kept: lines.filter((l) => !/^(Source :|Par:)/.test(l.text)) };
    });
  const evidence = buildChromeEvidence(prepared.map((p) => p.kept));
  return prepared.map((p) => {
    const chrome = removeChrome(p.kept, evidence);
    const [title, ...rest] = chrome.kept;
    const rep = removeRepeats(title!.text, rest);
    return { file: p.file, title: title!.text, body: rep.kept.map((l) => l.text), removed: [...chrome.removed, ...rep.removed], lines: p.lines };
  });
}

describe('samples: decode → lines → chrome → repeats', () => {
  const done = runSamples();
  const all = done.flatMap((d) => [d.title, ...d.body]);

  it('leaves no chrome line in any title or body', () => {
    const chrome = [
      /Jannah Theme License/, /^Nouvelles du monde$/, /^Vous pouvez partager/, /^RTEn$/, /^Toutes les actualités du site/,
      /^Bouton retour en haut de la page$/, /^Approfondissez :$/, /^What's Your Reaction\?$/,
      /^(like|dislike|love|funny|angry|sad|wow)$/, /^in$/,
    ];
    for (const line of all) for (const re of chrome) expect(line).not.toMatch(re);
  });

  it('finds the real titles', () => {
    expect(done.map((d) => d.title)).toEqual([
      'La Russie et l\'Iran envisagent la production conjointe de drones mortels, selon les États-Unis',
      'La Russie conclut un accord sur les drones avec l’Iran – Washington Post – RT Russie et ex-Union soviétique',
      "L'Iran et la Russie conviennent de produire des drones kamikazes iraniens en Russie - The Washington Post",
      "L'Iran pourrait envoyer davantage de drones kamikazes à la Russie - Secrétaire d'État américain",
      "La Russie et l'Iran construisent un partenariat de défense, prévient la Maison Blanche",
    ]);
  });

  it('shows no title or paragraph twice', () => {
    for (const d of done) {
      const keys = [d.title, ...d.body].map(compareKey);
      expect(new Set(keys).size).toBe(keys.length);
      for (const p of d.body) expect(p.split('Nous interceptons le trafic').length).toBeLessThanOrEqual(2);
    }
  });

  it('keeps every real paragraph, subheadings included', () => {
    for (const d of done) {
      const removedNs = new Set(d.removed.filter((r) => !r.reason.startsWith('repeat:')).map((r) => r.line.n));
      const keptKeys = new Set([d.title, ...d.body].map(compareKey));
      for (const line of d.lines) {
        if (removedNs.has(line.n) || /^(Source :|Par:)/.test(line.text)) continue;
        const passage = d.removed.find((r) => r.reason === 'repeat:passage' && r.line.n === line.n);
        if (passage) continue;
        // Every line not removed as chrome is in the output (repeats are the same text as a kept line).
        expect(keptKeys.has(compareKey(line.text)), `${d.file}:${line.n} ${line.text.slice(0, 60)}`).toBe(true);
      }
    }
    expect(all).toContain('Voici ce que nous savons');
    expect(done[4]!.body).toHaveLength(7);
    expect(done[1]!.body).toHaveLength(10);
  });
});
