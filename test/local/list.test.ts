import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalLambda, type LocalLambda } from "../../src/local/index.js";
import { apiFactories, arns, failure, type EsmApi } from "./support/clients.js";

describe.each(apiFactories)("ListEventSourceMappings through $library", ({ make }) => {
  let local: LocalLambda;
  let api: EsmApi;
  const uuids: Record<string, string> = {};

  beforeAll(async () => {
    local = await startLocalLambda();
    api = make(local);
    const create = async (key: string, FunctionName: string, EventSourceArn: string) => {
      uuids[key] = (await api.create({ FunctionName, EventSourceArn }))!.UUID!;
    };
    await create("a1", "alpha", arns.queue("one"));
    await create("a2", "alpha", arns.queue("two"));
    await create("aLive", "alpha:live", arns.queue("one"));
    await create("b1", "beta", arns.queue("one"));
    await create("other", "987654321098:function:alpha", arns.queue("three"));
  });
  afterAll(async () => {
    api.destroy();
    await local.close();
  });

  const listed = async (input: Parameters<EsmApi["list"]>[0]) => (await api.list(input)).EventSourceMappings!.map((m) => m.UUID);

  it("lists everything in creation order with no NextMarker when it fits", async () => {
    const out = await api.list();
    expect(out.EventSourceMappings!.map((m) => m.UUID)).toEqual([uuids.a1, uuids.a2, uuids.aLive, uuids.b1, uuids.other]);
    expect(out.NextMarker).toBeUndefined();
  });

  it("filters by function name, unqualified ARN, qualified ARN and partial ARN", async () => {
    expect(await listed({ FunctionName: "alpha" })).toEqual([uuids.a1, uuids.a2]);
    expect(await listed({ FunctionName: "arn:aws:lambda:us-east-1:123456789012:function:alpha" })).toEqual([uuids.a1, uuids.a2]);
    expect(await listed({ FunctionName: "arn:aws:lambda:us-east-1:123456789012:function:alpha:live" })).toEqual([uuids.aLive]);
    expect(await listed({ FunctionName: "987654321098:function:alpha" })).toEqual([uuids.other]);
  });

  it("filters by EventSourceArn, alone and with a function", async () => {
    expect(await listed({ EventSourceArn: arns.queue("one") })).toEqual([uuids.a1, uuids.aLive, uuids.b1]);
    expect(await listed({ EventSourceArn: arns.queue("one"), FunctionName: "beta" })).toEqual([uuids.b1]);
    expect(await listed({ EventSourceArn: arns.queue("nowhere") })).toEqual([]);
  });

  it("pages with MaxItems and an opaque NextMarker, and the paginator walks every page", async () => {
    const first = await api.list({ MaxItems: 2 });
    expect(first.EventSourceMappings).toHaveLength(2);
    expect(first.NextMarker).toMatch(/^[A-Za-z0-9_-]+$/);
    const all = await api.listAll({}, 2);
    expect(all.pages).toBe(3);
    expect(all.mappings.map((m) => m.UUID)).toEqual([uuids.a1, uuids.a2, uuids.aLive, uuids.b1, uuids.other]);
  });

  it("rejects MaxItems outside 1..10000 and a marker it did not issue", async () => {
    const unchecked = make(local, { validateInput: false }); // let our client send what it would refuse
    try {
      for (const [MaxItems, clause] of [[0, "greater than or equal to 1"], [10001, "less than or equal to 10000"]] as const) {
        const error = await failure(unchecked.list({ MaxItems }));
        expect([error.name, error.$metadata.httpStatusCode]).toEqual(["ValidationException", 400]);
        expect(error.message).toBe(`1 validation error detected: Value '${MaxItems}' at 'maxItems' failed to satisfy constraint: Member must have value ${clause}`);
      }
      expect((await failure(unchecked.list({ Marker: "bm90LWEtbWFya2Vy" }))).name).toBe("InvalidParameterValueException");
    } finally {
      unchecked.destroy();
    }
  });
});

describe("page size", () => {
  // The model's documentation of MaxItems: "ListEventSourceMappings returns a maximum of 100 items in each
  // response, even if you set the number higher."
  it("holds at most 100 mappings whatever MaxItems says, and the marker leads to the rest", async () => {
    const local = await startLocalLambda();
    const api = apiFactories[0].make(local);
    try {
      for (let i = 0; i < 105; i++) await api.create({ FunctionName: "many", EventSourceArn: arns.queue(`m${i}`) });
      for (const MaxItems of [undefined, 101, 10000]) {
        const page = await api.list({ FunctionName: "many", ...(MaxItems === undefined ? {} : { MaxItems }) });
        expect(page.EventSourceMappings).toHaveLength(100);
        expect(page.NextMarker).toBeDefined();
        const rest = await api.list({ FunctionName: "many", MaxItems, Marker: page.NextMarker });
        expect(rest.EventSourceMappings).toHaveLength(5);
        expect(rest.NextMarker).toBeUndefined();
      }
    } finally {
      api.destroy();
      await local.close();
    }
  });
});

describe("pagination while mappings are deleted", () => {
  it("never skips or repeats a mapping when the last one returned is deleted between pages", async () => {
    const local = await startLocalLambda();
    const api = apiFactories[0].make(local);
    try {
      const created: string[] = [];
      for (let i = 0; i < 7; i++) created.push((await api.create({ FunctionName: "pager", EventSourceArn: arns.queue(`p${i}`) })).UUID!);
      const page1 = await api.list({ FunctionName: "pager", MaxItems: 3 });
      const seen = page1.EventSourceMappings!.map((m) => m.UUID!);
      expect(seen).toEqual(created.slice(0, 3));
      // Delete the marker's own mapping and one already seen; both finish at once (transitionDelayMs 0).
      await api.delete(created[2]!);
      await api.delete(created[0]!);
      const page2 = await api.list({ FunctionName: "pager", MaxItems: 3, Marker: page1.NextMarker });
      const page3 = await api.list({ FunctionName: "pager", MaxItems: 3, Marker: page2.NextMarker });
      expect([...page2.EventSourceMappings!, ...page3.EventSourceMappings!].map((m) => m.UUID)).toEqual(created.slice(3));
      expect(page3.NextMarker).toBeUndefined();
    } finally {
      api.destroy();
      await local.close();
    }
  });
});
