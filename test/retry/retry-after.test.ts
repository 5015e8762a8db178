import { getRetryAfterHint as sdkGetRetryAfterHint } from "@smithy/core/retry";
import { HttpResponse } from "@smithy/protocol-http";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getRetryAfterHint } from "../../src/retry/index.js";

const NOW = Date.UTC(2026, 2, 10, 8, 30, 0, 250);
const response = (headers: Record<string, string>) => new HttpResponse({ statusCode: 429, headers });
const hint = (impl: typeof getRetryAfterHint, r: unknown) => impl(r as never)?.getTime();
/** Milliseconds from now that the hint asks for, or undefined when there is no hint. */
const offset = (r: unknown) => {
  const t = hint(getRetryAfterHint, r);
  return t === undefined ? undefined : t - NOW;
};

beforeEach(() => {
  vi.useFakeTimers({ now: NOW });
});
afterEach(() => {
  vi.useRealTimers();
});

const values: [string, Record<string, string>, number | undefined][] = [
  ["integer seconds", { "retry-after": "2" }, 2000],
  ["decimal seconds", { "retry-after": "1.5" }, 1500],
  ["zero", { "retry-after": "0" }, 0],
  ["negative number (Date.parse reads a past year)", { "retry-after": "-3" }, undefined],
  ["IMF-fixdate", { "retry-after": "Tue, 10 Mar 2026 08:30:30 GMT" }, 29_750],
  ["IMF-fixdate with fraction", { "retry-after": "Tue, 10 Mar 2026 08:30:30.5 GMT" }, 30_250],
  ["IMF-fixdate, one-digit hour", { "retry-after": "Tue, 10 Mar 2026 9:30:00 GMT" }, 3_599_750],
  ["IMF-fixdate in the past", { "retry-after": "Mon, 09 Mar 2026 08:30:30 GMT" }, -86_370_250],
  ["IMF-fixdate, wrong weekday is accepted", { "retry-after": "Sun, 10 Mar 2026 08:30:30 GMT" }, 29_750],
  ["IMF-fixdate, day 31 in April", { "retry-after": "Fri, 31 Apr 2026 08:30:30 GMT" }, undefined],
  ["IMF-fixdate, Feb 29 in a leap year", { "retry-after": "Tue, 29 Feb 2028 00:00:00 GMT" }, Date.UTC(2028, 1, 29) - NOW],
  ["IMF-fixdate, Feb 29 otherwise", { "retry-after": "Sun, 29 Feb 2027 00:00:00 GMT" }, undefined],
  ["IMF-fixdate, Feb 29 in 2100 (not a leap year)", { "retry-after": "Mon, 29 Feb 2100 00:00:00 GMT" }, undefined],
  ["IMF-fixdate, Feb 29 in 2400", { "retry-after": "Tue, 29 Feb 2400 00:00:00 GMT" }, Date.UTC(2400, 1, 29) - NOW],
  ["IMF-fixdate, hour 24", { "retry-after": "Tue, 10 Mar 2026 24:00:00 GMT" }, undefined],
  ["IMF-fixdate, second 60", { "retry-after": "Tue, 10 Mar 2026 08:30:60 GMT" }, 59_750],
  ["IMF-fixdate, year 0099 (Date.UTC maps it to 1999)", { "retry-after": "Tue, 10 Mar 0099 08:30:00 GMT" }, Date.UTC(1999, 2, 10, 8, 30) - NOW],
  ["RFC 850", { "retry-after": "Tuesday, 10-Mar-26 08:31:00 GMT" }, 59_750],
  ["RFC 850, two-digit year in the past rolls over a century, then back", { "retry-after": "Tuesday, 10-Mar-25 08:31:00 GMT" }, Date.UTC(2025, 2, 10, 8, 31) - NOW],
  ["RFC 850, year 75", { "retry-after": "Monday, 10-Mar-75 08:31:00 GMT" }, Date.UTC(2075, 2, 10, 8, 31) - NOW],
  ["RFC 850, year 77 is more than 50 years out", { "retry-after": "Monday, 10-Mar-77 08:31:00 GMT" }, Date.UTC(1977, 2, 10, 8, 31) - NOW],
  ["asctime ending in GMT is not a form", { "retry-after": "Tue Mar 10 08:31:00 2026 GMT" }, undefined],
  ["'… GMT, secs' form", { "retry-after": "Tue, 10 Mar 2026 08:30:00 GMT, 7" }, 7000],
  ["'… GMT, secs' decimal", { "retry-after": "whatever GMT, 2.25" }, 2250],
  ["Date.parse-able future date", { "retry-after": "2026-03-10T08:31:00Z" }, 59_750],
  ["Date.parse-able past date", { "retry-after": "2026-03-10T08:29:00Z" }, undefined],
  ["garbage", { "retry-after": "soon" }, undefined],
  ["x-amz-retry-after", { "x-amz-retry-after": "3000" }, 3000],
  ["x-amz-retry-after, garbage", { "x-amz-retry-after": "abc" }, undefined],
  ["x-amz-retry-after, empty (Number gives 0)", { "x-amz-retry-after": "" }, 0],
  ["case-insensitive name", { "Retry-After": "4" }, 4000],
  ["first match wins (retry-after first)", { "Retry-After": "4", "x-amz-retry-after": "9000" }, 4000],
  ["first match wins (x-amz-retry-after first)", { "X-Amz-Retry-After": "9000", "retry-after": "4" }, 9000],
  ["first match wins even when unparsable", { "retry-after": "soon", "x-amz-retry-after": "9000" }, undefined],
  ["no header", { "content-type": "application/json" }, undefined],
];

