// One page's Sourcelight session: runs the engine once, stores the findings through the
// background, anchors every stored annotation in the live page, paints it, and keeps the paint,
// the card and the store in step when the reader tags or notes something.
import type { Article, Extraction, Finding, TextPositionSelector, TextQuoteSelector } from '../core/types';
import { isDismissed, type AnnotationRecord, type ArticleRecord } from '../shared/model';
import { speakerKeyOf, speakerLegend, type ColourSlot } from '../shared/speaker-colours';
import {
  LIMITS,
  SHOW_ALL,
  summaryOf,
  type AnnotationPatch,
  type ArticleInput,
  type ArticleWithAnnotations,
  type CorrectionPatch,
  type PageFilter,
  type PaintDescription,
  type BackgroundCalls,
  type FindingInput,
  type PageReport,
  type Req,
  type Res,
  type Result,
  type StepDirection,
} from '../shared/messages';
import { Card, type CardData, type CardSpeaker } from './card';
import { MarkLayer } from './marks';
import { Painter, type MarkSink, type PaintEntry, type PaintTarget } from './painter';
import { findingAnnotationId } from '../shared/stable-id';

/** The live page's text, with a way back to its nodes (src/anchoring's TextIndex). */
export interface LiveTextIndex {
  /** The visible text of the page, shaped like the engine's article text. */
  text: string;
  /** A live Range over the page's own text nodes for text[start, end). */
  rangeFor(start: number, end: number): Range;
}

/** Where a selector landed in the live text, or null when it could not be found (orphaned). */
export type AnchorResult = { start: number; end: number } | null;

/** The pieces a session is made of; main.ts passes the real ones, tests pass stand-ins. */
export interface SessionDeps {
  /** The live page. */
  doc: Document;
  /** The page's address (location.href). */
  location: string;
  /**
   * The engine (src/core/extract.ts): Readability on a clone, then the findings (may load a lexicon first).
   * Where the findings come back from elsewhere (the background), it calls whileWaiting once the
   * article is on its way: the live page's index is built in that wait, off the critical path.
   */
  extract(
    doc: Document,
    url: string,
    whileWaiting?: () => Promise<void>,
  ): { extraction: Extraction; article?: Article } | Promise<{ extraction: Extraction; article?: Article }>;
  /** Lets the page run between the stages of a run (rendering, input); none in tests. */
  yieldToPage?(): Promise<void>;
  /** True when err means "Readability found no article" (NoArticleError). */
  isNoArticle(err: unknown): boolean;
  /** The article's key in the store (src/anchoring/canonical-url.ts). */
  canonicalUrl(doc: Document, location: string): string;
  /** Indexes the live page's visible text (src/anchoring). */
  buildTextIndex(root: Node): LiveTextIndex;
  /** Readies an index for anchoring (src/anchoring prepareAnchoring: its folded text), ahead of the findings. */
  prepareAnchoring?(index: LiveTextIndex): void;
  /** Places a selector in the index, or null when it is not on the page (src/anchoring). */
  anchor(index: LiveTextIndex, selectors: { quote: TextQuoteSelector; position?: TextPositionSelector }): AnchorResult;
  /** The typed message helper to the background (src/shared/messages.ts). */
  send<K extends keyof BackgroundCalls>(type: K, payload: Req<BackgroundCalls, K>): Promise<Result<Res<BackgroundCalls, K>>>;
  /** null where the CSS Custom Highlight API is missing. */
  paintTarget: PaintTarget | null;
  /** The card's shadow root mode: closed when shipped, open in test builds. */
  cardMode?: ShadowRootMode;
  /** Layer -> the page's random highlight name (highlight-styles.ts randomNames); plain names in unit tests. */
  highlightNames?: Readonly<Record<string, string>>;
  /** Draw the reader's verdict and note marks (a shadow root in the page); off in unit tests. */
  marks?: boolean;
  /**
   * Puts the highlight styles in the page (idempotent), once it is known to be painted: a new style
   * sheet restyles every element of the page in one task, which a page refused as too big must not pay.
   */
  styleHighlights?: () => void;
  /** The page's text and element bounds past which it is refused as too big (MAX_PAGE_CHARS, MAX_PAGE_ELEMENTS). */
  pageLimits?: { chars: number; elements: number };
}

