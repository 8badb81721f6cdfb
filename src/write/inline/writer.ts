// The inline writer's working state: which facts each printed number carries, document-unique ids for every
// printing, the tags for numbers (ix:nonFraction) and text facts (ix:nonNumeric) where they are printed, and
// the ix:header (ix:hidden for what no print shows, references, resources).
import { basename } from 'node:path';
import { Decimal } from '../../model/decimal.js';
import type { LineItem, ProseItem, ReleaseDocument, Table } from '../../model/document.js';
import { NS, type Fact, type FactSet } from '../../model/fact.js';
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
import { buildTableView } from './table.js';
import { ProseViews, type BlockView } from './prose.js';
import { displayText, element, escapeText, serialize } from './xml.js';

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
export const LANG = 'en';

/** Text with annotations (tags) at given columns of one source line. */
interface Annotation {
  column: number;
  length: number;
  render: () => string;
}

export class InlineWriter {
  readonly p: Prefixes;
  readonly facts: Fact[];
  readonly byItem: Map<number, Fact[]>;
  readonly baseIds = new Map<Fact, string>();
  readonly usedIds = new Set<string>();
  /** Ids the facts themselves own, kept free for their own first printing. */
  readonly reservedIds = new Set<string>();
  readonly firstPrinted = new Set<Fact>();
  readonly displayed = new Set<Fact>();
  readonly renderedItems = new Set<number>();
  readonly annotations = new Map<number, Annotation[]>();
  readonly messages: Message[] = [];
  readonly untagged: UntaggedNumber[] = [];
  taggedCount = 0;
  readonly prose: ProseViews;

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
    this.facts.forEach((f, i) => {
      const id = f.id ? checkId(f.id, 'fact') : `fact-${i + 1}`;
      this.baseIds.set(f, id);
      this.reservedIds.add(id);
    });
    this.byItem = factsByItem(doc, this.facts);
    this.collectTextAnnotations();
    this.prose = new ProseViews(doc.lines, (n, text, from) => this.renderLine(n, text, from), safe);
  }

  /**
   * A document-unique id for the next printing of `f`: its own id for the first (so the inline fact and the
   * instance fact share it), then id-2, id-3... avoiding every id another fact, context or unit owns.
   */
  nextId(f: Fact): string {
    const base = this.baseIds.get(f)!;
    let id = base;
    if (this.usedIds.has(id) || this.firstPrinted.has(f)) {
      for (let n = 2; this.usedIds.has(id) || this.reservedIds.has(id); n++) id = `${base}-${n}`;
    }
    this.firstPrinted.add(f);
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
    return this.tagPrinted(raw, facts, item.unit === 'percent' ? item.scale - 2 : item.scale, item.pos);
  }

  /** A number printed in a sentence (ReleaseDocument.proseItems), with the facts made from it. */
  tagProse(pi: ProseItem, facts: Fact[]): string {
    if (!facts.length) return escapeText(displayText(pi.raw));
    return this.tagPrinted(pi.raw, facts, pi.unit === 'percent' ? pi.scale - 2 : pi.scale, pi.pos);
  }

  tagPrinted(raw: string, facts: Fact[], preferred: number, pos: SourcePos): string {
    const plain = escapeText(displayText(raw));
    const item = { pos };
    const printed = splitPrinted(raw);
    if (!printed) {
      this.warn('write.unreadable-print', 'warning', `"${raw}" cannot be tagged as a number`, item.pos);
      return plain;
    }
    const tags: { f: Fact; scale: number; value: Decimal }[] = [];
    for (const f of facts) {
      if (f.value === null) continue;
      const value = new Decimal(canonicalNumber(f));
      const scale = scaleFor(printed.magnitude, value, preferred);
      if (scale === null) {
        this.warn(
          'write.print-mismatch',
          'warning',
          `"${raw}" does not print the value ${f.value} of ${this.p.qname(f.concept)}; not tagged there`,
          item.pos,
          f,
        );
        continue;
      }
      // Nested ix:nonFraction elements must share format, scale and unit (ix11.10.1.1).
      if (tags.length && (tags[0].scale !== scale || tags[0].f.unitRef !== f.unitRef)) continue;
      tags.push({ f, scale, value });
    }
    if (tags.length === 0) return plain;
    let inner = escapeText(printed.core);
    for (const { f, scale, value } of [...tags].reverse()) {
      const negative = value.isNegative();
      // The value a processor reads back must be the fact's value exactly.
      const back = inlineValue(printed.core, printed.format, scale, negative);
      if (!back.eq(value)) throw new Error(`internal: tag for ${f.value} reads back ${back}`);
      inner = element('ix:nonFraction', this.numericAttrs(f, { scale, format: printed.format, negative }), {
        innerXml: inner,
      });
      this.displayed.add(f);
      this.taggedCount++;
    }
    return escapeText(displayText(printed.before)) + inner + escapeText(displayText(printed.after));
  }

  numericAttrs(f: Fact, t?: { scale: number; format: string; negative: boolean }): XAttr[] {
    const a: XAttr[] = [xattr('id', this.nextId(f)), xattr('name', this.p.qname(f.concept)), xattr('contextRef', f.contextRef)];
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
    const a: XAttr[] = [xattr('id', this.nextId(f)), xattr('name', this.p.qname(f.concept)), xattr('contextRef', f.contextRef)];
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
    // Numbers in the sentences are facts too: tagged with the facts whose sources name their position.
    const byPos = new Map<string, Fact[]>();
    for (const f of this.facts) {
      if (!f.numeric) continue;
      for (const s of f.sources ?? []) byPos.set(`${s.line}:${s.column}`, [...(byPos.get(`${s.line}:${s.column}`) ?? []), f]);
    }
    for (const pi of this.doc.proseItems ?? []) {
      const facts = byPos.get(`${pi.pos.line}:${pi.pos.column}`) ?? [];
      if (!facts.length) continue;
      this.addAnnotation(pi.pos.line, { column: pi.pos.column, length: pi.raw.length, render: () => this.tagProse(pi, facts) });
    }
    for (const f of this.facts) {
      if (f.numeric || f.value === null || f.value === '') continue;
      let found = 0;
      for (const pos of textFactPositions(this.doc, f)) {
        const line = this.doc.lines[pos.line - 1];
        if (line === undefined) continue;
        // A position may point at the punctuation before the text ("(AMEX: ..." cited at the parenthesis).
        const skip = /^[\s("'[]{0,3}/.exec(line.slice(pos.column - 1))![0].length;
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
      // An HTML release's raw lines are markup (a Workiva file is one line): its paragraphs render their text.
      if (this.doc.format === 'html' && b.kind === 'paragraph') {
        views.push({ kind: 'paragraph', cls: 'text', html: this.safe(escapeText(b.text)) });
        continue;
      }
      views.push(...this.prose.textBlockViews(b.kind, b.startLine, b.endLine));
    }
    return views;
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
        const text = String(v.html)
          .replace(/<[^>]*>/g, '')
          .replace(/\s+/g, ' ')
          .trim();
        if (text) return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
      }
    }
    return basename(this.doc.file);
  }
}
