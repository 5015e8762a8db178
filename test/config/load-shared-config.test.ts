import { loadSharedConfigFiles } from "@smithy/core/config";
import type { IniSection, ParsedIniData } from "@smithy/types";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { loadSharedConfig, type SharedConfig } from "../../src/config/load-shared-config.js";
import { removeTempAwsHomes, tempAwsHome } from "./support/temp-aws-home.js";

afterAll(removeTempAwsHomes);

/** What loadSharedConfig returned when it was built on the SDK's loadSharedConfigFiles (the reference). */
async function sdkSharedConfig(configFilepath: string, credentialsFilepath: string, selected: string): Promise<Partial<SharedConfig>> {
  const { configFile, credentialsFile } = await loadSharedConfigFiles({ filepath: credentialsFilepath, configFilepath });
  const profiles: ParsedIniData = {};
  const services: Record<string, IniSection> = {};
  const ssoSessions: Record<string, IniSection> = {};
  for (const [name, section] of Object.entries(configFile)) {
    if (name.startsWith("services.")) services[name.slice("services.".length)] = section;
    else profiles[name] = { ...section };
    // The SDK's loadSsoSessionData: the config file's sso-session sections by name.
    if (name.startsWith("sso-session.")) ssoSessions[name.slice("sso-session.".length)] = section;
  }
  for (const [name, section] of Object.entries(credentialsFile)) profiles[name] = { ...profiles[name], ...section };
  return {
    profile: profiles[selected] ?? {},
    configProfile: configFile[selected] ?? {},
    credentialsProfile: credentialsFile[selected] ?? {},
    profiles,
    services,
    ssoSessions,
  };
}

describe("loadSharedConfig", () => {
  const line = fc.constantFrom(
    "[default]",
    "[profile default]",
    "[profile dev]",
    "[profile  dev]",
    '[profile "q"]',
    "[dev]",
    "[services local]",
    "[services.local]",
    "[sso-session s]",
    "[other thing]",
    "[profile __proto__]",
    "region = us-east-1",
    "region=eu-west-1 # c",
    "max_attempts = 5 ;c",
    "  region = indented",
    "s3 =",
    "lambda =",
    "  endpoint_url = http://x",
    "\tmax = 3",
    "= nothing",
    "novalue",
    "; comment",
    "",
    "   ",
    "key = a=b",
  );
  const file = fc.tuple(fc.array(line, { maxLength: 14 }), fc.constantFrom("\n", "\r\n")).map(([lines, eol]) => lines.join(eol));

  it("matches the SDK's loadSharedConfigFiles on random files", async () => {
    const home = tempAwsHome();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(file, file, fc.constantFrom("default", "dev", "q", "local", "s"), async (config, credentials, profile) => {
        // Fresh paths each run: both loaders cache a file's contents for the life of the process.
        n++;
        const configFilepath = home.write(`config-${n}`, config);
        const credentialsFilepath = home.write(`credentials-${n}`, credentials);
        const ours = await loadSharedConfig({ profile, env: { HOME: home.home, AWS_CONFIG_FILE: configFilepath, AWS_SHARED_CREDENTIALS_FILE: credentialsFilepath } });
        const { profileName: _, configFilepath: _c, credentialsFilepath: _k, ...rest } = ours;
        expect(rest).toEqual(await sdkSharedConfig(configFilepath, credentialsFilepath, profile));
      }),
      { numRuns: 300 },
    );
  });

  // Not in the random files: the SDK's parseIni stores a section named after an inherited Object member
  // ("[constructor]") into that member (`map.constructor` is the global Object function), so the SDK's
  // answer drops the section and the assignment leaks into later runs in the process. The AWS CLI
  // (Python's configparser) reads it as a plain profile; so do we.
  it("reads a profile named after an Object member as a plain profile, where the SDK's parser drops it", async () => {
    const home = tempAwsHome({ config: "[profile constructor]\nregion = eu-west-1\n[profile toString]\nregion = us-west-2\n" });
    const config = await loadSharedConfig({ profile: "constructor", env: home.env });
    expect(config.profile).toEqual({ region: "eu-west-1" });
    expect(config.profiles.toString).toEqual({ region: "us-west-2" });
    expect(Object.hasOwn(Object, "region")).toBe(false);
  });

  it("keeps a file that was missing at the first read empty when it appears later, like the SDK's loader", async () => {
    // Both absent (no INI reader is loaded for that), then only one: each case against the SDK's loader on twin paths.
    for (const present of [[], ["credentials"]] as const) {
      const ours = tempAwsHome(Object.fromEntries(present.map((f) => [f, "[default]\nregion = us-west-2\n"])));
      const sdk = tempAwsHome(Object.fromEntries(present.map((f) => [f, "[default]\nregion = us-west-2\n"])));
      await loadSharedConfig({ env: ours.env });
      await loadSharedConfigFiles({ filepath: sdk.credentialsFile, configFilepath: sdk.configFile });
      for (const home of [ours, sdk]) home.write(".aws/config", "[default]\nregion = eu-west-1\noutput = json\n");
      const later = await loadSharedConfig({ env: ours.env });
      expect(later.configProfile).toEqual({});
      expect(later).toMatchObject(await sdkSharedConfig(sdk.configFile, sdk.credentialsFile, "default"));
    }
  });

  it("reads each file once per process, like the SDK", async () => {
    const home = tempAwsHome({ config: "[default]\nregion = us-east-1\n" });
    expect((await loadSharedConfig({ env: home.env })).profile.region).toBe("us-east-1");
    home.write(".aws/config", "[default]\nregion = eu-west-1\n");
    expect((await loadSharedConfig({ env: home.env })).profile.region).toBe("us-east-1");
  });
});
