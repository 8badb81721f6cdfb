// Safe, namespace-aware XML reading with line numbers.
// Safety: a DOCTYPE with an internal subset or any <!ENTITY declaration is refused before parsing (this is how
// billion-laughs and external-entity documents are stopped); external DTDs are never fetched; only the five XML
// predefined entities and character references are expanded, by our own decoder.
import { XML_NS, type XmlAttr, type XmlDocument, type XmlElement, type XmlNode } from './dom.js';

export class XmlError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly reason: string,
    /** Stable code: xml.unsafeDoctype, xml.notWellFormed, xml.namespace, xml.entity. */
    readonly code: string,
  ) {
    super(`${file}:${line}:${column}: ${reason}`);
    this.name = 'XmlError';
  }
}

/** Offsets of line starts, for index -> (line, column). */
class LineIndex {
  private starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  pos(index: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: index - this.starts[lo] + 1 };
  }
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Expands the predefined entities and character references; anything else is an error. */
class DecodeError extends Error {}
const failDecode = (why: string): never => {
  throw new DecodeError(why);
};

/** Expands the predefined entities and character references; anything else throws DecodeError. */
function decode(raw: string, fail: (why: string) => never = failDecode): string {
  if (raw.indexOf('&') < 0) return raw;
  return raw.replace(/&([^;&\s<]*);?/g, (m, name: string) => {
    if (!m.endsWith(';')) fail(`"&" not starting an entity or character reference`);
    if (name.startsWith('#')) {
      const cp = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      const ok = name[1] === 'x' ? /^#x[0-9a-fA-F]+$/.test(name) : /^#[0-9]+$/.test(name);
      if (!ok || !isXmlChar(cp)) fail(`invalid character reference "${m}"`);
      return String.fromCodePoint(cp);
    }
    const v = PREDEFINED[name];
    if (v === undefined) fail(`undefined entity "${m}" (only the XML predefined entities are allowed)`);
    return v;
  });
}

function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

/** Attribute-value normalisation (XML 1.0 §3.3.3) applied to the raw text, before references are expanded. */
function normaliseAttr(raw: string): string {
  return raw.replace(/[\t\n\r]/g, ' ');
}

/** Refuses DTD internal subsets and entity declarations, the doors to entity expansion attacks and XXE. */
function refuseUnsafeDoctype(text: string, file: string, lines: LineIndex): boolean {
  const entAt = text.indexOf('<!ENTITY');
  if (entAt >= 0) {
    const p = lines.pos(entAt);
    throw new XmlError(file, p.line, p.column, 'entity declarations are not allowed (DTDs and entities are never processed)', 'xml.unsafeDoctype');
  }
  const dtAt = text.indexOf('<!DOCTYPE');
  if (dtAt < 0) return false;
  const end = text.indexOf('>', dtAt);
  const decl = text.slice(dtAt, end < 0 ? undefined : end);
  if (decl.includes('[')) {
    const p = lines.pos(dtAt);
    throw new XmlError(file, p.line, p.column, 'a DOCTYPE with an internal subset is not allowed (DTDs are never processed)', 'xml.unsafeDoctype');
  }
  return true;
}

/**
 * Parses an XML document into a namespace-resolved tree. Throws XmlError (file, line, column) on unsafe or
 * malformed input.
 */
export function parseXml(input: string, file: string, warnings?: XmlError[]): XmlDocument {
  let text = input.charCodeAt(0) === 0xfeff ? ' ' + input.slice(1) : input;
  // End-of-line handling (XML 1.0 2.11): CR LF and lone CR become LF before parsing. Line counts are unchanged.
  if (text.indexOf('\r') >= 0) text = text.replace(/\r\n?/g, '\n');
  const lines = new LineIndex(text);
  const hasDoctype = refuseUnsafeDoctype(text, file, lines);
  const lead = /^[ \t\r\n]*/.exec(text)![0].length;
  if (lead && warnings && text.startsWith('<?xml', lead)) {
    const p = lines.pos(lead);
    warnings.push(new XmlError(file, p.line, p.column, 'whitespace before the XML declaration (read anyway)', 'xml.declarationNotAtStart'));
  }
  return new Tokenizer(text, file, lines, hasDoctype).run();
}

