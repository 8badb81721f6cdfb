// The view page's script (compiled by tsc with src/view/client/tsconfig.json, inlined into the page as a module).
// It mounts the document in a shadow root, marks untagged numbers, and drives the panel: the selected fact,
// search and filters, findings and the changes against an older filing. No framework; no network.
import type { CalcGroup, ViewChange, ViewData, ViewFact, ViewFinding } from '../data.js';

const data = JSON.parse(document.getElementById('view-data')!.textContent!) as ViewData;
const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

// ---- helpers ----------------------------------------------------------------------------------------------

function h(tag: string, attrs: Record<string, string | number | boolean | undefined> = {}, ...children: (Node | string | null | undefined)[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === 'class') el.className = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined) el.append(c);
  return el;
}

function group(v: string): string {
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(v);
  return m ? m[1] + m[2].replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (m[3] ?? '') : v;
}

function showValue(f: ViewFact | undefined, v: string | null | undefined = f?.value): string {
  if (v === undefined) return '—';
  if (v === null) return 'nil';
  if (!f || f.numeric) return group(v);
  return v.length > 400 ? v.slice(0, 400) + '…' : v;
}

function baseName(path: string): string {
  return path.replace(/^.*[\\/]/, '');
}

function decimalsText(d: number | 'INF' | undefined): string {
  if (d === undefined) return '—';
  if (d === 'INF') return 'INF (exact)';
  const names: Record<string, string> = { '-9': 'billions', '-6': 'millions', '-3': 'thousands', '0': 'units', '2': 'cents' };
  return `${d}${names[String(d)] ? ` (accurate to ${names[String(d)]})` : ''}`;
}

const STATUS_TEXT: Record<ViewChange['status'], string> = {
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
  reclassified: 'Reclassified',
  moved: 'Moved',
};

// ---- the document -----------------------------------------------------------------------------------------

const host = $('doc-host');
const shadow = host.attachShadow({ mode: 'open' });
shadow.append((document.getElementById('doc') as HTMLTemplateElement).content.cloneNode(true));
// With --diff the changes carry the colour; the other facts keep only a faint underline.
if (data.diff) shadow.querySelector('[data-body]')?.classList.add('diffmode');

/** Fact index -> its elements in the document, in document order. */
const elements = new Map<number, HTMLElement[]>();
const allFactEls = Array.from(shadow.querySelectorAll<HTMLElement>('[data-f]'));
for (const el of allFactEls) {
  const i = Number(el.dataset.f);
  const list = elements.get(i);
  if (list) list.push(el);
  else elements.set(i, [el]);
  el.tabIndex = -1;
  const f = data.facts[i];
  if (f?.diff) el.classList.add(`d-${f.diff.status}`);
  if (f?.diff?.reclassified) el.classList.add('d-reclass');
  if (f?.findings.some((n) => data.findings[n].severity === 'error')) el.classList.add('has-error');
}
/** Facts in document order (first printing), then the hidden ones. */
const docOrder: number[] = [];
{
  const seen = new Set<number>();
  for (const el of allFactEls) {
    const i = Number(el.dataset.f);
    if (!seen.has(i)) {
      seen.add(i);
      docOrder.push(i);
    }
  }
}

