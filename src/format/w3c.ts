// W3C Web Annotation (JSON-LD) export: one Annotation per stored annotation, targeting the
// article URL with a TextQuoteSelector and a TextPositionSelector; tags, note and speaker as
// bodies. Fields the W3C model has no term for (kind, speaker kind, cue, origin, the finding
// text) travel as `sl:` terms of our own context, so that our importer restores them.
import type { AnnotationRecord, ArticleRecord, ReaderCorrection } from '../shared/model';
import { correctionText } from './correction';
import type { ExportBundle } from './bundle';
import { DEFAULT_CHUNK_SIZE, slices, type ExportChunk } from './chunks';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** The namespace of our own terms. */
export const SL_NAMESPACE = 'urn:x-sourcelight:ns:';
/** Annotation ids are this prefix plus the percent-encoded stored id. */
export const SL_ANNOTATION_PREFIX = 'urn:x-sourcelight:annotation:';
export const SL_COLLECTION_PREFIX = 'urn:x-sourcelight:export:';
export const W3C_CONTEXT = [ANNO_CONTEXT, { sl: SL_NAMESPACE }] as const;

/** A TextualBody as we write it. */
export interface W3cTextualBody {
  type: 'TextualBody';
  /** tagging: a verdict or one of the reader's own tags; commenting: the reader's note; describing: the speaker; editing: the reader's correction. */
  purpose: 'tagging' | 'commenting' | 'describing' | 'editing';
  /** The tag, the note or the speaker's name. */
  value: string;
  /** Notes and speakers are plain text (never HTML). */
  format?: 'text/plain';
  /** On the describing body: it names the speaker; on the editing body: the reader's correction. */
  'sl:role'?: 'speaker' | 'correction';
  /** On the editing body: the correction as stored, for our importer. */
  'sl:correction'?: ReaderCorrection;
}

