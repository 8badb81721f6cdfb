// Contexts and units: entity from options, period from the reader, explicit dimensions from the column and
// table wording (qualifiers.tsv). Ids are stable and readable: D2004Q1, D2004, D2002-07-31_2002-12-31,
// I2004-03-31, with dimension suffixes (D2005_Forecast_ProForma_Min).
import type { Context, Entity, ExplicitDimension, Unit } from '../model/fact.js';
import { clark, NS } from '../model/fact.js';
import type { Period } from '../model/period.js';
import { BASE_NAMESPACE, BASE_PREFIX } from '../taxonomy/constants.js';
import type { QualifierRule } from './rules.js';

const DAYS_IN_MONTH = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

function parseIso(d: string): [number, number, number] {
  const [y, m, day] = d.split('-').map(Number);
  return [y, m, day];
}

export function periodId(p: Period): string {
  if (p.type === 'instant') return `I${p.date}`;
  if (p.type === 'forever') return 'Forever';
  const [sy, sm, sd] = parseIso(p.start);
  const [ey, em, ed] = parseIso(p.end);
  const wholeMonths = sd === 1 && ed === DAYS_IN_MONTH(ey, em);
  const months = (ey - sy) * 12 + (em - sm) + 1;
  if (wholeMonths && sy === ey && sm === 1 && months === 12) return `D${sy}`;
  if (wholeMonths && sy === ey && months === 3 && (sm - 1) % 3 === 0) return `D${sy}Q${(sm - 1) / 3 + 1}`;
  if (p.start === p.end) return `D${p.start}`;
  return `D${p.start}_${p.end}`;
}

export function dimensionsOf(members: QualifierRule[]): ExplicitDimension[] {
  return members
    .map((m) => ({
      dimension: { ns: m.ns ?? BASE_NAMESPACE, local: m.axis, prefix: m.prefix ?? BASE_PREFIX },
      member: { ns: m.ns ?? BASE_NAMESPACE, local: m.member, prefix: m.prefix ?? BASE_PREFIX },
    }))
    .sort((a, b) => (clark(a.dimension) < clark(b.dimension) ? -1 : clark(a.dimension) > clark(b.dimension) ? 1 : 0));
}

/** Identity of a context by value (the entity is one per document). */
export function contextKey(period: Period, members: QualifierRule[]): string {
  return JSON.stringify([period, dimensionsOf(members).map((d) => [clark(d.dimension), clark(d.member)])]);
}

/** Builds contexts on demand, deduplicated by value (entity, period, dimensions), ids unique. */
export class ContextTable {
  readonly contexts: Record<string, Context> = {};
  private byKey = new Map<string, string>();

  constructor(
    private readonly entity: Entity,
    /** Axis order for id suffixes (order of first appearance in qualifiers.tsv). */
    private readonly axisOrder: string[],
  ) {}

  get(period: Period, members: QualifierRule[]): string {
    const dims = dimensionsOf(members);
    const key = contextKey(period, members);
    const known = this.byKey.get(key);
    if (known) return known;
    const suffix = [...members]
      .sort((a, b) => this.axisOrder.indexOf(a.axis) - this.axisOrder.indexOf(b.axis))
      .map((m) => `_${m.suffix}`)
      .join('');
    let id = `${periodId(period)}${suffix}`;
    for (let n = 2; this.contexts[id]; n++) id = `${periodId(period)}${suffix}_${n}`;
    const ctx: Context = { id, entity: this.entity, period, dimensions: dims };
    if (dims.length) ctx.container = 'segment';
    this.contexts[id] = ctx;
    this.byKey.set(key, id);
    return id;
  }
}

const ISO = (local: string) => ({ ns: NS.iso4217, local, prefix: 'iso4217' });
const XBRLI = (local: string) => ({ ns: NS.xbrli, local, prefix: 'xbrli' });

/** The unit of a printed unit name; ids USD, shares, USDPerShare, pure. */
export function unitFor(unit: string): Unit | undefined {
  if (unit === 'shares') return { id: 'shares', numerators: [XBRLI('shares')], denominators: [] };
  if (unit === 'percent' || unit === 'pure') return { id: 'pure', numerators: [XBRLI('pure')], denominators: [] };
  const perShare = /^([A-Z]{3})\/share$/.exec(unit);
  if (perShare) return { id: `${perShare[1]}PerShare`, numerators: [ISO(perShare[1])], denominators: [XBRLI('shares')] };
  if (/^[A-Z]{3}$/.test(unit)) return { id: unit, numerators: [ISO(unit)], denominators: [] };
  return undefined;
}
