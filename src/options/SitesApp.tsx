// The sites Sourcelight annotates on every visit ("always annotate on this site"), each with a
// button that removes it (unregisters it and gives its permission back). Shown on options.html
// and in the library page (the manifest's options_ui).
import { useEffect, useState } from 'preact/hooks';
import type { AlwaysOnSite } from '../shared/messages';
import type { SitesApi } from './sites-api';

export function SitesApp({ api }: { api: SitesApi }) {
  const [sites, setSites] = useState<AlwaysOnSite[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  useEffect(() => {
    void api.list().then((out) => {
      if (out.ok) setSites(out.value);
      else {
        setSites([]);
        setError(`Could not read the list: ${out.error}`);
      }
    });
  }, [api]);

  async function remove(origin: string) {
    setBusy(origin);
    setError(null);
    const out = await api.disable(origin);
    setBusy(null);
    if (out.ok) setSites(out.value);
    else setError(`Not removed: ${out.error}`);
  }

  return (
    <section class="always-sites" aria-labelledby="sites-title">
      <h2 id="sites-title">Sites annotated on every visit</h2>
      <p class="sites-help">
        Sourcelight highlights who said what on these sites without a click. Turn a site on from the popup (“Always
        annotate on …”).
      </p>
      {sites === null ? (
        <p class="sites-empty">Loading…</p>
      ) : sites.length === 0 ? (
        <p class="sites-empty">No sites yet.</p>
      ) : (
        <ul class="sites-list">
          {sites.map((s) => (
            <li key={s.origin} class="always-site" data-origin={s.origin}>
              <span class="site-origin">{s.origin}</span>
              <button type="button" class="site-remove" disabled={busy === s.origin} onClick={() => void remove(s.origin)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p class="sites-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
