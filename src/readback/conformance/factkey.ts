// A fact's identity for comparing two fact sets: concept, context aspects (entity, period, dimensions), unit
// measures, decimals/precision, nil and value, with ids and prefixes left out.
import { type Fact, type FactSet, type QName } from '../../model/fact.js';

/**
 * Options for comparing across taxonomy versions: the EDGAR suite's expected instances were made with older
 * dei/us-gaap releases than its inputs, so a dated last path segment of a namespace is ignored when asked.
 */
export interface KeyOptions {
  ignoreNamespaceVersions?: boolean;
  /** Compare text values with whitespace collapsed (the suite's expected instances predate re-indented inputs). */
  collapseText?: boolean;
}

let opts: KeyOptions = {};

export function conceptKey(q: QName, options: KeyOptions = {}): string {
  opts = options;
  return clark(q);
}

function clark(q: QName): string {
  const ns = opts.ignoreNamespaceVersions ? q.ns.replace(/\/\d{4}(-\d{2}-\d{2})?$/, '/*') : q.ns;
  return `{${ns}}${q.local}`;
}
import { periodKey } from '../../model/period.js';

export function contextKey(fs: FactSet, id: string): string {
  const c = fs.contexts[id];
  if (!c) return `?${id}`;
  const dims = c.dimensions.map((d) => `${clark(d.dimension)}=${clark(d.member)}`);
  const typed = (c.typedDimensions ?? []).map((d) => `${clark(d.dimension)}=${d.value.replace(/\s+xmlns(:\w+)?="[^"]*"/g, '')}`);
  return `${c.entity.scheme}#${c.entity.identifier}@${periodKey(c.period)}[${[...dims, ...typed].join(',')}]`;
}

export function unitKey(fs: FactSet, id: string | undefined): string {
  if (id === undefined) return '';
  const u = fs.units[id];
  if (!u) return `?${id}`;
  return `${u.numerators.map(clark).join('*')}/${u.denominators.map(clark).join('*')}`;
}

export function factKey(f: Fact, fs: FactSet, options: KeyOptions = {}): string {
  opts = options;
  return [
    clark(f.concept),
    contextKey(fs, f.contextRef),
    unitKey(fs, f.unitRef),
    f.decimals ?? '',
    f.precision ?? '',
    f.value === null ? 'nil' : JSON.stringify(options.collapseText && !f.numeric ? f.value.replace(/\s+/g, ' ').trim() : f.value),
  ].join(' | ');
}
