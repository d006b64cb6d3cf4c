// @vitest-environment jsdom
// The popup rendered with Preact in jsdom against a fake PopupApi: each state has its sentence,
// the list is grouped by speaker (most quoted first), filters, tags, notes, scroll and export work.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok, type PageReport } from '../shared/messages';
import type { AnnotationRecord } from '../shared/model';
import { App } from './App';
import type { PopupApi } from './popup-api';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('main');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const ARTICLE = { url: 'https://news.example/a', title: 'Talks stall', site: 'news.example', firstVisit: 1, lastVisit: 2 };

let n = 0;
function rec(kind: AnnotationRecord['kind'], speaker: string | null, extra: Partial<AnnotationRecord> = {}): AnnotationRecord {
  n++;
  return {
    id: `id-${n}`,
    article: ARTICLE.url,
    kind,
    text: `${kind} text ${n}`,
    speaker,
    speakerKind: speaker ? 'person' : 'unknown',
    cue: speaker ? 'said' : null,
    selectors: {
      quote: { type: 'TextQuoteSelector', exact: `${kind} text ${n}`, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: n * 10, end: n * 10 + 5 },
    },
    tags: [],
    note: '',
    origin: 'auto',
    created: 1,
    updated: 1,
    ...extra,
  };
}

function report(annotations: AnnotationRecord[], extra: Partial<PageReport> = {}): PageReport {
  return { state: 'ready', message: null, article: ARTICLE, annotations, orphaned: [], highlightsSupported: true, ...extra };
}

function fakeApi(overrides: Partial<PopupApi> = {}): PopupApi {
  return {
    activeTabId: vi.fn(async () => 7),
    annotate: vi.fn(async () => ok(report([]))),
    scrollTo: vi.fn(async () => ok({ found: true })),
    update: vi.fn(async (_tab, patch) => ok({ ...rec('quote', 'X'), ...patch } as AnnotationRecord)),
    exportArticle: vi.fn(async () => ok({ filename: 'f.json', mime: 'application/json', text: '{}' })),
    download: vi.fn(),
    setFilter: vi.fn(async () => ok({ painted: 0 })),
    correct: vi.fn(async (_tab, patch) => ok({ ...rec('quote', 'X'), id: patch.id } as AnnotationRecord)),
    ...overrides,
  };
}

/** Renders and lets the promises of the first load settle. */
async function show(api: PopupApi) {
  await act(async () => {
    render(<App api={api} />, root);
  });
  await settle();
}
async function settle() {
  for (let i = 0; i < 5; i++) await act(async () => await new Promise((r) => setTimeout(r, 0)));
}
const text = () => root.textContent ?? '';
const buttons = (label: string | RegExp) =>
  [...root.querySelectorAll('button')].filter((b) => (typeof label === 'string' ? b.textContent?.trim() === label : label.test(b.textContent ?? '')));
async function click(el: Element | undefined) {
  expect(el, 'element to click').toBeTruthy();
  await act(async () => (el as HTMLElement).click());
  await settle();
}

