// The port on which a content script sends its page to the reading document (connectToReader)
// and the reading document's end of it (serveReadPort), over an in-memory pair of ports.
import { describe, expect, it, vi } from 'vitest';
import type { Extraction } from '../core/types';
import { connectToReader, fail, ok, READ_PORT, readRequest, serveReadPort, type PortLike, type SenderInfo } from './messages';

const ID = 'sourcelight-test-id';
const URL = 'https://news.example/a';
const extraction: Extraction = { url: URL, title: 'T', byline: null, siteName: null, lang: 'en', findings: [] };

/** Two ends of one port, the reader's end announced to its onConnect listeners as the other connects. */
function channel(sender: SenderInfo, listening = true) {
  const listeners: Array<(port: PortLike) => void> = [];
  const onConnect = { addListener: (l: (port: PortLike) => void) => void listeners.push(l) };
  const sent: unknown[] = [];
  const connect = (info: { name: string }): PortLike => {
    const handlers = { a: [] as Array<(m: unknown) => void>, b: [] as Array<(m: unknown) => void>, da: [] as Array<() => void>, db: [] as Array<() => void> };
    let open = true;
    const close = () => {
      if (!open) return;
      open = false;
      queueMicrotask(() => [...handlers.da, ...handlers.db].forEach((l) => l()));
    };
    const page: PortLike = {
      name: info.name,
      postMessage: (m) => {
        if (!open) throw new Error('disconnected');
        sent.push(m);
        queueMicrotask(() => handlers.b.forEach((l) => l(m)));
      },
      disconnect: close,
      onMessage: { addListener: (l) => void handlers.a.push(l) },
      onDisconnect: { addListener: (l) => void handlers.da.push(l) },
    };
    const reader: PortLike = {
      name: info.name,
      sender,
      postMessage: (m) => {
        if (!open) throw new Error('disconnected');
        queueMicrotask(() => handlers.a.forEach((l) => l(m)));
      },
      disconnect: close,
      onMessage: { addListener: (l) => void handlers.b.push(l) },
      onDisconnect: { addListener: (l) => void handlers.db.push(l) },
    };
    if (listening && listeners.length) listeners.forEach((l) => l(reader));
    else close(); // nobody listens: the browser closes the port at once
    return page;
  };
  return { onConnect, connect, sent };
}

describe('the read port', () => {
  it('takes the page to the reading document and brings its findings back, without the fallback', async () => {
    const c = channel({ id: ID });
    const read = vi.fn(async () => extraction);
    serveReadPort(c.onConnect, ID, read);
    const fallback = vi.fn(async () => fail('internal', 'not used'));
    const readPage = connectToReader(c.connect, fallback);
    await expect(readPage({ html: '<p>x</p>', url: URL })).resolves.toEqual(ok(extraction));
    expect(read).toHaveBeenCalledWith('<p>x</p>', URL);
    expect(c.sent).toEqual([readRequest({ html: '<p>x</p>', url: URL })]);
    expect(fallback).not.toHaveBeenCalled();
  });

  it("passes the reader's failure on (a page with no article) rather than asking again", async () => {
    const c = channel({ id: ID });
    serveReadPort(c.onConnect, ID, () => {
      throw Object.assign(new Error('none'), { name: 'X' });
    });
    const fallback = vi.fn(async () => ok(extraction));
    const answer = await connectToReader(c.connect, fallback)({ html: '<p>x</p>', url: URL });
    expect(answer).toEqual(fail('internal', 'none'));
    expect(fallback).not.toHaveBeenCalled();
  });

  it('falls back to the message where nobody listens on the port, or connecting throws', async () => {
    const nobody = channel({ id: ID }, false);
    const fallback = vi.fn(async () => ok(extraction));
    await expect(connectToReader(nobody.connect, fallback)({ html: '<p>x</p>', url: URL })).resolves.toEqual(ok(extraction));
    const throwing = () => {
      throw new Error('no runtime');
    };
    await expect(connectToReader(throwing, fallback)({ html: '<p>y</p>', url: URL })).resolves.toEqual(ok(extraction));
    await expect(connectToReader(undefined, fallback)({ html: '<p>z</p>', url: URL })).resolves.toEqual(ok(extraction));
    expect(fallback).toHaveBeenCalledTimes(3);
  });

  it('refuses ports of other names and of senders outside the extension, and malformed pages', async () => {
    const read = vi.fn(async () => extraction);
    const stranger = channel({ id: 'someone-else' });
    serveReadPort(stranger.onConnect, ID, read);
    const fallback = vi.fn(async () => fail('no-receiver', 'fallback'));
    await expect(connectToReader(stranger.connect, fallback)({ html: '<p>x</p>', url: URL })).resolves.toEqual(fail('no-receiver', 'fallback'));
    const other = channel({ id: ID });
    serveReadPort(other.onConnect, ID, read);
    const port = other.connect({ name: 'another-port' });
    port.postMessage(readRequest({ html: '<p>x</p>', url: URL }));
    const mine = channel({ id: ID });
    serveReadPort(mine.onConnect, ID, read);
    const answers: unknown[] = [];
    const p = mine.connect({ name: READ_PORT });
    p.onMessage.addListener((m) => answers.push(m));
    p.postMessage({ channel: 'sourcelight-read', type: 'readPage', payload: { html: 7, url: URL } });
    await new Promise((r) => setTimeout(r, 0));
    expect(answers).toEqual([fail('invalid', 'Refused a malformed page to read.')]);
    expect(read).not.toHaveBeenCalled();
  });
});
