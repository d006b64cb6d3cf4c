// Paints anchored findings with the CSS Custom Highlight API: one Highlight per layer (a
// speaker's colour, a kind's line), each a set of live Ranges, registered under names that say
// nothing (highlight-styles.ts). Nothing in the page is split, wrapped or moved; clearing removes
// every trace. The reader's verdicts and notes are drawn apart, in a closed shadow root (marks.ts).
// What the reader hides (popup filters, the legend) is simply not painted. However many changes
// come in one frame (a run's paint, then the store's; a filter; a correction), they are drawn once.
import type { AnnotationKind, Tag } from '../shared/model';
import type { PageFilter, PaintDescription } from '../shared/messages';
import { SHOW_ALL } from '../shared/messages';
import type { ColourSlot } from '../shared/speaker-colours';
import { LAYERS, layersFor, plainNames, type Layer } from './highlight-styles';
import type { MarkItem } from './marks';

/** One finding as painted: where it is in the live page and how it should look. */
export interface PaintEntry {
  /** AnnotationRecord.id */
  id: string;
  kind: AnnotationKind;
  tags: readonly Tag[];
  /** A live Range over the page's own text nodes. */
  range: Range;
  /** The speaker's colour (speaker-colours.ts); none when no speaker. */
  slot?: ColourSlot;
  /** speakerKeyOf the annotation ('' for none), for hiding one speaker. */
  speakerKey?: string;
  /** True when the reader wrote a note on it. */
  note?: boolean;
}

/** Where the marks go (marks.ts MarkLayer; tests pass a stand-in). */
export interface MarkSink {
  draw(items: readonly MarkItem[]): void;
  clear(): void;
}

/** The part of Highlight the painter uses (lets tests pass a stand-in). */
export interface HighlightLike {
  add(range: AbstractRange): unknown;
  clear(): void;
  priority: number;
}

/** The part of CSS.highlights the painter uses. */
export interface HighlightRegistryLike {
  set(name: string, highlight: HighlightLike): unknown;
  delete(name: string): boolean;
}

/** Where the painter draws: the page's registry and a way to make Highlights in that page. */
export interface PaintTarget {
  registry: HighlightRegistryLike;
  createHighlight(): HighlightLike;
  /** Runs fn before the next frame is drawn (requestAnimationFrame); without it, redraws are immediate. */
  requestFrame?(fn: () => void): void;
}

/** The browser's own registry, or null where the CSS Custom Highlight API is missing. */
export function browserPaintTarget(win: Window & typeof globalThis = window): PaintTarget | null {
  const registry = win.CSS?.highlights;
  const HighlightCtor = (win as { Highlight?: typeof Highlight }).Highlight;
  if (!registry || typeof HighlightCtor !== 'function') return null;
  return {
    registry,
    createHighlight: () => new HighlightCtor(),
    requestFrame: (fn) => {
      // A hidden tab draws no frames: nothing to batch there, so its paint is immediate.
      if (win.document.visibilityState !== 'visible') return fn();
      // Firefox may call a tab behind another one visible yet give it no frames: a timer stands in.
      let done = false;
      const once = () => {
        if (done) return;
        done = true;
        fn();
      };
      win.requestAnimationFrame(once);
      win.setTimeout(once, FRAME_FALLBACK_MS);
    },
  };
}

/** How long a redraw waits for a frame before it is done anyway. */
const FRAME_FALLBACK_MS = 100;

/** On, off, on, off: two long blinks the eye catches after a smooth scroll. */
const FLASH_STEPS_MS = [0, 450, 650, 1100, 1300];

/** True when the filter lets the entry show. */
export function passes(entry: PaintEntry, filter: PageFilter): boolean {
  if (!filter.show) return false;
  if (filter.kind !== 'all' && entry.kind !== filter.kind) return false;
  if (filter.tag === 'untagged' ? entry.tags.length > 0 : filter.tag !== 'all' && !entry.tags.includes(filter.tag)) return false;
  return !filter.hiddenSpeakers.includes(entry.speakerKey ?? '');
}

