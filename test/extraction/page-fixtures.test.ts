// The saved pages of test/fixtures/pages give exactly their expected.json: every field of every
// finding. A failure lists what changed finding by finding (finding-diff.ts); when the change is
// meant, `npm run fixtures:update` rewrites the expected files and the diff goes into review.
import { describe, expect, it } from 'vitest';
import { diffExtractions } from './finding-diff';
import { extractFixture, fixtureSlugs, readExpected } from './page-fixtures';

const slugs = fixtureSlugs();

describe('saved pages as fixtures', () => {
  it('keeps a few varied pages, each with its expected output', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(4);
    for (const slug of slugs) expect(readExpected(slug), `${slug}/expected.json (npm run fixtures:update writes it)`).not.toBeNull();
    const langs = new Set(slugs.map((s) => readExpected(s)?.lang));
    expect(langs.size).toBeGreaterThanOrEqual(3);
  });

  it.each(slugs)('%s gives its expected extraction', (slug) => {
    const expected = readExpected(slug);
    if (expected === null) throw new Error(`${slug} has no expected.json: run npm run fixtures:update -- ${slug}`);
    expect(Array.isArray(expected.findings) && expected.findings.length > 0).toBe(true);
    const lines = diffExtractions(expected, extractFixture(slug));
    // The lines themselves are the message: one per finding, unescaped, in reading order.
    const message = `${slug}: ${lines.length} difference(s) from expected.json; if meant, run npm run fixtures:update -- ${slug}\n  ${lines.join('\n  ')}\n`;
    expect(lines.length, message).toBe(0);
  });
});
