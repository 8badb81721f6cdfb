// `npm run corpus [dir...] [--gold dir] [--verbose]`: reads every release (plaintext .txt, HTML .htm) of the corpus
// folders (default: ../shared/corpus/plaintext, html, html-2) and prints, per
// release, the number of line items and warnings, and recall/precision against a gold TSV when one exists; then
// the mapping coverage: numeric cells found, tagged (base or extension concept), and untaggable with the reason.
import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ReadError } from '../src/read/index.js';
import { readReleaseFile } from '../src/pipeline/load.js';
import { parseGoldTsv, scoreItems } from './score.js';
import { coverageOf, defaultExtension, formatCoverage, mapRelease, type Coverage } from '../src/map/index.js';
import { loadTaxonomy } from '../src/taxonomy/index.js';

const RELEASE_RE = /\.(?:txt|html?)$/i;
const releaseName = (f: string) => basename(f).replace(RELEASE_RE, '');

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { gold: { type: 'string', multiple: true }, verbose: { type: 'boolean', short: 'v' } },
  });
  // Plaintext and HTML corpora alike: every folder given, else the shared ones that exist (../shared from the
  // project, or from a git worktree one level deeper).
  const shared = ['../shared', '../../shared'].map((d) => resolve(d)).find((d) => existsSync(d)) ?? resolve('../shared');
  const dirs = positionals.length
    ? positionals.map((d) => resolve(d))
    : ['corpus/plaintext', 'corpus/html', 'corpus/html-2'].map((d) => join(shared, d)).filter((d) => existsSync(d));
  const goldDirs = (
    values.gold ?? [join(shared, 'gold/dev'), join(shared, 'gold/seeds'), join(shared, 'gold/dev-html'), resolve('test/fixtures/gold-corpus')]
  ).map((d) => resolve(d));
  const files: string[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      process.stderr.write(`corpus: cannot read the corpus folder ${dir} (give corpus folders as arguments)\n`);
      return 2;
    }
    files.push(
      ...names
        .filter((f) => RELEASE_RE.test(f))
        .sort()
        .map((f) => join(dir, f)),
    );
  }
  if (!files.length) {
    process.stderr.write(`corpus: no .txt or .htm releases in ${dirs.join(', ') || '../shared/corpus'}\n`);
    return 2;
  }
  let totalItems = 0;
  let totalWarnings = 0;
  let totalEvidence = 0;
  let errors = 0;
  let gold = 0;
  let correct = 0;
  let got = 0;
  const width = Math.max(...files.map((f) => releaseName(f).length), 10);
  const taxonomy = loadTaxonomy();
  const coverage: Coverage[] = [];
  process.stdout.write(`${'release'.padEnd(width)}  items  cells  tagged  warnings  evidence  recall  precision  warnings by kind\n`);
  for (const f of files) {
    const name = releaseName(f);
    let line = name.padEnd(width);
    let scored = false;
    try {
      const t0 = performance.now();
      const doc = await readReleaseFile(f);
      const ms = performance.now() - t0;
      totalItems += doc.items.length;
      // Mapped as `ixport convert` maps it (with the per-filing extension), so the coverage is the outputs'.
      const mapped = mapRelease(doc, taxonomy, { extension: defaultExtension(doc) });
      const cov = { ...coverageOf(doc, mapped), file: name };
      coverage.push(cov);
      // Warnings by kind (rule id), and the header readings the document's evidence changed (info messages).
      const warned = doc.messages.filter((m) => m.severity !== 'info');
      const evidence = doc.messages.filter((m) => m.severity === 'info' && m.ruleId.startsWith('read.evidence')).length;
      const kinds = new Map<string, number>();
      for (const m of warned) kinds.set(m.ruleId.replace(/^read\./, ''), (kinds.get(m.ruleId.replace(/^read\./, '')) ?? 0) + 1);
      totalWarnings += warned.length;
      totalEvidence += evidence;
      line += `  ${String(doc.items.length).padStart(5)}  ${String(cov.cells).padStart(5)}  ${String(cov.tagged).padStart(6)}  ${String(warned.length).padStart(8)}  ${String(evidence).padStart(8)}`;
      const byKind = [...kinds].map(([k, n]) => `${k} ${n}`).join(', ');
      const goldFile = goldDirs.map((d) => join(d, `${name}.tsv`)).find((p) => existsSync(p));
      if (goldFile) {
        const s = scoreItems(doc.items, parseGoldTsv(await readFile(goldFile, 'utf8')));
        gold += s.gold;
        correct += s.correct;
        got += s.items;
        line += `  ${(s.recall * 100).toFixed(1).padStart(5)}%  ${(s.precision * 100).toFixed(1).padStart(8)}%`;
        scored = true;
        const kinds = Object.entries(s.byKind)
          .filter(([, n]) => n)
          .map(([k, n]) => `${k} ${n}`);
        if (kinds.length) line += `  (${kinds.join(', ')})`;
        if (values.verbose) {
          for (const m of s.mismatches) line += `\n    L${m.line} ${m.kind}: gold "${m.gold}" got "${m.got}" [${m.raw}]`;
          for (const m of s.missing) line += `\n    L${m.line} missing: ${m.raw} (${m.table} / ${m.row} / ${m.column})`;
          for (const m of s.extra) line += `\n    L${m.line} extra: ${m.raw} (${m.table} / ${m.row} / ${m.column})`;
        }
      }
      if (!scored) line += ' '.repeat(18);
      if (byKind) line += `  ${byKind}`;
      if (values.verbose) {
        line += `  [${ms.toFixed(1)} ms]`;
        for (const m of doc.messages) line += `\n    ${m.positions?.[0]?.line ?? ''}: ${m.message}`;
      }
    } catch (e) {
      errors++;
      line += `  ERROR ${e instanceof ReadError ? e.message : e instanceof Error ? e.stack : String(e)}`;
    }
    process.stdout.write(line + '\n');
  }
  const cells = coverage.reduce((n, c) => n + c.cells, 0);
  const tagged = coverage.reduce((n, c) => n + c.tagged, 0);
  process.stdout.write(
    `${'total'.padEnd(width)}  ${String(totalItems).padStart(5)}  ${String(cells).padStart(5)}  ${String(tagged).padStart(6)}  ${String(totalWarnings).padStart(8)}  ${String(totalEvidence).padStart(8)}`,
  );
  if (gold) process.stdout.write(`  ${((correct / gold) * 100).toFixed(2).padStart(5)}%  ${((correct / got) * 100).toFixed(2).padStart(8)}%`);
  process.stdout.write(`\n${files.length} releases, ${errors} with errors\n`);
  process.stdout.write(`\nCoverage: numeric cells, tagged (base or extension concept), and untaggable by reason\n`);
  process.stdout.write(formatCoverage(coverage));
  return errors ? 1 : 0;
}

main().then((code) => (process.exitCode = code));
