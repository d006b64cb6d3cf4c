// @vitest-environment jsdom
// Manual annotations in a page (jsdom), through the real message checks and the real store on
// fake-indexeddb: the selection becomes a 'manual' row with selectors on the live text, painted in
// its own style with its card open; annotating again keeps it; a fresh session on the reloaded page
// paints it again; with nothing selected the reader gets a sentence, and nothing is stored.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { anchor, buildTextIndex } from '../anchoring';
import type { Finding } from '../core/types';
import { createHandlers } from '../background/handlers';
import { openDb } from '../database/db';
import { checkBackgroundMessage, dispatch, envelope, MessageError, ok, type BackgroundCalls, type Req, type Res, type Result } from '../shared/messages';
import type { HighlightLike, PaintTarget } from './painter';
import { annotateSelection, NO_SELECTION, SelectionButton } from './manual-annotation';
import { ContentSession, type SessionDeps } from './session';

const P1 = 'The council met on Tuesday to discuss the harbour plan.';
const P2 = 'Residents said the plan was "far too expensive" for the town.';

function fakeTarget() {
  const sets = new Map<string, Set<AbstractRange>>();
  const target: PaintTarget = {
    registry: { set: (name, h) => sets.set(name, (h as unknown as { set: Set<AbstractRange> }).set), delete: () => true },
    createHighlight: () => {
      const set = new Set<AbstractRange>();
      const h: HighlightLike & { set: Set<AbstractRange> } = { set, priority: 0, add: (r) => set.add(r), clear: () => set.clear() };
      return h;
    },
  };
  const painted = (name: string) => [...(sets.get(name) ?? [])].map((r) => (r as Range).toString());
  return { target, painted };
}

function page(paragraphs: string[]): void {
  document.body.innerHTML = '';
  const article = document.createElement('article');
  for (const text of paragraphs) {
    const p = document.createElement('p');
    p.textContent = text;
    article.append(p);
  }
  document.body.append(article);
}