export const MESSAGES = {
  notArticle: 'This page does not look like an article, so there is nothing to highlight.',
  noHighlights:
    'Your browser cannot draw highlights (it lacks the CSS Custom Highlight API); the findings are listed here instead.',
  storeFailed: 'Sourcelight could not save the findings of this page',
  engineFailed: 'Sourcelight could not read this page',
  tooBig: 'This page is too big for Sourcelight to annotate without freezing it (over 600,000 characters of text)',
  tooManyElements: 'This page is too big for Sourcelight to annotate without freezing it (over 30,000 elements, a quotation counting three)',
} as const;

/** The engine's speaker id where this build of the engine gives one (src/core/types.ts). */
function speakerIdOf(f: Extraction['findings'][number]): string | null {
  const id = (f as { speakerId?: unknown }).speakerId;
  return typeof id === 'string' && id !== '' && id.length <= 200 ? id : null;
}
/**
 * Page text past which reading the page would hold the main thread for over a second: the
 * engine takes about 1 ms a KB of article text at any size (`npm run bench`, fuzzGrowthSlope),
 * and Readability as long again. Such a page is refused with a message, never frozen.
 */
export const MAX_PAGE_CHARS = 600_000;

/**
 * Elements past which Readability's parse and the copy it reads (one task each, which cannot be
 * cut in slices) would hold the page's main thread for about a second whatever the length of the
 * text: a code block of 143,000 highlighting spans and 300,000 characters held Chromium's main
 * thread 7.4 s in one task, 44,600 spans 1.0 s, 29,800 spans 0.48 s (generated pages, Chromium
 * 156 on a shared 2-core machine). The corpora's largest page has 2,234 elements.
 */
export const MAX_PAGE_ELEMENTS = 30_000;

/**
 * What the page's style costs, in elements: each <q> counts three, for the ::before and ::after
 * its quotation marks are drawn in. The highlight styles are a new style sheet, and Chromium
 * restyles every element and pseudo-element of the page in the one task after it lands (the
 * trace names it "Style rule change" on every element): 10,295 elements of which 4,700 <q> were
 * 30,709 to style and took 748 ms of main-thread CPU in that task, as long as 29,760 highlighting
 * spans (451 ms); a page of 18,519 elements, 8,500 of them <q>, under both bounds as counted
 * before, held the thread 0.77-1.1 s CPU (2.9-3.2 s by the clock on a busy machine).
 */
export function styledElements(doc: Document): number {
  return doc.getElementsByTagName('*').length + 2 * doc.getElementsByTagName('q').length;
}

/** A painted entry and where it sits in the index it was made from. */
type SessionEntry = PaintEntry & { start: number; end: number; index: LiveTextIndex };

/** The longest stretch of anchoring before the page gets the main thread back, ms. */
const SLICE_MS = 12;

const byReadingOrder = (a: { start: number }, b: { start: number }) => a.start - b.start;

/** Engine findings the store would refuse (absurdly long) are left out rather than failing all. */
function fitsLimits(f: FindingInput): boolean {
  const q = f.selectors.quote;
  return (
    f.text.length <= LIMITS.text &&
    q.exact.length <= LIMITS.text &&
    q.prefix.length <= LIMITS.short &&
    q.suffix.length <= LIMITS.short &&
    (f.speaker?.length ?? 0) <= LIMITS.short &&
    (f.speakerDescription?.length ?? 0) <= LIMITS.short &&
    (f.cue?.length ?? 0) <= LIMITS.short
  );
}

export class ContentSession {
  readonly painter: Painter | null;
  private builtCard: Card | null = null;
  private records = new Map<string, AnnotationRecord>();
  private starts = new Map<string, number>();
  private orphaned: string[] = [];
  private article: ArticleRecord | null = null;
  private state: PageReport['state'] | 'idle' = 'idle';
  private message: string | null = null;
  private index: LiveTextIndex | null = null;
  private canonical: string | null = null;
  private running: Promise<PageReport> | null = null;
  /** The store's write of the last run, which the reader's edits wait for. */
  private persisting: Promise<void> = Promise.resolve();
  /** What paintAll painted last, by id (its ranges are reused when the same span is painted again). */
  private painted = new Map<string, SessionEntry>();
  private changedWhileRunning = false;
  /** The finding whose card was open last: the step shortcuts go on from it. */
  private lastVisited: string | null = null;
  private filter: PageFilter = SHOW_ALL;
  /** Drops the flash still waiting for a hidden page to be seen (the last jump asked for wins). */
  private cancelWaitingFlash: (() => void) | null = null;

