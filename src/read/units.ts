// Scale and unit of a cell: the table's scale note ("amounts in $ thousands", "(in 000s)", "dollars in millions")
// applies to money; per-share amounts and percentages are printed in units; share counts follow the note unless it
// excepts them or they are evidently printed in full.

export interface ScaleNote {
  text: string;
  scale: number;
  /** The note excepts share counts ("except share and per share amounts"). */
  exceptShares: boolean;
}

const SCALE_RE =
  /\b(?:(?:amounts|dollars|\$|figures|numbers)\s+)?in\s+(?:\$\s*)?(?:u\.?s\.?\s+)?(thousands|millions|billions|000s|000's|000)\b|\((?:\$\s*)?(000s?|000's|\$000s?|\$000's|in 000s)\)|\b(000s?|000's) omitted\b|\$\s*(000s?|000's)\b|\b(thousands|millions|billions) of (?:u\.?s\.?\s+)?dollars\b/i;

export function findScaleNote(text: string): ScaleNote | null {
  const m = text.match(SCALE_RE);
  if (!m) return null;
  // Group 5: Hasbro's "(Thousands of Dollars and Shares, Except Per Share Data)".
  const word = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '').toLowerCase();
  const scale = word.startsWith('million') ? 6 : word.startsWith('billion') ? 9 : 3;
  // The note runs to the closing parenthesis or the end of the text.
  const from = text.lastIndexOf('(', m.index!) >= 0 ? text.lastIndexOf('(', m.index!) : m.index!;
  const close = text.indexOf(')', m.index! + m[0].length - 1);
  const note = text.slice(from, close >= 0 ? close + 1 : undefined).trim();
  // "except share and per share amounts", "except number of shares" except share counts; "except per share
  // data" does not.
  const exceptShares = /except\b[^)]*?(?<!per[- ])\bshares?\b/i.test(note);
  return { text: note, scale, exceptShares };
}

const SHARES_RE =
  /\b(?:weighted[- ]average|shares used|number of (?:common )?shares|shares outstanding|common stock equivalents|common shares outstanding|average shares|diluted shares|basic shares|share count)\b/i;
const PER_SHARE_RE = /\bper (?:common |diluted |basic )?share\b|\bEPS\b|\bper diluted\b|\bper basic\b/i;

export type UnitKind = 'USD' | 'shares' | 'USD/share' | 'percent' | 'pure';

/** Rows counting things other than money or shares ("Units shipped", "Number of employees"). */
const COUNT_RE = /^(?:units?\b|number of (?!shares)|employees\b|headcount\b|(?:total )?(?:customers|subscribers|stores|locations|restaurants|employees)\b)/i;

/** Unit of a row from its label and its section heading (the row's own words win). */
export function rowUnit(label: string, section: string): UnitKind {
  // "Common stock, $1.00 par value; 30,000,000 shares authorized" is a dollar amount.
  if (/\bpar value\b|\bstated value\b/i.test(label)) return 'USD';
  if (SHARES_RE.test(label) && !/\bper share\b/i.test(label.replace(/shares used in computing.*$/i, ''))) return 'shares';
  if (SHARES_RE.test(label)) return 'shares';
  if (PER_SHARE_RE.test(label)) return 'USD/share';
  if (/%|\bpercent(?:age)?\b|\bratio\b|\bmargin\b.*%/i.test(label) && /\(%|% of|percent/i.test(label)) return 'percent';
  if (COUNT_RE.test(label)) return 'pure';
  if (SHARES_RE.test(section)) return 'shares';
  if (PER_SHARE_RE.test(section)) return 'USD/share';
  return 'USD';
}
