// `npm run bench`: the speed of the engine against Readability's own parse on every corpus page,
// its scaling on a long article,
// the growth of its time over 1×…32× the size of each family of generated hostile pages
// (src/fuzz/growth.ts, the measurement `npm run fuzz` reports too: the median main-thread CPU
// time of each size; `fuzzGrowthSlope` is the worst log-log slope), and the rows of the
// anchoring and export benchmarks.
// `--json` prints one object instead of tables; `--growth` measures only the growth, `--pages` only the corpus pages. A benchmark, never a test: it asserts nothing.
import { performance } from 'node:perf_hooks';
import { articleFrom, runReadability } from '../src/core/article';
import { extractFromArticle } from '../src/core/extract';
import type { Article } from '../src/core/types';
import { caseDirs } from '../src/node/predict';
import { pageWindow, readPageFile } from '../src/node/load-page';
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { runAnchoringBench } from './anchoring';
import { runExportBench } from './export';
import { GROWTH_FAMILIES, measureGrowth } from '../src/fuzz/growth';

const json = process.argv.includes('--json');
/** `--engine`: only the engine's rows (a quick loop while working on the engine). */
const engineOnly = process.argv.includes('--engine');
/** `--pages`: only the engine against Readability on the corpus pages (extractOverParseMedian), half a minute: for A/B runs of two builds. */
const pagesOnly = process.argv.includes('--pages');
/** `--growth`: only the growth over 1×…32× of the generated hostile pages (fuzzGrowthSlope). */
const growthOnly = process.argv.includes('--growth');
const shared = resolve(process.env.SOURCELIGHT_SHARED ?? join(process.cwd(), '..', 'shared'));
const REPEATS = 5;

type Row = Record<string, string | number>;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length === 0 ? NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The fastest of a few runs: the least disturbed by the rest of the machine. */
function best<T>(run: () => T): { ms: number; value: T } {
  let ms = Infinity;
  let value!: T;
  for (let i = 0; i < REPEATS; i++) {
    const t0 = performance.now();
    value = run();
    ms = Math.min(ms, performance.now() - t0);
  }
  return { ms, value };
}

function table(rows: Row[]): string {
  if (rows.length === 0) return '';
  const cols = Object.keys(rows[0]!);
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(width[i]!) : c.padStart(width[i]!))).join('  ');
  return [line(cols), line(width.map((w) => '-'.repeat(w))), ...rows.map((r) => line(cols.map((c) => String(r[c] ?? ''))))].join('\n');
}

const round = (x: number, d = 2) => Number(x.toFixed(d));

/** The corpus pages, as (name, page file, url). */
function corpusPages(): Array<{ corpus: string; dir: string; file: string; url: string }> {
  const pages = [];
  for (const corpus of ['seed', 'polnear-dev', 'web-dev']) {
    for (const dir of caseDirs(join(shared, 'corpus', corpus))) {
      const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { page?: string; url?: string };
      pages.push({ corpus, dir, file: join(dir, gold.page ?? 'article.html'), url: gold.url ?? 'https://example.org/' });
    }
  }
  return pages;
}

/** One pass of Readability and the engine over every page, so that neither is timed cold. */
function warmUp(pages: ReturnType<typeof corpusPages>): void {
  for (const p of pages) {
    const dom = pageWindow(readPageFile(p.file), p.url);
    try {
      extractFromArticle(articleFrom(runReadability(dom.window.document), dom.window.document, p.url));
    } finally {
      dom.window.close();
    }
  }
}

/** Readability's parse and the engine after it, page by page, in one process. */
function enginePages(): { rows: Row[]; ratios: number[]; seed: Article | null } {
  const rows: Row[] = [];
  const ratios: number[] = [];
  let seed: Article | null = null;
  const pages = corpusPages();
  warmUp(pages);
  for (const { corpus, dir, file, url } of pages) {
    {
      const dom = pageWindow(readPageFile(file), url);
      try {
        const doc = dom.window.document;
        runReadability(doc); // warm the page's DOM caches before either side is timed
        const parse = best(() => runReadability(doc));
        const engine = best(() => extractFromArticle(articleFrom(parse.value, doc, url)));
        if (corpus === 'seed') seed = articleFrom(parse.value, doc, url);
        const ratio = engine.ms / parse.ms;
        ratios.push(ratio);
        rows.push({ page: `${corpus}/${basename(dir)}`.slice(0, 48), 'parse ms': round(parse.ms, 1), 'extract ms': round(engine.ms, 1), ratio: round(ratio, 3), findings: engine.value.findings.length });
      } finally {
        dom.window.close();
      }
    }
  }
  return { rows, ratios, seed };
}

