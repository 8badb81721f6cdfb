// Release text that becomes taxonomy text (extension labels, concept and role names, cover facts) must be text
// XML 1.0 can carry. The reader keeps the release as printed; here, where labels turn into extension labels,
// every character XML forbids is replaced (src/xml/escape.ts decides which and by what) and a warning names the
// character and where it was printed, so nothing changes silently.
//
// The case: reliability/specialchars2.txt prints the row label "Oth\u0001\u0007 <!--x--> ]]" (line 249); before,
// the label linkbase carried U+0001 U+0007 raw and no XBRL processor could load the filing, with exit 0.
import type { LineItem, ReleaseDocument, Table } from '../model/document.js';
import type { Message, SourcePos } from '../model/source.js';
import { codePointName, hasInvalidXmlChars, invalidXmlChars, xmlChars } from '../xml/escape.js';

/** A label with its forbidden characters replaced: the spaces they leave are folded, as labels print one space. */
function cleanLabel(s: string): string {
  return xmlChars(s)
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** `s` cleaned when it needs to be (same string otherwise). */
function clean(s: string): string {
  return hasInvalidXmlChars(s) ? cleanLabel(s) : s;
}

function anyInvalid(doc: ReleaseDocument): boolean {
  const c = doc.cover;
  for (const v of [c.registrantName, c.tradingSymbol, c.exchange, c.releaseDate, c.periodEnd, c.documentType]) {
    if (v && hasInvalidXmlChars(v.value)) return true;
  }
  for (const t of doc.tables) {
    if (hasInvalidXmlChars(t.title)) return true;
    for (const col of t.columns) if (hasInvalidXmlChars(col.label)) return true;
    for (const r of t.rows) if (hasInvalidXmlChars(r.label) || hasInvalidXmlChars(r.section)) return true;
  }
  return false;
}

/**
 * The document the mapper works on: `doc` itself when its labels are all XML characters (every seed, so their
 * outputs are unchanged), else a copy whose labels, headers, titles and cover values have the forbidden
 * characters replaced, with one warning (map.xml-char) per printed place. Item indices are kept, so facts still
 * point at the original document's cells for the inline rendering (which replaces the same characters).
 */
export function xmlSafeDocument(doc: ReleaseDocument, messages: Message[]): ReleaseDocument {
  if (!anyInvalid(doc)) return doc;
  const seen = new Set<string>();
  const warn = (what: string, text: string, pos: SourcePos): void => {
    const key = `${pos.line}:${pos.column}|${text}`;
    if (seen.has(key)) return;
    seen.add(key);
    const chars = [...new Set(invalidXmlChars(text).map((x) => codePointName(x.char)))].join(', ');
    messages.push({
      ruleId: 'map.xml-char',
      severity: 'warning',
      message: `${what} ${JSON.stringify(text)} holds ${chars}, which XML 1.0 cannot carry: replaced by a space in the label written as "${cleanLabel(text)}"`,
      positions: [pos],
    });
  };
  // Where the text was printed: the first of the candidate lines holding its first forbidden character.
  const locate = (text: string, lines: number[], fallback: number): SourcePos => {
    const ch = invalidXmlChars(text)[0]?.char;
    for (const n of lines) {
      const at = ch === undefined ? -1 : (doc.lines[n - 1] ?? '').indexOf(ch);
      if (at >= 0) return { file: doc.file, line: n, column: at + 1 };
    }
    return { file: doc.file, line: Math.max(1, fallback), column: 1 };
  };
  const range = (from: number, to: number): number[] => {
    const out: number[] = [];
    for (let n = Math.max(1, from); n <= Math.min(doc.lines.length, to); n++) out.push(n);
    return out;
  };

  const tables: Table[] = doc.tables.map((t) => {
    const firstRowLine = t.rows[0]?.lines[0] ?? t.endLine;
    // The title is printed above the first row (a few lines before the table's first line at most).
    if (hasInvalidXmlChars(t.title)) warn('table title', t.title, locate(t.title, range(t.startLine - 10, firstRowLine), t.startLine));
    const columns = t.columns.map((c) => {
      if (!hasInvalidXmlChars(c.label)) return c;
      warn('column header', c.label, locate(c.label, range(t.startLine, firstRowLine), t.startLine));
      return { ...c, label: clean(c.label), header: c.header.map(clean) };
    });
    const rows = t.rows.map((r) => {
      if (!hasInvalidXmlChars(r.label) && !hasInvalidXmlChars(r.section)) return r;
      if (hasInvalidXmlChars(r.label)) warn('row label', r.label, locate(r.label, r.lines, r.lines[0] ?? t.startLine));
      return { ...r, label: clean(r.label), section: clean(r.section) };
    });
    return { ...t, title: clean(t.title), columns, rows };
  });
  // A section is the label of a heading row: warned about there; items only take the cleaned texts.
  const items: LineItem[] = doc.items.map((i) =>
    hasInvalidXmlChars(i.row) || hasInvalidXmlChars(i.section) || hasInvalidXmlChars(i.table) || hasInvalidXmlChars(i.column)
      ? { ...i, row: clean(i.row), section: clean(i.section), table: clean(i.table), column: clean(i.column) }
      : i,
  );
  const cover = { ...doc.cover };
  for (const k of ['registrantName', 'tradingSymbol', 'exchange', 'releaseDate', 'periodEnd', 'documentType'] as const) {
    const v = cover[k];
    if (!v || !hasInvalidXmlChars(v.value)) continue;
    const pos = v.pos ?? { file: doc.file, line: 1, column: 1 };
    warn('cover text', v.value, pos);
    cover[k] = { ...v, value: clean(v.value), pos };
  }
  return { ...doc, tables, items, cover };
}
