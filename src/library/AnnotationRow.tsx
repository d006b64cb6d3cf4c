// One annotation in the library list: kind, text, speaker, verdicts (toggled here as in the popup),
// free-form tags and note, its article with links to open it at the annotation or to show only its
// article, and buttons to edit (note, tags) or delete it.
import { TAGS, type AnnotationRecord, type ArticleRecord, type Tag } from '../shared/model';
import { KIND_LABEL, TAG_LABEL } from '../popup/labels';
import { annotationLink } from '../shared/article-link';

export interface AnnotationRowProps {
  annotation: AnnotationRecord;
  /** Its article, once read (the url stands in until then). */
  article: ArticleRecord | undefined;
  /** Position in the list, px from the top. */
  top: number;
  /** Row height, px. */
  height: number;
  /** Narrows the list to the article of this url. */
  onOnlyArticle: (url: string) => void;
  /** Stores a new set of tags for the annotation. */
  onTags: (id: string, tags: Tag[]) => void;
  /** Opens the editor (note, free-form tags) on this annotation. */
  onEdit: (id: string) => void;
  /** Deletes this annotation (the page offers Undo). */
  onDelete: (id: string) => void;
  /**
   * Opens the article at this annotation through the extension (which paints the page and
   * re-anchors there); answers false to let the plain link do it.
   */
  onOpen?: (annotation: AnnotationRecord) => boolean;
}

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function AnnotationRow({ annotation: a, article, top, height, onOnlyArticle, onTags, onEdit, onDelete, onOpen }: AnnotationRowProps) {
  const link = annotationLink(a);
  return (
    <article class="row" style={{ top: `${top}px`, height: `${height}px` }} data-id={a.id}>
      <div class="row-head">
        <span class={`kind-chip kind-${a.kind}`}>{KIND_LABEL[a.kind].one}</span>
        {a.speaker && <strong class="speaker">{a.speaker}</strong>}
        {a.cue && <span class="cue">{a.cue}</span>}
        {TAGS.map((t) => {
          const on = a.tags.includes(t);
          return (
            <button
              type="button"
              key={t}
              class={`tag tag-${t}`}
              aria-pressed={on}
              title={on ? `Remove “${TAG_LABEL[t]}”` : `Mark “${TAG_LABEL[t]}”`}
              onClick={() => onTags(a.id, on ? a.tags.filter((x) => x !== t) : [...a.tags, t])}
            >
              {TAG_LABEL[t]}
            </button>
          );
        })}
        {(a.labels ?? []).map((l) => (
          <span key={l} class="label-chip label-small">
            {l}
          </span>
        ))}
        <span class="row-date" title={`Changed ${new Date(a.updated).toISOString()}`}>
          {day(a.updated)}
        </span>
      </div>
      <p class="row-text">{a.kind === 'claim' || a.kind === 'manual' ? a.text : `“${a.text}”`}</p>
      {a.note && <p class="row-note">Note: {a.note}</p>}
      <div class="row-article">
        <button type="button" class="link-button" title="Show only this article" onClick={() => onOnlyArticle(a.article)}>
          {article?.title || a.article}
        </button>
        <span class="site">{article?.site}</span>
        {link && (
          <a
            href={link}
            target="_blank"
            rel="noopener noreferrer"
            class="open-link"
            onClick={(e) => {
              if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
              if (onOpen?.(a)) e.preventDefault();
            }}
          >
            Open at this annotation
          </a>
        )}
        <span class="row-actions">
          <button type="button" class="link-button row-edit" onClick={() => onEdit(a.id)}>
            Edit
          </button>
          <button type="button" class="link-button row-delete" aria-label="Delete this annotation" onClick={() => onDelete(a.id)}>
            Delete
          </button>
        </span>
      </div>
    </article>
  );
}
