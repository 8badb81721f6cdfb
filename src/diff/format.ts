// Printing a DiffResult: a readable table (default) or JSON for machines.
import { formatMessage } from '../model/source.js';
import type { DiffEntry, DiffResult, FactValue, MovedValue, Reclassification } from './types.js';

/** Thousands separators on the integer part; keeps the sign and the decimals as they are. */
export function groupDigits(value: string): string {
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(value);
  if (!m) return value;
  return `${m[1]}${m[2].replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${m[3] ?? ''}`;
}

function shorten(s: string, max = 40): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > max ? one.slice(0, max - 1) + '…' : one;
}

function showValue(v: FactValue | undefined, numeric: boolean): string {
  if (!v) return '(absent)';
  if (v.value === null) return 'nil';
  return numeric ? groupDigits(v.value) : JSON.stringify(shorten(v.value));
}

function showDecimals(v: FactValue | undefined): string {
  if (!v || v.decimals === undefined) return '';
  return String(v.decimals);
}

function showDifference(e: DiffEntry): string {
  if (e.difference === undefined) return '';
  const g = groupDigits(e.difference);
  return e.difference.startsWith('-') || e.difference === '0' ? g : `+${g}`;
}

/** "iso4217:USD/xbrli:shares" -> "USD/shares". */
function showUnit(unit: string | undefined): string {
  return unit ? unit.replace(/[A-Za-z_][\w.-]*:/g, '') : '';
}

function labelWithDims(e: DiffEntry): string {
  const dims = Object.entries(e.dimensions).map(([d, m]) => `${d.replace(/^.*:/, '')}=${m.replace(/^.*:/, '')}`);
  return dims.length ? `${e.label} [${dims.join(', ')}]` : e.label;
}

function table(rows: string[][], rightAligned: Set<number>): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map(
    (r) =>
      '  ' +
      r
        .map((cell, c) => (rightAligned.has(c) ? cell.padStart(widths[c]) : c === r.length - 1 ? cell : cell.padEnd(widths[c])))
        .join('  ')
        .trimEnd(),
  );
}

function section(title: string, entries: DiffEntry[], withDecimals = false): string[] {
  if (!entries.length) return [];
  const header = ['Period', 'Concept', 'Unit', 'Old', 'New', 'Difference'];
  if (withDecimals) header.push('Decimals');
  const rows = [header];
  for (const e of entries) {
    const numeric = e.unit !== undefined;
    const row = [e.period, labelWithDims(e), showUnit(e.unit), showValue(e.old, numeric), showValue(e.new, numeric), showDifference(e)];
    if (withDecimals) row.push(`${showDecimals(e.old)} -> ${showDecimals(e.new)}`);
    rows.push(row);
  }
  return [`${title} (${entries.length})`, ...table(rows, new Set([3, 4, 5])), ''];
}

function reclassLine(r: Reclassification): string[] {
  const dims = Object.keys(r.dimensions).length
    ? ` [${Object.entries(r.dimensions)
        .map(([d, m]) => `${d.replace(/^.*:/, '')}=${m.replace(/^.*:/, '')}`)
        .join(', ')}]`
    : '';
  const lines = [`  ${r.period}${dims}: ${groupDigits(r.amount)} ${showUnit(r.unit)} moved between ${r.members.length} line items`];
  for (const m of r.members) {
    lines.push(`      ${m.label}: ${showValue(m.old, true)} -> ${showValue(m.new, true)} (${showDifference(m)})`);
  }
  return lines;
}

function zeroLines(title: string, entries: DiffEntry[]): string[] {
  const byPeriod = new Map<string, string[]>();
  for (const e of entries) byPeriod.set(e.period, [...(byPeriod.get(e.period) ?? []), labelWithDims(e)]);
  return [`${title} (${entries.length})`, ...[...byPeriod].map(([p, labels]) => `  ${p}: ${labels.join('; ')}`), ''];
}

function movedLines(m: MovedValue): string[] {
  const dims = Object.keys(m.dimensions).length
    ? ` [${Object.entries(m.dimensions)
        .map(([d, v]) => `${d.replace(/^.*:/, '')}=${v.replace(/^.*:/, '')}`)
        .join(', ')}]`
    : '';
  const fromNow = m.from.new ? `now ${showValue(m.from.new, true)}` : 'now absent';
  const toWas = m.to.old ? `was ${showValue(m.to.old, true)}` : 'new';
  return [
    `  ${m.period}${dims}: ${groupDigits(m.value)} ${showUnit(m.unit)}`,
    `      A: ${m.from.label} (${m.from.concept}; in B ${fromNow})`,
    `      B: ${m.to.label} (${m.to.concept}; ${toWas})`,
  ];
}

/** The human-readable report. */
export function formatDiffText(result: DiffResult): string {
  const out: string[] = [];
  if (result.a || result.b) out.push(`A (old): ${result.a ?? '?'}`, `B (new): ${result.b ?? '?'}`);
  if (result.periods.compared) {
    out.push(`Restatement mode: comparing the ${result.periods.compared.length} period(s) both report: ${result.periods.compared.join(', ') || '(none)'}`);
    const list = (ps: string[]) => (ps.length ? ps.join(', ') : '(none)');
    out.push(`  not compared, only in A: ${list(result.periods.onlyA)}`, `  not compared, only in B: ${list(result.periods.onlyB)}`);
  }
  if (out.length) out.push('');
  out.push(...section('Changed', result.changed));
  // Rows one release prints as "-" and the other leaves out are listed by name only.
  const isZero = (v: FactValue | undefined) => v?.value != null && /^-?0(\.0*)?$/.test(v.value);
  const removedZero = result.removed.filter((e) => isZero(e.old));
  const addedZero = result.added.filter((e) => isZero(e.new));
  out.push(
    ...section(
      'Removed (in A, not in B)',
      result.removed.filter((e) => !isZero(e.old)),
    ),
  );
  out.push(
    ...section(
      'Added (in B, not in A)',
      result.added.filter((e) => !isZero(e.new)),
    ),
  );
  if (removedZero.length) out.push(...zeroLines('Removed, reported as zero in A only', removedZero));
  if (addedZero.length) out.push(...zeroLines('Added, reported as zero in B only', addedZero));
  out.push(...section('Decimals only', result.decimalsOnly, true));
  if (result.reclassifications.length) {
    out.push(`Reclassifications (${result.reclassifications.length}): amounts that moved between line items of the same period`);
    for (const r of result.reclassifications) out.push(...reclassLine(r));
    out.push('');
  }
  if (result.moved.length) {
    out.push(`Values reported under another concept (${result.moved.length}): the same number, another line item`);
    for (const m of result.moved) out.push(...movedLines(m));
    out.push('');
  }
  if (result.withinTolerance.length) out.push(...section('Within tolerance (not counted)', result.withinTolerance));
  for (const m of result.messages) out.push(formatMessage(m));
  out.push(
    result.same
      ? `No differences (${result.counts.matched} facts compared).`
      : `Summary: ${result.changed.length} changed, ${result.removed.length} removed, ${result.added.length} added, ` +
          `${result.decimalsOnly.length} decimals only; ${result.reclassifications.length} reclassification(s). ` +
          `A ${result.counts.a} facts, B ${result.counts.b}, matched ${result.counts.matched}.`,
  );
  return out.join('\n') + '\n';
}

/** The machine-readable report. */
export function formatDiffJson(result: DiffResult): string {
  return JSON.stringify(result, null, 2) + '\n';
}

export function formatDiff(result: DiffResult, format: 'text' | 'json' = 'text'): string {
  return format === 'json' ? formatDiffJson(result) : formatDiffText(result);
}
