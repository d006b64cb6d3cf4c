// A lexicon turned into look-up structures once per language: word sets, and phrase tables
// keyed by their first word so that a multi-word cue ("pointed out") is matched in O(1) per token,
// and one table of every word's memberships, read once per token (Token.flags).
import type { Token } from '../tokens';
import type { Lexicon } from './types';

/** Phrases by first word, longest first. Words are lowercase. */
export type PhraseTable = Map<string, string[][]>;

export interface CompiledLexicon {
  lex: Lexicon;
  speech: PhraseTable;
  relay: PhraseTable;
  weak: Set<string>;
  /** Say-verbs that take a reported clause without a complementizer ("said the plan failed"). */
  bareComplement: Set<string>;
  according: PhraseTable;
  claimNouns: Set<string>;
  complementizers: Set<string>;
  parentheticals: PhraseTable;
  titleWords: Set<string>;
  titles: PhraseTable;
  honorifics: Set<string>;
  anonymousMarkers: PhraseTable;
  anonymousHeads: Set<string>;
  orgHeads: Set<string>;
  stopwords: Set<string>;
  determiners: Set<string>;
  femaleTitles: Set<string>;
  namingVerbs: Set<string>;
  maleTitles: Set<string>;
  indefinites: Set<string>;
  clauseBreaks: Set<string>;
  verbModifiers: Set<string>;
  /** Forms of the passive's auxiliary (lexicon passiveAuxiliaries). */
  passiveAuxiliaries: Set<string>;
  /** Verbs that put out a document (lexicon releaseVerbs). */
  releaseVerbs: Set<string>;
  nameParticles: Set<string>;
  asWords: Set<string>;
  affiliation: Set<string>;
  /** Lexicon nameModifiers, lower case. */
  nameModifiers: Set<string>;
  quoteOnly: Set<string>;
  titleCues: Set<string>;
  male: Set<string>;
  female: Set<string>;
  plural: Set<string>;
  neuter: Set<string>;
  relative: Set<string>;
  /** Say-verbs whose addressee stands before the reported clause ("told"). */
  addressee: Set<string>;
  /** Prepositions that lead the addressee after an inverted say-verb ("a", "aos"). */
  addresseePrepositions: Set<string>;
  /** Impersonal cues whose source is a document beside them ("heißt es"), lower case, words joined by one space. */
  documentCues: Set<string>;
  /** Words that cannot open a bare reported clause after a say-verb. */
  notClauseStart: Set<string>;
  /** Words before a cue word that show it reports nobody's words. */
  cueBlockers: Set<string>;
  /** Words that open a free relative around a cue. */
  freeRelatives: Set<string>;
  /** Cue words that are more often nouns. */
  nounLikeCues: Set<string>;
  /** Cue words that are adjectives before the copula (lexicon adjectiveLikeCues.words), and the copula's forms. */
  adjectiveLikeCues: Set<string>;
  copulaForms: Set<string>;
  /** Words after a comma that end a reported clause. */
  contentEnders: Set<string>;
  /** Cues whose object is the evidence brought forward ("cited"). */
  evidenceCues: Set<string>;
  /** "accused X of P": accusation verbs and the words linking object and charge. */
  accusation: Set<string>;
  accusationLinks: Set<string>;
  /** Coordinating conjunctions ("and", "but"). */
  conjunctions: Set<string>;
  /** Time and setting phrases between a say-verb and its clause. */
  cueAdjuncts: PhraseTable;
  /** Postpositions with the source before them ("zufolge"). */
  accordingAfter: Set<string>;
  /** Words that attribute only right after a quote and its comma ("so"). */
  quoteTagCues: Set<string>;
  /** Words of dates and times (lexicon dateWords). */
  dateWords: Set<string>;
  /** Page chrome, lower case, words joined by one space (lexicon pageStrings). */
  pageStrings: Set<string>;
  /** Prepositions before places (lexicon locatives). */
  locatives: Set<string>;
  /** Nouns of documents that can be a source (lexicon documentHeads). */
  documentHeads: Set<string>;
  /** Words that join two sources into one (lexicon coordinators). */
  coordinators: Set<string>;
  /** Sentence adverbs and connectives (lexicon connectives). */
  connectives: Set<string>;
  /** Lexicon objectPronouns, definiteArticles, ofWords, possessivePronouns, neuterSubjects, nounPhraseLinks. */
  objectPronouns: Set<string>;
  definiteArticles: Set<string>;
  ofWords: Set<string>;
  /** Lexicon numberWords. */
  numberWords: Set<string>;
  /** Lexicon ageEndings. */
  ageEndings: readonly string[];
  possessivePronouns: Set<string>;
  neuterSubjects: Set<string>;
  nounPhraseLinks: Set<string>;
  /** Honorifics by the gender they show (lexicon honorificGender). */
  maleHonorifics: Set<string>;
  femaleHonorifics: Set<string>;
  /** First-person singular pronouns (lexicon firstPerson). */
  firstPerson: Set<string>;
  /** Words before a byline's name (lexicon bylinePrefixes). */
  bylinePrefixes: Set<string>;
  /** Finite verb forms of the reporting mood ("sei", "habe"). */
  reportedVerbs: Set<string>;
  /** Forms of that mood that are also the writer's conditional ("wäre"): only after a cue or a report. */
  reportedVerbsAfterReport: Set<string>;
  /** Endings of that mood for verbs not listed ("-e"), read after a cue. */
  reportedEndings: string[];
  /** Pronouns that make those forms indicative ("ich"). */
  reportedIndicativeWith: Set<string>;
  /** Modals of hearsay ("soll") and the auxiliaries of a perfect infinitive ("haben", "sein"). */
  hearsayModals: Set<string>;
  perfectAuxiliaries: Set<string>;
  subordinators: Set<string>;
  genitiveDeterminers: Set<string>;
  accordingAnaphors: Set<string>;
  reportRelatives: Set<string>;
  infinitiveMarkers: Set<string>;
  /** Words that open a parenthetical report ("wie"). */
  reportParentheticals: Set<string>;
  /** Nouns of statement that make "nach …" an according phrase, and the linking words. */
  accordingNouns: string[];
  accordingNounLinks: Set<string>;
  /**
   * Every word of the tables below, with the bits of the tables it is in: a token looks its
   * lower-case text up once, when it is made (Token.flags), and then tests bits.
   */
  wordFlags: Map<string, number>;
  /** Some word of wordFlags starts with no letter, digit or mark: a punctuation token may be in a table. */
  symbolWords: boolean;
  /**
   * Token.flags of every word met so far: wordFlags' entries, and the head bits of words no table
   * lists (found by their compound's head, compoundHeadFlags) as they are met. One look-up per token.
   */
  knownFlags: Map<string, number>;
}

