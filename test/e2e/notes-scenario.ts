// A note is never lost (issue 11, item 4), in a real browser (the same steps in Chromium and
// Firefox): the reader opens the card of a finding, clicks into the note, types, and closes the
// tab at once, or reloads it at once. The note must be stored, whole, both times: the card
// sends every change as it is typed and flushes on pagehide / visibilitychange.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL } from '../../src/shared/messages';
import type { BrowserName, TestPage } from './helpers/browsers';
import { annotate, ourErrors, storedArticle, tabIdOf, waitFor } from './helpers/extension';
import { SEED_PATH } from './helpers/server';
import { openSession, type E2eSession } from './helpers/session';

const STEP_TIMEOUT = 90_000;

/** Asks the tab to step to its next finding and open the card (what Alt+Shift+. does). */
async function stepToNext(control: TestPage, tabId: number): Promise<string> {
  const answer = await control.evaluate(
    async ({ channel, tabId }) => {
      type Api = { tabs: { sendMessage(tab: number, m: unknown): Promise<unknown> } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      return (await (g.browser ?? g.chrome)!.tabs.sendMessage(tabId, { channel, type: 'step', payload: { direction: 'next' } })) as {
        ok: boolean;
        value?: { id: string | null };
      };
    },
    { channel: CHANNEL, tabId },
  );
  if (!answer.ok || !answer.value?.id) throw new Error(`step failed: ${JSON.stringify(answer)}`);
  return answer.value.id;
}

/** The centre of the open card's note field (the test build's card has an open shadow root). */
async function noteField(page: TestPage): Promise<{ x: number; y: number } | null> {
  return page.evaluate(() => {
    const root = document.querySelector('sourcelight-card')?.shadowRoot;
    const card = root?.querySelector<HTMLElement>('.card');
    const note = root?.querySelector('textarea');
    if (!card || card.hidden || !note) return null;
    note.scrollIntoView({ block: 'center' });
    const r = note.getBoundingClientRect();
    return r.width > 0 ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
  }, null);
}

/** Opens the card of the finding `steps` on from the start, clicks into its note and types text with real key presses. */
async function typeNote(s: E2eSession, page: TestPage, text: string, steps: number): Promise<{ id: string; url: string }> {
  await page.bringToFront();
  const tabId = await tabIdOf(s.control, s.server.url(SEED_PATH));
  const report = await annotate(s.control, tabId);
  expect(report.state, String(report.message)).toBe('ready');
  let id = '';
  for (let i = 0; i < steps; i++) id = await stepToNext(s.control, tabId);
  const spot = await waitFor('the card with its note field', () => noteField(page), (p) => p !== null);
  await page.click(spot!.x, spot!.y);
  await waitFor(
    'focus in the note field',
    () => page.evaluate(() => document.querySelector('sourcelight-card')?.shadowRoot?.activeElement?.tagName === 'TEXTAREA', null),
    (f) => f,
  );
  for (const ch of text) await page.press(ch);
  return { id, url: report.article!.url };
}

export function notesScenario(name: BrowserName): void {
  describe(`a note typed just before the tab goes, in ${name}`, () => {
    let s: E2eSession;

    beforeAll(async () => {
      s = await openSession(name);
    }, STEP_TIMEOUT);
    afterAll(async () => {
      await s?.close();
    });

    it('is stored when the tab is closed at once after the last key', async () => {
      await s.page.goto(s.server.url(SEED_PATH));
      const text = 'Check the ministry figures';
      const { id, url } = await typeNote(s, s.page, text, 1);
      const errors = ourErrors(s.page.events);
      await s.page.close();
      const stored = await waitFor(
        'the note in the database',
        async () => (await storedArticle(s.control, url)).annotations.find((a) => a.id === id)?.note ?? null,
        (note) => note === text,
      );
      expect(stored).toBe(text);
      expect(errors).toEqual([]);
    }, STEP_TIMEOUT);

    it('is stored when the tab is reloaded at once after the last key, and the card shows it again', async () => {
      const page = await s.browser.newPage();
      await page.goto(s.server.url(SEED_PATH));
      const text = 'Second source needed';
      const { id, url } = await typeNote(s, page, text, 2); // the second finding: its note is empty
      await page.reload();
      const stored = await waitFor(
        'the note in the database',
        async () => (await storedArticle(s.control, url)).annotations.find((a) => a.id === id)?.note ?? null,
        (note) => note === text,
      );
      expect(stored).toBe(text);
      // The page as the reader finds it again: annotated, the same card, the whole note in it.
      const tabId = await tabIdOf(s.control, s.server.url(SEED_PATH));
      await annotate(s.control, tabId);
      await stepToNext(s.control, tabId);
      expect(await stepToNext(s.control, tabId)).toBe(id);
      const shown = await waitFor(
        'the note in the card',
        () => page.evaluate(() => document.querySelector('sourcelight-card')?.shadowRoot?.querySelector('textarea')?.value ?? null, null),
        (v) => v === text,
      );
      expect(shown).toBe(text);
      expect(ourErrors(page.events)).toEqual([]);
      await page.close();
    }, STEP_TIMEOUT);
  });
}
