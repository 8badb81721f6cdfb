// One side of a diff from a file: a release (read and mapped on the fly), an XBRL instance, an Inline XBRL
// document or an xBRL-JSON file. The kind is judged by extension, then by content.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { FactSet } from '../model/fact.js';
import type { Message } from '../model/source.js';
import type { Taxonomy } from '../model/taxonomy.js';
import { readInline, readInstance, sniffDocument } from '../readback/index.js';
import { readXbrlJson } from '../readback/json/index.js';

export type SideKind = 'release' | 'instance' | 'inline' | 'json';

export interface LoadedSide {
  kind: SideKind;
  factSet: FactSet;
  messages: Message[];
}

export interface LoadOptions {
  /** Taxonomy to map releases onto (and to type JSON facts); the shipped base taxonomy when absent. */
  taxonomy?: Taxonomy;
  /** Entity identifier for facts mapped from a release (as `ixport convert --cik`). */
  cik?: string;
}

/** A side that cannot be loaded: the message names the file (and line, when known). */
export class LoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LoadError';
  }
}

const BY_EXTENSION: Record<string, SideKind> = {
  '.txt': 'release',
  '.xbrl': 'instance',
  '.xml': 'instance',
  '.htm': 'inline',
  '.html': 'inline',
  '.xhtml': 'inline',
  '.json': 'json',
};

export function sideKind(path: string, text: string): SideKind {
  const byExt = BY_EXTENSION[extname(path).toLowerCase()];
  if (byExt) return byExt;
  const sniffed = sniffDocument(text);
  return sniffed === 'unknown' ? 'release' : sniffed;
}

export async function loadSide(path: string, options: LoadOptions = {}): Promise<LoadedSide> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new LoadError(`${path}: cannot read file (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  const kind = sideKind(path, text);
  switch (kind) {
    case 'release':
      return { kind, ...(await mapReleaseFile(path, options)) };
    case 'instance':
      return { kind, ...readInstance(text, path) };
    case 'inline':
      return { kind, ...readInline(text, path) };
    case 'json':
      try {
        return { kind, ...readXbrlJson(text, path, { taxonomy: options.taxonomy }) };
      } catch (e) {
        throw new LoadError((e as Error).message);
      }
  }
}

async function mapReleaseFile(path: string, options: LoadOptions): Promise<{ factSet: FactSet; messages: Message[] }> {
  // Loaded lazily: diffing two XBRL documents needs neither the release reader nor the mapper.
  const [{ readReleaseFile, ReadError }, { mapRelease, MapError }, { loadTaxonomy }] = await Promise.all([
    import('../read/index.js'),
    import('../map/index.js'),
    import('../taxonomy/index.js'),
  ]);
  try {
    const taxonomy = options.taxonomy ?? loadTaxonomy();
    const doc = await readReleaseFile(path, { requireTables: true });
    const mapped = mapRelease(doc, taxonomy, options.cik ? { cik: options.cik } : {});
    mapped.factSet.source ??= path;
    return { factSet: mapped.factSet, messages: [...doc.messages, ...mapped.messages] };
  } catch (e) {
    if (e instanceof ReadError) throw new LoadError(e.message);
    if (e instanceof MapError) throw new LoadError(`${path}: ${e.message}`);
    throw e;
  }
}
