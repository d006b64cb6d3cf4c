import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { anchor, anchorAll, describeSpan } from './anchor';
import { buildTextIndex } from './text-index';

// Invented text: no corpus sentences.
const PARAS = [
  'The mayor said the bridge would be \u201cfinished before the first snow\u201d this year.',
  'Engineers disagreed. One called the schedule \u201coptimistic\u201d and asked for more time.',
  'A spokesperson for the builders said that the steel had arrived late.',
];
const TEXT = PARAS.join('\n\n');

describe('anchor', () => {
  it('takes the stored position when the text there is still the quote', () => {
    const sel = describeSpan(TEXT, TEXT.indexOf('optimistic'), TEXT.indexOf('optimistic') + 10);
    expect(anchor(TEXT, sel)).toEqual({ start: sel.position?.start, end: sel.position?.end, method: 'position' });
  });

  it('falls back to the quote when the text moved, and to fuzzy matching when the words changed', () => {
    const at = TEXT.indexOf('finished before');
    const sel = describeSpan(TEXT, at, at + 'finished before the first snow'.length);
    const moved = ['Advertisement: buy a boat', ...PARAS].join('\n\n');
    const m = anchor(moved, sel);
    expect(m?.method).toBe('quote');
    expect(moved.slice(m?.start, m?.end)).toBe('finished before the first snow');
    const edited = TEXT.replace('first snow', 'first frost');
    const f = anchor(edited, sel);
    expect(f?.method).toBe('fuzzy');
    expect(edited.slice(f?.start, f?.end)).toBe('finished before the first frost');
  });

  it('orphans what is gone, and does not take a short quote at its old offset by chance', () => {
    const at = TEXT.indexOf('optimistic');
    const sel = describeSpan(TEXT, at, at + 10);
    expect(anchor([PARAS[0], PARAS[2]].join('\n\n'), sel)).toBeNull();
    // Same offset, same word, different sentence: the context disagrees.
    const decoy = TEXT.slice(0, at).replace(/[^\n]/g, 'x') + 'optimistic about nothing at all whatsoever';
    expect(anchor(decoy, sel)).toBeNull();
  });

  it('anchors many selectors against one index and isolates a malformed one', () => {
    const dom = new JSDOM(`<body>${PARAS.map((p) => `<p>${p.replace(/ /g, ' <b></b> ')}</p>`).join('<div>ad</div>')}</body>`);
    try {
      const index = buildTextIndex(dom.window.document.body);
      const words = ['optimistic', 'the steel had arrived late', 'finished before the first snow'];
      const sels = words.map((w) => describeSpan(TEXT, TEXT.indexOf(w), TEXT.indexOf(w) + w.length));
      const broken = { quote: null } as unknown as (typeof sels)[number];
      const results = anchorAll(index, [...sels, broken]);
      expect(results[3]).toBeNull();
      words.forEach((w, i) => {
        const r = results[i];
        expect(r).not.toBeNull();
        expect(index.rangeFor(r?.start ?? 0, r?.end ?? 0).toString().replace(/\s+/g, ' ')).toBe(w);
      });
    } finally {
      dom.window.close();
    }
  });
});
