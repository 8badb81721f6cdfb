// Fact-set equality for round-trip tests: each fact reduced to its aspects (concept; entity, period and
// dimensions of its context; measures of its unit; language of a text fact) plus decimals and value, so context
// and unit ids, fact ids and source positions do not matter. Identical duplicates (a fact tagged at each of its
// printings) count once; differing duplicates remain visible.
import { Decimal } from '../../src/model/decimal.js';
import { clark, type Fact, type FactSet } from '../../src/model/fact.js';
import { periodKey } from '../../src/model/period.js';

function contextKey(fs: FactSet, id: string): string {
  const c = fs.contexts[id];
  if (!c) return `missing-context:${id}`;
  const dims = c.dimensions.map((d) => `${clark(d.dimension)}=${clark(d.member)}`).sort();
  const typed = (c.typedDimensions ?? []).map((d) => `${clark(d.dimension)}=${d.value}`).sort();
  return `${c.entity.scheme}#${c.entity.identifier}@${periodKey(c.period)}[${[...dims, ...typed].join(',')}]`;
}

function unitKey(fs: FactSet, id?: string): string {
  if (id === undefined) return '';
  const u = fs.units[id];
  if (!u) return `missing-unit:${id}`;
  return `${u.numerators.map(clark).sort().join('*')}/${u.denominators.map(clark).sort().join('*')}`;
}

export function factKey(fs: FactSet, f: Fact): string {
  const value = f.value === null ? 'nil' : f.numeric ? new Decimal(f.value).toFixed() : JSON.stringify(f.value);
  return [clark(f.concept), contextKey(fs, f.contextRef), unitKey(fs, f.unitRef), f.numeric ? `d=${f.decimals ?? ''}` : `lang=${f.lang ?? ''}`, value].join(
    ' | ',
  );
}

/** The distinct fact keys of a fact set, sorted. */
export function factKeys(fs: FactSet): string[] {
  return [...new Set(fs.facts.map((f) => factKey(fs, f)))].sort();
}
