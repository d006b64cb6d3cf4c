// The small card that opens over a highlight: who said it, the cue, the reader's verdict buttons,
// the reader's own free-form tags (typed with completion from the tags already in use), a note, and the reader's corrections of the machine (another speaker, another kind or "not a
// quote", dismiss). Plain DOM in a shadow root (no framework: the content script stays small),
// closed in shipped builds so the page cannot read the reader's notes; it acts on trusted events
// only, and Tab stays inside it while it is open. Every change is saved at once, and a note still
// unsent goes when the tab is hidden, closed or reloaded.
import { LABEL_LIMITS, TAGS, type AnnotationKind, type AnnotationRecord, type AnnotationView, type CorrectedKind, type Tag } from '../shared/model';
import type { CorrectionPatch } from '../shared/messages';
import type { SpeakerKind } from '../core/types';
import { UI_MARKER_ATTRIBUTE } from '../anchoring';
import { CARD_CSS } from './card-styles';
import { labelSuggestions, readLabelInput, withLabel } from '../shared/label-input';

/**
 * What the card shows: one stored annotation (a view of the one record type, src/shared/model),
 * with what the correction controls need besides.
 */
export type CardData = AnnotationView &
  Partial<Pick<AnnotationRecord, 'origin'>> & {
    /** True when the reader corrected the machine on it. */
    corrected?: boolean;
    /** The article's speakers, offered by "Speaker". */
    speakers?: CardSpeaker[];
  };

/** A speaker of the article as the card offers it. */
export interface CardSpeaker {
  key: string;
  name: string;
  speakerKind: SpeakerKind;
  speakerId: string | null;
}

/** What the card asks its owner to do; each returns an error sentence, or null when saved. */
export interface CardActions {
  setTags(id: string, tags: Tag[]): Promise<string | null>;
  setNote(id: string, note: string): Promise<string | null>;
  /** The reader's free-form tags (absent: the card offers none). */
  setLabels?(id: string, labels: string[]): Promise<string | null>;
  /** The free-form tags in use in the library, for completion (asked each time the card opens). */
  labelsInUse?(): Promise<string[]>;
  /** A correction of the machine (speaker, kind, dismiss, or reset). */
  correct?(patch: CorrectionPatch): Promise<string | null>;
  /** The card opened on an annotation. */
  opened?(id: string): void;
  /**
   * The card was closed (Escape, the close button, or the owner); hadFocus: the keyboard focus
   * was in it; returned: focus went back to the element it came from.
   */
  closed?(how: { id: string; hadFocus: boolean; returned: boolean }): void;
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

const KIND_CHOICES: ReadonlyArray<[CorrectedKind, string]> = [
  ['quote', 'Quote'],
  ['claim', 'Claim'],
  ['scare', 'Scare quote'],
  ['none', 'Not a quote'],
];
/** Values of the speaker choice that are not a speaker. */
const NO_SPEAKER = '\u0000none';
const OTHER_SPEAKER = '\u0000other';

const EXCERPT_MAX = 180;
/** The datalist of the tag field's completions (ids are scoped to the card's shadow root). */
const LABEL_LIST_ID = 'sourcelight-label-options';

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
  private readonly labelsEl: HTMLDivElement;
  private readonly labelList: HTMLUListElement;
  private readonly labelInput: HTMLInputElement;
  private readonly labelOptions: HTMLDataListElement;
  /** The free-form tags in use in the library, as last asked. */
  private labelsInUse: string[] = [];
  private readonly statusEl: HTMLDivElement;
  private readonly speakerSelect: HTMLSelectElement;
  private readonly otherRow: HTMLDivElement;
  private readonly otherInput: HTMLInputElement;
  private readonly kindRow: HTMLLabelElement;
  private readonly kindSelect: HTMLSelectElement;
  private readonly dismissButton: HTMLButtonElement;
  private readonly resetButton: HTMLButtonElement;
  private readonly correctedEl: HTMLSpanElement;
  /** The annotation the correction controls were last drawn for. */
  private shownFor: string | null = null;
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
    // A page rule aimed at unknown elements cannot hide or move the card: the inline style beats
    // the page's normal rules, and the shadow root's own :host rules (CARD_CSS) are !important,
    // which beats the page's !important rules too (for important declarations the shadow tree's
    // win). Not !important inline: that would lock the reader's own text-spacing styles out
    // (axe-core avoid-inline-spacing, seen in Firefox, which expands 'all' in the style attribute).
    this.host.setAttribute('style', 'all: initial; display: block; position: absolute; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;');
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

