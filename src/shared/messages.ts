// The one typed message map of the extension. Every message between the content script, the
// popup and the background worker is declared here, checked here on arrival (sender + shape),
// and sent with the typed send helpers below, so a wrong call does not compile and a forged
// message is refused with a clear error instead of reaching the database.
//
// No runtime import of webextension-polyfill: this module runs unchanged in unit tests.
import type { AnnotationKind, AnnotationPatch, AnnotationRecord, ArticleRecord, CorrectedKind, FindingInput, ReaderSpeaker, Tag } from './model';
import { LABEL_LIMITS, TAGS } from './model';
import type { Extraction, SpeakerKind, TextPositionSelector, TextQuoteSelector } from '../core/types';
import { EXPORT_FORMATS, type ExportFormat } from '../format/bundle';

// ---------------------------------------------------------------------------------------------
// Results: errors do not serialise across the boundary, so every answer is a plain Result.

/** Why a request failed, for the UI to pick the right sentence. */
export type ErrorCode =
  /** The message failed its shape check or came from outside the extension. */
  | 'invalid'
  /** The browser does not let extensions touch this page (chrome://, the web store, about:, PDFs…). */
  | 'restricted'
  /** Readability found no article on the page. */
  | 'not-article'
  /** The annotation or article asked for does not exist. */
  | 'not-found'
  /** No content script answers in the tab (not injected yet, or the page went away). */
  | 'no-receiver'
  /** Anything else: a bug or a browser failure. The message says what happened. */
  | 'internal';

const ERROR_CODES: readonly ErrorCode[] = ['invalid', 'restricted', 'not-article', 'not-found', 'no-receiver', 'internal'];

export interface Ok<T> {
  ok: true;
  value: T;
}
export interface Failure {
  ok: false;
  /** Machine-readable reason. */
  code: ErrorCode;
  /** One sentence for a log or, failing a better one, for the reader. */
  error: string;
}
export type Result<T> = Ok<T> | Failure;

export const ok = <T>(value: T): Ok<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, error: string): Failure => ({ ok: false, code, error });

// ---------------------------------------------------------------------------------------------
// Payloads

/** The article as the content script sees it; the background adds the visit times. */
export interface ArticleInput {
  /** Canonical URL (the key). */
  url: string;
  title: string;
  /** Host name, e.g. "www.bbc.com". */
  site: string;
}

/** One engine finding, anchored in the live page, as the content script hands it to the store. */
export type { FindingInput, AnnotationPatch } from './model';

/**
 * The reader correcting the machine on one annotation. Absent fields stay as they are; reset
 * drops every correction and gives the engine's values back.
 */
export interface CorrectionPatch {
  /** AnnotationRecord.id */
  id: string;
  /** Another speaker of the article, a typed name, or null for "no speaker". */
  speaker?: ReaderSpeaker | null;
  /** Another kind, or "none": not a quote. */
  kind?: CorrectedKind;
  /** Dismiss (true) or bring back (false). */
  dismissed?: boolean;
  reset?: boolean;
}

/** What the page shows (the popup's filters and the legend's show/hide, applied to the page). */
export interface PageFilter {
  /** False hides every highlight. */
  show: boolean;
  kind: AnnotationKind | 'all';
  tag: Tag | 'untagged' | 'all';
  /** Speaker keys (src/shared/speaker-colours.ts speakerKeyOf) whose highlights are hidden. */
  hiddenSpeakers: string[];
}
export const SHOW_ALL: PageFilter = { show: true, kind: 'all', tag: 'all', hiddenSpeakers: [] };

/** How the page is painted, for the extension's own tests and the popup: never readable by the page. */
export interface PaintDescription {
  /** Registry name in CSS.highlights -> what it paints (a layer such as "kind-quote", "speaker-p0"). */
  layers: Record<string, string>;
  /** The marks drawn in the extension's shadow root: one per painted annotation with a tag or a note. */
  marks: Array<{ id: string; text: string; tags: Tag[]; note: boolean }>;
  /** The annotation whose card is open, or null. */
  card?: string | null;
}

/** One article and everything stored for it. */
export interface ArticleWithAnnotations {
  article: ArticleRecord | null;
  annotations: AnnotationRecord[];
}


