// Reclassifications: the same period's number moved from one line item to another. Within one entity, period,
// dimension set and unit, a small group of changes (changed, added or removed facts) whose differences cancel
// exactly is reported as one reclassification: one concept down, another up by the same amount (or one split
// into two). Members must share their balance (debit or credit, when the taxonomy says): between lines of
// opposite balance, "both up by X" is what an ordinary transaction looks like (an asset bought on credit), so
// such offsets are not called reclassifications.
import { Decimal, canonicalDecimal } from '../model/decimal.js';
import { ARCROLE, type Concept, type Taxonomy } from '../model/taxonomy.js';
import { comparedConcept, splitAspectKey } from './aspects.js';
import type { DiffEntry, MovedValue, Reclassification } from './types.js';

type Role = 'changed' | 'added' | 'removed';

interface Candidate {
  entry: DiffEntry;
  role: Role;
  /** Difference, negated for credit concepts (members share a balance, so this only fixes the report's sign). */
  signed: Decimal;
  balance?: 'debit' | 'credit';
  /** Summation parents (clark) in the calculation linkbase. */
  parents: Set<string>;
  /** The concept is a calculation total (has summation children). */
  isTotal: boolean;
}

/** Largest group searched beyond pairs, and the most candidates per context searched for triples. */
const MAX_TRIPLE_SEARCH = 40;

const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)$/;

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Summation parents and totals, and the concepts, keyed as aspect keys name concepts (comparedConcept: an
 * extension concept without the date of its namespace).
 */
function calcIndex(taxonomy?: Taxonomy) {
  const parents = new Map<string, Set<string>>();
  const totals = new Set<string>();
  const concepts = new Map<string, Concept>();
  for (const c of taxonomy?.concepts.values() ?? []) concepts.set(comparedConcept(c.qname), c);
  for (const r of taxonomy?.relationships ?? []) {
    if (r.arcrole !== ARCROLE.summationItem && r.arcrole !== ARCROLE.summationItem11) continue;
    const child = comparedConcept(r.to);
    const parent = comparedConcept(r.from);
    totals.add(parent);
    const s = parents.get(child) ?? new Set<string>();
    s.add(parent);
    parents.set(child, s);
  }
  return { parents, totals, concepts };
}

/**
 * A group moves an amount only if it takes it from something the old side had and puts it where the new side
 * has it, and at least one line is on both sides: a line merely renamed (removed X, added X under another
 * concept) is a moved value (findMovedValues), not a reclassification.
 */
function mixed(members: Candidate[]): boolean {
  return !members.every((m) => m.role === 'added') && !members.every((m) => m.role === 'removed') && members.some((m) => m.role === 'changed');
}

function sameBalance(members: Candidate[]): boolean {
  const known = members.map((m) => m.balance).filter((b) => b !== undefined);
  return known.every((b) => b === known[0]);
}

function shareParent(x: Candidate, y: Candidate): boolean {
  for (const p of x.parents) if (y.parents.has(p)) return true;
  return false;
}

