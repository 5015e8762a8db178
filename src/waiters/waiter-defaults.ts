/**
 * Default delays of the event source mapping waiters, in seconds. State changes of a mapping usually take
 * seconds to a minute (deleting can take minutes): polling starts at 1 s and backs off to at most 30 s, so a
 * waiter notices a change at most ~30 s late. The SDK's generic defaults (2 s / 120 s) would overshoot more.
 */
export const EVENT_SOURCE_MAPPING_WAITER_DEFAULTS: {
  /** Seconds before the second poll; later delays grow from it. */
  readonly minDelay: 1;
  /** The longest delay between two polls, in seconds. */
  readonly maxDelay: 30;
} = { minDelay: 1, maxDelay: 30 };
