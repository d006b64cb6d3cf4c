// Finds who a quotation is attributed to within its sentence: a cue after it ("…”, he said" /
// "…”, said Peskov"), a cue before it ("Peskov admitted that “…”", "according to X, … “…”"),
// a colon ("Peskov: “…”"), following a chain of participles back to their subject ("…, adding
// that “…”"). Returns token ranges; the entity registry turns them into speakers.
import { verbSecondSubject } from './verb-second';
import { initialDot, isAdverb, nameBetweenCommas, pastTag, phraseAfter, relativeAntecedent, sentenceSubject, subjectBefore, withApposition, type ClauseToken } from './clause';
import {
  CUE_ACCORDING, CUE_ACCORDING_AFTER, CUE_CLAIM_NOUN, CUE_RELAY, CUE_SPEECH, CUE_START, WORD_ANONYMOUS_HEAD,
  WORD_CLAUSE_BREAK, WORD_COMPLEMENTIZER, WORD_DETERMINER, WORD_FEMALE, WORD_INDEFINITE, WORD_MALE, WORD_NEUTER,
  WORD_CONJUNCTION, WORD_ORG_HEAD, WORD_PARTICLE, WORD_PLURAL, WORD_RELATIVE, WORD_STOPWORD, WORD_TITLE, WORD_TITLE_LOOSE, WORD_VERB_MODIFIER,
  endsAsParticiple, endsAsPossessive, phraseAt, type CompiledLexicon
} from './lexicon/compiled';

export interface Cue {
  type: 'speech' | 'relay' | 'according' | 'colon';
  /** Token index and length of the cue words. */
  at: number;
  len: number;
  text: string;
  /** A separable verb split round its subject ("teilte sie mit"): where its particle stands. */
  particleAt?: number;
}

export interface QuoteAttribution {
  cue: Cue;
  /** Token range naming the source, or null when the cue has no subject we could find. */
  source: [number, number] | null;
  /** The cue stands after the quote. */
  after: boolean;
}

/** The cue phrase (speech, relay or "according to") that starts at token i, if any. */
export function cueAt(tokens: readonly ClauseToken[], i: number, c: CompiledLexicon): Cue | null {
  const t = tokens[i];
  if (!t || !t.word) return null;
  // A capitalised cue word inside a sentence is part of a name ("the United States", "Said Hassan").
  if (t.cap && i > 0 && tokens[i - 1]!.word && !c.lex.unspaced) return null;
  const starts = t.flags & CUE_START;
  if (starts === 0) return null; // no cue starts with this word
  let len = starts & CUE_ACCORDING ? phraseAt(c.according, tokens, i) : 0;
  if (len) return { type: 'according', at: i, len, text: joinWords(tokens, i, len) };
  if (starts & CUE_ACCORDING_AFTER && i > 0) return { type: 'according', at: i, len: 1, text: t.text };
  len = starts & CUE_RELAY ? phraseAt(c.relay, tokens, i) : 0;
  if (len) return { type: 'relay', at: i, len, text: joinWords(tokens, i, len) };
  len = starts & CUE_SPEECH ? phraseAt(c.speech, tokens, i) : 0;
  if (len && !usedAsNoun(tokens, i, len, c)) return { type: 'speech', at: i, len, text: joinWords(tokens, i, len) };
  return starts & CUE_SPEECH && c.lex.verbSecond === true && i > 0 ? splitCue(tokens, i, c) : null;
}

/**
 * "„…“, teilte sie mit", "fügte der Minister hinzu": where the verb stands second, a separable
 * verb's particle closes the clause with its subject between. The cue is the verb; particleAt
 * marks where the subject after it ends.
 */
function splitCue(tokens: readonly ClauseToken[], i: number, c: CompiledLexicon): Cue | null {
  for (const phrase of c.speech.get(tokens[i]!.lower) ?? []) {
    const rest = phrase.length - 1;
    if (rest < 1) continue;
    let skipped = 0; // the tokens of a name set off by commas ("nahm der Minister, Jane Roe (SPD), dazu Stellung")
    for (let k = i + 1 + rest; k < tokens.length && k - i - skipped <= (skipped > 0 ? 12 : 10); k++) {
      const t = tokens[k - 1]!;
      if (t.text === ',' && !t.word) {
        let e = k;
        while (e < tokens.length && tokens[e]!.word && tokens[e]!.cap && (tokens[e]!.flags & WORD_DETERMINER) === 0) e++;
        const close = pastTag(tokens, e);
        if (e - k >= 2 && tokens[close]?.text === ',') {
          skipped += close + 1 - (k - 1);
          k = close + 1; // the loop's step reads the word after the closing comma next
          continue;
        }
      }
      if (!t.word || t.quote !== undefined) break;
      const from = k - rest;
      if (from <= i + 1) continue;
      if (tokens.slice(from, k).every((x, n) => x.word && x.lower === phrase[n + 1]) && (k >= tokens.length || !tokens[k]!.word)) {
        return { type: 'speech', at: i, len: 1, text: [tokens[i]!.text, ...tokens.slice(from, k).map((x) => x.text)].join(' '), particleAt: from };
      }
    }
  }
  return null;
}

/** A source phrase after a split verb ends before the verb's particle ("teilte sie mit": "sie"). */
function beforeParticle(np: [number, number] | null, cue: Cue): [number, number] | null {
  if (!np || cue.particleAt === undefined || np[1] <= cue.particleAt) return np;
  return cue.particleAt > np[0] ? [np[0], cue.particleAt] : null;
}

/** "the claims", "his remarks", "states’", "an alleged invasion": a cue word that is a noun or an adjective here. */
function usedAsNoun(tokens: readonly ClauseToken[], i: number, len: number, c: CompiledLexicon): boolean {
  const prev = tokens[i - 1];
  if (prev && prev.word && ((prev.flags & WORD_DETERMINER) !== 0 || endsAsPossessive(prev.text, c))) return true; // "the claims", "Editor’s note"
  // "32% of Republican claims", "a flurry of late-night tweets": a plural after a preposition and one modifier.
  const prep = tokens[i - 2];
  if (len === 1 && prev?.word && (prev.flags & WORD_STOPWORD) === 0 && prep?.word && !prep.cap && (prep.flags & WORD_RELATIVE) === 0 && tokens[i]!.lower.endsWith('s') && (prep.flags & WORD_STOPWORD) !== 0 && (prep.flags & WORD_DETERMINER) === 0 &&
    (prep.flags & WORD_CLAUSE_BREAK) === 0 && (prep.flags & WORD_COMPLEMENTIZER) === 0 && (prep.flags & WORD_MALE) === 0 && (prep.flags & WORD_FEMALE) === 0 && (prep.flags & WORD_PLURAL) === 0 && (prep.flags & WORD_NEUTER) === 0) return true;
  // "a Twitter comment of her own", "a CNN report": an indefinite and a capitalised modifier make a
  // noun of a cue word that is more often one ("The Times reports" is not).
  if (len === 1 && prev?.word && prev.cap && (prev.flags & (WORD_TITLE | WORD_TITLE_LOOSE)) === 0 && prep?.word && (prep.flags & WORD_INDEFINITE) !== 0 && c.nounLikeCues.has(tokens[i]!.lower)) return true;
  const next = tokens[i + len];
  // "…, dass sie „…“ bekannt sei": a cue word that is as often an adjective, before the copula, is the adjective.
  if (len === 1 && next?.word && c.adjectiveLikeCues.has(tokens[i]!.lower) && c.copulaForms.has(next.lower)) return true;
  // "…, that states can pass such laws": a noun-like cue after a function word and before an
  // auxiliary is the subject, not a verb ("she notes also" has its subject before it).
  if (len === 1 && c.nounLikeCues.has(tokens[i]!.lower) && prev?.word && !prev.cap && (prev.flags & WORD_STOPWORD) !== 0 && (prev.flags & PRONOUN_FLAGS) === 0 &&
    next?.word && !next.cap && (next.flags & WORD_VERB_MODIFIER) !== 0) return true;
  // "the explanatory notes of the Bill": a cue word that is more often a noun, before "of", after
  // an article and a modifier that names no speaker, is a noun ("the businessman says of X" is not).
  const speakerWord = WORD_TITLE | WORD_TITLE_LOOSE | WORD_ORG_HEAD | WORD_ANONYMOUS_HEAD | WORD_MALE | WORD_FEMALE | WORD_PLURAL | WORD_NEUTER | WORD_STOPWORD;
  if (len === 1 && next?.word && c.affiliation.has(next.lower) && c.nounLikeCues.has(tokens[i]!.lower) && prev?.word && !prev.cap && (prev.flags & speakerWord) === 0 &&
    prep?.word && (prep.flags & WORD_DETERMINER) !== 0) return true;
  return next !== undefined && !next.word && (next.text === '’' || next.text === "'") && tokens[i + len - 1]!.lower.endsWith('s');
}

