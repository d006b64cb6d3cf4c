// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fail, isReadRequest, MessageError, ok, READ_CHANNEL, readRequest } from '../shared/messages';
import { directReader, offscreenReader, type OffscreenAccess } from './page-reader';
import { readPageMarkup, warmUpInRounds, warmUpMarkup, warmUpReading } from './read-page';
import { extract } from '../core/extract';
import { supportedLanguages } from '../core/lexicon/index';

const SEED = join(__dirname, '../../test/fixtures/pages/seed/source.html');
const URL = 'https://news.example/seed';
const extraction = { url: URL, title: 'T', byline: null, siteName: null, lang: 'en', findings: [] };

describe('readPageMarkup', () => {
  it('reads the page from its markup as the engine reads the page itself', () => {
    const html = readFileSync(SEED, 'utf8');
    const read = readPageMarkup(new DOMParser(), html, URL);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(read).toEqual(extract(doc, URL).extraction);
    expect(read.findings.length).toBeGreaterThan(5);
  });

  it('answers not-article where Readability finds none', () => {
    let error: unknown = null;
    try {
      readPageMarkup(new DOMParser(), '<!DOCTYPE html><body><p>x</p></body>', URL);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MessageError);
    expect((error as MessageError).code).toBe('not-article');
  });

  it('warms up on a page of every language, in rounds of one task a language and one a read', () => {
    expect(warmUpMarkup()).toMatch(/^<!DOCTYPE html>/);
    expect(warmUpReading(new DOMParser())).toBe(true);
    // Each variant is a page in the next language, read as an article of that language.
    supportedLanguages().forEach((lang, variant) => {
      expect(warmUpReading(new DOMParser(), variant)).toBe(true);
      const read = readPageMarkup(new DOMParser(), warmUpMarkup(variant), 'https://warm-up.invalid/');
      expect(read.lang).toBe(lang);
      expect(read.findings.length).toBeGreaterThan(5);
    });
    // Every language's engine run and every read of the page is a task of its own.
    const tasks: Array<() => void> = [];
    warmUpInRounds(new DOMParser(), 3, (run) => tasks.push(run));
    let ran = 0;
    while (tasks.length) tasks.shift()!(), ran++;
    expect(ran).toBe(3 * (supportedLanguages().length + 1));
  });

  it('ends the warm-up when a real page comes (stop): no more of its tasks after the one running', () => {
    const tasks: Array<() => void> = [];
    const warming = warmUpInRounds(new DOMParser(), 3, (run) => tasks.push(run));
    tasks.shift()!();
    tasks.shift()!();
    warming.stop();
    let ran = 0;
    while (tasks.length) tasks.shift()!(), ran++;
    // The task queued before stop() runs and does nothing; none is queued after it.
    expect(ran).toBe(1);
    expect(tasks).toHaveLength(0);
  });
});

describe('readers', () => {
  it('reads in this document where it has a DOM', async () => {
    const read = directReader(new DOMParser());
    await expect(read(readFileSync(SEED, 'utf8'), URL)).resolves.toMatchObject({ url: URL });
  });

  it('reads in steps with a pause between them: the same findings, and the other work of the document runs between the steps', async () => {
    const html = readFileSync(SEED, 'utf8');
    const order: string[] = [];
    const pause = async () => {
      order.push('pause');
      await new Promise<void>((r) => setTimeout(r, 0));
    };
    // A store answer queued as the page arrives goes out after the parse, before Readability's step.
    setTimeout(() => order.push('store answer'), 0);
    const reading = directReader(new DOMParser(), pause)(html, URL).then((r) => (order.push('read'), r));
    const read = await reading;
    expect(read).toEqual(readPageMarkup(new DOMParser(), html, URL));
    expect(order).toEqual(['pause', 'store answer', 'pause', 'read']);
  });

  it('reads in steps and still answers not-article where Readability finds none', async () => {
    const read = directReader(new DOMParser(), async () => undefined);
    await expect(read('<!DOCTYPE html><body><p>x</p></body>', URL)).rejects.toMatchObject({ code: 'not-article' });
  });

  function access(answers: unknown[], open = false) {
    const state = { open, created: 0, sent: [] as unknown[] };
    const a: OffscreenAccess = {
      exists: vi.fn(async () => state.open),
      create: vi.fn(async () => {
        state.created++;
        state.open = true;
      }),
      send: vi.fn(async (m: unknown) => {
        state.sent.push(m);
        return answers.shift();
      }),
    };
    return { a, state };
  }

  it('opens the offscreen document once and hands it the page on the read channel', async () => {
    const { a, state } = access([ok(extraction), ok(extraction)]);
    const reader = offscreenReader(a);
    await Promise.all([reader.open(), reader.open()]);
    expect(state.created).toBe(1);
    await expect(reader.read('<p>x</p>', URL)).resolves.toEqual(extraction);
    await expect(reader.read('<p>y</p>', URL)).resolves.toEqual(extraction);
    expect(state.created).toBe(1);
    expect(state.sent).toEqual([readRequest({ html: '<p>x</p>', url: URL }), readRequest({ html: '<p>y</p>', url: URL })]);
    expect(state.sent.every(isReadRequest)).toBe(true);
  });

  it('opens the document again when nobody answered, and passes the reader failures on', async () => {
    const { a, state } = access([undefined, ok(extraction), fail('not-article', 'none')], true);
    const reader = offscreenReader(a);
    await expect(reader.read('<p>x</p>', URL)).resolves.toEqual(extraction);
    state.open = false;
    await expect(reader.read('<p>x</p>', URL)).rejects.toMatchObject({ code: 'not-article' });
    expect(a.exists).toHaveBeenCalledTimes(2);
  });
});

describe('isReadRequest', () => {
  it('takes the read channel only, with a page and an address of bounded size', () => {
    expect(isReadRequest(readRequest({ html: '<p>x</p>', url: URL }))).toBe(true);
    expect(isReadRequest({ channel: READ_CHANNEL, type: 'readPage', payload: { html: 7, url: URL } })).toBe(false);
    expect(isReadRequest({ channel: 'sourcelight', type: 'readPage', payload: { html: '', url: URL } })).toBe(false);
    expect(isReadRequest({ channel: READ_CHANNEL, type: 'readPage', payload: { html: '', url: 'x'.repeat(5000) } })).toBe(false);
  });
});
