// Our W3C export checked with the Web Annotation Data Model test suite (web-platform-tests'
// annotation-model schemas, draft-04), judged as the suite's own harness judges: compile each
// assertion with a draft-04 validator, validate, pass when valid === (expectedResult === 'valid').
// A failed "must" assertion fails the test; "should"/"may" results are listed, not failed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnnotationRecord } from '../shared/model';
import { formatW3c, toW3cAnnotation } from './w3c';

const SUITE = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/conformance/w3c-annotation-model');

interface Assertion {
  path: string;
  schema: Record<string, unknown> & { expectedResult?: string; assertionType?: string; title?: string };
}

/** The assertion files a .test lists (paths with a slash are relative to the suite root). */
function assertionsOf(testFile: string): { present: Assertion[]; missing: string[] } {
  const test = JSON.parse(readFileSync(join(SUITE, testFile), 'utf8')) as { assertions: unknown[] };
  const present: Assertion[] = [];
  const missing: string[] = [];
  for (const ref of test.assertions.flat(5)) {
    if (typeof ref !== 'string') continue;
    const file = ref.includes('/') ? join(SUITE, ref) : join(SUITE, dirname(testFile), ref);
    if (existsSync(file)) present.push({ path: ref, schema: JSON.parse(readFileSync(file, 'utf8')) });
    else missing.push(ref);
  }
  return { present, missing };
}

function newAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, validateSchema: false, strict: false, logger: false });
  addFormats(ajv);
  for (const name of readdirSync(join(SUITE, 'definitions'))) {
    if (name.endsWith('.json')) ajv.addSchema(JSON.parse(readFileSync(join(SUITE, 'definitions', name), 'utf8')));
  }
  return ajv;
}

interface Verdict {
  path: string;
  type: string;
  passed: boolean;
  detail: string;
}

function judge(ajv: Ajv, assertion: Assertion, data: unknown): Verdict {
  const type = assertion.schema.assertionType ?? 'must';
  let validate;
  try {
    validate = ajv.getSchema(String(assertion.schema.id ?? '')) ?? ajv.compile(assertion.schema);
  } catch (e) {
    return { path: assertion.path, type, passed: false, detail: `cannot compile: ${String(e)}` };
  }
  const valid = validate(data) === true;
  const passed = valid === ((assertion.schema.expectedResult ?? 'valid') === 'valid');
  return { path: assertion.path, type, passed, detail: passed ? '' : JSON.stringify(validate.errors?.slice(0, 3)) };
}

const base: AnnotationRecord = {
  id: 'auto-1x2y',
  article: 'https://news.example.org/2026/story',
  kind: 'quote',
  text: 'We will not back down',
  speaker: 'A. Spokesperson',
  speakerKind: 'person',
  cue: 'said',
  selectors: {
    quote: { type: 'TextQuoteSelector', exact: 'We will not back down', prefix: 'The minister said: “', suffix: '”, adding that the' },
    position: { type: 'TextPositionSelector', start: 410, end: 431 },
  },
  tags: ['disputed', 'supported', 'needs-source'],
  note: 'A note\nover two lines with <b>markup</b> and ünïcödé 😀',
  origin: 'auto',
  created: Date.UTC(2026, 10, 1, 8, 0, 0, 123),
  updated: Date.UTC(2026, 10, 2, 9, 30),
};

/** Records that cover every shape of our output: all bodies, no body, speaker without tags… */
const samples: AnnotationRecord[] = [
  base,
  { ...base, id: 'manual:ä/ö?#frag', tags: [], note: '', speaker: null, kind: 'manual', origin: 'manual', cue: null },
  { ...base, id: 'only-speaker', tags: [], note: '', speakerKind: 'organization' },
  { ...base, id: 'only-note', tags: [], speaker: null, kind: 'scare' },
  { ...base, id: 'one-tag', tags: ['needs-source'], note: '', speaker: null, kind: 'claim' },
];

