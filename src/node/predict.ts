// Runs the engine over corpus case folders in one process and writes one prediction file per
// case, in the scorer's --pred layout: far quicker than a CLI process per page.
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { extract } from '../core/extract';
import { labelFlaw } from '../core/label-quality';
import { pageWindow, readPageFile } from './load-page';

interface Gold {
  page?: string;
  source?: string;
  url?: string;
}

/** Case folders under dir (a folder with gold.json is a case). */
export function caseDirs(dir: string): string[] {
  if (existsSync(join(dir, 'gold.json'))) return [dir];
  return readdirSync(dir)
    .map((d) => join(dir, d))
    .filter((d) => statSync(d).isDirectory())
    .sort()
    .flatMap(caseDirs);
}

/** One speaker label of a corpus with its flaw (src/core/label-quality.ts), or null when clean. */
export interface LabelRow {
  label: string;
  lang: string;
  flaw: string | null;
}

/** The file, beside the case predictions, that lists every speaker label (read by `npm run eval`). */
export const LABELS_FILE = '_labels.json';

/**
 * Extracts every case under caseRoot into outDir/<case>.json. A failing page writes an error.
 * With labels, also writes outDir/_labels.json: each finding's speaker label and its flaw.
 */
export function predictCorpus(caseRoot: string, outDir: string, explain = false, learnedChoice = true, labels = false): number {
  mkdirSync(outDir, { recursive: true });
  let n = 0;
  const rows: LabelRow[] = [];
  for (const dir of caseDirs(resolve(caseRoot))) {
    const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Gold;
    const page = gold.source ?? join(dir, gold.page ?? 'article.html');
    const url = gold.url ?? 'https://example.org/';
    let out: unknown;
    const dom = pageWindow(readPageFile(page), url);
    try {
      const extraction = extract(dom.window.document, url, { explain, learnedChoice }).extraction;
      if (labels) for (const f of extraction.findings) if (f.speaker) rows.push({ label: f.speaker, lang: extraction.lang, flaw: labelFlaw(f.speaker, extraction.lang) });
      out = extraction;
    } catch (e) {
      out = { error: String(e), findings: [] };
    } finally {
      dom.window.close();
    }
    writeFileSync(join(outDir, basename(dir) + '.json'), JSON.stringify(out));
    n++;
  }
  if (labels) writeFileSync(join(outDir, LABELS_FILE), JSON.stringify(rows));
  return n;
}

if (process.argv[1] && basename(process.argv[1]).startsWith('predict')) {
  const args = process.argv.slice(2);
  const explain = args.includes('--explain');
  // --no-choice: the sieves' own answers, without the learned choice (for npm run train).
  const learnedChoice = !args.includes('--no-choice');
  // --labels: also write OUT_DIR/_labels.json, every speaker label and its flaw.
  const labels = args.includes('--labels');
  const [root, out] = args.filter((a) => !a.startsWith('--'));
  if (!root || !out) {
    process.stderr.write('usage: predict.js CASE_ROOT OUT_DIR [--explain] [--no-choice] [--labels]\n');
    process.exit(2);
  }
  predictCorpus(root, out, explain, learnedChoice, labels);
}
