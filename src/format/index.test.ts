import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundleArb } from './arbitraries';
import { EXPORT_FORMATS } from './bundle';
import { formatBundle, formatBundleAsync, formatChunks } from './index';

describe('formatBundle and its chunked forms', { timeout: 120_000 }, () => {
  it('give the same text for every format', async () => {
    await fc.assert(
      fc.asyncProperty(bundleArb, fc.constantFrom(...EXPORT_FORMATS), fc.integer({ min: 1, max: 4 }), async (bundle, format, chunkSize) => {
        const whole = formatBundle(bundle, format, { now: 1 });
        expect([...formatChunks(bundle, format, { now: 1, chunkSize })].map((c) => c.text).join('')).toBe(whole);
        const parts = await formatBundleAsync(bundle, format, { now: 1, chunkSize, pause: async () => {} });
        expect(parts.join('')).toBe(whole);
      }),
      { numRuns: 80 },
    );
  });

  it('reports progress that rises to the total and yields to the event loop between chunks', async () => {
    const [bundle] = fc.sample(bundleArb.filter((b) => b.annotations.length >= 6), { numRuns: 1, seed: 5 });
    for (const format of EXPORT_FORMATS) {
      const progress: number[] = [];
      let ticks = 0;
      const timer = setInterval(() => ticks++, 0);
      await formatBundleAsync(bundle!, format, { chunkSize: 2, onProgress: (done, total) => { expect(total).toBe(bundle!.annotations.length); progress.push(done); } });
      clearInterval(timer);
      expect(progress.at(-1)).toBe(bundle!.annotations.length);
      expect([...progress].sort((a, b) => a - b)).toEqual(progress);
      expect(new Set(progress).size).toBeGreaterThan(2);
      expect(ticks).toBeGreaterThan(0);
    }
  });

  it('stops when cancelled', async () => {
    const [bundle] = fc.sample(bundleArb.filter((b) => b.annotations.length >= 4), { numRuns: 1, seed: 9 });
    const controller = new AbortController();
    const run = formatBundleAsync(bundle!, 'csv', { chunkSize: 1, signal: controller.signal, onProgress: (done) => done >= 2 && controller.abort() });
    await expect(run).rejects.toThrow('The export was cancelled.');
  });
});
