// One HTML <table> may print several tables: Caterpillar's retail statistics repeat the column-header row over
// each box (one table, the box's stub naming its rows' section), then a caption row introduces a box of its own
// (a second table). A header block that differs from the current one, or follows a caption, starts a new table.
import type { RowAnalysis, RowInfo } from './rowkinds.js';

export interface Segment {
  /** Caption and label rows above the column headers, inside the table (title matter). */
  titleRows: RowInfo[];
  headerRows: RowInfo[];
  /** Data, label, empty and repeated-header rows, in order. */
  bodyRows: RowInfo[];
}

const headerKey = (rows: RowInfo[]) => rows.map((r) => r.headCells.map((c) => `${c.col}:${c.text.text}`).join('|')).join('/');

export function segmentRows(a: RowAnalysis): Segment[] {
  const rows = a.rows;
  const first = rows.findIndex((r) => r.kind === 'data');
  if (first < 0) return [];
  let headStart = rows.findIndex((r, i) => i < first && r.kind === 'header');
  if (headStart < 0) headStart = first;
  let headEnd = headStart;
  for (let i = headStart; i < first; i++) if (rows[i].kind === 'header') headEnd = i + 1;
  let cur: Segment = {
    titleRows: rows.slice(0, headStart).filter((r) => r.kind === 'caption' || r.kind === 'label'),
    headerRows: rows.slice(headStart, headEnd).filter((r) => r.kind === 'header'),
    bodyRows: rows.slice(headEnd, first),
  };
  const out: Segment[] = [cur];
  for (let i = first; i < rows.length; i++) {
    const r = rows[i];
    if (r.kind !== 'header') {
      cur.bodyRows.push(r);
      continue;
    }
    const block: RowInfo[] = [];
    let j = i;
    for (; j < rows.length && (rows[j].kind === 'header' || rows[j].kind === 'empty'); j++) if (rows[j].kind === 'header') block.push(rows[j]);
    // The caption right above the new header block (empty rows between) is the new table's title.
    let k = cur.bodyRows.length - 1;
    while (k >= 0 && cur.bodyRows[k].kind === 'empty') k--;
    const caption = k >= 0 && cur.bodyRows[k].kind === 'caption' ? cur.bodyRows[k] : null;
    if (caption || headerKey(block) !== headerKey(cur.headerRows)) {
      if (caption) cur.bodyRows.splice(k);
      cur = { titleRows: caption ? [caption] : [], headerRows: block, bodyRows: [] };
      out.push(cur);
    } else {
      cur.bodyRows.push(...block);
    }
    i = j - 1;
  }
  return out.filter((s) => s.bodyRows.some((r) => r.kind === 'data'));
}
