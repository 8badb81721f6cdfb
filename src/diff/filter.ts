// Restricting a comparison to some concepts or periods (the --concept and --period options).
import type { QName } from '../model/fact.js';
import { periodKey, type Period } from '../model/period.js';

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
}

/**
 * A concept matcher for local names ("AccountsPayableCurrent"), prefixed names ("mpwr:AccountsPayableCurrent",
 * the prefix resolved against the fact set's namespaces or the concept's own prefix) or clark names; "*" is a
 * wildcard in the local part.
 */
export function conceptMatcher(patterns: string[], namespaces: Record<string, string>): (q: QName) => boolean {
  const tests = patterns.map((p) => {
    let ns: string | undefined;
    let prefix: string | undefined;
    let local = p;
    const clarkMatch = /^\{([^}]*)\}(.+)$/.exec(p);
    if (clarkMatch) {
      ns = clarkMatch[1];
      local = clarkMatch[2];
    } else if (p.includes(':')) {
      prefix = p.slice(0, p.indexOf(':'));
      local = p.slice(p.indexOf(':') + 1);
    }
    const re = globToRegExp(local);
    return (q: QName) => {
      if (!re.test(q.local)) return false;
      if (ns !== undefined) return q.ns === ns;
      if (prefix !== undefined) return q.prefix === prefix || namespaces[prefix] === q.ns;
      return true;
    };
  });
  return (q) => tests.some((t) => t(q));
}

const DATE_PREFIX = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** The date a period is "as of": the instant, or the end of a duration. */
export function periodEnd(p: Period): string | undefined {
  return p.type === 'instant' ? p.date : p.type === 'duration' ? p.end : undefined;
}

/** A date or date prefix whose month and day exist: `2003-13` once passed and matched nothing, silently. */
function validDatePrefix(s: string): boolean {
  if (!DATE_PREFIX.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  return d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Is a --period value well formed (a period key or a date prefix) and a real date? */
export function isPeriodFilter(s: string): boolean {
  if (s === 'forever' || validDatePrefix(s)) return true;
  const range = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(s);
  return !!range && validDatePrefix(range[1]) && validDatePrefix(range[2]);
}

/** A period matcher: exact period keys, or date prefixes matching the period's end (or instant) date. */
export function periodMatcher(filters: string[]): (p: Period) => boolean {
  return (p) => {
    const key = periodKey(p);
    const end = periodEnd(p);
    return filters.some((f) => f === key || (DATE_PREFIX.test(f) && end !== undefined && end.startsWith(f)));
  };
}
