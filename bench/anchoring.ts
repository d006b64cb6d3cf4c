// The anchoring benchmark: store the engine's findings of every corpus page as annotations, then
// re-anchor them on changed copies of the page (ads, markup, edits near quotes, a removed
// paragraph, reordered paragraphs, all at once) and count how many land on the right words,
// how many that lost their words are orphaned, and how many land somewhere wrong; and time the
// re-anchoring of a page against Readability's parse of it. Seeded: every run is the same.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { anchor, anchorAll, type AnchorSelectors, type Anchored } from '../src/anchoring/anchor';
import { foldText } from '../src/anchoring/fold-text';
import { buildTextIndex } from '../src/anchoring/text-index';
import { extract } from '../src/core/extract';
import type { TextQuoteSelector } from '../src/core/types';
import { expectations, insertMarkers, sameSpan, type Expectation } from './anchoring/ground-truth';
import { measureLivePage } from './anchoring/live-page';
import { CHANGED_WORDS_VARIANTS, VARIANTS } from './anchoring/mutations';
import { seededRng } from './anchoring/random';

/** The headline numbers (shares are fractions 0..1). */
export interface AnchoringSummary {
  /** Placed on exactly their words, of those whose words are still on the page. */
  placedRight: number;
  /** Orphaned, of those whose words are gone from the page. */
  orphanedRight: number;
  /** Annotations placed on other words than their own. */
  wrongPlacements: number;
  /** Median over pages of (time to index and re-anchor all of a page's annotations) / (Readability parse time). */
  overParseMedian: number;
}

/** A page of the corpus. */
export interface BenchPage {
  name: string;
  html: string;
  url: string;
}

/** Where annotations come from: the engine's findings by default. */
export type AnnotationSource = (doc: Document, url: string) => TextQuoteSelector[];

/** Options of the anchoring bench. */
export interface AnchoringBenchOptions {
  pages?: BenchPage[];
  source?: AnnotationSource;
  /** Print a line per page to stderr. */
  verbose?: boolean;
}

const engineSource: AnnotationSource = (doc, url) => extract(doc, url).extraction.findings.map((f) => f.selector);

/** The corpus pages: ../shared/corpus/web-dev/* and the seed, relative to the working directory. */
export function corpusPages(root = resolve(process.cwd(), '..', 'shared', 'corpus')): BenchPage[] {
  const dirs: string[] = [];
  const webDev = join(root, 'web-dev');
  if (existsSync(webDev)) for (const d of readdirSync(webDev).sort()) dirs.push(join(webDev, d));
  dirs.push(join(root, 'seed'));
  const pages: BenchPage[] = [];
  for (const dir of dirs) {
    const file = join(dir, 'article.html');
    if (!existsSync(file)) continue;
    let url = 'https://example.org/article';
    try {
      const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { url?: unknown };
      if (typeof gold.url === 'string') url = gold.url;
    } catch {
      // no labels: the placeholder address will do for anchoring
    }
    pages.push({ name: dir.split(/[\\/]/).slice(-1)[0] ?? dir, html: readFileSync(file, 'utf8'), url });
  }
  return pages;
}

/** Counters for one variant. */
interface Tally {
  annotations: number;
  expectPlaced: number;
  placedRight: number;
  missed: number;
  wrong: number;
  expectOrphan: number;
  orphanedRight: number;
  elsewhere: number;
  elsewherePlaced: number;
  position: number;
  quote: number;
  fuzzy: number;
  ms: number[];
}

const emptyTally = (): Tally => ({
  annotations: 0, expectPlaced: 0, placedRight: 0, missed: 0, wrong: 0, expectOrphan: 0, orphanedRight: 0,
  elsewhere: 0, elsewherePlaced: 0, position: 0, quote: 0, fuzzy: 0, ms: [],
});

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

const now = () => performance.now();

/** Median time of Readability's parse of a clone of doc, over a few runs. */
function parseTime(doc: Document, runs = 3): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = now();
    new Readability(doc.cloneNode(true) as Document).parse();
    times.push(now() - t);
  }
  return median(times);
}

/** Adds one outcome to a tally. */
function count(t: Tally, want: Expectation, got: Anchored | null, text: ReturnType<typeof foldText>): void {
  t.annotations++;
  if (got !== null) t[got.method]++;
  if (want.kind === 'placed') {
    t.expectPlaced++;
    if (got === null) t.missed++;
    else if (sameSpan(text, got, want)) t.placedRight++;
    else t.wrong++;
  } else if (want.kind === 'orphaned') {
    t.expectOrphan++;
    if (got === null) t.orphanedRight++;
    else t.wrong++;
  } else {
    t.elsewhere++;
    if (got !== null) t.elsewherePlaced++;
  }
}