  constructor(private readonly deps: SessionDeps) {
    // The marks' layer (a shadow root, a resize observer) is made at the first frame that draws
    // marks, not before the run: nothing of it is needed to start reading the page.
    let layer: MarkLayer | null = null;
    const marks: MarkSink | undefined =
      deps.paintTarget && deps.marks
        ? {
            draw: (items) => (layer ??= new MarkLayer(deps.doc, deps.cardMode ?? 'closed')).draw(items),
            clear: () => layer?.clear(),
          }
        : undefined;
    this.painter = deps.paintTarget ? new Painter(deps.paintTarget, { names: deps.highlightNames, marks }) : null;
  }

  /**
   * The card, built the first time it is needed (a hover, a click, a step): its dozens of elements
   * and its style sheet are no part of painting the page, so the first annotation does not wait
   * for them.
   */
  get card(): Card {
    return (this.builtCard ??= this.makeCard());
  }

  /** The card if it was built (reads of its state need not build it: one never built is closed). */
  get cardIfBuilt(): Card | null {
    return this.builtCard;
  }

  private makeCard(): Card {
    return new Card(
      this.deps.doc,
      {
        setTags: async (id, tags) => this.errorOf(await this.update({ id, tags })),
        setNote: async (id, note) => this.errorOf(await this.update({ id, note })),
        setLabels: async (id, labels) => this.errorOf(await this.update({ id, labels })),
        labelsInUse: async () => {
          const inUse = await this.deps.send('listLabels', {});
          return inUse.ok && Array.isArray(inUse.value) ? inUse.value : [];
        },
        correct: async (patch) => this.errorOf(await this.correct(patch)),
        opened: (id) => (this.lastVisited = id),
        closed: (how) => this.cardClosed(how),
      },
      { mode: this.deps.cardMode ?? 'closed' },
    );
  }

  /**
   * The card closed. When it held the keyboard focus, focus goes back to where the reader was:
   * the highlight it came from (the caret lands at its start, so Tab and the step shortcuts go
   * on from there, and the highlight is marked as the current one).
   */
  private cardClosed(how: { id: string; hadFocus: boolean; returned: boolean }): void {
    if (!how.hadFocus || how.returned) return;
    const entry = this.painter?.get(how.id);
    const view = this.deps.doc.defaultView;
    if (!entry || !view) return;
    try {
      const selection = view.getSelection();
      const caret = this.deps.doc.createRange();
      caret.setStart(entry.range.startContainer, entry.range.startOffset);
      caret.collapse(true);
      selection?.removeAllRanges();
      selection?.addRange(caret);
    } catch {
      // the range left the page: nothing to return to
    }
    this.painter?.setActive(how.id);
  }

  /** Shows or hides highlights (all, a kind, a tag, a speaker); answers how many are painted. */
  setFilter(filter: PageFilter): number {
    this.filter = filter;
    const painted = this.painter?.setFilter(filter) ?? 0;
    const open = this.builtCard?.currentId;
    if (open && !this.painter?.isVisible(open)) this.builtCard?.hide();
    return painted;
  }

  /** How the page is painted (for the popup and the tests; the page cannot ask). */
  describePaint(): PaintDescription {
    return { ...(this.painter?.describe() ?? { layers: {}, marks: [] }), card: this.builtCard?.currentId ?? null };
  }

  /** Stores a correction through the background, then repaints (colours may move) and updates the card. */
  async correct(patch: CorrectionPatch): Promise<Result<AnnotationRecord>> {
    await this.persisting; // a row painted before it was stored is stored first
    const result = await this.deps.send('correctAnnotation', patch);
    if (result.ok) this.apply(result.value);
    await this.drawn();
    return result;
  }

  /** Resolves once every change so far is in the page's highlights (the painter draws once a frame). */
  drawn(): Promise<void> {
    return this.painter?.drawn() ?? Promise.resolve();
  }

  /** Runs the engine the first time; later calls refresh from the store and repaint. */
  annotate(): Promise<PageReport> {
    if (this.running) return this.running;
    const run = this.state === 'ready' ? this.refresh() : this.runEngine();
    this.running = run.finally(() => (this.running = null));
    return this.running;
  }

  /**
   * The page changed under the index (late paragraphs, a re-render, a story swapped in by a
   * single-page app): once the reader has annotated this page, run the engine again on the live
   * page, which re-indexes it, saves new findings (stored ones merge by id) and re-anchors and
   * repaints every stored annotation. A change during a run is handled right after it (once).
   * The toolbar button is told the new count (showReport): no annotateTab asked for this run.
   * See live-updates.ts; added by the anchoring work (issue 5).
   */
  pageChanged(change: { navigated: boolean }): Promise<PageReport> | null {
    if (this.state !== 'ready' && !(change.navigated && this.state !== 'idle')) return null;
    if (change.navigated) this.painter?.paint([]); // the old story's highlights go with it
    if (this.running) {
      this.changedWhileRunning = true;
      return this.running;
    }
    const run = this.runEngine()
      .then((report) => {
        if (!this.changedWhileRunning) return report;
        this.changedWhileRunning = false;
        return this.runEngine();
      })
      .then((report) => {
        void this.deps.send('showReport', summaryOf(report)).catch(() => undefined);
        return report;
      });
    this.running = run.finally(() => (this.running = null));
    return this.running;
  }

