// npm start / npm run demo: serves the bundled sample article (../shared/corpus/seed) on
// 127.0.0.1, opens Debian's Chromium (playwright-core, never a downloaded browser) with the
// extension loaded, and annotates the article. `npm start` is headed when there is a display and
// stays open until the browser is closed or Ctrl+C; `--demo` runs headless, writes screenshots of
// the annotated page, the card and the popup to demo/, and exits.
//
// It loads dist/chrome-test: the shipped build plus the 127.0.0.1 host permission, so the page
// can be annotated without a click on the toolbar button (which works too).
import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SEED = resolve(ROOT, '../shared/corpus/seed/article.html');
const EXTENSION = join(ROOT, 'dist/chrome-test');
const DEMO_DIR = join(ROOT, 'demo');
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/lib/chromium/chromium';
const CHANNEL = 'sourcelight/1'; // src/shared/messages.ts CHANNEL

const demo = process.argv.includes('--demo');
const headed = !demo && !process.argv.includes('--headless') && Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

function die(message) {
  console.error(`sourcelight: ${message}`);
  process.exit(1);
}

if (!existsSync(SEED)) die(`the sample article is missing: ${SEED}`);
if (!existsSync(join(EXTENSION, 'manifest.json'))) die('dist/chrome-test is missing: run npm run build first');
if (!existsSync(CHROMIUM)) die(`Chromium not found at ${CHROMIUM} (apt-get install chromium, or set CHROME_PATH)`);

/** Serves the sample article at /article.html, and nothing else. */
async function serveSeed() {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/' || path === '/article.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(SEED));
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', ok));
  return { server, url: `http://127.0.0.1:${server.address().port}/article.html` };
}

/** Sends one typed message from an extension page (same envelope as src/shared/messages.ts). */
function call(page, type, payload) {
  return page.evaluate(
    ({ channel, type, payload }) => chrome.runtime.sendMessage({ channel, type, payload }),
    { channel: CHANNEL, type, payload },
  );
}

