// `npm run fuzz`: generated hostile pages through the engine, in this process, from a seed.
//   --pages N     how many pages (default 2000, the bounded run; 10000 is the long run)
//   --seed S      the run's seed (default 12); page i of a seed is always the same page
//   --profile P   quick (pages up to ~12 KB of text) or long (up to 5 MB); default: long past 2000 pages
//   --growth      also measure each growing family at 1×…32× (on by default in the long run)
//   --only I      run page I alone; --dump FILE writes its HTML (to make a reproducer of a crash)
//   --shard K/N   run only the pages i with i % N == K (several processes share a long run);
//   --out FILE    write the outcomes as JSON; --merge FILE... sums such files into one summary
//   --imports N   also feed N broken and hostile import files (src/format/fuzz-imports.ts) through
//                 the importer and a real database (default 1000 in the long run, 0 otherwise)
//   --per-kb      also measure engine ms per KB of article text at 10 KB, 100 KB, 1 MB and 10 MB
//                 of HTML (and Readability's beside it); with --pages 0, that alone
// Prints one summary line (and one for the imports); exits 1 when any page crashed or broke the
// contract, or any import rule broke.
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { fuzzDb } from '../database/fuzz-db';
import { bundleArb } from '../format/arbitraries';
import { fuzzSummary, runImportFuzz } from '../format/fuzz-imports';
import { GROWTH_FAMILIES, measureGrowth, measurePerKb, PER_KB_FAMILIES } from './growth';
import { engineMs, generatePage, runPage, summarize, type Outcome, type Profile } from './run';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function number(name: string, fallback: number): number {
  const v = option(name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) {
    process.stderr.write(`fuzz: ${name} wants a whole number, not ${JSON.stringify(v)}\n`);
    process.exit(2);
  }
  return n;
}

const pages = number('--pages', 2000);
const seed = number('--seed', 12);
const profile: Profile = (option('--profile') as Profile | undefined) ?? (pages > 2000 ? 'long' : 'quick');
const only = option('--only');
const growth = process.argv.includes('--growth') || (profile === 'long' && !process.argv.includes('--no-growth'));

if (only !== undefined) {
  const page = generatePage(seed, Number(only), profile);
  const dump = option('--dump');
  if (dump) writeFileSync(dump, page.html);
  const o = runPage(page, Number(only));
  console.log(JSON.stringify({ ...o, detail: o.detail.slice(0, 2000) }, null, 1));
  process.exit(o.result === 'crash' || o.result === 'fault' ? 1 : 0);
}

