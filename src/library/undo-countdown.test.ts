// The Undo offer's countdown: runs out after its time, stands still while held by the pointer or
// focus (either or both), runs on with the time that was left, and forgets its holds when it ends.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoCountdown } from './undo-countdown';

const clock = {
  now: () => Date.now(),
  schedule: (fn: () => void, ms: number) => {
    const t = setTimeout(fn, ms);
    return () => clearTimeout(t);
  },
};

describe('UndoCountdown', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('ends after its time when nothing holds it', () => {
    const end = vi.fn();
    const c = new UndoCountdown(clock);
    c.start(8000, end);
    vi.advanceTimersByTime(7999);
    expect(end).not.toHaveBeenCalled();
    expect(c.active).toBe(true);
    vi.advanceTimersByTime(1);
    expect(end).toHaveBeenCalledTimes(1);
    expect(c.active).toBe(false);
  });

  it('stands still while the pointer is over it and runs on with the time left', () => {
    const end = vi.fn();
    const c = new UndoCountdown(clock);
    c.start(8000, end);
    vi.advanceTimersByTime(3000);
    c.hold('pointer', true);
    expect(c.held).toBe(true);
    vi.advanceTimersByTime(60_000);
    expect(end).not.toHaveBeenCalled();
    c.hold('pointer', false);
    vi.advanceTimersByTime(4999);
    expect(end).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(end).toHaveBeenCalledTimes(1);
  });

  it('stays held until both pointer and focus have left', () => {
    const end = vi.fn();
    const c = new UndoCountdown(clock);
    c.start(1000, end);
    c.hold('focus', true);
    c.hold('pointer', true);
    c.hold('pointer', false);
    vi.advanceTimersByTime(10_000);
    expect(end).not.toHaveBeenCalled();
    expect(c.held).toBe(true);
    c.hold('focus', false);
    vi.advanceTimersByTime(1000);
    expect(end).toHaveBeenCalledTimes(1);
  });

  it('keeps its holds over a new offer and forgets them when an offer ends', () => {
    const first = vi.fn();
    const second = vi.fn();
    const c = new UndoCountdown(clock);
    c.hold('pointer', true); // before any offer: remembered, nothing to stop
    c.start(1000, first);
    vi.advanceTimersByTime(5000);
    expect(first).not.toHaveBeenCalled();
    c.start(1000, second); // another delete while the offer is held: still held, the first is replaced
    vi.advanceTimersByTime(5000);
    expect(second).not.toHaveBeenCalled();
    c.cancel(); // Undo clicked: the offer goes, and its holds with it
    expect(c.held).toBe(false);
    const third = vi.fn();
    c.start(1000, third);
    vi.advanceTimersByTime(1000);
    expect(third).toHaveBeenCalledTimes(1);
    expect(first).not.toHaveBeenCalled();
    expect(second).not.toHaveBeenCalled();
  });

  it('does not run onEnd after cancel, and a hold after the end changes nothing', () => {
    const end = vi.fn();
    const c = new UndoCountdown(clock);
    c.start(1000, end);
    c.cancel();
    vi.advanceTimersByTime(5000);
    c.hold('focus', true);
    c.hold('focus', false);
    vi.advanceTimersByTime(5000);
    expect(end).not.toHaveBeenCalled();
    expect(c.active).toBe(false);
  });
});
