// The library page: every stored annotation across articles, searchable and filterable through
// the database's indexes, with export and import; editing a note and free-form tags; deleting an
// annotation, an article's annotations or everything, each with a few seconds of Undo (and a
// confirmation first when more than one article goes). The delete is written at once; Undo writes
// the removed rows back. The Undo offer's time stands still while the pointer is over it or focus
// is inside it (undo-countdown.ts). Opens the database itself (an extension page may; content
// scripts may not).
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { SourcelightDb } from '../database/db';
import { deleteAnnotations, deleteArticles, deleteEverything, listLabels, restoreDeleted, updateAnnotation, type Deleted } from '../database/store';
import type { AnnotationPatch, AnnotationRecord } from '../shared/model';
import { AnnotationEditor } from './AnnotationEditor';
import { ExportPanel } from './ExportPanel';
import { FilterBar } from './FilterBar';
import { ImportPanel } from './ImportPanel';
import { ResultList } from './ResultList';
import { UndoCountdown, type Hold } from './undo-countdown';
import { isEmptyFilter, libraryCounts, listSites, listSpeakers, openView, type LibraryFilter, type LibraryView } from '../database/queries';

/** Wait after the last keystroke before searching. */
const TYPING_PAUSE_MS = 200;
/** How long Undo is offered after a delete (time with the pointer over it or focus in it not counted). */
export const UNDO_MS = 8000;