/** The seed article repeated n times, as one article. */
function repeated(a: Article, n: number): Article {
  const paragraphs: Article['paragraphs'] = [];
  let text = '';
  for (let i = 0; i < n; i++) {
    const shift = text ? text.length + 2 : 0;
    text = text ? `${text}\n\n${a.text}` : a.text;
    for (const p of a.paragraphs) paragraphs.push({ ...p, start: p.start + shift, end: p.end + shift });
  }
  return { ...a, text, paragraphs, inlineQuotes: [] };
}

/** Time for the seed repeated 16 times over the time for it once: 16 means linear. */
function scaling(seed: Article): number {
  const long = repeated(seed, 16);
  // Warm both sizes first, so that neither side pays for compilation.
  for (let i = 0; i < 3; i++) {
    extractFromArticle(seed);
    extractFromArticle(long);
  }
  const once = median(Array.from({ length: 15 }, () => best(() => extractFromArticle(seed)).ms));
  const sixteen = median(Array.from({ length: 5 }, () => best(() => extractFromArticle(long)).ms));
  return sixteen / once;
}

async function main(): Promise<void> {
  if (growthOnly) {
    // `--growth`: the growth part alone (src/fuzz/growth.ts), the same fuzzGrowthSlope.
    const growth = GROWTH_FAMILIES.map((f) => measureGrowth(f));
    const fuzzGrowthSlope = Math.max(...growth.map((g) => g.slope));
    if (json) console.log(JSON.stringify({ fuzzGrowthSlope, fuzzGrowth: Object.fromEntries(growth.map((g) => [g.family, round(g.slope, 3)])) }, null, 1));
    else {
      console.log(table(growth.map((g) => ({ family: g.family, slope: round(g.slope, 3), ...Object.fromEntries(g.points.map((p) => [`${p.factor}x ms`, round(p.ms, 1)])) }))));
      console.log(`\nfuzzGrowthSlope ${round(fuzzGrowthSlope, 3)} (target <= 1.15)`);
    }
    return;
  }
  const engine = enginePages();
  const extractOverParseMedian = median(engine.ratios);
  if (pagesOnly) {
    if (json) console.log(JSON.stringify({ extractOverParseMedian, pages: engine.rows.length }));
    else console.log(`${table(engine.rows)}\n\nextractOverParseMedian ${round(extractOverParseMedian, 3)} (target <= 0.25)`);
    return;
  }
  const scaling16x = engine.seed ? scaling(engine.seed) : NaN;
  const growth = GROWTH_FAMILIES.map((f) => measureGrowth(f));
  const fuzzGrowthSlope = Math.max(...growth.map((g) => g.slope));
  const growthRows: Row[] = growth.map((g) => ({ family: g.family, slope: round(g.slope, 3), ...Object.fromEntries(g.points.map((p) => [`${p.factor}x ms`, round(p.ms, 1)])), '32x KB': round(g.points[g.points.length - 1]!.chars / 1024, 0) }));
  if (engineOnly) {
    console.log(table(engine.rows));
    console.log(`\n${table(growthRows)}`);
    console.log(`\nextractOverParseMedian ${round(extractOverParseMedian, 3)}   scaling16x ${round(scaling16x, 1)}   fuzzGrowthSlope ${round(fuzzGrowthSlope, 3)}`);
    return;
  }
  const anchoring = await runAnchoringBench();
  const exports = await runExportBench();
  if (json) {
    console.log(JSON.stringify({ extractOverParseMedian, scaling16x, fuzzGrowthSlope, fuzzGrowth: Object.fromEntries(growth.map((g) => [g.family, round(g.slope, 3)])), anchoring: anchoring.summary, exportOverStringify: exports.exportOverStringify, pages: engine.rows.length }, null, 1));
    return;
  }
  console.log('## Engine vs Readability.parse, per page\n');
  console.log(table(engine.rows));
  console.log(`\nextractOverParseMedian ${round(extractOverParseMedian, 3)} (target <= 0.25)   scaling16x ${round(scaling16x, 1)} (target <= 20)\n`);
  console.log('## Growth over 1×…32× the size, generated hostile pages (engine main-thread CPU ms, median of runs)\n');
  console.log(table(growthRows));
  console.log(`\nfuzzGrowthSlope ${round(fuzzGrowthSlope, 3)} (target <= 1.15)\n`);
  console.log('## Anchoring\n');
  console.log(table(anchoring.rows));
  console.log(`\n${JSON.stringify(anchoring.summary)}\n`);
  console.log('## Export\n');
  console.log(table(exports.rows));
  console.log(`\nexportOverStringify ${JSON.stringify(exports.exportOverStringify)}`);
}

main().catch((e: unknown) => {
  console.error(`bench failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
  process.exit(1);
});