function joinWords(tokens: readonly ClauseToken[], i: number, len: number): string {
  return tokens.slice(i, i + len).map((t) => t.text).join(' ');
}

const DASH = /^[\u2015\u2014\u2013-]$/;
const isWord = (t: ClauseToken | undefined): boolean => t !== undefined && t.word;

/**
 * In "…” writes on Twitter Jane Doe." the name stands a few words after the verb: the first
 * run of capitalised words before the clause ends, when the words right after the verb are not one.
 */
function nameAhead(tokens: readonly ClauseToken[], from: number, c: CompiledLexicon): [number, number] | null {
  if (tokens[from]?.cap || c.lex.unspaced) return null;
  for (let k = from; k < tokens.length && k - from <= 6; k++) {
    const t = tokens[k]!;
    if (!t.word) return null;
    if (t.cap && (t.flags & WORD_STOPWORD) === 0) {
      // "sagte der Oberrabbiner Israels, Jane Roe": where every noun has a capital, a word after an
      // article is a noun phrase's head, read by phraseAfter with its apposition.
      // So too past adjectives after the article ("sagte der aschkenasische Oberrabbiner Israels, Jane Roe").
      if (c.lex.capitalisedNouns === true && k > from && tokens.slice(from, k).some((x) => (x.flags & WORD_DETERMINER) !== 0)) return null;
      let e = k;
      while (tokens[e]?.word && (tokens[e]!.cap || (tokens[e]!.flags & WORD_PARTICLE) !== 0)) e++;
      // "said the mayor of Ashton, Jane Roe": a capitalised word inside a description that a comma
      // closes is a place or a body of the description; the phrase and its apposition are read whole.
      if (tokens[e]?.text === ',' && tokens[e + 1]?.cap === true && k > from && tokens.slice(from, k).some((x) => (x.flags & (WORD_DETERMINER | WORD_TITLE)) !== 0)) return null;
      // A capitalised word followed by more of the clause is a place or an outlet, not the speaker.
      return tokens[e] === undefined || !tokens[e]!.word ? [k, e] : null;
    }
  }
  return null;
}

/**
 * Where the subject starts after an inverted verb in free word order: past a prepositional
 * phrase ("napsal ve svém komentáři server X", "сказал в интервью министр"), at the first
 * title, body or capitalised word within six words, when the subject runs from there to the
 * sentence's end. Returns from itself otherwise.
 */
function pastPrepositionalPhrase(tokens: readonly ClauseToken[], from: number, c: CompiledLexicon): number {
  const first = tokens[from];
  if (!first || !first.word || first.cap || (first.flags & WORD_STOPWORD) === 0 || (first.flags & WORD_DETERMINER) !== 0) return from;
  if ((first.flags & WORD_MALE) !== 0 || (first.flags & WORD_FEMALE) !== 0 || (first.flags & WORD_PLURAL) !== 0 || (first.flags & WORD_COMPLEMENTIZER) !== 0) return from;
  for (let k = from + 1; k < tokens.length && k - from <= 6; k++) {
    const t = tokens[k]!;
    if (!t.word) return from;
    if (k > from + 1 && (t.cap || (t.flags & WORD_TITLE) !== 0 || (t.flags & WORD_ORG_HEAD) !== 0 || (t.flags & WORD_ANONYMOUS_HEAD) !== 0)) {
      // The subject closes the sentence in this order; anything after it means we are still inside the phrase.
      // "a indiqué à l'AFP le porte-parole, Jean Dupont.": the subject opens at its article and may close with its apposition.
      const at = tokens[k - 1]!.word && (tokens[k - 1]!.flags & WORD_DETERMINER) !== 0 && k - 1 > from + 1 ? k - 1 : k;
      const np = phraseAfter(tokens, at, c);
      const whole = np ? withApposition(tokens, np, c) : null;
      if (!whole) return from;
      // What is left may be the phrase's own complement ("le porte-parole de la préfecture.").
      let end = whole[1];
      while (end < tokens.length && end - whole[1] < 6 && tokens[end]!.word && tokens[end]!.quote === undefined && (tokens[end]!.flags & CUE_START) === 0) end++;
      return tokens.slice(end).every((x) => !x.word && x.quote === undefined) ? at : from;
    }
  }
  return from;
}

