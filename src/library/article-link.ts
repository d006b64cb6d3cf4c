// The link that opens an article at an annotation: the article URL with a text fragment
// (#:~:text=prefix-,start,end,-suffix), which Chromium and Firefox scroll to and highlight
// without any help from the extension. Only http(s) URLs become links: an imported file can
// name anything as its source, and a javascript: URL must never be clickable.
import type { AnnotationRecord } from '../shared/model';

/** Text fragments match whole words: longer quotes are given by their first and last words. */
const MAX_DIRECT = 80;
const EDGE_WORDS = 4;

function encodePart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== '');
}

/** The url when it is http(s), else null. */
export function httpUrl(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** A text fragment directive for the annotation's quote, or '' when it has no words. */
export function textFragment(a: Pick<AnnotationRecord, 'selectors'>): string {
  const { exact, prefix, suffix } = a.selectors.quote;
  const w = words(exact);
  if (w.length === 0) return '';
  // Context cut mid-word would not match: keep only whole words next to the quote.
  const before = words(prefix).slice(1).slice(-3).join(' ');
  const after = words(suffix).slice(0, -1).slice(0, 3).join(' ');
  const quote =
    exact.length <= MAX_DIRECT || w.length <= EDGE_WORDS * 2
      ? encodePart(w.join(' '))
      : `${encodePart(w.slice(0, EDGE_WORDS).join(' '))},${encodePart(w.slice(-EDGE_WORDS).join(' '))}`;
  return `:~:text=${before ? `${encodePart(before)}-,` : ''}${quote}${after ? `,-${encodePart(after)}` : ''}`;
}

/** The article opened at the annotation, or null when the url is not http(s). */
export function annotationLink(a: Pick<AnnotationRecord, 'article' | 'selectors'>): string | null {
  const base = httpUrl(a.article);
  if (base === null) return null;
  const fragment = textFragment(a);
  if (fragment === '') return base;
  const hashAt = base.indexOf('#');
  return hashAt === -1 ? `${base}#${fragment}` : `${base}${fragment}`;
}
