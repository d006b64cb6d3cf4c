// `npm run bench:browser`: the extension's in-page cost, measured in Debian's Chromium and Firefox
// ESR over the seed page and the web-dev pages of ../shared/corpus, served on 127.0.0.1. A
// benchmark, never a test: it asserts nothing and prints figures. Per page and browser:
//   parse   a bare `new Readability(document.cloneNode(true)).parse()` in the page's own world, on
//           the same load just before the annotation (Readability reads no layout, so it warms
//           nothing the extension uses; the two are measured in the same moment of a busy machine)
//   total   from the annotateTab message (sent like the popup does) until every highlight is painted
//           (the frame in which the page's CSS.highlights holds them all, seen from the page)
//   ext ms / longest task   the extension's tasks on the tab's main thread (Chromium, DevTools trace)
//   heap    JS + DOM heap the annotation leaves behind, after a full GC (Chromium, DevTools)
//   findings, page-DOM mutations under <body>, data in the page's origin, errors of ours.
// Cold start: the first annotation after the browser started, against the warm median on the same page.
// `--json` prints one object on stdout; `--loads N` (default 3) loads per page; `--browser chromium|firefox`.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHANNEL } from '../../src/shared/messages';
import { launchChromium, launchFirefox, type BenchBrowser, type BenchPage, type BrowserName } from './drivers';
import { corpusPages, serve, type CorpusPage } from './pages';
import { mainThreadFigures, type TraceEvent } from './trace';

const args = process.argv.slice(2);
const json = args.includes('--json');
const argValue = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const LOADS = Math.max(1, Number(argValue('--loads') ?? 3));
const ONLY = argValue('--browser') as BrowserName | undefined;
const ONLY_PAGE = argValue('--page');
const ROOT = process.cwd();
const CORPUS = resolve(process.env.SOURCELIGHT_SHARED ?? join(ROOT, '..', 'shared'), 'corpus');
/** SL_BENCH_DIST: another build's dist folder (e.g. an older commit's, for a before/after run). */
const DIST_ROOT = resolve(process.env.SL_BENCH_DIST ?? join(ROOT, 'dist'));
const DIST: Record<BrowserName, string> = { chromium: join(DIST_ROOT, 'chrome-test'), firefox: join(DIST_ROOT, 'firefox-test') };
const READABILITY = readFileSync(join(ROOT, 'node_modules/@mozilla/readability/Readability.js'), 'utf8');

const log = (line: string) => process.stderr.write(`${line}\n`);

// ---------------------------------------------------------------------------------------------
// The pages and their server

// ---------------------------------------------------------------------------------------------
// What runs in the page and in the control page

const PARSE = `(() => {
${READABILITY}
const t0 = performance.now();
const parsed = new Readability(document.cloneNode(true)).parse();
return { ms: performance.now() - t0, ok: !!parsed };
})()`;

/** The same, called from a frame callback named __slBenchParse, so that the trace shows it. */
const PARSE_IN_FRAME = `new Promise((resolve) => {
${READABILITY}
requestAnimationFrame(function __slBenchParse() { new Readability(document.cloneNode(true)).parse(); resolve(true); });
})`;

/** Watches, from the page's own world (its frame callbacks are named __slBench* for trace.ts), how many ranges Sourcelight's highlights hold at each frame. */
const WATCH = `(() => {
  const w = { changes: [], mutations: 0, count: 0 };
  Object.defineProperty(window, '__slBench', { value: w, configurable: true });
  const count = () => {
    let n = 0;
    // Sourcelight's highlight names are random per page (the page must not learn them), and the
    // corpus pages register none of their own: every range counts, once (a finding stands in its
    // kind's layer and its speaker colour's). The hover and flash layers stay empty while the
    // bench neither hovers nor clicks.
    const ranges = new Set();
    CSS.highlights.forEach((h) => h.forEach((r) => ranges.add(r)));
    n = ranges.size;
    return n;
  };
  const __slBenchTick = () => {
    const n = count();
    if (n !== w.count) { w.count = n; w.changes.push({ t: performance.timeOrigin + performance.now(), n }); }
    requestAnimationFrame(__slBenchTick);
  };
  requestAnimationFrame(__slBenchTick);
  new MutationObserver((rs) => { w.mutations += rs.length; })
    .observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  return true;
})()`;

const ORIGIN_DATA = `(async () => {
  const dbs = indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name || '') : [];
  return dbs.length + Object.keys(localStorage).length + Object.keys(sessionStorage).length + (document.cookie ? 1 : 0);
})()`;

