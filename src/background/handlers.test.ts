// The background's handlers end to end through dispatch, on fake-indexeddb with a fake tab:
// injection happens only when needed, restricted pages get their own error, exports work.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { checkBackgroundMessage, dispatch, envelope, fail, ok, type PageReport } from '../shared/messages';
import { openDb } from '../database/db';
import { createHandlers, exportFilename } from './handlers';
import { isRestrictedError, type TabAccess } from './inject';

const ID = 'ext';
const sender = { id: ID };
const report: PageReport = {
  state: 'ready',
  message: null,
  article: null,
  annotations: [],
  orphaned: [],
  highlightsSupported: true,
};

function setup(tabs: Partial<TabAccess> = {}) {
  const db = openDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  const access: TabAccess = {
    annotate: vi.fn(async () => ok(report)),
    inject: vi.fn(async () => undefined),
    ...tabs,
  };
  const onAnnotated = vi.fn();
  const onReported = vi.fn();
  const handlers = createHandlers({ db, tabs: access, now: () => 5000, onAnnotated, onReported });
  const call = (type: string, payload: unknown, from: typeof sender & { tab?: { id?: number } } = sender) =>
    dispatch(checkBackgroundMessage, handlers, envelope(type, payload), from, ID);
  return { db, access, onAnnotated, onReported, call };
}

describe('showReport', () => {
  const tooBig = { state: 'too-big', message: 'This page is too big', painted: 0 };

  it("shows a content script's own run on its tab's button (an always-on page refused as too big)", async () => {
    const { call, onReported } = setup();
    expect(await call('showReport', tooBig, { id: ID, tab: { id: 9 } })).toEqual({ ok: true, value: true });
    expect(onReported).toHaveBeenCalledWith(9, tooBig);
  });

  it('shows nothing for a sender that is no tab', async () => {
    const { call, onReported } = setup();
    expect(await call('showReport', tooBig)).toEqual({ ok: true, value: false });
    expect(onReported).not.toHaveBeenCalled();
  });
});

describe('annotateTab', () => {
  it('reuses a content script that answers, without injecting again', async () => {
    const { access, call, onAnnotated } = setup();
    expect(await call('annotateTab', { tabId: 4 })).toEqual({ ok: true, value: report });
    expect(access.inject).not.toHaveBeenCalled();
    expect(onAnnotated).toHaveBeenCalledWith(4, report);
  });

  it('injects when nobody answers, then asks again', async () => {
    const annotate = vi
      .fn<TabAccess['annotate']>()
      .mockResolvedValueOnce(fail('no-receiver', 'none'))
      .mockResolvedValueOnce(ok(report));
    const { access, call } = setup({ annotate });
    expect(await call('annotateTab', { tabId: 4 })).toEqual({ ok: true, value: report });
    expect(access.inject).toHaveBeenCalledWith(4);
    expect(annotate).toHaveBeenCalledTimes(2);
  });

  it('injects before the first ask into a tab where no content script spoke (one round trip)', async () => {
    const order: string[] = [];
    const annotate = vi.fn<TabAccess['annotate']>(async () => (order.push('ask'), ok(report)));
    const inject = vi.fn<TabAccess['inject']>(async () => void order.push('inject'));
    const { call } = setup({ annotate, inject, hasScript: () => false });
    expect(await call('annotateTab', { tabId: 4 })).toEqual({ ok: true, value: report });
    expect(order).toEqual(['inject', 'ask']);
  });

  it('asks first where a content script spoke, and injects only if nobody answers after all', async () => {
    const annotate = vi
      .fn<TabAccess['annotate']>()
      .mockResolvedValueOnce(fail('no-receiver', 'none'))
      .mockResolvedValueOnce(ok(report));
    const { access, call } = setup({ annotate, hasScript: () => true });
    expect(await call('annotateTab', { tabId: 4 })).toEqual({ ok: true, value: report });
    expect(access.inject).toHaveBeenCalledTimes(1);
    expect(annotate).toHaveBeenCalledTimes(2);
  });

  it('answers restricted when injecting first is refused', async () => {
    const annotate = vi.fn<TabAccess['annotate']>(async () => ok(report));
    const { call } = setup({
      annotate,
      hasScript: () => false,
      inject: async () => {
        throw new Error('Cannot access a chrome:// URL');
      },
    });
    expect(await call('annotateTab', { tabId: 4 })).toMatchObject({ ok: false, code: 'restricted' });
    expect(annotate).not.toHaveBeenCalled();
  });

  it('answers restricted when the browser refuses to script the page', async () => {
    const { call } = setup({
      annotate: async () => fail('no-receiver', 'none'),
      inject: async () => {
        throw new Error('Cannot access a chrome:// URL');
      },
    });
    expect(await call('annotateTab', { tabId: 4 })).toMatchObject({ ok: false, code: 'restricted' });
  });

  it('passes on the content script failure (not an article)', async () => {
    const { call } = setup({ annotate: async () => fail('not-article', 'No article here.') });
    expect(await call('annotateTab', { tabId: 4 })).toEqual({ ok: false, code: 'not-article', error: 'No article here.' });
  });

  it('recognises the browsers’ refusal messages', () => {
    expect(isRestrictedError('Cannot access contents of url "about:blank".')).toBe(true);
    expect(isRestrictedError('The extensions gallery cannot be scripted.')).toBe(true);
    expect(isRestrictedError('Missing host permission for the tab')).toBe(true);
    expect(isRestrictedError('Out of memory')).toBe(false);
  });
});

