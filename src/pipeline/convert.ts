// The whole job for one release: read -> map -> check -> write. Plain functions over the stages' library APIs,
// so the CLI, the benchmark and the tests all run exactly the same code.
import { readAndMap, type ReleaseOptions } from './release.js';
import { loadReleaseSource } from './source.js';
import { checkFactSet } from '../check/index.js';
import { writeInstance } from '../write/instance/index.js';
import { renderInline } from '../write/inline/index.js';
import { writeXbrlJson } from '../write/json/index.js';
import type { ReleaseDocument } from '../model/document.js';
import type { FactSet } from '../model/fact.js';
import type { Message } from '../model/source.js';

export { defaultTaxonomy } from './release.js';

import { coverageOf, formatCoverageLine } from '../map/coverage.js';

export type ConvertOptions = ReleaseOptions;

/** Everything a conversion produces, in memory; writing it to disk is a separate step (see output.ts). */
export interface Conversion {
  document: ReleaseDocument;
  factSet: FactSet;
  /** Reader warnings, unmapped line items, check findings: in that order. */
  messages: Message[];
  /** Findings of the check stage alone. */
  findings: Message[];
  instance: string;
  inline: string;
  json: string;
  /** Per-filing taxonomy files (extension schema, linkbases) to write beside the documents. */
  files: Map<string, string>;
  /** Where every printed number went: "264 numeric cells -> 237 facts: 264 tagged as 232 facts (45 ... merged)". */
  coverage: string;
}

export function convertText(text: string, file: string, options: ConvertOptions = {}): Conversion {
  const { document, mapped } = readAndMap(text, file, options);
  // From here on the filing's own DTS (base + extension) is the taxonomy: checks, labels and types follow it.
  const dts = mapped.taxonomy;
  const findings = checkFactSet(mapped.factSet, dts);
  // The inline writer reports every printed number it could not tag: part of the "nothing dropped silently" promise.
  const inline = renderInline(document, mapped.factSet, dts, { source: text });
  return {
    document,
    factSet: mapped.factSet,
    messages: [...document.messages, ...mapped.messages, ...inline.messages, ...findings],
    findings,
    instance: writeInstance(mapped.factSet),
    inline: inline.xhtml,
    json: writeXbrlJson(mapped.factSet, { taxonomy: dts }),
    files: mapped.files,
    coverage: formatCoverageLine(coverageOf(document, mapped)),
  };
}

/**
 * Converts a release file: loaded (decoded, its kind decided) by the one loader, so the single-file path and
 * the batch worker decode and refuse exactly alike. Anything but a release is refused (LoadError).
 */
export async function convertFile(file: string, options: ConvertOptions = {}): Promise<Conversion> {
  const src = await loadReleaseSource(file, 'convert');
  return convertText(src.text, file, { ...options, kind: src.kind });
}
