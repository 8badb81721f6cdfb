// A layout <table> may set small bordered boxes beside its prose: Goldman Sachs prints "2021 Investment Banking"
// over "$14.88 billion", then "Financial advisory | $5.65 billion" and "Underwriting | $8.52 billion", in the right
// columns of a table whose left column is the paragraph about them; "4Q21 Investment Banking" heads the next box
// further down. Each box is a table of its own: its heading (the one cell spanning its columns under a top border)
// heads its figures, so each box takes its period and its segment from its own heading, not from the first box.
import type { Grid, GridCell } from './grid.js';
import { hasBorder } from './style.js';
import { rowValues, type NoteMarks } from './values.js';

export interface BoxSplit {
  /** The grid without the boxes' cells (prose, headings beside them). */
  rest: Grid;
  /** Each box as a grid of its own, columns counted from the box's left edge. */
  boxes: Grid[];
}

/** A heading: text with words, printing no figure (a year or quarter may stand in it: "4Q21 Investment Banking"). */
function isHeading(c: GridCell, marks: NoteMarks): boolean {
  if (!c.ruleAbove || c.colEnd === c.col || !/[A-Za-z]{3}/.test(c.text.text)) return false;
  return rowValues([c], marks).every((p) => p.yearLike);
}

/**
 * The bordered boxes of a grid, when its own figures all stand in them: a heading cell spanning two or more columns
 * under a top border (with the bordered cells beside it in its row, the box's edge), then the rows whose cells stay
 * within those columns, down to the first row printing nothing there or the next heading. Outside the boxes the
 * rows below a heading print no text of their own (a paragraph beside the box started in the heading's row or
 * above) and the grid prints no figure; otherwise the grid is a table, not a page of boxes (null).
 */
export function splitBoxes(grid: Grid, marks: NoteMarks): BoxSplit | null {
  const taken = new Set<GridCell>();
  const boxes: Grid[] = [];
  for (let r = 0; r < grid.rows.length; r++) {
    const head = grid.rows[r].find((c) => !taken.has(c) && isHeading(c, marks));
    if (!head) continue;
    let a = head.col;
    let b = head.colEnd;
    const row = grid.rows[r];
    for (let k = row.indexOf(head) - 1; k >= 0 && row[k].colEnd === a - 1 && row[k].ruleAbove && !row[k].text.text; k--) a = row[k].col;
    for (let k = row.indexOf(head) + 1; k < row.length && row[k].col === b + 1 && row[k].ruleAbove && !row[k].text.text; k++) b = row[k].colEnd;
    const inside = (c: GridCell) => c.col >= a && c.colEnd <= b;
    const overlaps = (c: GridCell) => c.col <= b && c.colEnd >= a;
    const rows: GridCell[][] = [row.filter(inside)];
    if (row.some((c) => overlaps(c) && !inside(c))) continue;
    let i = r + 1;
    for (; i < grid.rows.length; i++) {
      const cells = grid.rows[i];
      const mine = cells.filter(overlaps);
      if (mine.some((c) => !inside(c)) || mine.some((c) => isHeading(c, marks))) break;
      // A row printing nothing in the box ends it, unless it stands within the box's left edge (a spacer row).
      if (!mine.some((c) => c.text.text) && !(mine[0]?.col === a && hasBorder(mine[0].el, 'left'))) break;
      // Below the heading nothing outside the box starts a text of its own on the box's rows.
      if (cells.some((c) => !overlaps(c) && c.text.text)) break;
      rows.push(mine);
    }
    if (rows.length < 2 || !rows.slice(1).some((cells) => rowValues(cells, marks).some((p) => !p.yearLike))) continue;
    // A box is beside something: the grid prints text outside it.
    if (!grid.rows.some((cells) => cells.some((c) => !overlaps(c) && c.text.text))) continue;
    for (const cells of rows) for (const c of cells) taken.add(c);
    boxes.push({
      rows: rows.map((cells, k) =>
        cells.map((c) => ({ ...c, row: k, rowEnd: Math.min(k + c.rowEnd - c.row, rows.length - 1), col: c.col - a, colEnd: c.colEnd - a })),
      ),
      width: b - a + 1,
      caption: '',
      headed: true,
    });
    r = i - 1;
  }
  if (!boxes.length) return null;
  const rest: Grid = { rows: grid.rows.map((cells) => cells.filter((c) => !taken.has(c))), width: grid.width, caption: grid.caption };
  // The grid's figures are all in its boxes (a table of figures with a bordered header is not a page of boxes).
  if (rest.rows.some((cells) => rowValues(cells, marks).some((p) => !p.yearLike && p.core.text.text.split(/\s+/).length < 6))) return null;
  return { rest, boxes };
}
