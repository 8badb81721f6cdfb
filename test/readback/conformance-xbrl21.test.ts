// The XII XBRL 2.1 suite from ../shared, groups 301-307, 320 and 391: at least 95 % of the variations give the
// expected valid/invalid outcome. Skips with a note when ../shared is absent.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rate } from '../../scripts/conformance/report.js';
import { runXbrl21 } from '../../scripts/conformance/xbrl21.js';

const shared = fileURLToPath(new URL('../../../shared/xbrl/', import.meta.url));
const root = `${shared}conformance/xbrl-2.1/XBRL-CONF-2014-12-10`;
const present = existsSync(root);
if (!present) console.warn(`[skipped] XBRL 2.1 suite: ${root} is absent`);

describe.skipIf(!present)('XBRL 2.1 conformance suite, groups 301-307, 320, 391', () => {
  it('gives the expected outcome for at least 95 % of the variations', () => {
    // The inferred-precision comparison with the PTVI files runs in `npm run conformance` (it doubles the time).
    const [r] = runXbrl21(root, `${shared}schemas`, { barGroupsOnly: true, ptvi: false });
    expect(r.passed + r.failed).toBe(177);
    expect(rate(r)).toBeGreaterThanOrEqual(0.95);
  });
});
