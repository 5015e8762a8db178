import { lengthClause, violationMessage } from "../validation/service-wording.js";
import type { ValidationProblem } from "../validation/validation-problem.js";

// Limits the service enforces on members that the model leaves unbounded. Without them a client could store a
// mapping as large as the request size limit in one string (a 100 KB EventSourceArn), and the local service's state
// would be bounded by nothing else. Each is worded as the validation framework words a model length constraint.
//
// - ARNs (EventSourceArn, KMSKeyArn, a schema registry access config's URI): at most 2048 characters. Inferred: the
//   length AWS models give ARN shapes elsewhere (IAM's arnType [20, 2048], STS's RoleArn [20, 2048]); no public
//   record of Lambda's answer to a longer one.
// - Tags: at most 50 per mapping, keys 1 to 128 characters, values at most 256. Source: Lambda's documented tag
//   limits ("Using tags on Lambda resources" in the Lambda developer guide); the wording is inferred.

/** Longest ARN accepted in a member the model only gives a pattern. */
export const MAX_ARN_LENGTH = 2048;
/** Most tags a mapping may carry. */
export const MAX_TAGS = 50;
/** Longest tag key. */
export const MAX_TAG_KEY_LENGTH = 128;
/** Longest tag value. */
export const MAX_TAG_VALUE_LENGTH = 256;

/** An input member the limits apply to: its SDK path, the framework's path, and the value. */
type Found = { path: string; servicePath: string; value: unknown };

/** The schema registry access configs' URIs of either Kafka config, with their paths. */
function accessConfigUris(input: Record<string, unknown>): Found[] {
  const out: Found[] = [];
  for (const config of ["AmazonManagedKafkaEventSourceConfig", "SelfManagedKafkaEventSourceConfig"]) {
    const registry = (input[config] as { SchemaRegistryConfig?: { AccessConfigs?: unknown } } | undefined)?.SchemaRegistryConfig;
    const list = registry?.AccessConfigs;
    if (!Array.isArray(list)) continue;
    list.forEach((item: { URI?: unknown } | null, i) => {
      const servicePath = `${config.charAt(0).toLowerCase()}${config.slice(1)}.schemaRegistryConfig.accessConfigs.${i + 1}.member.uRI`;
      out.push({ path: `${config}.SchemaRegistryConfig.AccessConfigs[${i}].URI`, servicePath, value: item?.URI });
    });
  }
  return out;
}

const tooLong = (found: Found, max: number): ValidationProblem => ({
  path: found.path,
  rule: "length",
  message: violationMessage(found.servicePath, found.value, lengthClause("max", max)),
  value: found.value,
});

/** Code points, as the framework counts a string's length. */
const lengthOf = (text: string): number => {
  let n = 0;
  for (const _ of text) n++;
  return n;
};

/**
 * The problems of an input under the service's limits beyond the model (see above), in the form of model
 * constraint violations so that they join the same `ValidationException` answer. Values of the wrong type are left
 * to the model check, which has already refused them.
 * @internal
 */
export function serviceLimitProblems(input: Record<string, unknown>): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const arns: Found[] = [
    { path: "EventSourceArn", servicePath: "eventSourceArn", value: input.EventSourceArn },
    { path: "KMSKeyArn", servicePath: "kMSKeyArn", value: input.KMSKeyArn },
    ...accessConfigUris(input),
  ];
  for (const found of arns) if (typeof found.value === "string" && lengthOf(found.value) > MAX_ARN_LENGTH) problems.push(tooLong(found, MAX_ARN_LENGTH));

  const tags = input.Tags;
  if (tags && typeof tags === "object" && !Array.isArray(tags)) {
    const entries = Object.entries(tags as Record<string, unknown>);
    const whole: Found = { path: "Tags", servicePath: "tags", value: tags };
    if (entries.length > MAX_TAGS) problems.push(tooLong(whole, MAX_TAGS));
    const badKey = entries.some(([key]) => key.length === 0 || lengthOf(key) > MAX_TAG_KEY_LENGTH);
    const badValue = entries.some(([, value]) => typeof value === "string" && lengthOf(value) > MAX_TAG_VALUE_LENGTH);
    // The framework's clauses for a map's keys and values (inferred from its list-item form).
    if (badKey) {
      const clause = `Map keys must satisfy constraint: [${lengthClause("max", MAX_TAG_KEY_LENGTH)}, ${lengthClause("min", 1)}]`;
      problems.push({ path: "Tags", rule: "length", message: violationMessage("tags", tags, clause), value: tags });
    }
    if (badValue) {
      const clause = `Map value must satisfy constraint: [${lengthClause("max", MAX_TAG_VALUE_LENGTH)}]`;
      problems.push({ path: "Tags", rule: "length", message: violationMessage("tags", tags, clause), value: tags });
    }
  }
  return problems;
}