/** The cue after a quote: "“…”, he said", "“…”, said the minister", "“…” Smith added." */
function cueAfter(tokens: readonly ClauseToken[], qi: number, c: CompiledLexicon): QuoteAttribution | null {
  let i = qi + 1;
  while (tokens[i] && !tokens[i]!.word && tokens[i]!.text === ',') i++;
  if (tokens[i] && DASH.test(tokens[i]!.text) && isWord(tokens[i + 1])) {
    // "“…” — Jane Doe": a byline dash.
    const np = phraseAfter(tokens, i + 1, c);
    if (np && tokens[np[0]]!.cap) return { cue: { type: 'colon', at: i, len: 1, text: tokens[i]!.text }, source: np, after: true };
    // "«…», — сказал он", "«…» — dijo ella": Russian and Spanish set a dash between a quote and its cue.
    if (cueAt(tokens, i + 1, c)?.type === 'speech') i++;
  }
  if (!isWord(tokens[i])) return null;
  // "„…“, so Müller": a word that attributes only here, its source right after it.
  if (c.quoteTagCues.has(tokens[i]!.lower) && isWord(tokens[i + 1])) {
    const np = nameAhead(tokens, i + 1, c) ?? phraseAfter(tokens, i + 1, c);
    if (np && (tokens[np[0]]!.flags & WORD_COMPLEMENTIZER) === 0) return { cue: { type: 'speech', at: i, len: 1, text: tokens[i]!.text }, source: withApposition(tokens, np, c), after: true };
  }
  // Inverted: "said Peskov", "added the minister".
  const inverted = cueAt(tokens, i, c);
  // "Als „unerwartetes Geschenk“ bezeichnet die Archäologin den Fund": where the verb stands second,
  // a verb that relays a judgement right after a fronted quotation has its subject after it too.
  if (inverted && (inverted.type === 'speech' || (inverted.type === 'relay' && frontedQuote(tokens, qi, i, c)))) {
    // "«…», a-t-il ajouté", "dit-elle": the inverted verb carries its subject pronoun in its word.
    for (let k = i; k < i + inverted.len; k++) {
      const w = tokens[k]!.lower;
      if (c.male.has(w) || c.female.has(w) || c.plural.has(w)) return { cue: inverted, source: [k, k + 1], after: true };
    }
    // "“…,” telling reporters that…": a participle has no subject after it; what follows is its
    // object. Its subject is the sentence's, found by the participle sieve.
    if (inverted.len === 1 && endsAsParticiple(tokens[i]!.lower, c)) return { cue: inverted, source: null, after: true };
    // "„…“, heißt es in einer gestern verbreiteten Erklärung": the document is the source.
    const document = documentSource(tokens, inverted, c);
    if (document) return { cue: inverted, source: document, after: true };
    // "„…“, schrieb „Die Zeit“ in einem Nachruf": where every noun has a capital, a quotation where the subject stands names it (clause.ts sourceWords).
    const slot = tokens[i + inverted.len];
    if (c.lex.capitalisedNouns === true && slot !== undefined && slot.quote !== undefined && !slot.word && inverted.particleAt === undefined) {
      return { cue: inverted, source: [i + inverted.len, i + inverted.len + 1], after: true };
    }
    // "«…», dijo a la prensa el ministro": the addressee and the setting are no subject.
    const from = pastAddressee(tokens, i + inverted.len, c);
    const left = tokens.slice(from);
    if (from > i + inverted.len && left.every((t) => !t.word || (t.flags & WORD_VERB_MODIFIER) !== 0) && left.every((t) => t.quote === undefined)) {
      // "«…», disse aos jornalistas.": nothing is left to be the subject; a language that leaves it out has the caller find it.
      return c.lex.proDrop ? { cue: inverted, source: null, after: true } : null;
    }
    const np = beforeParticle(nameAhead(tokens, from, c) ?? phraseAfter(tokens, pastPrepositionalPhrase(tokens, from, c), c), inverted);
    if (np && (tokens[np[0]]!.flags & WORD_COMPLEMENTIZER) === 0) return { cue: inverted, source: inverted.particleAt === undefined ? withApposition(tokens, np, c) : np, after: true };
    // "«…», señaló.", "„…,“ dodal.": a language that leaves the subject out; the caller finds it.
    const rest = tokens.slice(i + inverted.len);
    if (c.lex.proDrop && rest.every((t) => !t.word || (t.flags & WORD_VERB_MODIFIER) !== 0) && rest.every((t) => t.quote === undefined)) return { cue: inverted, source: null, after: true };
  }
  // Subject first: "he said", "the Kremlin spokesman pointed out", "Mr. Smith, a lawyer, said".
  for (let k = i + 1; k < tokens.length && k - i <= 48; k++) {
    const t = tokens[k]!;
    if ((t.quote !== undefined && !t.word) || (!t.word && !/^[,.'’()]$/.test(t.text))) break;
    // "… „persönlich“ zubilligen, zumal der Verteidiger betont hatte, …": where the verb stands
    // second, a clause a subordinator opens after a comma is another's report, not the quote's.
    if (t.text === ',' && c.lex.verbSecond === true && tokens[k + 1]?.word === true && c.subordinators.has(tokens[k + 1]!.lower)) break;
    const cue = cueAt(tokens, k, c);
    // "“…” to hold up on their plans, Indyk said.": a weak cue word on the way is no attribution.
    // "“…,” Trump accused Holt of…, though a review indicates": the clause's own verb ends the search.
    if (cue && cue.type === 'relay' && !t.cap) {
      const subj = subjectBefore(tokens, k, c);
      return subj && subj[0] === i ? { cue, source: subj, after: true } : null;
    }
    if (cue && cue.type === 'speech' && !t.cap) {
      // "„…“ erreicht werden, so heißt es in einer Erklärung des Verbands": the document is the source.
      const document = documentSource(tokens, cue, c);
      if (document) return { cue, source: document, after: true };
      // "Die Medien hatten von einem „Volkskrieg“ gesprochen.": where the verb stands second, a say-verb
      // that closes the clause after the quote, its finite verb before it, is a participle; the
      // subject is the main clause's (read by its fields), not the phrase right before the participle.
      if (c.lex.verbSecond === true && c.lex.capitalisedNouns === true && tokens[k - 1]?.text !== ',' && closesClause(tokens, k + cue.len)) {
        const subject = verbSecondSubject(tokens, qi, k, c);
        if (subject) return { cue, source: subject, after: true };
      }
      // "„…“ über das Geschehen, sagte die Königin.": where the verb stands second, a say-verb right
      // after a comma follows the fronted words; its subject comes after it.
      const inverted = invertedAfterComma(tokens, k, cue, c);
      if (inverted) return { cue, source: inverted, after: true };
      if (!c.weak.has(cue.text.toLowerCase())) {
        // "“…” about the decision, said Jane Roe, …": a verb after a comma with a name after it is inverted.
        // Not after "Jane Roe, a lawyer," (her own verb) nor with a verb of telling ("…, told CBS News").
        const named = tokens[k - 1]?.text === ',' && !c.addressee.has(t.lower) && nameThenComma(tokens, i, k, c) < 0 ? namedAfter(tokens, k + cue.len, c) : null;
        if (named) return { cue, source: withApposition(tokens, named, c), after: true };
        const subj = subjectBefore(tokens, k, c);
        if (subj && subj[0] >= i) return { cue, source: namedFirst(tokens, i, subj, c) ?? withPrepositions(tokens, i, subj, c), after: true };
        return null;
      }
      // "“…?” a narrator asks.": a weak cue attributes when it ends the clause right after its subject.
      if (closesClause(tokens, k + cue.len)) {
        const subj = subjectBefore(tokens, k, c);
        const source = subj ? withPrepositions(tokens, i, subj, c) : null;
        if (source && source[0] === i) return { cue, source, after: true };
      }
    }
  }
  return null;
}

/**
 * Where the subject may start after an inverted say-verb: past the person spoken to, a phrase
 * led by a preposition of address ("dijo a la prensa", "disse aos jornalistas da agência"), and
 * past the setting beside it ("en Madrid", "em comunicado"). A phrase led by such a preposition
 * is the addressee, never the speaker. Returns from itself when the verb has neither.
 */
function pastAddressee(tokens: readonly ClauseToken[], from: number, c: CompiledLexicon): number {
  if (c.addresseePrepositions.size === 0) return from;
  let k = from;
  for (let n = 0; n < 4 && k < tokens.length; n++) {
    const adjunct = phraseAt(c.cueAdjuncts, tokens, k);
    if (adjunct) {
      k += adjunct;
      continue;
    }
    const t = tokens[k]!;
    if (!t.word || t.cap || t.quote !== undefined || !(c.addresseePrepositions.has(t.lower) || c.locatives.has(t.lower))) break;
    k++;
    while (tokens[k]?.word && (tokens[k]!.flags & WORD_DETERMINER) !== 0) k++;
    const head = tokens[k];
    if (!head?.word || head.quote !== undefined) break;
    k++;
    // The head's own words: more of a name after a capital ("a Radio Nacional"), adjectives after a noun ("a la prensa local").
    while (tokens[k]?.word && tokens[k]!.quote === undefined && tokens[k]!.cap === head.cap && (tokens[k]!.flags & (WORD_STOPWORD | WORD_DETERMINER)) === 0) k++;
  }
  return k;
}

const documentLeadSets = new WeakMap<CompiledLexicon, Set<string>>();

/** The prepositions the document cues end with ("heißt es in", "heißt es auf"): what opens a document's phrase. */
function documentLeads(c: CompiledLexicon): Set<string> {
  let leads = documentLeadSets.get(c);
  if (!leads) {
    leads = new Set<string>();
    for (const phrase of c.documentCues) {
      const words = phrase.split(' ');
      if (words.length > 2 && c.stopwords.has(words[words.length - 1]!)) leads.add(words[words.length - 1]!);
    }
    documentLeadSets.set(c, leads);
  }
  return leads;
}

/**
 * The source of an impersonal cue of a document ("heißt es", lexicon documentCues): the document
 * named right after it ("heißt es in einer gestern verbreiteten Erklärung des Verbands", "hieß
 * es wörtlich auf der Webseite"), else the one the clause opens with ("In dem Antrag heißt es",
 * "In einer Erklärung der Minister hatte es geheißen"). Null for any other cue, or when neither is there.
 */
function documentSource(tokens: readonly ClauseToken[], cue: Cue, c: CompiledLexicon): [number, number] | null {
  if (c.documentCues.size === 0 || !c.documentCues.has(cue.text.toLowerCase())) return null;
  const leads = documentLeads(c);
  let k = cue.at + cue.len;
  let open = leads.has(tokens[k - 1]!.lower);
  if (!open) {
    // Past an adverb or two ("wörtlich", "dazu") to the preposition.
    while (k < tokens.length && k - (cue.at + cue.len) < 3 && tokens[k]!.word && !tokens[k]!.cap && !leads.has(tokens[k]!.lower) &&
      (tokens[k]!.flags & WORD_DETERMINER) === 0 && !c.locatives.has(tokens[k]!.lower)) k++;
    open = tokens[k]?.word === true && leads.has(tokens[k]!.lower);
    if (open) k++;
  }
  const after = open ? documentPhrase(tokens, k, c) : null;
  if (after) return after;
  const first = tokens[0];
  if (first?.word && leads.has(first.lower) && cue.at > 2) {
    const before = documentPhrase(tokens, 1, c);
    if (before && before[1] <= cue.at) return before;
  }
  return null;
}

/**
 * A document's noun phrase from s: an article and its modifiers in lower case ("einer gestern
 * verbreiteten"), the noun, and the genitives after it ("der Erklärung des Verbands und der
 * Gewerkschaft"). Null when no noun comes.
 */
function documentPhrase(tokens: readonly ClauseToken[], s: number, c: CompiledLexicon): [number, number] | null {
  const noun = (t: ClauseToken | undefined): boolean => t !== undefined && t.word && t.quote === undefined && (t.flags & (WORD_STOPWORD | WORD_DETERMINER)) === 0 && (t.cap || /-\p{Lu}/u.test(t.text));
  const modifiers = (from: number): number => {
    let k = from;
    while (k - from < 4 && tokens[k]?.word && !noun(tokens[k]) && ((tokens[k]!.flags & WORD_DETERMINER) !== 0 || (!tokens[k]!.cap && ((tokens[k]!.flags & WORD_STOPWORD) === 0 || c.connectives.has(tokens[k]!.lower))))) k++;
    return k;
  };
  let k = modifiers(s);
  if (!noun(tokens[k])) return null;
  while (noun(tokens[k])) k++;
  // Its genitives, and one joined by a coordinator ("des Betriebsrates und der Gewerkschaft").
  for (;;) {
    const at = tokens[k]?.word && c.coordinators.has(tokens[k]!.lower) && c.genitiveDeterminers.has(tokens[k + 1]?.lower ?? '') ? k + 1 : k;
    if (!c.genitiveDeterminers.has(tokens[at]?.lower ?? '')) break;
    const m = modifiers(at + 1);
    if (!noun(tokens[m])) break;
    k = m;
    while (noun(tokens[k])) k++;
  }
  return [s, k];
}

/**
 * "Als „unerwartetes Geschenk“ bezeichnet die Archäologin …", "„Gesindel“ nannte der Minister …":
 * where the verb stands second, a quotation alone in the field before it (after "als" or a
 * preposition and an article at most), the verb at i right after it, its subject (an article, a
 * pronoun or a capital) after the verb.
 */
function frontedQuote(tokens: readonly ClauseToken[], qi: number, i: number, c: CompiledLexicon): boolean {
  if (c.lex.verbSecond !== true || c.lex.capitalisedNouns !== true || i !== qi + 1) return false;
  for (let k = 0; k < qi; k++) {
    const t = tokens[k]!;
    if (!t.word || t.quote !== undefined || !(c.asWords.has(t.lower) || ((t.flags & WORD_STOPWORD) !== 0 && !(k > 0 && t.cap)))) return false;
  }
  const next = tokens[i + 1];
  return next?.word === true && (next.cap || (next.flags & (WORD_DETERMINER | PRONOUN_FLAGS)) !== 0) && (next.flags & WORD_VERB_MODIFIER) === 0;
}

/** A name right after index i (capitalised, no time word or connective), as an inverted verb's subject. */
function namedAfter(tokens: readonly ClauseToken[], i: number, c: CompiledLexicon): [number, number] | null {
  const t = tokens[i];
  if (!t?.word || !t.cap || c.lex.unspaced || (t.flags & (WORD_STOPWORD | WORD_DETERMINER)) !== 0 || c.connectives.has(t.lower) || c.dateWords.has(t.lower)) return null;
  const np = phraseAfter(tokens, i, c);
  return np && tokens.slice(np[0], np[1]).filter((x) => x.word && x.cap).length >= 2 ? np : null;
}

/**
 * "“…” Jane Roe, 30, of Ashton, Ohio, who was among those polled, said": right after the quote,
 * a name closed by a comma opens the subject, and all up to the verb describes it. The source
 * then runs from the name (the registry takes the name and keeps the rest as the description).
 */
function namedFirst(tokens: readonly ClauseToken[], i: number, subj: [number, number], c: CompiledLexicon): [number, number] | null {
  if (subj[0] <= i) return null;
  // "“…” South Carolina, he said, was …": a pronoun subject is the whole subject.
  if (subj[1] - subj[0] === 1 && (tokens[subj[0]]!.flags & PRONOUN_FLAGS) !== 0) return null;
  const e = nameThenComma(tokens, i, subj[0], c);
  if (e < 0) return null;
  // Every comma-bound piece up to the verb stays inside the clause: no quote, no "that".
  for (let k = e; k < subj[1]; k++) if (tokens[k]!.quote !== undefined || (tokens[k]!.flags & WORD_COMPLEMENTIZER) !== 0) return null;
  return [i, subj[1]];
}

/** Where a name of one to four capitalised words that opens at i (before limit) meets its comma, or -1. */
function nameThenComma(tokens: readonly ClauseToken[], i: number, limit: number, c: CompiledLexicon): number {
  if (c.lex.unspaced) return -1;
  let e = i;
  let words = 0;
  while (e < limit && ((tokens[e]!.word && (tokens[e]!.cap || ((tokens[e]!.flags & WORD_PARTICLE) !== 0 && words > 0))) || initialDot(tokens, e))) {
    const t = tokens[e]!;
    if (t.cap && ((t.flags & (WORD_STOPWORD | WORD_DETERMINER | CUE_START)) !== 0 || c.connectives.has(t.lower) || c.dateWords.has(t.lower))) return -1;
    if (t.cap) words++;
    e++;
  }
  return words === 0 || words > 4 || tokens[e]?.text !== ',' ? -1 : e;
}

/** The subject after a say-verb that follows a comma in a verb-second language, when it closes the clause. */
function invertedAfterComma(tokens: readonly ClauseToken[], k: number, cue: Cue, c: CompiledLexicon): [number, number] | null {
  if (c.lex.verbSecond !== true || tokens[k - 1]?.text !== ',') return null;
  const from = k + cue.len;
  const first = tokens[from];
  if (!first?.word || (!first.cap && (first.flags & (WORD_DETERMINER | WORD_MALE | WORD_FEMALE | WORD_PLURAL)) === 0) || (first.flags & WORD_COMPLEMENTIZER) !== 0) return null;
  const np = phraseAfter(tokens, from, c);
  if (!np) return null;
  const whole = withApposition(tokens, np, c);
  const next = tokens[whole[1]];
  return next === undefined || (!next.word && /^[.,;!?]$/.test(next.text)) ? whole : null;
}

/**
 * "“…” a narrator in the Clinton ad said": between a quote and its verb, a noun phrase with a
 * prepositional phrase is the subject whole, not only the words after the preposition.
 */
function withPrepositions(tokens: readonly ClauseToken[], i: number, subj: [number, number], c: CompiledLexicon): [number, number] {
  if (subj[0] <= i || subj[0] - i > 6) return subj;
  const first = tokens[i]!;
  // "“…,” police in Manchester said": a body or an anonymous head may open the subject too.
  if (!first.word || !(first.cap || (first.flags & (WORD_DETERMINER | WORD_TITLE | WORD_ORG_HEAD | WORD_ANONYMOUS_HEAD)) !== 0)) return subj;
  let preposition = false;
  for (let k = i; k < subj[0]; k++) {
    const t = tokens[k]!;
    if (!t.word || (t.flags & CUE_SPEECH) !== 0 || (t.flags & WORD_CLAUSE_BREAK) !== 0 || (t.flags & WORD_COMPLEMENTIZER) !== 0) return subj;
    if (k > i && !t.cap && (t.flags & WORD_STOPWORD) !== 0 && (t.flags & WORD_DETERMINER) === 0) preposition = true;
  }
  const before = tokens[subj[0] - 1]!;
  return preposition || (!before.cap && (before.flags & WORD_STOPWORD) !== 0 && (before.flags & WORD_DETERMINER) === 0) ? [i, subj[1]] : subj;
}

/** Nothing of the clause follows index i: the sentence ends, a comma or a quote comes next. */
function closesClause(tokens: readonly ClauseToken[], i: number): boolean {
  const t = tokens[i];
  return t === undefined || t.quote !== undefined || /^[.,;!?]$/.test(t.text);
}

/**
 * How many tokens from a quote the cue scans before and after it reach: a news sentence is far
 * shorter, and without a bound every quote of a sentence scanned all of it (quotes × length:
 * a code block of 300 KB, one "sentence" of thousands of quoted strings, grew 1.2 in log-log).
 */
const CUE_REACH = 300;

/** The nearest cue before a quote in its sentence, following participles back to a subject. */
function cueBefore(tokens: readonly ClauseToken[], qi: number, c: CompiledLexicon): QuoteAttribution | null {
  if (tokens[qi - 1]?.text === ':' || tokens[qi - 1]?.text === '：') {
    // "Peskov: “…”" or "He said: “…”" (the verb case is found by the scan below).
    const colonCue = cueAtLeft(tokens, qi - 1, c);
    if (!colonCue) {
      const np = subjectBefore(tokens, qi - 1, c);
      // Only a name before the colon ("Peskov: “…”"), not the reporter's words ("his message: “…”"),
      // nor, where every noun has a capital, a preposition's object ("…mit den Worten: „…“").
      // "Republican pollster Jane Roe: “…”": a short description closed by a name is a name too.
      if (np && (namesOnly(tokens, np, c) || describedName(tokens, np, c)) && !prepositionObject(tokens, np, c)) return { cue: { type: 'colon', at: qi - 1, len: 1, text: ':' }, source: np, after: false };
      // "Sanders made the following comment: “…”": the sentence's named subject introduces the quote.
      const subject = sentenceSubject(tokens, qi - 1, c);
      if (subject && namesOnly(tokens, subject, c)) return { cue: { type: 'colon', at: qi - 1, len: 1, text: ':' }, source: subject, after: false };
      // "…doesn’t surprise pollster Jane Roe: “…”", "HEADLINE - Jane Roe: “…”": a full name right before the colon.
      const name = nameBeforeColon(tokens, qi - 1, c);
      if (name) return { cue: { type: 'colon', at: qi - 1, len: 1, text: ':' }, source: name, after: false };
    }
  }
  let first: Cue | null = null;
  for (let j = qi - 1; j >= Math.max(0, qi - CUE_REACH); j--) {
    // "Donald Trump’s claim that there have been “thousands of shootings”": the claimant's words.
    const owned = possessedClaim(tokens, j, c);
    if (owned) return owned;
    const cue = cueAt(tokens, j, c);
    if (!cue || cue.at + cue.len > qi) continue;
    if (tokens[j]!.cap && j === 0 && cue.type !== 'according') {
      // "Said Ellis: “…”" names its speaker after the verb; "Speaking to…, X said" does not.
      const np = phraseAfter(tokens, j + cue.len, c);
      if (cue.type === 'speech' && np && /^[:,]$/.test(tokens[np[1]]?.text ?? '') && namesOnly(tokens, np, c)) return { cue, source: np, after: false };
      continue;
    }
    // "Because of how the party set the calendar, explained Roe, “…”": the name the say-verb
    // inverts stands right before the quote; the words before the comma are the reporter's.
    const tagged = invertedBeforeQuote(tokens, cue, qi, c);
    if (tagged) return { cue, source: tagged, after: false };
    first ??= cue;
    const source = sourceOfCue(tokens, cue, c);
    if (source || cue.type === 'according') return { cue: first, source, after: false };
  }
  return first ? { cue: first, source: null, after: false } : null;
}

/**
 * "…, explained Jane Roe, “…”", "But, said Roe: “…”": a say-verb right after a comma, then only a
 * name and its comma or colon before the quote. The name is the verb's subject. Not a verb of
 * telling ("…, told reporters, “…”"): what follows it is who was told.
 */
function invertedBeforeQuote(tokens: readonly ClauseToken[], cue: Cue, qi: number, c: CompiledLexicon): [number, number] | null {
  if (cue.type !== 'speech' || c.lex.unspaced || tokens[cue.at - 1]?.text !== ',') return null;
  const verb = tokens[cue.at]!;
  if (verb.cap || c.addressee.has(verb.lower) || c.weak.has(cue.text.toLowerCase()) || endsAsParticiple(verb.lower, c)) return null;
  const np = phraseAfter(tokens, cue.at + cue.len, c);
  if (!np || np[1] >= qi || !namesOnly(tokens, np, c)) return null;
  for (let k = np[1]; k < qi; k++) if (tokens[k]!.word || !/^[,:]$/.test(tokens[k]!.text)) return null;
  return np;
}

/** A claim noun after a possessive name and before "that" ("Jane Roe’s claim that…"), with the name as source. */
function possessedClaim(tokens: readonly ClauseToken[], j: number, c: CompiledLexicon): QuoteAttribution | null {
  const t = tokens[j]!;
  const owner = tokens[j - 1];
  if (!t.word || (t.flags & CUE_CLAIM_NOUN) === 0 || !owner?.cap || !endsAsPossessive(owner.text, c) || !c.complementizers.has(tokens[j + 1]?.lower ?? '')) return null;
  let k = j - 1;
  while (k > 0 && tokens[k - 1]!.word && tokens[k - 1]!.cap && (tokens[k - 1]!.flags & WORD_STOPWORD) === 0) k--;
  return { cue: { type: 'speech', at: j, len: 1, text: t.text }, source: [k, j], after: false };
}

/**
 * The words naming the source of a cue: the phrase after "according to", else the verb's
 * subject, else, for "cited X as saying", the phrase before "as".
 */
export function sourceOfCue(tokens: readonly ClauseToken[], cue: Cue, c: CompiledLexicon): [number, number] | null {
  if (cue.type === 'according' && c.accordingAfter.has(tokens[cue.at]!.lower)) return subjectBefore(tokens, cue.at, c); // "dem Bericht zufolge"
  if (cue.type === 'according') {
    // "По его словам, …": a cue with a possessive pronoun inside it names its source there.
    for (let k = cue.at + 1; k < cue.at + cue.len - 1; k++) if ((tokens[k]!.flags & PRONOUN_FLAGS) !== 0) return [k, k + 1];
    // "laut „Reuters“": where every noun has a capital, a quotation right after the cue is the
    // source's name (clause.ts sourceWords reads it).
    const named = tokens[cue.at + cue.len];
    if (c.lex.capitalisedNouns === true && named !== undefined && named.quote !== undefined && !named.word) return [cue.at + cue.len, cue.at + cue.len + 1];
    // "according to a complaint filed by the SEC, …": the source runs to the comma.
    let end = cue.at + cue.len;
    while (end < tokens.length && end - cue.at < 30 && tokens[end]!.text !== ',' && tokens[end]!.quote === undefined && !/^[.;:!?]$/.test(tokens[end]!.text) && !clauseGoesOn(tokens, end, cue.at + cue.len, c)) end++;
    if (end <= cue.at + cue.len) return null;
    // "laut dem Chefankläger des Gerichts, Jane Roe, …": where the verb stands second, nothing but
    // an apposition follows the field's phrase after a comma; a name there is the source.
    if (c.lex.verbSecond === true && tokens[end]?.text === ',') {
      const m = nameBetweenCommas(tokens, end + 1);
      if (m !== null) return [cue.at + cue.len, m];
    }
    return [cue.at + cue.len, end];
  }
  const document = documentSource(tokens, cue, c);
  if (document) return document;
  // "…, saying that", "despite admitting": a participle's subject is its sentence's, not the words before it.
  const before0 = tokens[cue.at - 1];
  const word = tokens[cue.at]!.lower;
  const participle = (c.lex.participleEndings ?? []).some((e) => word.endsWith(e));
  if (participle && before0 && (before0.text === ',' || (before0.word && (before0.flags & WORD_STOPWORD) !== 0 && (before0.flags & WORD_DETERMINER) === 0 && !c.asWords.has(before0.lower)))) {
    // "…the Likud party, which tried to rally support by saying…": the relative's antecedent.
    return relativeAntecedent(tokens, cue.at, c);
  }
  const subj = subjectBefore(tokens, cue.at, c);
  // "…auf der Landebahn teilte dessen Stellvertreter mit": where the verb stands second and
  // every noun has a capital, a phrase right after a preposition is its object, never the verb's
  // subject (but for a passive's agent, "wurde von Jane Roe geäußert"): the subject follows the
  // verb, or the cue has none of its own.
  if (subj && c.lex.verbSecond === true && prepositionObject(tokens, subj, c) && !passiveAgent(tokens, subj, cue, c)) {
    const after = beforeParticle(nameAhead(tokens, cue.at + cue.len, c) ?? phraseAfter(tokens, cue.at + cue.len, c), cue);
    return after && opensSubject(tokens[after[0]], c) ? (cue.particleAt === undefined ? withApposition(tokens, after, c) : after) : null;
  }
  if (subj && c.lex.verbSecond === true && adverbialOpening(tokens, subj, c)) {
    // "Am Montag sagte Jane Roe, …", "Bisher erklärte die Polizei …": where the verb stands second,
    // an opening adverbial is no subject; the subject follows the verb.
    const after = beforeParticle(nameAhead(tokens, cue.at + cue.len, c) ?? phraseAfter(tokens, cue.at + cue.len, c), cue);
    return after && (tokens[after[0]]!.flags & WORD_COMPLEMENTIZER) === 0 ? (cue.particleAt === undefined ? withApposition(tokens, after, c) : after) : null;
  }
  if (subj) return subj;
  const before = tokens[cue.at - 1];
  if (before && c.asWords.has(before.lower)) return subjectBefore(tokens, cue.at - 1, c);
  return null;
}

/**
 * The words before a verb open the sentence and are an adverbial, not a noun phrase: they begin
 * with a preposition, a connective or an adverb (a function word that is no article or pronoun).
 */
function adverbialOpening(tokens: readonly ClauseToken[], range: [number, number], c: CompiledLexicon): boolean {
  let k = range[0];
  // "Zur Begründung sagte ein Wissenschaftler": the field before the verb is a prepositional phrase
  // whose noun is what the subject search found; the adverbial opens at the preposition.
  if (c.lex.capitalisedNouns === true) {
    let p = k;
    while (p > 0 && tokens[p - 1]!.word && !isPreposition(tokens[p - 1])) p--;
    if (p > 0 && isPreposition(tokens[p - 1]) && tokens.slice(0, p - 1).every((t) => !t.word && t.quote === undefined && t.text !== ',')) k = p - 1;
  }
  const opening = k;
  while (k > 0 && !tokens[k - 1]!.word && tokens[k - 1]!.quote === undefined && tokens[k - 1]!.text !== ',') k--;
  if (k > 0) return false;
  const first = tokens[opening]!;
  if (!first.word || (first.flags & WORD_DETERMINER) !== 0 || (first.flags & PRONOUN_FLAGS) !== 0) return false;
  // "Auch die Ministerin äußerte …": where the verb stands second, one field stands before it; a
  // connective with a noun phrase after it, up to the verb, is a focus word on the subject.
  const second = tokens[opening + 1];
  if (c.lex.verbSecond === true && range[1] - opening > 1 && c.connectives.has(first.lower) && !c.dateWords.has(first.lower) && !isPreposition(first) && second?.word &&
    ((second.flags & WORD_DETERMINER) !== 0 || (second.cap && (second.flags & WORD_STOPWORD) === 0 && !c.dateWords.has(second.lower)))) return false;
  return (first.flags & WORD_STOPWORD) !== 0 || c.connectives.has(first.lower) || c.dateWords.has(first.lower);
}

const PRONOUN_FLAGS = WORD_MALE | WORD_FEMALE | WORD_PLURAL | WORD_NEUTER;

/** "wurde von Jane Roe geäußert": the phrase follows an agent's preposition and the cue follows it in the same clause. */
function passiveAgent(tokens: readonly ClauseToken[], subj: [number, number], cue: Cue, c: CompiledLexicon): boolean {
  if (!(c.lex.agentPrepositions ?? []).includes(tokens[subj[0] - 1]?.lower ?? '')) return false;
  for (let k = subj[1]; k < cue.at; k++) if (!tokens[k]!.word) return false;
  return true;
}

/**
 * "Nach Angaben des Berliner Amtes soll es sich …": where every noun has a capital and the verb
 * stands second, a word in lower case right after a noun (no article, preposition, particle or
 * conjunction) is the clause's verb; the source phrase ended at the noun. ("der deutschen
 * Polizei": an adjective follows an article, not a noun.)
 */
function clauseGoesOn(tokens: readonly ClauseToken[], k: number, from: number, c: CompiledLexicon): boolean {
  if (c.lex.capitalisedNouns !== true || c.lex.verbSecond !== true || k <= from) return false;
  const t = tokens[k]!, prev = tokens[k - 1]!;
  return t.word && !t.cap && prev.word && prev.cap && (prev.flags & WORD_DETERMINER) === 0 && (t.flags & (WORD_STOPWORD | WORD_DETERMINER | WORD_PARTICLE)) === 0 && !/^\p{N}/u.test(t.text);
}

/** The word can open a subject after the verb: an article, a pronoun or a capitalised word, no connective, auxiliary or preposition. */
function opensSubject(t: ClauseToken | undefined, c: CompiledLexicon): boolean {
  if (!t?.word || c.connectives.has(t.lower) || (t.flags & (WORD_VERB_MODIFIER | WORD_COMPLEMENTIZER)) !== 0) return false;
  return (t.flags & (WORD_DETERMINER | WORD_RELATIVE | PRONOUN_FLAGS)) !== 0 || (t.cap && (t.flags & WORD_STOPWORD) === 0);
}

/** A preposition: a lower-case function word that is no article, pronoun, complementizer or conjunction. */
function isPreposition(t: ClauseToken | undefined): boolean {
  return t !== undefined && t.word && !t.cap && (t.flags & WORD_STOPWORD) !== 0 && (t.flags & (WORD_DETERMINER | PRONOUN_FLAGS | WORD_COMPLEMENTIZER | WORD_CLAUSE_BREAK | WORD_RELATIVE)) === 0;
}

/**
 * Where every noun has a capital, a phrase right after a preposition ("zum Ausdruck", "in Frage",
 * "mit den Worten") is its object, never the one who speaks.
 */
function prepositionObject(tokens: readonly ClauseToken[], range: [number, number], c: CompiledLexicon): boolean {
  return c.lex.capitalisedNouns === true && isPreposition(tokens[range[0] - 1]);
}

/**
 * The name that ends right at a colon: two or more capitalised words (particles between them),
 * after the reporter's words or a dash, not after a cue or a function word ("told Jane Roe:",
 * "to Jane Roe:" address her). Null where capitals do not make names.
 */
function nameBeforeColon(tokens: readonly ClauseToken[], colon: number, c: CompiledLexicon): [number, number] | null {
  if (c.lex.unspaced || c.lex.capitalisedNouns === true) return null;
  let k = colon - 1, caps = 0;
  while (k >= 0 && tokens[k]!.word && (tokens[k]!.cap || (caps > 0 && (tokens[k]!.flags & WORD_PARTICLE) !== 0 && tokens[k - 1]?.cap === true))) {
    const t = tokens[k]!;
    if (t.cap && ((t.flags & (WORD_STOPWORD | CUE_START)) !== 0 || c.dateWords.has(t.lower))) break;
    if (t.cap) caps++;
    k--;
    // "Jane Roe and John Doe:": two names joined.
    if (caps >= 2 && tokens[k]?.word && (tokens[k]!.flags & WORD_CONJUNCTION) !== 0 && tokens[k - 1]?.cap === true && tokens[k - 2]?.cap === true) k--;
  }
  if (caps < 2) return null;
  const before = tokens[k];
  if (before?.word && (!before.cap && ((before.flags & (WORD_STOPWORD | CUE_START)) !== 0))) return null;
  return [k + 1, colon];
}

/** Every word of the range is capitalised, a title or a determiner: a name, not a clause. */
function namesOnly(tokens: readonly ClauseToken[], range: [number, number], c: CompiledLexicon): boolean {
  if (c.lex.unspaced) return true;
  let named = false;
  for (let k = range[0]; k < range[1]; k++) {
    const t = tokens[k]!;
    if (!t.word) continue;
    if (t.cap) named = true;
    else if ((t.flags & WORD_DETERMINER) === 0 && (t.flags & WORD_TITLE) === 0 && (t.flags & WORD_PARTICLE) === 0) return false;
  }
  return named;
}

/** At most six words, no cue or "that" among them, closed by a name of two or more capitalised words. */
function describedName(tokens: readonly ClauseToken[], [a, b]: [number, number], c: CompiledLexicon): boolean {
  if (c.lex.unspaced || c.lex.capitalisedNouns === true || b - a > 6 || b - a < 3) return false;
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (!t.word || (t.flags & (CUE_START | WORD_COMPLEMENTIZER)) !== 0) return false;
  }
  const last = tokens[b - 1]!, before = tokens[b - 2]!;
  return last.cap && before.cap && (last.flags & WORD_STOPWORD) === 0 && (before.flags & (WORD_STOPWORD | WORD_TITLE_LOOSE)) === 0 && !c.dateWords.has(last.lower);
}

function cueAtLeft(tokens: readonly ClauseToken[], end: number, c: CompiledLexicon): Cue | null {
  for (let j = end - 1; j >= 0 && end - j <= 4; j--) {
    const cue = cueAt(tokens, j, c);
    if (cue && cue.at + cue.len <= end) return cue;
  }
  return null;
}

/**
 * "…the “most affected” and the “most vulnerable”, according to the ministry.": an "according
 * to" phrase after a comma that closes the sentence names the source of every quote before it.
 */
function accordingAtEnd(tokens: readonly ClauseToken[], qi: number, c: CompiledLexicon): QuoteAttribution | null {
  for (let j = qi + 1; j < Math.min(tokens.length, qi + 1 + CUE_REACH); j++) {
    if (tokens[j - 1]!.text !== ',' && tokens[j - 1]!.quote === undefined) continue; // “…,” according to
    // "Der Iran müsse „…“ beenden, so Jane Roe.": a word that attributes only after a comma, closing the sentence with a name.
    if (tokens[j - 1]!.text === ',' && c.quoteTagCues.has(tokens[j]!.lower) && tokens[j + 1]?.cap === true) {
      const np = phraseAfter(tokens, j + 1, c);
      if (np && tokens.slice(np[1]).every((t) => !t.word && t.quote === undefined)) return { cue: { type: 'speech', at: j, len: 1, text: tokens[j]!.text }, source: np, after: true };
    }
    const cue = cueAt(tokens, j, c);
    if (!cue || cue.type !== 'according') continue;
    const np = phraseAfter(tokens, j + cue.len, c);
    if (!np) return null;
    // "„…“ laut Jane Roe „…“.": the rest of the quotation right after the name has the same source.
    const rest = tokens.slice(tokens[np[1]]?.quote !== undefined && j === qi + 1 ? np[1] + 1 : np[1]);
    if (rest.some((t) => t.word || t.quote !== undefined)) return null;
    return { cue, source: np, after: true };
  }
  return null;
}

/** How many words may follow the verb in "“…,” Jane Roe fumed on Tuesday." */
const VERB_TAIL_MAX = 8;

/**
 * "“…,” Jane Roe fumed on Tuesday.", "“…?” reporter Jane Roe asked him.": a quote that opens its
 * sentence and ends on a comma, a question or an exclamation inside its marks, then a short
 * subject (a pronoun, a name with its titles, or an article and a head noun), a lower-case verb
 * and a short tail to the sentence's end. The position says the verb reports the quote, whether
 * the lexicon lists it or not. Not where the verb stands second (there it comes first).
 */
function verbAfterSubject(tokens: readonly ClauseToken[], qi: number, c: CompiledLexicon): QuoteAttribution | null {
  if (c.lex.unspaced || c.lex.verbSecond === true) return null;
  let i = qi + 1;
  while (tokens[i]?.text === ',') i++;
  const first = tokens[i];
  if (!first?.word) return null;
  let e = i;
  const p = c.lex.pronouns;
  if (first.lower === p.male[0] || first.lower === p.female[0] || first.lower === p.plural[0]) e = i + 1; // "he", "she", "they"
  else {
    let named = false;
    let head = false;
    while (e < tokens.length && e - i < 6) {
      const t = tokens[e]!;
      const title = (t.flags & (WORD_TITLE | WORD_ORG_HEAD | WORD_ANONYMOUS_HEAD)) !== 0;
      if (t.word && t.cap && (t.flags & (WORD_STOPWORD | CUE_START)) === 0 && !c.connectives.has(t.lower) && !c.dateWords.has(t.lower)) named = true;
      else if (t.word && title) head = true;
      else if (!(e === i && t.word && (t.flags & WORD_DETERMINER) !== 0) && !initialDot(tokens, e)) break;
      e++;
    }
    if (!named && !head) return null;
  }
  const v = tokens[e];
  // A function word is no verb, unless it is a cue word ("asked" stands among the stopwords).
  if (!v?.word || v.cap || (v.flags & WORD_VERB_MODIFIER) !== 0 || ((v.flags & WORD_STOPWORD) !== 0 && (v.flags & CUE_START) === 0) || endsAsParticiple(v.lower, c)) return null;
  let words = 0;
  for (let k = e + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.quote !== undefined || (t.word && (t.flags & WORD_COMPLEMENTIZER) !== 0)) return null;
    if (t.word && ++words > VERB_TAIL_MAX) return null;
  }
  return { cue: { type: 'speech', at: e, len: 1, text: v.text }, source: [i, e], after: true };
}

/**
 * "„…“, strich Jane Roe heraus.": where the verb stands second, a quote that opens its sentence
 * is its first field, so the word after it and its comma is the verb, and the subject follows:
 * a pronoun, a name, or an article and a noun. With a short tail to the sentence's end and no
 * clause of its own, the position says the verb reports the quote, whether the lexicon lists it
 * or not (as verbAfterSubject reads "“…,” Jane Roe fumed" where the subject comes first).
 */
function verbBeforeSubject(tokens: readonly ClauseToken[], qi: number, endsWithPause: boolean, c: CompiledLexicon): QuoteAttribution | null {
  if (c.lex.verbSecond !== true || c.lex.capitalisedNouns !== true) return null;
  let i = qi + 1;
  while (tokens[i]?.text === ',') i++;
  if (i === qi + 1 && !endsWithPause) return null;
  const v = tokens[i];
  if (!v?.word || v.cap || c.connectives.has(v.lower) || (v.flags & (WORD_VERB_MODIFIER | WORD_COMPLEMENTIZER | WORD_DETERMINER | WORD_CONJUNCTION)) !== 0 || ((v.flags & WORD_STOPWORD) !== 0 && (v.flags & CUE_START) === 0) || endsAsParticiple(v.lower, c)) return null;
  const first = tokens[i + 1];
  if (!first?.word || c.connectives.has(first.lower)) return null;
  const p = c.lex.pronouns;
  let source: [number, number] | null = null;
  if (first.lower === p.male[0] || first.lower === p.female[0]) source = [i + 1, i + 2];
  else if ((first.flags & WORD_DETERMINER) !== 0 || (first.cap && (first.flags & WORD_STOPWORD) === 0)) source = phraseAfter(tokens, i + 1, c);
  if (!source || (source[1] - source[0] > 1 && !tokens.slice(source[0], source[1]).some((t) => t.word && t.cap && (t.flags & WORD_STOPWORD) === 0))) return null;
  let words = 0;
  for (let k = source[1]; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.quote !== undefined || (t.word && (t.flags & WORD_COMPLEMENTIZER) !== 0)) return null;
    if (t.word && ++words > VERB_TAIL_MAX) return null;
  }
  return { cue: { type: 'speech', at: i, len: 1, text: v.text }, source: withApposition(tokens, source, c), after: true };
}

