/**
 * `npm run eval -- <corpus folder> [--gate eval-gate.json] [--json]`
 * Runs the ingest on `<corpus>/articles`, scores it against `<corpus>/manifest.json` (files accounted
 * for, titles, outlets, duplicate folding, stories, repeated headlines) and prints a table, or one JSON
 * document. With --gate, exits 1 when a score is below the minimum pinned for this corpus's name.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestFolder } from '../ingest/pipeline.ts';
import {
  accountedFor,
  fileIndex,
  gateFailures,
  nearDuplicatePairs,
  dateAccuracy,
  outletAccuracy,
  pairPrecision,
  pairRecall,
  repeatedHeadlines,
  storyLabelScores,
  storyScores,
  titleAccuracy,
  titleAccuracyEveryFile,
  type Gate,
  type ManifestEntry,
  type Ratio,
  type Scores,
} from '../eval/score.ts';

const USAGE =
  'usage: npm run --silent eval -- <corpus folder> [--gate eval-gate.json] [--json]\n       npm run --silent eval -- --unseen [--unseen-set v1|v2|v3|v4|v5|v6|v7|v8|v9|v10|v11|v12|v13|v14|v15|v16|v17|v18|v19|v20|v21|v22|v23|v24|v25|v26|v27|v28|v29|v30|v31|v32|v33|v34|v35|v36|v37|v38] [--show N] [--json]   (unseen-sites sets: v1, development data, beside the DEV simulation, then v2 to v20, development data (v20 since 2026-12-01), then v21, v22 and v23, frozen, then v24, a development set, then v25, frozen, then v26, a development set, then v27, a development set, then v28, development data since 2026-12-02 01:00, then v29, development data since 2026-12-02 02:50, then v30, development data since 2026-12-02 06:45, then v31, a development set, then v32, frozen, then v33, a development set, then v34, development data since 2026-12-02 14:45 (when v35 was frozen), then v35, frozen, then v36, a development set, then v37, development data since 2026-12-02 18:57 (when its misses were read), then v38, frozen; --json prints one set, v1 unless --unseen-set v2|v3|v4|v5|v6|v7|v8|v9|v10|v11|v12|v13|v14|v15|v16|v17|v18|v19|v20|v21|v22|v23|v24|v25|v26|v27|v28|v29|v30|v31|v32|v33|v34|v35|v36|v37|v38)';

/** How many misses of each kind the table lists. */
const SHOW_MISSES = 5;

