import { LambdaClient } from "@aws-sdk/client-lambda";
import { describe, expect, it } from "vitest";
import { resolveEndpoint, type EndpointParameters } from "../../src/endpoints/resolve-endpoint.js";

type SdkResolver = (params: EndpointParameters) => { url: URL };
const sdkResolver = new LambdaClient({ region: "us-east-1", credentials: { accessKeyId: "a", secretAccessKey: "b" } }).config
  .endpointProvider as unknown as SdkResolver;

// One known and one regex-only region per partition, plus regions that match no partition (they fall back to aws).
const regions = [
  "us-east-1", "ap-southeast-7", "il-central-1", "mx-west-9", "aws-global",
  "cn-north-1", "cn-south-9", "aws-cn-global",
  "us-gov-west-1", "us-gov-central-7", "aws-us-gov-global",
  "us-iso-east-1", "us-iso-north-3", "aws-iso-global",
  "us-isob-east-1", "us-isob-south-2",
  "eu-isoe-west-1", "eu-isoe-north-4",
  "us-isof-south-1", "us-isof-west-5",
  "eusc-de-east-1", "eusc-de-west-2",
  "xx-moon-1", "local", "us-east", "US-EAST-1",
];
const flags = [
  [false, false],
  [true, false],
  [false, true],
  [true, true],
] as const;

function outcome(resolve: SdkResolver, params: EndpointParameters): string {
  try {
    return resolve(params).url.href;
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
}

describe("resolveEndpoint against the SDK's defaultEndpointResolver", () => {
  it.each(regions)("%s with every FIPS × dual-stack combination", (region) => {
    for (const [UseFIPS, UseDualStack] of flags) {
      const params = { Region: region, UseFIPS, UseDualStack };
      expect(outcome(resolveEndpoint, params), JSON.stringify(params)).toBe(outcome(sdkResolver, params));
    }
  });

  it.each(["https://example.com", "http://127.0.0.1:4566/base/", "https://h.example/p?x=1"])(
    "custom endpoint %s with every FIPS × dual-stack combination and with no region",
    (endpoint) => {
      for (const [UseFIPS, UseDualStack] of flags) {
        for (const Region of ["us-east-1", undefined]) {
          const params = { Region, UseFIPS, UseDualStack, Endpoint: endpoint };
          expect(outcome(resolveEndpoint, params), JSON.stringify(params)).toBe(outcome(sdkResolver, params));
        }
      }
    },
  );

  it("no region and no endpoint gives the same error", () => {
    expect(outcome(resolveEndpoint, {})).toBe(outcome(sdkResolver, { UseFIPS: false, UseDualStack: false }));
    expect(outcome(resolveEndpoint, {})).toBe("error: Invalid Configuration: Missing Region");
  });
});
