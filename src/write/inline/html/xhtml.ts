// What an HTML element of a release becomes in the XHTML 1.1 vocabulary the Inline XBRL 1.1 schema allows: kept,
// renamed (<font> -> <span>/<div>, <center> -> <div>, <u> -> <span>), unwrapped (Word's <o:p>, EDGAR's <page>) or
// dropped (scripts, frames, forms' controls); and its attributes: kept when the schema allows them on the element
// with a value of the right type, presentational ones (bgcolor, width on a cell, align on a paragraph, <font size>)
// turned into the CSS a browser derives from them, event handlers and external references dropped (and counted).
import { XHTML_ATTRIBUTES } from '../../../readback/inline/data/xhtml-attributes.js';

export type Disposition = { kind: 'keep'; name: string; css?: string } | { kind: 'unwrap' } | { kind: 'drop'; why?: 'script' | 'external' };

/** Elements written as they are (the XHTML 1.1 elements a release uses; forms, objects and head matter aside). */
const KEEP = new Set([
  'a',
  'abbr',
  'acronym',
  'address',
  'b',
  'bdo',
  'big',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'col',
  'colgroup',
  'dd',
  'del',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'ol',
  'p',
  'pre',
  'q',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'tt',
  'ul',
  'var',
]);

const RENAME: Record<string, { name: string; css?: string }> = {
  center: { name: 'div', css: 'text-align:-webkit-center' },
  u: { name: 'span', css: 'text-decoration:underline' },
  ins: { name: 'ins' },
  s: { name: 'span', css: 'text-decoration:line-through' },
  strike: { name: 'span', css: 'text-decoration:line-through' },
  nobr: { name: 'span', css: 'white-space:nowrap' },
  blink: { name: 'span' },
  marquee: { name: 'div' },
  mark: { name: 'span', css: 'background-color:yellow' },
  time: { name: 'span' },
  data: { name: 'span' },
  label: { name: 'span' },
  font: { name: 'span' },
  dir: { name: 'ul' },
  menu: { name: 'ul' },
  listing: { name: 'pre' },
  xmp: { name: 'pre' },
  plaintext: { name: 'pre' },
  section: { name: 'div' },
  article: { name: 'div' },
  header: { name: 'div' },
  footer: { name: 'div' },
  nav: { name: 'div' },
  aside: { name: 'div' },
  main: { name: 'div' },
  figure: { name: 'div', css: 'margin:1em 40px' },
  figcaption: { name: 'div' },
  details: { name: 'div' },
  summary: { name: 'div' },
  hgroup: { name: 'div' },
  form: { name: 'div' },
  fieldset: { name: 'div' },
  legend: { name: 'div' },
};

/** Dropped with their content, and reported: active content. */
const DROP_SCRIPT = new Set(['script', 'noscript']);
/** Dropped with their content, and reported: content loaded from elsewhere. */
const DROP_EXTERNAL = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'link', 'audio', 'video', 'source', 'track', 'portal']);
/** Dropped with their content, silently: not printed, or controls a printed release never needs. */
const DROP_SILENT = new Set([
  'head',
  'title',
  'meta',
  'base',
  'basefont',
  'style',
  'template',
  'input',
  'button',
  'select',
  'textarea',
  'option',
  'optgroup',
  'map',
  'area',
  'param',
  'canvas',
  'svg',
  'math',
  'dialog',
  'bgsound',
  'keygen',
  'isindex',
  'wbr',
]);

export function disposition(tag: string, namespaceURI: string): Disposition {
  if (namespaceURI !== 'http://www.w3.org/1999/xhtml') return { kind: 'drop' };
  if (KEEP.has(tag)) return { kind: 'keep', name: tag };
  const r = RENAME[tag];
  if (r) return { kind: 'keep', name: r.name, css: r.css };
  if (DROP_SCRIPT.has(tag)) return { kind: 'drop', why: tag === 'script' ? 'script' : undefined };
  if (DROP_EXTERNAL.has(tag)) return { kind: 'drop', why: 'external' };
  if (DROP_SILENT.has(tag)) return { kind: 'drop' };
  // Word's <o:p>, <st1:place>; EDGAR's <page>, <document>, <type>; anything unknown: its content stays.
  return { kind: 'unwrap' };
}

