// The keyboard shortcut (manifest "commands"): annotates the tab it was pressed on. With no popup
// open to explain a failure, the toolbar button's badge and tooltip say what went wrong.
import { MessageError, type PageReport } from '../shared/messages';

/** The command's name in manifest.json. */
export const ANNOTATE_COMMAND = 'annotate-page';

export interface CommandDependencies {
  /** The active tab of the current window, when the browser did not pass the tab. */
  activeTabId(): Promise<number | undefined>;
  annotate(tabId: number): Promise<PageReport>;
  /**
   * Makes the tab's selection a manual annotation (issue 5: the shortcut with text selected);
   * throws MessageError not-found when nothing is selected.
   */
  annotateSelection?(tabId: number): Promise<unknown>;
  /** Shows a short text on the toolbar button of the tab and a tooltip. */
  setBadge(tabId: number, text: string, title: string | null): Promise<void>;
}

/** Runs one command event; never throws (an unhandled rejection would go nowhere). */
export async function onCommand(deps: CommandDependencies, command: string, tabId?: number): Promise<void> {
  if (command !== ANNOTATE_COMMAND) return;
  const id = tabId ?? (await deps.activeTabId().catch(() => undefined));
  if (id === undefined) return;
  try {
    if (deps.annotateSelection) {
      try {
        await deps.annotateSelection(id);
        return;
      } catch (e) {
        // Nothing selected: the shortcut annotates the page as before.
        if (!(e instanceof MessageError && e.code === 'not-found')) throw e;
      }
    }
    await deps.annotate(id);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    await deps.setBadge(id, '!', `Sourcelight: ${message}`).catch(() => undefined);
  }
}