/** Statement of each fact: its table's caption, else the nearest short heading-like text before it. */
const statementOf = new Map<number, string>();
{
  const memo = new Map<Element, string>();
  const headingBefore = (start: Element): string => {
    let node: Element | null = start;
    for (let hops = 0; node && hops < 40; hops++) {
      let prev: Element | null = node.previousElementSibling;
      while (prev) {
        const text = (prev.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (text.length >= 3 && text.length <= 120 && !/^\(?(in |dollars|unaudited)/i.test(text) && /[A-Za-z]{3}/.test(text) && !prev.querySelector('[data-f]'))
          return text;
        if (text.length > 120 || prev.querySelector('table')) break;
        prev = prev.previousElementSibling;
        hops++;
        if (hops > 40) break;
      }
      if (prev) break;
      node = node.parentElement;
      if (!node || node.hasAttribute('data-body')) break;
    }
    return 'Text';
  };
  for (const el of allFactEls) {
    const i = Number(el.dataset.f);
    if (statementOf.has(i)) continue;
    const table = el.closest('table');
    if (!table) {
      statementOf.set(i, 'Text');
      continue;
    }
    let s = memo.get(table);
    if (s === undefined) {
      const cap = table.querySelector('caption .title') ?? table.querySelector('caption');
      s = cap ? (cap.textContent ?? '').replace(/\s+/g, ' ').trim() : headingBefore(table);
      if (s.length > 90) s = s.slice(0, 88) + '…';
      memo.set(table, s);
    }
    statementOf.set(i, s);
  }
  data.facts.forEach((f, i) => {
    if (!statementOf.has(i)) statementOf.set(i, f.hidden ? 'Not displayed (hidden facts)' : 'Text');
  });
}

/** Numbers the document prints that carry no fact: marked so a reader sees what was not tagged. */
let untaggedCount = 0;
{
  const NUMBER = /(\$\s?)?\(?\d{1,3}(,\d{3})+(\.\d+)?\)?%?|(\$\s?)\d+(\.\d+)?|\(?\d+\.\d+\)?%?|\b\d+(\.\d+)?%|\(?\b\d{1,3}\b\)?(?=\s*$)/g;
  const walker = document.createTreeWalker(shadow, NodeFilter.SHOW_TEXT);
  const todo: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    const parent = t.parentElement;
    if (!parent || parent.closest('[data-f], style, caption, th, thead, .x-img')) continue;
    if (!/\d/.test(t.data)) continue;
    todo.push(t);
  }
  for (const t of todo) {
    if (untaggedCount > 20000) break;
    const inCell = !!t.parentElement!.closest('td');
    const text = t.data;
    const parts: (string | HTMLElement)[] = [];
    let at = 0;
    for (const m of text.matchAll(NUMBER)) {
      const raw = m[0];
      const start = m.index!;
      // In prose only amounts ($, %, thousands separators) count: dates, note numbers and years are not figures.
      const amount = /[$%,]/.test(raw) || (inCell && /\.\d/.test(raw));
      const cellNumber = inCell && text.trim() === raw.trim() && !/^\(?(19|20)\d\d\)?$/.test(raw.trim());
      if (!amount && !cellNumber) continue;
      if (/^\d{4}$/.test(raw.trim())) continue;
      parts.push(text.slice(at, start));
      parts.push(h('span', { class: 'untagged', title: 'Printed number with no fact' }, raw));
      at = start + raw.length;
      untaggedCount++;
    }
    if (!parts.length) continue;
    parts.push(text.slice(at));
    t.replaceWith(...parts);
  }
}

// ---- header, legend, filters ------------------------------------------------------------------------------

const hiddenCount = data.facts.filter((f) => f.hidden).length;
$('doc-title').textContent = data.title;
$('doc-sub').textContent =
  `${data.file} · ${data.kind === 'release' ? 'plaintext release, rendered by ixport' : data.kind === 'inline' ? 'Inline XBRL' : data.kind === 'json' ? 'xBRL-JSON' : 'XBRL instance'} · ${data.facts.length} facts${hiddenCount ? ` (${hiddenCount} not displayed)` : ''} · ${untaggedCount} untagged number${untaggedCount === 1 ? '' : 's'}`;
document.title = `${data.title} · ixport view`;

{
  const items: [string, string][] = [
    ['sw-fact', 'Tagged fact'],
    ['sw-sel', 'Selected'],
    ['sw-untagged', 'Untagged number'],
    ['sw-error', 'Fact with an error finding'],
  ];
  if (data.diff)
    items.push(['sw-added', 'Added'], ['sw-changed', 'Changed'], ['sw-reclassified', 'Part of a reclassification'], ['sw-moved', 'Moved from another concept']);
  const legend = $('legend');
  legend.append(h('span', { class: 'legend-title' }, 'Legend'));
  for (const [cls, text] of items)
    legend.append(h('span', { class: 'legend-item' }, h('span', { class: `swatch ${cls}` }, cls === 'sw-untagged' ? '1,234' : '1,234'), text));
  if (data.diff) legend.append(h('span', { class: 'legend-diff', title: data.diff.old }, 'Changes since ', h('strong', {}, baseName(data.diff.old))));
}

const periodSelect = $<HTMLSelectElement>('f-period');
const statementSelect = $<HTMLSelectElement>('f-statement');
{
  const periods = new Map<string, string>();
  for (const f of data.facts) if (f.period) periods.set(f.period, f.periodLabel);
  const end = (k: string) => k.replace(/^.*\//, '');
  for (const [k, label] of [...periods].sort((a, b) => (end(b[0]) < end(a[0]) ? -1 : end(b[0]) > end(a[0]) ? 1 : a[0] < b[0] ? 1 : -1))) {
    periodSelect.append(h('option', { value: k }, label));
  }
  const statements: string[] = [];
  for (const i of [...docOrder, ...data.facts.map((_, i) => i)]) {
    const s = statementOf.get(i)!;
    if (!statements.includes(s)) statements.push(s);
  }
  for (const s of statements) statementSelect.append(h('option', { value: s }, s));
}

// ---- tabs ---------------------------------------------------------------------------------------------------

type Tab = 'fact' | 'facts' | 'findings' | 'changes';
const TABS: Tab[] = ['fact', 'facts', 'findings', 'changes'];
function showTab(tab: Tab): void {
  if (tab === 'changes' && !data.diff) return;
  for (const t of TABS) {
    $(`tab-${t}`).hidden = t !== tab;
    $(`tab-btn-${t}`).setAttribute('aria-selected', String(t === tab));
  }
}
for (const t of TABS) $(`tab-btn-${t}`).addEventListener('click', () => showTab(t));

// ---- selection and the fact panel ----------------------------------------------------------------------------

let selected: number | undefined;
let marked: HTMLElement[] = [];

function factLink(i: number | undefined, text: string): HTMLElement {
  if (i === undefined) return h('span', { class: 'muted' }, text);
  const b = h('button', { class: 'link', 'data-goto': i }, text);
  b.addEventListener('click', () => select(i));
  return b;
}

function row(label: string, value: Node | string, field?: string): HTMLElement {
  return h('div', { class: 'kv' }, h('div', { class: 'k' }, label), h('div', { class: 'v', 'data-field': field }, value));
}

function calcTable(g: CalcGroup, from: number): HTMLElement {
  const total = data.facts[g.total];
  const t = h('table', { class: 'calc' });
  for (const it of g.items) {
    const f = it.fact === undefined ? undefined : data.facts[it.fact];
    t.append(
      h(
        'tr',
        { class: it.fact === from ? 'me' : undefined },
        h('td', { class: 'w' }, it.weight < 0 ? '−' : '+'),
        h('td', {}, factLink(it.fact, it.label)),
        h('td', { class: 'num' }, f ? showValue(f) : 'not reported'),
      ),
    );
  }
  t.append(h('tr', { class: 'sum' }, h('td', {}, '='), h('td', {}, 'Sum of items'), h('td', { class: 'num' }, group(g.sum))));
  t.append(
    h(
      'tr',
      { class: g.total === from ? 'me total' : 'total' },
      h('td', {}, ''),
      h('td', {}, factLink(g.total, total.label)),
      h('td', { class: 'num' }, showValue(total)),
    ),
  );
  const verdict = g.ok
    ? h('div', { class: 'ok' }, '✓ Adds up')
    : h('div', { class: 'bad' }, `✗ Does not add up: off by ${group(String(Number(total.value) - Number(g.sum)))}`);
  return h('div', { class: 'calc-group' }, h('div', { class: 'role' }, g.role.replace(/^.*\//, '')), t, verdict);
}

function renderFact(i: number): void {
  const f = data.facts[i];
  const pane = $('tab-fact');
  pane.replaceChildren();
  const printed = elements.get(i)?.[0]?.textContent?.trim();
  const head = h(
    'div',
    { class: 'fact-head' },
    h('div', { class: 'fact-label' }, f.label),
    h('div', { class: 'fact-concept', 'data-field': 'concept' }, f.concept),
    h('div', { class: 'fact-value', 'data-field': 'value' }, showValue(f), f.numeric && f.unit ? h('span', { class: 'unit' }, ` ${f.unit}`) : null),
    h('div', { class: 'fact-period', 'data-field': 'period' }, f.periodLabel),
  );
  pane.append(head);
  if (f.diff) {
    const d = f.diff;
    pane.append(
      h(
        'div',
        { class: `diff-box d-${d.status}` },
        h('strong', {}, STATUS_TEXT[d.status]),
        d.reclassified ? h('strong', {}, ' · part of a reclassification') : null,
        d.old !== undefined ? ` · was ${showValue(f, d.old)}` : '',
        d.difference ? ` · difference ${d.difference.startsWith('-') ? '' : '+'}${group(d.difference)}` : '',
        d.note ? h('div', { class: 'note' }, d.note) : null,
        d.reclassified ? h('div', { class: 'note' }, d.reclassified) : null,
      ),
    );
  }
  const dl = h('div', { class: 'kvs' });
  if (printed && printed !== showValue(f)) dl.append(row('As printed', printed));
  dl.append(row('Unit', f.unit ?? '—'), row('Decimals', decimalsText(f.decimals)));
  if (f.balance) dl.append(row('Balance', f.balance));
  dl.append(row('Dimensions', f.dims.length ? h('div', {}, ...f.dims.map(([d, m]) => h('div', { class: 'mono' }, `${d} = ${m}`))) : 'none'));
  dl.append(row('Statement', statementOf.get(i) ?? ''));
  dl.append(row('Source', f.sources.length ? h('div', {}, ...f.sources.map((s) => h('div', { class: 'mono' }, s))) : '—', 'source'));
  dl.append(row('Entity', f.entity), row('Context', h('span', { class: 'mono' }, f.context)));
  if (f.id) dl.append(row('Fact id', h('span', { class: 'mono' }, f.id)));
  if (f.hidden) dl.append(row('Displayed', 'no: not shown by the document (hidden)'));
  pane.append(dl);

  if (f.labels.length) {
    pane.append(h('h3', {}, 'Labels'), h('div', { class: 'kvs' }, row('standard', f.label), ...f.labels.map(([r, t]) => row(r, t))));
  }
  if (f.calcTotal.length || f.calcItem.length) {
    pane.append(h('h3', {}, 'Calculations'));
    for (const g of f.calcTotal) pane.append(h('div', { class: 'calc-title' }, 'Sum of its children'), calcTable(data.calcs[g], i));
    for (const g of f.calcItem) pane.append(h('div', { class: 'calc-title' }, `Part of ${data.facts[data.calcs[g].total].label}`), calcTable(data.calcs[g], i));
  }
  if (f.dups.length) {
    pane.append(h('h3', {}, `Duplicates (${f.dups.length})`));
    const list = h('ul', { class: 'plain' });
    for (const j of f.dups) {
      const d = data.facts[j];
      const same = d.value === f.value;
      list.append(
        h('li', {}, factLink(j, `${showValue(d)}`), ` ${same ? 'same value' : 'DIFFERENT value'}, decimals ${d.decimals ?? '—'} · ${d.sources[0] ?? ''}`),
      );
    }
    pane.append(list);
  }
  if (f.findings.length) {
    pane.append(h('h3', {}, `Findings (${f.findings.length})`));
    for (const n of f.findings) pane.append(findingItem(data.findings[n], n));
  }
}

function clearMarks(): void {
  for (const el of marked) el.classList.remove('sel', 'rel');
  marked = [];
}

function select(i: number, opts: { scroll?: boolean; tab?: boolean; focus?: boolean } = {}): void {
  clearMarks();
  selected = i;
  const els = elements.get(i) ?? [];
  for (const el of els) el.classList.add('sel');
  marked.push(...els);
  const f = data.facts[i];
  // Calculation relatives and duplicates, lightly marked.
  const rel = new Set<number>(f.dups);
  for (const g of [...f.calcTotal, ...f.calcItem]) {
    rel.add(data.calcs[g].total);
    for (const it of data.calcs[g].items) if (it.fact !== undefined) rel.add(it.fact);
  }
  rel.delete(i);
  for (const j of rel)
    for (const el of elements.get(j) ?? []) {
      el.classList.add('rel');
      marked.push(el);
    }
  renderFact(i);
  if (opts.tab !== false) showTab('fact');
  if (els[0] && opts.scroll !== false) {
    els[0].scrollIntoView({ block: 'center', behavior: 'auto' });
    if (opts.focus !== false) els[0].focus({ preventScroll: true });
  }
  for (const b of document.querySelectorAll('.list-item.current')) b.classList.remove('current');
  for (const b of document.querySelectorAll(`.list-item[data-fact="${i}"]`)) b.classList.add('current');
}

shadow.addEventListener('click', (e) => {
  const el = (e.target as Element).closest?.('[data-f]') as HTMLElement | null;
  if (el) select(Number(el.dataset.f), { scroll: false });
});

// ---- search and filters -------------------------------------------------------------------------------------

const q = $<HTMLInputElement>('q');
let visible: number[] = [];

function matches(i: number, needle: string, period: string, statement: string): boolean {
  const f = data.facts[i];
  if (period && f.period !== period) return false;
  if (statement && statementOf.get(i) !== statement) return false;
  if (!needle) return true;
  const hay =
    `${f.concept}\n${f.label}\n${f.labels.map((l) => l[1]).join('\n')}\n${f.value ?? ''}\n${f.value !== null && f.numeric ? group(f.value) : ''}`.toLowerCase();
  return needle.split(/\s+/).every((w) => hay.includes(w));
}

function applyFilters(): void {
  const needle = q.value.trim().toLowerCase();
  const period = periodSelect.value;
  const statement = statementSelect.value;
  const active = !!(needle || period || statement);
  const order = [...docOrder, ...data.facts.map((_, i) => i).filter((i) => !elements.has(i))];
  visible = order.filter((i) => matches(i, needle, period, statement));
  const on = new Set(visible);
  for (const [i, els] of elements) for (const el of els) el.classList.toggle('dim', active && !on.has(i));
  host.classList.toggle('filtering', active);
  $('count-facts').textContent = active ? `${visible.length}/${data.facts.length}` : String(data.facts.length);
  renderFactList();
}

function renderFactList(): void {
  const pane = $('tab-facts');
  pane.replaceChildren();
  const LIMIT = 400;
  pane.append(
    h('div', { class: 'list-head' }, `${visible.length} fact${visible.length === 1 ? '' : 's'}${visible.length > LIMIT ? ` (first ${LIMIT} shown)` : ''}`),
  );
  const list = h('div', { class: 'list' });
  for (const i of visible.slice(0, LIMIT)) {
    const f = data.facts[i];
    const b = h(
      'button',
      { class: `list-item${i === selected ? ' current' : ''}${f.diff ? ` d-${f.diff.status}` : ''}`, 'data-fact': i },
      h('span', { class: 'li-label' }, f.label, f.hidden ? h('span', { class: 'tag' }, 'hidden') : null),
      h('span', { class: 'li-value' }, showValue(f)),
      h('span', { class: 'li-sub' }, `${f.periodLabel}${f.dims.length ? ' · ' + f.dims.map((d) => d[1].replace(/^.*:/, '')).join(', ') : ''}`),
    );
    b.addEventListener('click', () => select(i));
    list.append(b);
  }
  pane.append(list);
}

q.addEventListener('input', () => {
  applyFilters();
  showTab('facts');
});
periodSelect.addEventListener('change', applyFilters);
statementSelect.addEventListener('change', applyFilters);

// ---- findings -------------------------------------------------------------------------------------------------

function findingItem(m: ViewFinding, n: number): HTMLElement {
  const b = h(
    'button',
    { class: `list-item finding sev-${m.severity}`, 'data-finding': n, 'data-fact': m.facts[0] },
    h('span', { class: `sev ${m.severity}` }, m.severity),
    h('span', { class: 'rule' }, m.rule),
    h('span', { class: 'msg' }, m.message),
    m.where.length ? h('span', { class: 'li-sub mono' }, m.where.slice(0, 3).join(', ') + (m.where.length > 3 ? ` +${m.where.length - 3}` : '')) : null,
  );
  b.addEventListener('click', () => {
    if (m.facts.length === 0) return;
    select(m.facts[0], { tab: false });
    for (const j of m.facts.slice(1))
      for (const el of elements.get(j) ?? []) {
        el.classList.add('rel');
        marked.push(el);
      }
  });
  return b;
}

{
  const pane = $('tab-findings');
  const rank = { error: 0, warning: 1, info: 2 };
  const order = data.findings.map((_, n) => n).sort((a, b) => rank[data.findings[a].severity] - rank[data.findings[b].severity] || a - b);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const m of data.findings) counts[m.severity]++;
  $('count-findings').textContent = String(counts.error + counts.warning);
  if (counts.error) $('count-findings').classList.add('bad');
  pane.append(
    h(
      'div',
      { class: 'list-head' },
      `${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info} info`,
    ),
  );
  if (data.taxonomyNote) pane.append(h('div', { class: 'note' }, `Calculations not checked: ${data.taxonomyNote}.`));
  const list = h('div', { class: 'list' });
  for (const n of order) list.append(findingItem(data.findings[n], n));
  if (!data.findings.length) list.append(h('div', { class: 'empty' }, 'No findings: the arithmetic checks out.'));
  pane.append(list);
}

// ---- changes (--diff) ---------------------------------------------------------------------------------------

const changeOrder: number[] = [];
if (data.diff) {
  const diff = data.diff;
  $('tab-btn-changes').hidden = false;
  const total = diff.changes.length;
  $('count-changes').textContent = String(total);
  const pane = $('tab-changes');
  const summary = h('div', { class: 'diff-summary' });
  for (const s of ['changed', 'added', 'removed', 'reclassified', 'moved'] as const) {
    summary.append(h('span', { class: `pill d-${s}`, 'data-count': s }, `${diff.counts[s]} ${s}`));
  }
  pane.append(
    h('div', { class: 'list-head', title: diff.old }, 'Against ', h('strong', {}, baseName(diff.old))),
    summary,
    h('div', { class: 'note' }, diff.note),
  );
  const list = h('div', { class: 'list' });
  const rank = { changed: 0, removed: 1, added: 2, reclassified: 3, moved: 4 };
  const sorted = diff.changes.map((c, n) => ({ c, n })).sort((a, b) => rank[a.c.status] - rank[b.c.status] || a.n - b.n);
  for (const { c } of sorted) {
    const f = c.fact === undefined ? undefined : data.facts[c.fact];
    if (c.fact !== undefined) changeOrder.push(c.fact);
    const values =
      c.status === 'reclassified'
        ? `${group(c.difference ?? '')} moved`
        : `${c.old === undefined ? '' : showValue(f, c.old)}${c.old !== undefined && c.new !== undefined ? ' → ' : ''}${c.new === undefined ? '' : showValue(f, c.new)}`;
    const b = h(
      'button',
      { class: `list-item change d-${c.status}`, 'data-status': c.status, 'data-concept': c.concept, 'data-period': c.period, 'data-fact': c.fact },
      h('span', { class: `pill d-${c.status}` }, STATUS_TEXT[c.status]),
      h('span', { class: 'li-label' }, c.label),
      h('span', { class: 'li-value' }, values),
      h('span', { class: 'li-sub' }, `${c.period}${c.unit ? ' · ' + c.unit : ''}${c.status === 'removed' ? ' · not in this document' : ''}`),
      c.note ? h('span', { class: 'li-sub' }, c.note) : null,
    );
    b.addEventListener('click', () => {
      if (c.fact !== undefined) select(c.fact, { tab: false });
    });
    list.append(b);
  }
  if (!total) list.append(h('div', { class: 'empty' }, 'No differences.'));
  pane.append(list);
}

// ---- keyboard -----------------------------------------------------------------------------------------------

function step(dir: 1 | -1, within: number[]): void {
  const list = within.filter((i) => elements.has(i));
  if (!list.length) return;
  const at = selected === undefined ? -1 : list.indexOf(selected);
  const next = at < 0 ? (dir > 0 ? 0 : list.length - 1) : (at + dir + list.length) % list.length;
  select(list[next], { tab: false });
  showTab('fact');
}

document.addEventListener('keydown', (e) => {
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  const target = e.target as HTMLElement;
  const typing = target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA';
  if (e.key === 'Escape') {
    if (q.value || periodSelect.value || statementSelect.value) {
      q.value = '';
      periodSelect.value = '';
      statementSelect.value = '';
      applyFilters();
    }
    if (typing) target.blur();
    return;
  }
  if (typing) {
    if (e.key === 'Enter' && target === q && visible.length) {
      select(visible[0]);
      e.preventDefault();
    }
    return;
  }
  const filtered = q.value || periodSelect.value || statementSelect.value ? visible : docOrder;
  switch (e.key) {
    case 'j':
    case 'ArrowDown':
      if (e.key === 'ArrowDown' && !target.closest('#doc-pane') && target !== document.body) return;
      step(1, filtered);
      break;
    case 'k':
    case 'ArrowUp':
      if (e.key === 'ArrowUp' && !target.closest('#doc-pane') && target !== document.body) return;
      step(-1, filtered);
      break;
    case 'n':
      step(1, changeOrder.length ? changeOrder : data.findings.flatMap((m) => m.facts.slice(0, 1)));
      break;
    case 'p':
      step(-1, changeOrder.length ? changeOrder : data.findings.flatMap((m) => m.facts.slice(0, 1)));
      break;
    case '/':
      q.focus();
      q.select();
      break;
    case '1':
    case '2':
    case '3':
    case '4':
      showTab(TABS[Number(e.key) - 1]);
      break;
    case 'Enter':
      if (target.dataset?.f) select(Number(target.dataset.f), { scroll: false });
      else return;
      break;
    default:
      return;
  }
  e.preventDefault();
});
// Keys pressed on a focused fact inside the shadow root reach the document listener with the host as target.
shadow.addEventListener('keydown', (e) => {
  const k = (e as KeyboardEvent).key;
  const el = (e.target as HTMLElement).closest?.('[data-f]') as HTMLElement | null;
  if (k === 'Enter' && el) {
    select(Number(el.dataset.f), { scroll: false });
    e.preventDefault();
    e.stopPropagation();
  }
});

// ---- start --------------------------------------------------------------------------------------------------

applyFilters();
{
  const pane = $('tab-fact');
  pane.append(
    h('div', { class: 'empty' }, 'Click a highlighted number, or press ', h('kbd', {}, 'j'), ' to step through the facts.'),
    h(
      'div',
      { class: 'kvs overview' },
      row('Facts', `${data.facts.length} (${data.facts.length - hiddenCount} displayed, ${hiddenCount} hidden)`),
      row('Untagged numbers', String(untaggedCount)),
      row(
        'Calculations',
        data.calcs.length ? `${data.calcs.filter((g) => g.ok).length} of ${data.calcs.length} add up` : data.taxonomyNote ? 'not checked' : 'none',
      ),
      row(
        'Findings',
        `${data.findings.filter((m) => m.severity === 'error').length} errors, ${data.findings.filter((m) => m.severity === 'warning').length} warnings`,
      ),
    ),
  );
  // The statements of the document, each a jump to its first fact.
  const firstOf = new Map<string, number>();
  for (const i of docOrder) if (!firstOf.has(statementOf.get(i)!)) firstOf.set(statementOf.get(i)!, i);
  if (firstOf.size > 1) {
    pane.append(h('h3', {}, 'Statements and sections'));
    const list = h('div', { class: 'list' });
    for (const [name, i] of firstOf) {
      const count = docOrder.filter((j) => statementOf.get(j) === name).length;
      const b = h('button', { class: 'list-item' }, h('span', { class: 'li-label' }, name), h('span', { class: 'li-value muted' }, `${count} facts`));
      b.addEventListener('click', () => select(i));
      list.append(b);
    }
    pane.append(list);
  }
}
showTab(data.diff ? 'changes' : 'fact');
document.body.dataset.ready = 'true';
