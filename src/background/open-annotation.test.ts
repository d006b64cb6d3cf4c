// "Open at this annotation" on fake-indexeddb with a fake browser: the tab opens at the text
// fragment; where Sourcelight may run it is annotated and scrolled to; otherwise it stays at the
// fragment and says why; unknown ids and non-web articles are refused.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { openDb } from '../database/db';
import { applyImport } from '../database/import';
import { ok, fail, type PageReport } from '../shared/messages';
import type { AnnotationRecord } from '../shared/model';
import { openAnnotation, type OpenerAccess } from './open-annotation';

const row = (id: string, article: string): AnnotationRecord => ({
  id, article, kind: 'quote', text: 'prices will rise', speaker: null, speakerKind: 'unknown', cue: null,
  selectors: { quote: { type: 'TextQuoteSelector', exact: 'prices will rise', prefix: 'xx said that ', suffix: ' next year' }, position: { type: 'TextPositionSelector', start: 5, end: 21 } },
  tags: [], labels: [], note: '', origin: 'auto', created: 1, updated: 1,
});

async function setup(mayRun: boolean, found = true) {
  const db = openDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  await applyImport(db, {
    articles: [{ url: 'https://news.example/a', title: 'A', site: 'news.example', firstVisit: 1, lastVisit: 1 }, { url: 'file:///tmp/a.html', title: 'F', site: '', firstVisit: 1, lastVisit: 1 }],
    annotations: [row('a', 'https://news.example/a'), row('f', 'file:///tmp/a.html')],
  });
  const report = { state: 'ready' } as PageReport;
  const access: OpenerAccess = {
    create: vi.fn(async () => 7),
    loaded: vi.fn(async () => true),
    mayRun: vi.fn(async () => mayRun),
    annotate: vi.fn().mockResolvedValueOnce(fail('no-receiver', 'none yet')).mockResolvedValue(ok(report)),
    scrollTo: vi.fn(async () => ok({ found })),
    inject: vi.fn(async () => undefined),
  };
  return { db, access };
}

describe('openAnnotation', () => {
  it('opens the fragment, injects, annotates and scrolls to the annotation', async () => {
    const { db, access } = await setup(true);
    expect(await openAnnotation(access, db, 'a')).toEqual({ tabId: 7, anchored: true, detail: null });
    expect(access.create).toHaveBeenCalledWith('https://news.example/a#:~:text=said%20that-,prices%20will%20rise,-next');
    expect(access.inject).toHaveBeenCalledWith(7);
    expect(access.scrollTo).toHaveBeenCalledWith(7, 'a');
  });

  it('leaves the page at its fragment where Sourcelight may not run, or says the passage is gone', async () => {
    const closed = await setup(false);
    expect(await openAnnotation(closed.access, closed.db, 'a')).toMatchObject({ tabId: 7, anchored: false, detail: expect.stringMatching(/may not run/) });
    expect(closed.access.annotate).not.toHaveBeenCalled();
    const gone = await setup(true, false);
    expect(await openAnnotation(gone.access, gone.db, 'a')).toMatchObject({ anchored: false, detail: 'not found on the page as it is now' });
  });

  it('refuses unknown ids and articles that are no web page', async () => {
    const { db, access } = await setup(true);
    await expect(openAnnotation(access, db, 'nope')).rejects.toMatchObject({ code: 'not-found' });
    await expect(openAnnotation(access, db, 'f')).rejects.toMatchObject({ code: 'invalid' });
    expect(access.create).not.toHaveBeenCalled();
  });
});