/** Decodes a raw corpus file for the ground truth: UTF-8 (BOM stripped), else Windows-1252. */
export function decodeRaw(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** One scored line of the report. */
interface Row {
  key: string;
  label: string;
  ratio: Ratio;
  note?: string;
}

/** Scores one corpus folder. */
export async function evaluateCorpus(dir: string): Promise<{ corpus: string; rows: Row[]; scores: Scores; details: Record<string, unknown>; ms: number }> {
  const corpus = basename(resolve(dir));
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as ManifestEntry[];
  if (!Array.isArray(manifest)) throw new Error(`${join(dir, 'manifest.json')}: expected an array of entries`);
  const started = performance.now();
  const result = await ingestFolder(join(dir, 'articles'));
  const ms = performance.now() - started;

  const rows: Row[] = [];
  const details: Record<string, unknown> = {};
  const accounted = accountedFor(manifest, result);
  rows.push({
    key: 'accounted',
    label: 'files accounted for',
    ratio: accounted.ratio,
    note: `missing ${accounted.missing.length}, extra ${accounted.extra.length}, repeated ${accounted.repeated.length}`,
  });
  details['accounted'] = { missing: accounted.missing, extra: accounted.extra, repeated: accounted.repeated };

  if (manifest.some((m) => m.title !== undefined)) {
    const t = titleAccuracy(manifest, result);
    rows.push({ key: 'title', label: 'title (shown copies)', ratio: t.ratio, note: `${t.skippedNull} null-title skipped, ${t.skippedCopies} folded copies skipped` });
    details['titleMisses'] = t.misses;
    // Per file, folded copies too: a copy's article must bear its headline (wire copies may carry other headlines).
    const every = titleAccuracyEveryFile(manifest, result);
    rows.push({ key: 'titleEveryFile', label: 'title (every file, copies too)', ratio: every.ratio, note: `${t.skippedNull} null-title skipped` });
  }
  if (manifest.some((m) => m.outlet !== undefined)) {
    const o = outletAccuracy(manifest, result);
    rows.push({ key: 'outlet', label: 'outlet (every copy)', ratio: o.ratio, note: `${o.nullExpected} expected null` });
    details['outletMisses'] = o.misses;
  }

  if (manifest.some((m) => typeof m.date === 'string')) {
    const d = dateAccuracy(manifest, result);
    rows.push({ key: 'date', label: 'date (entries with a known day)', ratio: d.ratio });
    details['dateMisses'] = d.misses;
  }

  const where = fileIndex(result);
  const articleFiles = result.articles.map((a) => a.files.map((f) => f.path));
  if (manifest.some((m) => m.dup_group !== undefined)) {
    const group = new Map(manifest.map((m) => [m.file, m.dup_group ?? `self:${m.file}`]));
    const precision = pairPrecision(articleFiles, (a, b) => group.get(a) === group.get(b));
    rows.push({ key: 'dupPrecision', label: 'folding precision (same dup_group)', ratio: precision });
    const texts = await Promise.all(manifest.map(async (m) => decodeRaw(await readFile(join(dir, 'articles', m.file)))));
    const truth = nearDuplicatePairs(texts).map(([i, j]) => [manifest[i]!.file, manifest[j]!.file] as [string, string]);
    const recall = pairRecall(truth, where);
    rows.push({ key: 'dupRecall', label: 'folding recall (≥ 0.9 same text)', ratio: recall });
    details['dupFalsePairs'] = collectPairs(articleFiles, (a, b) => group.get(a) !== group.get(b));
    details['dupMissedPairs'] = truth.filter(([a, b]) => {
      const wa = where.get(a);
      return !(wa !== undefined && wa >= 0 && wa === where.get(b));
    });
  }
  if (manifest.some((m) => m.trend_group !== undefined)) {
    const s = storyScores(manifest, result);
    rows.push({ key: 'storyPrecision', label: 'stories precision (vs trend_group)', ratio: s.precision, note: 'reference made by a program' });
    rows.push({ key: 'storyRecall', label: 'stories recall (vs trend_group)', ratio: s.recall });
  }
  if (manifest.some((m) => typeof m.story === 'string')) {
    // Pairs of collector stories that are probably one story split in two: neither hit nor false merge.
    const unscoredPath = join(dir, 'unscored-story-pairs.json');
    const unscored = existsSync(unscoredPath) ? (JSON.parse(await readFile(unscoredPath, 'utf8')) as [string, string][]) : [];
    const s = storyLabelScores(manifest, result, unscored);
    const note = `${unscored.length} unscored story pairs`;
    rows.push({ key: 'storyPairPrecision', label: 'stories pairwise precision (vs story)', ratio: s.pairPrecision, note });
    rows.push({ key: 'storyPairRecall', label: 'stories pairwise recall (vs story)', ratio: s.pairRecall });
    rows.push({ key: 'storyPairF1', label: 'stories pairwise F1 (vs story)', ratio: s.pairF1 });
    rows.push({ key: 'storyBcubedPrecision', label: 'stories B-cubed precision', ratio: s.bcubedPrecision });
    rows.push({ key: 'storyBcubedRecall', label: 'stories B-cubed recall', ratio: s.bcubedRecall });
  }
  if (manifest.some((m) => m.day !== undefined)) {
    rows.push({ key: 'repeatsFolded', label: 'repeated headlines folded', ratio: repeatedHeadlines(manifest, result) });
  }

  const scores: Scores = {};
  for (const r of rows) scores[r.key] = r.ratio.value;
  details['stats'] = result.stats;
  const storySizes = new Map<string, number>();
  for (const a of result.articles) storySizes.set(a.storyId, (storySizes.get(a.storyId) ?? 0) + 1);
  details['largestStory'] = Math.max(0, ...storySizes.values());
  return { corpus, rows, scores, details, ms };
}

/** Pairs inside groups accepted by `keep`. */
function collectPairs(groups: readonly (readonly string[])[], keep: (a: string, b: string) => boolean): [string, string][] {
  const out: [string, string][] = [];
  for (const g of groups) for (let i = 0; i < g.length; i++) for (let j = i + 1; j < g.length; j++) if (keep(g[i]!, g[j]!)) out.push([g[i]!, g[j]!]);
  return out;
}

/** Renders the report table. */
function table(corpus: string, rows: readonly Row[], details: Record<string, unknown>, ms: number): string {
  const stats = details['stats'] as { files: number; articles: number; folded: number; rejected: number; stories: number };
  const lines = [
    `Evaluation of ${corpus} (ingest ${Math.round(ms)} ms)`,
    `  ${stats.files} files → ${stats.articles} articles (${stats.folded} copies folded, ${stats.rejected} rejected), ${stats.stories} stories (largest: ${String(details['largestStory'])} articles)`,
  ];
  const width = Math.max(...rows.map((r) => r.label.length));
  for (const r of rows) {
    const pct = `${(r.ratio.value * 100).toFixed(2)} %`.padStart(9);
    const counts = `${r.ratio.hit}/${r.ratio.total}`.padStart(12);
    lines.push(`  ${r.label.padEnd(width)}  ${pct}  ${counts}${r.note ? `  (${r.note})` : ''}`);
  }
  const show = (title: string, list: unknown): void => {
    if (!Array.isArray(list) || list.length === 0) return;
    lines.push(`  ${title} (${list.length}, first ${Math.min(SHOW_MISSES, list.length)}):`);
    for (const item of list.slice(0, SHOW_MISSES)) lines.push(`    ${JSON.stringify(item)}`);
  };
  const acc = details['accounted'] as { missing: string[]; extra: string[]; repeated: string[] };
  show('missing files', acc.missing);
  show('extra files', acc.extra);
  show('files listed twice', acc.repeated);
  show('title misses', details['titleMisses']);
  show('outlet misses', details['outletMisses']);
  show('folded across dup_groups', details['dupFalsePairs']);
  show('same text not folded', details['dupMissedPairs']);
  return lines.join('\n');
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        gate: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        unseen: { type: 'boolean', default: false },
        show: { type: 'string', default: '0' },
        'unseen-set': { type: 'string' },
      },
      allowPositionals: true,
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (parsed.values.unseen) {
    const { runUnseenEval } = await import('../../scripts/unseen-sites.ts');
    const { runUnseenEvalV2 } = await import('../../scripts/unseen-sites-v2.ts');
    const { runUnseenEvalV3 } = await import('../../scripts/unseen-sites-v3.ts');
    const { runUnseenEvalV4 } = await import('../../scripts/unseen-sites-v4.ts');
    const { runUnseenEvalV5 } = await import('../../scripts/unseen-sites-v5.ts');
    const { runUnseenEvalV6 } = await import('../../scripts/unseen-sites-v6.ts');
    const { runUnseenEvalV7 } = await import('../../scripts/unseen-sites-v7.ts');
    const { runUnseenEvalV8 } = await import('../../scripts/unseen-sites-v8.ts');
    const { runUnseenEvalV9 } = await import('../../scripts/unseen-sites-v9.ts');
    const { runUnseenEvalV10 } = await import('../../scripts/unseen-sites-v10.ts');
    const { runUnseenEvalV11 } = await import('../../scripts/unseen-sites-v11.ts');
    const { runUnseenEvalV12 } = await import('../../scripts/unseen-sites-v12.ts');
    const { runUnseenEvalV13 } = await import('../../scripts/unseen-sites-v13.ts');
    const { runUnseenEvalV14 } = await import('../../scripts/unseen-sites-v14.ts');
    const { runUnseenEvalV15 } = await import('../../scripts/unseen-sites-v15.ts');
    const { runUnseenEvalV16 } = await import('../../scripts/unseen-sites-v16.ts');
    const { runUnseenEvalV17 } = await import('../../scripts/unseen-sites-v17.ts');
    const { runUnseenEvalV18 } = await import('../../scripts/unseen-sites-v18.ts');
    const { runUnseenEvalV19 } = await import('../../scripts/unseen-sites-v19.ts');
    const { runUnseenEvalV20 } = await import('../../scripts/unseen-sites-v20.ts');
    const { runUnseenEvalV21 } = await import('../../scripts/unseen-sites-v21.ts');
    const { runUnseenEvalV22 } = await import('../../scripts/unseen-sites-v22.ts');
    const { runUnseenEvalV23 } = await import('../../scripts/unseen-sites-v23.ts');
    const { runUnseenEvalV24 } = await import('../../scripts/unseen-sites-v24.ts');
    const { runUnseenEvalV25 } = await import('../../scripts/unseen-sites-v25.ts');
    const { runUnseenEvalV26 } = await import('../../scripts/unseen-sites-v26.ts');
    const { runUnseenEvalV27 } = await import('../../scripts/unseen-sites-v27.ts');
    const { runUnseenEvalV28 } = await import('../../scripts/unseen-sites-v28.ts');
    const { runUnseenEvalV29 } = await import('../../scripts/unseen-sites-v29.ts');
    const { runUnseenEvalV30 } = await import('../../scripts/unseen-sites-v30.ts');
    const { runUnseenEvalV31 } = await import('../../scripts/unseen-sites-v31.ts');
    const { runUnseenEvalV32 } = await import('../../scripts/unseen-sites-v32.ts');
    const { runUnseenEvalV33 } = await import('../../scripts/unseen-sites-v33.ts');
    const { runUnseenEvalV34 } = await import('../../scripts/unseen-sites-v34.ts');
    const { runUnseenEvalV35 } = await import('../../scripts/unseen-sites-v35.ts');
    const { runUnseenEvalV36 } = await import('../../scripts/unseen-sites-v36.ts');
    const { runUnseenEvalV37 } = await import('../../scripts/unseen-sites-v37.ts');
    const { runUnseenEvalV38 } = await import('../../scripts/unseen-sites-v38.ts');
    const which = parsed.values['unseen-set'] ?? (parsed.values.json ? 'v1' : 'all');
    if (!['v1', 'v2', 'v3', 'v4', 'v5', 'v6', 'v7', 'v8', 'v9', 'v10', 'v11', 'v12', 'v13', 'v14', 'v15', 'v16', 'v17', 'v18', 'v19', 'v20', 'v21', 'v22', 'v23', 'v24', 'v25', 'v26', 'v27', 'v28', 'v29', 'v30', 'v31', 'v32', 'v33', 'v34', 'v35', 'v36', 'v37', 'v38', 'all'].includes(which)) {
      process.stderr.write(`--unseen-set: expected v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37 or v38, got ${which}\n${USAGE}\n`);
      return 2;
    }
    const opts = { show: Number(parsed.values.show), json: parsed.values.json };
    if (which === 'v38') return runUnseenEvalV38(opts);
    if (which === 'v37') return runUnseenEvalV37(opts);
    if (which === 'v36') return runUnseenEvalV36(opts);
    if (which === 'v35') return runUnseenEvalV35(opts);
    if (which === 'v34') return runUnseenEvalV34(opts);
    if (which === 'v33') return runUnseenEvalV33(opts);
    if (which === 'v32') return runUnseenEvalV32(opts);
    if (which === 'v31') return runUnseenEvalV31(opts);
    if (which === 'v30') return runUnseenEvalV30(opts);
    if (which === 'v29') return runUnseenEvalV29(opts);
    if (which === 'v28') return runUnseenEvalV28(opts);
    if (which === 'v27') return runUnseenEvalV27(opts);
    if (which === 'v26') return runUnseenEvalV26(opts);
    if (which === 'v25') return runUnseenEvalV25(opts);
    if (which === 'v24') return runUnseenEvalV24(opts);
    if (which === 'v23') return runUnseenEvalV23(opts);
    if (which === 'v22') return runUnseenEvalV22(opts);
    if (which === 'v21') return runUnseenEvalV21(opts);
    if (which === 'v20') return runUnseenEvalV20(opts);
    if (which === 'v19') return runUnseenEvalV19(opts);
    if (which === 'v18') return runUnseenEvalV18(opts);
    if (which === 'v17') return runUnseenEvalV17(opts);
    if (which === 'v16') return runUnseenEvalV16(opts);
    if (which === 'v15') return runUnseenEvalV15(opts);
    if (which === 'v14') return runUnseenEvalV14(opts);
    if (which === 'v13') return runUnseenEvalV13(opts);
    if (which === 'v12') return runUnseenEvalV12(opts);
    if (which === 'v11') return runUnseenEvalV11(opts);
    if (which === 'v10') return runUnseenEvalV10(opts);
    if (which === 'v9') return runUnseenEvalV9(opts);
    if (which === 'v8') return runUnseenEvalV8(opts);
    if (which === 'v7') return runUnseenEvalV7(opts);
    if (which === 'v6') return runUnseenEvalV6(opts);
    if (which === 'v5') return runUnseenEvalV5(opts);
    if (which === 'v4') return runUnseenEvalV4(opts);
    if (which === 'v3') return runUnseenEvalV3(opts);
    const v1 = which === 'v2' ? 0 : await runUnseenEval(opts);
    if (which === 'v1' || v1 !== 0) return v1;
    const v2 = await runUnseenEvalV2(opts);
    if (which === 'v2' || v2 !== 0) return v2;
    const v3 = await runUnseenEvalV3(opts);
    if (v3 !== 0) return v3;
    const v4 = await runUnseenEvalV4(opts);
    if (v4 !== 0) return v4;
    const v5 = await runUnseenEvalV5(opts);
    if (v5 !== 0) return v5;
    const v6 = await runUnseenEvalV6(opts);
    if (v6 !== 0) return v6;
    const v7 = await runUnseenEvalV7(opts);
    if (v7 !== 0) return v7;
    const v8 = await runUnseenEvalV8(opts);
    if (v8 !== 0) return v8;
    const v9 = await runUnseenEvalV9(opts);
    if (v9 !== 0) return v9;
    const v10 = await runUnseenEvalV10(opts);
    if (v10 !== 0) return v10;
    const v11 = await runUnseenEvalV11(opts);
    if (v11 !== 0) return v11;
    const v12 = await runUnseenEvalV12(opts);
    if (v12 !== 0) return v12;
    const v13 = await runUnseenEvalV13(opts);
    if (v13 !== 0) return v13;
    const v14 = await runUnseenEvalV14(opts);
    if (v14 !== 0) return v14;
    const v15 = await runUnseenEvalV15(opts);
    if (v15 !== 0) return v15;
    const v16 = await runUnseenEvalV16(opts);
    if (v16 !== 0) return v16;
    const v17 = await runUnseenEvalV17(opts);
    if (v17 !== 0) return v17;
    const v18 = await runUnseenEvalV18(opts);
    if (v18 !== 0) return v18;
    const v19 = await runUnseenEvalV19(opts);
    if (v19 !== 0) return v19;
    const v20 = await runUnseenEvalV20(opts);
    if (v20 !== 0) return v20;
    const v21 = await runUnseenEvalV21(opts);
    if (v21 !== 0) return v21;
    const v22 = await runUnseenEvalV22(opts);
    if (v22 !== 0) return v22;
    const v23 = await runUnseenEvalV23(opts);
    if (v23 !== 0) return v23;
    const v24 = await runUnseenEvalV24(opts);
    if (v24 !== 0) return v24;
    const v25 = await runUnseenEvalV25(opts);
    if (v25 !== 0) return v25;
    const v26 = await runUnseenEvalV26(opts);
    if (v26 !== 0) return v26;
    const v27 = await runUnseenEvalV27(opts);
    if (v27 !== 0) return v27;
    const v28 = await runUnseenEvalV28(opts);
    if (v28 !== 0) return v28;
    const v29 = await runUnseenEvalV29(opts);
    if (v29 !== 0) return v29;
    const v30 = await runUnseenEvalV30(opts);
    if (v30 !== 0) return v30;
    const v31 = await runUnseenEvalV31(opts);
    if (v31 !== 0) return v31;
    const v32 = await runUnseenEvalV32(opts);
    if (v32 !== 0) return v32;
    const v33 = await runUnseenEvalV33(opts);
    if (v33 !== 0) return v33;
    const v34 = await runUnseenEvalV34(opts);
    if (v34 !== 0) return v34;
    const v35 = await runUnseenEvalV35(opts);
    if (v35 !== 0) return v35;
    const v36 = await runUnseenEvalV36(opts);
    if (v36 !== 0) return v36;
    const v37 = await runUnseenEvalV37(opts);
    return v37 !== 0 ? v37 : runUnseenEvalV38(opts);
  }
  const [dir, ...more] = parsed.positionals;
  if (dir === undefined || more.length > 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let gate: Gate | null = null;
  if (parsed.values.gate !== undefined) {
    try {
      gate = JSON.parse(await readFile(parsed.values.gate, 'utf8')) as Gate;
    } catch (error) {
      process.stderr.write(`cannot read gate file ${parsed.values.gate}: ${(error as Error).message}\n`);
      return 2;
    }
  }
  const report = await evaluateCorpus(dir);
  if (parsed.values.json) {
    process.stdout.write(`${JSON.stringify({ corpus: report.corpus, ms: Math.round(report.ms), scores: report.scores, rows: report.rows, details: report.details }, null, 2)}\n`);
  } else {
    process.stdout.write(`${table(report.corpus, report.rows, report.details, report.ms)}\n`);
  }
  if (gate) {
    if (!gate[report.corpus]) process.stderr.write(`gate: no minimums pinned for "${report.corpus}"\n`);
    const failures = gateFailures(report.corpus, report.scores, gate);
    for (const f of failures) process.stderr.write(`gate FAILED: ${f}\n`);
    if (failures.length > 0) return 1;
    if (gate[report.corpus]) process.stderr.write(`gate: ${report.corpus} passes ${Object.keys(gate[report.corpus]!).length} minimums\n`);
  }
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('eval.ts')) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`eval failed: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
