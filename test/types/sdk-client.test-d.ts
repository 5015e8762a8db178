import { Agent } from "node:https";
import type * as sdk from "@aws-sdk/client-lambda";
import { fromEnv, fromIni, fromNodeProviderChain, fromTemporaryCredentials } from "@aws-sdk/credential-providers";
import { ConfiguredRetryStrategy, StandardRetryStrategy } from "@smithy/core/retry";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import type { Paginator } from "@smithy/types";
import { assertType, describe, expectTypeOf, it } from "vitest";
import * as ours from "../../src/index.js";

// Client configuration that typical SDK code passes compiles unchanged, sends are typed per
// command, and the exception classes carry the SDK's fields.

describe("LambdaClient configuration accepts what SDK code passes", () => {
  it("credential providers from @aws-sdk/credential-providers", () => {
    assertType<ours.LambdaClientConfig>({ region: "us-east-1", credentials: fromIni({ profile: "dev" }) });
    assertType<ours.LambdaClientConfig>({ credentials: fromNodeProviderChain() });
    assertType<ours.LambdaClientConfig>({ credentials: fromEnv() });
    assertType<ours.LambdaClientConfig>({ credentials: fromTemporaryCredentials({ params: { RoleArn: "arn:aws:iam::123456789012:role/r" } }) });
    assertType<ours.LambdaClientConfig>({ credentials: { accessKeyId: "a", secretAccessKey: "b", sessionToken: "c", expiration: new Date() } });
    assertType<ours.LambdaClientConfig>({ credentials: async () => ({ accessKeyId: "a", secretAccessKey: "b" }) });
  });

  it("request handlers, retry strategies, endpoints and the rest", () => {
    assertType<ours.LambdaClientConfig>({ requestHandler: new NodeHttpHandler({ connectionTimeout: 1000, requestTimeout: 5000 }) });
    assertType<ours.LambdaClientConfig>({ requestHandler: { requestTimeout: 5000, connectionTimeout: 1000, httpsAgent: new Agent({ keepAlive: true }) } });
    assertType<ours.LambdaClientConfig>({ retryStrategy: new ConfiguredRetryStrategy(4, (attempt: number) => 100 + attempt * 1000) });
    assertType<ours.LambdaClientConfig>({ retryStrategy: new StandardRetryStrategy(5) });
    assertType<ours.LambdaClientConfig>({ maxAttempts: 5, retryMode: "adaptive" });
    assertType<ours.LambdaClientConfig>({ endpoint: "http://localhost:4566" });
    assertType<ours.LambdaClientConfig>({ endpoint: { url: new URL("http://localhost:4566") } });
    assertType<ours.LambdaClientConfig>({ endpoint: { protocol: "https:", hostname: "h", path: "/" } });
    assertType<ours.LambdaClientConfig>({ region: async () => "eu-west-1", useFipsEndpoint: true, useDualstackEndpoint: false });
    assertType<ours.LambdaClientConfig>({ logger: console, customUserAgent: "my-app/1.0", systemClockOffset: 0, profile: "dev" });
    assertType<ours.LambdaClientConfig>({ customUserAgent: [["my-app", "1.0"]], userAgentAppId: "app" });
    // Typical options copied from SDK code, typed with the SDK's config type.
    const fromSdkCode = { region: "us-east-1", maxAttempts: 3, logger: console } satisfies sdk.LambdaClientConfig;
    assertType<ours.LambdaClientConfig>(fromSdkCode);
    expectTypeOf(ours.LambdaClient).constructorParameters.toEqualTypeOf<[ours.LambdaClientConfig] | []>();
  });

  it("the SDK's whole LambdaClientConfig type", () => {
    expectTypeOf<Omit<sdk.LambdaClientConfig, "requestHandler" | "sha256">>().toExtend<ours.LambdaClientConfig>();
    expectTypeOf<sdk.LambdaClientConfig>().toExtend<ours.LambdaClientConfig>();
  });
});