export interface LibraryAppProps {
  db: SourcelightDb;
  /**
   * Stores a reader's change. The page passes the background's updateAnnotation (a write that
   * the background finishes even when this page is closed at once); default: the database here.
   */
  save?: (patch: AnnotationPatch) => Promise<AnnotationRecord>;
  /** "Open at this annotation" through the extension; answers false to let the plain link do it. */
  open?: (annotation: AnnotationRecord) => boolean;
  /**
   * The store changed here (a delete, its Undo, an edit, an import): the page tells the open tabs, which
   * repaint the articles named (null: all of them).
   */
  onStoreChanged?: (urls: string[] | null) => void;
  /** Timer of the Undo offer; injectable for tests. */
  schedule?: (fn: () => void, ms: number) => () => void;
  /** Clock of the Undo offer (the time left when it is held); injectable for tests. */
  now?: () => number;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const defaultSchedule = (fn: () => void, ms: number) => {
  const t = setTimeout(fn, ms);
  return () => clearTimeout(t);
};

/** The articles a delete or its Undo touched. */
const urlsOf = (d: Deleted): string[] => [...new Set([...d.articles.map((a) => a.url), ...d.annotations.map((a) => a.article)])];

export function LibraryApp({ db, save, open, onStoreChanged, schedule = defaultSchedule, now = Date.now }: LibraryAppProps) {
  const [filter, setFilter] = useState<LibraryFilter>({});
  const [view, setView] = useState<LibraryView | null>(null);
  const [counts, setCounts] = useState<{ articles: number; annotations: number } | null>(null);
  const [speakers, setSpeakers] = useState<string[]>([]);
  const [sites, setSites] = useState<string[]>([]);
  const [labels, setLabels] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  const [changed, setChanged] = useState<ReadonlyMap<string, AnnotationRecord>>(new Map());
  const [editing, setEditing] = useState<AnnotationRecord | null>(null);
  const [undo, setUndo] = useState<{ text: string; deleted: Deleted } | null>(null);
  const [confirmAll, setConfirmAll] = useState(false);
  const query = useRef(0);
  const countdown = useRef<UndoCountdown | null>(null);
  countdown.current ??= new UndoCountdown({ now: () => now(), schedule: (fn, ms) => schedule(fn, ms) });
  const [undoHeld, setUndoHeld] = useState(false);

  useEffect(() => {
    void Promise.all([libraryCounts(db), listSpeakers(db), listSites(db), listLabels(db)])
      .then(([c, sp, si, la]) => {
        setCounts(c);
        setSpeakers(sp);
        setSites(si);
        setLabels(la);
      })
      .catch((e: unknown) => setError(`The library could not be read: ${String(e)}`));
  }, [db, reload]);

  useEffect(() => {
    const mine = ++query.current;
    const timer = setTimeout(
      () => {
        openView(db, filter)
          .then((v) => {
            if (mine !== query.current) return;
            setView(v);
            setChanged(new Map());
          })
          .catch((e: unknown) => setError(`The search failed: ${String(e)}`));
      },
      filter.text ? TYPING_PAUSE_MS : 0,
    );
    return () => clearTimeout(timer);
  }, [db, filter, reload]);

  useEffect(() => () => countdown.current?.cancel(), []);

  /** The pointer or focus came onto the Undo offer or left it. */
  const holdUndo = (reason: Hold, on: boolean) => {
    countdown.current!.hold(reason, on);
    setUndoHeld(countdown.current!.held);
  };
  const undoGone = () => {
    setUndo(null);
    setUndoHeld(false);
  };

  const onlyArticle = useCallback((url: string) => setFilter((f) => ({ ...f, article: url })), []);
  const filtered = !isEmptyFilter(filter);
  const store = save ?? ((patch: AnnotationPatch) => updateAnnotation(db, patch, Date.now()));

  const onSaved = useCallback((record: AnnotationRecord) => {
    setChanged((m) => new Map(m).set(record.id, record));
    setEditing((e) => (e?.id === record.id ? record : e));
    onStoreChanged?.([record.article]);
    if ((record.labels ?? []).some((l) => !labels.includes(l))) setReload((n) => n + 1);
  }, [labels, onStoreChanged]);

  /** An import wrote rows: the page reloads, and open tabs of those articles paint what came in. */
  const imported = (urls: string[]) => {
    setReload((n) => n + 1);
    if (urls.length > 0) onStoreChanged?.(urls);
  };

  /** Runs a delete, refreshes the page and offers Undo for a few seconds. */
  async function remove(run: () => Promise<Deleted>, what: (d: Deleted) => string, everything = false) {
    setError(null);
    setConfirmAll(false);
    try {
      const deleted = await run();
      onStoreChanged?.(everything ? null : urlsOf(deleted));
      setUndo({ text: what(deleted), deleted });
      countdown.current!.start(UNDO_MS, undoGone);
      setEditing((e) => (e && deleted.annotations.some((a) => a.id === e.id) ? null : e));
      if (filter.article && deleted.articles.some((a) => a.url === filter.article)) setFilter((f) => ({ ...f, article: undefined }));
      setReload((n) => n + 1);
    } catch (e) {
      setError(`Nothing was deleted: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  async function undoDelete() {
    if (!undo) return;
    countdown.current!.cancel();
    const { deleted } = undo;
    undoGone();
    try {
      await restoreDeleted(db, deleted);
      onStoreChanged?.(urlsOf(deleted));
      setReload((n) => n + 1);
    } catch (e) {
      setError(`Undo failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  const deleteOne = (id: string) => void remove(() => deleteAnnotations(db, [id]), (d) => `Deleted ${plural(d.annotations.length, 'annotation')}.`);
  const deleteArticle = (url: string) =>
    void remove(() => deleteArticles(db, [url]), (d) => `Deleted the article and its ${plural(d.annotations.length, 'annotation')}.`);
  const deleteAll = () =>
    void remove(() => deleteEverything(db), (d) => `Deleted everything: ${plural(d.annotations.length, 'annotation')} in ${plural(d.articles.length, 'article')}.`, true);

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
      {undo && (
        <div
          class="undo"
          role="status"
          data-held={undoHeld ? 'true' : undefined}
          onMouseEnter={() => holdUndo('pointer', true)}
          onMouseLeave={() => holdUndo('pointer', false)}
          onFocusIn={() => holdUndo('focus', true)}
          onFocusOut={(e) => {
            // Focus moving between the offer's own parts keeps it held.
            const next = e.relatedTarget;
            if (!(next instanceof Node && e.currentTarget.contains(next))) holdUndo('focus', false);
          }}
        >
          <span>{undo.text}</span>
          <button type="button" class="button" onClick={() => void undoDelete()}>
            Undo
          </button>
        </div>
      )}
      <div class="library-body">
        <main class="library-main">
          <FilterBar filter={filter} speakers={speakers} sites={sites} onChange={setFilter} />
          {filter.article && (
            <div class="article-actions">
              <button type="button" class="button-danger" onClick={() => deleteArticle(filter.article!)}>
                Delete this article and its annotations
              </button>
            </div>
          )}
          {editing && (
            <AnnotationEditor
              annotation={editing}
              labelsInUse={labels}
              save={store}
              onSaved={onSaved}
              onDelete={deleteOne}
              onClose={() => setEditing(null)}
            />
          )}
          {view ? (
            <ResultList
              db={db}
              view={view}
              onOnlyArticle={onlyArticle}
              onError={setError}
              changed={changed}
              onSaved={onSaved}
              onEdit={(id) => {
                const known = changed.get(id);
                if (known) setEditing(known);
                else void db.annotations.get(id).then((row) => row && setEditing(row));
              }}
              onDelete={deleteOne}
              onOpen={open}
            />
          ) : (
            <p class="empty">Loading…</p>
          )}
        </main>
        <aside class="library-side">
          {view && <ExportPanel db={db} view={view} filtered={filtered} article={filter.article} />}
          <ImportPanel db={db} onImported={imported} />
          <section class="panel" aria-label="Delete everything">
            <h2>Delete</h2>
            {!confirmAll ? (
              <button
                type="button"
                class="button-danger"
                disabled={!counts || counts.articles + counts.annotations === 0}
                onClick={() => (counts && counts.articles > 1 ? setConfirmAll(true) : deleteAll())}
              >
                Delete everything…
              </button>
            ) : (
              <div class="confirm" role="alertdialog" aria-label="Confirm deleting everything">
                <p>
                  Delete all {plural(counts?.annotations ?? 0, 'annotation')} in {plural(counts?.articles ?? 0, 'article')}? You can undo it for a
                  few seconds.
                </p>
                <div class="panel-buttons">
                  <button type="button" class="button-danger" onClick={deleteAll}>
                    Delete everything
                  </button>
                  <button type="button" class="button-quiet" onClick={() => setConfirmAll(false)}>
                    Cancel
                  </button>
                </div>
              </div>
            )}
          </section>
        </aside>
      </div>
    </div>
  );
}
