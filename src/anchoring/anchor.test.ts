import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { anchor, anchorAll, describeRange, describeSpan, prepareAnchoring } from './anchor';
import { matchQuote } from './match-quote';
import { buildTextIndex } from './text-index';

// Invented text: no corpus sentences.
const PARAS = [
  'The mayor said the bridge would be \u201cfinished before the first snow\u201d this year.',
  'Engineers disagreed. One called the schedule \u201coptimistic\u201d and asked for more time.',
  'A spokesperson for the builders said that the steel had arrived late.',
];
const TEXT = PARAS.join('\n\n');

describe('anchor', () => {
  it('places a selector the same way in an index readied ahead of the findings', () => {
    const at = TEXT.indexOf('finished before');
    const sel = describeSpan(TEXT, at, at + 'finished before the first snow'.length);
    const moved = { text: ['Advertisement: buy a boat', ...PARAS].join('\n\n') };
    const cold = anchor({ text: moved.text }, sel);
    prepareAnchoring(moved);
    expect(anchor(moved, sel)).toEqual(cold);
    expect(cold?.method).toBe('quote');
  });

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
      const broken = [{ quote: null }, { quote: { exact: 42 } }, null, { quote: { exact: 'optimistic', prefix: {} } }] as unknown as typeof sels;
      const results = anchorAll(index, [...sels, ...broken]);
      expect(results.slice(3)).toEqual([null, null, null, null]);
      expect(anchor(index, broken[1]!)).toBeNull();
      words.forEach((w, i) => {
        const r = results[i];
        expect(r).not.toBeNull();
        expect(index.rangeFor(r?.start ?? 0, r?.end ?? 0).toString().replace(/\s+/g, ' ')).toBe(w);
      });
    } finally {
      dom.window.close();
    }
  });

  it('describes a selection (a DOM range) so that it anchors again after the page changes', () => {
    const dom = new JSDOM(`<body><p>${PARAS[0]}</p><p>${PARAS[1]?.replace('schedule', '<b>sche</b>dule')}</p><p>${PARAS[2]}</p></body>`);
    try {
      const doc = dom.window.document;
      const index = buildTextIndex(doc.body);
      const range = doc.createRange();
      const b = doc.querySelector('b') as Element;
      range.setStart(b.firstChild as Text, 0);
      range.setEnd(doc.querySelectorAll('p')[1]?.lastChild as Text, 'dule \u201coptimistic\u201d'.length);
      const sel = describeRange(index, range);
      expect(sel?.quote.exact).toBe('schedule \u201coptimistic\u201d');
      expect(sel?.quote.prefix.endsWith('called the ')).toBe(true);
      // The reader selected from the end of one paragraph into the next: separators at the edges are dropped.
      const across = doc.createRange();
      across.setStart(doc.querySelectorAll('p')[0]?.firstChild as Text, PARAS[0]!.length - 5);
      across.setEnd(doc.querySelectorAll('p')[1] as Element, 0);
      expect(describeRange(index, across)?.quote.exact).toBe('year.');
      doc.body.prepend(doc.createElement('hr'), doc.createTextNode('Breaking: a new banner'));
      const moved = buildTextIndex(doc.body);
      const again = anchor(moved, sel!);
      expect(moved.text.slice(again?.start, again?.end)).toBe('schedule \u201coptimistic\u201d');
      const empty = doc.createRange();
      empty.setStart(doc.body, 0);
      expect(describeRange(index, empty)).toBeNull();
    } finally {
      dom.window.close();
    }
  });

  it('places a short quote whose context is unchanged where the whole search would (every word of a repetitive text)', () => {
    // The same short words many times over: the exact path must agree with matchQuote at every one.
    const text = Array.from({ length: 40 }, (_, i) => `Item ${i % 7}: the \u201cplan\u201d said ${i % 3 ? 'yes' : 'no'}, and the plan stood.`).join('\n\n');
    let checked = 0;
    for (const m of text.matchAll(/\p{L}+/gu)) {
      const start = m.index;
      const end = start + m[0].length;
      const sel = describeSpan(text, start, end);
      const searched = matchQuote(text, sel.quote, { hint: start });
      const got = anchor(text, sel);
      expect(got).toEqual({ start, end, method: 'position' });
      expect(searched && [searched.start, searched.end]).toEqual([start, end]);
      checked++;
    }
    expect(checked).toBeGreaterThan(300);
    // One side of the context changed: the search decides, as before (here it still finds the place).
    const at = TEXT.indexOf('optimistic');
    const sel = describeSpan(TEXT, at, at + 10);
    const edited = TEXT.replace('and asked for more time', 'and left');
    expect(anchor(edited, sel)).toEqual({ start: at, end: at + 10, method: 'position' });
  });
});
