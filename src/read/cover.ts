// Cover facts read from the prose, best effort: registrant, ticker and exchange "(Nasdaq: MPWR)", release date,
// document type. Each keeps the position it was read from.
import type { CoverInfo } from '../model/document.js';
import type { LineInfo } from './lines.js';
import { findDates } from './periods.js';

const TICKER_RE =
  /\(\s*(NYSE|Nasdaq|NASDAQ|AMEX|OTCBB|OTC BB|OTC|Nasdaq NM|Nasdaq National Market|NASDAQ\/NMS|Nasdaq\/NMS|NYSE Amex|NYSE MKT|TSX)\s*(?:NM|National Market|Global Select Market|Global Market)?\s*[:-]\s*([A-Z][A-Z.]{0,6})\s*\)/;
const NAME_RE =
  /([A-Z][A-Za-z0-9&.,'-]*(?:\s+(?:[A-Z][A-Za-z0-9&.,'-]*|&|of|and))*?(?:,?\s+(?:Inc\.?|Corp\.?|Corporation|Company|Co\.|Ltd\.?|Holdings?|Bancorp|Group|Incorporated)))(?![A-Za-z])/;

export function readCover(lines: LineInfo[], file: string): CoverInfo {
  const cover: CoverInfo = {};
  const limit = Math.min(lines.length, 400);
  let datelineDate: { value: string; pos: { file: string; line: number; column: number } } | undefined;
  let shortDate: typeof datelineDate;
  for (let i = 0; i < limit; i++) {
    const text = lines[i].text;
    // Full-submission SEC header fields, when present, are the authoritative cover facts.
    const sec = text.match(/^\s*(CONFORMED SUBMISSION TYPE|COMPANY CONFORMED NAME|FILED AS OF DATE|CONFORMED PERIOD OF REPORT):\s*(.+?)\s*$/);
    if (sec) {
      const pos = { file, line: i + 1, column: text.indexOf(sec[2]) + 1 };
      if (sec[1] === 'CONFORMED SUBMISSION TYPE') cover.documentType = { value: sec[2], pos };
      else if (sec[1] === 'COMPANY CONFORMED NAME') cover.registrantName = { value: sec[2], pos };
      else if (/^\d{8}$/.test(sec[2])) {
        const iso = `${sec[2].slice(0, 4)}-${sec[2].slice(4, 6)}-${sec[2].slice(6, 8)}`;
        if (sec[1] === 'FILED AS OF DATE') datelineDate = { value: iso, pos };
        else cover.periodEnd = { value: iso, pos };
      }
      continue;
    }
    if (!cover.documentType && /\bFORM\s+8-K\b|^\s*8-K\s*$/i.test(text)) {
      cover.documentType = { value: '8-K', pos: { file, line: i + 1, column: text.search(/8-K/i) + 1 } };
    }
    if (!cover.tradingSymbol) {
      const m = text.match(TICKER_RE);
      if (m) {
        const col = m.index! + 1;
        cover.exchange = { value: m[1], pos: { file, line: i + 1, column: col } };
        cover.tradingSymbol = { value: m[2], pos: { file, line: i + 1, column: text.indexOf(m[2], m.index!) + 1 } };
        const before = text.slice(0, m.index!);
        const nm = before.match(new RegExp(NAME_RE.source + '\\s*$'));
        if (nm && !cover.registrantName) {
          cover.registrantName = { value: nm[1].trim(), pos: { file, line: i + 1, column: nm.index! + 1 } };
        }
      }
    }
    if (!datelineDate && i < 120) {
      // A dateline ("ENGLEWOOD CLIFFS, NJ, AUGUST 9, 2005 --") or a date printed on a short line of its own;
      // a date naming a period ("ended", "since") is not the release date.
      const d = findDates(text).find(
        (x) => x.hasDay && !/\b(?:ended|ending|since|through|thru|as of|at|to|from|for|of|period)\s*$/i.test(text.slice(Math.max(0, x.index - 14), x.index)),
      );
      if (d) {
        const found = { value: d.iso, pos: { file, line: i + 1, column: d.index + 1 } };
        const after = text.slice(d.endIndex);
        if (/^\s*[-\u2013\u2014]{1,2}\s|\/PRNewswire|Business ?Wire/i.test(after) || /^\s*(?:date|dated)\b/i.test(text)) datelineDate = found;
        else if (!shortDate && text.trim().split(/\s+/).length <= 6) shortDate = found;
      }
    }
  }
  const date = datelineDate ?? shortDate;
  if (date) cover.releaseDate = date;
  if (!cover.registrantName) {
    for (let i = 0; i < Math.min(lines.length, 60); i++) {
      const m = lines[i].text.match(NAME_RE);
      if (m && lines[i].kind === 'text') {
        cover.registrantName = { value: m[1].trim(), pos: { file, line: i + 1, column: m.index! + 1 } };
        break;
      }
    }
  }
  return cover;
}
