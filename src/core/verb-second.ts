// Where the finite verb stands second (German), the words before it are one constituent that may
// be the subject ("Die Ministerin sagte: „…“") or an adverbial or object ("Relativierend fügt Jane
// Roe hinzu: „…“", "Den Unmut brachte die Sprecherin zum Ausdruck: „…“"); the subject then stands
// right after the verb. The nearest noun before a cue or a colon is no evidence of a speaker when
// every noun has a capital, so this reads the frame of a quote by its fields instead.
import { pastTag, personPronoun, phraseAfter, withApposition, type ClauseToken } from './clause';
import {
  CUE_SPEECH, WORD_ANONYMOUS_HEAD, WORD_CLAUSE_BREAK, WORD_COMPLEMENTIZER, WORD_DETERMINER, WORD_FEMALE, WORD_MALE, WORD_NEUTER,
  WORD_CONJUNCTION, WORD_ORG_HEAD, WORD_PARTICLE, WORD_PLURAL, WORD_RELATIVE, WORD_STOPWORD, WORD_TITLE, WORD_VERB_MODIFIER, endsAsAbstractNoun, phraseAt,
  type CompiledLexicon
} from './lexicon/compiled';
import type { Lexicon } from './lexicon/types';
import { sourceNoun } from './plausible-source';

const PRONOUNS = WORD_MALE | WORD_FEMALE | WORD_PLURAL | WORD_NEUTER;

interface FrameWords {
  oblique: Set<string>;
  adverbEndings: string[];
  reflexives: Set<string>;
  ofWords: Set<string>;
  opinion: Set<string>;
  verdict: Set<string>;
  genitiveEndings: string[];
  attributiveEndings: string[];
  notAttributiveEndings: string[];
}

/** A word in the genitive as a name takes it ("Roes"): a lower-case letter, then a genitive ending (verbSecondFrame.genitiveEndings). */
function genitiveName(text: string, c: CompiledLexicon): boolean {
  return frameWords(c).genitiveEndings.some((e) => text.length > e.length && text.endsWith(e) && LOWER_LETTER.test(text.charAt(text.length - e.length - 1)));
}

/** A word with an adjective's ending before a noun ("wissenschaftlicher"), none of a past-tense verb ("sagte"). */
function attributive(lower: string, c: CompiledLexicon): boolean {
  const f = frameWords(c);
  return f.attributiveEndings.some((e) => lower.endsWith(e) && (e.length > 1 || lower.length > e.length)) && !f.notAttributiveEndings.some((e) => lower.endsWith(e));
}

const LOWER_LETTER = /^\p{Ll}$/u;

const cache = new WeakMap<Lexicon, FrameWords>();
function frameWords(c: CompiledLexicon): FrameWords {
  const hit = cache.get(c.lex);
  if (hit) return hit;
  const f = c.lex.verbSecondFrame;
  const words: FrameWords = {
    oblique: new Set((f?.obliqueDeterminers ?? []).map((w) => w.toLowerCase())),
    adverbEndings: (f?.adverbEndings ?? []).map((w) => w.toLowerCase()),
    reflexives: new Set((f?.reflexives ?? []).map((w) => w.toLowerCase())),
    ofWords: new Set((f?.ofWords ?? []).map((w) => w.toLowerCase())),
    opinion: new Set((f?.opinionLinks ?? []).map((w) => w.toLowerCase())),
    verdict: new Set((f?.verdictNouns ?? []).map((w) => w.toLowerCase())),
    genitiveEndings: f?.genitiveEndings ?? [],
    attributiveEndings: f?.attributiveEndings ?? [],
    notAttributiveEndings: f?.notAttributiveEndings ?? [],
  };
  cache.set(c.lex, words);
  return words;
}

/** A lower-case function word that is no article, pronoun, complementizer or conjunction: a preposition. */
function preposition(t: ClauseToken): boolean {
  return t.word && (t.flags & WORD_STOPWORD) !== 0 && (t.flags & (WORD_DETERMINER | PRONOUNS | WORD_COMPLEMENTIZER | WORD_CLAUSE_BREAK | WORD_RELATIVE)) === 0;
}

