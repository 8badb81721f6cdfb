// Writing a conversion to disk. Everything is rendered in memory first; files are then written atomically
// (temp file + rename in the same folder), so a reader of the output folder never sees a half-written file and a
// failed conversion leaves the previous outputs untouched.
import { readFile } from 'node:fs/promises';
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
