// Value-based keys for contexts and units, so that two contexts with different ids but the same content
// (s-equal in XBRL 2.1 terms) and two u-equal units group together. Fact sets read back from other tools
// are not guaranteed to have de-duplicated contexts and units.
import { clark, type Context, type Unit } from '../model/fact.js';
import { periodKey } from '../model/period.js';

/** Key equal for s-equal contexts: entity, period, dimensions and any other segment/scenario content. */
export function contextKey(c: Context): string {
  const container = c.container ?? 'segment';
  const explicit = c.dimensions.map((d) => `${clark(d.dimension)}=${clark(d.member)}`).sort();
  const typed = (c.typedDimensions ?? []).map((d) => `${clark(d.dimension)}~${d.value}`).sort();
  return JSON.stringify([
    c.entity.scheme,
    c.entity.identifier,
    periodKey(c.period),
    explicit.length || typed.length ? container : '',
    explicit,
    typed,
    c.otherSegment ?? '',
    c.otherScenario ?? '',
  ]);
}

/** Key equal for u-equal units (same measures in numerator and denominator, order ignored). */
export function unitKey(u: Unit): string {
  const num = u.numerators.map(clark).sort().join('*');
  const den = u.denominators.map(clark).sort().join('*');
  return den ? `${num}/${den}` : num;
}
