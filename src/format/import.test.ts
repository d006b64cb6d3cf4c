import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundleArb } from './arbitraries';
import { brokenFileArb } from './broken-files';
import { formatJson } from './json';
import { MAX_PROBLEMS } from './problems';
import { parseImport, utf8Length } from './import';

describe('parseImport', { timeout: 120_000 }, () => {
  it('refuses every generated broken file with a short list of clear problems', () => {
    const whys = new Set<string>();
    fc.assert(
      fc.property(brokenFileArb, (broken) => {
        whys.add(broken.why.split(/[[ ]/)[0]!);
        const result = parseImport(broken.text, broken.maxBytes === undefined ? {} : { maxBytes: broken.maxBytes });
        if (result.ok) throw new Error(`accepted a broken file (${broken.why})`);
        expect(result.errors.length).toBeGreaterThan(0);
        expect(result.errors.length).toBeLessThanOrEqual(MAX_PROBLEMS + 1);
        for (const e of result.errors) expect(e.length).toBeGreaterThan(5);
      }),
      { numRuns: 150 },
    );
    // The generator covers many kinds of damage, not one.
    expect(whys.size).toBeGreaterThan(8);
  });

  it('names the first problem by its path', () => {
    const file = JSON.parse(formatJson({
      articles: [{ url: 'https://a.example/', title: 't', site: 'a.example', firstVisit: 1, lastVisit: 2 }],
      annotations: [0, 1, 2, 3].map((i) => ({
        id: `id${i}`, article: 'https://a.example/', kind: 'quote', text: 't', speaker: null, speakerKind: 'unknown', cue: null,
        selectors: { quote: { type: 'TextQuoteSelector', exact: 't', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 1 } },
        tags: ['disputed'], note: '', origin: 'auto', created: 1, updated: 2,
      })),
    })) as { annotations: Array<{ tags: string[]; kind: string }> };
    file.annotations[3]!.tags = ['disputed', 'x'];
    file.annotations[1]!.kind = 'rumour';
    const result = parseImport(JSON.stringify(file));
    expect(result).toEqual({
      ok: false,
      errors: [
        "annotations[1].kind: unknown value 'rumour' (one of quote, claim, scare, manual)",
        "annotations[3].tags[1]: unknown tag 'x' (one of disputed, supported, needs-source)",
      ],
    });
  });

  it('explains a wrong version, a file that is too large, and one that is not JSON', () => {
    const good = formatJson({ articles: [], annotations: [] });
    expect(parseImport(good.replace('"version":1', '"version":2'))).toEqual({
      ok: false,
      errors: ['version: schema version 2 is newer than this Sourcelight reads (1); update the extension'],
    });
    const big = parseImport(good, { maxBytes: 10 });
    expect(big.ok).toBe(false);
    if (!big.ok) expect(big.errors[0]).toMatch(/^The file is too large \(0\.0 MB; at most 0\.0 MB\)\.$/);
    const notJson = parseImport('{"format":');
    expect(notJson.ok).toBe(false);
    if (!notJson.ok) expect(notJson.errors[0]).toMatch(/^The file is not valid JSON: /);
  });

  it('stops listing after the first problems and says how many more there are', () => {
    const file = { format: 'sourcelight', version: 1, articles: [], annotations: Array.from({ length: 50 }, () => ({})) };
    const result = parseImport(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toHaveLength(MAX_PROBLEMS + 1);
      expect(result.errors[0]).toBe('annotations[0].id: missing (a string is needed)');
      expect(result.errors.at(-1)).toMatch(/^…and \d+ more problems$/);
    }
  });

  it('accepts a byte order mark and ignores unknown keys without copying them', () => {
    fc.assert(
      fc.property(bundleArb, (bundle) => {
        const file = JSON.parse(formatJson(bundle)) as { annotations: Array<Record<string, unknown>> };
        for (const a of file.annotations) a.extra = { nested: true };
        const result = parseImport(`\uFEFF${JSON.stringify(file)}`);
        if (!result.ok) throw new Error(result.errors.join('\n'));
        expect(result.bundle).toEqual(bundle);
      }),
      { numRuns: 30 },
    );
  });

  it('counts UTF-8 bytes like TextEncoder', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
      }),
    );
  });
});
