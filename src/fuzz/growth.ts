// How the engine's time grows with the size of a page, family by family: the same generated
// page at 1×, 2×, … 32× its size, the engine (flattening and extraction, not jsdom or
// Readability) timed at each in CPU time, and the slope of log time over log size. 1 is linear;
// the issue asks for at most 1.15 on every family.
import { articleFrom, runReadability } from '../core/article';
import { extractFromArticle } from '../core/extract';
import { pageWindow } from '../node/load-page';
import { FAMILIES } from './families';
import { Random } from './random';

/** The families that grow: long sentences and paragraphs, spans, marks, cue runs, languages. */
export const GROWTH_FAMILIES = ['longSentence', 'longParagraph', 'qSpans', 'highlightSpans', 'marks', 'unbalanced', 'cues', 'languages', 'control'];

export interface Growth {
  family: string;
  /** The multiple of the base size, its article text length and the best engine CPU ms at it. */
  points: Array<{ factor: number; chars: number; ms: number }>;
  slope: number;
}

/** Least-squares slope of log y over log x. */
export function logLogSlope(points: Array<{ x: number; y: number }>): number {
  const xs = points.map((p) => Math.log(p.x));
  const ys = points.map((p) => Math.log(p.y));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return den === 0 ? NaN : num / den;
}

/** A generated page read by Readability once, ready for the engine to be timed on. */
interface Prepared {
  parsed: ReturnType<typeof runReadability>;
  doc: Document;
  close: () => void;
}

function prepare(family: string, seed: number, size: number, url: string): Prepared {
  const dom = pageWindow(FAMILIES[family]!(new Random(seed), size), url);
  try {
    return { parsed: runReadability(dom.window.document), doc: dom.window.document, close: () => dom.window.close() };
  } catch (e) {
    dom.window.close();
    throw e;
  }
}

/** One engine run (flattening and extraction) in CPU ms, after a full collection, and the article's length. */
function timeOnce(p: Prepared, url: string): { chars: number; ms: number } {
  collectGarbage();
  const t0 = cpuMs();
  const article = articleFrom(p.parsed, p.doc, url);
  extractFromArticle(article);
  return { chars: article.text.length, ms: cpuMs() - t0 };
}

/** The best of runs engine CPU times (Readability once, outside the timing) on one page of a family. */
function timeExtract(family: string, seed: number, size: number, runs: number, url: string): { chars: number; ms: number } {
  const p = prepare(family, seed, size, url);
  try {
    let ms = Infinity;
    let chars = 0;
    for (let k = 0; k < runs; k++) {
      const t = timeOnce(p, url);
      ms = Math.min(ms, t.ms);
      chars = t.chars;
    }
    return { chars, ms };
  } finally {
    p.close();
  }
}

/**
 * The 1× size of each family, in characters of HTML: at 32× every family's page holds about a
 * megabyte of article text. Highlighted code is mostly markup (its text is a fifteenth of its
 * HTML), so its page starts larger: at 150,000 its 32× page is 4.8 MB of HTML, some 320 KB of
 * text (from 500,000, 16 MB pages made this one family's measure take 20 minutes in jsdom).
 */
export const GROWTH_BASE: Record<string, number> = { highlightSpans: 150_000 };
const DEFAULT_BASE = 32_000;

/**
 * Runs per size, by factor: the small pages are timed more often, being both quick and the most
 * disturbed by the rest of the machine relative to their time.
 */
function growthRuns(factor: number): number {
  return factor >= 32 ? 3 : factor >= 8 ? 4 : 6;
}

/**
 * Engine time of one family over 1×…maxFactor× a base size of base characters. Every size's page
 * is read first, then the sizes are timed in rounds (each round one run of each size still
 * owed one, in alternating order), and each size keeps its best run. Spread over the whole
 * measurement, a busy or a quiet spell of the machine falls on all sizes alike instead of on one:
 * runs of sizes one after the other gave slopes 0.3 apart on the same code.
 */
export function measureGrowth(family: string, base = GROWTH_BASE[family] ?? DEFAULT_BASE, maxFactor = 32, seed = 7): Growth {
  const url = 'https://fuzz.example/growth';
  const factors: number[] = [];
  for (let f = 1; f <= maxFactor; f *= 2) factors.push(f);
  warm(family, seed); // else 1× pays for the JIT and the slope reads low
  const pages = factors.map((f) => prepare(family, seed, base * f, url));
  try {
    const best = factors.map(() => ({ chars: 0, ms: Infinity }));
    const rounds = Math.max(...factors.map(growthRuns));
    for (let r = 0; r < rounds; r++) {
      const order = factors.map((_, i) => i);
      if (r % 2 === 1) order.reverse();
      for (const i of order) {
        if (r >= growthRuns(factors[i]!)) continue;
        const t = timeOnce(pages[i]!, url);
        best[i] = { chars: t.chars, ms: Math.min(best[i]!.ms, t.ms) };
      }
    }
    const points = factors.map((factor, i) => ({ factor, chars: best[i]!.chars, ms: best[i]!.ms }));
    return { family, points, slope: logLogSlope(points.map((p) => ({ x: p.factor, y: p.ms }))) };
  } finally {
    for (const p of pages) p.close();
  }
}

/**
 * A full collection before each timed run, where node runs with --expose-gc (`npm run bench`,
 * `npm run fuzz`): otherwise a large page's run pays for collecting the garbage of the runs
 * before it, which one real extraction never has, and a small page's best run pays for none.
 */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Runs the engine on a small page of the family until its code is compiled. */
function warm(family: string, seed: number): void {
  const url = 'https://fuzz.example/warm';
  const dom = pageWindow(FAMILIES[family]!(new Random(seed + 1), 20_000), url);
  try {
    const parsed = runReadability(dom.window.document);
    for (let k = 0; k < 20; k++) extractFromArticle(articleFrom(parsed, dom.window.document, url));
  } finally {
    dom.window.close();
  }
}

/**
 * CPU time of this process in ms: on a machine shared with other work, wall-clock time of one
 * run says more about the neighbours than about the engine.
 */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

export interface PerKb {
  family: string;
  /** Article text length, best engine CPU ms and ms per KB of article text at each size. */
  points: Array<{ chars: number; ms: number; msPerKb: number }>;
  median: number;
  /** The largest ratio of a size's ms/KB to the median, either way up: the issue asks for at most 2. */
  spread: number;
}

/** Engine CPU time per KB of article text at each page size (characters of HTML): 10 KB to 10 MB. */
export function measurePerKb(family: string, sizes = [10_000, 100_000, 1_000_000, 10_000_000], seed = 7): PerKb {
  const points: PerKb['points'] = [];
  // Compiled code first: the first small page would otherwise pay for the JIT, not for its size.
  warm(family, seed);
  for (const size of sizes) {
    const { chars, ms } = timeExtract(family, seed, size, size >= 5_000_000 ? 1 : size >= 500_000 ? 3 : 15, 'https://fuzz.example/per-kb');
    points.push({ chars, ms, msPerKb: ms / (chars / 1024) });
  }
  const sorted = points.map((p) => p.msPerKb).sort((a, b) => a - b);
  const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
  const spread = Math.max(...points.map((p) => Math.max(p.msPerKb / median, median / p.msPerKb)));
  return { family, points, median, spread };
}
