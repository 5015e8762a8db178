/**
 * A mistake on the command line or in a parameter value: exit code 252, as the AWS CLI. Argument errors print the
 * usage banner and `lambda-esm: error: <message>`; parameter errors (`plain`) print only the message, as the AWS CLI
 * prints `Parameter validation failed:` and `Error parsing parameter` errors.
 */
export class UsageError extends Error {
  override readonly name = "UsageError";
  /** The command whose help the banner points to, if known. */
  readonly command?: string;
  /** Print the message alone, without the usage banner. */
  readonly plain: boolean;
  /** The AWS CLI prints unknown options after the banner without the `error:` prefix. */
  readonly unknownOptions: boolean;
  /** One more line for the reader: the nearest flag or command to a misspelled one. */
  readonly hint?: string;

  constructor(message: string, options: { command?: string; plain?: boolean; hint?: string; unknownOptions?: boolean } | string = {}) {
    super(message);
    const { command, plain = false, hint, unknownOptions = false } = typeof options === "string" ? { command: options } : options;
    if (command !== undefined) this.command = command;
    if (hint !== undefined) this.hint = hint;
    this.plain = plain;
    this.unknownOptions = unknownOptions;
  }
}
