// What the toolbar button says about a tab after it was annotated: the number of findings painted,
// or "!" with the reason in its tooltip where the page was refused as too big to read without
// freezing it. The shortcut (Alt+Shift+S) opens no popup, so the button is where the reader learns it.
// The summary comes from annotateTab's report, or from the content script itself where it ran
// without being asked ("always annotate on this site": showReport).
import type { PageSummary } from '../shared/messages';

export interface Badge {
  text: string;
  /** The tooltip; null: the extension's own title. */
  title: string | null;
}

export function badgeFor(report: PageSummary): Badge {
  if (report.state === 'ready') return { text: String(report.painted), title: null };
  if (report.state === 'too-big') return { text: '!', title: `Sourcelight: ${report.message ?? 'this page is too big to annotate'}` };
  return { text: '', title: null };
}
