// Annotations that stay put, in a real browser (run the same way in Chromium and Firefox): the
// reader annotates and tags the seed article; the page comes back with its paragraphs shuffled
// and an ad inserted, and every tag is painted on its own words; a quoted paragraph is removed,
// and its annotation is reported orphaned but kept in the store; a paragraph the page injects two
// seconds after load is annotated without another click.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL, type PageReport } from '../../src/shared/messages';
import type { AnnotationRecord, Tag } from '../../src/shared/model';
import { launchers, type BrowserName, type TestBrowser, type TestPage } from './helpers/browsers';
import { annotate, openControl, ourErrors, paintedHighlights, storedArticle, tabIdOf, waitFor } from './helpers/extension';
import { tokens } from './helpers/gold';
import { SEED_DIR } from './helpers/paths';
import { startTestServer, type TestServer } from './helpers/server';

const STEP_TIMEOUT = 90_000;
const BLANK_PATH = '/blank.html';
const STORY_PATH = '/anchoring/story.html';
const LATE_PATH = '/anchoring/late.html';
const words = (text: string) => tokens(text).join(' ');

/** The seed page and the lines of its article paragraphs (one <p> per line in that file). */
function seedPage(): { lines: string[]; paragraphLines: number[] } {
  const lines = readFileSync(join(SEED_DIR, 'article.html'), 'utf8').split('\n');
  const paragraphLines = lines.flatMap((line, i) => (/^\s*<p>.*<\/p>\s*$/.test(line) ? [i] : []));
  return { lines, paragraphLines };
}

/** The page with its paragraphs in another order (a fixed permutation) and an ad among them. */
function shuffledWithAd(): string {
  const { lines, paragraphLines } = seedPage();
  const out = [...lines];
  const order = paragraphLines.map((_, i) => paragraphLines[(i * 5 + 3) % paragraphLines.length] as number);
  paragraphLines.forEach((slot, i) => (out[slot] = lines[order[i] as number] as string));
  const middle = paragraphLines[Math.floor(paragraphLines.length / 2)] as number;
  out[middle] = `${out[middle]}\n<div class="ad"><p>Advertisement</p><p>Try our new crossword app, free for a week.</p></div>`;
  return out.join('\n');
}

/** The page without the paragraph line that holds `text`. */
function withoutParagraphHolding(text: string): string {
  const { lines, paragraphLines } = seedPage();
  const want = words(text);
  return lines.filter((line, i) => !(paragraphLines.includes(i) && words(line.replace(/<[^>]+>/g, ' ')).includes(want))).join('\n');
}

/** The page, plus a paragraph with a new quotation that its own script adds two seconds after load. */
function withLateParagraph(): string {
  const late =
    '<script>setTimeout(function () { var p = document.createElement("p");' +
    ' p.textContent = "A harbour official said later that the talks were \\u201cgoing nowhere fast\\u201d, according to a statement.";' +
    ' document.querySelector("article").appendChild(p); }, 2000);</script>';
  return readFileSync(join(SEED_DIR, 'article.html'), 'utf8').replace('</body>', `${late}\n</body>`);
}

