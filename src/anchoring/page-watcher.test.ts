import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchPage, type PageChange, type PageWatch } from './page-watcher';
import { UI_MARKER_ATTRIBUTE } from './text-index';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

function setup(options: { debounceMs?: number; maxWaitMs?: number; maxBackoffMs?: number } = {}) {
  const dom = new JSDOM('<body><article><p>First paragraph of the story.</p></article><div id="ui"></div></body>', {
    url: 'https://example.org/story',
  });
  const win = dom.window as unknown as Window;
  const changes: PageChange[] = [];
  const watch: PageWatch = watchPage(win, {
    root: win.document.body,
    onChange: (c) => changes.push(c),
    debounceMs: options.debounceMs ?? 20,
    maxWaitMs: options.maxWaitMs ?? 200,
    maxBackoffMs: options.maxBackoffMs ?? 1000,
  });
  cleanups.push(() => {
    watch.stop();
    dom.window.close();
  });
  return { doc: win.document, win, changes, watch };
}

describe('watchPage', () => {
  it('reports one change for a burst of added paragraphs, after the page goes quiet', async () => {
    const { doc, changes } = setup();
    for (let i = 0; i < 5; i++) {
      const p = doc.createElement('p');
      p.textContent = `Late paragraph ${i}.`;
      doc.querySelector('article')?.append(p);
    }
    await sleep(5);
    expect(changes).toHaveLength(0);
    await sleep(60);
    expect(changes).toEqual([{ textChanged: true, navigated: false, url: 'https://example.org/story' }]);
  });

  it('ignores changes that carry no text, and changes inside our own UI', async () => {
    const { doc, changes, watch } = setup();
    doc.body.append(doc.createElement('img'));
    const style = doc.createElement('style');
    style.textContent = 'p { color: red }';
    doc.body.append(style);
    (doc.querySelector('p') as HTMLElement).setAttribute('class', 'x');
    const ui = doc.getElementById('ui') as HTMLElement;
    ui.setAttribute(UI_MARKER_ATTRIBUTE, '');
    ui.textContent = 'our card text';
    await sleep(60);
    watch.flush();
    expect(changes).toHaveLength(0);
    expect(watch.recordsSeen).toBeGreaterThan(0);
  });

  it('sees edited text and removed paragraphs', async () => {
    const { doc, changes } = setup();
    (doc.querySelector('p')?.firstChild as Text).data = 'Corrected paragraph.';
    await sleep(60);
    doc.querySelector('p')?.remove();
    await sleep(60);
    expect(changes.map((c) => c.textChanged)).toEqual([true, true]);
  });

  it('reports a history-API navigation as navigated, with the new address', async () => {
    const { doc, win, changes } = setup();
    win.history.pushState({}, '', '/next-story?utm_source=x');
    const p = doc.createElement('p');
    p.textContent = 'A different story.';
    doc.body.replaceChildren(p);
    await sleep(60);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ navigated: true, url: 'https://example.org/next-story?utm_source=x' });
    win.history.pushState({}, '', '/third');
    win.dispatchEvent(new (win as Window & typeof globalThis).PopStateEvent('popstate'));
    await sleep(60);
    expect(changes[1]).toMatchObject({ navigated: true, textChanged: false });
  });

  it('answers a page that never stops changing at a bounded rate, looking at each record at most once', async () => {
    // Simulated time: the observer's callbacks are microtasks, the watcher's waits are fake timers.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const { doc, changes, watch } = setup({ debounceMs: 10, maxWaitMs: 40, maxBackoffMs: 160 });
      const ticker = doc.createElement('p');
      doc.body.append(ticker);
      let ticks = 0;
      for (; ticks < 300; ticks++) {
        ticker.textContent = `tick ${ticks}`;
        await Promise.resolve();
        await Promise.resolve();
        vi.advanceTimersByTime(2);
      }
      // 600 ms of ticking: a 10 ms debounce capped at 40 ms would answer ~15 times; backing off, about 7.
      expect(changes.length).toBeGreaterThan(3);
      expect(changes.length).toBeLessThan(10);
      expect(watch.recordsSeen).toBeLessThanOrEqual(ticks + 2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops observing when stopped', async () => {
    const { doc, changes, watch } = setup();
    watch.stop();
    doc.body.append(doc.createTextNode('more text'));
    await sleep(60);
    expect(changes).toHaveLength(0);
  });
});
