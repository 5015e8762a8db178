import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliRunner, type CliRunner } from "./support/cli-runner.js";

// validate-filter and test-filter: local FilterCriteria evaluation, no server involved.

let cli: CliRunner;
beforeAll(() => {
  cli = cliRunner();
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

  it("renders problems as lines with --output text", async () => {
    const ok = await cli.run(["validate-filter", '{"a":["b"]}', "--output", "text"]);
    expect(ok.stdout).toBe("valid\n");
    const bad = await cli.run(["validate-filter", '{"a":"b"}', "--output", "text"]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^Filters\[0\]\.Pattern: a: \S/);
  });
});

describe("test-filter", () => {
  const pattern = '{"body":{"type":["order"]}}';

  it("tells which records are delivered and, for a dropped one, the first pattern field it failed", async () => {
    const yes = await cli.run(["test-filter", "--pattern", pattern, "--record", JSON.stringify(sqs({ type: "order" }))]);
    expect(yes).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(yes.stdout)).toEqual({ delivered: [0], dropped: [] });
    const no = await cli.run(["test-filter", "--pattern", '{"eventSource":["aws:sqs"],"body":{"type":["order"]}}', "--record", JSON.stringify(sqs({ type: "refund" }))]);
    expect(JSON.parse(no.stdout)).toEqual({ delivered: [], dropped: [{ record: 0, filter: 0, field: "body.type" }] });
  });

  it("evaluates each record of an event file (file://), any of several patterns matching", async () => {
    const file = join(cli.dir, "event.json");
    writeFileSync(file, JSON.stringify({ Records: [sqs({ type: "order" }), sqs({ type: "refund" }), sqs({ type: "other" })] }));
    const result = await cli.run(["test-filter", "--pattern", pattern, '{"body":{"type":["refund"]}}', "--record", `file://${file}`]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ delivered: [0, 1], dropped: [{ record: 2, filter: 0, field: "body.type" }] });
    const text = await cli.run(["test-filter", "--pattern", pattern, "--record", `@${file}`, "--output", "text"]);
    expect(text.stdout).toBe("delivered: 0\ndropped: record 1: filter 0 field body.type did not match\ndropped: record 2: filter 0 field body.type did not match\n");
  });

  it("uses --event-source for records that carry none (Kafka), and says why when a record has no eventSource", async () => {
    const record = { topic: "t", partition: 0, offset: 1, value: Buffer.from('{"type":"order"}').toString("base64") };
    const kafka = await cli.run(["test-filter", "--pattern", '{"value":{"type":["order"]}}', "--record", JSON.stringify(record), "--event-source", "aws:kafka"]);
    expect(JSON.parse(kafka.stdout)).toEqual({ delivered: [0], dropped: [] });
    const raw = await cli.run(["test-filter", "--pattern", '{"value":{"type":["order"]}}', "--record", JSON.stringify(record)]);
    const dropped = JSON.parse(raw.stdout).dropped[0];
    expect(dropped).toMatchObject({ record: 0, filter: 0, field: "value.type" });
    expect(dropped.note).toMatch(/no eventSource.*--event-source/);
  });

  it("fails on an invalid pattern naming the problem, without a JavaScript error name", async () => {
    const result = await cli.run(["test-filter", "--pattern", '{"body":"order"}', "--record", "{}"]);
    expect(result.code).toBe(255);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^\nInvalid filter pattern definition\. Filters\[0\]\.Pattern/);
  });

  it.each([
    [["test-filter", "--record", "{}"], "lambda-esm: error: the following arguments are required: --pattern"],
    [["test-filter", "--pattern", "{}"], "lambda-esm: error: the following arguments are required: --record"],
    [["test-filter", "--pattern", '{"a":["b"]}', "--record", "{oops"], "--record: not valid JSON"],
  ])("%j is a usage error (exit 252)", async (args, message) => {
    const result = await cli.run(args);
    expect(result.code).toBe(252);
    expect(result.stderr).toContain(message);
  });
});