const share = (n: number, d: number) => (d === 0 ? 1 : n / d);
const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Runs the bench over the corpus; rows per variant plus a total, and the summary. */
export async function runAnchoringBench(options: AnchoringBenchOptions = {}): Promise<{
  rows: Array<Record<string, string | number>>;
  summary: AnchoringSummary;
}> {
  const pages = options.pages ?? corpusPages();
  const source = options.source ?? engineSource;
  const tallies = new Map<string, Tally>(Object.keys(VARIANTS).map((v) => [v, emptyTally()]));
  const changedTallies = new Map<string, Tally>(Object.keys(CHANGED_WORDS_VARIANTS).map((v) => [v, emptyTally()]));
  const ratios: number[] = [];
  let notInPage = 0;
  let stored = 0;

  for (const page of pages) {
    const dom = new JSDOM(page.html, { url: page.url, virtualConsole: new VirtualConsole() });
    try {
      const doc = dom.window.document;
      let quotes: TextQuoteSelector[];
      try {
        quotes = source(doc, page.url);
      } catch {
        quotes = []; // no article: nothing to anchor on this page
      }
      const parseMs = parseTime(doc);
      // Store: anchor each finding in the live page (no position yet), as the content script does.
      const index0 = buildTextIndex(doc.body);
      const first = quotes.map((quote) => anchor(index0, { quote }));
      const texts = first.map((a) => (a === null ? null : index0.text.slice(a.start, a.end)));
      const selectors: AnchorSelectors[] = quotes.map((quote, i) => {
        const a = first[i];
        return a ? { quote, position: { type: 'TextPositionSelector', start: a.start, end: a.end } } : { quote };
      });
      notInPage += first.filter((a) => a === null).length;
      stored += quotes.length;
      insertMarkers(index0, first);

      const pageMs: number[] = [];
      const allVariants = [
        ...Object.entries(VARIANTS).map(([v, m]) => [v, m, false] as const),
        ...Object.entries(CHANGED_WORDS_VARIANTS).map(([v, m]) => [v, m, true] as const),
      ];
      for (const [variant, mutations, wordsChange] of allVariants) {
        const copy = doc.cloneNode(true) as Document;
        const rng = seededRng(`${page.name}/${variant}`);
        for (const m of mutations) m(copy, rng);
        const t = now();
        const index = buildTextIndex(copy.body);
        const placed = anchorAll(index, selectors);
        const ms = now() - t;
        const wants = expectations(index, texts, wordsChange);
        const folded = foldText(index.text);
        const tally = (wordsChange ? changedTallies : tallies).get(variant) as Tally;
        tally.ms.push(ms);
        if (variant !== 'unchanged' && !wordsChange) pageMs.push(ms);
        wants.forEach((want, i) => {
          if (want === null) return;
          const got = placed[i] ?? null;
          const before = tally.placedRight + tally.orphanedRight + tally.elsewhere;
          count(tally, want, got, folded);
          if (options.verbose && tally.placedRight + tally.orphanedRight + tally.elsewhere === before) {
            const show = (a: { start: number; end: number } | null) => (a === null ? 'orphaned' : JSON.stringify(index.text.slice(a.start, a.end).slice(0, 80)));
            process.stderr.write(
              `  ${page.name} #${i} ${variant} ${want.kind === 'placed' ? 'want ' + show(want) : 'want orphan'}, got ${show(got)} by ${got?.method ?? '-'}; exact ${JSON.stringify(selectors[i]?.quote.exact.slice(0, 60))}\n` +
                `    prefix ${JSON.stringify(selectors[i]?.quote.prefix)} suffix ${JSON.stringify(selectors[i]?.quote.suffix)}\n` +
                (want.kind === 'placed' ? `    live ${JSON.stringify(index.text.slice(Math.max(0, want.start - 40), want.end + 40))}\n` : ''),
            );
          }
        });
      }
      const ratio = parseMs > 0 ? median(pageMs) / parseMs : 0;
      ratios.push(ratio);
      if (options.verbose) {
        process.stderr.write(`${page.name}: ${quotes.length} findings, parse ${parseMs.toFixed(1)} ms, re-anchor ${median(pageMs).toFixed(1)} ms (${ratio.toFixed(2)}x)\n`);
      }
    } finally {
      dom.window.close();
    }
  }

  const total = emptyTally();
  const rows: Array<Record<string, string | number>> = [];
  for (const [variant, t] of tallies) {
    for (const k of Object.keys(total) as Array<keyof Tally>) {
      if (k === 'ms') total.ms.push(...t.ms);
      else total[k] += t[k];
    }
    rows.push(row(variant, t));
  }
  rows.push(row('all variants', total));
  for (const [variant, t] of changedTallies) rows.push(row(`${variant}: not in the summary`, t));
  const summary: AnchoringSummary = {
    placedRight: round(share(total.placedRight, total.expectPlaced)),
    orphanedRight: round(share(total.orphanedRight, total.expectOrphan)),
    wrongPlacements: total.wrong,
    overParseMedian: round(median(ratios), 3),
  };
  rows.push({ variant: `${stored} findings on ${pages.length} pages; not found in the live page at all: ${notInPage}` });
  const live = pages.find((p) => p.name === 'seed') ?? pages[0];
  if (live !== undefined) {
    const m = await measureLivePage(live.html, live.url, 4000);
    rows.push({
      variant: `live page (${live.name}, ticker): ${m.mutations} changes in ${m.durationMs} ms -> ${m.recordsSeen} records looked at, ${m.reports} re-anchor requests, ${m.microsPerMutation} µs watcher time per change`,
    });
  }
  return { rows, summary };
}

/** One table row for a tally. */
function row(variant: string, t: Tally): Record<string, string | number> {
  return {
    variant,
    annotations: t.annotations,
    placedRight: round(share(t.placedRight, t.expectPlaced)),
    missed: t.missed,
    wrong: t.wrong,
    toOrphan: t.expectOrphan,
    orphanedRight: round(share(t.orphanedRight, t.expectOrphan)),
    elsewhere: `${t.elsewherePlaced}/${t.elsewhere}`,
    'position/quote/fuzzy': `${t.position}/${t.quote}/${t.fuzzy}`,
    'ms median': round(median(t.ms), 2),
  };
}
