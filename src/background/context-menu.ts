// Manual annotations from the background's side: the context-menu item "Annotate with Sourcelight"
// on a selection, and the one code path it, the shortcut and the tests share — ask the tab's
// content script (injecting it first if nobody answers, as the toolbar button does) to turn the
// reader's selection into a manual annotation.
import type { AnnotationRecord } from '../shared/model';
import type { Result } from '../shared/messages';
import { askInjecting } from './inject';

/** The context-menu item's id. */
export const MENU_ID = 'sourcelight-annotate-selection';
/** What the reader sees in the menu. */
export const MENU_TITLE = 'Annotate with Sourcelight';

/** What the selection path needs from the browser (fakes in tests). */
export interface SelectionAccess {
  /** Asks the tab's content script to annotate its selection; no-receiver when none is there. */
  annotateSelection(tabId: number): Promise<Result<AnnotationRecord>>;
  /** Injects the content script into the tab's top frame; rejects when not allowed. */
  inject(tabId: number): Promise<void>;
}

/** The menu item to create (contextMenus.create). */
export const MENU_ITEM = { id: MENU_ID, title: MENU_TITLE, contexts: ['selection'] as ['selection'] };

/** Injects if needed and makes the tab's selection a manual annotation; throws MessageError on failure. */
export function annotateSelectionInTab(access: SelectionAccess, tabId: number): Promise<AnnotationRecord> {
  return askInjecting(() => access.annotateSelection(tabId), () => access.inject(tabId));
}

/** A click on our menu item: annotates the selection; a failure goes to onError (never throws). */
export async function onMenuClick(
  access: SelectionAccess,
  info: { menuItemId: string | number },
  tabId: number | undefined,
  onError: (tabId: number, message: string) => void,
): Promise<void> {
  if (info.menuItemId !== MENU_ID || tabId === undefined || tabId < 0) return;
  try {
    await annotateSelectionInTab(access, tabId);
  } catch (e) {
    onError(tabId, e instanceof Error ? e.message : String(e));
  }
}
