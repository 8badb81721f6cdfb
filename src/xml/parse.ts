// Safe, namespace-aware XML reading with line numbers, on top of fast-xml-parser (the project's chosen reader).
// fast-xml-parser gives the well-formedness check (XMLValidator: tag nesting, attribute syntax, names, one root,
// with line and column) and the ordered tree (preserveOrder: elements, text, CDATA and comments in document
// order, raw attribute values, and the start offset of every element through captureMetaData). This layer adds
// what XML namespaces and XBRL need and fast-xml-parser does not do: prefixes resolved to namespace URIs, line and
// column of every element, and safe entity handling.
// Safety: a DOCTYPE with an internal subset or any <!ENTITY declaration is refused before parsing (this is how
// billion-laughs and external-entity documents are stopped); external DTDs are never fetched; fast-xml-parser's
// entity processing is off, and only the five XML predefined entities and character references are expanded, by
// our own decoder, exactly once.
import type { XMLParser } from 'fast-xml-parser';
import { lazyPackage } from '../model/lazy.js';
import { XML_NS, type XmlAttr, type XmlDocument, type XmlElement, type XmlNode } from './dom.js';
import { IxportError } from '../model/errors.js';
import { codePointName, firstInvalidXmlChar } from './escape.js';

export class XmlError extends IxportError {
  declare readonly file: string;
  declare readonly line: number;
  declare readonly column: number;
  constructor(
    file: string,
    line: number,
    column: number,
    readonly reason: string,
    /** Stable code: xml.unsafe-doctype, xml.not-well-formed, xml.namespace, xml.entity. */
    code: string,
  ) {
    super(`${file}:${line}:${column}: ${reason}`, { code, file, line, column });
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

/** Expands the predefined entities and character references; returns the offset of the first bad one as an error. */
function decode(raw: string): string | { at: number; why: string } {
  if (raw.indexOf('&') < 0) return raw;
  let bad: { at: number; why: string } | undefined;
  const out = raw.replace(/&([^;&\s<]*);?/g, (m, name: string, at: number) => {
    if (bad) return m;
    if (!m.endsWith(';')) bad = { at, why: `"&" not starting an entity or character reference` };
    else if (name.startsWith('#')) {
      const cp = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      const ok = name[1] === 'x' ? /^#x[0-9a-fA-F]+$/.test(name) : /^#[0-9]+$/.test(name);
      if (ok && isXmlChar(cp)) return String.fromCodePoint(cp);
      bad = { at, why: `invalid character reference "${m}"` };
    } else if (PREDEFINED[name] !== undefined) return PREDEFINED[name];
    else bad = { at, why: `undefined entity "${m}" (only the XML predefined entities are allowed)` };
    return m;
  });
  return bad ?? out;
}

function isXmlChar(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

/** Refuses DTD internal subsets and entity declarations, the doors to entity expansion attacks and XXE. */
function findDoctype(text: string, file: string, lines: LineIndex): number {
  const entAt = text.indexOf('<!ENTITY');
  if (entAt >= 0) {
    const p = lines.pos(entAt);
    throw new XmlError(file, p.line, p.column, 'entity declarations are not allowed (DTDs and entities are never processed)', 'xml.unsafe-doctype');
  }
  const dtAt = text.indexOf('<!DOCTYPE');
  if (dtAt < 0) return -1;
  const end = text.indexOf('>', dtAt);
  const decl = text.slice(dtAt, end < 0 ? undefined : end);
  if (decl.includes('[')) {
    const p = lines.pos(dtAt);
    throw new XmlError(file, p.line, p.column, 'a DOCTYPE with an internal subset is not allowed (DTDs are never processed)', 'xml.unsafe-doctype');
  }
  return dtAt;
}

/**
 * fast-xml-parser keys elements by tag name in plain objects and refuses names that are Object.prototype members
 * ("constructor", "prototype", "__proto__"); such names are legal XML, so they travel under a '#' prefix, which no
 * XML name can start with, and are restored when the tree is built.
 */
const RESERVED_KEYS = new Set(['constructor', 'prototype', '__proto__']);
const escapeName = (n: string): string => (RESERVED_KEYS.has(n) ? '#' + n : n);
const unescapeName = (n: string): string => (n.charCodeAt(0) === 35 /* # */ ? n.slice(1) : n);

const TEXT = '#text';
const CDATA = '#cdata';
const COMMENT = '#comment';
const ATTRS = ':@';
/** fast-xml-parser, loaded on first use: a conversion of a release never parses XML (the taxonomy is a snapshot). */
const fxp = lazyPackage<typeof import('fast-xml-parser')>('fast-xml-parser');

/** The key under which fast-xml-parser records an element's offsets (captureMetaData), of the loaded module. */
let metaKey: symbol | undefined;
let xmlParser: XMLParser | undefined;

function parser(): XMLParser {
  if (xmlParser) return xmlParser;
  const { XMLParser } = fxp();
  metaKey = XMLParser.getMetaDataSymbol() as symbol;
  xmlParser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    // Raw text and attribute values: entities are expanded here, once, after attribute-value normalisation.
    processEntities: false,
    htmlEntities: false,
    textNodeName: TEXT,
    cdataPropName: CDATA,
    commentPropName: COMMENT,
    // Processing instructions come through (and are dropped when the tree is built) so that a misplaced XML
    // declaration, which the validator lets pass inside content, is seen with its position.
    ignoreDeclaration: false,
    ignorePiTags: false,
    captureMetaData: true,
    // Inline XBRL nests deeply (tables in divs in tables); the validator has no depth limit either.
    maxNestedTags: Number.MAX_SAFE_INTEGER,
    jPath: false,
    transformTagName: escapeName,
    transformAttributeName: escapeName,
    onDangerousProperty: (name: string) => name,
  });
  return xmlParser;
}

type Meta = { startIndex: number; endIndex?: number };

/** The offsets fast-xml-parser recorded for a node. */
function meta(node: FxpNode): Meta | undefined {
  return (node as unknown as Record<symbol, Meta | undefined>)[metaKey!];
}

/** One node of fast-xml-parser's preserveOrder output. */
interface FxpNode {
  [key: string]: unknown;
  [ATTRS]?: Record<string, string>;
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
  const doctypeAt = findDoctype(text, file, lines);
  const lead = /^[ \t\n]*/.exec(text)![0].length;
  const declared = /^<\?xml[ \t\n?]/.test(text.slice(lead, lead + 6));
  if (lead && declared && warnings) {
    const p = lines.pos(lead);
    warnings.push(new XmlError(file, p.line, p.column, 'whitespace before the XML declaration (read anyway)', 'xml.declaration-not-at-start'));
  }
  const fail = (index: number, why: string, code = 'xml.not-well-formed'): never => {
    const p = lines.pos(index);
    throw new XmlError(file, p.line, p.column, why, code);
  };
  // Some real filings start with a newline before the XML declaration; the validator takes the declaration for a
  // misplaced one there, so it gets the text with that declaration blanked (same length: positions unchanged).
  let checked = text;
  if (lead && declared) {
    const end = text.indexOf('?>', lead);
    if (end < 0) fail(lead, 'unterminated XML declaration');
    checked = text.slice(0, lead) + ' '.repeat(end + 2 - lead) + text.slice(end + 2);
  }
  // A character XML 1.0 forbids (a raw U+0001) makes the document not well-formed: fast-xml-parser's validator
  // lets it pass, so this reader accepted the extension label linkbase of specialchars2.txt that libxml2 and
  // every XBRL processor refuse. The same rule as the writers' (escape.ts).
  const badChar = firstInvalidXmlChar(text);
  if (badChar) fail(badChar.offset, `character ${codePointName(badChar.char)} is not allowed in XML 1.0`);
  const valid = fxp().XMLValidator.validate(checked);
  if (valid !== true) throw validationError(valid.err, text, file, lines);
  let tree: FxpNode[];
  try {
    tree = parser().parse(text) as FxpNode[];
  } catch (e) {
    // The validator passes a few unterminated constructs that the parser then stops at.
    const u = unterminated(text);
    return fail(u ? u.at : text.length, u ? u.why : (e as Error).message);
  }
  return new TreeBuilder(text, file, lines, fail).build(tree, doctypeAt, declared ? lead : -1);
}

/** Maps an XMLValidator error onto XmlError, with the stable codes the readers report. */
function validationError(err: { code: string; msg: string; line: number; col: number }, text: string, file: string, lines: LineIndex): XmlError {
  // The validator reads an unterminated comment, CDATA section or processing instruction to the end of the
  // document and then reports the elements left open; the construct's start is the useful position. Otherwise
  // unclosed elements are reported where the document ends, the point at which they are known to be unclosed.
  const one = /^Unclosed tag '(.*)'/.exec(err.msg);
  const many = /^Invalid '(\[.*\])' found/.exec(err.msg);
  const none = err.msg.startsWith('Start tag expected');
  if (one || many || none) {
    const u = unterminated(text);
    const open = one ? [one[1]] : many ? (JSON.parse(many[1]) as string[]) : [];
    const why = u ? u.why : open.length ? `${open.map((n) => `<${n}>`).join(', ')} not closed at the end of the document` : 'no root element';
    const p = lines.pos(u ? u.at : open.length ? text.length : 0);
    return new XmlError(file, p.line, p.column, why, 'xml.not-well-formed');
  }
  const code = err.code === 'InvalidChar' && err.msg.startsWith(`char '&'`) ? 'xml.entity' : 'xml.not-well-formed';
  return new XmlError(file, err.line, err.col ?? 1, err.msg, code);
}

/** An unterminated comment, CDATA section or processing instruction: it starts after the last terminator. */
function unterminated(text: string): { at: number; why: string } | undefined {
  const kinds: [string, string, string][] = [
    ['<!--', '-->', 'unterminated comment'],
    ['<![CDATA[', ']]>', 'unterminated CDATA section'],
    ['<?', '?>', 'unterminated processing instruction'],
  ];
  for (const [open, close, why] of kinds) {
    const at = text.indexOf(open, text.lastIndexOf(close) + 1);
    if (at >= 0) return { at, why };
  }
  return undefined;
}

/** Builds the namespace-resolved tree from fast-xml-parser's ordered output, in document order, iteratively. */
class TreeBuilder {
  private readonly elements: XmlElement[] = [];
  /** Source offset of each element's '<', by document order. */
  private readonly starts: number[] = [];
  constructor(
    private readonly text: string,
    private readonly file: string,
    private readonly lines: LineIndex,
    private readonly fail: (index: number, why: string, code?: string) => never,
  ) {}

