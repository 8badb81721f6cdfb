// Scale notes printed away from their table: in the page heading ("(Dollars in thousands, except per share
// data)" under the company name at the top of a page, above every table of the page), in a note under the table
// ("All dollar amounts above are in thousands."), or once for the tables of a page ("(Dollars in thousands)" in
// the first table's title, none in the next: Oshkosh's "SEGMENT INFORMATION (In millions; unaudited)" over the
// three-month and the six-month segment tables). A table with a note of its own keeps it.
// Layout-neutral: every layout reader gives the document as a flow of lines (text, page breaks, table lines).
import type { BuiltTable } from './layout.js';
import type { LineInfo } from './lines.js';
import { findScaleNote, type ScaleNote } from './units.js';

/** One line of the document as the scope rules see it, whatever the layout. */
export interface FlowLine {
  /** 'text': a line of prose or title matter; 'blank': spacing (skipped); 'page': a page break; 'other': anything else. */
  kind: 'text' | 'blank' | 'page' | 'other';
  text: string;
  /** Page furniture ("- more -", "Page 3"). */
  furniture?: boolean;
  /** Index of the table whose lines (title matter included) this is. */
  table?: number;
}

/** A note under a table is phrased as one: a footnote mark, "Note", "All amounts", "Dollars", "(In thousands)". */
const NOTE_START_RE = /^(?:\(?[a-z\d]\)|\*+|\u2020|note\b|all\b|amounts\b|dollar|figures\b|\(?\s*in\b|\(?\s*\$|\()/i;

function words(t: string): number {
  return t.trim().split(/\s+/).length;
}

/** The plaintext lines as a flow: each line one flow line, the lines of each table marked with its index. */
export function flowOfLines(lines: LineInfo[], tables: BuiltTable[]): FlowLine[] {
  const flow: FlowLine[] = lines.map((l) => ({
    kind:
      l.kind === 'text'
        ? 'text'
        : l.kind === 'markup' && l.markup === 'page'
          ? 'page'
          : l.kind === 'blank' || l.kind === 'rule' || l.kind === 'markup'
            ? 'blank'
            : 'other',
    text: l.text,
    furniture: l.furniture,
  }));
  tables.forEach((t, ti) => {
    for (let i = t.startLine - 1; i < t.endLine && i < flow.length; i++) if (flow[i].table === undefined) flow[i].table = ti;
  });
  return flow;
}

interface Span {
  first: number;
  last: number;
}

function spansOf(flow: FlowLine[], n: number): Span[] {
  const spans: Span[] = Array.from({ length: n }, () => ({ first: -1, last: -1 }));
  flow.forEach((l, i) => {
    if (l.table === undefined || !spans[l.table]) return;
    if (spans[l.table].first < 0) spans[l.table].first = i;
    spans[l.table].last = i;
  });
  return spans;
}

/** The note printed under the table, before the next table or prose paragraph. */
function noteBelow(span: Span, flow: FlowLine[]): ScaleNote | null {
  let seen = 0;
  for (let i = span.last + 1; i < flow.length && flow[i].table === undefined && seen < 3; i++) {
    const l = flow[i];
    if (l.kind === 'page') break;
    if (l.kind === 'blank') continue;
    seen++;
    if (l.kind !== 'text' || l.furniture) break;
    const text = l.text.trim();
    if (words(text) > 14 || !NOTE_START_RE.test(text)) continue;
    const note = findScaleNote(text);
    if (note) return note;
  }
  return null;
}

/** Nearest scale-note line of the page above the table, outside every table, or the note of the page's previous table. */
function pageNote(ti: number, tables: BuiltTable[], flow: FlowLine[], spans: Span[], fromPage: boolean[]): ScaleNote | null {
  for (let i = spans[ti].first - 1; i >= 0; i--) {
    const l = flow[i];
    if (l.kind === 'page') break;
    if (l.kind !== 'text' || l.table !== undefined) continue;
    const text = l.text.trim();
    if (words(text) > 12) continue;
    const note = findScaleNote(text);
    if (note && (text.startsWith('(') || note.text.length >= text.length * 0.5)) return note;
  }
  for (let k = ti - 1; k >= 0; k--) {
    const prev = tables[k];
    for (let i = spans[k].last + 1; i < spans[ti].first; i++) if (flow[i].kind === 'page') return null;
    // The page's note reaches every table of the page: a third block of the highlights ('12/31/01  12/31/00'
    // balances after the quarter and year blocks) under "(Dollars in thousands, except per share data)".
    if (fromPage[k]) return prev.scaleNote;
    // Only a note printed on a line of its own reads as a heading for what follows; one attached to a title
    // ("BALANCE SHEETS (in 000s)") is that table's.
    if (prev.scaleNote) return standalone(prev.scaleNote, spans[k], flow) ? prev.scaleNote : null;
  }
  return null;
}

function standalone(note: ScaleNote, span: Span, flow: FlowLine[]): boolean {
  for (let i = span.first; i <= span.last; i++) {
    const text = flow[i].text.trim();
    if (text.includes(note.text) && note.text.length >= text.length * 0.8) return true;
  }
  return false;
}

/** Gives each table without a scale note of its own the note printed under it, or the page's. */
export function scopeScaleNotes(tables: BuiltTable[], flow: FlowLine[]): void {
  const own = tables.map((t) => t.scaleNote);
  const spans = spansOf(flow, tables.length);
  const fromPage = tables.map(() => false);
  tables.forEach((t, ti) => {
    if (own[ti] || spans[ti].first < 0) return;
    const below = noteBelow(spans[ti], flow);
    t.scaleNote = below ?? pageNote(ti, tables, flow, spans, fromPage);
    fromPage[ti] = !below && t.scaleNote !== null;
  });
}
