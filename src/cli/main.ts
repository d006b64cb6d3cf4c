// The engine's headless face: `sourcelight extract PAGE.html --url URL [--format F]` prints the
// JSON of the extraction contract (../shared/docs/extraction-contract.md) by default, or the
// findings as one of the export formats (our JSON, W3C Web Annotation, CSV, Markdown).
import { extract, NoArticleError } from '../core/extract';
import { formatBundle, fromExtraction, isExportFormat } from '../format/index';
import { PageError, pageWindow, readPageFile } from '../node/load-page';

const FORMATS = 'contract (default), json, w3c, csv, md';
const USAGE = `usage: cli.js extract PAGE.html --url URL [--format ${FORMATS.replace(' (default)', '')}]`;

interface Args {
  command: string | undefined;
  file: string | undefined;
  url: string | undefined;
  format: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { command: undefined, file: undefined, url: undefined, format: 'contract' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--url') args.url = argv[++i];
    else if (a === '--format') args.format = argv[++i] ?? '';
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else if (!args.command) args.command = a;
    else if (!args.file) args.file = a;
    else throw new UsageError(`unexpected argument ${a}`);
  }
  return args;
}

class UsageError extends Error {}

function fail(message: string, code: number): never {
  process.stderr.write(`sourcelight: ${message.split('\n')[0]}\n`);
  process.exit(code);
}

function main(argv: string[]): void {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    return fail(`${(e as Error).message}; ${USAGE}`, 2);
  }
  if (args.command !== 'extract' || !args.file) return fail(USAGE, 2);
  let url = args.url ?? 'https://example.org/';
  try {
    url = new URL(url).href;
  } catch {
    return fail(`--url ${url} is not a URL`, 2);
  }
  if (args.format !== 'contract' && !isExportFormat(args.format)) return fail(`unknown format ${args.format} (${FORMATS})`, 2);
  try {
    const html = readPageFile(args.file);
    const dom = pageWindow(html, url);
    try {
      const { extraction } = extract(dom.window.document, url);
      if (args.format === 'contract') process.stdout.write(JSON.stringify(extraction, null, 1) + '\n');
      else if (isExportFormat(args.format)) process.stdout.write(formatBundle(fromExtraction(extraction, Date.now()), args.format));
    } finally {
      dom.window.close();
    }
  } catch (e) {
    if (e instanceof PageError || e instanceof NoArticleError) return fail(e.message, 1);
    return fail(`failed on ${args.file}: ${e instanceof Error ? e.message : String(e)}`, 1);
  }
}

main(process.argv.slice(2));