/** Bits of Token.flags: the tables whose cues (or claim nouns) can start with the word. */
export const CUE_ACCORDING = 1;
export const CUE_ACCORDING_AFTER = 2;
export const CUE_RELAY = 4;
export const CUE_SPEECH = 8;
export const CUE_CLAIM_NOUN = 16;
/** All the CUE_* bits: the word can start a cue or is a claim noun. */
export const CUE_START = 31;
/** Bits of Token.flags: the word sets the word is in. */
export const WORD_STOPWORD = 1 << 5;
export const WORD_DETERMINER = 1 << 6;
export const WORD_INDEFINITE = 1 << 7;
export const WORD_HONORIFIC = 1 << 8;
export const WORD_PARTICLE = 1 << 9;
export const WORD_ORG_HEAD = 1 << 10;
export const WORD_TITLE = 1 << 11;
/** A title word as written, or without its full stop ("Gov." as "gov"). */
export const WORD_TITLE_LOOSE = 1 << 12;
export const WORD_MALE = 1 << 13;
export const WORD_FEMALE = 1 << 14;
export const WORD_PLURAL = 1 << 15;
export const WORD_NEUTER = 1 << 16;
export const WORD_COMPLEMENTIZER = 1 << 17;
export const WORD_VERB_MODIFIER = 1 << 18;
export const WORD_NOT_CLAUSE_START = 1 << 19;
export const WORD_RELATIVE = 1 << 20;
export const WORD_ANONYMOUS_HEAD = 1 << 21;
export const WORD_CLAUSE_BREAK = 1 << 22;
export const WORD_CONJUNCTION = 1 << 23;

