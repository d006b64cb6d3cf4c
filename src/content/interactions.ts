// Pointer and keyboard wiring between the page and the session: hover marks a highlight and,
// after a short dwell, previews its card; a click opens the card and moves focus into it;
// Escape or a click elsewhere closes it. Listeners are passive and never stop the page's events,
// and act on the reader's own (trusted) events only: a page script cannot open or close a card.
import { caretPointAt, entryAtPoint } from './hit-test';
import type { ContentSession } from './session';

const HOVER_OPEN_MS = 450;
const HOVER_CLOSE_MS = 350;

/** Options for tests; the defaults are what the extension uses. */
export interface InteractionOptions {
  /** Ignore clicks a page script made up (default true). */
  trustedOnly?: boolean;
}

/** Attaches the listeners; returns a function that removes them. */
export function wireInteractions(session: ContentSession, doc: Document, options: InteractionOptions = {}): () => void {
  const trustedOnly = options.trustedOnly ?? true;
  const view = doc.defaultView;
  if (!view) return () => undefined;
  const { painter } = session;
  // The card is built when first shown (session.card); until then nothing is open, nothing is inside it.
  const built = () => session.cardIfBuilt;
  let frame = 0;
  let openTimer: ReturnType<typeof setTimeout> | null = null;
  let closeTimer: ReturnType<typeof setTimeout> | null = null;
  let hoverId: string | null = null;

  const clearTimers = () => {
    if (openTimer !== null) clearTimeout(openTimer);
    if (closeTimer !== null) clearTimeout(closeTimer);
    openTimer = closeTimer = null;
  };

  const at = (x: number, y: number) => entryAtPoint(session.entries(), caretPointAt(doc, x, y), x, y);

  const open = (id: string, pinned: boolean) => {
    const entry = painter?.get(id);
    const data = session.cardData(id);
    if (!entry || !data) return;
    session.card.show(data, entry.range.getBoundingClientRect(), { focus: pinned, pinned });
  };

  const onMove = (e: MouseEvent) => {
    if (frame || (trustedOnly && !e.isTrusted)) return;
    const { clientX, clientY, target } = e;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      if (built()?.contains(target)) {
        if (closeTimer !== null) clearTimeout(closeTimer);
        closeTimer = null;
        return;
      }
      const entry = at(clientX, clientY);
      const id = entry?.id ?? null;
      painter?.setActive(id);
      if (id === hoverId) return;
      hoverId = id;
      clearTimers();
      const card = built();
      if (id && card?.currentId !== id && !card?.pinned) {
        openTimer = setTimeout(() => open(id, false), HOVER_OPEN_MS);
      } else if (!id && card?.isOpen && !card.pinned) {
        closeTimer = setTimeout(() => card.hide(), HOVER_CLOSE_MS);
      }
    });
  };

  const onClick = (e: MouseEvent) => {
    if ((trustedOnly && !e.isTrusted) || e.button !== 0 || built()?.contains(e.target)) return;
    const selection = view.getSelection();
    if (selection && !selection.isCollapsed) return; // the reader is selecting text
    const entry = at(e.clientX, e.clientY);
    clearTimers();
    if (entry) open(entry.id, true);
    else built()?.hide();
  };

  const onKey = (e: KeyboardEvent) => {
    if (trustedOnly && !e.isTrusted) return;
    const card = built();
    if (e.key === 'Escape' && card?.isOpen) card.hide();
  };

  const onScroll = () => {
    const card = built();
    if (card?.isOpen && !card.pinned) card.hide();
  };

  const listen = { capture: true, passive: true } as const;
  doc.addEventListener('mousemove', onMove, listen);
  doc.addEventListener('click', onClick, listen);
  doc.addEventListener('keydown', onKey, listen);
  view.addEventListener('scroll', onScroll, listen);
  return () => {
    clearTimers();
    if (frame) view.cancelAnimationFrame(frame);
    doc.removeEventListener('mousemove', onMove, listen);
    doc.removeEventListener('click', onClick, listen);
    doc.removeEventListener('keydown', onKey, listen);
    view.removeEventListener('scroll', onScroll, listen);
  };
}
