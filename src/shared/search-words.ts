// The words of an annotation that full-text search looks up: one normalisation for the index
// and for the query, so that "Café", "cafe" and "CAFÉ" meet. Pure; shared by the database
// module (which stores the words in a multi-entry index) and the library page's queries.
import type { AnnotationRecord } from './model';

/** Longest word kept (longer ones are cut, and so are the query's). */
export const MAX_WORD_LENGTH = 32;
/** Most distinct words indexed per annotation (a very long note is indexed by its first words). */
export const MAX_WORDS = 1000;

const COMBINING_MARKS = /\p{M}+/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/** Lower case, compatibility forms folded, accents removed. */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
}

/** The distinct words of a text, folded, in order of first appearance. */
export function searchWords(text: string, max = MAX_WORDS): string[] {
  const out = new Set<string>();
  for (const m of foldForSearch(text).matchAll(WORD)) {
    out.add(m[0].slice(0, MAX_WORD_LENGTH));
    if (out.size >= max) break;
  }
  return [...out];
}

/** Words of the finding text, the speaker, the free-form tags and the note. */
export function annotationWords(a: Pick<AnnotationRecord, 'text' | 'speaker' | 'labels' | 'note'>): string[] {
  return searchWords(`${a.text}\n${a.speaker ?? ''}\n${(a.labels ?? []).join('\n')}\n${a.note}`);
}

/** The host name of an article url ("" when it has none). */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