  /**
   * Where this article's stored annotations sit in the live page: every anchor (reused when
   * painting), and the engine findings by "kind:start:end".
   */
  private async storedSpans(
    url: string,
    index: LiveTextIndex,
    fresh: ReadonlyMap<string, { f: Finding; at: AnchorResult }> = new Map(),
    /** What the store answered for url at the start of this run (read again when absent). */
    read?: Result<ArticleWithAnnotations>,
  ): Promise<{ ids: Set<string>; bySpan: Map<string, string>; anchors: Map<string, AnchorResult> }> {
    const known = { ids: new Set<string>(), bySpan: new Map<string, string>(), anchors: new Map<string, AnchorResult>() };
    const stored = read ?? (await this.deps.send('getArticle', { url }));
    if (!stored.ok) return known;
    for (const r of stored.value.annotations) {
      known.ids.add(r.id);
      // A row stored for this very finding at the place it was just anchored to (a page read
      // again) lands there: no second search for what this run already found.
      const same = fresh.get(r.id);
      const q = r.selectors.quote;
      const p = r.selectors.position;
      const at =
        same?.at && same.at.start === p.start && same.at.end === p.end && same.f.selector.exact === q.exact && same.f.selector.prefix === q.prefix && same.f.selector.suffix === q.suffix
          ? same.at
          : this.deps.anchor(index, { quote: q, position: p });
      known.anchors.set(r.id, at);
      if (at && r.origin === 'auto') known.bySpan.set(`${r.kind}:${at.start}:${at.end}`, r.id);
    }
    return known;
  }

  /** The live page this session annotates. */
  get doc(): Document {
    return this.deps.doc;
  }

  /** True once the page was annotated (the engine ran, or a manual annotation was made). */
  get isReady(): boolean {
    return this.state === 'ready';
  }

  /**
   * Stores a passage the reader marked by hand (selectors computed on `index`, a fresh index of
   * the live page), then re-anchors and repaints everything stored for the article. Works on a
   * page the engine found no article in, too: the manual annotation is the article's only row.
   */
  async addManual(
    index: LiveTextIndex,
    selectors: { quote: TextQuoteSelector; position: TextPositionSelector },
  ): Promise<Result<AnnotationRecord>> {
    const { doc, location } = this.deps;
    let canonical: string;
    try {
      canonical = this.canonical ?? this.deps.canonicalUrl(doc, location);
    } catch (err) {
      return { ok: false, code: 'internal', error: `${MESSAGES.engineFailed}: ${err instanceof Error ? err.message : String(err)}` };
    }
    let site = '';
    try {
      site = new URL(canonical).hostname;
    } catch {
      site = '';
    }
    const title = (this.article?.title || doc.title || canonical).slice(0, LIMITS.short);
    this.deps.styleHighlights?.(); // a page refused as too big is painted where the reader marks it
    const saved = await this.deps.send('saveManual', {
      article: { url: canonical, title, site },
      text: selectors.quote.exact,
      selectors,
    });
    if (!saved.ok) return saved;
    this.canonical = canonical;
    this.index = index;
    const { annotation } = saved.value;
    const live = new Map<string, AnchorResult>([[annotation.id, { start: selectors.position.start, end: selectors.position.end }]]);
    this.paintAll(saved.value.article, saved.value.annotations, live);
    await this.painter?.drawn();
    return { ok: true, value: annotation };
  }

  /** What the popup shows, without running anything. */
  report(): PageReport {
    const annotations = [...this.records.values()].sort(
      (a, b) => (this.starts.get(a.id) ?? Infinity) - (this.starts.get(b.id) ?? Infinity),
    );
    return {
      state: this.state === 'idle' ? 'error' : this.state,
      message: this.state === 'idle' ? 'Sourcelight has not looked at this page yet.' : this.message,
      article: this.article,
      annotations,
      orphaned: [...this.orphaned],
      highlightsSupported: this.painter !== null,
    };
  }