/** A passage the reader marked by hand (manual annotation), as the content script hands it over. */
export interface ManualInput {
  /** The article it belongs to (stored or refreshed like saveFindings does). */
  article: ArticleInput;
  /** The selected words (the quote selector's exact text). */
  text: string;
  /** Computed on the live page's text index (src/anchoring describeRange). */
  selectors: { quote: TextQuoteSelector; position: TextPositionSelector };
}

/** The stored manual annotation and everything stored for its article. */
export interface ManualSaved extends ArticleWithAnnotations {
  annotation: AnnotationRecord;
}

/** A site the reader asked Sourcelight to annotate on every visit. */
export interface AlwaysOnSite {
  /** Origin, e.g. "https://www.bbc.com" (no path, no trailing slash). */
  origin: string;
}

/** A file ready to download. */
export interface ExportFile {
  filename: string;
  /** MIME type, e.g. "application/json". */
  mime: string;
  text: string;
}

/** The states of a page report (PageReport.state). */
export const PAGE_STATES = ['ready', 'not-article', 'too-big', 'error'] as const;

/** What the content script reports about its page (the answer to annotate / getFindings). */
export interface PageReport {
  /**
   * ready: findings are painted; not-article: Readability found no article; too-big: the page has
   * more text than can be read without freezing it (nothing ran); error: see message.
   */
  state: (typeof PAGE_STATES)[number];
  /** A sentence for the reader when state is not ready. */
  message: string | null;
  article: ArticleRecord | null;
  /** Every stored annotation of the article (tags and notes included), in reading order. */
  annotations: AnnotationRecord[];
  /** Ids of annotations that could not be found in the live page (not painted). */
  orphaned: string[];
  /** False when the browser lacks the CSS Custom Highlight API (nothing can be painted). */
  highlightsSupported: boolean;
}

/** What the toolbar button shows of a page: its state, the reason, and how many findings are painted. */
export interface PageSummary {
  state: PageReport['state'];
  message: string | null;
  painted: number;
}

/** The button's part of a report: painted counts the annotations that are not orphaned. */
export function summaryOf(report: PageReport): PageSummary {
  return { state: report.state, message: report.message, painted: Math.max(0, report.annotations.length - report.orphaned.length) };
}

// ---------------------------------------------------------------------------------------------
// The maps: request payload and answer value of every message, by direction.

/** Messages to the background worker (from the content script or the popup). */
export interface BackgroundCalls {
  /** Store the article and upsert its findings (never overwrites tags or notes); answers all rows. */
  saveFindings: { req: { article: ArticleInput; findings: FindingInput[] }; res: ArticleWithAnnotations };
  /** Everything stored for one canonical URL. */
  getArticle: { req: { url: string }; res: ArticleWithAnnotations };
  /** Set tags and/or the note of one annotation; answers the updated row. */
  updateAnnotation: { req: AnnotationPatch; res: AnnotationRecord };
  /** The reader corrects the engine (speaker, kind, dismiss); kept across engine runs; answers the row. */
  correctAnnotation: { req: CorrectionPatch; res: AnnotationRecord };
  /**
   * An extension page (the library) changed the store behind the tabs' backs (deleted, edited,
   * restored): the background tells every tab, and tabs showing one of these articles repaint
   * from the store. urls null: everything changed. Answers how many tabs took the message.
   */
  storeChanged: { req: StoreChange; res: { told: number } };
  /** Every free-form tag in use in the library (the card's completion), sorted. */
  listLabels: { req: Record<string, never>; res: string[] };
  /**
   * Style the sender tab's highlights with scripting.insertCSS (a style sheet the page cannot
   * read): layer name -> the page's random highlight name. Answers false where insertCSS failed.
   */
  styleHighlights: { req: { names: Record<string, string> }; res: boolean };
  /**
   * A content script that annotated its page by itself ("always annotate on this site") says how
   * it went, so that the toolbar button of its tab shows the count, or "!" and why the page was
   * refused as too big; annotateTab does the same for the runs it asks for. Answers false where
   * the sender is no tab.
   */
  showReport: { req: PageSummary; res: boolean };
  /** Inject the content script into a tab (idempotent) and annotate the page. */
  annotateTab: { req: { tabId: number }; res: PageReport };
  /** One article as a file in the given format. */
  exportArticle: { req: { url: string; format: ExportFormat }; res: ExportFile };
  /** Store a manual annotation (a new id, origin manual, no tags); answers it and its article's rows. */
  saveManual: { req: ManualInput; res: ManualSaved };
  /**
   * Turn the tab's current selection into a manual annotation (injects the content script if
   * needed). What the context-menu item and the shortcut do; answers the stored annotation.
   */
  annotateSelectionInTab: { req: { tabId: number }; res: AnnotationRecord };
  /** The sites annotated on every visit ("always annotate on this site"). */
  listAlwaysOn: { req: Record<string, never>; res: AlwaysOnSite[] };
  /**
   * Turn "always annotate on this site" on (the host permission must already be granted: the page
   * asks for it from the reader's click) or off (unregisters and gives the permission back).
   */
  setAlwaysOn: { req: { origin: string; on: boolean }; res: AlwaysOnSite[] };
  /**
   * "Open at this annotation" (the library): a new tab at the article's text fragment, then,
   * where Sourcelight may run on the site, annotated and scrolled to the annotation.
   */
  openAnnotation: { req: { id: string }; res: { tabId: number; anchored: boolean; detail: string | null } };
  /**
   * Read the page from its markup and run the engine (src/background/read-page.ts): Readability
   * and the engine run in an extension document with a DOM of its own (Firefox's background page,
   * Chromium's offscreen document), off the page's main thread. not-article: Readability found none.
   */
  readPage: { req: { html: string; url: string }; res: Extraction };
}

