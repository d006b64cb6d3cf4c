// The engine on the shared corpora, judged by the project's own scorer (../shared/eval/score.mjs):
// the seed must be perfect on quotes and nearly so on claims; polnear-dev and web-dev must not fall
// below the levels reached so far (floors to catch regressions; the targets live in the issue).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { predictCorpus } from '../../src/node/predict';

const shared = resolve(process.env.SOURCELIGHT_SHARED ?? join(process.cwd(), '..', 'shared'));
const out = mkdtempSync(join(tmpdir(), 'sourcelight-corpus-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

interface Totals {
  wrongNamed: number;
  tp: number;
  fp: number;
  fn: number;
  f1: number;
  strictF1: number;
}
interface Score {
  quote: Totals;
  claim: Totals;
  errors: number;
  report: Array<{ name: string; extras: string[] }>;
}

function score(corpus: string): Score {
  const cases = join(shared, 'corpus', corpus);
  const pred = join(out, corpus);
  predictCorpus(cases, pred);
  const json = execFileSync(process.execPath, [join(shared, 'eval', 'score.mjs'), '--json', '--pred', pred, cases], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return JSON.parse(json) as Score;
}

describe('extraction on the corpora', () => {
  it('finds every quote of the seed and gives it to the right person, and its claims', () => {
    const s = score('seed');
    expect(s.errors).toBe(0);
    expect(s.quote.fn).toBe(0);
    expect(s.quote.fp).toBe(0); // nothing from the "Most read" sidebar
    expect(s.quote.strictF1).toBe(1);
    expect(s.claim.tp).toBeGreaterThanOrEqual(5);
  }, 60_000);

  it('meets the quote target on polnear-dev and holds its claims', () => {
    const s = score('polnear-dev');
    expect(s.errors).toBe(0);
    expect(s.quote.strictF1).toBeGreaterThanOrEqual(0.93);
    expect(s.claim.f1).toBeGreaterThanOrEqual(0.72);
  }, 180_000);

  it('holds its level on the saved web pages, with no page failing', () => {
    const s = score('web-dev');
    expect(s.errors).toBe(0);
    expect(s.quote.strictF1).toBeGreaterThanOrEqual(0.95);
    expect(s.quote.wrongNamed).toBeLessThanOrEqual(0.03);
  }, 120_000);

  it('holds German reported speech (de-dev claims) and its quotes', () => {
    const s = score('de-dev');
    expect(s.errors).toBe(0);
    expect(s.claim.f1).toBeGreaterThanOrEqual(0.55);
    // 0.67, not 0.68: labels that were pieces of the sentence ("Bestrebungen der", "… geworden
    // war und in eine Andeutung") are no speakers now; the gold had let them pass as "er".
    expect(s.quote.strictF1).toBeGreaterThanOrEqual(0.67);
    expect(s.quote.wrongNamed).toBeLessThanOrEqual(0.09);
  }, 180_000);
});