    // The reader's own tags: chips with a remove button, and a field with completion.
    this.labelsEl = el(doc, 'div', { className: 'labels', attrs: { role: 'group', 'aria-label': 'Your tags' } });
    this.labelList = el(doc, 'ul', { className: 'label-list' });
    this.labelInput = el(doc, 'input', {
      className: 'label-input',
      attrs: { type: 'text', 'aria-label': 'Add a tag', placeholder: 'Add a tag, Enter to add', list: LABEL_LIST_ID, maxlength: String(LABEL_LIMITS.length), autocomplete: 'off' },
    });
    this.labelOptions = el(doc, 'datalist', { attrs: { id: LABEL_LIST_ID } });
    this.labelInput.addEventListener('input', (e) => {
      if (!trusted(e)) return;
      const read = readLabelInput(this.labelInput.value, (e as InputEvent).inputType, this.suggestions());
      if ('add' in read) void this.addLabel(read.add);
    });
    this.labelInput.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && trusted(e)) {
        e.preventDefault();
        void this.addLabel(this.labelInput.value);
      }
    });
    this.labelList.addEventListener('click', (e) => {
      const button = (e.target as Element | null)?.closest?.('button[data-label]');
      if (button && trusted(e)) void this.removeLabel(button.getAttribute('data-label') ?? '');
    });
    this.labelsEl.append(this.labelList, this.labelInput, this.labelOptions);

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

    // Correct the machine: speaker, kind, dismiss.
    const fix = el(doc, 'div', { className: 'fix', attrs: { role: 'group', 'aria-label': 'Correct Sourcelight' } });
    const speakerLabel = el(doc, 'label', { className: 'fix-row', text: 'Speaker' });
    this.speakerSelect = el(doc, 'select', { attrs: { 'data-fix': 'speaker' } });
    speakerLabel.append(this.speakerSelect);
    this.speakerSelect.addEventListener('change', (e) => trusted(e) && this.speakerChosen());
    this.otherRow = el(doc, 'div', { className: 'fix-other' });
    this.otherRow.hidden = true;
    this.otherInput = el(doc, 'input', { attrs: { type: 'text', 'aria-label': 'Speaker’s name', placeholder: 'Name of the speaker', maxlength: '200' } });
    const otherSave = el(doc, 'button', { className: 'small', text: 'Set speaker', attrs: { type: 'button', 'data-fix': 'set-speaker' } });
    otherSave.addEventListener('click', (e) => trusted(e) && this.typedSpeaker());
    this.otherInput.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && trusted(e)) {
        e.preventDefault();
        this.typedSpeaker();
      }
    });
    this.otherRow.append(this.otherInput, otherSave);
    this.kindRow = el(doc, 'label', { className: 'fix-row', text: 'Kind' });
    this.kindSelect = el(doc, 'select', { attrs: { 'data-fix': 'kind' } });
    for (const [value, text] of KIND_CHOICES) this.kindSelect.append(el(doc, 'option', { text, attrs: { value } }));
    this.kindRow.append(this.kindSelect);
    this.kindSelect.addEventListener('change', (e) => trusted(e) && void this.sendCorrection({ kind: this.kindSelect.value as CorrectedKind }));
    const actionsRow = el(doc, 'div', { className: 'fix-actions' });
    this.correctedEl = el(doc, 'span', { className: 'corrected', text: 'Corrected by you' });
    this.resetButton = el(doc, 'button', { className: 'small', text: 'Undo correction', attrs: { type: 'button', 'data-fix': 'reset' } });
    this.resetButton.addEventListener('click', (e) => trusted(e) && void this.sendCorrection({ reset: true }));
    this.dismissButton = el(doc, 'button', { className: 'small dismiss', text: 'Dismiss', attrs: { type: 'button', 'data-fix': 'dismiss' } });
    this.dismissButton.addEventListener('click', (e) => trusted(e) && void this.sendCorrection({ dismissed: true }));
    actionsRow.append(this.correctedEl, this.resetButton, this.dismissButton);
    fix.append(speakerLabel, this.otherRow, this.kindRow, actionsRow);

    this.box.append(head, this.excerptEl, tags, this.labelsEl, label, this.noteEl, this.statusEl, fix);
    this.box.addEventListener('keydown', (e) => {
      if (!trusted(e)) return;
      if (e.key === 'Escape') {
        e.stopPropagation();
        this.hide();
      } else if (e.key === 'Tab') {
        this.keepTabInside(e);
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

  /** The card's controls a Tab can reach, in order. */
  private focusables(): HTMLElement[] {
    return [...this.box.querySelectorAll<HTMLElement>('button, select, textarea, input')].filter(
      (node) => !node.closest('[hidden]') && !(node as HTMLButtonElement).disabled,
    );
  }

  /** Tab from the last control goes to the first, Shift+Tab from the first to the last: never out unseen. */
  private keepTabInside(e: KeyboardEvent): void {
    const list = this.focusables();
    if (list.length === 0) return;
    const current = this.root.activeElement;
    const first = list[0]!;
    const last = list[list.length - 1]!;
    if (e.shiftKey && (current === first || !list.includes(current as HTMLElement))) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && (current === last || !list.includes(current as HTMLElement))) {
      e.preventDefault();
      first.focus();
    }
  }

  /** Opens the card for one annotation next to anchorRect (viewport coordinates). */
  show(data: CardData, anchorRect: DOMRect, options: { focus: boolean; pinned: boolean }): void {
    if (this.data && this.data.id !== data.id) this.flushNote();
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
    const opening = this.data?.id !== data.id || !this.isOpen;
    this.render(data);
    this.box.hidden = false;
    if (opening) {
      this.labelInput.value = '';
      this.refreshLabelsInUse();
    }
    this.actions.opened?.(data.id);
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
    const id = this.data?.id ?? '';
    this.box.hidden = true;
    this.pinned = false;
    let returned = false;
    const back = this.returnFocus;
    if (hadFocus && back && back.isConnected && back !== this.doc.body) {
      back.focus({ preventScroll: true });
      returned = this.doc.activeElement === back;
    }
    if (hadFocus && !returned) {
      // Firefox keeps the focus on a control inside a hidden box until a later frame, and a blur
      // of the host does not reach a control inside its shadow tree there: blur the control itself.
      const inner = this.root.activeElement;
      const Html = this.doc.defaultView?.HTMLElement;
      if (Html && inner instanceof Html) inner.blur();
      if (this.doc.activeElement === this.host) this.host.blur();
    }
    this.returnFocus = null;
    this.actions.closed?.({ id, hadFocus, returned });
  }

  /** Takes the card out of the page entirely. */
  destroy(): void {
    this.hide();
    this.host.remove();
  }

  private render(data: CardData): void {
    this.data = { ...data, tags: [...data.tags], labels: [...(data.labels ?? [])] };
    this.speakerEl.textContent = data.speaker ?? 'Unknown speaker';
    this.kindEl.textContent = KIND_LABELS[data.kind];
    this.kindEl.className = `kind ${data.kind}`;
    const meta: string[] = data.speakerDescription ? [data.speakerDescription] : [];
    meta.push(SPEAKER_KIND_LABELS[data.speakerKind]);
    if (data.cue) meta.push(`cue: “${data.cue}”`);
    this.metaEl.textContent = meta.join(' · ');
    this.excerptEl.textContent = `“${excerpt(data.text)}”`;
    for (const [tag, button] of this.tagButtons) button.setAttribute('aria-pressed', String(data.tags.includes(tag)));
    if (this.noteEl.value !== data.note) this.noteEl.value = data.note;
    this.renderLabels();
    this.renderFix(data);
  }

  /** The reader's tags as chips, and the completions the field offers. */
  private renderLabels(): void {
    const doc = this.doc;
    this.labelsEl.hidden = this.actions.setLabels === undefined;
    const own = this.data?.labels ?? [];
    this.labelList.replaceChildren(
      ...own.map((l) => {
        const chip = el(doc, 'li', { className: 'label-chip', text: l });
        chip.append(el(doc, 'button', { className: 'label-remove', text: '×', attrs: { type: 'button', 'data-label': l, 'aria-label': `Remove tag ${l}` } }));
        return chip;
      }),
    );
    this.labelList.hidden = own.length === 0;
    this.labelInput.disabled = own.length >= LABEL_LIMITS.count;
    this.labelOptions.replaceChildren(...this.suggestions().map((l) => el(doc, 'option', { attrs: { value: l } })));
  }

  /** What the tag field offers: the tags in use that this annotation does not have. */
  private suggestions(): string[] {
    return labelSuggestions(this.labelsInUse, this.data?.labels ?? []);
  }

  /** Asks the owner for the tags in use (they change in other tabs and the library). */
  private refreshLabelsInUse(): void {
    const ask = this.actions.labelsInUse;
    if (!ask) return;
    void ask().then(
      (inUse) => {
        this.labelsInUse = labelSuggestions(inUse, []);
        this.renderLabels();
      },
      () => undefined, // no completion this time; typing still works
    );
  }

  private async addLabel(text: string): Promise<void> {
    const data = this.data;
    if (!data) return;
    const next = withLabel(data.labels ?? [], text);
    this.labelInput.value = '';
    if (next) await this.saveLabels(data, next);
  }

  private async removeLabel(label: string): Promise<void> {
    const data = this.data;
    if (!data) return;
    await this.saveLabels(data, (data.labels ?? []).filter((l) => l !== label));
    if (this.data?.id === data.id) this.labelInput.focus();
  }

  private async saveLabels(data: CardData, labels: string[]): Promise<void> {
    if (!this.actions.setLabels) return;
    this.render({ ...data, labels, note: this.noteEl.value });
    this.setStatus('Saving…', false);
    const error = await this.actions.setLabels(data.id, labels);
    if (error) {
      if (this.data?.id === data.id) this.render({ ...this.data, labels: data.labels ?? [] });
      this.setStatus(error, true);
    } else {
      for (const l of labels) if (!this.labelsInUse.includes(l)) this.labelsInUse = [...this.labelsInUse, l].sort();
      this.setStatus('Saved', false);
    }
  }

  /** The correction controls for this annotation. */
  private renderFix(data: CardData): void {
    const hasFix = this.actions.correct !== undefined;
    (this.speakerSelect.closest('.fix') as HTMLElement).hidden = !hasFix;
    if (!hasFix) return;
    const doc = this.doc;
    const select = this.speakerSelect;
    const speakers = [...(data.speakers ?? [])];
    const currentKey = data.speakerId ? `id:${data.speakerId}` : `name:${(data.speaker ?? '').trim().replace(/\s+/g, ' ').toLowerCase()}`;
    if (data.speaker && !speakers.some((s) => s.key === currentKey))
      speakers.unshift({ key: currentKey, name: data.speaker, speakerKind: data.speakerKind, speakerId: data.speakerId ?? null });
    // While the reader moves through the list with the keys, its order stays put.
    const choosing = this.root.activeElement === select && this.shownFor === data.id;
    if (!choosing) {
      select.replaceChildren();
      for (const s of speakers) select.append(el(doc, 'option', { text: s.name, attrs: { value: s.key } }));
      select.append(el(doc, 'option', { text: 'No speaker', attrs: { value: NO_SPEAKER } }));
      select.append(el(doc, 'option', { text: 'Someone else…', attrs: { value: OTHER_SPEAKER } }));
      select.value = data.speaker ? currentKey : NO_SPEAKER;
      this.otherRow.hidden = true;
    }
    this.shownFor = data.id;
    this.kindRow.hidden = data.origin === 'manual' || data.kind === 'manual';
    if (!this.kindRow.hidden) this.kindSelect.value = data.kind;
    this.correctedEl.hidden = !data.corrected;
    this.resetButton.hidden = !data.corrected;
  }

  private speakerChosen(): void {
    const value = this.speakerSelect.value;
    if (value === OTHER_SPEAKER) {
      this.otherRow.hidden = false;
      this.otherInput.value = '';
      this.otherInput.focus();
      return;
    }
    this.otherRow.hidden = true;
    if (value === NO_SPEAKER) return void this.sendCorrection({ speaker: null });
    const s = this.data?.speakers?.find((x) => x.key === value);
    if (s) void this.sendCorrection({ speaker: { name: s.name, speakerKind: s.speakerKind, speakerId: s.speakerId } });
  }

  private typedSpeaker(): void {
    const name = this.otherInput.value.trim().replace(/\s+/g, ' ');
    if (name === '') return this.setStatus('Type the speaker’s name first.', true);
    void this.sendCorrection({ speaker: { name, speakerKind: 'person', speakerId: null } });
  }

  private async sendCorrection(change: Omit<CorrectionPatch, 'id'>): Promise<void> {
    const data = this.data;
    if (!data || !this.actions.correct) return;
    this.setStatus('Saving…', false);
    const error = await this.actions.correct({ id: data.id, ...change });
    if (this.data?.id !== data.id) return;
    if (error) {
      this.render({ ...data, note: this.noteEl.value });
      this.setStatus(error, true);
    } else if (this.isOpen) {
      this.setStatus(change.dismissed ? 'Dismissed' : 'Saved', false);
    }
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
