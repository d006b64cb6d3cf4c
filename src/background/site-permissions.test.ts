// "Always annotate on this site" against a fake browser: turning a site on needs its permission and
// registers content.js (after auto-start.js) for that origin only, persisting across sessions;
// turning it off unregisters it and gives the permission back; a permission revoked in the
// browser's settings drops the registration; the shipped manifest grants no host at all.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MessageError } from '../shared/messages';
import {
  AUTO_START_SCRIPT,
  dropRevoked,
  listAlwaysOn,
  matchPatternOf,
  registrationId,
  setAlwaysOn,
  type RegisteredScript,
  type SiteAccess,
} from './site-permissions';

function fakeBrowser(granted: string[] = []) {
  const scripts = new Map<string, RegisteredScript & { js?: string[]; persistAcrossSessions?: boolean }>();
  const origins = new Set(granted);
  const removed: string[] = [];
  const access: SiteAccess = {
    registered: async () => [...scripts.values()],
    register: async (s) => {
      if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
      scripts.set(s.id, s);
    },
    unregister: async (ids) => ids.forEach((id) => scripts.delete(id)),
    hasOrigin: async (p) => origins.has(p),
    removeOrigin: async (p) => {
      removed.push(p);
      return origins.delete(p);
    },
  };
  return { access, scripts, origins, removed };
}

describe('always annotate on this site', () => {
  it('ships with optional host permissions only', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'));
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(manifest.content_scripts).toBeUndefined();
  });

  it('turns a granted site on: one persistent registration for that origin', async () => {
    const b = fakeBrowser(['https://news.example/*']);
    expect(await setAlwaysOn(b.access, 'https://news.example', true)).toEqual([{ origin: 'https://news.example' }]);
    expect(b.scripts.get(registrationId('https://news.example'))).toEqual({
      id: 'sourcelight-always:https://news.example',
      matches: ['https://news.example/*'],
      js: [AUTO_START_SCRIPT, 'content.js'],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });
    // Again: no duplicate registration, no error.
    expect(await setAlwaysOn(b.access, 'https://news.example', true)).toHaveLength(1);
  });

  it('refuses a site whose permission the reader did not grant', async () => {
    const b = fakeBrowser();
    const error = await setAlwaysOn(b.access, 'https://other.example', true).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MessageError);
    expect((error as MessageError).code).toBe('restricted');
    expect(b.scripts.size).toBe(0);
  });

  it('turns a site off: unregisters it and gives the permission back', async () => {
    const b = fakeBrowser(['https://news.example/*', 'http://blog.example/*']);
    await setAlwaysOn(b.access, 'https://news.example', true);
    await setAlwaysOn(b.access, 'http://blog.example', true);
    expect(await setAlwaysOn(b.access, 'https://news.example', false)).toEqual([{ origin: 'http://blog.example' }]);
    expect(b.removed).toEqual(['https://news.example/*']);
    expect(b.origins.has('https://news.example/*')).toBe(false);
  });

  it('lists only its own registrations, sorted; ports do not go into match patterns', async () => {
    const b = fakeBrowser(['https://b.example/*', 'https://a.example/*']);
    b.scripts.set('someone-else', { id: 'someone-else', matches: ['https://x.example/*'] });
    await setAlwaysOn(b.access, 'https://b.example', true);
    await setAlwaysOn(b.access, 'https://a.example', true);
    expect(await listAlwaysOn(b.access)).toEqual([{ origin: 'https://a.example' }, { origin: 'https://b.example' }]);
    expect(matchPatternOf('http://127.0.0.1:8123')).toBe('http://127.0.0.1/*');
  });

  it('drops the registration of a site whose permission was revoked in the browser', async () => {
    const b = fakeBrowser(['https://news.example/*', 'https://keep.example/*']);
    await setAlwaysOn(b.access, 'https://news.example', true);
    await setAlwaysOn(b.access, 'https://keep.example', true);
    await dropRevoked(b.access, ['https://news.example/*']);
    expect(await listAlwaysOn(b.access)).toEqual([{ origin: 'https://keep.example' }]);
  });
});
