// The whole job for one release: read -> map -> check -> write. Plain functions over the stages' library APIs,
// so the CLI, the benchmark and the tests all run exactly the same code.
import { readRelease } from '../read/index.js';
import { loadTaxonomy } from '../taxonomy/index.js';
import { defaultExtension, mapRelease, type MapOptions } from '../map/index.js';
import { checkFactSet } from '../check/index.js';
import { writeInstance } from '../write/instance/index.js';
import { renderInline } from '../write/inline/index.js';
import { writeXbrlJson } from '../write/json/index.js';
import type { ReleaseDocument } from '../model/document.js';
import type { FactSet } from '../model/fact.js';
import type { Message } from '../model/source.js';
import type { Taxonomy } from '../model/taxonomy.js';

export interface ConvertOptions extends MapOptions {
  /** Taxonomy to map onto; the shipped base taxonomy when absent (loaded once and cached). */
  taxonomy?: Taxonomy;
  /**
   * Write a per-filing extension schema importing the base (default true): it carries what the release needs
   * beyond the base taxonomy and prohibits base summations the release's own numbers do not confirm.
   */
  extensionTaxonomy?: boolean;
}

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
}

let baseTaxonomy: Taxonomy | undefined;

/** The shipped base taxonomy, parsed once per process. */
export function defaultTaxonomy(): Taxonomy {
  baseTaxonomy ??= loadTaxonomy();
  return baseTaxonomy;
}

export function convertText(text: string, file: string, options: ConvertOptions = {}): Conversion {
  const taxonomy = options.taxonomy ?? defaultTaxonomy();
  const document = readRelease(text, file);
  const extension = options.extensionTaxonomy === false ? undefined : defaultExtension(document, options.cik);
  const mapped = mapRelease(document, taxonomy, { ...options, extension });
  // From here on the filing's own DTS (base + extension) is the taxonomy: checks, labels and types follow it.
  const dts = mapped.taxonomy;
  const findings = checkFactSet(mapped.factSet, dts);
  // The inline writer reports every printed number it could not tag: part of the "nothing dropped silently" promise.
  const inline = renderInline(document, mapped.factSet, dts);
  return {
    document,
    factSet: mapped.factSet,
    messages: [...document.messages, ...mapped.messages, ...inline.messages, ...findings],
    findings,
    instance: writeInstance(mapped.factSet),
    inline: inline.xhtml,
    json: writeXbrlJson(mapped.factSet, { taxonomy: dts }),
    files: mapped.files,
  };
}
