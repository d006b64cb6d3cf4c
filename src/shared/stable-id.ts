// Stable ids for engine findings, so that annotating the same page twice upserts the same rows
// (and keeps the reader's tags and notes) instead of adding duplicates.
import type { FindingKind, TextQuoteSelector } from '../core/types';

/** 53-bit string hash (cyrb53): fast, well spread, and the same in every browser and in Node. */
export function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * The id of an engine finding in the database: the same article, kind and quoted span (with its
 * context) always give the same id; anything else gives another one.
 */
export function findingAnnotationId(
  articleUrl: string,
  kind: FindingKind,
  quote: Pick<TextQuoteSelector, 'exact' | 'prefix' | 'suffix'>,
): string {
  const key = [articleUrl, kind, quote.exact, quote.prefix, quote.suffix].join('\u0000');
  return `auto-${hash53(key).toString(36)}`;
}
