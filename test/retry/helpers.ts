import { Readable } from "node:stream";
import { HttpRequest, HttpResponse } from "@smithy/protocol-http";
import { Client, Command } from "@smithy/smithy-client";
import type {
  FinalizeHandler,
  HandlerExecutionContext,
  HttpHandlerOptions,
  Logger,
  MetadataBearer,
  Pluggable,
  RequestHandler,
} from "@smithy/types";
import { vi } from "vitest";

/** Makes Math.random return `values` in order (cycling), so two implementations see the same jitter. */
export const scriptRandom = (values: number[]): void => {
  let i = 0;
  vi.spyOn(Math, "random").mockImplementation(() => values[i++ % values.length]!);
};

// captured at import, before any test installs fake timers: a real macrotask drains every pending microtask
const realSetImmediate = globalThis.setImmediate;

/**
 * Awaits a promise whose progress depends on fake timers: lets all microtasks run, and only when the promise is
 * still pending advances the clock to the next timer, so time moves exactly as far as the code under test sleeps.
 */
export const drive = async <T>(promise: Promise<T>): Promise<T> => {
  let settled = false;
  const tracked = promise.finally(() => {
    settled = true;
  });
  tracked.catch(() => {});
  for (;;) {
    await new Promise<void>((r) => realSetImmediate(r));
    if (settled) return tracked;
    await vi.advanceTimersToNextTimerAsync();
  }
};

/**
 * Makes the (fake) setTimeout clamp its delay like Node does (below 1 ms means 1 ms). Without it a rate limiter
 * short of a token by a rounding error would wait 0 ms forever under fake timers.
 */
export const clampTimersLikeNode = (): void => {
  const fake = globalThis.setTimeout as (fn: () => void, ms: number) => unknown;
  vi.spyOn(globalThis, "setTimeout").mockImplementation(((fn: () => void, ms?: number) =>
    fake(fn, ms !== undefined && ms >= 1 && ms <= 2 ** 31 - 1 ? ms : 1)) as typeof setTimeout);
};

/** Runs `fn` and returns its result or the error it threw, so outcomes can be compared with toEqual. */
export const settle = async <T>(fn: () => Promise<T>): Promise<{ ok: T } | { err: unknown }> => {
  try {
    return { ok: await fn() };
  } catch (err) {
    return { err };
  }
};

/** One scripted outcome of the fake request handler: an HTTP response, or a thrown value. */
export type Step = { status: number; headers?: Record<string, string>; body?: string } | { throw: unknown };

/** What the fake handler and the recorder saw on each attempt. */
export interface Attempt {
  headers: Record<string, string>;
  userAgent?: unknown;
}

/** The output shape of the test command. */
export interface TestOutput extends MetadataBearer {
  body: string;
}

/**
 * Builds an error the way a restJson1 deserializer does: modeled errors get name/$fault/$metadata; a body that
 * is not JSON gives a SyntaxError carrying only $metadata (as the SDK's deserializer middleware adds).
 */
const toError = (response: HttpResponse, body: string): Error => {
  const $metadata = { httpStatusCode: response.statusCode, requestId: response.headers["x-amzn-requestid"] };
  let parsed: { __type?: string; message?: string };
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch (e) {
    Object.defineProperty(e, "$response", { value: response, enumerable: false });
    return Object.assign(e as Error, { $metadata });
  }
  const error = new Error(parsed.message ?? "UnknownError");
  error.name = parsed.__type ?? "UnknownError";
  Object.defineProperty(error, "$response", { value: response, enumerable: false });
  return Object.assign(error, { $fault: response.statusCode >= 500 ? "server" : "client", $metadata });
};

/** Serializes to a fixed request and deserializes responses into outputs or errors. */
const serdePlugin: Pluggable<object, TestOutput> = {
  applyToStack: (stack) => {
    stack.add(
      (next) => async (args) =>
        next({
          ...args,
          request: new HttpRequest({
            method: "POST",
            hostname: "127.0.0.1",
            path: "/op",
            headers: { "content-type": "application/json" },
            body: "{}",
          }),
        }),
      { step: "serialize", name: "testSerializer" },
    );
    stack.add(
      (next) => async (args) => {
        const { response } = await next(args);
        const res = response as HttpResponse;
        const body = String(res.body ?? "");
        if (res.statusCode >= 300) throw toError(res, body);
        return { response, output: { body, $metadata: { httpStatusCode: res.statusCode } } as TestOutput };
      },
      { step: "deserialize", name: "testDeserializer" },
    );
  },
};

