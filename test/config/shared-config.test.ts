import { afterAll, describe, expect, it } from "vitest";
import { loadSharedConfig } from "../../src/config/load-shared-config.js";
import { profileName } from "../../src/config/profile-name.js";
import { resolveSharedConfigPaths } from "../../src/config/shared-config-paths.js";
import { removeTempAwsHomes, tempAwsHome } from "./support/temp-aws-home.js";

afterAll(removeTempAwsHomes);

describe("resolveSharedConfigPaths", () => {
  it("uses HOME, then USERPROFILE, then HOMEDRIVE + HOMEPATH", () => {
    expect(resolveSharedConfigPaths({ HOME: "/h", USERPROFILE: "/u" })).toEqual({
      configFilepath: "/h/.aws/config",
      credentialsFilepath: "/h/.aws/credentials",
    });
    expect(resolveSharedConfigPaths({ USERPROFILE: "/u" }).configFilepath).toBe("/u/.aws/config");
    expect(resolveSharedConfigPaths({ HOMEDRIVE: "/d", HOMEPATH: "/p" }).credentialsFilepath).toBe("/d/p/.aws/credentials");
  });

  it("prefers AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE and expands a leading ~/", () => {
    const env = { HOME: "/h", AWS_CONFIG_FILE: "~/cfg", AWS_SHARED_CREDENTIALS_FILE: "/abs/creds" };
    expect(resolveSharedConfigPaths(env)).toEqual({ configFilepath: "/h/cfg", credentialsFilepath: "/abs/creds" });
  });
});

describe("profileName", () => {
  it("is the option, else AWS_PROFILE, else default; empty strings count as unset", () => {
    expect(profileName({ profile: "a", env: { AWS_PROFILE: "b" } })).toBe("a");
    expect(profileName({ env: { AWS_PROFILE: "b" } })).toBe("b");
    expect(profileName({ profile: "", env: { AWS_PROFILE: "" } })).toBe("default");
  });
});

describe("loadSharedConfig", () => {
  const files = tempAwsHome({
    config: [
      "[default]",
      "region = us-west-2 ; trailing comment",
      "# a comment line",
      "[profile dev]",
      "region = eu-west-1",
      "services = local",
      "s3 =",
      "  max_concurrent_requests = 20",
      "[services local]",
      "lambda =",
      "  endpoint_url = http://127.0.0.1:4566",
      "",
    ].join("\n"),
    credentials: ["[dev]", "region = eu-central-1", "aws_access_key_id = AKIDDEV", "[default]", "aws_access_key_id = AKIDDEFAULT", ""].join("\n"),
  });

  it("selects the profile from AWS_PROFILE and merges both files, the credentials file winning", async () => {
    const shared = await loadSharedConfig({ env: { ...files.env, AWS_PROFILE: "dev" } });
    expect(shared.profileName).toBe("dev");
    expect(shared.profile).toEqual({
      region: "eu-central-1",
      services: "local",
      "s3.max_concurrent_requests": "20",
      aws_access_key_id: "AKIDDEV",
    });
    expect(shared.configProfile.region).toBe("eu-west-1");
    expect(shared.credentialsProfile.region).toBe("eu-central-1");
    expect(shared.services).toEqual({ local: { "lambda.endpoint_url": "http://127.0.0.1:4566" } });
    expect(shared.configFilepath).toBe(files.configFile);
  });

  it("lets the profile option override AWS_PROFILE and strips comments", async () => {
    const shared = await loadSharedConfig({ profile: "default", env: { ...files.env, AWS_PROFILE: "dev" } });
    expect(shared.profile).toEqual({ region: "us-west-2", aws_access_key_id: "AKIDDEFAULT" });
    expect(Object.keys(shared.profiles).sort()).toEqual(["default", "dev"]);
  });

  it("honors AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE", async () => {
    const other = tempAwsHome();
    const config = other.write("elsewhere-config", "[profile x]\nregion = ap-south-1\n");
    const credentials = other.write("elsewhere-credentials", "[x]\naws_secret_access_key = S\n");
    const shared = await loadSharedConfig({
      profile: "x",
      env: { HOME: files.home, AWS_CONFIG_FILE: config, AWS_SHARED_CREDENTIALS_FILE: credentials },
    });
    expect(shared.profile).toEqual({ region: "ap-south-1", aws_secret_access_key: "S" });
  });

  it("treats missing files as empty", async () => {
    const empty = tempAwsHome();
    const shared = await loadSharedConfig({ env: empty.env });
    expect(shared.profile).toEqual({});
    expect(shared.profiles).toEqual({});
  });
});