/**
 * "“…,” exhorted Jane Roe.", "“…?” remembered Jane Roe, a former aide.": where the subject
 * comes first, a quote that opens its sentence and closes on a comma, question or exclamation,
 * then a lower-case verb with a finite ending of the language and a name after it to the
 * sentence's end (an apposition and a short tail may follow): the position says the verb is
 * inverted and reports the quote, whether the lexicon lists it or not.
 */
function invertedTag(tokens: readonly ClauseToken[], qi: number, c: CompiledLexicon): QuoteAttribution | null {
  const endings = c.lex.finiteVerbEndings ?? [];
  if (c.lex.unspaced || c.lex.verbSecond === true || endings.length === 0) return null;
  let i = qi + 1;
  while (tokens[i]?.text === ',') i++;
  const v = tokens[i];
  if (!v?.word || v.cap || (v.flags & (WORD_STOPWORD | WORD_VERB_MODIFIER | WORD_COMPLEMENTIZER)) !== 0 || !endings.some((e) => v.lower.endsWith(e) && v.lower.length > e.length + 3)) return null;
  const named = namedAfter(tokens, i + 1, c);
  if (!named) return null;
  const source = withApposition(tokens, named, c);
  let words = 0;
  for (let k = source[1]; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.quote !== undefined || (t.word && (t.flags & WORD_COMPLEMENTIZER) !== 0)) return null;
    if (t.word && ++words > VERB_TAIL_MAX) return null;
  }
  return { cue: { type: 'speech', at: i, len: 1, text: v.text }, source, after: true };
}