/** A command whose middleware goes through smithy's real Command/Client machinery (context, abort signal). */
type TestConfig = {
  requestHandler: RequestHandler<HttpRequest, HttpResponse, HttpHandlerOptions>;
  apiVersion: string;
  logger?: Logger;
};
type TestClient = Client<HttpHandlerOptions, object, TestOutput, TestConfig>;

export const TestCommand = Command.classBuilder<object, TestOutput, TestConfig, object, TestOutput>()
  .m(function () {
    return [serdePlugin];
  })
  .s("TestService", "TestOperation")
  .n("TestClient", "TestCommand")
  .f()
  .build();

export interface ClientOptions {
  retryPlugin: Pluggable<object, TestOutput>;
  steps: Step[];
  /** When true, the recorder after retryMiddleware mutates the request like an in-place signer would. */
  mutatingSigner?: boolean;
  /** Makes the request body a stream (set in the build step), which the SDK never retries. */
  streamingBody?: boolean;
  /** The client's logger, as found in the handler context. */
  logger?: Logger;
}

/**
 * A real smithy Client with the given retry plugin, a "signer" placed after retryMiddleware that records what
 * each attempt carries, and a fake request handler replaying `steps` (the last step repeats).
 */
export const makeClient = ({ retryPlugin, steps, mutatingSigner, streamingBody, logger }: ClientOptions) => {
  const attempts: Attempt[] = [];
  /** The headers of the request the retry middleware received, as they are once send() settles. */
  const originalHeaders: Record<string, string>[] = [];
  const sent: HttpRequest[] = [];
  let n = 0;
  const requestHandler = {
    handle: async (request: HttpRequest, options?: HttpHandlerOptions) => {
      sent.push(request);
      // like NodeHttpHandler: an aborted signal fails the request without sending it
      if (options?.abortSignal?.aborted) throw Object.assign(new Error("Request aborted"), { name: "AbortError" });
      const step = steps[Math.min(n++, steps.length - 1)]!;
      if ("throw" in step) throw step.throw;
      return {
        response: new HttpResponse({ statusCode: step.status, headers: step.headers ?? {}, body: step.body ?? "{}" }),
      };
    },
  };
  const client: TestClient = new Client({ requestHandler, apiVersion: "test", logger } as TestConfig);
  client.middlewareStack.use(retryPlugin);
  client.middlewareStack.add(
    (next) => async (args) => {
      try {
        return await next(args);
      } finally {
        originalHeaders.push({ ...(args.request as HttpRequest).headers });
      }
    },
    { step: "build", name: "testBuildRecorder" },
  );
  if (streamingBody) {
    client.middlewareStack.add(
      (next) => async (args) => {
        (args.request as HttpRequest).body = Readable.from(["{}"]);
        return next(args);
      },
      { step: "build", name: "testStreamingBody" },
    );
  }
  const signer =
    (next: FinalizeHandler<object, TestOutput>, context: HandlerExecutionContext): FinalizeHandler<object, TestOutput> =>
    async (args) => {
      const request = args.request as HttpRequest;
      attempts.push({ headers: { ...request.headers }, userAgent: context.userAgent });
      const signed = mutatingSigner ? request : request.clone();
      signed.headers["x-amz-date"] = `attempt-${attempts.length}`;
      signed.headers["authorization"] = `sig-${attempts.length}`;
      if (attempts.length === 1) signed.headers["x-first-only"] = "1";
      return next({ ...args, request: signed });
    };
  client.middlewareStack.addRelativeTo(signer, {
    relation: "after",
    toMiddleware: "retryMiddleware",
    name: "testSigner",
    override: true,
  });
  return {
    client,
    attempts,
    originalHeaders,
    sent,
    send: (options?: { abortSignal?: AbortSignal }) =>
      client.send(new TestCommand({}), options ?? {}) as Promise<TestOutput>,
  };
};
