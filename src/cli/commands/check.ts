// `ixport check <file>`: the checks of the convert pipeline on any release or XBRL document.
import { cikOption, parseCommandArgs, processIo, UserError, type Command } from '../command.js';
import { checkDocument } from '../../check/document.js';
import { loadFixes } from '../../read/fixes.js';
import { findingsToJson, formatFindings, hasErrors } from '../../check/index.js';

const help = `Usage: ixport check <file> [--format text|json] [--verbose] [--cik <CIK>] [--fix <fixes.json>]

Checks the arithmetic and consistency of a document and prints every finding with the source
position of each fact involved:
  calc.inconsistent          a total is not the sum of its items (XBRL Calculations 1.1, round-to-nearest)
  calc.excess-digits         a value has digits finer than its decimals
  duplicate.inconsistent     one concept, context and unit reported with different values (both lines named)
  duplicate.consistent/complete  duplicates that agree (info)
  identity.balance-sheet     assets = liabilities + equity
  identity.statement-twin    a statement line and its reconciliation twin agree
  identity.per-share         per-share amount = amount / weighted shares, rounded (warning)
  identity.percent-of-revenue  "% of revenue" = measure / revenue, rounded (warning)

<file> is a plaintext release (.txt: read and mapped as by \`ixport convert\`), an XBRL 2.1 instance
(.xbrl, .xml), an Inline XBRL document (.htm, .html, .xhtml) or xBRL-JSON (.json). For a document whose
taxonomy is not ixport's, only duplicates and excess digits are checked.

Options:
  --format text|json   text for people (default), json for machines (always every finding)
  --verbose            list info findings too (agreeing duplicates, calculations not checked)
  --cik <CIK>          entity identifier when checking a release
  --fix <fixes.json>   corrections to the release's reading (a table's scale, a column's period or
                       axis member, a table dropped); see README "Fixing a reading"

Exit code: 0 no error-level finding, 1 an error-level finding, 2 bad input.`;

const command: Command = {
  summary: 'check calculations, duplicate facts and identities of a release or XBRL document',
  help,
  async run(argv, io = processIo) {
    const { values, positionals } = parseCommandArgs('check', argv, {
      format: { type: 'string', default: 'text' },
      cik: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      fix: { type: 'string' },
    });
    if (positionals.length !== 1) throw new UserError('check takes exactly one file; see `ixport check --help`');
    if (values.format !== 'text' && values.format !== 'json') throw new UserError(`--format is text or json, not "${values.format}"`);
    // Unusable input throws the loader's LoadError (a UserError): exit 2 with its message.
    const result = await checkDocument(positionals[0], { cik: cikOption(values.cik), fixes: values.fix === undefined ? undefined : loadFixes(values.fix) });
    const messages = [...result.readMessages, ...result.findings];
    io.stdout.write(values.format === 'json' ? findingsToJson(messages, result.file) : formatFindings(messages, result.file, { verbose: values.verbose }));
    return hasErrors(messages) ? 1 : 0;
  },
};

export default command;
