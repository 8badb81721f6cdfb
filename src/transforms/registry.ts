// Binds every transform name of each registry (data/registry-names.ts for TR1-TR5, the SEC registry's own
// list) to an implementation (TR1 in tr1.ts). TR2/TR3 names share implementations where TR3 kept a TR2 transform; TR4/TR5
// are built from the registry signatures (tr45.ts).
import { REGISTRY_NAMES } from './data/registry-names.js';
import * as dt from './dates.js';
import * as fx from './fixed.js';
import * as nb from './numbers.js';
import * as sec from './sec.js';
import { TR1 } from './tr1.js';
import { buildTr45, type TransformFn } from './tr45.js';

export type { TransformFn };

export const TRR = {
  tr1: 'http://www.xbrl.org/inlineXBRL/transformation/2010-04-20',
  tr2: 'http://www.xbrl.org/inlineXBRL/transformation/2011-07-31',
  tr3: 'http://www.xbrl.org/inlineXBRL/transformation/2015-02-26',
  tr4: 'http://www.xbrl.org/inlineXBRL/transformation/2020-02-12',
  tr5: 'http://www.xbrl.org/inlineXBRL/transformation/2022-02-16',
  sec: 'http://www.sec.gov/inlineXBRL/transformation/2015-08-31',
} as const;

/** TR2 and TR3 implementations by name (TR3 is a superset of TR2). */
const TR23: Record<string, TransformFn> = {
  booleanfalse: fx.booleanfalse,
  booleantrue: fx.booleantrue,
  nocontent: fx.nocontent,
  zerodash: fx.zerodash,
  numdotdecimal: nb.numdotdecimal,
  numcommadecimal: nb.numcommadecimal,
  numunitdecimal: nb.numunitdecimal,
  numdotdecimalin: nb.numdotdecimalin,
  numunitdecimalin: nb.numunitdecimalin,
  calindaymonthyear: dt.calindaymonthyear,
  datedaymonth: dt.datedaymonth,
  datedaymonthdk: dt.datedaymonthdk,
  datedaymonthen: dt.datedaymonthen,
  datedaymonthyear: dt.datedaymonthyear,
  datedaymonthyeardk: dt.datedaymonthyeardk,
  datedaymonthyearen: dt.datedaymonthyearen,
  datedaymonthyearin: dt.datedaymonthyearin,
  dateerayearmonthdayjp: dt.dateerayearmonthdayjp,
  dateerayearmonthjp: dt.dateerayearmonthjp,
  datemonthday: dt.datemonthday,
  datemonthdayen: dt.datemonthdayen,
  datemonthdayyear: dt.datemonthdayyear,
  datemonthdayyearen: dt.datemonthdayyearen,
  datemonthyear: dt.datemonthyear,
  datemonthyeardk: dt.datemonthyeardk,
  datemonthyearen: dt.datemonthyearen,
  datemonthyearin: dt.datemonthyearin,
  dateyearmonthcjk: dt.dateyearmonthcjk,
  dateyearmonthday: dt.dateyearmonthday,
  dateyearmonthdaycjk: dt.dateyearmonthdaycjk,
  dateyearmonthen: dt.dateyearmonthen,
};

const SEC: Record<string, TransformFn> = {
  boolballotbox: sec.boolballotbox,
  yesnoballotbox: sec.yesnoballotbox,
  countrynameen: sec.countrynameen,
  stateprovnameen: sec.stateprovnameen,
  edgarprovcountryen: sec.edgarprovcountryen,
  exchnameen: sec.exchnameen,
  entityfilercategoryen: sec.entityfilercategoryen,
  datequarterend: sec.datequarterend,
  duryear: sec.duryear,
  durmonth: sec.durmonth,
  durweek: sec.durweek,
  durday: sec.durday,
  durhour: sec.durhour,
  durwordsen: sec.durwordsen,
  numwordsen: sec.numwordsen,
  numinf: sec.numinf,
  numneginf: sec.numneginf,
  numnan: sec.numnan,
};

function pick(names: readonly string[], impl: Record<string, TransformFn>): Record<string, TransformFn> {
  const out: Record<string, TransformFn> = {};
  for (const n of names) if (impl[n]) out[n] = impl[n];
  return out;
}

export const REGISTRIES: Record<string, Record<string, TransformFn>> = {
  [TRR.tr1]: pick(REGISTRY_NAMES[TRR.tr1], TR1),
  [TRR.tr2]: pick(REGISTRY_NAMES[TRR.tr2], TR23),
  [TRR.tr3]: pick(REGISTRY_NAMES[TRR.tr3], TR23),
  [TRR.tr4]: buildTr45(REGISTRY_NAMES[TRR.tr4]),
  [TRR.tr5]: buildTr45(REGISTRY_NAMES[TRR.tr5]),
  [TRR.sec]: SEC,
};
