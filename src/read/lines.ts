// Line classification: what each source line is before any table structure is known.
import { splitLine, fillCellText, type SplitLine } from './cells.js';
import { HEADER_WORD_RE } from './periods.js';

export type LineKind = 'blank' | 'rule' | 'markup' | 'data' | 'years' | 'text';

export interface LineInfo {
  /** 1-based line number. */
  n: number;
  /** The line with SGML markup (<S>, <C>) blanked out, same length as the source line. */
  text: string;
  kind: LineKind;
  markup?: 'table' | 'endtable' | 'caption' | 'page' | 'other';
  split: SplitLine;
  /** Page furniture: "- more -", "Page 3", a running header repeated after page breaks. */
  furniture: boolean;
  /** A running head repeated after page breaks (also furniture); may still be a table title. */
  running?: boolean;
  /** Has period or comparison words placed away from the left margin (a column-header line). */
  headerish: boolean;
  indent: number;
}

const PURE_MARKUP_RE = /^\s*(?:<\/?[A-Za-z][A-Za-z0-9]{0,10}[^<>]{0,40}>\s*)+$/;
const INLINE_SC_RE = /<\/?(?:s|c|S|C|fn|FN)>/g;
const RULE_RE = /^[\s\-=_]*$/;
const FURNITURE_RE =
  /^\s*(?:[-(]\s*more\s*[-)]|\(?\s*more\s*\)?|-?\s*(?:table|tables)\s+(?:to\s+)?follows?\s*-?|[-(]\s*continued\s*[-)]|\(?continued\)?|page\s+\d+(?:\s+of\s+\d+)?|-\s*\d{1,3}\s*-|\d{1,3}|#{3,}|\*{3,}|-0-)\s*$/i;
const FURNITURE_HINT_RE = /[#*\d]|more|page|contin|follow/i;
/** A header chunk must start at least this far from the margin (labels and prose start near it). */
export const HEADER_MIN_START = 20;

const NO_CELLS: SplitLine = { label: '', labelStart: -1, cells: [] };

export function classifyLines(src: string[]): LineInfo[] {
  const infos: LineInfo[] = new Array(src.length);
  for (let i = 0; i < src.length; i++) {
    const n = i + 1;
    // A form feed is a page break, like <PAGE>.
    if (src[i].includes('\f')) {
      const rest = src[i].replace(/\f/g, '');
      if (!rest.trim()) {
        infos[i] = { n, text: rest, kind: 'markup', markup: 'page', split: NO_CELLS, furniture: false, headerish: false, indent: 0 };
        continue;
      }
    }
    const raw = src[i].includes('\f') ? src[i].replace(/\f/g, ' ') : src[i];
    if (!raw.trim()) {
      infos[i] = { n, text: raw, kind: 'blank', split: NO_CELLS, furniture: false, headerish: false, indent: 0 };
      continue;
    }
    if (PURE_MARKUP_RE.test(raw)) {
      const tag = raw.trim().toLowerCase();
      const markup: LineInfo['markup'] = tag.startsWith('<table')
        ? 'table'
        : tag.startsWith('</table')
          ? 'endtable'
          : tag.startsWith('<caption')
            ? 'caption'
            : tag.startsWith('<page')
              ? 'page'
              : 'other';
      infos[i] = { n, text: raw, kind: 'markup', markup, split: NO_CELLS, furniture: false, headerish: false, indent: 0 };
      continue;
    }
    // Tabs are expanded to 8-column stops so that alignment is visual; positions are then visual columns.
    const text = (raw.includes('\t') ? expandTabs(raw) : raw).replace(INLINE_SC_RE, (m) => ' '.repeat(m.length));
    const indent = text.length - text.trimStart().length;
    if (RULE_RE.test(text) && /[-=_]{3,}/.test(text)) {
      infos[i] = { n, text, kind: 'rule', split: NO_CELLS, furniture: false, headerish: false, indent };
      continue;
    }
    const split = splitLine(text);
    fillCellText(text, split.cells);
    let kind: LineKind = split.cells.length ? 'data' : 'text';
    // "- -" or "--  --" with no label: a separator, not a row of zeros.
    if (kind === 'data' && !split.label && split.cells.every((c) => c.parts.every((p) => p.dash))) {
      infos[i] = { n, text, kind: 'rule', split: NO_CELLS, furniture: false, headerish: false, indent };
      continue;
    }
    if (kind === 'data' && split.cells.every((c) => isYearCell(c.text))) kind = 'years';
    const furniture = kind === 'text' && text.length - indent < 40 && FURNITURE_HINT_RE.test(text) && FURNITURE_RE.test(text);
    infos[i] = { n, text, kind, split, furniture, headerish: false, indent };
    infos[i].headerish = !furniture && (kind === 'years' || (kind === 'text' && hasHeaderChunk(text)));
  }
  markRunningHeaders(infos);
  markSecHeader(infos);
  return infos;
}

/** The SEC header of a full submission (<SEC-HEADER> ... </SEC-HEADER>) is filing metadata, not release text. */
function markSecHeader(infos: LineInfo[]): void {
  let inside = false;
  for (const l of infos) {
    const t = l.text.trim().toUpperCase();
    if (t.startsWith('<SEC-HEADER>') || t.startsWith('<IMS-HEADER>')) inside = true;
    if (inside) {
      l.kind = l.kind === 'blank' ? 'blank' : 'text';
      l.furniture = true;
      l.headerish = false;
      l.split = { ...l.split, cells: [] };
    }
    if (t.startsWith('</SEC-HEADER>') || t.startsWith('</IMS-HEADER>')) inside = false;
  }
}

function expandTabs(line: string): string {
  let out = '';
  for (const ch of line) out += ch === '\t' ? ' '.repeat(8 - (out.length % 8)) : ch;
  return out;
}

function isYearCell(t: string): boolean {
  return /^(?:19[5-9]\d|20\d\d)$/.test(t.trim());
}

/** Chunks of a line: text runs separated by two or more spaces, with their spans. */
export function chunks(text: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  const re = /\S+(?: \S+)*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

function hasHeaderChunk(text: string): boolean {
  // A line starting at the margin without any wide gap has a single chunk there: prose or a label.
  const indent = text.length - text.trimStart().length;
  if (indent < HEADER_MIN_START && text.indexOf('  ', indent) < 0) return false;
  for (const c of chunks(text)) {
    if (c.start >= HEADER_MIN_START && HEADER_WORD_RE.test(c.text) && !/^[-=_]+$/.test(c.text)) return true;
  }
  return false;
}

/** Text lines repeated just after page breaks (running heads such as "HRZB-FY06 24%", "April 27, 2006"). */
function markRunningHeaders(infos: LineInfo[]): void {
  const afterPage = new Map<string, number>();
  const candidates: LineInfo[] = [];
  const counted = new Set<number>();
  for (let i = 0; i < infos.length; i++) {
    if (infos[i].kind !== 'markup' || infos[i].markup !== 'page') continue;
    let seen = 0;
    for (let j = i + 1; j < infos.length && seen < 4; j++) {
      const l = infos[j];
      if (l.kind === 'blank' || l.kind === 'markup') continue;
      seen++;
      if (l.kind !== 'text' && l.kind !== 'data') break;
      if (counted.has(j)) continue;
      counted.add(j);
      const key = l.text.trim();
      afterPage.set(key, (afterPage.get(key) ?? 0) + 1);
      candidates.push(l);
    }
  }
  // A page number printed alone next to a page break ("      12" then <PAGE>) is furniture, not a value.
  for (let i = 0; i < infos.length; i++) {
    if (infos[i].kind !== 'markup' || infos[i].markup !== 'page') continue;
    for (const dir of [-1, 1]) {
      let j = i + dir;
      while (j >= 0 && j < infos.length && infos[j].kind === 'blank') j += dir;
      const l = infos[j];
      if (!l || l.kind !== 'data' || l.split.label || l.split.cells.length !== 1) continue;
      if (!/^\s*-?\s*\d{1,3}\s*-?\s*$/.test(l.text)) continue;
      l.kind = 'text';
      l.split = { ...l.split, cells: [], label: l.text.trim(), labelStart: l.indent };
      l.furniture = true;
    }
  }
  // A running head printed once: the text lines between a page break and a "Page 2" line.
  for (let i = 0; i < infos.length; i++) {
    if (infos[i].kind !== 'markup' || infos[i].markup !== 'page') continue;
    const between: LineInfo[] = [];
    for (let j = i + 1; j < infos.length && j <= i + 6; j++) {
      const l = infos[j];
      if (l.kind === 'blank' || l.kind === 'markup') continue;
      if (l.furniture && /page\s+\d/i.test(l.text)) {
        for (const b of between) {
          b.furniture = true;
          b.running = true;
          b.headerish = false;
        }
        break;
      }
      if (l.kind !== 'text') break;
      between.push(l);
    }
  }
  for (const l of candidates) {
    if ((afterPage.get(l.text.trim()) ?? 0) >= 2) {
      l.furniture = true;
      l.running = true;
      l.headerish = false;
      if (l.kind === 'data') l.kind = 'text';
    }
  }
}
