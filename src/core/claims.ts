// Attributed claims: reported speech and assertions without quotation marks. "X told Y that P",
// "X said P", "according to X, P" and "P, according to X", "P, X said", "allegations that P",
// "cited X as claiming that P". The finding's text is P; its source is resolved like a quote's.
import { cueAt, sourceOfCue, type Cue } from './attribution';
import { phraseAfter, subjectBefore, type ClauseToken } from './clause';
import type { CompiledLexicon } from './lexicon/compiled';

export interface ClaimMatch {
  cue: Cue;
  source: [number, number] | null;
  /** Token range of the content P. */
  content: [number, number];
}

const MIN_WORDS = 3;

/** Where a reported clause that starts at token i ends: the sentence end, a semicolon, or a new cue. */
function clauseEnd(tokens: readonly ClauseToken[], i: number, c: CompiledLexicon): number {
  for (let k = i; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!t.word && /^[;:!?.]$/.test(t.text) && k === tokens.length - 1) return k;
    if (!t.word && t.text === ';') return k;
    if (t.text === ',' && tokens[k + 1]?.word) {
      const next = cueAt(tokens, k + 1, c);
      // ", adding that…", ", according to…": the reported clause ends at the comma.
      if (next && (next.type === 'according' || tokens[k + 1]!.lower.endsWith('ing'))) return k;
      if (c.claimNouns.has(tokens[k + 1]!.lower)) return k;
    }
  }
  let end = tokens.length;
  while (end > i && !tokens[end - 1]!.word && tokens[end - 1]!.quote === undefined) end--;
  return end;
}

function wordCount(tokens: readonly ClauseToken[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (tokens[k]!.word) n++;
  return n;
}

/** Share of the content's characters that sit inside quotation marks. */
function quotedShare(tokens: readonly ClauseToken[], from: number, to: number): number {
  if (to <= from) return 0;
  let quoted = 0;
  for (let k = from; k < to; k++) if (tokens[k]!.quote !== undefined) quoted += tokens[k]!.end - tokens[k]!.start;
  const total = tokens[to - 1]!.end - tokens[from]!.start;
  return total > 0 ? quoted / total : 0;
}

function accept(tokens: readonly ClauseToken[], from: number, to: number): boolean {
  return to > from && wordCount(tokens, from, to) >= MIN_WORDS && quotedShare(tokens, from, to) < 0.4;
}

/** Claims in one sentence. */
export function findClaims(tokens: readonly ClauseToken[], c: CompiledLexicon): ClaimMatch[] {
  const out: ClaimMatch[] = [];
  const taken: Array<[number, number]> = [];
  const push = (m: ClaimMatch) => {
    if (!accept(tokens, m.content[0], m.content[1])) return;
    if (taken.some(([a, b]) => a === m.content[0] && b === m.content[1])) return;
    taken.push(m.content);
    out.push(m);
  };
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (!t.word) continue;
    // "allegations that P", "X's claims that P"
    if (c.claimNouns.has(t.lower) && tokens[j + 1] && c.complementizers.has(tokens[j + 1]!.lower)) {
      const start = j + 2;
      if (tokens[start] && c.verbModifiers.has(tokens[start]!.lower)) continue; // "claims that are rejected": a relative clause
      const cue: Cue = { type: 'speech', at: j, len: 1, text: t.text };
      push({ cue, source: nounSource(tokens, j, c), content: [start, clauseEnd(tokens, start, c)] });
      continue;
    }
    const cue = cueAt(tokens, j, c);
    if (!cue || cue.type === 'relay') continue;
    if (cue.type === 'according') {
      const np = phraseAfter(tokens, j + cue.len, c);
      if (!np) continue;
      if (tokens[np[1]]?.text === ',') {
        const start = np[1] + 1;
        push({ cue, source: np, content: [start, clauseEnd(tokens, start, c)] });
      } else if (j > 0 && tokens[j - 1]!.text === ',') {
        // "P, according to X."
        const start = contentStart(tokens, j - 1);
        push({ cue, source: np, content: [start, j - 1] });
      }
      j += cue.len - 1;
      continue;
    }
    if (t.cap && j === 0) continue;
    if (c.weak.has(cue.text.toLowerCase())) continue;
    const after = j + cue.len;
    // "X said that P", "X told Y that P": a complementizer within a few words.
    let that = -1;
    for (let k = after; k < tokens.length && k - after <= 6; k++) {
      const w = tokens[k]!;
      if (w.word && c.complementizers.has(w.lower)) {
        that = k;
        break;
      }
      if (!w.word && w.text !== "'" && w.text !== '’') break;
    }
    const source = sourceOfCue(tokens, cue, c);
    if (that >= 0) {
      const start = that + 1;
      push({ cue, source, content: [start, clauseEnd(tokens, start, c)] });
      j = that;
      continue;
    }
    // "P, X said." / "P, said X." — reported speech before its cue, at the sentence's end.
    if (source && (tokens[source[0] - 1]?.text === ',' || tokens[j - 1]?.text === ',') && tailOnly(tokens, after, c)) {
      const comma = tokens[source[0] - 1]?.text === ',' ? source[0] - 1 : j - 1;
      push({ cue, source, content: [contentStart(tokens, comma), comma] });
      continue;
    }
    if (tokens[j - 1]?.text === ',' && tailOnly(tokens, after, c)) {
      const np = phraseAfter(tokens, after, c);
      if (np && tailOnly(tokens, np[1], c)) push({ cue, source: np, content: [contentStart(tokens, j - 1), j - 1] });
      continue;
    }
    // "X said P": a bare clause right after a say-verb and its subject.
    if (source && tokens[after]?.word && !c.stopwords.has(tokens[after]!.lower) && bareComplement(cue, c)) {
      push({ cue, source, content: [after, clauseEnd(tokens, after, c)] });
    }
  }
  return out;
}

/** Only a short tail (time, place, "in a statement") and the full stop follow index i. */
function tailOnly(tokens: readonly ClauseToken[], i: number, c: CompiledLexicon): boolean {
  let words = 0;
  for (let k = i; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.quote !== undefined) return false;
    if (t.word) {
      words++;
      if (c.complementizers.has(t.lower) && words === 1) return false;
    }
  }
  return words <= 8;
}

/** The start of a reported clause that runs up to the comma at index comma. */
function contentStart(tokens: readonly ClauseToken[], comma: number): number {
  let k = comma - 1;
  while (k >= 0 && tokens[k]!.text !== ';') k--;
  return k + 1;
}

function bareComplement(cue: Cue, c: CompiledLexicon): boolean {
  const first = cue.text.toLowerCase().split(' ')[0]!;
  return c.bareComplement.has(first);
}

/** The source of "X's allegations" / "Western media allegations" / "allegations by X". */
function nounSource(tokens: readonly ClauseToken[], j: number, c: CompiledLexicon): [number, number] | null {
  const before = subjectBefore(tokens, j, c);
  if (before) {
    // Drop the determiner-like modifiers that are not the source ("new", "the").
    let [a, b] = before;
    while (a < b && !tokens[a]!.cap && !c.orgHeads.has(tokens[a]!.lower) && !c.anonymousHeads.has(tokens[a]!.lower)) a++;
    if (a < b) return [a, b];
  }
  return null;
}
