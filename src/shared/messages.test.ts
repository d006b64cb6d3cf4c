// The message boundary: only our own, well-formed messages get through; everything else is
// refused with a clear error and never reaches a handler; handler failures come back as Results.
import { describe, expect, it, vi } from 'vitest';
import {
  BACKGROUND_PAGES_ONLY,
  CHANNEL,
  isContentScript,
  MessageError,
  asResult,
  checkBackgroundMessage,
  checkTabMessage,
  dispatch,
  envelope,
  type BackgroundCalls,
  type FindingInput,
  type Handlers,
} from './messages';

const ID = 'our-extension-id';
const own = { id: ID, url: 'https://page.example/a', tab: { id: 3 } };

const finding: FindingInput = {
  id: 'auto-1',
  kind: 'claim',
  text: 'the moon is cheese',
  speaker: null,
  speakerKind: 'anonymous',
  cue: 'according to',
  selectors: {
    quote: { type: 'TextQuoteSelector', exact: 'the moon is cheese', prefix: 'that ', suffix: '.' },
    position: { type: 'TextPositionSelector', start: 5, end: 23 },
  },
};
const save = envelope('saveFindings', {
  article: { url: 'https://page.example/a', title: 'T', site: 'page.example' },
  findings: [finding],
});

describe('checkBackgroundMessage', () => {
  it('accepts a well-formed message of each kind', () => {
    expect(checkBackgroundMessage(save).ok).toBe(true);
    expect(checkBackgroundMessage(envelope('getArticle', { url: 'https://a.example/' })).ok).toBe(true);
    expect(checkBackgroundMessage(envelope('updateAnnotation', { id: 'x', tags: ['disputed'], note: '' })).ok).toBe(true);
    expect(checkBackgroundMessage(envelope('updateAnnotation', { id: 'x' })).ok).toBe(true);
    expect(checkBackgroundMessage(envelope('annotateTab', { tabId: 7 })).ok).toBe(true);
    expect(checkBackgroundMessage(envelope('exportArticle', { url: 'https://a.example/', format: 'md' })).ok).toBe(true);
  });

  it.each([
    ['not an object', 'hello', /Not a Sourcelight message/],
    ['another channel', { channel: 'other', type: 'getArticle', payload: {} }, /Not a Sourcelight message/],
    ['an unknown type', { channel: CHANNEL, type: 'dropDatabase', payload: {} }, /Unknown message type "dropDatabase"/],
    ['an inherited key as type', { channel: CHANNEL, type: 'toString', payload: {} }, /Unknown message type/],
    ['a missing payload', { channel: CHANNEL, type: 'getArticle' }, /payload must be an object/],
    ['a javascript: url', envelope('getArticle', { url: 'javascript:alert(1)' }), /payload.url must be a web address/],
    ['an unknown tag', envelope('updateAnnotation', { id: 'x', tags: ['fake'] }), /tags\[0\] must be one of/],
    ['a repeated tag', envelope('updateAnnotation', { id: 'x', tags: ['disputed', 'disputed'] }), /repeats a tag/],
    ['an extra field', envelope('updateAnnotation', { id: 'x', created: 0 }), /payload.created is not expected/],
    ['a negative tab id', envelope('annotateTab', { tabId: -1 }), /whole number/],
    ['an unknown format', envelope('exportArticle', { url: 'https://a.example/', format: 'exe' }), /must be one of/],
    [
      'a backwards position',
      envelope('saveFindings', {
        article: { url: 'https://a.example/', title: '', site: '' },
        findings: [{ ...finding, selectors: { ...finding.selectors, position: { type: 'TextPositionSelector', start: 9, end: 2 } } }],
      }),
      /end must not be before start/,
    ],
    [
      'a huge note',
      envelope('updateAnnotation', { id: 'x', note: 'x'.repeat(20_001) }),
      /payload.note is longer than 20000 characters/,
    ],
  ])('refuses %s', (_label, message, error) => {
    const out = checkBackgroundMessage(message);
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.code).toBe('invalid');
      expect(out.error).toMatch(error);
    }
  });
});

