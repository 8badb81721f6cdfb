// Inline XBRL 1.1 writer: the whole release as one XHTML document, every printed number of a fact tagged where
// it is printed (a fact printed twice is tagged twice), cover facts tagged in the prose, the rest in ix:hidden.
// Page structure comes from the handlebars templates in templates/inline; every ix element and every piece of
// release text is serialised by ./xml.ts and handed to the templates as SafeStrings.
import { basename } from 'node:path';
import { Decimal } from '../../model/decimal.js';
import type { LineItem, ReleaseDocument, Table } from '../../model/document.js';
import { NS, clark, type Fact, type FactSet } from '../../model/fact.js';
import type { Message, SourcePos } from '../../model/source.js';
import type { Taxonomy } from '../../model/taxonomy.js';
import { prefixesFor, type Prefixes } from '../instance/namespaces.js';
import {
  accuracyAttr,
  canonicalNumber,
  checkId,
  contextNode,
  schemaRefNode,
  sortedContexts,
  sortedFacts,
  sortedUnits,
  unitNode,
  xattr,
  type XAttr,
} from '../instance/parts.js';
import { factsByItem, printedDateLength, textFactPositions } from './locate.js';
import { inlineValue, scaleFor, splitPrinted } from './numbers.js';
import { loadTemplates } from './templates.js';
import { buildTableView, type TableView } from './table.js';
import { displayText, element, escapeAttr, escapeText, serialize } from './xml.js';

export interface UntaggedNumber {
  itemIndex: number;
  raw: string;
  pos: SourcePos;
}

export interface InlineResult {
  xhtml: string;
  /** Everything a reader of the output should know: untagged numbers, hidden facts, prints that do not show their fact. */
  messages: Message[];
  /** Numbers of the release that carry no fact (no concept mapped), rendered untagged. */
  untagged: UntaggedNumber[];
  /** Facts written in ix:hidden because no printed text shows them. */
  hidden: Fact[];
  /** Visible ix:nonFraction and ix:nonNumeric elements written. */
  taggedCount: number;
}

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const LANG = 'en';

/** Text with annotations (tags) at given columns of one source line. */
interface Annotation {
  column: number;
  length: number;
  render: () => string;
}

type BlockView =
  | { kind: 'paragraph'; cls: string; html: unknown }
  | { kind: 'pre'; cls: string; html: unknown }
  | { kind: 'pagebreak' }
  | ({ kind: 'table' } & TableView);

class InlineWriter {
  readonly p: Prefixes;
  readonly facts: Fact[];
  readonly byItem: Map<number, Fact[]>;
  readonly baseIds = new Map<Fact, string>();
  readonly usedIds = new Set<string>();
  readonly displayed = new Set<Fact>();
  readonly renderedItems = new Set<number>();
  readonly annotations = new Map<number, Annotation[]>();
  readonly messages: Message[] = [];
  readonly untagged: UntaggedNumber[] = [];
  taggedCount = 0;

  constructor(
    readonly doc: ReleaseDocument,
    readonly fs: FactSet,
    readonly taxonomy: Taxonomy,
    readonly safe: (html: string) => unknown,
  ) {
    const hasNil = fs.facts.some((f) => f.value === null);
    this.p = prefixesFor(fs, ['xbrli', 'link', 'xlink', 'xbrldi', 'iso4217', 'ix', 'ixt', ...(hasNil ? ['xsi'] : [])]);
    this.facts = sortedFacts(fs);
    for (const c of Object.values(fs.contexts)) this.usedIds.add(checkId(c.id, 'context'));
    for (const u of Object.values(fs.units)) this.usedIds.add(checkId(u.id, 'unit'));
    this.facts.forEach((f, i) => this.baseIds.set(f, f.id ? checkId(f.id, 'fact') : `fact-${i + 1}`));
    this.byItem = factsByItem(doc, this.facts);
    this.collectTextAnnotations();
  }

  /** A document-unique id for the next printing of `f`: its own id first, then id-2, id-3... */
  nextId(f: Fact): string {
    const base = this.baseIds.get(f)!;
    let id = base;
    for (let n = 2; this.usedIds.has(id); n++) id = `${base}-${n}`;
    this.usedIds.add(id);
    return id;
  }

