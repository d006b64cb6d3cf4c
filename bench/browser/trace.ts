// Reads a Chromium trace (DevTools' Tracing domain) of one annotation: the tasks on the measured
// tab's main thread, and which of them ran the extension's scripts. Chromium names the script of
// an isolated world's code only where it is evaluated (content.js), not in the message callbacks
// and promise jobs that follow, so: a task is the extension's when it runs script other than the
// benchmark's own calls in the page (its frame callbacks are named __slBench*). The measured pages run
// no script of their own (the seed has none; the web-dev pages are served with script-src 'none'),
// so no other script can be mistaken for ours. Layout and paint tasks are counted apart.

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, µs: what the task cost however busy the machine was. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: Record<string, unknown>; name?: string; fileName?: string };
}

export interface MainThreadFigures {
  /** Summed duration of the extension's tasks on the tab's main thread, ms. */
  extensionMs: number;
  /** The longest of them, ms. */
  longestTaskMs: number;
  /** Every task on the tab's main thread during the trace, ms (extension's and page's). */
  allTasksMs: number;
  /** The extension's tasks in thread (CPU) time, ms. */
  extensionCpuMs: number;
  /** The bare Readability parse the benchmark ran in the trace (__slBenchParse), wall and CPU ms. */
  parseMs: number | null;
  parseCpuMs: number | null;
  tasks: number;
}

const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
/** Events that mean script ran. */
const SCRIPT_NAMES = new Set(['EvaluateScript', 'FunctionCall', 'RunMicrotasks', 'v8.compile', 'TimerFire', 'EventDispatch']);

function scriptUrl(e: TraceEvent): string {
  const data = e.args?.data;
  const url = data?.url ?? data?.scriptName ?? data?.fileName ?? e.args?.fileName;
  if (typeof url === 'string' && url) return url;
  const stack = data?.stackTrace;
  if (Array.isArray(stack) && stack.length) return String((stack[0] as { url?: string }).url ?? '');
  return '';
}

/** The renderer process showing pageUrl (from the trace's frame list). */
function rendererOf(events: readonly TraceEvent[], pageUrl: string): number | null {
  for (const e of events) {
    const frames = e.args?.data?.frames;
    if (!Array.isArray(frames)) continue;
    for (const f of frames as Array<{ url?: string; processId?: number; parent?: string }>) {
      if (!f.parent && f.url === pageUrl && typeof f.processId === 'number') return f.processId;
    }
  }
  // Else: the renderer where a script of the extension ran in a page that is not the extension's.
  const ext = events.find((e) => scriptUrl(e).startsWith('chrome-extension://') && /content\.js/.test(scriptUrl(e)));
  return ext ? ext.pid : null;
}

export function mainThreadFigures(events: readonly TraceEvent[], pageUrl: string): MainThreadFigures | null {
  const pid = rendererOf(events, pageUrl);
  if (pid === null) return null;
  const main = events.find((e) => e.pid === pid && e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return null;
  const tid = main.tid;
  const onMain = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && typeof e.dur === 'number').sort((a, b) => a.ts - b.ts);
  // Top-level tasks only (a task inside a task is part of it).
  const tasks: TraceEvent[] = [];
  for (const e of onMain) {
    if (!TASK_NAMES.has(e.name)) continue;
    const last = tasks[tasks.length - 1];
    if (last && e.ts < last.ts + last.dur!) continue;
    tasks.push(e);
  }
  // The benchmark's own calls (frame watcher, the named bare parse) and what runs inside them.
  const benchCalls = onMain.filter((e) => String(e.args?.data?.functionName ?? '').startsWith('__slBench'));
  const inBench = (e: TraceEvent) => benchCalls.some((b) => e.ts >= b.ts && e.ts < b.ts + b.dur!);
  const scripts = onMain.filter((e) => (SCRIPT_NAMES.has(e.name) || scriptUrl(e).startsWith('chrome-extension://')) && !inBench(e));
  let extensionMs = 0;
  let extensionCpu = 0;
  let longest = 0;
  let all = 0;
  let si = 0;
  for (const t of tasks) {
    const end = t.ts + t.dur!;
    all += t.dur!;
    while (si < scripts.length && scripts[si]!.ts < t.ts) si++;
    if (si < scripts.length && scripts[si]!.ts < end) {
      // A frame task may also run the benchmark's callbacks: their time is not ours.
      const theirs = benchCalls.filter((b) => b.ts >= t.ts && b.ts < end);
      const dur = t.dur! - theirs.reduce((sum, b) => sum + b.dur!, 0);
      const cpu = (t.tdur ?? t.dur!) - theirs.reduce((sum, b) => sum + (b.tdur ?? b.dur!), 0);
      extensionMs += dur;
      extensionCpu += cpu;
      longest = Math.max(longest, dur);
    }
  }
  const parse = onMain.find((e) => e.name === 'FunctionCall' && e.args?.data?.functionName === '__slBenchParse');
  return {
    extensionMs: extensionMs / 1000,
    longestTaskMs: longest / 1000,
    allTasksMs: all / 1000,
    tasks: tasks.length,
    extensionCpuMs: extensionCpu / 1000,
    parseMs: parse ? parse.dur! / 1000 : null,
    parseCpuMs: parse ? (parse.tdur ?? parse.dur!) / 1000 : null,
  };
}
