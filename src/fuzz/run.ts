// Runs generated hostile pages through the whole engine in this process (jsdom, Readability,
// extraction), one at a time, and sorts each into: extracted and within the contract, no article
// (NoArticleError with its reason), a contract fault, or a crash (any other throw). Each page
// is timed against a budget; the run's summary counts pages over it. The budget is judged on the
// main thread's CPU time, not the clock: on a machine shared with other work the clock measures
// the neighbours (a long run under load counted 310 pages over budget by the clock), and the
// process's CPU time counts V8's helper threads, more when a core is free (thread-time.ts).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extract, NoArticleError } from '../core/extract';
import { pageWindow } from '../node/load-page';
import { contractFaults } from './contract';
import { threadMs } from './thread-time';
import { FAMILIES, mutate, type Page } from './families';
import { pageSeed, Random } from './random';

/** How large the pages of a run get. `quick`: the bounded run in `npm test`. */
export type Profile = 'quick' | 'long';

export interface Outcome {
  index: number;
  family: string;
  kb: number;
  /** Wall-clock ms of the engine. */
  ms: number;
  /** CPU ms of the main thread over the same span (thread-time.ts): what the budget is judged on. */
  cpuMs?: number;
  result: 'extracted' | 'no-article' | 'fault' | 'crash';
  /** The NoArticleError's reason, the contract faults or the crash's message. */
  detail: string;
  findings: number;
}

/** Engine time allowed for a page: a second, and 2 ms for each KB of HTML beyond it. */
export function budgetMs(kb: number): number {
  return 1000 + 2 * kb;
}

let corpusPages: string[] | null = null;

/** Saved pages to mutate: the seed and web-dev pages of ../shared/corpus, when it is there. */
function savedPages(): string[] {
  if (corpusPages) return corpusPages;
  const root = resolve(process.env.SOURCELIGHT_SHARED ?? join(process.cwd(), '..', 'shared'), 'corpus');
  corpusPages = [];
  for (const corpus of ['seed', 'web-dev']) {
    const dir = join(root, corpus);
    if (!existsSync(dir)) continue;
    const cases = existsSync(join(dir, 'gold.json')) ? [dir] : readdirSync(dir).map((d) => join(dir, d)).filter((d) => statSync(d).isDirectory()).sort();
    for (const c of cases) {
      const html = readdirSync(c).filter((f) => f.endsWith('.html')).sort()[0];
      if (html) corpusPages.push(readFileSync(join(c, html), 'utf8'));
    }
  }
  return corpusPages;
}

const NAMES = Object.keys(FAMILIES);

/** Page i of the run with this seed: the same page on every machine. */
export function generatePage(seed: number, i: number, profile: Profile): Page {
  const r = new Random(pageSeed(seed, i));
  const saved = savedPages();
  const url = `https://fuzz.example/${i}/${r.int(0, 1e6)}`;
  // A mutated saved page: three in a hundred in the long run, one in a hundred in the bounded one
  // (a saved page costs jsdom and Readability ten times a generated one).
  if (saved.length && r.chance(profile === 'quick' ? 0.01 : 0.03)) return { family: 'mutation', html: mutate(r, r.pick(saved)), url };
  const family = NAMES[i % NAMES.length]!;
  let size = profile === 'quick' ? r.logInt(100, 6_000) : r.logInt(100, 100_000);
  // The long run: one page in 500 of a family that grows is 1 to 5 MB.
  if (profile === 'long' && ['marks', 'longSentence', 'longParagraph', 'qSpans', 'highlightSpans', 'unbalanced', 'cues'].includes(family) && r.chance(0.002)) size = r.int(1_000_000, 5_000_000);
  if (family === 'nesting') size = profile === 'quick' ? r.logInt(100, 3_000) : r.logInt(100, 400_000);
  return { family, html: FAMILIES[family]!(r, size), url };
}

/** Runs one page through the engine and checks what comes out. */
export function runPage(page: Page, index: number): Outcome {
  const kb = Buffer.byteLength(page.html) / 1024;
  const dom = pageWindow(page.html, page.url);
  const base = { index, family: page.family, kb };
  try {
    const t0 = performance.now();
    const c0 = threadMs();
    const cpuSince = () => threadMs() - c0;
    let out: ReturnType<typeof extract>;
    try {
      out = extract(dom.window.document, page.url);
    } catch (e) {
      const ms = performance.now() - t0;
      const cpuMs = cpuSince();
      if (e instanceof NoArticleError && e.message.trim().length > 0) return { ...base, ms, cpuMs, result: 'no-article', detail: e.message, findings: 0 };
      const detail = e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ''}` : String(e);
      return { ...base, ms, cpuMs, result: 'crash', detail, findings: 0 };
    }
    const ms = performance.now() - t0;
    const cpuMs = cpuSince();
    const faults = contractFaults(out.article, out.extraction);
    // The extraction must survive JSON as the CLI prints it.
    JSON.parse(JSON.stringify(out.extraction));
    if (faults.length) return { ...base, ms, cpuMs, result: 'fault', detail: faults.slice(0, 5).join('; '), findings: out.extraction.findings.length };
    return { ...base, ms, cpuMs, result: 'extracted', detail: '', findings: out.extraction.findings.length };
  } finally {
    dom.window.close();
  }
}

export interface Summary {
  pages: number;
  extracted: number;
  noArticle: number;
  crashes: number;
  faults: number;
  overBudget: number;
  /** Pages over budget by the clock (the neighbours' load counts in it). */
  overBudgetWall: number;
  /** Largest engine time (CPU) per KB of HTML over pages of at least 10 KB. */
  maxMsPerKb: number;
  maxMs: number;
  failures: Outcome[];
  over: Outcome[];
}

/** The engine time a page is judged on: CPU time where it was measured, else the clock's. */
export function engineMs(o: Outcome): number {
  return o.cpuMs ?? o.ms;
}

export function summarize(outcomes: Outcome[]): Summary {
  const count = (r: Outcome['result']) => outcomes.filter((o) => o.result === r).length;
  const sized = outcomes.filter((o) => o.kb >= 10);
  return {
    pages: outcomes.length,
    extracted: count('extracted'),
    noArticle: count('no-article'),
    crashes: count('crash'),
    faults: count('fault'),
    overBudget: outcomes.filter((o) => engineMs(o) > budgetMs(o.kb)).length,
    overBudgetWall: outcomes.filter((o) => o.ms > budgetMs(o.kb)).length,
    maxMsPerKb: sized.reduce((m, o) => Math.max(m, engineMs(o) / o.kb), 0),
    maxMs: outcomes.reduce((m, o) => Math.max(m, engineMs(o)), 0),
    failures: outcomes.filter((o) => o.result === 'crash' || o.result === 'fault'),
    over: outcomes.filter((o) => engineMs(o) > budgetMs(o.kb)),
  };
}
