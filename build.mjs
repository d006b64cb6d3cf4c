// Builds everything from src/ with esbuild: the Node CLI and benchmark (dist/*.js) and the
// extension for each browser (dist/chrome, dist/firefox, and a zip of each).
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const watch = process.argv.includes('--watch');
/** `node build.mjs --extension` rebuilds only the extension (quick loop while working on it). */
const extensionOnly = process.argv.includes('--extension');
/** `node build.mjs --node` rebuilds only the Node programs (CLI, benchmark, corpus predictor). */
const nodeOnly = process.argv.includes('--node');
/** `node build.mjs --no-minify`: readable bundles (profiling the content script by function name). */
const noMinify = process.argv.includes('--no-minify');
if (!extensionOnly && !nodeOnly) rmSync('dist', { recursive: true, force: true });
if (!nodeOnly) for (const dir of ['chrome', 'chrome-test', 'firefox', 'firefox-test']) rmSync(`dist/${dir}`, { recursive: true, force: true });
mkdirSync('dist', { recursive: true });

/** Node programs: dependencies stay in node_modules (jsdom cannot be bundled). */
async function buildNode() {
  await build({
    entryPoints: { cli: 'src/cli/main.ts', bench: 'bench/main.ts', 'bench-browser': 'bench/browser/main.ts', 'bench-steps': 'bench/browser/steps.ts', 'bench-big': 'bench/browser/big-pages.ts', predict: 'src/node/predict.ts', fuzz: 'src/fuzz/main.ts' },
    outdir: 'dist',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // esbuild writes a regex literal with \p{…} as `new RegExp(…)` for Node (its table marks the
    // escapes unsupported there for want of the newest Unicode data): a RegExp built at every
    // evaluation, where a literal is a cheap copy. Node 20 reads them (the browsers' bundles keep
    // them too); the engine in Node was 4-5 % slower for it.
    supported: { 'regexp-unicode-property-escapes': true },
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
}

// ---------------------------------------------------------------------------------------------
// The extension: one manifest.json for both browsers, classic (IIFE) bundles so that the same
// background.js runs as Chromium's service worker and as Firefox's background script.

/** Bundles of the extension: output name -> entry module. */
const EXTENSION_ENTRIES = {
  background: 'src/background/main.ts',
  content: 'src/content/main.ts',
  // Runs before content.js on "always annotate" sites (src/background/site-permissions.ts).
  'auto-start': 'src/content/auto-start.ts',
  popup: 'src/popup/main.tsx',
  library: 'src/library/main.tsx',
  // The always-on sites list (options.html, and a slot in the library page).
  options: 'src/options/main.tsx',
  // Chromium's offscreen document: Readability and the engine on the page's markup (src/background/page-reader.ts).
  offscreen: 'src/offscreen/main.ts',
};
/** Files copied as they are: source -> name in the extension folder. */
const EXTENSION_STATIC = {
  'src/shared/theme.css': 'theme.css',
  'src/popup/popup.html': 'popup.html',
  'src/popup/popup.css': 'popup.css',
  'src/library/library.html': 'library.html',
  'src/library/library.css': 'library.css',
  'src/options/options.html': 'options.html',
  'src/options/options.css': 'options.css',
  'src/offscreen/offscreen.html': 'offscreen.html',
  'icons/icon-16.png': 'icons/icon-16.png',
  'icons/icon-32.png': 'icons/icon-32.png',
  'icons/icon-48.png': 'icons/icon-48.png',
  'icons/icon-128.png': 'icons/icon-128.png',
};
/** The only host a test build may reach without a click (the e2e tests' local server). */
const TEST_HOST = 'http://127.0.0.1/*';

/**
 * The manifest for one target. Shipped builds are the source manifest with the package version.
 * Test builds (dist/<browser>-test, never zipped) add the local test host, and for Firefox make
 * the popup reachable from a test page, because the driver cannot navigate to moz-extension://.
 */
function manifestFor(browser, { test }) {
  const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));
  manifest.version = JSON.parse(readFileSync('package.json', 'utf8')).version;
  // Chromium's worker has no DOM: it reads pages in an offscreen document (Firefox reads them in
  // its background page, and knows no such permission).
  if (browser === 'chrome') manifest.permissions = [...manifest.permissions, 'offscreen'];
  if (test) {
    manifest.name += ' (test build)';
    manifest.host_permissions = [TEST_HOST];
    if (browser === 'firefox') manifest.web_accessible_resources = [{ resources: ['popup.html', 'library.html', 'options.html'], matches: [TEST_HOST] }];
  }
  return manifest;
}

async function buildExtension() {
  const missing = Object.values(EXTENSION_ENTRIES).filter((f) => !existsSync(f));
  if (missing.length) throw new Error(`extension entry modules missing: ${missing.join(', ')}`);
  const bundles = 'dist/.extension-bundles';
  const common = {
    outdir: bundles,
    bundle: true,
    platform: 'browser',
    format: 'iife',
    // Chromium 120+ and Firefox ESR 140+ (the gecko strict_min_version).
    target: ['chrome120', 'firefox140'],
    // Minified: content.js is parsed and compiled in the reader's page on every annotation. The
    // source maps (with the sources) are shipped beside the bundles for store reviewers and
    // devtools; browsers read them only when devtools are open.
    minify: !noMinify,
    sourcemap: 'linked',
    legalComments: 'eof',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  };
  // The engine and every lexicon are in background.js; content.js runs Readability only
  // (test/build/extension-build.test.ts checks that it holds no lexicon).
  await build({ ...common, entryPoints: EXTENSION_ENTRIES });
  const zips = [];
  for (const browser of ['chrome', 'firefox']) {
    for (const test of [false, true]) {
      const dir = `dist/${browser}${test ? '-test' : ''}`;
      mkdirSync(`${dir}/icons`, { recursive: true });
      // Firefox reads pages in its background page: it ships no offscreen document.
      const shipped = (name) => browser === 'chrome' || !name.startsWith('offscreen.');
      for (const name of readdirSync(bundles).filter(shipped)) cpSync(`${bundles}/${name}`, `${dir}/${name}`);
      for (const [from, to] of Object.entries(EXTENSION_STATIC)) if (shipped(to)) cpSync(from, `${dir}/${to}`);
      writeFileSync(`${dir}/manifest.json`, `${JSON.stringify(manifestFor(browser, { test }), null, 2)}\n`);
      if (!test) zips.push({ browser, dir });
    }
  }
  rmSync(bundles, { recursive: true, force: true });
  // Store-ready zips of the shipped builds (web-ext's packager: deterministic file list, no dotfiles).
  // web-ext logs "Building web extension from …" on stdout: send it to stderr, so that a program
  // run after the build (`npm run bench -- --json`) owns stdout.
  const { default: webExt } = await import('web-ext');
  await logsToStderr(async () => {
    for (const { browser, dir } of zips) {
      await webExt.cmd.build(
        { sourceDir: dir, artifactsDir: 'dist', filename: `sourcelight-${browser}-{version}.zip`, overwriteDest: true },
        { showReadyMessage: false, shouldExitProgram: false },
      );
    }
  });
}

/** Runs fn with everything written to stdout sent to stderr instead. */
async function logsToStderr(fn) {
  const write = process.stdout.write;
  process.stdout.write = process.stderr.write.bind(process.stderr);
  try {
    await fn();
  } finally {
    process.stdout.write = write;
  }
}

if (!extensionOnly) await buildNode();
if (!nodeOnly) await buildExtension();
if (watch) console.error('watch mode is not supported; run npm run build again');
