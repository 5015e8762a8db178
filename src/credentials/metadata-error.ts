import { CredentialsProviderError } from "./credentials-provider-error.js";

/**
 * The error for a metadata service answer that is not 2xx: `Error response received from instance metadata service
 * (HTTP <status><detail>)`, with the status as `statusCode`. Returns `undefined` for a 2xx status.
 *
 * @example
 * throw metadataError(404, " for GET /latest/api/token");
 */
export const metadataError = (statusCode: number, detail = ""): CredentialsProviderError | undefined =>
  statusCode < 200 || statusCode > 299
    ? Object.assign(new CredentialsProviderError(`Error response received from instance metadata service (HTTP ${statusCode}${detail})`), {
        statusCode,
      })
    : undefined;