  build(tree: FxpNode[], doctypeAt: number, declarationAt: number): XmlDocument {
    let root: XmlElement | undefined;
    let rootAt = 0;
    for (const node of tree) {
      const name = nodeName(node);
      if (name === TEXT || name === COMMENT) continue;
      if (name.charCodeAt(0) === 63 /* ? */) {
        if (meta(node)!.startIndex !== declarationAt) this.checkPi(node, name);
        continue;
      }
      if (name === CDATA) this.fail(Math.max(0, this.text.indexOf('<![CDATA[')), 'CDATA section outside the root element');
      // The validator misses a second root and trailing text after a self-closing root element.
      if (root) this.fail(meta(node)!.startIndex, 'more than one root element');
      rootAt = meta(node)!.startIndex;
      root = this.element(node, name, null);
      this.checkAfterRoot(meta(node)!.endIndex ?? this.text.length);
    }
    if (!root) return this.fail(0, 'no root element');
    if (doctypeAt > rootAt && !this.inCommentOrCdata(doctypeAt)) this.fail(doctypeAt, 'DOCTYPE after the root element start');
    return { file: this.file, root, hasDoctype: doctypeAt >= 0, elements: this.elements };
  }

  /** Converts one element and its subtree (pre-order, with an explicit stack: deep XHTML must not overflow). */
  private element(node: FxpNode, name: string, parent: XmlElement | null): XmlElement {
    const top = this.start(node, name, parent);
    const stack: { el: XmlElement; kids: FxpNode[]; i: number }[] = [{ el: top, kids: node[name] as FxpNode[], i: 0 }];
    while (stack.length) {
      const f = stack[stack.length - 1];
      if (f.i >= f.kids.length) {
        stack.pop();
        continue;
      }
      const kid = f.kids[f.i++];
      const kn = nodeName(kid);
      if (kn === TEXT) {
        const raw = kid[TEXT] as string;
        if (raw.indexOf(']]>') >= 0) this.failInText(f, raw, raw.indexOf(']]>'), '"]]>" is not allowed in text');
        const d = decode(raw);
        if (typeof d !== 'string') this.failInText(f, raw, d.at, d.why, 'xml.entity');
        pushText(f.el, d as string);
      } else if (kn === CDATA) pushText(f.el, ((kid[CDATA] as FxpNode[])[0]?.[TEXT] as string) ?? '');
      else if (kn === COMMENT) f.el.children.push({ kind: 'comment', text: ((kid[COMMENT] as FxpNode[])[0]?.[TEXT] as string) ?? '' });
      else if (kn.charCodeAt(0) === 63 /* ? */) this.checkPi(kid, kn);
      else {
        const el = this.start(kid, kn, f.el);
        f.el.children.push(el);
        stack.push({ el, kids: kid[kn] as FxpNode[], i: 0 });
      }
    }
    return top;
  }