/** No word of the range can name a source: no capital past the articles, no pronoun, title, body or anonymous head. */
function namesNoOne(tokens: readonly ClauseToken[], [a, b]: [number, number]): boolean {
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (!t.word) continue;
    if (t.cap && (t.flags & (WORD_STOPWORD | WORD_DETERMINER)) === 0) return false;
    if ((t.flags & (WORD_MALE | WORD_FEMALE | WORD_PLURAL | WORD_TITLE | WORD_ORG_HEAD | WORD_ANONYMOUS_HEAD)) !== 0) return false;
  }
  return true;
}

/**
 * The cue of a subject-first attribution after a quote goes on with words of its own: a colon
 * ("replied: “…”"), a complementizer or a pronoun ("said that…", "said he would…"), or, but for
 * a verb of telling (its addressee comes next), any word that is no preposition, date word,
 * connective or adverb ("said both…"), where "said on Monday", "said Tuesday" close the tag.
 */
function reportsOwnClause(tokens: readonly ClauseToken[], a: QuoteAttribution, c: CompiledLexicon): boolean {
  if (!a.source || a.source[0] > a.cue.at || a.cue.type !== 'speech') return false;
  const t = tokens[a.cue.at + a.cue.len];
  if (t?.text === ':') return true;
  if (!t?.word) return false;
  if ((t.flags & WORD_COMPLEMENTIZER) !== 0 || ((t.flags & PRONOUN_FLAGS) !== 0 && (t.flags & WORD_DETERMINER) === 0)) return true;
  if (c.addressee.has(a.cue.text.toLowerCase())) return false;
  return !isPreposition(t) && !c.dateWords.has(t.lower) && !c.connectives.has(t.lower) && !isAdverb(t, c);
}

