import { describe, expect, it } from 'vitest';
import { corpusPages, runAnchoringBench } from '../anchoring';
import { syntheticSource } from './synthetic';

// The seed page, loaded by path (its text is measured, never copied).
const seed = corpusPages().filter((p) => p.name === 'seed');

describe('anchoring bench on the seed page', () => {
  it('finds the seed page', () => {
    expect(seed).toHaveLength(1);
  });

  it('re-anchors the engine findings within the targets, with rows per variant', async () => {
    const { rows, summary } = await runAnchoringBench({ pages: seed });
    expect(rows.map((r) => r.variant)).toEqual(expect.arrayContaining(['unchanged', 'ads', 'markup', 'edits', 'removed', 'reordered', 'everything', 'all variants']));
    const all = rows.find((r) => r.variant === 'all variants');
    expect(Number(all?.annotations)).toBeGreaterThan(50);
    expect(Number(all?.toOrphan)).toBeGreaterThan(0);
    expect(summary.placedRight).toBeGreaterThanOrEqual(0.99);
    expect(summary.orphanedRight).toBe(1);
    expect(summary.wrongPlacements).toBe(0);
    expect(summary.overParseMedian).toBeGreaterThan(0);
  });

  it('places random spans of the article (single words included) with no wrong placement', async () => {
    const { summary } = await runAnchoringBench({ pages: seed, source: syntheticSource() });
    expect(summary.placedRight).toBeGreaterThanOrEqual(0.97);
    expect(summary.orphanedRight).toBe(1);
    expect(summary.wrongPlacements).toBe(0);
  });
});
