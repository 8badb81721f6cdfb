// npm run conformance: runs the shared conformance suites (../shared/xbrl/conformance) through the read-back
// stage and prints, per suite, passed / failed / skipped with the ids of failures. Exits 1 when a suite is
// below its bar; skips with a message (exit 0) when ../shared is absent.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { run525 } from './conformance/ixbrl525.js';
import { meetsBar, rate, type SuiteReport } from './conformance/report.js';
import { runAllTransformSuites } from './conformance/transforms.js';
import { precisionChecks, runXbrl21 } from './conformance/xbrl21.js';

const { values } = parseArgs({
  options: {
    shared: { type: 'string', default: '../shared' },
    suite: { type: 'string', multiple: true },
    verbose: { type: 'boolean', short: 'v', default: false },
  },
});

const shared = resolve(values.shared!);
const conf = resolve(shared, 'xbrl/conformance');
if (!existsSync(conf)) {
  process.stdout.write(`conformance: ${conf} is absent; suites skipped\n`);
  process.exit(0);
}

const wanted = (name: string) => !values.suite?.length || values.suite.includes(name);
const reports: SuiteReport[] = [];
const timings: string[] = [];
const timed = (name: string, run: () => SuiteReport[]) => {
  if (!wanted(name)) return;
  const t = performance.now();
  reports.push(...run());
  timings.push(`${name} ${((performance.now() - t) / 1000).toFixed(1)} s`);
};

timed('transforms', () => runAllTransformSuites(resolve(conf, 'transformations')));
timed('ixbrl525', () => [run525(resolve(conf, 'edgar-ixbrl-525/525-ix-syntax'))]);
timed('xbrl21', () => runXbrl21(resolve(conf, 'xbrl-2.1/XBRL-CONF-2014-12-10'), resolve(shared, 'xbrl/schemas')));

let ok = true;
for (const r of reports) {
  const pct = (rate(r) * 100).toFixed(1);
  const bar = r.bar ? ` (bar ${(r.bar * 100).toFixed(0)} %: ${meetsBar(r) ? 'met' : 'NOT MET'})` : ' (informational)';
  process.stdout.write(`\n${r.suite}: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped = ${pct} %${bar}\n`);
  for (const [why, n] of Object.entries(r.skipReasons)) process.stdout.write(`  skipped ${n}: ${why}\n`);
  const shown = r.bar || values.verbose ? r.failures : [];
  for (const f of shown) process.stdout.write(`  FAIL ${f.id}: ${values.verbose ? f.reason : f.reason.slice(0, 160)}\n`);
  if (!r.bar && r.failures.length && !values.verbose) process.stdout.write(`  (${r.failures.length} failure ids: run with --verbose)\n`);
  if (!meetsBar(r)) ok = false;
}
if (precisionChecks) process.stdout.write(`\nXBRL 2.1 PTVI: inferred precision equal to the expected infoset for ${precisionChecks} facts\n`);
process.stdout.write(`\ntime: ${timings.join(', ')}\n`);
process.exit(ok ? 0 : 1);
