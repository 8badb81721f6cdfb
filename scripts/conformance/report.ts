// Result of one conformance suite run: counts and the ids of failures (with a reason each).
export interface SuiteReport {
  suite: string;
  passed: number;
  failed: number;
  skipped: number;
  failures: { id: string; reason: string }[];
  /** Why cases were skipped, with counts. */
  skipReasons: Record<string, number>;
  /** Pass rate threshold (0..1) over passed / (passed + failed). */
  bar: number;
}

export function newReport(suite: string, bar: number): SuiteReport {
  return { suite, passed: 0, failed: 0, skipped: 0, failures: [], skipReasons: {}, bar };
}

export function pass(r: SuiteReport): void {
  r.passed++;
}

export function fail(r: SuiteReport, id: string, reason: string): void {
  r.failed++;
  r.failures.push({ id, reason });
}

export function skip(r: SuiteReport, why: string): void {
  r.skipped++;
  r.skipReasons[why] = (r.skipReasons[why] ?? 0) + 1;
}

export function rate(r: SuiteReport): number {
  const n = r.passed + r.failed;
  return n ? r.passed / n : 1;
}

export function meetsBar(r: SuiteReport): boolean {
  return rate(r) >= r.bar;
}