describe("send() is typed per command", () => {
  const client = new ours.LambdaClient({});
  it("returns each command's output", () => {
    expectTypeOf(client.send(new ours.GetEventSourceMappingCommand({ UUID: "u" }))).resolves.toEqualTypeOf<ours.GetEventSourceMappingCommandOutput>();
    expectTypeOf(client.send(new ours.ListEventSourceMappingsCommand({}))).resolves.toEqualTypeOf<ours.ListEventSourceMappingsCommandOutput>();
    expectTypeOf(client.send(new ours.CreateEventSourceMappingCommand({ FunctionName: "f" }))).resolves.toEqualTypeOf<ours.CreateEventSourceMappingCommandOutput>();
    expectTypeOf(client.send(new ours.DeleteEventSourceMappingCommand({ UUID: "u" }), { abortSignal: new AbortController().signal })).resolves.toHaveProperty("$metadata");
  });

  it("has the callback form", () => {
    expectTypeOf(client.send(new ours.GetEventSourceMappingCommand({ UUID: "u" }), (err: unknown, data?: ours.GetEventSourceMappingCommandOutput) => void [err, data])).toEqualTypeOf<void>();
  });

  it("rejects a wrong input", () => {
    // @ts-expect-error UUID is required
    new ours.GetEventSourceMappingCommand({});
    // @ts-expect-error BatchSize is a number
    new ours.UpdateEventSourceMappingCommand({ UUID: "u", BatchSize: "10" });
  });

  it("the aggregated client and the paginator", () => {
    const lambda = new ours.Lambda({});
    expectTypeOf(lambda.getEventSourceMapping({ UUID: "u" })).resolves.toEqualTypeOf<ours.GetEventSourceMappingCommandOutput>();
    expectTypeOf(lambda.listEventSourceMappings({}, () => {})).toEqualTypeOf<void>();
    expectTypeOf(lambda.paginateListEventSourceMappings({})).toEqualTypeOf<Paginator<ours.ListEventSourceMappingsCommandOutput>>();
    expectTypeOf(ours.paginateListEventSourceMappings({ client, pageSize: 10 }, {})).toEqualTypeOf<Paginator<ours.ListEventSourceMappingsCommandOutput>>();
    expectTypeOf(lambda).toExtend<ours.LambdaClient>();
  });
});

describe("exception classes have the SDK's fields", () => {
  it("modeled members", () => {
    expectTypeOf<ours.TooManyRequestsException["retryAfterSeconds"]>().toEqualTypeOf<sdk.TooManyRequestsException["retryAfterSeconds"]>();
    expectTypeOf<ours.TooManyRequestsException["Reason"]>().toEqualTypeOf<sdk.TooManyRequestsException["Reason"]>();
    expectTypeOf<ours.TooManyRequestsException["Type"]>().toEqualTypeOf<sdk.TooManyRequestsException["Type"]>();
    expectTypeOf<ours.ResourceNotFoundException["Type"]>().toEqualTypeOf<sdk.ResourceNotFoundException["Type"]>();
    expectTypeOf<ours.ResourceNotFoundException["name"]>().toEqualTypeOf<sdk.ResourceNotFoundException["name"]>();
    expectTypeOf<ours.ResourceNotFoundException["$fault"]>().toEqualTypeOf<sdk.ResourceNotFoundException["$fault"]>();
    expectTypeOf<ours.ServiceException["$fault"]>().toEqualTypeOf<"server">();
    expectTypeOf<ours.InvalidParameterValueException["message"]>().toEqualTypeOf<string>();
    expectTypeOf<ours.LambdaServiceException["$metadata"]>().toEqualTypeOf<sdk.LambdaServiceException["$metadata"]>();
  });

  it("instances of each library are assignable to the other's class type", () => {
    expectTypeOf<sdk.ResourceNotFoundException>().toExtend<ours.ResourceNotFoundException>();
    expectTypeOf<ours.ResourceNotFoundException>().toExtend<sdk.ResourceNotFoundException>();
    expectTypeOf<sdk.TooManyRequestsException>().toExtend<ours.TooManyRequestsException>();
    expectTypeOf<ours.TooManyRequestsException>().toExtend<sdk.TooManyRequestsException>();
    expectTypeOf<ours.ResourceConflictException>().toExtend<sdk.ResourceConflictException>();
    expectTypeOf<ours.ResourceInUseException>().toExtend<sdk.ResourceInUseException>();
    expectTypeOf<ours.InvalidParameterValueException>().toExtend<sdk.InvalidParameterValueException>();
    expectTypeOf<ours.LambdaServiceException>().toExtend<sdk.LambdaServiceException>();
  });
});
