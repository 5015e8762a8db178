import type { IncomingHttpHeaders } from "node:http";

/** A request as it arrived: method, still-encoded path, decoded query, headers and body bytes. @internal */
export interface RawRequest {
  method: string;
  /** The path exactly as sent (percent-encoding intact), without the query. */
  path: string;
  /** Query parameters, percent-decoded; a repeated key gives an array. */
  query: Record<string, string | string[]>;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

const decode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** Splits a request target into the raw path and the decoded query parameters. @internal */
export function splitTarget(url: string): { path: string; query: Record<string, string | string[]> } {
  const q = url.indexOf("?");
  const query: Record<string, string | string[]> = Object.create(null) as Record<string, string | string[]>;
  if (q >= 0) {
    for (const pair of url.slice(q + 1).split("&")) {
      if (pair === "") continue;
      const eq = pair.indexOf("=");
      const key = decode(eq < 0 ? pair : pair.slice(0, eq));
      const value = eq < 0 ? "" : decode(pair.slice(eq + 1));
      const prior = query[key];
      query[key] = prior === undefined ? value : [prior, value].flat();
    }
  }
  return { path: q < 0 ? url : url.slice(0, q), query };
}

/** The first value of a header, or `undefined`. @internal */
export function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}
