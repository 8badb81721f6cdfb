// `ixport extract <file> [--format tsv|json]`: the reader's line items, one per numeric table cell, in the columns
// of the gold files. Warnings go to stderr as file:line.
import { parseCommandArgs, processIo, UserError, type Command } from '../command.js';
import { formatItemsJson, formatItemsTsv } from '../../read/index.js';
import { loadReleaseSource, readReleaseSource } from '../../pipeline/load.js';
import { formatMessage } from '../../model/source.js';

const help = `Usage: ixport extract <file> [--format tsv|json]

Reads an EDGAR plaintext earnings release and prints every numeric table cell as a line item:
  --format tsv   (default) the 13 columns of the gold files: line, table, row, section, column, period_type,
                 period_start, period_end, raw, value, scale, unit, range
  --format json  the same items as JSON, with table/column indices and source positions
Warnings (numbers that could not be placed, periods not derived) go to stderr with file:line.
Exit code 2 for unusable input (empty, binary or HTML, neither a table nor prose). A table with ragged columns
is a positioned warning on stderr; its other cells and every other table are printed.`;

const command: Command = {
  summary: 'print the line items of a plaintext release (TSV or JSON)',
  help,
  async run(argv, io = processIo) {
    const { values, positionals } = parseCommandArgs('extract', argv, { format: { type: 'string', short: 'f', default: 'tsv' } });
    if (positionals.length !== 1) throw new UserError('extract: expected exactly one input file (see `ixport extract --help`)');
    const format = values.format;
    if (format !== 'tsv' && format !== 'json') throw new UserError(`extract: unknown format "${format}" (tsv or json)`);
    // Decoded and sniffed by the one loader, as convert does: the same text, so the same "é" (Latin-1 releases).
    const doc = readReleaseSource(await loadReleaseSource(positionals[0], 'extract'), { requireTables: true });
    // An error-level reader finding is an input error: no half-right output.
    const fatal = doc.messages.find((m) => m.severity === 'error');
    if (fatal) {
      const p = fatal.positions?.[0];
      throw new UserError(`${p ? `${p.file}:${p.line}: ` : ''}${fatal.message}`);
    }
    for (const m of doc.messages) io.stderr.write(`ixport: ${formatMessage(m)}\n`);
    io.stdout.write(format === 'tsv' ? formatItemsTsv(doc.items) : formatItemsJson(doc.items));
    return 0;
  },
};

export default command;