/** One table of every word the engine tests a token against, with its bits. */
function wordFlags(c: Omit<CompiledLexicon, 'wordFlags' | 'symbolWords' | 'knownFlags'>): Map<string, number> {
  const m = new Map<string, number>();
  const add = (words: Iterable<string>, bit: number) => {
    for (const w of words) m.set(w, (m.get(w) ?? 0) | bit);
  };
  add(c.according.keys(), CUE_ACCORDING);
  add(c.accordingAfter, CUE_ACCORDING_AFTER);
  add(c.relay.keys(), CUE_RELAY);
  add(c.speech.keys(), CUE_SPEECH);
  add(c.claimNouns, CUE_CLAIM_NOUN);
  add(c.stopwords, WORD_STOPWORD);
  add(c.determiners, WORD_DETERMINER);
  add(c.indefinites, WORD_INDEFINITE);
  add(c.honorifics, WORD_HONORIFIC);
  add(c.nameParticles, WORD_PARTICLE);
  add(c.orgHeads, WORD_ORG_HEAD);
  add(c.titleWords, WORD_TITLE | WORD_TITLE_LOOSE);
  add([...c.titleWords].map((w) => `${w}.`), WORD_TITLE_LOOSE);
  add(c.male, WORD_MALE);
  add(c.female, WORD_FEMALE);
  add(c.plural, WORD_PLURAL);
  add(c.neuter, WORD_NEUTER);
  add(c.complementizers, WORD_COMPLEMENTIZER);
  add(c.verbModifiers, WORD_VERB_MODIFIER);
  add(c.notClauseStart, WORD_NOT_CLAUSE_START);
  add(c.relative, WORD_RELATIVE);
  add(c.anonymousHeads, WORD_ANONYMOUS_HEAD);
  add(c.clauseBreaks, WORD_CLAUSE_BREAK);
  add(c.conjunctions, WORD_CONJUNCTION);
  return m;
}

/** A word that starts as a word token does (tokens.ts): with a letter, digit or mark. */
const WORD_START = /^[\p{L}\p{N}\p{M}]/u;

/** The Token.flags of a word, by its lower-case text; a compound no table lists takes its head's noun bits. */
export function flagsOf(c: CompiledLexicon, lower: string): number {
  let found = c.knownFlags.get(lower);
  if (found === undefined) {
    found = compoundHeadFlags(c, lower, (w) => (c.wordFlags.get(w) ?? 0) & HEAD_BITS);
    c.knownFlags.set(lower, found);
  }
  return found;
}

/** The bits a compound takes from its head: what kind of noun it is (a title, a body, an anonymous someone). */
const HEAD_BITS = WORD_TITLE | WORD_TITLE_LOOSE | WORD_ORG_HEAD | WORD_ANONYMOUS_HEAD;

/**
 * What head(part) gives for a compound's head, or 0: the part after a hyphen in any language
 * ("VW-Chef"); where compounds are written as one word (lexicon closedCompounds), the longest
 * ending that is a head ("Justizsprecher", "Landtagsfraktion"), a three-letter one only after a
 * part of five letters ("Kartellamt"; "Vorrat" stays), each also in its cases (nounInflections).
 */
