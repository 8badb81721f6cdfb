// Text facts (the cover: registrant name, release date, period end) tagged as ix:nonNumeric where the HTML
// release prints them: at the positions the mapper cites, else at the first printing of the value (a period end
// date read from a column header, printed as "March 31, 2022" in a sentence). Only an exact printing is tagged
// (the text read back must be the fact's value, or its date through the TR4 date transform); the rest is hidden.
import type { ReleaseDocument } from '../../../model/document.js';
import type { Fact } from '../../../model/fact.js';
import { printedDateLength, textFactPositions } from '../locate.js';
import type { InlineWriter } from '../writer.js';
import { element } from '../xml.js';
import type { LocatedNode, RegionIndex } from './tags.js';

const DATE_FORMAT = 'ixt:date-monthname-day-year-en';

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

function nodeAt(nodes: LocatedNode[], offset: number): LocatedNode | undefined {
  let lo = 0;
  let hi = nodes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const n = nodes[mid];
    if (offset < n.start) hi = mid - 1;
    else if (offset >= n.end) lo = mid + 1;
    else return n;
  }
  return undefined;
}

export function placeTextFacts(w: InlineWriter, doc: ReleaseDocument, index: RegionIndex, raw: string): void {
  const facts = w.facts.filter((f) => !f.numeric && f.value !== null && f.value !== '');
  if (!facts.length) return;
  const starts = lineStarts(raw);
  for (const f of facts) {
    let placed = false;
    for (const pos of textFactPositions(doc, f)) {
      const offset = (starts[pos.line - 1] ?? NaN) + pos.column - 1;
      const n = nodeAt(index.nodes, offset);
      if (!n) continue;
      const offs = index.offsets(n);
      let j = offs.findIndex((o) => o >= offset);
      if (j < 0) continue;
      // A position may point at the punctuation before the text ("(NYSE: CAT" cited at the parenthesis).
      j += /^[\s\u00a0("'[]{0,3}/.exec(n.node.value.slice(j))![0].length;
      if (tagAt(w, index, n, j, f)) {
        placed = true;
        break;
      }
    }
    if (placed) continue;
    // No cited position prints it: its first printing anywhere.
    const value = f.value!;
    const isDate = /^\d{4}-\d{2}-\d{2}$/.test(value);
    for (const n of index.nodes) {
      const text = n.node.value;
      const candidates = isDate ? [...text.matchAll(/[A-Za-z]{3,9}\.? \d/g)].map((m) => m.index!) : [text.indexOf(value)];
      if (candidates.some((at) => at >= 0 && (at === 0 || /\W/.test(text[at - 1])) && tagAt(w, index, n, at, f))) break;
    }
  }
}

/** Tags text fact `f` at value index `j` of node `n` if it is printed there (as is, or as a date). */
function tagAt(w: InlineWriter, index: RegionIndex, n: LocatedNode, j: number, f: Fact): boolean {
  const value = f.value ?? '';
  const rest = n.node.value.slice(j);
  let length = 0;
  let format: string | undefined;
  if (rest.startsWith(value)) length = value.length;
  else if (/^\d{4}-\d{2}-\d{2}$/.test(value) && (length = printedDateLength(rest, value)) > 0) format = DATE_FORMAT;
  if (length === 0) return false;
  return index.add(n.node, {
    from: j,
    to: j + length,
    render: (printed) => {
      w.displayed.add(f);
      w.taggedCount++;
      return element('ix:nonNumeric', w.textAttrs(f, format), { text: printed });
    },
  });
}
