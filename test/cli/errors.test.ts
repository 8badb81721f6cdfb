// The exit-code contract, through runCli as the program runs it: 0 success, 1 findings or differences, 2 unusable
// input or invocation with one line naming the problem, never a stack trace; 70 only for a bug. Each case below
// used to print "internal error" with a stack trace and exit 70, or to pass silently.
import { afterAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, type CliIo } from '../../src/cli/main.js';
import { IxportError, UserError } from '../../src/model/errors.js';
import { ReadError } from '../../src/read/index.js';
import { LoadError } from '../../src/pipeline/load.js';
import { MapError } from '../../src/map/index.js';
import { TaxonomyError } from '../../src/taxonomy/index.js';
import { XmlError } from '../../src/xml/parse.js';
import { XbrlJsonReadError } from '../../src/readback/json/index.js';
import { XbrlJsonWriteError } from '../../src/write/json/index.js';
import { WriteError } from '../../src/write/instance/errors.js';
import { ExtensionError } from '../../src/map/extension.js';
import { MappingDataError } from '../../src/map/rules.js';
import { AspectError } from '../../src/diff/aspects.js';
import { IdentitiesError } from '../../src/check/identities.js';
import { SnapshotError } from '../../src/taxonomy/snapshot.js';
import { CheckInputError } from '../../src/check/document.js';

const tmp = mkdtempSync(join(tmpdir(), 'ixport-errors-'));
afterAll(() => {
  chmodSync(join(tmp, 'readonly'), 0o755);
  rmSync(tmp, { recursive: true, force: true });
});

const SEED = 'examples/003_dae102acde5e4e8b.txt';
const XBRL = 'test/fixtures/diff/q4-2003.xbrl';

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } };
  const code = await runCli(argv, io);
  return { code, out, err };
}

/** Exit 2, exactly one line on stderr starting "ixport: ", no stack frame. */
function expectUsage(r: { code: number; err: string }, pattern: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.err).toMatch(/^ixport: [^\n]*\n$/);
  expect(r.err).not.toMatch(/\n\s+at /);
  expect(r.err).toMatch(pattern);
}

describe('invocation errors: exit 2 and one line', () => {
  it('an unknown option', async () => expectUsage(await cli('check', SEED, '--quiet'), /check: Unknown option '--quiet'/));
  it('an option without its value', async () => expectUsage(await cli('convert', SEED, '--out'), /convert: Option '--out <value>' argument missing/));
  it('--cik that is not 1 to 10 digits, in every command that takes one', async () => {
    for (const cmd of ['convert', 'check', 'read'])
      expectUsage(await cli(cmd, SEED, '--cik', 'ABC'), /--cik takes the SEC Central Index Key, 1 to 10 digits, not "ABC"/);
    expectUsage(await cli('diff', SEED, SEED, '--cik', 'ABC'), /--cik/);
  });
  it('--jobs 1.5', async () => expectUsage(await cli('convert', SEED, SEED, '--jobs', '1.5'), /--jobs takes a positive whole number, not "1.5"/));
  it('an --out that is an existing file', async () => {
    const file = join(tmp, 'a-file');
    writeFileSync(file, 'x');
    expectUsage(await cli('convert', SEED, '--out', file), /--out .*a-file: is a file, not a folder/);
  });
  it('an --out inside a file, or in a folder we may not write', async () => {
    const file = join(tmp, 'a-file');
    writeFileSync(file, 'x');
    expectUsage(await cli('convert', SEED, '--out', join(file, 'sub')), /is a file, not a folder/);
    const ro = join(tmp, 'readonly');
    mkdirSync(ro);
    chmodSync(ro, 0o555);
    // root may write anywhere; the check is then moot.
    if (process.getuid?.() !== 0) {
      expectUsage(await cli('convert', SEED, '--out', join(ro, 'out')), /cannot write in .*readonly/);
      expect(existsSync(join(ro, 'out'))).toBe(false);
    }
  });
  it('read --out naming a folder', async () => expectUsage(await cli('read', XBRL, '--out', tmp), /--out .*: is a folder; give a file name/));
  it('an unknown command', async () => expectUsage(await cli('frobnicate'), /unknown command "frobnicate"/));
  it('-V and --version print the version', async () => {
    for (const flag of ['-V', '--version']) {
      const r = await cli(flag);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/^ixport \d+\.\d+\.\d+\n$/);
    }
  });
});

