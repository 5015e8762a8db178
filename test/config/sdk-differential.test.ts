import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { customEndpointUrl } from "../../src/endpoints/custom-endpoint-url.js";
import { resolveEndpoint } from "../../src/endpoints/resolve-endpoint.js";
import { normalizeRegion } from "../../src/config/normalize-region.js";
import { resolveBooleanSetting } from "../../src/config/resolve-boolean-setting.js";
import { resolveConfiguredEndpointUrl } from "../../src/config/resolve-configured-endpoint-url.js";
import { resolveMaxAttempts } from "../../src/config/resolve-max-attempts.js";
import { resolveRegionProvider } from "../../src/config/resolve-region.js";
import { resolveRetryMode } from "../../src/config/resolve-retry-mode.js";
import { runSdkOracle, type OracleScenario } from "./support/sdk-oracle.js";
import { removeTempAwsHomes, tempAwsHome } from "./support/temp-aws-home.js";

afterAll(removeTempAwsHomes);

const files = tempAwsHome({
  config: [
    "[default]",
    "region = us-west-2",
    "max_attempts = 6",
    "retry_mode = adaptive",
    "use_dualstack_endpoint = true",
    "[profile fips]",
    "region = fips-us-gov-west-1",
    "use_fips_endpoint = yes",
    "[profile both]",
    "region = ap-south-1",
    "max_attempts = nope",
    "use_dualstack_endpoint = false",
    "[profile svc]",
    "region = eu-west-1",
    "services = local",
    "[services local]",
    "lambda =",
    "  endpoint_url = http://127.0.0.1:4566/prefix",
    "",
  ].join("\n"),
  credentials: "[both]\nregion = ca-central-1\nuse_dualstack_endpoint = true\n",
});
const base = files.env;
const noFiles = tempAwsHome().env;

const configCases: Array<{ name: string; env: Record<string, string>; client?: { profile?: string; region?: string; maxAttempts?: number; useDualstackEndpoint?: boolean } }> = [
  { name: "default profile", env: base },
  { name: "fips- region in a profile, unparsable boolean", env: { ...base, AWS_PROFILE: "fips" } },
  { name: "credentials file region, NaN attempts, odd env values", env: { ...base, AWS_PROFILE: "both", AWS_MAX_ATTEMPTS: "abc", AWS_RETRY_MODE: "legacy", AWS_USE_FIPS_ENDPOINT: "TRUE" } },
  { name: "environment wins", env: { ...base, AWS_REGION: "eu-central-1", AWS_DEFAULT_REGION: "xx-yy-1", AWS_USE_FIPS_ENDPOINT: "true", AWS_USE_DUALSTACK_ENDPOINT: "false", AWS_MAX_ATTEMPTS: "4x" } },
  { name: "profile option beats AWS_PROFILE", env: { ...base, AWS_PROFILE: "fips" }, client: { profile: "both" } },
  { name: "client options win", env: base, client: { region: "us-gov-west-1-fips", maxAttempts: 2, useDualstackEndpoint: true } },
  { name: "nothing configured", env: noFiles },
];

async function ours(env: Record<string, string>, client: { profile?: string; region?: string; maxAttempts?: number; useDualstackEndpoint?: boolean } = {}) {
  const options = { env, profile: client.profile };
  const settle = async <T>(run: () => Promise<T>) => run().catch((e: Error) => ({ error: e.message }));
  const region = await settle(async () => normalizeRegion(await resolveRegionProvider(client.region, options)()));
  const fips = await settle(() => resolveBooleanSetting(undefined, "AWS_USE_FIPS_ENDPOINT", "use_fips_endpoint", options)());
  return {
    region: "error" in region ? region : region.region,
    // The SDK reports FIPS as on for a fips- region, and reports the missing region from this provider too.
    useFipsEndpoint: "error" in region ? region : region.useFips || fips,
    useDualstackEndpoint: await resolveBooleanSetting(client.useDualstackEndpoint, "AWS_USE_DUALSTACK_ENDPOINT", "use_dualstack_endpoint", options)(),
    maxAttempts: await resolveMaxAttempts(client.maxAttempts, options)(),
    retryMode: await resolveRetryMode(undefined, options)(),
  };
}

