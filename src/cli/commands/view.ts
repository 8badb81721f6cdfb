// `ixport view <file> [--diff <older>] [--out page.html] [--open]`: one self-contained HTML page to inspect a
// filing's facts, findings and what changed since an older filing.
import { spawn } from 'node:child_process';
import { basename, extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cikOption, parseCommandArgs, UserError, type Command } from '../command.js';

const help = `Usage: ixport view <file> [--diff <older filing>] [--out page.html] [--open]

Writes one self-contained HTML page (no network, no external script or font; opens from file://) showing the
document with every tagged fact highlighted and untagged numbers marked. Click a fact (or step with j/k) to see
its concept, labels, period, unit, decimals, dimensions, source file:line, calculation parents and children with
whether they add up, and its duplicates. Search over concepts, labels and values; filter by period and statement;
the Findings tab lists the checks' messages, each jumping to its facts.

<file> is a plaintext release (.txt: read, mapped and rendered as by \`ixport convert\`), an Inline XBRL document
(.htm, .html, .xhtml: shown as filed), an XBRL instance (.xbrl, .xml) or xBRL-JSON (.json) (a table of the facts
stands in for a rendering).

Options:
  --diff <file>    an older filing (any kind above): facts added, changed, reclassified and moved are highlighted
                   in place, removed ones listed; by default only the periods both report are compared
                   (restatements), see --all-periods
  --all-periods    with --diff, compare every period
  --out <file>     where to write the page (default: <file name>.view.html in the current directory)
  --open           open the page with the desktop's browser (xdg-open / open / start)
  --cik <CIK>      entity identifier for releases (as in convert)

Exit code: 0 page written, 2 bad input.`;

/** Documents come through the one loader: unusable input throws its LoadError (exit 2 with the message). */
async function load(file: string, diff: string | undefined, cik: string | undefined) {
  const { loadForView, loadOlder } = await import('../../view/load.js');
  const input = await loadForView(file, { cik });
  const older = diff ? await loadOlder(diff, { cik, taxonomy: input.taxonomy ?? undefined }) : undefined;
  return { input, older };
}

const command: Command = {
  summary: 'write one self-contained HTML page to inspect a filing (facts, findings, changes since an older one)',
  help,
  async run(argv) {
    const { values, positionals } = parseCommandArgs('view', argv, {
      diff: { type: 'string' },
      'all-periods': { type: 'boolean', default: false },
      out: { type: 'string' },
      open: { type: 'boolean', default: false },
      cik: { type: 'string' },
    });
    if (positionals.length !== 1) throw new UserError('view takes exactly one file; see `ixport view --help`');
    const file = positionals[0];
    const { input, older } = await load(file, values.diff, cikOption(values.cik));
    const [{ buildView }, { renderPage }, { writeFileSync }] = await Promise.all([
      import('../../view/build.js'),
      import('../../view/page.js'),
      import('node:fs'),
    ]);
    const html = renderPage(buildView(input, { diffWith: older, allPeriods: values['all-periods'] }));
    const out = resolve(values.out ?? `${basename(file, extname(file))}.view.html`);
    writeFileSync(out, html);
    process.stdout.write(`${out} (${(Buffer.byteLength(html) / 1024).toFixed(0)} KB, ${input.factSet.facts.length} facts)\n`);
    if (values.open) {
      const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
      const child = spawn(opener, [pathToFileURL(out).href], { detached: true, stdio: 'ignore' });
      child.on('error', () => process.stderr.write(`ixport: could not start ${opener}; open ${out} yourself\n`));
      child.unref();
    }
    return 0;
  },
};

export default command;
