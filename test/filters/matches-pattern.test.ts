import { describe, expect, it } from "vitest";
import { matchesFilterCriteria, matchesPattern, validateFilterCriteria } from "../../src/filters/index.js";
import { MATCH_CASES } from "./match-corpus.js";

describe("matchesPattern corpus", () => {
  it.each(MATCH_CASES)("$name", ({ pattern, event, expected }) => {
    expect(matchesPattern(JSON.parse(pattern) as object, JSON.parse(event))).toBe(expected);
  });
});

describe("matchesFilterCriteria on plain events (no eventSource)", () => {
  it.each(MATCH_CASES)("$name", ({ pattern, event, expected }) => {
    const criteria = { Filters: [{ Pattern: pattern }] };
    expect(validateFilterCriteria(criteria)).toEqual([]);
    expect(matchesFilterCriteria(criteria, JSON.parse(event))).toBe(expected);
  });
});

describe("matchesFilterCriteria across filters", () => {
  const record = { kind: "order", total: 12 };

  it("delivers everything without filters", () => {
    expect(matchesFilterCriteria(undefined, record)).toBe(true);
    expect(matchesFilterCriteria(null, record)).toBe(true);
    expect(matchesFilterCriteria({}, record)).toBe(true);
    expect(matchesFilterCriteria({ Filters: [] }, record)).toBe(true);
  });

  it("ORs the filters", () => {
    const filters = [{ Pattern: '{"kind":["refund"]}' }, { Pattern: '{"total":[{"numeric":[">",10]}]}' }];
    expect(matchesFilterCriteria({ Filters: filters }, record)).toBe(true);
    expect(matchesFilterCriteria({ Filters: filters }, { kind: "order", total: 5 })).toBe(false);
    expect(matchesFilterCriteria({ Filters: filters }, { kind: "refund", total: 5 })).toBe(true);
  });

  it("sees changes to the same FilterCriteria object between calls", () => {
    const criteria = { Filters: [{ Pattern: '{"kind":["order"]}' }] };
    expect(matchesFilterCriteria(criteria, record)).toBe(true);
    criteria.Filters[0] = { Pattern: '{"kind":["refund"]}' };
    expect(matchesFilterCriteria(criteria, record)).toBe(false);
    criteria.Filters.push({ Pattern: '{"total":[12]}' });
    expect(matchesFilterCriteria(criteria, record)).toBe(true);
  });

  it("gives the same answer when a cached pattern is reused many times", () => {
    const criteria = { Filters: [{ Pattern: '{"total":[{"numeric":[">=",10,"<",20]}]}' }] };
    const results = Array.from({ length: 30 }, (_, i) => matchesFilterCriteria(criteria, { total: i }));
    expect(results.map((r, i) => (r ? i : -1)).filter((i) => i >= 0)).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
  });

  it("does not mutate the record", () => {
    const sqs = { eventSource: "aws:sqs", body: '{"a":1}' };
    matchesFilterCriteria({ Filters: [{ Pattern: '{"body":{"a":[1]}}' }] }, sqs);
    expect(sqs).toEqual({ eventSource: "aws:sqs", body: '{"a":1}' });
  });
});
