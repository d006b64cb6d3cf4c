// @vitest-environment jsdom
// The popup's additions for issue 5, rendered in jsdom with fakes: orphans listed apart under
// "Not found on this version of the page" with their words, speaker, tags and note (and still
// taggable); the "Always annotate on <site>" switch asks for the permission and can be undone;
// the options page lists the sites and removes one.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok, type AlwaysOnSite, type PageReport } from '../shared/messages';
import type { AnnotationRecord } from '../shared/model';
import type { SitesApi } from '../options/sites-api';
import { webOriginOf } from '../options/sites-api';
import { SitesApp } from '../options/SitesApp';
import { App } from './App';
import { ORPHANS_TITLE } from './OrphanList';
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
const rec = (id: string, extra: Partial<AnnotationRecord>): AnnotationRecord => ({
  id, article: ARTICLE.url, kind: 'quote', text: `words of ${id}`, speaker: null, speakerKind: 'unknown', cue: null,
  selectors: { quote: { type: 'TextQuoteSelector', exact: `words of ${id}`, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 1, end: 2 } },
  tags: [], note: '', origin: 'auto', created: 1, updated: 1, ...extra,
});
const report = (annotations: AnnotationRecord[], orphaned: string[]): PageReport => ({
  state: 'ready', message: null, article: ARTICLE, annotations, orphaned, highlightsSupported: true,
});
function popupApi(r: PageReport): PopupApi {
  return {
    activeTabId: vi.fn(async () => 7),
    annotate: vi.fn(async () => ok(r)),
    scrollTo: vi.fn(async () => ok({ found: true })),
    update: vi.fn(async (_tab, patch) => ok({ ...r.annotations.find((a) => a.id === patch.id)!, ...patch } as AnnotationRecord)),
    exportArticle: vi.fn(async () => ok({ filename: 'f.json', mime: 'application/json', text: '{}' })),
    download: vi.fn(),
    setFilter: vi.fn(async () => ok({ painted: 0 })),
    correct: vi.fn(async () => fail('not-found', 'x')),
  };
}
function sitesApi(initial: AlwaysOnSite[], over: Partial<SitesApi> = {}): SitesApi & { current: () => AlwaysOnSite[] } {
  let list = [...initial];
  return {
    current: () => list,
    tabOrigin: vi.fn(async () => 'https://news.example'),
    list: vi.fn(async () => ok(list)),
    enable: vi.fn(async (origin: string) => ok((list = [...list, { origin }]))),
    disable: vi.fn(async (origin: string) => ok((list = list.filter((s) => s.origin !== origin)))),
    ...over,
  };
}
async function settle() {
  for (let i = 0; i < 6; i++) await act(async () => await new Promise((r) => setTimeout(r, 0)));
}
async function click(el: Element | null | undefined) {
  expect(el, 'element to click').toBeTruthy();
  await act(async () => (el as HTMLElement).click());
  await settle();
}
const section = () => root.querySelector(`section[aria-label="${ORPHANS_TITLE}"]`);