const END_TAG_RE = /<\/([A-Za-z_:\u00C0-\uFFFF][\w.:\-\u00B7\u00C0-\uFFFF]*)[ \t\r\n]*>/y;

/**
 * A strict single-pass XML 1.0 tokenizer building the namespace-resolved tree directly. Written here because
 * fast-xml-parser is lenient (it accepts mismatched end tags), so it needs its separate validator pass, and the
 * two passes plus namespace resolution took about a second on a 2.4 MB filing; this pass takes a fraction.
 */
class Tokenizer {
  private order = 0;
  private readonly elements: XmlElement[] = [];
  constructor(
    private readonly text: string,
    private readonly file: string,
    private readonly lines: LineIndex,
    private readonly hasDoctype: boolean,
  ) {}

  private decodeAt(raw: string, index: number): string {
    try {
      return decode(raw);
    } catch (e) {
      if (e instanceof DecodeError) this.fail(index, e.message, 'xml.entity');
      throw e;
    }
  }

  private fail(index: number, why: string, code = 'xml.notWellFormed'): never {
    const p = this.lines.pos(index);
    throw new XmlError(this.file, p.line, p.column, why, code);
  }

  run(): XmlDocument {
    const t = this.text;
    let i = 0;
    // Tolerate whitespace before the XML declaration (some real filings start with a newline).
    const lead = /^[ \t\r\n]*/.exec(t)![0].length;
    if (t.startsWith('<?xml', lead) && /^<\?xml[ \t\r\n?]/.test(t.slice(lead, lead + 6))) {
      const end = t.indexOf('?>', lead);
      if (end < 0) this.fail(lead, 'unterminated XML declaration');
      i = end + 2;
    }
    let root: XmlElement | undefined;
    const stack: XmlElement[] = [];
    let cur: XmlElement | undefined;
    const n = t.length;
    while (i < n) {
      const lt = t.indexOf('<', i);
      const textEnd = lt < 0 ? n : lt;
      if (textEnd > i) {
        const raw = t.slice(i, textEnd);
        if (cur) {
          if (raw.includes(']]>')) this.fail(i + raw.indexOf(']]>'), '"]]>" is not allowed in text');
          pushText(cur, this.decodeAt(raw, i));
        } else if (/[^ \t\r\n]/.test(raw)) this.fail(i + raw.search(/[^ \t\r\n]/), 'text outside the root element');
      }
      if (lt < 0) break;
      i = lt;
      const c1 = t.charCodeAt(i + 1);
      if (c1 === 0x21 /* ! */) {
        if (t.startsWith('<!--', i)) {
          const end = t.indexOf('-->', i + 4);
          if (end < 0) this.fail(i, 'unterminated comment');
          if (cur) cur.children.push({ kind: 'comment', text: t.slice(i + 4, end) });
          i = end + 3;
        } else if (t.startsWith('<![CDATA[', i)) {
          if (!cur) this.fail(i, 'CDATA section outside the root element');
          const end = t.indexOf(']]>', i + 9);
          if (end < 0) this.fail(i, 'unterminated CDATA section');
          pushText(cur!, t.slice(i + 9, end));
          i = end + 3;
        } else if (t.startsWith('<!DOCTYPE', i)) {
          if (root || cur) this.fail(i, 'DOCTYPE after the root element start');
          const end = t.indexOf('>', i);
          if (end < 0) this.fail(i, 'unterminated DOCTYPE');
          i = end + 1;
        } else this.fail(i, 'markup declaration not allowed here');
      } else if (c1 === 0x3f /* ? */) {
        const end = t.indexOf('?>', i + 2);
        if (end < 0) this.fail(i, 'unterminated processing instruction');
        if (/^<\?xml[ \t\r\n?]/i.test(t.slice(i, i + 6))) this.fail(i, 'XML declaration allowed only at the start of the document');
        i = end + 2;
      } else if (c1 === 0x2f /* / */) {
        END_TAG_RE.lastIndex = i;
        const m = END_TAG_RE.exec(t);
        if (!m) this.fail(i, 'malformed end tag');
        const name = m![1];
        if (!cur) this.fail(i, `end tag </${name}> without a start tag`);
        const open = cur!.prefix ? `${cur!.prefix}:${cur!.local}` : cur!.local;
        if (open !== name) this.fail(i, `end tag </${name}> does not match start tag <${open}> of line ${cur!.line}`);
        stack.pop();
        cur = stack[stack.length - 1];
        i = END_TAG_RE.lastIndex;
      } else {
        if (root && !cur) this.fail(i, 'more than one root element');
        const el = this.startTag(i, cur);
        i = this.afterTag;
        if (cur) cur.children.push(el);
        else root = el;
        if (!this.selfClosed) {
          stack.push(el);
          cur = el;
        }
      }
    }
    if (cur) this.fail(n, `element <${cur.prefix ? cur.prefix + ':' : ''}${cur.local}> of line ${cur.line} is not closed`);
    if (!root) this.fail(0, 'no root element');
    return { file: this.file, root: root!, hasDoctype: this.hasDoctype, elements: this.elements };
  }

