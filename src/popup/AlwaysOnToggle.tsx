// "Always annotate on this site" in the popup: a switch for the site of the open tab. Turning it
// on asks the browser for that one site's permission (from the click itself); turning it off
// removes it. The options page lists every such site.
import { useEffect, useState } from 'preact/hooks';
import type { SitesApi } from '../options/sites-api';

export interface AlwaysOnToggleProps {
  api: SitesApi;
  /** The origin of the page in the tab (http/https), e.g. "https://www.bbc.com". */
  origin: string;
}

export function AlwaysOnToggle({ api, origin }: AlwaysOnToggleProps) {
  const [on, setOn] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void api.list().then((out) => {
      if (live) setOn(out.ok ? out.value.some((s) => s.origin === origin) : false);
    });
    return () => {
      live = false;
    };
  }, [api, origin]);

  function toggle() {
    setError(null);
    // The request starts synchronously in this click (no await before it), as browsers require.
    const request = on ? api.disable(origin) : api.enable(origin);
    setBusy(true);
    void request.then((out) => {
      setBusy(false);
      if (out.ok) setOn(out.value.some((s) => s.origin === origin));
      else setError(out.error);
    });
  }

  const host = origin.replace(/^https?:\/\//, '');
  return (
    <div class="always-on">
      <label class="always-on-label">
        <input type="checkbox" role="switch" checked={on === true} disabled={on === null || busy} onChange={toggle} />
        <span>Always annotate on {host}</span>
      </label>
      <a class="always-on-manage" href="options.html" target="_blank" rel="noopener">
        Sites
      </a>
      {error && (
        <p class="item-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
