// Everything the popup asks of the browser, behind one interface: the App component takes it as
// a prop, so tests render the popup with a fake and the real one talks through the typed map.
import type { AnnotationRecord } from '../shared/model';
import {
  fail,
  send,
  sendToTab,
  type AnnotationPatch,
  type CorrectionPatch,
  type ExportFile,
  type PageFilter,
  type PageReport,
  type Result,
} from '../shared/messages';
import type { ExportFormat } from '../format/bundle';

export interface PopupApi {
  /** The id of the tab the popup belongs to (the active tab of its window), or null. */
  activeTabId(): Promise<number | null>;
  /** Injects if needed and annotates the tab (through the background). */
  annotate(tabId: number): Promise<Result<PageReport>>;
  /** Scrolls the page to an annotation and flashes it. */
  scrollTo(tabId: number, id: string): Promise<Result<{ found: boolean }>>;
  /** Stores a tag/note change and repaints the page. */
  update(tabId: number, patch: AnnotationPatch): Promise<Result<AnnotationRecord>>;
  /** Shows or hides the page's highlights (the popup's filters and the legend act on the page). */
  setFilter(tabId: number, filter: PageFilter): Promise<Result<{ painted: number }>>;
  /** Stores a correction (through the page, so that it repaints). */
  correct(tabId: number, patch: CorrectionPatch): Promise<Result<AnnotationRecord>>;
  /** One article as a file. */
  exportArticle(url: string, format: ExportFormat): Promise<Result<ExportFile>>;
  /** Hands a file to the browser's downloads. */
  download(file: ExportFile): void;
}

interface TabsApi {
  tabs: { query(q: { active: boolean; currentWindow: boolean }): Promise<Array<{ id?: number }>> };
}

/** The real thing, for the extension's popup page. */
export function browserPopupApi(): PopupApi {
  const g = globalThis as { browser?: TabsApi; chrome?: TabsApi };
  const api = g.browser ?? g.chrome;
  return {
    async activeTabId() {
      // popup.html?tab=N (opened as a page by the e2e tests and npm run demo) serves tab N.
      const pinned = new URLSearchParams(globalThis.location?.search ?? '').get('tab');
      if (pinned && /^\d{1,15}$/.test(pinned)) return Number(pinned);
      const [tab] = (await api?.tabs.query({ active: true, currentWindow: true })) ?? [];
      return tab?.id ?? null;
    },
    annotate: (tabId) => send('annotateTab', { tabId }),
    scrollTo: (tabId, id) => sendToTab(tabId, 'scrollTo', { id }),
    async update(tabId, patch) {
      // Through the page, so that it repaints; straight to the store when the page has gone.
      const relayed = await sendToTab(tabId, 'updateAnnotation', patch);
      if (relayed.ok || relayed.code !== 'no-receiver') return relayed;
      return send('updateAnnotation', patch);
    },
    setFilter: (tabId, filter) => sendToTab(tabId, 'setFilter', filter),
    async correct(tabId, patch) {
      const relayed = await sendToTab(tabId, 'correctAnnotation', patch);
      if (relayed.ok || relayed.code !== 'no-receiver') return relayed;
      return send('correctAnnotation', patch);
    },
    exportArticle: (url, format) => send('exportArticle', { url, format }),
    download: downloadFile,
  };
}

/** Saves text as a file through a temporary object URL and a download link. */
export function downloadFile(file: ExportFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mime }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.filename;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A failure for when the popup could not even ask. */
export const noTab = () => fail('restricted', 'No page is open in this tab.');
