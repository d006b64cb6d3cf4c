// `npm run fuzz:imports [-- --files N --seed S --json]`: the long import fuzz (issue 12, item 5).
// Prints one summary line (or, with --json, the counts as JSON) and exits 1 when any rule broke.
import fc from 'fast-check';
import { bundleArb } from '../format/arbitraries';
import { fuzzSummary, runImportFuzz } from '../format/fuzz-imports';
import { fuzzDb } from './fuzz-db';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isSafeInteger(value) || value < 1) {
    process.stderr.write(`sourcelight fuzz:imports: --${name} needs a whole number ≥ 1\n`);
    process.exit(2);
  }
  return value;
}

const files = option('files', 1000);
const seed = option('seed', 2026);
const json = process.argv.includes('--json');
const store = await fuzzDb(fc.sample(bundleArb.filter((b) => b.annotations.length > 3), { numRuns: 1, seed: 5 })[0]!);
const started = Date.now();
const { counts, failures } = await runImportFuzz({
  files,
  seed,
  db: store,
  onFile: (done) => {
    if (!json && done % 100 === 0) process.stderr.write(`  ${done}/${files} files\r`);
  },
});
store.close();
if (!json) process.stderr.write('\n');
if (json) process.stdout.write(`${JSON.stringify({ ...counts, seed, seconds: Math.round((Date.now() - started) / 1000) })}\n`);
else process.stdout.write(`${fuzzSummary(counts)} (seed ${seed}, ${Math.round((Date.now() - started) / 1000)} s)\n`);
for (const f of failures) process.stderr.write(`  ${f}\n`);
process.exit(failures.length > 0 ? 1 : 0);
