import { describe, expect, it } from 'vitest';
import { ScriptedTabs } from './scripted-tabs';

describe('ScriptedTabs', () => {
  it('marks a tab whose top-frame content script spoke, and forgets it on navigation', () => {
    const tabs = new ScriptedTabs();
    expect(tabs.has(3)).toBe(false);
    tabs.heard({ id: 'ext', url: 'https://news.example/a', tab: { id: 3 }, frameId: 0 });
    expect(tabs.has(3)).toBe(true);
    tabs.forget(3);
    expect(tabs.has(3)).toBe(false);
  });

  it('ignores extension pages, frames and senders without a tab', () => {
    const tabs = new ScriptedTabs();
    tabs.heard({ id: 'ext', url: 'chrome-extension://abc/library.html', tab: { id: 1 }, frameId: 0 });
    tabs.heard({ id: 'ext', url: 'moz-extension://abc/library.html', tab: { id: 2 }, frameId: 0 });
    tabs.heard({ id: 'ext', url: 'https://ads.example/frame', tab: { id: 3 }, frameId: 7 });
    tabs.heard({ id: 'ext', url: 'chrome-extension://abc/popup.html' });
    tabs.heard(undefined);
    expect([1, 2, 3].map((t) => tabs.has(t))).toEqual([false, false, false]);
  });
});