describe('input errors: exit 2 and one line naming the file', () => {
  it('read of unparseable XML exits 2, not 1', async () => {
    const bad = join(tmp, 'bad.xbrl');
    writeFileSync(bad, '<xbrl><context>');
    expectUsage(await cli('read', bad), /bad\.xbrl:\d+:\d+: /);
  });
  it('{"facts": null} is refused', async () => {
    const f = join(tmp, 'null-facts.json');
    writeFileSync(f, '{"documentInfo":{"documentType":"https://xbrl.org/2021/xbrl-json"},"facts":null}');
    expectUsage(await cli('read', f), /null-facts\.json:1:\d+: \/facts: must be an object/);
  });
  it('diff --concept or --period that selects nothing, or a month 13', async () => {
    expectUsage(await cli('diff', XBRL, XBRL, '--concept', 'Nope'), /--concept "Nope" matches no fact of either side/);
    expectUsage(await cli('diff', XBRL, XBRL, '--period', '2003-13'), /--period "2003-13" is neither a period key/);
    expectUsage(await cli('diff', XBRL, XBRL, '--period', '1999'), /--period "1999" matches no fact/);
    expect((await cli('diff', XBRL, XBRL, '--period', '2003-12')).code).toBe(0);
  });
  it('a folder given as a release names it (a batch used to say only "EISDIR")', async () => {
    const r = await cli('convert', tmp, '--out', join(tmp, 'o'));
    expectUsage(r, new RegExp(`${tmp.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: cannot read file \\(EISDIR\\)`));
  });
  it('an empty release', async () => {
    const empty = join(tmp, 'empty.txt');
    writeFileSync(empty, '');
    expectUsage(await cli('extract', empty), /empty\.txt:1: empty file/);
  });
});

describe('one error base class', () => {
  it('every error class ixport throws is an IxportError with a code, recognised by instanceof', () => {
    const errors: IxportError[] = [
      new ReadError('f.txt', 3, 'x'),
      new LoadError('f: x'),
      new CheckInputError('f: x'),
      new UserError('x'),
      new MapError('x'),
      new ExtensionError('x'),
      new MappingDataError('x'),
      new TaxonomyError('x'),
      new SnapshotError('x'),
      new XmlError('f.xml', 1, 2, 'x', 'xml.not-well-formed'),
      new XbrlJsonReadError('f.json', 1, 2, '/facts', 'x'),
      new XbrlJsonWriteError('x'),
      new WriteError('x', { file: 'f.txt', line: 4, column: 5 }),
      new AspectError('x'),
      new IdentitiesError('x'),
    ];
    for (const e of errors) {
      expect(e).toBeInstanceOf(IxportError);
      expect(e).toBeInstanceOf(Error);
      expect(e.code).toMatch(/^[a-z]+\.[a-zA-Z-]+$/);
      expect(e.name).toBe(e.constructor.name);
      expect(e.exitCode).toBe(2);
    }
    const r = new ReadError('f.txt', 3, 'x');
    expect([r.file, r.line, r.message]).toEqual(['f.txt', 3, 'f.txt:3: x']);
    const x = new XmlError('f.xml', 1, 2, 'bad', 'xml.not-well-formed');
    expect([x.file, x.line, x.column, x.code]).toEqual(['f.xml', 1, 2, 'xml.not-well-formed']);
  });

  it('a bug is exit 70 with one line, no stack unless IXPORT_DEBUG is set', async () => {
    // A command that is not a command: main() throws a TypeError, which is ixport's bug, not the user's input.
    const { main } = await import('../../src/cli/main.js');
    expect(main).toBeTypeOf('function');
    let err = '';
    const io: CliIo = {
      stdout: {
        write: () => {
          throw new TypeError('boom');
        },
      },
      stderr: { write: (s: string) => (err += s) },
    };
    const code = await runCli(['--help'], io);
    expect(code).toBe(70);
    expect(err).toMatch(/^ixport: internal error, a bug in ixport: boom \(set IXPORT_DEBUG=1 for the stack trace\)\n$/);
  });

  it('findings are exit 1, success 0', async () => {
    expect((await cli('check', 'test/fixtures/check/balance-sheet.xbrl')).code).toBe(1);
    expect((await cli('check', 'test/fixtures/check/balanced.json')).code).toBe(0);
  });
});