/** Sets tags on an annotation the way the popup does: through the tab's content script, which stores and repaints. */
async function setTags(control: TestPage, tabId: number, id: string, tags: Tag[]): Promise<void> {
  const result = await control.evaluate(
    async ({ channel, tabId, id, tags }) => {
      type Api = { tabs: { sendMessage(tab: number, m: unknown): Promise<unknown> } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      const api = (g.browser ?? g.chrome)!;
      return (await api.tabs.sendMessage(tabId, { channel, type: 'updateAnnotation', payload: { id, tags } })) as { ok: boolean };
    },
    { channel: CHANNEL, tabId, id, tags },
  );
  expect(result.ok).toBe(true);
}

/** Painted words per highlight name. */
async function painted(page: TestPage): Promise<Record<string, string[]>> {
  const all = await paintedHighlights(page);
  return Object.fromEntries(Object.entries(all).map(([name, texts]) => [name, texts.map(words)]));
}

export function anchoringScenario(name: BrowserName): void {
  describe(`annotations that stay put, in ${name}`, () => {
    let server: TestServer;
    let browser: TestBrowser;
    let page: TestPage;
    let control: TestPage;
    let tabId: number;
    let variant: 'original' | 'shuffled' | 'removed' = 'original';
    let first: PageReport;
    let disputed: AnnotationRecord;
    let supported: AnnotationRecord;

    beforeAll(async () => {
      server = await startTestServer();
      server.set(BLANK_PATH, '<!doctype html><title>blank</title><p>control page</p>');
      const original = readFileSync(join(SEED_DIR, 'article.html'), 'utf8');
      server.set(STORY_PATH, () =>
        variant === 'shuffled' ? shuffledWithAd() : variant === 'removed' ? withoutParagraphHolding(disputed.selectors.quote.exact) : original,
      );
      server.set(LATE_PATH, withLateParagraph());
      browser = await launchers[name]();
      page = await browser.newPage();
      await page.goto(server.url(STORY_PATH));
      control = await openControl(browser, server.url(BLANK_PATH));
      tabId = await tabIdOf(control, server.url(STORY_PATH));
    }, STEP_TIMEOUT);

    afterAll(async () => {
      await browser?.close().catch(() => undefined);
      await server?.close();
    });

    it('annotates and tags the seed article', async () => {
      first = await annotate(control, tabId);
      expect(first.state, String(first.message)).toBe('ready');
      expect(first.orphaned).toEqual([]);
      // Two quotes that each sit in one paragraph of the page source, to tag and to follow.
      const { lines, paragraphLines } = seedPage();
      const inOneParagraph = (a: AnnotationRecord) =>
        a.selectors.quote.exact.length >= 20 &&
        paragraphLines.filter((i) => words((lines[i] ?? '').replace(/<[^>]+>/g, ' ')).includes(words(a.selectors.quote.exact))).length === 1;
      const quotes = first.annotations.filter((a) => a.kind === 'quote' && inOneParagraph(a));
      expect(quotes.length).toBeGreaterThanOrEqual(2);
      disputed = quotes[0]!;
      supported = quotes[quotes.length - 1]!;
      await setTags(control, tabId, disputed.id, ['disputed']);
      await setTags(control, tabId, supported.id, ['supported']);
      const shown = await waitFor('the tags painted', () => painted(page), (p) => (p['sourcelight-disputed'] ?? []).length === 1 && (p['sourcelight-supported'] ?? []).length === 1);
      expect(shown['sourcelight-disputed']).toEqual([words(disputed.selectors.quote.exact)]);
    }, STEP_TIMEOUT);

    it('paints every tag on its own words after a reload with shuffled paragraphs and an ad', async () => {
      variant = 'shuffled';
      await page.reload();
      expect(await page.evaluate(() => document.querySelector('.ad') !== null, null)).toBe(true);
      const report = await annotate(control, tabId);
      expect(report.state).toBe('ready');
      const firstIds = new Set(first.annotations.map((a) => a.id));
      expect(report.orphaned.filter((id) => firstIds.has(id))).toEqual([]);
      // The same findings keep their rows (no duplicate of a stored finding whose context changed).
      const seen = new Set(first.annotations.map((a) => `${a.kind}:${words(a.selectors.quote.exact)}`));
      const duplicates = report.annotations.filter((a) => !firstIds.has(a.id) && seen.has(`${a.kind}:${words(a.selectors.quote.exact)}`));
      expect(duplicates.map((a) => a.selectors.quote.exact)).toEqual([]);
      const shown = await waitFor('the tags painted again', () => painted(page), (p) => (p['sourcelight-disputed'] ?? []).length === 1);
      expect(shown['sourcelight-disputed']).toEqual([words(disputed.selectors.quote.exact)]);
      expect(shown['sourcelight-supported']).toEqual([words(supported.selectors.quote.exact)]);
    }, STEP_TIMEOUT);

    it('reports the annotation of a removed paragraph as orphaned and keeps it', async () => {
      variant = 'removed';
      await page.reload();
      const report = await annotate(control, tabId);
      expect(report.state).toBe('ready');
      expect(report.orphaned).toContain(disputed.id);
      expect(report.orphaned).not.toContain(supported.id);
      const stored = await storedArticle(control, first.article!.url);
      const kept = stored.annotations.find((a) => a.id === disputed.id);
      expect(kept?.tags).toEqual(['disputed']);
      const shown = await painted(page);
      expect(shown['sourcelight-disputed'] ?? []).toEqual([]);
      expect(shown['sourcelight-supported']).toEqual([words(supported.selectors.quote.exact)]);
    }, STEP_TIMEOUT);

    it('annotates a paragraph that the page adds two seconds after load', async () => {
      await page.goto(server.url(LATE_PATH));
      const lateTab = await tabIdOf(control, server.url(LATE_PATH));
      const report = await annotate(control, lateTab);
      expect(report.state).toBe('ready');
      const late = 'going nowhere fast';
      const hasLate = (texts: string[]) => texts.some((t) => words(t) === words(late));
      // The first pass ran before the paragraph existed (else this test would prove nothing).
      expect(hasLate(report.annotations.map((a) => a.selectors.quote.exact))).toBe(false);
      await waitFor(
        'the late quotation stored',
        () => storedArticle(control, report.article!.url),
        (s) => hasLate(s.annotations.map((a) => a.selectors.quote.exact)),
        15_000,
      );
      await waitFor('the late quotation painted', () => painted(page), (p) => (p['sourcelight-quote'] ?? []).includes(words(late)), 15_000);
      expect(ourErrors(page.events)).toEqual([]);
    }, STEP_TIMEOUT);

    it('treats a single-page navigation (history API) as a new article', async () => {
      const next = '/anchoring/spa-next.html';
      await page.evaluate((path) => {
        history.pushState({}, '', path);
        const article = document.querySelector('article') as HTMLElement;
        // Invented story, long enough for Readability to take it for an article.
        const paras = [
          'The city council voted on Tuesday to close the old harbour bridge for repairs during the whole of next summer.',
          'The mayor said the closure was \u201cthe only responsible choice\u201d after engineers found cracks in two of its supports.',
          'Shop owners on both banks said they feared losing customers, and asked the council for help with the costs of the detour.',
          'A ferry will run every twenty minutes while the bridge is closed, the transport office said in a statement on its website.',
          'Work is expected to start in June and to last about fourteen weeks, weather permitting, according to the council.',
        ];
        article.replaceChildren(...paras.map((t) => Object.assign(document.createElement('p'), { textContent: t })));
        document.title = 'Harbour bridge to close for repairs';
      }, next);
      const stored = await waitFor(
        'the new story stored under its own address',
        () => storedArticle(control, server.url(next)),
        (s) => s.annotations.some((a) => words(a.selectors.quote.exact) === words('the only responsible choice')),
        15_000,
      );
      expect(stored.article?.url).toBe(server.url(next));
      await waitFor('the new story painted', () => painted(page), (p) => (p['sourcelight-quote'] ?? []).includes(words('the only responsible choice')), 15_000);
      expect(ourErrors(page.events)).toEqual([]);
    }, STEP_TIMEOUT);
  });
}
