// Saves an export from an extension page: the chunks become one Blob, offered as a download
// through a temporary link (works in Chromium and Firefox without the downloads permission).
import { FORMAT_FILES, type ExportFormat } from '../format/bundle';

/** "sourcelight-2026-11-29.csv", with an optional scope ("sourcelight-results-…"). */
export function exportFileName(format: ExportFormat, now: number, scope = ''): string {
  const day = new Date(now).toISOString().slice(0, 10);
  const safeScope = scope.replace(/[^a-z0-9-]+/gi, '-').replace(/^-+|-+$/g, '').slice(0, 40);
  return `sourcelight-${safeScope ? `${safeScope}-` : ''}${day}.${FORMAT_FILES[format].extension}`;
}

export function downloadParts(parts: string[], fileName: string, mime: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob(parts, { type: mime }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the Blob goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
