// `npm run eval`: the engine over each corpus in ../shared/corpus, scored by ../shared/eval/score.mjs.
// Prints each corpus's table and its summary line; --verbose passes through to the scorer;
// --by-rule adds each rule's counts and precision (scripts/by-rule.mjs). Last, the speaker labels
// of seed, polnear-dev and web-dev (those run): how many hold a comma, and how many are suspect by
// src/core/label-quality.ts (a comma, over six words, a date, a clause, a lower-case fragment).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { byRule, printByRule } from './by-rule.mjs';

const shared = resolve(process.env.SOURCELIGHT_SHARED ?? '../shared');
const verbose = process.argv.includes('--verbose');
const rules = process.argv.includes('--by-rule');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const corpora = only.length ? only : ['seed', 'polnear-dev', 'web-dev', 'de-dev'];
const LABEL_CORPORA = ['seed', 'polnear-dev', 'web-dev'];
const out = mkdtempSync(join(tmpdir(), 'sourcelight-eval-'));
try {
  const labels = [];
  for (const name of corpora) {
    const cases = join(shared, 'corpus', name);
    const pred = join(out, name);
    execFileSync(process.execPath, ['dist/predict.js', cases, pred, '--labels', ...(rules ? ['--explain'] : [])], { stdio: 'inherit' });
    const file = join(pred, '_labels.json');
    if (LABEL_CORPORA.includes(name) && existsSync(file)) labels.push(...JSON.parse(readFileSync(file, 'utf8')));
    console.log(`\n## ${name}`);
    const args = [join(shared, 'eval', 'score.mjs'), '--pred', pred, cases];
    if (verbose) args.splice(1, 0, '--verbose');
    execFileSync(process.execPath, args, { stdio: 'inherit' });
    if (rules) printByRule(name, byRule(cases, pred));
  }
  if (labels.length) printLabels(labels);
} finally {
  rmSync(out, { recursive: true, force: true });
}

/** The label figures: share with a comma, share suspect, by flaw, with a few examples. */
function printLabels(rows) {
  const pct = (k) => `${((100 * k) / rows.length).toFixed(1)} %`;
  const flawed = rows.filter((r) => r.flaw);
  const by = {};
  for (const r of flawed) by[r.flaw] = (by[r.flaw] ?? 0) + 1;
  console.log(`\n## speaker labels (${LABEL_CORPORA.filter((c) => corpora.includes(c)).join(', ')})`);
  console.log(`labels ${rows.length}: with a comma ${by.comma ?? 0} (${pct(by.comma ?? 0)}), suspect ${flawed.length} (${pct(flawed.length)}): ${Object.entries(by).map(([f, k]) => `${f} ${k}`).join(', ') || 'none'}`);
  for (const r of flawed.slice(0, verbose ? flawed.length : 12)) console.log(`  ${r.flaw}: ${r.label}`);
}
