// Prose and preformatted blocks of the release as the templates lay them out: paragraphs (titles, headings,
// run-in headings split off, footnotes with hanging markers), layout blocks kept preformatted, EDGAR markup
// and dashed rules dropped, <PAGE> as a page rule. Text goes through `renderLine`, which tags what is printed
// on a line, so numbers and cover facts in prose are tagged where they stand.
import type { TableView } from './table.js';
import { displayText, escapeText } from './xml.js';

export type BlockView =
  { kind: 'paragraph'; cls: string; html: unknown } | { kind: 'pre'; cls: string; html: unknown } | { kind: 'pagebreak' } | ({ kind: 'table' } & TableView);

/** Renders source line `lineNo`, whose text from 0-based column `from` is `text`, as XHTML with its tags. */
export type LineRenderer = (lineNo: number, text: string, from: number) => string;

export class ProseViews {
  constructor(
    readonly lines: string[],
    readonly renderLine: LineRenderer,
    readonly safe: (html: string) => unknown,
  ) {}

  textBlockViews(kind: 'paragraph' | 'preformatted', start: number, end: number): BlockView[] {
    const views: BlockView[] = [];
    let run: number[] = [];
    const flush = () => {
      views.push(...this.textRunViews(kind, run));
      run = [];
    };
    for (let n = start; n <= end; n++) {
      const line = this.lines[n - 1] ?? '';
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
    while (lineNos.length && !this.lines[lineNos[0] - 1]?.trim()) lineNos.shift();
    while (lineNos.length && !this.lines[lineNos[lineNos.length - 1] - 1]?.trim()) lineNos.pop();
    if (!lineNos.length) return [];
    const views: BlockView[] = [];
    let lines = lineNos.map((n) => this.lines[n - 1] ?? '');
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
}
