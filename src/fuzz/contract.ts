// The invariants of the extraction contract (../shared/docs/extraction-contract.md) that hold
// for any page, whatever the engine decides about speakers: each selector's exact is the article
// text at its position, its prefix and suffix are the text right before and after, the fields
// have their types. The page fuzzer checks every extraction against these.
import { CONTEXT } from '../core/selector';
import type { Article, Extraction } from '../core/types';

const KINDS = new Set(['quote', 'claim', 'scare']);
const SPEAKER_KINDS = new Set(['person', 'organization', 'anonymous', 'unknown']);

/** What is wrong with an extraction of an article, one line per fault (empty: nothing). */
export function contractFaults(article: Article, extraction: Extraction): string[] {
  const faults: string[] = [];
  const { text } = article;
  const fault = (i: number, what: string) => faults.push(`finding ${i}: ${what}`);
  if (typeof extraction.url !== 'string' || typeof extraction.title !== 'string' || typeof extraction.lang !== 'string') faults.push('url, title or lang is not a string');
  if (!Array.isArray(extraction.findings)) return [...faults, 'findings is not an array'];
  let lastStart = -1;
  extraction.findings.forEach((f, i) => {
    if (!KINDS.has(f.kind)) fault(i, `kind ${String(f.kind)}`);
    if (!SPEAKER_KINDS.has(f.speakerKind)) fault(i, `speakerKind ${String(f.speakerKind)}`);
    if (f.speaker !== null && (typeof f.speaker !== 'string' || f.speaker.trim() === '')) fault(i, `speaker ${JSON.stringify(f.speaker)}`);
    if (f.cue !== null && typeof f.cue !== 'string') fault(i, 'cue is not a string or null');
    if (typeof f.partial !== 'boolean') fault(i, 'partial is not a boolean');
    if (typeof f.id !== 'string' || f.id === '') fault(i, 'no id');
    const { start, end } = f.position;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
      fault(i, `position [${start}, ${end}) outside the text (${text.length})`);
      return;
    }
    if (start < lastStart) fault(i, 'findings out of text order');
    lastStart = start;
    const s = f.selector;
    if (s.exact !== text.slice(start, end)) fault(i, `exact ${JSON.stringify(s.exact.slice(0, 40))} is not the text at [${start}, ${end})`);
    if (f.text !== s.exact) fault(i, 'text differs from selector.exact');
    if (s.prefix !== text.slice(Math.max(0, start - CONTEXT), start)) fault(i, 'prefix is not the text before');
    if (s.suffix !== text.slice(end, end + CONTEXT)) fault(i, 'suffix is not the text after');
    if (s.exact.trim() !== s.exact) fault(i, 'exact starts or ends with a space');
    // A span never cuts a character written as a surrogate pair in two.
    if (isLow(text.charCodeAt(start)) && isHigh(text.charCodeAt(start - 1))) fault(i, 'starts inside a surrogate pair');
    if (isLow(text.charCodeAt(end)) && isHigh(text.charCodeAt(end - 1))) fault(i, 'ends inside a surrogate pair');
    const para = article.paragraphs[f.paragraph];
    if (!para || start < para.start || start >= para.end) fault(i, `paragraph ${f.paragraph} does not hold its start`);
  });
  return faults;
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
