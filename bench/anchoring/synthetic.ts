// A second source of annotations for the anchoring bench: spans picked at random (seeded) from
// the article's own paragraphs — single words, phrases, sentences, whole paragraphs — with
// selectors made the way the engine makes them. Harder than the engine's findings (single
// common words), and independent of how good the engine is.
import { readArticle } from '../../src/core/article';
import { quoteSelector } from '../../src/core/selector';
import type { TextQuoteSelector } from '../../src/core/types';
import type { AnnotationSource } from '../anchoring';
import { seededRng } from './random';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Random spans of the article text: up to `perParagraph` per paragraph. */
export function syntheticSource(perParagraph = 2): AnnotationSource {
  return (doc: Document, url: string): TextQuoteSelector[] => {
    const article = readArticle(doc, url);
    const rng = seededRng(url);
    const out: TextQuoteSelector[] = [];
    for (const p of article.paragraphs) {
      const words = [...article.text.slice(p.start, p.end).matchAll(WORD)].map((m) => ({
        start: p.start + m.index,
        end: p.start + m.index + m[0].length,
      }));
      if (words.length === 0) continue;
      for (let k = 0; k < perParagraph; k++) {
        const shape = rng.int(4);
        let from = rng.int(words.length);
        let to = from;
        if (shape === 0) {
          // one word of at least four letters (like a scare quote)
          if ((words[from]?.end ?? 0) - (words[from]?.start ?? 0) < 4) continue;
        } else if (shape === 1) to = Math.min(words.length - 1, from + 1 + rng.int(5));
        else if (shape === 2) to = Math.min(words.length - 1, from + 5 + rng.int(20));
        else [from, to] = [0, words.length - 1];
        const a = words[from];
        const b = words[to];
        if (a && b) out.push(quoteSelector(article.text, a.start, b.end));
      }
    }
    return out;
  };
}