  warn(ruleId: string, severity: Message['severity'], message: string, pos?: SourcePos, f?: Fact): void {
    this.messages.push({
      ruleId,
      severity,
      message,
      positions: pos ? [pos] : undefined,
      concept: f ? this.p.qname(f.concept) : undefined,
      context: f?.contextRef,
    });
  }

  // ---- numbers ---------------------------------------------------------------------------------------------

  /** The printed span `raw` of item `i`, with its facts tagged. */
  tagItem(i: number, raw: string): string {
    const item = this.doc.items[i];
    this.renderedItems.add(i);
    const facts = this.byItem.get(i) ?? [];
    const plain = escapeText(displayText(raw));
    if (facts.length === 0) {
      if (item.value !== null) this.untagged.push({ itemIndex: i, raw: item.raw, pos: item.pos });
      return plain;
    }
    const printed = splitPrinted(raw);
    if (!printed) {
      this.warn('write.inline.unreadablePrint', 'warning', `"${raw}" cannot be tagged as a number`, item.pos);
      return plain;
    }
    const preferred = item.unit === 'percent' ? item.scale - 2 : item.scale;
    const tags: { f: Fact; scale: number }[] = [];
    for (const f of facts) {
      if (f.value === null) continue;
      const scale = scaleFor(printed.magnitude, new Decimal(canonicalNumber(f)), preferred);
      if (scale === null) {
        this.warn(
          'write.inline.printMismatch',
          'warning',
          `"${raw}" does not print the value ${f.value} of ${this.p.qname(f.concept)}; not tagged there`,
          item.pos,
          f,
        );
        continue;
      }
      // Nested ix:nonFraction elements must share format, scale and unit (ix11.10.1.1).
      if (tags.length && (tags[0].scale !== scale || tags[0].f.unitRef !== f.unitRef)) continue;
      tags.push({ f, scale });
    }
    if (tags.length === 0) return plain;
    let inner = escapeText(printed.core);
    for (const { f, scale } of [...tags].reverse()) {
      const negative = new Decimal(canonicalNumber(f)).isNegative();
      // The value a processor reads back must be the fact's value exactly.
      const back = inlineValue(printed.core, printed.format, scale, negative);
      if (!back.eq(new Decimal(canonicalNumber(f)))) throw new Error(`internal: tag for ${f.value} reads back ${back}`);
      inner = element('ix:nonFraction', this.numericAttrs(f, { scale, format: printed.format, negative }), {
        innerXml: inner,
      });
      this.displayed.add(f);
      this.taggedCount++;
    }
    return escapeText(displayText(printed.before)) + inner + escapeText(displayText(printed.after));
  }

  numericAttrs(f: Fact, t?: { scale: number; format: string; negative: boolean }): XAttr[] {
    const a: XAttr[] = [
      xattr('id', this.nextId(f)),
      xattr('name', this.p.qname(f.concept)),
      xattr('contextRef', f.contextRef),
    ];
    if (f.unitRef) a.push(xattr('unitRef', f.unitRef));
    const acc = accuracyAttr(f);
    if (acc) a.push(acc);
    if (t) {
      a.push(xattr('scale', String(t.scale)), xattr('format', t.format));
      if (t.negative) a.push(xattr('sign', '-'));
    }
    return a;
  }

  textAttrs(f: Fact, format?: string): XAttr[] {
    const a: XAttr[] = [
      xattr('id', this.nextId(f)),
      xattr('name', this.p.qname(f.concept)),
      xattr('contextRef', f.contextRef),
    ];
    if (format) a.push(xattr('format', format));
    // Every text fact states its language on itself (xml:lang="" = none): processors differ in how far up they
    // look for an inherited xml:lang (Arelle checks only the fact and its parent), and the fact read back must
    // be the fact written.
    a.push(xattr('xml:lang', f.lang ?? '', XML_NS));
    return a;
  }

  // ---- prose annotations -----------------------------------------------------------------------------------

