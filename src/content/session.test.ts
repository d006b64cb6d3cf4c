// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Finding } from '../core/types';
import type { AnnotationRecord, ArticleRecord } from '../shared/model';
import { fail, ok, SHOW_ALL, type BackgroundCalls, type Req, type Res, type Result } from '../shared/messages';
import type { HighlightLike, PaintTarget } from './painter';
import { withCorrection } from '../database/store';
import { ContentSession, MAX_PAGE_CHARS, MAX_PAGE_ELEMENTS, MESSAGES, styledElements, type LiveTextIndex, type SessionDeps } from './session';

class NoArticle extends Error {}

const PAGE = 'The mayor said the bridge "will open in May" and critics called it "a fantasy" again.';

function finding(kind: Finding['kind'], exact: string, speaker: string | null): Finding {
  const start = PAGE.indexOf(exact);
  return {
    id: `f-${start}`,
    kind,
    text: exact,
    speaker,
    // No engine speaker id: the speakers are told apart by name (one shared id would make them one).
    speakerKind: speaker ? 'person' : 'unknown', speakerId: null, speakerDescription: null, rule: 'test',
    mention: null,
    cue: speaker ? 'said' : null,
    partial: true,
    paragraph: 0,
    selector: { type: 'TextQuoteSelector', exact, prefix: PAGE.slice(Math.max(0, start - 8), start), suffix: PAGE.slice(start + exact.length, start + exact.length + 8) },
    position: { type: 'TextPositionSelector', start, end: start + exact.length },
  };
}

/** An in-memory background: upserts never overwrite tags or notes, like the real store. */
function fakeStore() {
  let article: ArticleRecord | null = null;
  const rows = new Map<string, AnnotationRecord>();
  const calls: string[] = [];
  const send = async <K extends keyof BackgroundCalls>(type: K, payload: Req<BackgroundCalls, K>): Promise<Result<Res<BackgroundCalls, K>>> => {
    calls.push(type);
    const answer = (v: unknown) => ok(v) as Result<Res<BackgroundCalls, K>>;
    if (type === 'saveFindings') {
      const p = payload as Req<BackgroundCalls, 'saveFindings'>;
      article = { ...p.article, firstVisit: article?.firstVisit ?? 1, lastVisit: 2 };
      for (const f of p.findings) {
        const old = rows.get(f.id);
        const row: AnnotationRecord = { ...f, article: p.article.url, tags: old?.tags ?? [], note: old?.note ?? '', origin: 'auto', created: 1, updated: 1 };
        const engine = { kind: f.kind, speaker: f.speaker, speakerKind: f.speakerKind, speakerId: f.speakerId ?? null };
        rows.set(f.id, old?.correction ? withCorrection(row, { ...old.correction, engine }) : row);
      }
      return answer({ article, annotations: [...rows.values()] });
    }
    if (type === 'getArticle') return answer({ article, annotations: [...rows.values()] });
    if (type === 'updateAnnotation') {
      const p = payload as Req<BackgroundCalls, 'updateAnnotation'>;
      const old = rows.get(p.id);
      if (!old) return fail('not-found', 'No such annotation.');
      const next = { ...old, tags: p.tags ?? old.tags, note: p.note ?? old.note };
      rows.set(p.id, next);
      return answer(next);
    }
    if (type === 'correctAnnotation') {
      const p = payload as Req<BackgroundCalls, 'correctAnnotation'>;
      const old = rows.get(p.id);
      if (!old) return fail('not-found', 'No such annotation.');
      const engine = old.correction?.engine ?? { kind: old.kind, speaker: old.speaker, speakerKind: old.speakerKind, speakerId: old.speakerId ?? null };
      const correction = { ...old.correction, engine, at: 5, ...(p.speaker !== undefined ? { speaker: p.speaker } : {}), ...(p.kind ? { kind: p.kind } : {}), ...(p.dismissed ? { dismissed: true } : {}) };
      const next = p.reset ? withCorrection({ ...old, ...engine }, undefined) : withCorrection(old, correction);
      rows.set(p.id, next);
      return answer(next);
    }
    return fail('invalid', 'not in this fake');
  };
  return { send: send as SessionDeps['send'], rows, calls };
}

