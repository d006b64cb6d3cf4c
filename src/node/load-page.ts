// Loads a saved page from disk into a jsdom Document for the CLI and the benchmark, refusing
// what is not a web page (missing file, binary junk) with a clear message.
import { readFileSync, statSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';

export class PageError extends Error {
  override name = 'PageError';
}

/** Largest page we read: saved news pages are well under this. */
const MAX_BYTES = 50 * 1024 * 1024;

/** Reads a file as an HTML page, or throws PageError saying why not. */
export function readPageFile(path: string): string {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new PageError(`${path}: not a file`);
    size = st.size;
  } catch (e) {
    if (e instanceof PageError) throw e;
    throw new PageError(`${path}: no such file`);
  }
  if (size > MAX_BYTES) throw new PageError(`${path}: ${size} bytes is too large for a web page`);
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (e) {
    throw new PageError(`${path}: cannot be read (${e instanceof Error ? e.message : String(e)})`);
  }
  if (looksBinary(buf)) throw new PageError(`${path}: binary data, not a web page`);
  return buf.toString('utf8');
}

/** NUL bytes or a high share of control characters and invalid UTF-8: not text. */
export function looksBinary(buf: Buffer): boolean {
  const sample = buf.subarray(0, 64 * 1024);
  if (sample.includes(0)) return true;
  const text = sample.toString('utf8');
  let bad = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code === 0xfffd || (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12)) bad++;
  }
  return text.length > 0 && bad / text.length > 0.05;
}

/** A jsdom window for the page; call window.close() when done, or memory is never given back. */
export function pageWindow(html: string, url: string): JSDOM {
  // Page scripts never run and the page's console stays quiet.
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
}
