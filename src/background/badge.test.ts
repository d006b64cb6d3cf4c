import { describe, expect, it } from 'vitest';
import { summaryOf, type PageReport } from '../shared/messages';
import { badgeFor } from './badge';

const report = (over: Partial<PageReport>) => summaryOf({ state: 'ready', message: null, article: null, annotations: [], orphaned: [], highlightsSupported: true, ...over });

describe('badgeFor', () => {
  it('counts the painted findings of a ready page, with the extension\'s own tooltip', () => {
    const rows = [{ id: 'a' }, { id: 'b' }, { id: 'c' }] as unknown as PageReport['annotations'];
    expect(badgeFor(report({ annotations: rows, orphaned: ['c'] }))).toEqual({ text: '2', title: null });
  });

  it('says "!" with the reason where the page is too big to annotate', () => {
    expect(badgeFor(report({ state: 'too-big', message: 'This page is too big (over 30,000 elements)' }))).toEqual({
      text: '!',
      title: 'Sourcelight: This page is too big (over 30,000 elements)',
    });
  });

  it('clears the badge of a page that is no article', () => {
    expect(badgeFor(report({ state: 'not-article', message: 'no article' }))).toEqual({ text: '', title: null });
  });
});
