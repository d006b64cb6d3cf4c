// Attributed claims: reported speech and assertions without quotation marks. "X told Y that P",
// "X said P", "according to X, P" and "P, according to X", "P, X said", "P, X said, Q",
// "allegations that P", "cited X as claiming that P", ", saying P", "X cited NP" (the evidence),
// "X added: P". The finding's text is P; its source is the cue's subject (for a participle or a
// coordinated verb, the subject of the clause it hangs on). Words in typewriter marks ('') that
// the quote pairing leaves as text run on over sentences (ClaimRunOn). Every rule looks at a
// bounded window around its cue, so a sentence is read in linear time.
import { cueAt, sourceOfCue, type Cue } from './attribution';
import { closesQuantity, nameBetweenCommas, phraseAfter, sentenceSubject, subjectBefore, withNameBefore, type ClauseToken } from './clause';
import {
  CUE_CLAIM_NOUN, CUE_SPEECH, CUE_START, WORD_ANONYMOUS_HEAD, WORD_COMPLEMENTIZER, WORD_CONJUNCTION, WORD_DETERMINER,
  WORD_FEMALE, WORD_INDEFINITE, WORD_MALE, WORD_NEUTER, WORD_NOT_CLAUSE_START, WORD_ORG_HEAD, WORD_PARTICLE,
  WORD_PLURAL, WORD_RELATIVE, WORD_STOPWORD, WORD_TITLE, WORD_VERB_MODIFIER, endsAsParticiple, endsAsPossessive, endsAsReflexive, isNumberWord, phraseAt, type CompiledLexicon
} from './lexicon/compiled';

export interface ClaimMatch {
  /** The cue word or phrase ("said", "according to", "allegations"). */
  cue: Cue;
  /** Token range naming the source, or null when the sentence names none. */
  source: [number, number] | null;
  /** Token range of the content P. */
  content: [number, number];
  /** The cue ends in a colon ("The governor added: P"): the words may run on to the paragraph's end. */
  block?: boolean;
}

/**
 * The longest content in tokens. Every scan from a cue stops here, so a sentence is read in
 * time linear in its length however many cues it holds (a run-on "sentence" of a broken page).
 */
const MAX_CONTENT = 160;
/** Tokens an "according to" phrase may run to its comma ("according to early results of exit polls conducted for X by Y, P"). */
const MAX_ACCORDING_PHRASE = 20;
/** A claim needs at least this many words outside quotation marks. */
const MIN_WORDS = 3;
/** Words a short tail after "P, X said" may hold ("in a statement on its website"). */
const MAX_TAIL_WORDS = 8;
/** A content before its cue ("P, X said") needs this many words to read as a clause. */
const MIN_BEFORE_WORDS = 4;
/** Words that a quoted sentence before its cue needs ("''There's always resistance,'' said X"). */
const MIN_MARKED_WORDS = 2;
/** Tokens an apposition after an inverted source may run ("…, said Jane Doe, a lawyer at …"). */
const MAX_APPOSITION = 24;
/** Tokens between a cue and a complementizer that is still its own ("said in an interview with X that"). */
const COMPLEMENTIZER_WINDOW = 12;

const END_PUNCT = /^[;:!?.]$/;
const DASH = /^[\u2014\u2013]$/;
const DASH_OR_HYPHEN = /^[\u2014\u2013-]$/;

