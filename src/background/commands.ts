// The keyboard shortcuts (manifest "commands"): one annotates the tab it was pressed on, two step
// through its highlights (the keyboard path to every finding on the page). With no popup open to
// explain a failure, the toolbar button's badge and tooltip say what went wrong.
import { MessageError, type PageReport, type StepDirection } from '../shared/messages';

/** The commands' names in manifest.json. */
export const ANNOTATE_COMMAND = 'annotate-page';
export const NEXT_COMMAND = 'next-finding';
export const PREVIOUS_COMMAND = 'previous-finding';
const STEPS: Record<string, StepDirection> = { [NEXT_COMMAND]: 'next', [PREVIOUS_COMMAND]: 'previous' };

export interface CommandDependencies {
  /** The active tab of the current window, when the browser did not pass the tab. */
  activeTabId(): Promise<number | undefined>;
  annotate(tabId: number): Promise<PageReport>;
  /**
   * Makes the tab's selection a manual annotation (issue 5: the shortcut with text selected);
   * throws MessageError not-found when nothing is selected.
   */
  annotateSelection?(tabId: number): Promise<unknown>;
  /** Moves to the next or previous highlight of the tab (annotating it first if need be) and opens its card. */
  step?(tabId: number, direction: StepDirection): Promise<unknown>;
  /** Shows a short text on the toolbar button of the tab and a tooltip. */
  setBadge(tabId: number, text: string, title: string | null): Promise<void>;
}

/** Runs one command event; never throws (an unhandled rejection would go nowhere). */
export async function onCommand(deps: CommandDependencies, command: string, tabId?: number): Promise<void> {
  const direction = STEPS[command];
  if (command !== ANNOTATE_COMMAND && !(direction && deps.step)) return;
  const id = tabId ?? (await deps.activeTabId().catch(() => undefined));
  if (id === undefined) return;
  try {
    if (direction && deps.step) {
      await deps.step(id, direction);
      return;
    }
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
