// The run's summary judges the budget on CPU time where it was measured (a loaded machine's
// clock counts the neighbours), and still reports what the clock said.
import { describe, expect, it } from 'vitest';
import { budgetMs, summarize, type Outcome } from './run';

const page = (ms: number, cpuMs: number | undefined, kb = 20): Outcome => ({ index: 0, family: 'marks', kb, ms, cpuMs, result: 'extracted', detail: '', findings: 1 });

describe('summarize', () => {
  it('counts a page over budget by its CPU time, and by the clock apart', () => {
    const budget = budgetMs(20);
    const s = summarize([page(budget * 3, budget / 2), page(budget * 2, budget * 1.5), page(10, 5)]);
    expect(s.overBudget).toBe(1);
    expect(s.overBudgetWall).toBe(2);
    expect(s.over.map((o) => o.cpuMs)).toEqual([budget * 1.5]);
    expect(s.maxMs).toBe(budget * 1.5);
    expect(s.maxMsPerKb).toBeCloseTo((budget * 1.5) / 20);
  });

  it('falls back to the clock for outcomes saved before CPU time was measured', () => {
    const s = summarize([page(budgetMs(20) + 1, undefined)]);
    expect(s.overBudget).toBe(1);
  });
});