/** Quotation marks the quote pairing left as plain text (typewriter '' and stray marks). */
const LOOSE_MARK = /^['’‘"“”]$/;

const isLoose = (t: ClauseToken | undefined): boolean => t !== undefined && !t.word && t.quote === undefined && LOOSE_MARK.test(t.text);

/**
 * The comma that closes a content right before index i, past loose closing marks ("…,'' he
 * said"): the comma's index and where the content ends (the marks stay in it). Null if none.
 */
function commaBefore(tokens: readonly ClauseToken[], i: number): { comma: number; end: number } | null {
  let k = i - 1;
  while (k >= 0 && isLoose(tokens[k])) k--;
  if (k < 0 || tokens[k]!.text !== ',') return null;
  return { comma: k, end: k === i - 1 ? k : i };
}

/** Where a reported clause that starts at token i ends: the sentence end, a semicolon, or a new cue. */
function clauseEnd(tokens: readonly ClauseToken[], i: number, c: CompiledLexicon): number {
  const limit = Math.min(tokens.length, i + MAX_CONTENT);
  for (let k = i; k < limit; k++) {
    const t = tokens[k]!;
    if (!t.word && END_PUNCT.test(t.text) && k === tokens.length - 1) return k;
    if (!t.word && t.text === ';') return k;
    if ((t.text === ',' || DASH.test(t.text)) && tokens[k + 1]?.word) {
      const next = cueAt(tokens, k + 1, c);
      // ", adding that…", ", according to…": the reported clause ends at the comma.
      if (next && (next.type === 'according' || endsAsParticiple(tokens[k + 1]!.lower, c))) return k;
      if ((tokens[k + 1]!.flags & CUE_CLAIM_NOUN) !== 0) return k;
      // "P, he said." / "P, officials said, Q": the content stops before a new source and cue.
      if (next && next.type === 'speech' && k + 1 > i) return k;
      if (endsWithCueAt(tokens, k + 1, c) || opensAttribution(tokens, k + 1, c)) return k;
      // "P, although he refused to…": the reporter's words again.
      if (c.contentEnders.has(tokens[k + 1]!.lower) && tokens[k + 2]?.word && nounPhraseStart(tokens[k + 2]!, c)) return k;
      // "P — and he noted that Q": a conjunction that opens a new attribution.
      if ((tokens[k + 1]!.flags & WORD_CONJUNCTION) !== 0 && opensAttribution(tokens, k + 1, c)) return k;
    }
  }
  let end = limit;
  while (end > i && !tokens[end - 1]!.word && tokens[end - 1]!.quote === undefined) end--;
  return end;
}

/** ", he said", ", the minister added": a short subject then a speech cue, from index i. */
function endsWithCueAt(tokens: readonly ClauseToken[], i: number, c: CompiledLexicon): boolean {
  for (let k = i; k < tokens.length && k - i <= 5; k++) {
    const t = tokens[k]!;
    if (!t.word) return false;
    const cue = cueAt(tokens, k, c);
    if (cue && cue.type === 'speech' && k > i && !t.cap) {
      const after = skipAdjuncts(tokens, k + cue.len, c);
      const next = tokens[after];
      return !next || !next.word || next.text === ',';
    }
  }
  return false;
}

/** ", with the outlet Politico reporting that…": a new source and cue with a complementizer of its own. */
function opensAttribution(tokens: readonly ClauseToken[], i: number, c: CompiledLexicon): boolean {
  for (let k = i + 1; k < tokens.length && k - i <= 8; k++) {
    const t = tokens[k]!;
    if (!t.word) return false;
    const cue = cueAt(tokens, k, c);
    if (cue && cue.type === 'speech') return c.complementizers.has(tokens[k + cue.len]?.lower ?? '');
  }
  return false;
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

/**
 * A content worth reporting: enough of the reporter's own words. Content that is mostly a
 * quotation belongs to the quote finding; a paraphrase with a quoted fragment stays a claim.
 */
function accept(tokens: readonly ClauseToken[], from: number, to: number): boolean {
  return to > from && wordCount(tokens, from, to) >= MIN_WORDS && quotedShare(tokens, from, to) < 0.4;
}

/** Skips time and setting phrases ("Friday", "in a statement", "on Monday") from index i. */
function skipAdjuncts(tokens: readonly ClauseToken[], i: number, c: CompiledLexicon): number {
  let k = i;
  for (let n = 0; n < 4; n++) {
    const len = phraseAt(c.cueAdjuncts, tokens, k);
    if (!len) break;
    k += len;
  }
  return k;
}

/**
 * Skips the addressee of "told": an object pronoun, a capitalised name or outlet ("The Washington
 * Post", "CNN host Jane Doe"), or a short common noun phrase ("reporters", "the newspaper").
 * Returns the index after it, or -1 when none is there.
 */
function skipAddressee(tokens: readonly ClauseToken[], i: number, c: CompiledLexicon): number {
  const first = tokens[i];
  if (!first || !first.word) return -1;
  if (isPronoun(first, c) || c.objectPronouns.has(first.lower)) return i + 1;
  if ((first.flags & WORD_NOT_CLAUSE_START) !== 0 && (first.flags & WORD_STOPWORD) === 0) return -1;
  let k = i;
  if ((tokens[k]!.flags & WORD_DETERMINER) !== 0 && !tokens[k]!.cap) k++;
  else if (c.definiteArticles.has(tokens[k]!.lower)) k++;
  const from = k;
  // A capitalised run with the titles inside it ("CNN host Jane Doe", "The New York Times").
  while (k < tokens.length && k - from < 7) {
    const t = tokens[k]!;
    if (!t.word) break;
    if (t.cap && (t.flags & WORD_STOPWORD) === 0) k++;
    else if (k > from && ((t.flags & WORD_TITLE) !== 0 || (t.flags & WORD_ORG_HEAD) !== 0) && tokens[k + 1]?.cap) k++;
    else break;
  }
  if (k > from) {
    // "the RT America audience": a common head noun closing the name, before the sentence ends.
    const head = tokens[k];
    if (head?.word && !head.cap && (head.flags & WORD_STOPWORD) === 0 && (head.flags & WORD_NOT_CLAUSE_START) === 0 && !tokens[k + 1]?.word && !cueAt(tokens, k, c)) return k + 1;
    return k;
  }
  // A common noun or two ("reporters", "local radio station").
  while (k < tokens.length && k - from < 3) {
    const t = tokens[k]!;
    if (!t.word || t.cap || (t.flags & WORD_STOPWORD) !== 0 || (t.flags & WORD_NOT_CLAUSE_START) !== 0) break;
    k++;
    if (tokens[k] && ((tokens[k]!.flags & WORD_STOPWORD) !== 0 || tokens[k]!.cap)) break;
  }
  return k > from ? k : -1;
}

/** The cue's first word, lowercased: its first token's (a cue's text is its tokens' words). */
function firstWord(tokens: readonly ClauseToken[], cue: Cue): string {
  return tokens[cue.at]!.lower;
}

/**
 * The start of the reported clause after a cue that ends at index after, or -1: "said (Friday)
 * (that) P", "told (reporters) (that) P", "said in an interview with X that P".
 */
function complementStart(tokens: readonly ClauseToken[], after: number, cue: Cue, c: CompiledLexicon, weak: boolean): number {
  let k = skipAdjuncts(tokens, after, c);
  if (cue.len === 1 && c.addressee.has(firstWord(tokens, cue))) {
    const o = skipAddressee(tokens, k, c);
    if (o >= 0) k = skipAdjuncts(tokens, o, c);
  }
  const t = tokens[k];
  if (!t) return -1;
  if (t.word && (t.flags & WORD_COMPLEMENTIZER) !== 0) return k + 1;
  // "заявил, что P", "uvedl, že P", "sagte, dass P": a comma before the complementizer.
  if (t.text === ',' && c.lex.commaBeforeComplementizer === true && tokens[k + 1]?.word && (tokens[k + 1]!.flags & WORD_COMPLEMENTIZER) !== 0) return k + 2;
  // "王伟表示，P": unspaced writing reports a clause after a comma, without a complementizer.
  if (c.lex.unspaced && t.text === ',' && tokens[k + 1]?.word && !weak && c.bareComplement.has(firstWord(tokens, cue))) return k + 1;
  // "telling them what to do": a question word before an infinitive reports no clause.
  if (t.word && c.freeRelatives.has(t.lower) && tokens[k + 1]?.word && (tokens[k + 1]!.flags & WORD_NOT_CLAUSE_START) !== 0) return -1;
  // "told MSNBC’s “Morning Joe” that P": a quoted name inside the addressee.
  if (t.quote !== undefined && tokens[k + 1]?.word && (tokens[k + 1]!.flags & WORD_COMPLEMENTIZER) !== 0) return k + 2;
  // "The governor added: P": the reported words follow a colon.
  if (t.text === ':' && tokens[k + 1]?.word) return k + 1;
  // "he said, ''What…''" / "told me: ''We…''": words in marks the quote pairing did not take.
  if ((t.text === ',' || t.text === ':') && isLoose(tokens[k + 1])) {
    let m = k + 1;
    while (isLoose(tokens[m])) m++;
    return tokens[m]?.word ? k + 1 : -1;
  }
  if (t.word && (t.flags & WORD_NOT_CLAUSE_START) !== 0) {
    // "said in an interview with the paper that P": a complementizer close behind a prepositional phrase.
    for (let m = k + 1; m < tokens.length && m - after <= COMPLEMENTIZER_WINDOW; m++) {
      const w = tokens[m]!;
      if (!w.word) {
        // "said at a stop in Toledo, Ohio, that P": commas inside the phrase are fine.
        if (w.text !== ',' && w.text !== "'" && w.text !== '’' && w.text !== '.') return -1;
        continue;
      }
      if ((w.flags & WORD_COMPLEMENTIZER) !== 0) return m + 1;
      if (cueAt(tokens, m, c)) return -1;
      // "said after the convention he would…": a subject pronoun past a short phrase opens the clause.
      // ("said as he entered": a pronoun right after the first word heads an adverbial clause instead.)
      if (m - k >= 2 && m - k <= 6 && isSubjectPronoun(w, c) && tokens[m + 1]?.word && !weak && c.bareComplement.has(firstWord(tokens, cue))) return m;
    }
    return -1;
  }
  if (weak || !c.bareComplement.has(firstWord(tokens, cue))) return -1;
  if (!t.word || (t.flags & WORD_STOPWORD) !== 0 && (t.flags & WORD_NOT_CLAUSE_START) !== 0) return -1;
  // A cue word right after the cue ("said told") or a participle is no clause start.
  if (cueAt(tokens, k, c)) return -1;
  return k;
}

/**
 * "accused Republicans of placing…", "charged the swimmer with filing…": the object that opens
 * right after an accusation verb, when a link word and its charge follow within a short phrase;
 * -1 otherwise (the passive "was charged with P" has no object).
 */
function accusedObject(tokens: readonly ClauseToken[], after: number, c: CompiledLexicon): number {
  const k = skipAdjuncts(tokens, after, c);
  const first = tokens[k];
  if (!first?.word || c.accusationLinks.has(first.lower) || (first.flags & (WORD_COMPLEMENTIZER | WORD_NOT_CLAUSE_START)) !== 0) return -1;
  for (let m = k + 1; m < tokens.length && m - k <= ACCUSED_OBJECT_MAX; m++) {
    const w = tokens[m]!;
    if (!w.word) {
      if (w.text === ',' || w.text === '.' || w.text === "'" || w.text === '’') continue;
      return -1;
    }
    if (c.accusationLinks.has(w.lower)) return tokens[m + 1]?.word ? k : -1;
    if (cueAt(tokens, m, c)) return -1;
  }
  return -1;
}

/** How many tokens the object of an accusation may run before its link word. */
const ACCUSED_OBJECT_MAX = 12;

/**
 * The subject of the clause a participle hangs on (", saying P", ", adding that P"): the source
 * of the nearest speech cue before it, else the noun phrase that opens the sentence.
 */
function governingSubject(tokens: readonly ClauseToken[], j: number, c: CompiledLexicon): [number, number] | null {
  for (let k = j - 2; k >= 0 && j - k <= 40; k--) {
    const cue = cueAt(tokens, k, c);
    if (!cue || cue.type === 'according' || cue.at + cue.len > j) continue;
    if (tokens[k]!.cap && k === 0) continue;
    const s = sourceOfCue(tokens, cue, c);
    if (s) return s;
  }
  // "In Iowa, Clinton said …, adding P" with no cue the scan takes: the subject of the clause the
  // participle hangs on, past an opening adverbial ("Facing the critics, …": an opening participle is none).
  const subject = sentenceSubject(tokens, j, c);
  if (subject && !(subject[1] - subject[0] === 1 && endsAsParticiple(tokens[subject[0]]!.lower, c))) return subject;
  return openingPhrase(tokens, c, 0, true);
}

/** The noun phrase that opens a sentence, up to its verb ("The GOP nominee complained" → "The GOP nominee"). */
function openingPhrase(tokens: readonly ClauseToken[], c: CompiledLexicon, from = 0, pastAdverbial = false): [number, number] | null {
  let i = from;
  while (i < tokens.length && (!tokens[i]!.word || ((tokens[i]!.flags & WORD_STOPWORD) !== 0 && (tokens[i]!.flags & WORD_DETERMINER) === 0 && !isPronoun(tokens[i]!, c)))) {
    if (i > from + 2) return null;
    i++;
  }
  // "In 1986, the court blocked…": past an opening phrase that a preposition leads, to the subject.
  if (pastAdverbial && from === 0 && i > 0 && tokens[i - 1]!.word && (tokens[i - 1]!.flags & WORD_NOT_CLAUSE_START) !== 0) {
    for (let k = i; k < tokens.length && k - i <= 8; k++) {
      if (tokens[k]!.text === ',') return openingPhrase(tokens, c, k + 1);
      if (!tokens[k]!.word) break;
    }
  }
  if (tokens[i]?.word && endsAsParticiple(tokens[i]!.lower, c) && (tokens[i]!.flags & WORD_STOPWORD) === 0 && !isHead(tokens[i]!, c)) return null; // "Digging deeper, …"
  let k = i;
  while (k < tokens.length && k - i < 8) {
    const t = tokens[k]!;
    if (!t.word) break;
    if (k > i && !t.cap) {
      if ((t.flags & WORD_VERB_MODIFIER) !== 0 || cueAt(tokens, k, c) || phraseAt(c.relay, tokens, k)) break;
      if ((t.flags & WORD_STOPWORD) !== 0 && !c.ofWords.has(t.lower)) break;
      if ((c.lex.finiteVerbEndings ?? []).some((e) => t.lower.endsWith(e)) && (t.flags & WORD_TITLE) === 0) break;
      // After a head noun ("the senator", "the agency") a lowercase word is the verb ("spoke").
      const prev = tokens[k - 1]!;
      if (isHead(prev, c) && !isHead(t, c) && !c.ofWords.has(prev.lower)) break;
    }
    if (isPronoun(t, c)) {
      k++;
      break;
    }
    k++;
  }
  return k > i ? [i, k] : null;
}

/**
 * A short noun phrase right before a verb at v that opens after a comma or loose quotation
 * marks ("…,'' the principal said"): a determiner, a pronoun or a capital in front.
 */
function shortSubject(tokens: readonly ClauseToken[], v: number, c: CompiledLexicon): [number, number] | null {
  let a = v;
  while (a > 0 && v - a < 8 && tokens[a - 1]!.word && (tokens[a - 1]!.flags & WORD_COMPLEMENTIZER) === 0 && !cueAt(tokens, a - 1, c)) a--;
  if (a === v || (a > 0 && tokens[a - 1]!.text !== ',' && !isLoose(tokens[a - 1]))) return null;
  const first = tokens[a]!;
  if (nounPhraseStart(first, c)) return [a, v];
  // "elected officials from both parties say": a head noun inside.
  for (let k = a; k < v; k++) if (isHead(tokens[k]!, c) && !tokens[k]!.cap) return [a, v];
  return null;
}

/**
 * "…from the start, said one source": a phrase that ends at a comma right before the verb, with
 * no comma inside it, is the end of the reported words, not a subject set off by an apposition.
 */
function commaBeforeVerb(tokens: readonly ClauseToken[], s: [number, number], v: number, c: CompiledLexicon): boolean {
  let end = v;
  while (end > 0 && tokens[end - 1]!.word && (tokens[end - 1]!.flags & WORD_VERB_MODIFIER) !== 0) end--;
  if (tokens[end - 1]?.text !== ',' || s[1] !== end - 1) return false;
  for (let k = s[0]; k < s[1]; k++) if (tokens[k]!.text === ',') return false;
  return true;
}

/** A noun phrase after the cue and nothing but a short tail after it: "…, said one source in the room." */
function invertedAfter(tokens: readonly ClauseToken[], cue: Cue, c: CompiledLexicon): boolean {
  const np = phraseAfter(tokens, cue.at + cue.len, c);
  return np !== null && hasWord(tokens, np) && nounPhraseStart(tokens[np[0]]!, c) && (tokens[np[0]]!.flags & WORD_COMPLEMENTIZER) === 0 && tailAfter(tokens, np[1], c, true) !== null;
}

/** The cue at j follows "and" (past auxiliaries): "…and said", "…and has repeatedly claimed". */
function coordinatedVerb(tokens: readonly ClauseToken[], j: number, c: CompiledLexicon): boolean {
  let p = j - 1;
  while (p > 0 && tokens[p]!.word && (tokens[p]!.flags & WORD_VERB_MODIFIER) !== 0) p--;
  const w = tokens[p];
  return w !== undefined && w.word && (w.flags & WORD_CONJUNCTION) !== 0 && p > 0;
}

/** Where a time or setting phrase that covers the range r begins ("on Saturday", "this month"), or -1. */
function adjunctStart(tokens: readonly ClauseToken[], r: [number, number], c: CompiledLexicon): number {
  for (let a = Math.max(0, r[0] - 2); a <= r[0]; a++) {
    let k = a;
    for (let n = 0; n < 3; n++) {
      const len = phraseAt(c.cueAdjuncts, tokens, k);
      if (!len) break;
      k += len;
    }
    if (k > a && k >= r[1]) return a;
  }
  return -1;
}

/** "an architect who said": the noun phrase a relative pronoun at r stands for, back to its determiner or name. */
function relativeHead(tokens: readonly ClauseToken[], r: number, c: CompiledLexicon): [number, number] | null {
  let a = r;
  while (a > 0 && r - a < 5 && tokens[a - 1]!.word && (tokens[a - 1]!.flags & WORD_COMPLEMENTIZER) === 0 && !cueAt(tokens, a - 1, c)) {
    a--;
    if ((tokens[a]!.flags & WORD_DETERMINER) !== 0 || (tokens[a]!.cap && !tokens[a - 1]?.cap)) break;
  }
  if (a === r) return null;
  const first = tokens[a]!;
  return nounPhraseStart(first, c) ? [a, r] : null;
}

/** A word that can open a noun phrase: a capital, a determiner, a pronoun, a number word ("one source"). */
function nounPhraseStart(t: ClauseToken, c: CompiledLexicon): boolean {
  return t.cap || (t.flags & WORD_DETERMINER) !== 0 || (t.flags & WORD_INDEFINITE) !== 0 || isPronoun(t, c);
}

function isHead(t: ClauseToken, c: CompiledLexicon): boolean {
  return t.word && ((t.flags & WORD_TITLE) !== 0 || (t.flags & WORD_ORG_HEAD) !== 0 || (t.flags & WORD_ANONYMOUS_HEAD) !== 0);
}

function isPossessive(t: ClauseToken, c: CompiledLexicon): boolean {
  return (t.flags & WORD_DETERMINER) !== 0 && ((t.flags & WORD_MALE) !== 0 || (t.flags & WORD_FEMALE) !== 0 || (t.flags & WORD_PLURAL) !== 0 || (t.flags & WORD_NEUTER) !== 0);
}

/** A pronoun that can be a clause's subject ("he", "they", "it"), not an object or a possessive. */
function isSubjectPronoun(t: ClauseToken, c: CompiledLexicon): boolean {
  return isPronoun(t, c) && (t.flags & WORD_DETERMINER) === 0 && (t.flags & WORD_NOT_CLAUSE_START) === 0 && !endsAsReflexive(t.lower, c);
}

function isPronoun(t: ClauseToken, c: CompiledLexicon): boolean {
  return (t.flags & WORD_MALE) !== 0 || (t.flags & WORD_FEMALE) !== 0 || ((t.flags & WORD_PLURAL) !== 0 && !c.possessivePronouns.has(t.lower)) || c.neuterSubjects.has(t.lower);
}

/** The start of a reported clause that runs up to the comma at index comma. */
function contentStart(tokens: readonly ClauseToken[], comma: number): number {
  let k = comma - 1;
  while (k >= 0 && comma - k <= MAX_CONTENT && tokens[k]!.text !== ';') k--;
  return k + 1;
}

type Tail = { kind: 'end' } | { kind: 'more'; at: number };

/**
 * What follows "P, X said" from index i: nothing but a short tail or an apposition ('end'), or a
 * comma and the rest of the reported clause ("…, Graham said, since most voters…": 'more').
 */
function tailAfter(tokens: readonly ClauseToken[], i: number, c: CompiledLexicon, apposition: boolean): Tail | null {
  let k = skipAdjuncts(tokens, i, c);
  // "…, said Mr. Doe (a view most experts share)." — a bracketed aside is no clause.
  if (tokens[k]?.text === '(') {
    let m = k + 1;
    while (m < tokens.length && m - k <= MAX_APPOSITION && tokens[m]!.text !== ')') m++;
    if (tokens[m]?.text === ')') k = skipAdjuncts(tokens, m + 1, c);
  }
  // "''A,'' he said, ''B.''": the words go on in typewriter marks.
  if (tokens[k]?.text === ',' && isLoose(tokens[k + 1])) {
    let m = k + 1;
    while (isLoose(tokens[m])) m++;
    return tokens[m]?.word ? { kind: 'more', at: k + 1 } : null;
  }
  if (tokens[k]?.text === ',' && tokens[k + 1]?.word) {
    const w = tokens[k + 1]!;
    if (cueAt(tokens, k + 1, c)) return { kind: 'end' }; // ", adding that…" has its own claim
    const describes = (w.flags & WORD_DETERMINER) !== 0 || (w.flags & WORD_TITLE) !== 0 || (w.flags & WORD_RELATIVE) !== 0 || (w.cap && apposition);
    if (describes) {
      // "…, said Jane Doe, a lawyer at the firm." — an apposition closing the sentence.
      let m = k + 1;
      while (m < tokens.length && tokens[m]!.text !== ',' && tokens[m]!.quote === undefined && m - k <= MAX_APPOSITION) m++;
      if (m >= tokens.length || (m === tokens.length - 1 && END_PUNCT.test(tokens[m]!.text))) return { kind: 'end' };
      // More description after it ("…, a conservative, pro-growth group."): still no new clause.
      if (tokens[m]?.text === ',' && tokens[m + 1]?.word && (w.flags & WORD_RELATIVE) === 0) return restDescribes(tokens, m, c) ? { kind: 'end' } : null;
      return null;
    }
    if (!w.cap || (w.flags & WORD_STOPWORD) !== 0) return { kind: 'more', at: k + 1 };
    return null;
  }
  // Otherwise only a short prepositional tail ("in an interview with the paper") may follow:
  // an object or a verb there means the cue verb had a complement of its own.
  let words = 0;
  for (let m = k; m < tokens.length; m++) {
    const t = tokens[m]!;
    if (t.quote !== undefined) return null;
    if (t.word) {
      words++;
      if (words === 1 && ((t.flags & WORD_NOT_CLAUSE_START) === 0 || (t.flags & WORD_COMPLEMENTIZER) !== 0)) return null;
      if (words > MAX_TAIL_WORDS) return null;
    } else if (t.text === ',' && words > 0) {
      // "P, the agency said in a June report, and Q": past the tail, the clause goes on.
      const w = tokens[m + 1];
      if (!w || !w.word || cueAt(tokens, m + 1, c) || endsAsParticiple(w.lower, c)) return { kind: 'end' };
      return w.cap && (w.flags & WORD_STOPWORD) === 0 ? null : { kind: 'more', at: m + 1 };
    } else if (t.text === ',' || t.text === ';') return null;
  }
  return { kind: 'end' };
}

/** From a comma to the sentence's end: short descriptive pieces with no cue and no quote in them. */
function restDescribes(tokens: readonly ClauseToken[], from: number, c: CompiledLexicon): boolean {
  if (tokens.length - from > MAX_APPOSITION) return false;
  for (let k = from + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.quote !== undefined || (t.word && cueAt(tokens, k, c)) || t.text === ';') return false;
  }
  return true;
}

/** Claims in one sentence. */
export function findClaims(tokens: readonly ClauseToken[], c: CompiledLexicon): ClaimMatch[] {
  const out: ClaimMatch[] = [];
  // Contents already taken, as one number per [a, b) span: a look-up, not a scan of every claim.
  const taken = new Set<number>();
  const push = (m: ClaimMatch): boolean => {
    if (!accept(tokens, m.content[0], m.content[1])) return false;
    const key = m.content[0] * (tokens.length + 1) + m.content[1];
    if (taken.has(key)) return false;
    taken.add(key);
    out.push(m);
    return true;
  };
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (!t.word) continue;
    const starts = t.flags & CUE_START;
    if (starts === 0) continue; // neither a claim noun nor the start of a cue
    // "allegations that P", "X's claims that P"
    if (starts & CUE_CLAIM_NOUN && tokens[j + 1] && (tokens[j + 1]!.flags & WORD_COMPLEMENTIZER) !== 0) {
      const start = j + 2;
      if (tokens[start] && (tokens[start]!.flags & WORD_VERB_MODIFIER) !== 0) continue; // "claims that are rejected": a relative clause
      const cue: Cue = { type: 'speech', at: j, len: 1, text: t.text };
      let end = clauseEnd(tokens, start, c);
      // "Contrary to his claim that P, Q": inside a phrase that opens the sentence, P ends at the comma.
      let p = j - 1;
      while (p >= 0 && p >= j - 3 && tokens[p]!.word && (tokens[p]!.flags & WORD_DETERMINER) !== 0) p--;
      if (p >= 0 && tokens[p]!.word && (tokens[p]!.flags & WORD_NOT_CLAUSE_START) !== 0 && !hasSpeechCue(tokens, Math.max(0, p - MAX_CONTENT), p, c)) {
        for (let k = start; k < end; k++) {
          if (tokens[k]!.text === ',' && tokens[k + 1]?.word && (tokens[k + 1]!.flags & WORD_CONJUNCTION) === 0) {
            end = k;
            break;
          }
        }
      }
      push({ cue, source: nounSource(tokens, j, c), content: [start, end] });
      continue;
    }
    const cue = cueAt(tokens, j, c);
    if (!cue || (cue.type === 'relay' && !c.accusation.has(t.lower))) continue; // "accused X of P" reports P
    if (c.evidenceCues.has(t.lower) && (!t.cap || j === 0) && !nounUse(tokens, j, c) && evidence(tokens, cue, c, push)) continue;
    if (cue.type === 'according') {
      (c.lex.accordingInsideClause === true ? accordingInClause : according)(tokens, cue, c, push);
      j += cue.len - 1;
      continue;
    }
    if (t.cap) continue; // "Says" opening a sentence, "United States", "Tell that to…''"
    if (nounUse(tokens, j, c) || c.quoteOnly.has(cue.text.toLowerCase())) continue;
    const weak = c.weak.has(cue.text.toLowerCase());
    const after = j + cue.len;
    // "The company released a statement saying P": a participle right after a document's noun is
    // what the document says; the source is the subject that released it, its phrase cut at the verb.
    const reduced = endsAsParticiple(t.lower, c) && releasedDocument(tokens, j, c);
    const participle = reduced || (tokens[j - 1]?.text === ',' && endsAsParticiple(t.lower, c));
    // "Authorities announced an arrest and said P": the second verb shares the first one's subject.
    const coordinated = !participle && coordinatedVerb(tokens, j, c);
    const source = reduced ? releaser(tokens, j, c) : participle || coordinated ? governingSubject(tokens, j, c) : subjectOf(tokens, cue, c);
    // "X said (that) P", "X told Y (that) P", ", saying P".
    let start = source || participle ? complementStart(tokens, after, cue, c, weak) : -1;
    // "accused Republicans of placing…": the object and its charge are the report.
    if (start < 0 && (source || participle) && c.accusation.has(t.lower)) start = accusedObject(tokens, after, c);
    if (start >= 0 && tokens[start]?.text === ',' && tokens[start + 1]?.word) start++; // "say that, in addition to X, P"
    // "''A,'' he said, ''B.''": the words before the cue and after it are one content.
    const around = start >= 0 && isLoose(tokens[start]) && source && source[1] <= j ? commaBefore(tokens, source[0]) : null;
    if (around && before(tokens, around.end, { kind: 'more', at: start }, { cue, source }, c, push)) {
      j = start - 1;
      continue;
    }
    if (start >= 0) {
      const block = tokens[start - 1]?.text === ':';
      const content: [number, number] = [start, clauseEnd(tokens, start, c)];
      // "Sanders, who said he would campaign with him, did not show up": the comma closes the relative clause.
      if (inRelativeAside(tokens, j, c)) content[1] = asideEnd(tokens, start, content[1], c);
      push(block ? { cue, source, content, block } : { cue, source, content });
      j = start - 1;
      continue;
    }
    if (!source && !participle) {
      // "Sens. A (D), B (D) and C (D) all suggested that P": a cue and its complementizer are
      // enough; the source is the phrase that opens the sentence, when there is one.
      const that = complementStart(tokens, after, cue, c, true);
      if (that > 0 && tokens[that - 1]!.word && (tokens[that - 1]!.flags & WORD_COMPLEMENTIZER) !== 0) {
        const open = openingPhrase(tokens, c);
        const src = open && open[1] <= j && (tokens[open[0]]!.cap || (tokens[open[0]]!.flags & WORD_DETERMINER) !== 0) ? open : null;
        push({ cue, source: src, content: [that, clauseEnd(tokens, that, c)] });
        j = that - 1;
        continue;
      }
    }
    if (weak || participle) continue;
    // "P, X said." / "P, X said, Q." — reported speech before its cue.
    const close = source && source[1] <= j ? commaBefore(tokens, source[0]) : null;
    // "The minister of health, Claire Martin, announced …": a name alone between two commas right
    // before its verb is the apposition of the phrase before it, the subject; that phrase is no report.
    if (apposedName(tokens, j)) continue;
    if (source && close) {
      // "…,'' Ms. Doe told the audience." — the addressee is no tail.
      const addressed = cue.len === 1 && c.addressee.has(firstWord(tokens, cue)) ? skipAddressee(tokens, skipAdjuncts(tokens, after, c), c) : -1;
      const tail = tailAfter(tokens, addressed >= 0 ? addressed : after, c, false);
      if (tail) before(tokens, close.end, tail, { cue, source }, c, push);
      continue;
    }
    // "P, said X." / "P, said X, a lawyer."
    const closeInv = commaBefore(tokens, j);
    if (closeInv) {
      const np = phraseAfter(tokens, after, c);
      if (!np || !hasWord(tokens, np) || !nounPhraseStart(tokens[np[0]]!, c)) continue;
      const tail = tailAfter(tokens, np[1], c, true);
      if (tail) before(tokens, closeInv.end, tail, { cue, source: np }, c, push);
    }
  }
  if (c.reportedVerbs.size > 0) reportedSpeech(tokens, c, out, push);
  return out;
}