describe('orphans in the popup', () => {
  const placed = rec('placed', { speaker: 'Ann Other', speakerKind: 'person', cue: 'said' });
  const gone = rec('gone', { speaker: 'Bo Reed', speakerKind: 'person', cue: 'said', tags: ['disputed'], note: 'check this' });
  const manual = rec('mine', { kind: 'manual', origin: 'manual' });

  it('lists them apart with their words, speaker, tags and note', async () => {
    await act(async () => render(<App api={popupApi(report([placed, gone, manual], ['gone', 'mine']))} />, root));
    await settle();
    const list = section();
    expect(list?.querySelector('.group-name')?.textContent).toBe(ORPHANS_TITLE);
    const items = [...(list?.querySelectorAll('li.finding') ?? [])];
    expect(items.map((li) => li.getAttribute('data-id'))).toEqual(['gone', 'mine']);
    const first = items[0]!;
    expect(first.textContent).toContain('words of gone');
    expect(first.querySelector('.finding-speaker')?.textContent).toBe('Bo Reed');
    expect(first.querySelector('.note-text')?.textContent).toBe('check this');
    expect(first.querySelector('.tag-disputed')?.getAttribute('aria-pressed')).toBe('true');
    expect(first.querySelector<HTMLButtonElement>('.finding-text')!.disabled).toBe(true);
    // Placed findings stay in their speaker's group, orphans are not repeated there.
    const groups = [...root.querySelectorAll('.groups li.finding')].map((li) => li.getAttribute('data-id'));
    expect(groups).toEqual(['placed']);
  });

  it('lists the reader’s own marks apart, under "Marked by you", and can show them in the page', async () => {
    const mark = rec('mark', { kind: 'manual', origin: 'manual', note: 'mine' });
    const api = popupApi(report([placed, mark], []));
    await act(async () => render(<App api={api} />, root));
    await settle();
    const marked = root.querySelector('section[aria-label="Marked by you"]');
    expect([...(marked?.querySelectorAll('li.finding') ?? [])].map((li) => li.getAttribute('data-id'))).toEqual(['mark']);
    expect([...root.querySelectorAll('.groups li.finding')].map((li) => li.getAttribute('data-id'))).toEqual(['placed']);
    await click(marked?.querySelector('.finding-text'));
    expect(api.scrollTo).toHaveBeenCalledWith(7, 'mark');
  });

  it('can still tag an orphan', async () => {
    const api = popupApi(report([placed, gone], ['gone']));
    await act(async () => render(<App api={api} />, root));
    await settle();
    await click(section()?.querySelector('.tag-supported'));
    expect(api.update).toHaveBeenCalledWith(7, { id: 'gone', tags: ['disputed', 'supported'] });
  });

  it('shows no such section when everything was placed', async () => {
    await act(async () => render(<App api={popupApi(report([placed], []))} />, root));
    await settle();
    expect(section()).toBeNull();
  });
});

describe('always annotate on this site', () => {
  const r = report([rec('placed', { speaker: 'Ann Other', speakerKind: 'person' })], []);
  const toggle = () => root.querySelector<HTMLInputElement>('.always-on input[type="checkbox"]');

  it('turns the tab’s site on and off', async () => {
    const sites = sitesApi([]);
    await act(async () => render(<App api={popupApi(r)} sites={sites} />, root));
    await settle();
    expect(root.querySelector('.always-on-label')?.textContent).toBe('Always annotate on news.example');
    expect(toggle()!.checked).toBe(false);
    await click(toggle());
    expect(sites.enable).toHaveBeenCalledWith('https://news.example');
    expect(toggle()!.checked).toBe(true);
    await click(toggle());
    expect(sites.disable).toHaveBeenCalledWith('https://news.example');
    expect(toggle()!.checked).toBe(false);
  });

  it('says so when the reader declines the permission', async () => {
    const sites = sitesApi([], { enable: vi.fn(async () => fail('restricted', 'Sourcelight was not allowed to read this site.')) });
    await act(async () => render(<App api={popupApi(r)} sites={sites} />, root));
    await settle();
    await click(toggle());
    expect(toggle()!.checked).toBe(false);
    expect(root.querySelector('.always-on [role="alert"]')?.textContent).toMatch(/not allowed/);
  });

  it('offers no switch on a page that is not a web page', async () => {
    const sites = sitesApi([], { tabOrigin: vi.fn(async () => null) });
    await act(async () => render(<App api={popupApi(r)} sites={sites} />, root));
    await settle();
    expect(toggle()).toBeNull();
    expect(webOriginOf('file:///home/a.html')).toBeNull();
    expect(webOriginOf('https://www.bbc.com/news/x?y=1')).toBe('https://www.bbc.com');
  });

  it('lists the sites on the options page and removes one', async () => {
    const sites = sitesApi([{ origin: 'https://a.example' }, { origin: 'https://b.example' }]);
    await act(async () => render(<SitesApp api={sites} />, root));
    await settle();
    const origins = () => [...root.querySelectorAll('.site-origin')].map((e) => e.textContent);
    expect(origins()).toEqual(['https://a.example', 'https://b.example']);
    await click(root.querySelector('[data-origin="https://a.example"] .site-remove'));
    expect(sites.disable).toHaveBeenCalledWith('https://a.example');
    expect(origins()).toEqual(['https://b.example']);
  });
});
