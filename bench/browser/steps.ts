// Profiling aid for issue 10 (not part of `npm run bench:browser`): with a build carrying the step
// marks of step-marks.patch (profiling only, never in shipped code: `git apply
// bench/browser/step-marks.patch && node build.mjs`, then `git apply -R` it), it annotates each page
// a few times and prints, per step, the median time since annotateTab was sent (bg: background,
// c: content script; PAINTED: the first frame the page's own rAF sees a highlight in).
// Usage: node dist/bench-steps.js [--browser chromium|firefox] [--page NAME|all] [--loads N]
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHANNEL } from '../../src/shared/messages';
import { launchChromium, launchFirefox, type BrowserName } from './drivers';

const args = process.argv.slice(2);
const arg = (n: string) => (args.indexOf(n) >= 0 ? args[args.indexOf(n) + 1] : undefined);
const LOADS = Number(arg('--loads') ?? 5);
const ONLY = arg('--browser') as BrowserName | undefined;
const PAGE = arg('--page') ?? 'seed';
const ROOT = process.cwd();
const CORPUS = resolve(join(ROOT, '..', 'shared'), 'corpus');
const DIST = resolve(process.env.SL_BENCH_DIST ?? join(ROOT, 'dist'));
const CSP = "default-src 'self' data:; style-src 'self' 'unsafe-inline' data:; script-src 'none'";

const pages = [{ name: 'seed', path: '/seed/article.html', file: join(CORPUS, 'seed/article.html'), csp: false }];
for (const n of readdirSync(join(CORPUS, 'web-dev')).sort()) {
  const f = join(CORPUS, 'web-dev', n, 'article.html');
  if (existsSync(f)) pages.push({ name: `web-dev/${n}`, path: `/web-dev/${n}/article.html`, file: f, csp: true });
}
const chosen = pages.filter((p) => PAGE === 'all' || p.name.includes(PAGE));

const WATCH = `(() => {
  const w = { first: 0 };
  Object.defineProperty(window, '__slBench', { value: w, configurable: true });
  const tick = () => { let n = 0; CSS.highlights.forEach((h) => (n += h.size)); if (n && !w.first) w.first = performance.timeOrigin + performance.now(); if (!w.first) requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  return true;
})()`;

async function main() {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/blank.html') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>b</title>');
    const p = byPath.get(path);
    if (!p) return void res.writeHead(404).end();
    const h: Record<string, string> = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
    if (p.csp) h['content-security-policy'] = CSP;
    res.writeHead(200, h).end(readFileSync(p.file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const a = server.address();
  const origin = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
  for (const name of ['chromium', 'firefox'] as const) {
    if (ONLY && ONLY !== name) continue;
    const b = name === 'chromium' ? await launchChromium(join(DIST, 'chrome-test')) : await launchFirefox(join(DIST, 'firefox-test'), `${origin}/blank.html`);
    try {
      for (const p of chosen) {
        const steps = new Map<string, number[]>();
        for (let i = 0; i < LOADS + 1; i++) {
          const url = origin + p.path;
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
          if (i === 0 && p === chosen[0]) {
            // the cold run is printed apart
            const all = [...(r.res.value?.__bg ?? []), ...(r.res.value?.__c ?? [])].sort((x, y) => x[1] - y[1]);
            console.log(`${name} COLD ${p.name}: ` + all.map(([l, t]) => `${l}=${(t - r.t0).toFixed(1)}`).join(' ') + ` PAINTED=${(first - r.t0).toFixed(1)} reply=${(r.t1 - r.t0).toFixed(1)}`);
            continue;
          }
          if (i === 0) continue;
          const all = [...(r.res.value?.__bg ?? []), ...(r.res.value?.__c ?? []), ['PAINTED', first] as [string, number], ['reply', r.t1] as [string, number]];
          for (const [l, t] of all) steps.set(l, [...(steps.get(l) ?? []), t - r.t0]);
        }
        const med = (xs: number[]) => { const s = [...xs].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]!; };
        const rows = [...steps].map(([l, xs]) => [l, med(xs)] as const).sort((x, y) => x[1] - y[1]);
        console.log(`${name} ${p.name} (median of ${LOADS}): ` + rows.map(([l, t]) => `${l}=${t.toFixed(1)}`).join(' '));
      }
    } finally {
      await b.close();
    }
  }
  server.close();
}
main().catch((e) => { console.error(e); process.exitCode = 1; });
