// The CPU time of the thread that runs the engine (the main thread, or a test runner's worker), for the fuzz run's budgets and the growth and
// per-KB measures (growth.ts): what a page's engine run costs, whatever the neighbours on the
// machine or V8's own helper threads are doing.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/** Where Linux keeps the calling thread's time on the CPU, in ns (a worker thread reads its own). */
const SCHEDSTAT = '/proc/thread-self/schedstat';
let schedstat: boolean | null = null;

/**
 * CPU time of this process's main thread in ms: on a machine shared with other work, wall-clock
 * time of one run says more about the neighbours than about the engine, and the process's CPU
 * time (process.cpuUsage) counts V8's helper threads too (concurrent marking and sweeping of the
 * whole heap, compilation): at 1× of highlightSpans 16 to 242 ms where the main thread spent 9
 * to 15, more when the other core was free, so a quiet machine measured slopes 0.2 higher than
 * a busy one. Linux gives the thread's own time in ns; elsewhere the process's time stands in.
 */
export function threadMs(): number {
  if (schedstat !== false) {
    try {
      const ns = Number(readFileSync(SCHEDSTAT, 'utf8').split(' ')[0]);
      if (Number.isFinite(ns)) {
        schedstat = true;
        return ns / 1e6;
      }
    } catch {
      // no schedstat here
    }
    schedstat = false;
  }
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** The process's CPU time in ms (every thread's): precise, but counts V8's helpers too. */
function processMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** threadMs() once it next moves on (Linux); with its wall-clock and process CPU time then. */
function nextMove(): { ms: number; wall: number; process: number } {
  const from = threadMs();
  let ms = from;
  while (ms === from) ms = threadMs();
  return { ms, wall: performance.now(), process: processMs() };
}

/**
 * A stopwatch of this thread's CPU time, precise to a read of it. Linux adds a running
 * thread's time to its count (threadMs) only at a scheduler tick, here every 4 ms, or when the
 * thread leaves the CPU: two reads around a run are each up to a tick late, and a 13 ms run
 * (1x of highlightSpans in growth.ts) read 8 to 16 ms. This one starts as the count moves (it has
 * just counted all of the thread's time) and stops at the next move after the run, less the
 * time spent waiting for that move (the lesser of its wall-clock and process CPU time: both are
 * at least the thread's own). Costs up to two ticks of waiting per measure. Where threadMs is
 * the process's time (not Linux), it is read as it is.
 */
export function cpuStopwatch(): () => number {
  if (schedstat === null) threadMs();
  if (!schedstat) {
    const t0 = threadMs();
    return () => threadMs() - t0;
  }
  const start = nextMove().ms;
  return () => {
    const wall = performance.now();
    const proc = processMs();
    const end = nextMove();
    return end.ms - start - Math.min(end.wall - wall, end.process - proc);
  };
}
