// Cover facts of an HTML release (registrant, ticker, release date from the dateline) read by the plaintext
// cover reader over the document's text lines, then positioned in the raw file.
import type { CoverInfo } from '../../model/document.js';
import type { SourcePos } from '../../model/source.js';
import { readCover } from '../cover.js';
import type { LineInfo } from '../lines.js';
import type { HtmlSource } from './source.js';
import type { LocatedText } from './text.js';

const COVER_LINES = 400;

export function readHtmlCover(src: HtmlSource, textLines: LocatedText[], file: string): CoverInfo {
  const lines = textLines.slice(0, COVER_LINES);
  const infos = lines.map((l, i): LineInfo => ({
    n: i + 1,
    text: l.text,
    kind: 'text',
    split: { label: l.text, labelStart: 0, cells: [] },
    furniture: false,
    headerish: false,
    indent: 0,
  }));
  const cover = readCover(infos, file);
  const place = (p: SourcePos | undefined): SourcePos | undefined => {
    if (!p) return p;
    const l = lines[p.line - 1];
    const off = l?.offsets[p.column - 1] ?? l?.offsets[0];
    if (off === undefined || off < 0) return p;
    return { file, ...src.pos(off) };
  };
  for (const entry of Object.values(cover)) if (entry?.pos) entry.pos = place(entry.pos)!;
  return cover;
}