describe('checkTabMessage', () => {
  it('accepts tab messages and refuses background-only ones', () => {
    expect(checkTabMessage(envelope('annotate', {})).ok).toBe(true);
    expect(checkTabMessage(envelope('scrollTo', { id: 'a' })).ok).toBe(true);
    expect(checkTabMessage(envelope('annotate', { force: true })).ok).toBe(false);
    expect(checkTabMessage(envelope('saveFindings', {})).ok).toBe(false);
  });

  it('names the changed articles by web address, or none for all, in storeChanged (pages only)', () => {
    expect(checkBackgroundMessage(envelope('storeChanged', { urls: ['https://news.example/a'] })).ok).toBe(true);
    expect(checkBackgroundMessage(envelope('storeChanged', { urls: null })).ok).toBe(true);
    expect(checkTabMessage(envelope('storeChanged', { urls: ['https://news.example/a'] })).ok).toBe(true);
    expect(checkBackgroundMessage(envelope('storeChanged', { urls: ['javascript:alert(1)'] })).ok).toBe(false);
    expect(checkBackgroundMessage(envelope('storeChanged', {})).ok).toBe(false);
    expect(checkTabMessage(envelope('storeChanged', { urls: Array(1001).fill('https://a.example/') })).ok).toBe(false);
    expect(BACKGROUND_PAGES_ONLY.has('storeChanged')).toBe(true);
  });

  it('takes a step only forwards or backwards', () => {
    expect(checkTabMessage(envelope('step', { direction: 'next' })).ok).toBe(true);
    expect(checkTabMessage(envelope('step', { direction: 'previous' })).ok).toBe(true);
    expect(checkTabMessage(envelope('step', { direction: 'sideways' })).ok).toBe(false);
    expect(checkTabMessage(envelope('step', {})).ok).toBe(false);
  });
});

describe('corrections, filters and highlight names', () => {
  it('accepts a well-formed correction and refuses a blank or unknown one', () => {
    expect(checkBackgroundMessage(envelope('correctAnnotation', { id: 'a', speaker: { name: 'Jo', speakerKind: 'person', speakerId: null } })).ok).toBe(true);
    expect(checkBackgroundMessage(envelope('correctAnnotation', { id: 'a', speaker: null, kind: 'none', dismissed: true })).ok).toBe(true);
    expect(checkBackgroundMessage(envelope('correctAnnotation', { id: 'a', speaker: { name: '  ', speakerKind: 'person', speakerId: null } })).ok).toBe(false);
    expect(checkBackgroundMessage(envelope('correctAnnotation', { id: 'a', kind: 'manual' })).ok).toBe(false);
    expect(checkBackgroundMessage(envelope('correctAnnotation', { id: 'a', tags: ['disputed'] })).ok).toBe(false);
  });

  it('takes only plain highlight names, so no CSS can be smuggled in', () => {
    expect(checkBackgroundMessage(envelope('styleHighlights', { names: { 'kind-quote': 'abc123def' } })).ok).toBe(true);
    expect(checkBackgroundMessage(envelope('styleHighlights', { names: { 'kind-quote': 'a) {} * { color: red' } })).ok).toBe(false);
    expect(checkBackgroundMessage(envelope('styleHighlights', { names: { 'Kind Quote': 'abcdef' } })).ok).toBe(false);
  });

  it('checks the page a content script sends to be read', () => {
    expect(checkBackgroundMessage(envelope('readPage', { html: '<html><body><p>One.</p></body></html>', url: 'https://news.example/a' })).ok).toBe(true);
    expect(checkBackgroundMessage(envelope('readPage', { html: 7, url: 'https://news.example/a' })).ok).toBe(false);
    expect(checkBackgroundMessage(envelope('readPage', { html: '<p>One.</p>', url: 'x'.repeat(5000) })).ok).toBe(false);
    expect(checkBackgroundMessage(envelope('readPage', { html: '<p>One.</p>' })).ok).toBe(false);
  });

  it('checks the summary a content script reports of its page', () => {
    expect(checkBackgroundMessage(envelope('showReport', { state: 'too-big', message: 'This page is too big', painted: 0 })).ok).toBe(true);
    expect(checkBackgroundMessage(envelope('showReport', { state: 'ready', message: null, painted: 12 })).ok).toBe(true);
    expect(checkBackgroundMessage(envelope('showReport', { state: 'frozen', message: null, painted: 0 })).ok).toBe(false);
    expect(checkBackgroundMessage(envelope('showReport', { state: 'ready', message: null, painted: -1 })).ok).toBe(false);
    expect(checkBackgroundMessage(envelope('showReport', { state: 'error', message: 'x'.repeat(2001), painted: 0 })).ok).toBe(false);
  });

  it('checks a page filter', () => {
    expect(checkTabMessage(envelope('setFilter', { show: true, kind: 'quote', tag: 'untagged', hiddenSpeakers: ['name:x'] })).ok).toBe(true);
    expect(checkTabMessage(envelope('setFilter', { show: 'yes', kind: 'quote', tag: 'all', hiddenSpeakers: [] })).ok).toBe(false);
    expect(checkTabMessage(envelope('describePaint', {})).ok).toBe(true);
  });
});

