// The parsed base taxonomy as JSON, shipped beside its XML: every worker thread of a batch and every fresh
// process loads the base, and parsing the XSD and five linkbases cold costs hundreds of ms where reading this
// costs a few. It is written by the generator from the XML it just wrote (generate-main.ts), and a test checks
// that it deep-equals the XML parsed by loadTaxonomy(path), so it cannot drift from the taxonomy it stands for.
import { clark } from '../model/fact.js';
import type { Concept, Relationship, Taxonomy } from '../model/taxonomy.js';
import { IxportError } from '../model/errors.js';

/** File name of the snapshot in the base taxonomy folder. Not part of the DTS: never copied beside an instance. */
export const BASE_SNAPSHOT = 'ixp-2026.model.json';

const FORMAT = 'ixport-taxonomy-model/1';

/** A relationship with its ends as Clark names (keys of `concepts`). */
type RelationshipRecord = Omit<Relationship, 'from' | 'to'> & { from: string; to: string };

interface SnapshotData {
  format: typeof FORMAT;
  /** [clark name, concept], in the taxonomy's order. */
  concepts: [string, Concept][];
  relationships: RelationshipRecord[];
}

export class SnapshotError extends IxportError {
  constructor(message: string) {
    super(message, { code: 'taxonomy.bad-snapshot' });
  }
}

export function snapshotText(taxonomy: Taxonomy): string {
  const data: SnapshotData = {
    format: FORMAT,
    concepts: [...taxonomy.concepts],
    relationships: taxonomy.relationships.map((r) => ({ ...r, from: clark(r.from), to: clark(r.to) })),
  };
  return JSON.stringify(data, null, 1) + '\n';
}

/** The taxonomy a snapshot holds; relationship ends share their concepts' QName objects, as loadTaxonomy's do. */
export function taxonomyFromSnapshot(text: string, file: string): Taxonomy {
  let data: SnapshotData;
  try {
    data = JSON.parse(text) as SnapshotData;
  } catch (e) {
    throw new SnapshotError(`${file}: not JSON (${(e as Error).message})`);
  }
  if (data?.format !== FORMAT || !Array.isArray(data.concepts) || !Array.isArray(data.relationships)) {
    throw new SnapshotError(`${file}: not a taxonomy snapshot of format ${FORMAT}`);
  }
  const concepts = new Map<string, Concept>(data.concepts);
  const qnameOf = (key: string): Concept['qname'] => {
    const c = concepts.get(key);
    if (!c) throw new SnapshotError(`${file}: relationship names unknown concept ${key}`);
    return c.qname;
  };
  const relationships: Relationship[] = data.relationships.map((r) => ({ ...r, from: qnameOf(r.from), to: qnameOf(r.to) }));
  return { concepts, relationships };
}
