// Scale and unit of a cell: the table's scale note ("amounts in $ thousands", "(in 000s)", "dollars in millions")
// applies to money; per-share amounts and percentages are printed in units; share counts follow the note unless it
// excepts them or they are evidently printed in full.

export interface ScaleNote {
  text: string;
  scale: number;
  /** The note excepts share counts ("except share and per share amounts"). */
  exceptShares: boolean;
  /** Not printed: decided from the release's evidence (prose amounts, per-share arithmetic). */
  inferred?: boolean;
}

// Every printed form seen in releases: "(In thousands, except per share data)", "Dollars in millions", "($000)",
// "(000's omitted)", "$ in 000s", "(millions, except earnings per common share)" (the unit word alone in the
// stub's parenthesis), "(Thousands of Dollars)", "amounts in thousands of U.S. dollars", "$(000)".
const UNIT_WORD = "(thousands|millions|billions|000s|000's|000)";
const SCALE_RE = new RegExp(
  [
    `\\b(?:(?:amounts|dollars|\\$|figures|numbers)\\s+)?in\\s+(?:\\$\\s*)?(?:u\\.?s\\.?\\s+)?${UNIT_WORD}\\b`,
    `\\((?:\\$\\s*)?(000s?|000's|\\$000s?|\\$000's|in 000s)\\)`,
    `\\b(000s?|000's) omitted\\b`,
    `\\$\\s*\\(?(000s?|000's)\\b`,
    `\\(\\s*(?:unaudited[,;]?\\s*)?(?:\\$\\s*)?(thousands|millions|billions)\\b`,
    `\\b(thousands|millions|billions) of (?:u\\.?s\\.?\\s+)?dollars\\b`,
  ].join('|'),
  'i',
);

export function findScaleNote(text: string): ScaleNote | null {
  const m = text.match(SCALE_RE);
  if (!m) return null;
  const word = (m.slice(1).find((g) => g !== undefined) ?? '').toLowerCase();
  const scale = word.startsWith('million') ? 6 : word.startsWith('billion') ? 9 : 3;
  // The note runs to the closing parenthesis or the end of the text.
  const from = text.lastIndexOf('(', m.index!) >= 0 ? text.lastIndexOf('(', m.index!) : m.index!;
  const close = text.indexOf(')', m.index! + m[0].length - 1);
  const note = text.slice(from, close >= 0 ? close + 1 : undefined).trim();
  // "except share and per share amounts", "except number of shares" except share counts; "except per share
  // data" and "except earnings per common share" do not.
  const exceptShares = /except\b[^)]*?(?<!per[- ](?:common |diluted |basic |ordinary )?)\bshares?\b/i.test(note);
  return { text: note, scale, exceptShares };
}

const SHARES_RE =
  /\b(?:number of (?:outstanding |issued )?(?:common )?shares|outstanding shares|weighted[- ]average|shares used|number of (?:common )?shares|shares outstanding|common stock equivalents|common shares outstanding|average shares|diluted shares|basic shares|share count)\b/i;
// 1990s releases: "Net income per common and common equivalent share".
const PER_SHARE_RE = /\bper (?:common (?:and common equivalent )?|diluted |basic )?share\b|\bEPS\b|\bper diluted\b|\bper basic\b/i;

/** The five units of the gold files, or a unit of measure as printed ("MMcf/d", "USD/Bbl"; see measureUnit). */
export type UnitKind = 'USD' | 'shares' | 'USD/share' | 'percent' | 'pure' | (string & {});

