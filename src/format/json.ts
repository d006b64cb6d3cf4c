// Sourcelight's own export format: the stored rows as they are, with a format name and a schema
// version, so that import gives back exactly what was exported.
import type { ExportBundle } from './bundle';
import { DEFAULT_CHUNK_SIZE, slices, type ExportChunk } from './chunks';

/** The `format` field of our files. */
export const JSON_FORMAT_NAME = 'sourcelight';
/** The schema version this build writes; import reads this version only. */
export const JSON_SCHEMA_VERSION = 1;

/** The top-level object of a Sourcelight JSON file. */
export interface SourcelightFile {
  /** Always "sourcelight". */
  format: typeof JSON_FORMAT_NAME;
  /** Schema version of the rows below. */
  version: number;
  /** When the file was written (ISO 8601), if the exporter knew. */
  exported?: string;
  /** The article rows as stored. */
  articles: ExportBundle['articles'];
  /** The annotation rows as stored. */
  annotations: ExportBundle['annotations'];
}

export interface JsonOptions {
  /** Epoch ms of the export, written as `exported`. */
  now?: number;
  /** Annotations per chunk. */
  chunkSize?: number;
}

/** The file as chunks: a header, the articles, then the annotations one record per line. */
export function* jsonChunks(bundle: ExportBundle, options: JsonOptions = {}): Generator<ExportChunk> {
  const size = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  const exported = options.now === undefined ? '' : `"exported":${JSON.stringify(new Date(options.now).toISOString())},`;
  yield { text: `{"format":"${JSON_FORMAT_NAME}","version":${JSON_SCHEMA_VERSION},${exported}"articles":[`, done: 0 };
  let first = true;
  for (const slice of slices(bundle.articles, size * 4)) {
    yield { text: (first ? '\n' : ',\n') + slice.map((a) => JSON.stringify(a)).join(',\n'), done: 0 };
    first = false;
  }
  yield { text: '\n],"annotations":[', done: 0 };
  first = true;
  let done = 0;
  for (const slice of slices(bundle.annotations, size)) {
    done += slice.length;
    yield { text: (first ? '\n' : ',\n') + slice.map((a) => JSON.stringify(a)).join(',\n'), done };
    first = false;
  }
  yield { text: '\n]}\n', done };
}

export function formatJson(bundle: ExportBundle, options: JsonOptions = {}): string {
  let out = '';
  for (const chunk of jsonChunks(bundle, options)) out += chunk.text;
  return out;
}
