import type { Logger } from "@smithy/types";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const M = MONTHS.join("|");
const TIME = String.raw`(\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$`;
const IMF_FIXDATE = new RegExp(String.raw`^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (${M}) (\d{4}) ${TIME}`);
const RFC_850_DATE = new RegExp(
  String.raw`^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(${M})-(\d{2}) ${TIME}`,
);
const FIFTY_YEARS_MS = 50 * 365 * 24 * 60 * 60 * 1000;

const inRange = (value: string, type: string, lower: number, upper: number): number => {
  const n = Number(value);
  if (n < lower || n > upper) throw new TypeError(`${type} must be between ${lower} and ${upper}, inclusive`);
  return n;
};

/**
 * Parses the two RFC 7231 date forms that end in "GMT" (IMF-fixdate and RFC 850) with the same validation as
 * `@smithy/core`'s `parseRfc7231DateTime`, including `Date.UTC`'s mapping of years 0-99 to 1900-1999.
 */
const parseGmtDate = (value: string): Date => {
  const imf = IMF_FIXDATE.exec(value);
  const match = imf ?? RFC_850_DATE.exec(value);
  if (!match) throw new TypeError("Invalid RFC-7231 date-time value");
  const [, dayStr, monthStr, yearStr, hours, minutes, seconds, fraction] = match as unknown as string[];
  let year = Number(yearStr);
  if (!imf) {
    const thisYear = new Date().getUTCFullYear();
    year += Math.floor(thisYear / 100) * 100;
    if (year < thisYear) year += 100;
  }
  const month = MONTHS.indexOf(monthStr);
  const day = inRange(dayStr, "day", 1, 31);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 1 && leap ? 29 : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month])) {
    throw new TypeError(`Invalid day for ${monthStr} in ${year}: ${day}`);
  }
  const ms = fraction === undefined ? 0 : parseFloat("0." + fraction) * 1000;
  const h = inRange(hours, "hour", 0, 23);
  const m = inRange(minutes, "minute", 0, 59);
  const date = new Date(Date.UTC(year, month, day, h, m, inRange(seconds, "seconds", 0, 60), ms));
  if (!imf && date.getTime() - new Date().getTime() > FIFTY_YEARS_MS) {
    date.setUTCFullYear(date.getUTCFullYear() - 100);
  }
  return date;
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
  const r = response as { statusCode?: unknown; headers?: Record<string, string> } | undefined;
  if (!r || typeof r.statusCode !== "number" || typeof r.headers !== "object") return;
  const headers = r.headers;
  for (const header in headers) {
    if (!Object.prototype.hasOwnProperty.call(headers, header)) continue;
    const h = header.toLowerCase();
    if (h === "retry-after") {
      const retryAfter = headers[header];
      let seconds = NaN;
      if (retryAfter.endsWith("GMT")) {
        try {
          seconds = (parseGmtDate(retryAfter).getTime() - Date.now()) / 1000;
        } catch (e) {
          logger?.trace?.("Failed to parse retry-after header");
          logger?.trace?.(e);
        }
      } else if (retryAfter.match(/ GMT, ((\d+)|(\d+\.\d+))$/)) {
        seconds = Number(retryAfter.match(/ GMT, ([\d.]+)$/)?.[1]);
      } else if (retryAfter.match(/^((\d+)|(\d+\.\d+))$/)) {
        seconds = Number(retryAfter);
      } else if (Date.parse(retryAfter) >= Date.now()) {
        seconds = (Date.parse(retryAfter) - Date.now()) / 1000;
      }
      if (isNaN(seconds)) return;
      return new Date(Date.now() + seconds * 1000);
    } else if (h === "x-amz-retry-after") {
      const v = headers[header];
      const ms = Number(v);
      if (isNaN(ms)) {
        logger?.trace?.(`Failed to parse x-amz-retry-after=${v}`);
        return;
      }
      return new Date(Date.now() + ms);
    }
  }
};