const endpointFiles = tempAwsHome({
  config: [
    "[default]",
    "region = us-west-2",
    "[profile svc]",
    "services = local",
    "[profile dual]",
    "use_dualstack_endpoint = true",
    "[services local]",
    "lambda =",
    "  endpoint_url = http://127.0.0.1:4566/prefix",
    "",
  ].join("\n"),
});
const eb = endpointFiles.env;
const endpointCases: Array<{ name: string; env: Record<string, string> }> = [
  { name: "AWS_ENDPOINT_URL_LAMBDA", env: { ...eb, AWS_ENDPOINT_URL_LAMBDA: "http://127.0.0.1:9000", AWS_ENDPOINT_URL: "http://other" } },
  { name: "AWS_ENDPOINT_URL with a path", env: { ...eb, AWS_ENDPOINT_URL: "http://localhost:8000/base/" } },
  { name: "services section", env: { ...eb, AWS_PROFILE: "svc" } },
  { name: "ignored configured endpoints", env: { ...eb, AWS_PROFILE: "svc", AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: "true" } },
  { name: "configured endpoint with FIPS", env: { ...eb, AWS_ENDPOINT_URL_LAMBDA: "http://127.0.0.1:9000", AWS_USE_FIPS_ENDPOINT: "true" } },
  { name: "configured endpoint with dual-stack from the profile", env: { ...eb, AWS_PROFILE: "dual", AWS_ENDPOINT_URL: "https://proxy.example" } },
  { name: "no configured endpoint", env: { ...noFiles } },
  { name: "no configured endpoint, dual-stack", env: { ...eb, AWS_PROFILE: "dual" } },
];

async function ourEndpoint(env: Record<string, string>) {
  const { region, useFips } = normalizeRegion("us-east-1");
  const configured = await resolveConfiguredEndpointUrl({ env });
  try {
    const { url } = resolveEndpoint({
      Region: region,
      UseFIPS: useFips || (await resolveBooleanSetting(undefined, "AWS_USE_FIPS_ENDPOINT", "use_fips_endpoint", { env })()),
      UseDualStack: await resolveBooleanSetting(undefined, "AWS_USE_DUALSTACK_ENDPOINT", "use_dualstack_endpoint", { env })(),
      Endpoint: configured === undefined ? undefined : await customEndpointUrl(configured),
    });
    const prefix = url.pathname === "/" ? "" : url.pathname;
    return { url: `${url.protocol}//${url.host}${prefix}/2015-03-31/event-source-mappings/u` };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

describe("config resolution against @aws-sdk/client-lambda", () => {
  let sdk: Array<Record<string, unknown>>;
  beforeAll(async () => {
    const scenarios: OracleScenario[] = [
      ...configCases.map((c) => ({ kind: "config" as const, env: c.env, client: c.client, keys: ["region", "useFipsEndpoint", "useDualstackEndpoint", "maxAttempts", "retryMode"] })),
      ...endpointCases.map((c) => ({ kind: "endpoint" as const, env: c.env })),
    ];
    sdk = await runSdkOracle(scenarios);
  });

  it.each(configCases.map((c, i) => [c.name, i] as const))("%s", async (_, i) => {
    const expected = { ...sdk[i] };
    const actual: Record<string, unknown> = await ours(configCases[i]!.env, configCases[i]!.client);
    for (const key of ["region", "useFipsEndpoint"]) {
      const sdkValue = expected[key] as { error?: string } | string;
      if (typeof sdkValue === "object" && sdkValue.error === "Region is missing") {
        // Same start as the SDK's message; ours goes on to say how to set it.
        expect((actual[key] as { error: string }).error).toMatch(/^Region is missing: /);
        delete expected[key];
        delete actual[key];
      }
    }
    expect(actual).toEqual(expected);
  });

  it.each(endpointCases.map((c, i) => [c.name, i] as const))("endpoint: %s", async (_, i) => {
    const expected = sdk[configCases.length + i]!;
    const actual = await ourEndpoint(endpointCases[i]!.env);
    expect(actual).toEqual("url" in expected ? { url: expected.url } : { error: expected.error });
  });
});
