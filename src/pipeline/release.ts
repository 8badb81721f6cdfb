// Reading and mapping a release exactly as `ixport convert` does (per-filing extension included), for every
// command that starts from a release: convert, check, diff, read (all through the loader, ./load.ts). One place, so
// `ixport check release.txt` reports the findings `ixport convert` would stop on, and `ixport diff release.txt
// out/release.xbrl` compares like with like (diff used to map without the extension and reported 17 facts of
// pericom_2005-08-09 as "added").
import { readRelease } from '../read/index.js';
import { ReadError } from '../model/errors.js';
import { readHtmlRelease } from '../read/html/index.js';
import { loadTaxonomy } from '../taxonomy/index.js';
import { defaultExtension, mapRelease, type MapOptions, type MapResult } from '../map/index.js';
import type { ReleaseDocument } from '../model/document.js';
import type { Taxonomy } from '../model/taxonomy.js';
import { UserError } from '../model/errors.js';
import type { Fixes } from '../read/fixes.js';

/** The two kinds of release text: EDGAR's fixed-width plaintext, or HTML. */
export type ReleaseKind = 'release' | 'html-release';

export interface ReleaseOptions extends MapOptions {
  /** Plaintext (default) or HTML, as the loader's sniffer decided. */
  kind?: ReleaseKind;
  /** Refuse a release without any table (extract, read and diff have nothing to show then). */
  requireTables?: boolean;
  /** Taxonomy to map onto; the shipped base taxonomy when absent (loaded once and cached). */
  taxonomy?: Taxonomy;
  /**
   * Write a per-filing extension schema importing the base (default true): it carries what the release needs
   * beyond the base taxonomy and prohibits base summations the release's own numbers do not confirm.
   */
  extensionTaxonomy?: boolean;
  /** The user's corrections to the reading (`--fix fixes.json`). */
  fixes?: Fixes;
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
  const document = readReleaseText(text, file, options);
  const extension = options.extensionTaxonomy === false ? undefined : defaultExtension(document, options.cik);
  const mapped = mapRelease(document, taxonomy, { ...options, extension });
  return { document, mapped };
}

/** The reader for the release's kind: the plaintext reader, or the HTML reader. */
export function readReleaseText(text: string, file: string, options: { kind?: ReleaseKind; requireTables?: boolean; fixes?: Fixes } = {}): ReleaseDocument {
  if (options.kind !== 'html-release') return readRelease(text, file, { requireTables: options.requireTables, fixes: options.fixes });
  if (options.fixes) throw new UserError(`${file}: --fix applies to plaintext releases; this one is HTML`, { code: 'fix.html' });
  const doc = readHtmlRelease(text, file);
  // As for text: an HTML page with no <table> and no number in one is no earnings release.
  if (options.requireTables && !doc.items.length && !/<table[\s>]/i.test(text)) {
    throw new ReadError(file, 1, 'no table was found (no <table> element)', 'read.no-table');
  }
  return doc;
}