/**
 * The finite verb of a main clause that opens at 0 and runs to limit: the first lower-case word
 * after a capitalised one that is no function word (an adjective follows an article instead).
 * Null when a comma, a quote or other punctuation comes first (a clause or an apposition before
 * the verb is read by the other rules).
 */
function finiteVerb(tokens: readonly ClauseToken[], start: number, limit: number, c: CompiledLexicon): number {
  let prev: ClauseToken | null = null;
  // "Den noch 16.000 in dem Westteil verbliebenen Flüchtlingen sicherte …": an article whose noun
  // does not follow it (nor an adjective and the noun) opens an extended attribute; its
  // participle (lexicon attributeEndings) before the noun is no verb.
  let openArticle = articleStaysOpen(tokens, start, limit);
  for (let k = start; k < limit; k++) {
    const t = tokens[k]!;
    if (!t.word) {
      if (t.quote !== undefined) return -1;
      if (t.text === '(') {
        while (k < limit && tokens[k]!.text !== ')') k++;
        continue;
      }
      if (t.text === '.' && prev !== null && /^\p{N}+$/u.test(prev.text)) continue; // "Am 5. Mai"
      if (t.text === '-' || t.text === '/') continue;
      // "Jane Roe, 30, beschrieb …": an age set off by commas stays in the field.
      if (t.text === ',' && prev?.cap === true && /^\p{N}+$/u.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === ',') {
        k += 2;
        continue;
      }
      // "Der Sprecher der Fraktion, Jane Roe, will …": a name set off by commas stays in the field.
      if (t.text === ',' && prev !== null) {
        let e = k + 1;
        while (e < limit && tokens[e]!.word && (tokens[e]!.cap || (tokens[e]!.flags & WORD_PARTICLE) !== 0)) e++;
        const named = e - (k + 1) >= 2;
        e = pastTag(tokens, e, limit);
        if (named && tokens[e]?.text === ',') {
          k = e;
          continue;
        }
      }
      return -1;
    }
    // "Roes wissenschaftlicher Mitarbeiter Jane Doe hat …": after a name in the genitive, a word
    // with an adjective's ending before a noun is the noun's adjective, not the verb.
    const adjective = prev !== null && genitiveName(prev.text, c) && attributive(t.lower, c) && tokens[k + 1]?.word === true && tokens[k + 1]!.cap;
    if (openArticle && !t.cap && participleAttribute(t.lower, c) && tokens[k + 1]?.word === true && tokens[k + 1]!.cap && (tokens[k + 1]!.flags & WORD_STOPWORD) === 0) {
      openArticle = false;
      prev = t;
      continue;
    }
    if (k > start && !t.cap && !adjective && prev !== null && prev.cap && (prev.flags & WORD_DETERMINER) === 0 && (t.flags & (WORD_STOPWORD | WORD_DETERMINER | WORD_PARTICLE)) === 0 && !/^\p{N}/u.test(t.text)) return k;
    prev = t;
  }
  return -1;
}

/** The field opens with an article that neither its noun nor an adjective and its noun follow ("Den noch 16.000 in …"). */
function articleStaysOpen(tokens: readonly ClauseToken[], start: number, limit: number): boolean {
  const first = tokens[start], next = tokens[start + 1], after = tokens[start + 2];
  if (!first?.word || (first.flags & WORD_DETERMINER) === 0 || start + 2 >= limit || !next || next.cap) return false;
  if (next.word && (next.flags & WORD_DETERMINER) !== 0) return true; // "Die das Unglück überlebende …"
  return !(next.word && after?.word === true && after.cap);
}

/** Where the noun after an open article's extended attribute stands in [a, b) ("Der auf der Konferenz anwesende Außenminister"), else a. */
function pastAttribute(tokens: readonly ClauseToken[], a: number, b: number, c: CompiledLexicon): number {
  if (!articleStaysOpen(tokens, a, b)) return a;
  for (let k = a + 2; k < b - 1; k++) {
    const t = tokens[k]!, next = tokens[k + 1]!;
    if (t.word && !t.cap && participleAttribute(t.lower, c) && next.word && next.cap && (next.flags & WORD_STOPWORD) === 0) return k + 1;
  }
  return a;
}

/** A participle as an adjective by its ending (lexicon attributeEndings: "verbliebenen", "überlebende"). */
function participleAttribute(lower: string, c: CompiledLexicon): boolean {
  return (c.lex.attributeEndings ?? []).some((e) => lower.length > e.length + 3 && lower.endsWith(e));
}

