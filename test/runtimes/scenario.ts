// The scenario every runtime test runs (browser, Deno, Node with the fetch handler): one mapping's whole life against
// the local service, and a modeled error. It takes the library as an argument so that each runtime passes the build
// it resolves itself (the browser bundle, the package under Deno's resolution, the sources on Node), and returns
// plain JSON so the assertions ({@link checkScenario} in scenario-check.ts) live on the Node side, once.
// Only runtime-neutral code here: no Node built-in, no DOM.
import type * as Library from "../../src/index.js";

/** Where the local service is and how to sign for it. */
export interface ScenarioTarget {
  endpoint: string;
  region: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
  /** Distinguishes the mappings of one run from another's on the same service. */
  functionName: string;
}

/** What the scenario saw, JSON-serializable. */
export interface ScenarioResult {
  handler: string;
  created: { state?: string; status?: number; requestId?: string; uuid?: string };
  enabledState?: string;
  listed: string[];
  updated: { state?: string; batchSize?: number };
  afterUpdate: { state?: string; batchSize?: number };
  deleted: { state?: string; status?: number };
  afterDelete: string[];
  /** A client whose clock is 10 minutes slow: corrected from the `Date` header (which CORS must expose), then retried. */
  skewed: { status?: number; attempts?: number };
  error: {
    name?: string;
    isNotFound: boolean;
    isServiceException: boolean;
    fault?: string;
    status?: number;
    requestId?: string;
    attempts?: number;
    message?: string;
  };
}

type Lib = Pick<
  typeof Library,
  | "LambdaClient"
  | "CreateEventSourceMappingCommand"
  | "GetEventSourceMappingCommand"
  | "UpdateEventSourceMappingCommand"
  | "DeleteEventSourceMappingCommand"
  | "ListEventSourceMappingsCommand"
  | "waitUntilEventSourceMappingEnabled"
  | "waitUntilEventSourceMappingStable"
  | "waitUntilEventSourceMappingDeleted"
  | "ResourceNotFoundException"
  | "LambdaServiceException"
>;

/** Creates, waits for, lists, updates and deletes a mapping, then reads a mapping that does not exist. */
export async function runScenario(lib: Lib, target: ScenarioTarget, config: { requestHandler?: unknown } = {}): Promise<ScenarioResult> {
  const client = new lib.LambdaClient({ region: target.region, endpoint: target.endpoint, credentials: target.credentials, ...config } as NonNullable<ConstructorParameters<Lib["LambdaClient"]>[0]>);
  const waiter = { client, maxWaitTime: 120, minDelay: 0.05, maxDelay: 0.5 };
  const queue = `arn:aws:sqs:${target.region}:123456789012:${target.functionName}-queue`;
  try {
    const created = await client.send(new lib.CreateEventSourceMappingCommand({ FunctionName: target.functionName, EventSourceArn: queue, BatchSize: 10 }));
    const UUID = created.UUID!;
    const enabled = await lib.waitUntilEventSourceMappingEnabled(waiter, { UUID });
    const listed = await client.send(new lib.ListEventSourceMappingsCommand({ FunctionName: target.functionName }));
    const updated = await client.send(new lib.UpdateEventSourceMappingCommand({ UUID, BatchSize: 5 }));
    await lib.waitUntilEventSourceMappingStable(waiter, { UUID });
    const afterUpdate = await client.send(new lib.GetEventSourceMappingCommand({ UUID }));
    const deleted = await client.send(new lib.DeleteEventSourceMappingCommand({ UUID }));
    await lib.waitUntilEventSourceMappingDeleted(waiter, { UUID });
    const afterDelete = await client.send(new lib.ListEventSourceMappingsCommand({ FunctionName: target.functionName }));
    let caught: unknown;
    try {
      await client.send(new lib.GetEventSourceMappingCommand({ UUID }));
    } catch (error) {
      caught = error;
    }
    const skewedClient = new lib.LambdaClient({ region: target.region, endpoint: target.endpoint, credentials: target.credentials, systemClockOffset: -600_000, ...config } as NonNullable<ConstructorParameters<Lib["LambdaClient"]>[0]>);
    const skewed = await skewedClient.send(new lib.ListEventSourceMappingsCommand({ FunctionName: target.functionName })).finally(() => skewedClient.destroy());
    const error = caught as { name?: string; $fault?: string; message?: string; $metadata?: { httpStatusCode?: number; requestId?: string; attempts?: number } };
    return {
      handler: (client.config as { requestHandler?: object }).requestHandler?.constructor.name ?? "none",
      created: { state: created.State, status: created.$metadata.httpStatusCode, requestId: created.$metadata.requestId, uuid: UUID },
      enabledState: (enabled as { state?: string }).state,
      listed: (listed.EventSourceMappings ?? []).map((m) => m.UUID!),
      updated: { state: updated.State, batchSize: updated.BatchSize },
      afterUpdate: { state: afterUpdate.State, batchSize: afterUpdate.BatchSize },
      deleted: { state: deleted.State, status: deleted.$metadata.httpStatusCode },
      skewed: { status: skewed.$metadata.httpStatusCode, attempts: skewed.$metadata.attempts },
      afterDelete: (afterDelete.EventSourceMappings ?? []).map((m) => m.UUID!),
      error: {
        name: error?.name,
        isNotFound: caught instanceof lib.ResourceNotFoundException,
        isServiceException: caught instanceof lib.LambdaServiceException,
        fault: error?.$fault,
        status: error?.$metadata?.httpStatusCode,
        requestId: error?.$metadata?.requestId,
        attempts: error?.$metadata?.attempts,
        message: error?.message,
      },
    };
  } finally {
    client.destroy();
  }
}
