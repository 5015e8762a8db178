import { describe, expect, it } from "vitest";
import {
  DEFAULT_MAX_FILTERS,
  INVALID_FILTER_PATTERN_MESSAGE,
  InvalidFilterPatternError,
  MAX_PATTERN_LENGTH,
  matchesFilterCriteria,
  matchesPattern,
  validateFilterCriteria,
  type FilterProblem,
} from "../../src/filters/index.js";
import type { FilterCriteria } from "../../src/models/index.js";
import { INVALID_CASES } from "./validation-corpus.js";

const one = (pattern: string): FilterCriteria => ({ Filters: [{ Pattern: pattern }] });

describe("validateFilterCriteria: one problem kind per pattern", () => {
  it.each(INVALID_CASES)("$name", ({ pattern, path, message }) => {
    const problems = validateFilterCriteria(one(pattern));
    expect(problems).toHaveLength(1);
    const [problem] = problems as [FilterProblem];
    expect(problem.filterIndex).toBe(0);
    expect(problem.path).toBe(path === "" ? "Filters[0].Pattern" : `Filters[0].Pattern: ${path}`);
    expect(problem.message).toContain(message);
  });

  it.each(INVALID_CASES)("matchesFilterCriteria throws instead of matching: $name", ({ pattern }) => {
    const problems = validateFilterCriteria(one(pattern));
    let thrown: unknown;
    try {
      matchesFilterCriteria(one(pattern), { a: "x" });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidFilterPatternError);
    expect((thrown as InvalidFilterPatternError).problems).toEqual(problems);
  });
});

describe("validateFilterCriteria: filters and criteria", () => {
  it("accepts missing and empty criteria", () => {
    expect(validateFilterCriteria(undefined)).toEqual([]);
    expect(validateFilterCriteria(null)).toEqual([]);
    expect(validateFilterCriteria({})).toEqual([]);
    expect(validateFilterCriteria({ Filters: [] })).toEqual([]);
  });

  it("reports a missing, null or non-string Pattern", () => {
    const criteria = { Filters: [{}, { Pattern: null }, { Pattern: { body: ["x"] } }, null] } as unknown as FilterCriteria;
    expect(validateFilterCriteria(criteria)).toEqual([
      { filterIndex: 0, path: "Filters[0].Pattern", message: "is required" },
      { filterIndex: 1, path: "Filters[1].Pattern", message: "is required" },
      {
        filterIndex: 2,
        path: "Filters[2].Pattern",
        message: "must be a string holding a JSON object (use JSON.stringify), got an object",
      },
      { filterIndex: 3, path: "Filters[3]", message: "must be an object with a Pattern, got null" },
    ]);
  });

  it("reports criteria of the wrong shape", () => {
    expect(validateFilterCriteria("x" as unknown as FilterCriteria)).toEqual([
      { filterIndex: -1, path: "FilterCriteria", message: 'must be an object, got the string "x"' },
    ]);
    expect(validateFilterCriteria({ Filters: { Pattern: "{}" } } as unknown as FilterCriteria)).toEqual([
      { filterIndex: -1, path: "Filters", message: "must be a list of filters, got an object" },
    ]);
  });

  it("limits the number of filters to 5 by default and to maxFilters when given", () => {
    const filters = (n: number) => ({ Filters: Array.from({ length: n }, (_, i) => ({ Pattern: `{"n":[${i}]}` })) });
    expect(DEFAULT_MAX_FILTERS).toBe(5);
    expect(validateFilterCriteria(filters(5))).toEqual([]);
    expect(validateFilterCriteria(filters(6))).toEqual([
      {
        filterIndex: -1,
        path: "Filters",
        message: "has 6 filters; at most 5 are allowed per event source mapping (the default quota is 5 and can be raised to 10)",
      },
    ]);
    expect(validateFilterCriteria(filters(10), { maxFilters: 10 })).toEqual([]);
    expect(validateFilterCriteria(filters(11), { maxFilters: 10 })[0]?.message).toMatch(/^has 11 filters; at most 10/);
  });

  it("does not apply the filter quota when matching", () => {
    const filters = Array.from({ length: 7 }, (_, i) => ({ Pattern: `{"n":[${i}]}` }));
    expect(matchesFilterCriteria({ Filters: filters }, { n: 6 })).toBe(true);
  });

  it("limits a pattern to 4096 characters, counted as code points", () => {
    const padded = (length: number, char: string) => {
      const prefix = '{"k":["';
      const suffix = '"]}';
      return prefix + char.repeat(length - prefix.length - suffix.length) + suffix;
    };
    expect(MAX_PATTERN_LENGTH).toBe(4096);
    expect(validateFilterCriteria(one(padded(4096, "a")))).toEqual([]);
    expect(validateFilterCriteria(one(padded(4097, "a")))).toEqual([
      { filterIndex: 0, path: "Filters[0].Pattern", message: "is 4097 characters long; at most 4096 are allowed" },
    ]);
    const astral = padded(4096, "😀");
    expect(astral.length).toBeGreaterThan(4096);
    expect(validateFilterCriteria(one(astral))).toEqual([]);
  });

  it("reports every problem of every filter", () => {
    const criteria = {
      Filters: [
        { Pattern: '{"a":"x","b":[],"c":[{"numeric":[">",5,"<",1]}]}' },
        { Pattern: '{"ok":["fine"]}' },
        { Pattern: '{"d":[{"wildcard":"*"}]}' },
      ],
    };
    expect(validateFilterCriteria(criteria).map((p) => `${p.filterIndex} ${p.path}`)).toEqual([
      "0 Filters[0].Pattern: a",
      "0 Filters[0].Pattern: b",
      "0 Filters[0].Pattern: c[0].numeric",
      "2 Filters[2].Pattern: d[0].wildcard",
    ]);
  });

  it("reports a pattern that is too long and invalid twice", () => {
    const problems = validateFilterCriteria(one(`{"a":"${"x".repeat(5000)}"}`));
    expect(problems.map((p) => p.path)).toEqual(["Filters[0].Pattern", "Filters[0].Pattern: a"]);
  });
});

