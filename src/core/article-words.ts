// What one article shows about its own words, gathered while its sentences are read and used
// when speakers are resolved: which capitalised words stand mid-sentence (names do; a word
// capitalised only where a sentence opens is no evidence of one), which stand after a locative
// preposition ("in Iowa": a place), and, where every noun has a capital, which stand right
// after a determiner ("der Frage": a noun). Bounded: a word is counted once per role.
import { WORD_DETERMINER, endsAsPossessive, type CompiledLexicon } from './lexicon/compiled';
import type { Token } from './tokens';


/** Words kept per role; a page of a million names costs no more than this. */
const MAX_WORDS = 20_000;

export class ArticleWords {
  private readonly midSentence = new Set<string>();
  private readonly lowerSeen = new Set<string>();
  private readonly afterLocative = new Set<string>();
  private readonly afterDeterminer = new Set<string>();
  private readonly inNameRun = new Set<string>();

  constructor(private readonly c: CompiledLexicon) {}

  /** Reads one sentence's tokens (quotations stand as one placeholder and are skipped). */
  observe(tokens: readonly Token[]): void {
    let first = true;
    /** The word before opened its clause: its capital is no evidence of a name ("Nach Meinung"). */
    let prevOpened = false;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!t.word) {
        prevOpened = false;
        // A new clause after a colon or a quotation opens like a sentence.
        if (t.text === ':' || (t as { quote?: number }).quote !== undefined) first = true;
        continue;
      }
      if (!t.cap) {
        if (this.lowerSeen.size < MAX_WORDS) this.lowerSeen.add(t.lower);
      } else if (!first && this.midSentence.size < MAX_WORDS) this.midSentence.add(t.lower);
      const opened = first;
      first = false;
      const prevWasOpening = prevOpened;
      prevOpened = opened;
      if (!t.cap) continue;
      const prev = tokens[i - 1];
      // "in Iowa," and "in Iowa.": a place closes its phrase; "in Jane Roe’s office" does not.
      const next = tokens[i + 1];
      if (prev?.word && !prev.cap && this.c.locatives.has(prev.lower) && (!next || !next.word) && !/['’]/.test(t.text) && this.afterLocative.size < MAX_WORDS) this.afterLocative.add(t.lower);
      if (prev?.word && (prev.flags & WORD_DETERMINER) !== 0 && this.afterDeterminer.size < MAX_WORDS) this.afterDeterminer.add(t.lower);
      // "Angela Merkel", "Kanzlerin Merkel": a capitalised word right after another one that is no
      // determiner and no possessor ("Clinton’s Iraq vote" names no one Iraq).
      if (prev?.word && prev.cap && !prevWasOpening && (prev.flags & WORD_DETERMINER) === 0 && !endsAsPossessive(prev.text, this.c, true) && this.inNameRun.size < MAX_WORDS) this.inNameRun.add(t.lower);
    }
  }

  /** The word is written with a capital only where a clause opens, and the article writes it in lower case too. */
  capitalOnlyAtOpening(lower: string): boolean {
    return !this.midSentence.has(lower) && this.lowerSeen.has(lower);
  }

  /** The word is capitalised nowhere but where a clause opens. */
  neverCapitalisedInside(lower: string): boolean {
    return !this.midSentence.has(lower);
  }

  /** The article writes the word after a locative preposition ("from Iowa"). */
  placeLike(lower: string): boolean {
    return this.afterLocative.has(lower);
  }

  /** The article writes the word right after another capitalised word that is no determiner, as in a name. */
  seenInNameRun(lower: string): boolean {
    return this.inNameRun.has(lower);
  }

  /** The article writes the word right after a determiner ("der Frage"). */
  nounLike(lower: string): boolean {
    return this.afterDeterminer.has(lower);
  }
}