describe('W3C Web Annotation conformance (annotation-model test suite)', () => {
  let ajv: Ajv;
  beforeAll(() => {
    ajv = newAjv();
  });

  function run(testFile: string, data: unknown[]): Verdict[] {
    const { present, missing } = assertionsOf(testFile);
    expect(present.length).toBeGreaterThan(0);
    if (missing.length > 0) console.info(`${testFile}: ${missing.length} assertion file(s) not in the copy: ${missing.join(', ')}`);
    return data.flatMap((d) => present.map((a) => judge(ajv, a, d)));
  }

  function mustFailures(verdicts: Verdict[]): string[] {
    const notes = verdicts.filter((v) => !v.passed && v.type !== 'must');
    if (notes.length > 0) console.info(`${notes.length} should/may results not met: ${[...new Set(notes.map((v) => v.path))].join(', ')}`);
    return verdicts.filter((v) => !v.passed && v.type === 'must').map((v) => `${v.path}: ${v.detail}`);
  }

  it('each exported Annotation passes all 14 assertions of annotations/annotationMusts.test', () => {
    const { present, missing } = assertionsOf('annotations/annotationMusts.test');
    expect(missing).toEqual([]);
    expect(present).toHaveLength(14);
    const verdicts = run('annotations/annotationMusts.test', samples.map((s) => toW3cAnnotation(s)));
    expect(verdicts).toHaveLength(14 * samples.length);
    expect(mustFailures(verdicts)).toEqual([]);
  });

  it('each exported Annotation passes the body/target model checks of bodiesTargets/3.2-model.test', () => {
    const verdicts = run('bodiesTargets/3.2-model.test', samples.map((s) => toW3cAnnotation(s)));
    expect(verdicts).toHaveLength(13 * samples.length);
    expect(mustFailures(verdicts)).toEqual([]);
  });

  it('bodies and targets pass the must assertions of bodyMusts/targetMusts that the copy holds', () => {
    const verdicts = [
      ...run('bodiesTargets/bodyMusts.test', samples.map((s) => toW3cAnnotation(s))),
      ...run('bodiesTargets/targetMusts.test', samples.map((s) => toW3cAnnotation(s))),
    ];
    expect(verdicts.length).toBeGreaterThan(0);
    expect(mustFailures(verdicts)).toEqual([]);
  });

  it('the optional annotation tests compile and run (results listed, not judged)', () => {
    const verdicts = ['annotations/annotationOptionals.test', 'bodiesTargets/bodyOptionals.test', 'bodiesTargets/targetOptionals.test']
      .filter((f) => existsSync(join(SUITE, f)))
      .flatMap((f) => run(f, [toW3cAnnotation(base)]));
    expect(verdicts.length).toBeGreaterThan(0);
    // No "must" assertion hides among the optional tests.
    expect(mustFailures(verdicts)).toEqual([]);
  });

  it('the exported collection passes the 14 assertions of collections/pages/pageMusts.test that the copy holds', () => {
    const collection = JSON.parse(formatW3c({ articles: [], annotations: samples }, { now: Date.UTC(2026, 10, 3) })) as unknown;
    const { present, missing } = assertionsOf('collections/pages/pageMusts.test');
    expect(present).toHaveLength(14);
    expect(missing).toEqual(['collections/pages/5.2-pageContextValidated.json']);
    const verdicts = run('collections/pages/pageMusts.test', [collection]);
    expect(mustFailures(verdicts)).toEqual([]);
  });

  it('the collection passes the collections.json definitions behind the missing collectionMusts.test', () => {
    const c = JSON.parse(formatW3c({ articles: [], annotations: samples }, { now: 1 })) as Record<string, unknown>;
    const empty = JSON.parse(formatW3c({ articles: [], annotations: [] }, { now: 1 })) as Record<string, unknown>;
    for (const collection of [c, empty]) {
      expect(ajv.validate({ oneOf: [{ $ref: 'collections.json#/definitions/contextValueFound' }, { $ref: 'collections.json#/definitions/contextValueInArrayFound' }] }, collection['@context'])).toBe(true);
      expect(ajv.validate({ $ref: 'id.json#/definitions/idValueFound' }, collection)).toBe(true);
      for (const def of ['annotationCollectionTypeValueFound', 'labelFound', 'totalFound', 'firstValidIfPresent', 'firstRequiredIfTotalMoreThanZero', 'lastValidIfPresent']) {
        expect([def, ajv.validate({ $ref: `collections.json#/definitions/${def}` }, collection)]).toEqual([def, true]);
      }
    }
    // Not vacuous: a collection that claims annotations but embeds no first page is refused.
    expect(ajv.validate({ $ref: 'collections.json#/definitions/firstRequiredIfTotalMoreThanZero' }, { ...c, first: undefined })).toBe(false);
    expect(c.total).toBe(samples.length);
  });

  it('every TextQuoteSelector and TextPositionSelector is detected by specificResource.json', () => {
    for (const s of samples) {
      const [quote, position] = toW3cAnnotation(s).target.selector;
      expect(ajv.validate({ $ref: 'specificResource.json#/definitions/textQuoteSelectorDetected' }, quote)).toBe(true);
      expect(ajv.validate({ $ref: 'specificResource.json#/definitions/textPositionSelectorDetected' }, position)).toBe(true);
      // And the detectors are not blind: swapped selectors are not detected.
      expect(ajv.validate({ $ref: 'specificResource.json#/definitions/textQuoteSelectorDetected' }, position)).toBe(false);
    }
  });

  it('the suite catches a broken annotation (the harness is not vacuous)', () => {
    const broken = { ...toW3cAnnotation(base), '@context': 'http://example.org/other', id: 'not a uri', created: 'yesterday' };
    const verdicts = run('annotations/annotationMusts.test', [broken]);
    const failed = mustFailures(verdicts).map((f) => f.split(':')[0]);
    expect(failed).toEqual(
      expect.arrayContaining([
        'annotations/3.1-annotationContextValidated.json',
        'annotations/3.1-annotationIdValidated.json',
        'annotations/3.3.1-annotationCreatedValidated.json',
      ]),
    );
  });
});