/** Which articles changed in the store (canonical URLs); null: all of them. */
export interface StoreChange {
  urls: string[] | null;
}
/** The most article addresses one storeChanged names; past it, the page says "everything" (null). */
export const STORE_CHANGE_MAX_URLS = 1000;


/** Messages to the content script of one tab (from the popup or the background). */
export interface TabCalls {
  /** Run the engine (once; later calls reuse the result), store, anchor and paint. */
  annotate: { req: Record<string, never>; res: PageReport };
  /** The current state without running anything. */
  getFindings: { req: Record<string, never>; res: PageReport };
  /** Scroll the highlight of one annotation into view and flash it. */
  scrollTo: { req: { id: string }; res: { found: boolean } };
  /** Relay a tag/note change: the content script stores it through the background and repaints. */
  updateAnnotation: { req: AnnotationPatch; res: AnnotationRecord };
  /** Relay a correction: stored through the background, then the page repaints. */
  correctAnnotation: { req: CorrectionPatch; res: AnnotationRecord };
  /** Show or hide highlights (all, by kind, by tag, by speaker); answers how many are painted. */
  setFilter: { req: PageFilter; res: { painted: number } };
  /** How the page is painted (layers by their random names, the marks): for the popup and the tests. */
  describePaint: { req: Record<string, never>; res: PaintDescription };
  /** Make the current selection a manual annotation, paint it and open its card (not-found: nothing selected). */
  annotateSelection: { req: Record<string, never>; res: AnnotationRecord };
  /** Move to the next or previous highlight in reading order and open its card (the keyboard path); null: none painted. */
  step: { req: { direction: StepDirection }; res: { id: string | null } };
  /** The store changed for these articles (null: all): a tab showing one repaints from the store. */
  storeChanged: { req: StoreChange; res: { repainted: boolean } };
}

/** Which way the keyboard steps through a page's highlights. */
export type StepDirection = 'next' | 'previous';
export const STEP_DIRECTIONS: readonly StepDirection[] = ['next', 'previous'];

export type BackgroundType = keyof BackgroundCalls;
export type TabType = keyof TabCalls;
export type Req<M, K extends keyof M> = M[K] extends { req: infer R } ? R : never;
export type Res<M, K extends keyof M> = M[K] extends { res: infer R } ? R : never;

/** The envelope on the wire. `channel` tells our messages apart from anybody else's. */
export interface Envelope<K extends string = string, P = unknown> {
  channel: typeof CHANNEL;
  type: K;
  payload: P;
}
export const CHANNEL = 'sourcelight/1';

// ---------------------------------------------------------------------------------------------
// Shape checks. Hand-written: small, no dependency, and each says what is wrong.

/** Upper bounds that keep a hostile or broken sender from filling the database. */
export const LIMITS = {
  findings: 5000,
  text: 20_000,
  short: 2_000,
  note: 20_000,
  url: 4_096,
} as const;

