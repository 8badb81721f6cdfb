// The contract every CLI command module fulfils. Commands stay thin: parse flags, call the library, print.
export interface Command {
  /** One line for `ixport --help`. */
  summary: string;
  /** Full text for `ixport <command> --help`. */
  help: string;
  /** Returns the process exit code. Throwing a UserError prints its message without a stack trace. */
  run(argv: string[]): Promise<number>;
}

/** An error caused by the input or the invocation: printed as "ixport: <message>", exit code 2. */
export class UserError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
    this.name = 'UserError';
  }
}