/**
 * The phrase names a someone by its head: a personal pronoun; a title, body, anonymous head or
 * noun for a person as its first noun ("Die Sprecherin der Fraktion", not "Die Anwendung der
 * Richtlinie des Kanzlers"); or a name (capitalised words with no article: "Jane Roe", and one
 * word alone before the verb or right after it).
 */
function namesSomeone(tokens: readonly ClauseToken[], [a, b]: [number, number], c: CompiledLexicon): boolean {
  // "Der auf der Konferenz anwesende Außenminister …": the noun after the extended attribute is the head.
  const noun = pastAttribute(tokens, a, b, c);
  if (noun > a) return namesSomeone(tokens, [noun, b], c);
  const words = tokens.slice(a, b).filter((t) => t.word);
  const first = words[0];
  if (!first) return false;
  if (personPronoun(first, c) || first.lower === c.lex.pronouns.plural[0]) return true;
  let k = 0;
  while (k < words.length && !(words[k]!.cap && (words[k]!.flags & WORD_STOPWORD) === 0 && (k > 0 || (words[k]!.flags & WORD_DETERMINER) === 0))) k++;
  const head = words[k];
  if (!head) return false;
  // ("US-Magazin": sourceNoun reads a compound's last part as its head.)
  if ((head.flags & (WORD_TITLE | WORD_ORG_HEAD | WORD_ANONYMOUS_HEAD)) !== 0 || sourceNoun(head.lower, c)) return true;
  // "Das Magazin Jane Roe": a noun with a name right after it.
  const next = words[k + 1];
  if (k > 0) return next !== undefined && next.cap && (next.flags & WORD_STOPWORD) === 0 && tokens.indexOf(next, a) === tokens.indexOf(head, a) + 1;
  // No article: a name when it is one word alone, or a run of capitalised words ("Jegliche
  // Mitverantwortung", a run that ends on an abstract noun's ending, is none).
  let runEnd = 1;
  while (runEnd < words.length && words[runEnd]!.cap && (words[runEnd]!.flags & WORD_STOPWORD) === 0) runEnd++;
  const last = words[runEnd - 1]!.lower;
  if (runEnd > 1 && endsAsAbstractNoun(last, c)) return false;
  return words.length === 1 || (words[1]!.cap && (words[1]!.flags & WORD_STOPWORD) === 0) || ((words[1]!.flags & WORD_PARTICLE) !== 0 && words[2]?.cap === true && (words[2].flags & WORD_DETERMINER) === 0);
}

/** The field before the verb cannot be the subject: a preposition, an oblique article, a connective, an adverb or a demonstrative alone. */
function adverbialField(tokens: readonly ClauseToken[], from: number, v: number, c: CompiledLexicon): boolean {
  const f = frameWords(c);
  const first = tokens[from]!;
  if ((preposition(first) && (first.flags & WORD_VERB_MODIFIER) === 0) || c.asWords.has(first.lower)) return true;
  if (f.oblique.has(first.lower)) return true;
  // "Passend zu den Gefahren warnte …": an adverb by its ending opens the field.
  const next = tokens[from + 1];
  if (first.lower.length >= 7 && f.adverbEndings.some((e) => first.lower.endsWith(e)) && (v - from === 1 || (next?.word === true && !next.cap))) return true;
  if (v - from === 1) {
    if (c.connectives.has(first.lower) || c.dateWords.has(first.lower) || (first.flags & WORD_VERB_MODIFIER) !== 0) return true;
    if ((first.flags & (WORD_NEUTER | WORD_DETERMINER)) !== 0 && !personPronoun(first, c)) return true; // "Das sagte …", "Dies betonte …"
  }
  return false;
}