type Check = (value: unknown, path: string) => string | null;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const str =
  (max: number): Check =>
  (v, path) =>
    typeof v !== 'string' ? `${path} must be a string` : v.length > max ? `${path} is longer than ${max} characters` : null;

const strOrNull =
  (max: number): Check =>
  (v, path) =>
    v === null ? null : str(max)(v, path);

const oneOf =
  <T extends string>(values: readonly T[]): Check =>
  (v, path) =>
    typeof v === 'string' && (values as readonly string[]).includes(v) ? null : `${path} must be one of ${values.join(', ')}`;

const nonNegInt: Check = (v, path) =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? null : `${path} must be a whole number ≥ 0`;

const literal =
  (value: string): Check =>
  (v, path) =>
    v === value ? null : `${path} must be "${value}"`;

const optional =
  (check: Check): Check =>
  (v, path) =>
    v === undefined ? null : check(v, path);

const arrayOf =
  (check: Check, max: number): Check =>
  (v, path) => {
    if (!Array.isArray(v)) return `${path} must be an array`;
    if (v.length > max) return `${path} has more than ${max} items`;
    for (let i = 0; i < v.length; i++) {
      const e = check(v[i], `${path}[${i}]`);
      if (e) return e;
    }
    return null;
  };

/** An object with exactly these fields (unknown fields are refused too: they would be stored). */
const shape =
  (fields: Record<string, Check>): Check =>
  (v, path) => {
    if (!isObject(v)) return `${path} must be an object`;
    for (const key of Object.keys(v)) if (!(key in fields)) return `${path}.${key} is not expected`;
    for (const [key, check] of Object.entries(fields)) {
      const e = check(v[key], `${path}.${key}`);
      if (e) return e;
    }
    return null;
  };

const ANNOTATION_KINDS: readonly AnnotationKind[] = ['quote', 'claim', 'scare', 'manual'];
const SPEAKER_KINDS: readonly SpeakerKind[] = ['person', 'organization', 'anonymous', 'unknown'];

const quoteSelector = shape({
  type: literal('TextQuoteSelector'),
  exact: str(LIMITS.text),
  prefix: str(LIMITS.short),
  suffix: str(LIMITS.short),
});
const positionSelector: Check = (v, path) =>
  shape({ type: literal('TextPositionSelector'), start: nonNegInt, end: nonNegInt })(v, path) ??
  ((v as TextPositionSelector).end < (v as TextPositionSelector).start ? `${path}.end must not be before start` : null);

const uniqueTags: Check = (v, path) =>
  arrayOf(oneOf(TAGS), TAGS.length)(v, path) ??
  (new Set(v as string[]).size !== (v as string[]).length ? `${path} repeats a tag` : null);

const httpUrl: Check = (v, path) => {
  const e = str(LIMITS.url)(v, path);
  if (e) return e;
  try {
    const u = new URL(v as string);
    return u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'file:' ? null : `${path} must be a web address`;
  } catch {
    return `${path} must be a web address`;
  }
};

const articleInput = shape({ url: httpUrl, title: str(LIMITS.short), site: str(LIMITS.short) });
const findingInput = shape({
  id: str(200),
  kind: oneOf(ANNOTATION_KINDS),
  text: str(LIMITS.text),
  speaker: strOrNull(LIMITS.short),
  speakerKind: oneOf(SPEAKER_KINDS),
  speakerId: optional(strOrNull(200)),
  speakerDescription: optional(strOrNull(LIMITS.short)),
  cue: strOrNull(LIMITS.short),
  selectors: shape({ quote: quoteSelector, position: positionSelector }),
});
const manualInput = shape({
  article: articleInput,
  text: str(LIMITS.text),
  selectors: shape({ quote: quoteSelector, position: positionSelector }),
});

/** An http(s) origin as URL.origin writes it: scheme, host and port only. */
export function isWebOrigin(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 300) return false;
  try {
    const u = new URL(value);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.origin === value && !u.hostname.includes('*');
  } catch {
    return false;
  }
}
const webOrigin: Check = (v, path) => (isWebOrigin(v) ? null : `${path} must be a web origin like https://news.example`);

const uniqueLabels: Check = (v, path) =>
  arrayOf(str(LABEL_LIMITS.length), LABEL_LIMITS.count)(v, path) ??
  (new Set(v as string[]).size !== (v as string[]).length ? `${path} repeats a tag` : null);

