// Cover facts read from the release text (dateline, registrant, ticker and exchange), in a one-day duration
// context on the release date, as 8-K cover data is reported.
import type { ReleaseDocument } from '../model/document.js';
import { NS, type Entity, type Fact } from '../model/fact.js';
import type { Message, SourcePos } from '../model/source.js';
import { BASE_NAMESPACE, BASE_PREFIX } from '../taxonomy/constants.js';
import type { ContextTable } from './contexts.js';
import type { MapOptions } from './types.js';
import { GENERIC_NAME, registrantOf } from './identity.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function coverFacts(doc: ReleaseDocument, options: MapOptions, entity: Entity, contexts: ContextTable, facts: Fact[], messages: Message[]): Fact[] {
  const cover = doc.cover;
  const release = cover.releaseDate && ISO_DATE.test(cover.releaseDate.value) ? cover.releaseDate : undefined;
  // The latest actual (non-dimensional, so not forecast) period end printed in the tables.
  let latest: string | undefined;
  for (const f of facts) {
    const ctx = contexts.contexts[f.contextRef];
    if (ctx.dimensions.length) continue;
    const end = ctx.period.type === 'instant' ? ctx.period.date : ctx.period.type === 'duration' ? ctx.period.end : undefined;
    if (end && (!latest || end > latest)) latest = end;
  }
  // The registrant as the reader found it, unless that is a stand-in ("The Company (Nasdaq: PSEM)" in two Pericom
  // releases): then the name identity.ts finds in the text, where it was printed.
  let registrant = cover.registrantName;
  if (registrant && GENERIC_NAME.test(registrant.value.trim())) {
    const found = registrantOf(doc);
    registrant = found?.pos ? { value: found.name, pos: found.pos } : undefined;
  }
  const periodEnd = cover.periodEnd && ISO_DATE.test(cover.periodEnd.value) ? cover.periodEnd.value : latest;
  const day = release?.value ?? periodEnd;
  if (!day) {
    messages.push({ ruleId: 'map.no-cover-date', severity: 'warning', message: 'no release date or period found: no cover facts written' });
    return [];
  }
  const entries: [string, string | undefined, SourcePos | undefined, boolean][] = [
    ['DocumentType', cover.documentType?.value, cover.documentType?.pos, true],
    ['DocumentReleaseDate', release?.value, release?.pos, false],
    ['DocumentPeriodEndDate', periodEnd, cover.periodEnd?.pos, false],
    ['EntityRegistrantName', registrant?.value ?? options.entityName, registrant?.pos, true],
    ['EntityCentralIndexKey', entity.scheme === NS.cik ? entity.identifier : undefined, undefined, false],
    ['TradingSymbol', cover.tradingSymbol?.value, cover.tradingSymbol?.pos, false],
    ['SecurityExchangeName', cover.exchange?.value, cover.exchange?.pos, true],
  ];
  const present = entries.filter(([, value]) => value !== undefined && value.trim() !== '');
  if (!present.length) return [];
  const contextRef = contexts.get({ type: 'duration', start: day, end: day }, []);
  return present.map(([local, value, pos, text]) => {
    const fact: Fact = {
      id: `f_${local}_${contextRef}`,
      concept: { ns: BASE_NAMESPACE, local, prefix: BASE_PREFIX },
      contextRef,
      value: value!.trim(),
      numeric: false,
    };
    if (text) fact.lang = 'en';
    if (pos) fact.sources = [pos];
    return fact;
  });
}
