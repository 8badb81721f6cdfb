// Who filed a release, the same for every release of a company. Without --cik the entity
// identifier and the extension prefix and namespace come from the registrant's name, so they must not depend on
// how one release happens to print it. The reader's cover (src/read/cover.ts) takes the first name it can match,
// which gave Pericom "THE-COMPANY" ("The Company (Nasdaq: PSEM)"), the file name when the dateline wraps
// ("-- Pericom Semiconductor\nCorporation (Nasdaq: PSEM)") and "PERICOM-SEMICONDUCTOR-CORPORATION" elsewhere;
// and the prefix came from the ticker, so Horizon Financial was "hrzb" in one release and "ext" in the next
// ("(Nasdaq:HRZB - News)" is not a ticker the reader knows).
//
// Here the name is looked for where a release prints it, best first: the dateline before "(Nasdaq: XXX)"
// (joined with the line before it), an "About <Company>" heading, the reader's cover name unless it is a
// generic one ("The Company"), a letterhead line ("[ASTA FUNDING, INC. LOGO]"). It is then normalised
// ("Mpower Holding Corporation", "MPOWER HOLDING CORPORATION" -> "MPOWER"; "Asta Funding, Inc." -> "ASTA-FUNDING"),
// and the prefix is made from the normalised name ("mpower", "asta"): stable across releases even when the
// ticker changes (Mpower was MPOW on the OTCBB, then MPE on the AMEX).
import type { ReleaseDocument } from '../model/document.js';
import type { SourcePos } from '../model/source.js';

export interface Registrant {
  /** The name as printed, e.g. "Pericom Semiconductor Corporation". */
  name: string;
  pos?: SourcePos;
  /** Where it was read: dateline, about, cover, letterhead. */
  source: 'dateline' | 'about' | 'cover' | 'letterhead';
}

/** Words of a legal form or of a group, not of the company's name: dropped at the end of a name. */
const LEGAL_SUFFIX = new Set([
  'INC',
  'INCORPORATED',
  'CORP',
  'CORPORATION',
  'CO',
  'COMPANY',
  'COMPANIES',
  'LTD',
  'LIMITED',
  'LLC',
  'LP',
  'LLP',
  'PLC',
  'HOLDING',
  'HOLDINGS',
  'NV',
  'SA',
  'AG',
]);

/** Names that stand for the registrant without naming it ("The Company (Nasdaq: PSEM)"). */
export const GENERIC_NAME = /^(?:the\s+)?(?:company|corporation|registrant|bank|issuer|partnership|trust|group)$/i;

