// The reporting basis a column header, table title or row label names (collisions.ts rule 1; sideways tables in
// dimensions.ts): a member of the reporting-basis or currency-basis axis, null for the reported figures.
import type { MemberAxis } from '../model/document.js';

type Member = { axis: MemberAxis; member: string };

const CONSTANT_CURRENCY = /\bconstant[- ]currency\b|\bconstant (?:exchange|fx) rates?\b|\b(?:currency|fx)[- ]neutral\b|\bcc\b/i;
const ADJUSTMENTS = /\badj(?:ustments?|\.)?(?=\W|$)|\bimpacts?\b|\bnotable items\b|\bspecial items\b|\breconciling items\b|\bexcluded items\b/i;
const NON_GAAP = /\bnon-?gaap\b|\badjusted\b|\bunderlying\b|\bcore\b|\bcomparable\b|\bexcluding\b|\boperating basis\b|\bmanaged basis\b/i;

/** The basis a header or title names: a member, null for the reported figures, undefined when it names none. */
export function basisOf(text: string): Member | null | undefined {
  const t = text.replace(/\s*\|\s*/g, ' ');
  if (CONSTANT_CURRENCY.test(t)) return { axis: 'currency', member: 'Constant currency' };
  if (ADJUSTMENTS.test(t)) {
    // The adjustment the header names ("Currency Impact(3)"), or just "Adjustments" ("Non-GAAP | Adjustments", "Adj.").
    const last = (text.split('|').pop() ?? '')
      .replace(/\(\s*\d{1,2}\s*\)|\*+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    const generic = !last || /^(?:non-?gaap\s+)?(?:adj\.?|adjustments?)$/i.test(last) || !ADJUSTMENTS.test(last) || last.length > 40;
    return { axis: 'basis', member: generic ? 'Adjustments' : last };
  }
  if (NON_GAAP.test(t)) return { axis: 'basis', member: 'Non-GAAP' };
  if (/\bas reported\b|\bgaap\b|\breported\b/i.test(t)) return null;
  return undefined;
}
