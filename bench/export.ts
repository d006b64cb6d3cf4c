// Export benchmark: 100,000 annotations over 5,000 articles written in each format, against
// JSON.stringify of the same rows (target: at most 3x). Later rows time the library page's
// queries on a fake-indexeddb database holding that library.
import { performance } from 'node:perf_hooks';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openDb } from '../src/database/db';
import type { ExportBundle } from '../src/format/bundle';
import { openView, type LibraryFilter } from '../src/database/queries';
import { EXPORT_FORMATS, type ExportFormat } from '../src/format/bundle';
import { parseImport } from '../src/format/import';
import { formatBundle, formatChunks } from '../src/format/index';
import { BENCH_LIBRARY, generateLibrary } from './export/library-data';

export interface ExportBenchResult {
  /** Table rows for the bench report (export, import and library cases). */
  rows: Array<Record<string, string | number>>;
  /** Median over repeats of (export time) / (JSON.stringify time of the same rows), per format. */
  exportOverStringify: { json: number; w3c: number; csv: number; md: number };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function timed(run: () => number): { ms: number; size: number } {
  (globalThis as { gc?: () => void }).gc?.();
  const t0 = performance.now();
  const size = run();
  return { ms: performance.now() - t0, size };
}

/** Writes the export chunk by chunk, keeping the chunks as the library page keeps Blob parts. */
function writeChunked(bundle: ReturnType<typeof generateLibrary>, format: ExportFormat): number {
  const parts: string[] = [];
  let length = 0;
  for (const chunk of formatChunks(bundle, format)) {
    parts.push(chunk.text);
    length += chunk.text.length;
  }
  return length;
}

const round = (x: number, digits = 2) => Number(x.toFixed(digits));

export async function runExportBench(options: { repeats?: number; library?: boolean } = {}): Promise<ExportBenchResult> {
  const repeats = options.repeats ?? 5;
  const bundle = generateLibrary();
  const rows: Array<Record<string, string | number>> = [];
  // Interleaved: each repeat times the baseline and then every format, and the ratio is taken
  // within the repeat, so that load from other processes changes both sides alike.
  const baseMs: number[] = [];
  const formatMs: Record<ExportFormat, number[]> = { json: [], w3c: [], csv: [], md: [] };
  const perRepeat: Record<ExportFormat, number[]> = { json: [], w3c: [], csv: [], md: [] };
  const sizes: Record<string, number> = {};
  for (let r = 0; r < repeats; r++) {
    const base = timed(() => JSON.stringify(bundle).length);
    baseMs.push(base.ms);
    sizes.base = base.size;
    for (const format of EXPORT_FORMATS) {
      const t = timed(() => writeChunked(bundle, format));
      formatMs[format].push(t.ms);
      perRepeat[format].push(t.ms / base.ms);
      sizes[format] = t.size;
    }
  }
  rows.push({ bench: 'export', case: 'JSON.stringify (baseline)', annotations: bundle.annotations.length, ms: round(median(baseMs), 1), MB: round((sizes.base ?? 0) / 1e6), overStringify: 1 });
  const ratios = {} as Record<ExportFormat, number>;
  for (const format of EXPORT_FORMATS) {
    ratios[format] = round(median(perRepeat[format]));
    rows.push({ bench: 'export', case: format, annotations: bundle.annotations.length, ms: round(median(formatMs[format]), 1), MB: round((sizes[format] ?? 0) / 1e6), overStringify: ratios[format], target: '<= 3' });
  }
  rows.push(...importRows(bundle));
  if (options.library !== false) rows.push(...(await runLibraryBench(bundle, repeats)));
  return { rows, exportOverStringify: { json: ratios.json, w3c: ratios.w3c, csv: ratios.csv, md: ratios.md } };
}

/** Reading the exports back: parse and validate every field (what an import does before writing). */
function importRows(bundle: ExportBundle): Array<Record<string, string | number>> {
  const rows: Array<Record<string, string | number>> = [];
  for (const format of ['json', 'w3c'] as const) {
    const text = formatBundle(bundle, format);
    const t = timed(() => {
      const result = parseImport(text);
      if (!result.ok) throw new Error(`bench export does not import: ${result.errors.join('; ')}`);
      return result.bundle.annotations.length;
    });
    rows.push({ bench: 'import', case: `parse + validate ${format}`, annotations: t.size, ms: round(t.ms, 1), MB: round(text.length / 1e6) });
  }
  return rows;
}

/**
 * The library page's reads on a fake-indexeddb database holding the bench library, through the
 * same query functions the page uses: the first page of everything, and filtered searches
 * (open the view, read its first page of 50 rows). fake-indexeddb is far slower than a
 * browser's IndexedDB, so these are upper bounds.
 */
export async function runLibraryBench(bundle: ExportBundle, repeats = 3): Promise<Array<Record<string, string | number>>> {
  const db = openDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  const t0 = performance.now();
  await db.articles.bulkPut(bundle.articles);
  for (let i = 0; i < bundle.annotations.length; i += 5000) await db.annotations.bulkPut(bundle.annotations.slice(i, i + 5000));
  const loadMs = performance.now() - t0;
  const rows: Array<Record<string, string | number>> = [
    { bench: 'library', case: 'load database (fake-indexeddb, setup only)', annotations: bundle.annotations.length, ms: round(loadMs, 0) },
  ];
  const speaker = bundle.annotations.find((a) => a.speaker !== null)?.speaker ?? '';
  // A rarer word: the longest of the first annotation's words (the made-up long tail).
  const rare = [...(bundle.annotations[0]?.text.split(' ') ?? [])].sort((a, b) => b.length - a.length)[0] ?? 'council';
  const cases: Array<[string, LibraryFilter]> = [
    ['first page, no filter', {}],
    ['search a common word', { text: 'council' }],
    [`search a rarer word`, { text: rare }],
    ['search two words (one a prefix) + tag disputed', { text: `council ${rare.slice(0, 4)}`, tags: ['disputed'] }],
    ['speaker + kind quote', { speaker, kinds: ['quote'] }],
    ['site + last 90 days', { site: bundle.articles[0]!.site, from: Math.max(...bundle.annotations.map((a) => a.created)) - 90 * 86_400_000 }],
  ];
  for (const [name, filter] of cases) {
    const times: number[] = [];
    let total = 0;
    for (let r = 0; r < repeats; r++) {
      const start = performance.now();
      const view = await openView(db, filter);
      await view.page(0, 50);
      times.push(performance.now() - start);
      total = view.total;
    }
    rows.push({ bench: 'library', case: name, annotations: bundle.annotations.length, matches: total, ms: round(median(times), 1) });
  }
  db.close();
  return rows;
}

export { BENCH_LIBRARY };