// Ids as long as an import may bring (src/format/validate-records LIMITS.id).
const patch = shape({ id: str(1024), tags: optional(uniqueTags), labels: optional(uniqueLabels), note: optional(str(LIMITS.note)) });

const CORRECTED_KINDS: readonly CorrectedKind[] = ['quote', 'claim', 'scare', 'none'];
const bool: Check = (v, path) => (typeof v === 'boolean' ? null : `${path} must be true or false`);
const nonBlank =
  (max: number): Check =>
  (v, path) =>
    str(max)(v, path) ?? ((v as string).trim() === '' ? `${path} must not be empty` : null);
const readerSpeaker = shape({ name: nonBlank(LIMITS.short), speakerKind: oneOf(SPEAKER_KINDS), speakerId: strOrNull(200) });
const correction = shape({
  id: str(1024),
  speaker: optional((v, path) => (v === null ? null : readerSpeaker(v, path))),
  kind: optional(oneOf(CORRECTED_KINDS)),
  dismissed: optional(bool),
  reset: optional(bool),
});
const pageFilter = shape({
  show: bool,
  kind: oneOf<AnnotationKind | 'all'>([...ANNOTATION_KINDS, 'all']),
  tag: oneOf<Tag | 'untagged' | 'all'>([...TAGS, 'untagged', 'all']),
  hiddenSpeakers: arrayOf(str(LIMITS.short), LIMITS.findings),
});

/** A highlight name the page may see: lower-case letters, digits and hyphens, nothing more. */
export const HIGHLIGHT_NAME = /^[a-z][a-z0-9-]{3,40}$/;
/** A layer the content script paints (src/content/highlight-styles.ts names them). */
export const LAYER_NAME = /^[a-z][a-z0-9-]{1,30}$/;
const highlightNames: Check = (v, path) => {
  if (!isObject(v)) return `${path} must be an object`;
  const entries = Object.entries(v);
  if (entries.length > 64) return `${path} has more than 64 names`;
  for (const [layer, name] of entries) {
    if (!LAYER_NAME.test(layer)) return `${path} has an invalid layer name`;
    if (typeof name !== 'string' || !HIGHLIGHT_NAME.test(name)) return `${path}.${layer} must be a highlight name`;
  }
  return null;
};
const empty = shape({});
const storeChange = shape({ urls: (v, path) => (v === null ? null : arrayOf(httpUrl, STORE_CHANGE_MAX_URLS)(v, path)) });

/**
 * The markup of a page the content script sends to be read (readPage): a page under its text and
 * element bounds (session.ts) with its inline styles and scripts; the corpora's largest is 0.5 MB.
 */
export const PAGE_MARKUP = 32_000_000;
const backgroundChecks: { [K in BackgroundType]: Check } = {
  saveFindings: shape({ article: articleInput, findings: arrayOf(findingInput, LIMITS.findings) }),
  getArticle: shape({ url: httpUrl }),
  updateAnnotation: patch,
  correctAnnotation: correction,
  listLabels: empty,
  storeChanged: storeChange,
  styleHighlights: shape({ names: highlightNames }),
  showReport: shape({ state: oneOf(PAGE_STATES), message: strOrNull(LIMITS.short), painted: nonNegInt }),
  annotateTab: shape({ tabId: nonNegInt }),
  exportArticle: shape({ url: httpUrl, format: oneOf(EXPORT_FORMATS) }),
  saveManual: (v, path) =>
    manualInput(v, path) ??
    ((v as ManualInput).text !== (v as ManualInput).selectors.quote.exact ? `${path}.text must be the quoted text` : null) ??
    ((v as ManualInput).text.trim() === '' ? `${path}.text must not be empty` : null),
  annotateSelectionInTab: shape({ tabId: nonNegInt }),
  listAlwaysOn: empty,
  setAlwaysOn: shape({ origin: webOrigin, on: (v, path) => (typeof v === 'boolean' ? null : `${path} must be true or false`) }),
  openAnnotation: shape({ id: str(1024) }),
  readPage: shape({ html: str(PAGE_MARKUP), url: str(LIMITS.url) }),
};

