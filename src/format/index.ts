// The exporters behind one door: format a bundle at once, as chunks, or asynchronously with
// progress and pauses so that a page exporting 100,000 annotations stays responsive.
import type { ExportBundle, ExportFormat } from './bundle';
import type { ExportChunk } from './chunks';
import { csvChunks } from './csv';
import { jsonChunks } from './json';
import { markdownChunks } from './markdown';
import { w3cChunks } from './w3c';

export type { ExportBundle, ExportFormat } from './bundle';
export { EXPORT_FORMATS, FORMAT_FILES, isExportFormat } from './bundle';
export type { ExportChunk } from './chunks';
export { fromExtraction } from './from-extraction';

export interface FormatOptions {
  /** Epoch ms of the export (written into JSON, W3C and Markdown headers). */
  now?: number;
  /** Annotations per chunk. */
  chunkSize?: number;
}

/** The export as a sequence of chunks; join their text for the file. */
export function formatChunks(bundle: ExportBundle, format: ExportFormat, options: FormatOptions = {}): Generator<ExportChunk> {
  switch (format) {
    case 'json':
      return jsonChunks(bundle, options);
    case 'w3c':
      return w3cChunks(bundle, options);
    case 'csv':
      return csvChunks(bundle, options);
    case 'md':
      return markdownChunks(bundle, options);
  }
}

/** The whole export as one string. */
export function formatBundle(bundle: ExportBundle, format: ExportFormat, options: FormatOptions = {}): string {
  let out = '';
  for (const chunk of formatChunks(bundle, format, options)) out += chunk.text;
  return out;
}

export interface AsyncFormatOptions extends FormatOptions {
  /** Called after each chunk with annotations written and the total. */
  onProgress?: (done: number, total: number) => void;
  /** Resolves when the caller is ready for the next chunk (default: a macrotask). */
  pause?: () => Promise<void>;
  /** Stops the export between chunks. */
  signal?: AbortSignal;
}

const macrotask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The export as a list of string parts (ready for `new Blob(parts)`), written chunk by chunk
 * with a pause between chunks so that the page can paint a progress bar.
 */
export async function formatBundleAsync(
  bundle: ExportBundle,
  format: ExportFormat,
  options: AsyncFormatOptions = {},
): Promise<string[]> {
  const parts: string[] = [];
  const total = bundle.annotations.length;
  const pause = options.pause ?? macrotask;
  for (const chunk of formatChunks(bundle, format, options)) {
    if (options.signal?.aborted) throw new DOMException('The export was cancelled.', 'AbortError');
    parts.push(chunk.text);
    options.onProgress?.(chunk.done, total);
    await pause();
  }
  return parts;
}
