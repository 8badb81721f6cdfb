// Map steps 6-7: facts from the kept entries (one per concept, context, unit, value and decimals; equal printings
// collapse into one fact's sources) and the messages of the items no fact carries.
import { clark, NS, type Fact, type Presentation, type Unit } from '../model/fact.js';
import type { Message, SourcePos } from '../model/source.js';
import { BASE_NAMESPACE, BASE_PREFIX } from '../taxonomy/constants.js';
import type { ContextTable } from './contexts.js';
import type { Unresolved } from './place.js';
import type { Entry } from './reconcile.js';
import type { QualifierRule } from './rules.js';
import type { UnmappedRow, UntaggedItem } from './types.js';

export interface BuiltFacts {
  facts: Fact[];
  units: Record<string, Unit>;
}

/** Step 6: one fact per (concept, context, unit, value, decimals). */
export function buildFacts(kept: Entry[], contexts: ContextTable, members: QualifierRule[][]): BuiltFacts {
  const units: Record<string, Unit> = {};
  const facts: Fact[] = [];
  const byAspect = new Map<string, Fact[]>();
  kept.forEach((x, k) => {
    const { p, unit, value, decimals, sign } = x;
    const { item, resolved } = p;
    units[unit.id] = unit;
    const contextRef = contexts.get(p.period, members[k]);
    // By context id: the members evidence added (collisions.ts) are in the context, not in the entry's aspect.
    const aspect = `${clark(resolved.concept.qname)}|${contextRef}|${unit.id}`;
    const presentation: Presentation = p.itemIndex >= 0 ? { negated: sign === -1, itemIndex: p.itemIndex } : { negated: sign === -1 };
    const group = byAspect.get(aspect) ?? [];
    const same = group.find((f) => f.value === value && f.decimals === decimals);
    if (same) {
      same.sources!.push(item.pos);
      same.presentations!.push(presentation);
      return;
    }
    const q = resolved.concept.qname;
    // Extension facts carry the company prefix in their ids: an extension concept may share a base concept's name.
    const baseId = p.ext ? `f_${q.prefix}_${q.local}_${contextRef}_${unit.id}` : `f_${q.local}_${contextRef}_${unit.id}`;
    const fact: Fact = {
      id: group.length ? `${baseId}_v${group.length + 1}` : baseId,
      concept: p.ext ? { ...q } : { ns: BASE_NAMESPACE, local: q.local, prefix: BASE_PREFIX },
      contextRef,
      unitRef: unit.id,
      value,
      numeric: true,
      decimals,
      sources: [item.pos],
      presentation,
      presentations: [presentation],
    };
    group.push(fact);
    byAspect.set(aspect, group);
    facts.push(fact);
  });
  return { facts, units };
}

export interface Untagged {
  unmapped: UnmappedRow[];
  untagged: UntaggedItem[];
  messages: Message[];
}

/** Step 7: the items no fact carries, one message per row and reason. */
export function untaggedItems(unresolved: Unresolved[]): Untagged {
  const rows = new Map<string, { u: Unresolved; positions: SourcePos[]; items: number[] }>();
  for (const u of unresolved) {
    const k = `${u.ruleId}|${u.item.tableIndex}:${u.item.rowIndex}`;
    if (!rows.has(k)) rows.set(k, { u, positions: [], items: [] });
    rows.get(k)!.positions.push(u.item.pos);
    rows.get(k)!.items.push(u.itemIndex);
  }
  const out: Untagged = { unmapped: [], untagged: [], messages: [] };
  for (const { u, positions, items } of rows.values()) {
    const { ruleId, reason, item } = u;
    if (ruleId === 'map.unmapped') {
      out.unmapped.push({ table: item.table, tableIndex: item.tableIndex, rowIndex: item.rowIndex, label: item.row, section: item.section, reason, items });
    }
    for (const itemIndex of items) out.untagged.push({ itemIndex, ruleId, reason });
    out.messages.push({
      ruleId,
      severity: 'warning',
      message: `"${item.row}" in table "${item.table}": ${reason}; ${positions.length} value(s) not tagged`,
      positions,
    });
  }
  out.untagged.sort((a, b) => a.itemIndex - b.itemIndex);
  return out;
}

export const INSTANCE_NAMESPACES = (): Record<string, string> => ({
  [BASE_PREFIX]: BASE_NAMESPACE,
  xbrli: NS.xbrli,
  link: NS.link,
  xlink: NS.xlink,
  iso4217: NS.iso4217,
  xbrldi: NS.xbrldi,
});
