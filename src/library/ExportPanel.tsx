// Export from the library: the current result, one article, or everything, in any format. Rows
// are read in batches and written chunk by chunk with a progress bar, so the page stays usable.
import { useState } from 'preact/hooks';
import type { SourcelightDb } from '../database/db';
import { EXPORT_FORMATS, FORMAT_FILES, type ExportFormat } from '../format/bundle';
import { formatBundleAsync } from '../format/index';
import { downloadParts, exportFileName } from './download';
import { readBundle, type LibraryView } from '../database/queries';

export type ExportScope = 'results' | 'all';

export interface ExportPanelProps {
  /** Where the rows are read. */
  db: SourcelightDb;
  /** The current result ("export these results"). */
  view: LibraryView;
  /** True when a filter is on (then "results" differs from "all"). */
  filtered: boolean;
  /** Set when the list shows one article: the result is then offered as "this article". */
  article?: string;
  /** Injected for tests: what to do with the finished file. */
  save?: (parts: string[], fileName: string, mime: string) => void;
  /** Clock for the file name and header; injectable for tests. */
  now?: () => number;
}

interface Progress {
  phase: 'Reading' | 'Writing';
  done: number;
  total: number;
}

export function ExportPanel({ db, view, filtered, article, save = downloadParts, now = Date.now }: ExportPanelProps) {
  const [format, setFormat] = useState<ExportFormat>('json');
  const [progress, setProgress] = useState<Progress | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  async function run(scope: ExportScope) {
    setMessage(null);
    setProgress({ phase: 'Reading', done: 0, total: scope === 'all' ? 0 : view.total });
    try {
      const ids = scope === 'all' ? 'all' : await view.ids();
      const bundle = await readBundle(db, ids, (done, total) => setProgress({ phase: 'Reading', done, total }));
      const when = now();
      const parts = await formatBundleAsync(bundle, format, {
        now: when,
        onProgress: (done, total) => setProgress({ phase: 'Writing', done, total }),
      });
      save(parts, exportFileName(format, when, scope === 'all' ? '' : article ? 'article' : 'results'), FORMAT_FILES[format].mime);
      setMessage(`Exported ${bundle.annotations.length} annotation${bundle.annotations.length === 1 ? '' : 's'} from ${bundle.articles.length} article${bundle.articles.length === 1 ? '' : 's'}.`);
    } catch (e) {
      setMessage(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setProgress(null);
    }
  }

  const busy = progress !== null;
  return (
    <section class="panel" aria-label="Export">
      <h2>Export</h2>
      <label>
        Format{' '}
        <select aria-label="Export format" value={format} disabled={busy} onChange={(e) => setFormat((e.currentTarget as HTMLSelectElement).value as ExportFormat)}>
          {EXPORT_FORMATS.map((f) => (
            <option key={f} value={f}>
              {FORMAT_FILES[f].label}
            </option>
          ))}
        </select>
      </label>
      <div class="panel-buttons">
        {filtered && (
          <button type="button" class="button" disabled={busy || view.total === 0} onClick={() => void run('results')}>
            {article ? `Export this article (${view.total})` : `Export these ${view.total} results`}
          </button>
        )}
        <button type="button" class={filtered ? 'button-quiet' : 'button'} disabled={busy} onClick={() => void run('all')}>
          Export everything
        </button>
      </div>
      {progress && (
        <div class="progress">
          <progress max={Math.max(1, progress.total)} value={progress.done} aria-label={`${progress.phase} annotations`} />
          <span>
            {progress.phase} {progress.done} / {progress.total}
          </span>
        </div>
      )}
      {message && (
        <p class="panel-message" role="status">
          {message}
        </p>
      )}
    </section>
  );
}
