// Manual annotations in the page: the reader's selection becomes an annotation of kind 'manual'
// (selectors computed on a fresh index of the live page's text), stored through the background,
// painted in its own style and opened in the same card as a finding (tags + note). Reached from
// the context menu and the shortcut (through the background) and from a small button by the
// selection (SelectionButton below: a shadow root, keyboard reachable).
import { buildTextIndex, describeRange, insideOurUi, UI_MARKER_ATTRIBUTE } from '../anchoring';
import { LIMITS, MessageError } from '../shared/messages';
import type { AnnotationRecord } from '../shared/model';
import type { ContentSession } from './session';

export const NO_SELECTION = 'Select some text in the article first, then annotate it.';

/** The reader's selection as one Range, or null (nothing selected, or the selection is our own UI). */
export function selectionRange(win: Window): Range | null {
  // Text selected inside a form field is the reader's input, not the page's text.
  const active = win.document.activeElement;
  if (active && /^(input|textarea|select)$/i.test(active.tagName)) return null;
  const selection = win.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (range.collapsed || insideOurUi(range.startContainer) || insideOurUi(range.endContainer)) return null;
  if (range.toString().trim() === '') return null;
  return range.cloneRange();
}

/**
 * Turns a range of the page into a manual annotation: annotates the page first if the reader has
 * not yet (so the findings show too), then stores, paints and opens the card. Throws MessageError
 * with a sentence for the reader when there is nothing to annotate.
 */
export async function annotateRange(session: ContentSession, doc: Document, range: Range | null): Promise<AnnotationRecord> {
  if (!range) throw new MessageError('not-found', NO_SELECTION);
  // Readability runs on a clone: the range stays valid while the engine runs.
  if (!session.isReady) await session.annotate();
  const index = buildTextIndex(doc.body ?? doc.documentElement);
  const selectors = describeRange(index, range);
  if (!selectors?.position) throw new MessageError('not-found', 'The selection holds no text of the page that Sourcelight can keep.');
  if (selectors.quote.exact.length > LIMITS.text)
    throw new MessageError('invalid', `The selection is too long to annotate (more than ${LIMITS.text} characters).`);
  const result = await session.addManual(index, { quote: selectors.quote, position: selectors.position });
  if (!result.ok) throw new MessageError(result.code, result.error);
  openCard(session, result.value.id);
  doc.defaultView?.getSelection()?.removeAllRanges();
  return result.value;
}

/** Opens the card of an annotation (focus in it), where it is painted. */
function openCard(session: ContentSession, id: string): void {
  const entry = session.painter?.get(id);
  const data = session.cardData(id);
  if (!entry || !data) return;
  session.card.show(data, rectOf(entry.range), { focus: true, pinned: true });
}

/** Where a range is on screen; its element's box where ranges have no geometry (old engines, jsdom). */
function rectOf(range: Range): DOMRect {
  try {
    return range.getBoundingClientRect();
  } catch {
    const node = range.startContainer;
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    return el ? el.getBoundingClientRect() : new DOMRect();
  }
}

/** The selection of the page in its window, as a manual annotation (the tab message's handler). */
export function annotateSelection(session: ContentSession, doc: Document): Promise<AnnotationRecord> {
  const win = doc.defaultView;
  return annotateRange(session, doc, win ? selectionRange(win) : null);
}

const BUTTON_CSS = `
:host { all: initial; }
button { font: 600 12px/1 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #fff; background: #5b3fb8;
  border: 0; border-radius: 6px; padding: 6px 9px; box-shadow: 0 4px 12px rgba(20, 30, 50, .25); cursor: pointer; }
button:hover { background: #4a2f9f; }
button:focus-visible { outline: 3px solid #f0b400; outline-offset: 2px; }
`;

/**
 * A small "Annotate" button by the reader's selection. It sits right after the selection's end in
 * the page (so Tab reaches it next), inside a closed or open shadow root marked as our UI (the
 * text index and the page watcher skip it). Shown when a selection ends, hidden when it goes.
 */
