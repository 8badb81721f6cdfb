// Cover facts read from the prose, best effort: registrant, ticker and exchange "(Nasdaq: MPWR)", release date,
// document type. Each keeps the position it was read from.
import type { CoverInfo } from '../model/document.js';
import type { LineInfo } from './lines.js';
import { findDates } from './periods.js';

const TICKER_RE =
  /\(\s*(NYSE|Nasdaq|NASDAQ|AMEX|OTCBB|OTC BB|OTC|Nasdaq NM|Nasdaq National Market|NASDAQ\/NMS|Nasdaq\/NMS|NYSE Amex|NYSE MKT|TSX)\s*(?:NM|National Market|Global Select Market|Global Market)?\s*[:\-]\s*([A-Z][A-Z.]{0,6})\s*\)/;
const NAME_RE = /([A-Z][A-Za-z0-9&.,'-]*(?:\s+(?:[A-Z][A-Za-z0-9&.,'-]*|&|of|and))*?(?:,?\s+(?:Inc\.?|Corp\.?|Corporation|Company|Co\.|Ltd\.?|Holdings?|Bancorp|Group|Incorporated)))(?![A-Za-z])/;

export function readCover(lines: LineInfo[], file: string): CoverInfo {
  const cover: CoverInfo = {};
  const limit = Math.min(lines.length, 400);
  for (let i = 0; i < limit; i++) {
    const text = lines[i].text;
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
    if (!cover.releaseDate && i < 120) {
      const d = findDates(text).find((x) => x.hasDay);
      if (d && /\b(?:19|20)\d\d\b/.test(text) && !/\b(?:ended|ending|quarter|months|year)\b/i.test(text)) {
        cover.releaseDate = { value: d.iso, pos: { file, line: i + 1, column: d.index + 1 } };
      }
    }
  }
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
