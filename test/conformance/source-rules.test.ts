import { describe, expect, it } from "vitest";
import { startLocalLambda } from "../../src/local/index.js";
import { oursApi, sdkApi } from "../local/support/clients.js";
import { CASES, KNOWN_FUNCTIONS, type ConformanceCase } from "./cases.js";
import { callOverWire, callThroughClient, withUuids, type Outcome } from "./run-call.js";

type Way = "lambda-event-source-mappings" | "@aws-sdk/client-lambda" | "signed HTTP";
const WAYS: readonly Way[] = ["lambda-event-source-mappings", "@aws-sdk/client-lambda", "signed HTTP"];

/** Runs one row on a fresh service (so rows never see each other's mappings) and returns what came back. */
async function run(row: ConformanceCase, way: Way): Promise<{ outcome: Outcome; given: string[] }> {
  const local = await startLocalLambda({ functions: KNOWN_FUNCTIONS, ...row.service });
  const setup = sdkApi(local);
  const api = way === "lambda-event-source-mappings" ? oursApi(local) : sdkApi(local);
  try {
    const given: string[] = [];
    for (const input of row.givenMappings ?? []) given.push((await setup.create(input)).UUID!);
    if (row.before) await callThroughClient(setup, withUuids(row.before, given));
    const call = withUuids(row.call, given);
    const outcome = way === "signed HTTP" ? await callOverWire(local, call) : await callThroughClient(api, call);
    return { outcome, given };
  } finally {
    setup.destroy();
    api.destroy();
    await local.close();
  }
}

describe.each(WAYS)("the service's per-source rules and defaults, through %s", (way) => {
  it.each(CASES.map((row) => [`${row.rule} (${row.confirmed ? "confirmed" : "inferred"}: ${row.source})`, row] as const))("%s", async (_title, row) => {
    const { outcome, given } = await run(row, way);
    const { expect: want } = row;
    // A client that checks input before sending reports no HTTP status; everything else must agree.
    if (outcome.status !== undefined || way !== "lambda-event-source-mappings") expect(outcome.status).toBe(want.status);
    if (want.code) {
      const message = typeof want.message === "function" ? want.message({ given }) : want.message;
      expect({ code: outcome.code, message: outcome.message }).toEqual({ code: want.code, message });
      if (way === "signed HTTP") expect(outcome.messageKey).toBe(want.messageKey);
      return;
    }
    expect(outcome.code).toBeUndefined();
    const uuid = String(outcome.body?.UUID ?? "");
    const fields = typeof want.fields === "function" ? want.fields({ given, answer: uuid }) : want.fields;
    expect(outcome.body).toMatchObject(fields ?? {});
    for (const member of want.absent ?? []) expect(outcome.body).not.toHaveProperty(member);
  });
});

describe("the conformance table itself", () => {
  it("names a source for every row and covers each rule once", () => {
    const rules = CASES.map((row) => row.rule);
    expect(new Set(rules).size).toBe(rules.length);
    for (const row of CASES) expect(row.source.length).toBeGreaterThan(10);
  });
});
