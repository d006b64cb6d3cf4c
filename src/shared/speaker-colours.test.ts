import { describe, expect, it } from 'vitest';
import type { AnnotationRecord } from './model';
import { ANONYMOUS_COLOUR, ORGANIZATION_COLOURS, PERSON_COLOURS, speakerKeyOf, speakerLegend } from './speaker-colours';

let n = 0;
function row(speaker: string | null, speakerKind: AnnotationRecord['speakerKind'], extra: Partial<AnnotationRecord> = {}): AnnotationRecord {
  n++;
  return {
    id: `a${n}`, article: 'https://x.example/', kind: 'quote', text: 't', speaker, speakerKind, cue: null,
    selectors: { quote: { type: 'TextQuoteSelector', exact: 't', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: n, end: n + 1 } },
    tags: [], note: '', origin: 'auto', created: 1, updated: 1, ...extra,
  };
}

describe('speakerLegend', () => {
  it('colours people, bodies and anonymous sources from separate palettes, most findings first', () => {
    const legend = speakerLegend([
      row('Bank of X', 'organization'),
      row('Ann', 'person'),
      row('Ann', 'person'),
      row('officials', 'anonymous'),
      row('Bob', 'person'),
      row(null, 'unknown'),
    ]);
    expect(legend.map((e) => [e.name, e.count, e.colour?.hex])).toEqual([
      ['Ann', 2, PERSON_COLOURS[0]],
      ['Bank of X', 1, ORGANIZATION_COLOURS[0]],
      ['officials', 1, ANONYMOUS_COLOUR],
      ['Bob', 1, PERSON_COLOURS[1]],
    ]);
  });

  it('groups by the engine’s speaker id where it has one, else by the name', () => {
    expect(speakerKeyOf({ speaker: 'He', speakerId: 'p1' })).toBe('id:p1');
    expect(speakerKeyOf({ speaker: ' Dmitry  Peskov ', speakerId: null })).toBe('name:dmitry peskov');
    expect(speakerKeyOf({ speaker: null })).toBe('');
    const legend = speakerLegend([row('Peskov', 'person', { speakerId: 'p1' }), row('Dmitry Peskov', 'person', { speakerId: 'p1' }), row('Dmitry Peskov', 'person', { speakerId: 'p1' })]);
    expect(legend).toHaveLength(1);
    expect(legend[0]).toMatchObject({ name: 'Dmitry Peskov', count: 3 });
  });

  it('leaves dismissed findings out and wraps the palette after seven people', () => {
    const dismissed = row('Zed', 'person', { correction: { dismissed: true, engine: { kind: 'quote', speaker: 'Zed', speakerKind: 'person', speakerId: null }, at: 1 } });
    const people = 'ABCDEFGH'.split('').map((c) => row(c, 'person'));
    const legend = speakerLegend([dismissed, ...people]);
    expect(legend.some((e) => e.name === 'Zed')).toBe(false);
    expect(legend[7]!.colour?.hex).toBe(PERSON_COLOURS[0]);
  });
});
