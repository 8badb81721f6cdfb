#!/usr/bin/env node
// ixport command line: a thin dispatcher over the library API. Each command lives in ./commands/<name>.ts.
// `runCli(argv, io)` is the whole program as a function (tests call it directly); the bin entry only calls it.
import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { processIo, UserError, type CliIo, type Command } from './command.js';
import { IxportError } from '../model/errors.js';
import { PACKAGE_ROOT } from '../taxonomy/constants.js';

export type { CliIo };

/** Command name -> loader. Loaded lazily so `ixport extract` does not pay for the XBRL writers. */
const COMMANDS: Record<string, () => Promise<{ default: Command }>> = {
  // Registered commands, one line each:
  convert: () => import('./commands/convert.js'),
  check: () => import('./commands/check.js'),
  read: () => import('./commands/read.js'),
  extract: () => import('./commands/extract.js'),
  diff: () => import('./commands/diff.js'),
  explain: () => import('./commands/explain.js'),
  view: () => import('./commands/view.js'),
};

function version(): string {
  try {
    return (JSON.parse(readFileSync(`${PACKAGE_ROOT}/package.json`, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** Dispatches to a command; throws what the command throws (runCli turns it into a message and an exit code). */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const lines = ['Usage: ixport <command> [options]', '', 'Commands:'];
    for (const [cmd, load] of Object.entries(COMMANDS)) {
      const mod = await load();
      lines.push(`  ${cmd.padEnd(10)} ${mod.default.summary}`);
    }
    lines.push('', 'Run `ixport <command> --help` for the options of a command; `ixport --version` for the version.');
    io.stdout.write(lines.join('\n') + '\n');
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-V') {
    io.stdout.write(`ixport ${version()}\n`);
    return 0;
  }
  const load = COMMANDS[name];
  if (!load) throw new UserError(`unknown command "${name}"; run \`ixport --help\` for the list`, { code: 'cli.unknown-command' });
  const cmd = (await load()).default;
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(cmd.help.trimEnd() + '\n');
    return 0;
  }
  return cmd.run(rest, io);
}

/** An operating-system error (ENOSPC, EACCES, EISDIR...): the environment's fault, not ixport's. */
function isSystemError(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && typeof (e as NodeJS.ErrnoException).syscall === 'string';
}

/**
 * The program: runs a command and returns its exit code, never throwing. 0 success, 1 findings or differences,
 * 2 unusable input or invocation (one line naming file and line), 70 a bug in ixport. No stack trace is shown
 * unless IXPORT_DEBUG is set: a user's `--cik ABC` once printed 30 lines of MapError internals.
 */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  try {
    return await main(argv, io);
  } catch (err) {
    if (err instanceof IxportError) {
      io.stderr.write(`ixport: ${err.message.split('\n')[0]}\n`);
      return err.exitCode;
    }
    if (isSystemError(err)) {
      // A full disk or a folder that vanished mid-run: name it, exit 2.
      io.stderr.write(`ixport: ${err.message}\n`);
      return 2;
    }
    const detail = process.env.IXPORT_DEBUG ? `\n${err instanceof Error ? err.stack : String(err)}` : ' (set IXPORT_DEBUG=1 for the stack trace)';
    io.stderr.write(`ixport: internal error, a bug in ixport: ${err instanceof Error ? err.message : String(err)}${detail}\n`);
    return 70;
  }
}

/** True when this module is the program (node dist/src/cli/main.js, or the `ixport` bin link), not an import. */
function isProgram(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

if (isProgram()) {
  // Piping into `head` closes stdout early: that is the reader's choice, not an error worth a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
