// The Undo offer's countdown, which stands still while the reader is at the offer (WCAG 2.2.1,
// timing adjustable): while the pointer is over it or focus is inside it, the time left does not
// run, and it runs on from where it stopped once both have left. A new offer (another delete)
// starts a fresh countdown but keeps the holds: the offer on screen is the same one. When an offer
// ends (its time is up, or it is cancelled) the holds go too, since the element they were on goes.
// No DOM here: the page reports enter/leave, and the clock and timer are injected.

/** What holds the countdown: the pointer over the offer, focus inside it. */
export type Hold = 'pointer' | 'focus';

export interface CountdownClock {
  now(): number;
  /** Runs fn after ms; returns a function that cancels it. */
  schedule(fn: () => void, ms: number): () => void;
}

export class UndoCountdown {
  private readonly holds = new Set<Hold>();
  private left = 0;
  private runningSince = 0;
  private cancelTimer: (() => void) | null = null;
  private onEnd: (() => void) | null = null;

  constructor(private readonly clock: CountdownClock) {}

  /** Starts (or restarts) the countdown: onEnd runs once ms of unheld time have passed. */
  start(ms: number, onEnd: () => void): void {
    this.stopTimer();
    this.left = ms;
    this.onEnd = onEnd;
    if (this.holds.size === 0) this.run();
  }

  /** The pointer or focus came onto the offer (on) or left it. */
  hold(reason: Hold, on: boolean): void {
    const wasHeld = this.holds.size > 0;
    if (on) this.holds.add(reason);
    else this.holds.delete(reason);
    const held = this.holds.size > 0;
    if (!this.onEnd || held === wasHeld) return;
    if (held) {
      this.left = Math.max(0, this.left - (this.clock.now() - this.runningSince));
      this.stopTimer();
    } else this.run();
  }

  /** Ends the offer without running onEnd (Undo was clicked, or the page goes). */
  cancel(): void {
    this.stopTimer();
    this.onEnd = null;
    this.holds.clear();
  }

  /** True while an offer is counting or held. */
  get active(): boolean {
    return this.onEnd !== null;
  }

  /** True while an offer is on and the pointer or focus holds it. */
  get held(): boolean {
    return this.onEnd !== null && this.holds.size > 0;
  }

  private run(): void {
    this.runningSince = this.clock.now();
    this.cancelTimer = this.clock.schedule(() => {
      this.cancelTimer = null;
      const end = this.onEnd;
      this.onEnd = null;
      this.holds.clear();
      end?.();
    }, this.left);
  }

  private stopTimer(): void {
    this.cancelTimer?.();
    this.cancelTimer = null;
  }
}
