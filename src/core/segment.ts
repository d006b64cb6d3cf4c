// Intl.Segmenter over bounded windows. V8's segmenter slows down more than linearly on very long
// inputs (a 240 KB paragraph takes seconds), so a long stretch is fed in windows of a few
// thousand characters, each ending at a space (after a full stop when there is one).
export const WINDOW = 4000;

/** A segment with its offset in the whole text. */
export interface Segment {
  start: number;
  end: number;
  isWordLike: boolean;
}

const segmenters = new Map<string, Intl.Segmenter>();

/** One segmenter per language and granularity, made once. */
export function segmenterFor(lang: string, granularity: 'sentence' | 'word'): Intl.Segmenter {
  const key = `${lang}:${granularity}`;
  let s = segmenters.get(key);
  if (!s) segmenters.set(key, (s = new Intl.Segmenter(lang, { granularity })));
  return s;
}

/** Where a window starting at from should end: at most WINDOW on, at a space, after a stop if possible. */
function windowEnd(text: string, from: number, to: number): number {
  if (to - from <= WINDOW) return to;
  const limit = from + WINDOW;
  let space = -1;
  for (let i = limit; i > from + WINDOW / 2; i--) {
    if (!/\s/.test(text[i]!)) continue;
    if (/[.!?。！？]/.test(text[i - 1] ?? '')) return i + 1;
    if (space < 0) space = i + 1;
  }
  return space > 0 ? space : limit;
}

/** The segments of text[from, to), in order, with absolute offsets. */
export function segments(segmenter: Intl.Segmenter, text: string, from: number, to: number): Segment[] {
  const out: Segment[] = [];
  let at = from;
  while (at < to) {
    const end = windowEnd(text, at, to);
    for (const seg of segmenter.segment(text.slice(at, end))) {
      const start = at + seg.index;
      out.push({ start, end: start + seg.segment.length, isWordLike: seg.isWordLike === true });
    }
    at = end;
  }
  return out;
}