  /** Whether an offset lies inside a comment or CDATA section (where "<!DOCTYPE" is only text). */
  private inCommentOrCdata(at: number): boolean {
    const t = this.text;
    return t.lastIndexOf('<!--', at) > t.lastIndexOf('-->', at) || t.lastIndexOf('<![CDATA[', at) > t.lastIndexOf(']]>', at);
  }

  /** After the root element only whitespace, comments and processing instructions may follow. */
  private checkAfterRoot(from: number): void {
    const t = this.text;
    for (let i = from; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c === 32 || c === 10 || c === 9) continue;
      const close = t.startsWith('<!--', i) ? '-->' : t.startsWith('<?', i) ? '?>' : undefined;
      const end = close ? t.indexOf(close, i) : -1;
      if (end < 0) this.fail(i, c === 60 /* < */ ? 'more than one root element' : 'text outside the root element');
      i = end + close!.length - 1;
    }
  }

  /** Source offset of the opening quote of an attribute's value (searched for only when failing). */
  private attrAt(tagAt: number, name: string): number {
    const re = new RegExp(`[ \t\n]${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ \t\n]*=[ \t\n]*["']`, 'g');
    re.lastIndex = tagAt;
    const m = re.exec(this.text);
    return m ? m.index + m[0].length - 1 : tagAt;
  }

