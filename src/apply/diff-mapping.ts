import type { CreateEventSourceMappingRequest, EventSourceMappingConfiguration, UpdateEventSourceMappingRequest } from "../models/shapes.js";
import { satisfies } from "./compare-members.js";
import { createOnlyMembers, CREATE_ONLY_SUB_MEMBERS, IDENTITY_MEMBERS, UNREPORTED_MEMBERS, replaceReason } from "./create-only-members.js";
import { serviceDefaults } from "./service-defaults.js";
import type { MemberChange, ReplaceReason } from "./types.js";

/** What it takes to bring an existing mapping to the desired one. */
export interface MappingDiff {
  /** Members an UpdateEventSourceMapping can change, old → new. */
  changes: MemberChange[];
  /** Members that cannot change in place, with the reason: the mapping must be replaced. */
  replaceReasons: ReplaceReason[];
  /** The UpdateEventSourceMapping members that make the changes (without `UUID`). */
  update: Omit<UpdateEventSourceMappingRequest, "UUID">;
}

/** Mapping states that tell whether it is (or is becoming) enabled; Creating and Updating do not. */
const ENABLED_BY_STATE: Readonly<Record<string, boolean>> = { Enabled: true, Enabling: true, Disabled: false, Disabling: false };

/**
 * Compares a desired mapping (a CreateEventSourceMapping input) with an existing one member by member. A member the
 * desired mapping leaves out compares against the service's documented default when it has one, and is not managed
 * otherwise; a member the service does not report (as for `StartingPosition` on some sources) cannot be compared and
 * is taken as it is. `Enabled` compares with the mapping's `State`.
 */
export function diffMapping(desired: CreateEventSourceMappingRequest, actual: EventSourceMappingConfiguration): MappingDiff {
  const changes: MemberChange[] = [];
  const replaceReasons: ReplaceReason[] = [];
  const update: Record<string, unknown> = {};
  const reported = actual as Record<string, unknown>;
  const wanted = { ...serviceDefaults(desired), ...definedMembers(desired) };

  for (const [member, value] of Object.entries(wanted)) {
    if (IDENTITY_MEMBERS.has(member) || UNREPORTED_MEMBERS.has(member)) continue;
    if (member === "Enabled") {
      const enabled = actual.State === undefined ? undefined : ENABLED_BY_STATE[actual.State];
      if (enabled !== undefined && enabled !== value) {
        changes.push({ member, old: enabled, new: value });
        update.Enabled = value;
      }
      continue;
    }
    const current = reported[member];
    if (createOnlyMembers().has(member)) {
      if (current !== undefined && !satisfies(value, current, member)) replaceReasons.push({ member, old: current, new: value, reason: replaceReason(member) });
      continue;
    }
    const fixed = CREATE_ONLY_SUB_MEMBERS[member];
    if (fixed && typeof value === "object" && value !== null) {
      const { changeable, reasons } = splitFixedSubMembers(member, value as Record<string, unknown>, current as Record<string, unknown> | undefined, fixed);
      replaceReasons.push(...reasons);
      if (Object.keys(changeable).length > 0 && !satisfies(changeable, current, member)) {
        changes.push({ member, old: current, new: value });
        update[member] = changeable;
      }
      continue;
    }
    if (member in desired || current !== undefined) {
      if (!satisfies(value, current, member)) {
        changes.push({ member, old: current, new: value });
        update[member] = value;
      }
    }
  }
  return { changes, replaceReasons, update };
}

/** Splits a Kafka config into the sub-members Update may set and replace reasons for the fixed ones that differ. */
function splitFixedSubMembers(
  member: string,
  value: Record<string, unknown>,
  current: Record<string, unknown> | undefined,
  fixed: readonly string[],
): { changeable: Record<string, unknown>; reasons: ReplaceReason[] } {
  const changeable: Record<string, unknown> = {};
  const reasons: ReplaceReason[] = [];
  for (const [sub, subValue] of Object.entries(value)) {
    if (subValue === undefined) continue;
    if (!fixed.includes(sub)) {
      changeable[sub] = subValue;
      continue;
    }
    const reportedSub = current?.[sub];
    if (reportedSub !== undefined && !satisfies(subValue, reportedSub, sub)) {
      const path = `${member}.${sub}`;
      reasons.push({ member: path, old: reportedSub, new: subValue, reason: replaceReason(path) });
    }
  }
  return { changeable, reasons };
}

const definedMembers = (input: object): Record<string, unknown> =>
  Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));

/** True when nothing needs doing. */
export const isInSync = (diff: MappingDiff): boolean => diff.changes.length === 0 && diff.replaceReasons.length === 0;
