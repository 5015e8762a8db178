import { EndpointError } from "./endpoint-error.js";
import { getPartition } from "./get-partition.js";
import type { EndpointFunctions } from "./rule-set-types.js";

/**
 * Reads `path` (`"a.b"`, `"list[0]"`) from a value, like the rules-engine `getAttr` function.
 *
 * @example
 * getAttr({ dnsSuffix: "amazonaws.com" }, "dnsSuffix"); // "amazonaws.com"
 */
export function getAttr(value: unknown, path: unknown): unknown {
  const steps = String(path)
    .split(".")
    .flatMap((part) => {
      const index = part.indexOf("[");
      if (index === -1) return [part];
      return [part.slice(0, index), ...[...part.slice(index).matchAll(/\[(-?\d+)\]/g)].map((m) => Number(m[1]))].filter(
        (step) => step !== "",
      );
    });
  let current = value;
  for (const step of steps) {
    if (typeof current !== "object" || current === null) {
      throw new EndpointError(`Index '${step}' in '${String(path)}' not found in '${JSON.stringify(value)}'`);
    }
    if (Array.isArray(current) && typeof step === "number") {
      current = current[step < 0 ? current.length + step : step];
    } else {
      current = (current as Record<string, unknown>)[String(step)];
    }
  }
  return current;
}

/**
 * The functions Lambda's endpoint rule set calls: `isSet`, `booleanEquals`, `getAttr` and `aws.partition`.
 * `test/endpoints/rule-set-functions.test.ts` fails if the model starts using one that is missing here.
 */
export const endpointFunctions: EndpointFunctions = {
  isSet: (value) => value != null,
  booleanEquals: (a, b) => a === b,
  getAttr,
  "aws.partition": (region) => getPartition(String(region)),
};
