// Loading a document for `ixport view`, through the one loader (src/pipeline/load.ts) every command uses:
//   release (text or HTML)   read + mapped as convert does, checked, rendered as Inline XBRL in memory
//   inline (.htm/.xhtml)     read back, checked with its DTS when it is ixport's; the document itself is shown
//   instance, xBRL-JSON      read back and checked; a generated fact table stands in for a rendering
import { documentTaxonomy } from '../check/document.js';
import { checkFactSet } from '../check/index.js';
import { loadDocument, loadSource, loadFacts } from '../pipeline/load.js';
import { renderInline } from '../write/inline/index.js';
import type { Taxonomy } from '../model/taxonomy.js';
import type { OlderFiling, ViewInput } from './build.js';

export async function loadForView(file: string, options: { cik?: string } = {}): Promise<ViewInput> {
  const src = await loadSource(file);
  const loaded = loadFacts(src, { cik: options.cik });
  if (loaded.release) {
    const { document, mapped } = loaded.release;
    const findings = checkFactSet(mapped.factSet, mapped.taxonomy);
    const inline = renderInline(document, mapped.factSet, mapped.taxonomy);
    return {
      file,
      kind: 'release',
      factSet: mapped.factSet,
      taxonomy: mapped.taxonomy,
      findings,
      // Untagged numbers are marked in the page itself; their per-number warnings would only repeat it.
      readMessages: [...loaded.messages, ...inline.messages.filter((m) => m.ruleId !== 'write.untagged-number')],
      inline: { text: inline.xhtml, file: `${file}.xhtml`, match: 'id' },
    };
  }
  const { taxonomy, note } = documentTaxonomy(loaded.factSet, file);
  const findings = checkFactSet(loaded.factSet, taxonomy, { noTaxonomyReason: note });
  const kind = src.kind === 'inline' ? 'inline' : src.kind === 'json' ? 'json' : 'instance';
  return {
    file,
    kind,
    factSet: loaded.factSet,
    taxonomy,
    taxonomyNote: note,
    findings,
    readMessages: loaded.messages,
    inline: kind === 'inline' ? { text: src.text, file, match: 'position' } : undefined,
  };
}

/** The older filing of `--diff`: its facts only, loaded as `ixport diff` loads a side (releases mapped on the fly). */
export async function loadOlder(file: string, options: { cik?: string; taxonomy?: Taxonomy } = {}): Promise<OlderFiling> {
  const loaded = await loadDocument(file, options);
  return { file, factSet: loaded.factSet };
}
