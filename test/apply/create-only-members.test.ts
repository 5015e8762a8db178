import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createOnlyMembers, CREATE_ONLY_SUB_MEMBERS } from "../../src/apply/create-only-members.js";

// The create-only lists come from the vendored model: top-level members by comparing the Create and Update requests,
// sub-members by the documentation of the members themselves.
const model = JSON.parse(readFileSync(join(import.meta.dirname, "../../model/lambda-esm-model.json"), "utf8")) as {
  shapes: Record<string, { members?: Record<string, { traits?: Record<string, string> }> }>;
};
const shape = (name: string) => model.shapes[`com.amazonaws.lambda#${name}`]!;

describe("create-only members", () => {
  it("are the Create request's members that the Update request lacks", () => {
    const update = new Set(Object.keys(shape("UpdateEventSourceMappingRequest").members!));
    const expected = Object.keys(shape("CreateEventSourceMappingRequest").members!).filter((m) => !update.has(m));
    expect([...createOnlyMembers()].sort()).toEqual(expected.sort());
    expect(expected).toEqual(expect.arrayContaining(["StartingPosition", "StartingPositionTimestamp", "EventSourceArn", "Topics", "Queues"]));
  });

  it("sub-members: exactly those of updatable structures the documentation says cannot change", () => {
    const updatable = Object.keys(shape("UpdateEventSourceMappingRequest").members!);
    const documented: Record<string, string[]> = {};
    for (const member of updatable) {
      const target = (shape("UpdateEventSourceMappingRequest").members![member] as { target?: string }).target?.replace("com.amazonaws.lambda#", "");
      const members = target ? model.shapes[`com.amazonaws.lambda#${target}`]?.members : undefined;
      for (const [sub, definition] of Object.entries(members ?? {})) {
        const doc = definition.traits?.["smithy.api#documentation"] ?? "";
        if (/cannot (update|change)/i.test(doc)) (documented[member] ??= []).push(sub);
      }
    }
    expect(documented).toEqual(CREATE_ONLY_SUB_MEMBERS);
  });
});
