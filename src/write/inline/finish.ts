// What both inline renderings (the plaintext release's, and an HTML release's own page) do last: the root
// element's namespace declarations, and the ix:header with every fact no printed text shows (reported) plus the
// printed numbers that got no fact (reported). Its own module so ./html need not import the index that calls it.
import { NS, type Fact } from '../../model/fact.js';
import type { InlineWriter } from './writer.js';
import { escapeAttr } from './xml.js';

/** The xmlns declarations of the root element: XHTML as the default namespace, then every prefix in use. */
export function rootDeclarations(w: InlineWriter): string {
  return [
    ` xmlns="${NS.xhtml}"`,
    ...w.p
      .declarations()
      .filter(([prefix]) => prefix !== 'xhtml')
      .map(([prefix, ns]) => ` xmlns:${prefix}="${escapeAttr(ns)}"`),
  ].join('');
}

/**
 * After the rendering: numbers it never reached are listed untagged (when they have no fact) and every fact not
 * shown goes to ix:hidden, each reported; returns the ix:header.
 */
export function finishInline(w: InlineWriter): { header: string; hidden: Fact[] } {
  const doc = w.doc;
  if (w.fs.footnotes?.length) {
    w.warn('write.footnotes-not-written', 'warning', `${w.fs.footnotes.length} footnote(s) of the fact set are not written to the inline document`);
  }
  doc.items.forEach((it, i) => {
    if (w.renderedItems.has(i)) return;
    if (!w.byItem.get(i)?.length && it.value !== null) w.untagged.push({ itemIndex: i, raw: it.raw, pos: it.pos });
  });
  for (const u of w.untagged) {
    const it = doc.items[u.itemIndex];
    w.warn(
      'write.untagged-number',
      'warning',
      `"${u.raw}" (${it.table ? `${it.table}, ` : ''}${it.row || 'prose'}${it.column ? `, ${it.column}` : ''}) has no fact; rendered untagged`,
      u.pos,
    );
  }
  const hidden = w.facts.filter((f) => !w.displayed.has(f));
  for (const f of hidden) {
    w.warn(
      'write.hidden-fact',
      f.numeric ? 'warning' : 'info',
      `${w.p.qname(f.concept)} = ${f.value ?? 'nil'} (context ${f.contextRef}) is not shown by any printed text; written in ix:hidden`,
      f.sources?.[0],
      f,
    );
  }
  return { header: w.header(hidden), hidden };
}
