// The last word on a speaker: a person, a body, a described anonymous source or a document, or
// nobody. What a sentence puts where a source stands may be a date ("Friday"), a number, a
// place on its own, a connective ("Meanwhile"), a page string ("Play Video"), a pronoun nobody
// resolved or a fragment of the sentence; a reader forgives "unattributed" but not a wrong name,
// so each of those becomes null. The tests run in the order listed; the first that holds names
// the reason, recorded on the finding (Finding.rule).
import type { ArticleWords } from './article-words';
import { compoundHeadFlags, endsAsAbstractNoun, endsAsParticiple, isNumberWord, isPersonalPronoun, type CompiledLexicon } from './lexicon/compiled';
import { genderOfGivenName } from './lexicon/given-names';
import type { Speaker } from './entities';
import type { SpeakerKind } from './types';

/** Why a speaker is no plausible source. */
export type Implausible = 'pronoun' | 'number' | 'date' | 'page-string' | 'connective' | 'say-verb' | 'adverb' | 'place' | 'opening-capital' | 'common-noun' | 'lone-noun' | 'fragment';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.\-&]*/gu;
const NUMERIC = /^\p{N}/u;
const CAPITAL = /^\p{Lu}/u;
const YEAR = /^\d{4}$/;
/** A word of a name or a noun where every noun has a capital: a capital anywhere, a digit, or a dot ("ndr.de"). */
const NAME_WORD = /[\p{Lu}\p{N}]|\.\p{L}/u;

/** A person as the article named them: a single name word carries less evidence than two. */
export interface SpeakerShape {
  name: string;
  kind: SpeakerKind;
  /** The sentence named the speaker with a pronoun. */
  pronoun?: boolean;
  /** The sentence named the speaker with a determiner and a noun ("die Kammer"): a definite description. */
  definite?: boolean;
  /** The sentence's mention says more than the name ("Erklärungen des Vorsitzenden"): the name is its head, not all of it. */
  described?: boolean;
  /** The finding is a direct quotation, not a reported claim ("laut Expertenmeinung" may source a claim). */
  quotation?: boolean;
  /** No cue of speech decided it: the speaker stands only by its place in the sentence. */
  cueless?: boolean;
}

