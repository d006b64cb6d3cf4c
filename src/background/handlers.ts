// The background's answers to every message of the BackgroundCalls map, as one object of
// handlers. Dependencies come in from main.ts so that tests can run them on fake-indexeddb.
import { formatBundle, FORMAT_FILES } from '../format/index';
import type { Extraction } from '../core/types';
import { MessageError, type BackgroundCalls, type ExportFile, type Handlers, type PageReport, type PageSummary, type StoreChange } from '../shared/messages';
import type { SourcelightDb } from '../database/db';
import { annotateTab, type TabAccess } from './inject';
import { highlightCss } from '../content/highlight-styles';
import { correctAnnotation, getArticle, listLabels, saveFindings, saveManual, updateAnnotation } from '../database/store';
import { annotateSelectionInTab, type SelectionAccess } from './context-menu';
import { listAlwaysOn, setAlwaysOn, type SiteAccess } from './site-permissions';
import { openAnnotation, type OpenerAccess } from './open-annotation';

export interface HandlerDependencies {
  db: SourcelightDb;
  tabs: TabAccess;
  /** Epoch ms; injectable for tests. */
  now: () => number;
  /** Called after a tab was annotated (the toolbar badge shows the count). */
  onAnnotated?: (tabId: number, report: PageReport) => void;
  /** Called when a content script annotated its page by itself (always-on site): the badge shows it. */
  onReported?: (tabId: number, summary: PageSummary) => void;
  /** Manual annotations from a tab's selection (context menu, shortcut). */
  selection?: SelectionAccess;
  /** Reads a page from its markup and runs the engine off the page's thread (page-reader.ts). */
  readPage?: (html: string, url: string) => Promise<Extraction>;
  /** "Always annotate on this site" registrations and permissions. */
  sites?: SiteAccess;
  /** scripting.insertCSS for the highlight styles (a style sheet the page cannot read). */
  styles?: { insert(tabId: number, frameId: number, css: string): Promise<boolean> };
  /** A new, unique id for a manual annotation. */
  newId?: () => string;
  /** Tabs for "Open at this annotation". */
  opener?: OpenerAccess;
  /** Tells every tab's content script that the store changed (answers how many took it). */
  broadcast?: (change: StoreChange) => Promise<number>;
}

const missing = (what: string): never => {
  throw new MessageError('internal', `${what} is not available here.`);
};

/** A file name for an article: site and title, lowercase ASCII words, no path characters. */
export function exportFilename(site: string, title: string, extension: string): string {
  const slug = `${site} ${title}`
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `sourcelight-${slug || 'article'}.${extension}`;
}

export function createHandlers(deps: HandlerDependencies): Handlers<BackgroundCalls> {
  const { db, now } = deps;
  return {
    saveFindings: (payload) => saveFindings(db, payload, now()),
    getArticle: ({ url }) => getArticle(db, url),
    updateAnnotation: (patch) => updateAnnotation(db, patch, now()),
    correctAnnotation: (patch) => correctAnnotation(db, patch, now()),
    listLabels: () => listLabels(db),
    storeChanged: async (change) => ({ told: (await deps.broadcast?.(change)) ?? 0 }),
    styleHighlights: async ({ names }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || !deps.styles) return false;
      return deps.styles.insert(tabId, sender.frameId ?? 0, highlightCss(names));
    },
    showReport: (summary, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || !deps.onReported) return false;
      deps.onReported(tabId, summary);
      return true;
    },
    annotateTab: async ({ tabId }) => {
      const report = await annotateTab(deps.tabs, tabId);
      deps.onAnnotated?.(tabId, report);
      return report;
    },
    saveManual: (input) => saveManual(db, input, `manual-${deps.newId?.() ?? crypto.randomUUID()}`, now()),
    annotateSelectionInTab: ({ tabId }) => annotateSelectionInTab(deps.selection ?? missing('Selecting text'), tabId),
    listAlwaysOn: () => listAlwaysOn(deps.sites ?? missing('Site permissions')),
    setAlwaysOn: ({ origin, on }) => setAlwaysOn(deps.sites ?? missing('Site permissions'), origin, on),
    openAnnotation: ({ id }) => openAnnotation(deps.opener ?? missing('Opening tabs'), db, id),
    // Readability and the engine for the content scripts, off the page's main thread (page-reader.ts).
    readPage: ({ html, url }) => (deps.readPage ?? missing('Reading a page'))(html, url),
    exportArticle: async ({ url, format }): Promise<ExportFile> => {
      const { article, annotations } = await getArticle(db, url);
      if (!article) throw new MessageError('not-found', 'Nothing is stored for this article yet.');
      const file = FORMAT_FILES[format];
      return {
        filename: exportFilename(article.site, article.title, file.extension),
        mime: file.mime,
        text: formatBundle({ articles: [article], annotations }, format, { now: now() }),
      };
    },
  };
}
