import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { answerClientError } from "./client-error.js";
import { ConnectionTracker } from "./connection-tracker.js";
import { createFaultInjector, type FaultOptions } from "./faults.js";
import { resolveFunctionArn } from "./function-arn.js";
import { handleRequest, type LocalService } from "./handle-request.js";
import { resolveLocalOptions, type LocalLambda, type LocalLambdaOptions } from "./options.js";
import { createSigV4Verifier } from "./sigv4-verifier.js";
import { DataFileStorage } from "./storage/data-file-storage.js";
import { memoryStorage } from "./storage/mapping-storage.js";
import { MappingStore } from "./store.js";

/**
 * Starts a local Lambda event source mapping service: a real HTTP server on loopback that
 * implements the five ESM operations (SigV4-verified, validated, with the service's state machine,
 * defaults and errors), so `@aws-sdk/client-lambda` or this library's client can be pointed at it
 * in tests, demos and offline scripts.
 * @param options - port, region, credentials, persistence, transition timing, faults (all optional).
 * @returns the running service: `endpoint`, `port`, `region`, `credentials`, `setFaults()` and `close()`.
 * @example
 * ```ts
 * import { startLocalLambda } from "lambda-event-source-mappings/local";
 * import { LambdaClient, CreateEventSourceMappingCommand } from "lambda-event-source-mappings";
 *
 * const local = await startLocalLambda({ transitionDelayMs: 100 });
 * const client = new LambdaClient({ region: local.region, endpoint: local.endpoint, credentials: local.credentials });
 * const mapping = await client.send(new CreateEventSourceMappingCommand({
 *   FunctionName: "my-fn", EventSourceArn: "arn:aws:sqs:us-east-1:123456789012:my-queue",
 * }));
 * console.log(mapping.State); // "Creating"
 * client.destroy();
 * await local.close();
 * ```
 */
export async function startLocalLambda(options: LocalLambdaOptions = {}): Promise<LocalLambda> {
  const resolved = resolveLocalOptions(options);
  const store = new MappingStore();
  const stalled = new Set<ServerResponse>();
  // Transitions need no timer: a settled state follows from the stored end time and the clock, on reads and on restart.
  const storage = resolved.dataFile ? await DataFileStorage.open(resolved.dataFile, store) : memoryStorage(store);
  const service: LocalService = {
    options: resolved,
    store,
    verify: resolved.auth === "off" ? undefined : createSigV4Verifier(resolved.region, resolved.credentials),
    // Unqualified entries allow every version and alias (see resolveExistingFunction).
    functions: resolved.functions && new Set(resolved.functions.map((f) => resolveFunctionArn(f, resolved.region, resolved.accountId).arn)),
    faults: createFaultInjector(options.faults),
    storage,
    stall: (res) => {
      stalled.add(res);
      res.on("close", () => stalled.delete(res));
    },
    closing: false,
  };

  // Requests being handled: close() waits for them, so no write starts after it resolved (a test then removes the
  // data file's folder: a late write would make that fail with ENOTEMPTY, or recreate what it removed).
  const inFlight = new Set<Promise<void>>();
  const server = createServer((req, res) => {
    // handleRequest answers every failure itself; the catch only keeps a bug from becoming an unhandled rejection.
    const handled: Promise<void> = handleRequest(service, req, res)
      .catch(() => undefined)
      .finally(() => inFlight.delete(handled));
    inFlight.add(handled);
  });
  const connections = new ConnectionTracker(server);
  server.on("clientError", answerClientError);
  await listen(server, resolved.port, resolved.host);
  const port = (server.address() as AddressInfo).port;
  const host = resolved.host.includes(":") ? `[${resolved.host}]` : resolved.host;
  const first = resolved.credentials[0]!;

  let closed: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closed ??= (async () => {
      service.closing = true;
      const serverClosed = new Promise<void>((resolve) => server.close(() => resolve()));
      // A held answer (the store-then-timeout fault) would never come: cut it now rather than after the grace period.
      for (const res of stalled) res.socket?.destroy();
      await connections.closeAll();
      await serverClosed;
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
      await storage.idle();
    })();
    return closed;
  };

  return {
    endpoint: `http://${host}:${port}`,
    port,
    region: resolved.region,
    credentials: { accessKeyId: first.accessKeyId, secretAccessKey: first.secretAccessKey, ...(first.sessionToken ? { sessionToken: first.sessionToken } : {}) },
    setFaults: (faults?: FaultOptions) => {
      service.faults = createFaultInjector(faults);
    },
    close,
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
}
