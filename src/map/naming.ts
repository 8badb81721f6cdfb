// Names of extension concepts, made from the printed label: UpperCamelCase words, an XML NCName (never starting
// with a digit or "xml"), capped in length, unique within the filing. Deterministic: the same release always
// gives the same names, in the order its rows are printed.

const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'to', 'in', 'on', 'for', 'from', 'by', 'at', 'with', 'as']);
const MAX_LENGTH = 120;

/** "Net gain/(loss) on sales of loans-servicing released" -> "NetGainLossOnSalesOfLoansServicingReleased". */
export function camelWords(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/%/g, ' percent ')
    .replace(/\$/g, ' dollars ')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '');
  return words
    .map((w, i) => {
      const lower = w.toLowerCase();
      // Keep acronyms (EBITDA, FHLB) as printed; capitalise the rest, small words included (US-GAAP style).
      if (w.length > 1 && w === w.toUpperCase() && /[A-Z]/.test(w)) return w;
      if (i > 0 && SMALL_WORDS.has(lower)) return lower[0].toUpperCase() + lower.slice(1);
      return lower[0].toUpperCase() + lower.slice(1);
    })
    .join('');
}

/** An NCName-safe concept name for a label; `fallback` when the label has no letters or digits. */
export function conceptNameFor(label: string, fallback = 'Item'): string {
  let name = camelWords(label) || fallback;
  if (/^[0-9]/.test(name) || /^xml/i.test(name)) name = `${fallback}${name}`;
  return name.length > MAX_LENGTH ? name.slice(0, MAX_LENGTH) : name;
}

/** Hands out unique names: the wanted one, else with the qualifier appended, else numbered. */
export class NameTable {
  private readonly taken = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const r of reserved) this.taken.add(r);
  }

  has(name: string): boolean {
    return this.taken.has(name);
  }

  claim(wanted: string, qualifier = ''): string {
    const candidates = [wanted];
    if (qualifier && !wanted.endsWith(qualifier)) candidates.push(`${wanted}${qualifier}`);
    for (const c of candidates) {
      if (!this.taken.has(c)) {
        this.taken.add(c);
        return c;
      }
    }
    const stem = candidates[candidates.length - 1];
    for (let n = 2; ; n++) {
      if (!this.taken.has(`${stem}${n}`)) {
        this.taken.add(`${stem}${n}`);
        return `${stem}${n}`;
      }
    }
  }
}
