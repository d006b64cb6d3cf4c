// Checks the built extension (npm test builds first): web-ext lint passes the Firefox build with
// 0 errors, the shipped builds ask for the fewest permissions and no host at all, the test builds
// differ only by the local test host, and the store zips hold exactly the shipped folders.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = (p: string) => join(ROOT, 'dist', p);
const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;

type Manifest = Record<string, unknown> & { permissions?: string[]; host_permissions?: string[] };
const manifest = (dir: string): Manifest => JSON.parse(readFileSync(dist(`${dir}/manifest.json`), 'utf8'));

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

/** The entries of a zip file (name and inflated content), read with the central directory. */
function readZip(path: string): Map<string, Buffer> {
  const buf = readFileSync(path);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(eocd, `${path} has an end of central directory`).toBeGreaterThan(0);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(dataStart, dataStart + size);
    if (!name.endsWith('/')) entries.set(name, method === 8 ? inflateRawSync(raw) : Buffer.from(raw));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

beforeAll(() => {
  for (const dir of ['chrome', 'firefox', 'chrome-test', 'firefox-test'])
    if (!existsSync(dist(`${dir}/manifest.json`))) throw new Error(`dist/${dir} is missing: run npm run build first`);
});

describe('shipped builds', () => {
  it.each(['chrome', 'firefox'])('%s asks for activeTab, scripting and contextMenus only (Chromium: offscreen too), and no host', (dir) => {
    const m = manifest(dir);
    expect(m.manifest_version).toBe(3);
    expect(m.version).toBe(version);
    // Chromium's worker reads pages in an offscreen document (src/background/page-reader.ts).
    expect(m.permissions).toEqual(['activeTab', 'scripting', 'contextMenus', ...(dir === 'chrome' ? ['offscreen'] : [])]);
    expect(m.host_permissions).toBeUndefined();
    // "Always annotate on this site" asks for one site at a time, from the reader's click.
    expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(m.content_scripts).toBeUndefined();
    expect(m.web_accessible_resources).toBeUndefined();
    expect(JSON.stringify(m)).not.toMatch(/<all_urls>|127\.0\.0\.1|\*:\/\//);
  });

  it('one manifest serves both browsers (but for Chromium\'s offscreen permission), with a shortcut to annotate', () => {
    const chrome = manifest('chrome');
    expect(manifest('firefox')).toEqual({ ...chrome, permissions: chrome.permissions?.filter((p) => p !== 'offscreen') });
    expect(chrome.background).toEqual({ service_worker: 'background.js', scripts: ['background.js'] });
    expect(chrome.commands).toHaveProperty(['annotate-page', 'suggested_key', 'default']);
    expect(chrome.browser_specific_settings).toHaveProperty(['gecko', 'data_collection_permissions'], { required: ['none'] });
  });

  it.each(['chrome', 'firefox'])('%s holds every file its manifest and popup name', (dir) => {
    const files = filesUnder(dist(dir));
    const m = manifest(dir) as { icons: Record<string, string>; action: { default_popup: string } };
    for (const f of ['background.js', 'content.js', 'popup.js', 'popup.css', m.action.default_popup, ...Object.values(m.icons)])
      expect(files).toContain(f);
    // Every file popup.html refers to (script, style, icon, library link) is in the folder.
    const refs = [...readFileSync(dist(`${dir}/popup.html`), 'utf8').matchAll(/(?:src|href)="([^"]+)"/g)].map((r) => r[1]!);
    expect(refs.length).toBeGreaterThan(2);
    for (const ref of refs) expect(files, `popup.html refers to ${ref}`).toContain(ref);
    // Classic scripts: the same background.js runs as a service worker and a background script.
    for (const js of ['background.js', 'content.js', 'popup.js', 'auto-start.js', 'options.js'])
      expect(readFileSync(dist(`${dir}/${js}`), 'utf8')).not.toMatch(/^\s*(import|export)\s[^(]/m);
    // Chromium reads pages in its offscreen document; Firefox in its background page, and ships none.
    if (dir === 'chrome') expect(files).toEqual(expect.arrayContaining(['offscreen.html', 'offscreen.js']));
    else expect(files.filter((f) => f.startsWith('offscreen'))).toEqual([]);
  });
});

describe('lean bundles', () => {
  it.each(['chrome', 'firefox'])('%s: minified, with source maps; content.js holds no lexicon and no Readability (both run off the page)', (dir) => {
    const files = filesUnder(dist(dir));
    for (const js of files.filter((f) => f.endsWith('.js'))) {
      expect(files, `${js} has its source map`).toContain(`${js}.map`);
      expect(readFileSync(dist(`${dir}/${js}`), 'utf8')).toMatch(new RegExp(`//# sourceMappingURL=${js.replace('.', '\\.')}\\.map\\s*$`));
    }
    const content = readFileSync(dist(`${dir}/content.js`), 'utf8');
    // Minified: long lines (the few line breaks left are inside template literals).
    expect(content.length / content.split('\n').length).toBeGreaterThan(400);
    expect([...content.matchAll(/lang:"([a-z]+)"/g)].map((m) => m[1])).toEqual([]);
    expect(content).not.toMatch(/_grabArticle|_getArticleMetadata/);
    if (dir === 'chrome') expect(readFileSync(dist('chrome/offscreen.js'), 'utf8')).toMatch(/_grabArticle/);
    const background = readFileSync(dist(`${dir}/background.js`), 'utf8');
    expect([...background.matchAll(/lang:"([a-z]+)"/g)].map((m) => m[1]).sort()).toEqual(['cs', 'de', 'en', 'es', 'fr', 'pt', 'ru', 'zh']);
    expect(files.filter((f) => /lexicon/.test(f))).toEqual([]);
  });
});

describe('test builds', () => {
  it.each([
    ['chrome', 'chrome-test'],
    ['firefox', 'firefox-test'],
  ])('%s test build adds only the local test host', (shipped, test) => {
    const t = manifest(test);
    expect(t.host_permissions).toEqual(['http://127.0.0.1/*']);
    const { host_permissions: _h, web_accessible_resources: war, name, ...rest } = t;
    const { name: shippedName, ...shippedRest } = manifest(shipped);
    expect(rest).toEqual(shippedRest);
    expect(name).toBe(`${shippedName} (test build)`);
    if (war) expect(war).toEqual([{ resources: ['popup.html', 'library.html', 'options.html'], matches: ['http://127.0.0.1/*'] }]);
  });
});

describe('store zips', () => {
  it.each(['chrome', 'firefox'])('the %s zip holds exactly the shipped folder', (browser) => {
    const zip = dist(`sourcelight-${browser}-${version}.zip`);
    expect(existsSync(zip), zip).toBe(true);
    const entries = readZip(zip);
    expect([...entries.keys()].sort()).toEqual(filesUnder(dist(browser)));
    expect(entries.get('manifest.json')!.toString('utf8')).toBe(readFileSync(dist(`${browser}/manifest.json`), 'utf8'));
  });
});

describe('web-ext lint', () => {
  it('reports 0 errors for the Firefox build', { timeout: 120_000 }, async () => {
    const { default: webExt } = await import('web-ext');
    const result = (await webExt.cmd.lint(
      { sourceDir: dist('firefox'), output: 'none', boring: true, selfHosted: false, privileged: false, warningsAsErrors: false },
      { shouldExitProgram: false },
    ));
    expect(result.errors.map((e) => `${e.code}: ${e.message} (${e.file ?? ''})`)).toEqual([]);
  });
});