  /** Saves a tag or note change through the background, then repaints and updates the card. */
  async update(patch: AnnotationPatch): Promise<Result<AnnotationRecord>> {
    await this.persisting; // a row painted before it was stored is stored first
    const result = await this.deps.send('updateAnnotation', patch);
    if (result.ok) this.apply(result.value);
    await this.drawn();
    return result;
  }

  /**
   * The store changed behind this page (the library deleted or edited annotations of these
   * articles; null: of all): when this page shows one of them, repaint from the store, so that a
   * deleted annotation's highlight goes and an edited note or tag shows. Answers whether it did.
   */
  async storeChanged(urls: readonly string[] | null): Promise<boolean> {
    const url = this.canonical;
    if (this.state !== 'ready' || !url || (urls !== null && !urls.includes(url))) return false;
    if (this.running) await this.running.catch(() => undefined);
    await this.persisting;
    const stored = await this.deps.send('getArticle', { url });
    if (!stored.ok) return false;
    this.paintAll(stored.value.article, stored.value.annotations, new Map());
    const open = this.builtCard?.currentId ?? null;
    if (open) {
      const data = this.painter?.isVisible(open) ? this.cardData(open) : null;
      if (data) this.builtCard?.update(data);
      else this.builtCard?.hide();
    }
    await this.painter?.drawn();
    return true;
  }

  /** Scrolls the highlight of one annotation to the middle of the view and flashes it. */
  scrollTo(id: string, instant = false): boolean {
    const entry = this.painter?.get(id);
    if (!entry) return false;
    const rect = entry.range.getBoundingClientRect();
    const view = this.deps.doc.defaultView;
    if (view) {
      const top = rect.top + view.scrollY - view.innerHeight / 2 + rect.height / 2;
      const reduce = view.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
      view.scrollTo({ top: Math.max(0, top), behavior: reduce || instant ? 'auto' : 'smooth' });
    }
    this.flashWhenSeen(id);
    return true;
  }

  /**
   * Flashes an entry now, or, while the page is hidden (the list was clicked in a window over
   * another tab, or the tab was switched), once it is shown again: a blink nobody can see helps
   * nobody, and background timers would run it all in one throttled tick.
   */
  private flashWhenSeen(id: string): void {
    this.cancelWaitingFlash?.();
    this.cancelWaitingFlash = null;
    const doc = this.deps.doc;
    if (doc.visibilityState !== 'hidden') {
      this.painter?.flash(id);
      return;
    }
    const onShown = (): void => {
      if (doc.visibilityState === 'hidden') return;
      this.cancelWaitingFlash?.();
      this.cancelWaitingFlash = null;
      this.painter?.flash(id);
    };
    doc.addEventListener('visibilitychange', onShown);
    this.cancelWaitingFlash = () => doc.removeEventListener('visibilitychange', onShown);
  }

  /**
   * The keyboard path through the page: moves from the highlight whose card is open (or from
   * the start or the end) to the next or previous one in reading order, wrapping around, scrolls
   * it into view and opens its card with focus. Returns its id, or null when nothing is painted.
   */
  step(direction: StepDirection): string | null {
    const ids = [...this.records.keys()]
      .filter((id) => this.painter?.isVisible(id))
      .sort((a, b) => (this.starts.get(a) ?? Infinity) - (this.starts.get(b) ?? Infinity));
    if (ids.length === 0) return null;
    const from = this.builtCard?.currentId ?? this.lastVisited;
    let at = from === null ? -1 : ids.indexOf(from);
    if (at < 0 && from !== null && this.starts.has(from)) {
      // The last one visited is hidden now: go on from where it sits in the text.
      const start = this.starts.get(from)!;
      const after = ids.findIndex((id) => (this.starts.get(id) ?? Infinity) > start);
      at = direction === 'next' ? (after < 0 ? ids.length : after) - 1 : after < 0 ? ids.length : after;
      if (at < 0 || at >= ids.length) at = direction === 'next' ? ids.length - 1 : 0;
    }
    const move = direction === 'next' ? 1 : -1;
    const id = ids[at < 0 ? (move > 0 ? 0 : ids.length - 1) : (at + move + ids.length) % ids.length]!;
    this.scrollTo(id, true);
    const entry = this.painter?.get(id);
    const data = this.cardData(id);
    if (entry && data) this.card.show(data, entry.range.getBoundingClientRect(), { focus: true, pinned: true });
    return id;
  }

  /** The painted entries (hit-testing and the card use them; hidden ones left out). */
  entries(): PaintEntry[] {
    return this.painter?.visible() ?? [];
  }

