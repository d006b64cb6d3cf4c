// The library page in Debian's Chromium (playwright-core): annotate the seed article, tag a claim,
// find it in the library, export everything in each format (the browser really downloads a file),
// then import the JSON into a fresh profile and see the same library there.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseImport } from '../../src/format/import';
import { CHANNEL, type PageReport, type Result } from '../../src/shared/messages';
import type { AnnotationRecord } from '../../src/shared/model';
import { CHROMIUM_PATH, DIST, requireBuilt } from './helpers/paths';
import { chromiumArgs } from './helpers/browsers';
import { SEED_PATH, startTestServer, type TestServer } from './helpers/server';

const STEP = 90_000;

/** The cells of one CSV record without line breaks in it (RFC 4180 quoting, "" inside quotes). */
function csvCells(line: string): string[] {
  const cells: string[] = [];
  for (let i = 0; i <= line.length; ) {
    if (line[i] === '"') {
      let cell = '';
      for (i++; i < line.length; i++) {
        if (line[i] === '"' && line[i + 1] === '"') (cell += '"'), i++;
        else if (line[i] === '"') break;
        else cell += line[i];
      }
      cells.push(cell);
      i += 2; // the closing quote and the comma
    } else {
      const end = line.indexOf(',', i) === -1 ? line.length : line.indexOf(',', i);
      cells.push(line.slice(i, end));
      i = end + 1;
    }
  }
  return cells;
}

interface Launched {
  context: BrowserContext;
  extensionId: string;
  profile: string;
}

/** The id Chromium gives an unpacked extension: SHA-256 of its absolute path, hex mapped to a-p. */
function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

async function launch(): Promise<Launched> {
  requireBuilt(DIST.chromium);
  const profile = mkdtempSync(join(tmpdir(), 'sourcelight-library-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    args: chromiumArgs(DIST.chromium),
  });
  // On a loaded machine the worker may start late: then use the id Chromium derives from the path.
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 30_000 }).catch(() => undefined);
  return { context, extensionId: worker ? new URL(worker.url()).host : unpackedExtensionId(DIST.chromium), profile };
}

async function close(b: Launched | undefined): Promise<void> {
  if (!b) return;
  await b.context.close().catch(() => undefined);
  rmSync(b.profile, { recursive: true, force: true });
}

/** Sends one message of the typed map from an extension page, as the popup does. */
async function call<T>(control: Page, type: string, payload: unknown): Promise<T> {
  const result = await control.evaluate(
    async ({ channel, type, payload }) =>
      (await (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ channel, type, payload })) as Result<unknown>,
    { channel: CHANNEL, type, payload },
  );
  if (!result.ok) throw new Error(`${type} failed: ${result.error}`);
  return result.value as T;
}

