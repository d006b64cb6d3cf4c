// Which tabs' pages have Sourcelight's content script, as far as the background has heard: a
// content script that spoke (it asks for its highlight styles as it starts) marks its tab; a
// navigation or a closed tab forgets it. annotateTab uses it to inject at once into a page that
// has none (one round trip: no ask that nobody answers first) and to ask first where one runs
// (no second copy of the bundle evaluated). A wrong guess costs time, never function: injecting
// into a page that has the script reuses its session, and asking a page that has none injects.
import { isContentScript, type SenderInfo } from '../shared/messages';

export class ScriptedTabs {
  private readonly tabs = new Set<number>();

  /** A message came: a content script of a tab's top frame marks the tab. */
  heard(sender: SenderInfo | undefined): void {
    const id = sender?.tab?.id;
    if (id !== undefined && (sender?.frameId ?? 0) === 0 && isContentScript(sender)) this.tabs.add(id);
  }

  /** The tab started loading another document, or closed: its script is gone. */
  forget(tabId: number): void {
    this.tabs.delete(tabId);
  }

  /** True when a content script of this tab spoke since its page loaded. */
  has(tabId: number): boolean {
    return this.tabs.has(tabId);
  }
}