/**
 * Pushes the content that runs up to the comma before a cue (end), and on past it when the
 * tail goes on. A content before its cue must read as a clause: a few words, not opening
 * with a preposition or a participle ("In July 2012, he predicted", "Campaigning in Ohio, she said").
 */
function before(tokens: readonly ClauseToken[], end: number, tail: Tail, m: Pick<ClaimMatch, 'cue' | 'source'>, c: CompiledLexicon, push: (m: ClaimMatch) => boolean): boolean {
  let start = contentStart(tokens, end);
  const marked = start < end && isLoose(tokens[start]);
  while (start < end && isLoose(tokens[start])) start++;
  // "LONDON — P, officials said": a dateline is no part of the report.
  let d = start;
  while (d < end && d - start < 4 && tokens[d]!.word && tokens[d]!.text === tokens[d]!.text.toUpperCase() && /\p{Lu}/u.test(tokens[d]!.text)) d++;
  if (d > start && d < end && DASH_OR_HYPHEN.test(tokens[d]!.text)) start = d + 1;
  // "But the plan is still too costly, the group said": the conjunction links to the sentence before.
  if (tokens[start]?.word && (tokens[start]!.flags & WORD_CONJUNCTION) !== 0 && tokens[start + 1]?.word) start++;
  const first = tokens[start];
  if (!first || !first.word) return false;
  // (After "''…,'' he said," only words in marks again go on with it: "popping a soda as he sat" is the reporter's.)
  if (marked && (tail.kind === 'end' || !isLoose(tokens[tail.at]))) {
    // "''To bring them here is …,'' X said": words in quotation marks are a sentence of their own,
    // whatever opens it, and they end where the marks close.
    const open = contentStart(tokens, end);
    const close = closingMarks(tokens, open, end);
    const to = close > 0 ? close : end;
    if (wordCount(tokens, start, to) < MIN_MARKED_WORDS) return false;
    return push({ cue: m.cue, source: m.source, content: [open, to] });
  }
  if (tail.kind === 'end') {
    if (wordCount(tokens, start, end) < MIN_BEFORE_WORDS) return false;
    // ("In all, the committee raised $57 million, records show": past the opening phrase's comma, a clause;
    // not after an article that is no clause start, German "der" of "von der Sonne".)
    const opener = (first.flags & WORD_NOT_CLAUSE_START) !== 0 && (first.flags & WORD_VERB_MODIFIER) === 0 && ((first.flags & WORD_DETERMINER) !== 0 || !clauseAfterOpener(tokens, start, end));
    if (opener || (endsAsParticiple(first.lower, c) && !first.cap)) return false;
    if (first.cap && endsAsParticiple(first.lower, c) && (first.flags & WORD_STOPWORD) === 0) return false;
  }
  const to = tail.kind === 'more' ? clauseEnd(tokens, tail.at, c) : end;
  let s = start;
  while (s > 0 && isLoose(tokens[s - 1])) s--; // keep the opening marks with the words
  return push({ cue: m.cue, source: m.source, content: [s, to] });
}

