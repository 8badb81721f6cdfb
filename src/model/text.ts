// Bytes -> text, and the checks that tell release text from something else. Shared by the loader
// (src/pipeline/load.ts) and the plaintext reader, which still refuses empty, binary and HTML text when a library
// user calls it directly.
import { ReadError } from './errors.js';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'latin1' | string;

export interface DecodedText {
  text: string;
  /** How the bytes were decoded: by byte order mark, by the XML declaration, as UTF-8, or the Latin-1 fallback. */
  encoding: TextEncoding;
}

/**
 * Decodes a document's bytes, in this order:
 * - a byte order mark: UTF-8, UTF-16 LE or UTF-16 BE (seed 003 saved as UTF-16 by a Windows editor,
 *   ../shared/reliability/utf16.txt, used to be refused as "binary file (NUL byte)");
 * - the encoding an XML declaration names (`<?xml version="1.0" encoding="ISO-8859-1"?>` instances exist);
 * - UTF-8 when the bytes are valid UTF-8;
 * - else Latin-1: 1990s EDGAR text releases print "é" as the single byte 0xE9, which UTF-8 would turn into U+FFFD.
 * The byte order mark is not part of the text.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1');
  const declared = /^\s*(?:<[A-Z]+>\s*)?<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1]?.toLowerCase();
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    try {
      return { text: new TextDecoder(declared).decode(bytes), encoding: declared };
    } catch {
      // A label the platform does not know: judged like undeclared text below.
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: Buffer.from(bytes).toString('latin1'), encoding: 'latin1' };
  }
}

/** Empty or binary text cannot be any document; the error names the line of the first NUL byte. */
export function checkNotBinary(text: string, file: string): void {
  if (!text.trim()) throw new ReadError(file, 1, 'empty file', 'read.empty');
  const nul = text.indexOf('\0');
  if (nul >= 0) throw new ReadError(file, text.slice(0, nul).split('\n').length, 'binary file (NUL byte): not a plaintext release', 'read.binary');
}

/**
 * The 1-based line of the first HTML tag when the text is an HTML document (an `<html>`, `<body>`, `<td>` or
 * `<tr>` tag and more than 20 table or paragraph tags), else 0. A plaintext release may quote a few tags
 * (`<TABLE>`, `<PAGE>` are EDGAR's own SGML), never dozens of `<td>`.
 */
export function htmlLine(text: string): number {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  const html = sample.search(/<(?:html|body|td|tr)[\s>]/i);
  if (html >= 0 && (sample.match(/<\/?(?:td|tr|p|div|font|span)[\s>]/gi)?.length ?? 0) > 20) return sample.slice(0, html).split('\n').length;
  return 0;
}

export const HTML_REFUSAL = 'HTML document: the plaintext reader reads fixed-width EDGAR text releases';

/** Throws ReadError for text that cannot be a plaintext release: empty, binary, or HTML. */
export function checkReleaseText(text: string, file: string): void {
  checkNotBinary(text, file);
  // Mostly control characters: binary data decoded as text.
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  const ctrl = sample.match(/[\x01-\x08\x0b\x0e-\x1f]/g)?.length ?? 0;
  if (ctrl > sample.length * 0.05) throw new ReadError(file, 1, 'binary file (control characters): not a plaintext release', 'read.binary');
  const html = htmlLine(text);
  if (html > 0) throw new ReadError(file, html, HTML_REFUSAL, 'read.html');
}
