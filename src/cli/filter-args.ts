import type { FilterCriteria } from "../models/index.js";
import { readArgText } from "./arg-values.js";

/**
 * A `FilterCriteria` from an argument (literal or `@file`): a JSON object with `Filters` is taken as is; any other
 * text is one filter's `Pattern`, left unparsed so that the validator reports what Lambda would.
 */
export function filterCriteriaArg(value: string, what: string): FilterCriteria {
  const text = readArgText(value, what).trim();
  try {
    const json: unknown = JSON.parse(text);
    if (json && typeof json === "object" && !Array.isArray(json) && "Filters" in json) return json as FilterCriteria;
  } catch {
    // Not JSON: still a pattern, which validation reports as invalid.
  }
  return { Filters: [{ Pattern: text }] };
}
