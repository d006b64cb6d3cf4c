// The reader's story on the seed article, run the same way in Chromium and in Firefox: annotate,
// see every finding painted (the hand-labelled quotes among them), see the top speaker first in
// the popup, mark a claim disputed from the card, and find it still marked after annotating
// again, after a reload and after a browser restart on the same profile - while the page's own
// text nodes and storage stay untouched.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL, type PageReport } from '../../src/shared/messages';
import { launchers, type BrowserName, type TestBrowser, type TestPage } from './helpers/browsers';
import { annotate, injectAgain, openControl, ourErrors, paintedHighlights, rectOfPainted, storedArticle, tabIdOf, waitFor, watchFlash } from './helpers/extension';
import { matchGold, readSeedGold, tokens, topGoldSpeaker } from './helpers/gold';
import { SEED_PATH, startTestServer, type TestServer } from './helpers/server';

const STEP_TIMEOUT = 90_000;
const BLANK_PATH = '/blank.html';
/** Highlights that mark the pointer or a flash, not a finding. */
const TRANSIENT = new Set(['sourcelight-active', 'sourcelight-flash']);

const words = (text: string) => tokens(text).join(' ');

/** All painted finding ranges, as word strings (whitespace and typography do not matter). */
async function paintedWords(page: TestPage): Promise<string[]> {
  const painted = await paintedHighlights(page);
  return Object.entries(painted)
    .filter(([name]) => !TRANSIENT.has(name))
    .flatMap(([, texts]) => texts.map(words))
    .sort();
}