const EXCHANGE = /\(\s*(?:NYSE|Nasdaq|NASDAQ|AMEX|OTCBB|OTC|TSX|Pink Sheets|NYSE Amex|NYSE MKT|American Stock Exchange|New York Stock Exchange)\b/i;

/** A name-like run of words: capitalised words (and "&", "of", "and") with an optional legal form. */
const NAME_WORD = /^(?:[A-Z][A-Za-z0-9.'&-]*|&|of|and|de|the)$/;

/**
 * The trailing company name of `text` (the words before "(Nasdaq: ...)"): after the last dateline separator
 * ("--", " - ", "/PRNewswire/"), trailing parenthesised short names ("(Horizon)") and commas removed.
 */
function trailingName(text: string): string | undefined {
  let t = text.replace(/\s+/g, ' ');
  for (;;) {
    const next = t.replace(/\s*\([^()]*\)\s*$/, '').replace(/[\s,;]+$/, '');
    if (next === t) break;
    t = next;
  }
  const parts = t.split(/\s*--+\s*|\s+[-\u2013\u2014]\s+|[\u2013\u2014]|\/[A-Za-z -]*Wire[^/]*\/|\bPRNewswire\S*/i);
  const words = (parts[parts.length - 1] ?? '').trim().split(' ');
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i].replace(/,$/, '');
    if (!NAME_WORD.test(w)) break;
    kept.unshift(words[i]);
  }
  while (kept.length && /^(?:&|of|and|de)$/.test(kept[0])) kept.shift();
  const name = kept.join(' ').replace(/,$/, '').trim();
  return plausible(name) ? name : undefined;
}

/**
 * A company name: 1 to 7 words, a letter first, not a generic stand-in, not a sentence, and not a legal form alone
 * ("Corp." left over when the words before it did not read as a name).
 */
function plausible(name: string | undefined): name is string {
  if (!name) return false;
  const words = name.split(/\s+/);
  const own = words.some((w) => !LEGAL_SUFFIX.has(w.toUpperCase().replace(/[^A-Z]/g, '')));
  return words.length >= 1 && words.length <= 7 && own && /^[A-Za-z]/.test(name) && !GENERIC_NAME.test(name) && normalizeRegistrantName(name) !== '';
}

/**
 * The release's text lines with their 1-based source lines: the text itself, or for an HTML release its paragraphs
 * (entities decoded: "2004&#151;Example Corp. (NASDAQ: EXMP)" is "2004—Example Corp. (NASDAQ: EXMP)" there).
 */
function textLines(doc: ReleaseDocument): { text: string; line: number }[] {
  if (doc.format !== 'html') return doc.lines.map((text, i) => ({ text, line: i + 1 }));
  return doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [{ text: b.text, line: b.startLine }] : []));
}

