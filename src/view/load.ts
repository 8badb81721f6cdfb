// Loading a document for `ixport view`: the ONE place that calls the stages' loaders (the same library functions
// `ixport check` and `ixport diff` use), so switching to a single pipeline loader is a change here only.
//   release (.txt)          read + map as convert does, checked, rendered as Inline XBRL in memory
//   inline (.htm/.xhtml)    read back, checked with its DTS when it is ixport's; the document itself is shown
//   instance, xBRL-JSON     read back and checked; a generated fact table stands in for a rendering
import { readFile } from 'node:fs/promises';
import { checkDocument, CheckInputError, documentTaxonomy } from '../check/document.js';
import { checkFactSet } from '../check/index.js';
import { LoadError, loadSide, sideKind } from '../diff/load.js';
import { readAndMap } from '../pipeline/release.js';
import { decodeDocument } from '../readback/index.js';
import { renderInline } from '../write/inline/index.js';
import type { Taxonomy } from '../model/taxonomy.js';
import type { OlderFiling, ViewInput } from './build.js';

/** Input that cannot be viewed (unreadable, not a document ixport reads): its message names the file. */
export class ViewInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ViewInputError';
  }
}

export async function loadForView(file: string, options: { cik?: string } = {}): Promise<ViewInput> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    throw new ViewInputError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  const text = decodeDocument(bytes);
  const kind = sideKind(file, text);
  if (kind === 'release') {
    const { document, mapped } = readAndMap(text, file, { cik: options.cik });
    const findings = checkFactSet(mapped.factSet, mapped.taxonomy);
    const inline = renderInline(document, mapped.factSet, mapped.taxonomy);
    return {
      file,
      kind,
      factSet: mapped.factSet,
      taxonomy: mapped.taxonomy,
      findings,
      readMessages: [...document.messages, ...mapped.messages, ...inline.messages.filter((m) => m.ruleId !== 'write.inline.untaggedNumber')],
      inline: { text: inline.xhtml, file: `${file}.xhtml`, match: 'id' },
    };
  }
  let checked;
  try {
    checked = await checkDocument(file, { cik: options.cik });
  } catch (e) {
    if (e instanceof CheckInputError) throw new ViewInputError(e.message);
    throw e;
  }
  return {
    file,
    kind,
    factSet: checked.factSet,
    taxonomy: documentTaxonomy(checked.factSet, file).taxonomy,
    taxonomyNote: checked.taxonomyNote,
    findings: checked.findings,
    readMessages: checked.readMessages,
    inline: kind === 'inline' ? { text, file, match: 'position' } : undefined,
  };
}

/** The older filing of `--diff`: its facts only, loaded as `ixport diff` loads a side (releases mapped on the fly). */
export async function loadOlder(file: string, options: { cik?: string; taxonomy?: Taxonomy } = {}): Promise<OlderFiling> {
  try {
    const side = await loadSide(file, options);
    side.factSet.source ??= file;
    return { file, factSet: side.factSet };
  } catch (e) {
    if (e instanceof LoadError) throw new ViewInputError(e.message);
    throw e;
  }
}