/** One Web Annotation as we write it. */
export interface W3cAnnotation {
  /** Present on a stand-alone annotation; inherited from the collection when embedded. */
  '@context'?: typeof W3C_CONTEXT;
  /** SL_ANNOTATION_PREFIX + the percent-encoded stored id. */
  id: string;
  type: 'Annotation';
  motivation: 'highlighting';
  /** ISO 8601 of AnnotationRecord.created. */
  created: string;
  /** ISO 8601 of AnnotationRecord.updated. */
  modified: string;
  /** Tags, note and speaker; left out when there are none. */
  body?: W3cTextualBody[];
  /** The article url and where in its text the annotation is. */
  target: {
    source: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
  /** AnnotationRecord.kind */
  'sl:kind': AnnotationRecord['kind'];
  /** The finding text, when it differs from the quoted span (claims); else the span is the text. */
  'sl:text'?: string;
  /** AnnotationRecord.speakerKind */
  'sl:speakerKind': AnnotationRecord['speakerKind'];
  /** AnnotationRecord.cue */
  'sl:cue': string | null;
  /** AnnotationRecord.origin */
  'sl:origin': AnnotationRecord['origin'];
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The IRI of a stored id (a broken UTF-16 id, which no IRI can hold, gets U+FFFD in its place). */
export function w3cAnnotationId(id: string): string {
  return SL_ANNOTATION_PREFIX + encodeURIComponent(id.replace(LONE_SURROGATE, '\ufffd'));
}

/** One stored annotation as a Web Annotation; `withContext` for a stand-alone document. */
export function toW3cAnnotation(record: AnnotationRecord, withContext = true): W3cAnnotation {
  const body: W3cTextualBody[] = [...record.tags, ...(record.labels ?? [])].map((tag) => ({ type: 'TextualBody', purpose: 'tagging', value: tag }));
  if (record.note !== '') body.push({ type: 'TextualBody', purpose: 'commenting', value: record.note, format: 'text/plain' });
  if (record.speaker !== null) {
    body.push({ type: 'TextualBody', purpose: 'describing', value: record.speaker, format: 'text/plain', 'sl:role': 'speaker' });
  }
  if (record.correction) {
    body.push({ type: 'TextualBody', purpose: 'editing', value: correctionText(record), format: 'text/plain', 'sl:role': 'correction', 'sl:correction': record.correction });
  }
  const { quote, position } = record.selectors;
  const annotation: W3cAnnotation = {
    ...(withContext ? { '@context': W3C_CONTEXT } : {}),
    id: w3cAnnotationId(record.id),
    type: 'Annotation',
    motivation: 'highlighting',
    created: new Date(record.created).toISOString(),
    modified: new Date(record.updated).toISOString(),
    ...(body.length > 0 ? { body } : {}),
    target: {
      source: record.article,
      selector: [
        { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        { type: 'TextPositionSelector', start: position.start, end: position.end },
      ],
    },
    'sl:kind': record.kind,
    ...(record.text === quote.exact ? {} : { 'sl:text': record.text }),
    'sl:speakerKind': record.speakerKind,
    'sl:cue': record.cue,
    'sl:origin': record.origin,
  };
  return annotation;
}

const q = JSON.stringify;

/**
 * The same annotation as `toW3cAnnotation(record, false)`, written straight to JSON text: the
 * hot path of a large export (no intermediate objects), kept equal to it by a test.
 */
export function w3cAnnotationJson(record: AnnotationRecord): string {
  // Enums, tags, ISO dates, numbers and the percent-encoded id need no escaping; free text does.
  let body = '';
  for (const tag of record.tags) body += `,{"type":"TextualBody","purpose":"tagging","value":"${tag}"}`;
  for (const label of record.labels ?? []) body += `,{"type":"TextualBody","purpose":"tagging","value":${q(label)}}`;
  if (record.note !== '') body += `,{"type":"TextualBody","purpose":"commenting","value":${q(record.note)},"format":"text/plain"}`;
  if (record.speaker !== null) {
    body += `,{"type":"TextualBody","purpose":"describing","value":${q(record.speaker)},"format":"text/plain","sl:role":"speaker"}`;
  }
  if (record.correction) {
    body += `,{"type":"TextualBody","purpose":"editing","value":${q(correctionText(record))},"format":"text/plain","sl:role":"correction","sl:correction":${q(record.correction)}}`;
  }
  const { quote, position } = record.selectors;
  const created = new Date(record.created).toISOString();
  const modified = record.updated === record.created ? created : new Date(record.updated).toISOString();
  return (
    `{"id":"${w3cAnnotationId(record.id)}","type":"Annotation","motivation":"highlighting",` +
    `"created":"${created}","modified":"${modified}",` +
    (body === '' ? '' : `"body":[${body.slice(1)}],`) +
    `"target":{"source":${q(record.article)},"selector":[` +
    `{"type":"TextQuoteSelector","exact":${q(quote.exact)},"prefix":${q(quote.prefix)},"suffix":${q(quote.suffix)}},` +
    `{"type":"TextPositionSelector","start":${position.start},"end":${position.end}}]},` +
    `"sl:kind":"${record.kind}",${record.text === quote.exact ? '' : `"sl:text":${q(record.text)},`}"sl:speakerKind":"${record.speakerKind}",` +
    `"sl:cue":${record.cue === null ? 'null' : q(record.cue)},"sl:origin":"${record.origin}"}`
  );
}

/** Article details ride on the collection, keyed by url, for our importer. */
export type W3cArticle = ArticleRecord;

export interface W3cOptions {
  /** Epoch ms of the export: names the collection and its page. */
  now?: number;
  /** A label for the collection. */
  label?: string;
  chunkSize?: number;
}

/**
 * The whole export as an AnnotationCollection with one embedded AnnotationPage holding every
 * annotation (the model allows a single page; a file for download has no pages to fetch).
 */
export function* w3cChunks(bundle: ExportBundle, options: W3cOptions = {}): Generator<ExportChunk> {
  const size = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  const id = SL_COLLECTION_PREFIX + String(options.now ?? 0);
  const head = {
    '@context': W3C_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: options.label ?? 'Sourcelight annotations',
    total: bundle.annotations.length,
    'sl:articles': bundle.articles,
  };
  const headText = JSON.stringify(head);
  const page = `"first":{"id":${JSON.stringify(`${id}:page:0`)},"type":"AnnotationPage","startIndex":0,"items":[`;
  yield { text: `${headText.slice(0, -1)},${page}`, done: 0 };
  let first = true;
  let done = 0;
  for (const slice of slices(bundle.annotations, size)) {
    done += slice.length;
    yield { text: (first ? '\n' : ',\n') + slice.map(w3cAnnotationJson).join(',\n'), done };
    first = false;
  }
  yield { text: '\n]}}\n', done };
}

export function formatW3c(bundle: ExportBundle, options: W3cOptions = {}): string {
  let out = '';
  for (const chunk of w3cChunks(bundle, options)) out += chunk.text;
  return out;
}
