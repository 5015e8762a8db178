import { Readable } from "node:stream";
import { NodeHttpHandler as SdkNodeHttpHandler } from "@smithy/node-http-handler";
import { HttpResponse, type HttpRequest } from "@smithy/protocol-http";
import type { HttpHandlerOptions } from "@smithy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GetEventSourceMappingCommand, LambdaClient, ListEventSourceMappingsCommand, NodeHttpHandler } from "../../src/index.js";
import { startCaptureServer, type CaptureServer } from "../support/capture-server.js";

// Custom request handlers: any object with handle(), the SDK's own NodeHttpHandler, handler options.

const credentials = { accessKeyId: "AKID", secretAccessKey: "SECRET" };
let server: CaptureServer;
beforeAll(async () => {
  server = await startCaptureServer();
  server.respond({ status: 200, headers: { "x-amzn-requestid": "rid" }, body: '{"UUID":"u","State":"Enabled"}' });
});
afterAll(() => server.close());

/** A handler that answers without a network, recording what it was given. */
function fakeHandler(body: () => unknown) {
  const seen: Array<{ request: HttpRequest; options?: HttpHandlerOptions }> = [];
  return {
    seen,
    handler: {
      async handle(request: HttpRequest, options?: HttpHandlerOptions) {
        seen.push({ request, options });
        return { response: new HttpResponse({ statusCode: 200, headers: { "x-amzn-requestid": "fake" }, body: body() }) };
      },
    },
  };
}

describe("a custom requestHandler object", () => {
  it.each<[string, () => unknown]>([
    ["a string", () => '{"UUID":"s"}'],
    ["a Uint8Array", () => new TextEncoder().encode('{"UUID":"s"}')],
    ["a Node Readable", () => Readable.from([Buffer.from('{"UUID"'), Buffer.from(':"s"}')])],
    ["a web ReadableStream", () => new Blob(['{"UUID":"s"}']).stream()],
    ["a Blob", () => new Blob(['{"UUID":"s"}'])],
  ])("is used as is, with the body as %s", async (_name, body) => {
    const { handler, seen } = fakeHandler(body);
    const client = new LambdaClient({ region: "us-west-2", credentials, requestHandler: handler });
    const controller = new AbortController();
    const output = await client.send(new GetEventSourceMappingCommand({ UUID: "a b" }), { abortSignal: controller.signal, requestTimeout: 1234 });
    expect(output).toMatchObject({ UUID: "s", $metadata: { httpStatusCode: 200, requestId: "fake", attempts: 1 } });
    expect(seen).toHaveLength(1);
    const { request, options } = seen[0]!;
    expect(request.hostname).toBe("lambda.us-west-2.amazonaws.com");
    expect(request.protocol).toBe("https:");
    expect(request.path).toBe("/2015-03-31/event-source-mappings/a%20b");
    expect(request.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKID\/\d{8}\/us-west-2\/lambda\/aws4_request/);
    expect(options).toMatchObject({ abortSignal: controller.signal, requestTimeout: 1234 });
  });

  it("destroy() calls the handler's destroy()", () => {
    let destroyed = 0;
    const client = new LambdaClient({ region: "us-east-1", credentials, requestHandler: { handle: async () => ({ response: new HttpResponse({ statusCode: 200 }) }), destroy: () => void destroyed++ } });
    client.destroy();
    expect(destroyed).toBe(1);
  });
});

describe("handlers on the network", () => {
  it("works with the SDK's own NodeHttpHandler (streamed bodies)", async () => {
    const client = new LambdaClient({ region: "us-east-1", credentials, endpoint: server.endpoint, requestHandler: new SdkNodeHttpHandler({ connectionTimeout: 60_000 }) });
    const output = await client.send(new ListEventSourceMappingsCommand({ FunctionName: "f", MaxItems: 2 }));
    client.destroy();
    expect(output.$metadata).toMatchObject({ httpStatusCode: 200, requestId: "rid" });
    expect(server.requests.at(-1)!.query).toBe("FunctionName=f&MaxItems=2");
  });

  it("takes handler options, and this library's NodeHttpHandler instance", async () => {
    for (const requestHandler of [{ requestTimeout: 60_000, connectionTimeout: 60_000 }, new NodeHttpHandler({ requestTimeout: 60_000 })]) {
      const client = new LambdaClient({ region: "us-east-1", credentials, endpoint: server.endpoint, requestHandler });
      expect(await client.send(new GetEventSourceMappingCommand({ UUID: "u" }))).toMatchObject({ UUID: "u", State: "Enabled" });
      client.destroy();
    }
  });

  it("sends customUserAgent in both user-agent headers", async () => {
    const client = new LambdaClient({ region: "us-east-1", credentials, endpoint: server.endpoint, customUserAgent: [["my-app", "2.0"]], userAgentAppId: "team-x" });
    await client.send(new GetEventSourceMappingCommand({ UUID: "u" }));
    client.destroy();
    const headers = server.requests.at(-1)!.headers;
    expect(headers["user-agent"]).toMatch(/ app\/team-x my-app\/2\.0$/);
    expect(headers["x-amz-user-agent"]).toMatch(/^lambda-event-source-mappings\/\S+ my-app\/2\.0$/);
  });

  it("accepts httpAgent as AgentOptions, as the SDK does", async () => {
    const requestHandler = { httpAgent: { keepAlive: false, maxSockets: 2 } } as unknown as ConstructorParameters<typeof NodeHttpHandler>[0];
    const client = new LambdaClient({ region: "us-east-1", credentials, endpoint: server.endpoint, maxAttempts: 1, requestHandler });
    try {
      expect(await client.send(new GetEventSourceMappingCommand({ UUID: "u" }))).toMatchObject({ UUID: "u" });
    } finally {
      client.destroy();
    }
  });
});
