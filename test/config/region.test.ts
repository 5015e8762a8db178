import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { normalizeRegion } from "../../src/config/normalize-region.js";
import { resolveRegionProvider } from "../../src/config/resolve-region.js";
import { removeTempAwsHomes, tempAwsHome } from "./support/temp-aws-home.js";

afterAll(removeTempAwsHomes);

describe("resolveRegionProvider", () => {
  const files = tempAwsHome({
    config: "[default]\nregion = us-west-2\n[profile dev]\nregion = eu-west-1\n[profile both]\nregion = ap-south-1\n",
    credentials: "[both]\nregion = ca-central-1\n",
  });

  it("uses the region option first, as a string or a provider", async () => {
    const env = { ...files.env, AWS_REGION: "sa-east-1" };
    expect(await resolveRegionProvider("eu-north-1", { env })()).toBe("eu-north-1");
    expect(await resolveRegionProvider(async () => "me-south-1", { env })()).toBe("me-south-1");
  });

  it("then AWS_REGION, ignoring AWS_DEFAULT_REGION", async () => {
    expect(await resolveRegionProvider(undefined, { env: { ...files.env, AWS_REGION: "sa-east-1" } })()).toBe("sa-east-1");
    expect(await resolveRegionProvider(undefined, { env: { ...files.env, AWS_DEFAULT_REGION: "sa-east-1" } })()).toBe("us-west-2");
  });

  it("then the selected profile's region, the credentials file winning over the config file", async () => {
    expect(await resolveRegionProvider(undefined, { env: { ...files.env, AWS_PROFILE: "dev" } })()).toBe("eu-west-1");
    expect(await resolveRegionProvider(undefined, { profile: "both", env: files.env })()).toBe("ca-central-1");
  });

  it("fails with a message that starts like the SDK's and names every way to set the region", async () => {
    const empty = tempAwsHome();
    const region = resolveRegionProvider(undefined, { profile: "work", env: empty.env });
    await expect(region()).rejects.toThrowError(
      'Region is missing: set the "region" client option, the AWS_REGION environment variable, or "region" in the "work" profile of your AWS config file (AWS_CONFIG_FILE or ~/.aws/config)',
    );
  });

  it("throws at once for an empty region option, like the SDK's constructor", () => {
    expect(() => resolveRegionProvider("", { env: files.env })).toThrowError(/^Region is missing/);
  });

  it("reads nothing until called", async () => {
    const later = tempAwsHome();
    const region = resolveRegionProvider(undefined, { env: later.env });
    later.write(".aws/config", "[default]\nregion = il-central-1\n");
    expect(await region()).toBe("il-central-1");
  });
});

describe("resolveRegionProvider with EC2 instance metadata", () => {
  let server: Server;
  let endpoint: string;
  const requests: string[] = [];
  let regionAnswer = "eu-south-2\n";

  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(`${req.method} ${req.url} ${req.headers["x-aws-ec2-metadata-token"] ?? req.headers["x-aws-ec2-metadata-token-ttl-seconds"] ?? ""}`);
      if (req.method === "PUT" && req.url === "/latest/api/token") return void res.end("TOKEN-1");
      if (req.url === "/latest/meta-data/placement/region" && req.headers["x-aws-ec2-metadata-token"] === "TOKEN-1") {
        return void res.end(regionAnswer);
      }
      res.statusCode = 404;
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("falls back to the IMDSv2 placement region when nothing else is set", async () => {
    const empty = tempAwsHome();
    const env = { HOME: empty.home, AWS_EC2_METADATA_SERVICE_ENDPOINT: endpoint };
    expect(await resolveRegionProvider(undefined, { env })()).toBe("eu-south-2");
    expect(requests).toEqual(["PUT /latest/api/token 21600", "GET /latest/meta-data/placement/region TOKEN-1"]);
  });

  it("skips IMDS when AWS_EC2_METADATA_DISABLED has any value, even false", async () => {
    requests.length = 0;
    const empty = tempAwsHome();
    const env = { HOME: empty.home, AWS_EC2_METADATA_SERVICE_ENDPOINT: endpoint, AWS_EC2_METADATA_DISABLED: "false" };
    await expect(resolveRegionProvider(undefined, { env })()).rejects.toThrowError(/^Region is missing/);
    expect(requests).toEqual([]);
  });

  it("remembers a failure for a minute instead of asking again", async () => {
    requests.length = 0;
    regionAnswer = "";
    const empty = tempAwsHome();
    // A different spelling of the same server gets its own negative-cache entry.
    const env = { HOME: empty.home, AWS_EC2_METADATA_SERVICE_ENDPOINT: endpoint.replace("127.0.0.1", "localhost") };
    await expect(resolveRegionProvider(undefined, { env })()).rejects.toThrowError(/^Region is missing/);
    regionAnswer = "eu-south-2";
    await expect(resolveRegionProvider(undefined, { env })()).rejects.toThrowError(/^Region is missing/);
    expect(requests).toHaveLength(2);
  });
});

describe("normalizeRegion", () => {
  it.each([
    ["us-east-1", "us-east-1", false],
    ["fips-us-gov-west-1", "us-gov-west-1", true],
    ["us-gov-west-1-fips", "us-gov-west-1", true],
    ["fips-dkr-us-east-2", "us-east-2", true],
    ["fips-prod-us-west-1", "us-west-1", true],
    ["aws-fips", "us-east-1", true],
    ["fips-aws-global", "us-east-1", true],
  ])("%s → %s (FIPS %s)", (input, region, useFips) => {
    expect(normalizeRegion(input)).toEqual({ region, useFips });
  });

  it.each(["us east 1", "", "-us-east-1", "us-east-1-", "a".repeat(64), "us.east.1"])("rejects %j with the SDK's message", (input) => {
    expect(() => normalizeRegion(input)).toThrowError(`Region not accepted: region="${input}" is not a valid hostname component.`);
  });
});