/** Each test in its order, with its name and the words it reads (lower case, as written). */
const TESTS: ReadonlyArray<readonly [Implausible, (w: Words, s: SpeakerShape, c: CompiledLexicon, a: ArticleWords) => boolean]> = [
  // "them", "it": a pronoun left as the speaker resolved to nobody.
  ['pronoun', (w, _s, c) => w.lower.length === 1 && isPronoun(w.lower[0]!, c)],
  // "2,000", "More than 30", "Six": a quantity. ("About four in 10", a share of those asked, is a source.)
  ['number', (w, _s, c) => w.lower.every((x) => isNumberWord(x, c) || c.stopwords.has(x)) && w.lower.some((x) => isNumberWord(x, c)) && !shareOfMany(w.lower, c)],
  // "Friday", "last September": a time. A person needs every word a date word ("May" alone) to be one.
  // ("Dec." is the date word "dec" with its abbreviation's full stop.)
  ['date', (w, s, c) =>
    s.kind === 'person' ? w.lower.every((x) => isDateWord(x, c) || NUMERIC.test(x)) : w.lower.some((x) => isDateWord(x, c) || YEAR.test(x)) && !w.lower.some((x) => sourceNoun(x, c, true))],
  // "Play Video": the page's chrome.
  ['page-string', (w, _s, c) => c.pageStrings.has(w.lower.join(' '))],
  // "Meanwhile", "Although no group": a connective opens a clause, it names nobody.
  ['connective', (w, _s, c) => c.connectives.has(w.lower[0]!) || (w.lower.length === 1 && c.stopwords.has(w.lower[0]!))],
  // "Disse aos jornalistas que …": where the subject may be left out, a clause may open with its
  // say-verb; the verb alone, capitalised there, names nobody.
  ['say-verb', (w, _s, c) => c.lex.proDrop === true && w.lower.length === 1 && (c.speech.get(w.lower[0]!) ?? []).some((p) => p.length === 1)],
  // "privately": an adverb by its ending, written in lower case; or "Hastily", capitalised only
  // where a clause opens and no given name.
  // (Not where every noun has a capital: there a noun may open every clause it stands in.)
  ['adverb', (w, _s, c, a) => w.lower.length === 1 && (!w.cap[0] || (c.lex.capitalisedNouns !== true && a.neverCapitalisedInside(w.lower[0]!) && genderOfGivenName(w.lower[0]!) === null)) && !sourceNoun(w.lower[0]!, c) &&
    (c.lex.adverbEndings ?? []).some((e) => w.lower[0]!.endsWith(e) && w.lower[0]!.length > e.length + 3)],
  // "Iowa" in "Sen. Jane Roe, Republican of Iowa": a place the article writes after "in" or "from", standing alone.
  // A country may speak for its government ("China said"), and a body may be named after "in"
  // ("wrote in the Gazette"): a place is turned down where a pronoun was taken to mean it.
  ['place', (w, s, c, a) => s.pronoun === true && w.lower.length === 1 && w.cap[0]! && !c.orgHeads.has(w.lower[0]!) && a.placeLike(w.lower[0]!)],
  // "Preceded", "Outside": one word that has a capital only where a clause opens.
  // With no cue, one word the article never capitalises inside a sentence, no given name or
  // acronym, is as little evidence ("Guns are “the ultimate public health crisis”").
  ['opening-capital', (w, s, c, a) => !c.lex.unspaced && w.lower.length === 1 && w.cap[0]! && !sourceNoun(w.lower[0]!, c) &&
    (a.capitalOnlyAtOpening(w.lower[0]!) || (s.cueless === true && c.lex.capitalisedNouns !== true && a.neverCapitalisedInside(w.lower[0]!) && genderOfGivenName(w.lower[0]!) === null && !ACRONYM.test(w.raw[0]!)))],
  // "Frage" where every noun has a capital: one word the article writes after an article is a noun, no name.
  // ("die Kammer", a determiner and the noun alone, is a definite description of a body and stays.)
  ['common-noun', (w, s, c, a) => c.lex.capitalisedNouns === true && s.definite !== true && w.lower.length === 1 && a.nounLike(w.lower[0]!) && !sourceNoun(w.lower[0]!, c)],
  // "Zuversicht", "Landebahn", "wörtlich", "Merkel.Als" where every noun has a capital: one word that is
  // no given name, no noun of a source, no acronym, and that the article never writes inside a
  // name ("Kanzlerin Merkel", "Angela Merkel") is no evidence of anyone; a capital proves nothing there.
  ['lone-noun', (w, s, c, a) => c.lex.capitalisedNouns === true && s.quotation === true && s.pronoun !== true && s.definite !== true && s.described !== true && w.lower.length === 1 && isLoneNoun(w.raw[0]!, w.lower[0]!, c, a)],
  // "types of dirt", "certification comes with": lower-case words with no noun of a source at their head.
  // (Any word may be the head: Romance languages put it first, "el banco central".)
  ['fragment', (w, s, c) => !c.lex.unspaced && c.lex.capitalisedNouns !== true && s.kind !== 'anonymous' && w.cap.every((x) => !x) && !w.lower.some((x) => sourceNoun(x, c))],
  // "the city embodied the", "to campaign": a phrase that ends on a function word, or opens
  // with the mark of an infinitive, is a piece of a clause. (Not where every noun has a capital
  // or the subject may be left out: there a phrase cut short at a quote, or a pronoun, ends so.)
  ['fragment', (w, _s, c) => !c.lex.unspaced && c.lex.capitalisedNouns !== true && c.lex.proDrop !== true && w.lower.length > 1 && ((c.stopwords.has(w.lower[w.lower.length - 1]!) && !w.cap[w.lower.length - 1]) || (c.infinitiveMarkers.has(w.lower[0]!) && !w.cap[0]))],
  // "advocating NATO enlargement", "features a New York Times": a lower-case verb form (a
  // participle, or a word before an article) opening the phrase is a clause with its object.
  ['fragment', (w, _s, c) => !c.lex.unspaced && c.lex.capitalisedNouns !== true && w.lower.length > 1 && !w.cap[0] && !sourceNoun(w.lower[0]!, c) && !c.stopwords.has(w.lower[0]!) &&
    ((endsAsParticiple(w.lower[0]!, c) && !sourceNoun(w.lower[w.lower.length - 1]!, c)) || c.definiteArticles.has(w.lower[1]!) || (c.indefinites.has(w.lower[1]!) && !c.determiners.has(w.lower[0]!)))],
  // "she issued a statement": a subject pronoun inside a longer phrase makes it a clause.
  ['fragment', (w, _s, c) => !c.lex.unspaced && w.lower.length > 1 && w.lower.some((x, k) => !w.cap[k] && isPersonalPronoun(x, c) && !c.determiners.has(x))],
];

