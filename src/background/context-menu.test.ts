// The context-menu item and the selection path it shares with the shortcut: declared permission,
// injection only when nobody answers, restricted pages get their own error, other menu items and
// failures never throw. saveManual on fake-indexeddb: a new manual row, kept by engine runs.
import { readFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { checkBackgroundMessage, dispatch, envelope, fail, MessageError, ok, type PageReport } from '../shared/messages';
import type { AnnotationRecord } from '../shared/model';
import { ANNOTATE_COMMAND, onCommand } from './commands';
import { annotateSelectionInTab, MENU_ID, MENU_ITEM, onMenuClick, type SelectionAccess } from './context-menu';
import { openDb } from '../database/db';
import { createHandlers } from './handlers';

const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'));
const record = { id: 'manual-1', kind: 'manual' } as AnnotationRecord;

function access(answers: Array<Awaited<ReturnType<SelectionAccess['annotateSelection']>>>, inject: SelectionAccess['inject'] = async () => undefined) {
  const annotateSelection = vi.fn<SelectionAccess['annotateSelection']>();
  for (const a of answers) annotateSelection.mockResolvedValueOnce(a);
  return { annotateSelection, inject: vi.fn(inject) };
}

describe('context menu', () => {
  it('is a selection item, with the contextMenus permission declared', () => {
    expect(manifest.permissions).toContain('contextMenus');
    expect(MENU_ITEM).toEqual({ id: MENU_ID, title: 'Annotate with Sourcelight', contexts: ['selection'] });
  });

  it('asks the content script, injecting it only when nobody answers', async () => {
    const present = access([ok(record)]);
    expect(await annotateSelectionInTab(present, 4)).toBe(record);
    expect(present.inject).not.toHaveBeenCalled();
    const absent = access([fail('no-receiver', 'none'), ok(record)]);
    expect(await annotateSelectionInTab(absent, 4)).toBe(record);
    expect(absent.inject).toHaveBeenCalledWith(4);
    expect(absent.annotateSelection).toHaveBeenCalledTimes(2);
  });

  it('answers restricted where the browser refuses to script the page, and passes on "nothing selected"', async () => {
    const refused = access([fail('no-receiver', 'none')], async () => {
      throw new Error('Cannot access contents of url "about:addons".');
    });
    await expect(annotateSelectionInTab(refused, 4)).rejects.toMatchObject({ code: 'restricted' });
    await expect(annotateSelectionInTab(access([fail('not-found', 'Select some text')]), 4)).rejects.toMatchObject({
      code: 'not-found',
      message: 'Select some text',
    });
  });

  it('handles only its own item, and reports failures instead of throwing', async () => {
    const a = access([fail('internal', 'broken')]);
    const onError = vi.fn();
    await onMenuClick(a, { menuItemId: 'other' }, 4, onError);
    expect(a.annotateSelection).not.toHaveBeenCalled();
    await onMenuClick(a, { menuItemId: MENU_ID }, undefined, onError);
    expect(a.annotateSelection).not.toHaveBeenCalled();
    await expect(onMenuClick(a, { menuItemId: MENU_ID }, 4, onError)).resolves.toBeUndefined();
    expect(onError).toHaveBeenCalledWith(4, 'broken');
  });
});

describe('the shortcut with a selection', () => {
  const report = { state: 'ready' } as PageReport;
  const deps = (annotateSelection: (tabId: number) => Promise<unknown>) => ({
    activeTabId: vi.fn(async () => 9),
    annotate: vi.fn(async () => report),
    annotateSelection: vi.fn(annotateSelection),
    setBadge: vi.fn(async () => undefined),
  });
  it('annotates the selection when there is one, the page otherwise', async () => {
    const selected = deps(async () => record);
    await onCommand(selected, ANNOTATE_COMMAND, 3);
    expect(selected.annotateSelection).toHaveBeenCalledWith(3);
    expect(selected.annotate).not.toHaveBeenCalled();
    const none = deps(async () => {
      throw new MessageError('not-found', 'Select some text');
    });
    await onCommand(none, ANNOTATE_COMMAND, 3);
    expect(none.annotate).toHaveBeenCalledWith(3);
    expect(none.setBadge).not.toHaveBeenCalled();
  });
  it('shows any other failure on the toolbar button', async () => {
    const d = deps(async () => {
      throw new MessageError('restricted', 'Not here.');
    });
    await onCommand(d, ANNOTATE_COMMAND, 3);
    expect(d.annotate).not.toHaveBeenCalled();
    expect(d.setBadge).toHaveBeenCalledWith(3, '!', 'Sourcelight: Not here.');
  });
});

describe('saveManual and annotateSelectionInTab through the background handlers', () => {
  const article = { url: 'https://news.example/a', title: 'Harbour plan', site: 'news.example' };
  const selectors = {
    quote: { type: 'TextQuoteSelector' as const, exact: 'the harbour plan', prefix: 'discuss ', suffix: '.' },
    position: { type: 'TextPositionSelector' as const, start: 40, end: 56 },
  };
  function setup(selection?: SelectionAccess) {
    const db = openDb({ indexedDB: new IDBFactory(), IDBKeyRange });
    let n = 0;
    const handlers = createHandlers({
      db,
      tabs: { annotate: async () => fail('no-receiver', 'none'), inject: async () => undefined },
      now: () => 7000,
      newId: () => String(++n),
      ...(selection ? { selection } : {}),
    });
    const call = (type: string, payload: unknown, sender: object = { id: 'ext' }) =>
      dispatch(checkBackgroundMessage, handlers, envelope(type, payload), sender, 'ext', new Set(['annotateSelectionInTab'] as const));
    return { db, call };
  }

  it('stores a new manual row each time, which engine runs never overwrite', async () => {
    const { db, call } = setup();
    const first = await call('saveManual', { article, text: 'the harbour plan', selectors });
    expect(first).toMatchObject({
      ok: true,
      value: {
        article: { url: article.url, firstVisit: 7000 },
        annotation: { id: 'manual-1', kind: 'manual', origin: 'manual', text: 'the harbour plan', speaker: null, tags: [], note: '', created: 7000 },
      },
    });
    const second = await call('saveManual', { article, text: 'the harbour plan', selectors });
    expect(second.ok && (second.value as { annotations: AnnotationRecord[] }).annotations.map((a) => a.id)).toEqual(['manual-1', 'manual-2']);
    await call('updateAnnotation', { id: 'manual-1', tags: ['disputed'], note: 'why?' });
    // The engine runs again and finds something else: the manual rows stay, tags and notes too.
    const finding = { id: 'auto-1', kind: 'quote', text: 'x', speaker: null, speakerKind: 'unknown', cue: null, selectors };
    await call('saveFindings', { article, findings: [finding] });
    const rows = await db.annotations.where('article').equals(article.url).toArray();
    expect(rows.map((r) => r.id).sort()).toEqual(['auto-1', 'manual-1', 'manual-2']);
    expect(rows.find((r) => r.id === 'manual-1')).toMatchObject({ tags: ['disputed'], note: 'why?', origin: 'manual' });
  });

  it('refuses a forged manual row without storing anything', async () => {
    const { db, call } = setup();
    expect(await call('saveManual', { article, text: 'the harbour plan', selectors, origin: 'auto' })).toMatchObject({ ok: false, code: 'invalid' });
    expect(await db.annotations.count()).toBe(0);
  });

  it('annotates a tab’s selection for the extension’s pages only', async () => {
    const selection = access([ok(record)]);
    const { call } = setup(selection);
    expect(await call('annotateSelectionInTab', { tabId: 2 }, { id: 'ext', url: 'https://page.example/', tab: { id: 2 } })).toMatchObject({
      ok: false,
      code: 'invalid',
    });
    expect(await call('annotateSelectionInTab', { tabId: 2 })).toEqual({ ok: true, value: record });
    expect(selection.annotateSelection).toHaveBeenCalledWith(2);
  });
});