/** Records every change under <body> from now on (window.__sourcelightTestMutations). */
async function watchMutations(page: TestPage): Promise<void> {
  await page.evaluate(() => {
    const log: string[] = [];
    (window as unknown as { __mutations: string[] }).__mutations = log;
    new MutationObserver((records) => {
      for (const r of records) log.push(`${r.type} on ${r.target.nodeName}`);
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  }, null);
}

const mutations = (page: TestPage) => page.evaluate(() => (window as unknown as { __mutations?: string[] }).__mutations ?? ['observer missing'], null);

/** The card's state, read through its shadow root (open in test builds only). */
async function cardState(page: TestPage): Promise<{ open: boolean; speaker: string; pressed: string[] }> {
  return page.evaluate(() => {
    const root = document.querySelector('sourcelight-card')?.shadowRoot;
    const card = root?.querySelector<HTMLElement>('.card');
    if (!root || !card || card.hidden) return { open: false, speaker: '', pressed: [] };
    const pressed = [...root.querySelectorAll('[aria-pressed="true"]')].map((b) => b.getAttribute('data-tag') ?? '');
    return { open: true, speaker: root.querySelector('.speaker')?.textContent ?? '', pressed };
  }, null);
}

async function cardButtonCenter(page: TestPage, tag: string): Promise<{ x: number; y: number }> {
  const spot = await page.evaluate((t) => {
    const button = document.querySelector('sourcelight-card')?.shadowRoot?.querySelector(`[data-tag="${t}"]`);
    const r = button?.getBoundingClientRect();
    return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
  }, tag);
  if (!spot) throw new Error(`card button ${tag} not found`);
  return spot;
}

export function seedScenario(name: BrowserName): void {
  describe(`seed article in ${name}`, () => {
    const gold = readSeedGold();
    let server: TestServer;
    let profile: string;
    let browser: TestBrowser;
    let page: TestPage;
    let control: TestPage;
    let tabId: number;
    let first: PageReport;
    let disputedId = '';
    let disputedWords = '';

    const open = async () => {
      browser = await launchers[name]({ profile });
      page = await browser.newPage();
      await page.goto(server.url(SEED_PATH));
      await watchMutations(page);
      control = await openControl(browser, server.url(BLANK_PATH));
      tabId = await tabIdOf(control, server.url(SEED_PATH));
    };

    beforeAll(async () => {
      server = await startTestServer();
      server.set(BLANK_PATH, '<!doctype html><title>blank</title><p>control page</p>');
      profile = mkdtempSync(join(tmpdir(), `sourcelight-${name}-profile-`));
      await open();
    }, STEP_TIMEOUT);

    afterAll(async () => {
      await browser?.close().catch(() => undefined);
      await server?.close();
      if (profile) rmSync(profile, { recursive: true, force: true });
    });

    it('paints a highlight for every finding, all hand-labelled quotes among them', async () => {
      first = await annotate(control, tabId);
      expect(first.state, String(first.message)).toBe('ready');
      expect(first.highlightsSupported).toBe(true);
      expect(first.orphaned).toEqual([]);
      expect(first.annotations.length).toBeGreaterThan(0);
      const expected = first.annotations.map((a) => words(a.selectors.quote.exact)).sort();
      const painted = await waitFor('highlights', () => paintedWords(page), (p) => p.length >= expected.length);
      expect(painted).toEqual(expected);

      const quotes = (await paintedHighlights(page))['sourcelight-quote'] ?? [];
      const goldQuotes = gold.quotes.filter((q) => !q.optional).map((q) => q.text);
      expect(goldQuotes.length).toBeGreaterThanOrEqual(17);
      const { matched, missed } = matchGold(goldQuotes, quotes);
      expect(missed).toEqual([]);
      expect(matched).toBe(goldQuotes.length);
    }, STEP_TIMEOUT);

    it('lists the speaker with the most findings first in the popup', async () => {
      const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`, server.url(BLANK_PATH));
      const { names } = await waitFor(
        'speaker groups in the popup',
        () =>
          popup.evaluate(
            () => ({
              names: [...document.querySelectorAll('.group-name')].map((n) => n.textContent ?? ''),
              shows: document.body.innerText.slice(0, 300),
            }),
            null,
          ),
        (v) => v.names.length > 0,
      );
      const top = topGoldSpeaker(gold);
      expect(top.match.length).toBeGreaterThan(0);
      expect(top.match.some((m) => names[0]!.toLowerCase().includes(m.toLowerCase()))).toBe(true);

      // A click on a finding in the list scrolls the page to it and flashes it. The popup is a
      // tab of its own here, so the page is hidden: it flashes once it is shown.
      const flash = await watchFlash(page);
      const shown = await popup.evaluate(() => {
        const item = document.querySelector<HTMLElement>('li.finding.kind-quote');
        item?.querySelector<HTMLElement>('.finding-text')?.click();
        return item?.dataset.id ?? '';
      }, null);
      const shownWords = words(first.annotations.find((a) => a.id === shown)?.selectors.quote.exact ?? '');
      expect(shownWords).not.toBe('');
      await page.bringToFront();
      await waitFor('the flash', () => flash.seen(), (seen) => seen.map(words).includes(shownWords));
      await flash.stop();

      // A tag set in the list is stored and repainted in the page at once.
      await popup.evaluate((id) => {
        document.querySelector(`li.finding[data-id="${id}"] .tag-button.tag-supported`)?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      }, shown);
      await waitFor('the supported style', () => paintedHighlights(page), (p) => (p['sourcelight-supported'] ?? []).map(words).includes(shownWords));

      const errors = popup.events.filter((e) => e.kind === 'pageerror' || e.type === 'error');
      expect(errors).toEqual([]);
      await popup.close();
    }, STEP_TIMEOUT);

    it('previews the card on hover and closes it when the pointer leaves', async () => {
      await page.bringToFront();
      // The popup's click before scrolled the page smoothly to a finding: measure once it has come to rest.
      let lastY = -1;
      await waitFor('the page to stop scrolling', async () => {
        const y = await page.evaluate(() => window.scrollY, null);
        const still = y === lastY;
        lastY = y;
        return still;
      }, (still) => still);
      const claim = await rectOfPainted(page, 'sourcelight-claim', 0);
      expect(claim).not.toBeNull();
      await page.move(claim!.x, claim!.y);
      await page.move(claim!.x + 1, claim!.y);
      const card = await waitFor('the hover card', () => cardState(page), (c) => c.open);
      expect(card.speaker.length).toBeGreaterThan(0);
      await page.move(1270, 890);
      await page.move(1271, 891);
      await waitFor('the hover card to close', () => cardState(page), (c) => !c.open);
    }, STEP_TIMEOUT);

    it('opens the card on a claim, marks it disputed, saves and repaints it', async () => {
      await page.bringToFront();
      const claim = await rectOfPainted(page, 'sourcelight-claim', 0);
      expect(claim).not.toBeNull();
      await page.click(claim!.x, claim!.y);
      const card = await waitFor('the card', () => cardState(page), (c) => c.open);
      expect(card.pressed).toEqual([]);
      const button = await cardButtonCenter(page, 'disputed');
      await page.click(button.x, button.y);
      disputedWords = words(claim!.text);
      await waitFor(
        'the disputed style',
        () => paintedHighlights(page),
        (p) => (p['sourcelight-disputed'] ?? []).map(words).includes(disputedWords),
      );
      const stored = await storedArticle(control, first.article!.url);
      const disputed = stored.annotations.filter((a) => a.tags.includes('disputed'));
      expect(disputed).toHaveLength(1);
      expect(disputed[0]!.kind).toBe('claim');
      expect(words(disputed[0]!.selectors.quote.exact)).toBe(disputedWords);
      disputedId = disputed[0]!.id;
      expect((await cardState(page)).pressed).toEqual(['disputed']);
      await page.press('Escape');
      await waitFor('the card to close', () => cardState(page), (c) => !c.open);
    }, STEP_TIMEOUT);

    it('steps through the findings in reading order from the last one visited, focus in the card and back on Escape', async () => {
      // The shortcuts cannot be pressed headless: the test sends the message their command handler
      // sends (onCommand in src/background/commands.ts asks the tab to step).
      const step = (direction: 'next' | 'previous') =>
        control.evaluate(
          async ({ channel, tabId, direction }) => {
            type Api = { tabs: { sendMessage(tab: number, m: unknown): Promise<unknown> } };
            const g = globalThis as unknown as { browser?: Api; chrome?: Api };
            return (await (g.browser ?? g.chrome)!.tabs.sendMessage(tabId, { channel, type: 'step', payload: { direction } })) as { ok: boolean; value?: { id: string | null } };
          },
          { channel: CHANNEL, tabId, direction },
        );
      const painted = new Set((await storedArticle(control, first.article!.url)).annotations.map((a) => a.id));
      const order = first.annotations.map((a) => a.id).filter((id) => painted.has(id) && !first.orphaned.includes(id));
      const at = (k: number) => order[(k + order.length) % order.length];
      // The disputed claim's card was the last one open: the keys go on from there.
      const from = order.indexOf(disputedId);
      expect(from).toBeGreaterThanOrEqual(0);
      const visited: Array<string | null | undefined> = [];
      for (const direction of ['next', 'next', 'previous'] as const) {
        const answer = await step(direction);
        expect(answer.ok).toBe(true);
        visited.push(answer.value?.id);
      }
      expect(visited).toEqual([at(from + 1), at(from + 2), at(from + 1)]);
      await waitFor('the stepped-to card', () => cardState(page), (c) => c.open);
      const focused = await page.evaluate(() => document.activeElement?.tagName.toLowerCase() ?? '', null);
      expect(focused).toBe('sourcelight-card');
      // Tab never leaves the open card: a full round of Tabs stays inside it.
      for (let i = 0; i < 12; i++) await page.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase() ?? '', null)).toBe('sourcelight-card');
      await page.press('Escape');
      await waitFor('the card to close', () => cardState(page), (c) => !c.open);
      // Focus is back at the highlight it came from: out of the card, the caret at the highlight's start.
      const back = await page.evaluate(() => {
        const sel = getSelection();
        return { active: document.activeElement?.tagName.toLowerCase() ?? '', caret: sel?.anchorNode?.textContent ?? '' };
      }, null);
      expect(back.active).not.toBe('sourcelight-card');
      const visitedText = (await storedArticle(control, first.article!.url)).annotations.find((a) => a.id === at(from + 1))!.selectors.quote.exact;
      expect(words(back.caret)).toContain(tokens(visitedText)[0]!);
      // And the next step goes on from it.
      expect((await step('next')).value?.id).toBe(at(from + 2));
      await page.press('Escape');
      await waitFor('the card to close', () => cardState(page), (c) => !c.open);
    }, STEP_TIMEOUT);

    it("stores nothing in the page's origin and leaves the page's nodes untouched", async () => {
      const pageDatabases = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? ''), null);
      expect(pageDatabases).toEqual([]);
      expect(await page.evaluate(() => Object.keys(localStorage), null)).toEqual([]);
      expect(await mutations(page)).toEqual([]);
      expect(page.events.filter((e) => e.kind === 'pageerror')).toEqual([]);
      expect(ourErrors(page.events)).toEqual([]);
    }, STEP_TIMEOUT);

    it('injecting and annotating again reuses the page session: no new rows or highlights, tag kept', async () => {
      const before = await paintedWords(page);
      await injectAgain(control, tabId);
      const again = await annotate(control, tabId);
      expect(await paintedWords(page)).toEqual(before);
      // A second session would answer clicks too: exactly one card must open.
      await page.bringToFront();
      const quote = await rectOfPainted(page, 'sourcelight-quote', 0);
      await page.click(quote!.x, quote!.y);
      await waitFor('the card', () => cardState(page), (c) => c.open);
      expect(await page.evaluate(() => document.querySelectorAll('sourcelight-card').length, null)).toBe(1);
      await page.press('Escape');
      expect(again.annotations.map((a) => a.id).sort()).toEqual(first.annotations.map((a) => a.id).sort());
      expect(again.annotations.find((a) => a.id === disputedId)?.tags).toEqual(['disputed']);
    }, STEP_TIMEOUT);

    const expectStillDisputed = async () => {
      const report = await annotate(control, tabId);
      expect(report.state, String(report.message)).toBe('ready');
      expect(report.annotations).toHaveLength(first.annotations.length);
      expect(report.annotations.find((a) => a.id === disputedId)?.tags).toEqual(['disputed']);
      const painted = await waitFor('the disputed claim', () => paintedHighlights(page), (p) => (p['sourcelight-disputed'] ?? []).length > 0);
      expect((painted['sourcelight-disputed'] ?? []).map(words)).toEqual([disputedWords]);
      expect(await mutations(page)).toEqual([]);
    };

    it('still shows the claim disputed after a reload', async () => {
      await page.reload();
      await watchMutations(page);
      await expectStillDisputed();
    }, STEP_TIMEOUT);

    it('still shows the claim disputed after a browser restart on the same profile', async () => {
      await browser.close();
      await open();
      await expectStillDisputed();
    }, STEP_TIMEOUT);
  });
}
