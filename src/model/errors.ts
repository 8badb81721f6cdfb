// One error contract for every stage. Code throws only when it can produce nothing at all (an empty file, a
// `--cik ABC`, a schema it cannot parse); everything else is a positioned Message. Every such refusal is an
// IxportError: the CLI recognises it by `instanceof` and prints its one-line message with exit code 2, and any
// other exception is a bug (exit 70). Before this class the CLI matched error *names*, and the eight classes that
// set no name (MapError among them) made `convert --cik ABC` print a stack trace and exit 70.

export interface ErrorDetails {
  /** Stable machine-readable id of the refusal, e.g. "read.empty", "load.not-a-release", "xml.not-well-formed". */
  code?: string;
  file?: string;
  /** 1-based; absent when the problem concerns the file as a whole. */
  line?: number;
  column?: number;
  /** Process exit code the CLI uses: 2 (unusable input or invocation) unless a subclass says otherwise. */
  exitCode?: number;
  cause?: unknown;
}

export class IxportError extends Error {
  readonly code: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly exitCode: number;

  /** `message` is the whole line shown to the user; subclasses put "file:line:column: " in front themselves. */
  /** `details` may be just the exit code (`new UserError('...', 1)`). */
  constructor(message: string, details: number | ErrorDetails = {}) {
    if (typeof details === 'number') details = { exitCode: details };
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    // The subclass's own name ("ReadError", "MapError"), so logs and `String(err)` say which stage refused.
    this.name = new.target.name;
    this.code = details.code ?? 'ixport.error';
    this.file = details.file;
    this.line = details.line;
    this.column = details.column;
    this.exitCode = details.exitCode ?? 2;
  }
}

/** True for the errors ixport throws on purpose (bad input or invocation); false for bugs. */
export function isIxportError(e: unknown): e is IxportError {
  return e instanceof IxportError;
}

/**
 * The CLI's name for the same contract (commands throw `new UserError(message)` for a bad invocation): every
 * IxportError is a user error, an alias rather than a subclass, so `instanceof UserError` in the tests of
 * `extract` holds for the reader's ReadError as it held when the commands re-wrapped it.
 */
export const UserError = IxportError;
export type UserError = IxportError;

/** Unusable release text (empty, binary, HTML to the plaintext reader, no tables): the message names file and line. */
export class ReadError extends IxportError {
  constructor(file: string, line: number, message: string, code = 'read.unusable') {
    // Line 0: the file as a whole (it cannot be read at all).
    super(`${file}${line > 0 ? `:${line}` : ''}: ${message}`, { code, file, line });
  }
}
