// The public face of src/anchoring: build a text index of the live page, place stored selectors
// in it (or orphan them), and key articles by canonical URL. Pure DOM and string code: runs in
// the content script, in jsdom for tests and in the benchmark.
export { buildTextIndex, UI_MARKER_ATTRIBUTE, type TextIndex, type TextIndexOptions } from './text-index';
export { anchor, anchorAll, prepareAnchoring, describeRange, describeSpan, type AnchorSelectors, type Anchored, type AnchorMethod, type AnchorTarget } from './anchor';
export { matchQuote, type QuoteMatch, type QuoteToMatch, type MatchQuoteOptions } from './match-quote';
export { canonicalUrl, sameSite, stripTracking } from './canonical-url';
export { fold, foldText, type FoldedText } from './fold-text';
export { watchPage, insideOurUi, type PageChange, type PageWatch, type PageWatchOptions } from './page-watcher';