/** The cue at j opens a relative clause set off by a comma (", who said", ", who has long argued"). */
function inRelativeAside(tokens: readonly ClauseToken[], j: number, c: CompiledLexicon): boolean {
  let v = j;
  while (v > 0 && tokens[v - 1]!.word && (tokens[v - 1]!.flags & WORD_VERB_MODIFIER) !== 0) v--;
  const r = tokens[v - 1];
  return r !== undefined && r.word && (r.flags & WORD_RELATIVE) !== 0 && (r.flags & WORD_COMPLEMENTIZER) === 0 && tokens[v - 2]?.text === ',';
}

/**
 * Where the main clause resumes after a relative aside, in [from, to): a comma, then a word in
 * lower case that opens no phrase of the aside (no preposition, conjunction, article, number or
 * participle), the main verb or its adverb ("…, ultimately did not show up"); else to.
 */
function asideEnd(tokens: readonly ClauseToken[], from: number, to: number, c: CompiledLexicon): number {
  for (let k = from + 1; k < to; k++) {
    const w = tokens[k + 1];
    if (tokens[k]!.text !== ',' || tokens[k]!.quote !== undefined || !w?.word || w.cap || w.quote !== undefined) continue;
    if ((w.flags & (WORD_NOT_CLAUSE_START | WORD_DETERMINER | WORD_CONJUNCTION)) !== 0 || endsAsParticiple(w.lower, c) || isNumberWord(w.lower, c)) continue;
    return k;
  }
  return to;
}

/** "released a statement saying", "issued a brief written statement saying": a document's noun right before j, released by the verb before it (lexicon releaseVerbs). */
function releasedDocument(tokens: readonly ClauseToken[], j: number, c: CompiledLexicon): boolean {
  if (!tokens[j - 1]?.word || !c.documentHeads.has(tokens[j - 1]!.lower)) return false;
  for (let k = j - 2; k >= 0 && j - k <= 5; k--) {
    const t = tokens[k]!;
    if (!t.word) return false;
    if (c.releaseVerbs.has(t.lower)) return true;
  }
  return false;
}

/** Who released the document before j: the sentence's subject past an opening adverbial ("Minutes later, the campaign…"), its phrase cut at the verb. */
function releaser(tokens: readonly ClauseToken[], j: number, c: CompiledLexicon): [number, number] | null {
  const subject = sentenceSubject(tokens, j, c);
  return subject ? openingPhrase(tokens, c, subject[0]) ?? subject : openingPhrase(tokens, c, 0, true);
}

/**
 * A comma inside [from, to) after the opening phrase, then at least MIN_BEFORE_WORDS words: the
 * content is a clause behind its opening phrase, not the phrase alone ("In July 2012, he predicted").
 */
function clauseAfterOpener(tokens: readonly ClauseToken[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    if (tokens[k]!.text !== ',') continue;
    // (", das sich … ereignete": a relative clause still belongs to the phrase.)
    return (tokens[k + 1]!.flags & WORD_RELATIVE) === 0 && wordCount(tokens, k + 1, to) >= MIN_BEFORE_WORDS;
  }
  return false;
}

function hasWord(tokens: readonly ClauseToken[], r: [number, number]): boolean {
  for (let k = r[0]; k < r[1]; k++) if (tokens[k]!.word) return true;
  return false;
}

/**
 * A cue word used as a noun or in no report of its own here: after a number, "of" or a
 * possessive ("18 states", "secretary of state", "the editor's note"), after a blocker ("worth
 * noting"), a noun-like cue not right after a subject ("swing states"), or inside a free
 * relative ("what experts say it costs").
 */
function nounUse(tokens: readonly ClauseToken[], j: number, c: CompiledLexicon): boolean {
  const prev = tokens[j - 1];
  if (!prev || !prev.word) return false;
  // (Not the close of a quantity: "Six in 10 said", "one in 4 reported".)
  // (A number before a verb that is no noun is the end of its subject: "Those over 60 say". Not where
  // the verb comes second: there a year before it is the phrase the clause opens with, "2013 soll er".)
  if (/^\p{N}/u.test(prev.text) && !closesQuantity(tokens, j - 1, c) && (c.lex.verbSecond === true || c.nounLikeCues.has(tokens[j]!.lower))) return true;
  if (c.ofWords.has(prev.lower) || (prev.flags & WORD_DETERMINER) !== 0) return true;
  if (endsAsPossessive(prev.lower, c) && prev.text.length > 2) return true;
  if (c.cueBlockers.has(prev.lower)) return true;
  if (c.nounLikeCues.has(tokens[j]!.lower)) {
    let p = j - 1;
    while (p > 0 && tokens[p]!.word && (tokens[p]!.flags & WORD_VERB_MODIFIER) !== 0) p--;
    const s = tokens[p]!;
    // "the analysis shows", "records show": a document is a subject too.
    if (!(s.word && (s.cap || isPronoun(s, c) || isHead(s, c) || c.documentHeads.has(s.lower))) && s.text !== ',') return true;
  }
  for (let k = j - 1; k >= 0 && j - k <= 4; k--) {
    const t = tokens[k]!;
    if (!t.word) break;
    if (c.freeRelatives.has(t.lower)) return true;
  }
  return false;
}

/**
 * The subject of a cue: the attribution rules' subject (with a word in it), else a name with a
 * long apposition before the comma ("Jane Doe, director of the institute at the university, said").
 */
function subjectOf(tokens: readonly ClauseToken[], cue: Cue, c: CompiledLexicon): [number, number] | null {
  const s = sourceOfCue(tokens, cue, c);
  while (s && s[0] < s[1] && isLoose(tokens[s[0]])) s[0]++;
  if (s && s[1] < cue.at && commaBeforeVerb(tokens, s, cue.at, c) && invertedAfter(tokens, cue, c)) return null; // "P, said X"

  if (s && hasWord(tokens, s) && !(s[1] < cue.at && tokens[s[1]]!.quote !== undefined)) {
    // "The paper on Saturday reported", "the bank just this month announced": the time phrase is no source.
    const adj = adjunctStart(tokens, s, c);
    if (adj < 0) return withNameBefore(tokens, s, c);
    let v = adj;
    while (v > 0 && tokens[v - 1]!.text === ',') v--;
    return v > 0 ? subjectBefore(tokens, v, c) ?? shortSubject(tokens, v, c) : null;
  }
  const j = cue.at;
  let v = j;
  while (v > 0 && tokens[v - 1]!.word && (tokens[v - 1]!.flags & WORD_VERB_MODIFIER) !== 0) v--;
  if (tokens[v - 1]?.word && (tokens[v - 1]!.flags & WORD_RELATIVE) !== 0 && (tokens[v - 1]!.flags & WORD_COMPLEMENTIZER) === 0) return relativeHead(tokens, v - 1, c);
  if (tokens[v - 1]?.word) return shortSubject(tokens, v, c);
  if (tokens[v - 1]?.text !== ',') return null;
  // Back to the comma that opens the apposition, within a bounded window.
  let k = v - 2;
  while (k >= 0 && v - k <= MAX_APPOSITION && tokens[k]!.text !== ',' && tokens[k]!.quote === undefined && !END_PUNCT.test(tokens[k]!.text)) k--;
  if (k < 1 || tokens[k]!.text !== ',') return openingName(tokens, v, c);
  const desc = tokens[k + 1];
  if (!desc || !desc.word || (desc.cap && (desc.flags & WORD_TITLE) === 0 && (desc.flags & WORD_DETERMINER) === 0)) return null;
  // The name: a capitalised run ending at that comma, from the sentence start or after a conjunction.
  let a = k;
  while (a > 0 && tokens[a - 1]!.word && (tokens[a - 1]!.cap || (tokens[a - 1]!.flags & WORD_PARTICLE) !== 0)) a--;
  if (a === k) return openingName(tokens, v, c);
  const lead = tokens[a - 1];
  if (lead && lead.word && (lead.flags & WORD_STOPWORD) === 0 && (lead.flags & WORD_TITLE) === 0) return null;
  return [a, v - 1];
}

