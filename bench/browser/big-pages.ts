// Profiling aid for issue 12 (not part of `npm run bench:browser`): generated pages of the fuzz
// families near the content script's bounds (MAX_PAGE_CHARS, MAX_PAGE_ELEMENTS), annotated in
// Chromium under a DevTools trace. Prints per page its elements and text, the state, the
// findings, the extension's main-thread time and its longest task (clock and CPU), and the
// longest tasks' share. Speed is measured here, never asserted.
// Usage: node dist/bench-big.js [--family qSpans] [--sizes 200000,400000] [--loads N] [--profile]
//   --profile: the content script's functions by CPU time; --inside: what the longest task ran and
//   what scheduled its style work; --idle: the same trace without annotating (the page's own cost)
import { join, resolve } from 'node:path';
import { createServer } from 'node:http';
import { CHANNEL } from '../../src/shared/messages';
import { FAMILIES } from '../../src/fuzz/families';
import { Random } from '../../src/fuzz/random';
import { launchChromium } from './drivers';
import { mainThreadFigures, type TraceEvent } from './trace';

const args = process.argv.slice(2);
const arg = (n: string) => (args.indexOf(n) >= 0 ? args[args.indexOf(n) + 1] : undefined);
const FAMILY = arg('--family') ?? 'qSpans';
const SIZES = (arg('--sizes') ?? '100000,200000,300000').split(',').map(Number);
const LOADS = Number(arg('--loads') ?? 1);
const DIST = resolve(process.env.SL_BENCH_DIST ?? join(process.cwd(), 'dist'));