export function compoundHeadFlags(c: CompiledLexicon, lower: string, head: (part: string) => number): number {
  const inflected = (part: string): number => {
    const bits = head(part);
    if (bits !== 0) return bits;
    for (const e of c.lex.nounInflections ?? []) {
      if (part.length > e.length + 2 && part.endsWith(e)) {
        const b = head(part.slice(0, -e.length));
        if (b !== 0) return b;
      }
    }
    return 0;
  };
  const hyphen = Math.max(lower.lastIndexOf('-'), lower.lastIndexOf('\u2011'));
  if (hyphen > 0 && hyphen < lower.length - 2) {
    const bits = inflected(lower.slice(hyphen + 1));
    if (bits !== 0 || c.lex.closedCompounds !== true) return bits;
  }
  if (c.lex.closedCompounds !== true) return 0;
  for (let k = Math.max(3, hyphen + 4); k <= lower.length - 3; k++) {
    const part = lower.slice(k);
    if (part.length < 4 && k < 5) continue;
    const bits = inflected(part);
    if (bits !== 0) return bits;
  }
  return 0;
}

function words(phrase: string): string[] {
  return phrase.toLowerCase().trim().split(/\s+/).filter(Boolean);
}

function table(phrases: string[]): PhraseTable {
  const t: PhraseTable = new Map();
  for (const p of phrases) {
    const w = words(p);
    if (w.length === 0) continue;
    const list = t.get(w[0]!) ?? [];
    list.push(w);
    t.set(w[0]!, list);
  }
  for (const list of t.values()) list.sort((a, b) => b.length - a.length);
  return t;
}

const cache = new WeakMap<Lexicon, CompiledLexicon>();