export class SelectionButton {
  readonly host: HTMLElement;
  private readonly button: HTMLButtonElement;
  private range: Range | null = null;
  private readonly stop: () => void;

  constructor(
    private readonly doc: Document,
    onAnnotate: (range: Range) => void,
    options: { mode?: ShadowRootMode; trustedOnly?: boolean } = {},
  ) {
    const trustedOnly = options.trustedOnly ?? true;
    this.host = doc.createElement('sourcelight-select');
    this.host.setAttribute(UI_MARKER_ATTRIBUTE, '');
    this.host.setAttribute('style', 'all: initial !important; position: absolute !important; z-index: 2147483646 !important;');
    const root = this.host.attachShadow({ mode: options.mode ?? 'closed' });
    const style = doc.createElement('style');
    style.textContent = BUTTON_CSS;
    this.button = doc.createElement('button');
    this.button.type = 'button';
    this.button.textContent = 'Annotate';
    this.button.title = 'Annotate the selected text with Sourcelight';
    this.button.setAttribute('aria-label', 'Annotate the selected text with Sourcelight');
    // Keep the selection: a mouse press on the button would otherwise clear it.
    this.button.addEventListener('mousedown', (e) => e.preventDefault());
    this.button.addEventListener('click', (e) => {
      if (trustedOnly && !e.isTrusted) return;
      const range = this.range;
      this.hide();
      if (range) onAnnotate(range);
    });
    root.append(style, this.button);

    const view = doc.defaultView;
    const update = (e: Event) => {
      if (trustedOnly && !e.isTrusted) return;
      if (e.target === this.host) return;
      // After the browser has updated the selection for this event.
      view?.setTimeout(() => this.sync(), 0);
    };
    const onSelectionChange = () => {
      const selection = view?.getSelection();
      if (this.range && (!selection || selection.isCollapsed) && doc.activeElement !== this.host) this.hide();
    };
    const listen = { capture: true, passive: true } as const;
    doc.addEventListener('mouseup', update, listen);
    doc.addEventListener('keyup', update, listen);
    doc.addEventListener('selectionchange', onSelectionChange);
    this.stop = () => {
      doc.removeEventListener('mouseup', update, listen);
      doc.removeEventListener('keyup', update, listen);
      doc.removeEventListener('selectionchange', onSelectionChange);
    };
  }

  get isShown(): boolean {
    return this.host.isConnected;
  }

  /** Shows the button by the current selection, or hides it when there is none. */
  sync(): void {
    const view = this.doc.defaultView;
    const range = view ? selectionRange(view) : null;
    if (!range) {
      if (this.doc.activeElement !== this.host) this.hide();
      return;
    }
    this.range = range;
    // Right after the element holding the selection's end: next in the Tab order.
    const end = range.endContainer;
    const holder = end.nodeType === 1 ? (end as Element) : end.parentElement;
    const after = holder && holder !== this.doc.body && holder !== this.doc.documentElement ? holder : null;
    try {
      if (after) after.after(this.host);
      else (this.doc.body ?? this.doc.documentElement).append(this.host);
    } catch {
      this.doc.documentElement.append(this.host); // a page that refuses the insertion (custom elements, frozen nodes)
    }
    let last: DOMRect;
    try {
      const rects = range.getClientRects();
      last = rects[rects.length - 1] ?? range.getBoundingClientRect();
    } catch {
      last = rectOf(range);
    }
    const left = (view?.scrollX ?? 0) + Math.max(4, Math.min(last.right + 4, (view?.innerWidth ?? 1024) - 90));
    const top = (view?.scrollY ?? 0) + last.bottom + 4;
    this.host.style.setProperty('left', `${left}px`, 'important');
    this.host.style.setProperty('top', `${top}px`, 'important');
  }

  hide(): void {
    this.range = null;
    this.host.remove();
  }

  /** The button itself (tests press it). */
  get element(): HTMLButtonElement {
    return this.button;
  }

  destroy(): void {
    this.stop();
    this.hide();
  }
}
