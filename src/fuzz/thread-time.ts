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