export class Painter {
  private readonly highlights = new Map<Layer, HighlightLike>();
  private readonly entries = new Map<string, PaintEntry>();
  private activeId: string | null = null;
  private flashTimers: number[] = [];
  private filter: PageFilter = SHOW_ALL;
  /** Layer -> the name it is registered under in the page. */
  readonly names: Readonly<Record<string, string>>;
  /** A redraw is booked for the next frame (every change before it is drawn at once). */
  private pending: Promise<void> | null = null;
  /** Bumped by clear(): a frame booked before it draws nothing (no marks come back after clear). */
  private generation = 0;
  /** What the booked frame has to draw: the highlights (set at once by paint's `now`), the marks, or both. */
  private dirty = { highlights: false, marks: false };

  constructor(
    private readonly target: PaintTarget,
    options: { names?: Readonly<Record<string, string>>; marks?: MarkSink } = {},
  ) {
    this.names = options.names ?? plainNames();
    this.marks = options.marks ?? null;
    LAYERS.forEach((layer, i) => {
      const name = this.names[layer];
      if (!name) return;
      const highlight = target.createHighlight();
      // Later layers paint over earlier ones (kinds over colours, flash over all).
      highlight.priority = i;
      this.highlights.set(layer, highlight);
      target.registry.set(name, highlight);
    });
  }

  private readonly marks: MarkSink | null;

  /** Shows only what the filter lets through; answers how many entries are painted. */
  setFilter(filter: PageFilter): number {
    this.filter = { ...filter, hiddenSpeakers: [...filter.hiddenSpeakers] };
    this.schedule();
    return this.visible().length;
  }

  /** True when the entry is painted (known and not hidden by the filter). */
  isVisible(id: string): boolean {
    const entry = this.entries.get(id);
    return !!entry && passes(entry, this.filter);
  }

  /** The painted entries (hidden ones left out). */
  visible(): PaintEntry[] {
    return [...this.entries.values()].filter((e) => passes(e, this.filter));
  }

  /** How the page is painted, by the page's names; for the popup and the tests, never the page. */
  describe(): PaintDescription {
    const layers: Record<string, string> = {};
    for (const layer of this.highlights.keys()) layers[this.names[layer]!] = layer;
    const marks = this.visible()
      .filter((e) => e.tags.length > 0 || e.note)
      .map((e) => ({ id: e.id, text: e.range.toString(), tags: [...e.tags], note: e.note === true }));
    return { layers, marks };
  }

  /**
   * Replaces everything painted with these entries (drawn in the next frame, with any other change
   * before it). With `now`, the highlights are set in this task, so the very next frame paints them
   * (setting the registry lays nothing out); the marks, which read the layout, still wait for that frame.
   */
  paint(entries: readonly PaintEntry[], options: { now?: boolean } = {}): void {
    this.entries.clear();
    for (const entry of entries) this.entries.set(entry.id, entry);
    if (!options.now || !this.target.requestFrame) return this.schedule();
    this.drawHighlights();
    this.dirty.highlights = false;
    this.schedule({ highlights: false, marks: true });
  }

  /** Adds or replaces one entry. */
  put(entry: PaintEntry): void {
    this.entries.set(entry.id, entry);
    this.schedule();
  }

  /** Resolves once every change so far is in the page's highlights. */
  drawn(): Promise<void> {
    return this.pending ?? Promise.resolve();
  }

  /** New tags for one entry: repaints its marks. Returns false for an unknown id. */
  setTags(id: string, tags: readonly Tag[]): boolean {
    return this.change(id, { tags: [...tags] });
  }

  /** New tags, note, kind or colour for one entry. Returns false for an unknown id. */
  change(id: string, fields: Partial<Omit<PaintEntry, 'id' | 'range'>>): boolean {
    const entry = this.entries.get(id);
    if (!entry) return false;
    this.entries.set(id, { ...entry, ...fields });
    this.schedule();
    return true;
  }

