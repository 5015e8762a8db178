import { containerCredentialsUrl } from "./container-url.js";
import { CredentialsProviderError } from "./credentials-provider-error.js";
import { withCredentialFeature, type SourcedCredentials } from "./credential-source.js";
import { metadataRequest } from "./metadata-request.js";
import { parseMetadataCredentials } from "./parse-metadata-credentials.js";
import type { RemoteProviderOptions } from "./remote-provider-options.js";

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
export function fromContainer(
  env: NodeJS.ProcessEnv = process.env,
  options: RemoteProviderOptions = {},
): () => Promise<SourcedCredentials> {
  return async () => {
    let url: URL | undefined;
    try {
      url = containerCredentialsUrl(env);
    } catch (error) {
      if (error instanceof CredentialsProviderError) throw error;
      throw new CredentialsProviderError(
        `AWS_CONTAINER_CREDENTIALS_FULL_URI is not a valid URL: ${JSON.stringify(env.AWS_CONTAINER_CREDENTIALS_FULL_URI)}`,
        { tryNextLink: false, cause: error },
      );
    }
    if (!url) {
      throw new CredentialsProviderError(
        "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI and AWS_CONTAINER_CREDENTIALS_FULL_URI are not set",
      );
    }
    const warn = (message: string) => (options.logger ? options.logger.warn(message) : console.warn(message));
    if (env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI && env.AWS_CONTAINER_CREDENTIALS_FULL_URI) {
      warn("Both AWS_CONTAINER_CREDENTIALS_RELATIVE_URI and AWS_CONTAINER_CREDENTIALS_FULL_URI are set; the relative URI is used.");
    }
    if (env.AWS_CONTAINER_AUTHORIZATION_TOKEN && env.AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE) {
      warn("Both AWS_CONTAINER_AUTHORIZATION_TOKEN and AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE are set; the file is used.");
    }
    const timeoutMs = options.timeoutMs ?? 1000;
    const retries = options.maxRetries ?? 3;
    let primaryError: unknown;
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, timeoutMs));
      try {
        return withCredentialFeature(await requestCredentials(url, env, timeoutMs), "CREDENTIALS_HTTP", "z");
      } catch (error) {
        primaryError = error;
      }
    }
    const message = (primaryError as Error).message;
    const fallbackAllowed = env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI || ["localhost", "127.0.0.1"].includes(url.hostname);
    if (!fallbackAllowed) {
      throw new CredentialsProviderError(`${url.href}: ${message}`, { cause: primaryError });
    }
    try {
      return await requestFallback(url, env, timeoutMs, options.maxRetries ?? 0);
    } catch (fallbackError) {
      throw new CredentialsProviderError(`${url.href}: ${message}; then without the token file: ${(fallbackError as Error).message}`, {
        cause: primaryError,
      });
    }
  };
}

async function requestCredentials(url: URL, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<SourcedCredentials> {
  const tokenFile = env.AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE;
  const token = tokenFile ? await (await import("node:fs/promises")).readFile(tokenFile, "utf8") : env.AWS_CONTAINER_AUTHORIZATION_TOKEN;
  if (token?.includes("\r\n")) throw new CredentialsProviderError("Authorization token contains invalid \\r\\n sequence.");
  const response = await metadataRequest({ url, headers: token ? { Authorization: token } : {}, timeoutMs });
  if (response.statusCode === 200) {
    return parseMetadataCredentials(response.body, "HTTP credential provider", { strictExpiration: true });
  }
  const error = new CredentialsProviderError(`Server responded with status: ${response.statusCode}`);
  if (response.statusCode >= 400 && response.statusCode < 500) {
    try {
      const { Code, Message } = JSON.parse(response.body) as { Code?: string; Message?: string };
      Object.assign(error, { Code, Message });
      if (Code || Message) error.message += ` (${[Code, Message].filter(Boolean).join(": ")})`;
    } catch {
      // A 4xx without a JSON body keeps the plain status message.
    }
  }
  throw error;
}

async function requestFallback(url: URL, env: NodeJS.ProcessEnv, timeoutMs: number, retries: number): Promise<SourcedCredentials> {
  const token = env.AWS_CONTAINER_AUTHORIZATION_TOKEN;
  let lastError: unknown;
  for (let attempt = 0; attempt <= retries; attempt++) {
    try {
      const response = await metadataRequest({ url, headers: token ? { Authorization: token } : {}, timeoutMs });
      if (response.statusCode < 200 || response.statusCode >= 300) {
        throw new CredentialsProviderError(`Error response received from instance metadata service (HTTP ${response.statusCode})`);
      }
      return parseMetadataCredentials(response.body, "Container metadata service", { withAccountId: true });
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}
