// A fact's identity for comparing two fact sets: concept, context aspects (entity, period, dimensions), unit
// measures, decimals/precision, nil and value, with ids and prefixes left out.
import { type Fact, type FactSet, type QName } from '../../src/model/fact.js';
import { periodKey } from '../../src/model/period.js';

/**
 * Options for comparing across taxonomy versions: the EDGAR suite's expected instances were made with older
 * dei/us-gaap releases than its inputs, so a dated last path segment of a namespace is ignored when asked.
 */
export interface KeyOptions {
  ignoreNamespaceVersions?: boolean;
  /** Compare text values with whitespace collapsed (the suite's expected instances predate re-indented inputs). */
  collapseText?: boolean;
}

export function conceptKey(q: QName, options: KeyOptions = {}): string {
  const ns = options.ignoreNamespaceVersions ? q.ns.replace(/\/\d{4}(-\d{2}-\d{2})?$/, '/*') : q.ns;
  return `{${ns}}${q.local}`;
}

export function contextKey(fs: FactSet, id: string, options: KeyOptions = {}): string {
  const c = fs.contexts[id];
  if (!c) return `?${id}`;
  const k = (q: QName) => conceptKey(q, options);
  const dims = c.dimensions.map((d) => `${k(d.dimension)}=${k(d.member)}`);
  const typed = (c.typedDimensions ?? []).map((d) => `${k(d.dimension)}=${d.value.replace(/\s+xmlns(:\w+)?="[^"]*"/g, '')}`);
  return `${c.entity.scheme}#${c.entity.identifier}@${periodKey(c.period)}[${[...dims, ...typed].join(',')}]`;
}

export function unitKey(fs: FactSet, id: string | undefined, options: KeyOptions = {}): string {
  if (id === undefined) return '';
  const u = fs.units[id];
  if (!u) return `?${id}`;
  const k = (q: QName) => conceptKey(q, options);
  return `${u.numerators.map(k).join('*')}/${u.denominators.map(k).join('*')}`;
}

export function factKey(f: Fact, fs: FactSet, options: KeyOptions = {}): string {
  return [
    conceptKey(f.concept, options),
    contextKey(fs, f.contextRef, options),
    unitKey(fs, f.unitRef, options),
    f.decimals ?? '',
    f.precision ?? '',
    f.value === null ? 'nil' : JSON.stringify(options.collapseText && !f.numeric ? f.value.replace(/\s+/g, ' ').trim() : f.value),
  ].join(' | ');
}
