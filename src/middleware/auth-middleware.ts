import type { AwsCredentialIdentityProvider, Pluggable, SerializeHandlerOptions, SerializeMiddleware } from "@smithy/types";
import { smithyContext } from "./smithy-context.js";

/** What the identity middleware reads from the resolved client config. */
export interface AuthConfig {
  credentials: AwsCredentialIdentityProvider;
}

/**
 * Resolves the caller's credentials once per `send()`, before the request is serialized, as the
 * SDK's `httpAuthSchemeMiddleware` does: a credentials failure is thrown before any HTTP request,
 * and every retry reuses the same identity.
 */
export const authMiddleware =
  (config: AuthConfig): SerializeMiddleware<object, object> =>
  (next, context) =>
  async (args) => {
    const identity = await config.credentials();
    smithyContext(context).selectedHttpAuthScheme = { identity };
    return next(args);
  };

/** Step and name of {@link authMiddleware}: the SDK's `httpAuthSchemeMiddleware`. */
export const authMiddlewareOptions: SerializeHandlerOptions & { relation: "before"; toMiddleware: string } = {
  step: "serialize",
  tags: ["HTTP_AUTH_SCHEME"],
  name: "httpAuthSchemeMiddleware",
  override: true,
  relation: "before",
  toMiddleware: "endpointV2Middleware",
};

/** Adds {@link authMiddleware} to a stack. */
export const getAuthPlugin = (config: AuthConfig): Pluggable<object, object> => ({
  applyToStack: (stack) => stack.addRelativeTo(authMiddleware(config), authMiddlewareOptions),
});
