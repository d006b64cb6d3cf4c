// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { anchor, buildTextIndex, canonicalUrl, type PageWatch } from '../anchoring';
import type { Finding } from '../core/types';
import type { AnnotationRecord, ArticleRecord } from '../shared/model';
import { fail, ok, type BackgroundCalls, type Req, type Res, type Result } from '../shared/messages';
import { followPageChanges } from './live-updates';
import { ContentSession, type SessionDeps } from './session';

// Invented article text.
const PARAS = [
  'The ferry company said its boats would run \u201con time, every time\u201d from May.',
  'Passengers were doubtful. One said the promise was \u201cwishful thinking\u201d at best.',
  'The harbour authority did not reply to a request for comment on Tuesday.',
];

/** A stand-in engine: every \u201c\u2026\u201d in the page's paragraphs is a quote, with selectors on the joined text. */
function fakeExtract(doc: Document) {
  const text = [...doc.querySelectorAll('p')].map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim()).join('\n\n');
  const findings: Finding[] = [...text.matchAll(/\u201c([^\u201d]+)\u201d/g)].map((m) => {
    const start = (m.index ?? 0) + 1;
    const end = start + (m[1] ?? '').length;
    return {
      id: `q-${start}`, kind: 'quote', text: m[1] ?? '', speaker: null, speakerId: null, speakerDescription: null, rule: 'test', speakerKind: 'unknown', mention: null, cue: null, partial: false, paragraph: 0,
      selector: { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) },
      position: { type: 'TextPositionSelector', start, end },
    };
  });
  const meta = { url: '', title: 'Ferry story', byline: null, siteName: null, lang: 'en' };
  return { extraction: { ...meta, findings }, article: { ...meta, text, paragraphs: [], inlineQuotes: [] } };
}

/** An in-memory background that keeps rows by id across runs (as the real store merges). */
function fakeStore() {
  let article: ArticleRecord | null = null;
  const rows = new Map<string, AnnotationRecord>();
  let saves = 0;
  /** What the toolbar button was told (showReport), in order. */
  const reports: Array<Req<BackgroundCalls, 'showReport'>> = [];
  const send = async <K extends keyof BackgroundCalls>(type: K, payload: Req<BackgroundCalls, K>): Promise<Result<Res<BackgroundCalls, K>>> => {
    const answer = (v: unknown) => ok(v) as Result<Res<BackgroundCalls, K>>;
    if (type === 'showReport') {
      reports.push(payload as Req<BackgroundCalls, 'showReport'>);
      return answer(true);
    }
    if (type === 'getArticle') {
      const p = payload as Req<BackgroundCalls, 'getArticle'>;
      return answer({ article, annotations: [...rows.values()].filter((r) => r.article === p.url) });
    }
    if (type === 'saveFindings') {
      saves++;
      const p = payload as Req<BackgroundCalls, 'saveFindings'>;
      article = { ...p.article, firstVisit: 1, lastVisit: 2 };
      for (const f of p.findings) {
        const old = rows.get(f.id);
        rows.set(f.id, { ...f, article: p.article.url, tags: old?.tags ?? [], note: '', origin: 'auto', created: 1, updated: 1 });
      }
      return answer({ article, annotations: [...rows.values()].filter((r) => r.article === p.article.url) });
    }
    return fail('invalid', 'not in this fake');
  };
  return { send: send as SessionDeps['send'], rows, saves: () => saves, reports };
}

const watches: PageWatch[] = [];
afterEach(() => watches.splice(0).forEach((w) => w.stop()));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function annotatedPage() {
  document.body.innerHTML = `<article>${PARAS.map((p) => `<p>${p}</p>`).join('')}</article>`;
  history.replaceState({}, '', '/story');
  const store = fakeStore();
  const deps: SessionDeps = {
    doc: document,
    get location() {
      return window.location.href;
    },
    extract: (doc) => fakeExtract(doc),
    isNoArticle: () => false,
    canonicalUrl,
    buildTextIndex,
    anchor,
    send: store.send,
    paintTarget: null,
  };
  const session = new ContentSession(deps);
  const first = await session.annotate();
  watches.push(followPageChanges(session, window));
  return { session, store, first };
}