  addAnnotation(line: number, a: Annotation): void {
    const list = this.annotations.get(line);
    if (list) list.push(a);
    else this.annotations.set(line, [a]);
  }

  /** Line items outside table cells (numbers in prose) and cover facts, tagged where their line is rendered. */
  collectTextAnnotations(): void {
    const inCells = new Set<number>();
    for (const t of this.doc.tables) for (const r of t.rows) for (const c of r.cells) for (const i of c.items) inCells.add(i);
    this.doc.items.forEach((it: LineItem, i) => {
      if (inCells.has(i)) return;
      this.addAnnotation(it.pos.line, { column: it.pos.column, length: it.raw.length, render: () => this.tagItem(i, it.raw) });
    });
    for (const f of this.facts) {
      if (f.numeric || f.value === null || f.value === '') continue;
      let found = 0;
      for (const pos of textFactPositions(this.doc, f)) {
        const line = this.doc.lines[pos.line - 1];
        if (line === undefined) continue;
        // A position may point at the punctuation before the text ("(AMEX: ..." cited at the parenthesis).
        const skip = /^[\s("'\[]{0,3}/.exec(line.slice(pos.column - 1))![0].length;
        if (this.annotateText(f, pos.line, pos.column - 1 + skip)) found++;
      }
      if (found === 0) this.searchProse(f);
    }
  }

  /** Tags text fact `f` if its value is printed at 0-based `column` of `lineNo` (as is, or as a date). */
  annotateText(f: Fact, lineNo: number, column: number): boolean {
    const value = f.value ?? '';
    const rest = (this.doc.lines[lineNo - 1] ?? '').slice(column);
    let length = 0;
    let format: string | undefined;
    if (rest.startsWith(value)) length = value.length;
    else if (/^\d{4}-\d{2}-\d{2}$/.test(value) && (length = printedDateLength(rest, value)) > 0) {
      format = 'ixt:date-monthname-day-year-en';
    }
    if (length === 0) return false;
    const text = rest.slice(0, length);
    this.addAnnotation(lineNo, {
      column: column + 1,
      length,
      render: () => {
        this.displayed.add(f);
        this.taggedCount++;
        return element('ix:nonNumeric', this.textAttrs(f, format), { text: displayText(text) });
      },
    });
    return true;
  }

  /**
   * A text fact the mapper gave no printed position (a period end date read from a column header): its first
   * printing in the prose, if any, shows it; otherwise it stays hidden (and reported).
   */
  searchProse(f: Fact): void {
    const value = f.value ?? '';
    const isDate = /^\d{4}-\d{2}-\d{2}$/.test(value);
    for (const b of this.doc.blocks) {
      if (b.kind !== 'paragraph') continue;
      for (let n = b.startLine; n <= b.endLine; n++) {
        const line = this.doc.lines[n - 1] ?? '';
        const starts = isDate ? [...line.matchAll(/[A-Za-z]{3,9}\.? \d/g)].map((m) => m.index!) : [line.indexOf(value)];
        for (const at of starts) {
          if (at >= 0 && (at === 0 || /\W/.test(line[at - 1])) && this.annotateText(f, n, at)) return;
        }
      }
    }
  }

  /** One source line with its annotations tagged; `from` is the 0-based first column rendered. */
  renderLine(lineNo: number, text: string, from = 0): string {
    const anns = (this.annotations.get(lineNo) ?? [])
      .filter((a) => a.column - 1 >= from && a.column - 1 + a.length <= from + text.length)
      .sort((a, b) => a.column - b.column);
    let out = '';
    let at = from;
    for (const a of anns) {
      const start = a.column - 1;
      if (start < at) continue; // overlaps the previous annotation: its facts end up hidden and reported
      out += escapeText(displayText(text.slice(at - from, start - from)));
      out += a.render();
      at = start + a.length;
    }
    return out + escapeText(displayText(text.slice(at - from)));
  }

  // ---- blocks ------------------------------------------------------------------------------------------------

  blockViews(): BlockView[] {
    const views: BlockView[] = [];
    for (const b of this.doc.blocks) {
      if (b.kind === 'table') {
        const t: Table | undefined = this.doc.tables[b.tableIndex];
        if (!t) throw new Error(`${this.doc.file}: block refers to table ${b.tableIndex}, which the document lacks`);
        views.push({ kind: 'table', ...buildTableView(this.doc, t, (i, raw) => this.tagItem(i, raw), this.safe) });
        continue;
      }
      views.push(...this.textBlockViews(b.kind, b.startLine, b.endLine));
    }
    return views;
  }

  textBlockViews(kind: 'paragraph' | 'preformatted', start: number, end: number): BlockView[] {
    const views: BlockView[] = [];
    let run: number[] = [];
    const flush = () => {
      views.push(...this.textRunViews(kind, run));
      run = [];
    };
    for (let n = start; n <= end; n++) {
      const line = this.doc.lines[n - 1] ?? '';
      // EDGAR plaintext markup is layout, not content: <PAGE> becomes a page rule, the table tags and the
      // dashed rules of fixed-width layout vanish (they carry no text).
      if (/^\s*<PAGE>\s*$/i.test(line)) {
        flush();
        views.push({ kind: 'pagebreak' });
      } else if (/^\s*(<\/?(TABLE|CAPTION|S|C|FN)>\s*)+$/i.test(line) || /^\s*[-_=]{3,}[-_=\s]*$/.test(line)) {
        flush();
      } else run.push(n);
    }
    flush();
    return views;
  }

  /** Lines laid out in columns (a gap of spaces inside the text), which only a preformatted block keeps. */
  columnar(kind: 'paragraph' | 'preformatted', lines: string[]): boolean {
    // Prose may put two spaces after a sentence; a reader-marked preformatted block aligns with two or more.
    const gap = kind === 'preformatted' ? /[^\s.!?] {2,}\S/ : /\S {3,}\S/;
    return lines.some((l) => gap.test(l.trim()));
  }

  /** A short first line above longer text ("Forward-Looking Statements" run into its paragraph) is a heading. */
  leadingHeading(lines: string[]): boolean {
    if (lines.length < 2) return false;
    const t = lines[0].trim();
    return (
      t.length > 0 &&
      t.length <= 70 &&
      !/[.,;!?]$/.test(t) &&
      /^[A-Z"]/.test(t) &&
      !/\S {2,}\S/.test(t) &&
      lines.slice(1).some((l) => l.trim().length > t.length * 1.3)
    );
  }

  textRunViews(kind: 'paragraph' | 'preformatted', lineNos: number[]): BlockView[] {
    lineNos = [...lineNos];
    while (lineNos.length && !this.doc.lines[lineNos[0] - 1]?.trim()) lineNos.shift();
    while (lineNos.length && !this.doc.lines[lineNos[lineNos.length - 1] - 1]?.trim()) lineNos.pop();
    if (!lineNos.length) return [];
    const views: BlockView[] = [];
    let lines = lineNos.map((n) => this.doc.lines[n - 1] ?? '');
    if (this.leadingHeading(lines)) {
      views.push({ kind: 'paragraph', cls: 'heading', html: this.safe(this.proseHtml(lineNos.slice(0, 1), lines.slice(0, 1))) });
      lineNos = lineNos.slice(1);
      lines = lines.slice(1);
    }
    const note = this.footnoteView(lineNos, lines);
    if (note) {
      views.push(note);
      return views;
    }
    if (this.columnar(kind, lines)) {
      // Prose lines leading into a laid-out list ("Mpower will host a call ..." above "Date:   Thursday") stay prose.
      const firstLaid = lines.findIndex((l) => this.columnar(kind, [l]));
      if (firstLaid > 0 && lines.slice(0, firstLaid).every((l) => l.trim() && l.length - l.trimStart().length === 0)) {
        views.push({ kind: 'paragraph', cls: 'text', html: this.safe(this.proseHtml(lineNos.slice(0, firstLaid), lines.slice(0, firstLaid))) });
        lineNos = lineNos.slice(firstLaid);
        lines = lines.slice(firstLaid);
      }
      const indents = lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length);
      const cut = indents.length ? Math.min(...indents) : 0;
      const html = lineNos.map((n, k) => this.renderLine(n, lines[k].trimEnd().slice(cut), cut)).join('\n');
      views.push({ kind: 'pre', cls: 'layout', html: this.safe(html) });
      return views;
    }
    const nonBlank = lines.filter((l) => l.trim());
    const centered = nonBlank.length <= 4 && nonBlank.every((l) => /^ {8,}\S/.test(l));
    const heading = !centered && nonBlank.length === 1 && nonBlank[0].trim().length <= 80 && !/[.,;]$/.test(nonBlank[0].trim());
    views.push({
      kind: 'paragraph',
      cls: centered ? 'title' : heading ? 'heading' : 'text',
      html: this.safe(this.proseHtml(lineNos, lines)),
    });
    return views;
  }

  /**
   * A footnote laid out with a hanging marker ("A    Total year 2004 guidance ..." with the following lines
   * aligned under the text): a paragraph with the marker set off, instead of a preformatted block.
   */
  footnoteView(lineNos: number[], lines: string[]): BlockView | null {
    const m = /^( *)(\(?[A-Za-z0-9]{1,2}\)|[A-Z]|\d{1,2}\.?|\*{1,3}|(?:Note|NOTE) \d{1,2}:?)( {2,})\S/.exec(lines[0]);
    if (!m) return null;
    const textCol = m[1].length + m[2].length + m[3].length;
    const aligned = lines.slice(1).every((l) => !l.trim() || (l.length - l.trimStart().length === textCol && !/\S {3,}\S/.test(l.trim())));
    if (!aligned || /\S {3,}\S/.test(lines[0].slice(textCol).trim())) return null;
    const first = this.renderLine(lineNos[0], lines[0].trimEnd().slice(textCol), textCol);
    const rest = lineNos.length > 1 ? '\n' + this.proseHtml(lineNos.slice(1), lines.slice(1)) : '';
    const mark = `<span class="mark">${escapeText(displayText(m[2]))}</span>`;
    return { kind: 'paragraph', cls: 'footnote', html: this.safe(mark + first + rest) };
  }

  /** Prose lines, each trimmed, joined by newlines (XHTML folds them into spaces). */
  proseHtml(lineNos: number[], lines: string[]): string {
    return lineNos
      .map((n, k) => {
        const l = lines[k].trimEnd();
        const lead = l.length - l.trimStart().length;
        return this.renderLine(n, l.slice(lead), lead);
      })
      .join('\n');
  }

  // ---- header ------------------------------------------------------------------------------------------------

  hiddenFact(f: Fact): string {
    if (f.numeric) {
      const attrs = this.numericAttrs(f);
      if (f.value === null) return element('ix:nonFraction', [...attrs, xattr(`${this.p.prefixOf(NS.xsi)}:nil`, 'true', NS.xsi)]);
      const v = new Decimal(canonicalNumber(f));
      if (v.isNegative()) attrs.push(xattr('sign', '-'));
      return element('ix:nonFraction', attrs, { text: canonicalNumber({ ...f, value: v.abs().toFixed() }) });
    }
    const attrs = this.textAttrs(f);
    if (f.value === null) return element('ix:nonNumeric', [...attrs, xattr(`${this.p.prefixOf(NS.xsi)}:nil`, 'true', NS.xsi)]);
    return element('ix:nonNumeric', attrs, { text: f.value });
  }

  header(hidden: Fact[]): string {
    const parts: string[] = ['<ix:header>'];
    if (hidden.length) parts.push(`<ix:hidden>\n${hidden.map((f) => this.hiddenFact(f)).join('\n')}\n</ix:hidden>`);
    parts.push(`<ix:references>${this.fs.schemaRefs.map((h) => serialize(schemaRefNode(this.p, h))).join('')}</ix:references>`);
    const resources = [
      ...sortedContexts(this.fs).map((c) => serialize(contextNode(this.p, c))),
      ...sortedUnits(this.fs).map((u) => serialize(unitNode(this.p, u))),
    ];
    parts.push(`<ix:resources>\n${resources.join('\n')}\n</ix:resources>`);
    parts.push('</ix:header>');
    return parts.join('\n');
  }

  /** The headline: the first centred title of the rendering, else the file name. */
  title(views: BlockView[]): string {
    for (const v of views) {
      if (v.kind === 'paragraph' && v.cls === 'title') {
        const text = String(v.html).replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();
        if (text) return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
      }
    }
    return basename(this.doc.file);
  }
}

/** Renders the release as an Inline XBRL 1.1 document and reports what could not be tagged. */
export function renderInline(doc: ReleaseDocument, factSet: FactSet, taxonomy: Taxonomy): InlineResult {
  if (factSet.schemaRefs.length === 0) {
    throw new Error('the fact set has no schemaRef (taxonomy entry point) for ix:references');
  }
  if (factSet.facts.some((f) => f.tuple || f.tupleParent !== undefined)) {
    throw new Error('the inline writer renders releases: tuples (read from another document) cannot be placed in it');
  }
  const tpl = loadTemplates();
  const w = new InlineWriter(doc, factSet, taxonomy, (html) => new tpl.hb.SafeString(html));
  for (const f of factSet.facts) {
    if (!factSet.contexts[f.contextRef]) {
      throw new Error(`fact ${f.id ?? clark(f.concept)} refers to context "${f.contextRef}", which the fact set lacks`);
    }
    if (f.unitRef && !factSet.units[f.unitRef]) {
      throw new Error(`fact ${f.id ?? clark(f.concept)} refers to unit "${f.unitRef}", which the fact set lacks`);
    }
  }
  if (factSet.footnotes?.length) {
    w.warn('write.inline.footnotesNotWritten', 'warning', `${factSet.footnotes.length} footnote(s) of the fact set are not written to the inline document`);
  }
  const blocks = w.blockViews();
  // Numbers the rendering never reached (a line outside every block): their facts go hidden, the rest is listed.
  doc.items.forEach((it, i) => {
    if (w.renderedItems.has(i)) return;
    if (!(w.byItem.get(i)?.length) && it.value !== null) w.untagged.push({ itemIndex: i, raw: it.raw, pos: it.pos });
  });
  for (const u of w.untagged) {
    const it = doc.items[u.itemIndex];
    w.warn(
      'write.inline.untaggedNumber',
      'warning',
      `"${u.raw}" (${it.table ? `${it.table}, ` : ''}${it.row || 'prose'}${it.column ? `, ${it.column}` : ''}) has no fact; rendered untagged`,
      u.pos,
    );
  }
  const hidden = w.facts.filter((f) => !w.displayed.has(f));
  for (const f of hidden) {
    w.warn(
      'write.inline.hiddenFact',
      f.numeric ? 'warning' : 'info',
      `${w.p.qname(f.concept)} = ${f.value ?? 'nil'} (context ${f.contextRef}) is not shown by any printed text; written in ix:hidden`,
      f.sources?.[0],
      f,
    );
  }
  const header = w.header(hidden);
  const declarations = [
    ` xmlns="${NS.xhtml}"`,
    ...w.p
      .declarations()
      .filter(([prefix]) => prefix !== 'xhtml')
      .map(([prefix, ns]) => ` xmlns:${prefix}="${escapeAttr(ns)}"`),
  ].join('');
  const xhtml = tpl.page({
    declarations: w.safe(declarations),
    lang: LANG,
    title: displayText(w.title(blocks)),
    // Verbatim (not entity-escaped), so the page also styles correctly when parsed as HTML; templates.ts has
    // checked that the CSS holds no "<" or "&", the only characters XML text cannot carry as is.
    css: w.safe(tpl.css),
    header: w.safe(header),
    blocks,
  });
  return { xhtml, messages: w.messages, untagged: w.untagged, hidden, taggedCount: w.taggedCount };
}

/** The Inline XBRL document text; see renderInline for the report of untagged numbers and hidden facts. */
export function writeInline(doc: ReleaseDocument, factSet: FactSet, taxonomy: Taxonomy): string {
  return renderInline(doc, factSet, taxonomy).xhtml;
}
