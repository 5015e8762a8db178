import { AdaptiveRetryStrategy as SdkAdaptive, resolveRetryConfig, StandardRetryStrategy as SdkStandard } from "@smithy/core/retry";
import type { RetryStrategyV2 } from "@smithy/types";
import { describe, expect, it, vi } from "vitest";
import { AdaptiveRetryStrategy, resolveRetryStrategy, StandardRetryStrategy } from "../../src/retry/index.js";

describe("resolveRetryStrategy", () => {
  it("creates the strategy lazily, once per client, and always returns that instance", async () => {
    const maxAttempts = vi.fn(async () => 4);
    const provider = resolveRetryStrategy({ retryMode: "standard", maxAttempts });
    expect(maxAttempts).not.toHaveBeenCalled();
    const [a, b] = await Promise.all([provider(), provider()]);
    const c = await provider();
    expect(a).toBeInstanceOf(StandardRetryStrategy);
    expect(b).toBe(a);
    expect(c).toBe(a);
    expect(maxAttempts).toHaveBeenCalledTimes(1);
    expect(await (a as StandardRetryStrategy).maxAttempts()).toBe(4);
  });

  it.each([
    ["adaptive", AdaptiveRetryStrategy, SdkAdaptive],
    ["standard", StandardRetryStrategy, SdkStandard],
    ["Adaptive", StandardRetryStrategy, SdkStandard],
    [" adaptive", StandardRetryStrategy, SdkStandard],
    [undefined, StandardRetryStrategy, SdkStandard],
  ])("retryMode %j selects the same kind of strategy as the SDK", async (retryMode, Ours, Sdk) => {
    const ours = await resolveRetryStrategy({ retryMode })();
    const sdk = await resolveRetryConfig({ retryMode: retryMode as string }).retryStrategy();
    expect(ours).toBeInstanceOf(Ours);
    expect(sdk).toBeInstanceOf(Sdk);
    expect((ours as StandardRetryStrategy).mode).toBe((sdk as SdkStandard).mode);
  });

  it("accepts retryMode as a provider", async () => {
    expect(await resolveRetryStrategy({ retryMode: async () => "adaptive" })()).toBeInstanceOf(AdaptiveRetryStrategy);
  });

  it("returns a user strategy as is without resolving anything", async () => {
    const user: RetryStrategyV2 = {
      acquireInitialRetryToken: async () => ({ getRetryCount: () => 0, getRetryDelay: () => 0 }),
      refreshRetryTokenForRetry: async () => {
        throw new Error("no");
      },
      recordSuccess: () => {},
    };
    const retryMode = vi.fn(async () => "adaptive");
    expect(await resolveRetryStrategy({ retryStrategy: user, retryMode })()).toBe(user);
    expect(retryMode).not.toHaveBeenCalled();
  });

  it("builds the default strategy with the maxAttempts value of that moment, like the SDK", async () => {
    for (const retryMode of ["standard", "adaptive"]) {
      let value = 2;
      const maxAttempts = async () => value;
      const ours = await resolveRetryStrategy({ retryMode, maxAttempts })();
      const sdk = await resolveRetryConfig({ retryMode, maxAttempts }).retryStrategy();
      value = 9;
      const read = (s: unknown) =>
        s instanceof AdaptiveRetryStrategy || s instanceof SdkAdaptive
          ? (s as AdaptiveRetryStrategy).maxAttemptsProvider()
          : (s as StandardRetryStrategy).maxAttempts();
      expect(await read(ours)).toBe(2);
      expect(await read(sdk)).toBe(2);
    }
  });

  it("defaults maxAttempts to 3 and keeps a failed creation, like the SDK", async () => {
    expect(await ((await resolveRetryStrategy({})()) as StandardRetryStrategy).maxAttempts()).toBe(3);
    const failing = vi.fn(async (): Promise<number> => {
      throw new Error("AWS_MAX_ATTEMPTS must be a number");
    });
    const provider = resolveRetryStrategy({ maxAttempts: failing });
    await expect(provider()).rejects.toThrow("AWS_MAX_ATTEMPTS must be a number");
    await expect(provider()).rejects.toThrow("AWS_MAX_ATTEMPTS must be a number");
    expect(failing).toHaveBeenCalledTimes(1);
    const sdk = resolveRetryConfig({ retryMode: "standard", maxAttempts: failing }).retryStrategy;
    await expect(sdk()).rejects.toThrow("AWS_MAX_ATTEMPTS must be a number");
    await expect(sdk()).rejects.toThrow("AWS_MAX_ATTEMPTS must be a number");
    expect(failing).toHaveBeenCalledTimes(2);
  });
});
