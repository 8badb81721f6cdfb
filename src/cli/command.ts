// The contract every CLI command module fulfils. Commands stay thin: parse flags, call the library, print.
export interface Command {
  /** One line for `ixport --help`. */
  summary: string;
  /** Full text for `ixport <command> --help`. */
  help: string;
  /** Returns the process exit code. Throwing an IxportError (UserError) prints its message without a stack trace. */
  run(argv: string[]): Promise<number>;
}

/** An error caused by the input or the invocation: printed as "ixport: <message>", exit code 2. */
export { UserError } from '../model/errors.js';
