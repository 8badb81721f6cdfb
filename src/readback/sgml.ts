// The EDGAR SGML wrapper, on its own so that sniffing a document's kind (pipeline/source.ts) loads no reader.

/**
 * Documents taken from an EDGAR full submission carry an SGML wrapper (`<DOCUMENT>…<TEXT>`, `<XBRL>…</XBRL>`)
 * around the XML. The wrapper is blanked (newlines kept, so line numbers stay those of the file).
 */
export function unwrapEdgarSgml(text: string): string {
  const open = /^\s*(?:<DOCUMENT>[\s\S]*?<TEXT>\s*)?<(XBRL|TEXT)>/.exec(text);
  if (!open) return text;
  const close = text.lastIndexOf(`</${open[1]}>`);
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  const endStart = close < 0 ? text.length : close;
  return blank(text.slice(0, open[0].length)) + text.slice(open[0].length, endStart) + blank(text.slice(endStart));
}
