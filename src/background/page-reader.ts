// Where readPage runs (read-page.ts): in the background itself where it has a DOM (Firefox's
// background page), else in an offscreen document (Chromium's service worker has no DOMParser),
// made once and kept. Content scripts send their page there directly (READ_CHANNEL,
// src/shared/messages.ts); a page that found nobody there comes to the worker as readPage, which
// opens the document and hands the page on, on the same channel.
import type { Extraction } from '../core/types';
import { asResult, MessageError, readRequest, type Result } from '../shared/messages';
import { readPageMarkup, readPageMarkupInSteps, type MarkupParser } from './read-page';

/** The offscreen document (built from src/offscreen). */
export const OFFSCREEN_PAGE = 'offscreen.html';

/** The part of chrome.offscreen and chrome.runtime the reader uses. */
export interface OffscreenAccess {
  /** True when the extension's offscreen document is open. */
  exists(): Promise<boolean>;
  create(): Promise<void>;
  /** runtime.sendMessage to the extension's pages (the offscreen document answers). */
  send(message: unknown): Promise<unknown>;
}

export type PageReader = (html: string, url: string) => Promise<Extraction>;

/** Reads in this document (it has a DOM); with pause, in steps that let this document's other work run between them. */
export function directReader(parser: MarkupParser, pause?: () => Promise<void>): PageReader {
  return async (html, url) => (pause ? readPageMarkupInSteps(parser, html, url, pause) : readPageMarkup(parser, html, url));
}

/** Reads in the offscreen document, opening it first when it is not open (one opening at a time). */
export function offscreenReader(access: OffscreenAccess): { read: PageReader; open(): Promise<void> } {
  let opening: Promise<void> | null = null;
  const open = (): Promise<void> =>
    (opening ??= (async () => {
      if (!(await access.exists())) await access.create();
    })().finally(() => (opening = null)));
  let opened = false;
  const read: PageReader = async (html, url) => {
    if (!opened) {
      await open();
      opened = true;
    }
    const request = readRequest({ html, url });
    let answer: Result<Extraction> = asResult<Extraction>(await access.send(request).catch(() => undefined));
    if (!answer.ok && answer.code === 'no-receiver') {
      // The document went away (closed by the browser): open it again, once.
      await open();
      answer = asResult<Extraction>(await access.send(request).catch(() => undefined));
    }
    if (!answer.ok) throw new MessageError(answer.code, answer.error);
    return answer.value;
  };
  return { read, open };
}
