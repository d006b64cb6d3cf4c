// The reader's own marks on the page: a bar under each highlight with a verdict (disputed,
// supported, needs source) and a small note sign on each one with a note. They are drawn in
// the extension's own shadow root (closed when shipped), not as CSS highlights, so that no page
// script can tell which sentences the reader tagged or noted: CSS.highlights only ever holds
// what the article itself says (who speaks, which kind). The marks ignore the pointer.
import { UI_MARKER_ATTRIBUTE } from '../anchoring';
import type { Tag } from '../shared/model';

/** One annotation's marks. */
export interface MarkItem {
  id: string;
  range: Range;
  tags: readonly Tag[];
  note: boolean;
}

/** The verdict a bar shows when there are several: the most telling one. */
export const TAG_PRECEDENCE: readonly Tag[] = ['disputed', 'needs-source', 'supported'];
export const topTag = (tags: readonly Tag[]): Tag | null => TAG_PRECEDENCE.find((t) => tags.includes(t)) ?? null;

// Colour and pattern both tell the verdicts apart (striped, solid, dashed), for colour-blind readers.
const MARKS_CSS = `
:host { all: initial; }
.bar { position: absolute; height: 3px; border-radius: 1px; pointer-events: none; }
.bar.disputed { background: repeating-linear-gradient(90deg, #c81e1e 0 6px, #ffffff 6px 8px); height: 4px; }
.bar.supported { background: #0f7a3b; }
.bar.needs-source { background: repeating-linear-gradient(90deg, #b45f00 0 4px, transparent 4px 7px); }
.note { position: absolute; width: 13px; height: 13px; margin: -9px 0 0 -2px; border-radius: 50%;
  background: #1f3a5f; color: #fff; font: 700 9px/13px system-ui, sans-serif; text-align: center;
  box-shadow: 0 0 0 1.5px #fff; pointer-events: none; }
`;

export class MarkLayer {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly box: HTMLDivElement;
  private items: MarkItem[] = [];
  private frame = 0;
  private readonly observer: ResizeObserver | null = null;

  constructor(
    private readonly doc: Document,
    mode: ShadowRootMode = 'closed',
  ) {
    this.host = doc.createElement('sourcelight-marks');
    this.host.setAttribute(UI_MARKER_ATTRIBUTE, '');
    this.host.setAttribute(
      'style',
      'all: initial !important; display: block !important; position: absolute !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; z-index: 2147483646 !important; pointer-events: none !important;',
    );
    this.root = this.host.attachShadow({ mode });
    const style = doc.createElement('style');
    style.textContent = MARKS_CSS;
    this.box = doc.createElement('div');
    this.root.append(style, this.box);
    const view = doc.defaultView;
    // Text reflows when the window or the page's layout changes: draw again, once a frame.
    view?.addEventListener('resize', () => this.schedule(), { passive: true });
    const RO = (view as (Window & { ResizeObserver?: typeof ResizeObserver }) | null)?.ResizeObserver;
    if (RO && doc.body) {
      this.observer = new RO(() => this.schedule());
      this.observer.observe(doc.body);
    }
  }

  /** Replaces every mark. */
  draw(items: readonly MarkItem[]): void {
    this.items = [...items];
    this.render();
  }

  /** What is marked (the popup and the tests ask through describePaint). */
  current(): readonly MarkItem[] {
    return this.items;
  }

  clear(): void {
    this.items = [];
    this.box.replaceChildren();
    this.host.remove();
  }

  private schedule(): void {
    const view = this.doc.defaultView;
    if (!view || this.frame || this.items.length === 0) return;
    this.frame = view.requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  private render(): void {
    this.box.replaceChildren();
    // In the page from the first paint on, marks or none: its arrival tells the page nothing of a verdict.
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
    // Reading the scroll offsets lays the page out: not for a page without marks (the first paint
    // of a page seen for the first time would otherwise force the page's layout in its own task).
    if (this.items.length === 0) return;
    const view = this.doc.defaultView;
    const dx = view?.scrollX ?? 0;
    const dy = view?.scrollY ?? 0;
    for (const item of this.items) {
      let rects: DOMRect[];
      try {
        rects = [...item.range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5);
      } catch {
        continue;
      }
      const tag = topTag(item.tags);
      if (tag) {
        for (const r of rects) {
          const bar = this.doc.createElement('div');
          bar.className = `bar ${tag}`;
          bar.style.left = `${r.left + dx}px`;
          bar.style.top = `${r.bottom + dy - 1}px`;
          bar.style.width = `${r.width}px`;
          this.box.append(bar);
        }
      }
      const last = rects[rects.length - 1];
      if (item.note && last) {
        const sign = this.doc.createElement('div');
        sign.className = 'note';
        sign.textContent = '✎';
        sign.style.left = `${last.right + dx}px`;
        sign.style.top = `${last.top + dy}px`;
        this.box.append(sign);
      }
    }
  }
}
