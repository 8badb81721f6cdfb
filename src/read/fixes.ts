// Corrections by the user: no reader is perfect, and a release must be fixable without editing it.
// A fixes file (JSON) sets a table's scale, a column's period or axis member, or drops a table:
//   { "fixes": [
//       { "table": 2, "scale": 3 },
//       { "table": "QUARTERLY HIGHLIGHTS", "column": 0, "period": "2005-04-01..2005-06-30" },
//       { "table": 4, "column": "Corporate | & Other", "member": { "axis": "segment", "name": "Corporate and other" } },
//       { "table": 4, "column": 3, "member": null },
//       { "table": 6, "drop": true } ] }
// Tables and columns are named by index (as `ixport extract --tables` lists them) or by title / header text. A
// fix naming a table or column that does not exist is an error at its position in the fixes file (exit 2); each
// fix applied is an info message at the table's header. Works on the layout-neutral table model.
import { readFileSync } from 'node:fs';
import type { ColumnMember, MemberAxis } from '../model/document.js';
import { IxportError } from '../model/errors.js';
import { duration, instant, type Period } from '../model/period.js';
import type { Message } from '../model/source.js';
import type { BuiltTable, Col } from './layout.js';

export interface Fix {
  table: number | string;
  column?: number | string;
  scale?: number;
  /** "2005-06-30" (instant) or "2005-04-01..2005-06-30" (duration). */
  period?: string;
  /** An axis member, or null for the axis default (the total column). */
  member?: { axis: MemberAxis; name: string } | null;
  drop?: boolean;
  /** 1-based line and column of the fix in its file. */
  line: number;
  col: number;
}

export interface Fixes {
  file: string;
  fixes: Fix[];
}

export class FixError extends IxportError {
  constructor(file: string, line: number, column: number, message: string) {
    super(`${file}:${line}:${column}: ${message}`, { code: 'fix.invalid', file, line, column });
  }
}

/** Start offsets of the elements of the fixes array (top level, or under "fixes"). */
function elementOffsets(text: string): number[] {
  const out: number[] = [];
  let depth = 0;
  let inString = false;
  let arrayDepth = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') {
      inString = true;
      if (depth === 1 && arrayDepth < 0 && text.startsWith('"fixes"', i)) arrayDepth = -2;
      continue;
    }
    if (ch === '[' || ch === '{') {
      if (ch === '[' && (depth === 0 || arrayDepth === -2) && arrayDepth < 0) arrayDepth = depth + 1;
      else if (depth === arrayDepth) out.push(i);
      depth++;
    } else if (ch === ']' || ch === '}') depth--;
  }
  return out;
}

function lineCol(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, col: before[before.length - 1].length + 1 };
}

const PERIOD_RE = /^(\d{4}-\d{2}-\d{2})(?:\s*(?:\.\.|\/)\s*(\d{4}-\d{2}-\d{2}))?$/;
const AXES: MemberAxis[] = ['segment', 'region', 'consolidation'];

