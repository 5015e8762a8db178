import type { MappingStore } from "./store.js";

/** setTimeout's longest delay; later transitions are re-armed when it fires. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Ends transitions when they are due (Creating → Enabled, Deleting → gone…) with one timer armed
 * for the earliest, and reports each firing so settled changes can be persisted. Reads settle lazily
 * anyway, so the timer only keeps the data file current; it never keeps the process alive.
 * @internal
 */
export class TransitionScheduler {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly store: MappingStore,
    private readonly onSettled: () => void,
  ) {}

  /** Re-arms the timer for the earliest pending transition. */
  reschedule(): void {
    this.stop();
    const due = this.store.nextDue();
    if (due === undefined) return;
    this.timer = setTimeout(() => this.fire(), Math.min(MAX_TIMER_MS, Math.max(0, due - Date.now()) + 1));
    this.timer.unref();
  }

  /** Disarms the timer. */
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private fire(): void {
    this.timer = undefined;
    this.store.list(Date.now());
    // Always report: a read may already have settled the due transition in memory without persisting it.
    this.onSettled();
    this.reschedule();
  }
}