/**
 * Attributes the quote placeholder at token index qi. A quote that opens its sentence looks for
 * its cue after it; any other looks before it first (the reporter's frame), then after it.
 */
export function attributeQuote(tokens: readonly ClauseToken[], qi: number, c: CompiledLexicon, endsWithStop = false, endsWithPause = false): QuoteAttribution | null {
  let opensSentence = true; // no word before the quotation (read up to the first: a slice cost each quotation all before it)
  for (let k = 0; k < qi && opensSentence; k++) opensSentence = !tokens[k]!.word;
  if (opensSentence) {
    const after = cueAfter(tokens, qi, c) ?? accordingAtEnd(tokens, qi, c) ?? (endsWithPause ? verbAfterSubject(tokens, qi, c) ?? invertedTag(tokens, qi, c) : null) ?? verbBeforeSubject(tokens, qi, endsWithPause, c);
    // "“…support.” Jane Roe said she does support…": after a quote closed by a full stop, a verb
    // that takes a clause of its own opens a new sentence; it reports that clause, not the quote.
    return after && endsWithStop && !endsWithPause && reportsOwnClause(tokens, after, c) ? null : after;
  }
  // "…the ones now called “top secret.” She and her defenders argue…": a quote inside the
  // sentence that closes with a full stop, a capital after it, ends the reporter's sentence;
  // what follows is a new one, and its verb is not the quote's.
  const next = tokens[qi + 1];
  const closed = endsWithStop && next !== undefined && next.word && next.cap;
  const after = closed ? null : cueAfter(tokens, qi, c) ?? accordingAtEnd(tokens, qi, c);
  const before = cueBefore(tokens, qi, c);
  // "…escape, “so they cannot…,” Mr. McHugh said.": a cue right after the quote outranks one
  // earlier in the sentence that belongs to the reporter's framing.
  const between = before ? tokens.slice(before.cue.at + before.cue.len, qi) : [];
  // Not when a verb follows the cue ("The loopholes he cited are “…” The Hill reported"): that cue
  // sits inside the subject, and the one after the quote is the frame.
  const copula = between[0] !== undefined && between[0].word && (between[0].flags & WORD_VERB_MODIFIER) !== 0;
  // "Nothing the president said “will assuage fears,” the senator said.": a quote closed by a
  // comma inside its marks, its cue's subject right after it, hands the frame to that cue.
  // Not a pronoun there ("Feinstein said “…,” she said"): the name before is the fuller mention.
  const tagged = endsWithPause && !endsWithStop && after?.source !== null && after?.source !== undefined && after.source[0] === qi + 1 && after.source[0] < after.cue.at &&
    after.cue.at - qi <= 7 && !(after.source[1] - after.source[0] === 1 && (tokens[after.source[0]]!.flags & PRONOUN_FLAGS) !== 0);
  // "…— as researchers believe, but Moscow strongly denies — “…?” asked Dunn": a cue inside an aside
  // the dash before the quote closes is no frame of the quote.
  const aside = before !== null && between.some((t) => !t.word && DASH.test(t.text)) && tokens.slice(0, before.cue.at).some((t) => !t.word && DASH.test(t.text) && t.text !== '-');
  const framed = before?.source && between.length <= 3 && !copula && !tagged && !aside && !between.some((t) => t.quote !== undefined);
  // …unless a clause stands between ("…that the “…” as prices fell, Yahoo Finance reported"):
  // then the cue before, with its own source, is the quote's.
  const near = after?.source ? after.source[0] - qi <= 4 : true;
  // "The rejection of the treaty signals “…” for the union, said Jane Roe": a frame whose subject
  // names no one (no name, pronoun, title, body or anonymous head) yields to a speech verb's named source.
  if (after?.source && before?.source && after.cue.type === 'speech' && !c.weak.has(after.cue.text.toLowerCase()) && namesNoOne(tokens, before.source) && !namesNoOne(tokens, after.source)) return after;
  // "Jane Roe sagte dazu gegenüber der Zeitung: „…“ betont sie.": a named frame that ends in a
  // colon right before the quote outranks a pronoun after it.
  const colonFramed = before?.source && tokens[qi - 1]?.text === ':' && after?.source && after.source[1] - after.source[0] === 1 && (tokens[after.source[0]]!.flags & PRONOUN_FLAGS) !== 0 &&
    !namesNoOne(tokens, before.source) && !tokens.slice(before.source[0], before.source[1]).some((t) => (t.flags & PRONOUN_FLAGS) !== 0);
  if (colonFramed) return before;
  // "Das Tor war enttäuschend: „…“, sagte Jane Roe": a colon frame with no verb of its own yields
  // to a say-verb right after the quote that names someone other than by a pronoun.
  if (before?.cue.type === 'colon' && after?.source && after.cue.type === 'speech' && tokens[qi + 1]?.text === ',' && after.cue.at === qi + 2 &&
    !tokens.slice(after.source[0], after.source[1]).some((t) => (t.flags & PRONOUN_FLAGS) !== 0)) return after;
  if (after && !framed && (near || !before?.source)) return after;
  return before ?? after ?? tagBefore(tokens, qi, c);
}

