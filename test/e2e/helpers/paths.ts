// Where the e2e tests find the built extension and the shared corpus (beside the project).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (this file is test/e2e/helpers/paths.ts). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** ../shared/corpus, next to the project on every machine and in CI. */
export const CORPUS = resolve(ROOT, '../shared/corpus');
export const SEED_DIR = join(CORPUS, 'seed');
export const WEB_DEV_DIR = join(CORPUS, 'web-dev');

/** Test builds: the shipped extension plus the 127.0.0.1 host permission (see build.mjs). */
export const DIST = {
  chromium: join(ROOT, 'dist/chrome-test'),
  firefox: join(ROOT, 'dist/firefox-test'),
  firefoxShipped: join(ROOT, 'dist/firefox'),
} as const;

/** Debian's real Chromium binary (/usr/bin/chromium is a wrapper that adds flags of its own). */
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/lib/chromium/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Fails early with a sentence that says what to do, instead of a driver stack trace. */
export function requireBuilt(dir: string): void {
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir} is missing: run npm run build first`);
}
