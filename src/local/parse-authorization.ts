import { frontDoorError } from "./errors.js";

/** The parts of a SigV4 `Authorization` header. @internal */
export interface ParsedAuthorization {
  accessKeyId: string;
  scopeDate: string;
  scopeRegion: string;
  scopeService: string;
  signedHeaders: string[];
  signature: string;
}

const ALGORITHM = "AWS4-HMAC-SHA256";

/**
 * Splits an `Authorization: AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…` header,
 * raising the service's `IncompleteSignatureException` when a part is missing or malformed.
 * @internal
 */
export function parseAuthorization(header: string): ParsedAuthorization {
  const incomplete = (why: string) => frontDoorError("IncompleteSignatureException", 403, `${why} Authorization=${header}`);
  const space = header.indexOf(" ");
  const algorithm = space < 0 ? header : header.slice(0, space);
  if (algorithm !== ALGORITHM) throw incomplete(`Unsupported AWS 'algorithm': '${algorithm}'.`);
  const params = new Map<string, string>();
  for (const part of header.slice(space + 1).split(",")) {
    const eq = part.indexOf("=");
    if (eq > 0) params.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const missing = ["Credential", "Signature", "SignedHeaders"].filter((name) => !params.get(name));
  if (missing.length > 0) throw incomplete(missing.map((name) => `Authorization header requires '${name}' parameter.`).join(" "));
  const scope = params.get("Credential")!.split("/");
  if (scope.length !== 5 || scope.some((s) => s === "") || scope[4] !== "aws4_request") {
    throw incomplete(`Credential should have exactly 5 slash-separated components ending in 'aws4_request', got '${params.get("Credential")}'.`);
  }
  const [accessKeyId, scopeDate, scopeRegion, scopeService] = scope as [string, string, string, string];
  return {
    accessKeyId,
    scopeDate,
    scopeRegion,
    scopeService,
    signedHeaders: params.get("SignedHeaders")!.split(";"),
    signature: params.get("Signature")!,
  };
}
