import { isIPv4 } from "node:net";
import { frontDoorError } from "./errors.js";

/**
 * Host names a service bound to loopback answers to: `localhost` (and `*.localhost`, which resolve to loopback by
 * RFC 6761), `127.0.0.0/8` and `[::1]`. @internal
 */
const isLoopbackName = (hostname: string): boolean =>
  hostname === "localhost" || hostname.endsWith(".localhost") || hostname === "[::1]" || (isIPv4(hostname) && hostname.startsWith("127."));

/** True when the service listens on a loopback interface only (the default), so only loopback names can be meant. */
const isLoopbackBind = (host: string): boolean => host === "localhost" || host === "::1" || (isIPv4(host) && host.startsWith("127."));

/**
 * Refuses a request whose `Host` names another machine while the service listens on loopback only. Such a request
 * can only come from a client that resolved a foreign name to 127.0.0.1 — a web page using DNS rebinding — and the
 * default key pair (`test`/`test`) is public, so the signature alone would not keep it out. A service bound to
 * another interface (a container's `0.0.0.0`) accepts any name; `allowedHosts` adds names for custom `/etc/hosts`
 * entries. The answer is a 403 with the service's error shape, naming the header and how to allow it.
 * @internal
 */
export function checkHost(hostHeader: string | undefined, bindHost: string, allowedHosts: readonly string[] = []): void {
  if (!isLoopbackBind(bindHost)) return;
  const hostname = (hostHeader ?? "").trim().toLowerCase().replace(/:\d*$/, "");
  if (isLoopbackName(hostname) || allowedHosts.some((name) => name.toLowerCase() === hostname)) return;
  throw frontDoorError(
    "InvalidHostException",
    403,
    `The Host header ${JSON.stringify(hostHeader ?? "")} does not name this local service, which listens on loopback only: ` +
      "requests for other names are refused (DNS rebinding protection). Use localhost or 127.0.0.1, or list the name in the allowedHosts option.",
  );
}