  private afterTag = 0;
  private selfClosed = false;

  private startTag(lt: number, parent: XmlElement | undefined): XmlElement {
    const t = this.text;
    const n = t.length;
    // A hand-written scan (no regular expressions, no intermediate arrays): start tags are most of the work.
    let k = lt + 1;
    if (!isNameStart(t.charCodeAt(k))) this.fail(lt, 'malformed start tag');
    while (k < n && isNameChar(t.charCodeAt(k))) k++;
    const qn = t.slice(lt + 1, k);
    const fail = (why: string, code = 'xml.notWellFormed'): never => this.fail(lt, why, code);
    const rawNames: string[] = [];
    const rawValues: string[] = [];
    for (;;) {
      const ws = k;
      while (isWs(t.charCodeAt(k))) k++;
      const c = t.charCodeAt(k);
      if (c === 62 /* > */) {
        this.selfClosed = false;
        this.afterTag = k + 1;
        break;
      }
      if (c === 47 /* / */ && t.charCodeAt(k + 1) === 62) {
        this.selfClosed = true;
        this.afterTag = k + 2;
        break;
      }
      if (k === ws || !isNameStart(c)) this.fail(k, `malformed attribute or start tag <${qn}>`);
      const nameStart = k;
      while (k < n && isNameChar(t.charCodeAt(k))) k++;
      const name = t.slice(nameStart, k);
      while (isWs(t.charCodeAt(k))) k++;
      if (t.charCodeAt(k) !== 61 /* = */) this.fail(k, `attribute ${name} of <${qn}> has no value`);
      k++;
      while (isWs(t.charCodeAt(k))) k++;
      const q = t.charCodeAt(k);
      if (q !== 34 && q !== 39) this.fail(k, `attribute ${name} of <${qn}> has an unquoted value`);
      const end = t.indexOf(q === 34 ? '"' : "'", k + 1);
      if (end < 0) this.fail(k, `attribute ${name} of <${qn}> is not closed`);
      const raw = t.slice(k + 1, end);
      if (raw.indexOf('<') >= 0) this.fail(k, `"<" in the value of attribute ${name}`);
      rawNames.push(name);
      rawValues.push(raw);
      k = end + 1;
    }
    const parentScope = parent ? parent.scope : ROOT_SCOPE;
    let scope = parentScope as Record<string, string>;
    let declared: Record<string, string> = NO_DECLS;
    const attrs: XmlAttr[] = [];
    for (let k = 0; k < rawNames.length; k++) {
      const name = rawNames[k];
      for (let m = 0; m < k; m++) if (rawNames[m] === name) fail(`attribute "${name}" appears twice`);
      const raw = rawValues[k];
      const value = raw.indexOf('&') < 0 && !hasWs(raw) ? raw : this.decodeAt(hasWs(raw) ? normaliseAttr(raw) : raw, lt);
      if (name.startsWith('xmlns') && (name.length === 5 || name[5] === ':')) {
        const pfx = name.length === 5 ? '' : name.slice(6);
        if (pfx && value === '') fail(`namespace prefix "${pfx}" undeclared with an empty URI`, 'xml.namespace');
        if (pfx === 'xmlns' || (pfx === 'xml' && value !== XML_NS)) fail(`reserved prefix "${pfx}" rebound`, 'xml.namespace');
        if (scope === parentScope) scope = { ...parentScope };
        if (declared === NO_DECLS) declared = {};
        scope[pfx] = value;
        declared[pfx] = value;
      } else attrs.push({ ns: '', local: name, name, value });
    }
    const [prefix, local] = splitName(qn);
    if (!local || local.includes(':') || (prefix === '' && qn.includes(':'))) fail(`invalid element name "${qn}"`, 'xml.namespace');
    let ns = '';
    if (prefix === 'xml') ns = XML_NS;
    else if (prefix) {
      const u = scope[prefix];
      if (u === undefined) fail(`namespace prefix "${prefix}" of element "${qn}" is not declared`, 'xml.namespace');
      ns = u!;
    } else ns = scope[''] ?? '';
    let prefixed = false;
    for (const a of attrs) {
      const c = a.name.indexOf(':');
      if (c < 0) continue;
      prefixed = true;
      const ap = a.name.slice(0, c);
      a.local = a.name.slice(c + 1);
      if (ap === 'xml') a.ns = XML_NS;
      else {
        const u = scope[ap];
        if (u === undefined) fail(`namespace prefix "${ap}" of attribute "${a.name}" is not declared`, 'xml.namespace');
        a.ns = u!;
      }
    }
    if (prefixed) {
      for (let k = 0; k < attrs.length; k++)
        for (let m = 0; m < k; m++)
          if (attrs[k].ns === attrs[m].ns && attrs[k].local === attrs[m].local) fail(`attribute "${attrs[k].name}" appears twice (after namespace resolution)`, 'xml.namespace');
    }
    const p = this.lines.pos(lt);
    return this.push({
      kind: 'element', ns, local, prefix, attrs, children: [], parent: parent ?? null, scope, declared,
      line: p.line, column: p.column, order: this.order++,
    });
  }

  private push(el: XmlElement): XmlElement {
    this.elements.push(el);
    return el;
  }
}

const ROOT_SCOPE: Readonly<Record<string, string>> = { xml: XML_NS };
/** Shared empty declaration map (never written to). */
const NO_DECLS: Record<string, string> = Object.freeze({}) as Record<string, string>;

function hasWs(s: string): boolean {
  return s.indexOf('\n') >= 0 || s.indexOf('\t') >= 0 || s.indexOf('\r') >= 0;
}

function isWs(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/** XML name start characters (ASCII letters, '_', ':' and everything from U+00C0). */
function isNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58 || c >= 0xc0;
}

function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 46 || c === 0xb7;
}

function splitName(n: string): [string, string] {
  const i = n.indexOf(':');
  return i < 0 ? ['', n] : [n.slice(0, i), n.slice(i + 1)];
}

/** Appends text, merging with a preceding text node (CDATA next to text is one string). */
function pushText(el: XmlElement, text: string): void {
  const last = el.children[el.children.length - 1] as XmlNode | undefined;
  if (last && last.kind === 'text') last.text += text;
  else el.children.push({ kind: 'text', text });
}
