// The one place that decides how text becomes XML: which characters XML 1.0 cannot carry and what replaces
// them, and the escapes of text and attribute values. Every writer goes through it: the hand-written
// serialisers (Inline XBRL, fragments read back) escape with escapeText/escapeAttr, and the xmlbuilder2 writers
// (instance, extension schema and linkbases) hand the builder only strings passed through xmlChars (the builder
// escapes the five markup characters itself).
//
// Why: a release with U+0001 U+0007 in a row label (reliability/specialchars2.txt) gave an extension
// label linkbase no XML processor could load, with exit 0, while the inline writer of the same run already
// replaced those characters: two serialisers, two policies (they also disagreed on escaping ">" in attributes).

/**
 * Characters XML 1.0 (2.2 Char) forbids: C0 controls other than tab, LF and CR; U+FFFE, U+FFFF; surrogates
 * that are not part of a pair. Not even a character reference (&#1;) may name them.
 */
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const HAS_INVALID_XML = new RegExp(INVALID_XML.source);

/** What replaces a forbidden character: a space, as a form feed between pages reads as a break, not as nothing. */
export const XML_REPLACEMENT = ' ';

/** True when `s` holds a character XML 1.0 cannot carry. */
export function hasInvalidXmlChars(s: string): boolean {
  return HAS_INVALID_XML.test(s);
}

/** The forbidden characters of `s`, each with its UTF-16 offset, in order. */
export function invalidXmlChars(s: string): { char: string; offset: number }[] {
  const out: { char: string; offset: number }[] = [];
  for (const m of s.matchAll(INVALID_XML)) out.push({ char: m[0], offset: m.index });
  return out;
}

/** The first forbidden character of `s` and its UTF-16 offset, or undefined. */
export function firstInvalidXmlChar(s: string): { char: string; offset: number } | undefined {
  const m = HAS_INVALID_XML.exec(s);
  return m ? { char: m[0], offset: m.index } : undefined;
}

/** "U+0001" for a character (the name a warning gives it: control characters print as nothing). */
export function codePointName(char: string): string {
  return `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** `s` with every character XML 1.0 forbids replaced by a space; `s` itself (no copy) when there is none. */
export function xmlChars(s: string): string {
  return HAS_INVALID_XML.test(s) ? s.replace(INVALID_XML, XML_REPLACEMENT) : s;
}

/**
 * A text or attribute value to hand to xmlbuilder2 (instance, extension schema and linkbases). xmlbuilder2
 * escapes "&" only where it does not start something that looks like a reference (/&(?![A-Za-z]+;|#\d+;)/), so
 * a release label printed "&amp;" was written as is and read back as "&", "&#1;" made the label linkbase not
 * well-formed and "&nbsp;" an undefined entity (found by npm run fuzz, case 1-292: "&#1;" in a row label of seed
 * 002). Every "&" escaped here is one xmlbuilder2 then leaves alone, so the text round-trips exactly; forbidden
 * characters are replaced as everywhere else.
 */
export function forXmlBuilder(s: string): string {
  const c = xmlChars(s);
  return c.indexOf('&') < 0 ? c : c.replace(/&/g, '&amp;');
}

// Most text and attribute values need no escape at all: one scan decides, instead of a chain of replaces.
const TEXT_SPECIAL = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;
const ATTR_SPECIAL = /[&<>"\t\n\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;

/**
 * Character data: & < > escaped (">" too, so "]]>" in a label never reads as the end of a CDATA section),
 * forbidden characters replaced. Markup in the input is text: "<b>" is written "&lt;b&gt;".
 */
export function escapeText(s: string): string {
  if (!TEXT_SPECIAL.test(s)) return s;
  return xmlChars(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * An attribute value in double quotes: & < > " escaped, and tab, LF, CR as character references so attribute
 * value normalisation does not turn them into spaces; forbidden characters replaced.
 */
export function escapeAttr(s: string): string {
  if (!ATTR_SPECIAL.test(s)) return s;
  return xmlChars(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}
