// The per-filing extension taxonomy as data: its concepts (with balances), roles (one per printed table),
// presentation (each table's rows in printed order, under the table and its printed headings) and calculations
// (the totals each table prints, kept only where the facts confirm them in every context). extension.ts
// serialises it; the mapper adds it to the filing's effective taxonomy.
import { Decimal } from '../model/decimal.js';
import type { LineItem, ReleaseDocument } from '../model/document.js';
import { clark, type FactSet } from '../model/fact.js';
import { ARCROLE, type Concept, type Relationship, type Taxonomy } from '../model/taxonomy.js';
import { contradictsBalances, flowBalanceFromWording, opposite, propagateBalances, stockBalanceFromWording, type Balance } from './balances.js';
import { unconfirmedSummations } from './confirm.js';
import { camelWords } from './naming.js';
import type { ExtensionConcepts } from './ext-concepts.js';
import type { ExtAbstract, ExtConceptDef, ExtensionModel, ExtRole, PlacedRow } from './types.js';
import { conceptKind } from './resolve.js';
import { isTotalWording, printedSummations, type Candidate, type PrintedRow } from './summations.js';
import { factExponent, printedDecimals } from './values.js';
import { BASE_NAMESPACE } from '../taxonomy/constants.js';

export type { ExtRole, ExtensionModel, PlacedRow };

interface Input {
  doc: ReleaseDocument;
  ext: ExtensionConcepts;
  extConcepts: Map<string, Concept>;
  taxonomy: Taxonomy;
  factSet: FactSet;
  rows: PlacedRow[];
}

/** 10^k and 10^k / 2 by k: every printed cell needs them, for a handful of distinct k. */
const powers = new Map<number, { pow: Decimal; half: Decimal }>();
function powerOf10(k: number): { pow: Decimal; half: Decimal } {
  let p = powers.get(k);
  if (!p) {
    const pow = new Decimal(10).pow(k);
    p = { pow, half: pow.div(2) };
    powers.set(k, p);
  }
  return p;
}

function printedInterval(item: LineItem): [Decimal, Decimal] {
  const exponent = factExponent(item);
  const v = (item.value as Decimal).times(powerOf10(exponent).pow);
  const half = powerOf10(exponent - printedDecimals(item.raw)).half;
  return [v.minus(half), v.plus(half)];
}

/** Monetary rows of each table with their printed values, for the summation search. */
function printedRows(doc: ReleaseDocument, rows: PlacedRow[], changeNames: Set<string>): Map<number, PrintedRow[]> {
  const byRow = new Map<string, PlacedRow[]>();
  for (const r of rows) {
    if (conceptKind(r.concept) !== 'monetary' || changeNames.has(clark(r.concept.qname))) continue;
    const k = `${r.item.tableIndex}:${r.item.rowIndex}`;
    byRow.set(k, [...(byRow.get(k) ?? []), r]);
  }
  const out = new Map<number, PrintedRow[]>();
  for (const list of byRow.values()) {
    const concepts = new Set(list.map((r) => clark(r.concept.qname)));
    if (concepts.size !== 1) continue; // a row printing two monetary meanings is no single addend
    const { item } = list[0];
    const row = doc.tables[item.tableIndex]?.rows.find((r) => r.index === item.rowIndex);
    const values = new Map<string, [Decimal, Decimal]>();
    for (const r of list) values.set(`${r.item.columnIndex}|${r.range}`, printedInterval(r.item));
    const pr: PrintedRow = {
      rowIndex: item.rowIndex,
      concept: [...concepts][0],
      orientation: list[0].orientation,
      marked: Boolean(row?.total) || isTotalWording(item.row),
      values,
    };
    out.set(item.tableIndex, [...(out.get(item.tableIndex) ?? []), pr]);
  }
  for (const list of out.values()) list.sort((a, b) => a.rowIndex - b.rowIndex);
  return out;
}

