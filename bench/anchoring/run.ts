// Runs the anchoring bench alone (the full bench is bench/main.ts):
//   node build-of-this-file.js [--json] [--synthetic] [--verbose] [--only name,name]
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
