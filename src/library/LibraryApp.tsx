// The library page: every stored annotation across articles, searchable and filterable through
// the database's indexes, with export and import. Opens the database itself (an extension page
// may; content scripts may not).
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { SourcelightDb } from '../database/db';
import { ExportPanel } from './ExportPanel';
import { FilterBar } from './FilterBar';
import { ImportPanel } from './ImportPanel';
import { ResultList } from './ResultList';
import { isEmptyFilter, libraryCounts, listSites, listSpeakers, openView, type LibraryFilter, type LibraryView } from '../database/queries';

/** Wait after the last keystroke before searching. */
const TYPING_PAUSE_MS = 200;

export function LibraryApp({ db }: { db: SourcelightDb }) {
  const [filter, setFilter] = useState<LibraryFilter>({});
  const [view, setView] = useState<LibraryView | null>(null);
  const [counts, setCounts] = useState<{ articles: number; annotations: number } | null>(null);
  const [speakers, setSpeakers] = useState<string[]>([]);
  const [sites, setSites] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  const query = useRef(0);

  useEffect(() => {
    void Promise.all([libraryCounts(db), listSpeakers(db), listSites(db)])
      .then(([c, sp, si]) => {
        setCounts(c);
        setSpeakers(sp);
        setSites(si);
      })
      .catch((e: unknown) => setError(`The library could not be read: ${String(e)}`));
  }, [db, reload]);

  useEffect(() => {
    const mine = ++query.current;
    const timer = setTimeout(
      () => {
        openView(db, filter)
          .then((v) => mine === query.current && setView(v))
          .catch((e: unknown) => setError(`The search failed: ${String(e)}`));
      },
      filter.text ? TYPING_PAUSE_MS : 0,
    );
    return () => clearTimeout(timer);
  }, [db, filter, reload]);

  const onlyArticle = useCallback((url: string) => setFilter((f) => ({ ...f, article: url })), []);
  const filtered = !isEmptyFilter(filter);

  return (
    <div class="library">
      <header class="library-head">
        <h1>
          <img src="icons/icon-32.png" width="24" height="24" alt="" /> Sourcelight library
        </h1>
        <p class="counts" aria-live="polite">
          {counts ? `${counts.annotations} annotations in ${counts.articles} articles` : 'Loading…'}
          {view && filtered ? ` · ${view.total} match` : ''}
        </p>
      </header>
      {error && (
        <p class="item-error" role="alert">
          {error}
        </p>
      )}
      <div class="library-body">
        <main class="library-main">
          <FilterBar filter={filter} speakers={speakers} sites={sites} onChange={setFilter} />
          {view ? <ResultList db={db} view={view} onOnlyArticle={onlyArticle} onError={setError} /> : <p class="empty">Loading…</p>}
        </main>
        <aside class="library-side">
          {view && <ExportPanel db={db} view={view} filtered={filtered} article={filter.article} />}
          <ImportPanel db={db} onImported={() => setReload((n) => n + 1)} />
        </aside>
      </div>
    </div>
  );
}