const tabChecks: { [K in TabType]: Check } = {
  annotate: empty,
  getFindings: empty,
  scrollTo: shape({ id: str(200) }),
  updateAnnotation: patch,
  correctAnnotation: correction,
  setFilter: pageFilter,
  describePaint: empty,
  annotateSelection: empty,
  step: shape({ direction: oneOf(STEP_DIRECTIONS) }),
  storeChanged: storeChange,
};

/** A message of some map, with its type and checked payload. */
export type MessageOf<M> = { [K in keyof M]: { type: K; payload: Req<M, K> } }[keyof M];

function checkEnvelope<M>(
  checks: { [K in keyof M]: Check },
  message: unknown,
): Result<MessageOf<M>> {
  if (!isObject(message) || message.channel !== CHANNEL) return fail('invalid', 'Not a Sourcelight message.');
  const type = message.type;
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(checks, type))
    return fail('invalid', `Unknown message type ${JSON.stringify(String(type)).slice(0, 80)}.`);
  const error = checks[type as keyof M](message.payload, 'payload');
  if (error) return fail('invalid', `Refused ${type}: ${error}.`);
  return ok({ type, payload: message.payload } as MessageOf<M>);
}

/** Checks a message meant for the background: the envelope, the type and the payload's shape. */
export const checkBackgroundMessage = (message: unknown): Result<MessageOf<BackgroundCalls>> =>
  checkEnvelope<BackgroundCalls>(backgroundChecks, message);

/** Checks a message meant for a content script. */
export const checkTabMessage = (message: unknown): Result<MessageOf<TabCalls>> =>
  checkEnvelope<TabCalls>(tabChecks, message);

/** The sender fields we look at (a subset of runtime.MessageSender in both browsers). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  /** The frame of the tab that sent it (0: the top frame). */
  frameId?: number;
}

/**
 * True when the message comes from this extension: its id matches ours. Messages a web page
 * sends (runtime.sendMessage from a page needs externally_connectable, which we do not declare;
 * window.postMessage never reaches here) are refused.
 */
export function isOwnSender(sender: SenderInfo | undefined, extensionId: string): boolean {
  return !!sender && typeof sender.id === 'string' && sender.id === extensionId;
}

/**
 * True for a content script (it runs in a web page's tab), false for the extension's own pages
 * (popup, library), even when one of those is open in a tab.
 */
export function isContentScript(sender: SenderInfo | undefined): boolean {
  return !!sender?.tab && !/^(chrome|moz)-extension:\/\//.test(sender.url ?? '');
}

/**
 * Background messages only the extension's pages may send: a content script lives in a web page
 * and has no business annotating other tabs or exporting other articles.
 */
export const BACKGROUND_PAGES_ONLY: ReadonlySet<BackgroundType> = new Set<BackgroundType>([
  'annotateTab',
  'exportArticle',
  'openAnnotation',
  'annotateSelectionInTab',
  'listAlwaysOn',
  'setAlwaysOn',
  'storeChanged',
]);

/** Checks a value received as an answer: a Result object, or a no-receiver failure. */
export function asResult<T>(answer: unknown): Result<T> {
  if (isObject(answer) && answer.ok === true && 'value' in answer) return answer as unknown as Ok<T>;
  if (isObject(answer) && answer.ok === false && typeof answer.error === 'string')
    return fail(ERROR_CODES.includes(answer.code as ErrorCode) ? (answer.code as ErrorCode) : 'internal', answer.error);
  return fail('no-receiver', 'Nobody answered the message.');
}

// ---------------------------------------------------------------------------------------------
// Handling: one object of handlers per side, dispatched after the checks.

export type Handlers<M> = {
  [K in keyof M]: (payload: Req<M, K>, sender: SenderInfo) => Promise<Res<M, K>> | Res<M, K>;
};

/** Thrown by a handler to answer with a specific error code. */
export class MessageError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}

/**
 * Checks sender and shape, runs the handler, and turns whatever happens into a Result. Never
 * throws, so a bad message can never crash the receiver.
 */
