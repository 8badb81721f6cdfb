// Checking a document of any kind ixport reads: a plaintext release (read + map, then check), an XBRL 2.1 instance,
// an Inline XBRL document or xBRL-JSON (read back, then check). For a document read back, the calculations and
// identities need its DTS: ixport's own taxonomy (or an extension of it) is loaded from the schemaRef; for any
// other DTS only the rules that need no taxonomy run, and a finding says so.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import type { FactSet } from '../model/fact.js';
import type { Message } from '../model/source.js';
import type { Taxonomy } from '../model/taxonomy.js';
import { ReadError } from '../read/index.js';
import { defaultTaxonomy, readAndMap } from '../pipeline/release.js';
import { readXbrlDocument } from '../readback/index.js';
import { readXbrlJson, XbrlJsonReadError } from '../readback/json/index.js';
import { BASE_ENTRY, BASE_NAMESPACE, loadTaxonomy, TaxonomyError } from '../taxonomy/index.js';
import { checkFactSet, type CheckOptions } from './index.js';

export type DocumentKind = 'release' | 'xbrl';

export interface CheckDocumentOptions extends CheckOptions {
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

/** Input that cannot be checked at all (unreadable file, not a document of a known kind): exit code 2. */
export class CheckInputError extends Error {}

const XBRL_EXTENSIONS = /\.(xbrl|xml|htm|html|xhtml|json)$/i;

export async function checkDocument(file: string, options: CheckDocumentOptions = {}): Promise<DocumentCheck> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new CheckInputError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  if (!XBRL_EXTENSIONS.test(file)) return checkRelease(text, file, options);

  let read: { factSet: FactSet; messages: Message[] };
  try {
    read = await readXbrlDocument(file, { readJson: (t, f) => readXbrlJson(t, f) });
  } catch (e) {
    if (e instanceof XbrlJsonReadError) throw new CheckInputError(e.message);
    throw e;
  }
  const errors = read.messages.filter((m) => m.severity === 'error');
  if (read.factSet.facts.length === 0 && errors.length) {
    const first = errors[0];
    const where = first.positions?.[0] ? `${first.positions[0].file}:${first.positions[0].line}:${first.positions[0].column}` : file;
    throw new CheckInputError(`${where}: ${first.message}`);
  }
  const { taxonomy, note } = documentTaxonomy(read.factSet, file);
  const findings = checkFactSet(read.factSet, taxonomy, { ...options, noTaxonomyReason: note });
  return { file, kind: 'xbrl', factSet: read.factSet, readMessages: read.messages, findings, taxonomyNote: note };
}

function checkRelease(text: string, file: string, options: CheckDocumentOptions): DocumentCheck {
  let read;
  try {
    // Read and mapped as `ixport convert` does, so the findings are those convert would stop on.
    read = readAndMap(text, file, { cik: options.cik });
  } catch (e) {
    if (e instanceof ReadError) throw new CheckInputError(e.message);
    throw e;
  }
  const { document, mapped } = read;
  return {
    file,
    kind: 'release',
    factSet: mapped.factSet,
    readMessages: [...document.messages, ...mapped.messages],
    findings: checkFactSet(mapped.factSet, mapped.taxonomy, options),
  };
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
