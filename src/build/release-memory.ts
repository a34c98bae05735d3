/** Gives memory that the content sync no longer uses back to the system before pages render. */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Memory the process holds beyond what its live JavaScript objects and buffers use, from which a
 * full collection is worth its pause. The content sync of a 50,000-article site leaves gigabytes of
 * dead strings (file text, parsed lines, shingles) that V8 would collect only when the heap next
 * grows, and rendering then stacks its own peak on top. A full collection of a multi-gigabyte heap
 * costs a second or two, nothing beside such a build, while on a small site (a few hundred MB in
 * all) the slack never reaches the bar and nothing is paid: one gigabyte sits between the two.
 */
export const RELEASE_THRESHOLD_BYTES = 1024 ** 3;

export interface MemoryFigures {
  rss: number;
  heapUsed: number;
  external: number;
}

export interface ReleaseOptions {
  threshold?: number;
  /** Memory figures now (process.memoryUsage by default). */
  usage?: () => MemoryFigures;
  /** A full garbage collection (V8's gc, exposed on demand, by default). */
  collect?: () => void;
}

export interface ReleaseResult {
  collected: boolean;
  before: MemoryFigures;
  after: MemoryFigures;
}

let exposedGc: (() => void) | null = null;

/**
 * V8's own full collection, exposed at run time (the flag must not be passed on the command line:
 * `npm run build` and Astro start Node themselves). The function is taken from a fresh context,
 * where the flag makes it appear.
 */
function fullCollection(): void {
  if (!exposedGc) {
    setFlagsFromString('--expose-gc');
    exposedGc = runInNewContext('gc') as () => void;
  }
  exposedGc();
}

function figures(): MemoryFigures {
  const { rss, heapUsed, external } = process.memoryUsage();
  return { rss, heapUsed, external };
}

/**
 * Runs a full collection when the resident memory exceeds the live heap and buffers by at least
 * the threshold (dead objects awaiting collection, or pages the heap could hand back).
 */
export function releaseFreedMemory(options: ReleaseOptions = {}): ReleaseResult {
  const usage = options.usage ?? figures;
  const threshold = options.threshold ?? RELEASE_THRESHOLD_BYTES;
  const before = usage();
  if (before.rss - before.heapUsed - before.external < threshold) return { collected: false, before, after: before };
  (options.collect ?? fullCollection)();
  return { collected: true, before, after: usage() };
}
