import type { IncomingMessage, ServerResponse } from "node:http";
import { serializeJson } from "../protocol/serialize-json.js";
import { LocalServiceError, modeledError } from "./errors.js";
import type { FaultInjector } from "./faults.js";
import { sendFault } from "./fault-response.js";
import { operationHandlers } from "./handlers/index.js";
import type { ServiceContext } from "./handlers/service-context.js";
import type { ResolvedLocalOptions } from "./options.js";
import { parseInput } from "./parse-input.js";
import { splitTarget, type RawRequest } from "./raw-request.js";
import { readBody } from "./read-body.js";
import { applyCors } from "./cors.js";
import { checkHost } from "./host-check.js";
import { route } from "./router.js";
import { sendError, sendJson } from "./send-response.js";
import type { SigV4Verifier } from "./sigv4-verifier.js";
import { isStorageError } from "./storage/storage-error.js";
import type { MappingStorage } from "./storage/mapping-storage.js";
import type { MappingStore } from "./store.js";

/** Everything a request needs from the running service. @internal */
export interface LocalService {
  readonly options: ResolvedLocalOptions;
  readonly store: MappingStore;
  readonly verify?: SigV4Verifier;
  readonly functions?: ReadonlySet<string>;
  faults: FaultInjector;
  /** Saves each write request's changes (durably, with a data file) before they are visible or answered. */
  readonly storage: MappingStorage;
  /** Holds a response unanswered until its client gives up or the service closes (the `store-then-timeout` fault). */
  stall(res: ServerResponse): void;
  /** True once `close()` was called: answers then carry `Connection: close`. */
  closing: boolean;
}

/**
 * The request pipeline: body (size-capped) → Host check → CORS (preflight answered, foreign origins refused) → route → injected fault → SigV4 → input parsing →
 * handler → storage → JSON answer. Every failure becomes the service's error answer; nothing
 * a client sends can crash the server or leave a half-applied change. A read-only operation sees durable mappings
 * only; a write works on a draft whose changes become visible once saved (never, when the save fails).
 * @internal
 */
export async function handleRequest(service: LocalService, req: IncomingMessage, res: ServerResponse): Promise<void> {
  let body;
  try {
    body = await readBody(req, service.options.maxBodyBytes);
  } catch {
    return; // the client went away mid-body; there is no one to answer
  }
  const { path, query } = splitTarget(req.url ?? "/");
  const method = req.method ?? "GET";
  try {
    checkHost(req.headers.host, service.options.host, service.options.allowedHosts);
    // After the Host check: a rebound name is refused whatever Origin it claims.
    if (applyCors(req.headers, method, res, service.options.allowedOrigins)) return;
    const match = route(method, path);
    const operation = match.operation;
    if (body.tooLarge) {
      const message = `Request must be smaller than ${service.options.maxBodyBytes} bytes for the ${operation.name} operation`;
      throw new LocalServiceError("RequestEntityTooLargeException", 413, message, { Type: "User", message });
    }
    const fault = service.faults.next(operation.name);
    if (fault && fault !== "store-then-timeout") return sendFault(res, fault, service.faults.retryAfterSeconds);
    const raw: RawRequest = { method, path, query, headers: req.headers, body: body.body };
    if (service.verify) await service.verify(raw);
    const input = parseInput(operation, match.labels, raw);
    const draft = operation.readonly ? undefined : service.store.draft();
    const context: ServiceContext = { options: service.options, store: draft ?? service.store.reader, now: Date.now(), functions: service.functions };
    const result = operationHandlers[operation.name]!(context, input);
    // Serialized now: while the write below is awaited, another request may move the mapping on.
    const payload = serializeJson(operation.output, result.output);
    const changes = draft?.changes() ?? [];
    if (changes.length > 0) await service.storage.save(changes);
    // The change is made and durable; the answer is "lost": hold the socket until the client gives up (or close()).
    if (fault === "store-then-timeout") return service.stall(res);
    sendJson(res, result.status, payload, {}, service.closing);
  } catch (caught) {
    const error = caught instanceof LocalServiceError ? caught : internalError(caught);
    sendError(res, error, service.closing || !body.drained);
  }
}

/**
 * 500 `ServiceException` for an unexpected failure. A change that could not be saved says why in the operator's
 * terms ("the disk is full (ENOSPC)"); other failures name the error code (`ENOSPC`, `EACCES`…) at most. Never the
 * error's own message, which can hold server paths.
 */
function internalError(caught: unknown): LocalServiceError {
  if (isStorageError(caught)) {
    return modeledError("ServiceException", `The service could not save the change: ${caught.reason}. Nothing was changed. Please try again.`);
  }
  const code = (caught as { code?: unknown } | null)?.code;
  return modeledError("ServiceException", `The service encountered an internal error${typeof code === "string" ? ` (${code})` : ""}. Please try again.`);
}
