// Names of the shipped base taxonomy. The namespace is deliberately not under sec.gov or fasb.org (a
// standard taxonomy's authority may not be reused by an extension) and is stable across ixport versions.
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const BASE_NAMESPACE = 'https://ixport.org/taxonomy/er/2026';
export const BASE_PREFIX = 'ixp';
/** Entry point file name (the converter copies the taxonomy beside the instance, so schemaRef is relative). */
export const BASE_ENTRY = 'ixp-2026.xsd';
export const ROLE_BASE = `${BASE_NAMESPACE}/role`;

export const BASE_LINKBASES = {
  label: 'ixp-2026_lab.xml',
  presentation: 'ixp-2026_pre.xml',
  calculation: 'ixp-2026_cal.xml',
  definition: 'ixp-2026_def.xml',
  reference: 'ixp-2026_ref.xml',
} as const;

/** Files a converter must copy beside an instance that references BASE_ENTRY. */
export const BASE_FILES: string[] = [
  BASE_ENTRY,
  BASE_LINKBASES.label,
  BASE_LINKBASES.presentation,
  BASE_LINKBASES.calculation,
  BASE_LINKBASES.definition,
  BASE_LINKBASES.reference,
];

/** Taxonomy Package metadata (for Arelle --packages and other offline processors). */
export const PACKAGE_FILES: string[] = ['META-INF/taxonomyPackage.xml', 'META-INF/catalog.xml'];

/** Label -> concept mapping data read by the mapper (not part of the DTS). */
export const MAPPING_FILE = 'mapping.tsv';
export const QUALIFIERS_FILE = 'qualifiers.tsv';
export const DERIVED_FILE = 'derived.tsv';

/**
 * The folder holding package.json, found by walking up from this module, so the same code works from src
 * (vitest) and from dist/src (the built CLI).
 */
function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`ixport: no package.json above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
}

export const PACKAGE_ROOT = findPackageRoot();
export const BASE_TAXONOMY_DIR = join(PACKAGE_ROOT, 'taxonomy');
