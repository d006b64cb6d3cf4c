// `npm run fixtures:update [-- SLUG...]`: rewrites test/fixtures/pages/<slug>/expected.json from
// the engine's output on source.html, on purpose (after a change to the engine that is meant),
// and prints what changed finding by finding. `-- --add SLUG PAGE.html` adds a saved page.
// The work is in test/extraction/page-fixtures.ts, the module the fixture test uses, bundled
// here with esbuild so that the script and the test run the very same code.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'update-fixtures.mjs');
mkdirSync(dirname(out), { recursive: true });
await build({
  entryPoints: [join(root, 'test/extraction/page-fixtures.ts')],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const { updateFixtures } = await import(pathToFileURL(out).href);
process.exitCode = updateFixtures(process.argv.slice(2));