/** Waits until the session's report satisfies ok (the watcher debounces, then the engine runs). */
async function until(session: ContentSession, ok: (r: ReturnType<ContentSession['report']>) => boolean) {
  for (let i = 0; i < 400; i++) {
    const r = session.report();
    if (ok(r)) return r;
    await sleep(20);
  }
  return session.report();
}

describe('live updates', () => {
  it('annotates a paragraph that arrives after the first pass', async () => {
    const { session, first } = await annotatedPage();
    expect(first.annotations.map((a) => a.text)).toEqual(['on time, every time', 'wishful thinking']);
    const late = document.createElement('p');
    late.textContent = 'Later the company called the criticism \u201cunfair and early\u201d in a post.';
    document.querySelector('article')?.append(late);
    const report = await until(session, (r) => r.annotations.length === 3);
    expect(report.annotations.map((a) => a.text)).toEqual(['on time, every time', 'wishful thinking', 'unfair and early']);
    expect(report.orphaned).toEqual([]);
  });

  it('tells the toolbar button the new count after a live update (the badge is not left at the first count)', async () => {
    const { session, store, first } = await annotatedPage();
    expect(first.annotations).toHaveLength(2);
    // The first run was annotateTab's (its report sets the badge in the background): none sent here.
    expect(store.reports).toEqual([]);
    const late = document.createElement('p');
    late.textContent = 'Later the company called the criticism \u201cunfair and early\u201d in a post.';
    document.querySelector('article')?.append(late);
    await until(session, (r) => r.annotations.length === 3);
    for (let i = 0; i < 100 && store.reports.length === 0; i++) await sleep(10);
    // (jsdom draws no highlights: the report says so in its message.)
    expect(store.reports).toEqual([expect.objectContaining({ state: 'ready', painted: 3 })]);
    // A paragraph removed: its annotation is orphaned, and the button counts what is painted.
    document.querySelectorAll('p')[0]?.remove();
    await until(session, (r) => r.orphaned.length === 1);
    for (let i = 0; i < 100 && store.reports.length < 2; i++) await sleep(10);
    expect(store.reports.at(-1)).toEqual(expect.objectContaining({ state: 'ready', painted: 2 }));
  });

  it('keeps an annotation whose paragraph was removed as orphaned, not lost', async () => {
    const { session } = await annotatedPage();
    document.querySelectorAll('p')[1]?.remove();
    const report = await until(session, (r) => r.orphaned.length === 1);
    expect(report.annotations.map((a) => a.text)).toContain('wishful thinking');
    const orphan = report.annotations.find((a) => report.orphaned.includes(a.id));
    expect(orphan?.text).toBe('wishful thinking');
  });

  it('keeps one row per finding when its context changes (paragraphs reordered), tags included', async () => {
    const { session, store } = await annotatedPage();
    const [first] = [...store.rows.values()];
    store.rows.set(first!.id, { ...first!, tags: ['disputed'] });
    const saves = store.saves();
    const suffixes = new Map([...store.rows.values()].map((r) => [r.id, r.selectors.quote.suffix]));
    const article = document.querySelector('article') as HTMLElement;
    article.append(...[...article.children].reverse());
    for (let i = 0; i < 400 && store.saves() === saves; i++) await sleep(20);
    await until(session, () => true);
    expect(store.saves()).toBeGreaterThan(saves);
    expect(store.rows.size).toBe(2);
    expect(store.rows.get(first!.id)?.tags).toEqual(['disputed']);
    // The rows now carry the selectors of the current version of the page.
    expect([...store.rows.values()].some((r) => r.selectors.quote.suffix !== suffixes.get(r.id))).toBe(true);
    expect(session.report().orphaned).toEqual([]);
  });

  it('treats a history-API navigation to another story as a new article', async () => {
    const { session } = await annotatedPage();
    history.pushState({}, '', '/other-story?utm_medium=social');
    document.body.innerHTML = '<article><p>A new story where a diver said the reef was \u201cbetter than ever\u201d this year.</p></article>';
    const report = await until(session, (r) => r.article?.url === `${location.origin}/other-story`);
    expect(report.article?.url).toBe(`${location.origin}/other-story`);
    expect(report.annotations.map((a) => a.text)).toEqual(['better than ever']);
  });
});
