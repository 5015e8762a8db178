import type { LocalLambda } from "../../src/local/index.js";
import type { EsmApi } from "../local/support/clients.js";
import { ESM_PATH, sendSigned } from "../local/support/raw-http.js";
import type { Call } from "./cases.js";

/** What an answer came to, the same way whichever client carried it. */
export interface Outcome {
  /** HTTP status, when the client reports one. */
  status?: number;
  /** Error code (exception name) for errors. */
  code?: string;
  message?: string;
  /** The error body's own message member, on the wire only. */
  messageKey?: string;
  /** The answer's members, for successes. */
  body?: Record<string, unknown>;
}

/** Replaces `$givenN` markers with the UUIDs of the given mappings. */
export function withUuids<T>(value: T, uuids: readonly string[]): T {
  if (typeof value === "string" && /^\$given\d+$/.test(value)) return uuids[Number(value.slice(6))] as T;
  if (Array.isArray(value)) return value.map((v: unknown) => withUuids(v, uuids)) as T;
  if (value === null || typeof value !== "object" || value instanceof Date) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withUuids(v, uuids)])) as T;
}

/** Dates travel as epoch seconds in restJson1 bodies. */
const jsonBody = (input: object): string =>
  JSON.stringify(Object.fromEntries(Object.entries(input).map(([k, v]) => [k, v instanceof Date ? v.getTime() / 1000 : v])));

/** Makes the call through one of the client libraries. */
export async function callThroughClient(api: EsmApi, call: Call): Promise<Outcome> {
  try {
    const answer = await (call.op === "create"
      ? api.create(call.input)
      : call.op === "update"
        ? api.update(call.input)
        : call.op === "list"
          ? api.list(call.input)
          : call.op === "get"
            ? api.get(call.UUID)
            : api.delete(call.UUID));
    const { $metadata, ...body } = answer as { $metadata: { httpStatusCode?: number } };
    return { status: $metadata.httpStatusCode, body };
  } catch (caught) {
    const error = caught as Error & { $metadata?: { httpStatusCode?: number } };
    return { status: error.$metadata?.httpStatusCode, code: error.name, message: error.message };
  }
}

/** Makes the call as bare signed HTTP, to see the status, the error code header and the body's own members. */
export async function callOverWire(local: LocalLambda, call: Call): Promise<Outcome> {
  const json = { "content-type": "application/json" };
  const res =
    call.op === "create"
      ? await sendSigned(local, { method: "POST", path: ESM_PATH, body: jsonBody(call.input), headers: json })
      : call.op === "update"
        ? await sendSigned(local, { method: "PUT", path: `${ESM_PATH}/${call.input.UUID}`, body: jsonBody({ ...call.input, UUID: undefined }), headers: json })
        : call.op === "list"
          ? await sendSigned(local, { method: "GET", path: ESM_PATH, query: Object.fromEntries(Object.entries(call.input).map(([k, v]) => [k, String(v)])) })
          : await sendSigned(local, { method: call.op === "get" ? "GET" : "DELETE", path: `${ESM_PATH}/${call.UUID}` });
  if (res.status < 300) return { status: res.status, body: res.json };
  const messageKey = Object.keys(res.json).find((k) => k.toLowerCase() === "message");
  return { status: res.status, code: res.headers["x-amzn-errortype"] as string, message: messageKey && String(res.json[messageKey]), messageKey };
}