async function main() {
  const pages = new Map<string, string>();
  for (const size of SIZES) pages.set(`/${FAMILY}-${size}.html`, FAMILIES[FAMILY]!(new Random(7), size));
  const server = createServer((req, res) => {
    const html = pages.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (!html) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as { port: number }).port;
  const b = await launchChromium(join(DIST, 'chrome-test'));
  const cdp = b.page.cdp!;
  for (const path of pages.keys()) {
    for (let load = 0; load < LOADS; load++) {
      const url = `http://127.0.0.1:${port}${path}`;
      await b.page.goto(url);
      await b.page.bringToFront();
      const size = await b.page.evaluate<{ elements: number; chars: number }>(`({ elements: document.getElementsByTagName('*').length, chars: document.body.textContent.length })`);
      const events: TraceEvent[] = [];
      const onData = (e: { value: Array<Record<string, unknown>> }) => void events.push(...(e.value as unknown as TraceEvent[]));
      cdp.on('Tracing.dataCollected', onData);
      const complete = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
      await cdp.send('Tracing.start', {
        traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', '__metadata', ...(args.includes('--inside') ? ['disabled-by-default-devtools.timeline.invalidationTracking'] : [])], recordMode: 'recordAsMuchAsPossible' },
        transferMode: 'ReportEvents',
      });
      if (args.includes('--profile')) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.start');
      }
      const tabId = await b.control.evaluate<number>(`(async () => { const api = globalThis.browser ?? globalThis.chrome; return (await api.tabs.query({})).find((t) => t.url === ${JSON.stringify(url)})?.id ?? -1; })()`);
      const t0 = Date.now();
      // --idle: no annotation, the same wait (what the page costs by itself in the trace).
      const real = args.includes('--idle') ? { ok: true, value: { state: 'idle', annotations: [], message: null } } : await b.control.evaluate<{ ok: boolean; value?: { state: string; annotations: unknown[]; message: string | null } }>(
        `(async () => { const api = globalThis.browser ?? globalThis.chrome; return api.runtime.sendMessage({ channel: ${JSON.stringify(CHANNEL)}, type: 'annotateTab', payload: { tabId: ${tabId} } }); })()`,
      );
      const replyMs = Date.now() - t0;
      // Let the paint frames and the store's repaint run inside the trace.
      await new Promise((r) => setTimeout(r, 1500));
      if (args.includes('--profile')) {
        const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }>; samples: number[]; timeDeltas: number[] } };
        const dt = new Map<number, number>();
        profile.samples.forEach((s, i) => dt.set(s, (dt.get(s) ?? 0) + (profile.timeDeltas[i] ?? 0)));
        const parent = new Map<number, number>();
        for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
        const byId = new Map(profile.nodes.map((n) => [n.id, n]));
        const incl = new Map<string, number>();
        for (const n of profile.nodes) {
          const t = dt.get(n.id) ?? 0;
          if (!t) continue;
          const seen = new Set<string>();
          for (let id: number | undefined = n.id; id !== undefined; id = parent.get(id)) {
            const m = byId.get(id)!;
            const k = `${m.callFrame.functionName || '(anon)'} ${m.callFrame.url.split('/').pop()}:${m.callFrame.lineNumber}`;
            if (seen.has(k)) continue;
            seen.add(k);
            incl.set(k, (incl.get(k) ?? 0) + t);
          }
        }
        for (const [k, v] of [...incl].filter(([k]) => /content\.js/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 30)) process.stderr.write(`    ${(v / 1000).toFixed(0).padStart(6)} ms  ${k}\n`);
      }
      await cdp.send('Tracing.end');
      await complete;
      cdp.off('Tracing.dataCollected', onData);
      const f = mainThreadFigures(events, url);
      // The longest top-level tasks on the tab's main thread, clock and CPU.
      const pid = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && /content\.js/.test(String(x.args?.data?.url ?? ''))));
      const tasks = events.filter((e) => pid && e.pid === pid.pid && e.tid === pid.tid && e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask')).sort((a, b) => b.dur! - a.dur!);
      // What the longest task ran: its events by name, the longest first.
      const longestTask = tasks[0];
      if (longestTask && args.includes('--inside')) {
        const inside = new Map<string, number>();
        for (const e of events) {
          if (e.pid !== longestTask.pid || e.tid !== longestTask.tid || e.ph !== 'X' || e === longestTask || e.ts < longestTask.ts || e.ts >= longestTask.ts + longestTask.dur!) continue;
          const k = `${e.name}${e.args?.data?.functionName ? ` ${String(e.args.data.functionName)}` : ''}${e.args?.data?.url ? ` ${String(e.args.data.url).split('/').pop()}` : ''}`;
          inside.set(k, (inside.get(k) ?? 0) + (e.tdur ?? e.dur!));
        }
        for (const [k, v] of [...inside].sort((a, b) => b[1] - a[1]).slice(0, 15)) process.stderr.write(`    inside the longest task: ${(v / 1000).toFixed(0).padStart(6)} ms CPU  ${k}\n`);
        const recalc = events.find((e) => e.pid === longestTask.pid && e.name === 'UpdateLayoutTree' && e.ts >= longestTask.ts && e.ts < longestTask.ts + longestTask.dur!);
        process.stderr.write(`    its style recalc: ${JSON.stringify(recalc?.args ?? null).slice(0, 400)}\n`);
        // What scheduled style work before it (invalidation tracking).
        const before = events.filter((e) => e.pid === longestTask.pid && /Invalidat|ScheduleStyle|StyleRecalc/.test(e.name) && e.ts < longestTask.ts + longestTask.dur!);
        const names = new Map<string, number>();
        for (const e of before) { const k = `${e.name} ${JSON.stringify(e.args?.data ?? {}).replace(/"(nodeId|frame|nodeName|stackTrace)":("[^"]*"|\d+|\[[^\]]*\]),?/g, '').slice(0, 160)}`; names.set(k, (names.get(k) ?? 0) + 1); }
        for (const [k, v] of [...names].sort((a, b) => b[1] - a[1]).slice(0, 12)) process.stderr.write(`    before: ${v} x ${k}\n`);
      }
      const top = tasks.slice(0, 4).map((t) => `${(t.dur! / 1000).toFixed(0)}/${((t.tdur ?? t.dur!) / 1000).toFixed(0)}`).join(' ');
      console.log(
        `${path}  ${size.elements} elements, ${size.chars} chars: ${real.ok ? real.value!.state : 'failed'}, ${real.value?.annotations.length ?? 0} findings, reply ${replyMs} ms; ` +
          `extension ${f?.extensionMs.toFixed(0)} ms (CPU ${f?.extensionCpuMs.toFixed(0)}), longest task ${f?.longestTaskMs.toFixed(0)} ms; longest tasks clock/CPU ms: ${top}`,
      );
    }
  }
  await b.close();
  server.close();
}

await main();
