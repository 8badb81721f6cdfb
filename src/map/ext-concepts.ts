// Extension concepts for the rows no base concept fits, in the per-filing extension. One concept per printed meaning: the same
// label under the same heading, unit kind and period type is one concept across the tables of a release (a
// statement printed GAAP and pro forma, or restated), but never two rows of one table. The label linkbase
// carries the printed label; type and period type follow the printed unit and column; the balance is
// inferred later from the totals the row is confirmed to sum into (summations.ts, balances.ts).
import { NS, type QName } from '../model/fact.js';
import type { LineItem } from '../model/document.js';
import { LABEL_ROLE, type Concept } from '../model/taxonomy.js';
import { conceptKind, kindForUnit, type ConceptKind } from './resolve.js';
import { normalizeLabel } from './rules.js';
import { conceptNameFor, NameTable, camelWords } from './naming.js';
import type { ExtAbstract, ExtConceptDef, ExtensionOptions, ExtKind } from './types.js';

export type { ExtAbstract, ExtConceptDef, ExtKind };

/** ', as printed in "Title"' (the table's title without its " #2" suffix), or nothing for an untitled table. */
function tableOf(title: string): string {
  const t = title.replace(/\s+#\d+$/, '').trim();
  return t ? `, as printed in "${t}"` : '';
}

const TYPE_CLARK: Record<ExtKind, string> = {
  monetary: `{${NS.xbrli}}monetaryItemType`,
  shares: `{${NS.xbrli}}sharesItemType`,
  perShare: `{${NS.dtrTypes}}perShareItemType`,
  percent: `{${NS.dtrTypes}}percentItemType`,
};

export const TYPE_PREFIXED: Record<ExtKind, string> = {
  monetary: 'xbrli:monetaryItemType',
  shares: 'xbrli:sharesItemType',
  perShare: 'dtr-types:perShareItemType',
  percent: 'dtr-types:percentItemType',
};

const KIND_SUFFIX: Record<ExtKind, string> = { monetary: 'Amount', shares: 'Shares', perShare: 'PerShare', percent: 'Percent' };

/** Labels whose wording already names both signs ("Net gain/(loss)", "Income tax (benefit)"): printed as is. */
export const SIGNED_WORDING =
  /\((?:gain|loss|income|benefit|expense|deficit|decrease|increase)s?\)|\b(?:gain|income|increase)\s*\/\s*\(?\s*(?:loss|decrease)|\((?:loss|decrease)\)/i;

export function extKindFor(unit: string): ExtKind | undefined {
  const k: ConceptKind = kindForUnit(unit);
  return k === 'other' ? undefined : k;
}

export class ExtensionConcepts {
  readonly defs: ExtConceptDef[] = [];
  private readonly names = new NameTable();
  private readonly byKey = new Map<string, ExtConceptDef>();
  /** concept name -> "table:row" using it, so one table never gives two rows one concept. */
  private readonly rowsOf = new Map<string, Set<string>>();
  private readonly tablesOf = new Map<string, Set<number>>();

  constructor(readonly options: ExtensionOptions) {}

  qname(def: ExtConceptDef): QName {
    return { ns: this.options.namespace, local: def.name, prefix: this.options.prefix };
  }

  concept(def: ExtConceptDef): Concept {
    const c: Concept = {
      qname: this.qname(def),
      id: `${this.options.prefix}_${def.name}`,
      type: TYPE_CLARK[def.kind],
      numeric: true,
      periodType: def.periodType,
      abstract: false,
      nillable: true,
      substitutionGroup: 'item',
      labels: { [LABEL_ROLE.standard]: def.label, [LABEL_ROLE.documentation]: def.documentation },
    };
    if (def.balance) c.balance = def.balance;
    return c;
  }

  private allot(key: string, row: string, table: number, make: (name: (wanted: string, qualifier?: string) => string) => ExtConceptDef): ExtConceptDef {
    for (let n = 1; ; n++) {
      const k = n === 1 ? key : `${key}#${n}`;
      const known = this.byKey.get(k);
      if (known) {
        const rows = this.rowsOf.get(known.name)!;
        const clash = !rows.has(row) && this.tablesOf.get(known.name)!.has(table);
        if (clash) continue;
        rows.add(row);
        return known;
      }
      const def = make((wanted, qualifier) => this.names.claim(wanted, qualifier));
      this.byKey.set(k, def);
      this.defs.push(def);
      this.rowsOf.set(def.name, new Set([row]));
      this.tablesOf.set(def.name, new Set());
      this.tablesOf.get(def.name)!.add(table);
      return def;
    }
  }

  private readonly abstracts = new Map<string, ExtAbstract>();

  /** A heading of the presentation (a table, or a printed heading inside one): an abstract concept. */
  abstract(label: string, kind: 'table' | 'heading'): ExtAbstract {
    const key = `${kind}|${normalizeLabel(label)}`;
    let a = this.abstracts.get(key);
    if (!a) {
      a = { name: this.names.claim(`${conceptNameFor(label, 'Heading')}${kind === 'table' ? 'Table' : ''}Abstract`), label: label.replace(/:$/, '').trim() };
      this.abstracts.set(key, a);
    }
    return a;
  }

  abstractConcept(a: ExtAbstract): Concept {
    return {
      qname: { ns: this.options.namespace, local: a.name, prefix: this.options.prefix },
      id: `${this.options.prefix}_${a.name}`,
      type: `{${NS.xbrli}}stringItemType`,
      numeric: false,
      periodType: 'duration',
      abstract: true,
      nillable: true,
      substitutionGroup: 'item',
      labels: { [LABEL_ROLE.standard]: a.label },
    };
  }

  /** Role names: unique among the filing's roles. */
  readonly roleNames = new NameTable();

  private markTable(def: ExtConceptDef, table: number): void {
    this.tablesOf.get(def.name)!.add(table);
  }

  /**
   * The concept of a printed row's values of one unit kind. `rowKinds` are the unit kinds the row prints: a row
   * printing an amount and its percent of the total ("Commercial  $ 120  12%") gets one concept per kind.
   */
  forRow(item: LineItem, kind: ExtKind, rowKinds: Set<ExtKind>, origin: 'row' | 'adjustment', why: string): ExtConceptDef {
    const periodType = item.period?.type === 'instant' ? 'instant' : 'duration';
    const label = item.row.trim() || `${item.section.replace(/:$/, '').trim() || item.table.replace(/\s+#\d+$/, '')} (unlabeled total)`;
    // Keyed by the label's words, so "loans-servicing" and "loans - servicing" (a label broken over lines) are one.
    const key = `${origin}|${conceptNameFor(label).toLowerCase()}|${camelWords(item.section).toLowerCase()}|${kind}|${periodType}`;
    const row = `${item.tableIndex}:${item.rowIndex}`;
    const def = this.allot(key, row, item.tableIndex, (claim) => {
      let wanted = conceptNameFor(label);
      if (rowKinds.size > 1 && kind !== 'monetary') wanted += KIND_SUFFIX[kind];
      if (origin === 'adjustment') wanted += 'ReconciliationAdjustment';
      const qualifier = camelWords(item.section.replace(/:$/, ''));
      const d: ExtConceptDef = {
        name: claim(wanted, qualifier),
        kind,
        periodType,
        label: origin === 'adjustment' ? `${label} (reconciliation adjustment)` : label,
        // tableOf() brings its own ", as printed in": the documentation read "Label (Current Assets), , as printed in".
        documentation: `${label}${item.section ? ` (${item.section.replace(/:$/, '').trim()})` : ''}${tableOf(item.table)}; ${why}.`,
        origin,
      };
      return d;
    });
    this.markTable(def, item.tableIndex);
    return def;
  }

  /**
   * A comparison column's concept for one row: the change (percent or amount) of the row's concept over the
   * comparison the column header names ("Three Month | Change" -> ...PercentChangeThreeMonth). The fact's period is
   * the current period of the comparison; several comparisons of one period get their basis in the name.
   */
  forChange(item: LineItem, rowConcept: Concept | undefined, kind: ExtKind, basis: string, qualifier?: string): ExtConceptDef {
    const periodType = item.period?.type === 'instant' ? 'instant' : 'duration';
    const what = rowConcept ? rowConcept.qname.local : conceptNameFor(item.row);
    // A qualifier (the table a same-labelled row's change is printed in) is in the label and key, not the name.
    const rowLabel = `${rowConcept?.labels[LABEL_ROLE.standard] ?? item.row}${qualifier ? ` (${qualifier})` : ''}`;
    const change = kind === 'percent' ? 'PercentChange' : 'Change';
    const key = `change|${what}|${basis}|${kind}|${periodType}|${rowConcept ? '' : normalizeLabel(item.section)}${qualifier ? `|${normalizeLabel(qualifier)}` : ''}`;
    const row = `${item.tableIndex}:${item.rowIndex}:${basis}`;
    const def = this.allot(key, row, item.tableIndex, (claim) => ({
      name: claim(`${what}${change}${basis}`),
      kind,
      periodType,
      label: `${rowLabel}, ${kind === 'percent' ? '% change' : 'change'}${basis ? ` (${item.column.replace(/\s*\|\s*/g, ' ')})` : ''}`,
      documentation: `Change of ${rowLabel} from the comparison period to the current period, ${kind === 'percent' ? "as a ratio of the comparison period's value" : 'as an amount'}, as printed in the column "${item.column}".`,
      origin: 'change',
    }));
    this.markTable(def, item.tableIndex);
    return def;
  }
}

/** The comparison a change column names, from its header without the words that only say "change". */
export function changeBasis(column: string): string {
  const words = column
    .replace(/%/g, ' ')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w && !/^(change|changes|chg|percent|pct|increase|decrease|inc|dec|vs|versus|over|from)$/i.test(w));
  return camelWords(words.join(' '));
}

export { conceptKind };
