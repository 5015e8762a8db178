import { describe, expect, it } from "vitest";
import { matchesFilterCriteria, validateFilterCriteria } from "../../src/filters/index.js";
import { parseEventText } from "../../src/filters/json-text.js";
import { EVENT_RULER_MATCH_CASES, EVENT_RULER_VALIDITY_CASES, ISSUE_CASES } from "./event-ruler-cases.js";

// Operators event-ruler has but Lambda does not document (its operator set is the boundary: they stay rejected).
const LAMBDA_UNSUPPORTED = /"(wildcard|cidr|exactly)"\s*:|"anything-but"\s*:\s*\{/;

const one = (pattern: string) => ({ Filters: [{ Pattern: pattern }] });

function parsed(text: string): unknown {
  const result = parseEventText(text);
  if (!result.ok) throw new Error(`test event is not JSON: ${result.error}`);
  return result.value;
}

// The same rule under `body`, against an SQS record whose body is the event text: the path real records take.
const inSqsBody = (rule: string, event: string) => ({
  criteria: one(`{"body":${rule}}`),
  record: { eventSource: "aws:sqs", messageId: "1", body: event },
});

describe("event-ruler's own test cases", () => {
  const supported = EVENT_RULER_MATCH_CASES.filter((c) => !LAMBDA_UNSUPPORTED.test(c.rule));
  const unsupported = EVENT_RULER_MATCH_CASES.filter((c) => LAMBDA_UNSUPPORTED.test(c.rule));

  it.each(supported)("$source", ({ rule, event, expected }) => {
    expect(validateFilterCriteria(one(rule))).toEqual([]);
    expect(matchesFilterCriteria(one(rule), parsed(event))).toBe(expected);
    const sqs = inSqsBody(rule, event);
    expect(matchesFilterCriteria(sqs.criteria, sqs.record)).toBe(expected);
  });

  it.each(unsupported)("rejected as unsupported by Lambda: $source", ({ rule }) => {
    const problems = validateFilterCriteria(one(rule));
    expect(problems.some((p) => p.message.includes("does not support"))).toBe(true);
  });

  it("agrees on every case within Lambda's operator set", () => {
    const agree = supported.filter((c) => matchesFilterCriteria(one(c.rule), parsed(c.event)) === c.expected);
    expect(supported.length).toBeGreaterThanOrEqual(100);
    expect(`${agree.length}/${supported.length}`).toBe(`${supported.length}/${supported.length}`);
  });

  it.each(EVENT_RULER_VALIDITY_CASES)("$source: $rule", ({ rule, valid }) => {
    expect(validateFilterCriteria(one(rule)).length === 0).toBe(valid);
  });
});

describe("issue 8 item 7 and issue 10 item 3 cases, and IP-address strings, with event-ruler's answers", () => {
  it.each(ISSUE_CASES)("$name", ({ rule, event, expected }) => {
    if (expected === "invalid") {
      expect(validateFilterCriteria(one(rule))).not.toEqual([]);
      expect(() => matchesFilterCriteria(one(rule), parsed(event))).toThrow("Invalid filter pattern definition.");
      return;
    }
    expect(validateFilterCriteria(one(rule))).toEqual([]);
    expect(matchesFilterCriteria(one(rule), parsed(event))).toBe(expected);
  });
});
