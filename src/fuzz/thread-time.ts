// The CPU time of the thread that runs the engine (the main thread, or a test runner's worker), for the fuzz run's budgets and the growth and
// per-KB measures (growth.ts): what a page's engine run costs, whatever the neighbours on the
// machine or V8's own helper threads are doing.
import { readFileSync } from 'node:fs';

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

const NAP = new Int32Array(new SharedArrayBuffer(4));

/**
 * threadMs() brought up to date: a nap of 50 µs takes the thread off the CPU, and Linux counts
 * a thread's time to the moment it leaves (a running thread's count moves only at ticks).
 */
function settledThreadMs(): number {
  Atomics.wait(NAP, 0, 0, 0.05);
  return threadMs();
}

/**
 * A stopwatch of this thread's CPU time, precise to a few hundredths of a millisecond. Linux
 * adds a running thread's time to its count (threadMs) only at a scheduler tick, here every
 * 4 ms, or when the thread leaves the CPU: two plain reads around a run are each up to a tick
 * late, and a 13 ms run (1x of highlightSpans in growth.ts) read 8 to 16 ms. A stopwatch that
 * waited for the count's next tick after the run and took the wait off by the clock misread a
 * busy machine's runs (the wait took in time off the CPU: 1x of cues read 9 to 39 ms where the
 * thread spent 20 to 38). This one naps before reading, at the start and at the stop
 * (settledThreadMs): the count is then exact. Where threadMs is the process's time (not Linux),
 * it is read as it is.
 */
export function cpuStopwatch(): () => number {
  const start = settledThreadMs();
  return () => settledThreadMs() - start;
}
