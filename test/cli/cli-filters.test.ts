import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli, type CliRunner } from "./support/cli-runner.js";

// validate-filter and test-filter: local FilterCriteria evaluation, no server involved.

let cli: CliRunner;
beforeAll(async () => {
  cli = await buildCli();
});
afterAll(() => cli.dispose());

const sqs = (body: object) => ({ eventSource: "aws:sqs", messageId: "1", body: JSON.stringify(body) });

describe("validate-filter", () => {
  it("accepts a valid pattern: exit 0, no problems", async () => {
    const result = await cli.run(["validate-filter", '{"body":{"price":[{"numeric":[">",10]}]}}']);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(result.stdout)).toEqual({ valid: true, problems: [] });
  });

  it("lists every problem of an invalid pattern and exits 1", async () => {
    const result = await cli.run(["validate-filter", '{"body":{"price":[{"numeric":[">",10,"<",5]}]}}']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      valid: false,
      problems: [{ filterIndex: 0, path: "Filters[0].Pattern: body.price[0].numeric", message: "the lower bound (10) must be less than the upper bound (5)" }],
    });
  });

  it("reports text that is not JSON as Lambda would", async () => {
    const result = await cli.run(["validate-filter", "price > 10"]);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).problems[0]).toMatchObject({ filterIndex: 0, path: "Filters[0].Pattern" });
  });

  it("reads a whole FilterCriteria from @file and checks the filter quota (--max-filters raises it)", async () => {
    const file = join(cli.dir, "criteria.json");
    const Filters = Array.from({ length: 6 }, (_, i) => ({ Pattern: JSON.stringify({ body: { n: [i] } }) }));
    writeFileSync(file, JSON.stringify({ Filters }));
    const quota = await cli.run(["validate-filter", `@${file}`]);
    expect(quota.code).toBe(1);
    expect(JSON.parse(quota.stdout).problems).toEqual([expect.objectContaining({ filterIndex: -1, path: "Filters" })]);
    const raised = await cli.run(["validate-filter", `@${file}`, "--max-filters", "10"]);
    expect(raised.code).toBe(0);
  });

  it("reads the pattern from stdin with @-", async () => {
    const result = await cli.run(["validate-filter", "@-"], { input: '{"eventName":["INSERT"]}' });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).valid).toBe(true);
  });

  it("renders problems as a table", async () => {
    const ok = await cli.run(["validate-filter", '{"a":["b"]}', "--output", "table"]);
    expect(ok.stdout).toBe("valid\n");
    const bad = await cli.run(["validate-filter", '{"a":"b"}', "--output", "table"]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^PATH\s+PROBLEM\nFilters\[0\]\.Pattern: a\s+\S/);
  });
});

describe("test-filter", () => {
  const pattern = '{"body":{"type":["order"]}}';

  it("tells whether one record matches, shaping the SQS body", async () => {
    const yes = await cli.run(["test-filter", "--pattern", pattern, "--record", JSON.stringify(sqs({ type: "order" }))]);
    expect(yes).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(yes.stdout)).toEqual({ matched: true });
    const no = await cli.run(["test-filter", "--pattern", pattern, "--record", JSON.stringify(sqs({ type: "refund" }))]);
    expect(JSON.parse(no.stdout)).toEqual({ matched: false });
  });

  it("evaluates each record of an event file, any of several patterns matching", async () => {
    const file = join(cli.dir, "event.json");
    writeFileSync(file, JSON.stringify({ Records: [sqs({ type: "order" }), sqs({ type: "refund" }), sqs({ type: "other" })] }));
    const result = await cli.run(["test-filter", "--pattern", pattern, "--pattern", '{"body":{"type":["refund"]}}', "--record", `@${file}`]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ matched: [true, true, false] });
    const table = await cli.run(["test-filter", "--pattern", pattern, "--record", `@${file}`, "--output", "table"]);
    expect(table.stdout).toMatch(/^RECORD\s+MATCHED\n0\s+true\n1\s+false\n2\s+false\n$/);
  });

  it("uses --event-source for records that carry none (Kafka)", async () => {
    const record = { topic: "t", partition: 0, offset: 1, value: Buffer.from('{"type":"order"}').toString("base64") };
    const kafka = await cli.run(["test-filter", "--pattern", '{"value":{"type":["order"]}}', "--record", JSON.stringify(record), "--event-source", "aws:kafka"]);
    expect(JSON.parse(kafka.stdout)).toEqual({ matched: true });
    const raw = await cli.run(["test-filter", "--pattern", '{"value":{"type":["order"]}}', "--record", JSON.stringify(record)]);
    expect(JSON.parse(raw.stdout)).toEqual({ matched: false });
  });

  it("fails with InvalidFilterPatternError (exit 1) on an invalid pattern", async () => {
    const result = await cli.run(["test-filter", "--pattern", '{"body":"order"}', "--record", "{}"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^InvalidFilterPatternError: Invalid filter pattern definition\. Filters\[0\]\.Pattern/);
  });

  it.each([
    [["test-filter", "--record", "{}"], "lambda-esm test-filter: --pattern is required"],
    [["test-filter", "--pattern", "{}"], "lambda-esm test-filter: --record is required"],
    [["test-filter", "--pattern", '{"a":["b"]}', "--record", "{oops"], "--record: not valid JSON"],
  ])("%j is a usage error", async (args, message) => {
    const result = await cli.run(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`UsageError: ${message}`);
  });
});
