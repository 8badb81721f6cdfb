// The page data builder: one document's fact model (any kind ixport reads) with its DTS, check findings and, on
// request, its diff against an older filing, turned into ViewData (src/view/data.ts) and the document pane.
import { basename } from 'node:path';
import { Decimal } from '../model/decimal.js';
import { clark, type Fact, type FactSet, type QName } from '../model/fact.js';
import { periodKey, type Period } from '../model/period.js';
import { formatPos, type Message, type SourcePos } from '../model/source.js';
import { ARCROLE, LABEL_ROLE, type Taxonomy } from '../model/taxonomy.js';
import { aspectKey, contextAspectKey, typedMemberText, unitMeasuresKey } from '../diff/aspects.js';
import { diffFactSets } from '../diff/index.js';
import type { DiffEntry } from '../diff/types.js';
import { attr, type XmlElement } from '../xml/dom.js';
import { documentPane, escapeHtml, parseInline, type DocumentPane } from './document.js';
import type { CalcGroup, ViewChange, ViewData, ViewFact, ViewFinding } from './data.js';

/** One loaded document, whatever its kind (see src/view/load.ts). */
export interface ViewInput {
  file: string;
  kind: ViewData['kind'];
  factSet: FactSet;
  /** The filing's DTS when ixport can load it (its own taxonomy); null for another filer's DTS. */
  taxonomy: Taxonomy | null;
  taxonomyNote?: string;
  /** Check findings, then reading/mapping messages. */
  findings: Message[];
  readMessages: Message[];
  /**
   * The Inline XBRL rendering to show: ixport's rendering of a release (facts matched to its elements by id), or
   * the inline document itself (matched by source position, then id). Absent for an instance or xBRL-JSON.
   */
  inline?: { text: string; file: string; match: 'id' | 'position' };
}

export interface OlderFiling {
  file: string;
  factSet: FactSet;
  taxonomy?: Taxonomy | null;
}

export interface BuildOptions {
  /** The older filing to compare with (src/view/load.ts loadOlder). */
  diffWith?: OlderFiling;
  /** Compare every period, not only the periods both filings report (the default, which shows restatements). */
  allPeriods?: boolean;
}

export interface ViewPage {
  data: ViewData;
  pane: Pick<DocumentPane, 'html' | 'css'>;
}

const SUMMATION = new Set<string>([ARCROLE.summationItem, ARCROLE.summationItem11]);

export function buildView(input: ViewInput, options: BuildOptions = {}): ViewPage {
  const fs = input.factSet;
  const tax = input.taxonomy;
  const prefixOf = prefixMap(fs);
  const name = (q: QName) => {
    const p = prefixOf.get(q.ns) ?? q.prefix;
    return p ? `${p}:${q.local}` : q.local;
  };

  // ---- the document pane ----
  let pane: DocumentPane;
  let title = basename(input.file);
  let rendered = false;
  if (input.inline) {
    const doc = parseInline(input.inline.text, input.inline.file);
    pane = documentPane(doc.root, factMatcher(fs, input.inline.file, input.inline.match));
    const t = doc.elements.find((e) => e.local === 'title');
    const text = t
      ? t.children
          .map((c) => (c.kind === 'text' ? c.text : ''))
          .join('')
          .replace(/\s+/g, ' ')
          .trim()
      : '';
    if (text) title = text;
    rendered = true;
  } else {
    pane = generatedPane(fs, name, tax);
  }

  // ---- facts ----
  const facts: ViewFact[] = fs.facts.map((f, i) => viewFact(f, fs, name, tax, !pane.shown.has(i)));

  // Duplicates: facts with the same aspects.
  const byAspects = new Map<string, number[]>();
  fs.facts.forEach((f, i) => {
    if (f.tuple || !fs.contexts[f.contextRef]) return;
    const k = safeAspectKey(f, fs);
    if (!k) return;
    const list = byAspects.get(k);
    if (list) list.push(i);
    else byAspects.set(k, [i]);
  });
  for (const list of byAspects.values()) if (list.length > 1) for (const i of list) facts[i].dups = list.filter((j) => j !== i);

  const calcs = tax ? calculationGroups(fs, tax, name, facts) : [];
  const findings = linkFindings([...input.findings, ...input.readMessages.filter((m) => m.severity !== 'info')], fs, facts);
  const data: ViewData = {
    title,
    file: input.file,
    kind: input.kind,
    rendered,
    facts,
    calcs,
    findings,
    taxonomyNote: input.taxonomyNote,
  };
  if (options.diffWith) data.diff = diffData(options.diffWith, input, facts, options.allPeriods ?? false);
  return { data, pane: { html: pane.html, css: pane.css } };
}

