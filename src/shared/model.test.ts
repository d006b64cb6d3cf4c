// The one record type: copyAnnotation carries every field (the reader's corrections and free-form
// tags included) and shares nothing with the original.
import { describe, expect, it } from 'vitest';
import { cleanLabels, copyAnnotation, isDismissed, type AnnotationRecord } from './model';

const record: AnnotationRecord = {
  id: 'a1', article: 'https://news.example/s', kind: 'claim', text: 'the plan failed', speaker: 'Jo Bloggs', speakerKind: 'person', speakerId: null,
  cue: 'said', selectors: { quote: { type: 'TextQuoteSelector', exact: 'the plan failed', prefix: 'x ', suffix: ' y' }, position: { type: 'TextPositionSelector', start: 2, end: 17 } },
  tags: ['disputed'], labels: ['kremlin'], note: 'n', origin: 'auto', created: 1000, updated: 2000,
  correction: { speaker: { name: 'Jo Bloggs', speakerKind: 'person', speakerId: null }, kind: 'claim', engine: { kind: 'quote', speaker: 'Ann Example', speakerKind: 'person', speakerId: 'e1' }, at: 2000 },
};

describe('copyAnnotation', () => {
  it('copies every field, the correction too, deeply', () => {
    const copy = copyAnnotation(record);
    expect(copy).toEqual(record);
    expect(copy.correction).not.toBe(record.correction);
    expect(copy.correction!.engine).not.toBe(record.correction!.engine);
    expect(copy.labels).not.toBe(record.labels);
    expect(copy.selectors.quote).not.toBe(record.selectors.quote);
  });

  it('keeps the dismissal on the copy', () => {
    const dismissed = { ...record, correction: { ...record.correction!, dismissed: true } };
    expect(isDismissed(copyAnnotation(dismissed))).toBe(true);
    expect(isDismissed(copyAnnotation({ ...record, correction: undefined }))).toBe(false);
  });
});

describe('cleanLabels', () => {
  it('folds white space, drops verdicts, repeats and empties, sorts', () => {
    expect(cleanLabels([' b  c ', 'a', 'a', '', 'disputed'])).toEqual(['a', 'b c']);
  });
});
