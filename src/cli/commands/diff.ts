// `ixport diff A B`: fact-level comparison of two filings or two runs. Exit 0 same, 1 different, 2 error.
import { parseArgs } from 'node:util';
import { UserError, type Command } from '../command.js';
import { diffFactSets, formatDiff } from '../../diff/index.js';
import { isPeriodFilter } from '../../diff/filter.js';
import { loadDocument, type LoadedDocument } from '../../pipeline/load.js';
import { formatMessage } from '../../model/source.js';
import type { Taxonomy } from '../../model/taxonomy.js';

const help = `Usage: ixport diff <A> <B> [options]

Compares two filings (or two runs) fact by fact. Each side is a release (read and mapped on the fly, as
convert maps it), an XBRL instance, an Inline XBRL document or an xBRL-JSON file, judged by content (the
extension decides only when the content does not tell). Facts are matched on concept, entity, period, unit and dimensions.
Reports facts added, removed, changed (old -> new and the difference), decimals-only changes, and
reclassifications (on one period, one line down and another up by the same amount).

Options:
  --format text|json   readable table (default) or JSON
  --tolerance <N>      ignore numeric changes of at most N (absolute, in the fact's unit, e.g. 1000)
  --concept <name>     only this concept (local name, prefix:local or {ns}local; * wildcard); repeatable
  --period <P>         only this period: a key (2003-12-31, 2003-10-01/2003-12-31, forever) or a date
                       prefix (2003, 2003-12, 2003-12-31) matching periods ending then; repeatable
  --restatement        compare only the periods both sides report (the prior-period columns a company
                       republishes)
  --ignore-entity      match facts whatever their entity identifier (e.g. one side converted without --cik)
  --cik <CIK>          entity identifier for releases mapped on the fly (as in convert)
  --taxonomy <xsd>     taxonomy entry point for mapping and labels (default: the shipped taxonomy)

Exit code: 0 the fact sets are the same, 1 they differ, 2 error.`;

const DECIMAL = /^\+?(\d+(\.\d*)?|\.\d+)$/;

async function loadTaxonomyFor(path: string | undefined): Promise<Taxonomy | undefined> {
  const { loadTaxonomy } = await import('../../taxonomy/index.js');
  try {
    return path ? loadTaxonomy(path) : loadTaxonomy();
  } catch (e) {
    if (path) throw new UserError(`cannot load taxonomy ${path}: ${(e as Error).message}`);
    return undefined; // labels are a nicety when no taxonomy was asked for
  }
}

/** One side through the one loader: a release is read and mapped as convert does, per-filing extension included. */
async function load(path: string, taxonomy: Taxonomy | undefined, cik: string | undefined): Promise<LoadedDocument> {
  return loadDocument(path, { taxonomy, cik, requireTables: true });
}

const command: Command = {
  summary: 'compare two filings or runs fact by fact (added, removed, changed, reclassified)',
  help,
  async run(argv) {
    let parsed;
    try {
      parsed = parseArgs({
        args: argv,
        allowPositionals: true,
        options: {
          format: { type: 'string', default: 'text' },
          tolerance: { type: 'string' },
          concept: { type: 'string', multiple: true },
          period: { type: 'string', multiple: true },
          restatement: { type: 'boolean', default: false },
          'ignore-entity': { type: 'boolean', default: false },
          cik: { type: 'string' },
          taxonomy: { type: 'string' },
        },
      });
    } catch (e) {
      throw new UserError(`${(e as Error).message}; see \`ixport diff --help\``);
    }
    const { values, positionals } = parsed;
    if (positionals.length !== 2) throw new UserError('diff needs exactly two files, A (old) and B (new); see `ixport diff --help`');
    const format = values.format;
    if (format !== 'text' && format !== 'json') throw new UserError(`--format is text or json, not "${format}"`);
    if (values.tolerance !== undefined && !DECIMAL.test(values.tolerance)) {
      throw new UserError(`--tolerance takes a non-negative number such as 1000 or 0.5, not "${values.tolerance}"`);
    }
    for (const p of values.period ?? []) {
      if (!isPeriodFilter(p)) throw new UserError(`--period "${p}" is neither a period key (2003-12-31, 2003-10-01/2003-12-31, forever) nor a date prefix (2003, 2003-12)`);
    }

    const taxonomy = await loadTaxonomyFor(values.taxonomy);
    const [a, b] = [await load(positionals[0], taxonomy, values.cik), await load(positionals[1], taxonomy, values.cik)];
    for (const side of [a, b]) {
      const errors = side.messages.filter((m) => m.severity === 'error');
      for (const m of errors) process.stderr.write(formatMessage(m) + '\n');
      const others = side.messages.length - errors.length;
      if (others) process.stderr.write(`ixport: ${side.factSet.source}: ${others} reader/mapper warning(s) (see \`ixport convert\` report)\n`);
      if (errors.length && side.factSet.facts.length === 0) {
        throw new UserError(`${side.factSet.source}: no facts could be read`);
      }
    }

    const result = diffFactSets(a.factSet, b.factSet, {
      tolerance: values.tolerance,
      concepts: values.concept,
      periods: values.period,
      restatement: values.restatement,
      ignoreEntity: values['ignore-entity'],
      taxonomy,
    });
    process.stdout.write(formatDiff(result, format));
    return result.same ? 0 : 1;
  },
};

export default command;