function fakeTarget(): { target: PaintTarget; painted: () => Map<string, string[]> } {
  const highlights = new Map<string, Set<AbstractRange>>();
  const target: PaintTarget = {
    registry: { set: () => undefined, delete: () => true },
    createHighlight: () => {
      const set = new Set<AbstractRange>();
      const h: HighlightLike & { set: Set<AbstractRange> } = { set, priority: 0, add: (r) => set.add(r), clear: () => set.clear() };
      return h;
    },
  };
  // Track what ends up in each named highlight through the registry.
  target.registry.set = (name, h) => highlights.set(name, (h as unknown as { set: Set<AbstractRange> }).set);
  const painted = () => new Map([...highlights].map(([k, v]) => [k, [...v].map((r) => (r as Range).toString())]));
  return { target, painted };
}

/** overrides: stand-ins for some deps, or a function of the default deps giving them. */
function setup(findings: Finding[], overrides: Partial<SessionDeps> | ((defaults: SessionDeps) => Partial<SessionDeps>) = {}) {
  document.body.innerHTML = '';
  const p = document.createElement('p');
  p.textContent = PAGE;
  document.body.append(p);
  const node = p.firstChild!;
  const index: LiveTextIndex = {
    text: PAGE,
    rangeFor: (start, end) => {
      const r = document.createRange();
      r.setStart(node, start);
      r.setEnd(node, end);
      return r;
    },
  };
  const store = fakeStore();
  const { target, painted } = fakeTarget();
  let extractRuns = 0;
  const deps: SessionDeps = {
    doc: document,
    location: 'https://news.example/story?utm_source=x',
    extract: () => {
      extractRuns++;
      return {
        extraction: { url: '', title: 'Bridge story', byline: null, siteName: null, lang: 'en', findings },
        article: { url: '', title: 'Bridge story', byline: null, siteName: null, lang: 'en', text: PAGE, paragraphs: [], inlineQuotes: [] },
      };
    },
    isNoArticle: (e) => e instanceof NoArticle,
    canonicalUrl: () => 'https://news.example/story',
    buildTextIndex: () => index,
    anchor: (_i, { quote, position }) => {
      if (position && PAGE.slice(position.start, position.end) === quote.exact) return { start: position.start, end: position.end };
      const at = PAGE.indexOf(quote.exact);
      return at < 0 ? null : { start: at, end: at + quote.exact.length };
    },
    send: store.send,
    paintTarget: target,
    cardMode: 'open',
  };
  Object.assign(deps, typeof overrides === 'function' ? overrides({ ...deps }) : overrides);
  return { session: new ContentSession(deps), store, painted, runs: () => extractRuns };
}