describe('dispatch', () => {
  function handlers(): Handlers<BackgroundCalls> {
    return {
      saveFindings: vi.fn(async () => ({ article: null, annotations: [] })),
      getArticle: vi.fn(() => ({ article: null, annotations: [] })),
      readPage: vi.fn(({ url }) => ({ url, title: '', byline: null, siteName: null, lang: 'en', findings: [] })),
      updateAnnotation: vi.fn(async () => {
        throw new MessageError('not-found', 'gone');
      }),
      correctAnnotation: vi.fn(async () => {
        throw new MessageError('not-found', 'gone');
      }),
      listLabels: vi.fn(async () => ['kremlin']),
      storeChanged: vi.fn(async () => ({ told: 0 })),
      styleHighlights: vi.fn(async () => true),
      showReport: vi.fn(() => true),
      annotateTab: vi.fn(async () => {
        throw new TypeError('boom');
      }),
      exportArticle: vi.fn(async () => ({ filename: 'a.md', mime: 'text/markdown', text: '#' })),
      openAnnotation: vi.fn(async () => ({ tabId: 1, anchored: false, detail: null })),
      saveManual: vi.fn(async () => {
        throw new MessageError('internal', 'not in this test');
      }),
      annotateSelectionInTab: vi.fn(async () => {
        throw new MessageError('not-found', 'nothing selected');
      }),
      listAlwaysOn: vi.fn(async () => []),
      setAlwaysOn: vi.fn(async () => []),
    };
  }

  it('runs the handler for our own well-formed message', async () => {
    const h = handlers();
    const out = await dispatch(checkBackgroundMessage, h, save, own, ID);
    expect(out).toEqual({ ok: true, value: { article: null, annotations: [] } });
    expect(h.saveFindings).toHaveBeenCalledWith(save.payload, own);
  });

  it('refuses a message from another extension or with no sender, without running anything', async () => {
    const h = handlers();
    for (const sender of [{ id: 'someone-else' }, undefined, {}]) {
      const out = await dispatch(checkBackgroundMessage, h, save, sender, ID);
      expect(out).toMatchObject({ ok: false, code: 'invalid', error: expect.stringMatching(/outside the extension/) });
    }
    expect(h.saveFindings).not.toHaveBeenCalled();
  });

  it('refuses a malformed message without running anything', async () => {
    const h = handlers();
    const out = await dispatch(checkBackgroundMessage, h, envelope('getArticle', { url: 42 }), own, ID);
    expect(out).toMatchObject({ ok: false, code: 'invalid' });
    expect(h.getArticle).not.toHaveBeenCalled();
  });

  it('turns thrown errors into failures with their code', async () => {
    const h = handlers();
    expect(await dispatch(checkBackgroundMessage, h, envelope('updateAnnotation', { id: 'x' }), own, ID)).toEqual({
      ok: false,
      code: 'not-found',
      error: 'gone',
    });
    expect(await dispatch(checkBackgroundMessage, h, envelope('annotateTab', { tabId: 1 }), own, ID)).toEqual({
      ok: false,
      code: 'internal',
      error: 'boom',
    });
  });
});

describe('pages-only messages', () => {
  const contentScript = { id: ID, url: 'https://page.example/a', tab: { id: 3 } };
  const popupInTab = { id: ID, url: 'chrome-extension://our-extension-id/popup.html?tab=3', tab: { id: 4 } };
  const firefoxPopup = { id: ID, url: 'moz-extension://5d1e/popup.html' };
  const handlers = () =>
    ({ annotateTab: vi.fn(async () => 'annotated'), getArticle: vi.fn(async () => 'read') }) as unknown as Handlers<BackgroundCalls>;

  it('refuses annotateTab and exportArticle from a content script', async () => {
    const h = handlers();
    const out = await dispatch(checkBackgroundMessage, h, envelope('annotateTab', { tabId: 9 }), contentScript, ID, BACKGROUND_PAGES_ONLY);
    expect(out).toMatchObject({ ok: false, code: 'invalid', error: expect.stringMatching(/only the extension's own pages/) });
    expect(h.annotateTab).not.toHaveBeenCalled();
    expect(isContentScript(contentScript)).toBe(true);
  });

  it('lets extension pages send them, in a popup or in a tab', async () => {
    for (const sender of [popupInTab, firefoxPopup]) {
      const out = await dispatch(checkBackgroundMessage, handlers(), envelope('annotateTab', { tabId: 9 }), sender, ID, BACKGROUND_PAGES_ONLY);
      expect(out).toEqual({ ok: true, value: 'annotated' });
    }
  });

  it('lets a content script read and write its article', async () => {
    const out = await dispatch(checkBackgroundMessage, handlers(), envelope('getArticle', { url: 'https://page.example/a' }), contentScript, ID, BACKGROUND_PAGES_ONLY);
    expect(out).toEqual({ ok: true, value: 'read' });
  });
});

describe('asResult', () => {
  it('keeps results and turns anything else into no-receiver', () => {
    expect(asResult({ ok: true, value: 1 })).toEqual({ ok: true, value: 1 });
    expect(asResult({ ok: false, code: 'restricted', error: 'no' })).toEqual({ ok: false, code: 'restricted', error: 'no' });
    expect(asResult(undefined)).toMatchObject({ ok: false, code: 'no-receiver' });
    expect(asResult({ ok: false, code: 'made-up', error: 'x' })).toEqual({ ok: false, code: 'internal', error: 'x' });
  });
});
