// The raw HTML file as the reader positions things in it: its lines (as the model's `lines`) and a map from a
// string offset to the 1-based line and column. parse5 reports offsets into the string it was given, CR LF
// counted as two characters, so lines are split on CR LF, CR and LF alike.
export class HtmlSource {
  readonly lines: string[];
  private readonly lineStarts: number[];

  constructor(readonly text: string) {
    this.lineStarts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.lineStarts.push(i + 1);
    }
    this.lines = text.split(/\r\n?|\n/);
    if (this.lines.length > 1 && this.lines[this.lines.length - 1] === '') this.lines.pop();
  }

  /** 1-based line and column of a string offset. */
  pos(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.lineStarts[lo] + 1 };
  }
}