describe("InvalidFilterPatternError", () => {
  it("carries Lambda's message, the details and the problems", () => {
    expect(INVALID_FILTER_PATTERN_MESSAGE).toBe("Invalid filter pattern definition.");
    let thrown: unknown;
    try {
      matchesFilterCriteria({ Filters: [{ Pattern: '{"ok":["x"]}' }, { Pattern: '{"eventSource":"aws:sqs"}' }] }, {});
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown).toBeInstanceOf(InvalidFilterPatternError);
    const error = thrown as InvalidFilterPatternError;
    expect(error.name).toBe("InvalidFilterPatternError");
    expect(error.message).toBe(
      'Invalid filter pattern definition. Filters[1].Pattern: eventSource: must be an array of match values (e.g. ["aws:sqs"]) or a nested object, got the string "aws:sqs"',
    );
    expect(error.problems).toEqual([
      {
        filterIndex: 1,
        path: "Filters[1].Pattern: eventSource",
        message: 'must be an array of match values (e.g. ["aws:sqs"]) or a nested object, got the string "aws:sqs"',
      },
    ]);
  });

  it("is thrown by matchesPattern for an invalid parsed pattern", () => {
    expect(() => matchesPattern({ a: "x" }, { a: "x" })).toThrow(InvalidFilterPatternError);
    expect(() => matchesPattern({ a: [{ numeric: ["<", 1, ">", 0] }] }, {})).toThrow(/Pattern: a\[0\]\.numeric\[0\]/);
  });

  it("is thrown for Filters that is not a list, or criteria that are not an object", () => {
    expect(() => matchesFilterCriteria({ Filters: "x" } as unknown as FilterCriteria, {})).toThrow(InvalidFilterPatternError);
    expect(() => matchesFilterCriteria("x" as unknown as FilterCriteria, {})).toThrow(/FilterCriteria: must be an object/);
  });
});