/** The registrant as the release names it (undefined when no name is found). */
export function registrantOf(doc: ReleaseDocument): Registrant | undefined {
  const lines = textLines(doc);
  const at = (k: number, column: number) => ({ file: doc.file, line: lines[k].line, column: doc.format === 'html' ? 1 : column });
  const limit = Math.min(lines.length, 200);
  for (let i = 0; i < limit; i++) {
    const line = lines[i].text;
    const m = EXCHANGE.exec(line);
    if (!m) continue;
    const before = line.slice(0, m.index);
    // The dateline wraps: "-- Pericom Semiconductor" / "Corporation (Nasdaq: PSEM)", double-spaced in some
    // filings (pericom_2003-10-21 has a blank line between the two).
    let prev = i - 1;
    while (prev >= 0 && prev >= i - 2 && lines[prev].text.trim() === '') prev--;
    const joined = (prev >= 0 && lines[prev].text.trim() !== '' && before.trim().split(/\s+/).length < 4 ? `${lines[prev].text} ` : '') + before;
    const name = trailingName(joined);
    if (name) {
      // Where the name starts: on this line, or on the line before when the dateline wraps inside it.
      const first = name.split(' ')[0];
      const here = before.lastIndexOf(first);
      const pos = here >= 0 || prev < 0 ? at(i, Math.max(0, here) + 1) : at(prev, lines[prev].text.lastIndexOf(first) + 1);
      return { name, source: 'dateline', pos };
    }
  }
  for (let i = 0; i < lines.length; i++) {
    const m = /^(\s*about\s+)(.+?)\s*:?\s*$/i.exec(lines[i].text);
    if (m && plausible(m[2]) && m[2].split(/\s+/).every((w) => NAME_WORD.test(w.replace(/,$/, '')) || /^[A-Z0-9.,&'-]+$/.test(w))) {
      return { name: m[2].trim(), source: 'about', pos: at(i, m[1].length + 1) };
    }
  }
  const cover = doc.cover.registrantName;
  if (cover && plausible(cover.value.trim())) return { name: cover.value.trim(), source: 'cover', pos: cover.pos };
  for (let i = 0; i < Math.min(lines.length, 40); i++) {
    const text = lines[i].text;
    const m =
      /^\s*\[\s*(.+?)\s+logo\s*\]\s*/i.exec(text) ?? /^\s*([A-Z][A-Z0-9&.,' -]+?,?\s+(?:INC|CORP|CORPORATION|COMPANY|LTD|LLC)\.?)\s*(?:\s{2,}|$)/.exec(text);
    if (m && plausible(m[1])) return { name: m[1].trim(), source: 'letterhead', pos: at(i, text.indexOf(m[1]) + 1) };
  }
  return undefined;
}

/**
 * One spelling of a company's name: upper case, words joined by "-", without "The", the legal form
 * ("Inc.", "Corporation", "Holding(s)"...) or "& Subsidiaries"; '' when nothing is left.
 */
export function normalizeRegistrantName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/\s*(?:&|\bAND)\s+(?:CONSOLIDATED\s+)?SUBSIDIARIES\b.*$/, '')
    .replace(/['\u2019]/g, '')
    .split(/[^A-Z0-9&]+/)
    .map((w) => (w === '&' ? 'AND' : w.replace(/&/g, '')))
    .filter((w) => w !== '');
  if (words[0] === 'THE' && words.length > 1) words.shift();
  const all = [...words];
  while (words.length && LEGAL_SUFFIX.has(words[words.length - 1])) words.pop();
  while (words.length && words[words.length - 1] === 'AND') words.pop();
  // "Holdings Inc" is all legal form: keep it rather than nothing.
  return (words.length ? words : all).join('-');
}

/** Prefixes the written documents use for standard namespaces: a company's prefix must differ from all. */
const RESERVED_PREFIXES = new Set([
  'ixp',
  'xbrli',
  'link',
  'xlink',
  'xsi',
  'xs',
  'xsd',
  'iso4217',
  'xbrldi',
  'ix',
  'ixt',
  'ixt-sec',
  'dtr',
  'html',
  'xhtml',
  'ext',
  'us-gaap',
  'dei',
  'srt',
]);

/**
 * A namespace prefix for a normalised name: its first word in lower case, up to 8 letters and digits ("mpower",
 * "horizon", "pericom", "asta"), words joined while shorter than 3 ("A-O-SMITH" -> "aosmith").
 */
export function prefixForIdentifier(identifier: string): string {
  const words = identifier
    .toLowerCase()
    .split('-')
    .map((w) => w.replace(/[^a-z0-9]/g, ''))
    .filter((w) => w);
  let p = '';
  for (const w of words) {
    p += w;
    if (p.length >= 3) break;
  }
  p = p.slice(0, 8);
  if (!/^[a-z]/.test(p)) p = `c${p}`;
  if (/^xml/.test(p) || RESERVED_PREFIXES.has(p)) p = `${p}co`;
  return p.length > 1 ? p : 'ext';
}

export interface Identity {
  /** Entity identifier under ixport's scheme (no CIK): the normalised name, else the ticker, else the file name. */
  identifier: string;
  /** Extension prefix: from the normalised name, else the ticker, else "ext". */
  prefix: string;
  registrant?: Registrant;
}

/** "Some File_Name.v2" -> "SOME-FILE-NAME-V2". */
export function slug(text: string): string {
  return (
    text
      .trim()
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .toUpperCase() || 'UNKNOWN'
  );
}

const identities = new WeakMap<ReleaseDocument, Identity>();

/** The release's identity (memoised per document: the pipeline asks for the extension names, the mapper for the entity). */
export function identityOf(doc: ReleaseDocument, fileStem: string): Identity {
  const known = identities.get(doc);
  if (known) return known;
  const registrant = registrantOf(doc);
  const normalised = registrant ? normalizeRegistrantName(registrant.name) : '';
  const symbol = doc.cover.tradingSymbol?.value.replace(/[^A-Za-z0-9]/g, '') ?? '';
  let identity: Identity;
  if (normalised) identity = { identifier: normalised, prefix: prefixForIdentifier(normalised), registrant };
  else if (/^[A-Za-z]/.test(symbol)) identity = { identifier: symbol.toUpperCase(), prefix: prefixForIdentifier(symbol) };
  else identity = { identifier: slug(fileStem), prefix: 'ext' };
  identities.set(doc, identity);
  return identity;
}
