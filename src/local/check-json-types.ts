import { shapeSchemas } from "../models/schema.js";

const describe = (value: unknown): string =>
  value === null ? "null" : Array.isArray(value) ? "an array" : typeof value === "string" ? `string ${JSON.stringify(value).slice(0, 60)}` : `${typeof value} ${String(value).slice(0, 60)}`;

/**
 * Checks a parsed JSON value against its model shape's type (not its constraints), the way the
 * service's deserializer does: the first mismatch is returned as a readable reason, `undefined`
 * when the types fit. Unknown members are ignored and `null` counts as absent, as in the service.
 * @internal
 */
export function checkJsonTypes(shapeName: string, value: unknown, path: string): string | undefined {
  const schema = shapeSchemas[shapeName];
  if (!schema || value === null || value === undefined) return undefined;
  const wrong = (expected: string) => `${path} must be ${expected}, got ${describe(value)}`;
  switch (schema.type) {
    case "structure": {
      if (typeof value !== "object" || Array.isArray(value)) return wrong("an object");
      for (const member of schema.members!) {
        if (member.http) continue;
        const problem = checkJsonTypes(member.target, (value as Record<string, unknown>)[member.name], path ? `${path}.${member.name}` : member.name);
        if (problem) return problem;
      }
      return undefined;
    }
    case "list": {
      if (!Array.isArray(value)) return wrong("a list");
      for (let i = 0; i < value.length; i++) {
        const problem = checkJsonTypes(schema.member!, value[i], `${path}[${i}]`);
        if (problem) return problem;
      }
      return undefined;
    }
    case "map": {
      if (typeof value !== "object" || Array.isArray(value)) return wrong("a map");
      for (const [key, item] of Object.entries(value)) {
        const problem = checkJsonTypes(schema.value!, item, `${path}.${key}`);
        if (problem) return problem;
      }
      return undefined;
    }
    case "string":
    case "enum":
      return typeof value === "string" ? undefined : wrong("a string");
    case "integer":
    case "long":
      return typeof value === "number" && Number.isInteger(value) ? undefined : wrong("an integer");
    case "boolean":
      return typeof value === "boolean" ? undefined : wrong("a boolean");
    case "timestamp":
      return typeof value === "number" || (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value)))
        ? undefined
        : wrong("a timestamp in epoch seconds");
    default:
      return undefined;
  }
}
