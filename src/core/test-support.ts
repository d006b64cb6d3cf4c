// Builds small articles from invented paragraphs for the engine's unit tests, without a page or
// Readability: the paragraphs become Article.text joined by blank lines, as article.ts makes it.
import { extractFromArticle } from './extract';
import type { Article, Finding } from './types';

export interface ParagraphSpec {
  text: string;
  blockquote?: boolean;
  heading?: boolean;
  headline?: boolean;
}

/** An article of the given paragraphs (strings or specs) in a language. */
export function articleOf(paragraphs: Array<string | ParagraphSpec>, lang = 'en'): Article {
  const specs = paragraphs.map((p) => (typeof p === 'string' ? { text: p } : p));
  const text = specs.map((p) => p.text).join('\n\n');
  const paras: Article['paragraphs'] = [];
  let at = 0;
  for (const p of specs) {
    paras.push({ start: at, end: at + p.text.length, blockquote: p.blockquote ?? false, heading: p.heading ?? false, ...(p.headline ? { headline: true } : {}) });
    at += p.text.length + 2;
  }
  return { url: 'https://example.org/story', title: 'A story', byline: null, siteName: null, lang, text, paragraphs: paras, inlineQuotes: [] };
}

/** The engine's findings on invented paragraphs. */
export function findingsOf(paragraphs: Array<string | ParagraphSpec>, lang = 'en'): Finding[] {
  return extractFromArticle(articleOf(paragraphs, lang)).findings;
}

/** The one finding whose text contains the words; throws, listing what was found, if none does. */
export function findingWith(all: Finding[], words: string, kind?: Finding['kind']): Finding {
  const f = all.find((x) => x.text.includes(words) && (!kind || x.kind === kind));
  if (!f) throw new Error(`no ${kind ?? 'finding'} holds "${words}"; found: ${all.map((x) => `${x.kind}:${x.text}`).join(' | ')}`);
  return f;
}
