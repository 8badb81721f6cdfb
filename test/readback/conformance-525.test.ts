// The EDGAR Inline XBRL syntax suite (section 525) from ../shared: at least 95 % of the variations that are not
// EDGAR-only give the expected outcome. Skips with a note when ../shared is absent.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run525 } from '../../scripts/conformance/ixbrl525.js';
import { rate } from '../../scripts/conformance/report.js';

const root = fileURLToPath(new URL('../../../shared/xbrl/conformance/edgar-ixbrl-525/525-ix-syntax/', import.meta.url));
const present = existsSync(root);
if (!present) console.warn(`[skipped] EDGAR 525 suite: ${root} is absent`);

describe.skipIf(!present)('EDGAR 525 Inline XBRL syntax suite', () => {
  it('passes at least 95 % of the variations', () => {
    const r = run525(root);
    expect(r.passed + r.failed).toBeGreaterThan(250);
    expect(rate(r)).toBeGreaterThanOrEqual(0.95);
  });
});
