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

/**
 * Human report. The first position leads the line (editors jump to it); further positions of the facts involved
 * follow the message, one per line, so a duplicate or a calculation names every line it concerns.
 */
export function formatFindings(messages: readonly Message[], source?: string): string {
  const lines: string[] = [];
  for (const m of messages) {
    const [first, ...rest] = m.positions ?? [];
    const where = first ? `${formatPos(first)}: ` : source ? `${source}: ` : '';
    lines.push(`${where}${m.severity} [${m.ruleId}] ${m.message}`);
    for (const p of rest) lines.push(`    also at ${formatPos(p)}`);
  }
  const s = summarize(messages);
  lines.push(`${source ? `${source}: ` : ''}${plural(s.error, 'error')}, ${plural(s.warning, 'warning')}, ${s.info} info`);
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
