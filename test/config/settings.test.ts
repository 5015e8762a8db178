import { afterAll, describe, expect, it } from "vitest";
import { resolveBooleanSetting } from "../../src/config/resolve-boolean-setting.js";
import { resolveConfiguredEndpointUrl } from "../../src/config/resolve-configured-endpoint-url.js";
import { resolveMaxAttempts } from "../../src/config/resolve-max-attempts.js";
import { resolveRetryMode } from "../../src/config/resolve-retry-mode.js";
import { removeTempAwsHomes, tempAwsHome } from "./support/temp-aws-home.js";

afterAll(removeTempAwsHomes);

const fips = (value: boolean | undefined, env: Record<string, string>, profile?: string) =>
  resolveBooleanSetting(value, "AWS_USE_FIPS_ENDPOINT", "use_fips_endpoint", { env, profile })();

describe("resolveBooleanSetting", () => {
  const files = tempAwsHome({
    config: "[default]\nuse_fips_endpoint = true\n[profile odd]\nuse_fips_endpoint = yes\n[profile off]\nuse_fips_endpoint = false\n",
    credentials: "[off]\nuse_fips_endpoint = true\n",
  });

  it("uses the client option over everything", async () => {
    expect(await fips(false, { ...files.env, AWS_USE_FIPS_ENDPOINT: "true" })).toBe(false);
    expect(await resolveBooleanSetting(async () => true, "X", "x", { env: {} })()).toBe(true);
  });

  it("then the environment variable, then the profile key", async () => {
    expect(await fips(undefined, { ...files.env, AWS_USE_FIPS_ENDPOINT: "false" })).toBe(false);
    expect(await fips(undefined, files.env)).toBe(true);
  });

  it("counts only the exact strings true and false; anything else falls through to the next source", async () => {
    expect(await fips(undefined, { ...files.env, AWS_USE_FIPS_ENDPOINT: "TRUE" })).toBe(true);
    expect(await fips(undefined, { ...files.env, AWS_USE_FIPS_ENDPOINT: "" })).toBe(true);
    expect(await fips(undefined, files.env, "odd")).toBe(false);
  });

  it("reads profile keys with the config file winning over the credentials file, as the SDK does", async () => {
    expect(await fips(undefined, files.env, "off")).toBe(false);
  });

  it("defaults to false", async () => {
    expect(await resolveBooleanSetting(undefined, "AWS_USE_DUALSTACK_ENDPOINT", "use_dualstack_endpoint", { env: tempAwsHome().env })()).toBe(false);
  });
});

describe("resolveMaxAttempts and resolveRetryMode", () => {
  const files = tempAwsHome({ config: "[default]\nmax_attempts = 7\nretry_mode = adaptive\n[profile bad]\nmax_attempts = lots\n" });

  it("take the client option, then the environment, then the profile, then 3 and standard", async () => {
    expect(await resolveMaxAttempts(2, { env: { ...files.env, AWS_MAX_ATTEMPTS: "9" } })()).toBe(2);
    expect(await resolveMaxAttempts(undefined, { env: { ...files.env, AWS_MAX_ATTEMPTS: "9" } })()).toBe(9);
    expect(await resolveMaxAttempts(undefined, { env: files.env })()).toBe(7);
    expect(await resolveMaxAttempts(undefined, { env: tempAwsHome().env })()).toBe(3);
    expect(await resolveRetryMode("legacy", { env: { ...files.env, AWS_RETRY_MODE: "standard" } })()).toBe("legacy");
    expect(await resolveRetryMode(undefined, { env: { ...files.env, AWS_RETRY_MODE: "standard" } })()).toBe("standard");
    expect(await resolveRetryMode(undefined, { env: files.env })()).toBe("adaptive");
    expect(await resolveRetryMode(undefined, { env: tempAwsHome().env })()).toBe("standard");
  });

  it("parse attempts with parseInt and skip values that are not numbers, like the SDK's loader", async () => {
    expect(await resolveMaxAttempts(undefined, { env: { ...files.env, AWS_MAX_ATTEMPTS: "5x" } })()).toBe(5);
    expect(await resolveMaxAttempts(undefined, { env: { ...files.env, AWS_MAX_ATTEMPTS: "abc" } })()).toBe(7);
    expect(await resolveMaxAttempts(undefined, { profile: "bad", env: { ...files.env, AWS_MAX_ATTEMPTS: "abc" } })()).toBe(3);
    expect(await resolveMaxAttempts(undefined, { env: { ...files.env, AWS_MAX_ATTEMPTS: "0" } })()).toBe(0);
  });
});

describe("resolveConfiguredEndpointUrl", () => {
  const files = tempAwsHome({
    config: [
      "[default]",
      "endpoint_url = http://profile.example",
      "[profile svc]",
      "services = local",
      "endpoint_url = http://profile-svc.example",
      "[profile svc-other]",
      "services = other",
      "endpoint_url = http://profile-svc-other.example",
      "[profile missing-section]",
      "services = nope",
      "endpoint_url = http://never.example",
      "[profile ignoring]",
      "ignore_configured_endpoint_urls = true",
      "endpoint_url = http://ignored.example",
      "[services local]",
      "lambda =",
      "  endpoint_url = http://127.0.0.1:4566",
      "[services other]",
      "sqs =",
      "  endpoint_url = http://sqs.example",
      "",
    ].join("\n"),
  });
  const url = (env: Record<string, string>, profile?: string) => resolveConfiguredEndpointUrl({ env: { ...files.env, ...env }, profile });

  it("takes AWS_ENDPOINT_URL_LAMBDA, then AWS_ENDPOINT_URL", async () => {
    expect(await url({ AWS_ENDPOINT_URL_LAMBDA: "http://a", AWS_ENDPOINT_URL: "http://b" })).toBe("http://a");
    expect(await url({ AWS_ENDPOINT_URL: "http://b" })).toBe("http://b");
  });

  it("then the profile's services section, then the profile's endpoint_url", async () => {
    expect(await url({}, "svc")).toBe("http://127.0.0.1:4566");
    expect(await url({}, "svc-other")).toBe("http://profile-svc-other.example");
    expect(await url({})).toBe("http://profile.example");
    expect(await url({ AWS_PROFILE: "svc" })).toBe("http://127.0.0.1:4566");
  });

  it("gives nothing when the named services section does not exist, as the SDK does", async () => {
    expect(await url({}, "missing-section")).toBeUndefined();
  });

  it("gives nothing when told to ignore configured endpoints", async () => {
    expect(await url({ AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: "true", AWS_ENDPOINT_URL: "http://b" })).toBeUndefined();
    expect(await url({}, "ignoring")).toBeUndefined();
    expect(await url({ AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: "false" }, "ignoring")).toBe("http://ignored.example");
  });

  it("gives nothing when nothing is configured", async () => {
    expect(await resolveConfiguredEndpointUrl({ env: tempAwsHome().env })).toBeUndefined();
  });
});
