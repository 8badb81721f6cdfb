// The release as ordered blocks for rendering: tables, prose paragraphs, and preformatted lines (contact blocks,
// page furniture, headings) kept verbatim so nothing of the source disappears from the rendering.
import type { Block, Table } from '../model/document.js';
import type { LineInfo } from './lines.js';

function isProse(group: LineInfo[]): boolean {
  // Prose: lines starting at the margin, mostly full of words, without wide internal gaps.
  const long = group.filter((l) => l.text.trim().length >= 45 && !/\S {3,}\S/.test(l.text.trim()));
  return long.length >= Math.ceil(group.length / 2) && group.every((l) => l.indent <= 8);
}

export function buildBlocks(lines: LineInfo[], tables: Table[]): Block[] {
  const blocks: Block[] = [];
  // Tables printed side by side share their lines: each gets its block, in order.
  const tableAt = new Map<number, Table[]>();
  for (const t of tables) tableAt.set(t.startLine, [...(tableAt.get(t.startLine) ?? []), t]);
  let group: LineInfo[] = [];
  const flush = () => {
    if (!group.length) return;
    const content = group.filter((l) => l.kind !== 'markup');
    if (content.length) {
      const startLine = group[0].n;
      const endLine = group[group.length - 1].n;
      if (isProse(content)) {
        blocks.push({ kind: 'paragraph', text: content.map((l) => l.text.trim()).join(' '), startLine, endLine });
      } else {
        blocks.push({ kind: 'preformatted', text: content.map((l) => l.text.trimEnd()).join('\n'), startLine, endLine });
      }
    }
    group = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const at = tableAt.get(l.n);
    if (at) {
      flush();
      let end = 0;
      for (const t of at) {
        blocks.push({ kind: 'table', tableIndex: t.index, startLine: t.startLine, endLine: t.endLine });
        end = Math.max(end, t.endLine);
      }
      // A table beside another starting a line or two lower still gets its block.
      for (let n = l.n + 1; n <= end; n++) {
        for (const t of tableAt.get(n) ?? []) {
          blocks.push({ kind: 'table', tableIndex: t.index, startLine: t.startLine, endLine: t.endLine });
          end = Math.max(end, t.endLine);
        }
      }
      i = end - 1;
      continue;
    }
    if (l.kind === 'blank') {
      flush();
      continue;
    }
    group.push(l);
  }
  flush();
  return blocks;
}
