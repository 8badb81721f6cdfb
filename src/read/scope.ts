// Scale notes printed away from their table: in the page heading ("(Dollars in thousands, except per share
// data)" under the company name at the top of a page, above every table of the page), in a note under the table
// ("All dollar amounts above are in thousands."), or once for the tables of a page ("(Dollars in thousands)" in
// the first table's title, none in the next). A table with a note of its own keeps it.
import type { BuiltTable } from './layout.js';
import type { LineInfo } from './lines.js';
import { findScaleNote, type ScaleNote } from './units.js';

/** A note under a table is phrased as one: a footnote mark, "Note", "All amounts", "Dollars", "(In thousands)". */
const NOTE_START_RE = /^(?:\(?[a-z\d]\)|\*+|\u2020|note\b|all\b|amounts\b|dollar|figures\b|\(?\s*in\b|\(?\s*\$|\()/i;

function words(t: string): number {
  return t.trim().split(/\s+/).length;
}

/** The note printed under the table, before the next table or prose paragraph. */
function noteBelow(t: BuiltTable, lines: LineInfo[], nextStart: number): ScaleNote | null {
  let seen = 0;
  for (let i = t.endLine; i < lines.length && i < nextStart - 1 && seen < 3; i++) {
    const l = lines[i];
    if (l.kind === 'blank' || l.kind === 'rule' || l.kind === 'markup') {
      if (l.kind === 'markup' && l.markup === 'page') break;
      continue;
    }
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
function pageNote(ti: number, tables: BuiltTable[], lines: LineInfo[]): ScaleNote | null {
  const t = tables[ti];
  const inTable = (n: number) => tables.some((o) => n >= o.startLine && n <= o.endLine);
  for (let i = t.startLine - 2; i >= 0; i--) {
    const l = lines[i];
    if (l.kind === 'markup' && l.markup === 'page') break;
    if (l.kind !== 'text' || inTable(l.n)) continue;
    const text = l.text.trim();
    if (words(text) > 12) continue;
    const note = findScaleNote(text);
    if (note && (text.startsWith('(') || note.text.length >= text.length * 0.5)) return note;
  }
  for (let k = ti - 1; k >= 0; k--) {
    const prev = tables[k];
    for (let i = prev.endLine; i < t.startLine - 1; i++) if (lines[i].kind === 'markup' && lines[i].markup === 'page') return null;
    // Only a note printed on a line of its own reads as a heading for what follows; one attached to a title
    // ("BALANCE SHEETS (in 000s)") is that table's.
    if (prev.scaleNote) return standalone(prev, lines) ? prev.scaleNote : null;
  }
  return null;
}

function standalone(t: BuiltTable, lines: LineInfo[]): boolean {
  const note = t.scaleNote!.text;
  for (let i = t.startLine - 1; i < t.endLine && i < lines.length; i++) {
    const text = lines[i].text.trim();
    if (text.includes(note) && note.length >= text.length * 0.8) return true;
  }
  return false;
}

/** Gives each table without a scale note of its own the note printed under it, or the page's. */
export function scopeScaleNotes(tables: BuiltTable[], lines: LineInfo[]): void {
  const own = tables.map((t) => t.scaleNote);
  tables.forEach((t, ti) => {
    if (own[ti]) return;
    const next = tables[ti + 1]?.startLine ?? Infinity;
    t.scaleNote = noteBelow(t, lines, next) ?? pageNote(ti, tables, lines);
  });
}
