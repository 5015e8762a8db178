import type { ShapeSchema } from "../models/schema-types.js";
import { shapeOf } from "./model-flags.js";

/**
 * The AWS CLI v2's `--generate-cli-skeleton` template of a shape: every member with a placeholder of its type
 * (`""`, `0`, `true`, the first enum value, `[...]` of one element, `{"KeyName": ...}` for maps).
 */
export function inputSkeleton(shapeName: string, output = false): unknown {
  return placeholder(shapeOf(shapeName), [shapeName], output);
}

function placeholder(shape: ShapeSchema, stack: string[], output: boolean): unknown {
  switch (shape.type) {
    case "structure": {
      const out: Record<string, unknown> = {};
      for (const member of shape.members!) {
        // Members bound to the URI or a header are still input members; recursion is cut as the AWS CLI cuts it.
        if (stack.includes(member.target) && shapeOf(member.target).type === "structure") continue;
        out[member.name] = placeholder(shapeOf(member.target), [...stack, member.target], output);
      }
      return out;
    }
    case "list":
      return [placeholder(shapeOf(shape.member!), stack, output)];
    case "map":
      return { KeyName: placeholder(shapeOf(shape.value!), stack, output) };
    case "enum":
      return shape.values![0];
    case "integer":
    case "long":
      return 0;
    case "boolean":
      return true;
    case "timestamp":
      return "1970-01-01T00:00:00";
    default:
      return "";
  }
}
