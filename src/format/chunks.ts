// Exports are written as a sequence of chunks, so that a large export can report progress and
// give the page back to the event loop between chunks instead of freezing it.

/** A piece of an export file. */
export interface ExportChunk {
  /** Text to append to the file. */
  text: string;
  /** How many annotations have been written once this chunk is appended. */
  done: number;
}

/** How many annotations go into one chunk unless told otherwise. */
export const DEFAULT_CHUNK_SIZE = 2000;

/** Cuts a list into slices of at most `size` items. */
export function* slices<T>(items: readonly T[], size: number): Generator<T[]> {
  const step = Math.max(1, Math.floor(size));
  for (let i = 0; i < items.length; i += step) yield items.slice(i, i + step);
}