async function openLibrary(b: Launched): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/library.html`);
  await page.waitForSelector('.counts');
  return page;
}

async function countsText(page: Page): Promise<string> {
  await page.waitForFunction(() => /\d+ annotations in \d+ articles/.test(document.querySelector('.counts')?.textContent ?? ''));
  return (await page.textContent('.counts')) ?? '';
}

/** Exports everything in one format and returns the downloaded file's name and text. */
async function exportAll(page: Page, format: string): Promise<{ name: string; text: string }> {
  await page.selectOption('select[aria-label="Export format"]', format);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Export everything')]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

const byId = (a: AnnotationRecord, b: AnnotationRecord) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe('library page in Chromium', () => {
  let server: TestServer;
  let first: Launched | undefined;
  let second: Launched | undefined;
  let report: PageReport;
  let claimId = '';
  let jsonExport = '';
  let libraryCounts = '';

  beforeAll(async () => {
    server = await startTestServer();
    server.set('/blank.html', '<!doctype html><title>blank</title>');
    first = await launch();
  }, STEP);

  afterAll(async () => {
    await close(first);
    await close(second);
    await server?.close();
  });

  it('annotates the seed article and tags a claim', async () => {
    const article = await first!.context.newPage();
    await article.goto(server.url(SEED_PATH));
    const control = await first!.context.newPage();
    await control.goto(`chrome-extension://${first!.extensionId}/popup.html?tab=0`);
    const tabId = await control.evaluate(async (u) => {
      const tabs = await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } }).chrome.tabs.query({});
      return tabs.find((t) => t.url === u)?.id ?? -1;
    }, server.url(SEED_PATH));
    expect(tabId).toBeGreaterThanOrEqual(0);
    // The page may still be settling when the first request comes: try again for a while.
    for (let attempt = 0; ; attempt++) {
      try {
        report = await call<PageReport>(control, 'annotateTab', { tabId });
        break;
      } catch (e) {
        if (attempt >= 10) throw e;
        await new Promise((r) => setTimeout(r, 500));
      }
    }
    expect(report.annotations.length).toBeGreaterThan(5);
    const claim = report.annotations.find((a) => a.kind === 'claim');
    expect(claim).toBeDefined();
    claimId = claim!.id;
    const updated = await call<AnnotationRecord>(control, 'updateAnnotation', { id: claimId, tags: ['disputed'], note: 'Ask for the <b>source</b>' });
    expect(updated.tags).toEqual(['disputed']);
    await control.close();
  }, STEP);

  it('lists every annotation, and finds the tagged claim by tag and by its note', async () => {
    const library = await openLibrary(first!);
    libraryCounts = await countsText(library);
    expect(libraryCounts).toContain(`${report.annotations.length} annotations in 1 articles`);
    await library.click('button.chip:has-text("Disputed")');
    await library.waitForFunction(() => document.querySelector('.counts')?.textContent?.includes('· 1 match'));
    await library.waitForSelector(`.row[data-id="${claimId}"]`);
    expect(await library.textContent(`.row[data-id="${claimId}"]`)).toContain('Note: Ask for the <b>source</b>');
    const href = await library.getAttribute(`.row[data-id="${claimId}"] a`, 'href');
    expect(href).toMatch(new RegExp(`^${server.url(SEED_PATH).replace(/[.?]/g, '\\$&')}#:~:text=`));
    await library.click('text=Clear filters');
    await library.fill('input[type=search]', 'source');
    await library.waitForSelector(`.row[data-id="${claimId}"]`);
    await library.close();
  }, STEP);

  it('exports everything in each format as a real download', async () => {
    const library = await openLibrary(first!);
    await countsText(library);
    const json = await exportAll(library, 'json');
    expect(json.name).toMatch(/^sourcelight-\d{4}-\d\d-\d\d\.json$/);
    const parsed = parseImport(json.text);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(parsed.bundle.annotations).toHaveLength(report.annotations.length);
    expect(parsed.bundle.annotations.find((a) => a.id === claimId)?.tags).toEqual(['disputed']);
    jsonExport = json.text;

    const w3c = await exportAll(library, 'w3c');
    expect(w3c.name).toMatch(/\.jsonld$/);
    const collection = JSON.parse(w3c.text) as { type: string; total: number; first: { items: Array<{ body?: Array<{ purpose: string; value: string }> }> } };
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(report.annotations.length);
    expect(collection.first.items.some((i) => i.body?.some((b) => b.purpose === 'tagging' && b.value === 'disputed'))).toBe(true);

    const csv = await exportAll(library, 'csv');
    expect(csv.name).toMatch(/\.csv$/);
    expect(csv.text.startsWith('\uFEFFarticle_title,speaker,kind,text,tags,note,date,article_url,')).toBe(true);
    const lines = csv.text.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(1, -1).filter((l) => /,(auto|manual)-[^,]*,/.test(l)).length).toBe(report.annotations.length);
    expect(lines).toHaveLength(report.annotations.length + 2);
    // Rows of one article in reading order; the date local ISO 8601 with its offset.
    const header = lines[0]!.split(',');
    const rows = lines.slice(1, -1).map(csvCells);
    const starts = rows.map((r) => Number(r[header.indexOf('start')]));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const r of rows) expect(r[header.indexOf('date')]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(rows.every((r) => r.length === header.length)).toBe(true);

    const md = await exportAll(library, 'md');
    expect(md.name).toMatch(/\.md$/);
    expect(md.text).toContain('### Claims');
    expect(md.text).toContain('`disputed`');
    expect(md.text).toContain('&lt;b&gt;source&lt;/b&gt;');
    expect(md.text).not.toMatch(/<b>/);
    await library.close();
  }, STEP);

  it('imports the JSON into a fresh profile and shows the same library', async () => {
    second = await launch();
    const library = await openLibrary(second);
    expect(await countsText(library)).toContain('0 annotations in 0 articles');
    const file = join(second.profile, 'import.json');
    writeFileSync(file, jsonExport);
    await library.setInputFiles('input[type=file]', file);
    await library.waitForSelector('.import-ok');
    expect(await library.textContent('.import-ok')).toContain(`${report.annotations.length} added, 0 merged, 0 skipped`);
    await library.waitForFunction((c) => document.querySelector('.counts')?.textContent === c, libraryCounts);

    // Importing the same file again merges nothing and skips everything.
    await library.setInputFiles('input[type=file]', file);
    await library.waitForFunction((n) => document.querySelector('.import-ok')?.textContent?.includes(`0 added, 0 merged, ${n} skipped`), report.annotations.length);

    // A broken file is refused with its first problem named, and nothing changes.
    const broken = join(second.profile, 'broken.json');
    writeFileSync(broken, jsonExport.replace('"version":1', '"version":7'));
    await library.setInputFiles('input[type=file]', broken);
    await library.waitForSelector('.import-error');
    expect(await library.textContent('.import-error')).toContain('schema version 7 is newer');

    // The same rows as in the first profile: export again and compare.
    const again = parseImport((await exportAll(library, 'json')).text);
    const before = parseImport(jsonExport);
    if (!again.ok || !before.ok) throw new Error('exports do not parse');
    expect([...again.bundle.annotations].sort(byId)).toEqual([...before.bundle.annotations].sort(byId));
    expect(again.bundle.articles).toEqual(before.bundle.articles);
    await library.close();
  }, STEP);

  it('imports a Hypothesis export through the library page: passages, tags as tags, notes, counted', async () => {
    if (!second) throw new Error('the import step before opens the second profile');
    const profile = second;
    const library = await openLibrary(profile);
    const before = await countsText(library);
    const hypothesisRow = (id: string, uri: string, exact: string, tags: string[], text: string) => ({
      id,
      created: '2025-03-04T10:11:12.345678+00:00',
      updated: '2025-03-05T08:00:00.000000+00:00',
      user: 'acct:reader@hypothes.is',
      uri,
      text,
      tags,
      group: '__world__',
      target: [{ source: uri, selector: [{ type: 'TextQuoteSelector', exact, prefix: 'officials said ', suffix: ' to the press' }, { type: 'TextPositionSelector', start: 100, end: 100 + exact.length }] }],
      document: { title: ['A story about leaks'] },
    });
    const file = join(profile.profile, 'hypothesis.json');
    writeFileSync(
      file,
      JSON.stringify({
        export_date: '2025-03-06T00:00:00Z',
        export_userid: 'acct:reader@hypothes.is',
        client_version: '1.0',
        annotations: [
          hypothesisRow('hypoRowA1', 'https://news.example/leaks', 'the report was leaked', ['hypokremlin', 'disputed'], 'Which report?'),
          hypothesisRow('hypoRowB2', 'https://news.example/leaks', 'nobody was told', [], 'Ask the ministry'),
        ],
      }),
    );
    await library.setInputFiles('input[type=file]', file);
    await library.waitForSelector('.import-ok');
    expect(await library.textContent('.import-ok')).toContain('2 added, 0 merged, 0 skipped');
    const [annotations, articles] = (before.match(/\d+/g) ?? []).map(Number) as [number, number];
    await library.waitForFunction((c) => document.querySelector('.counts')?.textContent === c, `${annotations + 2} annotations in ${articles + 1} articles`);
    // The tag is a tag (found by search, shown on the row), the verdict a verdict, the note a note.
    await library.fill('input[type=search]', 'hypokremlin');
    await library.waitForFunction(() => document.querySelectorAll('.row[data-id]').length === 1);
    const row = await library.textContent('.row[data-id]');
    expect(row).toContain('hypokremlin');
    expect(row).toContain('Which report?');
    expect(row).not.toContain('Tags:');
    await library.close();
  }, STEP);
});
