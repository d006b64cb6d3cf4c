// "Export this article": one button per format offered in the popup. The formats themselves
// live in src/format; the library page offers all of them for many articles.
import { useState } from 'preact/hooks';
import type { ExportFormat } from '../format/bundle';
import type { Result } from '../shared/messages';

/** The formats the popup offers, with their button labels. */
export const POPUP_EXPORTS: ReadonlyArray<{ format: ExportFormat; label: string }> = [
  { format: 'json', label: 'JSON' },
  { format: 'md', label: 'Markdown' },
];

export function ExportBar({ onExport }: { onExport: (format: ExportFormat) => Promise<Result<unknown>> }) {
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run(format: ExportFormat) {
    setBusy(format);
    setError(null);
    const out = await onExport(format);
    setBusy(null);
    if (!out.ok) setError(`Export failed: ${out.error}`);
  }

  return (
    <footer class="export">
      <span class="export-label">Export this article</span>
      {POPUP_EXPORTS.map(({ format, label }) => (
        <button type="button" class="button" key={format} disabled={busy !== null} onClick={() => void run(format)}>
          {busy === format ? 'Exporting…' : label}
        </button>
      ))}
      {error && (
        <p class="item-error" role="alert">
          {error}
        </p>
      )}
    </footer>
  );
}
