// Checking a document of any kind ixport reads: a plaintext release (read + map, then check), an XBRL 2.1 instance,
// an Inline XBRL document or xBRL-JSON (read back, then check). For a document read back, the calculations and
// identities need its DTS: ixport's own taxonomy (or an extension of it) is loaded from the schemaRef; for any
// other DTS only the rules that need no taxonomy run, and a finding says so.
import type { Fixes } from '../read/fixes.js';
import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { FactSet } from '../model/fact.js';
import type { Message } from '../model/source.js';
import type { Taxonomy } from '../model/taxonomy.js';
import { defaultTaxonomy } from '../pipeline/release.js';
import { loadDocument, LoadError } from '../pipeline/load.js';
import { BASE_NAMESPACE, BASE_ENTRY, loadTaxonomy, TaxonomyError } from '../taxonomy/index.js';
import { checkFactSet, type CheckOptions } from './index.js';

export type DocumentKind = 'release' | 'xbrl';

export interface CheckDocumentOptions extends CheckOptions {
  /** The user's corrections to a release's reading (`--fix fixes.json`). */
  fixes?: Fixes;
  /** Entity CIK for a release (as `ixport convert --cik`). */
  cik?: string;
}

export interface DocumentCheck {
  file: string;
  kind: DocumentKind;
  factSet: FactSet;
  /** Reading and mapping messages (reader warnings, unmapped lines, read-back errors). */
  readMessages: Message[];
  /** The check findings. */
  findings: Message[];
  /** Why calculations were not checked, when no taxonomy could be used. */
  taxonomyNote?: string;
}

/** Input that cannot be checked at all (unreadable file, not a document of a known kind): the loader's LoadError. */
export { LoadError as CheckInputError };

/** Loads any document through the one loader (a release is read and mapped as `ixport convert` does) and checks it. */
export async function checkDocument(file: string, options: CheckDocumentOptions = {}): Promise<DocumentCheck> {
  const loaded = await loadDocument(file, { cik: options.cik, fixes: options.fixes });
  if (loaded.release) {
    // The filing's own DTS (extension included): the findings are those convert would stop on.
    const { mapped } = loaded.release;
    return { file, kind: 'release', factSet: loaded.factSet, readMessages: loaded.messages, findings: checkFactSet(mapped.factSet, mapped.taxonomy, options) };
  }
  const { taxonomy, note } = documentTaxonomy(loaded.factSet, file);
  const findings = checkFactSet(loaded.factSet, taxonomy, { ...options, noTaxonomyReason: note });
  return { file, kind: 'xbrl', factSet: loaded.factSet, readMessages: loaded.messages, findings, taxonomyNote: note };
}

/**
 * The DTS of a read-back document when it is ixport's: the schemaRef'd schema beside the document (the converter
 * copies the taxonomy there) when it is or extends the base taxonomy, else the shipped base taxonomy when the
 * schemaRef names the base entry point. Any other DTS: null, with the reason.
 */
export function documentTaxonomy(factSet: FactSet, file: string): { taxonomy: Taxonomy | null; note?: string } {
  const refs = factSet.schemaRefs;
  if (refs.length === 0) return { taxonomy: null, note: 'the document names no taxonomy' };
  for (const href of refs) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(href)) continue; // a DTS by URL: not ixport's
    const path = resolve(dirname(file), href);
    if (existsSync(path)) {
      try {
        const t = loadTaxonomy(path);
        if ([...t.concepts.values()].some((c) => c.qname.ns === BASE_NAMESPACE)) return { taxonomy: t };
      } catch (e) {
        if (!(e instanceof TaxonomyError)) throw e;
        return { taxonomy: null, note: `its taxonomy ${href} could not be loaded: ${e.message}` };
      }
    } else if (basename(href) === BASE_ENTRY) {
      return { taxonomy: defaultTaxonomy() };
    }
  }
  return { taxonomy: null, note: `its taxonomy ${refs.join(', ')} is not ixport's` };
}