describe("getRetryAfterHint", () => {
  it.each(values)("reads %s like the SDK", (_, headers, expected) => {
    const r = response(headers);
    expect(offset(r)).toBe(expected);
    expect(hint(getRetryAfterHint, r)).toBe(hint(sdkGetRetryAfterHint, r));
  });

  it("ignores anything that is not an HTTP response", () => {
    for (const r of [undefined, null, {}, { headers: { "retry-after": "2" } }, { statusCode: "429", headers: { "retry-after": "2" } }]) {
      expect(getRetryAfterHint(r)).toBeUndefined();
      expect(sdkGetRetryAfterHint(r as never)).toBeUndefined();
    }
    expect(offset({ statusCode: 503, headers: { "retry-after": "1" } })).toBe(1000);
  });

  it("traces unparsable values to the logger like the SDK", () => {
    const traces = (impl: typeof getRetryAfterHint) => {
      const seen: string[] = [];
      const logger = { trace: (m: unknown) => seen.push(String(m)), debug() {}, info() {}, warn() {}, error() {} };
      impl(response({ "retry-after": "Fri, 31 Apr 2026 08:30:30 GMT" }), logger);
      impl(response({ "retry-after": "Tue, 10 Mar 2026 25:30:30 GMT" }), logger);
      impl(response({ "x-amz-retry-after": "x" }), logger);
      return seen;
    };
    expect(traces(getRetryAfterHint)).toEqual(traces(sdkGetRetryAfterHint as typeof getRetryAfterHint));
    expect(traces(getRetryAfterHint)).toContain("TypeError: Invalid day for Apr in 2026: 31");
  });

  it("matches the SDK on random HTTP dates, valid or not", () => {
    const DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    const LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    const pad = (n: number, w = 2) => String(n).padStart(w, "0");
    const date = fc
      .record({
        form: fc.constantFrom("imf", "rfc850"),
        dow: fc.integer({ min: 0, max: 6 }),
        day: fc.integer({ min: 0, max: 35 }),
        month: fc.integer({ min: 0, max: 11 }),
        year: fc.integer({ min: 0, max: 2200 }),
        hour: fc.integer({ min: 0, max: 26 }),
        minute: fc.integer({ min: 0, max: 61 }),
        second: fc.integer({ min: 0, max: 62 }),
        fraction: fc.option(fc.stringMatching(/^\d{1,5}$/), { nil: undefined }),
      })
      .map((d) => {
        const time = `${d.hour}:${pad(d.minute)}:${pad(d.second)}${d.fraction === undefined ? "" : "." + d.fraction}`;
        return d.form === "imf"
          ? `${DAYS[d.dow]}, ${pad(d.day)} ${MONTHS[d.month]} ${pad(d.year, 4)} ${time} GMT`
          : `${LONG[d.dow]}, ${pad(d.day)}-${MONTHS[d.month]}-${pad(d.year % 100)} ${time} GMT`;
      });
    fc.assert(
      fc.property(date, fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) }), (value, now) => {
        vi.setSystemTime(now);
        const r = response({ "retry-after": value });
        expect(hint(getRetryAfterHint, r)).toBe(hint(sdkGetRetryAfterHint, r));
      }),
      { numRuns: 2000 },
    );
  });

  it("matches the SDK on random header values", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("retry-after", "x-amz-retry-after", "RETRY-AFTER"),
        fc.oneof(fc.string(), fc.double().map(String), fc.integer().map(String), fc.date({ noInvalidDate: true }).map((d) => d.toUTCString())),
        (name, value) => {
          const r = response({ [name]: value });
          expect(hint(getRetryAfterHint, r)).toBe(hint(sdkGetRetryAfterHint, r));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