/** The subject right after the verb: past a reflexive, adverbs and time phrases; an article, a pronoun or a name opens it. */
function subjectAfterVerb(tokens: readonly ClauseToken[], v: number, limit: number, c: CompiledLexicon): [number, number] | null {
  const f = frameWords(c);
  let k = v + 1;
  for (let guard = 0; k < limit && guard < 6; guard++) {
    const t = tokens[k]!;
    if (!t.word) return null;
    const adjunct = phraseAt(c.cueAdjuncts, tokens, k);
    if (adjunct && (t.flags & WORD_DETERMINER) === 0) {
      k += adjunct;
      continue;
    }
    if (f.reflexives.has(t.lower) || (!t.cap && (t.flags & WORD_VERB_MODIFIER) !== 0 && (t.flags & (WORD_DETERMINER | PRONOUNS)) === 0)) {
      k++;
      continue;
    }
    break;
  }
  const first = tokens[k];
  if (!first?.word || k >= limit || f.oblique.has(first.lower) || (first.flags & WORD_COMPLEMENTIZER) !== 0) return null;
  if ((first.flags & PRONOUNS) !== 0 && !personPronoun(first, c) && first.lower !== c.lex.pronouns.plural[0]) return null; // "heißt es"
  // "teilte dessen Stellvertreter mit": a relative's genitive before a noun opens the subject as an article does.
  const possessive = !first.cap && (first.flags & WORD_RELATIVE) !== 0 && (first.flags & WORD_DETERMINER) === 0 && tokens[k + 1]?.word === true && tokens[k + 1]!.cap && (tokens[k + 1]!.flags & WORD_STOPWORD) === 0;
  if (!first.cap && (first.flags & WORD_DETERMINER) === 0 && !possessive && !personPronoun(first, c) && first.lower !== c.lex.pronouns.plural[0]) return null;
  if (preposition(first) || (first.cap && (first.flags & WORD_STOPWORD) !== 0 && (first.flags & WORD_DETERMINER) === 0)) return null;
  const np = phraseAfter(tokens, possessive ? k + 1 : k, c); // (the relative word itself ends a phrase)
  if (!np || np[1] > limit) return null;
  // "fügt Jane Roe hinzu": the verb's particle closes the clause; it is no word of the name.
  while (np[1] - 1 > np[0] && !tokens[np[1] - 1]!.cap) np[1]--;
  // "brachte die Sprecherin der Fraktion im Bundestag, Jane Roe, zum Ausdruck": a description
  // with its genitive, then the name set off by a comma.
  if ((first.flags & WORD_DETERMINER) !== 0) {
    let comma = np[1];
    while (comma < limit && comma - np[1] <= 8 && tokens[comma]!.word && (tokens[comma]!.flags & (WORD_VERB_MODIFIER | WORD_COMPLEMENTIZER | WORD_CLAUSE_BREAK)) === 0) comma++;
    if (tokens[comma]?.text === ',') {
      let e = comma + 1;
      while (e < limit && tokens[e]!.word && (tokens[e]!.cap || (tokens[e]!.flags & WORD_PARTICLE) !== 0) && (tokens[e]!.flags & WORD_DETERMINER) === 0) e++;
      if (e - (comma + 1) >= 2 && (e >= limit || !tokens[e]!.word)) return [comma + 1, e];
    }
  }
  const whole = withApposition(tokens, np, c);
  return whole[1] <= limit ? whole : np;
}

/** Where the clause before ti opens: after the last full stop that follows a quotation, else at 0. */
function frameStart(tokens: readonly ClauseToken[], ti: number): number {
  for (let k = ti - 1; k > 0; k--) {
    if (/^[.!?]$/.test(tokens[k]!.text) && tokens[k - 1]!.quote !== undefined && tokens[k + 1]?.cap === true) return k + 1;
    // "… skandierte Parolen wie „…“ und der Unternehmer Jane Roe rief aus: „…“": a conjunction right
    // after a quotation opens a main clause of its own, with an article or a name first.
    const t = tokens[k]!, next = tokens[k + 1];
    if (t.word && (t.flags & WORD_CONJUNCTION) !== 0 && tokens[k - 1]!.quote !== undefined && !tokens[k - 1]!.word && next?.word === true &&
      (next.cap || (next.flags & WORD_DETERMINER) !== 0)) return k + 1;
  }
  return 0;
}

