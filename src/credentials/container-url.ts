import { CredentialsProviderError } from "./credentials-provider-error.js";

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
  const relative = env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI;
  const full = env.AWS_CONTAINER_CREDENTIALS_FULL_URI;
  if (relative) return new URL(`http://169.254.170.2${relative}`);
  if (!full) return undefined;
  const url = new URL(full);
  if (url.protocol === "https:" || isAllowedHttpHost(url.hostname)) return url;
  throw new CredentialsProviderError(`URL not accepted. It must either be HTTPS or match one of the following:
  - loopback CIDR 127.0.0.0/8 or [::1/128]
  - ECS container host 169.254.170.2
  - EKS container host 169.254.170.23 or [fd00:ec2::23]`);
}

function isAllowedHttpHost(hostname: string): boolean {
  if (["169.254.170.2", "169.254.170.23", "[fd00:ec2::23]", "localhost", "[::1]"].includes(hostname)) return true;
  const parts = hostname.split(".");
  return parts.length === 4 && parts[0] === "127" && parts.slice(1).every((p) => /^\d+$/.test(p) && Number(p) <= 255);
}
