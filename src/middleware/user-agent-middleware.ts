import type { AbsoluteLocation, BuildMiddleware, BuildHandlerOptions, Pluggable, UserAgentPair } from "@smithy/types";
import { PACKAGE_NAME, PACKAGE_VERSION } from "../client/version.js";
import { platformUserAgent } from "../runtime/platform-user-agent.js";
import { runtimeEnv } from "../runtime/runtime-env.js";

/** What the user-agent middleware reads from the resolved client config. */
export interface UserAgentConfig {
  customUserAgent?: UserAgentPair[];
  userAgentAppId: () => Promise<string | undefined>;
  /** Whether the adaptive retry mode was selected; encoded as the SDK's feature letter. */
  retryMode: string | (() => Promise<string>);
  isCustomEndpoint: boolean;
  /** Whether the caller passed credentials in code (feature letter `e`). */
  credentialsInCode?: boolean;
}

const NAME_ESCAPE = /[^!$%&'*+\-.^_`|~\w]/g;
const VALUE_ESCAPE = /[^!$%&'*+\-.^_`|~\w#]/g;

/**
 * Renders one `[name, version]` pair as the SDK does: `name/version`, or `prefix/rest#version`
 * when the name has a `/`; unsafe characters become `-` and `api/` names are lower-cased.
 */
export function escapeUserAgent([rawName, rawVersion]: UserAgentPair): string {
  const name = rawName.split("/").map((part) => part.replace(NAME_ESCAPE, "-")).join("/");
  const version = rawVersion?.replace(VALUE_ESCAPE, "-");
  const slash = name.indexOf("/");
  const prefix = name.substring(0, slash);
  let rest = name.substring(slash + 1);
  if (prefix === "api") rest = rest.toLowerCase();
  return [prefix, rest, version]
    .filter((item): item is string => !!item && item.length > 0)
    .reduce((acc, item, index) => (index === 0 ? item : index === 1 ? `${acc}/${item}` : `${acc}#${item}`), "");
}

let staticSections: string[] | undefined;
/** The process-wide part of the user agent, computed once. */
function defaultSections(): string[] {
  staticSections ??= [
    [`${PACKAGE_NAME}`, PACKAGE_VERSION],
    ["ua", "2.1"],
    ...platformUserAgent(),
    ["api/lambda", PACKAGE_VERSION],
    ...(runtimeEnv().AWS_EXECUTION_ENV ? [["exec-env", runtimeEnv().AWS_EXECUTION_ENV]] : []),
  ].map((pair) => escapeUserAgent(pair as UserAgentPair));
  return staticSections;
}

/** The header values last built for a client config, and what they were built from. */
const userAgents = new WeakMap<UserAgentConfig, { key: string; custom: UserAgentConfig["customUserAgent"]; amz: string; full: string }>();

/**
 * Sets `user-agent` and `x-amz-user-agent` in the SDK's format, naming this library instead of
 * `aws-sdk-js` (AWS attributes traffic by it). Feature letters follow the SDK: `N` for a custom
 * endpoint, `E`/`F` for the standard/adaptive retry mode, `e` for credentials given in code.
 */
export const userAgentMiddleware =
  (config: UserAgentConfig): BuildMiddleware<object, object> =>
  (next) =>
  async (args) => {
    const request = args.request as { headers?: Record<string, string> };
    if (!request?.headers) return next(args);
    const mode = typeof config.retryMode === "function" ? await config.retryMode() : config.retryMode;
    const appId = await config.userAgentAppId();
    // The values depend only on these two settings (fixed after the first send) and the custom pairs, so they are
    // built once per combination rather than escaped and joined on every send.
    const key = `${mode}\u0000${appId ?? ""}`;
    let built = userAgents.get(config);
    if (built?.key !== key || built.custom !== config.customUserAgent) {
      // Same letters and order as the SDK's feature list: endpoint override, retry mode, credential source.
      const features = [...(config.isCustomEndpoint ? ["N"] : []), mode === "adaptive" ? "F" : "E", ...(config.credentialsInCode ? ["e"] : [])];
      const sections = [...defaultSections(), `m/${features.join(",")}`];
      if (appId) sections.push(escapeUserAgent(["app", appId]));
      const custom = (config.customUserAgent ?? []).map(escapeUserAgent);
      built = { key, custom: config.customUserAgent, amz: [sections[0], ...custom].join(" "), full: [...sections, ...custom].join(" ") };
      userAgents.set(config, built);
    }
    request.headers["x-amz-user-agent"] = built.amz;
    request.headers["user-agent"] = built.full;
    return next(args);
  };

/** Step and name of {@link userAgentMiddleware}, the SDK's. */
export const userAgentMiddlewareOptions: BuildHandlerOptions & AbsoluteLocation = {
  name: "getUserAgentMiddleware",
  step: "build",
  priority: "low",
  tags: ["SET_USER_AGENT", "USER_AGENT"],
  override: true,
};

/** Adds {@link userAgentMiddleware} to a stack. */
export const getUserAgentPlugin = (config: UserAgentConfig): Pluggable<object, object> => ({
  applyToStack: (stack) => stack.add(userAgentMiddleware(config), userAgentMiddlewareOptions),
});
