// The fixture diff: one line per finding that is missing, new or changed, naming each changed
// field, and nothing when the two extractions are the same. Invented findings.
import { describe, expect, it } from 'vitest';
import { diffExtractions, pairFindings, sameJson, type JsonObject } from './finding-diff';

const finding = (over: JsonObject = {}): JsonObject => ({
  id: 'a1',
  kind: 'quote',
  text: 'We will not sign it',
  speaker: 'Jane Roe',
  speakerKind: 'person',
  mention: 'she',
  cue: 'said',
  partial: false,
  paragraph: 2,
  selector: { type: 'TextQuoteSelector', exact: 'We will not sign it', prefix: '“', suffix: '”' },
  position: { type: 'TextPositionSelector', start: 100, end: 119 },
  ...over,
});
const page = (findings: JsonObject[], over: JsonObject = {}): JsonObject => ({ url: 'http://fakehost/', title: 'T', lang: 'en', findings, ...over });

describe('diffExtractions', () => {
  it('is empty for the same extraction, whatever the key order', () => {
    const f = finding();
    const reordered = Object.fromEntries(Object.entries(f).reverse()) as JsonObject;
    expect(diffExtractions(page([f]), page([reordered]))).toEqual([]);
  });

  it('names the finding and each changed field in one line', () => {
    const lines = diffExtractions(page([finding()]), page([finding({ speaker: 'Roe', cue: 'told' })]));
    expect(lines).toEqual(['changed  quote «We will not sign it» (paragraph 2): speaker "Jane Roe" → "Roe"; cue "said" → "told"']);
  });

  it('shows fields the engine did not have before (speakerId, rule) as absent → value', () => {
    const lines = diffExtractions(page([finding()]), page([finding({ speakerId: 'e1', rule: 'colon-name', speakerDescription: null })]));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('speakerId absent → "e1"');
    expect(lines[0]).toContain('speakerDescription absent → null');
    expect(lines[0]).toContain('rule absent → "colon-name"');
    // In the reader's order: speakerId and speakerDescription before rule.
    expect(lines[0]!.indexOf('speakerId')).toBeLessThan(lines[0]!.indexOf('rule'));
  });

  it('lists a lost finding as missing and an extra one as new, with their speakers', () => {
    const kept = finding({ id: 'k', text: 'kept', position: { start: 10, end: 14 }, paragraph: 0 });
    const lost = finding({ id: 'l', kind: 'claim', text: 'the talks had failed', position: { start: 300, end: 320 }, paragraph: 5 });
    const extra = finding({ id: 'x', kind: 'scare', text: 'reform', speaker: null, cue: null, mention: null, position: { start: 500, end: 506 }, paragraph: 7 });
    const lines = diffExtractions(page([kept, lost]), page([kept, extra]));
    expect(lines).toEqual([
      'missing  claim «the talks had failed» (paragraph 5): speaker "Jane Roe", speakerKind "person", cue "said", mention "she", partial false',
      'new      scare «reform» (paragraph 7): speakerKind "person", partial false',
    ]);
  });

  it('pairs a finding whose span grew (new id) with the old one: changed, not missing and new', () => {
    const before = finding();
    const after = finding({ id: 'b2', text: 'We will not sign it now', position: { type: 'TextPositionSelector', start: 100, end: 123 } });
    const lines = diffExtractions(page([before]), page([after]));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^changed {2}quote «We will not sign it»/);
    expect(lines[0]).toContain('text "We will not sign it" → "We will not sign it now"');
    expect(lines[0]).toContain('id "a1" → "b2"');
  });

  it('reports the page fields that changed', () => {
    expect(diffExtractions(page([finding()]), page([finding()], { lang: 'de' }))).toEqual(['page     lang: "en" → "de"']);
  });

  it('cuts a long text in the label and keeps the full old and new text in the change', () => {
    const long = 'x'.repeat(80);
    const [line] = diffExtractions(page([finding({ text: long })]), page([finding({ text: `${long}y` })]));
    expect(line).toContain(`«${'x'.repeat(60)}…»`);
    expect(line).toContain(`→ "${long}y"`);
  });
});

describe('pairFindings', () => {
  it('pairs by id first, then overlapping span of the same kind, then equal text', () => {
    const a = finding({ id: '1', position: { start: 0, end: 5 } });
    const b = finding({ id: '2', position: { start: 10, end: 20 } });
    const c = finding({ id: '3', text: 'moved', position: { start: 40, end: 45 } });
    const r = pairFindings([a, b, c], [finding({ id: '9', position: { start: 12, end: 25 } }), a, finding({ id: '8', text: 'moved', position: { start: 90, end: 95 } })]);
    expect(r.pairs).toEqual([[0, 1], [1, 0], [2, 2]]);
    expect(r.missing).toEqual([]);
    expect(r.added).toEqual([]);
  });

  it('never pairs findings of different kinds', () => {
    const r = pairFindings([finding({ id: '1' })], [finding({ id: '2', kind: 'claim' })]);
    expect(r.pairs).toEqual([]);
    expect(r.missing).toEqual([0]);
    expect(r.added).toEqual([0]);
  });
});

describe('sameJson', () => {
  it('compares deeply, arrays in order, objects in any key order', () => {
    expect(sameJson({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(sameJson({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: null })).toBe(false);
    expect(sameJson(null, {})).toBe(false);
  });
});
