// `ixport diff A B`: fact-level comparison of two filings or two runs. Exit 0 same, 1 different, 2 error.
import { cikOption, parseCommandArgs, processIo, UserError, type Command } from '../command.js';
import { diffFactSets, formatDiff } from '../../diff/index.js';
import { conceptMatcher, isPeriodFilter, periodMatcher } from '../../diff/filter.js';
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
  async run(argv, io = processIo) {
    const { values, positionals } = parseCommandArgs('diff', argv, {
      format: { type: 'string', default: 'text' },
      tolerance: { type: 'string' },
      concept: { type: 'string', multiple: true },
      period: { type: 'string', multiple: true },
      restatement: { type: 'boolean', default: false },
      'ignore-entity': { type: 'boolean', default: false },
      cik: { type: 'string' },
      taxonomy: { type: 'string' },
    });
    if (positionals.length !== 2) throw new UserError('diff needs exactly two files, A (old) and B (new); see `ixport diff --help`');
    const format = values.format;
    if (format !== 'text' && format !== 'json') throw new UserError(`--format is text or json, not "${format}"`);
    if (values.tolerance !== undefined && !DECIMAL.test(values.tolerance)) {
      throw new UserError(`--tolerance takes a non-negative number such as 1000 or 0.5, not "${values.tolerance}"`);
    }
    for (const p of values.period ?? []) {
      if (!isPeriodFilter(p))
        throw new UserError(`--period "${p}" is neither a period key (2003-12-31, 2003-10-01/2003-12-31, forever) nor a date prefix (2003, 2003-12)`);
    }

    const taxonomy = await loadTaxonomyFor(values.taxonomy);
    const cik = cikOption(values.cik);
    const [a, b] = [await load(positionals[0], taxonomy, cik), await load(positionals[1], taxonomy, cik)];
    for (const side of [a, b]) {
      const errors = side.messages.filter((m) => m.severity === 'error');
      for (const m of errors) io.stderr.write(formatMessage(m) + '\n');
      const others = side.messages.length - errors.length;
      if (others) io.stderr.write(`ixport: ${side.factSet.source}: ${others} reader/mapper warning(s) (see \`ixport convert\` report)\n`);
      if (errors.length && side.factSet.facts.length === 0) {
        throw new UserError(`${side.factSet.source}: no facts could be read`);
      }
    }

    // A filter that selects nothing would print "No differences" and exit 0 for a typo (`--concept Revnue`):
    // the user asked about facts neither side has.
    for (const c of values.concept ?? []) {
      if (![a, b].some((side) => side.factSet.facts.some((f) => conceptMatcher([c], side.factSet.namespaces)(f.concept)))) {
        throw new UserError(`--concept "${c}" matches no fact of either side`, { code: 'diff.no-match' });
      }
    }
    for (const p of values.period ?? []) {
      const match = periodMatcher([p]);
      if (![a, b].some((side) => side.factSet.facts.some((f) => side.factSet.contexts[f.contextRef] && match(side.factSet.contexts[f.contextRef].period)))) {
        throw new UserError(`--period "${p}" matches no fact of either side`, { code: 'diff.no-match' });
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
    io.stdout.write(formatDiff(result, format));
    return result.same ? 0 : 1;
  },
};

export default command;
