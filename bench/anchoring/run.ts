// Runs the anchoring bench alone (the full bench, `npm run bench`, includes it):
//   npx esbuild bench/anchoring/run.ts --bundle --platform=node --format=esm --packages=external --outfile=.anchoring-run.mjs
//   node .anchoring-run.mjs [--json] [--synthetic] [--verbose] [--only seed,bbc-1]
// --synthetic anchors random spans of each article (single words included) instead of the engine's
// findings; --verbose prints every miss and wrong placement with its context.
import { corpusPages, runAnchoringBench } from '../anchoring';
import { syntheticSource } from './synthetic';

const args = process.argv.slice(2);
const only = args.includes('--only') ? (args[args.indexOf('--only') + 1] ?? '').split(',') : null;
const pages = corpusPages().filter((p) => only === null || only.includes(p.name));
const result = await runAnchoringBench({
  pages,
  verbose: args.includes('--verbose'),
  ...(args.includes('--synthetic') ? { source: syntheticSource() } : {}),
});
if (args.includes('--json')) console.log(JSON.stringify({ anchoring: result.summary }, null, 2));
else {
  console.table(result.rows);
  console.log(result.summary);
}