export function compile(lex: Lexicon): CompiledLexicon {
  const hit = cache.get(lex);
  if (hit) return hit;
  const set = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
  const base: Omit<CompiledLexicon, 'wordFlags' | 'symbolWords' | 'knownFlags'> = {
    lex,
    speech: table(lex.speechVerbs),
    relay: table(lex.relayVerbs),
    weak: set(lex.weakCues),
    bareComplement: set(lex.bareComplementVerbs),
    according: table(lex.accordingTo),
    claimNouns: set(lex.claimNouns),
    complementizers: set(lex.complementizers),
    parentheticals: table(lex.parentheticals),
    titleWords: new Set(lex.titles.flatMap(words)),
    titles: table(lex.titles),
    honorifics: set(lex.honorifics),
    anonymousMarkers: table(lex.anonymous.markers),
    anonymousHeads: set(lex.anonymous.heads),
    orgHeads: new Set(lex.organizationHeads.flatMap(words)),
    stopwords: set(lex.stopwords),
    determiners: set(lex.determiners),
    femaleTitles: set(lex.genderedTitles?.female ?? []),
    namingVerbs: set(lex.namingVerbs ?? []),
    maleTitles: set(lex.genderedTitles?.male ?? []),
    indefinites: set(lex.indefinites),
    clauseBreaks: set(lex.clauseBreaks.filter((w) => !w.includes(' '))),
    verbModifiers: set(lex.verbModifiers),
    passiveAuxiliaries: set(lex.passiveAuxiliaries ?? []),
    releaseVerbs: set(lex.releaseVerbs ?? []),
    nameParticles: set(lex.nameParticles),
    asWords: set(lex.asWords),
    affiliation: set(lex.affiliation ?? []),
    nameModifiers: set(lex.nameModifiers ?? []),
    quoteOnly: set(lex.quoteOnlyCues ?? []),
    titleCues: set(lex.titleCues ?? []),
    male: set(lex.pronouns.male),
    female: set(lex.pronouns.female),
    plural: set(lex.pronouns.plural),
    neuter: set(lex.pronouns.neuter),
    relative: set(lex.pronouns.relative),
    addressee: set(lex.addresseeVerbs ?? []),
    addresseePrepositions: set(lex.addresseePrepositions ?? []),
    documentCues: new Set((lex.documentCues ?? []).map((p) => words(p).join(' '))),
    notClauseStart: set(lex.notClauseStart ?? []),
    cueBlockers: set(lex.cueBlockers ?? []),
    freeRelatives: set(lex.freeRelatives ?? []),
    nounLikeCues: set(lex.nounLikeCues ?? []),
    adjectiveLikeCues: set(lex.adjectiveLikeCues?.words ?? []),
    copulaForms: set(lex.adjectiveLikeCues?.copula ?? []),
    contentEnders: set(lex.contentEnders ?? []),
    evidenceCues: set(lex.evidenceCues ?? []),
    accusation: set(lex.accusationVerbs ?? []),
    accusationLinks: set(lex.accusationLinks ?? []),
    conjunctions: set(lex.conjunctions ?? []),
    cueAdjuncts: table(lex.cueAdjuncts ?? []),
    accordingAfter: set(lex.accordingToAfter ?? []),
    quoteTagCues: set(lex.quoteTagCues ?? []),
    dateWords: set(lex.dateWords ?? []),
    pageStrings: new Set((lex.pageStrings ?? []).map((p) => words(p).join(' '))),
    locatives: set(lex.locatives ?? []),
    documentHeads: set(lex.documentHeads ?? []),
    coordinators: set(lex.coordinators ?? []),
    connectives: set(lex.connectives ?? []),
    firstPerson: set(lex.firstPerson ?? []),
    objectPronouns: set(lex.objectPronouns ?? []),
    definiteArticles: set(lex.definiteArticles ?? []),
    ofWords: set(lex.ofWords ?? []),
    numberWords: set(lex.numberWords ?? []),
    ageEndings: lex.ageEndings ?? [],
    possessivePronouns: set(lex.possessivePronouns ?? []),
    neuterSubjects: set(lex.neuterSubjects ?? []),
    nounPhraseLinks: set(lex.nounPhraseLinks ?? []),
    maleHonorifics: set(lex.honorificGender?.male ?? []),
    femaleHonorifics: set(lex.honorificGender?.female ?? []),
    bylinePrefixes: set(lex.bylinePrefixes ?? []),
    reportedVerbs: set(lex.reportedVerbForms ?? []),
    reportedVerbsAfterReport: set(lex.reportedVerbFormsAfterReport ?? []),
    reportedEndings: (lex.reportedVerbEndings ?? []).map((x) => x.toLowerCase()),
    reportedIndicativeWith: set(lex.reportedVerbIndicativeWith ?? []),
    hearsayModals: set(lex.hearsayModals ?? []),
    perfectAuxiliaries: set(lex.perfectAuxiliaries ?? []),
    subordinators: set(lex.subordinators ?? []),
    genitiveDeterminers: set(lex.genitiveDeterminers ?? []),
    accordingAnaphors: set(lex.accordingAnaphors ?? []),
    reportRelatives: set(lex.reportRelatives ?? []),
    infinitiveMarkers: set(lex.infinitiveMarkers ?? []),
    reportParentheticals: set(lex.reportParentheticals ?? []),
    accordingNouns: (lex.accordingNouns ?? []).map((x) => x.toLowerCase()),
    accordingNounLinks: set(lex.accordingNounLinks ?? []),
  };
  const flags = wordFlags(base);
  const c: CompiledLexicon = { ...base, wordFlags: flags, symbolWords: [...flags.keys()].some((w) => !WORD_START.test(w)), knownFlags: new Map(flags) };
  cache.set(lex, c);
  return c;
}

