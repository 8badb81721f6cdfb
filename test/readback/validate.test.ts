// XBRL 2.1 validation on a few conformance-suite variations copied with their taxonomies and the core schemas
// (fixtures/readback/xbrl21), so it runs without ../shared.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateInstanceFile } from '../../src/readback/index.js';

const dir = fileURLToPath(new URL('../fixtures/readback/xbrl21/', import.meta.url));
const validate = (name: string) => validateInstanceFile(`${dir}cases/${name}`, { cacheRoot: `${dir}schemas` });
const rules = (name: string) => validate(name).map((m) => m.ruleId);

describe('XBRL 2.1 instance validation', () => {
  it('accepts valid instances (DTS found through the schema cache)', () => {
    expect(validate('303-01-PeriodInstantValid.xml')).toEqual([]);
    expect(validate('306-01-RequiredInstanceValid.xml')).toEqual([]);
    expect(validate('320-15-BindCalculationInferPrecision-instance.xbrl')).toEqual([]);
  });

  it('reports a period type that does not match the concept', () => {
    expect(rules('303-03-PeriodInstantInvalid.xml')).toContain('xbrl.5.1.1.1:itemPeriodType');
  });

  it('reports units whose measures cancel', () => {
    expect(rules('304-16-unitsInSimplestForm.xml')).toContain('xbrl.4.8.4:measuresCancel');
  });

  it('reports a missing required element', () => {
    expect(rules('306-03-RequiredInstanceInvalid.xml')).toContain('xbrl.5.2.6.2.4:requiresElement');
  });

  it('checks calculations with inferred precision, and does not bind duplicates', () => {
    const errors = validate('320-16-BindCalculationInferPrecision-instance.xbrl');
    expect(errors.map((m) => m.ruleId)).toEqual(['xbrl.5.2.5.2:calcInconsistency']);
    expect(errors[0].message).toMatch(/A is 4001 but its items sum to 4000/);
    expect(validate('320-21-BindCalculationInferPrecision-instance.xbrl')).toEqual([]);
  });

  it('reports a schema that cannot be found', () => {
    const errors = validateInstanceFile(`${dir}cases/303-01-PeriodInstantValid.xml`, { cacheRoot: `${dir}nowhere` });
    expect(errors.map((m) => m.ruleId)).toContain('xbrl.dts:documentMissing');
  });
});
