// The bounded import fuzz in `npm test` (the long run is `npm run fuzz:imports`, 1,000 files by default): 300 broken
// and hostile files, each checked against the rules of src/format/fuzz-imports.ts, refusals
// against a real database. Every count of a failure must be zero. The budget is a hang detector
// (30 s for one file, which takes milliseconds), so that a loaded machine cannot fail the test.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundleArb } from '../format/arbitraries';
import { fuzzSummary, runImportFuzz } from '../format/fuzz-imports';
import { fuzzDb } from './fuzz-db';

describe('import fuzz', () => {
  it('300 broken and hostile files: no crash, hang, pollution, bad link, change on refusal or broken round trip', async () => {
    const seed = fc.sample(bundleArb.filter((b) => b.annotations.length > 3), { numRuns: 1, seed: 5 })[0]!;
    const db = await fuzzDb(seed);
    const { counts, failures } = await runImportFuzz({ files: 300, seed: 2026, budgetMs: 30_000, db });
    db.close();
    console.log(fuzzSummary(counts));
    expect(failures).toEqual([]);
    expect(counts).toMatchObject({ files: 300, crashes: 0, overBudget: 0, polluted: 0, acceptedInvalid: 0, badLinks: 0, dbChangedOnRefusal: 0, roundTripsBroken: 0 });
    // The run exercises both sides: many files refused, many accepted, in every readable format.
    expect(counts.refused).toBeGreaterThan(100);
    expect(counts.accepted).toBeGreaterThan(50);
    expect(counts.byFormat.hypothesis).toBeGreaterThan(5);
    expect(counts.byFormat.w3c).toBeGreaterThan(5);
  }, 300_000);
});
