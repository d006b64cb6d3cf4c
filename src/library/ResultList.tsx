// The windowed list: only the rows in (and just around) the viewport exist in the DOM, and only
// their pages are read from the database, so 100,000 annotations scroll like 100.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SourcelightDb } from '../database/db';
import { updateAnnotation } from '../database/store';
import type { AnnotationRecord, ArticleRecord, Tag } from '../shared/model';
import { AnnotationRow } from './AnnotationRow';
import { articlesByUrl, type LibraryView } from '../database/queries';

export const ROW_HEIGHT = 132;
const PAGE = 50;
const OVERSCAN = 6;

export interface ResultListProps {
  /** Where the articles of the rows are read. */
  db: SourcelightDb;
  /** The result to page through. */
  view: LibraryView;
  /** Narrows the list to one article. */
  onOnlyArticle: (url: string) => void;
  /** Shows (or, with null, clears) a failure to save a change made in a row. */
  onError: (message: string | null) => void;
  /** Rows changed elsewhere (the editor) since their page was read, by id. */
  changed: ReadonlyMap<string, AnnotationRecord>;
  onEdit: (id: string) => void;
  onDelete: (id: string) => void;
  /** A row as stored after a change made in the list. */
  onSaved: (record: AnnotationRecord) => void;
  /** "Open at this annotation" through the extension (see AnnotationRow). */
  onOpen?: (annotation: AnnotationRecord) => boolean;
}

/** Which rows a scroll position shows (with some rows of margin). */
export function visibleRange(scrollTop: number, viewport: number, total: number): { first: number; last: number } {
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(total, Math.ceil((scrollTop + viewport) / ROW_HEIGHT) + OVERSCAN);
  return { first, last };
}

export function ResultList({ db, view, onOnlyArticle, onError, changed, onEdit, onDelete, onSaved, onOpen }: ResultListProps) {
  const box = useRef<HTMLDivElement>(null);
  const frame = useRef(0);
  const mounted = useRef(true);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(800);
  const [, setVersion] = useState(0);
  const pages = useMemo(() => new Map<number, AnnotationRecord[] | 'loading'>(), [view]);
  const articles = useMemo(() => new Map<string, ArticleRecord>(), [view]);

  useEffect(() => {
    if (box.current) box.current.scrollTop = 0;
    setScrollTop(0);
  }, [view]);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setViewport(el.clientHeight || 800);
    measure();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(el);
    return () => observer?.disconnect();
  }, []);

  const { first, last } = visibleRange(scrollTop, viewport, view.total);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    for (let p = Math.floor(first / PAGE); p * PAGE < last; p++) {
      if (pages.has(p)) continue;
      pages.set(p, 'loading');
      void view
        .page(p * PAGE, PAGE)
        .then(async (rows) => {
          const missing = rows.map((r) => r.article).filter((u) => !articles.has(u));
          if (missing.length > 0) for (const [url, a] of await articlesByUrl(db, missing)) articles.set(url, a);
          pages.set(p, rows);
          if (mounted.current) setVersion((v) => v + 1);
        })
        .catch(() => pages.delete(p));
    }
  }, [first, last, view, pages, articles, db]);

  /** A tag toggled in a row: stored at once, and the row shows the stored record. */
  const onTags = (id: string, tags: Tag[]) => {
    onError(null);
    updateAnnotation(db, { id, tags }, Date.now())
      .then((next) => {
        for (const [p, rows] of pages) if (Array.isArray(rows)) pages.set(p, rows.map((r) => (r.id === id ? next : r)));
        onSaved(next);
        if (mounted.current) setVersion((v) => v + 1);
      })
      .catch((e: unknown) => onError(`Not saved: ${e instanceof Error ? e.message : String(e)}`));
  };

  const rows = [];
  for (let i = first; i < last; i++) {
    const page = pages.get(Math.floor(i / PAGE));
    const read = Array.isArray(page) ? page[i % PAGE] : undefined;
    const row = read && (changed.get(read.id) ?? read);
    rows.push(
      row ? (
        <AnnotationRow key={row.id} annotation={row} article={articles.get(row.article)} top={i * ROW_HEIGHT} height={ROW_HEIGHT} onOnlyArticle={onOnlyArticle} onTags={onTags} onEdit={onEdit} onDelete={onDelete} onOpen={onOpen} />
      ) : (
        <div key={`p${i}`} class="row row-loading" style={{ top: `${i * ROW_HEIGHT}px`, height: `${ROW_HEIGHT}px` }} />
      ),
    );
  }

  return (
    <div
      class="results"
      ref={box}
      role="feed"
      aria-busy={false}
      aria-label={`${view.total} annotations`}
      onScroll={(e) => {
        const top = (e.currentTarget as HTMLDivElement).scrollTop;
        cancelAnimationFrame(frame.current);
        frame.current = requestAnimationFrame(() => setScrollTop(top));
      }}
    >
      <div class="results-space" style={{ height: `${view.total * ROW_HEIGHT}px` }}>
        {rows}
      </div>
      {view.total === 0 && <p class="empty">No annotations match.</p>}

    </div>
  );
}
