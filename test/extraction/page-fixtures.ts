// Saved pages kept as fixtures, in the style of Mozilla Readability's test/test-pages/<slug>/:
// test/fixtures/pages/<slug>/source.html is the page, expected.json the engine's whole output on
// it. The fixture test compares them; `npm run fixtures:update` (scripts/update-fixtures.mjs)
// rewrites expected.json on purpose and says what changed, page by page and finding by finding.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../../src/core/extract';
import { pageWindow, readPageFile } from '../../src/node/load-page';
import { diffExtractions, type Json, type JsonObject } from './finding-diff';

/** The project folder: the nearest one holding package.json above this module (or its bundle in dist/). */
function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('no package.json above the fixture module');
    dir = up;
  }
  return dir;
}

export const FIXTURES_DIR = join(projectRoot(), 'test/fixtures/pages');
/** Every fixture is read at the same address, as Readability's test pages are. */
export const FIXTURE_URL = 'http://fakehost/test/page.html';

const SLUG = /^[a-z0-9][a-z0-9._-]*$/;

export const sourceOf = (slug: string) => join(FIXTURES_DIR, slug, 'source.html');
export const expectedOf = (slug: string) => join(FIXTURES_DIR, slug, 'expected.json');

/** The fixture folders (those holding a source.html), sorted. */
export function fixtureSlugs(): string[] {
  if (!existsSync(FIXTURES_DIR)) return [];
  return readdirSync(FIXTURES_DIR)
    .filter((name) => SLUG.test(name) && existsSync(sourceOf(name)))
    .sort();
}

const asObject = (v: unknown, what: string): JsonObject => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error(`${what} is not a JSON object`);
  return v as JsonObject;
};

/** The engine's extraction of a fixture page, as plain JSON (what expected.json holds). */
export function extractFixture(slug: string): JsonObject {
  const dom = pageWindow(readPageFile(sourceOf(slug)), FIXTURE_URL);
  try {
    const { extraction } = extract(dom.window.document, FIXTURE_URL);
    return asObject(JSON.parse(JSON.stringify(extraction)) as Json, `the extraction of ${slug}`);
  } finally {
    dom.window.close();
  }
}

/** The stored expected output of a fixture, or null when it has none yet. */
export function readExpected(slug: string): JsonObject | null {
  const file = expectedOf(slug);
  if (!existsSync(file)) return null;
  return asObject(JSON.parse(readFileSync(file, 'utf8')) as Json, relative(process.cwd(), file));
}

/** Two-space JSON with a final newline: small diffs in review, one finding field a line. */
export const formatExpected = (extraction: JsonObject) => `${JSON.stringify(extraction, null, 2)}\n`;

const USAGE = `usage: npm run fixtures:update [-- SLUG...]        rewrite expected.json of every (or the named) fixture
       npm run fixtures:update -- --add SLUG PAGE.html  copy a saved page in as a new fixture and write its expected.json`;

/**
 * The update script's work: rewrites expected.json of the named fixtures (all by default), after
 * adding a page with --add SLUG PAGE.html. Prints what changed; answers the exit code.
 */
export function updateFixtures(argv: readonly string[], log: (line: string) => void = (l) => process.stdout.write(`${l}\n`)): number {
  const slugs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') {
      log(USAGE);
      return 0;
    }
    if (a === '--add') {
      const slug = argv[i + 1];
      const page = argv[i + 2];
      if (!slug || !page || !SLUG.test(slug)) {
        log(USAGE);
        return 2;
      }
      try {
        readPageFile(page); // refuses binary junk or a missing file with its own message
      } catch (e) {
        log(e instanceof Error ? e.message : String(e));
        return 1;
      }
      mkdirSync(join(FIXTURES_DIR, slug), { recursive: true });
      copyFileSync(page, sourceOf(slug));
      slugs.push(slug);
      i += 2;
    } else if (a.startsWith('-')) {
      log(`unknown option ${a}\n${USAGE}`);
      return 2;
    } else {
      slugs.push(a);
    }
  }
  const known = fixtureSlugs();
  const targets = slugs.length ? slugs : known;
  const unknown = targets.filter((s) => !known.includes(s));
  if (unknown.length) {
    log(`no fixture ${unknown.join(', ')} under ${relative(process.cwd(), FIXTURES_DIR)} (have: ${known.join(', ')})`);
    return 2;
  }
  for (const slug of targets) {
    const actual = extractFixture(slug);
    const before = readExpected(slug);
    const findings = Array.isArray(actual.findings) ? actual.findings.length : 0;
    if (before === null) {
      log(`${slug}: written (${findings} findings)`);
    } else {
      const lines = diffExtractions(before, actual);
      log(`${slug}: ${lines.length === 0 ? 'unchanged' : `${lines.length} difference${lines.length === 1 ? '' : 's'}, rewritten`} (${findings} findings)`);
      for (const line of lines) log(`  ${line}`);
    }
    writeFileSync(expectedOf(slug), formatExpected(actual));
  }
  return 0;
}