interface Words {
  raw: string[];
  lower: string[];
  cap: boolean[];
}

const ACRONYM = /^[\p{Lu}\d&\-]{2,8}$/u;

function isLoneNoun(raw: string, lower: string, c: CompiledLexicon, a: ArticleWords): boolean {
  if (ACRONYM.test(raw) || genderOfGivenName(lower) !== null || sourceNoun(lower, c)) return false;
  // A word in lower case is left to the tests of fragments ("letztere" may be an anaphor the gold names).
  if (!CAPITAL.test(raw)) return false;
  // "Zuversicht", "Meinung": an ending only a common noun has, never written inside a name.
  return !a.seenInNameRun(lower) && endsAsAbstractNoun(lower, c);
}

/** "four in 10", "one of 5": two numbers with a preposition between them, a share of people. */
function shareOfMany(lower: readonly string[], c: CompiledLexicon): boolean {
  for (let k = 2; k < lower.length; k++) if (isNumberWord(lower[k]!, c) && isNumberWord(lower[k - 2]!, c) && c.stopwords.has(lower[k - 1]!) && !isNumberWord(lower[k - 1]!, c)) return true;
  return false;
}

function isDateWord(w: string, c: CompiledLexicon): boolean {
  return c.dateWords.has(w) || (w.endsWith('.') && c.dateWords.has(w.slice(0, -1)));
}

function isPronoun(w: string, c: CompiledLexicon): boolean {
  return isPersonalPronoun(w, c) || c.relative.has(w);
}

/** A noun that can head a source: a body, an anonymous someone, a title, a document, a noun for a person by what they do. */
export function sourceNoun(word: string, c: CompiledLexicon, notDate = false): boolean {
  // "September" has the ending of a noun for a person ("-er"); a date word is none.
  if (notDate && c.dateWords.has(word)) return false;
  // "l’institut": the noun after an elided article.
  const w = word.slice(Math.max(word.lastIndexOf("'"), word.lastIndexOf('’')) + 1);
  if (isSourceHead(w, c)) return true;
  const endings = c.lex.personEndings ?? [];
  for (const e of endings) if (w.length > e.length + 2 && w.endsWith(e)) return true;
  // "SPD-Landtagsfraktion", "Kartellamt": a compound's last part is its head.
  return compoundHeadFlags(c, w, (part) => (isSourceHead(part, c) ? 1 : 0)) !== 0;
}

function isSourceHead(w: string, c: CompiledLexicon): boolean {
  return c.orgHeads.has(w) || c.anonymousHeads.has(w) || c.titleWords.has(w) || c.documentHeads.has(w);
}

/** Why the speaker is no plausible source, or null when it is one. */
export function implausibleSpeaker(s: SpeakerShape, c: CompiledLexicon, article: ArticleWords): Implausible | null {
  const found = s.name.match(WORD);
  if (!found) return 'fragment';
  const w: Words = { raw: found, lower: found.map((x) => x.toLowerCase()), cap: found.map((x) => CAPITAL.test(x)) };
  for (const [name, test] of TESTS) if (test(w, s, c, article)) return name;
  return null;
}

/** A resolved speaker whose name, as findings show it, passes the tests (a rule that names someone before the findings are made). */
export function plausibleSource(s: Speaker, c: CompiledLexicon, article: ArticleWords): boolean {
  if (!s.name) return false;
  const name = nounPhraseOnly(withoutLeadingConnectives(s.person?.name ?? s.name, c), c);
  return implausibleSpeaker({ name, kind: s.kind, pronoun: false, definite: false, described: false, quotation: true }, c, article) === null;
}