/**
 * "Sie solle sich, so Jane Roe, „…“ auf schwere Fälle begrenzen": a report tag ("so", lexicon
 * quoteTagCues) set off by commas in the quotation's clause before it names the source, with a
 * short setting after the name ("so der Autor in einem Blogeintrag,"). Null when none stands there.
 */
function tagBefore(tokens: readonly ClauseToken[], qi: number, c: CompiledLexicon): QuoteAttribution | null {
  if (c.quoteTagCues.size === 0) return null;
  for (let j = qi - 1; j > 0 && qi - j <= 24; j--) {
    const t = tokens[j]!;
    if (t.quote !== undefined || /^[.;:!?]$/.test(t.text)) return null;
    if (!t.word || !c.quoteTagCues.has(t.lower) || tokens[j - 1]?.text !== ',') continue;
    const np = nameAhead(tokens, j + 1, c) ?? phraseAfter(tokens, j + 1, c);
    const first = np ? tokens[np[0]]! : undefined;
    if (!np || !first || (first.flags & WORD_COMPLEMENTIZER) !== 0 || !(first.cap || (first.flags & WORD_DETERMINER) !== 0)) return null;
    const source = withApposition(tokens, np, c);
    let e = source[1];
    while (e < qi && e - source[1] <= 6 && tokens[e]!.word && (tokens[e]!.flags & (WORD_COMPLEMENTIZER | CUE_SPEECH)) === 0) e++;
    return tokens[e]?.text === ',' ? { cue: { type: 'speech', at: j, len: 1, text: t.text }, source, after: false } : null;
  }
  return null;
}
