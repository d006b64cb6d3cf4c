import { describe, expect, it } from 'vitest';
import { measureLivePage } from './live-page';

// Invented page.
const PAGE = '<!doctype html><body><article><p>The ferry company said its boats would run on time.</p></article></body>';

describe('measureLivePage', () => {
  it('counts the ticker changes, the records the watcher looked at and its reports', async () => {
    // A fixed number of changes, not a time span: the count does not depend on how busy the machine is.
    const m = await measureLivePage(PAGE, 'https://example.org/live', Number.POSITIVE_INFINITY, 60);
    expect(m.mutations).toBe(60);
    // One record per change, each looked at once at most; the burst is reported (at least at the end).
    expect(m.recordsSeen).toBeLessThanOrEqual(m.mutations + 1);
    expect(m.reports).toBeGreaterThanOrEqual(1);
    expect(m.reports).toBeLessThan(m.mutations / 10);
    expect(m.microsPerMutation).toBeGreaterThan(0);
  });
});
