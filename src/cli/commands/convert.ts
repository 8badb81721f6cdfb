// `ixport convert <release...> --out <dir>`: read, map, check and write each release. One release runs in
// process; several run on a worker pool (every core).
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { checkOutFolder, cikOption, parseCommandArgs, positiveIntOption, processIo, UserError, type CliIo, type Command } from '../command.js';
import { convertFile } from '../../pipeline/convert.js';
import { batchResult, convertBatch, type BatchResult } from '../../pipeline/batch.js';
import { OutputClash, outputName, writeOutputs } from '../../pipeline/output.js';
import { type Message } from '../../model/source.js';
import { formatFindings } from '../../check/format.js';
import { loadFixes, type Fixes } from '../../read/fixes.js';

const help = `Usage: ixport convert <release>... [--out <dir>] [--cik <CIK>] [--fix <fixes.json>] [--force] [--jobs <n>] [--quiet] [--verbose]

Converts EDGAR earnings releases (plaintext .txt, HTML .htm) into, for each release <name>:
  <dir>/<name>.xbrl         XBRL 2.1 instance
  <dir>/<name>.xhtml        Inline XBRL 1.1 rendering of the whole release
  <dir>/<name>.json         xBRL-JSON (OIM)
  <dir>/<name>.report.txt   reader warnings, unmapped line items, check findings
and the taxonomy files the documents reference, so the folder opens offline in an XBRL viewer.

Options:
  --out <dir>    output folder (default: out)
  --cik <CIK>    entity identifier (scheme http://www.sec.gov/CIK); without it a placeholder
                 identifier is used and a warning is printed
  --fix <file>   corrections to the reading of the (one) release: a table's scale, a column's period
                 or axis member, a table dropped; see README "Fixing a reading"
  --force        write outputs even when the checks find an error-level inconsistency
  --jobs <n>     worker threads for several releases (default: one per core)
  --quiet        print only errors
  --verbose      list info findings too (agreeing duplicates, collisions resolved); <name>.report.txt
                 always lists every finding

Several releases run on worker threads; each is written when done, and a last line sums up the batch
(converted, stopped by findings, refused, failed, facts, time).

Exit code: 0 written, 1 an error-level finding stopped a release (see --force), 2 bad input.`;

function isError(m: Message): boolean {
  return m.severity === 'error';
}

const command: Command = {
  summary: 'convert releases into XBRL instance, Inline XBRL and xBRL-JSON',
  help,
  async run(argv, io = processIo) {
    const { values, positionals } = parseCommandArgs('convert', argv, {
      out: { type: 'string', default: 'out' },
      cik: { type: 'string' },
      force: { type: 'boolean', default: false },
      jobs: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      fix: { type: 'string' },
    });
    if (positionals.length === 0) throw new UserError('convert needs at least one release file; see `ixport convert --help`');
    const jobs = positiveIntOption('jobs', values.jobs);
    const cik = cikOption(values.cik);
    // Before any work: an --out that is a file or read-only is one line now, not an error after the conversion.
    await checkOutFolder(values.out!);

    if (values.fix !== undefined && positionals.length !== 1) throw new UserError('convert: --fix corrects one release; give exactly one release file with it');
    const fixes = values.fix === undefined ? undefined : loadFixes(values.fix);

    const out = resultWriter({ out: values.out!, quiet: !!values.quiet, verbose: !!values.verbose, force: !!values.force }, io);
    const total = positionals.length;
    const started = performance.now();
    if (total === 1) await out.settle(await convertOne(positionals[0], cik, fixes));
    else await streamBatch(positionals, cik, jobs, out.settle, io);
    if (total > 1 && out.refused.length) {
      io.stderr.write(
        `ixport: ${out.refused.length} of ${total} releases refused (their file names clash with another release in ${values.out}): ${out.refused.join(', ')}\n`,
      );
    }
    if (total > 1) io.stderr.write(`ixport: ${out.tally.summary(total, performance.now() - started)}\n`);
    return out.exit();
  },
};

/** What a batch came to, for its last line. */
class Tally {
  converted = 0;
  facts = 0;
  /** Stopped by an error-level finding (exit 1). */
  readonly stopped: string[] = [];
  /** Unusable input or an output that could not be written (exit 2). */
  readonly failed: string[] = [];
  /** Their outputs would overwrite another release's (exit 2). */
  readonly refused: string[] = [];

  summary(total: number, ms: number): string {
    const seconds = (ms / 1000).toFixed(1);
    const parts = [`${this.converted} converted (${this.facts} facts)`];
    if (this.stopped.length) parts.push(`${this.stopped.length} stopped by findings: ${this.stopped.join(', ')}`);
    if (this.refused.length) parts.push(`${this.refused.length} refused`);
    if (this.failed.length) parts.push(`${this.failed.length} failed: ${this.failed.join(', ')}`);
    return `${total} releases in ${seconds} s: ${parts.join('; ')}`;
  }
}

interface WriteOptions {
  out: string;
  quiet: boolean;
  verbose: boolean;
  force: boolean;
}

