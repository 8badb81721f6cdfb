// The contract every CLI command module fulfils. Commands stay thin: parse flags, call the library, print.
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from '../model/errors.js';

/** An error caused by the input or the invocation: printed as "ixport: <message>", exit code 2. */
export { UserError };

/** Where a command prints: the process's streams, or a test's buffers (runCli(argv, io)). */
export interface CliIo {
  stdout: { write(chunk: string): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
}

export const processIo: CliIo = { stdout: process.stdout, stderr: process.stderr };

export interface Command {
  /** One line for `ixport --help`. */
  summary: string;
  /** Full text for `ixport <command> --help`. */
  help: string;
  /** Returns the process exit code. Throwing an IxportError (UserError) prints its message without a stack trace. */
  run(argv: string[], io?: CliIo): Promise<number>;
}

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** Options every command takes. */
export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionsConfig;

/**
 * Parses a command's arguments strictly against its option schema plus the common options: an unknown option
 * (`check x.txt --quiet`) or a missing value (`convert x.txt --out`) is one line naming it, exit 2. node's own
 * message goes on about positionals starting with '-'; its first sentence is the whole problem.
 */
type CommandConfig<O extends OptionsConfig> = { args: string[]; options: typeof COMMON_OPTIONS & O; allowPositionals: true; strict: true };

export function parseCommandArgs<const O extends OptionsConfig>(command: string, argv: string[], options: O): ReturnType<typeof parseArgs<CommandConfig<O>>> {
  try {
    const config: CommandConfig<O> = { args: argv, options: { ...COMMON_OPTIONS, ...options }, allowPositionals: true, strict: true };
    return parseArgs(config);
  } catch (e) {
    const first = (e as Error).message.split(/\.\s/)[0].replace(/\.$/, '');
    throw new UserError(`${command}: ${first}; see \`ixport ${command} --help\``, { code: 'cli.bad-option' });
  }
}

/** `--cik`: 1 to 10 digits, checked before any work (`--cik ABC` used to reach the mapper and exit 70). */
export function cikOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\s*\d{1,10}\s*$/.test(value)) {
    throw new UserError(`--cik takes the SEC Central Index Key, 1 to 10 digits, not "${value}"`, { code: 'cli.bad-cik' });
  }
  return value.trim();
}

/** A positive whole number (`--jobs 1.5` used to run on one thread without a word). */
export function positiveIntOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\s*\d+\s*$/.test(value) || Number(value) < 1) {
    throw new UserError(`--${name} takes a positive whole number, not "${value}"`, { code: 'cli.bad-number' });
  }
  return Number(value);
}

async function statOrNull(path: string) {
  try {
    return await stat(path);
  } catch {
    return null;
  }
}

/** The nearest folder that exists on the way up from `path`, and whether we may write into it. */
async function writableAncestor(path: string, option: string): Promise<void> {
  let dir = resolve(path);
  for (;;) {
    const s = await statOrNull(dir);
    if (s) {
      if (!s.isDirectory()) throw new UserError(`${option} ${path}: ${dir} is a file, not a folder`, { code: 'cli.bad-out' });
      try {
        await access(dir, constants.W_OK);
      } catch {
        throw new UserError(`${option} ${path}: cannot write in ${dir} (permission denied)`, { code: 'cli.bad-out' });
      }
      return;
    }
    const up = dirname(dir);
    if (up === dir) return;
    dir = up;
  }
}

/**
 * An output folder must be a folder we can write in (or be creatable in one): checked before converting, so an
 * `--out` that is an existing file or a read-only place is one line, exit 2, and nothing is created.
 */
export async function checkOutFolder(path: string): Promise<void> {
  const s = await statOrNull(path);
  if (s && !s.isDirectory()) throw new UserError(`--out ${path}: is a file, not a folder`, { code: 'cli.bad-out' });
  await writableAncestor(path, '--out');
}

/** An output file must not be a folder (`read --out <dir>` used to end in EISDIR and exit 70), and its folder writable. */
export async function checkOutFile(path: string): Promise<void> {
  const s = await statOrNull(path);
  if (s?.isDirectory()) throw new UserError(`--out ${path}: is a folder; give a file name`, { code: 'cli.bad-out' });
  await writableAncestor(dirname(resolve(path)), '--out');
}
