/** Where something was printed: 1-based line and column in a named file. */
export interface SourcePos {
  file: string;
  line: number;
  column: number;
}

export type Severity = 'error' | 'warning' | 'info';

/**
 * A finding of any stage (reader warning, check result, reader error of an XBRL document).
 * Findings are data; the CLI decides how to print them.
 */
export interface Message {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Every source position involved (a duplicate names both). */
  positions?: SourcePos[];
  concept?: string;
  context?: string;
}

export function formatPos(p: SourcePos): string {
  return `${p.file}:${p.line}:${p.column}`;
}

export function formatMessage(m: Message): string {
  const where = m.positions && m.positions.length ? m.positions.map(formatPos).join(', ') + ': ' : '';
  return `${where}${m.severity} [${m.ruleId}] ${m.message}`;
}