async function main() {
  const { server, url } = await serveSeed();
  const profile = mkdtempSync(join(tmpdir(), 'sourcelight-start-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: !headed,
    viewport: demo ? { width: 1280, height: 860 } : null,
    args: [
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const cleanUp = async () => {
    await context.close().catch(() => undefined);
    server.closeAllConnections();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  };
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void cleanUp().then(() => process.exit(0)));

  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  const article = context.pages()[0] ?? (await context.newPage());
  await article.goto(url);

  // An extension page asks the background to annotate the article's tab, like the toolbar button.
  const control = await context.newPage();
  await control.goto(`chrome-extension://${extensionId}/popup.html?tab=0`);
  const tabId = await control.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id ?? -1, url);
  const answer = await call(control, 'annotateTab', { tabId });
  await control.close();
  if (!answer?.ok) die(`could not annotate the sample article: ${answer?.error ?? 'no answer'}`);
  const report = answer.value;
  const painted = report.annotations.length - report.orphaned.length;
  console.log(`Sourcelight: ${painted} findings painted on ${url} (${report.orphaned.length} not found in the page).`);

  if (demo) {
    await writeScreenshots(context, article, extensionId, tabId, report);
    await cleanUp();
    return;
  }
  await article.bringToFront();
  console.log(headed ? 'Close the browser window (or press Ctrl+C) to stop.' : 'No display: running headless. Press Ctrl+C to stop.');
  await new Promise((done) => context.once('close', done));
  await cleanUp();
}

/** demo/: the annotated article, the card over a claim, and the popup's list. */
async function writeScreenshots(context, article, extensionId, tabId, report) {
  mkdirSync(DEMO_DIR, { recursive: true });
  // A claim is the most telling finding to show: scroll to the first one and open its card.
  const claim = report.annotations.find((a) => a.kind === 'claim' && !report.orphaned.includes(a.id)) ?? report.annotations[0];
  if (!claim) die('nothing was found to show');
  // Show every verdict style: a second claim needs a source, a quote is supported (through the
  // page, as the popup does it, so the page repaints; the demo's profile is thrown away).
  const control = await context.newPage();
  await control.goto(`chrome-extension://${extensionId}/popup.html?tab=0`);
  const painted = report.annotations.filter((a) => !report.orphaned.includes(a.id));
  const verdicts = [
    [painted.filter((a) => a.kind === 'claim')[1], 'needs-source'],
    [painted.find((a) => a.kind === 'quote'), 'supported'],
  ];
  for (const [annotation, tag] of verdicts) {
    if (!annotation) continue;
    await control.evaluate(
      ({ channel, tabId, id, tag }) => chrome.tabs.sendMessage(tabId, { channel, type: 'updateAnnotation', payload: { id, tags: [tag] } }),
      { channel: CHANNEL, tabId, id: annotation.id, tag },
    );
  }
  // Highlights have random names in the page; the content script says which one paints claims.
  const described = await control.evaluate(
    ({ channel, tabId }) => chrome.tabs.sendMessage(tabId, { channel, type: 'describePaint', payload: {} }),
    { channel: CHANNEL, tabId },
  );
  const claimName = Object.entries(described?.value?.layers ?? {}).find(([, layer]) => layer === 'kind-claim')?.[0] ?? '';
  await control.close();
  await article.bringToFront();
  const spot = await article.evaluate((claimName) => {
    const range = [...(CSS.highlights.get(claimName) ?? [])][0];
    if (!range) return null;
    const box = range.getBoundingClientRect();
    window.scrollBy(0, box.top - 260);
    const r = [...range.getClientRects()].find((x) => x.width > 4) ?? range.getBoundingClientRect();
    return { x: r.left + Math.min(20, r.width / 2), y: r.top + r.height / 2 };
  }, claimName);
  await article.waitForTimeout(300);
  await article.screenshot({ path: join(DEMO_DIR, 'annotated-page.png') });
  // Who speaks, by colour: where the second speaker's words start, several speakers are in view.
  const second = Object.entries(described?.value?.layers ?? {}).find(([, layer]) => layer === 'speaker-p1')?.[0] ?? '';
  const back = await article.evaluate((name) => {
    const at = window.scrollY;
    const range = [...(CSS.highlights.get(name) ?? [])][0];
    if (range) window.scrollBy(0, range.getBoundingClientRect().top - 320);
    return at;
  }, second);
  await article.waitForTimeout(300);
  await article.screenshot({ path: join(DEMO_DIR, 'speaker-colours.png') });
  await article.evaluate((y) => window.scrollTo(0, y), back);
  await article.waitForTimeout(200);
  if (spot) {
    await article.mouse.click(spot.x, spot.y);
    await article.waitForTimeout(200);
    // Show a verdict on the card, as a reader would set it (the demo's profile is thrown away).
    const button = await article.evaluate(() => {
      const b = document.querySelector('sourcelight-card')?.shadowRoot?.querySelector('[data-tag="disputed"]');
      const r = b?.getBoundingClientRect();
      return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
    });
    if (button) await article.mouse.click(button.x, button.y);
    // And a free-form tag of the reader's own, typed in the card's tag field.
    const field = await article.evaluate(() => {
      const f = document.querySelector('sourcelight-card')?.shadowRoot?.querySelector('.label-input');
      const r = f?.getBoundingClientRect();
      return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
    });
    if (field) {
      await article.mouse.click(field.x, field.y);
      await article.keyboard.type('follow up');
      await article.keyboard.press('Enter');
    }
    await article.waitForTimeout(300);
    await article.screenshot({ path: join(DEMO_DIR, 'card.png') });
    // The correction controls: "Someone else…" opens the typed-name field.
    await article.evaluate(() => {
      const root = document.querySelector('sourcelight-card')?.shadowRoot;
      const select = root?.querySelector('select[data-fix="speaker"]');
      if (select) {
        select.focus();
        select.value = select.options[select.options.length - 1].value;
      }
    });
    await article.keyboard.press('ArrowUp');
    await article.keyboard.press('ArrowDown');
    await article.waitForTimeout(200);
    const box = await article.evaluate(() => {
      const card = document.querySelector('sourcelight-card')?.shadowRoot?.querySelector('.card');
      const r = card?.getBoundingClientRect();
      return r ? { x: Math.max(0, r.left - 40), y: Math.max(0, r.top - 60), width: r.width + 80, height: r.height + 80 } : null;
    });
    await article.screenshot({ path: join(DEMO_DIR, 'card-corrections.png'), ...(box ? { clip: box } : {}) });
  }
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('.group-name', { timeout: 10_000 }).catch(() => undefined);
  await popup.waitForTimeout(200);
  await popup.screenshot({ path: join(DEMO_DIR, 'popup.png') });
  const legend = await popup.evaluate(() => {
    const r = document.querySelector('.legend')?.getBoundingClientRect();
    return r ? { x: r.left, y: r.top, width: r.width, height: r.height } : null;
  });
  if (legend) await popup.screenshot({ path: join(DEMO_DIR, 'legend.png'), clip: legend });
  console.log(`Screenshots written to ${DEMO_DIR}: annotated-page.png, speaker-colours.png, card.png, card-corrections.png, popup.png, legend.png`);
}

main().catch((e) => die(e instanceof Error ? e.message : String(e)));