/**
 * "Jane Doe, 59, of Springfield, Ill., who watched from the back, said…": the name that opens
 * the sentence, when only commas, descriptions and no other cue or quote stand between it and
 * the cue at v.
 */
function openingName(tokens: readonly ClauseToken[], v: number, c: CompiledLexicon): [number, number] | null {
  if (v > 3 * MAX_APPOSITION) return null;
  const open = openingPhrase(tokens, c);
  if (!open || !tokens[open[0]]!.cap || (tokens[open[1]]?.text !== ',' && tokens[open[1]]?.text !== '(')) return null;
  for (let k = open[1]; k < v - 1; k++) {
    const t = tokens[k]!;
    if (t.quote !== undefined || t.text === ';' || (t.word && cueAt(tokens, k, c) && !t.cap)) return null;
  }
  return [open[0], v - 1];
}

/**
 * "Clinton cited the figures", "…, citing a threat to public safety", "Citing a new poll, the
 * campaign said…": the object is the evidence brought forward, its subject the source. "cited X
 * as saying that P" is left to the cue after "as" (X is then the source of P).
 */
function evidence(tokens: readonly ClauseToken[], cue: Cue, c: CompiledLexicon, push: (m: ClaimMatch) => boolean): boolean {
  const j = cue.at;
  const start = skipAdjuncts(tokens, j + cue.len, c);
  const first = tokens[start];
  // "reported that P": a complementizer leaves the cue to the rules of reported speech.
  if (first?.word && (first.flags & WORD_COMPLEMENTIZER) !== 0) return false;
  // ("…, the paper reported.", "reported to the police", "reported it to the police"): no object
  // that says anything here; the other rules may read the cue. ("cited it as evidence" has one.)
  if (!first || !first.word || (first.flags & WORD_NOT_CLAUSE_START) !== 0) return false;
  const next = tokens[start + 1];
  if (isPronoun(first, c) && (first.flags & WORD_DETERMINER) === 0 && (!isSubjectPronoun(first, c) || !next?.word || ((next.flags & WORD_NOT_CLAUSE_START) !== 0 && (next.flags & WORD_CONJUNCTION) === 0 && !c.asWords.has(next.lower)))) return false;
  const opening = j === 0 || (j === 1 && isLoose(tokens[0]));
  let end = clauseEnd(tokens, start, c);
  for (let k = start; k < end; k++) {
    const t = tokens[k]!;
    if (t.word && c.asWords.has(t.lower) && cueAt(tokens, k + 1, c)) return true;
    if (opening && t.text === ',') {
      end = k;
      break;
    }
  }
  let source: [number, number] | null;
  if (opening) {
    // "Citing a new poll, the campaign said…": the subject follows the comma.
    source = tokens[end]?.text === ',' ? phraseAfter(tokens, end + 1, c) : null;
  } else if (tokens[j - 1]?.text === ',') source = governingSubject(tokens, j, c);
  else source = coordinatedVerb(tokens, j, c) ? governingSubject(tokens, j, c) : subjectOf(tokens, cue, c);
  push({ cue, source, content: [start, end] });
  return true;
}

/** The phrase [a, b) holds a title word and no run of two capitalised words (a name). */
function titledWithoutName(tokens: readonly ClauseToken[], [a, b]: [number, number], c: CompiledLexicon): boolean {
  if (c.lex.capitalisedNouns === true) return false; // German reads its own apposition (sourceOfCue)
  let titled = false;
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if ((t.flags & WORD_TITLE) !== 0) titled = true;
    if (k > a && t.word && t.cap && tokens[k - 1]!.word && tokens[k - 1]!.cap && (tokens[k - 1]!.flags & WORD_DETERMINER) === 0) return false;
  }
  return titled;
}

/** "according to X, P", "P, according to X", "P, according to X, Q". */
function according(tokens: readonly ClauseToken[], cue: Cue, c: CompiledLexicon, push: (m: ClaimMatch) => boolean): void {
  const j = cue.at;
  // "По его словам, P": the possessive pronoun inside the cue is the source; P follows the comma.
  for (let k = j + 1; k < j + cue.len - 1; k++) {
    if ((tokens[k]!.flags & (WORD_MALE | WORD_FEMALE | WORD_PLURAL)) === 0) continue;
    const start = j + cue.len + (tokens[j + cue.len]?.text === ',' ? 1 : 0);
    if (tokens[start]?.word) push({ cue, source: [k, k + 1], content: [start, clauseEnd(tokens, start, c)] });
    return;
  }
  let np = phraseAfter(tokens, j + cue.len, c);
  if (!np) return;
  // "According to a new report by the paper, P": the source runs on to the comma when a short
  // phrase with no cue in it leads there.
  for (let k = np[1]; k < tokens.length && k - np[0] <= MAX_ACCORDING_PHRASE; k++) {
    const t = tokens[k]!;
    if (t.text === ',') {
      if (k > np[1]) np = [np[0], k];
      break;
    }
    if (!t.word || cueAt(tokens, k, c) || (t.flags & WORD_COMPLEMENTIZER) !== 0) break;
  }
  // The phrase up to the comma: the content starts after it ("according to the ministry, exports fell").
  // "Según explicó, P": where a subject may be left out, a say-verb alone names no one; the
  // speaker is whoever spoke last.
  // "据新华社报道": unspaced writing closes the frame with a say-verb, no part of the source.
  const named: [number, number] = c.lex.unspaced && np[1] - np[0] > 1 && (tokens[np[1] - 1]!.flags & CUE_SPEECH) !== 0 ? [np[0], np[1] - 1] : np;
  let source = c.lex.proDrop === true && np[1] - np[0] === 1 && (tokens[np[0]]!.flags & CUE_SPEECH) !== 0 && cueAt(tokens, np[0], c)?.type === 'speech' ? null : named;
  // "Selon le porte-parole du gouvernement, Marie Durand, P", "according to the spokeswoman,
  // Jane Roe, P": a phrase that names a title and no one, then a name between commas, is one
  // source; P follows the second comma. (Not after a body: "according to police, Jane Roe, 45, was…".)
  const appositionEnd = tokens[np[1]]?.text === ',' && titledWithoutName(tokens, np, c) ? nameBetweenCommas(tokens, np[1] + 1) : null;
  if (appositionEnd !== null && source === np) {
    np = [np[0], appositionEnd];
    source = np;
  }
  const afterNp = np[1];
  const commaBefore = j > 0 && tokens[j - 1]!.text === ',';
  if (tokens[afterNp]?.text === ',' && tokens[afterNp + 1]?.word) {
    const start = afterNp + 1;
    // "P1, according to X, P2": one claim around the cue when P1 is no sentence of its own.
    const from = commaBefore && !tokens[start]!.cap ? contentStart(tokens, j - 1) : start;
    push({ cue, source, content: [from, clauseEnd(tokens, start, c)] });
  } else if (commaBefore || (j > 0 && tokens[j - 1]!.word)) {
    // "P, according to X." and "P according to X." — unless P is already someone's report
    // ("analysts said P, citing X": the citing names their evidence, not a new source).
    const end = commaBefore ? j - 1 : j;
    const start = contentStart(tokens, end);
    if (!hasSpeechCue(tokens, start, end, c)) push({ cue, source, content: [start, end] });
  }
}

/**
 * The sentence opens with a determiner's phrase, then a name alone between two commas, then the
 * verb at j (past its auxiliaries): "The minister of health, Claire Martin, (has) announced".
 * ("P, a spokeswoman, Jane Roe, said" has a comma before the phrase: P is the report there.)
 */
function apposedName(tokens: readonly ClauseToken[], j: number): boolean {
  let v = j;
  while (v > 0 && tokens[v - 1]!.word && (tokens[v - 1]!.flags & WORD_VERB_MODIFIER) !== 0) v--;
  if (tokens[v - 1]?.text !== ',') return false;
  let k = v - 2;
  while (k > 0 && tokens[k]!.word && v - 2 - k < 6) k--;
  if (k <= 0 || tokens[k]!.text !== ',' || nameBetweenCommas(tokens, k + 1) !== v - 1) return false;
  let open = 0;
  while (open < k && isLoose(tokens[open])) open++;
  for (let m = open; m < k; m++) if (!tokens[m]!.word) return false;
  return (tokens[open]!.flags & WORD_DETERMINER) !== 0;
}

/** A speech cue (not a noun use) somewhere in tokens [from, to). */
function hasSpeechCue(tokens: readonly ClauseToken[], from: number, to: number, c: CompiledLexicon): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (!t.word || t.cap) continue;
    const cue = cueAt(tokens, k, c);
    // "…in four Super Tuesday states, according to X": a cue with nothing after it in the stretch reports nothing there.
    // ("Half of the troops are posted abroad, according to X": a cue after the passive's auxiliary, or
    // a progressive's, "was signaling its support", reports nobody there.)
    if (cue && cue.type === 'speech' && k + cue.len < to && !c.weak.has(cue.text.toLowerCase()) && !nounUse(tokens, k, c) && !c.passiveAuxiliaries.has(tokens[k - 1]?.lower ?? '')) return true;
  }
  return false;
}

/** The source of "X's allegations" / "Western media allegations" / "allegations by X". */
function nounSource(tokens: readonly ClauseToken[], j: number, c: CompiledLexicon): [number, number] | null {
  // "The union repeated its allegations": a possessive points to the clause's subject.
  const owner = tokens[j - 1];
  if (owner && owner.word && !owner.cap && isPossessive(owner, c)) return openingPhrase(tokens, c);
  const before = subjectBefore(tokens, j, c);
  // "Fuelling speculation that P": a gerund is no owner.
  if (before && before[1] - before[0] === 1 && endsAsParticiple(tokens[before[0]]!.lower, c)) return null;
  if (before) {
    // Drop the determiner-like modifiers that are not the source ("new", "the").
    let [a, b] = before;
    while (a < b && !tokens[a]!.cap && (tokens[a]!.flags & WORD_ORG_HEAD) === 0 && (tokens[a]!.flags & WORD_ANONYMOUS_HEAD) === 0) a++;
    if (a < b) return [a, b];
  }
  return null;
}

/** Where the typewriter marks that open at from close (the index after them), or -1 when they do not close before to. */
function closingMarks(tokens: readonly ClauseToken[], from: number, to: number): number {
  let k = from;
  while (k < to && isLoose(tokens[k])) k++;
  for (; k + 1 < to; k++) {
    if (typewriterPair(tokens, k)) return k + 2;
  }
  return -1;
}

/** Typewriter quotation marks ('' as two apostrophes) in tokens [from, to), counted as marks. */
function typewriterMarks(tokens: readonly ClauseToken[], from: number, to: number): number {
  let n = 0;
  // Bounded by the sentence: a one-token sentence ("'") or a claim at its start asks past either end.
  const end = Math.min(to, tokens.length);
  for (let k = Math.max(0, from); k + 1 < end; k++) {
    if (typewriterPair(tokens, k)) {
      n++;
      k++;
    }
  }
  return n;
}

