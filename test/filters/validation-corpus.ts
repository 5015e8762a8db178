/** Invalid patterns, one per kind of problem, with where the problem is and what the message must say. */
export interface InvalidCase {
  name: string;
  /** The Pattern string (JSON text, or not). */
  pattern: string;
  /** Expected problem path after `Filters[0].Pattern` (`""` = the pattern as a whole). */
  path: string;
  /** A fragment the message must contain. */
  message: string;
}

const c = (name: string, pattern: unknown, path: string, message: string): InvalidCase => ({
  name,
  pattern: typeof pattern === "string" ? pattern : JSON.stringify(pattern),
  path,
  message,
});

export const INVALID_CASES: InvalidCase[] = [
  // JSON and top level
  c("not JSON", "simple string", "", "is not valid JSON"),
  c("broken JSON", '[{"eventName": ["INSERT"=123}]', "", "is not valid JSON"),
  c("empty pattern string", "", "", "is not valid JSON"),
  c("top level array", [{ a: ["x"] }], "", "must be a JSON object, got an array"),
  c("top level string", JSON.stringify("x"), "", 'must be a JSON object, got the string "x"'),
  c("top level null", "null", "", "must be a JSON object, got null"),
  c("top level empty object", {}, "", "empty objects are not allowed"),
  // structure
  c("scalar string instead of array", { eventSource: "aws:sqs" }, "eventSource", 'must be an array of match values (e.g. ["aws:sqs"])'),
  c("scalar number instead of array", { body: { price: 5 } }, "body.price", "got the number 5"),
  c("scalar boolean instead of array", { ok: true }, "ok", "got the boolean true"),
  c("null instead of array", { a: null }, "a", "got null"),
  c("empty array", { eventSource: [] }, "eventSource", "empty arrays are not allowed"),
  c("nested empty object", { body: {} }, "body", "empty objects are not allowed"),
  c("nested array value", { a: [["x"]] }, "a[0]", "got an array"),
  // operator objects
  c("unknown operator", { a: [{ contains: "x" }] }, "a[0].contains", 'unknown operator "contains"'),
  c("operator names are case-sensitive", { a: [{ NUMERIC: ["=", 1] }] }, "a[0].NUMERIC", 'did you mean "numeric"'),
  c("EXISTS is not exists", { a: [{ EXISTS: true }] }, "a[0].EXISTS", 'did you mean "exists"'),
  c("two keys in one operator object", { a: [{ prefix: "x", suffix: "y" }] }, "a[0]", 'exactly one key, got 2 ("prefix", "suffix")'),
  c("empty operator object", { a: [{}] }, "a[0]", "exactly one key, got none"),
  c("prefix number", { a: [{ prefix: 1 }] }, "a[0].prefix", '"prefix" needs a string'),
  c("prefix null", { a: [{ prefix: null }] }, "a[0].prefix", "got null"),
  c("suffix array", { a: [{ suffix: ["x"] }] }, "a[0].suffix", '"suffix" needs a string'),
  c("prefix ignore-case number", { a: [{ prefix: { "equals-ignore-case": 1 } }] }, "a[0].prefix", "got an object"),
  c("prefix other object", { a: [{ prefix: { wildcard: "x" } }] }, "a[0].prefix", '{"equals-ignore-case": string}'),
  c("equals-ignore-case number", { a: [{ "equals-ignore-case": 5 }] }, "a[0].equals-ignore-case", "needs a string, got the number 5"),
  c("exists string", { a: [{ exists: "true" }] }, "a[0].exists", 'needs true or false, got the string "true"'),
  c("exists null", { a: [{ exists: null }] }, "a[0].exists", "needs true or false, got null"),
  // anything-but
  c("anything-but null", { a: [{ "anything-but": null }] }, "a[0].anything-but", "got null"),
  c("anything-but boolean", { a: [{ "anything-but": true }] }, "a[0].anything-but", "got the boolean true"),
  c("anything-but empty list", { a: [{ "anything-but": [] }] }, "a[0].anything-but", "must not be empty"),
  c("anything-but list with null", { a: [{ "anything-but": ["x", null] }] }, "a[0].anything-but", "strings or numbers, got null"),
  c("anything-but mixed list", { a: [{ "anything-but": [1, "x"] }] }, "a[0].anything-but", "only strings or only numbers"),
  c("anything-but prefix", { a: [{ "anything-but": { prefix: "us-" } }] }, "a[0].anything-but", "does not support"),
  c("anything-but suffix", { a: [{ "anything-but": { suffix: ".png" } }] }, "a[0].anything-but", "does not support"),
  c("anything-but equals-ignore-case", { a: [{ "anything-but": { "equals-ignore-case": "x" } }] }, "a[0].anything-but", "does not support"),
  c("anything-but wildcard", { a: [{ "anything-but": { wildcard: "x*" } }] }, "a[0].anything-but", "does not support"),
  c("anything-but other object", { a: [{ "anything-but": { foo: 1 } }] }, "a[0].anything-but", 'does not accept the object {"foo":1}'),
  // EventBridge-only operators
  c("wildcard", { a: [{ wildcard: "dir/*.png" }] }, "a[0].wildcard", "EventBridge operator that Lambda event filtering does not support"),
  c("cidr", { a: [{ cidr: "10.0.0.0/24" }] }, "a[0].cidr", "does not support"),
  // numeric
  c("numeric not an array", { n: [{ numeric: ">" }] }, "n[0].numeric", '"numeric" needs an array'),
  c("numeric three elements", { n: [{ numeric: [">", 1, "<"] }] }, "n[0].numeric", "needs 2 or 4 elements, e.g."),
  c("numeric empty", { n: [{ numeric: [] }] }, "n[0].numeric", "got 0"),
  c("numeric unknown operator", { n: [{ numeric: ["==", 1] }] }, "n[0].numeric[0]", 'unknown numeric operator "=="'),
  c("numeric operator not a string", { n: [{ numeric: [1, 2] }] }, "n[0].numeric[0]", "expected a comparison operator, got the number 1"),
  c("numeric operand a string", { n: [{ numeric: [">", "5"] }] }, "n[0].numeric[1]", 'the value after ">" must be a number, got the string "5"'),
  c("numeric operand out of range", '{"n":[{"numeric":[">",1e400]}]}', "n[0].numeric[1]", "out of the range"),
  c("numeric range upper bound first", { n: [{ numeric: ["<", 10, ">", 0] }] }, "n[0].numeric[0]", "must start with its lower bound"),
  c("numeric = with four elements", { n: [{ numeric: ["=", 1, "<", 2] }] }, "n[0].numeric[0]", '"=" takes a single number'),
  c("numeric two lower bounds", { n: [{ numeric: [">", 0, ">", 5] }] }, "n[0].numeric[2]", 'upper bound operator must be "<" or "<="'),
  c("numeric upper operand a string", { n: [{ numeric: [">", 0, "<", "5"] }] }, "n[0].numeric[3]", 'the value after "<" must be a number'),
  c("numeric bottom above top", { n: [{ numeric: [">", 10, "<", 5] }] }, "n[0].numeric", "the lower bound (10) must be less than the upper bound (5)"),
  c("numeric bottom equal to top", { n: [{ numeric: [">=", 5, "<=", 5] }] }, "n[0].numeric", "must be less than"),
  c("anything-but number out of range", '{"n":[{"anything-but":1e400}]}', "n[0].anything-but", "out of the range"),
  c("numeric operand no double holds exactly", '{"n":[{"numeric":["=",1E-325]}]}', "n[0].numeric[1]", "not exactly representable"),
  // $or
  c("$or not an array", { $or: { a: ["x"] } }, "$or", '"$or" needs an array of at least 2 pattern objects, got an object'),
  c("$or with one object", { $or: [{ a: ["x"] }] }, "$or", "at least 2 pattern objects, got 1"),
  c("$or with a non-object", { $or: [{ a: ["x"] }, ["b"]] }, "$or[1]", '"$or" items must be pattern objects, got an array'),
  c("$or with an invalid alternative", { $or: [{ a: ["x"] }, { b: "y" }] }, "$or[1].b", "must be an array of match values"),
  c("operator name as a field inside $or", { $or: [{ numeric: ["x"] }, { b: ["y"] }] }, "$or[0].numeric", "cannot be used as a field name inside"),
  // keys needing quotes in paths
  c("odd key names are quoted in paths", { "my key": { "a.b": "x" } }, '["my key"]["a.b"]', "must be an array"),
];