export async function dispatch<M>(
  check: (message: unknown) => Result<MessageOf<M>>,
  handlers: Handlers<M>,
  message: unknown,
  sender: SenderInfo | undefined,
  extensionId: string,
  /** Types a content script may not send (only extension pages may). */
  pagesOnly: ReadonlySet<keyof M> = new Set(),
): Promise<Result<unknown>> {
  if (!isOwnSender(sender, extensionId)) return fail('invalid', 'Refused a message from outside the extension.');
  const checked = check(message);
  if (!checked.ok) return checked;
  const { type, payload } = checked.value;
  if (pagesOnly.has(type) && isContentScript(sender))
    return fail('invalid', `Refused ${String(type)}: only the extension's own pages may ask for it.`);
  try {
    const handler = handlers[type] as (p: unknown, s: SenderInfo) => unknown;
    return ok(await handler(payload, sender ?? {}));
  } catch (e) {
    return failureOf(e);
  }
}

/** What a handler's throw answers: its code for a MessageError, else internal with its message. */
export function failureOf(e: unknown): Failure {
  if (e instanceof MessageError) return fail(e.code, e.message);
  return fail('internal', e instanceof Error ? e.message : String(e));
}

// ---------------------------------------------------------------------------------------------
// Sending. Uses `browser` (Firefox) or `chrome` (Chromium MV3: both return promises).

interface MessagingApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs?: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
}

function messagingApi(): MessagingApi {
  const g = globalThis as { browser?: MessagingApi; chrome?: MessagingApi };
  const api = g.browser ?? g.chrome;
  if (!api?.runtime) throw new Error('Extension messaging is not available here.');
  return api;
}

export const envelope = <K extends string, P>(type: K, payload: P): Envelope<K, P> => ({ channel: CHANNEL, type, payload });

function deliveryFailure(e: unknown): Failure {
  const text = e instanceof Error ? e.message : String(e);
  // Chromium says the port closed when every listener let the message pass unanswered.
  if (/receiving end does not exist|could not establish connection|port closed before a response/i.test(text))
    return fail('no-receiver', 'Sourcelight is not running in this tab yet.');
  return fail('internal', text);
}

/**
 * The channel on which a content script sends its page to be read straight to the document that
 * reads it (Firefox's background page, Chromium's offscreen document: src/background/page-reader.ts),
 * one hop for the page's markup instead of two. Chromium's worker leaves these to the offscreen
 * document; where nobody answers (no such document open yet), the page goes by readPage instead.
 */
export const READ_CHANNEL = 'sourcelight-read';

/** A page to read, on READ_CHANNEL. */
export interface ReadRequest {
  channel: typeof READ_CHANNEL;
  type: 'readPage';
  payload: Req<BackgroundCalls, 'readPage'>;
}

export const readRequest = (payload: Req<BackgroundCalls, 'readPage'>): ReadRequest => ({ channel: READ_CHANNEL, type: 'readPage', payload });

/** True for a well-formed ReadRequest (the sender is checked apart: isOwnSender). */
export function isReadRequest(message: unknown): message is ReadRequest {
  return isObject(message) && message.channel === READ_CHANNEL && message.type === 'readPage' && backgroundChecks.readPage(message.payload, 'payload') === null;
}

/** Sends a page to be read on READ_CHANNEL, else (nobody answers there) as readPage to the background; never throws. */
export async function sendPageToRead(payload: Req<BackgroundCalls, 'readPage'>): Promise<Result<Extraction>> {
  let direct: Result<Extraction>;
  try {
    direct = asResult<Extraction>(await messagingApi().runtime.sendMessage(readRequest(payload)));
  } catch (e) {
    direct = deliveryFailure(e);
  }
  if (direct.ok || direct.code !== 'no-receiver') return direct;
  return send('readPage', payload);
}

/** Sends a message to the background worker; never throws. */
export async function send<K extends BackgroundType>(
  type: K,
  payload: Req<BackgroundCalls, K>,
): Promise<Result<Res<BackgroundCalls, K>>> {
  try {
    return asResult<Res<BackgroundCalls, K>>(await messagingApi().runtime.sendMessage(envelope(type, payload)));
  } catch (e) {
    return deliveryFailure(e);
  }
}

/** Sends a message to the content script of a tab; never throws. */
export async function sendToTab<K extends TabType>(
  tabId: number,
  type: K,
  payload: Req<TabCalls, K>,
): Promise<Result<Res<TabCalls, K>>> {
  try {
    const tabs = messagingApi().tabs;
    if (!tabs) return fail('internal', 'Tabs cannot be reached from here.');
    return asResult<Res<TabCalls, K>>(await tabs.sendMessage(tabId, envelope(type, payload)));
  } catch (e) {
    return deliveryFailure(e);
  }
}
