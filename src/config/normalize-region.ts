const VALID_HOST_LABEL = /^(?!.*-$)(?!-)[a-zA-Z0-9-]{1,63}$/;

/**
 * Turns a configured region into the region used for endpoints and signing, as the SDK does: a `fips-` prefix
 * (also `fips-dkr-`, `fips-prod-`) or a `-fips` suffix is removed and turns FIPS on; `aws-fips` and `fips-aws-global`
 * mean `us-east-1` with FIPS. The result must be a valid host label, otherwise this throws
 * `Region not accepted: region="…" is not a valid hostname component.` (`"*"` is let through with a warning, like the SDK).
 *
 * @example
 * normalizeRegion("fips-us-gov-west-1"); // { region: "us-gov-west-1", useFips: true }
 */
export function normalizeRegion(region: string): { region: string; useFips: boolean } {
  const useFips = region.startsWith("fips-") || region.endsWith("-fips");
  const real = !useFips
    ? region
    : region === "aws-fips" || region === "fips-aws-global"
      ? "us-east-1"
      : region.replace(/fips-(dkr-|prod-)?|-fips/, "");
  if (!VALID_HOST_LABEL.test(real)) {
    if (real !== "*") throw new Error(`Region not accepted: region="${real}" is not a valid hostname component.`);
    console.warn(`Please use the caller region instead of "*".`);
  }
  return { region: real, useFips };
}
