import { partitions, type PartitionOutputs } from "./partitions.js";

/**
 * Finds the partition a region belongs to, as the SDK's `aws.partition` endpoint function does: an explicitly listed
 * region (`aws-cn-global` and the like) first, then the first partition whose region regex matches, and otherwise the
 * `aws` partition.
 *
 * @example
 * getPartition("cn-north-1").dnsSuffix; // "amazonaws.com.cn"
 */
export function getPartition(region: string): PartitionOutputs {
  const [name, , dnsSuffix, dualStackDnsSuffix, implicitGlobalRegion] =
    partitions.find(([id]) => region === `${id}-global`) ??
    partitions.find(([, prefix]) => new RegExp(`^${prefix}\\-\\w+\\-\\d+$`).test(region)) ??
    partitions[0]!;
  return { name, dnsSuffix, dualStackDnsSuffix, implicitGlobalRegion, supportsFIPS: true, supportsDualStack: true };
}
