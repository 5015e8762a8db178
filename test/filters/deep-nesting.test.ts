import { describe, expect, it } from "vitest";
import {
  InvalidFilterPatternError,
  matchesFilterCriteria,
  matchesPattern,
  validateFilterCriteria,
} from "../../src/filters/index.js";

// Issue 10 item 3: deeply nested record bodies and patterns must give a boolean or the documented error
// (InvalidFilterPatternError), never a RangeError. Nothing is recursive on the event side; patterns nest at most
// 1000 levels (Jackson's default StreamReadConstraints.maxNestingDepth, which event-ruler's parser applies).
const one = (pattern: string) => ({ Filters: [{ Pattern: pattern }] });
const sqs = (body: string) => ({ eventSource: "aws:sqs", messageId: "1", body });
const DEPTH = 10_000;

function nestedObjectValue(depth: number, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

describe("deeply nested events", () => {
  const arrays = `${"[".repeat(DEPTH)}${"]".repeat(DEPTH)}`; // 20 KB, 10,000 deep
  const objects = `${'{"a":'.repeat(DEPTH)}1${"}".repeat(DEPTH)}`;

  it("a 10,000-deep SQS body of arrays (20 KB) gives booleans", () => {
    expect(arrays.length).toBe(20_000);
    expect(matchesFilterCriteria(one('{"body":{"a":["x"]}}'), sqs(arrays))).toBe(false);
    expect(matchesFilterCriteria(one('{"body":{"a":[{"exists":false}]}}'), sqs(arrays))).toBe(true);
    expect(matchesFilterCriteria(one('{"body":[{"prefix":"["}]}'), sqs(arrays))).toBe(false);
    expect(matchesFilterCriteria(one('{"messageId":["1"]}'), sqs(arrays))).toBe(true);
  });

  it("a 10,000-deep SQS body of objects gives booleans at any depth the pattern reaches", () => {
    expect(matchesFilterCriteria(one('{"body":{"a":{"a":{"a":[{"exists":true}]}}}}'), sqs(objects))).toBe(false);
    expect(matchesFilterCriteria(one('{"body":{"a":{"a":{"a":[{"exists":false}]}}}}'), sqs(objects))).toBe(true);
    const deepest = `{"body":${'{"a":'.repeat(650)}[1]${"}".repeat(650)}}`;
    expect(matchesFilterCriteria(one(deepest), sqs(`${'{"a":'.repeat(650)}1${"}".repeat(650)}`))).toBe(true);
  });

  it("array consistency holds for leaves 10,000 arrays deep", () => {
    const event = `{"a":${"[".repeat(DEPTH)}{"b":1,"c":2},{"b":3,"c":4}${"]".repeat(DEPTH)}}`;
    expect(matchesFilterCriteria(one('{"body":{"a":{"b":[1],"c":[2]}}}'), sqs(event))).toBe(true);
    expect(matchesFilterCriteria(one('{"body":{"a":{"b":[1],"c":[4]}}}'), sqs(event))).toBe(false);
  });

  it("a 100,000-deep event object passed directly gives booleans", () => {
    const event = nestedObjectValue(100_000, "x");
    expect(matchesPattern({ a: { a: ["x"] } }, event)).toBe(false);
    expect(matchesPattern({ a: { a: { a: [{ exists: false }] } } }, event)).toBe(true);
  });

  it("a 10,000-deep Kinesis record gives a boolean", () => {
    const record = { eventSource: "aws:kinesis", kinesis: { data: Buffer.from(objects).toString("base64") } };
    expect(matchesFilterCriteria(one('{"data":{"a":{"b":[1]}}}'), record)).toBe(false);
  });
});

describe("deeply nested patterns", () => {
  it("a 10,000-deep pattern string is invalid, with problems, and matching throws InvalidFilterPatternError", () => {
    const pattern = `${'{"a":'.repeat(DEPTH)}[1]${"}".repeat(DEPTH)}`;
    const problems = validateFilterCriteria(one(pattern));
    expect(problems.map((p) => p.message)).toEqual([
      `is ${pattern.length} characters long; at most 4096 are allowed`,
      expect.stringContaining("nesting deeper than 1000 levels"),
    ]);
    expect(() => matchesFilterCriteria(one(pattern), {})).toThrow(InvalidFilterPatternError);
  });

  it("a pattern of 10,000 nested arrays is invalid without a RangeError", () => {
    const pattern = `{"a":${"[".repeat(DEPTH)}${"]".repeat(DEPTH)}}`;
    expect(validateFilterCriteria(one(pattern)).length).toBeGreaterThan(0);
    expect(() => matchesFilterCriteria(one(pattern), {})).toThrow(InvalidFilterPatternError);
  });

  it("the deepest pattern that fits in 4096 characters compiles and matches", () => {
    const depth = 800;
    const pattern = `${'{"":'.repeat(depth)}[1]${"}".repeat(depth)}`;
    expect(pattern.length).toBeLessThanOrEqual(4096);
    expect(validateFilterCriteria(one(pattern))).toEqual([]);
    expect(matchesFilterCriteria(one(pattern), {})).toBe(false);
  });

  it("a 100,000-deep pattern object given to matchesPattern throws InvalidFilterPatternError", () => {
    const pattern = nestedObjectValue(100_000, [1]) as object;
    expect(() => matchesPattern(pattern, {})).toThrow(InvalidFilterPatternError);
    expect(() => matchesPattern(pattern, {})).toThrow(/nesting deeper than 1000 levels/);
  });
});
