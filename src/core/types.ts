// The plain data that src/core hands out: what the CLI prints, what the content script anchors
// and what the background stores. Serialisable, no DOM, no class instances.

/** What a finding is: a quotation, reported speech without quotation marks, or scare quotes. */
export type FindingKind = 'quote' | 'claim' | 'scare';

/** Who the speaker is, as far as the article tells. */
export type SpeakerKind = 'person' | 'organization' | 'anonymous' | 'unknown';

/** W3C Web Annotation TextQuoteSelector: the exact span and up to ~32 characters either side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C Web Annotation TextPositionSelector: offsets in the article text (UTF-16 code units). */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** One quote, claim or scare quote found in an article. */
export interface Finding {
  /** Stable id derived from kind and position, so re-running the engine on a page gives the same ids. */
  id: string;
  kind: FindingKind;
  /** A quote: the words between the marks. A claim: the reported content. */
  text: string;
  /** The speaker as the article best names them (full name after coreference), or null. A name, never a description. */
  speaker: string | null;
  /** The same for every finding of one entity within the article ("s1", "s2", …), null when unattributed. */
  speakerId: string | null;
  speakerKind: SpeakerKind;
  /** How the article describes the speaker ("the Kremlin spokesman"), or null. Never part of `speaker`. */
  speakerDescription: string | null;
  /** The words in the sentence that named the speaker ("he", "the Kremlin spokesman"), if any. */
  mention: string | null;
  /** The attribution cue ("said", "according to"), or null. */
  cue: string | null;
  /** True for a fragment quoted inside the reporter's own sentence. */
  partial: boolean;
  /**
   * The rule that decided the finding and its speaker (a quote sieve of quote-speaker.ts or a
   * claim rule), with "/not-a-source:<reason>" when the speaker it found was no plausible source.
   */
  rule: string;
  /** Index of the paragraph (in Article.paragraphs) that holds the start of the finding. */
  paragraph: number;
  selector: TextQuoteSelector;
  position: TextPositionSelector;
  /** With `explain` only: what the rules weighed (the CLI's --explain, the eval's --by-rule). */
  explain?: Explanation;
}

/** What the rules weighed for one finding. */
export interface Explanation {
  /** Each sieve that was tried, in order, and what it said ("no" when it did not apply). */
  candidates: Array<{ rule: string; speaker: string | null }>;
  /** A speaker the rules found and the plausibility test or the confidence model turned down, with the reason. */
  rejected: { speaker: string; reason: string } | null;
  /** The features the confidence model weighed (speaker-confidence.ts), empty without a plausible speaker. */
  features: string[];
  /** The model's probability that the speaker is right. */
  confidence: number;
  /**
   * When the cue's phrase and the sentence's subject named different speakers: both, the
   * features the learned choice weighed (speaker-choice.ts) and its probability that the subject spoke.
   */
  choice?: { cue: string; subject: string; features: string[]; p: number };
  /**
   * A short quotation no sieve attributed: the features the learned choice between someone's
   * words and a scare quote weighed (short-quote.ts), its candidate speaker and its probability.
   */
  shortQuote?: { features: string[]; speaker: string | null; p: number };
}

/** How to run the engine. */
export interface ExtractOptions {
  /** Record on each finding what the rules weighed (Finding.explain). */
  explain?: boolean;
  /**
   * Let the learned choice take the sentence's subject over the cue's phrase (default true).
   * `npm run train` turns it off to sample the choice from the sieves' own answers. It also
   * turns off the learned choice that makes a short quotation someone's words (short-quote.ts).
   */
  learnedChoice?: boolean;
}

/** A paragraph of the article text: its offsets in Article.text and how it was marked up. */
export interface Paragraph {
  start: number;
  end: number;
  /** The paragraph came from a <blockquote>. */
  blockquote: boolean;
  /** The paragraph is a heading (h1-h6). */
  heading: boolean;
  /** The paragraph is the page's headline, put before the text Readability read (which leaves it out). */
  headline?: boolean;
}

/** The article as Readability sees it, flattened to text. */
export interface Article {
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** BCP 47 primary language subtag ("en", "cs"), lowercased; "und" if unknown. */
  lang: string;
  /** Paragraph texts joined by "\n\n"; whitespace inside a paragraph collapsed to single spaces. */
  text: string;
  paragraphs: Paragraph[];
  /** Character ranges of the text that were inside <q> elements (treated as quotations). */
  inlineQuotes: Array<{ start: number; end: number }>;
  /** How the page was read (article.ts): set by readArticle, absent on articles made by hand. */
  reading?: Reading;
}

/** How the article was read from its page, so that the reader can be told when it was not read well. */
export interface Reading {
  /** The page nests elements deeper than this: what stood below it was read as if at this depth. */
  depthLimit: number | null;
  /**
   * Readability's first pick was implausible and this one was used instead: `defaults`
   * (Readability again with its default options) or `largest-block` (the page's largest text block).
   */
  fallback: 'defaults' | 'largest-block' | null;
  /** Why the first pick was rejected: `short`, `link-dense` or `boilerplate`; null when it was kept. */
  rejected: 'short' | 'link-dense' | 'boilerplate' | null;
  /** The article text read is far shorter than the page's main text: say what was read. */
  thin: boolean;
  /** Characters of article text read, and of the page's largest text block. */
  articleChars: number;
  pageChars: number;
}

/** What the engine returns for one page. Matches ../shared/docs/extraction-contract.md. */
export interface Extraction {
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string;
  findings: Finding[];
}
