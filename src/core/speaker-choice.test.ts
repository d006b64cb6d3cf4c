// The learned choice between a quote's cue phrase and its sentence's subject: what it weighs
// names no one, it is recorded with --explain, and it can be turned off for training.
import { describe, expect, it } from 'vitest';
import { extractFromArticle } from './extract';
import { SUBJECT_OVER_CUE } from './quote-speaker';
import { subjectProbability } from './speaker-choice';
import type { Article } from './types';

function article(text: string): Article {
  return {
    url: 'https://example.org/story', title: 'A story', byline: null, siteName: null, lang: 'en', text,
    paragraphs: [{ start: 0, end: text.length, blockquote: false, heading: false }], inlineQuotes: [],
  };
}

// The cue ("citing") stands after the object of the sentence's verb: its phrase is "John Doe",
// the sentence's subject Jane Roe.
const TEXT = 'Jane Roe met John Doe on Monday. On Tuesday, Gov. Jane Roe endorsed John Doe, citing his “long experience in the state.”';

function quote(options: { learnedChoice?: boolean } = {}) {
  const q = extractFromArticle(article(TEXT), { explain: true, ...options }).findings.find((f) => f.kind === 'quote');
  if (!q) throw new Error('the quote was not found');
  return q;
}

describe('the learned choice between the cue’s phrase and the subject', () => {
  it('records both candidates, its features and its probability, and decides by it', () => {
    const q = quote();
    const choice = q.explain?.choice;
    expect(choice).toBeDefined();
    expect([choice!.cue, choice!.subject].sort()).toEqual(['Jane Roe', 'John Doe']);
    expect(choice!.p).toBeGreaterThanOrEqual(0);
    expect(choice!.p).toBeLessThanOrEqual(1);
    expect(q.rule === SUBJECT_OVER_CUE).toBe(choice!.p > 0.5);
    expect(q.speaker).toBe(choice!.p > 0.5 ? choice!.subject : choice!.cue);
  });

  it('describes positions, cues and word classes, never a name', () => {
    const features = quote().explain!.choice!.features;
    expect(features.length).toBeGreaterThan(10);
    for (const f of features) {
      expect(f).toMatch(/^[a-z-]+:[a-z0-9/-]+$/);
      expect(f.toLowerCase()).not.toMatch(/roe|doe/);
    }
  });

  it('is off with learnedChoice: false, so training samples the sieves’ own answer', () => {
    const q = quote({ learnedChoice: false });
    expect(q.rule).toBe('cue-source');
    expect(q.speaker).toBe(q.explain!.choice!.cue);
  });

  it('weighs the features as a logistic model', () => {
    expect(subjectProbability([], { bias: 0, weights: {} })).toBe(0.5);
    expect(subjectProbability(['a:x', 'b:y'], { bias: -1, weights: { 'a:x': 2, 'c:z': 5 } })).toBeCloseTo(1 / (1 + Math.exp(-1)));
  });
});