/** "Wie X erklärte, …": the words naming X when the field opens with a report's word and closes with a say-verb. */
function parentheticalReporter(tokens: readonly ClauseToken[], start: number, clause: number, c: CompiledLexicon): [number, number] | null {
  if (!c.reportParentheticals.has(tokens[start]!.lower)) return null;
  let end = clause - 2; // the word before the field's closing comma
  while (end > start + 1 && (tokens[end]!.flags & WORD_VERB_MODIFIER) !== 0 && !tokens[end]!.cap) end--; // "erklärt hat"
  const verb = tokens[end];
  if (!verb?.word || verb.cap || (verb.flags & CUE_SPEECH) === 0 || end <= start + 1) return null;
  const range: [number, number] = [start + 1, end];
  const named = appositionName(tokens, range[0], range[1]);
  if (named) return named;
  return namesSomeone(tokens, range, c) ? range : null;
}

/**
 * "Die Marke, die Jane Roe in ihrer ersten Amtszeit zum Ziel erklärt hatte: „…“": the quote's
 * colon closes a relative clause whose say-verb stands last; the subject right after the relative
 * pronoun (an article or a name, naming someone) said it. Null otherwise.
 */
function relativeFrameSubject(tokens: readonly ClauseToken[], start: number, ti: number, c: CompiledLexicon): [number, number] | null {
  if (tokens[ti - 1]?.text !== ':') return null;
  let end = ti - 2;
  while (end > start && tokens[end]!.word && !tokens[end]!.cap && (tokens[end]!.flags & WORD_VERB_MODIFIER) !== 0) end--; // "erklärt hatte"
  const verb = tokens[end];
  if (!verb?.word || verb.cap || (verb.flags & CUE_SPEECH) === 0) return null;
  let r = end - 1;
  while (r > start && tokens[r]!.text !== ',') {
    const t = tokens[r]!;
    if (t.quote !== undefined || /^[.;:!?]$/.test(t.text)) return null;
    r--;
  }
  const pronoun = tokens[r + 1], first = tokens[r + 2];
  if (r <= start || !pronoun?.word || (pronoun.flags & WORD_RELATIVE) === 0 || !first?.word || r + 2 >= end) return null;
  const opens = (first.flags & WORD_DETERMINER) !== 0 ? !frameWords(c).oblique.has(first.lower) : first.cap && (first.flags & WORD_STOPWORD) === 0;
  if (!opens) return null;
  const np = phraseAfter(tokens, r + 2, c);
  if (!np || np[1] > end) return null;
  while (np[1] - 1 > np[0] && !tokens[np[1] - 1]!.cap) np[1]--;
  return namesSomeone(tokens, np, c) ? np : null;
}

/** Where a field that opens with a subordinator ends: the verb after its first comma (a lower-case word), or -1. */
function subordinateField(tokens: readonly ClauseToken[], start: number, limit: number, c: CompiledLexicon): number {
  const first = tokens[start];
  if (!first?.word || !c.subordinators.has(first.lower)) return -1;
  for (let k = start + 2; k < limit - 1; k++) {
    const t = tokens[k]!;
    if (t.quote !== undefined || /^[.;:!?]$/.test(t.text)) return -1;
    if (t.text !== ',') continue;
    const verb = tokens[k + 1]!;
    if (verb.word && verb.cap) continue; // ", Jane Roe, …": an apposition inside the clause
    return verb.word && !verb.cap && (verb.flags & (WORD_STOPWORD | WORD_DETERMINER | WORD_COMPLEMENTIZER)) === 0 ? k + 1 : -1;
  }
  return -1;
}

/** Between from and to, every comma opens or closes a name set off as an apposition (", Jane Roe,"). */
function commasOnlyAroundNames(tokens: readonly ClauseToken[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (tokens[k]!.text !== ',') continue;
    let e = k + 1;
    while (e < to && tokens[e]!.word && (tokens[e]!.cap || (tokens[e]!.flags & WORD_PARTICLE) !== 0)) e++;
    if (e === k + 1 || tokens[e]?.text !== ',') return false;
    k = e;
  }
  return true;
}

/**
 * The subject of the main clause that frames the quote at ti, where the verb stands second: the
 * field before the verb when it names someone; the phrase after the verb when that field is an
 * adverbial, an object, or names no one while the phrase after the verb does. Null when the
 * clause does not read so (a comma before the verb, no verb found): the other rules decide.
 */