export function findReclassifications(diff: { added: DiffEntry[]; removed: DiffEntry[]; changed: DiffEntry[] }, taxonomy?: Taxonomy): Reclassification[] {
  const calc = calcIndex(taxonomy);
  const groups = new Map<string, Candidate[]>();
  const add = (entry: DiffEntry, role: Role) => {
    if (entry.difference === undefined || entry.unit === undefined) return;
    const d = new Decimal(entry.difference);
    if (d.isZero()) return;
    const parts = splitAspectKey(entry.key);
    const concept = calc.concepts.get(parts.concept);
    const balance = concept?.balance;
    const c: Candidate = {
      entry,
      role,
      signed: balance === 'credit' ? d.neg() : d,
      balance,
      parents: calc.parents.get(parts.concept) ?? new Set(),
      isTotal: calc.totals.has(parts.concept),
    };
    const g = `${parts.context}\u0001${parts.unit}`;
    groups.set(g, [...(groups.get(g) ?? []), c]);
  };
  for (const e of diff.changed) add(e, 'changed');
  for (const e of diff.added) add(e, 'added');
  for (const e of diff.removed) add(e, 'removed');

  const out: Reclassification[] = [];
  for (const g of [...groups.keys()].sort(cmp)) {
    const items = groups.get(g)!.sort((x, y) => cmp(x.entry.key, y.entry.key));
    const used = new Set<number>();

    // Pairs: siblings under one calculation total first (the total did not move), then any two lines of the
    // same balance; larger amounts first, so one line is never paired with a coincidental small offset.
    // Indexed by signed difference, so a large filing's changes are paired in linear time.
    const bySigned = new Map<string, number[]>();
    items.forEach((x, i) => {
      const k = canonicalDecimal(x.signed);
      bySigned.set(k, [...(bySigned.get(k) ?? []), i]);
    });
    const pairs: { i: number; j: number; score: number; size: Decimal }[] = [];
    for (let i = 0; i < items.length; i++) {
      for (const j of bySigned.get(canonicalDecimal(items[i].signed.neg())) ?? []) {
        if (j <= i) continue;
        const x = items[i];
        const y = items[j];
        if (!mixed([x, y]) || !sameBalance([x, y])) continue;
        pairs.push({ i, j, score: shareParent(x, y) ? 0 : 1, size: x.signed.abs() });
      }
    }
    pairs.sort((p, q) => p.score - q.score || q.size.comparedTo(p.size) || p.i - q.i || p.j - q.j);
    const found: Candidate[][] = [];
    for (const p of pairs) {
      if (used.has(p.i) || used.has(p.j)) continue;
      used.add(p.i);
      used.add(p.j);
      found.push([items[p.i], items[p.j]]);
    }

    // Triples (one line split into two, or two merged into one), same balance, no totals.
    const rest = items.map((_, k) => k).filter((k) => !used.has(k) && !items[k].isTotal);
    if (rest.length <= MAX_TRIPLE_SEARCH) {
      for (let a = 0; a < rest.length; a++) {
        for (let b = a + 1; b < rest.length; b++) {
          for (let c = b + 1; c < rest.length; c++) {
            const [i, j, k] = [rest[a], rest[b], rest[c]];
            if (used.has(i) || used.has(j) || used.has(k)) continue;
            const m = [items[i], items[j], items[k]];
            if (!m[0].signed.plus(m[1].signed).plus(m[2].signed).isZero() || !mixed(m) || !sameBalance(m)) continue;
            used.add(i);
            used.add(j);
            used.add(k);
            found.push(m);
          }
        }
      }
    }

    for (const members of found) {
      const first = members[0].entry;
      const amount = members.filter((m) => m.signed.isPositive()).reduce((s, m) => s.plus(m.signed), new Decimal(0));
      const r: Reclassification = {
        period: first.period,
        entity: first.entity,
        dimensions: first.dimensions,
        amount: canonicalDecimal(amount),
        members: members.map((m) => m.entry).sort((x, y) => cmp(x.key, y.key)),
      };
      if (first.unit !== undefined) r.unit = first.unit;
      out.push(r);
    }
  }
  return out.sort((x, y) => cmp(x.period, y.period) || cmp(x.members[0].key, y.members[0].key));
}

/**
 * Values that moved to another concept: on one entity, period, dimensions and unit, a number the old side
 * reported under concept X (now changed or gone) is what the new side reports under concept Y (new, or changed
 * to it). This is how a relabelled line shows (one release's "Gross Margin" is the other's "Adjusted Gross
 * Margin", while "Gross Margin" now holds another figure). Zero is never matched (dashes are everywhere), and
 * members of a reclassification are not repeated here.
 */
export function findMovedValues(diff: { added: DiffEntry[]; removed: DiffEntry[]; changed: DiffEntry[] }, reclassifications: Reclassification[]): MovedValue[] {
  const inReclass = new Set(reclassifications.flatMap((r) => r.members.map((m) => m.key)));
  const group = (e: DiffEntry) => {
    const p = splitAspectKey(e.key);
    return `${p.context}\u0001${p.unit}`;
  };
  const isNumber = (v: string | null | undefined): v is string => typeof v === 'string' && NUMBER.test(v);
  const sources = [...diff.changed, ...diff.removed].filter((e) => e.unit !== undefined && isNumber(e.old?.value) && !inReclass.has(e.key));
  const targets = [...diff.changed, ...diff.added].filter((e) => e.unit !== undefined && isNumber(e.new?.value) && !inReclass.has(e.key));
  const used = new Set<string>();
  const out: MovedValue[] = [];
  // Targets indexed by (entity, period, dimensions, unit, value).
  const index = new Map<string, DiffEntry[]>();
  const slot = (e: DiffEntry, v: string) => `${group(e)}\u0001${canonicalDecimal(new Decimal(v))}`;
  for (const t of targets) {
    const k = slot(t, t.new!.value!);
    index.set(k, [...(index.get(k) ?? []), t]);
  }
  for (const from of [...sources].sort((x, y) => cmp(x.key, y.key))) {
    const value = new Decimal(from.old!.value!);
    if (value.isZero()) continue;
    // An unused target first; two equal lines merged into one both point at it.
    const candidates = (index.get(slot(from, from.old!.value!)) ?? [])
      .filter((t) => t.key !== from.key)
      .sort((x, y) => Number(used.has(x.key)) - Number(used.has(y.key)) || cmp(x.key, y.key));
    const to = candidates[0];
    if (!to) continue;
    used.add(to.key);
    const m: MovedValue = { period: from.period, entity: from.entity, dimensions: from.dimensions, value: canonicalDecimal(value), from, to };
    if (from.unit !== undefined) m.unit = from.unit;
    out.push(m);
  }
  return out.sort((x, y) => cmp(x.period, y.period) || cmp(x.from.key, y.from.key));
}
