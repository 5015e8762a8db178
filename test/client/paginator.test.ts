import * as sdk from "@aws-sdk/client-lambda";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { LambdaClient, paginateListEventSourceMappings, ResourceNotFoundException } from "../../src/index.js";
import { startCaptureServer, type CaptureServer, type CapturedRequest, type ScriptedResponse } from "../support/capture-server.js";
import { parseQuery } from "../differential/support/verify-signature.js";

// paginateListEventSourceMappings next to the SDK's: same requests, same pages, same input mutation.

let server: CaptureServer;
let ours: LambdaClient;
let theirs: sdk.LambdaClient;
beforeAll(async () => {
  server = await startCaptureServer();
  const config = { region: "us-east-1", credentials: { accessKeyId: "a", secretAccessKey: "b" }, endpoint: server.endpoint, maxAttempts: 1 };
  ours = new LambdaClient(config);
  theirs = new sdk.LambdaClient(config);
});
afterAll(async () => {
  ours.destroy();
  theirs.destroy();
  await server.close();
});

/** Three pages chained by markers; a marker the script does not know gets a 404. */
const threePages = (req: CapturedRequest): ScriptedResponse => {
  const marker = parseQuery(req.query).Marker;
  const next: Record<string, string | undefined> = { "": "m/1+", "m/1+": "m=2", "m=2": undefined };
  if (!(String(marker ?? "") in next)) return { status: 404, headers: { "x-amzn-errortype": "ResourceNotFoundException" }, body: '{"Message":"bad marker"}' };
  return { status: 200, body: JSON.stringify({ NextMarker: next[String(marker ?? "")], EventSourceMappings: [{ UUID: `after-${marker ?? "start"}` }] }) };
};
beforeEach(() => server.respond(threePages));

type Config = { pageSize?: number; startingToken?: string; stopOnSameToken?: boolean };
async function collectBoth(config: Config, makeInput: () => Record<string, unknown>, limit = 10) {
  const run = async (paginate: () => AsyncIterable<Record<string, unknown>>, input: Record<string, unknown>) => {
    const start = server.requests.length;
    const pages: unknown[] = [];
    for await (const page of paginate()) {
      pages.push(page);
      if (pages.length >= limit) break;
    }
    return { pages, queries: server.requests.slice(start).map((r) => r.query), input };
  };
  const oursInput = makeInput();
  const sdkInput = makeInput();
  const a = await run(() => paginateListEventSourceMappings({ client: ours, ...config }, oursInput) as AsyncIterable<Record<string, unknown>>, oursInput);
  const b = await run(() => sdk.paginateListEventSourceMappings({ client: theirs, ...config }, sdkInput) as AsyncIterable<Record<string, unknown>>, sdkInput);
  return { ours: a, sdk: b };
}

describe("paginateListEventSourceMappings", () => {
  it.each<[string, Config, () => Record<string, unknown>]>([
    ["no options", {}, () => ({ FunctionName: "f" })],
    ["pageSize", { pageSize: 2 }, () => ({ FunctionName: "f" })],
    ["an input MaxItems over pageSize", { pageSize: 2 }, () => ({ MaxItems: 9 })],
    ["startingToken", { startingToken: "m/1+" }, () => ({ EventSourceArn: "arn:aws:sqs:us-east-1:123456789012:q" })],
    ["an input Marker", {}, () => ({ Marker: "m=2" })],
    ["startingToken over an input Marker", { startingToken: "m/1+" }, () => ({ Marker: "m=2" })],
  ])("sends the SDK's requests and yields its pages with %s", async (_name, config, input) => {
    const { ours: a, sdk: b } = await collectBoth(config, input);
    expect(a.queries).toEqual(b.queries);
    expect(a.pages).toEqual(b.pages);
    expect(a.pages.length).toBeGreaterThan(0);
    // Both mutate the input they were given the same way.
    expect(a.input).toEqual(b.input);
  });

  it("stops on an empty NextMarker", async () => {
    server.respond({ status: 200, body: '{"NextMarker":"","EventSourceMappings":[]}' });
    const { ours: a, sdk: b } = await collectBoth({}, () => ({}));
    expect(a.pages).toHaveLength(1);
    expect(b.pages).toHaveLength(1);
  });

  it("stops on a repeated token with stopOnSameToken, like the SDK", async () => {
    server.respond({ status: 200, body: '{"NextMarker":"same","EventSourceMappings":[]}' });
    const { ours: a, sdk: b } = await collectBoth({ stopOnSameToken: true }, () => ({}));
    expect(a.queries).toEqual(["", "Marker=same"]);
    expect(b.queries).toEqual(a.queries);
  });

  it("deliberate difference: stops on a repeated token by default, where the SDK loops", async () => {
    server.respond({ status: 200, body: '{"NextMarker":"same","EventSourceMappings":[]}' });
    const { ours: a, sdk: b } = await collectBoth({}, () => ({}), 4);
    expect(a.pages).toHaveLength(2);
    expect(b.pages).toHaveLength(4);
    const loop = await collectBoth({ stopOnSameToken: false }, () => ({}), 4);
    expect(loop.ours.pages).toHaveLength(4);
  });

  it("passes extra arguments to send() and surfaces a failing page", async () => {
    const controller = new AbortController();
    const pages: unknown[] = [];
    const failing = paginateListEventSourceMappings({ client: ours, startingToken: "unknown" }, {}, { abortSignal: controller.signal });
    const error = await (async () => {
      for await (const page of failing) pages.push(page);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(pages).toHaveLength(0);
  });

  it("rejects a client that is not this library's LambdaClient with the SDK's message", async () => {
    const first = (client: unknown) => paginateListEventSourceMappings({ client: client as LambdaClient }, {}).next();
    await expect(first({})).rejects.toThrow("Invalid client, expected instance of LambdaClient");
    await expect(first(theirs)).rejects.toThrow("Invalid client, expected instance of LambdaClient");
    await expect(sdk.paginateListEventSourceMappings({ client: ours as unknown as sdk.LambdaClient }, {}).next()).rejects.toThrow("Invalid client, expected instance of LambdaClient");
  });
});
