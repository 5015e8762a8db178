/**
 * AWS partitions: which regions belong where and the DNS suffixes each one uses.
 *
 * Copied from the AWS SDK's partitions data (`@aws-sdk/core` util-endpoints `partitions.js`, version 1.1); the region
 * descriptions are left out because endpoint resolution never reads them. `test/endpoints/partitions.test.ts` checks this
 * table against the installed SDK so a drift shows up as a failing test.
 */

/** The attributes a partition exposes to endpoint rules (`PartitionResult#dnsSuffix` and friends). */
export interface PartitionOutputs {
  readonly name: string;
  readonly dnsSuffix: string;
  readonly dualStackDnsSuffix: string;
  readonly implicitGlobalRegion: string;
  readonly supportsFIPS: boolean;
  readonly supportsDualStack: boolean;
}

/** One partition: its id, the regex for region names it owns, its explicitly listed regions and its outputs. */
export interface Partition {
  readonly id: string;
  readonly regionRegex: string;
  readonly regions: readonly string[];
  readonly outputs: PartitionOutputs;
}

/** Every AWS partition, in the SDK's order (the order matters only for regex matching). */
export const partitions: readonly Partition[] = [
  {
    id: "aws",
    regionRegex: "^(us|eu|ap|sa|ca|me|af|il|mx)\\-\\w+\\-\\d+$",
    regions: [
      "af-south-1", "ap-east-1", "ap-east-2", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ap-south-1",
      "ap-south-2", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4", "ap-southeast-5",
      "ap-southeast-6", "ap-southeast-7", "aws-global", "ca-central-1", "ca-west-1", "eu-central-1", "eu-central-2",
      "eu-north-1", "eu-south-1", "eu-south-2", "eu-west-1", "eu-west-2", "eu-west-3", "il-central-1",
      "me-central-1", "me-south-1", "me-west-1", "mx-central-1", "sa-east-1", "sa-west-1", "us-east-1", "us-east-2",
      "us-west-1", "us-west-2",
    ],
    outputs: {
      name: "aws",
      dnsSuffix: "amazonaws.com",
      dualStackDnsSuffix: "api.aws",
      implicitGlobalRegion: "us-east-1",
      supportsFIPS: true,
      supportsDualStack: true,
    },
  },
  {
    id: "aws-cn",
    regionRegex: "^cn\\-\\w+\\-\\d+$",
    regions: ["aws-cn-global", "cn-north-1", "cn-northwest-1"],
    outputs: {
      name: "aws-cn",
      dnsSuffix: "amazonaws.com.cn",
      dualStackDnsSuffix: "api.amazonwebservices.com.cn",
      implicitGlobalRegion: "cn-northwest-1",
      supportsFIPS: true,
      supportsDualStack: true,
    },
  },
  {
    id: "aws-eusc",
    regionRegex: "^eusc\\-(de)\\-\\w+\\-\\d+$",
    regions: ["eusc-de-east-1"],
    outputs: {
      name: "aws-eusc",
      dnsSuffix: "amazonaws.eu",
      dualStackDnsSuffix: "api.amazonwebservices.eu",
      implicitGlobalRegion: "eusc-de-east-1",
      supportsFIPS: true,
      supportsDualStack: true,
    },
  },
  {
    id: "aws-iso",
    regionRegex: "^us\\-iso\\-\\w+\\-\\d+$",
    regions: ["aws-iso-global", "us-iso-east-1", "us-iso-west-1"],
    outputs: {
      name: "aws-iso",
      dnsSuffix: "c2s.ic.gov",
      dualStackDnsSuffix: "api.aws.ic.gov",
      implicitGlobalRegion: "us-iso-east-1",
      supportsFIPS: true,
      supportsDualStack: true,
    },
  },
  {
    id: "aws-iso-b",
    regionRegex: "^us\\-isob\\-\\w+\\-\\d+$",
    regions: ["aws-iso-b-global", "us-isob-east-1", "us-isob-west-1"],
    outputs: {
      name: "aws-iso-b",
      dnsSuffix: "sc2s.sgov.gov",
      dualStackDnsSuffix: "api.aws.scloud",
      implicitGlobalRegion: "us-isob-east-1",
      supportsFIPS: true,
      supportsDualStack: true,
    },
  },
  {
    id: "aws-iso-e",
    regionRegex: "^eu\\-isoe\\-\\w+\\-\\d+$",
    regions: ["aws-iso-e-global", "eu-isoe-west-1"],
    outputs: {
      name: "aws-iso-e",
      dnsSuffix: "cloud.adc-e.uk",
      dualStackDnsSuffix: "api.cloud-aws.adc-e.uk",
      implicitGlobalRegion: "eu-isoe-west-1",
      supportsFIPS: true,
      supportsDualStack: true,
    },
  },
  {
    id: "aws-iso-f",
    regionRegex: "^us\\-isof\\-\\w+\\-\\d+$",
    regions: ["aws-iso-f-global", "us-isof-east-1", "us-isof-south-1"],
    outputs: {
      name: "aws-iso-f",
      dnsSuffix: "csp.hci.ic.gov",
      dualStackDnsSuffix: "api.aws.hci.ic.gov",
      implicitGlobalRegion: "us-isof-south-1",
      supportsFIPS: true,
      supportsDualStack: true,
    },
  },
  {
    id: "aws-us-gov",
    regionRegex: "^us\\-gov\\-\\w+\\-\\d+$",
    regions: ["aws-us-gov-global", "us-gov-east-1", "us-gov-west-1"],
    outputs: {
      name: "aws-us-gov",
      dnsSuffix: "amazonaws.com",
      dualStackDnsSuffix: "api.aws",
      implicitGlobalRegion: "us-gov-west-1",
      supportsFIPS: true,
      supportsDualStack: true,
    },
  },
];
