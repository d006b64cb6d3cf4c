// One annotation in the library list: kind, text, speaker, tags and note, and its article with
// links to open it at the annotation or to show only that article's annotations.
import type { AnnotationRecord, ArticleRecord } from '../shared/model';
import { KIND_LABEL, TAG_LABEL } from '../popup/labels';
import { annotationLink } from './article-link';

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
}

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function AnnotationRow({ annotation: a, article, top, height, onOnlyArticle }: AnnotationRowProps) {
  const link = annotationLink(a);
  return (
    <article class="row" style={{ top: `${top}px`, height: `${height}px` }} data-id={a.id}>
      <div class="row-head">
        <span class={`kind-chip kind-${a.kind}`}>{KIND_LABEL[a.kind].one}</span>
        {a.speaker && <strong class="speaker">{a.speaker}</strong>}
        {a.cue && <span class="cue">{a.cue}</span>}
        {a.tags.map((t) => (
          <span key={t} class={`tag tag-${t}`}>
            {TAG_LABEL[t]}
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
          <a href={link} target="_blank" rel="noopener noreferrer">
            Open at this annotation
          </a>
        )}
      </div>
    </article>
  );
}
