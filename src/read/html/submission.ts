// An EDGAR full submission (SEC header, then <DOCUMENT>s with <TYPE> and <TEXT>) holding HTML exhibits: the parts
// that are not readable text (uuencoded graphics, PDFs, zips, XBRL/XML files) are blanked with spaces, line breaks
// kept, so parse5's offsets stay those of the raw file.
const DOC_RE = /<DOCUMENT>([\s\S]*?)(?:<\/DOCUMENT>|$)/gi;
const SKIP_TYPE_RE = /^(?:GRAPHIC|ZIP|PDF|EXCEL|XML|JSON|EX-101\.|EX-104|XBRL|COVER|IDEA)/i;

export function htmlPayload(text: string): string {
  if (!/<DOCUMENT>/i.test(text.slice(0, 200_000)) || !/<TEXT>/i.test(text)) return text;
  let out = text;
  for (const m of text.matchAll(DOC_RE)) {
    const type = m[1].match(/<TYPE>\s*([^\s<]+)/i)?.[1] ?? '';
    const body = m[1].match(/<TEXT>([\s\S]*?)(?:<\/TEXT>|$)/i);
    const binary = body && /^\s*(?:begin \d{3} |<PDF>|<XBRL>|<XML>)/i.test(body[1]);
    if (SKIP_TYPE_RE.test(type) || /\.(?:jpg|jpeg|gif|png|pdf|zip|xsd|xml|json)\s*$/i.test(m[1].match(/<FILENAME>([^\n<]+)/i)?.[1] ?? '') || binary) {
      const start = m.index!;
      out = out.slice(0, start) + blank(m[0]) + out.slice(start + m[0].length);
    }
  }
  return out;
}

function blank(s: string): string {
  return s.replace(/[^\r\n]/g, ' ');
}