  /** Processing instructions are not kept; one named like the XML declaration is an error anywhere but first. */
  private checkPi(node: FxpNode, name: string): void {
    if (name.length === 4 && name.toLowerCase() === '?xml') this.fail(meta(node)!.startIndex, 'XML declaration allowed only at the start of the document');
  }

  /** Reports an error inside a text node at its exact source offset (searched for only when failing). */
  private failInText(f: { el: XmlElement; kids: FxpNode[]; i: number }, raw: string, offset: number, why: string, code?: string): never {
    let from = this.starts[f.el.order];
    for (let k = f.i - 2; k >= 0; k--) {
      const end = meta(f.kids[k])?.endIndex;
      if (end !== undefined) {
        from = end;
        break;
      }
    }
    const at = this.text.indexOf(raw, from);
    return this.fail(at < 0 ? from : at + offset, why, code);
  }

  /** Creates an element: name and attributes resolved against the in-scope namespace declarations. */
  private start(node: FxpNode, key: string, parent: XmlElement | null): XmlElement {
    const at = meta(node)!.startIndex;
    const qn = unescapeName(key);
    const fail = (why: string, code = 'xml.not-well-formed'): never => this.fail(at, why, code);
    if (qn.charCodeAt(0) === 33 /* ! */) fail('markup declaration not allowed here');
    const parentScope = parent ? parent.scope : ROOT_SCOPE;
    let scope = parentScope as Record<string, string>;
    let declared: Record<string, string> = NO_DECLS;
    const attrs: XmlAttr[] = [];
    const raws = node[ATTRS];
    if (raws) {
      for (const key in raws) {
        const name = unescapeName(key);
        const raw = raws[key];
        if (raw.indexOf('<') >= 0) this.fail(this.attrAt(at, name), `"<" in the value of attribute ${name}`);
        let value = raw;
        if (raw.indexOf('&') >= 0 || hasWs(raw)) {
          // Attribute-value normalisation (XML 1.0 §3.3.3) on the raw text, before references are expanded.
          const d = decode(hasWs(raw) ? raw.replace(/[\t\n\r]/g, ' ') : raw);
          if (typeof d !== 'string') fail(`${d.why} in attribute ${name}`, 'xml.entity');
          value = d as string;
        }
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
          if (attrs[k].ns === attrs[m].ns && attrs[k].local === attrs[m].local)
            fail(`attribute "${attrs[k].name}" appears twice (after namespace resolution)`, 'xml.namespace');
    }
    const p = this.lines.pos(at);
    const el: XmlElement = {
      kind: 'element',
      ns,
      local,
      prefix,
      attrs,
      children: [],
      parent,
      scope,
      declared,
      line: p.line,
      column: p.column,
      order: this.elements.length,
    };
    this.elements.push(el);
    this.starts.push(at);
    return el;
  }
}

/** The key naming a preserveOrder node: its tag name, or #text / #cdata / #comment. */
function nodeName(node: FxpNode): string {
  for (const k in node) if (k !== ATTRS) return k;
  return '';
}

const ROOT_SCOPE: Readonly<Record<string, string>> = { xml: XML_NS };
/** Shared empty declaration map (never written to). */
const NO_DECLS: Record<string, string> = Object.freeze({}) as Record<string, string>;

function hasWs(s: string): boolean {
  return s.indexOf('\n') >= 0 || s.indexOf('\t') >= 0 || s.indexOf('\r') >= 0;
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
