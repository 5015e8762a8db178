import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEBIAN_PYTHON, thirdPartyTool } from "../support/third-party-tool.js";
import { FN_ARN, QUEUE, STREAM, TABLE_STREAM } from "./cases.js";
import { runProcess } from "./support/run-process.js";
import { isolatedAwsEnv, KEY, startServices, TEMP_KEY, type Services } from "./support/services.js";

/*
 * Debian's boto3 (1.26) against the local service: every operation, boto3's paginator, every modeled error, and
 * the signature and token failures. One Python process runs every step (support/boto3-scenarios.py) and reports
 * what boto3 returned or raised; the assertions are here. Error responses are compared with what localstack's
 * AWS-validated snapshots recorded boto3 seeing from AWS (tests/aws/services/lambda_/…snapshot.json), which
 * keep `Error`, the body's own `message`/`Message`, `Type` and the status.
 */
const available = thirdPartyTool("boto3 (Debian python3-boto3)", [DEBIAN_PYTHON, "-c", "import boto3"]);
const SCENARIOS = fileURLToPath(new URL("./support/boto3-scenarios.py", import.meta.url));
const SECRET = "arn:aws:secretsmanager:us-east-1:123456789012:secret:kafka";

interface BotoError {
  class: string;
  modeled: boolean;
  response: { Error: { Code: string; Message: string }; ResponseMetadata: { HTTPStatusCode: number; RetryAttempts: number }; [member: string]: unknown };
  text: string;
}
type Step = { ok: Record<string, unknown> } | { error: BotoError };

