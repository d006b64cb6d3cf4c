import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundleArb } from './arbitraries';
import { formatJson, jsonChunks, JSON_SCHEMA_VERSION } from './json';
import { parseImport } from './import';
import type { AnnotationRecord } from '../shared/model';

describe('Sourcelight JSON export', { timeout: 120_000 }, () => {
  it('round-trips every generated bundle exactly (odd Unicode, long notes, every tag)', () => {
    fc.assert(
      fc.property(bundleArb, (bundle) => {
        const result = parseImport(formatJson(bundle));
        if (!result.ok) throw new Error(result.errors.join('\n'));
        expect(result.bundle).toEqual(bundle);
        expect(result.warnings).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('round-trips the engine’s speaker id and description and the reader’s correction', () => {
    fc.assert(
      fc.property(bundleArb.filter((b) => b.annotations.length > 0), fc.string({ minLength: 1, maxLength: 40 }), (bundle, description) => {
        const [first, ...rest] = bundle.annotations;
        const withAll = {
          ...bundle,
          annotations: [
            {
              ...first!,
              speakerId: 'p0',
              speakerDescription: description,
              correction: { engine: { kind: first!.kind === 'manual' ? 'quote' : first!.kind, speaker: first!.speaker, speakerKind: first!.speakerKind, speakerId: 'p0' }, speaker: { name: 'Jane Roe', speakerKind: 'person', speakerId: null }, at: 5 },
            } satisfies AnnotationRecord,
            ...rest,
          ],
        };
        const result = parseImport(formatJson(withAll));
        if (!result.ok) throw new Error(result.errors.join('\n'));
        expect(result.bundle).toEqual(withAll);
      }),
      { numRuns: 40 },
    );
  });

  it('writes the format name and schema version, and the same text in chunks as at once', () => {
    fc.assert(
      fc.property(bundleArb, fc.integer({ min: 1, max: 5 }), (bundle, chunkSize) => {
        const whole = formatJson(bundle, { now: 0 });
        const parsed = JSON.parse(whole) as Record<string, unknown>;
        expect(parsed.format).toBe('sourcelight');
        expect(parsed.version).toBe(JSON_SCHEMA_VERSION);
        expect(parsed.exported).toBe('1970-01-01T00:00:00.000Z');
        const chunks = [...jsonChunks(bundle, { now: 0, chunkSize })];
        expect(chunks.map((c) => c.text).join('')).toBe(whole);
        expect(chunks.at(-1)?.done).toBe(bundle.annotations.length);
      }),
      { numRuns: 100 },
    );
  });

  it('exports an empty library as a valid file that imports as empty', () => {
    const result = parseImport(formatJson({ articles: [], annotations: [] }));
    expect(result).toEqual({ ok: true, bundle: { articles: [], annotations: [] }, warnings: [], format: 'json' });
  });
});
