import { describe, expect, it } from "vitest";
import { customEndpointUrl } from "../../src/endpoints/custom-endpoint-url.js";
import { resolveEndpoint } from "../../src/endpoints/resolve-endpoint.js";

describe("resolveEndpoint", () => {
  it.each([
    ["aws", "eu-west-1", "lambda.eu-west-1.amazonaws.com", "lambda-fips.eu-west-1.amazonaws.com", "lambda.eu-west-1.api.aws", "lambda-fips.eu-west-1.api.aws"],
    ["aws-cn", "cn-northwest-1", "lambda.cn-northwest-1.amazonaws.com.cn", "lambda-fips.cn-northwest-1.amazonaws.com.cn", "lambda.cn-northwest-1.api.amazonwebservices.com.cn", "lambda-fips.cn-northwest-1.api.amazonwebservices.com.cn"],
    ["aws-us-gov", "us-gov-east-1", "lambda.us-gov-east-1.amazonaws.com", "lambda-fips.us-gov-east-1.amazonaws.com", "lambda.us-gov-east-1.api.aws", "lambda-fips.us-gov-east-1.api.aws"],
    ["aws-iso", "us-iso-west-1", "lambda.us-iso-west-1.c2s.ic.gov", "lambda-fips.us-iso-west-1.c2s.ic.gov", "lambda.us-iso-west-1.api.aws.ic.gov", "lambda-fips.us-iso-west-1.api.aws.ic.gov"],
    ["aws-iso-b", "us-isob-east-1", "lambda.us-isob-east-1.sc2s.sgov.gov", "lambda-fips.us-isob-east-1.sc2s.sgov.gov", "lambda.us-isob-east-1.api.aws.scloud", "lambda-fips.us-isob-east-1.api.aws.scloud"],
    ["aws-iso-e", "eu-isoe-west-1", "lambda.eu-isoe-west-1.cloud.adc-e.uk", "lambda-fips.eu-isoe-west-1.cloud.adc-e.uk", "lambda.eu-isoe-west-1.api.cloud-aws.adc-e.uk", "lambda-fips.eu-isoe-west-1.api.cloud-aws.adc-e.uk"],
    ["aws-iso-f", "us-isof-south-1", "lambda.us-isof-south-1.csp.hci.ic.gov", "lambda-fips.us-isof-south-1.csp.hci.ic.gov", "lambda.us-isof-south-1.api.aws.hci.ic.gov", "lambda-fips.us-isof-south-1.api.aws.hci.ic.gov"],
    ["eusc", "eusc-de-east-1", "lambda.eusc-de-east-1.amazonaws.eu", "lambda-fips.eusc-de-east-1.amazonaws.eu", "lambda.eusc-de-east-1.api.amazonwebservices.eu", "lambda-fips.eusc-de-east-1.api.amazonwebservices.eu"],
  ])("%s (%s): normal, FIPS, dual-stack, both", (_, Region, normal, fips, dual, both) => {
    expect(resolveEndpoint({ Region }).url.host).toBe(normal);
    expect(resolveEndpoint({ Region, UseFIPS: true }).url.host).toBe(fips);
    expect(resolveEndpoint({ Region, UseDualStack: true }).url.host).toBe(dual);
    expect(resolveEndpoint({ Region, UseFIPS: true, UseDualStack: true }).url.host).toBe(both);
  });

  it("returns a fresh URL each call, so a caller changing it does not change the next result", () => {
    const first = resolveEndpoint({ Region: "us-east-1" }).url;
    first.pathname = "/changed";
    expect(resolveEndpoint({ Region: "us-east-1" }).url.href).toBe("https://lambda.us-east-1.amazonaws.com/");
  });

  it("keeps a custom endpoint's path prefix and port", () => {
    expect(resolveEndpoint({ Region: "us-east-1", Endpoint: "http://127.0.0.1:4566/prefix" }).url.href).toBe("http://127.0.0.1:4566/prefix");
  });

  it("throws the TypeError of new URL for a custom endpoint that is not a URL", () => {
    expect(() => resolveEndpoint({ Endpoint: "not a url" })).toThrowError(TypeError);
  });
});

describe("customEndpointUrl", () => {
  it("turns every form of the endpoint option into the rule set's Endpoint string like the SDK", async () => {
    expect(await customEndpointUrl("https://example.com")).toBe("https://example.com/");
    expect(await customEndpointUrl("http://127.0.0.1:4566/base?x=1")).toBe("http://127.0.0.1:4566/base");
    expect(await customEndpointUrl(new URL("https://example.com:8443/base?x=1"))).toBe("https://example.com:8443/base");
    expect(await customEndpointUrl({ protocol: "https:", hostname: "h.example", port: 444, path: "/p" })).toBe("https://h.example:444/p");
    expect(await customEndpointUrl({ url: new URL("https://u.example/a") })).toBe("https://u.example/a");
    expect(await customEndpointUrl(async () => "http://127.0.0.1:9999/pre/")).toBe("http://127.0.0.1:9999/pre/");
  });

  it("feeds resolveEndpoint, which then rejects FIPS and dual-stack with the SDK's messages", async () => {
    const Endpoint = await customEndpointUrl("http://localhost:3000/lambda");
    expect(resolveEndpoint({ Endpoint }).url.href).toBe("http://localhost:3000/lambda");
    expect(() => resolveEndpoint({ Endpoint, UseFIPS: true })).toThrowError("Invalid Configuration: FIPS and custom endpoint are not supported");
    expect(() => resolveEndpoint({ Endpoint, UseDualStack: true })).toThrowError("Invalid Configuration: Dualstack and custom endpoint are not supported");
  });
});
