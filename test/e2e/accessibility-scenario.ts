// axe-core (a dev dependency) on every screen of the extension, in light and dark, in Chromium and
// Firefox ESR: the popup with its list and in its empty state, the library, the options page, and
// the card open on a highlight. 0 violations. Each run's summary is printed for the report.
// Chromium switches the colour scheme per tab; Firefox's driver here cannot, so Firefox is
// launched once per scheme with the content colour-scheme pref. The library is checked at 400 px
// wide in both (Firefox: WebDriver BiDi browsingContext.setViewport, see helpers/browsers.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserName, TestPage } from './helpers/browsers';
import { annotate, callTab, paintDescription, tabIdOf, waitFor } from './helpers/extension';
import { SEED_PATH } from './helpers/server';
import { BLANK_PATH, openSession, type E2eSession } from './helpers/session';

const TIMEOUT = 120_000;
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const EMPTY_PATH = '/no-quotes.html';
const EMPTY_PAGE = `<!doctype html><html lang="en"><head><title>Harbour works</title></head><body><main><article>
<h1>Harbour works start next week</h1>
${'<p>The harbour works start next week and last until the spring. The road along the quay stays open, with one lane closed at a time during the day. Boats can use the north basin.</p>'.repeat(6)}
</article></main></body></html>`;

interface AxeSummary {
  violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[]; failureSummary?: string }> }>;
  passes: number;
}

/** Runs axe in the page (within `within` only, when given) and answers its violations. */
async function axe(page: TestPage, within?: string): Promise<AxeSummary> {
  await page.runScript!(AXE_SOURCE);
  return page.evaluate(async (within) => {
    const w = window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeSummary['violations']; passes: unknown[] }> } };
    const context = within ? { include: [[within]] } : document;
    const result = await w.axe.run(context, { resultTypes: ['violations'] });
    return {
      violations: result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
      })),
      passes: result.passes.length,
    };
  }, within ?? null);
}

export function accessibilityScenario(name: BrowserName): void {
  // Chromium: one browser, the scheme switched per tab. Firefox: one browser per scheme.
  const runs: Array<Array<'light' | 'dark'>> = name === 'chromium' ? [['light', 'dark']] : [['light'], ['dark']];
  for (const schemes of runs) schemeRun(name, schemes);
}

function schemeRun(name: BrowserName, schemes: Array<'light' | 'dark'>): void {
describe(`accessibility (axe-core) in ${name}, ${schemes.join(' and ')}`, () => {
  let s: E2eSession;
  let tabId: number;
  const summaries: string[] = [];
  const perTab = name === 'chromium';
  /** Puts a page in the scheme (Chromium), or checks that the launch pref did (Firefox). */
  const inScheme = async (page: TestPage, scheme: 'light' | 'dark') => {
    if (perTab) await page.colorScheme!(scheme);
    const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches, null);
    expect(dark, `the page sees ${scheme}`).toBe(scheme === 'dark');
  };

  beforeAll(async () => {
    s = await openSession(name, perTab ? {} : { colorScheme: schemes[0] });
    s.server.set(EMPTY_PATH, EMPTY_PAGE);
    await s.page.goto(s.server.url(SEED_PATH));
    tabId = await tabIdOf(s.control, s.server.url(SEED_PATH));
    await annotate(s.control, tabId);
  }, TIMEOUT);

  afterAll(async () => {
    console.log(`axe summary (${name}):\n${summaries.join('\n')}`);
    await s?.close();
  });

  for (const scheme of schemes) {
    it(`finds 0 violations on the popup list, the library and the options page (${scheme})`, async () => {
      const screens: Array<[string, string, string]> = [
        ['popup (list)', `popup.html?tab=${tabId}`, '.group-name'],
        ['library', 'library.html', 'main'],
        ['options', 'options.html', 'main'],
      ];
      for (const [label, path, ready] of screens) {
        const page = await s.browser.openExtensionPage(path, s.server.url(BLANK_PATH));
        await page.setViewport(label === 'library' ? 400 : 800, 700);
        await waitFor(`${label} ready`, () => page.evaluate((sel) => document.querySelector(sel) !== null, ready), Boolean);
        await inScheme(page, scheme);
        const result = await axe(page);
        summaries.push(`  ${label}, ${scheme}: ${result.violations.length} violations, ${result.passes} rules passed`);
        expect(result.violations, `${label} (${scheme})`).toEqual([]);
        if (label === 'library') {
          // 400 px wide: nothing runs off the side.
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth, null);
          expect(overflow, 'library at 400 px').toBeLessThanOrEqual(0);
        }
        await page.close();
      }
    }, TIMEOUT);

    it(`finds 0 violations on the popup's empty state and the open card (${scheme})`, async () => {
      const empty = await s.browser.newPage();
      await empty.goto(s.server.url(EMPTY_PATH));
      const emptyTab = await tabIdOf(s.control, s.server.url(EMPTY_PATH));
      const popup = await s.browser.openExtensionPage(`popup.html?tab=${emptyTab}`, s.server.url(BLANK_PATH));
      await inScheme(popup, scheme);
      await waitFor('the empty state', () => popup.evaluate(() => document.querySelector('.state-title')?.textContent ?? '', null), (t) => t !== '' && !/Reading/.test(t));
      const emptyResult = await axe(popup);
      summaries.push(`  popup (empty state), ${scheme}: ${emptyResult.violations.length} violations, ${emptyResult.passes} rules passed`);
      expect(emptyResult.violations, `popup empty (${scheme})`).toEqual([]);
      await popup.close();
      await empty.close();

      await inScheme(s.page, scheme);
      await s.page.bringToFront();
      await callTab(s.control, tabId, 'step', { direction: 'next' });
      await waitFor('the card open', () => paintDescription(s.page, s.control), (d) => typeof d?.card === 'string');
      const cardResult = await axe(s.page, 'sourcelight-card');
      summaries.push(`  open card, ${scheme}: ${cardResult.violations.length} violations, ${cardResult.passes} rules passed`);
      expect(cardResult.violations, `card (${scheme})`).toEqual([]);
      // The card follows the scheme: a dark card in dark mode, a light one in light mode.
      const background = await s.page.evaluate(() => {
        const card = document.querySelector('sourcelight-card')?.shadowRoot?.querySelector('.card');
        return card ? getComputedStyle(card).backgroundColor : '';
      }, null);
      const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number) as [number, number, number];
      const lightness = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
      if (scheme === 'dark') expect(lightness, `card background ${background}`).toBeLessThan(0.25);
      else expect(lightness, `card background ${background}`).toBeGreaterThan(0.85);
      await s.page.press('Escape');
    }, TIMEOUT);
  }
});
}
