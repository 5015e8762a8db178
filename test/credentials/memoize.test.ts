import type { AwsCredentialIdentity } from "@smithy/types";
import { describe, expect, it } from "vitest";
import { memoizeChain } from "../../src/credentials/memoize-chain.js";
import { memoizeCredentials } from "../../src/credentials/memoize-credentials.js";

const minutes = (n: number) => new Date(Date.now() + n * 60_000);

/** A provider that hands out numbered credentials and can be held until the test releases it. */
function counting(expiration?: () => Date | undefined) {
  let calls = 0;
  let gate: Promise<void> | undefined;
  let release = () => {};
  const provider = async (): Promise<AwsCredentialIdentity> => {
    const n = ++calls;
    if (gate) await gate;
    const exp = expiration?.();
    return { accessKeyId: `key-${n}`, secretAccessKey: "s", ...(exp && { expiration: exp }) };
  };
  return {
    provider,
    calls: () => calls,
    hold() {
      gate = new Promise((resolve) => (release = resolve));
    },
    release() {
      gate = undefined;
      release();
    },
  };
}

describe("memoizeCredentials (the SDK's memoizeIdentityProvider)", () => {
  it("returns a static object as is, and marks the provider memoized", async () => {
    const memoized = memoizeCredentials({ accessKeyId: "a", secretAccessKey: "b" });
    expect(await memoized()).toEqual({ accessKeyId: "a", secretAccessKey: "b" });
    expect(memoized.memoized).toBe(true);
    expect(memoizeCredentials(memoized)).toBe(memoized);
  });

  it("keeps credentials without expiration for good, and shares one call among concurrent callers", async () => {
    const source = counting();
    const memoized = memoizeCredentials(source.provider);
    const results = await Promise.all([memoized(), memoized(), memoized()]);
    await memoized();
    expect(results.map((c) => c.accessKeyId)).toEqual(["key-1", "key-1", "key-1"]);
    expect(source.calls()).toBe(1);
  });

  it("keeps credentials that expire in more than 5 minutes", async () => {
    const source = counting(() => minutes(30));
    const memoized = memoizeCredentials(source.provider);
    await memoized();
    await memoized();
    expect(source.calls()).toBe(1);
  });

  it("fetches again, waiting for it, once credentials are within 5 minutes of expiry", async () => {
    let calls = 0;
    const memoized = memoizeCredentials(async () => ({ accessKeyId: `key-${++calls}`, secretAccessKey: "s", expiration: minutes(30) }));
    const first = (await memoized()) as { expiration: Date };
    first.expiration = minutes(4); // as if 26 minutes had passed
    expect((await memoized()).accessKeyId).toBe("key-2");
    expect((await memoized()).accessKeyId).toBe("key-2");
    expect(calls).toBe(2);
  });

  it("asks again at once when the provider hands out nearly expired credentials, as the SDK does", async () => {
    let calls = 0;
    const memoized = memoizeCredentials(async () => ({ accessKeyId: `key-${++calls}`, secretAccessKey: "s", expiration: minutes(calls === 1 ? 4 : 60) }));
    expect((await memoized()).accessKeyId).toBe("key-2");
    expect(calls).toBe(2);
  });

  it("fetches again on forceRefresh", async () => {
    const source = counting();
    const memoized = memoizeCredentials(source.provider);
    await memoized();
    expect((await memoized({ forceRefresh: true })).accessKeyId).toBe("key-2");
  });
});

describe("memoizeChain (the SDK's default-chain cache)", () => {
  it("runs the chain once for concurrent first callers", async () => {
    const source = counting(() => minutes(60));
    source.hold();
    const provider = memoizeChain(source.provider);
    const pending = Promise.all([provider(), provider(), provider()]);
    source.release();
    expect((await pending).map((c) => c.accessKeyId)).toEqual(["key-1", "key-1", "key-1"]);
    expect(source.calls()).toBe(1);
  });

  it("returns the current credentials while one background run refreshes them within 5 minutes of expiry", async () => {
    const source = counting(() => (source.calls() === 1 ? minutes(3) : minutes(60)));
    const provider = memoizeChain(source.provider);
    expect((await provider()).accessKeyId).toBe("key-1");
    source.hold();
    // Both callers get key-1 at once; only one background run starts.
    expect((await provider()).accessKeyId).toBe("key-1");
    expect((await provider()).accessKeyId).toBe("key-1");
    expect(source.calls()).toBe(2);
    source.release();
    await new Promise((resolve) => setImmediate(resolve));
    expect((await provider()).accessKeyId).toBe("key-2");
  });

  it("ignores a failed background refresh and keeps serving the current credentials", async () => {
    let calls = 0;
    const provider = memoizeChain(async () => {
      calls++;
      if (calls > 1) throw new Error("refresh failed");
      return { accessKeyId: "only", secretAccessKey: "s", expiration: minutes(2) };
    });
    await provider();
    expect((await provider()).accessKeyId).toBe("only");
    await new Promise((resolve) => setImmediate(resolve));
    expect((await provider()).accessKeyId).toBe("only");
    expect(calls).toBeGreaterThanOrEqual(2);
  });

  it("waits for a new run once the credentials have expired, and reports its failure", async () => {
    let calls = 0;
    const provider = memoizeChain(async () => {
      calls++;
      if (calls === 1) return { accessKeyId: "expired", secretAccessKey: "s", expiration: new Date(Date.now() - 1) };
      throw new Error("chain failed");
    });
    expect((await provider()).accessKeyId).toBe("expired");
    await expect(provider()).rejects.toThrowError("chain failed");
  });

  it("keeps credentials without expiration and refreshes on forceRefresh", async () => {
    const source = counting();
    const provider = memoizeChain(source.provider);
    await provider();
    await provider();
    expect(source.calls()).toBe(1);
    expect((await provider({ forceRefresh: true })).accessKeyId).toBe("key-2");
    expect((await provider()).accessKeyId).toBe("key-2");
  });
});