describe.skipIf(!available)("boto3 against the local service", () => {
  let services: Services;
  let isolated: ReturnType<typeof isolatedAwsEnv>;
  let steps: Record<string, Step>;
  const ok = (name: string): Record<string, unknown> => {
    const step = steps[name] ?? expect.fail(`no boto3 step named ${name}`);
    if ("error" in step) expect.fail(`${name} raised ${step.error.text}`);
    return step.ok;
  };
  const raised = (name: string): BotoError => {
    const step = steps[name] ?? expect.fail(`no boto3 step named ${name}`);
    if ("ok" in step) expect.fail(`${name} succeeded`);
    return step.error;
  };
  /** What boto3 raised, as localstack's AWS-validated snapshots record it: the response without request metadata. */
  const asRecorded = (name: string) => {
    const { ResponseMetadata, ...rest } = raised(name).response;
    return { ...rest, status: ResponseMetadata.HTTPStatusCode };
  };
  const userError = (code: string, key: "message" | "Message", message: string, status: number) => ({ Error: { Code: code, Message: message }, Type: "User", [key]: message, status });

  beforeAll(async () => {
    services = await startServices();
    isolated = isolatedAwsEnv();
    const input = {
      endpoints: { main: services.main.endpoint, throttling: services.throttling.endpoint, failing: services.failing.endpoint, slow: services.slow.endpoint },
      key: KEY,
      tempKey: TEMP_KEY,
      arns: { queue: QUEUE, stream: STREAM, table: TABLE_STREAM, secret: SECRET },
    };
    const result = await runProcess(DEBIAN_PYTHON, [SCENARIOS], { env: isolated.env, input: JSON.stringify(input) });
    if (result.status !== 0) throw new Error(`boto3-scenarios.py failed (${result.status}): ${result.stderr}`);
    steps = JSON.parse(result.stdout) as Record<string, Step>;
  }, 320_000);

  afterAll(async () => {
    await services?.close();
    isolated?.dispose();
  });

  it("runs every operation and parses the service's answers", () => {
    const created = ok("create");
    expect(created).toMatchObject({
      State: "Creating",
      BatchSize: 10,
      MaximumBatchingWindowInSeconds: 0,
      FunctionResponseTypes: [],
      FunctionArn: FN_ARN,
      StateTransitionReason: "USER_INITIATED",
      ResponseMetadata: { HTTPStatusCode: 202 },
    });
    expect(ok("get")).toMatchObject({ UUID: created.UUID, State: "Enabled", ResponseMetadata: { HTTPStatusCode: 200 } });
    expect(ok("update")).toMatchObject({ State: "Updating", BatchSize: 20, MaximumBatchingWindowInSeconds: 2 });
    expect(ok("delete")).toMatchObject({ UUID: created.UUID, State: "Deleting", ResponseMetadata: { HTTPStatusCode: 202 } });
    expect(asRecorded("get-deleted")).toEqual(userError("ResourceNotFoundException", "Message", "The resource you requested does not exist.", 404));
  });

  it("round-trips timestamps, Kafka settings and the disabled state", () => {
    expect(ok("create-kinesis")).toMatchObject({ StartingPosition: "AT_TIMESTAMP", StartingPositionTimestamp: "2026-01-02T03:04:05+00:00", LastModified: expect.stringMatching(/^\d{4}-/) });
    expect(ok("create-kafka")).toMatchObject({ StartingPosition: "TRIM_HORIZON", Topics: ["topic"], SelfManagedKafkaEventSourceConfig: { ConsumerGroupId: ok("create-kafka").UUID } });
    expect(ok("create-disabled").State).toBe("Disabled");
  });

  it("pages with boto3's paginator (PageSize, MaxItems, StartingToken) and by Marker", () => {
    const created = Array.from({ length: 7 }, (_, n) => ok(`create-page-${n}`).UUID as string);
    expect(ok("paginate-pages")).toEqual([created.slice(0, 3), created.slice(3, 6), created.slice(6)]);
    const byItems = ok("paginate-max-items") as { first: string[]; token: string | null; rest: string[]; restToken?: string | null };
    expect(byItems.first).toEqual(created.slice(0, 4));
    expect(byItems.token).toEqual(expect.any(String));
    expect(byItems.rest).toEqual(created.slice(4));
    expect(byItems.restToken ?? null).toBeNull();
    const page = ok("list-marker") as { EventSourceMappings: { UUID: string }[]; NextMarker?: string };
    expect(page.EventSourceMappings.map((m) => m.UUID)).toEqual(created.slice(0, 5));
    expect(page.NextMarker).toEqual(expect.any(String));
    expect(ok("list-unknown-fn").EventSourceMappings).toEqual([]);
  });

  it("raises the modeled exception classes with the service's codes, words and body members", () => {
    for (const name of ["no-source", "unknown-fn", "on-success", "not-for-source", "conflict", "kafka-conflict", "batch-window", "at-timestamp-ddb", "no-position", "unknown-uuid", "in-use", "throttled", "failing"]) {
      expect(raised(name).modeled, name).toBe(true);
    }
    // Each as localstack's AWS-validated snapshots record boto3 seeing AWS answer it.
    expect(asRecorded("no-source")).toEqual(userError("InvalidParameterValueException", "message", "Unrecognized event source.", 400));
    expect(asRecorded("unknown-fn")).toEqual(userError("InvalidParameterValueException", "message", "Function does not exist", 400));
    expect(asRecorded("on-success")).toEqual(userError("InvalidParameterValueException", "message", "Unsupported DestinationConfig parameter for given event source mapping type.", 400));
    // The form pulumi/pulumi-aws#1418 records AWS's body in ('maximumBatchingWindowInSeconds' on MSK).
    expect(asRecorded("not-for-source")).toEqual(userError("InvalidParameterValueException", "message", "Unsupported 'parallelizationFactor' parameter for given event source mapping type.", 400));
    expect(asRecorded("at-timestamp-ddb")).toEqual(userError("InvalidParameterValueException", "message", `Unsupported starting position for arn type: ${TABLE_STREAM}`, 400));
    expect(asRecorded("no-position")).toEqual(
      userError("InvalidParameterValueException", "message", "1 validation error detected: Value null at 'startingPosition' failed to satisfy constraint: Member must not be null.", 400),
    );
    expect(asRecorded("batch-window")).toEqual(
      userError("InvalidParameterValueException", "message", "Maximum batch window in seconds must be greater than 0 if maximum batch size is greater than 10", 400),
    );
    expect(asRecorded("unknown-uuid")).toEqual(userError("ResourceNotFoundException", "Message", "The resource you requested does not exist.", 404));
    const first = ok("create-page-0").UUID as string;
    expect(asRecorded("conflict")).toEqual(
      userError(
        "ResourceConflictException",
        "message",
        `An event source mapping with SQS arn (" ${QUEUE}-0 ") and function (" other-fn ") already exists. Please update or delete the existing mapping with UUID ${first}`,
        409,
      ),
    );
    expect(asRecorded("kafka-conflict")).toEqual(
      userError(
        "ResourceConflictException",
        "message",
        `An event source mapping with event source ("kafka:1000,kafka:2000"), function ("${FN_ARN}"), topics ("topic") already exists. Please update or delete the existing mapping with UUID ${ok("create-kafka").UUID}`,
        409,
      ),
    );
    expect(raised("in-use")).toMatchObject({ class: "ResourceInUseException", response: { Error: { Code: "ResourceInUseException" }, ResponseMetadata: { HTTPStatusCode: 400 } } });
  });

  it("raises TooManyRequestsException (retried by boto3 as throttling) and ServiceException", () => {
    expect(raised("throttled")).toMatchObject({
      class: "TooManyRequestsException",
      response: { Error: { Code: "TooManyRequestsException", Message: "Rate exceeded" }, Reason: "CallerRateLimitExceeded", ResponseMetadata: { HTTPStatusCode: 429, RetryAttempts: 0 } },
    });
    expect(raised("throttled-retried").response.ResponseMetadata.RetryAttempts).toBe(1);
    expect(raised("failing")).toMatchObject({ class: "ServiceException", response: { Error: { Code: "ServiceException" }, Type: "Service", ResponseMetadata: { HTTPStatusCode: 500 } } });
  });

  it("raises the service's ValidationException for model constraints", () => {
    // Confirmed: localstack's AWS-validated snapshot test_create_event_source_validation / invalid_starting_position.
    expect(asRecorded("bad-enum")).toEqual({
      Error: {
        Code: "ValidationException",
        Message: "1 validation error detected: Value 'invalid' at 'startingPosition' failed to satisfy constraint: Member must satisfy enum value set: [LATEST, AT_TIMESTAMP, TRIM_HORIZON]",
      },
      status: 400,
    });
    expect(raised("bad-enum").class).toBe("ClientError"); // not a modeled exception of Lambda
  });

  it("raises the signature and token failures AWS raises", () => {
    const invalidToken = { Code: "UnrecognizedClientException", Message: "The security token included in the request is invalid." };
    for (const name of ["unknown-key", "bogus-token", "temp-key-no-token"]) {
      expect(raised(name), name).toMatchObject({ class: "ClientError", response: { Error: invalidToken, ResponseMetadata: { HTTPStatusCode: 403 } } });
    }
    expect(raised("wrong-secret").response).toMatchObject({ Error: { Code: "InvalidSignatureException", Message: expect.stringMatching(/^The request signature we calculated does not match/) } });
    expect(raised("other-region").response.Error).toMatchObject({ Code: "InvalidSignatureException", Message: expect.stringMatching(/^Credential should be scoped to a valid region/) });
    expect(ok("temp-key").EventSourceMappings).toHaveLength(1);
  });
});