function prefixMap(fs: FactSet): Map<string, string> {
  const m = new Map<string, string>();
  for (const [p, ns] of Object.entries(fs.namespaces)) if (p && !m.has(ns)) m.set(ns, p);
  return m;
}

function safeAspectKey(f: Fact, fs: FactSet): string | undefined {
  try {
    return aspectKey(f, fs);
  } catch {
    return undefined;
  }
}

/** Element -> fact index: by id (ixport's rendering: first printing has the fact's id, later ones id-2, id-3...) or position. */
function factMatcher(fs: FactSet, file: string, match: 'id' | 'position'): (el: XmlElement) => number | undefined {
  const byId = new Map<string, number>();
  const byPos = new Map<string, number>();
  fs.facts.forEach((f, i) => {
    if (f.id !== undefined && !byId.has(f.id)) byId.set(f.id, i);
    const s = f.sources?.[0];
    if (match === 'position' && s && s.file === file) byPos.set(`${s.line}:${s.column}`, i);
  });
  return (el) => {
    if (match === 'position') {
      const i = byPos.get(`${el.line}:${el.column}`);
      if (i !== undefined) return i;
    }
    let id = attr(el, 'id');
    while (id !== undefined) {
      const i = byId.get(id);
      if (i !== undefined) return i;
      if (match !== 'id' || !/-\d+$/.test(id)) break;
      id = id.replace(/-\d+$/, '');
    }
    return undefined;
  };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function sayDate(d: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(d);
  return m ? `${MONTHS[Number(m[2]) - 1]} ${Number(m[3])}, ${m[1]}` : d;
}

/** "Dec 31, 2003"; "Oct 1 – Dec 31, 2003 (3 months)"; XBRL end dates are inclusive. */
export function periodLabel(p: Period): string {
  if (p.type === 'forever') return 'Forever';
  if (p.type === 'instant') return `As of ${sayDate(p.date)}`;
  const [s, e] = [p.start, p.end];
  // Start of the start day to end of the end day; 52/53-week quarters and years round to 3 and 12 months.
  const days = Math.round((Date.parse(e) - Date.parse(s)) / 86_400_000) + 1;
  const months = Math.round(days / 30.44);
  const len = days === 1 ? '1 day' : months >= 1 && Number.isFinite(months) ? `${months} month${months === 1 ? '' : 's'}` : `${days} days`;
  const from = s.slice(0, 4) === e.slice(0, 4) ? sayDate(s).replace(/, \d{4}$/, '') : sayDate(s);
  return `${from} – ${sayDate(e)} (${len})`;
}

function words(local: string): string {
  return local.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
}

function roleName(role: string): string {
  return role
    .replace(/^.*\//, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

function unitName(fs: FactSet, f: Fact): string | undefined {
  const u = f.unitRef ? fs.units[f.unitRef] : undefined;
  if (!u) return f.unitRef;
  const num = u.numerators.map((q) => q.local).join('×');
  return u.denominators.length ? `${num} / ${u.denominators.map((q) => q.local).join('×')}` : num;
}

function viewFact(f: Fact, fs: FactSet, name: (q: QName) => string, tax: Taxonomy | null, hidden: boolean): ViewFact {
  const c = fs.contexts[f.contextRef];
  const concept = tax?.concepts.get(clark(f.concept));
  const labels: [string, string][] = [];
  for (const [role, text] of Object.entries(concept?.labels ?? {})) if (role !== LABEL_ROLE.standard) labels.push([roleName(role), text]);
  const dims: [string, string][] = [];
  for (const d of c?.dimensions ?? []) dims.push([name(d.dimension), name(d.member)]);
  for (const t of c?.typedDimensions ?? []) dims.push([name(t.dimension), typedMemberText(t.value)]);
  return {
    concept: name(f.concept),
    label: concept?.labels[LABEL_ROLE.standard] ?? words(f.concept.local),
    labels,
    value: f.value,
    numeric: f.numeric,
    decimals: f.decimals,
    period: c ? periodKey(c.period) : '',
    periodLabel: c ? periodLabel(c.period) : f.tuple ? 'tuple' : `unknown context ${f.contextRef}`,
    unit: unitName(fs, f),
    entity: c ? `${c.entity.identifier} (${c.entity.scheme.replace(/^https?:\/\//, '')})` : '',
    context: f.contextRef,
    id: f.id,
    dims,
    sources: (f.sources ?? []).map(formatPos),
    balance: concept?.balance,
    calcTotal: [],
    calcItem: [],
    dups: [],
    findings: [],
    hidden,
  };
}

/** Calculation groups (summation-item, 2.1 and 1.1 arcroles) of every reported total, checked as Calculations 1.1 does. */
function calculationGroups(fs: FactSet, tax: Taxonomy, name: (q: QName) => string, facts: ViewFact[]): CalcGroup[] {
  const byRoleFrom = new Map<string, { role: string; from: QName; to: { q: QName; weight: number }[] }>();
  for (const r of tax.relationships) {
    if (!SUMMATION.has(r.arcrole)) continue;
    const k = `${r.role}\u0001${clark(r.from)}`;
    let g = byRoleFrom.get(k);
    if (!g) byRoleFrom.set(k, (g = { role: r.role, from: r.from, to: [] }));
    g.to.push({ q: r.to, weight: r.weight ?? 1 });
  }
  const byConcept = new Map<string, Map<string, number>>();
  fs.facts.forEach((f, i) => {
    if (!f.numeric || f.value === null || !fs.contexts[f.contextRef]) return;
    const where = `${contextAspectKey(fs.contexts[f.contextRef])}\u0001${unitMeasuresKey(f.unitRef ? fs.units[f.unitRef] : undefined)}`;
    let m = byConcept.get(clark(f.concept));
    if (!m) byConcept.set(clark(f.concept), (m = new Map()));
    if (!m.has(where)) m.set(where, i);
  });
  const out: CalcGroup[] = [];
  for (const g of byRoleFrom.values()) {
    const totals = byConcept.get(clark(g.from));
    if (!totals) continue;
    for (const [where, total] of totals) {
      const items = g.to.map(({ q, weight }) => {
        const fi = byConcept.get(clark(q))?.get(where);
        const c = tax.concepts.get(clark(q));
        return { concept: name(q), label: c?.labels[LABEL_ROLE.standard] ?? words(q.local), weight, fact: fi };
      });
      const present = items.filter((it) => it.fact !== undefined);
      if (present.length === 0) continue;
      const decs = [total, ...present.map((it) => it.fact!)].map((i) => fs.facts[i].decimals).filter((d): d is number => typeof d === 'number');
      const d = decs.length ? Math.min(...decs) : undefined;
      const round = (v: string) => {
        const x = new Decimal(v);
        if (d === undefined) return x;
        const unit = new Decimal(10).pow(-d);
        return x.div(unit).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).mul(unit);
      };
      let sum = new Decimal(0);
      let rounded = new Decimal(0);
      for (const it of present) {
        const v = fs.facts[it.fact!].value!;
        sum = sum.plus(new Decimal(v).mul(it.weight));
        rounded = rounded.plus(round(v).mul(it.weight));
      }
      const n = out.length;
      out.push({ role: g.role, total, items, sum: sum.isZero() ? '0' : sum.toFixed(), ok: rounded.eq(round(fs.facts[total].value!)) });
      facts[total].calcTotal.push(n);
      for (const it of present) facts[it.fact!].calcItem.push(n);
    }
  }
  return out;
}

/** Findings with the facts they name: by source position, else by concept and context. */
function linkFindings(messages: Message[], fs: FactSet, facts: ViewFact[]): ViewFinding[] {
  const byPos = new Map<string, number[]>();
  const key = (p: SourcePos) => `${p.file}:${p.line}:${p.column}`;
  fs.facts.forEach((f, i) => {
    for (const s of f.sources ?? []) {
      const list = byPos.get(key(s));
      if (list) list.push(i);
      else byPos.set(key(s), [i]);
    }
  });
  return messages.map((m, n) => {
    const hit = new Set<number>();
    for (const p of m.positions ?? []) for (const i of byPos.get(key(p)) ?? []) hit.add(i);
    // The fact the finding names first (its concept, in its context), then the others involved.
    let list = [...hit].sort((a, b) => a - b);
    if (m.concept) {
      const local = m.concept.replace(/^.*:/, '');
      const isNamed = (i: number) => fs.facts[i].concept.local === local && (!m.context || fs.facts[i].contextRef === m.context);
      if (!list.some(isNamed)) fs.facts.forEach((_, i) => isNamed(i) && list.push(i));
      list = [...list.filter(isNamed), ...list.filter((i) => !isNamed(i))];
    }
    for (const i of list) facts[i].findings.push(n);
    return { severity: m.severity, rule: m.ruleId, message: m.message, where: (m.positions ?? []).map(formatPos), facts: list };
  });
}

function diffData(old: OlderFiling, cur: ViewInput, facts: ViewFact[], allPeriods: boolean): NonNullable<ViewData['diff']> {
  const taxonomy = cur.taxonomy ?? old.taxonomy ?? undefined;
  const r = diffFactSets(old.factSet, cur.factSet, { restatement: !allPeriods, taxonomy });
  const byKey = new Map<string, number>();
  cur.factSet.facts.forEach((f, i) => {
    const k = safeAspectKey(f, cur.factSet);
    if (k && !byKey.has(k)) byKey.set(k, i);
  });
  const changes: ViewChange[] = [];
  const movedFrom = new Set(r.moved.map((m) => m.from.key));
  const movedTo = new Set(r.moved.map((m) => m.to.key));
  // Guidance prints a low and a high figure of one concept and period: the members tell the two rows apart.
  const members = (e: DiffEntry) => Object.values(e.dimensions).map((m) => m.replace(/^.*:/, '').replace(/Member$/, ''));
  const entry = (e: DiffEntry, status: ViewChange['status'], note?: string): ViewChange => ({
    status,
    concept: e.concept,
    label: members(e).length ? `${e.label} [${members(e).join(', ')}]` : e.label,
    period: e.period,
    unit: e.unit,
    old: e.old?.value,
    new: e.new?.value,
    difference: e.difference,
    fact: byKey.get(e.key),
    note,
  });
  const mark = (c: ViewChange, status: NonNullable<ViewFact['diff']>['status'], note?: string) => {
    if (c.fact === undefined) return;
    facts[c.fact].diff = { status, old: c.old, difference: c.difference, note: note ?? facts[c.fact].diff?.note };
  };
  for (const e of r.changed) {
    const c = entry(e, 'changed');
    changes.push(c);
    mark(c, 'changed');
  }
  for (const e of r.added) {
    if (movedTo.has(e.key)) continue;
    const c = entry(e, 'added');
    changes.push(c);
    mark(c, 'added');
  }
  for (const e of r.removed) if (!movedFrom.has(e.key)) changes.push(entry(e, 'removed'));
  for (const m of r.moved) {
    const c = entry(m.to, 'moved', `${groupDigits(m.value)} was reported as ${m.from.label} (${m.from.concept})`);
    c.old = m.from.old?.value;
    changes.push(c);
    mark(c, 'moved', c.note);
  }
  for (const x of r.reclassifications) {
    const names = x.members.map((e) => `${e.label} (${e.difference && !e.difference.startsWith('-') ? '+' : ''}${groupDigits(e.difference ?? '')})`);
    const note = `${groupDigits(x.amount)} moved between ${names.join(' and ')}`;
    const members = x.members.map((e) => byKey.get(e.key)).filter((i): i is number => i !== undefined);
    changes.push({
      status: 'reclassified',
      concept: x.members.map((e) => e.concept).join(' ↔ '),
      label: x.members.map((e) => e.label).join(' ↔ '),
      period: x.period,
      unit: x.unit,
      difference: x.amount,
      fact: members[0],
      note,
    });
    for (const i of members) if (facts[i].diff) facts[i].diff!.reclassified = note;
  }
  const counts = { added: 0, removed: 0, changed: 0, reclassified: 0, moved: 0 };
  for (const c of changes) counts[c.status]++;
  const p = r.periods;
  const note = p.compared
    ? `Compared the period${p.compared.length === 1 ? '' : 's'} both filings report: ${p.compared.join(', ') || 'none'} (restatements). ${p.onlyA.length} period(s) only in the older filing, ${p.onlyB.length} only in this one.`
    : 'Compared every period of both filings.';
  return { old: old.file, note, changes, counts };
}

/** An instance or xBRL-JSON has no rendering: a table of its facts stands in, concept by concept. */
function generatedPane(fs: FactSet, name: (q: QName) => string, tax: Taxonomy | null): DocumentPane {
  const shown = new Set<number>();
  const order = fs.facts.map((_, i) => i).filter((i) => !fs.facts[i].tuple);
  const rows: string[] = [];
  const anyDims = order.some((i) => (fs.contexts[fs.facts[i].contextRef]?.dimensions.length ?? 0) > 0);
  let last = '';
  for (const i of order) {
    const f = fs.facts[i];
    const c = fs.contexts[f.contextRef];
    const concept = tax?.concepts.get(clark(f.concept));
    const label = concept?.labels[LABEL_ROLE.standard] ?? words(f.concept.local);
    const dims = (c?.dimensions ?? []).map((d) => `${d.dimension.local}=${d.member.local}`).join(', ');
    const value = f.value === null ? 'nil' : f.numeric ? groupDigits(f.value) : f.value.length > 200 ? f.value.slice(0, 200) + '…' : f.value;
    shown.add(i);
    const head = clark(f.concept) === last ? '' : escapeHtml(label);
    last = clark(f.concept);
    rows.push(
      `<tr><td class="label">${head}</td><td class="period">${c ? escapeHtml(periodLabel(c.period)) : ''}</td>${anyDims ? `<td class="dims">${escapeHtml(dims)}</td>` : ''}<td class="${f.numeric ? 'num' : 'text'}"><span class="f" data-f="${i}">${escapeHtml(value)}</span></td></tr>`,
    );
  }
  void name;
  const html = `<div data-body="" class="generated"><p class="gen-note">This document has no rendering of its own: its facts are listed concept by concept.</p><table class="facts"><caption>Facts</caption><thead><tr><th>Concept</th><th>Period</th>${anyDims ? '<th>Dimensions</th>' : ''}<th class="num">Value</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
  return { html, css: '', shown };
}

export function groupDigits(v: string): string {
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(v);
  if (!m) return v;
  return m[1] + m[2].replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (m[3] ?? '');
}