describe('store messages', () => {
  const article = { url: 'https://news.example/a', title: 'Minister: “All is well”', site: 'news.example' };
  const finding = {
    id: 'auto-1',
    kind: 'quote',
    text: 'All is well',
    speaker: 'A Minister',
    speakerKind: 'person',
    cue: 'said',
    selectors: {
      quote: { type: 'TextQuoteSelector', exact: 'All is well', prefix: 'said “', suffix: '”' },
      position: { type: 'TextPositionSelector', start: 10, end: 21 },
    },
  };

  it('save, tag, read back and export as Markdown and JSON', async () => {
    const { call } = setup();
    expect(await call('saveFindings', { article, findings: [finding] })).toMatchObject({ ok: true });
    expect(await call('updateAnnotation', { id: 'auto-1', tags: ['disputed'] })).toMatchObject({
      ok: true,
      value: { tags: ['disputed'] },
    });
    const read = await call('getArticle', { url: article.url });
    expect(read).toMatchObject({ ok: true, value: { article: { url: article.url }, annotations: [{ id: 'auto-1', tags: ['disputed'] }] } });

    const md = await call('exportArticle', { url: article.url, format: 'md' });
    expect(md.ok).toBe(true);
    if (md.ok) {
      const file = md.value as { filename: string; mime: string; text: string };
      expect(file.filename).toBe('sourcelight-news-example-minister-all-is-well.md');
      expect(file.mime).toMatch(/markdown/);
      expect(file.text).toContain('All is well');
      expect(file.text).toContain('disputed');
    }
    const json = await call('exportArticle', { url: article.url, format: 'json' });
    expect(json.ok && JSON.parse((json.value as { text: string }).text).annotations[0].tags).toEqual(['disputed']);
  });

  it('lists the free-form tags in use for the card’s completion, and takes no payload', async () => {
    const { call } = setup();
    await call('saveFindings', { article, findings: [finding, { ...finding, id: 'auto-2' }] });
    expect(await call('listLabels', {})).toEqual({ ok: true, value: [] });
    await call('updateAnnotation', { id: 'auto-1', labels: ['kremlin', 'budget'] });
    await call('updateAnnotation', { id: 'auto-2', labels: ['kremlin'] });
    expect(await call('listLabels', {})).toEqual({ ok: true, value: ['budget', 'kremlin'] });
    expect(await call('listLabels', { all: true })).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('refuses to export an article that was never stored', async () => {
    const { call } = setup();
    expect(await call('exportArticle', { url: 'https://nowhere.example/', format: 'md' })).toMatchObject({
      ok: false,
      code: 'not-found',
    });
  });
});

describe('exportFilename', () => {
  it('keeps plain words only', () => {
    expect(exportFilename('www.bbc.com', 'Čeština & ../../etc', 'json')).toBe('sourcelight-www-bbc-com-cestina-etc.json');
    expect(exportFilename('', '', 'md')).toBe('sourcelight-article.md');
  });
});
