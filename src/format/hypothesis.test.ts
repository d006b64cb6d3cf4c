// Importing Hypothesis's own export: passages with their quote selectors, tags as tags (the
// verdicts as verdicts), notes, titles; page notes and replies left out with a warning; the same
// checks and refusals as our own files.
import { describe, expect, it } from 'vitest';
import { parseImport } from './import';

const row = (over: Record<string, unknown> = {}) => ({
  id: 'Abc123_-x',
  created: '2025-03-04T10:11:12.345678+00:00',
  updated: '2025-03-05T08:00:00.000000+00:00',
  user: 'acct:reader@hypothes.is',
  uri: 'https://news.example/story',
  text: 'Which **report**?',
  tags: ['kremlin', 'disputed', 'Follow  up'],
  group: '__world__',
  target: [
    {
      source: 'https://news.example/story',
      selector: [
        { type: 'RangeSelector', startContainer: '/p[3]', startOffset: 0, endContainer: '/p[3]', endOffset: 20 },
        { type: 'TextPositionSelector', start: 100, end: 121 },
        { type: 'TextQuoteSelector', exact: 'the report was leaked', prefix: 'officials said ', suffix: ' to the press' },
      ],
    },
  ],
  document: { title: ['A  story\nabout leaks'] },
  ...over,
});
const file = (rows: unknown[]) => JSON.stringify({ export_date: '2025-03-06T00:00:00Z', export_userid: 'acct:reader@hypothes.is', client_version: '1.0', annotations: rows });

describe('Hypothesis import', () => {
  it('reads an annotation of a passage: selectors, tags as tags, the note, the page title', () => {
    const result = parseImport(file([row()]));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.format).toBe('hypothesis');
    expect(result.bundle.annotations).toEqual([
      {
        id: 'hypothesis:Abc123_-x',
        article: 'https://news.example/story',
        kind: 'manual',
        text: 'the report was leaked',
        speaker: null,
        speakerKind: 'unknown',
        cue: null,
        selectors: {
          quote: { type: 'TextQuoteSelector', exact: 'the report was leaked', prefix: 'officials said ', suffix: ' to the press' },
          position: { type: 'TextPositionSelector', start: 100, end: 121 },
        },
        tags: ['disputed'],
        labels: ['Follow up', 'kremlin'],
        note: 'Which **report**?',
        origin: 'manual',
        created: Date.parse('2025-03-04T10:11:12.345Z'),
        updated: Date.parse('2025-03-05T08:00:00Z'),
      },
    ]);
    expect(result.bundle.articles).toEqual([
      { url: 'https://news.example/story', title: 'A story about leaks', site: 'news.example', firstVisit: Date.parse('2025-03-04T10:11:12.345Z'), lastVisit: Date.parse('2025-03-05T08:00:00Z') },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('reads search API rows too, and leaves page notes and replies out with a warning', () => {
    const result = parseImport(
      JSON.stringify({ total: 3, rows: [row(), row({ id: 'note', target: [{ source: 'https://news.example/story' }] }), row({ id: 'r', references: ['Abc123_-x'] })] }),
    );
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.bundle.annotations.map((a) => a.id)).toEqual(['hypothesis:Abc123_-x']);
    expect(result.warnings).toEqual(['1 page note and 1 reply left out: Sourcelight keeps annotations of a passage of text only']);
  });

  it('refuses a bad field by its path, a link that is no web page, and a repeated id', () => {
    const bad = parseImport(file([row(), row({ id: 'b', created: 'yesterday' }), row({ id: 'c', uri: 'javascript:alert(1)', target: [{ source: 'javascript:alert(1)', selector: [{ type: 'TextQuoteSelector', exact: 'x' }] }] }), row()]));
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors).toEqual([
      "annotations[1].created: must be an ISO 8601 date-time between 1970 and 9999, not 'yesterday'",
      "annotations[2].uri: not a web page address ('javascript:'): 'javascript:alert(1)'",
      'annotations[3].id: the same id as annotations[0]',
    ]);
    const tags = parseImport(file([row({ tags: ['ok', 7, ''] })]));
    expect(tags.ok ? [] : tags.errors).toEqual(['annotations[0].tags[1]: must be a tag of 1 to 60 characters, not 7', "annotations[0].tags[2]: must be a tag of 1 to 60 characters, not ''"]);
  });
});