  cardData(id: string): CardData | null {
    const r = this.records.get(id);
    if (!r) return null;
    return {
      id,
      kind: r.kind,
      text: r.text,
      speaker: r.speaker,
      speakerKind: r.speakerKind,
      speakerId: r.speakerId ?? null,
      speakerDescription: r.speakerDescription ?? null,
      cue: r.cue,
      tags: r.tags,
      labels: r.labels ?? [],
      note: r.note,
      origin: r.origin,
      corrected: r.correction !== undefined,
      speakers: this.speakers(),
    };
  }

  /** The article's speakers, for the card's "change speaker" choice (most findings first). */
  private speakers(): CardSpeaker[] {
    const records = [...this.records.values()];
    return speakerLegend(records).map((e) => {
      const sample = records.find((r) => speakerKeyOf(r) === e.key);
      return { key: e.key, name: e.name, speakerKind: e.speakerKind, speakerId: sample?.speakerId ?? null };
    });
  }

  private errorOf(result: Result<unknown>): string | null {
    return result.ok ? null : `Not saved: ${result.error}`;
  }

  private apply(record: AnnotationRecord): void {
    const before = this.records.get(record.id);
    this.records.set(record.id, record);
    if (isDismissed(record)) {
      this.painter?.remove(record.id);
      if (this.builtCard?.currentId === record.id) this.builtCard.hide();
    } else if (before && isDismissed(before)) {
      this.repaint(); // brought back: anchored again
    } else {
      this.recolour();
    }
    const data = this.cardData(record.id);
    if (data) this.builtCard?.update(data);
  }

  /** Gives every painted entry its record's current tags, note, kind and colour. */
  private recolour(): void {
    const slots = this.slots();
    const changes = new Map<string, Partial<PaintEntry>>();
    for (const r of this.records.values()) {
      const key = speakerKeyOf(r);
      changes.set(r.id, { kind: r.kind, tags: r.tags, note: r.note.trim() !== '', slot: slots.get(key) ?? 'none', speakerKey: key });
    }
    this.painter?.changeAll(changes); // one redraw for all
  }

  private repaint(): void {
    this.paintAll(this.article, [...this.records.values()], new Map());
  }

  private slots(): Map<string, ColourSlot> {
    const inOrder = [...this.records.values()].sort(
      (a, b) => (this.starts.get(a.id) ?? a.selectors.position.start) - (this.starts.get(b.id) ?? b.selectors.position.start),
    );
    return new Map(speakerLegend(inOrder).map((e) => [e.key, e.colour?.slot ?? 'none']));
  }

  private fail(state: 'not-article' | 'too-big' | 'error', message: string): PageReport {
    this.state = state;
    this.message = message;
    return this.report();
  }

