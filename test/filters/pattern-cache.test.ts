import { describe, expect, it } from "vitest";
import { PATTERN_CACHE_LIMIT, compiledPatternCacheSize } from "../../src/filters/compile-filter.js";
import { matchesFilterCriteria } from "../../src/filters/index.js";

describe("compiled pattern cache", () => {
  it("stays within its limit and keeps answering correctly after evictions", () => {
    const count = PATTERN_CACHE_LIMIT + 100;
    for (let i = 0; i < count; i++) {
      expect(matchesFilterCriteria({ Filters: [{ Pattern: `{"n":[${i}]}` }] }, { n: i })).toBe(true);
      expect(compiledPatternCacheSize()).toBeLessThanOrEqual(PATTERN_CACHE_LIMIT);
    }
    expect(compiledPatternCacheSize()).toBe(PATTERN_CACHE_LIMIT);
    // the first patterns were evicted; compiling them again gives the same answers
    expect(matchesFilterCriteria({ Filters: [{ Pattern: '{"n":[0]}' }] }, { n: 0 })).toBe(true);
    expect(matchesFilterCriteria({ Filters: [{ Pattern: '{"n":[0]}' }] }, { n: 1 })).toBe(false);
  });

  it("caches invalid patterns too, and still reports them every time", () => {
    const criteria = { Filters: [{ Pattern: '{"n":"bad-cache-entry"}' }] };
    expect(() => matchesFilterCriteria(criteria, {})).toThrow(/Filters\[0\]\.Pattern: n/);
    expect(() => matchesFilterCriteria(criteria, {})).toThrow(/Filters\[0\]\.Pattern: n/);
  });
});