const t0 = performance.now();
const outcomes: Outcome[] = [];
const shard = (option('--shard') ?? '0/1').split('/').map(Number) as [number, number];
const merge = process.argv.indexOf('--merge');
if (merge >= 0) for (const f of process.argv.slice(merge + 1)) outcomes.push(...(JSON.parse(readFileSync(f, 'utf8')) as Outcome[]));
for (let i = shard[0]; merge < 0 && i < pages; i += shard[1]) {
  const o = runPage(generatePage(seed, i, profile), i);
  outcomes.push(o);
  // jsdom gives a closed window's memory back only once the event loop turns: a loop that never
  // yields keeps every page it ran (0.6 MB a page; the long run died at 4 GB after 3,500 pages).
  await new Promise((resolve) => setImmediate(resolve));
  if (o.result === 'crash' || o.result === 'fault') process.stderr.write(`page ${i} (${o.family}, ${o.kb.toFixed(0)} KB): ${o.result}: ${o.detail.split('\n').slice(0, 3).join(' | ')}\n`);
  if (outcomes.length % 250 === 0) {
    process.stderr.write(`… ${outcomes.length} pages, ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
    save(); // a long run stopped early still leaves what it did
  }
}
save();

/** Writes the outcomes so far to --out, if asked. */
function save(): void {
  const outFile = option('--out');
  if (outFile) writeFileSync(outFile, JSON.stringify(outcomes.map((o) => ({ ...o, detail: o.detail.slice(0, 1000) }))));
}
const s = summarize(outcomes);
const byFamily = new Map<string, { n: number; ms: number; max: number }>();
for (const o of outcomes) {
  const f = byFamily.get(o.family) ?? { n: 0, ms: 0, max: 0 };
  f.n++;
  f.ms += o.ms;
  f.max = Math.max(f.max, o.ms);
  byFamily.set(o.family, f);
}
for (const [family, f] of [...byFamily].sort()) process.stderr.write(`  ${family.padEnd(15)} ${String(f.n).padStart(6)} pages  mean ${(f.ms / f.n).toFixed(1).padStart(7)} ms  max ${f.max.toFixed(0).padStart(6)} ms\n`);
for (const o of s.over.slice(0, 10)) process.stderr.write(`over budget: page ${o.index} (${o.family}, ${o.kb.toFixed(0)} KB) ${o.ms.toFixed(0)} ms\n`);
let growthText = '';
if (growth) {
  const results = GROWTH_FAMILIES.map((f) => measureGrowth(f));
  for (const g of results) process.stderr.write(`  growth ${g.family.padEnd(15)} slope ${g.slope.toFixed(3)}  ${g.points.map((p) => `${(p.chars / 1024).toFixed(0)}KB:${p.ms.toFixed(0)}ms`).join(' ')}\n`);
  const worst = results.reduce((a, b) => (b.slope > a.slope ? b : a));
  growthText = `, growth slope ${worst.slope.toFixed(2)} (worst: ${worst.family})`;
}
let perKbText = '';
if (process.argv.includes('--per-kb')) {
  const results = PER_KB_FAMILIES.map((f) => measurePerKb(f));
  process.stderr.write('  per KB: engine ms/KB of article text (median of runs, main thread) | Readability ms/KB (once) | jsdom parse ms, at 10 KB, 100 KB, 1 MB, 10 MB of HTML\n');
  for (const g of results) {
    const cells = g.points.map((p) => `${(p.chars / 1024).toFixed(0)}KB ${p.msPerKb.toFixed(2)} | ${p.readabilityMsPerKb.toFixed(2)} | ${p.jsdomMs.toFixed(0)}`).join('   ');
    process.stderr.write(`  per KB ${g.family.padEnd(15)} engine within ${g.spread.toFixed(2)}× of ${g.median.toFixed(2)} ms/KB, Readability within ${g.readabilitySpread.toFixed(2)}×   ${cells}\n`);
  }
  const worst = results.reduce((a, b) => (b.spread > a.spread ? b : a));
  const worstR = results.reduce((a, b) => (b.readabilitySpread > a.readabilitySpread ? b : a));
  perKbText = `, engine ms/KB within ${worst.spread.toFixed(2)}× of its median from 10 KB to 10 MB (worst: ${worst.family}; Readability's within ${worstR.readabilitySpread.toFixed(2)}×, worst: ${worstR.family})`;
}
const secs = ((performance.now() - t0) / 1000).toFixed(0);
console.log(
  `fuzz: ${s.pages} pages (seed ${seed}, ${profile}${shard[1] > 1 ? `, shard ${shard.join('/')}` : ''}), ${s.extracted} extracted, ${s.noArticle} no article, ${s.crashes} crashes, ${s.faults} contract faults, ` +
    `${s.overBudget} over budget (CPU; ${s.overBudgetWall} by the clock), max ${s.maxMsPerKb.toFixed(2)} ms/KB, max ${s.maxMs.toFixed(0)} ms${growthText}${perKbText}, in ${secs} s`,
);

// The import side of the same run (issue 12, item 5): broken and hostile files, a real database.
const importFiles = number('--imports', profile === 'long' && merge < 0 && shard[1] === 1 ? 1000 : 0);
let importFailures = 0;
if (importFiles > 0) {
  const store = await fuzzDb(fc.sample(bundleArb.filter((b) => b.annotations.length > 3), { numRuns: 1, seed: 5 })[0]!);
  const started = performance.now();
  // A hang, not a slow moment of a shared machine: 30 s for one file.
  const { counts, failures } = await runImportFuzz({ files: importFiles, seed: 2026, budgetMs: 30_000, db: store });
  store.close();
  for (const f of failures) process.stderr.write(`  ${f}\n`);
  importFailures = failures.length;
  console.log(`${fuzzSummary(counts)} (seed 2026, ${((performance.now() - started) / 1000).toFixed(0)} s)`);
}
process.exit(s.crashes + s.faults + importFailures > 0 ? 1 : 0);
