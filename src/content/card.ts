// The small card that opens over a highlight: who said it, the cue, the reader's verdict buttons
// and a note. Plain DOM in a shadow root (no framework: the content script stays small), closed
// in shipped builds so the page cannot read the reader's notes. Every change is saved at once.
import { TAGS, type AnnotationKind, type AnnotationView, type Tag } from '../shared/model';
import type { SpeakerKind } from '../core/types';
import { UI_MARKER_ATTRIBUTE } from '../anchoring';
import { CARD_CSS } from './card-styles';

/** What the card shows: one stored annotation (a view of the one record type, src/shared/model). */
export type CardData = AnnotationView;

/** What the card asks its owner to do; each returns an error sentence, or null when saved. */
export interface CardActions {
  setTags(id: string, tags: Tag[]): Promise<string | null>;
  setNote(id: string, note: string): Promise<string | null>;
  /** The card was closed (Escape, the close button, or the owner). */
  closed?(): void;
}

/** How the card is built. */
export interface CardOptions {
  /** closed (default) hides the card from page scripts; test builds use open to drive it. */
  mode?: ShadowRootMode;
  /** Ignore events a page script made up (default true); unit tests turn it off. */
  trustedOnly?: boolean;
}

export const TAG_LABELS: Record<Tag, string> = {
  disputed: 'Disputed',
  supported: 'Supported',
  'needs-source': 'Needs source',
};

const KIND_LABELS: Record<AnnotationKind, string> = {
  quote: 'Quote',
  claim: 'Claim',
  scare: 'Scare quote',
  manual: 'Your highlight',
};

const SPEAKER_KIND_LABELS: Record<SpeakerKind, string> = {
  person: 'person',
  organization: 'organisation',
  anonymous: 'anonymous source',
  unknown: 'speaker not named',
};

const EXCERPT_MAX = 180;

/** Shortens long text at a word boundary, with an ellipsis. */
export function excerpt(text: string, max = EXCERPT_MAX): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Where the card goes: under the highlight if it fits, else above; always inside the viewport. */
export function placeCard(
  anchor: { left: number; top: number; bottom: number },
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  margin = 8,
): { left: number; top: number } {
  const left = Math.max(margin, Math.min(anchor.left, viewport.width - size.width - margin));
  const below = anchor.bottom + margin;
  const above = anchor.top - margin - size.height;
  const top = below + size.height <= viewport.height - margin || above < margin ? below : above;
  return { left, top };
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: { className?: string; text?: string; attrs?: Record<string, string> } = {},
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [k, v] of Object.entries(props.attrs ?? {})) node.setAttribute(k, v);
  return node;
}

export class Card {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly box: HTMLDivElement;
  private readonly speakerEl: HTMLDivElement;
  private readonly kindEl: HTMLSpanElement;
  private readonly metaEl: HTMLSpanElement;
  private readonly excerptEl: HTMLDivElement;
  private readonly tagButtons = new Map<Tag, HTMLButtonElement>();
  private readonly noteEl: HTMLTextAreaElement;
  private readonly statusEl: HTMLDivElement;
  private data: CardData | null = null;
  /** Where focus was before the card took it, to give it back on close. */
  private returnFocus: HTMLElement | null = null;
  /** True once the reader clicked or focused the card: hover-out no longer closes it. */
  pinned = false;

