import { describe, expect, it } from 'vitest';
import { cpuStopwatch, threadMs } from './thread-time';

describe('threadMs', () => {
  it('counts the main thread\'s own work and not a wait', () => {
    const t0 = threadMs();
    let x = 0;
    for (let i = 0; i < 2e7; i++) x += i % 7;
    const worked = threadMs() - t0;
    expect(x).toBeGreaterThan(0);
    expect(worked).toBeGreaterThan(0);
    const t1 = threadMs();
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    // 200 ms asleep cost the thread far less than 200 ms of CPU.
    expect(threadMs() - t1).toBeLessThan(100);
  });
});

describe('cpuStopwatch', () => {
  /** Work of `ms` milliseconds of the wall clock, spun on this thread. */
  function spin(ms: number): void {
    const t = performance.now();
    while (performance.now() - t < ms);
  }

  it('reads a run shorter than the kernel’s tick, and never more than the clock', () => {
    // threadMs moves only at ticks (4 ms here): around a 1 ms run it reads 0 or a whole tick.
    // Spinning is all CPU; on a busy machine some runs lose the CPU, so one undisturbed run of
    // twenty is asked for, and of every run only that it is no longer than by the clock.
    const reads: number[] = [];
    for (let k = 0; k < 20; k++) {
      const t0 = performance.now();
      const stop = cpuStopwatch();
      spin(1);
      const ms = stop();
      reads.push(ms);
      expect(ms).toBeLessThanOrEqual(performance.now() - t0 + 0.05);
    }
    expect(reads.some((ms) => ms > 0.6 && ms < 1.4)).toBe(true);
  });

  it('does not count a wait', () => {
    const stop = cpuStopwatch();
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
    expect(stop()).toBeLessThan(5);
  });
});
