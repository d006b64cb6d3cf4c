// Import into the library: a file picker for our JSON or W3C Web Annotations. The file is
// checked whole before anything is written; the reader sees what was added, merged and skipped,
// or the first problems with nothing changed.
import { useState } from 'preact/hooks';
import type { SourcelightDb } from '../database/db';
import { DEFAULT_MAX_BYTES } from '../format/import';
import { importFile, type ImportOutcome } from '../database/import';

export interface ImportPanelProps {
  /** Where the import is written. */
  db: SourcelightDb;
  /** Called after rows were written, with the articles they belong to, so the page and open tabs can refresh. */
  onImported: (changed: string[]) => void;
}

/** The file's text (FileReader where Blob.text is missing). */
function readText(file: File): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable file'));
    reader.readAsText(file);
  });
}

export function ImportPanel({ db, onImported }: ImportPanelProps) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [fileName, setFileName] = useState('');

  async function pick(file: File | undefined) {
    if (!file) return;
    setFileName(file.name);
    setOutcome(null);
    if (file.size > DEFAULT_MAX_BYTES) {
      setOutcome({ ok: false, errors: [`The file is too large (${(file.size / 1024 / 1024).toFixed(1)} MB; at most ${DEFAULT_MAX_BYTES / 1024 / 1024} MB).`] });
      return;
    }
    setBusy(true);
    try {
      const result = await importFile(db, await readText(file));
      setOutcome(result);
      if (result.ok) onImported(result.changed);
    } catch (e) {
      setOutcome({ ok: false, errors: [`The file could not be read: ${e instanceof Error ? e.message : String(e)}`] });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="panel" aria-label="Import">
      <h2>Import</h2>
      <label class="file-label">
        Sourcelight JSON, W3C Web Annotations or a Hypothesis export{' '}
        <input
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          aria-label="Import file"
          disabled={busy}
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            void pick(input.files?.[0]).finally(() => {
              input.value = '';
            });
          }}
        />
      </label>
      {busy && <p role="status">Importing {fileName}…</p>}
      {outcome?.ok === true && (
        <div role="status" class="import-ok">
          <p>
            Imported {fileName}: {outcome.counts.added} added, {outcome.counts.merged} merged, {outcome.counts.skipped} skipped
            {outcome.counts.articles > 0 ? ` (${outcome.counts.articles} article${outcome.counts.articles === 1 ? '' : 's'} added or updated)` : ''}.
          </p>
          {outcome.warnings.length > 0 && (
            <ul class="warnings">
              {outcome.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {outcome?.ok === false && (
        <div role="alert" class="import-error">
          <p>Nothing was imported from {fileName}. The first problems:</p>
          <ul>
            {outcome.errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