/** Where a row without a confirmed total sits: above or below total assets, under an income or expense heading. */
function balanceFromPlacement(def: ExtConceptDef, rows: PlacedRow[], all: PlacedRow[]): Balance | undefined {
  const first = rows[0];
  let b: Balance | undefined;
  if (def.periodType === 'instant') {
    const assets = all.find((r) => r.item.tableIndex === first.item.tableIndex && clark(r.concept.qname) === `{${BASE_NAMESPACE}}Assets`);
    if (assets) b = first.item.rowIndex < assets.item.rowIndex ? 'debit' : 'credit';
    else b = stockBalanceFromWording(first.item.section) ?? stockBalanceFromWording(first.item.row);
  } else {
    b = flowBalanceFromWording(first.item.row) ?? flowBalanceFromWording(first.item.section);
  }
  if (b && first.orientation === -1) b = opposite(b);
  return b;
}

export function buildExtensionModel(input: Input): ExtensionModel {
  const { ext, rows } = input;
  const defs = ext.defs;
  const changeNames = new Set(defs.filter((d) => d.origin === 'change').map((d) => clark(ext.qname(d))));
  const printed = printedCandidates(input, changeNames);
  const candidates = settleBalances(input, printed);
  const tablesWithRows = [...new Set(rows.map((r) => r.item.tableIndex))].sort((a, b) => a - b);
  const roles = tableRoles(input, tablesWithRows);
  const confirmedRels = confirmedCalculations(input, candidates, roles);
  const { abstracts, pres } = presentation(input, roles, tablesWithRows, changeNames);
  const concepts = [...defs.map((d) => ext.concept(d)), ...abstracts.map((a) => ext.abstractConcept(a))];
  return { defs, abstracts, concepts, roles: [...roles.values()], relationships: [...pres, ...confirmedRels] };
}

/** Calculations from the printed totals, table by table. */
function printedCandidates({ doc, rows }: Input, changeNames: Set<string>): Candidate[] {
  const candidates: Candidate[] = [];
  for (const [tableIndex, list] of [...printedRows(doc, rows, changeNames)].sort((a, b) => a[0] - b[0])) {
    candidates.push(...printedSummations({ index: tableIndex }, list));
  }
  return candidates;
}

/**
 * Balances of the extension's monetary concepts: from the summations, else from where the row is printed (set on
 * the definitions); returns the candidates whose weights do not contradict the balances.
 */
function settleBalances({ ext, taxonomy, rows }: Input, candidates: Candidate[]): Candidate[] {
  const defs = ext.defs;
  const defByClark = new Map(defs.map((d) => [clark(ext.qname(d)), d]));
  const known = new Map<string, Balance>();
  for (const r of rows) {
    const k = clark(r.concept.qname);
    if (!defByClark.has(k) && r.concept.balance) known.set(k, r.concept.balance);
  }
  const open = new Set(defs.filter((d) => d.kind === 'monetary' && d.origin !== 'change').map((d) => clark(ext.qname(d))));
  propagateBalances(candidates, known, open);
  const rowsOf = new Map<string, PlacedRow[]>();
  for (const r of rows) {
    const k = clark(r.concept.qname);
    rowsOf.set(k, [...(rowsOf.get(k) ?? []), r]);
  }
  for (const k of open) {
    if (known.has(k) || !rowsOf.has(k)) continue;
    const b = balanceFromPlacement(defByClark.get(k)!, rowsOf.get(k)!, rows);
    if (b) {
      known.set(k, b);
      propagateBalances(candidates, known, open);
    }
  }
  for (const d of defs) {
    const b = known.get(clark(ext.qname(d)));
    if (b && open.has(clark(ext.qname(d)))) d.balance = b;
    else delete d.balance;
  }
  const balanceOf = (k: string): Balance | undefined => (defByClark.has(k) ? defByClark.get(k)!.balance : taxonomy.concepts.get(k)?.balance);
  return candidates.filter((c) => !contradictsBalances(c, balanceOf));
}