/** Length in tokens of the longest phrase of the table that starts at tokens[i], or 0. */
export function phraseAt(table: PhraseTable, tokens: readonly Token[], i: number): number {
  const first = tokens[i];
  if (!first || !first.word) return 0;
  const candidates = table.get(first.lower);
  if (!candidates) return 0;
  for (const phrase of candidates) {
    let ok = true;
    for (let k = 1; k < phrase.length; k++) {
      if (tokens[i + k]?.lower !== phrase[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return phrase.length;
  }
  return 0;
}

/** The word ends as a participle of the language does ("-ing"). */
export function endsAsParticiple(lower: string, c: CompiledLexicon): boolean {
  for (const e of c.lex.participleEndings ?? []) if (lower.endsWith(e)) return true;
  return false;
}

const LETTER = /[\p{L}\p{N}]/u;

/**
 * The word is written as a possessor: a letter or digit, then one of the lexicon's possessive endings
 * ("Roe’s", "FOX13’s"); with `bare`, also a possessive mark alone after one ("Jones’").
 */
export function endsAsPossessive(text: string, c: CompiledLexicon, bare = false): boolean {
  const p = c.lex.possessive;
  if (!p) return false;
  return endsWithOneAfterLetter(text, p.endings) || (bare && endsWithOneAfterLetter(text, p.marks));
}

function endsWithOneAfterLetter(text: string, endings: readonly string[]): boolean {
  for (const e of endings) if (text.length > e.length && text.endsWith(e) && LETTER.test(text[text.length - e.length - 1]!)) return true;
  return false;
}

/** The word without its possessive ending or mark ("Roe’s" → "Roe", "Jones’" → "Jones"); the word itself otherwise. */
export function withoutPossessive(text: string, c: CompiledLexicon): string {
  const p = c.lex.possessive;
  if (!p) return text;
  for (const e of p.endings) if (text.length > e.length && text.endsWith(e)) return text.slice(0, -e.length);
  for (const e of p.marks) if (text.length > e.length && text.endsWith(e)) return text.slice(0, -e.length);
  return text;
}

/** The token is a possessive ending or mark alone ("’s", "’"), split from its word. */
export function isPossessiveToken(text: string, c: CompiledLexicon): boolean {
  const p = c.lex.possessive;
  return p !== undefined && (p.endings.includes(text) || p.marks.includes(text));
}

/** A possessive mark written as a token of its own after a word ending as the lexicon says ("Jones" + "’"). */
export function possessiveMarkAfter(word: string, mark: string, c: CompiledLexicon): boolean {
  const p = c.lex.possessive;
  return p !== undefined && p.marks.includes(mark) && p.after.some((e) => word.endsWith(e));
}

/** "he’s", "they're": the pronoun of a contraction, the word itself otherwise (lexicon contractionEndings). */
export function withoutContraction(lower: string, c: CompiledLexicon): string {
  for (const e of c.lex.contractionEndings ?? []) if (lower.length > e.length && lower.endsWith(e)) return lower.slice(0, -e.length);
  return lower;
}

/** The word has an ending only a common noun has, with a stem of three letters or more ("Zuversicht", "Auffassung"). */
export function endsAsAbstractNoun(lower: string, c: CompiledLexicon): boolean {
  for (const e of c.lex.abstractNounEndings ?? []) if (lower.length > e.length + 2 && lower.endsWith(e)) return true;
  return false;
}

/** A number, in figures ("10", "2,000") or as a word of the lexicon's numberWords ("six"). */
export function isNumberWord(lower: string, c: CompiledLexicon): boolean {
  return DIGIT_FIRST.test(lower) || c.numberWords.has(lower);
}
const DIGIT_FIRST = /^\p{N}/u;

/** The word ends as a reflexive pronoun of the language does ("-self"). */
export function endsAsReflexive(lower: string, c: CompiledLexicon): boolean {
  for (const e of c.lex.reflexiveEndings ?? []) if (lower.endsWith(e)) return true;
  return false;
}

/** A personal pronoun of the language ("he", "she", "they", "it"), lower case. */
export function isPersonalPronoun(lower: string, c: CompiledLexicon): boolean {
  return c.male.has(lower) || c.female.has(lower) || c.plural.has(lower) || c.neuter.has(lower);
}
