import { containerCredentialsUrl } from "./container-url.js";
import { CredentialsProviderError } from "./credentials-provider-error.js";
import type { SourcedCredentials } from "./credential-source.js";
import { metadataError } from "./metadata-error.js";
import { metadataRequest } from "./metadata-request.js";
import { parseMetadataCredentials } from "./parse-metadata-credentials.js";
import type { RemoteProviderOptions } from "./remote-provider-options.js";
import { withRetries } from "./with-retries.js";
import { redactText } from "../middleware/redact-request-secrets.js";

/** The Authorization value sent, and its credential part without a scheme such as `Bearer`. */
const tokenParts = (authorization: string | undefined): string[] =>
  authorization === undefined ? [] : [authorization, authorization.trim().split(/\s+/).pop() ?? ""];

/**
 * Gets credentials from the ECS / EKS Pod Identity / Greengrass container endpoint, as the SDK's default chain does
 * (`fromHttp`, then `fromContainerMetadata` as a fallback). The URL comes from `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI`
 * or `AWS_CONTAINER_CREDENTIALS_FULL_URI` (see `containerCredentialsUrl`); the `Authorization` header is the contents
 * of `AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE` (read on every call) or `AWS_CONTAINER_AUTHORIZATION_TOKEN`. A failed
 * request is retried `maxRetries` times (default 3), `timeoutMs` (default 1000) apart. Then, for the link-local,
 * `localhost` and `127.0.0.1` endpoints only, one more plain request with `AWS_CONTAINER_AUTHORIZATION_TOKEN` is made,
 * like the SDK's fallback.
 *
 * @example
 * await fromContainer({ AWS_CONTAINER_CREDENTIALS_FULL_URI: "http://127.0.0.1:8080/creds" })();
 */
export const fromContainer =
  (env: NodeJS.ProcessEnv = process.env, options: RemoteProviderOptions = {}): (() => Promise<SourcedCredentials>) =>
  async () => {
    const { AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: relative, AWS_CONTAINER_CREDENTIALS_FULL_URI: full } = env;
    const { AWS_CONTAINER_AUTHORIZATION_TOKEN: token, AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE: tokenFile } = env;
    let url: URL | undefined;
    try {
      url = containerCredentialsUrl(env);
    } catch (error) {
      throw error instanceof CredentialsProviderError
        ? error
        : new CredentialsProviderError(`AWS_CONTAINER_CREDENTIALS_FULL_URI is not a valid URL: ${JSON.stringify(full)}`, {
            tryNextLink: false,
            cause: error,
          });
    }
    if (!url) throw new CredentialsProviderError("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI and AWS_CONTAINER_CREDENTIALS_FULL_URI are not set");
    const warnBoth = (first: string, second: string, used: string) => {
      if (env[first] && env[second]) (options.logger ?? console).warn(`Both ${first} and ${second} are set; the ${used} is used.`);
    };
    warnBoth("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "AWS_CONTAINER_CREDENTIALS_FULL_URI", "relative URI");
    warnBoth("AWS_CONTAINER_AUTHORIZATION_TOKEN", "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE", "file");
    const timeoutMs = options.timeoutMs ?? 1000;
    const get = (authorization: string | undefined) => metadataRequest(url, timeoutMs, authorization ? { Authorization: authorization } : {});
    let primaryError: Error;
    try {
      return await withRetries(
        options.maxRetries ?? 3,
        async () => {
          const authorization = tokenFile ? await (await import("node:fs/promises")).readFile(tokenFile, "utf8") : token;
          if (authorization?.includes("\r\n")) throw new CredentialsProviderError("Authorization token contains invalid \\r\\n sequence.");
          const { statusCode, body } = await get(authorization);
          if (statusCode === 200) return { ...parseMetadataCredentials(body, "HTTP credential provider", true), $source: { CREDENTIALS_HTTP: "z" } };
          const error = new CredentialsProviderError(`Server responded with status: ${statusCode}`);
          if (statusCode > 399 && statusCode < 500) {
            try {
              const parsed = JSON.parse(body) as { Code?: string; Message?: string };
              // An endpoint may quote the token it was sent; that token is a credential and must not reach logs.
              const [Code, Message] = [parsed.Code, parsed.Message].map((v) => (typeof v === "string" ? redactText(v, tokenParts(authorization)) : v));
              Object.assign(error, { Code, Message });
              if (Code || Message) error.message += ` (${[Code, Message].filter(Boolean).join(": ")})`;
            } catch {
              // A 4xx without a JSON body keeps the plain status message.
            }
          }
          throw error;
        },
        timeoutMs,
      );
    } catch (error) {
      primaryError = error as Error;
    }
    const failure = (message: string) => new CredentialsProviderError(`${url.href}: ${primaryError.message}${message}`, { cause: primaryError });
    // The SDK's fromContainerMetadata fallback only talks to these hosts.
    if (!relative && url.hostname !== "localhost" && url.hostname !== "127.0.0.1") throw failure("");
    try {
      return await withRetries(options.maxRetries ?? 0, async () => {
        const { statusCode, body } = await get(token);
        const error = metadataError(statusCode);
        if (error) throw error;
        return parseMetadataCredentials(body, "Container metadata service", false);
      });
    } catch (fallbackError) {
      throw failure(`; then without the token file: ${(fallbackError as Error).message}`);
    }
  };
