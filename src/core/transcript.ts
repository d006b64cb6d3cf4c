// Transcript turns: an interview or a broadcast written as a dialogue, each paragraph opening
// with its speaker's label in capitals and a colon ("JANE ROE: Well, I think…", "Q: How did…").
// The words after the label are that speaker's, with no cue in the sentence itself: the label is
// the cue. A dialogue has turns of at least two speakers, so one capitalised line with a colon
// (a dateline, "UPDATE:") makes no transcript.
import { tokenize, type Token } from './tokens';
import type { CompiledLexicon } from './lexicon/compiled';
import type { Article } from './types';

/** The name of the rule that reads a transcript turn (claims, and cue-less quotes inside them). */
export const TRANSCRIPT_TURN = 'transcript-turn';

/** One to four words in capitals, or one capital letter, then a colon and the turn's words. */
const LABEL = /^\s*(\p{Lu}[\p{Lu}\p{M}.'’-]*(?:[ \u00a0]+\p{Lu}[\p{Lu}\p{M}.'’-]*){0,3})[ \u00a0]*:[ \u00a0]+(?=[\p{L}\p{N}"“‘'(\[])/u;
/** A word of a label with at least one letter in lower case is a name in sentence case, no label. */
const LOWER = /\p{Ll}/u;

/** A dialogue needs this many turns… */
const MIN_TURNS = 3;
/** …by at least this many speakers. */
const MIN_SPEAKERS = 2;

export interface Turn {
  /** The label as the article writes it ("JANE ROE"). */
  label: string;
  /** The label's words in the case a name is written in ("Jane Roe"), to resolve as a mention. */
  mention: Token[];
  /** Where the turn's words start and end in the article's text. */
  start: number;
  end: number;
}

/** The transcript turns of an article by paragraph index; empty when it holds no dialogue. */
export function transcriptTurns(article: Article, c: CompiledLexicon): Map<number, Turn> {
  const turns = new Map<number, Turn>();
  if (c.lex.unspaced) return turns;
  const labels = new Set<string>();
  article.paragraphs.forEach((p, i) => {
    if (p.headline || p.heading) return;
    const text = article.text.slice(p.start, p.end);
    const m = LABEL.exec(text);
    if (!m || LOWER.test(m[1]!)) return;
    const label = m[1]!;
    const lower = label.toLowerCase();
    // "UPDATE:", "WATCH:", "MONDAY:": a page's own words or a date, not a speaker.
    if (c.pageStrings.has(lower) || lower.split(/\s+/).some((w) => c.dateWords.has(w))) return;
    let end = p.end;
    while (end > p.start && /\s/u.test(article.text[end - 1]!)) end--;
    const start = p.start + m[0].length;
    if (end <= start) return;
    const named = label.replace(/\p{Lu}[\p{Lu}\p{M}'’-]*/gu, (w) => (w.length > 1 ? w[0] + w.slice(1).toLowerCase() : w));
    turns.set(i, { label, mention: tokenize(named, 0, named.length, c.lex).filter((t) => t.word), start, end });
    labels.add(lower);
  });
  if (turns.size < MIN_TURNS || labels.size < MIN_SPEAKERS) turns.clear();
  return turns;
}