export function verbSecondSubject(tokens: readonly ClauseToken[], ti: number, cueAt: number | null, c: CompiledLexicon, noCue = false): [number, number] | null {
  if (c.lex.verbSecond !== true || c.lex.capitalisedNouns !== true || !c.lex.verbSecondFrame) return null;
  // "…„voll umfänglich“. Relativierend fügt …": where a quotation closed a sentence that was not
  // split from this one, the frame opens after its full stop. Another quote inside the frame: the
  // frame may be that quote's, and the other rules decide.
  const start = frameStart(tokens, ti);
  if (tokens.slice(start, ti).some((t) => t.quote !== undefined)) return null;
  // "…, die Jane Roe im Wahlkampf zum Ziel erklärt hatte: „…“": a relative clause before the colon names its speaker after the pronoun.
  const relative = relativeFrameSubject(tokens, start, ti, c);
  if (relative) return relative;
  // "Als der Moderator nachfragte, entgegnete Jane Roe: „…“": a clause that opens with a
  // subordinator is the whole field; the verb follows its comma and the subject follows the verb.
  const clause = subordinateField(tokens, start, ti, c);
  if (clause > 0) {
    // "Wie die Ministerin, Jane Roe, erklärte, ist …: „…“": a report's parenthetical names the speaker.
    const reporter = parentheticalReporter(tokens, start, clause, c);
    if (reporter) return reporter;
    if (noCue) return null;
    const found = subjectAfterVerb(tokens, clause, ti, c);
    const frameEnd = cueAt ?? ti - 1;
    return found && namesSomeone(tokens, found, c) && frameEnd >= clause && commasOnlyAroundNames(tokens, clause, frameEnd) ? found : null;
  }
  const v = finiteVerb(tokens, start, ti, c);
  // The cue (or the colon) belongs to the main clause: no comma between its verb and it.
  // With no cue, the main clause's subject is the one whose words the sentence reports, unless
  // its verb is itself in the reporting mood ("Jeder könne „…“": someone else's words).
  const frameEnd = noCue ? v : cueAt ?? ti - 1;
  if (v < start + 1 || frameEnd < v || !commasOnlyAroundNames(tokens, v, frameEnd)) return null;
  if (phraseAt(c.according, tokens, start)) return null; // "Nach Angaben der Polizei …": the according rule's
  let from = start;
  // "Auch Jane Roe sagte": a focus word before the subject is no field of its own.
  const focus = (t: ClauseToken): boolean => !c.asWords.has(t.lower) && !c.subordinators.has(t.lower) && !preposition(t) &&
    (c.connectives.has(t.lower) || ((t.flags & WORD_VERB_MODIFIER) !== 0 && (t.flags & WORD_DETERMINER) === 0));
  while (from < v - 1 && focus(tokens[from]!)) from++;
  // "Nach den Worten der Sprecherin, Jane Roe, fehle es „…“": a field that reports someone's
  // words names them in its genitive or after "von".
  const reported = reportingField(tokens, from, v, c) ?? opinionField(tokens, from, v, c) ?? verdictField(tokens, from, v, c);
  if (reported) return reported;
  if (noCue && (c.reportedVerbs.has(tokens[v]!.lower) || c.reportedVerbsAfterReport.has(tokens[v]!.lower))) return null;
  const found = subjectAfterVerb(tokens, v, ti, c);
  const after = found && namesSomeone(tokens, found, c) ? found : null;
  if (adverbialField(tokens, from, v, c)) return after;
  const head = pastAttribute(tokens, from, v, c);
  return namesSomeone(tokens, [head, v], c) ? appositionName(tokens, head, v) ?? [head, v] : after;
}

/** "Nach (den) Worten/Angaben des X": the words naming X when the field is such a phrase and X names someone, else null. */
function reportingField(tokens: readonly ClauseToken[], from: number, v: number, c: CompiledLexicon): [number, number] | null {
  if (!c.accordingNounLinks.has(tokens[from]!.lower)) return null;
  let k = from + 1;
  if (tokens[k] && (tokens[k]!.flags & WORD_DETERMINER) !== 0 && !c.genitiveDeterminers.has(tokens[k]!.lower)) k++;
  if (!tokens[k] || !c.accordingNouns.includes(tokens[k]!.lower)) return null;
  k++;
  if (tokens[k]?.word && frameWords(c).ofWords.has(tokens[k]!.lower)) k++; // "von"
  else if (!tokens[k] || !c.genitiveDeterminers.has(tokens[k]!.lower)) return null;
  if (k >= v) return null;
  const named = appositionName(tokens, k, v);
  if (named) return named;
  return namesSomeone(tokens, [k, v], c) ? [k, v] : null;
}

