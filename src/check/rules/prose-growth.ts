// Changes stated in the prose ("a 2.2% increase from the third quarter of 2003", "$7.0 million higher than ...",
// FactSet.comparisons) against the two figures they compare, where the fact set has both: the change
// computed from the most precise facts, rounded to the decimals the prose prints, must be the printed one.
// Magnitudes are compared ("a 95% improvement" of a loss is a 95% smaller loss). A period the tables print in
// parts (a fresh-start year: predecessor and successor stubs) is the sum of the parts that tile it.
import { Decimal } from '../../model/decimal.js';
import type { ProseComparison } from '../../model/fact.js';
import type { Period } from '../../model/period.js';
import { formatPos, type Message, type SourcePos } from '../../model/source.js';
import type { CheckContext, IndexedFact } from '../context.js';
import type { Rule } from '../rule.js';

interface Figure {
  value: Decimal;
  sources: SourcePos[];
}

function samePeriod(a: Period, b: Period): boolean {
  if (a.type !== b.type) return false;
  if (a.type === 'instant' && b.type === 'instant') return a.date === b.date;
  if (a.type === 'duration' && b.type === 'duration') return a.start === b.start && a.end === b.end;
  return false;
}

function dayAfter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The concept's figure for a period: the most precise fact without dimensions other than predecessor/successor. */
function figure(ctx: CheckContext, concept: string, period: Period): Figure | null {
  const candidates = ctx.byConcept(concept).filter((f) => {
    const c = ctx.factSet.contexts[f.fact.contextRef];
    return c && f.value instanceof Decimal && c.dimensions.every((d) => d.dimension.local === 'PredecessorSuccessorAxis');
  });
  const best = (fs: IndexedFact[]): IndexedFact | undefined => [...fs].sort((a, b) => decimalsOf(b) - decimalsOf(a))[0];
  const exact = best(candidates.filter((f) => samePeriod(ctx.factSet.contexts[f.fact.contextRef].period, period)));
  if (exact) return { value: exact.value as Decimal, sources: exact.fact.sources?.slice(0, 1) ?? [] };
  if (period.type !== 'duration') return null;
  // Parts that tile the period, end to end.
  let at = period.start;
  let sum = new Decimal(0);
  const sources: SourcePos[] = [];
  for (let guard = 0; guard < 12 && at <= period.end; guard++) {
    const part = best(
      candidates.filter((f) => {
        const p = ctx.factSet.contexts[f.fact.contextRef].period;
        return p.type === 'duration' && p.start === at && p.end <= period.end;
      }),
    );
    if (!part) return null;
    const p = ctx.factSet.contexts[part.fact.contextRef].period as { start: string; end: string };
    sum = sum.plus(part.value as Decimal);
    sources.push(...(part.fact.sources?.slice(0, 1) ?? []));
    if (p.end === period.end) return sources.length > 1 ? { value: sum, sources } : null;
    at = dayAfter(p.end);
  }
  return null;
}

function decimalsOf(f: IndexedFact): number {
  const d = f.fact.decimals;
  return d === 'INF' ? Infinity : (d ?? -Infinity);
}

function computed(c: ProseComparison, cur: Decimal, base: Decimal): Decimal | null {
  if (c.kind === 'amount') return cur.minus(base).abs();
  if (base.isZero()) return null;
  return cur.abs().minus(base.abs()).abs().div(base.abs()).times(100);
}

function describe(p: Period): string {
  return p.type === 'instant' ? p.date : p.type === 'duration' ? `${p.start}..${p.end}` : 'forever';
}

const rule: Rule = {
  id: 'prose-growth',
  description: 'changes stated in the prose agree, after rounding, with the two figures they compare',
  reports: { 'prose.growth': 'warning' },
  needsTaxonomy: false,
  run(ctx) {
    const out: Message[] = [];
    for (const c of ctx.factSet.comparisons ?? []) {
      if (c.approximate) continue;
      const cur = figure(ctx, c.concept, c.period);
      const base = figure(ctx, c.concept, c.basePeriod);
      if (!cur || !base) continue;
      const value = computed(c, cur.value, base.value);
      if (!value) continue;
      const rounded = value.toDecimalPlaces(Math.max(c.decimals, 0), Decimal.ROUND_HALF_UP);
      const printed = new Decimal(c.printed);
      const agree =
        c.decimals >= 0 ? rounded.eq(printed) : value.div(new Decimal(10).pow(-c.decimals)).round().times(new Decimal(10).pow(-c.decimals)).eq(printed);
      if (agree) continue;
      const shown = c.kind === 'percent' ? `${printed.toFixed()}%` : printed.toFixed();
      const exact = c.kind === 'percent' ? `${value.toDecimalPlaces(2).toFixed()}%` : value.toFixed();
      out.push({
        ruleId: 'prose.growth',
        severity: 'warning',
        message: `the prose states a change of ${ctx.name(c.concept)} of ${shown} from ${describe(c.basePeriod)} to ${describe(c.period)}; the figures ${cur.value.toFixed()} (${cur.sources.map(formatPos).join(' + ')}) and ${base.value.toFixed()} (${base.sources.map(formatPos).join(' + ')}) give ${exact}`,
        concept: ctx.name(c.concept),
        positions: [c.source, ...cur.sources, ...base.sources],
      });
    }
    return out;
  },
};

export default rule;
