import { describe, expect, it } from 'vitest';
import { extractFromArticle } from '../core/extract';
import { supportedLanguages } from '../core/lexicon/index';
import { warmUpArticle, warmUpEngine } from './warm-up';

describe('warm-up', () => {
  it('builds a well-formed article in every language and variant, and the engine reads every one', () => {
    for (const lang of supportedLanguages()) {
      for (const variant of [0, 1, 7]) {
        const a = warmUpArticle(lang, variant);
        expect(a.lang).toBe(lang);
        expect(a.paragraphs.length).toBeGreaterThan(10);
        for (const p of a.paragraphs) {
          expect(a.text.slice(p.start, p.end)).not.toContain('\n');
          expect(p.end).toBeGreaterThan(p.start);
        }
        expect(a.text.slice(a.paragraphs.at(-1)!.end)).toBe('');
        expect(a.paragraphs.filter((p) => p.heading)).toHaveLength(1);
        expect(a.paragraphs.filter((p) => p.blockquote)).toHaveLength(1);
        expect(Array.isArray(extractFromArticle(a).findings)).toBe(true);
      }
    }
    expect(warmUpEngine()).toBe(supportedLanguages().length);
    expect(warmUpEngine(3)).toBe(supportedLanguages().length);
  });

  it('takes the engine down the paths of a news article: quotes and claims of several named speakers and of others', () => {
    const { findings } = extractFromArticle(warmUpArticle('en'));
    const kinds = new Set(findings.map((f) => f.kind));
    expect(kinds.has('quote') && kinds.has('claim')).toBe(true);
    expect(new Set(findings.map((f) => f.speaker).filter((s) => s !== null)).size).toBeGreaterThanOrEqual(4);
  });

  it('goes through other entries of the lexicon in other variants', () => {
    expect(warmUpArticle('en', 1).text).not.toBe(warmUpArticle('en', 0).text);
  });
});