/**
 * Reports each conversion and writes its output set unless refused (an error-level finding without --force, or
 * files that would overwrite another release's); keeps the exit code and the refused releases.
 */
function resultWriter(values: WriteOptions, io: CliIo) {
  let exit = 0;
  const tally = new Tally();
  /** Releases refused because their outputs would overwrite another release's files in --out. */
  const refused = tally.refused;
  // Output file -> the release that wrote it in this run: two releases of one batch must never overwrite each
  // other's files (two releases of one company on one day would name their extension schema alike). A digest of
  // the content, not the text, so a batch of 540 releases does not keep every instance it wrote (100 MB).
  const writtenBy = new Map<string, { release: string; digest: string }>();
  const digestOf = (content: string) => createHash('sha256').update(content).digest('base64');
  const settle = async (r: BatchResult): Promise<void> => {
    if (!r.ok) {
      io.stderr.write(`ixport: ${r.error}\n`);
      tally.failed.push(r.file);
      exit = Math.max(exit, 2);
      return;
    }
    const errors = r.messages.filter(isError);
    const shown = values.quiet ? errors : r.messages;
    if (shown.length) io.stderr.write(formatFindings(shown, r.file, { verbose: values.verbose }));
    if (errors.length && !values.force) {
      io.stderr.write(`ixport: ${r.file}: ${errors.length} error-level finding(s); nothing written (use --force to write anyway)\n`);
      tally.stopped.push(r.file);
      exit = Math.max(exit, 1);
      return;
    }
    const name = outputName(r.file);
    const clash = [[`${name}.xbrl`, r.instance!], ...(r.files ?? [])].find(([f, content]) => {
      const prior = writtenBy.get(f);
      return prior && prior.release !== r.file && prior.digest !== digestOf(content);
    });
    if (clash) {
      io.stderr.write(
        `ixport: ${r.file}: would overwrite ${join(values.out, clash[0])} written for ${writtenBy.get(clash[0])!.release}; nothing written (convert it into another --out folder)\n`,
      );
      refused.push(r.file);
      exit = Math.max(exit, 2);
      return;
    }
    for (const [f, content] of [[`${name}.xbrl`, r.instance!], ...(r.files ?? [])]) writtenBy.set(f, { release: r.file, digest: digestOf(content) });
    try {
      await writeOutputs(values.out, name, { instance: r.instance!, inline: r.inline!, json: r.json!, files: r.files ?? [], messages: r.messages });
    } catch (err) {
      // A taxonomy file of another release of the same name (one company, one date) in --out: refused, named.
      if (err instanceof OutputClash) {
        io.stderr.write(`ixport: ${r.file}: ${err.message}\n`);
        refused.push(r.file);
        exit = Math.max(exit, 2);
        return;
      }
      // A full disk or a folder removed mid-batch: this release fails with its name, the others still run.
      const code = (err as NodeJS.ErrnoException).code;
      if (!code) throw err;
      io.stderr.write(`ixport: ${r.file}: cannot write its outputs to ${values.out} (${code})\n`);
      tally.failed.push(r.file);
      exit = Math.max(exit, 2);
      return;
    }
    tally.converted++;
    tally.facts += r.facts;
    if (!values.quiet) {
      io.stdout.write(
        `${r.file}: ${r.coverage ?? `${r.items} numeric cells -> ${r.facts} facts`}; wrote ${join(values.out, name)}.{xbrl,xhtml,json,report.txt}\n`,
      );
    }
  };
  return { settle, refused, tally, exit: () => exit };
}

/**
 * A batch streams: each release is written as soon as it and every release listed before it are done (in the
 * order given, so which of two clashing releases is written never depends on timing), with a counter on a terminal.
 */
/** Results that may wait to be written before the workers are held back: memory stays flat with batch size. */
const MAX_WAITING = 4;

async function streamBatch(files: string[], cik: string | undefined, jobs: number | undefined, settle: (r: BatchResult) => Promise<void>, io: CliIo) {
  const total = files.length;
  const pending = new Map<number, BatchResult>();
  let done = 0;
  let queue = Promise.resolve();
  const progress = (io.stderr as NodeJS.WriteStream).isTTY === true;
  const flush = async () => {
    while (pending.has(done)) {
      const r = pending.get(done)!;
      pending.delete(done);
      await settle(r);
      done++;
      if (progress) io.stderr.write(`\r[${done}/${total}] ${r.file}\u001b[K${done === total ? '\n' : ''}`);
    }
  };
  await convertBatch(
    files.map((file) => ({ file, cik })),
    jobs,
    undefined,
    {
      onResult: (r, index) => {
        pending.set(index, r);
        queue = queue.then(flush);
        // Hold this worker back while many results wait to be written (see BatchOptions.onResult).
        return pending.size > MAX_WAITING ? queue : undefined;
      },
    },
  );
  await queue;
}

async function convertOne(file: string, cik: string | undefined, fixes?: Fixes): Promise<BatchResult> {
  // Unusable input (unreadable, empty, binary, not a release) throws an IxportError naming file and line: exit 2.
  return batchResult(file, await convertFile(file, { cik, fixes }));
}

export default command;
