import { describe, expect, it } from 'vitest';
import type { AnnotationRecord, ArticleRecord } from '../shared/model';
import { mergeArticles, mergePlan } from './merge-plan';

const row = (id: string, updated: number, note = ''): AnnotationRecord => ({
  id, article: 'https://a.example/', kind: 'claim', text: 't', speaker: null, speakerKind: 'unknown', cue: null,
  selectors: { quote: { type: 'TextQuoteSelector', exact: 't', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 1 } },
  tags: [], note, origin: 'manual', created: 0, updated,
});

describe('mergePlan', () => {
  it('adds new ids, replaces older rows, skips equal and newer stored rows', () => {
    const existing = new Map([['a', row('a', 10)], ['b', row('b', 10)], ['c', row('c', 10)]]);
    const plan = mergePlan(existing, [row('a', 11, 'new'), row('b', 10, 'tie'), row('c', 9, 'old'), row('d', 1)]);
    expect(plan.counts).toEqual({ added: 1, merged: 1, skipped: 2 });
    expect(plan.add.map((r) => r.id)).toEqual(['d']);
    expect(plan.replace).toEqual([row('a', 11, 'new')]);
    expect(plan.skip.map((r) => r.note)).toEqual(['tie', 'old']);
  });
});

describe('mergeArticles', () => {
  const stored: ArticleRecord = { url: 'https://a.example/', title: 'Real title', site: 'a.example', firstVisit: 100, lastVisit: 200 };
  it('keeps the earliest first visit, the latest last visit and the later title', () => {
    expect(mergeArticles(new Map([[stored.url, stored]]), [{ ...stored, title: 'Newer title', firstVisit: 50, lastVisit: 300 }])).toEqual([
      { ...stored, title: 'Newer title', firstVisit: 50, lastVisit: 300 },
    ]);
  });
  it('does not replace a real title with a stand-in (the url) and leaves unchanged rows out', () => {
    expect(mergeArticles(new Map([[stored.url, stored]]), [{ ...stored, title: stored.url, lastVisit: 300 }])).toEqual([{ ...stored, lastVisit: 300 }]);
    expect(mergeArticles(new Map([[stored.url, stored]]), [{ ...stored, title: 'Older', lastVisit: 150 }])).toEqual([]);
    expect(mergeArticles(new Map(), [stored])).toEqual([stored]);
  });
});