interface Report {
  state: string;
  message: string | null;
  annotations: Array<{ id: string; kind: string; text: string; speaker: string | null }>;
  orphaned: string[];
}

const controlCall = (type: string, payload: unknown) => `(async () => {
  const api = globalThis.browser ?? globalThis.chrome;
  const t0 = performance.timeOrigin + performance.now();
  const res = await api.runtime.sendMessage(${JSON.stringify({ channel: CHANNEL, type, payload })});
  return { t0, t1: performance.timeOrigin + performance.now(), res };
})()`;

const TAB_ID = (url: string) => `(async () => {
  const api = globalThis.browser ?? globalThis.chrome;
  const tabs = await api.tabs.query({});
  return tabs.find((t) => t.url === ${JSON.stringify(url)})?.id ?? -1;
})()`;

// ---------------------------------------------------------------------------------------------
// One measurement

interface Run {
  totalMs: number;
  /** annotateTab's answer came back after this long (it waits for the store). */
  replyMs: number;
  findings: number;
  painted: number;
  signature: string;
  mutations: number;
  originData: number;
  errors: number;
}

/**
 * Waits until the page shows `expected` painted ranges and nothing changed for 300 ms. The check
 * runs in the page's animation frames (one evaluate call, no polling tasks in the measured tab).
 */
async function paintDone(page: BenchPage, expected: number): Promise<{ t: number; mutations: number }> {
  const r = await page.evaluate<{ t: number; mutations: number; count: number; timedOut: boolean }>(`new Promise((resolve) => {
    const w = window.__slBench;
    const deadline = performance.now() + 20000;
    const __slBenchCheck = () => {
      const last = w.changes[w.changes.length - 1];
      const now = performance.timeOrigin + performance.now();
      const settled = w.count === ${expected} && (${expected} === 0 || (last && now - last.t > 300));
      if (settled || performance.now() > deadline)
        resolve({ t: last ? last.t : now, mutations: w.mutations, count: w.count, timedOut: !settled });
      else requestAnimationFrame(__slBenchCheck);
    };
    requestAnimationFrame(__slBenchCheck);
  })`);
  if (r.timedOut) throw new Error(`highlights never settled: ${r.count} of ${expected} painted`);
  return r;
}

function signatureOf(report: Report): string {
  const lines = report.annotations.map((a) => `${a.kind}|${a.speaker ?? ''}|${a.text}`).sort();
  return createHash('sha1').update(lines.join('\n')).digest('hex').slice(0, 10);
}

const oursOnly = (errors: BenchPage['errors']) =>
  errors.filter((e) => /^(chrome|moz)-extension:/.test(e.source) || /(chrome|moz)-extension:\/\/|sourcelight/i.test(e.text));

/** withParse: the bare Readability run first, in the same load (the same moment of a busy machine). */
async function annotateOnce(b: BenchBrowser, url: string, withParse = false): Promise<Run & { parseMs: number }> {
  const { page, control } = b;
  await page.goto(url);
  await page.bringToFront();
  const parseMs = withParse ? (await page.evaluate<{ ms: number }>(PARSE)).ms : NaN;
  page.errors.length = 0;
  await page.evaluate(WATCH);
  const tabId = await control.evaluate<number>(TAB_ID(url));
  const { t0, t1, res } = await control.evaluate<{ t0: number; t1: number; res: { ok: boolean; value?: Report; error?: string } }>(
    controlCall('annotateTab', { tabId }),
  );
  if (!res.ok || !res.value) throw new Error(`annotateTab failed on ${url}: ${res.error}`);
  const report = res.value;
  const painted = report.annotations.length - report.orphaned.length;
  const done = await paintDone(page, painted);
  return {
    parseMs,
    totalMs: done.t - t0,
    replyMs: t1 - t0,
    findings: report.annotations.length,
    painted,
    signature: signatureOf(report),
    mutations: done.mutations,
    originData: await page.evaluate<number>(ORIGIN_DATA),
    errors: oursOnly(page.errors).length,
  };
}

