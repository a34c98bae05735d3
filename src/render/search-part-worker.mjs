/**
 * Indexes one part of the search index in a worker thread (src/render/search-index.ts, indexPart):
 * each worker's Pagefind module starts a service process of its own, so two parts are indexed on
 * two cores, where one service handles its indexes one after the other. Plain JavaScript: it runs
 * as it is under every Node the project supports.
 *
 * workerData: { records: Pagefind custom records sorted by URL, outputPath, window, maxFragments }.
 * Posts { errors: string[] } once the part is written (or failed), then ends the service.
 */
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';

const { records, outputPath, window, maxFragments } = workerData;
const errors = [];
try {
  const created = await pagefind.createIndex({ maxFragments });
  if (!created.index) throw new Error(created.errors.join('; '));
  // Records go out in windows without waiting for each answer: the service handles its messages
  // one at a time in the order sent, so the index stays reproducible.
  for (let i = 0; i < records.length && errors.length === 0; i += window) {
    const batch = records.slice(i, i + window);
    const added = await Promise.all(batch.map((record) => created.index.addCustomRecord(record)));
    added.forEach((a, k) => {
      if (a.errors.length > 0) errors.push(`${batch[k].url}: ${a.errors.join('; ')}`);
    });
  }
  if (errors.length === 0) {
    const written = await created.index.writeFiles({ outputPath });
    errors.push(...written.errors);
  }
} catch (error) {
  errors.push(error instanceof Error ? error.message : String(error));
} finally {
  await pagefind.close();
}
parentPort.postMessage({ errors });