  private async runEngine(): Promise<PageReport> {
    const { doc, location } = this.deps;
    let extraction: Extraction;
    // Both counts are native calls, a few ms on the largest pages: the page is refused before
    // any of its work starts, never after a freeze.
    const limits = this.deps.pageLimits ?? { chars: MAX_PAGE_CHARS, elements: MAX_PAGE_ELEMENTS };
    if ((doc.body?.textContent?.length ?? 0) > limits.chars) return this.fail('too-big', MESSAGES.tooBig);
    if (styledElements(doc) > limits.elements) return this.fail('too-big', MESSAGES.tooManyElements);
    // The styles go in alongside Readability's parse, long before the first paint needs them.
    this.deps.styleHighlights?.();
    // What is stored for the page is asked for alongside the engine, so that the first paint is
    // already the reader's: a dismissed finding never shows for a frame, a corrected one has the
    // reader's speaker and kind from the start (the engine's round trip takes longer than the read).
    let early: { url: string; read: Promise<Result<ArticleWithAnnotations>> } | null = null;
    try {
      const url = this.deps.canonicalUrl(doc, location);
      early = { url, read: this.deps.send('getArticle', { url }) };
    } catch {
      early = null; // the canonical URL fails again below, with its message
    }
    // The live page's index (and its folded text for the anchors), built while the engine works
    // elsewhere on the article, or else right after the findings came.
    let indexed: { canonical: string; index: LiveTextIndex } | { error: unknown } | null = null;
    // The walk of the live page and the folding of its text are two tasks: on the largest pages
    // each is up to half of what one task of ours may hold the page's thread.
    const indexPage = async (): Promise<void> => {
      try {
        const index = this.deps.buildTextIndex(doc.body ?? doc.documentElement);
        await this.deps.yieldToPage?.();
        this.deps.prepareAnchoring?.(index);
        indexed = { canonical: this.deps.canonicalUrl(doc, location), index };
      } catch (error) {
        indexed = { error };
      }
    };
    let indexing: Promise<void> | null = null;
    const whileWaiting = async (): Promise<void> => {
      // Its own task: the page's markup sent before, the walk of the live page here.
      await this.deps.yieldToPage?.();
      await (indexing ??= indexPage());
    };
    try {
      extraction = (await this.deps.extract(doc, location, whileWaiting)).extraction;
    } catch (err) {
      if (this.deps.isNoArticle(err)) return this.fail('not-article', MESSAGES.notArticle);
      return this.fail('error', `${MESSAGES.engineFailed}: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (indexed === null) {
      // Its own task: Readability and the engine above, indexing and anchoring below.
      await this.deps.yieldToPage?.();
      await (indexing ??= indexPage());
    }
    const ready = indexed as { canonical: string; index: LiveTextIndex } | { error: unknown } | null;
    if (ready === null || 'error' in ready) {
      const err = ready?.error;
      return this.fail('error', `${MESSAGES.engineFailed}: ${err instanceof Error ? err.message : String(err)}`);
    }
    this.canonical = ready.canonical;
    this.index = ready.index;
    const canonical = this.canonical;
    const index = this.index;
    // Every finding anchored once, under the id its span gives it.
    const anchored: Array<{ f: Finding; id: string; at: AnchorResult }> = [];
    const seen = new Set<string>();
    let slice = performance.now();
    let shift = 0;
    for (const f of extraction.findings) {
      // Anchoring a long page in slices: the page draws and answers input between them.
      if (this.deps.yieldToPage && performance.now() - slice > SLICE_MS) {
        await this.deps.yieldToPage();
        slice = performance.now();
      }
      const id = findingAnnotationId(canonical, f.kind, f.selector);
      if (seen.has(id)) continue; // the same span twice: one row
      seen.add(id);
      // No second search of the whole page for what the engine's walk already knew: a finding sits
      // where the article text puts it, shifted as much as the finding before it was (the page's
      // text around the article). The anchor checks the words there and searches only when they
      // are not (checked on every corpus page: the same places, a fraction of the time).
      const hint: TextPositionSelector = { type: 'TextPositionSelector', start: f.position.start + shift, end: f.position.end + shift };
      const at = this.deps.anchor(index, { quote: f.selector, position: hint });
      if (at) shift = at.start - f.position.start;
      anchored.push({ f, id, at });
    }
    const title = extraction.title || doc.title || canonical;
    let site = '';
    try {
      site = new URL(canonical).hostname;
    } catch {
      site = '';
    }
    const article: ArticleInput = { url: canonical, title: title.slice(0, LIMITS.short), site };
    // Paint first: the highlights and the card never wait for the database. What is stored for
    // the page (the reader's tags, annotations of earlier visits) is painted in a moment later.
    // A row this session already had from the store (the engine runs again on a changed page)
    // is painted as stored: a dismissed finding stays off the page, a corrected one keeps its
    // speaker's colour and kind.
    const now = Date.now();
    const fresh = this.findingInputs(anchored, null);
    const read = early?.url === canonical ? await early.read : undefined;
    const storedRows = new Map((read?.ok ? read.value.annotations : []).map((r) => [r.id, r]));
    const knownRows = this.article?.url === canonical ? this.records : new Map<string, AnnotationRecord>();
    this.paintAll(
      { ...article, firstVisit: now, lastVisit: now },
      fresh.findings.map(
        (f): AnnotationRecord =>
          knownRows.get(f.id) ?? storedRows.get(f.id) ?? { ...f, article: canonical, tags: [], labels: [], note: '', origin: 'auto', created: now, updated: now },
      ),
      fresh.live,
      true,
    );
    // The store's work starts once the highlights are drawn: its answers and the re-anchoring of
    // stored rows would otherwise run before the frame that paints them.
    const drawnFirst = this.painter?.drawn() ?? Promise.resolve();
    const persisted = drawnFirst.then(() => this.persist(canonical, index, article, anchored, read));
    this.persisting = persisted.then(() => undefined);
    return persisted;
  }

  /** Stores the findings (merged with what the store knew of the page) and repaints from the store. */
  private async persist(
    canonical: string,
    index: LiveTextIndex,
    article: ArticleInput,
    anchored: ReadonlyArray<{ f: Finding; id: string; at: AnchorResult }>,
    read?: Result<ArticleWithAnnotations>,
  ): Promise<PageReport> {
    const known = await this.storedSpans(canonical, index, new Map(anchored.map((a) => [a.id, a])), read);
    const { findings, live } = this.findingInputs(anchored, known);
    const saved = await this.deps.send('saveFindings', { article, findings });
    if (!saved.ok) return this.fail('error', `${MESSAGES.storeFailed}: ${saved.error}`);
    for (const [id, at] of known.anchors) if (!live.has(id)) live.set(id, at); // anchored once, painted below
    this.paintAll(saved.value.article, saved.value.annotations, live);
    await this.painter?.drawn();
    return this.report();
  }

  /**
   * The rows to store for the anchored findings. With what the store knows of the page, a finding
   * stored from an earlier version of the page whose context has since changed (paragraphs moved,
   * an ad or an edit nearby) keeps its row: the same words at the same place, so the same id.
   */
  private findingInputs(
    anchored: ReadonlyArray<{ f: Finding; id: string; at: AnchorResult }>,
    known: { ids: Set<string>; bySpan: Map<string, string> } | null,
  ): { findings: FindingInput[]; live: Map<string, AnchorResult> } {
    const live = new Map<string, AnchorResult>();
    const findings: FindingInput[] = [];
    for (const { f, at, id: own } of anchored) {
      let id = own;
      const earlier = at && known && !known.ids.has(id) ? known.bySpan.get(`${f.kind}:${at.start}:${at.end}`) : undefined;
      if (earlier !== undefined) {
        if (live.has(earlier)) continue;
        id = earlier;
      }
      if (live.has(id)) continue;
      live.set(id, at);
      const position: TextPositionSelector = at
        ? { type: 'TextPositionSelector', start: at.start, end: at.end }
        : { ...f.position };
      const input: FindingInput = {
        id,
        kind: f.kind,
        text: f.text,
        speaker: f.speaker,
        speakerKind: f.speakerKind,
        ...(speakerIdOf(f) ? { speakerId: speakerIdOf(f) } : {}),
        ...(f.speakerDescription ? { speakerDescription: f.speakerDescription } : {}),
        cue: f.cue,
        selectors: { quote: { ...f.selector }, position },
      };
      if (fitsLimits(input)) findings.push(input);
      if (findings.length >= LIMITS.findings) break;
    }
    return { findings, live };
  }

  private async refresh(): Promise<PageReport> {
    if (!this.canonical) return this.report();
    const stored = await this.deps.send('getArticle', { url: this.canonical });
    if (!stored.ok) return this.report();
    this.paintAll(stored.value.article, stored.value.annotations, new Map());
    await this.painter?.drawn();
    return this.report();
  }

  /**
   * Anchors every stored annotation (fresh findings reuse their anchor) and paints them; with
   * `now` (a run's first paint), the highlights are set in this task rather than in the next frame's
   * callback, so that frame already shows them.
   */
  private paintAll(article: ArticleRecord | null, records: AnnotationRecord[], live: Map<string, AnchorResult>, now = false): void {
    const index = this.index;
    this.article = article;
    this.records = new Map(records.map((r) => [r.id, r]));
    this.starts.clear();
    this.orphaned = [];
    const entries: SessionEntry[] = [];
    for (const r of records) {
      if (isDismissed(r)) continue; // stored and listed, never painted
      const at = live.has(r.id)
        ? (live.get(r.id) ?? null)
        : index
          ? this.deps.anchor(index, { quote: r.selectors.quote, position: r.selectors.position })
          : null;
      if (!at || !index) {
        this.orphaned.push(r.id);
        continue;
      }
      this.starts.set(r.id, at.start);
      try {
        // The range painted a moment ago (paint first, then again from the store) is the same one.
        const before = this.painted.get(r.id);
        const reuse = before && before.start === at.start && before.end === at.end && before.index === index;
        const range = reuse ? before.range : index.rangeFor(at.start, at.end);
        entries.push({
          id: r.id,
          kind: r.kind,
          tags: r.tags,
          range,
          start: at.start,
          end: at.end,
          index,
          speakerKey: speakerKeyOf(r),
          note: r.note.trim() !== '',
        });
      } catch {
        this.orphaned.push(r.id); // the page changed under the index
      }
    }
    entries.sort(byReadingOrder);
    // Colours by the speakers' order in the live page, as the popup's legend gives them.
    const slots = this.slots();
    for (const e of entries) e.slot = slots.get(e.speakerKey ?? '') ?? 'none';
    this.painted = new Map(entries.map((e) => [e.id, e]));
    this.painter?.setFilter(this.filter);
    this.painter?.paint(entries, { now });
    this.state = 'ready';
    this.message = this.painter ? null : MESSAGES.noHighlights;
  }
}