/** Chromium: one more annotated load under a trace, with the heap before and after (full GCs). */
type Traced = { extensionMs: number; longestTaskMs: number; heapMB: number; cpuOverParseCpu: number };
async function tracedOnce(b: BenchBrowser, url: string): Promise<Traced | null> {
  const cdp = b.page.cdp;
  if (!cdp) return null;
  const { page, control } = b;
  await page.goto(url);
  await page.bringToFront();
  await page.evaluate(WATCH);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const u = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; embedderHeapUsedSize?: number; backingStorageSize?: number };
    return u.usedSize + (u.embedderHeapUsedSize ?? 0) + (u.backingStorageSize ?? 0);
  };
  await cdp.send('HeapProfiler.enable');
  const before = await heap();
  const events: TraceEvent[] = [];
  const onData = (e: { value: Array<Record<string, unknown>> }) => void events.push(...(e.value as unknown as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  const complete = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', {
    traceConfig: {
      includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', '__metadata'],
      recordMode: 'recordAsMuchAsPossible',
    },
    transferMode: 'ReportEvents',
  });
  // The bare parse once more, named for the trace (its CPU time against the extension's).
  await page.evaluate(PARSE_IN_FRAME);
  const tabId = await control.evaluate<number>(TAB_ID(url));
  const { res } = await control.evaluate<{ res: { ok: boolean; value?: Report } }>(controlCall('annotateTab', { tabId }));
  const report = res.value;
  if (report) await paintDone(page, report.annotations.length - report.orphaned.length);
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', onData);
  const after = await heap();
  await cdp.send('HeapProfiler.disable');
  if (process.env.SL_TRACE_DUMP) (await import('node:fs')).writeFileSync(process.env.SL_TRACE_DUMP, JSON.stringify(events));
  const figures = mainThreadFigures(events, url);
  if (!figures) return null;
  return {
    extensionMs: figures.extensionMs,
    longestTaskMs: figures.longestTaskMs,
    heapMB: (after - before) / 2 ** 20,
    cpuOverParseCpu: figures.parseCpuMs ? figures.extensionCpuMs / figures.parseCpuMs : NaN,
  };
}

// ---------------------------------------------------------------------------------------------
// Figures

function median(xs: number[]): number {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length === 0 ? NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
const r1 = (x: number) => (Number.isFinite(x) ? Math.round(x * 10) / 10 : null);
const r2 = (x: number) => (Number.isFinite(x) ? Math.round(x * 100) / 100 : null);

interface PageFigures {
  page: string;
  parseMs: number;
  totalMs: number;
  totalOverParse: number;
  replyMs: number;
  extensionMs: number;
  longestTaskMs: number;
  heapMB: number;
  /** The extension's main-thread CPU time over the bare parse's (Chromium): robust to a busy machine. */
  cpuOverParseCpu: number;
  findings: number;
  painted: number;
  signature: string;
  mutations: number;
  originData: number;
  errors: number;
}

async function benchBrowser(name: BrowserName, pages: CorpusPage[], origin: string) {
  const started = Date.now();
  const b = name === 'chromium' ? await launchChromium(DIST.chromium) : await launchFirefox(DIST.firefox, `${origin}/blank.html`);
  try {
    // Cold: the first annotation after the browser started (the seed page).
    const cold = await annotateOnce(b, `${origin}${pages[0]!.path}`);
    const rows: PageFigures[] = [];
    for (const p of pages) {
      const url = `${origin}${p.path}`;
      const parse: number[] = [];
      const runs: Run[] = [];
      const traced: Traced[] = [];
      for (let i = 0; i < LOADS; i++) {
        const run = await annotateOnce(b, url, true);
        parse.push(run.parseMs);
        runs.push(run);
        const t = await tracedOnce(b, url);
        if (t) traced.push(t);
      }
      const totalMs = median(runs.map((r) => r.totalMs));
      const parseMs = median(parse);
      const last = runs[runs.length - 1]!;
      const row: PageFigures = {
        page: p.name,
        parseMs,
        totalMs,
        totalOverParse: totalMs / parseMs,
        replyMs: median(runs.map((r) => r.replyMs)),
        extensionMs: median(traced.map((t) => t.extensionMs)),
        longestTaskMs: median(traced.map((t) => t.longestTaskMs)),
        heapMB: median(traced.map((t) => t.heapMB)),
        cpuOverParseCpu: median(traced.map((t) => t.cpuOverParseCpu)),
        findings: last.findings,
        painted: last.painted,
        // Every load must find the same; a page whose loads disagree says so.
        signature: new Set(runs.map((r) => r.signature)).size === 1 ? last.signature : `varies:${runs.map((r) => r.signature).join(',')}`,
        mutations: Math.max(...runs.map((r) => r.mutations)),
        originData: Math.max(...runs.map((r) => r.originData)),
        errors: runs.reduce((s, r) => s + r.errors, 0),
      };
      rows.push(row);
      log(`${name} ${p.name}: parse ${r1(parseMs)} ms, total ${r1(totalMs)} ms (${r2(row.totalOverParse)}x)`);
    }
    const seedRow = rows.find((r) => r.page === 'seed');
    const webDev = rows.filter((r) => r.page.startsWith('web-dev/'));
    return {
      rows,
      summary: {
        totalOverParseMedian: r2(median(rows.map((r) => r.totalOverParse))),
        parseMsMedian: r1(median(rows.map((r) => r.parseMs))),
        totalMsMedian: r1(median(rows.map((r) => r.totalMs))),
        replyMsMedian: r1(median(rows.map((r) => r.replyMs))),
        extensionMsMedian: r1(median(rows.map((r) => r.extensionMs))),
        longestTaskMs: r1(median(rows.map((r) => r.longestTaskMs))),
        longestTaskMsMaxWebDev: r1(Math.max(...webDev.map((r) => r.longestTaskMs))),
        heapMB: r2(median(rows.map((r) => r.heapMB))),
        heapMBMax: r2(Math.max(...rows.map((r) => r.heapMB))),
        cpuOverParseCpuMedian: r2(median(rows.map((r) => r.cpuOverParseCpu))),
        coldMs: r1(cold.totalMs),
        warmMs: r1(seedRow?.totalMs ?? NaN),
        coldOverWarm: r2(cold.totalMs / (seedRow?.totalMs ?? NaN)),
        mutations: rows.reduce((s, r) => s + r.mutations, 0),
        originData: rows.reduce((s, r) => s + r.originData, 0),
        errors: rows.reduce((s, r) => s + r.errors, 0) + cold.errors,
        pages: rows.length,
        loads: LOADS,
        seconds: Math.round((Date.now() - started) / 1000),
      },
    };
  } finally {
    await b.close();
  }
}

function table(rows: Array<Record<string, unknown>>): string {
  if (rows.length === 0) return '';
  const cols = Object.keys(rows[0]!);
  const cell = (v: unknown) => (v === null || v === undefined ? '–' : String(v));
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(width[i]!) : c.padStart(width[i]!))).join('  ');
  return [line(cols), line(width.map((w) => '-'.repeat(w))), ...rows.map((r) => line(cols.map((c) => cell(r[c]))))].join('\n');
}

