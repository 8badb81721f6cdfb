// Reading and mapping a release exactly as `ixport convert` does (per-filing extension included), for every
// command that starts from a release: convert, check. One place, so `ixport check release.txt` reports the
// findings `ixport convert` would stop on, not those of a different mapping.
import { readRelease } from '../read/index.js';
import { loadTaxonomy } from '../taxonomy/index.js';
import { defaultExtension, mapRelease, type MapOptions, type MapResult } from '../map/index.js';
import type { ReleaseDocument } from '../model/document.js';
import type { Taxonomy } from '../model/taxonomy.js';

export interface ReleaseOptions extends MapOptions {
  /** Taxonomy to map onto; the shipped base taxonomy when absent (loaded once and cached). */
  taxonomy?: Taxonomy;
  /**
   * Write a per-filing extension schema importing the base (default true): it carries what the release needs
   * beyond the base taxonomy and prohibits base summations the release's own numbers do not confirm.
   */
  extensionTaxonomy?: boolean;
}

let baseTaxonomy: Taxonomy | undefined;

/** The shipped base taxonomy, parsed once per process. */
export function defaultTaxonomy(): Taxonomy {
  baseTaxonomy ??= loadTaxonomy();
  return baseTaxonomy;
}

/** Reads and maps a release; `mapped.taxonomy` is the filing's own DTS (base + extension) for later stages. */
export function readAndMap(text: string, file: string, options: ReleaseOptions = {}): { document: ReleaseDocument; mapped: MapResult } {
  const taxonomy = options.taxonomy ?? defaultTaxonomy();
  const document = readRelease(text, file);
  const extension = options.extensionTaxonomy === false ? undefined : defaultExtension(document, options.cik);
  return { document, mapped: mapRelease(document, taxonomy, { ...options, extension }) };
}
