#!/usr/bin/env node
// ixport command line: a thin dispatcher over the library API. Each command lives in ./commands/<name>.ts.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { UserError, type Command } from './command.js';

/** Command name -> loader. Loaded lazily so `ixport extract` does not pay for the XBRL writers. */
const COMMANDS: Record<string, () => Promise<{ default: Command }>> = {
  // Registered commands, one line each:
  convert: () => import('./commands/convert.js'),
  check: () => import('./commands/check.js'),
  read: () => import('./commands/read.js'),
  extract: () => import('./commands/extract.js'),
  diff: () => import('./commands/diff.js'),
  view: () => import('./commands/view.js'),
};


export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const lines = ['Usage: ixport <command> [options]', '', 'Commands:'];
    for (const [cmd, load] of Object.entries(COMMANDS)) {
      const mod = await load();
      lines.push(`  ${cmd.padEnd(10)} ${mod.default.summary}`);
    }
    lines.push('', 'Run `ixport <command> --help` for the options of a command.');
    process.stdout.write(lines.join('\n') + '\n');
    return name ? 0 : 2;
  }
  if (name === '--version') {
    process.stdout.write('ixport 0.1.0\n');
    return 0;
  }
  const load = COMMANDS[name];
  if (!load) throw new UserError(`unknown command "${name}"; run \`ixport --help\` for the list`);
  const cmd = (await load()).default;
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(cmd.help.trimEnd() + '\n');
    return 0;
  }
  return cmd.run(rest);
}

/**
 * Errors the stages throw for unusable input (their messages already name file and line): shown without a
 * stack trace, exit code 2. Matched by name so the CLI need not load every stage to recognise them.
 */
const INPUT_ERRORS = new Set(['ReadError', 'WriteError', 'XmlError', 'XbrlJsonReadError', 'XbrlJsonWriteError', 'TaxonomyError', 'MapError', 'LoadError']);

function isInputError(err: unknown): err is Error {
  return err instanceof Error && INPUT_ERRORS.has(err.name);
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

  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      if (err instanceof UserError || isInputError(err)) {
        process.stderr.write(`ixport: ${err.message}\n`);
        process.exitCode = err instanceof UserError ? err.exitCode : 2;
      } else {
        // A bug, not bad input: keep the stack so it can be reported.
        process.stderr.write(`ixport: internal error: ${err instanceof Error ? err.stack : String(err)}\n`);
        process.exitCode = 70;
      }
    },
  );
}
