// The bounded fuzz run that `npm test` holds: pages [from, to) of seed 12 in the quick profile,
// in chunks of 100, each chunk a test that fails on any crash or contract fault and names the
// pages (rerun one with `npm run fuzz -- --only N` and make its reproducer a unit test).
import { describe, expect, it } from 'vitest';
import { generatePage, runPage } from './run';

export const BOUNDED_SEED = 12;
const CHUNK = 100;

export function boundedRun(from: number, to: number): void {
  describe(`fuzz pages ${from}–${to - 1} (seed ${BOUNDED_SEED})`, () => {
    for (let start = from; start < to; start += CHUNK) {
      const end = Math.min(to, start + CHUNK);
      it(`pages ${start}–${end - 1} extract within the contract or end in NoArticleError with a reason`, () => {
        const failures: string[] = [];
        let extracted = 0;
        for (let i = start; i < end; i++) {
          const o = runPage(generatePage(BOUNDED_SEED, i, 'quick'), i);
          if (o.result === 'crash' || o.result === 'fault') failures.push(`page ${i} (${o.family}): ${o.result}: ${o.detail.split('\n')[0]}`);
          else if (o.result === 'no-article') expect(o.detail).toMatch(/\w{3}/);
          else extracted++;
        }
        expect(failures).toEqual([]);
        // The generators make articles, not only junk: most pages are read.
        expect(extracted).toBeGreaterThan((end - start) / 2);
      }, 600_000);
    }
  });
}
