// "Always annotate on this site": once the reader granted one site's host permission (the popup
// asks from the click), a content script is registered for that origin so that every visit there
// is annotated and restored without a click. Turning it off unregisters the script and gives the
// permission back. The registrations themselves are the list: nothing else is stored.
import type { AlwaysOnSite } from '../shared/messages';
import { MessageError } from '../shared/messages';
import { CONTENT_SCRIPT } from './inject';

/** Runs before content.js in the same world and tells it to annotate on its own. */
export const AUTO_START_SCRIPT = 'auto-start.js';
/** Ids of our registrations: this prefix plus the origin. */
export const ALWAYS_ON_PREFIX = 'sourcelight-always:';

/** A registered content script as scripting.getRegisteredContentScripts lists it (the part we read). */
export interface RegisteredScript {
  /** Registration id (ours start with ALWAYS_ON_PREFIX). */
  id: string;
  /** Match patterns the script runs on. */
  matches?: string[];
}

/** A content script to register (the part of scripting.RegisteredContentScript we set). */
export interface ScriptRegistration {
  /** registrationId(origin). */
  id: string;
  /** The one site's match pattern. */
  matches: string[];
  /** auto-start.js, then content.js. */
  js: string[];
  /** After the page has loaded, like a toolbar click would. */
  runAt: 'document_idle';
  /** Kept when the browser restarts. */
  persistAcrossSessions: boolean;
}

/** What this needs from the browser (scripting and permissions; fakes in tests). */
export interface SiteAccess {
  registered(): Promise<RegisteredScript[]>;
  register(script: ScriptRegistration): Promise<void>;
  unregister(ids: string[]): Promise<void>;
  /** permissions.contains({ origins: [pattern] }). */
  hasOrigin(pattern: string): Promise<boolean>;
  /** permissions.remove({ origins: [pattern] }); false when the browser kept it. */
  removeOrigin(pattern: string): Promise<boolean>;
}

/** The match pattern of an origin: "https://news.example" -> "https://news.example/*". */
export function matchPatternOf(origin: string): string {
  const u = new URL(origin);
  // Match patterns take no port: the host covers every port of it.
  return `${u.protocol}//${u.hostname}/*`;
}

/** The registration id of an origin's script. */
export const registrationId = (origin: string): string => `${ALWAYS_ON_PREFIX}${origin}`;

/** The always-on sites, by origin, sorted. */
export async function listAlwaysOn(access: SiteAccess): Promise<AlwaysOnSite[]> {
  const scripts = await access.registered();
  return scripts
    .filter((s) => s.id.startsWith(ALWAYS_ON_PREFIX))
    .map((s) => ({ origin: s.id.slice(ALWAYS_ON_PREFIX.length) }))
    .sort((a, b) => (a.origin < b.origin ? -1 : a.origin > b.origin ? 1 : 0));
}

/** Turns one site on (needs its host permission) or off; answers the new list. Idempotent. */
export async function setAlwaysOn(access: SiteAccess, origin: string, on: boolean): Promise<AlwaysOnSite[]> {
  const id = registrationId(origin);
  const pattern = matchPatternOf(origin);
  const known = (await access.registered()).some((s) => s.id === id);
  if (on) {
    if (!(await access.hasOrigin(pattern)))
      throw new MessageError('restricted', `Sourcelight has no permission to read ${origin}; allow it when your browser asks.`);
    if (!known)
      await access.register({ id, matches: [pattern], js: [AUTO_START_SCRIPT, CONTENT_SCRIPT], runAt: 'document_idle', persistAcrossSessions: true });
  } else {
    if (known) await access.unregister([id]);
    // Give the permission back; the browser keeps permissions the manifest grants anyway.
    await access.removeOrigin(pattern).catch(() => false);
  }
  return listAlwaysOn(access);
}

/**
 * The reader took a site's permission away in the browser's own settings: its registration can no
 * longer run, so it goes too (permissions.onRemoved).
 */
export async function dropRevoked(access: SiteAccess, removedOrigins: readonly string[]): Promise<void> {
  const removed = new Set(removedOrigins);
  const stale = (await access.registered())
    .filter((s) => s.id.startsWith(ALWAYS_ON_PREFIX) && (s.matches ?? []).some((m) => removed.has(m)))
    .map((s) => s.id);
  if (stale.length) await access.unregister(stale);
}
