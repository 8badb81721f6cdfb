// Issue 15: the prose reader against the narrative gold (gold/seeds/*.narrative.tsv, 175 numbers): a gold row is
// found when an item on its line has the same fully scaled value and unit. Recall and precision are printed.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRelease } from '../../src/read/index.js';
import { readNarrativeGold, score } from './prose-gold.js';

const GOLD = process.env.IXPORT_NARRATIVE_GOLD ?? '/work/shared/gold/seeds';
const SEEDS = ['000_ccf59f1d994e8f6b', '001_3128817988bae0a4', '002_be9e5d8526e9d0a6', '003_dae102acde5e4e8b'];

describe.skipIf(!existsSync(GOLD))('prose reader vs the narrative gold', () => {
  it('finds the gold numbers (value, unit, line): recall >= 95 %, precision >= 95 %', () => {
    let gold = 0;
    let read = 0;
    let found = 0;
    for (const n of SEEDS) {
      const doc = readRelease(readFileSync(`examples/${n}.txt`, 'utf8'), `examples/${n}.txt`);
      const s = score(readNarrativeGold(`${GOLD}/${n}.narrative.tsv`), doc.proseItems ?? []);
      gold += s.gold;
      read += s.read;
      found += s.found;
      for (const m of s.missed) console.log(`${n} missed L${m.line} ${m.raw}`);
      for (const e of s.extra) console.log(`${n} extra L${e.pos.line} ${e.token}`);
    }
    console.log(
      `prose reader: ${found}/${gold} gold found (recall ${((100 * found) / gold).toFixed(1)} %), ${found}/${read} read correct (precision ${((100 * found) / read).toFixed(1)} %)`,
    );
    expect(gold).toBe(175);
    expect(found / gold).toBeGreaterThanOrEqual(0.95);
    expect(found / read).toBeGreaterThanOrEqual(0.95);
  });

  it('reads no number of a date, phone number, year or note number', () => {
    const doc = readRelease(readFileSync('examples/003_dae102acde5e4e8b.txt', 'utf8'), 'x.txt');
    expect(doc.proseItems!.some((p) => /^(?:2004|1995|22|30)$/.test(p.token))).toBe(false);
  });
});
