import type { SignatureV4 } from "@smithy/signature-v4";
import type { AwsCredentialIdentity } from "@smithy/types";

type GetSigningKey = (credentials: AwsCredentialIdentity, region: string, shortDate: string, service?: string) => Promise<Uint8Array>;

/**
 * Makes a `@smithy/signature-v4` signer derive its signing key once per day, region, service and key pair. The
 * signer keeps derived keys in a cache of its own, but finds them by an HMAC of the credentials that it computes
 * on every request (one of the three SHA-256 runs of a bodiless request); here the last key is found by comparing
 * the strings instead. When a smithy version no longer has the (private) method, the signer is left as it is.
 */
export function cacheSigningKey(signer: SignatureV4): SignatureV4 {
  const target = signer as unknown as { getSigningKey?: GetSigningKey };
  const derive = target.getSigningKey;
  if (typeof derive !== "function") return signer;
  let last: { id: string; secret: string; token: string | undefined; date: string; region: string; service: string | undefined; key: Promise<Uint8Array> } | undefined;
  target.getSigningKey = (credentials, region, shortDate, service) => {
    const { accessKeyId: id, secretAccessKey: secret, sessionToken: token } = credentials;
    if (last?.date === shortDate && last.region === region && last.service === service && last.id === id && last.secret === secret && last.token === token) {
      return last.key;
    }
    const key = derive.call(signer, credentials, region, shortDate, service);
    last = { id, secret, token, date: shortDate, region, service, key };
    // A failed derivation is not kept.
    key.catch(() => (last?.key === key ? (last = undefined) : undefined));
    return key;
  };
  return signer;
}
