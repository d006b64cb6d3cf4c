import { describe, expect, it } from 'vitest';
import { threadMs } from './thread-time';

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
