// W3C selectors for a span of article text, and the stable id of a finding.
import type { TextPositionSelector, TextQuoteSelector } from './types';

/** Characters of context kept on each side of a quote selector. */
export const CONTEXT = 32;

export function quoteSelector(text: string, start: number, end: number): TextQuoteSelector {
  return {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT), start),
    suffix: text.slice(end, end + CONTEXT),
  };
}

export function positionSelector(start: number, end: number): TextPositionSelector {
  return { type: 'TextPositionSelector', start, end };
}

/** FNV-1a, 53-bit, as base-36: short, stable, good enough to tell findings of one page apart. */
export function stableId(...parts: string[]): string {
  h1 = 0x811c9dc5;
  h2 = 0x01000193;
  for (const part of parts) hashRange(part, 0, part.length);
  return digest();
}

/**
 * stableId(kind, exact, prefix, suffix) of quoteSelector(text, start, end), read from the text
 * itself: a slice of the text is a view of it, and each character read through one costs more.
 */
export function spanId(kind: string, text: string, start: number, end: number): string {
  h1 = 0x811c9dc5;
  h2 = 0x01000193;
  hashRange(kind, 0, kind.length);
  hashRange(text, start, end);
  hashRange(text, Math.max(0, start - CONTEXT), start);
  hashRange(text, end, end + CONTEXT);
  return digest();
}

/** The two halves of the hash being taken (stableId, spanId). */
let h1 = 0;
let h2 = 0;

/** Hashes s.slice(from, to) as one part (from and to not negative, clamped to the string as slice does). */
function hashRange(s: string, from: number, to: number): void {
  let a = h1;
  let b = h2;
  const stop = Math.min(to, s.length);
  for (let i = from; i < stop; i++) {
    const ch = s.charCodeAt(i);
    a = Math.imul(a ^ ch, 0x01000193);
    b = Math.imul(b ^ ch, 0x5bd1e995);
  }
  h1 = Math.imul(a ^ 0x1f, 0x01000193);
  h2 = b;
}

function digest(): string {
  return ((h2 >>> 0) & 0x1fffff).toString(36) + (h1 >>> 0).toString(36);
}
