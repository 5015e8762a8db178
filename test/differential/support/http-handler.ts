/**
 * The request handler the differential request tests send with, from `ESM_TEST_HTTP_HANDLER`: `node` (each library's
 * default on Node) or `fetch` (this library's FetchHttpHandler beside the SDK's `@smithy/fetch-http-handler`, both on
 * Node's fetch). vitest.config.ts runs test/differential/requests-*.test.ts and responses-*.test.ts once with each.
 */
export const HTTP_HANDLER: "node" | "fetch" = process.env.ESM_TEST_HTTP_HANDLER === "fetch" ? "fetch" : "node";

/**
 * Headers fetch adds on its own after the client signed (undici: `accept: *\/*`, `accept-language: *`,
 * `sec-fetch-mode: cors`, `accept-encoding: gzip, deflate`); a browser adds more of the kind. They are not signed, as
 * with the SDK's fetch handler, so the independent verifier leaves them out when the tests send through fetch.
 */
export const FETCH_ADDED_HEADERS: readonly string[] = HTTP_HANDLER === "fetch" ? ["accept", "accept-encoding", "accept-language", "sec-fetch-mode"] : [];
