// Paints anchored findings with the CSS Custom Highlight API: one Highlight per style, each a set
// of live Ranges. Nothing in the page is split, wrapped or moved; clearing removes every trace.
import type { AnnotationKind, Tag } from '../shared/model';
import { HIGHLIGHT_NAMES, type HighlightName, highlightNameFor } from './highlight-styles';

/** One finding as painted: where it is in the live page and how it should look. */
export interface PaintEntry {
  /** AnnotationRecord.id */
  id: string;
  kind: AnnotationKind;
  tags: readonly Tag[];
  /** A live Range over the page's own text nodes. */
  range: Range;
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

export class Painter {
  private readonly highlights = new Map<HighlightName, HighlightLike>();
  private readonly entries = new Map<string, PaintEntry>();
  private activeId: string | null = null;
  private flashTimers: number[] = [];
  /** A redraw is booked for the next frame (every change before it is drawn at once). */
  private pending: Promise<void> | null = null;

  constructor(private readonly target: PaintTarget) {
    HIGHLIGHT_NAMES.forEach((name, i) => {
      const highlight = target.createHighlight();
      // Later names paint over earlier ones (verdicts over kinds, flash over all).
      highlight.priority = i;
      this.highlights.set(name, highlight);
      target.registry.set(name, highlight);
    });
  }

  /** Replaces everything painted with these entries (drawn in the next frame, with any other change before it). */
  paint(entries: readonly PaintEntry[]): void {
    this.entries.clear();
    for (const entry of entries) this.entries.set(entry.id, entry);
    this.schedule();
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

  /** New tags for one entry: repaints it in its new style. Returns false for an unknown id. */
  setTags(id: string, tags: readonly Tag[]): boolean {
    const entry = this.entries.get(id);
    if (!entry) return false;
    this.entries.set(id, { ...entry, tags: [...tags] });
    this.schedule();
    return true;
  }

  /** Marks the entry under the pointer (or none). */
  setActive(id: string | null): void {
    if (id === this.activeId) return;
    this.activeId = id;
    const active = this.highlights.get('sourcelight-active');
    active?.clear();
    const entry = id === null ? undefined : this.entries.get(id);
    if (entry) active?.add(entry.range);
  }

  /** Blinks one entry a few times so the eye finds it after a scroll. */
  flash(id: string, schedule: (fn: () => void, ms: number) => number = (fn, ms) => window.setTimeout(fn, ms)): boolean {
    const entry = this.entries.get(id);
    const flash = this.highlights.get('sourcelight-flash');
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
    for (const [name, highlight] of this.highlights) {
      highlight.clear();
      this.target.registry.delete(name);
    }
    this.highlights.clear();
  }

  /** One redraw per frame however many changes come before it. */
  private schedule(): void {
    const frame = this.target.requestFrame;
    if (!frame) return this.redraw();
    if (this.pending) return;
    let drawn = false;
    const pending = new Promise<void>((resolve) =>
      frame(() => {
        drawn = true;
        this.pending = null;
        this.redraw();
        resolve();
      }),
    );
    // A target may draw at once (a hidden tab): then nothing is pending.
    if (!drawn) this.pending = pending;
  }

  private redraw(): void {
    for (const [name, highlight] of this.highlights) {
      if (name !== 'sourcelight-flash') highlight.clear();
    }
    for (const entry of this.entries.values()) {
      this.highlights.get(highlightNameFor(entry.kind, entry.tags))?.add(entry.range);
    }
    const active = this.activeId === null ? undefined : this.entries.get(this.activeId);
    if (active) this.highlights.get('sourcelight-active')?.add(active.range);
  }
}
