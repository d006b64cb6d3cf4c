// The engine gives the same findings wherever it runs: on every web-dev page and the seed page,
// what the extension stores in a real browser (kind, text, speaker, speaker kind, cue and quoted
// span with its context, of each finding) is what the Node engine finds on the same HTML under jsdom. One file per browser compares it with Node, so
// Node, Chromium and Firefox all agree when both pass.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticle } from '../../src/core/article';
import { extract } from '../../src/core/extract';
import {
  CUE_START, WORD_ANONYMOUS_HEAD, WORD_FEMALE, WORD_HONORIFIC, WORD_MALE, WORD_NEUTER, WORD_ORG_HEAD, WORD_PLURAL, WORD_TITLE,
  WORD_TITLE_LOOSE,
} from '../../src/core/lexicon/compiled';
import { lexiconFor } from '../../src/core/lexicon/index';
import { tokensOfCuts, unspacedTokens, type Cut } from '../../src/core/unspaced';
import { pageWindow } from '../../src/node/load-page';
import type { TextQuoteSelector } from '../../src/core/types';
import type { BrowserName } from './helpers/browsers';
import { annotate, tabIdOf } from './helpers/extension';
import { SEED_DIR, WEB_DEV_DIR } from './helpers/paths';
import { SEED_PATH, webDevPages, webDevPath } from './helpers/server';
import { openSession, type E2eSession } from './helpers/session';

const TIMEOUT = 60_000;

/** What must agree: the finding as the reader sees it, and the span it is anchored by. */
export interface Seen {
  kind: string;
  text: string;
  speaker: string | null;
  speakerKind: string;
  cue: string | null;
  quote: { exact: string; prefix: string; suffix: string };
}

interface PageCase {
  name: string;
  path: string;
  file: string;
}

function cases(): PageCase[] {
  return [
    { name: 'seed', path: SEED_PATH, file: join(SEED_DIR, 'article.html') },
    ...webDevPages().map((slug) => ({ name: slug, path: webDevPath(slug), file: join(WEB_DEV_DIR, slug, 'article.html') })),
  ];
}

function asSeen(kind: string, text: string, speaker: string | null, speakerKind: string, cue: string | null, q: TextQuoteSelector): Seen {
  return { kind, text, speaker, speakerKind, cue, quote: { exact: q.exact, prefix: q.prefix, suffix: q.suffix } };
}

const key = (f: Seen) => JSON.stringify([f.kind, f.text, f.speaker, f.speakerKind, f.cue, f.quote.exact, f.quote.prefix, f.quote.suffix]);
const sorted = (list: Seen[]) => [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

/**
 * The Node engine's findings on the page as the browser is served it (same URL), one per kind and
 * quote selector, as the content script stores them (it keeps one row per span).
 */
function nodeFindings(file: string, url: string): Seen[] {
  const dom = pageWindow(readFileSync(file, 'utf8'), url);
  try {
    const spans = new Set<string>();
    const out: Seen[] = [];
    for (const f of extract(dom.window.document, url).extraction.findings) {
      const span = JSON.stringify([f.kind, f.selector.exact, f.selector.prefix, f.selector.suffix]);
      if (spans.has(span)) continue;
      spans.add(span);
      out.push(asSeen(f.kind, f.text, f.speaker, f.speakerKind, f.cue, f.selector));
    }
    return out;
  } finally {
    dom.window.close();
  }
}

/** Findings only one side has, one line each, for a failure message that says what differs. */
function difference(node: Seen[], browser: Seen[], name: BrowserName): string[] {
  const count = (list: Seen[]) => list.reduce((m, f) => m.set(key(f), (m.get(key(f)) ?? 0) + 1), new Map<string, number>());
  const a = count(node);
  const b = count(browser);
  const lines: string[] = [];
  for (const [k, n] of a) for (let i = b.get(k) ?? 0; i < n; i++) lines.push(`only in node:    ${k}`);
  for (const [k, n] of b) for (let i = a.get(k) ?? 0; i < n; i++) lines.push(`only in ${name}: ${k}`);
  return lines;
}

/** Lexicon words that decide a finding or its speaker: cues, titles, bodies, pronouns, anonymous heads. */
const DECIDING = CUE_START | WORD_HONORIFIC | WORD_ORG_HEAD | WORD_TITLE | WORD_TITLE_LOOSE | WORD_MALE | WORD_FEMALE | WORD_PLURAL | WORD_NEUTER | WORD_ANONYMOUS_HEAD;

/** The web-dev pages written without spaces, whose words Intl.Segmenter cuts by its own dictionary. */
const UNSPACED = ['gmw'];

export function sameFindingsScenario(name: BrowserName): void {
  const pages = cases();
  describe(`the same findings in Node and ${name}`, () => {
    let session: E2eSession;

    beforeAll(async () => {
      session = await openSession(name);
    }, TIMEOUT);

    afterAll(() => session?.close());

    it('has the seed page and the web-dev pages to compare', () => {
      expect(pages.length).toBeGreaterThanOrEqual(11);
    });

    it.each(pages.map((p) => [p.name, p] as const))('%s', async (_name, c) => {
      const { server, page, control } = session;
      const url = server.url(c.path);
      const expected = nodeFindings(c.file, url);
      expect(expected.length).toBeGreaterThan(0);
      await page.goto(url);
      const report = await annotate(control, await tabIdOf(control, url));
      expect(report.state, String(report.message)).toBe('ready');
      const got: Seen[] = report.annotations
        .filter((a) => a.origin === 'auto')
        .map((a) => asSeen(a.kind, a.text, a.speaker, a.speakerKind, a.cue, a.selectors.quote));
      expect(difference(expected, got, name)).toEqual([]);
      expect(sorted(got)).toEqual(sorted(expected));
    }, TIMEOUT);

    // Each browser's segmenter cuts Chinese words its own way (Firefox's differs from V8's in most
    // paragraphs). The words the engine decides by must come out the same whichever cuts it gets.
    it.each(UNSPACED.filter((slug) => webDevPages().includes(slug)))('%s: the deciding words are the same with this browser\'s word cuts', async (slug) => {
      const { server, page } = session;
      const url = server.url(webDevPath(slug));
      const dom = pageWindow(readFileSync(join(WEB_DEV_DIR, slug, 'article.html'), 'utf8'), url);
      const article = readArticle(dom.window.document, url);
      dom.window.close();
      const lex = lexiconFor(article.lang);
      const paragraphs = article.paragraphs.map((p) => article.text.slice(p.start, p.end));
      await page.goto(url);
      const cuts = await page.evaluate(
        ({ lang, texts }) =>
          texts.map((t) => [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(t)].map((s) => ({ start: s.index, end: s.index + s.segment.length }))),
        { lang: lex.lang, texts: paragraphs },
      );
      const deciding = (tokens: ReturnType<typeof unspacedTokens>) => tokens.filter((t) => (t.flags & DECIDING) !== 0).map((t) => `${t.start}:${t.text}`);
      expect(paragraphs.length).toBeGreaterThan(10);
      paragraphs.forEach((text, i) => {
        const browserCuts: Cut[] = cuts[i] ?? [];
        expect(deciding(tokensOfCuts(text, 0, browserCuts, lex)), `paragraph ${i}`).toEqual(deciding(unspacedTokens(text, 0, text.length, lex)));
      });
    }, TIMEOUT);
  });
}