/** Tokens k and k + 1 are two apostrophes written together: one typewriter quotation mark (''). */
function typewriterPair(tokens: readonly ClauseToken[], k: number): boolean {
  const a = tokens[k], b = tokens[k + 1];
  return a !== undefined && b !== undefined && a.text === "'" && b.text === "'" && a.end === b.start;
}

/** A quotation and a speech cue in one sentence: it reports someone ("„…“, sagte sie."). */
function quotesWithCue(tokens: readonly ClauseToken[], c: CompiledLexicon): boolean {
  let quoted = false;
  let cued = false;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]!.quote !== undefined) quoted = true;
    else if (!cued && tokens[k]!.word) {
      const cue = cueAt(tokens, k, c);
      cued = (cue !== null && cue.type === 'speech') || c.quoteTagCues.has(tokens[k]!.lower);
    }
  }
  return quoted && cued;
}

/**
 * hearsay-modal: a modal of hearsay in a main clause that ends in a perfect infinitive ("Der
 * Täter soll das Haus am Abend betreten haben"). Returns the modal's index, or -1.
 */
function hearsayModal(tokens: readonly ClauseToken[], from: number, to: number, c: CompiledLexicon): number {
  if (c.hearsayModals.size === 0) return -1;
  let end = to;
  while (end > from && !tokens[end - 1]!.word) end--;
  const last = tokens[end - 1];
  if (!last || !c.perfectAuxiliaries.has(last.lower) || last.cap) return -1;
  for (let k = from; k < end - 2; k++) if (tokens[k]!.word && !tokens[k]!.cap && c.hearsayModals.has(tokens[k]!.lower)) return k;
  return -1;
}

/**
 * subjunctive-run-on: a sentence in the reporting mood right after a report goes on with it,
 * without a cue of its own. Its cue is the verb that shows the mood; its source is left to the
 * report before it.
 *   "Jana Beispiel sagte, die Lage sei ernst. Man habe keine Zeit mehr." → "Man habe keine Zeit mehr"
 */
function subjunctiveRunOn(tokens: readonly ClauseToken[], c: CompiledLexicon, afterReport: boolean): ClaimMatch | null {
  if (c.reportedVerbs.size === 0) return null;
  let from = 0;
  while (from < tokens.length && !tokens[from]!.word && tokens[from]!.quote === undefined) from++;
  let to = tokens.length;
  while (to > from && !tokens[to - 1]!.word && tokens[to - 1]!.quote === undefined) to--;
  // The verb of the mood in the sentence's main clause: before its first comma.
  let verb = -1;
  let segmentEnd = to;
  for (let k = from; k < to && verb < 0; k++) {
    if (tokens[k]!.text === ',' || tokens[k]!.text === ';') {
      segmentEnd = k;
      break;
    }
    if (isReportedVerb(tokens[k], c, afterReport) && !indicativeBeside(tokens, k, c)) verb = k;
  }
  if (verb < 0) verb = hearsayModal(tokens, from, segmentEnd, c);
  if (verb < 0 || !accept(tokens, from, to)) return null;
  return { cue: { type: 'speech', at: verb, len: 1, text: tokens[verb]!.text }, source: null, content: [from, to] };
}

/**
 * Reported words in typewriter marks ('') that the quote pairing leaves as text run on over
 * sentences: "''We will rebuild,'' she said. ''It will take a year.''" is one claim. Fed one
 * sentence at a time (with the claims found in it), it says when a sentence carries on the
 * last claim of the sentence before: it has no claim or cue of its own, sits in the same
 * paragraph, and opens with such a mark or follows one still open.
 */
export class ClaimRunOn {
  private threaded = false;
  private open = false;
  private block = false;
  private paragraph = -1;
  /** The sentence before reported someone: a claim, or a quote with its cue. */
  private reporting = false;

  constructor(private readonly c: CompiledLexicon) {}

  /**
   * True when this sentence's words belong to the previous sentence's last claim. A sentence in
   * the reporting mood that goes on from a report adds its own claim to claims (subjunctiveRunOn).
   */
  step(tokens: readonly ClauseToken[], claims: ClaimMatch[], paragraph: number): boolean {
    const samePara = paragraph === this.paragraph;
    this.paragraph = paragraph;
    const reported = this.reporting && samePara;
    this.reporting = claims.length > 0 || (this.c.reportedVerbs.size > 0 && quotesWithCue(tokens, this.c));
    if (!claims.length) {
      const run = subjunctiveRunOn(tokens, this.c, reported);
      if (run) {
        claims.push(run);
        this.reporting = true;
      }
    }
    const last = claims[claims.length - 1];
    if (last) {
      this.block = last.block === true;
      const marks = typewriterMarks(tokens, last.content[0] > 0 && isLoose(tokens[last.content[0] - 1]) ? last.content[0] - 2 : last.content[0], tokens.length);
      this.threaded = marks > 0;
      this.open = marks % 2 === 1;
      return false;
    }
    const opens = typewriterMarks(tokens, 0, 2) === 1;
    const carries = samePara && ((this.threaded && (this.open || opens)) || this.block) && !this.hasCue(tokens);
    if (carries) this.open = this.open !== (typewriterMarks(tokens, 0, tokens.length) % 2 === 1);
    else this.threaded = this.open = this.block = false;
    return carries;
  }

