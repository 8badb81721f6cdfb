// Writing a conversion to disk. Everything is rendered in memory first; files are then written atomically
// (temp file + rename in the same folder), so a reader of the output folder never sees a half-written file and a
// failed conversion leaves the previous outputs untouched.
import { readFile, readdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { BASE_FILES, BASE_TAXONOMY_DIR, PACKAGE_FILES } from '../taxonomy/index.js';
import { writeFileAtomic } from '../write/atomic.js';
import type { Message } from '../model/source.js';
import { formatFindings } from '../check/format.js';

export interface OutputFiles {
  instance: string;
  inline: string;
  json: string;
  /** Per-filing taxonomy files (extension schema and linkbases): name -> content. */
  files: [string, string][];
  messages: Message[];
}

/** Base name of the outputs for a release file: "examples/001_x.txt" -> "001_x". */
export function outputName(file: string): string {
  return basename(file, extname(file));
}

/** Writes <dir>/<name>.xbrl, .xhtml, .json, .report.txt and the taxonomy files the documents reference. */
export async function writeOutputs(dir: string, name: string, out: OutputFiles): Promise<string[]> {
  await checkClash(dir, name, out.files);
  const written: string[] = [];
  // The taxonomy (and its package metadata, for processors that load packages) travels with the documents.
  for (const f of [...BASE_FILES, ...PACKAGE_FILES]) {
    await writeFileAtomic(join(dir, f), await readFile(join(BASE_TAXONOMY_DIR, f)));
  }
  const files: [string, string][] = [
    ...out.files,
    [`${name}.xbrl`, out.instance],
    [`${name}.xhtml`, out.inline],
    [`${name}.json`, out.json],
    [`${name}.report.txt`, reportText(name, out.messages)],
  ];
  for (const [file, content] of files) {
    await writeFileAtomic(join(dir, file), content);
    written.push(join(dir, file));
  }
  return written;
}

/** Every message of the conversion, info included, each with every source position it concerns. */
export function reportText(name: string, messages: Message[]): string {
  return `ixport report for ${name}\n` + formatFindings(messages, name, { verbose: true });
}

/**
 * A per-filing taxonomy file of this release already exists in the output folder with different content, written
 * for another release (two releases of one company on one date name their extension schema alike). The release is
 * refused: nothing of it is written.
 */
export class OutputClash extends Error {
  constructor(
    readonly file: string,
    readonly owner: string,
  ) {
    super(`would overwrite ${file} written for ${owner} with different content; nothing written (convert this release into another --out folder, or remove ${owner} and its files first)`);
    this.name = 'OutputClash';
  }
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Throws OutputClash when a taxonomy file of this release exists in `dir` with other content and another
 * instance in `dir` (not this release's own <name>.xbrl, which a re-conversion replaces) references its schema.
 */
async function checkClash(dir: string, name: string, files: [string, string][]): Promise<void> {
  const schemas = files.map(([f]) => f).filter((f) => f.endsWith('.xsd'));
  for (const [file, content] of files) {
    const prior = await readIfExists(join(dir, file));
    if (prior === undefined || prior === content) continue;
    const owner = await ownerOf(dir, name, schemas);
    if (owner) throw new OutputClash(join(dir, file), join(dir, owner));
  }
}

/** The instance in `dir`, other than <name>.xbrl, that references one of `schemas`; undefined when none does. */
async function ownerOf(dir: string, name: string, schemas: string[]): Promise<string | undefined> {
  let entries: string[];
  try {
    entries = (await readdir(dir)).filter((f) => f.endsWith('.xbrl') && f !== `${name}.xbrl`).sort();
  } catch {
    return undefined;
  }
  for (const f of entries) {
    const text = await readIfExists(join(dir, f));
    const ref = text && /<(?:link:)?schemaRef\b[^>]*\bhref="([^"]+)"/.exec(text)?.[1];
    if (ref && schemas.includes(ref)) return f;
  }
  return undefined;
}