describe('states', () => {
  it('says it is reading while the page is annotated', async () => {
    const api = fakeApi({ annotate: () => new Promise(() => undefined) });
    await show(api);
    expect(text()).toContain('Reading the article…');
    expect(root.querySelector('[role="status"]')).not.toBeNull();
  });

  it.each([
    ['restricted', fail('restricted', 'x'), /can’t read this page/, /does not let extensions/],
    ['not an article (failure)', fail('not-article', 'x'), /doesn’t look like an article/, /news stories/],
    ['not an article (report)', ok(report([], { state: 'not-article', article: null })), /doesn’t look like an article/, /news stories/],
    ['a page too big to read', ok(report([], { state: 'too-big', article: null })), /too big to annotate/, /without freezing the page/],
    ['an error', fail('internal', 'Readability crashed.'), /Something went wrong/, /\(Readability crashed\)\. Reload the page/],
    ['an error report', ok(report([], { state: 'error', message: 'the engine failed' })), /Something went wrong/, /engine failed/],
  ])('explains %s in a sentence', async (_label, answer, title, body) => {
    await show(fakeApi({ annotate: async () => answer }));
    expect(text()).toMatch(title);
    expect(text()).toMatch(body);
  });

  it('says when there is no tab', async () => {
    const api = fakeApi({ activeTabId: async () => null });
    await show(api);
    expect(text()).toMatch(/No page to read/);
    expect(api.annotate).not.toHaveBeenCalled();
  });

  it('offers to try again after an error, and the retry can succeed', async () => {
    const annotate = vi
      .fn<PopupApi['annotate']>()
      .mockResolvedValueOnce(fail('internal', 'boom'))
      .mockResolvedValueOnce(ok(report([rec('quote', 'Ann Other')])));
    await show(fakeApi({ annotate }));
    expect(root.querySelector('[role="alert"]')).not.toBeNull();
    await click(buttons('Try again')[0]);
    expect(text()).toContain('Ann Other');
  });

  it('says when nothing was found, and offers no export', async () => {
    await show(fakeApi());
    expect(text()).toMatch(/No quotes or claims found/);
    expect(buttons('JSON')).toHaveLength(0);
  });

  it('warns when the browser cannot highlight, and about findings not found on the page', async () => {
    const a = rec('quote', 'Ann Other');
    await show(fakeApi({ annotate: async () => ok(report([a], { highlightsSupported: false, orphaned: [a.id] })) }));
    expect(text()).toMatch(/cannot highlight text/);
    expect(text()).toMatch(/1 finding could not be found/);
    expect(root.querySelector<HTMLButtonElement>('.finding-text')!.disabled).toBe(true);
  });
});