// Energy volumes and what they are priced per: Antero's "Natural Gas (MMcf/d)", "Combined (Bcfe)", "Oil (per Bbl)",
// "($/Mcfe)", "Natural gas MMBtu/day". Their figures are neither money nor scaled by the table's money note.
// A utility's "Electric sales (thousands of MWh):" counts energy sold.
const VOLUME = String.raw`(?:[MB]{0,2}cfe?|M{0,2}Bbls?|M{0,2}Boe|M{0,2}Btu|Gal|[kKMG]Wh)`;
const PER_DAY = String.raw`(?:\s*\/\s*d(?:ay)?\b)?`;
const MEASURE_RE = new RegExp(
  String.raw`\(\s*(?:(?:thousands|millions|billions)\s+of\s+)?(\$\s*\/\s*|per\s+)?(${VOLUME})(${PER_DAY})\s*\)|(\$\s*\/\s*|\$\s*per\s+)(${VOLUME})\b|(?:^|\s)(${VOLUME})(${PER_DAY})\s*$`,
);

/** A unit of measure a label or column header prints: "MMcf/d", "Bcfe", "USD/Bbl" (price per volume). */
export function measureUnit(text: string): string | null {
  const m = text.match(MEASURE_RE);
  if (!m) return null;
  const perDay = (d: string | undefined) => (d && d.trim() ? '/d' : '');
  if (m[2]) return m[1] ? `USD/${m[2]}` : `${m[2]}${perDay(m[3])}`;
  if (m[5]) return `USD/${m[5]}`;
  return `${m[6]}${perDay(m[7])}`;
}

// Rates printed without a sign: an insurer's "Underwriting expense ratio  28.4", a bank's "Return on average
// equity", "Net interest margin" (a ratio printed with "x" is a multiple, decided by the cell).
const PERCENT_LABEL_RE = /\bratio\b(?!\s+of\s+earnings)|^return on (?:average )?(?:total )?(?:assets|equity|common)|\bnet interest (?:margin|spread)\b/i;
// Operating measures that are neither money nor counts of things: days, turns, degree days.
const MEASURE_LABEL_RE = /\bdays sales outstanding\b|\bdays in (?:inventory|receivables)\b|\binventory turns?\b|\bdegree days\b|\bheadcount\b/i;

