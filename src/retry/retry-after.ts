import type { Logger } from "@smithy/types";

const MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(" ");
const M = MONTHS.join("|");
// IMF-fixdate (groups 1-3) or RFC 850 (groups 4-6), then the time (groups 7-10): the two RFC 7231 forms ending in GMT.
const HTTP_DATE = new RegExp(
  String.raw`^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (${M}) (\d{4})|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, (\d{2})-(${M})-(\d{2})) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$`,
);
const FIFTY_YEARS_MS = 50 * 365 * 24 * 60 * 60 * 1000;

const inRange = (value: string | undefined, type: string, lower: number, upper: number): number => {
  const n = Number(value);
  if (n < lower || n > upper) throw new TypeError(`${type} must be between ${lower} and ${upper}, inclusive`);
  return n;
};

/**
 * Parses an HTTP date ending in "GMT" into epoch milliseconds with the same validation and error messages as
 * `@smithy/core`'s `parseRfc7231DateTime`, including `Date.UTC`'s mapping of years 0-99 to 1900-1999.
 */
const parseGmtDate = (value: string): number => {
  const match = HTTP_DATE.exec(value);
  if (!match) throw new TypeError("Invalid RFC-7231 date-time value");
  const rfc850 = match[4] !== undefined;
  const [dayText, monthText, yearText] = rfc850 ? match.slice(4, 7) : match.slice(1, 4);
  let year = Number(yearText);
  if (rfc850) {
    const thisYear = new Date().getUTCFullYear();
    year += Math.floor(thisYear / 100) * 100;
    if (year < thisYear) year += 100;
  }
  const month = MONTHS.indexOf(monthText!);
  const day = inRange(dayText, "day", 1, 31);
  // Day 0 of the next month is the last day of this one; setUTCFullYear, unlike Date.UTC, keeps years 0-99 as they are.
  if (day > new Date(new Date(0).setUTCFullYear(year, month + 1, 0)).getUTCDate()) {
    throw new TypeError(`Invalid day for ${monthText} in ${year}: ${day}`);
  }
  const [hours, minutes, seconds, fraction] = match.slice(7);
  const date = new Date(
    Date.UTC(
      year,
      month,
      day,
      inRange(hours, "hour", 0, 23),
      inRange(minutes, "minute", 0, 59),
      inRange(seconds, "seconds", 0, 60),
      fraction === undefined ? 0 : parseFloat("0." + fraction) * 1000,
    ),
  );
  return rfc850 && date.getTime() - Date.now() > FIFTY_YEARS_MS ? date.setUTCFullYear(date.getUTCFullYear() - 100) : date.getTime();
};

/**
 * Reads a retry hint from an error's HTTP response, like the SDK's `parseRetryAfterHeader`: the first header named
 * `retry-after` (HTTP date, "… GMT, secs", seconds, or a future `Date.parse`-able date) or `x-amz-retry-after`
 * (milliseconds), compared case-insensitively, decides; an unparsable value yields no hint.
 *
 * @example
 * ```ts
 * getRetryAfterHint({ statusCode: 429, headers: { "Retry-After": "2" } }); // Date two seconds from now
 * ```
 */
export const getRetryAfterHint = (response: unknown, logger?: Logger): Date | undefined => {
  const { statusCode, headers } = (response ?? {}) as { statusCode?: unknown; headers?: Record<string, string> };
  if (typeof statusCode !== "number" || typeof headers !== "object") return;
  for (const header in headers) {
    if (!Object.hasOwn(headers, header)) continue;
    const name = header.toLowerCase();
    const value = headers[header]!;
    if (name === "retry-after") {
      let seconds = NaN;
      const gmtSeconds = / GMT, (\d+(?:\.\d+)?)$/.exec(value);
      if (value.endsWith("GMT")) {
        try {
          seconds = (parseGmtDate(value) - Date.now()) / 1000;
        } catch (e) {
          logger?.trace?.("Failed to parse retry-after header");
          logger?.trace?.(e);
        }
      } else if (gmtSeconds) seconds = Number(gmtSeconds[1]);
      else if (/^\d+(\.\d+)?$/.test(value)) seconds = Number(value);
      else if (Date.parse(value) >= Date.now()) seconds = (Date.parse(value) - Date.now()) / 1000;
      return isNaN(seconds) ? undefined : new Date(Date.now() + seconds * 1000);
    }
    if (name === "x-amz-retry-after") {
      const ms = Number(value);
      if (!isNaN(ms)) return new Date(Date.now() + ms);
      logger?.trace?.(`Failed to parse x-amz-retry-after=${value}`);
      return;
    }
  }
};
