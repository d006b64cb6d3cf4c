// `npm run eval`: the engine over each corpus in ../shared/corpus, scored by ../shared/eval/score.mjs.
// Prints each corpus's table and its summary line; --verbose passes through to the scorer;
// --by-rule adds each rule's counts and precision (scripts/by-rule.mjs).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { byRule, printByRule } from './by-rule.mjs';

const shared = resolve(process.env.SOURCELIGHT_SHARED ?? '../shared');
const verbose = process.argv.includes('--verbose');
const rules = process.argv.includes('--by-rule');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const corpora = only.length ? only : ['seed', 'polnear-dev', 'web-dev', 'de-dev'];
const out = mkdtempSync(join(tmpdir(), 'sourcelight-eval-'));
try {
  for (const name of corpora) {
    const cases = join(shared, 'corpus', name);
    const pred = join(out, name);
    execFileSync(process.execPath, ['dist/predict.js', cases, pred, ...(rules ? ['--explain'] : [])], { stdio: 'inherit' });
    console.log(`\n## ${name}`);
    const args = [join(shared, 'eval', 'score.mjs'), '--pred', pred, cases];
    if (verbose) args.splice(1, 0, '--verbose');
    execFileSync(process.execPath, args, { stdio: 'inherit' });
    if (rules) printByRule(name, byRule(cases, pred));
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