describe('ContentSession', () => {
  it('stores, anchors and paints every finding, in reading order', async () => {
    const { session, store, painted } = setup([finding('scare', 'a fantasy', null), finding('quote', 'will open in May', 'The mayor')]);
    const report = await session.annotate();
    expect(report.state).toBe('ready');
    expect(report.highlightsSupported).toBe(true);
    expect(report.annotations.map((a) => a.text)).toEqual(['will open in May', 'a fantasy']);
    expect(report.orphaned).toEqual([]);
    expect(report.article?.url).toBe('https://news.example/story');
    expect(painted().get('sourcelight-kind-quote')).toEqual(['will open in May']);
    expect(painted().get('sourcelight-kind-scare')).toEqual(['a fantasy']);
    // The mayor is the article's first person: the first person colour.
    expect(painted().get('sourcelight-speaker-p0')).toEqual(['will open in May']);
    const stored = [...store.rows.values()].find((r) => r.kind === 'quote')!;
    expect(stored.selectors.position).toEqual({ type: 'TextPositionSelector', start: PAGE.indexOf('will'), end: PAGE.indexOf('will') + 16 });
  });

  it('indexes the live page while the engine works elsewhere, and readies the index before the findings come', async () => {
    const order: string[] = [];
    const findings = [finding('quote', 'will open in May', 'The mayor')];
    let release: () => void = () => undefined;
    const engineDone = new Promise<void>((r) => (release = r));
    const { session, painted } = setup(findings, (defaults) => ({
      buildTextIndex: (root) => {
        order.push('index');
        return defaults.buildTextIndex(root);
      },
      prepareAnchoring: () => void order.push('prepare'),
      extract: async (_doc, _url, whileWaiting) => {
        order.push('sent');
        const waiting = whileWaiting?.();
        await engineDone;
        order.push('findings');
        await waiting;
        return { extraction: { url: '', title: 'Bridge story', byline: null, siteName: null, lang: 'en', findings } };
      },
    }));
    const run = session.annotate();
    await new Promise((r) => setTimeout(r, 0));
    expect(order).toEqual(['sent', 'index', 'prepare']);
    release();
    const report = await run;
    expect(order).toEqual(['sent', 'index', 'prepare', 'findings']);
    expect(report.annotations.map((a) => a.text)).toEqual(['will open in May']);
    expect(painted().get('sourcelight-kind-quote')).toEqual(['will open in May']);
  });

  it('builds the card only when it is first needed, not to paint the page', async () => {
    const { session } = setup([finding('quote', 'will open in May', 'The mayor')]);
    await session.annotate();
    expect(session.cardIfBuilt).toBeNull();
    expect(session.describePaint().card).toBeNull();
    expect(session.setFilter({ ...SHOW_ALL, kind: 'claim' })).toBe(0);
    expect(session.cardIfBuilt).toBeNull();
    session.setFilter(SHOW_ALL);
    Range.prototype.getBoundingClientRect = () => ({ top: 10, left: 10, bottom: 30, right: 90, width: 80, height: 20, x: 10, y: 10 }) as DOMRect;
    const id = session.step('next');
    expect(session.cardIfBuilt?.currentId).toBe(id);
    expect(session.describePaint().card).toBe(id);
  });

  it('indexes the page after the findings where the engine does not say it is waiting', async () => {
    const order: string[] = [];
    const findings = [finding('quote', 'will open in May', 'The mayor')];
    const { session } = setup(findings, (defaults) => ({
      buildTextIndex: (root) => {
        order.push('index');
        return defaults.buildTextIndex(root);
      },
      extract: () => {
        order.push('engine');
        return { extraction: { url: '', title: 'Bridge story', byline: null, siteName: null, lang: 'en', findings } };
      },
    }));
    expect((await session.annotate()).annotations).toHaveLength(1);
    expect(order).toEqual(['engine', 'index']);
  });

  it('paints before the store’s write answers, and a tag waits for the write', async () => {
    const { session, store, painted } = setup([finding('quote', 'will open in May', 'The mayor')]);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const order: string[] = [];
    const send = store.send;
    const deps = (session as unknown as { deps: SessionDeps }).deps;
    deps.send = (async (type: Parameters<SessionDeps['send']>[0], payload: never) => {
      if (type === 'saveFindings') await gate;
      order.push(type);
      return send(type, payload);
    }) as SessionDeps['send'];
    const run = session.annotate();
    await new Promise((r) => setTimeout(r, 0));
    expect(painted().get('sourcelight-kind-quote')).toEqual(['will open in May']);
    expect(store.rows.size).toBe(0);
    const id = [...session.entries()][0]!.id;
    const tagged = session.update({ id, tags: ['disputed'] });
    release();
    expect((await run).state).toBe('ready');
    expect((await tagged).ok).toBe(true);
    expect(order).toEqual(['getArticle', 'saveFindings', 'updateAnnotation']);
    expect(store.rows.get(id)?.tags).toEqual(['disputed']);
  });

  it('paints the first run of a fresh session (a reload) as stored: a dismissed finding never shows, not for a frame', async () => {
    const findings = [finding('quote', 'will open in May', 'The mayor'), finding('claim', 'a fantasy', 'critics')];
    const first = setup(findings);
    const ids = (await first.session.annotate()).annotations.map((a) => a.id) as [string, string];
    await first.session.correct({ id: ids[1], dismissed: true });
    await first.session.correct({ id: ids[0], kind: 'scare' });
    // The page reloads: a new session on the same store. Every paint it makes is recorded.
    const again = setup(findings, { send: first.store.send });
    const frames: string[][] = [];
    const painter = again.session.painter!;
    const paint = painter.paint.bind(painter);
    painter.paint = (entries) => {
      frames.push(entries.map((e) => `${e.kind}:${e.range.toString()}`));
      paint(entries);
    };
    await again.session.annotate();
    expect(frames.length).toBeGreaterThan(0);
    for (const frame of frames) expect(frame).toEqual(['scare:will open in May']);
  });

  it('paints a new engine run first as stored: a dismissed finding never shows, a correction keeps its kind', async () => {
    const { session, store, painted } = setup([finding('quote', 'will open in May', 'The mayor'), finding('claim', 'a fantasy', 'critics')]);
    const first = await session.annotate();
    const [quote, claim] = first.annotations.map((a) => a.id) as [string, string];
    await session.correct({ id: claim, dismissed: true });
    await session.correct({ id: quote, kind: 'scare' });
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const send = store.send;
    const deps = (session as unknown as { deps: SessionDeps }).deps;
    deps.send = (async (type: Parameters<SessionDeps['send']>[0], payload: never) => {
      await gate;
      return send(type, payload);
    }) as SessionDeps['send'];
    const run = session.pageChanged({ navigated: false })!;
    await new Promise((r) => setTimeout(r, 0));
    // Painted before the store answers, from what the session had stored.
    expect([...painted().values()].flat()).not.toContain('a fantasy');
    expect(painted().get('sourcelight-kind-scare')).toEqual(['will open in May']);
    release();
    await run;
    expect([...painted().values()].flat()).not.toContain('a fantasy');
    expect(painted().get('sourcelight-kind-scare')).toEqual(['will open in May']);
  });

  it('steps through the highlights in reading order with the keyboard, wrapping, and opens each card', async () => {
    // jsdom lays nothing out: give ranges a box, as a browser would.
    Range.prototype.getBoundingClientRect = () => ({ top: 10, left: 10, bottom: 30, right: 90, width: 80, height: 20, x: 10, y: 10 }) as DOMRect;
    const { session } = setup([finding('scare', 'a fantasy', null), finding('quote', 'will open in May', 'The mayor')]);
    expect(session.step('next')).toBeNull(); // nothing painted yet
    const report = await session.annotate();
    const [first, second] = report.annotations.map((a) => a.id);
    expect(session.step('next')).toBe(first);
    expect(session.card.currentId).toBe(first);
    expect(session.card.pinned).toBe(true);
    expect(session.step('next')).toBe(second);
    expect(session.step('next')).toBe(first);
    expect(session.step('previous')).toBe(second);
    session.card.hide();
    // Closed on the second: the step goes on from it.
    expect(session.step('previous')).toBe(first);
  });

  it('repaints from the store when told its article changed elsewhere (the library deleted or edited)', async () => {
    const { session, store, painted } = setup([finding('quote', 'will open in May', 'The mayor'), finding('scare', 'a fantasy', null)]);
    const report = await session.annotate();
    const [quote, scare] = report.annotations.map((a) => a.id) as [string, string];
    const entry = session.painter!.get(scare)!;
    session.card.show(session.cardData(scare)!, entry.range.getBoundingClientRect(), { focus: false, pinned: true });
    store.rows.delete(scare);
    store.rows.set(quote, { ...store.rows.get(quote)!, note: 'asked the council', labels: ['bridge'] });
    // Another article: nothing to do here.
    expect(await session.storeChanged(['https://news.example/other'])).toBe(false);
    expect(painted().get('sourcelight-kind-scare')).toEqual(['a fantasy']);
    expect(await session.storeChanged(['https://news.example/story'])).toBe(true);
    expect(painted().get('sourcelight-kind-scare') ?? []).toEqual([]);
    expect(painted().get('sourcelight-kind-quote')).toEqual(['will open in May']);
    expect(session.card.isOpen).toBe(false); // its annotation is gone
    expect(session.report().annotations.map((a) => a.id)).toEqual([quote]);
    expect(session.cardData(quote)).toMatchObject({ note: 'asked the council', labels: ['bridge'] });
    // Everything deleted (null: every article).
    store.rows.clear();
    expect(await session.storeChanged(null)).toBe(true);
    expect([...painted().values()].flat()).toEqual([]);
  });

  it('runs the engine once; annotating again keeps tags and adds no rows', async () => {
    const { session, store, painted, runs } = setup([finding('quote', 'will open in May', 'The mayor')]);
    const first = await session.annotate();
    const id = first.annotations[0]!.id;
    const tagged = await session.update({ id, tags: ['disputed'] });
    expect(tagged.ok).toBe(true);
    expect(session.describePaint().marks).toEqual([{ id, text: 'will open in May', tags: ['disputed'], note: false }]);
    const again = await session.annotate();
    expect(runs()).toBe(1);
    expect(store.rows.size).toBe(1);
    expect(again.annotations[0]!.tags).toEqual(['disputed']);
    expect(session.describePaint().marks.map((m) => m.tags)).toEqual([['disputed']]);
    // The page never sees the verdict: no highlight holds it.
    expect([...painted().keys()].some((n) => n.includes('disputed'))).toBe(false);
  });

  it('applies the reader’s corrections, keeps them over a new engine run, and paints by them', async () => {
    const { session, store, painted } = setup([finding('quote', 'will open in May', 'The mayor'), finding('claim', 'a fantasy', 'critics')]);
    const first = await session.annotate();
    const [quote, claim] = first.annotations.map((a) => a.id) as [string, string];
    expect(painted().get('sourcelight-speaker-p1')).toEqual(['a fantasy']);
    // Another speaker of the article: the claim takes the mayor's colour.
    const moved = await session.correct({ id: claim, speaker: { name: 'The mayor', speakerKind: 'person', speakerId: null } });
    expect(moved.ok).toBe(true);
    expect(painted().get('sourcelight-speaker-p0')?.sort()).toEqual(['a fantasy', 'will open in May']);
    // A typed name, and another kind.
    await session.correct({ id: quote, speaker: { name: 'Jo Bloggs', speakerKind: 'person', speakerId: null }, kind: 'claim' });
    expect(painted().get('sourcelight-kind-claim')?.sort()).toEqual(['a fantasy', 'will open in May']);
    expect(session.cardData(quote)).toMatchObject({ speaker: 'Jo Bloggs', kind: 'claim', corrected: true });
    // Dismissed: stored, not painted, not stepped to.
    await session.correct({ id: claim, dismissed: true });
    expect([...painted().values()].flat().filter((t) => t === 'a fantasy')).toEqual([]);
    expect(store.rows.get(claim)?.correction?.dismissed).toBe(true);
    expect(session.step('next')).toBe(quote);
    expect(session.step('next')).toBe(quote);
    // The engine runs again on a changed page: the corrections stand.
    const again = await session.pageChanged({ navigated: false });
    const row = again!.annotations.find((a) => a.id === quote)!;
    expect(row).toMatchObject({ speaker: 'Jo Bloggs', kind: 'claim' });
    expect(row.correction?.engine).toMatchObject({ speaker: 'The mayor', kind: 'quote' });
    expect([...painted().values()].flat().filter((t) => t === 'a fantasy')).toEqual([]);
  });

  it('shows and hides highlights by kind and by speaker, and steps only through what shows', async () => {
    Range.prototype.getBoundingClientRect = () => ({ top: 10, left: 10, bottom: 30, right: 90, width: 80, height: 20, x: 10, y: 10 }) as DOMRect;
    const { session, painted } = setup([finding('quote', 'will open in May', 'The mayor'), finding('scare', 'a fantasy', null)]);
    const report = await session.annotate();
    const [quote] = report.annotations.map((a) => a.id);
    expect(session.setFilter({ show: true, kind: 'all', tag: 'all', hiddenSpeakers: ['name:the mayor'] })).toBe(1);
    expect(painted().get('sourcelight-kind-quote')).toEqual([]);
    expect(session.step('next')).not.toBe(quote);
    expect(session.setFilter({ show: false, kind: 'all', tag: 'all', hiddenSpeakers: [] })).toBe(0);
    expect(session.step('next')).toBeNull();
    expect(session.setFilter({ show: true, kind: 'quote', tag: 'all', hiddenSpeakers: [] })).toBe(1);
    expect(session.step('next')).toBe(quote);
  });

  it('goes on from the last finding visited after its card was closed', async () => {
    Range.prototype.getBoundingClientRect = () => ({ top: 10, left: 10, bottom: 30, right: 90, width: 80, height: 20, x: 10, y: 10 }) as DOMRect;
    const { session } = setup([finding('quote', 'will open in May', 'The mayor'), finding('scare', 'a fantasy', null)]);
    const report = await session.annotate();
    const [first, second] = report.annotations.map((a) => a.id);
    expect(session.step('next')).toBe(first);
    expect(session.step('next')).toBe(second);
    session.card.hide();
    expect(session.step('previous')).toBe(first);
    session.card.hide();
    expect(session.step('next')).toBe(second);
  });

  it('gives the same ids on a fresh session of the same page, so tags survive a reload', async () => {
    const findings = [finding('quote', 'will open in May', 'The mayor')];
    const one = setup(findings);
    const report = await one.session.annotate();
    const id = report.annotations[0]!.id;
    const two = setup(findings);
    await two.session.annotate();
    expect(two.store.rows.has(id)).toBe(true);
  });

  it('reports a finding that cannot be found in the live page as orphaned, and still stores it', async () => {
    const ghost = finding('quote', 'will open in May', 'The mayor');
    ghost.selector = { ...ghost.selector, exact: 'a sentence that is not on the page' };
    const { session, store } = setup([ghost]);
    const report = await session.annotate();
    expect(report.orphaned).toHaveLength(1);
    expect(store.rows.size).toBe(1);
  });

  it('says so when the page is not an article, without storing anything', async () => {
    const { session, store } = setup([], { extract: () => { throw new NoArticle('none'); } });
    const report = await session.annotate();
    expect(report.state).toBe('not-article');
    expect(report.message).toBe(MESSAGES.notArticle);
    // What was stored for the page was asked for alongside the engine; nothing was written.
    expect(store.calls).toEqual(['getArticle']);
  });

  it('tells the reader a page is too big to annotate without freezing it, and does not run the engine', async () => {
    let ran = false;
    const { session, store } = setup([], { extract: () => { ran = true; throw new Error('must not run'); } });
    document.body.append(document.createTextNode('x'.repeat(MAX_PAGE_CHARS + 1)));
    const report = await session.annotate();
    expect(report.state).toBe('too-big');
    expect(report.message).toBe(MESSAGES.tooBig);
    expect(ran).toBe(false);
    expect(store.calls).toEqual([]);
  });

  it('tells the reader a page of too many elements is too big, however little text it holds, and does not run the engine', async () => {
    let ran = false;
    const limits = { chars: MAX_PAGE_CHARS, elements: 40 };
    const { session, store } = setup([], { pageLimits: limits, extract: () => { ran = true; throw new Error('must not run'); } });
    document.body.innerHTML = '<i>x</i>'.repeat(41);
    const report = await session.annotate();
    expect(report.state).toBe('too-big');
    expect(report.message).toBe(MESSAGES.tooManyElements);
    expect(ran).toBe(false);
    expect(store.calls).toEqual([]);
  });

  it('puts the highlight styles in a page it paints, never in a page refused as too big', async () => {
    let styled = 0;
    const big = setup([], { styleHighlights: () => styled++, pageLimits: { chars: MAX_PAGE_CHARS, elements: 40 } });
    document.body.innerHTML = '<i>x</i>'.repeat(41);
    expect((await big.session.annotate()).state).toBe('too-big');
    expect(styled).toBe(0);
    document.body.innerHTML = '';
    const fits = setup([], { styleHighlights: () => styled++ });
    expect((await fits.session.annotate()).state).toBe('ready');
    expect(styled).toBe(1);
  });

  it('counts a <q> as three elements toward the bound (its quotation marks are styled too)', async () => {
    let ran = false;
    const { session } = setup([], { pageLimits: { chars: MAX_PAGE_CHARS, elements: 40 }, extract: () => { ran = true; throw new Error('must not run'); } });
    document.body.innerHTML = '';
    document.body.innerHTML = '<q>x</q>'.repeat(Math.ceil((41 - document.getElementsByTagName('*').length) / 3));
    expect(document.getElementsByTagName('*').length).toBeLessThan(40);
    expect(styledElements(document)).toBeGreaterThan(40);
    const report = await session.annotate();
    expect(report.state).toBe('too-big');
    expect(report.message).toBe(MESSAGES.tooManyElements);
    expect(ran).toBe(false);
  });

  it('annotates a page at the element bound, not past it', async () => {
    const { session } = setup([], { pageLimits: { chars: MAX_PAGE_CHARS, elements: 40 } });
    document.body.innerHTML = '';
    document.body.innerHTML = '<i>x</i>'.repeat(40 - document.getElementsByTagName('*').length);
    expect(document.getElementsByTagName('*').length).toBe(40);
    const report = await session.annotate();
    expect(report.state).toBe('ready');
  });

  it('turns an engine crash or a store refusal into an error report', async () => {
    const crash = setup([], { extract: () => { throw new Error('boom'); } });
    expect((await crash.session.annotate()).message).toContain('boom');
    const refused = setup([finding('quote', 'will open in May', 'x')], { send: async () => fail('invalid', 'Refused saveFindings') });
    const report = await refused.session.annotate();
    expect(report.state).toBe('error');
    expect(report.message).toContain('Refused saveFindings');
  });

  it('lists findings without painting where highlights are not supported', async () => {
    const { session } = setup([finding('quote', 'will open in May', 'The mayor')], { paintTarget: null });
    const report = await session.annotate();
    expect(report.state).toBe('ready');
    expect(report.highlightsSupported).toBe(false);
    expect(report.message).toBe(MESSAGES.noHighlights);
    expect(report.annotations).toHaveLength(1);
    expect(session.scrollTo(report.annotations[0]!.id)).toBe(false);
  });

  it('keeps the flash of a jump made while the page is hidden until the page is shown', async () => {
    const { session, painted } = setup([finding('quote', 'will open in May', 'The mayor')]);
    const report = await session.annotate();
    const id = report.annotations[0]!.id;
    let visibility: DocumentVisibilityState = 'hidden';
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
    // jsdom lays nothing out: a range has no box and the window does not scroll.
    const box = Range.prototype.getBoundingClientRect;
    Range.prototype.getBoundingClientRect = () => ({ top: 0, height: 0 }) as DOMRect;
    const scroll = window.scrollTo;
    window.scrollTo = () => undefined;
    const tick = () => new Promise((r) => setTimeout(r, 20));
    try {
      expect(session.scrollTo(id)).toBe(true);
      await tick();
      expect(painted().get('sourcelight-flash') ?? []).toEqual([]);
      visibility = 'visible';
      document.dispatchEvent(new Event('visibilitychange'));
      await tick();
      expect(painted().get('sourcelight-flash')).toEqual(['will open in May']);
      // Shown again later, the page does not blink a second time for the same jump.
      await new Promise((r) => setTimeout(r, 1400));
      expect(painted().get('sourcelight-flash')).toEqual([]);
      document.dispatchEvent(new Event('visibilitychange'));
      await tick();
      expect(painted().get('sourcelight-flash')).toEqual([]);
    } finally {
      Range.prototype.getBoundingClientRect = box;
      window.scrollTo = scroll;
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
  });

  it('answers before annotation with a clear state', () => {
    const { session } = setup([]);
    expect(session.report().state).toBe('error');
    expect(session.report().message).toMatch(/not looked at this page/);
  });
});
