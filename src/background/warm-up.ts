// Warms the engine when the background starts (the browser's start, or Chromium waking its service
// worker for the first message): a tiny article in every language runs through the engine once,
// so the compile, the JIT and the lexicons' lazy set-up are done before the first page asks, not
// on its time (the first annotation after a start cost about twice the warm one without this).
// The articles are made of each lexicon's own quotation marks and cue words around placeholders,
// so no word of any language is written here.
import { extractFromArticle } from '../core/extract';
import { lexiconFor, supportedLanguages } from '../core/lexicon/index';
import type { Article } from '../core/types';

/** A two-paragraph article in one language: a quote with its cue, then a claim. */
export function warmUpArticle(lang: string): Article {
  const lex = lexiconFor(lang);
  const [open, close] = lex.quotes[0] ?? ['"', '"'];
  const verb = lex.speechVerbs[0] ?? '';
  const according = lex.accordingTo[0] ?? '';
  const title = lex.titles[0] ?? '';
  const paragraphs = [
    `${open}Aaaa bbbb cccc dddd.${close} ${verb} Eeee Ffff, ${title}.`,
    `${according} Eeee Ffff, gggg hhhh iiii ${open}jjjj${close}.`,
  ];
  const text = paragraphs.join('\n\n');
  let at = 0;
  return {
    url: 'https://warm-up.invalid/',
    title: '',
    byline: null,
    siteName: null,
    lang,
    text,
    paragraphs: paragraphs.map((p) => {
      const start = at;
      at += p.length + 2;
      return { start, end: start + p.length, blockquote: false, heading: false };
    }),
    inlineQuotes: [],
  };
}

/** Runs the engine once per language; answers how many ran (a failure is skipped: warming is optional). */
export function warmUpEngine(): number {
  let ran = 0;
  for (const lang of supportedLanguages()) {
    try {
      extractFromArticle(warmUpArticle(lang));
      ran++;
    } catch {
      // never let warming stop the background
    }
  }
  return ran;
}
