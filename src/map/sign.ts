// Sign by meaning. A release adds the printed numbers of a block plainly to reach the total printed under it
// ("Adjusted EBITDA, (3,901) D&A, 198 gain ... = Loss from Continuing Operations"); XBRL adds facts with weights
// +1/-1 fixed by the concepts' balances. So a printed number relates to its fact by the weight of its concept in
// the summation of the total it is printed under: printed = weight x fact. The total is the first row below (else
// above) in the same table whose concept is a summation parent of the row's concept in any role of the taxonomy.
// D&A printed in an expense list sums into operating expenses (+1: as printed); printed in a reconciliation it
// sums into operating income (-1: "(3,901)" is an expense of +3,901,000 presented negated).
import { ARCROLE, type Taxonomy } from '../model/taxonomy.js';
import { clark } from '../model/fact.js';

export type Orientation = 1 | -1;

/** child clark -> parent clark -> weight */
export type ParentIndex = Map<string, Map<string, number>>;

export function summationParents(taxonomy: Taxonomy): ParentIndex {
  const index: ParentIndex = new Map();
  for (const r of taxonomy.relationships) {
    if (r.arcrole !== ARCROLE.summationItem && r.arcrole !== ARCROLE.summationItem11) continue;
    const child = clark(r.to);
    if (!index.has(child)) index.set(child, new Map());
    index.get(child)!.set(clark(r.from), r.weight ?? 1);
  }
  return index;
}

/**
 * rows: the concepts each row of one table resolved to (in row order); returns the orientation of the concept
 * printed in row `at`, or undefined when no summation parent of it is printed in the table.
 */
export function orientationInTable(
  rows: { rowIndex: number; concepts: Set<string> }[],
  at: number,
  concept: string,
  parents: ParentIndex,
): Orientation | undefined {
  const mine = parents.get(concept);
  if (!mine) return undefined;
  const pos = rows.findIndex((r) => r.rowIndex === at);
  const scan = (from: number, step: 1 | -1): Orientation | undefined => {
    for (let i = from; i >= 0 && i < rows.length; i += step) {
      for (const c of rows[i].concepts) {
        const w = mine.get(c);
        if (w !== undefined && c !== concept) return w < 0 ? -1 : 1;
      }
    }
    return undefined;
  };
  return scan(pos + 1, 1) ?? scan(pos - 1, -1);
}
