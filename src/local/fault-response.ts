import type { ServerResponse } from "node:http";
import { frontDoorError, modeledError, type LocalServiceError } from "./errors.js";
import type { FaultKind } from "./faults.js";
import { sendError } from "./send-response.js";

/** The error answer for each injected fault kind, as the service words it. */
function faultError(kind: Exclude<FaultKind, "none" | "reset" | "store-then-timeout">, retryAfterSeconds: number | undefined): LocalServiceError {
  switch (kind) {
    case "throttle":
      return modeledError(
        "TooManyRequestsException",
        "Rate exceeded",
        { Reason: "CallerRateLimitExceeded" },
        retryAfterSeconds === undefined ? {} : { "Retry-After": String(retryAfterSeconds) },
      );
    case "server-error":
      return modeledError("ServiceException", "The service encountered an internal error. Please try again.");
    case "unavailable":
      return frontDoorError("ServiceUnavailableException", 503, "Service Unavailable");
  }
}

/** Answers a request with an injected fault; `reset` drops the connection without a response. @internal */
export function sendFault(res: ServerResponse, kind: Exclude<FaultKind, "none" | "store-then-timeout">, retryAfterSeconds: number | undefined): void {
  if (kind === "reset") {
    res.socket?.destroy();
    return;
  }
  sendError(res, faultError(kind, retryAfterSeconds));
}
