// The engine's headless face: `sourcelight extract PAGE.html --url URL [--format F]` prints the
// JSON of the extraction contract (../shared/docs/extraction-contract.md) by default, or the
// findings as one of the export formats (our JSON, W3C Web Annotation, CSV, Markdown).
// `extract PAGE_OR_FOLDER... --jsonl` reads many pages in one process and prints one extraction
// per line. Every failure is one line on stderr, `sourcelight: cannot read PAGE: reason`, exit 1;
// a usage error exits 2.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extract, NoArticleError } from '../core/extract';
import type { Article, Extraction } from '../core/types';
import { formatBundle, fromExtraction, isExportFormat } from '../format/index';
import { PageError, pageWindow, readPageFile } from '../node/load-page';

const FORMATS = 'contract (default), json, w3c, csv, md';
const USAGE = `usage: cli.js extract PAGE.html [--url URL] [--format ${FORMATS.replace(' (default)', '')} | --explain] | cli.js extract PAGE_OR_FOLDER... --jsonl [--url URL] [--explain]`;

interface Args {
  command: string | undefined;
  files: string[];
  url: string | undefined;
  format: string;
  jsonl: boolean;
  /** Each finding carries what the rules weighed (its rule, the sieves tried and their answers, the speaker turned down). */
  explain: boolean;
}

class UsageError extends Error {}

/** The value of an option: the next argument, which must be there and not be another option. */
function valueOf(argv: string[], i: number): string {
  const v = argv[i + 1];
  if (v === undefined || (v.startsWith('--') && v.length > 2)) throw new UsageError(`${argv[i]} needs a value`);
  return v;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { command: undefined, files: [], url: undefined, format: 'contract', jsonl: false, explain: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--url') args.url = valueOf(argv, i++);
    else if (a === '--format') args.format = valueOf(argv, i++);
    else if (a === '--jsonl') args.jsonl = true;
    else if (a === '--explain') args.explain = true;
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else if (!args.command) args.command = a;
    else args.files.push(a);
  }
  return args;
}

function usage(message: string): never {
  process.stderr.write(`sourcelight: ${message}; ${USAGE}\n`);
  process.exit(2);
}

/** One line for a person: the first line of the message, without control characters. */
function oneLine(s: string): string {
  return (s.split('\n')[0] ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, 500);
}

/** Why a page could not be read, as a person would want to be told. */
function reasonOf(e: unknown): string {
  if (e instanceof PageError || e instanceof NoArticleError) return oneLine(e.message);
  if (e instanceof RangeError && /call stack/i.test(e.message)) return 'the page is built too deep for the engine to read';
  const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return `the engine failed on this page (${oneLine(what)}); please report it with the page`;
}

/** Reads and extracts one page. Throws PageError, NoArticleError or anything the engine throws. */
function extractPage(file: string, url: string, explain = false): { extraction: Extraction; article: Article } {
  const dom = pageWindow(readPageFile(file), url);
  try {
    return extract(dom.window.document, url, { explain });
  } finally {
    dom.window.close();
  }
}

/** The contract's JSON, with how the page was read when it was not read whole or well. */
function contractOf(extraction: Extraction, article: Article): Record<string, unknown> {
  const r = article.reading;
  const notes = r && (r.depthLimit !== null || r.fallback !== null || r.thin) ? r : undefined;
  return notes ? { ...extraction, reading: notes } : { ...extraction };
}

/** The HTML files of a folder and its subfolders, in name order. */
function pagesIn(dir: string): string[] {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop()!;
    const entries = readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) stack.push(p);
      else if (/\.x?html?$/i.test(e.name)) out.push(p);
    }
  }
  return out.sort();
}

function normalisedUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:' && u.protocol !== 'file:') usage(`--url ${oneLine(url)} is not a web address (http, https or file)`);
    return u.href;
  } catch {
    return usage(`--url ${oneLine(url)} is not a URL`);
  }
}

function single(file: string, args: Args, url: string): number {
  let out: string;
  try {
    const { extraction, article } = extractPage(file, url, args.explain);
    if (args.format === 'contract') out = JSON.stringify(contractOf(extraction, article), null, 1) + '\n';
    else out = formatBundle(fromExtraction(extraction, Date.now()), args.format as Parameters<typeof formatBundle>[1]);
  } catch (e) {
    process.stderr.write(`sourcelight: cannot read ${oneLine(file)}: ${reasonOf(e)}\n`);
    return 1;
  }
  process.stdout.write(out);
  return 0;
}

function jsonl(args: Args, url: string | undefined): number {
  let failed = 0;
  const pages: string[] = [];
  for (const f of args.files) {
    let dir = false;
    try {
      dir = statSync(f).isDirectory();
    } catch {
      // not there: reported as a page that cannot be read
    }
    if (!dir) pages.push(f);
    else {
      try {
        pages.push(...pagesIn(f));
      } catch (e) {
        process.stderr.write(`sourcelight: cannot read ${oneLine(f)}: the folder cannot be listed (${oneLine(e instanceof Error ? e.message : String(e))})\n`);
        failed++;
      }
    }
  }
  for (const page of pages) {
    const pageUrl = url ?? pathToFileURL(page).href;
    try {
      const { extraction, article } = extractPage(page, pageUrl, args.explain);
      process.stdout.write(JSON.stringify({ page, ...contractOf(extraction, article) }) + '\n');
    } catch (e) {
      const reason = reasonOf(e);
      process.stderr.write(`sourcelight: cannot read ${oneLine(page)}: ${reason}\n`);
      process.stdout.write(JSON.stringify({ page, error: reason }) + '\n');
      failed++;
    }
  }
  return failed ? 1 : 0;
}

function main(argv: string[]): number {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    return usage((e as Error).message);
  }
  if (args.command !== 'extract') return usage(args.command ? `unknown command ${oneLine(args.command)}` : 'no command');
  if (args.files.length === 0) return usage('no page given');
  if (args.format !== 'contract' && !isExportFormat(args.format)) return usage(`unknown format ${oneLine(args.format)} (${FORMATS})`);
  const url = normalisedUrl(args.url);
  if (args.jsonl) {
    if (args.format !== 'contract') return usage('--jsonl prints the contract JSON only; leave out --format');
    return jsonl(args, url);
  }
  if (args.explain && args.format !== 'contract') return usage('--explain adds to the contract JSON only; leave out --format');
  if (args.files.length > 1) return usage('one page at a time without --jsonl');
  return single(args.files[0]!, args, url ?? 'https://example.org/');
}

process.exitCode = main(process.argv.slice(2));
