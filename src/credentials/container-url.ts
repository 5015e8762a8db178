import { CredentialsProviderError } from "./credentials-provider-error.js";

// `new URL()` has already turned any IPv4 address into canonical dotted decimal (each part 0-255).
const ALLOWED_HTTP_HOST = /^(169\.254\.170\.23?|\[fd00:ec2::23\]|localhost|\[::1\]|127(\.\d+){3})$/;

/**
 * The container credentials URL from the environment, checked like the SDK's `fromHttp`:
 * `http://169.254.170.2` + `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI` (which wins), else
 * `AWS_CONTAINER_CREDENTIALS_FULL_URI`, which must be `https:` or an `http:` URL on 169.254.170.2, 169.254.170.23,
 * `[fd00:ec2::23]`, localhost, 127.0.0.0/8 or `[::1]`. Returns `undefined` when neither variable is set; throws a
 * `CredentialsProviderError` for a URL it does not accept and the `TypeError` of `new URL()` for one it cannot parse.
 *
 * @example
 * containerCredentialsUrl({ AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: "/v2/credentials/abc" })?.href; // "http://169.254.170.2/v2/credentials/abc"
 */
export function containerCredentialsUrl(env: NodeJS.ProcessEnv): URL | undefined {
  const { AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: relative, AWS_CONTAINER_CREDENTIALS_FULL_URI: full } = env;
  if (relative) return new URL(`http://169.254.170.2${relative}`);
  if (!full) return undefined;
  const url = new URL(full);
  if (url.protocol === "https:" || ALLOWED_HTTP_HOST.test(url.hostname)) return url;
  throw new CredentialsProviderError(`URL not accepted. It must either be HTTPS or match one of the following:
  - loopback CIDR 127.0.0.0/8 or [::1/128]
  - ECS container host 169.254.170.2
  - EKS container host 169.254.170.23 or [fd00:ec2::23]`);
}
