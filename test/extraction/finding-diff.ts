// What changed between two extractions of one page, finding by finding: one line per finding
// that is missing, new or different, naming the fields that differ. The page fixtures fail with
// these lines instead of one diff of two large JSON blobs. Every field of a finding is compared,
// whatever the Finding type holds today (new fields show up as "absent → …").

/** A JSON value as read from expected.json or made by JSON-roundtripping the engine's output. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** The fields a reader of a diff looks at first, in this order; any other field follows, by name. */
const FIRST = ['kind', 'text', 'speaker', 'speakerId', 'speakerDescription', 'speakerKind', 'rule', 'cue', 'mention', 'partial'];
/** Fields that say where a finding is, not what it is: used to pair findings, listed last. */
const PLACE = ['paragraph', 'position', 'selector', 'id'];
/** Characters of a finding's text shown to name it in a line. */
const SHOWN = 60;

const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Deep equality of JSON values, key order ignored. */
export function sameJson(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => sameJson(v, b[i]));
  }
  if (!isObject(a) || !isObject(b)) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if (!sameJson(a[k], b[k])) return false;
  return true;
}

const show = (v: Json | undefined): string => (v === undefined ? 'absent' : JSON.stringify(v));

function fieldOrder(keys: Iterable<string>): string[] {
  const all = new Set(keys);
  const first = FIRST.filter((k) => all.has(k));
  const place = PLACE.filter((k) => all.has(k));
  const rest = [...all].filter((k) => !FIRST.includes(k) && !PLACE.includes(k)).sort();
  return [...first, ...rest, ...place];
}

/** A short name for a finding in a line: kind, the start of its text, and where it is. */
function label(f: JsonObject): string {
  const text = typeof f.text === 'string' ? f.text : '';
  const cut = text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text;
  const at = typeof f.paragraph === 'number' ? ` (paragraph ${f.paragraph})` : '';
  return `${typeof f.kind === 'string' ? f.kind : '?'} «${cut}»${at}`;
}

/** What a finding is, for a missing or new one: its reader-facing fields that are present. */
function summary(f: JsonObject): string {
  return FIRST.filter((k) => k !== 'kind' && k !== 'text' && f[k] !== undefined && f[k] !== null)
    .map((k) => `${k} ${show(f[k])}`)
    .join(', ');
}

function span(f: JsonObject): [number, number] | null {
  const p = f.position;
  if (!isObject(p) || typeof p.start !== 'number' || typeof p.end !== 'number') return null;
  return [p.start, p.end];
}

const overlaps = (a: JsonObject, b: JsonObject): boolean => {
  const x = span(a);
  const y = span(b);
  return x !== null && y !== null && x[0] < y[1] && y[0] < x[1];
};

/**
 * Pairs expected with actual findings: first the same id, then the same kind over an overlapping
 * span, then the same kind and text. What is left is missing (expected only) or new (actual only).
 */
export function pairFindings(expected: readonly JsonObject[], actual: readonly JsonObject[]): {
  pairs: Array<[number, number]>;
  missing: number[];
  added: number[];
} {
  const taken = new Set<number>();
  const partner = new Map<number, number>();
  const tries: Array<(e: JsonObject, a: JsonObject) => boolean> = [
    (e, a) => typeof e.id === 'string' && e.id === a.id,
    (e, a) => e.kind === a.kind && overlaps(e, a),
    (e, a) => e.kind === a.kind && e.text === a.text,
  ];
  for (const matches of tries) {
    expected.forEach((e, i) => {
      if (partner.has(i)) return;
      const j = actual.findIndex((a, jj) => !taken.has(jj) && matches(e, a));
      if (j < 0) return;
      partner.set(i, j);
      taken.add(j);
    });
  }
  const pairs = [...partner.entries()].sort((x, y) => x[0] - y[0]);
  const missing = expected.map((_, i) => i).filter((i) => !partner.has(i));
  const added = actual.map((_, j) => j).filter((j) => !taken.has(j));
  return { pairs, missing, added };
}

/** The lines of one finding pair that differ, or null when they are the same. */
function findingChange(e: JsonObject, a: JsonObject): string | null {
  const changed = fieldOrder([...Object.keys(e), ...Object.keys(a)]).filter((k) => !sameJson(e[k], a[k]));
  if (changed.length === 0) return null;
  return `changed  ${label(e)}: ${changed.map((k) => `${k} ${show(e[k])} → ${show(a[k])}`).join('; ')}`;
}

const asFindings = (v: Json | undefined): JsonObject[] => (Array.isArray(v) ? v.filter(isObject) : []);

/**
 * Every difference between the expected and the actual extraction of a page, one line each:
 * the page's own fields (title, lang…), then findings in the expected reading order, new ones last.
 * An empty list means they are the same.
 */
export function diffExtractions(expected: JsonObject, actual: JsonObject): string[] {
  const lines: string[] = [];
  for (const k of fieldOrder([...Object.keys(expected), ...Object.keys(actual)])) {
    if (k === 'findings' || sameJson(expected[k], actual[k])) continue;
    lines.push(`page     ${k}: ${show(expected[k])} → ${show(actual[k])}`);
  }
  const want = asFindings(expected.findings);
  const got = asFindings(actual.findings);
  const { pairs, missing, added } = pairFindings(want, got);
  const byExpected: Array<[number, string]> = [];
  for (const [i, j] of pairs) {
    const line = findingChange(want[i]!, got[j]!);
    if (line) byExpected.push([i, line]);
  }
  for (const i of missing) byExpected.push([i, `missing  ${label(want[i]!)}: ${summary(want[i]!)}`.replace(/: $/, '')]);
  byExpected.sort((x, y) => x[0] - y[0]);
  lines.push(...byExpected.map(([, line]) => line));
  for (const j of added) lines.push(`new      ${label(got[j]!)}: ${summary(got[j]!)}`.replace(/: $/, ''));
  return lines;
}