/** Roles: one per table that has facts, named after its title. */
function tableRoles({ doc, ext }: Input, tablesWithRows: number[]): Map<number, ExtRole> {
  const roles = new Map<number, ExtRole>();
  for (const t of tablesWithRows) {
    const title = doc.tables[t]?.title.replace(/\s+#\d+$/, '').trim() || `Table ${t + 1}`;
    // An xs:ID cannot start with a digit: "(1) Includes stock-based compensation as follows:" -> T1Includes...
    const words = camelWords(title) || 'Table';
    const id = ext.roleNames.claim(/^[0-9]/.test(words) ? `T${words}` : words);
    roles.set(t, { id, uri: `${ext.options.namespace}/role/${id}`, definition: `${String(1000 + t + 1).padStart(4, '0')} - Statement - ${title}` });
  }
  return roles;
}

/** One summation per total per role; then only those the facts confirm in every context. */
function confirmedCalculations({ extConcepts, taxonomy, factSet }: Input, all: Candidate[], roles: Map<number, ExtRole>): Relationship[] {
  const perRole = new Map<string, number>();
  for (const c of all) perRole.set(`${c.tableIndex}|${c.total}`, (perRole.get(`${c.tableIndex}|${c.total}`) ?? 0) + 1);
  const candidates = all.filter((c) => perRole.get(`${c.tableIndex}|${c.total}`) === 1);
  const conceptOf = (k: string): Concept => extConcepts.get(k) ?? taxonomy.concepts.get(k)!;
  const trial: Relationship[] = candidates.flatMap((c) =>
    c.items.map((it, i) => ({
      role: roles.get(c.tableIndex)!.uri,
      arcrole: ARCROLE.summationItem,
      from: conceptOf(c.total).qname,
      to: conceptOf(it.concept).qname,
      order: i + 1,
      weight: it.weight,
    })),
  );
  const bad = new Set(unconfirmedSummations(factSet, { concepts: taxonomy.concepts, relationships: trial }).map((u) => `${u.role}|${u.total}`));
  return trial.filter((r) => !bad.has(`${r.role}|${clark(r.from)}`));
}

/** Presentation: table heading -> printed headings -> rows in printed order (a row's comparisons after it). */
function presentation(
  { doc, ext, rows }: Input,
  roles: Map<number, ExtRole>,
  tablesWithRows: number[],
  changeNames: Set<string>,
): { abstracts: ExtAbstract[]; pres: Relationship[] } {
  const abstracts: ExtAbstract[] = [];
  const pres: Relationship[] = [];
  for (const t of tablesWithRows) {
    const role = roles.get(t)!;
    const tableAbstract = ext.abstract(doc.tables[t]?.title.replace(/\s+#\d+$/, '').trim() || role.id, 'table');
    if (!abstracts.includes(tableAbstract)) abstracts.push(tableAbstract);
    const root = ext.abstractConcept(tableAbstract).qname;
    const order = new Map<string, number>();
    const seen = new Set<string>();
    const add = (from: Concept['qname'], to: Concept['qname']): void => {
      const k = clark(to);
      if (seen.has(k)) return;
      seen.add(k);
      const n = (order.get(clark(from)) ?? 0) + 1;
      order.set(clark(from), n);
      pres.push({ role: role.uri, arcrole: ARCROLE.parentChild, from, to, order: n });
    };
    const inTable = rows
      .filter((r) => r.item.tableIndex === t)
      .sort(
        (a, b) =>
          a.item.rowIndex - b.item.rowIndex ||
          (changeNames.has(clark(a.concept.qname)) ? 1 : 0) - (changeNames.has(clark(b.concept.qname)) ? 1 : 0) ||
          a.item.columnIndex - b.item.columnIndex,
      );
    for (const r of inTable) {
      let parent = root;
      if (r.item.section.trim()) {
        const heading = ext.abstract(r.item.section, 'heading');
        if (!abstracts.includes(heading)) abstracts.push(heading);
        parent = ext.abstractConcept(heading).qname;
        add(root, parent);
      }
      add(parent, r.concept.qname);
    }
  }
  return { abstracts, pres };
}
