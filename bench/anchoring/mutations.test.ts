import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { fold } from '../../src/anchoring/fold-text';
import { buildTextIndex } from '../../src/anchoring/text-index';
import { expectations, insertMarkers } from './ground-truth';
import { MARKER_ATTRIBUTE, changeMarkup, editNearQuotes, insertAds, paragraphsOf, removeParagraphs, reorderParagraphs } from './mutations';
import { seededRng } from './random';

// Invented article.
const PARAS = [
  'The ferry company said its boats would run \u201con time, every time\u201d from May.',
  'Passengers were doubtful. One said the promise was \u201cwishful thinking\u201d at best.',
  'The harbour authority did not reply to a request for comment on Tuesday.',
  'A new timetable will be published next week, the company added in a statement.',
];
const windows: Array<{ close(): void }> = [];
afterEach(() => windows.splice(0).forEach((w) => w.close()));

/** A page with markers around the two quotes; returns the document and the quoted texts. */
function page() {
  const dom = new JSDOM(`<body><header>Site</header><article>${PARAS.map((p) => `<p>${p}</p>`).join('\n')}</article></body>`);
  windows.push(dom.window);
  const doc = dom.window.document;
  const index = buildTextIndex(doc.body);
  const spans = ['on time, every time', 'wishful thinking'].map((w) => ({ start: index.text.indexOf(w), end: index.text.indexOf(w) + w.length }));
  const before = index.text;
  insertMarkers(index, spans);
  return { doc, spans, texts: spans.map((s) => before.slice(s.start, s.end)), before };
}

describe('ground truth markers', () => {
  it('change no text and find every span again on an unchanged copy', () => {
    const { doc, texts, before, spans } = page();
    const index = buildTextIndex(doc.body);
    expect(index.text).toBe(before);
    expect(doc.querySelectorAll(`[${MARKER_ATTRIBUTE}]`)).toHaveLength(4);
    expect(expectations(index, texts)).toEqual(spans.map((s) => ({ kind: 'placed', ...s })));
  });

  it('expect an orphan when the words are gone, and "elsewhere" when they occur elsewhere', () => {
    const { doc, texts } = page();
    doc.querySelectorAll('p')[1]?.remove();
    const p = doc.createElement('p');
    p.textContent = 'Not on time, every time, sadly.';
    doc.body.append(p);
    const wants = expectations(buildTextIndex(doc.body), texts);
    expect(wants[1]).toEqual({ kind: 'orphaned' });
    expect(wants[0]?.kind).toBe('placed');
    doc.querySelectorAll('p')[0]?.remove();
    expect(expectations(buildTextIndex(doc.body), texts)[0]).toEqual({ kind: 'elsewhere' });
  });
});

describe('mutations', () => {
  it('markup changes keep the folded text and every expected span', () => {
    const { doc, texts, before } = page();
    changeMarkup(doc, seededRng(1));
    const index = buildTextIndex(doc.body);
    expect(fold(index.text)).toBe(fold(before));
    expect(expectations(index, texts).every((w) => w?.kind === 'placed')).toBe(true);
  });

  it('ads add text between paragraphs without touching the annotated words', () => {
    const { doc, texts, before } = page();
    insertAds(doc, seededRng(7));
    insertAds(doc, seededRng(8));
    const index = buildTextIndex(doc.body);
    expect(index.text.length).toBeGreaterThan(before.length);
    expect(expectations(index, texts).every((w) => w?.kind === 'placed')).toBe(true);
  });

  it('edits change words near the quotes but never inside them', () => {
    const { doc, texts, before } = page();
    for (let seed = 0; seed < 5; seed++) editNearQuotes(doc, seededRng(seed));
    const index = buildTextIndex(doc.body);
    expect(index.text).not.toBe(before);
    expect(expectations(index, texts).every((w) => w?.kind === 'placed')).toBe(true);
  });

  it('removal takes out at least one annotated paragraph; reordering keeps every paragraph', () => {
    const a = page();
    removeParagraphs(a.doc, seededRng(3));
    expect(expectations(buildTextIndex(a.doc.body), a.texts).some((w) => w?.kind === 'orphaned')).toBe(true);
    const b = page();
    const texts = paragraphsOf(b.doc).map((p) => p.textContent);
    reorderParagraphs(b.doc, seededRng(3));
    const after = paragraphsOf(b.doc).map((p) => p.textContent);
    expect(after).not.toEqual(texts);
    expect([...after].sort()).toEqual([...texts].sort());
  });

  it('are deterministic for a seed', () => {
    const run = () => {
      const { doc } = page();
      for (const m of [editNearQuotes, removeParagraphs, reorderParagraphs, insertAds, changeMarkup]) m(doc, seededRng('same'));
      return doc.body.innerHTML;
    };
    expect(run()).toBe(run());
  });
});
