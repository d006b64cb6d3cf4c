// "Always annotate on this site" as the extension's pages see it (the popup's toggle and the
// options page's list): one interface, so tests render both with a fake. The permission request
// is made here, first thing in the reader's click, as browsers require; the background then
// registers or unregisters the site's content script (src/background/site-permissions.ts).
import { fail, send, type AlwaysOnSite, type Result } from '../shared/messages';

export interface SitesApi {
  /** The origin (http/https) of the page in a tab, or null (the popup's toggle uses it). */
  tabOrigin(tabId: number): Promise<string | null>;
  /** The sites annotated on every visit. */
  list(): Promise<Result<AlwaysOnSite[]>>;
  /** Asks the browser for the site's permission (call straight from a click), then turns it on. */
  enable(origin: string): Promise<Result<AlwaysOnSite[]>>;
  /** Turns a site off and gives its permission back. */
  disable(origin: string): Promise<Result<AlwaysOnSite[]>>;
}

interface PermissionsApi {
  permissions: { request(p: { origins: string[] }): Promise<boolean> };
  tabs?: { get(tabId: number): Promise<{ url?: string }> };
}

/** The origin of a web page's address (http/https only), else null. */
export function webOriginOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

/** The host permission pattern asked for: the origin's host, every path. */
export const originPattern = (origin: string): string => `${origin}/*`;

export const DECLINED = 'Sourcelight was not allowed to read this site, so it cannot annotate it on its own.';

/** The real thing, for extension pages. */
export function browserSitesApi(): SitesApi {
  const g = globalThis as { browser?: PermissionsApi; chrome?: PermissionsApi };
  const api = g.browser ?? g.chrome;
  return {
    async tabOrigin(tabId) {
      // The popup's click granted activeTab, so the tab's address is readable.
      const tab = await api?.tabs?.get(tabId).catch(() => null);
      return webOriginOf(tab?.url);
    },
    list: () => send('listAlwaysOn', {}),
    async enable(origin) {
      if (!api?.permissions) return fail('internal', 'Permissions cannot be asked for from here.');
      let granted: boolean;
      try {
        // No await before this line: the browser only shows its prompt during the click.
        granted = await api.permissions.request({ origins: [originPattern(origin)] });
      } catch (e) {
        return fail('internal', e instanceof Error ? e.message : String(e));
      }
      if (!granted) return fail('restricted', DECLINED);
      return send('setAlwaysOn', { origin, on: true });
    },
    disable: (origin) => send('setAlwaysOn', { origin, on: false }),
  };
}
