// Printing findings: one line per finding for people ("file:line:col: severity [rule] message"), a stable JSON
// document for machines. Findings arrive sorted (checkFactSet), so both outputs are deterministic.
import { formatPos, type Message, type Severity } from '../model/source.js';

export type Summary = Record<Severity, number>;

export function summarize(messages: readonly Message[]): Summary {
  const s: Summary = { error: 0, warning: 0, info: 0 };
  for (const m of messages) s[m.severity]++;
  return s;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "duplicate.complete ×90, calc.not-checked ×2" */
function infoCounts(messages: readonly Message[]): string {
  const n = new Map<string, number>();
  for (const m of messages) if (m.severity === 'info') n.set(m.ruleId, (n.get(m.ruleId) ?? 0) + 1);
  return [...n]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, c]) => `${id} ×${c}`)
    .join(', ');
}

/**
 * Human report: errors and warnings (info findings only with `verbose`, counted otherwise). The first position
 * leads the line (editors jump to it); further positions of the facts involved
 * follow the message, one per line, so a duplicate or a calculation names every line it concerns.
 */
export function formatFindings(messages: readonly Message[], source?: string, options: { verbose?: boolean } = {}): string {
  const lines: string[] = [];
  for (const m of messages) {
    if (m.severity === 'info' && !options.verbose) continue;
    const [first, ...rest] = m.positions ?? [];
    const where = first ? `${formatPos(first)}: ` : source ? `${source}: ` : '';
    lines.push(`${where}${m.severity} [${m.ruleId}] ${m.message}`);
    for (const p of rest) lines.push(`    also at ${formatPos(p)}`);
  }
  const s = summarize(messages);
  const hidden = !options.verbose && s.info ? ` (${infoCounts(messages)}; --verbose lists them)` : '';
  lines.push(`${source ? `${source}: ` : ''}${plural(s.error, 'error')}, ${plural(s.warning, 'warning')}, ${s.info} info${hidden}`);
  return lines.join('\n') + '\n';
}

/** Machine report: { source, summary, findings: [{ ruleId, severity, message, concept, context, positions }] }. */
export function findingsToJson(messages: readonly Message[], source?: string): string {
  const findings = messages.map((m) => ({
    ruleId: m.ruleId,
    severity: m.severity,
    message: m.message,
    ...(m.concept !== undefined ? { concept: m.concept } : {}),
    ...(m.context !== undefined ? { context: m.context } : {}),
    positions: (m.positions ?? []).map((p) => ({ file: p.file, line: p.line, column: p.column })),
  }));
  return JSON.stringify({ ...(source !== undefined ? { source } : {}), summary: summarize(messages), findings }, null, 2) + '\n';
}
