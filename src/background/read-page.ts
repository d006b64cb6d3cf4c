// Reads a page off the page's main thread: the content script sends the page's markup (one
// native serialisation of the live DOM), and an extension document with a DOM of its own (the
// Firefox background page, Chromium's offscreen document) parses it, runs Readability and its
// checks on that copy, then the engine. The page's thread pays the serialisation alone, not
// Readability's parse: the one task of ours that could not be cut into slices under 50 ms.
// The copy is the live page's tree (the same elements, text and attributes), so the article, and
// the findings, are those of readArticle on the live page.
import { NoArticleError, readArticle } from '../core/article';
import { extractFromArticle } from '../core/extract';
import type { Article, Extraction, Paragraph } from '../core/types';
import { warmUpArticle, warmUpLanguage } from './warm-up';
import { supportedLanguages } from '../core/lexicon/index';
import { MessageError } from '../shared/messages';

/** What reading needs of the document it runs in. */
export interface MarkupParser {
  parseFromString(markup: string, type: 'text/html'): Document;
}

/** The article without the account of how it was read (what the engine takes). */
function plain(article: Article): Article {
  const { reading: _reading, ...rest } = article;
  return rest;
}

/** The article of a parsed page; MessageError not-article when Readability finds none. */
function articleOf(doc: Document, url: string): Article {
  try {
    return plain(readArticle(doc, url));
  } catch (e) {
    if (e instanceof NoArticleError) throw new MessageError('not-article', e.message);
    throw e;
  }
}

/** The page's article and its findings; MessageError not-article when Readability finds none. */
export function readPageMarkup(parser: MarkupParser, html: string, url: string): Extraction {
  return extractFromArticle(articleOf(parser.parseFromString(html, 'text/html'), url));
}

/**
 * The same in three tasks (the parse; Readability and its checks; the engine), with pause()
 * between them: where the store shares this thread (Firefox's background page), the answers of
 * its reads, which the page's first paint waits for as well, go out between the stages instead of
 * after the whole read (or the read after them).
 */
export async function readPageMarkupInSteps(parser: MarkupParser, html: string, url: string, pause: () => Promise<void>): Promise<Extraction> {
  const doc = parser.parseFromString(html, 'text/html');
  await pause();
  const article = articleOf(doc, url);
  await pause();
  return extractFromArticle(article);
}

/**
 * A page of one language's warm-up article (warm-up.ts; each variant the next language), as
 * markup with a news page's frame (a menu of links, a header, a footer): reading it compiles
 * Readability, the flattening and the engine before the first real page asks.
 */
export function warmUpMarkup(variant = 0): string {
  const languages = supportedLanguages();
  const lang = languages[variant % languages.length]!;
  const a = warmUpArticle(lang, variant);
  const block = (p: Paragraph, text: string) => (p.heading ? `<h2>${text}</h2>` : p.blockquote ? `<blockquote><p>${text}</p></blockquote>` : `<p>${text}</p>`);
  const article = `<article><h1>${lang}</h1>${a.paragraphs.map((p) => block(p, a.text.slice(p.start, p.end))).join('')}</article>`;
  const menu = '<nav><ul>' + ['aaaa', 'bbbb', 'cccc'].map((x) => `<li><a href="#${x}">${x}</a></li>`).join('') + '</ul></nav>';
  return `<!DOCTYPE html><html lang="${lang}"><head><title></title></head><body><header>${menu}</header><main>${article}</main><footer><p><a href="#">aaaa</a></p></footer></body></html>`;
}

/**
 * How many times the reading document reads the warm-up page as it opens: once compiles the code
 * the page runs, the rounds after it give the JIT the feedback it optimises by, so that the first
 * real page is not read by the interpreter.
 */
export const WARM_UP_ROUNDS = 12;

/** A warm-up in progress (warmUpInRounds). */
export interface WarmUp {
  /** Ends it after the task that runs now: a real page warms the code as well, and needs the thread. */
  stop(): void;
}

/**
 * Reads the warm-up page `rounds` times and runs the engine on every language's warm-up article
 * in each round, every language and every read a task of its own: a page that comes during the
 * warm-up (the first one after the browser starts) waits for one small article at most, not for a
 * whole round (eight languages and a page: 50-100 ms on a cold start). The first real page stops
 * it (stop()): the warm-up's tasks would otherwise run between that page's and take the cores
 * its page and the store work on.
 */
export function warmUpInRounds(parser: MarkupParser, rounds = WARM_UP_ROUNDS, later: (run: () => void) => void = (run) => void setTimeout(run, 0)): WarmUp {
  const languages = supportedLanguages();
  let round = 0;
  let step = 0;
  let stopped = false;
  const next = (): void => {
    if (stopped) return;
    if (step < languages.length) {
      warmUpLanguage(languages[step]!, round);
      step++;
      return later(next);
    }
    step = 0;
    if (warmUpReading(parser, round) && ++round < rounds) later(next);
  };
  later(next);
  return { stop: () => void (stopped = true) };
}

/** Reads the warm-up page once (a failure is skipped: warming is optional). */
export function warmUpReading(parser: MarkupParser, variant = 0): boolean {
  try {
    readPageMarkup(parser, warmUpMarkup(variant), 'https://warm-up.invalid/');
    return true;
  } catch {
    return false;
  }
}