/** Selects `words` inside the paragraph that holds them. */
function select(words: string): void {
  const p = [...document.querySelectorAll('p')].find((el) => el.textContent!.includes(words))!;
  const node = p.firstChild!;
  const at = node.textContent!.indexOf(words);
  const range = document.createRange();
  range.setStart(node, at);
  range.setEnd(node, at + words.length);
  const selection = window.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

function setup(db = openDb({ indexedDB: new IDBFactory(), IDBKeyRange })) {
  let n = 0;
  const handlers = createHandlers({ db, tabs: { annotate: async () => ok({} as never), inject: async () => undefined }, now: () => 1000, newId: () => `id-${++n}` });
  const send = async <K extends keyof BackgroundCalls>(type: K, payload: Req<BackgroundCalls, K>) =>
    (await dispatch(checkBackgroundMessage, handlers, envelope(type, payload), { id: 'ext' }, 'ext')) as Result<Res<BackgroundCalls, K>>;
  const quote = P2.indexOf('far too expensive');
  const finding: Finding = {
    id: 'f1', kind: 'quote', text: 'far too expensive', speaker: 'Residents', speakerId: 's1', speakerDescription: null, rule: 'test', speakerKind: 'anonymous', mention: null, cue: 'said',
    partial: true, paragraph: 1,
    selector: { type: 'TextQuoteSelector', exact: 'far too expensive', prefix: P2.slice(quote - 10, quote), suffix: '" for the' },
    position: { type: 'TextPositionSelector', start: 0, end: 0 },
  };
  const { target, painted } = fakeTarget();
  const deps: SessionDeps = {
    doc: document,
    location: 'https://news.example/harbour',
    extract: () => ({
      extraction: { url: '', title: 'Harbour plan', byline: null, siteName: null, lang: 'en', findings: [finding] },
      article: { url: '', title: 'Harbour plan', byline: null, siteName: null, lang: 'en', text: '', paragraphs: [], inlineQuotes: [] },
    }),
    isNoArticle: () => false,
    canonicalUrl: () => 'https://news.example/harbour',
    buildTextIndex: (root) => buildTextIndex(root),
    anchor: (index, selectors) => anchor(index, selectors),
    send: send as SessionDeps['send'],
    paintTarget: target,
    cardMode: 'open',
  };
  return { db, session: new ContentSession(deps), painted };
}

describe('manual annotations', () => {
  it('turns the selection into a stored, painted manual annotation and opens its card', async () => {
    page([P1, P2]);
    const { db, session, painted } = setup();
    select('discuss the harbour plan');
    const record = await annotateSelection(session, document);
    expect(record).toMatchObject({ id: 'manual-id-1', kind: 'manual', origin: 'manual', text: 'discuss the harbour plan', tags: [], note: '' });
    const text = buildTextIndex(document.body).text;
    const { quote, position } = record.selectors;
    expect(text.slice(position.start, position.end)).toBe('discuss the harbour plan');
    expect(quote.prefix).toBe(text.slice(Math.max(0, position.start - 32), position.start));
    expect(quote.suffix).toBe(text.slice(position.end, position.end + 32));
    // The page was annotated on the way: the engine's quote is there too.
    expect(painted('sourcelight-kind-manual')).toEqual(['discuss the harbour plan']);
    expect(painted('sourcelight-kind-quote')).toEqual(['far too expensive']);
    expect(session.card.currentId).toBe(record.id);
    expect(window.getSelection()!.isCollapsed).toBe(true);
    expect((await db.annotations.get(record.id))?.origin).toBe('manual');
    expect((await db.articles.get('https://news.example/harbour'))?.title).toBe('Harbour plan');
  });

  it('keeps the manual annotation when the page is annotated again and on a reload', async () => {
    page([P1, P2]);
    const { db, session, painted } = setup();
    select('harbour plan');
    const record = await annotateSelection(session, document);
    await session.update({ id: record.id, tags: ['needs-source'], note: 'check the minutes' });
    const again = await session.annotate();
    expect(again.annotations.map((a) => a.id)).toContain(record.id);
    // The page changed: the engine runs again on the live page and saves its findings.
    const engineRun = await session.pageChanged({ navigated: false });
    expect(engineRun).not.toBeNull();
    expect(engineRun!.annotations.find((a) => a.id === record.id)).toMatchObject({ tags: ['needs-source'], note: 'check the minutes' });
    expect(session.describePaint().marks).toEqual([{ id: record.id, text: 'harbour plan', tags: ['needs-source'], note: true }]);

    // The reloaded page, with a paragraph added before it: a new session places it again.
    page(['A new first paragraph.', P1, P2]);
    const reloaded = setup(db);
    const report = await reloaded.session.annotate();
    expect(report.orphaned).toEqual([]);
    expect(report.annotations.find((a) => a.id === record.id)?.note).toBe('check the minutes');
    expect(reloaded.session.describePaint().marks).toEqual([{ id: record.id, text: 'harbour plan', tags: ['needs-source'], note: true }]);
    // A manual highlight can be given a speaker: it takes that speaker's colour.
    const given = await reloaded.session.correct({ id: record.id, speaker: { name: 'Harbour board', speakerKind: 'organization', speakerId: null } });
    expect(given.ok && given.value).toMatchObject({ speaker: 'Harbour board', speakerKind: 'organization', kind: 'manual' });
    expect(reloaded.painted('sourcelight-speaker-o0')).toEqual(['harbour plan']);
    expect(reloaded.painted('sourcelight-kind-manual')).toEqual(['harbour plan']);
  });

  it('says what to do when nothing is selected, and stores nothing', async () => {
    page([P1, P2]);
    const { db, session } = setup();
    window.getSelection()!.removeAllRanges();
    const error = await annotateSelection(session, document).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MessageError);
    expect((error as MessageError).code).toBe('not-found');
    expect((error as MessageError).message).toBe(NO_SELECTION);
    expect(await db.annotations.count()).toBe(0);
  });

  it('ignores text selected in a form field', async () => {
    page([P1, P2]);
    const { db, session } = setup();
    const field = document.createElement('textarea');
    field.value = 'my own words';
    document.body.append(field);
    field.focus();
    // What a browser's document selection can hold while the reader works in the field.
    select('harbour plan');
    expect(document.activeElement).toBe(field);
    await expect(annotateSelection(session, document)).rejects.toMatchObject({ code: 'not-found' });
    expect(await db.annotations.count()).toBe(0);
  });

  it('shows a button by the selection that annotates it', async () => {
    page([P1, P2]);
    const { session } = setup();
    const made: Promise<unknown>[] = [];
    const button = new SelectionButton(document, (range) => made.push(session.addManual(buildTextIndex(document.body), {
      quote: { type: 'TextQuoteSelector', exact: range.toString(), prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: 0 },
    })), { mode: 'open', trustedOnly: false });
    select('Tuesday');
    button.sync();
    expect(button.isShown).toBe(true);
    // Right after the paragraph holding the selection: the next stop of the Tab key.
    expect(button.host.previousElementSibling?.textContent).toBe(P1);
    expect(button.element.tagName).toBe('BUTTON');
    button.element.click();
    expect(made).toHaveLength(1);
    expect(button.isShown).toBe(false);
    window.getSelection()!.removeAllRanges();
    button.sync();
    expect(button.isShown).toBe(false);
    button.destroy();
  });
});