  constructor(
    private readonly doc: Document,
    private readonly actions: CardActions,
    options: CardOptions = {},
  ) {
    const mode = options.mode ?? 'closed';
    const trusted = (e: Event) => e.isTrusted || options.trustedOnly === false;
    this.host = doc.createElement('sourcelight-card');
    // Kept out of the live text index, so the card's words are never anchored as page text.
    this.host.setAttribute(UI_MARKER_ATTRIBUTE, '');
    // Inline and !important: a page rule aimed at unknown elements cannot hide or move the card.
    this.host.setAttribute(
      'style',
      'all: initial !important; display: block !important; position: absolute !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; z-index: 2147483647 !important;',
    );
    this.root = this.host.attachShadow({ mode });
    const style = el(doc, 'style', { text: CARD_CSS });
    this.box = el(doc, 'div', { className: 'card', attrs: { role: 'dialog', 'aria-label': 'Sourcelight finding' } });
    this.box.hidden = true;

    const head = el(doc, 'div', { className: 'head' });
    const who = el(doc, 'div', { className: 'who' });
    this.speakerEl = el(doc, 'div', { className: 'speaker' });
    const metaLine = el(doc, 'div', { className: 'meta' });
    this.kindEl = el(doc, 'span', { className: 'kind' });
    this.metaEl = el(doc, 'span');
    metaLine.append(this.kindEl, this.metaEl);
    who.append(this.speakerEl, metaLine);
    const close = el(doc, 'button', { className: 'close', text: '×', attrs: { type: 'button', 'aria-label': 'Close' } });
    close.addEventListener('click', (e) => trusted(e) && this.hide());
    head.append(who, close);

    this.excerptEl = el(doc, 'div', { className: 'excerpt' });

    const tags = el(doc, 'div', { className: 'tags', attrs: { role: 'group', 'aria-label': 'Your verdict' } });
    for (const tag of TAGS) {
      const button = el(doc, 'button', {
        className: `tag ${tag}`,
        text: TAG_LABELS[tag],
        attrs: { type: 'button', 'aria-pressed': 'false', 'data-tag': tag },
      });
      button.addEventListener('click', (e) => trusted(e) && void this.toggleTag(tag));
      this.tagButtons.set(tag, button);
      tags.append(button);
    }

    const noteId = 'sourcelight-note';
    const label = el(doc, 'label', { text: 'Note', attrs: { for: noteId } });
    this.noteEl = el(doc, 'textarea', { attrs: { id: noteId, placeholder: 'Why, a source, a question…', rows: '2' } });
    this.noteEl.addEventListener('input', (e) => trusted(e) && this.scheduleNoteSave());
    this.noteEl.addEventListener('blur', () => this.flushNote());
    // A note is never lost: every change is sent at once (above), and whatever is still unsent
    // goes when the tab is hidden, closed or reloaded.
    doc.defaultView?.addEventListener('pagehide', () => this.flushNote());
    doc.addEventListener('visibilitychange', () => doc.visibilityState === 'hidden' && this.flushNote());
    this.statusEl = el(doc, 'div', { className: 'status', attrs: { role: 'status', 'aria-live': 'polite' } });

    this.box.append(head, this.excerptEl, tags, label, this.noteEl, this.statusEl);
    this.box.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        this.hide();
      }
    });
    this.box.addEventListener('pointerdown', () => (this.pinned = true));
    this.box.addEventListener('focusin', () => (this.pinned = true));
    this.root.append(style, this.box);
  }

  get isOpen(): boolean {
    return !this.box.hidden;
  }

  get currentId(): string | null {
    return this.isOpen ? (this.data?.id ?? null) : null;
  }

  /** True when the event happened inside the card (its host is all the page can see). */
  contains(target: EventTarget | null): boolean {
    return target === this.host;
  }

  /** Opens the card for one annotation next to anchorRect (viewport coordinates). */
  show(data: CardData, anchorRect: DOMRect, options: { focus: boolean; pinned: boolean }): void {
    if (this.data && this.data.id !== data.id) this.flushNote();
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
    this.render(data);
    this.box.hidden = false;
    this.pinned = options.pinned;
    this.setStatus('', false);
    const view = this.doc.defaultView;
    const viewport = { width: view?.innerWidth ?? 1024, height: view?.innerHeight ?? 768 };
    const size = { width: this.box.offsetWidth || 344, height: this.box.offsetHeight || 200 };
    const { left, top } = placeCard(anchorRect, size, viewport);
    this.box.style.left = `${left + (view?.scrollX ?? 0)}px`;
    this.box.style.top = `${top + (view?.scrollY ?? 0)}px`;
    if (options.focus) {
      const active = this.doc.activeElement;
      const Html = this.doc.defaultView?.HTMLElement;
      if (Html && active instanceof Html && active !== this.host) this.returnFocus = active;
      this.tagButtons.get('disputed')?.focus();
    }
  }

  /** New data for the open card (after a change made elsewhere, e.g. in the popup). */
  update(data: CardData): void {
    if (this.data?.id !== data.id) return;
    const typing = this.root.activeElement === this.noteEl;
    this.render(typing ? { ...data, note: this.noteEl.value } : data);
  }

  hide(): void {
    if (!this.isOpen) return;
    this.flushNote();
    const hadFocus = this.doc.activeElement === this.host;
    this.box.hidden = true;
    this.pinned = false;
    if (hadFocus) this.returnFocus?.focus({ preventScroll: true });
    this.returnFocus = null;
    this.actions.closed?.();
  }

  /** Takes the card out of the page entirely. */
  destroy(): void {
    this.hide();
    this.host.remove();
  }

  private render(data: CardData): void {
    this.data = { ...data, tags: [...data.tags] };
    this.speakerEl.textContent = data.speaker ?? 'Unknown speaker';
    this.kindEl.textContent = KIND_LABELS[data.kind];
    this.kindEl.className = `kind ${data.kind}`;
    const meta = [SPEAKER_KIND_LABELS[data.speakerKind]];
    if (data.cue) meta.push(`cue: “${data.cue}”`);
    this.metaEl.textContent = meta.join(' · ');
    this.excerptEl.textContent = `“${excerpt(data.text)}”`;
    for (const [tag, button] of this.tagButtons) button.setAttribute('aria-pressed', String(data.tags.includes(tag)));
    if (this.noteEl.value !== data.note) this.noteEl.value = data.note;
  }

  private setStatus(text: string, error: boolean): void {
    this.statusEl.textContent = text;
    this.statusEl.className = error ? 'status error' : 'status';
  }

  private async toggleTag(tag: Tag): Promise<void> {
    const data = this.data;
    if (!data) return;
    const tags = data.tags.includes(tag) ? data.tags.filter((t) => t !== tag) : [...data.tags, tag];
    this.render({ ...data, tags, note: this.noteEl.value });
    const error = await this.actions.setTags(data.id, tags);
    if (error) {
      if (this.data?.id === data.id) this.render({ ...data, note: this.noteEl.value });
      this.setStatus(error, true);
    } else {
      this.setStatus('Saved', false);
    }
  }

  /** Saves on every change: text typed just before the tab closes is already on its way. */
  private scheduleNoteSave(): void {
    this.setStatus('Saving…', false);
    this.flushNote();
  }

  private flushNote(): void {
    const data = this.data;
    if (!data || this.noteEl.value === data.note) return;
    const note = this.noteEl.value;
    this.data = { ...data, note };
    void this.actions.setNote(data.id, note).then((error) => {
      if (this.data?.id !== data.id) return;
      this.setStatus(error ?? 'Saved', error !== null);
    });
  }
}