/** Parses and checks a fixes file's text (not yet against a release). */
export function parseFixes(text: string, file: string): Fixes {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const at = /position (\d+)/.exec((e as Error).message);
    const p = lineCol(text, at ? Number(at[1]) : 0);
    throw new FixError(file, p.line, p.col, `not JSON: ${(e as Error).message.split('\n')[0]}`);
  }
  const list = Array.isArray(data) ? data : (data as { fixes?: unknown })?.fixes;
  if (!Array.isArray(list)) throw new FixError(file, 1, 1, 'want {"fixes": [...]} or an array of fixes');
  const offsets = elementOffsets(text);
  return {
    file,
    fixes: list.map((raw, k) => {
      const { line, col } = lineCol(text, offsets[k] ?? 0);
      const bad = (why: string) => new FixError(file, line, col, `fix ${k}: ${why}`);
      const f = raw as Record<string, unknown>;
      if (!f || typeof f !== 'object') throw bad('a fix is an object');
      if (typeof f.table !== 'number' && typeof f.table !== 'string') throw bad('"table" (index or title) is required');
      const known = ['table', 'column', 'scale', 'period', 'member', 'drop'];
      const unknown = Object.keys(f).find((x) => !known.includes(x));
      if (unknown) throw bad(`unknown key "${unknown}" (${known.join(', ')})`);
      if (f.scale !== undefined && (typeof f.scale !== 'number' || !Number.isInteger(f.scale) || f.scale < 0 || f.scale > 12))
        throw bad('"scale" is a power of ten, 0 to 12 (3 = thousands)');
      if (f.period !== undefined && (typeof f.period !== 'string' || !PERIOD_RE.test(f.period.trim())))
        throw bad('"period" is "YYYY-MM-DD" (instant) or "YYYY-MM-DD..YYYY-MM-DD"');
      const m = f.member as { axis?: unknown; name?: unknown } | null | undefined;
      if (m !== undefined && m !== null && (!AXES.includes(m.axis as MemberAxis) || typeof m.name !== 'string' || !m.name.trim()))
        throw bad(`"member" is null or {"axis": ${AXES.map((a) => `"${a}"`).join('|')}, "name": "..."}`);
      if ((f.period !== undefined || f.member !== undefined) && f.column === undefined) throw bad('"period" and "member" need a "column"');
      if (f.scale === undefined && f.period === undefined && f.member === undefined && f.drop !== true)
        throw bad('nothing to fix: give "scale", "period", "member" or "drop": true');
      return { ...(f as unknown as Fix), line, col };
    }),
  };
}

export function loadFixes(path: string): Fixes {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new IxportError(`${path}: cannot read the fixes file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, {
      code: 'fix.unreadable',
      file: path,
    });
  }
  return parseFixes(text, path);
}

function periodOf(text: string): Period {
  const m = PERIOD_RE.exec(text.trim())!;
  return m[2] ? duration(m[1], m[2]) : instant(m[1]);
}

const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/\s*\|\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Applies the fixes to the release's tables; returns the tables kept. Throws FixError for a name that does not exist. */
export function applyFixes(tables: BuiltTable[], fixes: Fixes, release: string, messages: Message[]): BuiltTable[] {
  const dropped = new Set<BuiltTable>();
  for (const f of fixes.fixes) {
    const fail = (why: string) => new FixError(fixes.file, f.line, f.col, `${why} in ${release} (see \`ixport extract --tables ${release}\`)`);
    const t = typeof f.table === 'number' ? tables[f.table] : tables.find((x) => fold(x.title) === fold(f.table as string));
    if (!t) throw fail(`table ${JSON.stringify(f.table)} does not exist (${tables.length} tables, 0 to ${tables.length - 1})`);
    const col: Col | undefined =
      f.column === undefined
        ? undefined
        : typeof f.column === 'number'
          ? t.cols[f.column]
          : t.cols.find((c) => fold(c.header.join(' | ')) === fold(f.column as string));
    if (f.column !== undefined && !col)
      throw fail(`table "${t.title}" has no column ${JSON.stringify(f.column)} (${t.cols.length} columns, 0 to ${t.cols.length - 1})`);
    const done: string[] = [];
    if (f.drop) {
      dropped.add(t);
      done.push('dropped');
    }
    if (f.scale !== undefined) {
      t.scaleNote = { text: `(fix: 10^${f.scale})`, scale: f.scale, exceptShares: t.scaleNote?.exceptShares ?? false };
      done.push(`scale 10^${f.scale}`);
    }
    if (col && f.period !== undefined) {
      col.period = periodOf(f.period);
      col.captionPeriods = undefined;
      done.push(`column "${col.header.join(' | ')}" period ${f.period.trim()}`);
    }
    if (col && f.member !== undefined) {
      col.member =
        f.member === null
          ? { axis: col.member?.axis ?? 'segment', member: null }
          : ({ axis: f.member.axis, member: f.member.name.trim() } satisfies ColumnMember);
      done.push(
        `column "${col.header.join(' | ')}" ${f.member === null ? 'on the axis default' : `member "${f.member.name.trim()}" of the ${f.member.axis} axis`}`,
      );
    }
    messages.push({
      ruleId: 'read.fix',
      severity: 'info',
      message: `table "${t.title}": ${done.join('; ')} (fix at ${fixes.file}:${f.line})`,
      positions: [{ file: release, line: t.headerLine ?? t.startLine, column: 1 }],
    });
  }
  return tables.filter((t) => !dropped.has(t));
}
