// Inline XBRL 1.1 writer: the whole release as one XHTML document, every printed number of a fact tagged where
// it is printed (a fact printed twice is tagged twice), cover facts tagged in the prose, the rest in ix:hidden.
// Page structure comes from the handlebars templates in templates/inline; every ix element and every piece of
// release text is serialised by ./xml.ts and handed to the templates as SafeStrings.
import type { ReleaseDocument } from '../../model/document.js';
import { clark, type FactSet } from '../../model/fact.js';
import type { Taxonomy } from '../../model/taxonomy.js';
import { loadTemplates } from './templates.js';
import { WriteError, factError } from '../instance/errors.js';
import { InlineWriter, LANG, type InlineResult } from './writer.js';
import { displayText } from './xml.js';
import { renderHtmlInline } from './html/index.js';
import { finishInline, rootDeclarations } from './finish.js';

export type { InlineResult, UntaggedNumber } from './writer.js';
export { WriteError } from '../instance/errors.js';

/**
 * Renders the release as an Inline XBRL 1.1 document and reports what could not be tagged. An HTML release
 * (document.format 'html') is the company's own document with its numbers tagged in place (./html); `source` is
 * its raw text (the one the reader's offsets point into), rebuilt from document.lines when not given.
 */
export function renderInline(doc: ReleaseDocument, factSet: FactSet, taxonomy: Taxonomy, options: { source?: string } = {}): InlineResult {
  checkWritable(factSet, taxonomy);
  if (doc.format === 'html') return renderHtmlInline(doc, factSet, taxonomy, options.source);
  const tpl = loadTemplates();
  const w = new InlineWriter(doc, factSet, taxonomy, (html) => new tpl.hb.SafeString(html));
  const blocks = w.blockViews();
  const { header, hidden } = finishInline(w);
  const xhtml = tpl.page({
    declarations: w.safe(rootDeclarations(w)),
    lang: LANG,
    title: displayText(w.title(blocks)),
    // Verbatim (not entity-escaped), so the page also styles correctly when parsed as HTML; templates.ts has
    // checked that the CSS holds no "<" or "&", the only characters XML text cannot carry as is.
    css: w.safe(tpl.css),
    header: w.safe(header),
    blocks,
  });
  return { xhtml, messages: w.messages, untagged: w.untagged, hidden, taggedCount: w.taggedCount };
}

/** What makes a fact set unwritable as Inline XBRL (thrown): no schemaRef, tuples, dangling references. */
export function checkWritable(factSet: FactSet, taxonomy: Taxonomy): void {
  if (factSet.schemaRefs.length === 0) {
    throw new WriteError('the fact set has no schemaRef (taxonomy entry point) for ix:references');
  }
  if (factSet.facts.some((f) => f.tuple || f.tupleParent !== undefined)) {
    throw new WriteError('the inline writer renders releases: tuples (read from another document) cannot be placed in it');
  }
  for (const f of factSet.facts) {
    if (!factSet.contexts[f.contextRef]) {
      throw factError(f, `refers to context "${f.contextRef}", which the fact set lacks`);
    }
    if (f.unitRef && !factSet.units[f.unitRef]) {
      throw factError(f, `refers to unit "${f.unitRef}", which the fact set lacks`);
    }
    // ix:nonFraction for numeric concepts, ix:nonNumeric for the others: a mismatch would be an invalid document.
    const concept = taxonomy.concepts.get(clark(f.concept));
    if (concept && concept.numeric !== f.numeric) {
      throw factError(f, `is ${f.numeric ? '' : 'non-'}numeric but its concept ${clark(f.concept)} is ${concept.numeric ? '' : 'non-'}numeric`);
    }
  }
}

/** The Inline XBRL document text; see renderInline for the report of untagged numbers and hidden facts. */
export function writeInline(doc: ReleaseDocument, factSet: FactSet, taxonomy: Taxonomy, options: { source?: string } = {}): string {
  return renderInline(doc, factSet, taxonomy, options).xhtml;
}
