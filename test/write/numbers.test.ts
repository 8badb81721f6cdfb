import { describe, expect, test } from 'vitest';
import { Decimal } from '../../src/model/decimal.js';
import { inlineValue, scaleFor, splitPrinted } from '../../src/write/inline/numbers.js';
import { printedDateLength } from '../../src/write/inline/locate.js';

describe('splitPrinted: what goes inside ix:nonFraction', () => {
  test.each([
    ['$29,294', '$', '29,294', '', 'ixt:num-dot-decimal', '29294'],
    ['(37,835)', '(', '37,835', ')', 'ixt:num-dot-decimal', '37835'],
    ['($3,600)', '($', '3,600', ')', 'ixt:num-dot-decimal', '3600'],
    ['$(1,234)', '$(', '1,234', ')', 'ixt:num-dot-decimal', '1234'],
    ['-17.7%', '-', '17.7', '%', 'ixt:num-dot-decimal', '17.7'],
    ['55.9%', '', '55.9', '%', 'ixt:num-dot-decimal', '55.9'],
    ['$ 0.01', '$ ', '0.01', '', 'ixt:num-dot-decimal', '0.01'],
    ['.5', '', '.5', '', 'ixt:num-dot-decimal', '0.5'],
    ['$-', '$', '-', '', 'ixt:fixed-zero', '0'],
    ['\u2014', '', '\u2014', '', 'ixt:fixed-zero', '0'],
    ['--', '', '--', '', 'ixt:fixed-zero', '0'],
  ])('%s', (raw, before, core, after, format, magnitude) => {
    const p = splitPrinted(raw)!;
    expect([p.before, p.core, p.after, p.format, p.magnitude.toFixed()]).toEqual([before, core, after, format, magnitude]);
  });

  test.each(['N/M', '', '1,234 - 5,678', '12,', ',5'])('%j is not one number', (raw) => {
    expect(splitPrinted(raw)).toBeNull();
  });
});

describe('scaleFor: transform(text) x 10^scale = |fact value| exactly', () => {
  const d = (s: string) => new Decimal(s);
  test('the preferred scale when it fits, else the power of ten that does, else null', () => {
    expect(scaleFor(d('29294'), d('29294000'), 3)).toBe(3);
    expect(scaleFor(d('29294'), d('-29294000'), 3)).toBe(3);
    expect(scaleFor(d('55.9'), d('0.559'), -2)).toBe(-2);
    expect(scaleFor(d('37.2'), d('37200000'), 0)).toBe(6);
    expect(scaleFor(d('29294'), d('29295000'), 3)).toBeNull();
    expect(scaleFor(d('0'), d('0'), 3)).toBe(3);
    expect(scaleFor(d('0'), d('5'), 3)).toBeNull();
    expect(scaleFor(d('5'), d('0'), 3)).toBeNull();
  });

  test('inlineValue applies scale and sign with decimal arithmetic (no float error)', () => {
    expect(inlineValue('16.9', 'ixt:num-dot-decimal', 9, false).toFixed()).toBe('16900000000');
    expect(inlineValue('37,835', 'ixt:num-dot-decimal', 3, true).toFixed()).toBe('-37835000');
    expect(inlineValue('-', 'ixt:fixed-zero', 3, false).toFixed()).toBe('0');
    expect(inlineValue('0.1', 'ixt:num-dot-decimal', -2, false).toFixed()).toBe('0.001');
  });
});

describe('printedDateLength: dates the TR4 English month-name transform reads', () => {
  test.each([
    ['JULY 7, 2004 -- Mpower', '2004-07-07', 12],
    ['May 6, 2004 - x', '2004-05-06', 11],
    ['Oct. 29, 2004', '2004-10-29', 13],
    ['Sep 30 2004', '2004-09-30', 11],
    ['July 7, 2004', '2004-07-08', 0],
    ['JuLy 7, 2004', '2004-07-07', 0],
    ['Thursday, July 29, 2004', '2004-07-29', 0],
  ])('%j as %s', (text, iso, length) => {
    expect(printedDateLength(text, iso)).toBe(length);
  });
});
