// What the toolbar button says about a tab after it was annotated: the number of findings painted,
// or "!" with the reason in its tooltip where the page was refused as too big to read without
// freezing it. The shortcut (Alt+Shift+S) opens no popup, so the button is where the reader learns it.
import type { PageReport } from '../shared/messages';

export interface Badge {
  text: string;
  /** The tooltip; null: the extension's own title. */
  title: string | null;
}

export function badgeFor(report: PageReport): Badge {
  if (report.state === 'ready') return { text: String(report.annotations.length - report.orphaned.length), title: null };
  if (report.state === 'too-big') return { text: '!', title: `Sourcelight: ${report.message ?? 'this page is too big to annotate'}` };
  return { text: '', title: null };
}