/**
 * "Das Fazit von Jane Roe nach fünf Jahren überrascht nicht: „…“": a field that is an article, a
 * noun of a verdict (lexicon verdictNouns) and "von" or a genitive, then a name of two or more
 * capitalised words (or a title and a name), gives that person's words. The name, or null.
 */
function verdictField(tokens: readonly ClauseToken[], from: number, v: number, c: CompiledLexicon): [number, number] | null {
  const f = frameWords(c);
  const article = tokens[from], noun = tokens[from + 1], link = tokens[from + 2];
  if (!article?.word || (article.flags & WORD_DETERMINER) === 0 || f.oblique.has(article.lower) || !noun?.word || !noun.cap || !f.verdict.has(noun.lower) || !link?.word) return null;
  let k = from + 3;
  if (!f.ofWords.has(link.lower) && !c.genitiveDeterminers.has(link.lower)) return null;
  // "von der Ministerin Jane Roe", "des Ministers Jane Roe": an article and a title may open the name.
  if (tokens[k]?.word && (tokens[k]!.flags & WORD_DETERMINER) !== 0) k++;
  let e = k, caps = 0;
  while (e < v && tokens[e]!.word && (tokens[e]!.cap || ((tokens[e]!.flags & WORD_PARTICLE) !== 0 && caps > 0)) && (tokens[e]!.flags & WORD_DETERMINER) === 0) {
    if (tokens[e]!.cap) caps++;
    e++;
  }
  if (caps < 2) return null;
  return namesSomeone(tokens, [k, e], c) ? [k, e] : null;
}

/**
 * "Für den Theologen Jane Roe sei der Rücktritt „verständlich“": a field opened by a preposition of
 * a view (lexicon opinionLinks) that names a person, by a title or a name of two words, is whose
 * words the clause gives. The words naming the person, or null.
 */
function opinionField(tokens: readonly ClauseToken[], from: number, v: number, c: CompiledLexicon): [number, number] | null {
  if (!frameWords(c).opinion.has(tokens[from]!.lower) || v - from < 2) return null;
  const field = tokens.slice(from + 1, v);
  if (!field.every((t) => t.word)) return null;
  let run = 0, longest = 0;
  for (const t of field) {
    run = t.cap && (t.flags & (WORD_STOPWORD | WORD_DETERMINER)) === 0 ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  const titled = field.some((t) => (t.flags & WORD_TITLE) !== 0);
  return (longest >= 2 || titled) && namesSomeone(tokens, [from + 1, v], c) ? [from + 1, v] : null;
}

/** The holder of the view a quotation at ti gives, where its clause opens with a field of a view ("Für die Ministerin …"), or null. */
export function opinionHolder(tokens: readonly ClauseToken[], ti: number, c: CompiledLexicon): [number, number] | null {
  if (c.lex.verbSecond !== true || c.lex.capitalisedNouns !== true || !c.lex.verbSecondFrame) return null;
  const start = frameStart(tokens, ti);
  const v = finiteVerb(tokens, start, ti, c);
  return v > start ? opinionField(tokens, start, v, c) : null;
}

/** "Die Sprecherin der Fraktion (SPD), Jane Roe, sagte": the name set off by commas in the field, or null. */
function appositionName(tokens: readonly ClauseToken[], from: number, v: number): [number, number] | null {
  // "Jane Roe, Leiterin des Labors, erklärte": the field opens with the name; the registry reads the rest as its description.
  let n = from;
  while (n < v && tokens[n]!.word && tokens[n]!.cap && (tokens[n]!.flags & WORD_DETERMINER) === 0) n++;
  if (n - from >= 2 && tokens[n]?.text === ',') return null;
  for (let k = from + 1; k < v; k++) {
    if (tokens[k]!.text !== ',') continue;
    let e = k + 1;
    while (e < v && tokens[e]!.word && (tokens[e]!.cap || (tokens[e]!.flags & WORD_PARTICLE) !== 0)) e++;
    if (e - (k + 1) >= 2 && tokens[pastTag(tokens, e, v)]?.text === ',') return [k + 1, e];
  }
  return null;
}
