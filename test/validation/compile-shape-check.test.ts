import { describe, expect, it } from "vitest";
import type { ShapeSchema } from "../../src/models/schema-types.js";
import { createShapeCheckCompiler } from "../../src/validation/compile-shape-check.js";
import type { ValidationProblem } from "../../src/validation/validation-problem.js";

// A small model with what the Lambda model lacks: constrained map keys, a required nested member, recursion.
const schemas: Record<string, ShapeSchema> = {
  Root: { type: "structure", members: [{ name: "Labels", target: "Labels" }, { name: "Tree", target: "Node" }] },
  Labels: { type: "map", key: "LabelKey", value: "LabelValue" },
  LabelKey: { type: "string", length: [1, 5], pattern: "^[a-z]+$" },
  LabelValue: { type: "string" },
  Node: { type: "structure", members: [{ name: "Name", target: "LabelValue", required: true }, { name: "Children", target: "Nodes" }] },
  Nodes: { type: "list", member: "Node" },
};

const run = (value: unknown): ValidationProblem[] => {
  const out: ValidationProblem[] = [];
  createShapeCheckCompiler({}, schemas)("Root")!(value, { path: "", servicePath: "" }, out);
  return out;
};

describe("createShapeCheckCompiler", () => {
  it("checks map keys against the key shape, reported at the map with every key constraint", () => {
    const problems = run({ Labels: { ok: "1", Bad: "2", toolong: "3" } });
    expect(problems.map((p) => `${p.path} ${p.rule}`)).toEqual(["Labels.Bad pattern", "Labels.toolong length"]);
    expect(new Set(problems.map((p) => p.message))).toEqual(
      new Set([
        "Value '{ok=1, Bad=2, toolong=3}' at 'labels' failed to satisfy constraint: Map keys must satisfy constraint: [Member must have length less than or equal to 5, Member must have length greater than or equal to 1, Member must satisfy regular expression pattern: [a-z]+, Member must not be null]",
      ]),
    );
  });

  it("checks required members of nested structures, through recursive shapes", () => {
    const problems = run({ Tree: { Name: "a", Children: [{ Name: "b", Children: [{ Children: [] }] }] } });
    expect(problems.map((p) => `${p.path} ${p.rule}`)).toEqual(["Tree.Children[0].Children[0].Name required"]);
    expect(problems[0]!.message).toBe("Value null at 'tree.children.1.member.children.1.member.name' failed to satisfy constraint: Member must not be null");
  });

  it("runs structure hooks after the members and returns undefined for unknown shapes", () => {
    const seen: string[] = [];
    const compile = createShapeCheckCompiler({ Node: (_value, at) => void seen.push(at.path) }, schemas);
    compile("Root")!({ Tree: { Name: "a", Children: [{ Name: "b" }] } }, { path: "", servicePath: "" }, []);
    expect(seen).toEqual(["Tree.Children[0]", "Tree"]);
    expect(compile("Nope")).toBeUndefined();
  });
});
