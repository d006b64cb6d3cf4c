// Profiling aid for issue 10 (not part of `npm run bench:browser`): with a build carrying the step
// marks of step-marks.patch (profiling only, never in shipped code: `git apply
// bench/browser/step-marks.patch && node build.mjs`, then `git apply -R` it), it annotates each page
// a few times and prints, per step, the median time since annotateTab was sent (bg: background,
// c: content script; PAINTED: the first frame the page's own rAF sees a highlight in).
// Usage: node dist/bench-steps.js [--browser chromium|firefox] [--page NAME|all] [--loads N]
// With SL_BENCH_DIST_B (another build's dist), both builds run side by side in two browsers, one
// load each in turn, and it prints each one's median time to the first highlight and their ratio
// (B over A), and the step medians of both (the lines of B start "B "): the two see the same
// moments of a busy machine.
import { join, resolve } from 'node:path';
import { CHANNEL } from '../../src/shared/messages';
import { launchChromium, launchFirefox, type BrowserName } from './drivers';
import { corpusPages, serve } from './pages';

const args = process.argv.slice(2);
const arg = (n: string) => (args.indexOf(n) >= 0 ? args[args.indexOf(n) + 1] : undefined);
const LOADS = Number(arg('--loads') ?? 5);
const ONLY = arg('--browser') as BrowserName | undefined;
const PAGE = arg('--page') ?? 'seed';
const ROOT = process.cwd();
const CORPUS = resolve(join(ROOT, '..', 'shared'), 'corpus');
const DIST = resolve(process.env.SL_BENCH_DIST ?? join(ROOT, 'dist'));

const chosen = corpusPages(CORPUS, PAGE === 'all' ? undefined : PAGE);

const WATCH = `(() => {
  const w = { first: 0 };
  Object.defineProperty(window, '__slBench', { value: w, configurable: true });
  const tick = () => { let n = 0; CSS.highlights.forEach((h) => (n += h.size)); if (n && !w.first) w.first = performance.timeOrigin + performance.now(); if (!w.first) requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  return true;
})()`;

async function main() {
  const server = await serve(chosen);
  const { origin } = server;
  const DIST_B = process.env.SL_BENCH_DIST_B ? resolve(process.env.SL_BENCH_DIST_B) : null;
  const launch = (name: BrowserName, dist: string) =>
    name === 'chromium' ? launchChromium(join(dist, 'chrome-test')) : launchFirefox(join(dist, 'firefox-test'), `${origin}/blank.html`);
  /** One annotation: the step marks (if the build has them) and the first highlight, ms after annotateTab. */
  const once = async (b: Awaited<ReturnType<typeof launch>>, url: string): Promise<Array<[string, number]>> => {
    await b.page.goto(url);
    await b.page.bringToFront();
    await b.page.evaluate(WATCH);
    const tabId = await b.control.evaluate<number>(`(async () => { const api = globalThis.browser ?? globalThis.chrome; return (await api.tabs.query({})).find((t) => t.url === ${JSON.stringify(url)})?.id ?? -1; })()`);
    const r = await b.control.evaluate<{ t0: number; t1: number; res: { value?: { __bg?: [string, number][]; __c?: [string, number][] } } }>(`(async () => {
      const api = globalThis.browser ?? globalThis.chrome;
      const t0 = performance.timeOrigin + performance.now();
      const res = await api.runtime.sendMessage(${JSON.stringify({ channel: CHANNEL, type: 'annotateTab', payload: { tabId } })});
      return { t0, t1: performance.timeOrigin + performance.now(), res };
    })()`);
    const first = await b.page.evaluate<number>(`new Promise((r) => { const c = () => window.__slBench.first ? r(window.__slBench.first) : setTimeout(c, 20); c(); })`);
    const all: Array<[string, number]> = [...(r.res.value?.__bg ?? []), ...(r.res.value?.__c ?? []), ['PAINTED', first], ['reply', r.t1]];
    return all.map(([l, t]) => [l, t - r.t0]);
  };
  const med = (xs: number[]) => { const s = [...xs].sort((x, y) => x - y); return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2; };
  for (const name of ['chromium', 'firefox'] as const) {
    if (ONLY && ONLY !== name) continue;
    const a = await launch(name, DIST);
    const b = DIST_B ? await launch(name, DIST_B) : null;
    try {
      const cold = await once(a, origin + chosen[0]!.path);
      const coldB = b ? await once(b, origin + chosen[0]!.path) : null;
      console.log(`${name} COLD ${chosen[0]!.name}: ` + [...cold].sort((x, y) => x[1] - y[1]).map(([l, t]) => `${l}=${t.toFixed(1)}`).join(' ') + (coldB ? ` | B PAINTED=${coldB.find(([l]) => l === 'PAINTED')![1].toFixed(1)}` : ''));
      const ratios: number[] = [];
      for (const p of chosen) {
        const steps = new Map<string, number[]>();
        const stepsB = new Map<string, number[]>();
        const painted: number[][] = [[], []];
        for (let i = 0; i < LOADS; i++) {
          for (const [k, br] of (b ? [a, b] : [a]).entries()) {
            const got = await once(br, origin + p.path);
            painted[k]!.push(got.find(([l]) => l === 'PAINTED')![1]);
            const into = k === 0 ? steps : stepsB;
            for (const [l, t] of got) into.set(l, [...(into.get(l) ?? []), t]);
          }
        }
        const rows = [...steps].map(([l, xs]) => [l, med(xs)] as const).sort((x, y) => x[1] - y[1]);
        if (b) {
          const [ma, mb] = [med(painted[0]!), med(painted[1]!)];
          ratios.push(mb / ma);
          console.log(`${name} ${p.name}: A ${ma.toFixed(1)} ms, B ${mb.toFixed(1)} ms, B/A ${(mb / ma).toFixed(2)}`);
          console.log(`${name} ${p.name} (median of ${LOADS}): ` + rows.map(([l, t]) => `${l}=${t.toFixed(1)}`).join(' '));
          console.log(`B ${name} ${p.name} (median of ${LOADS}): ` + [...stepsB].map(([l, xs]) => [l, med(xs)] as const).sort((x, y) => x[1] - y[1]).map(([l, t]) => `${l}=${t.toFixed(1)}`).join(' '));
        } else console.log(`${name} ${p.name} (median of ${LOADS}): ` + rows.map(([l, t]) => `${l}=${t.toFixed(1)}`).join(' '));
      }
      if (b) console.log(`${name} median B/A over pages: ${med(ratios).toFixed(2)}`);
    } finally {
      await a.close();
      await b?.close();
    }
  }
  await server.close();
}
main().catch((e) => { console.error(e); process.exitCode = 1; });