describe('the list', () => {
  const many = () => [
    rec('quote', 'Bea Minor'),
    rec('quote', 'Cal Major'),
    rec('claim', 'Cal Major'),
    rec('scare', null),
    rec('scare', null),
    rec('scare', null),
    rec('quote', 'Cal Major', { tags: ['disputed'] }),
  ];

  it('groups by speaker, the most quoted first and unattributed last, and charts who speaks', async () => {
    await show(fakeApi({ annotate: async () => ok(report(many())) }));
    const names = [...root.querySelectorAll('.group-name')].map((e) => e.textContent);
    expect(names).toEqual(['Cal Major', 'Bea Minor', 'Not attributed']);
    const chart = [...root.querySelectorAll('.chart-row')].map((r) => [r.querySelector('.chart-label')!.textContent, r.querySelector('.chart-count')!.textContent]);
    expect(chart).toEqual([
      ['Cal Major', '3'],
      ['Bea Minor', '1'],
    ]);
    expect(root.querySelector('.article-meta')!.textContent).toContain('3 quotes · 1 claim · 3 scare quotes');
    // The legend names only the colours the bars use.
    expect([...root.querySelectorAll('.chart-legend li')].map((li) => li.textContent?.trim())).toEqual(['people']);
  });

  it('filters by kind and by tag', async () => {
    await show(fakeApi({ annotate: async () => ok(report(many())) }));
    await click(buttons(/^Claims/)[0]);
    expect(root.querySelectorAll('.finding')).toHaveLength(1);
    expect(buttons(/^Claims/)[0]!.getAttribute('aria-pressed')).toBe('true');
    await click(buttons(/^All/)[0]);
    await click(root.querySelector('.chip.tag-disputed') ?? undefined);
    expect(root.querySelectorAll('.finding')).toHaveLength(1);
    expect(root.querySelector('.finding')!.textContent).toContain('quote text');
    await click(buttons(/^Claims/)[0]);
    expect(text()).toContain('Nothing matches these filters.');
    await click(buttons('Show everything')[0]);
    expect(root.querySelectorAll('.finding')).toHaveLength(7);
  });

  it('scrolls the page to a finding when it is clicked', async () => {
    const items = many();
    const api = fakeApi({ annotate: async () => ok(report(items)) });
    await show(api);
    await click(root.querySelector(`[data-id="${items[1]!.id}"] .finding-text`) ?? undefined);
    expect(api.scrollTo).toHaveBeenCalledWith(7, items[1]!.id);
  });

  it('tags a finding at once and shows the stored state', async () => {
    const a = rec('claim', 'Dee Speaker');
    const update = vi.fn<PopupApi['update']>(async (_tab, patch) => ok({ ...a, tags: patch.tags ?? a.tags }));
    await show(fakeApi({ annotate: async () => ok(report([a])), update }));
    const disputed = root.querySelector<HTMLButtonElement>('.tag-button.tag-disputed')!;
    expect(disputed.getAttribute('aria-pressed')).toBe('false');
    await click(disputed);
    expect(update).toHaveBeenCalledWith(7, { id: a.id, tags: ['disputed'] });
    expect(root.querySelector('.tag-button.tag-disputed')!.getAttribute('aria-pressed')).toBe('true');
    // The tag filter row appears with the new count.
    expect(root.querySelector('.chip.tag-disputed')!.textContent).toContain('1');
  });

  it('shows a failed save under the finding and keeps the old state', async () => {
    const a = rec('claim', 'Dee Speaker');
    await show(fakeApi({ annotate: async () => ok(report([a])), update: async () => fail('not-found', 'gone') }));
    await click(root.querySelector('.tag-button.tag-supported') ?? undefined);
    expect(root.querySelector('.finding [role="alert"]')!.textContent).toBe('Not saved: gone');
    expect(root.querySelector('.tag-button.tag-supported')!.getAttribute('aria-pressed')).toBe('false');
  });

  it('writes a note: Ctrl+Enter saves, Escape cancels', async () => {
    const a = rec('quote', 'Dee Speaker');
    const update = vi.fn<PopupApi['update']>(async (_tab, patch) => ok({ ...a, note: patch.note ?? a.note }));
    await show(fakeApi({ annotate: async () => ok(report([a])), update }));
    await click(buttons('Add note')[0]);
    let area = root.querySelector('textarea')!;
    expect(document.activeElement).toBe(area);
    await act(async () => {
      area.value = 'ask the ministry';
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => void area.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true })));
    await settle();
    expect(update).toHaveBeenCalledWith(7, { id: a.id, note: 'ask the ministry' });
    expect(root.querySelector('textarea')).toBeNull();
    expect(root.querySelector('.note-text')!.textContent).toBe('ask the ministry');

    await click(buttons('Edit note')[0]);
    area = root.querySelector('textarea')!;
    await act(async () => {
      area.value = 'changed my mind';
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => void area.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(root.querySelector('textarea')).toBeNull();
    expect(update).toHaveBeenCalledTimes(1);
    expect(root.querySelector('.note-text')!.textContent).toBe('ask the ministry');
  });

  it('exports the article as Markdown and hands the file to the download', async () => {
    const api = fakeApi({
      annotate: async () => ok(report(many())),
      exportArticle: vi.fn(async () => ok({ filename: 'a.md', mime: 'text/markdown', text: '# a' })),
    });
    await show(api);
    await click(buttons('Markdown')[0]);
    expect(api.exportArticle).toHaveBeenCalledWith(ARTICLE.url, 'md');
    expect(api.download).toHaveBeenCalledWith({ filename: 'a.md', mime: 'text/markdown', text: '# a' });
  });

  it('says when an export fails', async () => {
    await show(fakeApi({ annotate: async () => ok(report(many())), exportArticle: async () => fail('internal', 'disk full') }));
    await click(buttons('JSON')[0]);
    expect(root.querySelector('.export [role="alert"]')!.textContent).toBe('Export failed: disk full');
  });
});
