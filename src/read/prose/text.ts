// A paragraph block as one string with the source position of every character, and its sentences.
// Lines are joined with one space (a token split over a line break, "$3.2" / "million", reads as one).

export interface ParagraphText {
  text: string;
  /** For each character of text: 1-based line and 0-based column in the source ([-1, -1] for a joining space). */
  at: [number, number][];
}

export interface Sentence {
  /** Offset of the sentence in the paragraph text. */
  start: number;
  text: string;
}

export function paragraphText(lines: string[], startLine: number, endLine: number): ParagraphText {
  let text = '';
  const at: [number, number][] = [];
  for (let n = startLine; n <= endLine; n++) {
    const line = (lines[n - 1] ?? '').trimEnd();
    const lead = line.length - line.trimStart().length;
    // Blank lines and EDGAR markup (<TABLE>, </TABLE>, <PAGE>) are not text.
    if (!line.trim() || /^\s*(?:<\/?[A-Za-z]+>\s*)+$/.test(line)) continue;
    if (text) {
      text += ' ';
      at.push([-1, -1]);
    }
    for (let c = lead; c < line.length; c++) {
      text += line[c];
      at.push([n, c]);
    }
  }
  return { text, at };
}

/** Words after which a period does not end a sentence. */
const ABBREVIATION = /\b(?:Corp|Inc|Co|Ltd|Mr|Mrs|Ms|Dr|No|Nos|St|U\.S|Jr|Sr|vs|approx|e\.g|i\.e|[A-Z])\.$/;

/** Sentences: split after . ! ? (a closing quote kept with its sentence) when a capital letter or quote follows. */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const re = /[.!?]["')\u201d]?(?=\s+["\u201c(]?[A-Z0-9$])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    const head = text.slice(start, m.index + 1);
    if (ABBREVIATION.test(head.trimEnd())) continue;
    out.push({ start, text: text.slice(start, end) });
    start = end;
    while (start < text.length && /\s/.test(text[start])) start++;
  }
  if (start < text.length) out.push({ start, text: text.slice(start) });
  return out;
}
