// `ixport read <document>`: any supported document (release, XBRL 2.1 instance, Inline XBRL, xBRL-JSON) into
// the fact model, printed as canonical xBRL-JSON or as a fact table; the reader's findings (with the
// specifications' error codes and the element's line) go to stderr.
import { checkOutFile, cikOption, parseCommandArgs, processIo, UserError, type Command } from '../command.js';
import { loadDocument } from '../../pipeline/load.js';
import { writeXbrlJson } from '../../write/json/index.js';
import { writeFileAtomic } from '../../write/atomic.js';
import { formatMessage } from '../../model/source.js';
import { periodKey } from '../../model/period.js';
import type { FactSet } from '../../model/fact.js';

const help = `Usage: ixport read <document> [--format json|tsv] [--out <file>] [--cik <CIK>]

Reads a document into ixport's fact model and prints it:
  <document>     a plaintext release (.txt, read and mapped), an XBRL 2.1 instance (.xbrl, .xml),
                 an Inline XBRL 1.1 document (.htm, .html, .xhtml) or xBRL-JSON (.json)
  --format json  canonical xBRL-JSON (OIM), the default: turns any instance or inline document into JSON
  --format tsv   one fact per line: concept, entity, period, dimensions, unit, decimals, value
  --out <file>   write there (atomically) instead of standard output
  --cik <CIK>    entity identifier when reading a release
Findings of the readers (spec error codes such as ix11.10.1.2:nonFractionNegative) go to stderr with
file:line. Exit code: 0 read without error, 1 errors were found (what could be read is still printed),
2 unusable input.`;

function factTable(fs: FactSet): string {
  const lines = ['concept\tentity\tperiod\tdimensions\tunit\tdecimals\tvalue'];
  const qn = (q: { ns: string; local: string; prefix?: string }) => (q.prefix ? `${q.prefix}:${q.local}` : `{${q.ns}}${q.local}`);
  for (const f of fs.facts) {
    const c = fs.contexts[f.contextRef];
    const u = f.unitRef ? fs.units[f.unitRef] : undefined;
    const unit = u ? [u.numerators.map((m) => m.local).join('*'), u.denominators.map((m) => m.local).join('*')].filter(Boolean).join('/') : '';
    const dims = c ? c.dimensions.map((d) => `${qn(d.dimension)}=${qn(d.member)}`).join(' ') : '';
    lines.push(
      [qn(f.concept), c ? c.entity.identifier : '?', c ? periodKey(c.period) : '?', dims, unit, f.decimals ?? '', f.value ?? '(nil)'].map(String).join('\t'),
    );
  }
  return lines.join('\n') + '\n';
}

const command: Command = {
  summary: 'read any release, instance, inline document or xBRL-JSON and print its facts (xBRL-JSON or TSV)',
  help,
  async run(argv, io = processIo) {
    const { values, positionals } = parseCommandArgs('read', argv, {
      format: { type: 'string', default: 'json' },
      out: { type: 'string' },
      cik: { type: 'string' },
    });
    if (positionals.length !== 1) throw new UserError('read takes exactly one document; see `ixport read --help`');
    if (values.format !== 'json' && values.format !== 'tsv') throw new UserError(`--format is json or tsv, not "${values.format}"`);
    // Unusable input (unreadable, unparseable XML, no facts at all) throws a LoadError: exit 2.
    const cik = cikOption(values.cik);
    if (values.out !== undefined) await checkOutFile(values.out);
    const side = await loadDocument(positionals[0], { cik, requireTables: true });
    for (const m of side.messages) io.stderr.write(formatMessage(m) + '\n');
    const text = values.format === 'json' ? writeXbrlJson(side.factSet) : factTable(side.factSet);
    if (values.out) await writeFileAtomic(values.out, text);
    else io.stdout.write(text);
    return side.messages.some((m) => m.severity === 'error') ? 1 : 0;
  },
};

export default command;
