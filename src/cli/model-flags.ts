import { shapeSchemas } from "../models/schema.js";
import type { MemberSchema, ShapeSchema } from "../models/schema-types.js";

/** One generated flag: an input member of an operation, named as the AWS CLI names it. */
export interface MemberFlag {
  /** Flag name without dashes, e.g. `maximum-batching-window-in-seconds`. */
  flag: string;
  member: MemberSchema;
  shape: ShapeSchema;
  /** What the flag takes on the command line. */
  kind: "boolean" | "value" | "list";
}

/**
 * botocore's `xform_name(name, "-")`, which names every AWS CLI flag: `MaximumBatchingWindowInSeconds` →
 * `maximum-batching-window-in-seconds`, `KMSKeyArn` → `kms-key-arn`, `UUID` → `uuid`, `GatewayARNs` → `gateway-arns`.
 */
export function xformName(name: string): string {
  const special = /[A-Z]{2,}s$/.exec(name);
  if (special) name = `${name.slice(0, -special[0].length)}-${special[0].toLowerCase()}`;
  return name
    .replace(/(.)([A-Z][a-z]+)/g, "$1-$2")
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .toLowerCase();
}

/** A shape by name (every target in the generated schema exists). */
export function shapeOf(name: string): ShapeSchema {
  return shapeSchemas[name]!;
}

/** The flags of every member of an input shape, in model order: a list flag takes several words (`--topics a b`). */
export function memberFlags(inputShape: string): MemberFlag[] {
  return shapeOf(inputShape).members!.map((member) => {
    const shape = shapeOf(member.target);
    const kind = shape.type === "boolean" ? "boolean" : shape.type === "list" ? "list" : "value";
    return { flag: xformName(member.name), member, shape, kind };
  });
}

/** Whether a shape is a structure, map or list of those: values given as JSON or shorthand. */
export function isComplex(shape: ShapeSchema): boolean {
  if (shape.type === "structure" || shape.type === "map") return true;
  return shape.type === "list" && isComplex(shapeOf(shape.member!));
}

/** The type the AWS CLI's help shows for a shape (`string`, `integer`, `boolean`, `timestamp`, `structure`, `list`, `map`). */
export function cliTypeName(shape: ShapeSchema): string {
  return shape.type === "enum" ? "string" : shape.type;
}
