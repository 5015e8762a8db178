/** A mistake on the command line (unknown flag, missing or malformed argument): printed with a hint, exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";

  /** @param command - the subcommand whose `--help` the hint points to, if known. */
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
  }
}