/**
 * Where every noun has a capital, a label is a noun phrase. Its words are the names and nouns
 * (a capital anywhere, a digit, a dot: "el-Baradei", "ndr.de", "72-186"); a word in lower case
 * between them joins them when a name or noun follows it ("Verband kommunaler Unternehmen",
 * "Ärzte ohne Grenzen", "Jaap de Hoop Scheffer"), a genitive article when it follows a noun too
 * ("Anwältin der Frau"). Any other article opens a phrase of its own, and any other word in lower
 * case is where the sentence went on past the source: the label ends before it ("Polizei konnte
 * weder", "Gewerkschaft … den Abbau", "Jury-Mitglied eine"). A preposition, an article or an
 * adjective before the first noun is no part of the source either ("In einem Positionspapier").
 * A label with no such word at all is left to the tests above.
 */
export function nounPhraseOnly(name: string, c: CompiledLexicon): string {
  if (c.lex.capitalisedNouns !== true) return name;
  const found = [...name.matchAll(WORD)];
  const named = (k: number): boolean => k < found.length && NAME_WORD.test(found[k]![0]) && !(CAPITAL.test(found[k]![0]) && c.stopwords.has(found[k]![0].toLowerCase()));
  let from = 0;
  while (from < found.length && !named(from)) from++;
  if (from === found.length) return name;
  let end = from + 1;
  for (let k = from + 1; k < found.length; k++) {
    if (named(k)) {
      end = k + 1;
      continue;
    }
    const lower = found[k]![0].toLowerCase();
    // A particle: "de Hoop", "von der Leyen", "van den Berg" (an article only after a particle that is none).
    const particleAt = (j: number): boolean => {
      const w = found[j]?.[0].toLowerCase() ?? '';
      return c.nameParticles.has(w) && (!c.determiners.has(w) || (j > k && particleAt(j - 1)));
    };
    const particle = particleAt(k) && (named(k + 1) || (particleAt(k + 1) && named(k + 2)));
    if (particle) {
      if (!named(k + 1)) k++; // past the second particle, to the name
      continue;
    }
    if (c.determiners.has(lower) && !(c.genitiveDeterminers.has(lower) && named(k - 1) && (named(k + 1) || named(k + 2)))) break;
    if (!named(k + 1) && !(c.genitiveDeterminers.has(lower) && named(k + 2))) break;
  }
  if (from === 0 && end === found.length) return name;
  return name.slice(found[from]!.index, found[end - 1]!.index! + found[end - 1]![0].length);
}

/** The name without connectives the sentence put before it ("Maybe Jane Roe" is Jane Roe, "Only 52 voters" is 52 voters). */
export function withoutLeadingConnectives(name: string, c: CompiledLexicon): string {
  // The words are read one by one, only as far as the connectives go (the last word always stays).
  NEXT_WORD.lastIndex = 0;
  let word = NEXT_WORD.exec(name);
  if (!word) return name;
  let k = 0;
  while (c.connectives.has(word[0].toLowerCase())) {
    const next = NEXT_WORD.exec(name);
    if (!next) break;
    word = next;
    k++;
  }
  return k === 0 ? name : name.slice(word.index);
}

/**
 * "Web Football.London to" (Czech "to", it, after the name), "Acme and": a name with a capital
 * in it does not end on a function word in lower case; those words are the sentence's.
 */
export function withoutTrailingFunctionWords(name: string, c: CompiledLexicon): string {
  const words = name.split(' ');
  let end = words.length;
  while (end > 1 && c.stopwords.has(words[end - 1]!) && !CAPITAL.test(words[end - 1]!)) end--;
  if (end === words.length || !words.slice(0, end).some((w) => CAPITAL.test(w))) return name;
  return words.slice(0, end).join(' ');
}

/** WORD, read with exec from lastIndex (a regex of its own: matchAll starts a copy of WORD at WORD's lastIndex). */
const NEXT_WORD = new RegExp(WORD.source, WORD.flags);
