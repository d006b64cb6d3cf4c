// Loads a saved page from disk into a jsdom Document for the CLI and the benchmark, refusing
// what is not a web page (missing file, binary junk) with a clear message.
import { readFileSync, statSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';

/** A file that is not a page we can read; the message is the reason alone, without the path. */
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
    if (st.isDirectory()) throw new PageError('it is a folder, not a file');
    if (!st.isFile()) throw new PageError('not a file');
    size = st.size;
  } catch (e) {
    if (e instanceof PageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new PageError(code === 'EACCES' ? 'permission denied' : 'no such file');
  }
  if (size > MAX_BYTES) throw new PageError(`${(size / 1024 / 1024).toFixed(0)} MB is too large for a web page (at most ${MAX_BYTES / 1024 / 1024} MB)`);
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new PageError(code === 'EACCES' ? 'permission denied' : `the file cannot be read (${code ?? 'unknown error'})`);
  }
  if (looksBinary(buf)) throw new PageError('binary data, not a web page');
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
  return new JSDOM(boundNesting(html).html, { url, virtualConsole: new VirtualConsole() });
}

/**
 * How deep the Node loader lets a page nest: twice what the engine reads. jsdom's parser costs
 * depth² (12,000 levels took 55 s) and its own recursive walks (window.close()) overflow the
 * stack at a few thousand; the copy Readability reads nests 48 levels at most (core/article.ts READ_DEPTH)
 * and says so.
 */
export const LOADER_DEPTH = 256;

/** Elements without an end tag, or closed by the parser at the next of their kind: they do not nest. */
const FLAT = new Set(
  'area base br col embed hr img input link meta param source track wbr p li dt dd option optgroup tr td th thead tbody tfoot rp rt colgroup caption frame keygen basefont bgsound image'.split(' '),
);
/** Elements whose content is text to the parser, up to their own end tag. */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);
const TAG = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][^\s/>]*)[^>]*>/g;

/**
 * The page's HTML with the start and end tags that would nest deeper than `limit` taken out
 * (their text stays), found by a linear scan that follows start and end tags the way the parser
 * nests them (closely enough: a page that does not go past the limit is returned as it is).
 */
export function boundNesting(html: string, limit = LOADER_DEPTH): { html: string; cut: boolean } {
  // Cheap test first: a page with fewer tags than the limit cannot nest past it.
  let lt = 0;
  for (let i = html.indexOf('<'); i >= 0 && lt <= limit; i = html.indexOf('<', i + 1)) lt++;
  if (lt <= limit) return { html, cut: false };
  const open: string[] = [];
  const dropped = new Map<string, number>();
  const parts: string[] = [];
  let last = 0;
  let cut = false;
  TAG.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TAG.exec(html))) {
    if (!m[2]) continue; // a comment
    const name = m[2].toLowerCase();
    const end = m[1] === '/';
    if (!end && RAW.has(name)) {
      // Skip to the raw text's end tag.
      const closer = new RegExp(`</${name}`, 'gi'); // name is one of RAW
      closer.lastIndex = TAG.lastIndex;
      TAG.lastIndex = closer.test(html) ? closer.lastIndex - name.length - 2 : html.length;
      if (name === 'plaintext') break;
      continue;
    }
    if (FLAT.has(name) || m[0].endsWith('/>')) continue;
    if (!end) {
      if (open.length < limit) open.push(name);
      else {
        dropped.set(name, (dropped.get(name) ?? 0) + 1);
        parts.push(html.slice(last, m.index));
        last = TAG.lastIndex;
        cut = true;
      }
      continue;
    }
    const d = dropped.get(name) ?? 0;
    if (d > 0) {
      dropped.set(name, d - 1);
      parts.push(html.slice(last, m.index));
      last = TAG.lastIndex;
      continue;
    }
    // An end tag closes the nearest open element of its name (looked for among the last few).
    for (let k = open.length - 1; k >= 0 && k >= open.length - 64; k--) {
      if (open[k] === name) {
        open.length = k;
        break;
      }
    }
  }
  if (!cut) return { html, cut: false };
  parts.push(html.slice(last));
  return { html: parts.join(''), cut };
}