const PER_VOLUME_RE = new RegExp(String.raw`\bper\s+(${VOLUME})\b`);
// "Electric customers (at end of period)", "Retail stores open": a count named by a qualified noun.
const QUALIFIED_COUNT_RE = /^[A-Za-z-]+\s+(?:customers|subscribers|stores|locations|restaurants|employees)\b\s*(?:\(?(?:at|open|in operation|end of)\b.*)?$/i;

// A homebuilder's "Homes closed (units)", "New orders (units)": the label names its unit as a count.
const UNITS_NOTE_RE = /\((?:in )?(?:units|number)\)\s*$/i;
// A section heading that says its rows are percentages: "SELECTED RATIOS (annualized, in percent):".
const PERCENT_SECTION_RE = /\b(?:in|as a) percent(?:ages?)?\b|\(\s*%\s*\)/i;

/** Rows counting things other than money or shares ("Units shipped", "Number of employees"). */
const COUNT_RE = /^(?:units?\b|number of (?!shares)|employees\b|headcount\b|(?:total )?(?:customers|subscribers|stores|locations|restaurants|employees)\b)/i;

// A heading over rows that name only what is counted: "Restaurants open at end of quarter:" over "Texas
// Grillhouse  186  41  227", "Number of stores:" over the store formats.
const COUNT_HEADING_RE =
  /^(?:number of (?!shares)|(?:total )?(?:customers|subscribers|stores|locations|restaurants|units|franchises|employees)\s+(?:open|in operation|operating|at (?:the )?end of))\b/i;

/**
 * Unit of a row from its label, its section heading and the table's title: Antero's reconciliation titled "Per
 * Share Amounts" prints per-share figures in rows labelled "Net income (loss) attributable to ...".
 */
export function rowUnit(label: string, section: string, title = ''): UnitKind {
  const unit = labelUnit(label, section);
  if (unit === 'USD' && !/\$/.test(label) && (COUNT_HEADING_RE.test(section.trim()) || (!section.trim() && COUNT_HEADING_RE.test(title.trim())))) return 'pure';
  return unit === 'USD' && /^\W*per[- ]share (?:amounts|data)\b/i.test(title) ? 'USD/share' : unit;
}

function labelUnit(label: string, section: string): UnitKind {
  // "Common stock, $1.00 par value; 30,000,000 shares authorized" is a dollar amount.
  if (/\bpar value\b|\bstated value\b/i.test(label)) return 'USD';
  const measure = measureUnit(label);
  if (measure) return measure;
  if (SHARES_RE.test(label) && !/\bper share\b/i.test(label.replace(/shares used in computing.*$/i, ''))) return 'shares';
  if (SHARES_RE.test(label)) return 'shares';
  if (PER_SHARE_RE.test(label)) return 'USD/share';
  if (/%|\bpercent(?:age)?\b|\bratio\b|\bmargin\b.*%/i.test(label) && /\(%|% of|percent/i.test(label)) return 'percent';
  // Days, turns and degree days are measures, not counts of days (statisticUnit).
  if (MEASURE_LABEL_RE.test(label)) return 'pure';
  const counted = statisticUnit(label);
  if (counted) return counted;
  if (COUNT_RE.test(label) || QUALIFIED_COUNT_RE.test(label) || UNITS_NOTE_RE.test(label)) return 'pure';
  if (PERCENT_LABEL_RE.test(label)) return 'percent';
  // An oil producer's "Costs per Boe:" over "Lease operating expense $ 4.12".
  const perVolume = section.match(PER_VOLUME_RE);
  const sectionMeasure = measureUnit(section) ?? (perVolume ? `USD/${perVolume[1]}` : null);
  if (sectionMeasure) return sectionMeasure;
  if (SHARES_RE.test(section)) return 'shares';
  if (PER_SHARE_RE.test(section)) return 'USD/share';
  // A bank's "SELECTED RATIOS (annualized, in percent):" over "Equity to assets (period end)  8.73".
  if (PERCENT_SECTION_RE.test(section) && !/\$/.test(label)) return 'percent';
  return 'USD';
}

// Operating statistics count things other than money: Saia's "Workdays", "LTL tonnage", "LTL shipments", "LTL
// length of haul (2)" with "(2) In miles." under the table; and rates of them, "LTL revenue/cwt.", "LTL
// revenue/shipment", "LTL pounds/shipment". The unit is the printed word, "/" for "per"; money over a count is
// USD per that count. A scorer knowing only the five units of the gold files folds these to pure.
const STAT_NOUNS: [RegExp, string][] = [
  [/\b(?:tonnage|tons)\b/i, 'tons'],
  [/\bshipments\b/i, 'shipments'],
  [/\b(?:work ?days|days)\b/i, 'days'],
  [/\bmiles\b/i, 'miles'],
  [/\b(?:pounds|lbs)\b/i, 'pounds'],
  [/\bgallons\b/i, 'gallons'],
];
const PER_NOUNS: Record<string, string> = {
  cwt: 'cwt',
  hundredweight: 'cwt',
  shipment: 'shipment',
  ton: 'ton',
  mile: 'mile',
  workday: 'workday',
  day: 'day',
  pound: 'pound',
  gallon: 'gallon',
  load: 'load',
};
const MONEY_WORD_RE = /\b(?:revenues?|sales|yield|price|costs?|expenses?|income|earnings)\s*$/i;

export function statisticUnit(label: string): string | null {
  const text = label.replace(/\s*(?:\(\d{1,2}\)|\([a-z]\)|\*+)\s*$/i, '').trim();
  const per = text.match(/^(.*?)\s*(?:\/|\bper\s+)\s*([a-z]+)\.?$/i);
  if (per && PER_NOUNS[per[2].toLowerCase()]) {
    const den = PER_NOUNS[per[2].toLowerCase()];
    if (MONEY_WORD_RE.test(per[1])) return `USD/${den}`;
    const num = STAT_NOUNS.find(([re]) => re.test(per[1]));
    return num ? `${num[1]}/${den}` : null;
  }
  // "Loans past due 30-89 days" is an amount of loans in an ageing bucket, not a count of days.
  if (/\$|\bper\b|\/|\d/.test(text)) return null;
  // The noun is what the row counts only when it ends the label ("LTL tonnage", "Workdays"), not "Days sales outstanding".
  const last = STAT_NOUNS.find(([re]) => new RegExp(`${re.source}\\s*$`, 'i').test(text));
  return last ? last[1] : null;
}

/**
 * What a footnote under the table says of the rows marking it: Saia's "(1) In thousands." scales "LTL tonnage (1)",
 * "(2) In miles." names the unit of "LTL length of haul (2)".
 */
export function footnoteMeasure(label: string, notes: Map<string, string> | undefined): { scale?: number; unit?: string } {
  const marker = label.match(/\((\d{1,2}|[a-z])\)\s*$/i)?.[1];
  const note = marker ? notes?.get(marker.toLowerCase())?.trim() : undefined;
  if (!note) return {};
  const scaled = note.match(/^(?:amounts\s+)?in\s+(thousands|millions|billions)(?:\s+of\s+([a-z]+))?\.?$/i);
  if (scaled) {
    const scale = /^thousand/i.test(scaled[1]) ? 3 : /^million/i.test(scaled[1]) ? 6 : 9;
    return scaled[2] ? { scale, unit: scaled[2].toLowerCase() } : { scale };
  }
  const unit = note.match(/^(?:stated\s+|shown\s+)?in\s+([a-z]+)\.?$/i)?.[1];
  return unit && !/^(?:dollars|percent|percentages)$/i.test(unit) ? { unit: unit.toLowerCase() } : {};
}

/** A column headed "Amount/Workday" or "per day" divides each count of its rows by that. */
export function perColumnUnit(header: string, unit: string): string {
  const den = header.match(/(?:\/\s*|\bper\s+)(work ?day|day|shipment)\b/i)?.[1];
  if (!den || unit === 'percent' || unit === 'pure' || unit === 'shares' || unit === 'USD/share' || unit === 'days' || unit.includes('/')) return unit;
  return `${unit}/${den.replace(/\s+/g, '').toLowerCase()}`;
}

/**
 * Scale and unit a column header prints in shorthand: Apple's data summary "CPU Units k" (thousands of units) and
 * "Rev $m" (millions of dollars); "$K", "$mm", "$bn", "(000s)" likewise.
 */
export function headerScale(header: string): { scale: number; unit?: 'USD' | 'pure' } | null {
  const money = header.match(/\$\s*\(?\s*(k|m|mm|mil|b|bn)\b\)?/i);
  if (money) return { scale: SHORT_SCALE[money[1].toLowerCase()], unit: 'USD' };
  const units = header.match(/\bunits\s*\(?\s*(k|m|000s?)\b\)?/i);
  if (units) return { scale: SHORT_SCALE[units[1].toLowerCase()] ?? 3, unit: 'pure' };
  // Mastercard's operating performance: "GDV (Bil.)", "Purchase Volume (Bil.)" in billions of dollars, "Purchase
  // Trans. (Mil.)", "Cards (Mil.)" in millions of things.
  const short = header.match(/\((?:in\s+)?(bil|bn|mil|mm|thous)\.?\)/i);
  if (short) return { scale: SHORT_SCALE[short[1].toLowerCase()], unit: COUNTED_RE.test(header) ? 'pure' : 'USD' };
  return null;
}
const SHORT_SCALE: Record<string, number> = { k: 3, m: 6, mm: 6, mil: 6, b: 9, bn: 9, bil: 9, thous: 3, '000': 3, '000s': 3 };
const COUNTED_RE = /\b(?:trans\.?|transactions|cards|accounts|units|customers|subscribers|employees|shipments|users)\b/i;
