/**
 * AWS partitions: which regions belong where and the DNS suffixes each one uses.
 *
 * Taken from the AWS SDK's partitions data (`@aws-sdk/core` util-endpoints `partitions.js`, version 1.1), keeping only
 * what `aws.partition` needs: every partition supports FIPS and dual-stack, its `name` is its id, and of its explicitly
 * listed regions only `<id>-global` is not already matched by its region regex. `test/endpoints/partitions.test.ts`
 * checks every region the SDK lists, and others, against the installed SDK, so a drift shows up as a failing test.
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

/**
 * One partition: its id, the start of its region regex (`^<prefix>\-\w+\-\d+$`), `dnsSuffix`, `dualStackDnsSuffix` and
 * `implicitGlobalRegion`.
 */
export type Partition = readonly [id: string, regionPrefix: string, dnsSuffix: string, dualStackDnsSuffix: string, implicitGlobalRegion: string];

/** Every AWS partition, in the SDK's order (the order matters only for regex matching). */
export const partitions: readonly Partition[] = [
  ["aws", "(us|eu|ap|sa|ca|me|af|il|mx)", "amazonaws.com", "api.aws", "us-east-1"],
  ["aws-cn", "cn", "amazonaws.com.cn", "api.amazonwebservices.com.cn", "cn-northwest-1"],
  ["aws-eusc", "eusc\\-(de)", "amazonaws.eu", "api.amazonwebservices.eu", "eusc-de-east-1"],
  ["aws-iso", "us\\-iso", "c2s.ic.gov", "api.aws.ic.gov", "us-iso-east-1"],
  ["aws-iso-b", "us\\-isob", "sc2s.sgov.gov", "api.aws.scloud", "us-isob-east-1"],
  ["aws-iso-e", "eu\\-isoe", "cloud.adc-e.uk", "api.cloud-aws.adc-e.uk", "eu-isoe-west-1"],
  ["aws-iso-f", "us\\-isof", "csp.hci.ic.gov", "api.aws.hci.ic.gov", "us-isof-south-1"],
  ["aws-us-gov", "us\\-gov", "amazonaws.com", "api.aws", "us-gov-west-1"],
];
