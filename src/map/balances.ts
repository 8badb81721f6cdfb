// Balance (debit/credit) of extension concepts, inferred generally: first from the confirmed summations the
// concept takes part in (an item added to a credit total is credit, a subtracted one debit; XBRL 2.1 §5.2.5.2),
// then from where the row sits (above or below the balance sheet's total assets; an income or expense heading
// or wording), a contra row (printed negative where its neighbours are positive) taking the opposite. When
// nothing tells, the concept gets no balance: a wrong balance is worse than none.
import type { Candidate } from './summations.js';

export type Balance = 'debit' | 'credit';

export const opposite = (b: Balance): Balance => (b === 'debit' ? 'credit' : 'debit');

/** Wording of a flow's label or heading -> balance; expense words first ("Provision for income taxes"). */
export function flowBalanceFromWording(text: string): Balance | undefined {
  const t = text.toLowerCase();
  if (/\b(expenses?|costs?|provisions?|charges?|write[- ]?downs?|impairments?|amortization|depreciation|dividends? paid|taxes)\b/.test(t)) return 'debit';
  if (/\b(income|revenues?|sales|gains?|fees|earnings|recover(y|ies)|interest and dividends?)\b/.test(t)) return 'credit';
  return undefined;
}

/** Wording of a balance-sheet heading -> balance. */
export function stockBalanceFromWording(text: string): Balance | undefined {
  const t = text.toLowerCase();
  if (/\b(liabilit(y|ies)|equity|capital|deposits|borrowings|payables?)\b/.test(t)) return 'credit';
  if (/\bassets?\b/.test(t)) return 'debit';
  return undefined;
}

/**
 * Propagates balances through the summations: `known` holds the balances fixed so far (base concepts and
 * extension concepts already decided); `open` the extension monetary concepts still open. Mutates `known`.
 */
export function propagateBalances(candidates: Candidate[], known: Map<string, Balance>, open: Set<string>): void {
  for (let changed = true; changed;) {
    changed = false;
    for (const c of candidates) {
      for (const it of c.items) {
        const t = known.get(c.total);
        const b = known.get(it.concept);
        if (t && !b && open.has(it.concept)) {
          known.set(it.concept, it.weight > 0 ? t : opposite(t));
          changed = true;
        } else if (b && !t && open.has(c.total)) {
          known.set(c.total, it.weight > 0 ? b : opposite(b));
          changed = true;
        }
      }
    }
  }
}

/** A summation whose weights contradict the balances of its concepts (balanceCalcWeightIllegal). */
export function contradictsBalances(c: Candidate, balanceOf: (clark: string) => Balance | undefined): boolean {
  const t = balanceOf(c.total);
  if (!t) return false;
  return c.items.some((it) => {
    const b = balanceOf(it.concept);
    return b !== undefined && (b === t) !== it.weight > 0;
  });
}
