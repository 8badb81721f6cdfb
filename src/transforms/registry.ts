// Which transform names each registry defines, bound to implementations. The name lists are those of the
// registries' specifications (cross-checked with ../shared/xbrl/registries/transformations/transform-registry-index.xml
// by test/transforms/registry.test.ts).
import * as fx from './fixed.js';
import * as nb from './numbers.js';

export type TransformFn = (input: string) => string | undefined;

export const TRR = {
  tr1: 'http://www.xbrl.org/inlineXBRL/transformation/2010-04-20',
  tr2: 'http://www.xbrl.org/inlineXBRL/transformation/2011-07-31',
  tr3: 'http://www.xbrl.org/inlineXBRL/transformation/2015-02-26',
  tr4: 'http://www.xbrl.org/inlineXBRL/transformation/2020-02-12',
  tr5: 'http://www.xbrl.org/inlineXBRL/transformation/2022-02-16',
  sec: 'http://www.sec.gov/inlineXBRL/transformation/2015-08-31',
} as const;

const tr2: Record<string, TransformFn> = {
  booleanfalse: fx.booleanfalse,
  booleantrue: fx.booleantrue,
  nocontent: fx.nocontent,
  zerodash: fx.zerodash,
  numdotdecimal: nb.numdotdecimal,
  numcommadecimal: nb.numcommadecimal,
  numunitdecimal: nb.numunitdecimal,
};

const tr3: Record<string, TransformFn> = {
  ...tr2,
  numdotdecimalin: nb.numdotdecimalin,
  numunitdecimalin: nb.numunitdecimalin,
};

const tr4: Record<string, TransformFn> = {
  'fixed-empty': fx.nocontent,
  'fixed-false': fx.booleanfalse,
  'fixed-true': fx.booleantrue,
  'fixed-zero': fx.fixedZero,
  'num-dot-decimal': nb.numDotDecimal4,
  'num-comma-decimal': nb.numCommaDecimal4,
  'num-unit-decimal': nb.numUnitDecimal,
  numdotdecimalin: nb.numdotdecimalin,
};

const tr5: Record<string, TransformFn> = {
  ...tr4,
  'num-dot-decimal-apos': nb.numDotDecimalApos5,
  'num-comma-decimal-apos': nb.numCommaDecimalApos5,
  'num-unit-decimal-apos': nb.numUnitDecimalApos,
};

export const REGISTRIES: Record<string, Record<string, TransformFn>> = {
  [TRR.tr2]: tr2,
  [TRR.tr3]: tr3,
  [TRR.tr4]: tr4,
  [TRR.tr5]: tr5,
  [TRR.sec]: {},
};
