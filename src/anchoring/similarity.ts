// String similarity for anchoring: edit distance (banded when a limit is known, so a long quote
// costs O(length * limit)), similarity from it, and the similarity of a stored context to the
// start of a longer window of the page (words inserted in the page cost only themselves).

/**
 * Edit distance between a and b, giving up (returning limit + 1) once it must exceed limit. With a
 * finite limit only a band of width 2 * limit + 1 is computed: O(length * limit), not O(length^2).
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  if (a.length === 0) return Math.min(b.length, limit + 1);
  if (b.length === 0) return Math.min(a.length, limit + 1);
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const band = Number.isFinite(limit) ? limit : Math.max(a.length, b.length);
  const BIG = a.length + b.length + 1;
  let prev = new Array<number>(b.length + 1).fill(BIG);
  let cur = new Array<number>(b.length + 1).fill(BIG);
  for (let j = 0; j <= Math.min(b.length, band); j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - band);
    const hi = Math.min(b.length, i + band);
    cur.fill(BIG, Math.max(0, lo - 1), Math.min(b.length, hi + 1) + 1);
    cur[0] = i <= band ? i : BIG;
    let rowMin = cur[0] as number;
    const ca = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    [prev, cur] = [cur, prev];
  }
  const d = prev[b.length] as number;
  return d > limit ? limit + 1 : d;
}

/** Similarity 0..1 of two strings by edit distance (1 when both are empty). */
export function similarity(a: string, b: string): number {
  const n = Math.max(a.length, b.length);
  if (n === 0) return 1;
  return 1 - editDistance(a, b) / n;
}

/**
 * Similarity 0..1 of `context` to the start of `window` (which may run longer: words inserted in
 * the page cost only themselves, not also the context they push out of a fixed-size window).
 */
export function contextSimilarity(context: string, window: string): number {
  const n = context.length;
  if (n === 0) return window.length === 0 ? 1 : 0.5;
  if (window.length === 0) return 0;
  let prev = new Array<number>(window.length + 1);
  let cur = new Array<number>(window.length + 1);
  for (let j = 0; j <= window.length; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    const c = context.charCodeAt(i - 1);
    for (let j = 1; j <= window.length; j++) {
      const cost = c === window.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
    }
    [prev, cur] = [cur, prev];
  }
  // The window's tail is free: the best alignment of the whole context with any start of the window.
  let best = n;
  for (let j = 0; j <= window.length; j++) best = Math.min(best, prev[j] as number);
  return 1 - best / n;
}

export const reversed = (s: string) => Array.from(s).reverse().join('');
