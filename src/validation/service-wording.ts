import type { ShapeSchema } from "../models/schema-types.js";

// The words of the service's validation framework (Coral), which answers every model constraint violation with
// 400 ValidationException. Each rule below names where its form was seen; "inferred" marks forms extrapolated
// from those records. docs/validation.md lists which are confirmed and which inferred.

/**
 * The member name as the framework writes it in a path: the first letter lower-cased, the rest kept
 * (`EventSourceArn` → `eventSourceArn`, `KMSKeyArn` → `kMSKeyArn`, `UUID` → `uUID`). Source: claudia.js's integration
 * test against Lambda expects "Value 'arn:a:b:c:d' at 'kMSKeyArn' failed to satisfy constraint" (claudiajs/claudia,
 * spec/create-spec.js); Lambda answers "Value null at 'startingPosition'" (localstack, tested against AWS).
 * @internal
 */
export const serviceMemberName = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);

/**
 * The path of a list item's member: `<list>.<1-based index>.member.<name>`, e.g. `filterCriteria.filters.1.member.pattern`.
 * Source: Lambda's CheckpointDurableExecution, recorded "Value 'bad subtype!' at 'updates.2.member.subType'"
 * (aws/aws-durable-execution-sdk-js); DynamoDB's "transactItems.1.member.update.key" (dynalite's tests).
 * @internal
 */
export const serviceItemPath = (listPath: string, index: number): string => `${listPath}.${index + 1}.member`;

/** Clause for a missing required member. Source: localstack's Lambda ESM provider ("Value null at 'startingPosition' ... Member must not be null"). @internal */
export const NOT_NULL = "Member must not be null";

// Patterns whose service-side text starts with `^`: botocore 1.26.27's lambda model (Debian python3-boto3), which
// was generated from the service's own model before the Smithy export, has `^[^.]([a-zA-Z0-9\-_.]+)` (Topic),
// `^(([a-zA-Z0-9]|...):[0-9]{1,5}` (Endpoint) and `^$|arn:...` (DestinationArn); every other pattern there is
// unanchored, e.g. NamespacedFunctionName `(arn:(aws[a-zA-Z-]*)?:lambda:)?...`, which is the text Lambda's
// messages quote ("Member must satisfy regular expression pattern: (arn:(aws[a-zA-Z-]*)?:lambda:)?..."; see
// ryansb/acm-certs-cloudformation#4). The Smithy model adds `^` and `$` to each; this undoes that.
const ANCHORED_AT_START = new Set(["Topic", "Endpoint", "DestinationArn"]);

/**
 * The pattern as the service's messages quote it: the Smithy model's pattern without the `^`/`$` the Smithy export
 * added. The service matches it against the whole value (Java's `matches()`), which {@link fullMatchSource} mirrors.
 * @internal
 */
export function servicePattern(shapeName: string, smithyPattern: string): string {
  let text = smithyPattern;
  if (text.endsWith("$") && !text.endsWith("\\$")) text = text.slice(0, -1);
  if (text.startsWith("^") && !ANCHORED_AT_START.has(shapeName)) text = text.slice(1);
  return text;
}

/** A regular expression source that matches the service's pattern against the whole value, as Java's `matches()` does. @internal */
export const fullMatchSource = (servicePatternText: string): string => `^(?:${servicePatternText})$`;

// The service lists an enum's values in its own order, which is not always the model's. Confirmed orders from
// public records; every other enum is listed in model order (inferred).
const ENUM_ORDER: Readonly<Record<string, readonly string[]>> = {
  // localstack's ESM validation, snapshot-tested against AWS: "Member must satisfy enum value set: [LATEST, AT_TIMESTAMP, TRIM_HORIZON]".
  EventSourcePosition: ["LATEST", "AT_TIMESTAMP", "TRIM_HORIZON"],
};

/** The clause for an enum, e.g. `Member must satisfy enum value set: [LATEST, AT_TIMESTAMP, TRIM_HORIZON]`. @internal */
export function enumClause(shapeName: string, schema: ShapeSchema): string {
  const values = ENUM_ORDER[shapeName] ?? schema.values ?? [];
  return `Member must satisfy enum value set: [${values.join(", ")}]`;
}

/** `Member must have length less than or equal to 256` / `... greater than or equal to 1`. @internal */
export const lengthClause = (side: "max" | "min", bound: number): string =>
  `Member must have length ${side === "max" ? "less" : "greater"} than or equal to ${bound}`;

/** `Member must have value less than or equal to 10000` / `... greater than or equal to 1`. @internal */
export const valueClause = (side: "max" | "min", bound: number): string =>
  `Member must have value ${side === "max" ? "less" : "greater"} than or equal to ${bound}`;

/** `Member must satisfy regular expression pattern: <the service's pattern text>`. @internal */
export const patternClause = (pattern: string): string => `Member must satisfy regular expression pattern: ${pattern}`;

/**
 * Every constraint of a shape, in the service's order (max before min, then pattern or enum), as the framework lists
 * them for the items of a list and the keys and values of a map: "Member must satisfy constraint: [Member must have
 * length less than or equal to 2048, Member must have length greater than or equal to 1, Member must satisfy regular
 * expression pattern: ..., Member must not be null]" (Lambda's `layers`, quoted by users and localstack).
 * @internal
 */
export function constraintClauses(shapeName: string, schema: ShapeSchema, nested: (shapeName: string) => readonly string[]): string[] {
  const out: string[] = [];
  if (schema.type === "list") {
    const item = nested(schema.member!);
    if (item.length > 0) out.push(`Member must satisfy constraint: [${[...item, NOT_NULL].join(", ")}]`);
  }
  const bound = schema.range ?? schema.length;
  const clause = schema.range ? valueClause : lengthClause;
  if (bound?.[1] != null) out.push(clause("max", bound[1]));
  // A minimum of 0 is listed too: "Member must have length greater than or equal to 0" (Lambda's cors.allowMethods).
  if (bound?.[0] != null) out.push(clause("min", bound[0]));
  if (schema.pattern !== undefined) out.push(patternClause(servicePattern(shapeName, schema.pattern)));
  if (schema.type === "enum") out.push(enumClause(shapeName, schema));
  return out;
}

/**
 * Renders a value as the framework's messages show it (Java's `toString()`): text as is, lists `[a, b]`, maps and
 * structures `{key=value}` (inferred), and `null` unquoted; the caller quotes anything but `null`.
 * @internal
 */
export function renderValue(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "Invalid Date" : String(value.getTime() / 1000);
  if (Array.isArray(value)) return `[${value.map(renderValue).join(", ")}]`;
  if (typeof value === "object") {
    return `{${Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined && v !== null)
      .map(([k, v]) => `${k}=${renderValue(v)}`)
      .join(", ")}}`;
  }
  return String(value);
}

/** One violation as the framework words it: `Value 'x' at 'batchSize' failed to satisfy constraint: <clause>` (`Value null at ...` for a missing value). @internal */
export const violationMessage = (servicePath: string, value: unknown, clause: string): string =>
  `Value ${value === null || value === undefined ? "null" : `'${renderValue(value)}'`} at '${servicePath}' failed to satisfy constraint: ${clause}`;