/** XHTML 1.1 block elements (Block.class and the list, table and form blocks). */
export const BLOCK = new Set([
  'address',
  'blockquote',
  'div',
  'dl',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'ol',
  'p',
  'pre',
  'table',
  'ul',
  'li',
  'dd',
  'dt',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'col',
  'colgroup',
]);

/** Elements whose content is Inline only: a block inside makes them a <div> (with the look they had). */
export const INLINE_ONLY: Record<string, string> = {
  p: 'margin-top:1em;margin-bottom:1em',
  h1: 'font-size:2em;font-weight:bold;margin-top:0.67em;margin-bottom:0.67em',
  h2: 'font-size:1.5em;font-weight:bold;margin-top:0.83em;margin-bottom:0.83em',
  h3: 'font-size:1.17em;font-weight:bold;margin-top:1em;margin-bottom:1em',
  h4: 'font-weight:bold;margin-top:1.33em;margin-bottom:1.33em',
  h5: 'font-size:0.83em;font-weight:bold;margin-top:1.67em;margin-bottom:1.67em',
  h6: 'font-size:0.67em;font-weight:bold;margin-top:2.33em;margin-bottom:2.33em',
  pre: 'font-family:monospace;white-space:pre;margin-top:1em;margin-bottom:1em',
  address: 'font-style:italic',
  dt: '',
  span: '',
  a: '',
  abbr: '',
  acronym: '',
  b: 'font-weight:bold',
  strong: 'font-weight:bold',
  big: 'font-size:larger',
  small: 'font-size:smaller',
  i: 'font-style:italic',
  em: 'font-style:italic',
  cite: 'font-style:italic',
  dfn: 'font-style:italic',
  var: 'font-style:italic',
  code: 'font-family:monospace',
  kbd: 'font-family:monospace',
  samp: 'font-family:monospace',
  tt: 'font-family:monospace',
  sub: 'vertical-align:sub;font-size:smaller',
  sup: 'vertical-align:super;font-size:smaller',
  q: '',
  bdo: '',
  caption: '',
};

/** Elements whose content is Block only: text and inline elements directly inside are wrapped in a <div>. */
export const BLOCK_ONLY = new Set(['body', 'blockquote']);

// ---- attributes ----------------------------------------------------------------------------------------------

export interface AttrResult {
  attrs: [string, string][];
  /** CSS derived from presentational attributes, to go before the element's own style. */
  css: string[];
  handlers: string[];
  external: string[];
}

const XML_LANG = '{http://www.w3.org/XML/1998/namespace}lang';
const LENGTH = /^(?:\d+%?|\d*\.\d+%)$/;
const NUMBER = /^\d+$/;
const LANGUAGE = /^[a-zA-Z]{1,8}(?:-[a-zA-Z0-9]{1,8})*$/;
const NCNAME = /^[A-Za-z_][\w.-]*$/;

/** A reference that leaves the document's folder: a scheme ("https:", "mailto:", "javascript:") or "//host". */
export function isExternal(url: string): boolean {
  const u = url.trim();
  return /^[A-Za-z][A-Za-z0-9+.-]*:/.test(u) || u.startsWith('//') || u.startsWith('\\\\');
}

function px(v: string): string | undefined {
  const t = v.trim();
  if (/^\d+(?:\.\d+)?$/.test(t)) return `${t}px`;
  if (/^\d+(?:\.\d+)?%$/.test(t)) return t;
  if (/^\d+(?:\.\d+)?(?:px|pt|in|cm|mm|em|pc)$/i.test(t)) return t.toLowerCase();
  return undefined;
}

