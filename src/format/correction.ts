// The reader's corrections of the engine in every export: a sentence for people (CSV column,
// Markdown line, the W3C body's value) and the record itself for our own importer (JSON field,
// the W3C body's sl:correction), read back with the same checks as any imported field.
import type { AnnotationRecord, ReaderCorrection } from '../shared/model';
import type { Problems } from './problems';

const KIND_WORDS: Record<string, string> = { quote: 'quote', claim: 'claim', scare: 'scare quote', manual: 'marked passage', none: 'not a quote' };

/** "speaker: Jo Bloggs (was Ann Example); kind: claim (was quote); dismissed", or '' for none. */
export function correctionText(a: Pick<AnnotationRecord, 'correction'>, escape: (name: string) => string = (name) => name): string {
  const c = a.correction;
  if (!c) return '';
  const parts: string[] = [];
  const name = (n: string | null | undefined) => (n ? escape(n) : 'none');
  if (c.speaker !== undefined) parts.push(`speaker: ${name(c.speaker?.name)} (was ${name(c.engine.speaker)})`);
  if (c.kind !== undefined) parts.push(`kind: ${KIND_WORDS[c.kind]} (was ${KIND_WORDS[c.engine.kind]})`);
  if (c.dismissed) parts.push('dismissed');
  return parts.length === 0 ? '' : `corrected by the reader: ${parts.join('; ')}`;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const SPEAKER_KINDS = ['person', 'organization', 'anonymous', 'unknown'];
const KINDS = ['quote', 'claim', 'scare', 'manual'];
const CORRECTED = ['quote', 'claim', 'scare', 'none'];
const shortOrNull = (v: unknown, max: number) => v === null || (typeof v === 'string' && v.length <= max);

/** A correction from a file, or undefined (with a warning: the rest of the annotation is kept). */
export function readCorrection(value: unknown, path: string, problems: Problems): ReaderCorrection | undefined {
  const drop = (why: string) => {
    problems.warn(path, `the reader's correction was left out: ${why}`);
    return undefined;
  };
  if (value === undefined) return undefined;
  if (!isObj(value)) return drop('not an object');
  for (const key of Object.keys(value)) if (!['speaker', 'kind', 'dismissed', 'engine', 'at'].includes(key)) return drop(`unknown field ${key}`);
  const e = value.engine;
  if (!isObj(e) || !KINDS.includes(e.kind as string) || !SPEAKER_KINDS.includes(e.speakerKind as string) || !shortOrNull(e.speaker, 2000) || !shortOrNull(e.speakerId ?? null, 200))
    return drop('the engine values are not valid');
  if (typeof value.at !== 'number' || !Number.isSafeInteger(value.at) || value.at < 0) return drop('at must be a time');
  const out: ReaderCorrection = {
    engine: { kind: e.kind as ReaderCorrection['engine']['kind'], speaker: (e.speaker as string | null) ?? null, speakerKind: e.speakerKind as ReaderCorrection['engine']['speakerKind'], speakerId: (e.speakerId as string | null | undefined) ?? null },
    at: value.at,
  };
  if ('speaker' in value) {
    const s = value.speaker;
    if (s === null) out.speaker = null;
    else if (isObj(s) && typeof s.name === 'string' && s.name.trim() !== '' && s.name.length <= 2000 && SPEAKER_KINDS.includes(s.speakerKind as string) && shortOrNull(s.speakerId ?? null, 200))
      out.speaker = { name: s.name, speakerKind: s.speakerKind as ReaderCorrection['engine']['speakerKind'], speakerId: (s.speakerId as string | null | undefined) ?? null };
    else return drop('the speaker is not valid');
  }
  if ('kind' in value) {
    if (!CORRECTED.includes(value.kind as string)) return drop('the kind is not valid');
    out.kind = value.kind as ReaderCorrection['kind'];
  }
  if ('dismissed' in value) {
    if (typeof value.dismissed !== 'boolean') return drop('dismissed must be true or false');
    if (value.dismissed) out.dismissed = true;
  }
  return out;
}
