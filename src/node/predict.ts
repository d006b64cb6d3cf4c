// Runs the engine over corpus case folders in one process and writes one prediction file per
// case, in the scorer's --pred layout: far quicker than a CLI process per page.
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { extract } from '../core/extract';
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

/** Extracts every case under caseRoot into outDir/<case>.json. A failing page writes an error. */
export function predictCorpus(caseRoot: string, outDir: string, explain = false, learnedChoice = true): number {
  mkdirSync(outDir, { recursive: true });
  let n = 0;
  for (const dir of caseDirs(resolve(caseRoot))) {
    const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Gold;
    const page = gold.source ?? join(dir, gold.page ?? 'article.html');
    const url = gold.url ?? 'https://example.org/';
    let out: unknown;
    const dom = pageWindow(readPageFile(page), url);
    try {
      out = extract(dom.window.document, url, { explain, learnedChoice }).extraction;
    } catch (e) {
      out = { error: String(e), findings: [] };
    } finally {
      dom.window.close();
    }
    writeFileSync(join(outDir, basename(dir) + '.json'), JSON.stringify(out));
    n++;
  }
  return n;
}

if (process.argv[1] && basename(process.argv[1]).startsWith('predict')) {
  const args = process.argv.slice(2);
  const explain = args.includes('--explain');
  // --no-choice: the sieves' own answers, without the learned choice (for npm run train).
  const learnedChoice = !args.includes('--no-choice');
  const [root, out] = args.filter((a) => a !== '--explain' && a !== '--no-choice');
  if (!root || !out) {
    process.stderr.write('usage: predict.js CASE_ROOT OUT_DIR [--explain] [--no-choice]\n');
    process.exit(2);
  }
  predictCorpus(root, out, explain, learnedChoice);
}