async function main(): Promise<void> {
  for (const [name, dir] of Object.entries(DIST)) {
    if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir} is missing: run npm run build first (${name})`);
  }
  const pages = corpusPages(CORPUS, ONLY_PAGE);
  const server = await serve(pages);
  const out: Record<string, unknown> = {};
  try {
    for (const name of ['chromium', 'firefox'] as const) {
      if (ONLY && ONLY !== name) continue;
      const { rows, summary } = await benchBrowser(name, pages, server.origin);
      out[name] = { ...summary, pagesDetail: rows.map((r) => ({ ...r, parseMs: r1(r.parseMs), totalMs: r1(r.totalMs), totalOverParse: r2(r.totalOverParse), replyMs: r1(r.replyMs), extensionMs: r1(r.extensionMs), longestTaskMs: r1(r.longestTaskMs), heapMB: r2(r.heapMB), cpuOverParseCpu: r2(r.cpuOverParseCpu) })) };
      if (!json) {
        console.log(`## ${name} (${LOADS} loads per page, medians)\n`);
        console.log(
          table(
            rows.map((r) => ({
              page: r.page,
              'parse ms': r1(r.parseMs),
              'total ms': r1(r.totalMs),
              'total/parse': r2(r.totalOverParse),
              'reply ms': r1(r.replyMs),
              'ext main ms': r1(r.extensionMs),
              'longest task': r1(r.longestTaskMs),
              'heap MB': r2(r.heapMB),
              'cpu/parse cpu': r2(r.cpuOverParseCpu),
              findings: r.findings,
              painted: r.painted,
              sig: r.signature,
              mut: r.mutations,
              'origin data': r.originData,
              errors: r.errors,
            })),
          ),
        );
        console.log(`\n${JSON.stringify(summary)}\n`);
      }
    }
  } finally {
    await server.close();
  }
  if (json) console.log(JSON.stringify(out, null, 1));
}

main().catch((e) => {
  console.error(`bench:browser failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
  process.exitCode = 1;
});
