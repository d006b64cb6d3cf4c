// @vitest-environment jsdom
// The popup's browser side with a fake `chrome` global: messages go out in the typed envelope,
// tag edits go through the page and fall back to the store when the page has gone, and an
// export becomes a download link with the file's name.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHANNEL, ok } from '../shared/messages';
import { browserPopupApi, downloadFile } from './popup-api';

type Fake = {
  runtime: { sendMessage: ReturnType<typeof vi.fn> };
  tabs: { sendMessage: ReturnType<typeof vi.fn>; query: ReturnType<typeof vi.fn> };
};
function installFake(tabAnswer: () => Promise<unknown>): Fake {
  const fake: Fake = {
    runtime: { sendMessage: vi.fn(async () => ok({ stored: true })) },
    tabs: { sendMessage: vi.fn(tabAnswer), query: vi.fn(async () => [{ id: 42 }]) },
  };
  (globalThis as { chrome?: unknown }).chrome = fake;
  return fake;
}
afterEach(() => {
  delete (globalThis as { chrome?: unknown }).chrome;
});

describe('browserPopupApi', () => {
  it('finds the active tab and asks the background to annotate it', async () => {
    const fake = installFake(async () => ok({}));
    const api = browserPopupApi();
    expect(await api.activeTabId()).toBe(42);
    await api.annotate(42);
    expect(fake.runtime.sendMessage).toHaveBeenCalledWith({ channel: CHANNEL, type: 'annotateTab', payload: { tabId: 42 } });
  });

  it('relays an edit through the page so that it repaints', async () => {
    const fake = installFake(async () => ok({ id: 'a', tags: ['disputed'] }));
    const out = await browserPopupApi().update(42, { id: 'a', tags: ['disputed'] });
    expect(out).toEqual({ ok: true, value: { id: 'a', tags: ['disputed'] } });
    expect(fake.tabs.sendMessage).toHaveBeenCalledWith(42, {
      channel: CHANNEL,
      type: 'updateAnnotation',
      payload: { id: 'a', tags: ['disputed'] },
    });
    expect(fake.runtime.sendMessage).not.toHaveBeenCalled();
  });

  it('stores the edit directly when the page no longer answers', async () => {
    const fake = installFake(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    const out = await browserPopupApi().update(42, { id: 'a', note: 'n' });
    expect(out).toEqual({ ok: true, value: { stored: true } });
    expect(fake.runtime.sendMessage).toHaveBeenCalledWith({ channel: CHANNEL, type: 'updateAnnotation', payload: { id: 'a', note: 'n' } });
  });

  it('does not retry elsewhere when the page refused the edit', async () => {
    const fake = installFake(async () => ({ ok: false, code: 'not-found', error: 'gone' }));
    expect(await browserPopupApi().update(42, { id: 'a', note: 'n' })).toEqual({ ok: false, code: 'not-found', error: 'gone' });
    expect(fake.runtime.sendMessage).not.toHaveBeenCalled();
  });
});

describe('downloadFile', () => {
  it('clicks a hidden link to an object URL named after the file, then removes it', () => {
    const created = vi.fn(() => 'blob:fake');
    URL.createObjectURL = created;
    URL.revokeObjectURL = vi.fn();
    const clicked: HTMLAnchorElement[] = [];
    const spy = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    downloadFile({ filename: 'story.md', mime: 'text/markdown', text: '# hi' });
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe('story.md');
    expect(clicked[0]!.href).toBe('blob:fake');
    expect(document.querySelector('a[download]')).toBeNull();
    const blob = (created.mock.calls[0] as unknown as [Blob])[0];
    expect(blob.type).toBe('text/markdown');
    spy.mockRestore();
  });
});