  private hasCue(tokens: readonly ClauseToken[]): boolean {
    let inside = false;
    for (let k = 0; k < tokens.length; k++) {
      // ("''…isn't told like it should be…''": a cue inside typewriter marks is the quoted words', no attribution.)
      if (typewriterPair(tokens, k)) {
        inside = !inside;
        k++;
        continue;
      }
      if (inside) continue;
      const cue = cueAt(tokens, k, this.c);
      if (cue && cue.type !== 'relay' && !tokens[k]!.cap && !this.c.weak.has(cue.text.toLowerCase()) && !nounUse(tokens, k, this.c)) return true;
    }
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Reported speech in the reporting mood (German): "Er sagte, die Lage sei ernst", "Laut Polizei
// habe der Fahrer …", "Dem Bericht zufolge sank …", "…, so die Ministerin", "Wie die Polizei
// mitteilte, …". The lexicon says which verb forms are of that mood (reportedVerbForms), that an
// according phrase sits inside its clause (accordingInsideClause) and which word opens a
// parenthetical report (reportParentheticals). Each rule below is one construction.
// ---------------------------------------------------------------------------------------------

/** Tokens an inverted subject, an addressee or a setting may take between a cue and its comma. */
const MAX_CUE_TO_COMMA = 12;
/** Tokens of a reported clause searched for its verb of the reporting mood. */
const MAX_TO_REPORTED_VERB = 16;
/** Tokens a source may take between the word that opens a parenthetical report and its cue. */
const MAX_PARENTHETICAL_SOURCE = 10;

/**
 * A verb of the reporting mood, outside quotation marks; with afterReport, also a form that is
 * the writer's conditional too ("wäre"), for a clause that a cue or a report goes before.
 */
function isReportedVerb(t: ClauseToken | undefined, c: CompiledLexicon, afterReport = true): boolean {
  return t !== undefined && t.word && t.quote === undefined && !t.cap && (c.reportedVerbs.has(t.lower) || (afterReport && c.reportedVerbsAfterReport.has(t.lower)));
}

/** The verb at k has a pronoun beside it with which its form is the indicative ("ich habe", "habe ich"). */
function indicativeBeside(tokens: readonly ClauseToken[], k: number, c: CompiledLexicon): boolean {
  return c.reportedIndicativeWith.has(tokens[k - 1]?.lower ?? '') || c.reportedIndicativeWith.has(tokens[k + 1]?.lower ?? '');
}

/**
 * The first segment of a clause from index i (up to its next comma, within a bounded window)
 * holds a verb of the reporting mood: "die Lage sei ernst", "er habe nichts gewusst".
 */
function reportedSegment(tokens: readonly ClauseToken[], i: number, c: CompiledLexicon): boolean {
  for (let k = i; k < tokens.length && k - i <= MAX_TO_REPORTED_VERB; k++) {
    const t = tokens[k]!;
    if (!t.word && (t.text === ',' || t.text === ';' || END_PUNCT.test(t.text))) return false;
    if ((isReportedVerb(t, c) || reportedByEnding(tokens, k, c)) && !indicativeBeside(tokens, k, c)) return true;
  }
  return false;
}

/**
 * The clause from i is an infinitive that closes the sentence ("weiter gegen den Schmuggel zu
 * kämpfen"): its infinitive marker stands right before its last word.
 */
function infinitiveSegment(tokens: readonly ClauseToken[], i: number, c: CompiledLexicon): boolean {
  let end = i;
  while (end < tokens.length && end - i <= MAX_CONTENT && (tokens[end]!.word || tokens[end]!.quote !== undefined)) end++;
  const stop = tokens[end];
  if (stop && !(END_PUNCT.test(stop.text) && end === tokens.length - 1)) return false;
  return end - i >= 3 && c.infinitiveMarkers.has(tokens[end - 2]!.lower) && tokens[end - 1]!.word && !tokens[end - 1]!.cap;
}

/**
 * A verb of the reporting mood known by its ending ("benötige", "verstehe"): a lowercase word
 * with the ending, no function word, after a word that is no article and before no noun (an
 * attribute stands between an article and its noun: "die neue Regel"). Read only after a cue.
 */
function reportedByEnding(tokens: readonly ClauseToken[], k: number, c: CompiledLexicon): boolean {
  const t = tokens[k]!;
  if (!t.word || t.cap || t.quote !== undefined || t.lower.length < 4) return false;
  if ((t.flags & (WORD_STOPWORD | WORD_DETERMINER | WORD_VERB_MODIFIER | WORD_TITLE | WORD_NOT_CLAUSE_START)) !== 0) return false;
  if (!c.reportedEndings.some((e) => t.lower.endsWith(e))) return false;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  return prev !== undefined && prev.word && (prev.flags & WORD_DETERMINER) === 0 && !(next?.word && next.cap);
}

/**
 * A separable cue split around its object ("teilte die Polizei mit", "gab der Verein bekannt"):
 * the cue word at j and the rest of one of its phrases right before index end. Null if none.
 */
function splitCue(tokens: readonly ClauseToken[], j: number, end: number, c: CompiledLexicon): Cue | null {
  const t = tokens[j]!;
  for (const phrase of c.speech.get(t.lower) ?? []) {
    const rest = phrase.length - 1;
    if (rest < 1 || end - rest <= j + 1) continue;
    let ok = true;
    for (let k = 1; k <= rest && ok; k++) ok = tokens[end - rest - 1 + k]?.lower === phrase[k];
    if (ok) return { type: 'speech', at: j, len: 1, text: phrase.join(' ') };
  }
  return null;
}

/**
 * The subject after an inverted cue, in tokens [from, to): "Am Montag erklärte der Minister, …",
 * "…, sagte er", past a time or setting phrase. Null when the words there open no noun phrase.
 */
function invertedSubject(tokens: readonly ClauseToken[], from: number, to: number, c: CompiledLexicon): [number, number] | null {
  const k = skipAdjuncts(tokens, from, c);
  const first = tokens[k];
  if (k >= to || !first || !first.word || first.quote !== undefined) return null;
  if (!nounPhraseStart(first, c) && !isHead(first, c)) return null;
  if (isSubjectPronoun(first, c)) return [k, k + 1];
  const np = sourcePhraseAfter(tokens, k, c);
  if (np && np[1] <= to) return np;
  let e = k + 1;
  while (e < to && tokens[e]!.word && tokens[e]!.quote === undefined && !(tokens[e]!.cap === false && (tokens[e]!.flags & WORD_VERB_MODIFIER) !== 0)) e++;
  return [k, e];
}

/** Is the subject range s a phrase that cannot be the cue's subject (an adverbial that opens a V2 clause)? */
function adverbialOpening(tokens: readonly ClauseToken[], s: [number, number] | null): boolean {
  if (!s) return true;
  const first = tokens[s[0]]!;
  return first.word && (first.flags & WORD_STOPWORD) !== 0 && (first.flags & WORD_DETERMINER) === 0 && (first.flags & (WORD_MALE | WORD_FEMALE | WORD_PLURAL | WORD_NEUTER)) === 0;
}

/**
 * reported-subjunctive: a speech cue, a comma, and a clause whose verb is of the reporting mood.
 *   "Jana Beispiel sagte, die Lage sei ernst."            → "die Lage sei ernst" (Jana Beispiel)
 *   "Am Montag erklärte der Verband, man habe genug getan." → "man habe genug getan" (der Verband)
 *   "Die Firma teilte am Abend mit, der Schaden sei gering." (a separable cue split by its setting)
 */
function reportedSubjunctive(tokens: readonly ClauseToken[], j: number, c: CompiledLexicon, push: (m: ClaimMatch) => boolean): void {
  if (tokens[j]!.cap) return;
  // Where the cue's clause reaches its comma.
  let comma = -1;
  for (let k = j + 1; k < tokens.length && k - j <= MAX_CUE_TO_COMMA; k++) {
    const w = tokens[k]!;
    if (w.text === ',') {
      comma = k;
      break;
    }
    if (!w.word || w.quote !== undefined || (w.flags & WORD_COMPLEMENTIZER) !== 0) return;
  }
  if (comma < 0 || !tokens[comma + 1]?.word) return;
  const whole = cueAt(tokens, j, c);
  const cue = whole && whole.type === 'speech' ? whole : splitCue(tokens, j, comma, c);
  if (!cue || nounUse(tokens, j, c) || c.quoteOnly.has(cue.text.toLowerCase())) return;
  // "teilte dem Sender mit, dass P": a complementizer after the comma that the general rules did not reach.
  const that = (tokens[comma + 1]!.flags & WORD_COMPLEMENTIZER) !== 0;
  const start = that ? comma + 2 : comma + 1;
  if (!tokens[start]?.word || (!that && (c.subordinators.has(tokens[start]!.lower) || !(reportedSegment(tokens, start, c) || infinitiveSegment(tokens, start, c))))) return;
  const cueEnd = j + cue.len;
  const partEnd = whole ? comma : comma - (cue.text.split(' ').length - 1);
  let source: [number, number] | null = subjectOf(tokens, cue, c);
  if (adverbialOpening(tokens, source)) source = invertedSubject(tokens, cueEnd, partEnd, c) ?? source;
  push({ cue, source, content: [start, clauseEnd(tokens, start, c)] });
}

/**
 * reported-before-cue: the report stands before its cue and the cue's inverted subject, the
 * sentence ending there or with an apposition; a separable cue closes with its particle.
 *   "Der Schaden sei gering, teilte die Firma am Abend mit." → "Der Schaden sei gering" (die Firma)
 *   "Alle seien wohlauf, sagte Jan Muster, der Sprecher des Vereins."
 */
function reportedBeforeCue(tokens: readonly ClauseToken[], j: number, c: CompiledLexicon, push: (m: ClaimMatch) => boolean): void {
  const close = commaBefore(tokens, j);
  if (!close || tokens[j]!.cap) return;
  // The sentence's end, or the comma of an apposition after the subject.
  let end = j + 1;
  while (end < tokens.length && tokens[end]!.word && tokens[end]!.quote === undefined && end - j <= MAX_CUE_TO_COMMA) end++;
  const stop = tokens[end];
  const closes = !stop || (!stop.word && stop.quote === undefined && (END_PUNCT.test(stop.text) || stop.text === ','));
  if (!closes) return;
  const whole = cueAt(tokens, j, c);
  const cue = whole && whole.type === 'speech' ? whole : splitCue(tokens, j, end, c);
  if (!cue || nounUse(tokens, j, c) || c.quoteOnly.has(cue.text.toLowerCase())) return;
  const partEnd = whole ? end : end - (cue.text.split(' ').length - 1);
  const source = invertedSubject(tokens, j + cue.len, partEnd, c);
  if (!source) return;
  // After an apposition's comma, nothing but description: no cue and no reported clause.
  if (stop?.text === ',' && !restDescribes(tokens, end, c)) return;
  const from = clauseStartOf(tokens, close.comma);
  if (wordCount(tokens, from, close.comma) < MIN_BEFORE_WORDS || hasSpeechCue(tokens, from, close.comma, c)) return;
  push({ cue, source, content: [from, close.end] });
}

/**
 * The source named by an according phrase that opens at i ("laut Angaben der Polizei", "nach
 * Angaben des Ministeriums"): a noun phrase with its genitives and a bracketed party, up to the
 * first word that is no part of it (the clause's verb, an adverb) or a comma.
 */
function sourcePhraseAfter(tokens: readonly ClauseToken[], i: number, c: CompiledLexicon): [number, number] | null {
  let k = i;
  let nouns = 0;
  while (k < tokens.length && k - i < 14) {
    const t = tokens[k]!;
    if (t.text === '(') {
      let m = k + 1;
      while (m < tokens.length && m - k <= 6 && tokens[m]!.text !== ')') m++;
      if (tokens[m]?.text !== ')') break;
      k = m + 1;
      continue;
    }
    // A name in quotation marks ("des Magazins „Beispiel“") is a noun of the phrase.
    const quotedName = t.quote !== undefined && !t.word && (k === i || (tokens[k - 1]!.word && (tokens[k - 1]!.cap || (tokens[k - 1]!.flags & WORD_DETERMINER) !== 0)));
    if (!quotedName && (!t.word || t.quote !== undefined)) break;
    if (t.cap || quotedName) {
      nouns++;
      k++;
      continue;
    }
    // Articles, possessives and attributive words before a noun ("der", "eigenen", "ersten").
    const beforeNoun = tokens[k + 1]?.word === true;
    // After a noun only a genitive article goes on with the phrase ("Angaben der Polizei", not "… dem Richter").
    if ((t.flags & WORD_DETERMINER) !== 0 && beforeNoun && (nouns === 0 || c.genitiveDeterminers.size === 0 || c.genitiveDeterminers.has(t.lower))) {
      k++;
      continue;
    }
    if (nouns === 0 && beforeNoun && (t.flags & WORD_STOPWORD) === 0 && !isReportedVerb(t, c) && (t.flags & WORD_VERB_MODIFIER) === 0) {
      k++;
      continue;
    }
    // "Angaben von Jana Beispiel": a "von" phrase after the noun (a name particle that links).
    if (nouns > 0 && (t.flags & WORD_PARTICLE) !== 0 && tokens[k + 1]?.cap) {
      k++;
      continue;
    }
    break;
  }
  // Drop trailing lowercase words: the phrase ends on a noun.
  while (k > i && (!tokens[k - 1]!.word || !tokens[k - 1]!.cap) && tokens[k - 1]!.text !== ')' && tokens[k - 1]!.quote === undefined) k--;
  return nouns > 0 && k > i ? [i, k] : null;
}

/**
 * The source before a postposition at j ("Dem Bericht zufolge", "Angaben der Polizei zufolge",
 * "ersten Schätzungen zufolge", "ihm zufolge"): nouns with their articles and genitives, and a
 * lowercase attribute only after an article or at the clause's head, so that the verb before
 * the phrase stays out of it ("Die Zahl sank ersten Angaben zufolge" → "ersten Angaben").
 */
function sourcePhraseBefore(tokens: readonly ClauseToken[], j: number, c: CompiledLexicon): [number, number] | null {
  const last = tokens[j - 1];
  if (!last || !last.word || last.quote !== undefined) return null;
  if (!last.cap) return isPronoun(last, c) ? [j - 1, j] : null;
  let a = j - 1;
  while (a > 0 && j - a < 14) {
    const t = tokens[a - 1]!;
    if (!t.word || t.quote !== undefined) break;
    if (t.cap || (t.flags & WORD_DETERMINER) !== 0 || ((t.flags & WORD_PARTICLE) !== 0 && tokens[a]!.cap)) {
      a--;
      continue;
    }
    // A lowercase attribute: kept after an article, or when it opens the clause.
    const before = tokens[a - 2];
    const attribute = (t.flags & WORD_STOPWORD) === 0 && (t.flags & WORD_VERB_MODIFIER) === 0 && !isReportedVerb(t, c);
    if (attribute && (!before || !before.word || (before.flags & WORD_DETERMINER) !== 0)) {
      a--;
      continue;
    }
    break;
  }
  // A sentence-initial capital that is a function word ("Den", "Im") is no part of a name, an article is.
  while (a < j - 1 && (tokens[a]!.flags & WORD_STOPWORD) !== 0 && (tokens[a]!.flags & WORD_DETERMINER) === 0) a++;
  return [a, j];
}

/** Where the clause holding index i starts: after a semicolon, or the sentence's start (past opening marks). */
function clauseStartOf(tokens: readonly ClauseToken[], i: number): number {
  let k = contentStart(tokens, i);
  while (k < i && (isLoose(tokens[k]) || (!tokens[k]!.word && tokens[k]!.quote === undefined))) k++;
  return k;
}

/**
 * according-in-clause: an according phrase inside the clause it attributes. At the clause's
 * head the content follows it; inside or at the end of the clause, the content is the clause.
 *   "Laut Polizei habe der Fahrer zu schnell gewendet."   → "habe der Fahrer zu schnell gewendet"
 *   "Der Umsatz ist nach Angaben der Firma gestiegen."    → the whole clause (die Firma)
 *   "Dem Bericht zufolge sank die Zahl der Unfälle."      → "sank die Zahl der Unfälle" (Dem Bericht)
 *   "Die Brücke bleibt gesperrt, laut der Stadt."         → "Die Brücke bleibt gesperrt"
 */
function accordingInClause(tokens: readonly ClauseToken[], cue: Cue, c: CompiledLexicon, push: (m: ClaimMatch) => boolean): void {
  const j = cue.at;
  const post = c.accordingAfter.has(tokens[j]!.lower);
  const source = post ? sourcePhraseBefore(tokens, j, c) : sourcePhraseAfter(tokens, j + cue.len, c);
  if (!source) return;
  claimAroundPhrase(tokens, cue, source, post ? source[0] : j, post ? j + 1 : source[1], c, push);
}

/** The claim of an according phrase [phraseStart, phraseEnd) inside its clause (accordingInClause). */
function claimAroundPhrase(tokens: readonly ClauseToken[], cue: Cue, source: [number, number], phraseStart: number, phraseEnd: number, c: CompiledLexicon, push: (m: ClaimMatch) => boolean): void {
  const head = clauseStartOf(tokens, phraseStart);
  let at = phraseEnd;
  if (tokens[at]?.text === ',') at++;
  const after = tokens[at];
  if (phraseStart <= head) {
    // At the clause's head: the verb and its clause follow.
    if (after?.word) push({ cue, source, content: [at, clauseEnd(tokens, at, c)] });
    return;
  }
  // "P, laut X." — the phrase closes the clause after its comma.
  const closes = !after || (!after.word && after.quote === undefined && (END_PUNCT.test(after.text) || after.text === ';'));
  if (closes) {
    const end = tokens[phraseStart - 1]?.text === ',' ? phraseStart - 1 : phraseStart;
    if (!hasSpeechCue(tokens, head, end, c)) push({ cue, source, content: [head, end] });
    return;
  }
  // Inside the clause: the clause around the phrase, from its head to its end.
  push({ cue, source, content: [head, clauseEnd(tokens, phraseEnd, c)] });
}

/**
 * report-tag: a word that attributes the clause before it and its comma, the source after it, at
 * the sentence's end ("…, so X."): German "so".
 *   "Die Brücke sei marode, so die Ingenieurin."      → "Die Brücke sei marode" (die Ingenieurin)
 *   "Das Angebot reiche nicht, so Jan Muster am Montag." (a short setting tail after the source)
 */
function reportTag(tokens: readonly ClauseToken[], j: number, c: CompiledLexicon, push: (m: ClaimMatch) => boolean): void {
  const close = commaBefore(tokens, j);
  if (!close) return;
  const source = sourcePhraseAfter(tokens, j + 1, c) ?? (tokens[j + 1] && isSubjectPronoun(tokens[j + 1]!, c) ? ([j + 1, j + 2] as [number, number]) : null);
  if (!source || !nounPhraseStart(tokens[source[0]]!, c)) return;
  if (!tagTailEnds(tokens, source[1], c)) return;
  before(tokens, close.end, { kind: 'end' }, { cue: { type: 'speech', at: j, len: 1, text: tokens[j]!.text }, source }, c, push);
}

/**
 * After the source of a report tag, the sentence ends: at once, after a few words of setting
 * ("am Montag", "weiter"), at a colon that opens a quotation, or after an apposition.
 */
function tagTailEnds(tokens: readonly ClauseToken[], i: number, c: CompiledLexicon): boolean {
  if (tailAfter(tokens, i, c, true)?.kind === 'end') return true;
  for (let k = i; k < tokens.length && k - i <= MAX_TAIL_WORDS; k++) {
    const t = tokens[k]!;
    if (t.word) {
      if (t.quote !== undefined || cueAt(tokens, k, c) || (t.flags & WORD_COMPLEMENTIZER) !== 0 || isReportedVerb(t, c)) return false;
      continue;
    }
    return t.text === ':' || (END_PUNCT.test(t.text) && k === tokens.length - 1);
  }
  return false;
}

/**
 * report-parenthetical: a report set off as its own clause around the claim, its verb last.
 *   "Wie die Polizei mitteilte, wurde niemand verletzt."  → "wurde niemand verletzt" (die Polizei)
 *   "Niemand wurde verletzt, wie die Polizei mitteilte."  → "Niemand wurde verletzt"
 */
function reportParenthetical(tokens: readonly ClauseToken[], j: number, c: CompiledLexicon, push: (m: ClaimMatch) => boolean): void {
  const head = clauseStartOf(tokens, j);
  const opens = j === head;
  if (!opens && tokens[j - 1]?.text !== ',') return;
  // The cue ends the parenthetical clause: at its comma, or at the sentence's end.
  let cue: Cue | null = null;
  let k = j + 1;
  for (; k < tokens.length && k - j <= MAX_PARENTHETICAL_SOURCE; k++) {
    const w = tokens[k]!;
    if (!w.word) break;
    const found = cueAt(tokens, k, c);
    if (found && found.type === 'speech' && !w.cap) {
      cue = found;
      k += found.len;
      break;
    }
  }
  if (!cue || cue.at === j + 1) return;
  while (k < tokens.length && tokens[k]!.word && (tokens[k]!.flags & WORD_VERB_MODIFIER) !== 0) k++; // "mitgeteilt hat"
  let s = cue.at;
  while (s > j + 1 && (tokens[s - 1]!.flags & WORD_VERB_MODIFIER) !== 0 && !tokens[s - 1]!.cap) s--;
  let source: [number, number] | null = s > j + 1 ? [j + 1, s] : null;
  if (source && !nounPhraseStart(tokens[source[0]]!, c) && !isHead(tokens[source[0]]!, c)) return;
  // "Wie die Anwältin dem Gericht mitteilte": the subject, without the addressee after it.
  const np = source && !isSubjectPronoun(tokens[source[0]]!, c) ? sourcePhraseAfter(tokens, source[0], c) : null;
  if (source && np && np[1] <= source[1]) source = np;
  const next = tokens[k];
  if (opens && next?.text === ',' && tokens[k + 1]?.word) {
    push({ cue, source, content: [k + 1, clauseEnd(tokens, k + 1, c)] });
    return;
  }
  const ends = !next || (!next.word && next.quote === undefined && END_PUNCT.test(next.text));
  if (!opens && ends) {
    const end = j - 1;
    const from = clauseStartOf(tokens, end);
    if (wordCount(tokens, from, end) >= MIN_BEFORE_WORDS && !hasSpeechCue(tokens, from, end, c)) push({ cue, source, content: [from, end] });
  }
}

/** A noun of statement or information ("Angaben", "Meinung", "Polizeiangaben"), as written with its capital. */
function isAccordingNoun(t: ClauseToken | undefined, c: CompiledLexicon): boolean {
  if (!t || !t.word || !t.cap || t.quote !== undefined) return false;
  return c.accordingNouns.some((n) => t.lower === n || (t.lower.endsWith(n) && t.lower.length > n.length + 2));
}

/**
 * The source of an according phrase whose noun at `noun` names no one but the owner of the
 * words ("nach ihren Angaben", "seiner Meinung nach"): the possessive pronoun, resolved as a
 * pronoun. Any other phrase is its own source ("Angaben der Polizei", "einer Studie").
 */
function ownSource(tokens: readonly ClauseToken[], phrase: [number, number], noun: number, c: CompiledLexicon): [number, number] {
  if (phrase[1] !== noun + 1) return phrase; // "Angaben der Polizei": the genitive names the source
  for (let k = phrase[0]; k < noun; k++) {
    const t = tokens[k]!;
    if (isPossessive(t, c)) return [k, k + 1];
    if (t.cap || (t.flags & WORD_DETERMINER) !== 0) return phrase;
  }
  return phrase;
}

/**
 * according-noun: a preposition with a noun of statement names the source of its clause, as
 * "laut" does: "nach Angaben der Polizei", "nach ersten Schätzungen", and as a postposition
 * "seiner Meinung nach", "dem Vernehmen nach".
 *   "Nach ersten Schätzungen kamen rund tausend Gäste."       → "kamen rund tausend Gäste"
 *   "Die Brücke ist nach Polizeiangaben seit Montag gesperrt." → the whole clause
 *   "Seiner Meinung nach hätte die Stadt früher handeln müssen." → "hätte die Stadt früher handeln müssen"
 */
function accordingNoun(tokens: readonly ClauseToken[], j: number, c: CompiledLexicon, push: (m: ClaimMatch) => boolean): void {
  // As a postposition: the noun right before it, no noun phrase after it.
  const next = tokens[j + 1];
  if (isAccordingNoun(tokens[j - 1], c) && !(next?.word && (next.cap || (next.flags & WORD_DETERMINER) !== 0))) {
    const phrase = sourcePhraseBefore(tokens, j, c);
    if (phrase) claimAroundPhrase(tokens, { type: 'according', at: j, len: 1, text: tokens[j]!.text }, ownSource(tokens, phrase, j - 1, c), phrase[0], j + 1, c, push);
    return;
  }
  // As a preposition: past articles and attributes to the noun.
  for (let k = j + 1; k < tokens.length && k - j <= 4; k++) {
    const t = tokens[k]!;
    if (!t.word || t.quote !== undefined) return;
    if (t.cap) {
      if (!isAccordingNoun(t, c)) return;
      const phrase = sourcePhraseAfter(tokens, j + 1, c);
      if (!phrase) return;
      const cue: Cue = { type: 'according', at: j, len: k - j + 1, text: tokens.slice(j, k + 1).map((x) => x.text).join(' ') };
      claimAroundPhrase(tokens, cue, ownSource(tokens, phrase, k, c), j, phrase[1], c, push);
      return;
    }
    if ((t.flags & WORD_STOPWORD) !== 0 && (t.flags & WORD_DETERMINER) === 0) return;
  }
}

/**
 * according-anaphor: an adverb at the clause's head that attributes the clause to the report
 * just named; the source is that report, in the sentence before (none here).
 *   "Die Behörde legte einen Bericht vor. Demnach stieg die Zahl der Fälle." → "stieg die Zahl der Fälle"
 */
function accordingAnaphor(tokens: readonly ClauseToken[], j: number, c: CompiledLexicon, push: (m: ClaimMatch) => boolean): void {
  if (j !== clauseStartOf(tokens, j) || !tokens[j + 1]?.word) return;
  push({ cue: { type: 'according', at: j, len: 1, text: tokens[j]!.text }, source: null, content: [j + 1, clauseEnd(tokens, j + 1, c)] });
}

/**
 * report-relative: a relative adverb after a comma opens the content of the report before it.
 *   "Die Firma wies einen Bericht zurück, wonach sie Stellen streichen wolle." → "sie Stellen streichen wolle" (einen Bericht)
 */
function reportRelative(tokens: readonly ClauseToken[], j: number, c: CompiledLexicon, push: (m: ClaimMatch) => boolean): void {
  if (tokens[j - 1]?.text !== ',' || !tokens[j + 1]?.word) return;
  let end = j + 1;
  while (end < tokens.length && tokens[end]!.text !== ',' && !END_PUNCT.test(tokens[end]!.text)) end++;
  // The report: the noun phrase before the comma, past a trailing verb ("zurück").
  let e = j - 1;
  while (e > 0 && tokens[e - 1]!.word && !tokens[e - 1]!.cap && (tokens[e - 1]!.flags & WORD_DETERMINER) === 0 && e > j - 4) e--;
  const source = sourcePhraseBefore(tokens, e, c);
  push({ cue: { type: 'according', at: j, len: 1, text: tokens[j]!.text }, source, content: [j + 1, end] });
}

/**
 * The rules of the reporting mood over one sentence, after the general rules: a claim they
 * find is kept unless it overlaps one found already.
 */
function reportedSpeech(tokens: readonly ClauseToken[], c: CompiledLexicon, out: ClaimMatch[], push: (m: ClaimMatch) => boolean): void {
  const free = (m: ClaimMatch): boolean => {
    for (const o of out) if (m.content[0] < o.content[1] && o.content[0] < m.content[1]) return false;
    return push(m);
  };
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (!t.word || t.quote !== undefined) continue;
    if (c.quoteTagCues.has(t.lower)) reportTag(tokens, j, c, free);
    else if (c.reportParentheticals.has(t.lower)) reportParenthetical(tokens, j, c, free);
    else if (c.accordingNounLinks.has(t.lower)) accordingNoun(tokens, j, c, free);
    else if (c.accordingAnaphors.has(t.lower)) accordingAnaphor(tokens, j, c, free);
    else if (c.reportRelatives.has(t.lower)) reportRelative(tokens, j, c, free);
    else if ((t.flags & CUE_SPEECH) !== 0) {
      reportedSubjunctive(tokens, j, c, free);
      reportedBeforeCue(tokens, j, c, free);
    }
  }
}
