/** A full collection runs between content sync and rendering only when the process holds much more than it uses. */
import { expect, it } from 'vitest';
import { releaseFreedMemory } from '../../src/build/release-memory.ts';

const GB = 1024 ** 3;

it('does nothing while the slack beyond live heap and buffers is under the threshold', () => {
  let calls = 0;
  const r = releaseFreedMemory({ usage: () => ({ rss: 1.5 * GB, heapUsed: 0.4 * GB, external: 0.2 * GB }), collect: () => calls++ });
  expect(r.collected).toBe(false);
  expect(calls).toBe(0);
  expect(r.after).toEqual(r.before);
});

it('collects once the slack reaches the threshold, and reports memory before and after', () => {
  let rss = 4 * GB;
  let calls = 0;
  const r = releaseFreedMemory({
    usage: () => ({ rss, heapUsed: 1 * GB, external: 0.5 * GB }),
    collect: () => {
      calls++;
      rss = 2 * GB;
    },
  });
  expect(r.collected).toBe(true);
  expect(calls).toBe(1);
  expect(r.before.rss).toBe(4 * GB);
  expect(r.after.rss).toBe(2 * GB);
});

it('the default collection is V8 full gc: it frees an unreachable buffer of this process', async () => {
  const weak = (() => new WeakRef(Array.from({ length: 8 }, () => Buffer.alloc(1024 * 1024, 1))))();
  // A WeakRef keeps its target alive until the current job ends.
  await new Promise((resolve) => setTimeout(resolve, 0));
  // Threshold below any slack: always collect, with the real collector and real figures.
  const r = releaseFreedMemory({ threshold: -Infinity });
  expect(r.collected).toBe(true);
  expect(weak.deref()).toBeUndefined();
});
