// Grouping, filtering and chart shares of the popup, on hand-made records.
import { describe, expect, it } from 'vitest';
import type { AnnotationRecord } from '../shared/model';
import { countByKind, countByTag, groupBySpeaker, matchesFilter, speakerShares } from './group-findings';

let n = 0;
function rec(kind: AnnotationRecord['kind'], speaker: string | null, speakerKind: AnnotationRecord['speakerKind'] = 'person', tags: AnnotationRecord['tags'] = []): AnnotationRecord {
  n++;
  const quote = { type: 'TextQuoteSelector' as const, exact: 'x', prefix: '', suffix: '' };
  return {
    id: `r${n}`, article: 'https://a.example/', kind, text: 'x', speaker, speakerKind, cue: null,
    selectors: { quote, position: { type: 'TextPositionSelector', start: n, end: n + 1 } },
    tags, note: '', origin: 'auto', created: 0, updated: 0,
  };
}

describe('grouping by entity', () => {
  it('puts the findings of one engine speaker id in one group, and keeps two ids apart', () => {
    const a = { ...rec('quote', 'Jane Roe'), id: 'a', speakerId: 's1' };
    const b = { ...rec('claim', 'Jane Roe'), id: 'b', speakerId: 's1' };
    const c = { ...rec('quote', 'Jane Roe'), id: 'c', speakerId: 's2' }; // a namesake, another entity
    const groups = groupBySpeaker([a, b, c]);
    expect(groups.map((g) => g.annotations.map((x) => x.id))).toEqual([['a', 'b'], ['c']]);
  });
});

describe('groupBySpeaker', () => {
  it('merges spellings that differ in case and spacing, sorts by count, unattributed last', () => {
    const groups = groupBySpeaker([
      rec('scare', null, 'unknown'), rec('scare', null, 'unknown'), rec('scare', null, 'unknown'),
      rec('quote', 'Ann  Other'), rec('quote', 'ann other'), rec('quote', 'Ann Other'),
      rec('claim', 'The Ministry', 'organization'), rec('claim', 'Zed'), rec('claim', 'Bob'),
    ]);
    expect(groups.map((g) => [g.speaker, g.annotations.length])).toEqual([
      ['Ann Other', 3], ['Bob', 1], ['The Ministry', 1], ['Zed', 1], [null, 3],
    ]);
    expect(groups[2]!.speakerKind).toBe('organization');
  });
});

describe('speakerShares', () => {
  it('counts quotes and claims of named speakers, top N plus others', () => {
    const all = [
      rec('quote', 'A'), rec('quote', 'A'), rec('claim', 'A'), rec('quote', 'B'), rec('quote', 'B'),
      rec('quote', 'C'), rec('quote', 'D'), rec('scare', null, 'unknown'), rec('claim', null, 'anonymous'),
    ];
    expect(speakerShares(all, 2)).toEqual([
      { label: 'A', speakerKind: 'person', count: 3 },
      { label: 'B', speakerKind: 'person', count: 2 },
      { label: '2 others', speakerKind: 'others', count: 2 },
    ]);
  });
});

describe('filters and counts', () => {
  it('matches kind and tag, and counts both', () => {
    const t = rec('claim', 'A', 'person', ['disputed', 'needs-source']);
    const u = rec('quote', 'A');
    expect(matchesFilter(t, { kind: 'claim', tag: 'disputed' })).toBe(true);
    expect(matchesFilter(t, { kind: 'quote', tag: 'all' })).toBe(false);
    expect(matchesFilter(t, { kind: 'all', tag: 'untagged' })).toBe(false);
    expect(matchesFilter(u, { kind: 'all', tag: 'untagged' })).toBe(true);
    expect(countByKind([t, u])).toEqual({ quote: 1, claim: 1, scare: 0, manual: 0 });
    expect(countByTag([t, u])).toEqual({ disputed: 1, supported: 0, 'needs-source': 1, untagged: 1 });
  });
});