const FONT_SIZES = ['x-small', 'x-small', 'small', 'medium', 'large', 'x-large', 'xx-large', 'xxx-large'];

export function fontSize(v: string): string | undefined {
  const m = /^\s*([+-]?)(\d+)/.exec(v);
  if (!m) return undefined;
  let n = Number(m[2]);
  if (m[1] === '+') n = 3 + n;
  else if (m[1] === '-') n = 3 - n;
  n = Math.max(1, Math.min(7, n));
  return FONT_SIZES[n];
}

function color(v: string): string | undefined {
  const t = v.trim();
  if (/^#?[0-9a-fA-F]{6}$/.test(t) || /^#?[0-9a-fA-F]{3}$/.test(t)) return t.startsWith('#') ? t : `#${t}`;
  if (/^[A-Za-z]{3,20}$/.test(t)) return t.toLowerCase();
  return undefined;
}

/** Presentational attribute -> CSS declarations, as a browser maps it (null: no mapping, dropped). */
function presentational(tag: string, name: string, value: string): string | null {
  const v = value.trim();
  const lower = v.toLowerCase();
  switch (name) {
    case 'align':
      if (tag === 'table') {
        if (lower === 'center') return 'margin-left:auto;margin-right:auto';
        if (lower === 'left' || lower === 'right') return `float:${lower}`;
        return null;
      }
      if (tag === 'img') {
        if (lower === 'left' || lower === 'right') return `float:${lower}`;
        if (lower === 'middle' || lower === 'absmiddle') return 'vertical-align:middle';
        if (lower === 'top' || lower === 'texttop') return 'vertical-align:top';
        if (lower === 'bottom' || lower === 'baseline') return 'vertical-align:baseline';
        return null;
      }
      if (tag === 'hr') {
        if (lower === 'left') return 'margin-left:0;margin-right:auto';
        if (lower === 'right') return 'margin-left:auto;margin-right:0';
        if (lower === 'center') return 'margin-left:auto;margin-right:auto';
        return null;
      }
      if (tag === 'caption') {
        if (lower === 'bottom' || lower === 'top') return `caption-side:${lower}`;
        return /^(left|right|center|justify)$/.test(lower) ? `text-align:${lower}` : null;
      }
      if (lower === 'center' || lower === 'middle') return 'text-align:-webkit-center';
      if (lower === 'left' || lower === 'right') return `text-align:-webkit-${lower}`;
      if (lower === 'justify') return 'text-align:justify';
      return null;
    case 'valign':
      return /^(top|middle|bottom|baseline)$/.test(lower) ? `vertical-align:${lower}` : null;
    case 'width':
    case 'height': {
      const l = px(v);
      return l ? `${name}:${l}` : null;
    }
    case 'bgcolor': {
      const c = color(v);
      return c ? `background-color:${c}` : null;
    }
    case 'color': {
      const c = color(v);
      if (!c) return null;
      return tag === 'hr' ? `border-color:${c};background-color:${c}` : `color:${c}`;
    }
    case 'text':
      if (tag !== 'body') return null;
      return color(v) ? `color:${color(v)}` : null;
    case 'face':
      return /^[\w\s,'"-]+$/.test(v) ? `font-family:${v.replace(/"/g, "'")}` : null;
    case 'size':
      if (tag === 'font') {
        const s = fontSize(v);
        return s ? `font-size:${s}` : null;
      }
      if (tag === 'hr' && NUMBER.test(v)) return Number(v) > 1 ? `height:${Number(v) - 2}px` : 'border-bottom-width:0';
      return null;
    case 'noshade':
      return tag === 'hr' ? 'border-style:solid;border-color:gray;background-color:gray' : null;
    case 'nowrap':
      return 'white-space:nowrap';
    case 'border':
      if (tag === 'img' && NUMBER.test(v)) return `border:${v}px solid`;
      return null;
    case 'hspace':
      return NUMBER.test(v) ? `margin-left:${v}px;margin-right:${v}px` : null;
    case 'vspace':
      return NUMBER.test(v) ? `margin-top:${v}px;margin-bottom:${v}px` : null;
    case 'leftmargin':
    case 'marginwidth':
      return NUMBER.test(v) ? `margin-left:${v}px;margin-right:${v}px` : null;
    case 'topmargin':
    case 'marginheight':
      return NUMBER.test(v) ? `margin-top:${v}px;margin-bottom:${v}px` : null;
    case 'clear':
      return /^(left|right|all|both)$/.test(lower) ? `clear:${lower === 'all' ? 'both' : lower}` : null;
    case 'type':
      if (tag === 'ul' || tag === 'ol' || tag === 'li') {
        const map: Record<string, string> = {
          disc: 'disc',
          circle: 'circle',
          square: 'square',
          '1': 'decimal',
          a: 'lower-alpha',
          A: 'upper-alpha',
          i: 'lower-roman',
          I: 'upper-roman',
        };
        return map[v] ? `list-style-type:${map[v]}` : null;
      }
      return null;
    default:
      return null;
  }
}

/** The value the schema accepts for an attribute kept as an attribute, or undefined (then CSS or dropped). */
function typed(tag: string, name: string, value: string): string | undefined {
  const v = value.trim();
  switch (name) {
    case 'colspan':
    case 'rowspan':
    case 'span':
      return NUMBER.test(v) ? String(Math.max(name === 'rowspan' ? 0 : 1, Number(v))) : undefined;
    case 'width':
    case 'height':
    case 'cellpadding':
    case 'cellspacing':
      return LENGTH.test(v) ? v : undefined;
    case 'border':
      return NUMBER.test(v) ? v : undefined;
    case 'align': {
      const l = v.toLowerCase() === 'middle' ? 'center' : v.toLowerCase();
      return /^(left|center|right|justify|char)$/.test(l) ? l : undefined;
    }
    case 'valign': {
      const l = v.toLowerCase();
      return /^(top|middle|bottom|baseline)$/.test(l) ? l : undefined;
    }
    case 'dir':
      return /^(ltr|rtl)$/i.test(v) ? v.toLowerCase() : undefined;
    case 'scope':
      return /^(row|col|rowgroup|colgroup)$/i.test(v) ? v.toLowerCase() : undefined;
    case 'frame':
      return /^(void|above|below|hsides|lhs|rhs|vsides|box|border)$/i.test(v) ? v.toLowerCase() : undefined;
    case 'rules':
      return /^(none|groups|rows|cols|all)$/i.test(v) ? v.toLowerCase() : undefined;
    case 'class': {
      const tokens = v.split(/\s+/).filter((t) => /^[\p{L}\p{N}_.:-]+$/u.test(t));
      return tokens.length ? tokens.join(' ') : undefined;
    }
    case 'title':
    case 'summary':
    case 'abbr':
    case 'alt':
      return value;
    default:
      return undefined;
  }
}

const ALLOWED = new Map<string, Set<string>>();

function allowedAttributes(element: string): Set<string> {
  let a = ALLOWED.get(element);
  if (!a) {
    a = new Set(XHTML_ATTRIBUTES[element] ?? []);
    ALLOWED.set(element, a);
  }
  return a;
}

/** Attributes never kept, whatever the schema says (they point elsewhere or name things that may not exist). */
const NEVER = new Set([
  'headers',
  'axis',
  'char',
  'charoff',
  'longdesc',
  'usemap',
  'ismap',
  'accesskey',
  'tabindex',
  'rel',
  'rev',
  'charset',
  'hreflang',
  'type',
  'target',
  'shape',
  'coords',
  'cite',
  'datetime',
  'nohref',
]);

/**
 * The attributes of an element written as `out`: `lang` as xml:lang, ids checked by `acceptId`, references kept
 * only when relative, the rest kept when the schema allows them, mapped to CSS, or dropped.
 */
export function convertAttrs(tag: string, out: string, attrs: { name: string; value: string }[], acceptId: (id: string) => boolean): AttrResult {
  const allowed = allowedAttributes(out);
  const res: AttrResult = { attrs: [], css: [], handlers: [], external: [] };
  let style = '';
  let id: string | undefined;
  let lang: string | undefined;
  for (const { name, value } of attrs) {
    if (/^on/i.test(name)) {
      res.handlers.push(name);
      continue;
    }
    if (name === 'style') {
      style = value;
      continue;
    }
    if (name === 'id' || (name === 'name' && out === 'a')) {
      const v = value.trim();
      if (id === undefined && NCNAME.test(v) && acceptId(v)) id = v;
      continue;
    }
    if (name === 'lang' || name === 'xml:lang') {
      if (LANGUAGE.test(value.trim())) lang = value.trim();
      continue;
    }
    if (name === 'href' || name === 'src' || name === 'background') {
      const v = value.trim();
      if (isExternal(v)) {
        res.external.push(v);
        continue;
      }
      if (name === 'background') {
        if (v && !/[()'"\\]/.test(v)) res.css.push(`background-image:url('${v}')`);
        continue;
      }
      if (allowed.has(name)) res.attrs.push([name, v]);
      continue;
    }
    if (NEVER.has(name) && name !== 'type') continue;
    if (allowed.has(name) && !(name === 'type')) {
      const t = typed(out, name, value);
      if (t !== undefined) {
        res.attrs.push([name, t]);
        continue;
      }
    }
    const css = presentational(tag, name, value);
    if (css) res.css.push(css);
  }
  if (id !== undefined) res.attrs.unshift(['id', id]);
  if (lang !== undefined && allowed.has(XML_LANG)) res.attrs.push(['xml:lang', lang]);
  const { css, external } = sanitizeCss(style);
  res.external.push(...external);
  if (css) res.css.push(css);
  return res;
}

// ---- CSS -----------------------------------------------------------------------------------------------------

const URL_RE = /url\(\s*(['"]?)([^'")]*)\1\s*\)/gi;

/**
 * CSS kept as written, less what reaches outside the document: absolute url(...) references become `none`,
 * @import rules, expression() and behaviors go. Returns the external references dropped.
 */
export function sanitizeCss(css: string): { css: string; external: string[] } {
  const external: string[] = [];
  if (!css || !/url\(|@import|expression|binding|behavior/i.test(css)) return { css, external };
  let out = css.replace(/@import\s+(?:url\([^)]*\)|'[^']*'|"[^"]*")[^;]*;?/gi, (m) => {
    external.push(m.trim());
    return '';
  });
  out = out.replace(URL_RE, (m, _q: string, url: string) => {
    if (!isExternal(url)) return m;
    external.push(url);
    return 'none';
  });
  out = out.replace(/expression\s*\(/gi, 'invalid(').replace(/(?:-moz-binding|behavior)\s*:/gi, 'x-dropped:');
  return { css: out, external };
}

// ---- the line-height quirk -----------------------------------------------------------------------------------

const KEYWORD_PX: Record<string, number> = { 'xx-small': 9, 'x-small': 10, small: 13, medium: 16, large: 18, 'x-large': 24, 'xx-large': 32, 'xxx-large': 48 };

/** An absolute font size declared on an element ("8pt", "10px", "small"), in CSS px, or undefined. */
export function absoluteFontSize(decl: string): number | undefined {
  const t = decl.trim().toLowerCase();
  const m = /^(\d+(?:\.\d+)?|\.\d+)(pt|px)$/.exec(t);
  if (m) return Number(m[1]) * (m[2] === 'pt' ? 4 / 3 : 1);
  return KEYWORD_PX[t];
}

/** The last value of a CSS property in a style attribute. */
export function declared(style: string, property: string): string | undefined {
  let out: string | undefined;
  for (const d of style.split(';')) {
    const k = d.indexOf(':');
    if (k > 0 && d.slice(0, k).trim().toLowerCase() === property) out = d.slice(k + 1).trim();
  }
  return out;
}
