import { partitions, type PartitionOutputs } from "./partitions.js";

let compiled: Array<{ regex: RegExp; outputs: PartitionOutputs }> | undefined;

/**
 * Finds the partition a region belongs to: an explicitly listed region first, then the first partition whose
 * `regionRegex` matches, and otherwise the `aws` partition (the SDK's `aws.partition` endpoint function).
 *
 * @example
 * getPartition("cn-north-1").dnsSuffix; // "amazonaws.com.cn"
 */
export function getPartition(region: string): PartitionOutputs {
  for (const partition of partitions) {
    if (partition.regions.includes(region)) return partition.outputs;
  }
  compiled ??= partitions.map((p) => ({ regex: new RegExp(p.regionRegex), outputs: p.outputs }));
  for (const { regex, outputs } of compiled) {
    if (regex.test(region)) return outputs;
  }
  return partitions.find((p) => p.id === "aws")!.outputs;
}
