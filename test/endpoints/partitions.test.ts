import { partition as sdkPartition } from "@aws-sdk/core/client";
import { describe, expect, it } from "vitest";
import { getPartition } from "../../src/endpoints/get-partition.js";
import { partitions } from "../../src/endpoints/partitions.js";

// The SDK's own table, read from its file: the package does not export it.
const SDK_PARTITIONS = new URL("../../node_modules/@aws-sdk/core/dist-es/submodules/client/util-endpoints/lib/aws/partitions.js", import.meta.url).href;
type SdkPartitions = { partitionsInfo: { partitions: Array<{ id: string; regionRegex: string; regions: Record<string, unknown> }> } };

describe("partitions table", () => {
  it("covers every partition the issue names", () => {
    expect(partitions.map(([id]) => id).sort()).toEqual(
      ["aws", "aws-cn", "aws-eusc", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f", "aws-us-gov"].sort(),
    );
  });

  it("gives the SDK's outputs for every region the SDK lists explicitly", async () => {
    const sdkPartitions = ((await import(SDK_PARTITIONS)) as SdkPartitions).partitionsInfo.partitions;
    expect(sdkPartitions.map((p) => [p.id, p.regionRegex])).toEqual(partitions.map(([id, prefix]) => [id, `^${prefix}\\-\\w+\\-\\d+$`]));
    for (const p of sdkPartitions) {
      for (const region of Object.keys(p.regions)) {
        const { description: _description, ...sdk } = sdkPartition(region) as ReturnType<typeof sdkPartition> & { description?: string };
        expect(getPartition(region), region).toEqual(sdk);
      }
    }
  });

  it.each(["us-west-9", "cn-east-5", "us-gov-north-2", "us-iso-south-7", "us-isob-north-1", "eu-isoe-south-3", "us-isof-north-8", "eusc-de-south-1", "eusc-fr-east-1", "zz-top-1", "", "us-east-1-fips"])(
    "matches the SDK for the unlisted region %j",
    (region) => {
      expect(getPartition(region)).toEqual(sdkPartition(region));
    },
  );

  it("falls back to aws for a region no partition owns", () => {
    expect(getPartition("mars-north-1").name).toBe("aws");
    expect(getPartition("us-isob-east-1").name).toBe("aws-iso-b");
  });
});
