import { frontDoorError } from "./errors.js";

/** AWS accepts a request signed at most this far from its own clock, either way. */
const WINDOW_MS = 5 * 60 * 1000;

/** Formats a time as SigV4's basic ISO 8601 (`20260101T000000Z`). @internal */
export const amzDate = (ms: number): string => new Date(ms).toISOString().replace(/[-:]|\.\d{3}/g, "");

/** Parses `x-amz-date` (`YYYYMMDDTHHMMSSZ`); `undefined` when malformed. @internal */
export function parseAmzDate(value: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) return undefined;
  const ms = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
  return amzDate(ms) === value ? ms : undefined;
}

/**
 * Rejects a signing time more than 5 minutes from `now` with the service's own wording, e.g.
 * "Signature expired: 20260101T000000Z is now earlier than 20260101T000100Z (20260101T000500Z - 5 min.)".
 * @internal
 */
export function checkSigningTime(signedAt: number, raw: string, now: number): void {
  const nowText = amzDate(now);
  if (signedAt < now - WINDOW_MS) {
    throw frontDoorError("InvalidSignatureException", 403, `Signature expired: ${raw} is now earlier than ${amzDate(now - WINDOW_MS)} (${nowText} - 5 min.)`);
  }
  if (signedAt > now + WINDOW_MS) {
    throw frontDoorError(
      "InvalidSignatureException",
      403,
      `Signature not yet current: ${raw} is still later than ${amzDate(now + WINDOW_MS)} (${nowText} + 5 min.)`,
    );
  }
}
