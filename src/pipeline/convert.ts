// The whole job for one release: read -> map -> check -> write. Plain functions over the stages' library APIs,
// so the CLI, the benchmark and the tests all run exactly the same code.
import { readRelease } from '../read/index.js';
import { loadTaxonomy } from '../taxonomy/index.js';
import { mapRelease, type MapOptions } from '../map/index.js';
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
  const mapped = mapRelease(document, taxonomy, options);
  const findings = checkFactSet(mapped.factSet, taxonomy);
  // The inline writer reports every printed number it could not tag: part of the "nothing dropped silently" promise.
  const inline = renderInline(document, mapped.factSet, taxonomy);
  return {
    document,
    factSet: mapped.factSet,
    messages: [...document.messages, ...mapped.messages, ...inline.messages, ...findings],
    findings,
    instance: writeInstance(mapped.factSet),
    inline: inline.xhtml,
    json: writeXbrlJson(mapped.factSet, { taxonomy }),
  };
}
