// The message types added for manual annotations and "always annotate on this site": their shape
// checks accept what the extension sends and refuse what a page or a broken sender could forge,
// and the ones that act on other tabs or on permissions are for the extension's own pages only.
import { describe, expect, it, vi } from 'vitest';
import {
  BACKGROUND_PAGES_ONLY,
  checkBackgroundMessage,
  checkTabMessage,
  dispatch,
  envelope,
  isWebOrigin,
  LIMITS,
  type ManualInput,
} from './messages';

const manual: ManualInput = {
  article: { url: 'https://page.example/a', title: 'T', site: 'page.example' },
  text: 'marked words',
  selectors: {
    quote: { type: 'TextQuoteSelector', exact: 'marked words', prefix: 'some ', suffix: ' here' },
    position: { type: 'TextPositionSelector', start: 5, end: 17 },
  },
};

const refusal = (type: string, payload: unknown) => {
  const r = checkBackgroundMessage(envelope(type, payload));
  return r.ok ? null : r.error;
};

describe('saveManual', () => {
  it('accepts a selection described by quote and position selectors', () => {
    expect(checkBackgroundMessage(envelope('saveManual', manual))).toMatchObject({ ok: true, value: { type: 'saveManual' } });
  });
  it('refuses a text that is not the quoted text, an empty text, extra fields and bad selectors', () => {
    expect(refusal('saveManual', { ...manual, text: 'other words' })).toMatch(/payload\.text must be the quoted text/);
    const blank = { ...manual, text: '  ', selectors: { ...manual.selectors, quote: { ...manual.selectors.quote, exact: '  ' } } };
    expect(refusal('saveManual', blank)).toMatch(/must not be empty/);
    expect(refusal('saveManual', { ...manual, id: 'chosen-by-page' })).toMatch(/payload\.id is not expected/);
    expect(refusal('saveManual', { ...manual, kind: 'quote' })).toMatch(/payload\.kind is not expected/);
    const backwards = { ...manual, selectors: { ...manual.selectors, position: { type: 'TextPositionSelector', start: 9, end: 2 } } };
    expect(refusal('saveManual', backwards)).toMatch(/end must not be before start/);
    const long = 'x'.repeat(LIMITS.text + 1);
    expect(refusal('saveManual', { ...manual, text: long, selectors: { ...manual.selectors, quote: { ...manual.selectors.quote, exact: long } } })).toMatch(/longer than/);
    expect(refusal('saveManual', { ...manual, article: { ...manual.article, url: 'javascript:alert(1)' } })).toMatch(/web address/);
  });
});

describe('selection and site messages', () => {
  it('checks annotateSelectionInTab, listAlwaysOn and setAlwaysOn', () => {
    expect(checkBackgroundMessage(envelope('annotateSelectionInTab', { tabId: 3 })).ok).toBe(true);
    expect(refusal('annotateSelectionInTab', { tabId: -1 })).toMatch(/whole number/);
    expect(checkBackgroundMessage(envelope('listAlwaysOn', {})).ok).toBe(true);
    expect(refusal('listAlwaysOn', { all: true })).toMatch(/not expected/);
    expect(checkBackgroundMessage(envelope('setAlwaysOn', { origin: 'https://news.example', on: true })).ok).toBe(true);
    expect(checkBackgroundMessage(envelope('setAlwaysOn', { origin: 'http://127.0.0.1:8080', on: false })).ok).toBe(true);
    expect(refusal('setAlwaysOn', { origin: 'https://news.example/', on: true })).toMatch(/web origin/);
    expect(refusal('setAlwaysOn', { origin: '<all_urls>', on: true })).toMatch(/web origin/);
    expect(refusal('setAlwaysOn', { origin: 'https://news.example', on: 'yes' })).toMatch(/true or false/);
  });
  it('accepts the annotateSelection tab message with an empty payload only', () => {
    expect(checkTabMessage(envelope('annotateSelection', {})).ok).toBe(true);
    expect(checkTabMessage(envelope('annotateSelection', { text: 'x' })).ok).toBe(false);
  });
  it('tells web origins apart from other strings', () => {
    expect(isWebOrigin('https://www.bbc.com')).toBe(true);
    expect(isWebOrigin('https://www.bbc.com/news')).toBe(false);
    expect(isWebOrigin('file:///tmp')).toBe(false);
    expect(isWebOrigin('https://*.example')).toBe(false);
    expect(isWebOrigin(42)).toBe(false);
  });
  it('leaves tab selection and site permissions to the extension pages', async () => {
    for (const t of ['annotateSelectionInTab', 'listAlwaysOn', 'setAlwaysOn'] as const) expect(BACKGROUND_PAGES_ONLY.has(t)).toBe(true);
    expect(BACKGROUND_PAGES_ONLY.has('saveManual')).toBe(false);
    const handler = vi.fn(async () => []);
    const fromPage = { id: 'ext', url: 'https://page.example/a', tab: { id: 3 } };
    const out = await dispatch(
      checkBackgroundMessage,
      { setAlwaysOn: handler } as never,
      envelope('setAlwaysOn', { origin: 'https://news.example', on: true }),
      fromPage,
      'ext',
      BACKGROUND_PAGES_ONLY,
    );
    expect(out).toMatchObject({ ok: false, code: 'invalid' });
    expect(handler).not.toHaveBeenCalled();
  });
});
