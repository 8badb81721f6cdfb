// `ixport extract <file> [--format tsv|json] [--tables] [--fix fixes.json]`: the reader's line items, one per
// numeric table cell, in the columns of the gold files; or, with --tables, what a fix can address (table index and
// title, column index, header, period and axis member). Warnings go to stderr as file:line.
import { parseCommandArgs, processIo, UserError, type Command } from '../command.js';
import { formatItemsJson, formatItemsTsv } from '../../read/index.js';
import { loadFixes } from '../../read/fixes.js';
import { loadReleaseSource, readReleaseSource } from '../../pipeline/load.js';
import { formatMessage } from '../../model/source.js';
import type { ReleaseDocument } from '../../model/document.js';
import { periodKey } from '../../model/period.js';

const help = `Usage: ixport extract <file> [--format tsv|json] [--tables] [--fix <fixes.json>]

Reads an EDGAR plaintext earnings release and prints every numeric table cell as a line item:
  --format tsv   (default) the 13 columns of the gold files: line, table, row, section, column, period_type,
                 period_start, period_end, raw, value, scale, unit, range
  --format json  the same items as JSON, with table/column indices and source positions
  --tables       list the tables instead: index, title, lines and scale, then each column's index, header,
                 period and axis member (what a fixes file names; see README "Fixing a reading")
  --fix <file>   apply the corrections of a fixes file (a table's scale, a column's period or axis member,
                 a table dropped) before printing
Warnings (numbers that could not be placed, periods not derived) go to stderr with file:line.
Exit code 2 for unusable input (empty, binary or HTML, neither a table nor prose) and for a fix naming a table
or column that does not exist. A table with ragged columns is a positioned warning on stderr; its other cells
and every other table are printed.`;

/** The tables as a fix names them: "table <i>  <title>" then "  column <j>  <header>  <period>  <member>". */
export function formatTables(doc: ReleaseDocument): string {
  const out: string[] = [];
  for (const t of doc.tables) {
    out.push(`table ${t.index}\t${t.title || '(untitled)'}\tlines ${t.startLine}-${t.endLine}\tscale ${t.scale}${t.scaleNote ? ` "${t.scaleNote}"` : ''}`);
    for (const c of t.columns) {
      const member = c.member ? `\t${c.member.axis}: ${c.member.member ?? '(total, the default)'}` : '';
      out.push(
        `  column ${c.index}\t${c.label || '(no header)'}\t${c.period ? periodKey(c.period).replace('/', '..') : '(no period)'}${c.kind ? ` ${c.kind}` : ''}${member}`,
      );
    }
  }
  return out.join('\n') + '\n';
}

const command: Command = {
  summary: 'print the line items of a plaintext release (TSV or JSON), or its tables and columns',
  help,
  async run(argv, io = processIo) {
    const { values, positionals } = parseCommandArgs('extract', argv, {
      format: { type: 'string', short: 'f', default: 'tsv' },
      tables: { type: 'boolean', default: false },
      fix: { type: 'string' },
    });
    if (positionals.length !== 1) throw new UserError('extract: expected exactly one input file (see `ixport extract --help`)');
    const format = values.format;
    if (format !== 'tsv' && format !== 'json') throw new UserError(`extract: unknown format "${format}" (tsv or json)`);
    const fixes = values.fix === undefined ? undefined : loadFixes(values.fix);
    // Decoded and sniffed by the one loader, as convert does: the same text, so the same "é" (Latin-1 releases).
    const doc = readReleaseSource(await loadReleaseSource(positionals[0], 'extract'), { requireTables: true, fixes });
    // An error-level reader finding is an input error: no half-right output.
    const fatal = doc.messages.find((m) => m.severity === 'error');
    if (fatal) {
      const p = fatal.positions?.[0];
      throw new UserError(`${p ? `${p.file}:${p.line}: ` : ''}${fatal.message}`);
    }
    for (const m of doc.messages) io.stderr.write(`ixport: ${formatMessage(m)}\n`);
    if (values.tables) io.stdout.write(formatTables(doc));
    else io.stdout.write(format === 'tsv' ? formatItemsTsv(doc.items) : formatItemsJson(doc.items));
    return 0;
  },
};

export default command;
