import { afterAll, describe, expect, it } from "vitest";
import { classifyProfile } from "../../src/credentials/classify-profile.js";
import { fromEnvCredentials } from "../../src/credentials/from-env.js";
import { fromSharedFiles } from "../../src/credentials/from-shared-files.js";
import { removeTempAwsHomes, tempAwsHome } from "../config/support/temp-aws-home.js";

afterAll(removeTempAwsHomes);

describe("fromEnvCredentials", () => {
  it("reads every variable the SDK's fromEnv reads", async () => {
    const credentials = await fromEnvCredentials({
      AWS_ACCESS_KEY_ID: "AKID",
      AWS_SECRET_ACCESS_KEY: "SECRET",
      AWS_SESSION_TOKEN: "TOKEN",
      AWS_CREDENTIAL_EXPIRATION: "2030-01-02T03:04:05Z",
      AWS_CREDENTIAL_SCOPE: "scope",
      AWS_ACCOUNT_ID: "123456789012",
    })();
    expect(credentials).toEqual({
      accessKeyId: "AKID",
      secretAccessKey: "SECRET",
      sessionToken: "TOKEN",
      expiration: new Date("2030-01-02T03:04:05Z"),
      credentialScope: "scope",
      accountId: "123456789012",
      $source: { CREDENTIALS_ENV_VARS: "g" },
    });
  });

  it("needs both the key id and the secret", async () => {
    await expect(fromEnvCredentials({ AWS_ACCESS_KEY_ID: "AKID" })()).rejects.toMatchObject({
      name: "CredentialsProviderError",
      tryNextLink: true,
      message: "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not both set",
    });
  });
});

describe("fromSharedFiles", () => {
  const files = tempAwsHome({
    config: [
      "[default]",
      "aws_access_key_id = FROM-CONFIG",
      "aws_secret_access_key = config-secret",
      "[profile dev]",
      "aws_access_key_id = DEV",
      "aws_secret_access_key = dev-secret",
      "aws_session_token = dev-token",
      "aws_account_id = 111122223333",
      "[profile role]",
      "role_arn = arn:aws:iam::123456789012:role/Admin",
      "source_profile = dev",
      "[profile role-with-keys]",
      "role_arn = arn:aws:iam::123456789012:role/Admin",
      "credential_source = Ec2InstanceMetadata",
      "aws_access_key_id = IGNORED",
      "aws_secret_access_key = ignored",
      "[profile web]",
      "role_arn = arn:aws:iam::123456789012:role/Web",
      "web_identity_token_file = /nonexistent/lesm/token",
      "[profile role-mfa]",
      "role_arn = arn:aws:iam::123456789012:role/Admin",
      "source_profile = dev",
      "mfa_serial = arn:aws:iam::123456789012:mfa/me",
      "[profile sso]",
      "sso_session = corp",
      "sso_account_id = 123456789012",
      "sso_role_name = Dev",
      "[profile login]",
      "login_session = arn:aws:iam::123456789012:user/me",
      "[profile empty]",
      "region = us-east-1",
      "",
    ].join("\n"),
    credentials: "[default]\naws_access_key_id = FROM-CREDENTIALS\n",
  });

  it("reads static keys, the credentials file winning per key", async () => {
    expect(await fromSharedFiles({ env: files.env })()).toEqual({
      accessKeyId: "FROM-CREDENTIALS",
      secretAccessKey: "config-secret",
      $source: { CREDENTIALS_PROFILE: "n" },
    });
  });

  it("reads the profile named by AWS_PROFILE, with session token and account id", async () => {
    expect(await fromSharedFiles({ env: { ...files.env, AWS_PROFILE: "dev" } })()).toMatchObject({
      accessKeyId: "DEV",
      sessionToken: "dev-token",
      accountId: "111122223333",
    });
  });

  it.each([
    ["role-mfa", /^Profile role-mfa requires multi-factor authentication, but no MFA code callback was provided\. Pass mfaCodeProvider/],
    ["web", /^ENOENT: no such file or directory, open '\/nonexistent\/lesm\/token'$/],
    ["sso", /^Profile sso refers to sso_session "corp", but the config file has no \[sso-session corp\] section\. Run: aws sso login --profile sso$/],
    ["login", /^Failed to load token from .*login\/cache\/[0-9a-f]{64}\.json: Error: ENOENT/],
  ])("stops the chain for profile %s, before any network call, with the SDK's reason", async (profile, message) => {
    const error = await fromSharedFiles({ profile, env: files.env })().catch((e: unknown) => e);
    expect((error as { tryNextLink?: boolean }).tryNextLink).not.toBe(true);
    expect((error as Error).message).toMatch(message);
  });

  it("lets the chain go on for a profile without credentials or a missing profile, naming the files", async () => {
    for (const profile of ["empty", "nope"]) {
      const error = await fromSharedFiles({ profile, env: files.env })().catch((e: unknown) => e);
      expect(error).toMatchObject({ tryNextLink: true });
      expect((error as Error).message).toContain(`Could not resolve credentials using profile: [${profile}] in configuration/credentials file(s).`);
      expect((error as Error).message).toContain(files.configFile);
    }
  });
});

describe("classifyProfile", () => {
  it("checks in the SDK's order", () => {
    expect(classifyProfile({ role_arn: "r", source_profile: "s", aws_access_key_id: "a", aws_secret_access_key: "b" })).toBe("assume-role");
    // Both source_profile and credential_source: not an assume-role profile in the SDK either.
    expect(classifyProfile({ role_arn: "r", source_profile: "s", credential_source: "Environment", aws_access_key_id: "a", aws_secret_access_key: "b" })).toBe("static");
    expect(classifyProfile({ role_arn: "r", web_identity_token_file: "f", credential_process: "x" })).toBe("web-identity");
    expect(classifyProfile({ credential_process: "x", sso_session: "s" })).toBe("process");
    expect(classifyProfile({ sso_region: "us-east-1", login_session: "l" })).toBe("sso");
    expect(classifyProfile({ aws_access_key_id: "only-id" })).toBeUndefined();
    expect(classifyProfile(undefined)).toBeUndefined();
  });
});