  /** New fields for many entries, drawn once. Unknown ids are skipped. */
  changeAll(changes: ReadonlyMap<string, Partial<Omit<PaintEntry, 'id' | 'range'>>>): void {
    for (const [id, fields] of changes) {
      const entry = this.entries.get(id);
      if (entry) this.entries.set(id, { ...entry, ...fields });
    }
    this.schedule();
  }

  /** Takes one entry off the page (a dismissed finding). */
  remove(id: string): boolean {
    if (!this.entries.delete(id)) return false;
    if (this.activeId === id) this.activeId = null;
    this.schedule();
    return true;
  }

  /** Marks the entry under the pointer (or none). */
  setActive(id: string | null): void {
    if (id === this.activeId) return;
    this.activeId = id;
    const active = this.highlights.get('active');
    active?.clear();
    const entry = id === null ? undefined : this.entries.get(id);
    if (entry) active?.add(entry.range);
  }

  /** Blinks one entry a few times so the eye finds it after a scroll. */
  flash(id: string, schedule: (fn: () => void, ms: number) => number = (fn, ms) => window.setTimeout(fn, ms)): boolean {
    const entry = this.entries.get(id);
    const flash = this.highlights.get('flash');
    if (!entry || !flash) return false;
    this.flashTimers.forEach((t) => clearTimeout(t));
    this.flashTimers = FLASH_STEPS_MS.map((ms, step) =>
      schedule(() => {
        flash.clear();
        if (step % 2 === 0 && step < FLASH_STEPS_MS.length - 1) flash.add(entry.range);
      }, ms),
    );
    return true;
  }

  get(id: string): PaintEntry | undefined {
    return this.entries.get(id);
  }

  all(): PaintEntry[] {
    return [...this.entries.values()];
  }

  /** Removes every highlight Sourcelight registered. */
  clear(): void {
    this.entries.clear();
    this.activeId = null;
    this.generation++;
    this.pending = null;
    this.dirty = { highlights: false, marks: false };
    for (const [layer, highlight] of this.highlights) {
      highlight.clear();
      this.target.registry.delete(this.names[layer]!);
    }
    this.highlights.clear();
    this.marks?.clear();
  }

  /** One redraw per frame however many changes come before it. */
  private schedule(parts: { highlights: boolean; marks: boolean } = { highlights: true, marks: true }): void {
    this.dirty.highlights ||= parts.highlights;
    this.dirty.marks ||= parts.marks;
    const frame = this.target.requestFrame;
    if (!frame) return this.redraw();
    if (this.pending) return;
    let drawn = false;
    const generation = this.generation;
    const pending = new Promise<void>((resolve) =>
      frame(() => {
        drawn = true;
        if (generation === this.generation) {
          this.pending = null;
          this.redraw();
        }
        resolve();
      }),
    );
    // A target may draw at once (a hidden tab): then nothing is pending.
    if (!drawn) this.pending = pending;
  }

  /** Draws what changed since the last redraw. */
  private redraw(): void {
    const { highlights, marks } = this.dirty;
    this.dirty = { highlights: false, marks: false };
    if (highlights) this.drawHighlights();
    if (marks) this.drawMarks();
  }

  private drawHighlights(): void {
    for (const [layer, highlight] of this.highlights) {
      if (layer !== 'flash') highlight.clear();
    }
    for (const entry of this.visible()) {
      for (const layer of layersFor(entry.kind, entry.slot ?? 'none')) this.highlights.get(layer)?.add(entry.range);
    }
    const active = this.activeId === null ? undefined : this.entries.get(this.activeId);
    if (active && passes(active, this.filter)) this.highlights.get('active')?.add(active.range);
  }

  private drawMarks(): void {
    this.marks?.draw(
      this.visible()
        .filter((e) => e.tags.length > 0 || e.note)
        .map((e) => ({ id: e.id, range: e.range, tags: e.tags, note: e.note === true })),
    );
  }
}
