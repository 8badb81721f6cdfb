// The shipped parsed snapshot of the base taxonomy stands for its XML: it must be exactly what parsing the XML
// gives, so loadTaxonomy() (snapshot) and loadTaxonomy(path) (XML) can never disagree.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clark } from '../../src/model/fact.js';
import { BASE_ENTRY, BASE_SNAPSHOT, BASE_TAXONOMY_DIR, loadTaxonomy } from '../../src/taxonomy/index.js';
import { SnapshotError, snapshotText, taxonomyFromSnapshot } from '../../src/taxonomy/snapshot.js';

const xmlParsed = () => loadTaxonomy(join(BASE_TAXONOMY_DIR, BASE_ENTRY));

describe('base taxonomy snapshot', () => {
  it('deep-equals the taxonomy parsed from the XML (regenerate with the generator when it differs)', () => {
    const fromXml = xmlParsed();
    const shipped = loadTaxonomy();
    expect(fromXml.concepts.size).toBeGreaterThan(100);
    expect([...shipped.concepts.keys()]).toEqual([...fromXml.concepts.keys()]);
    expect(shipped).toEqual(fromXml);
  });

  it('is byte for byte what the generator writes from the XML', () => {
    const shippedText = readFileSync(join(BASE_TAXONOMY_DIR, BASE_SNAPSHOT), 'utf8');
    expect(shippedText).toBe(snapshotText(xmlParsed()));
  });

  it("relationship ends are their concepts' QName objects, as when parsed from the XML", () => {
    const t = loadTaxonomy();
    expect(t.relationships.length).toBeGreaterThan(100);
    for (const r of t.relationships) {
      expect(r.from).toBe(t.concepts.get(clark(r.from))!.qname);
      expect(r.to).toBe(t.concepts.get(clark(r.to))!.qname);
    }
  });

  it('each load is a fresh model (a caller changing one does not change the next)', () => {
    const a = loadTaxonomy();
    a.concepts.clear();
    expect(loadTaxonomy().concepts.size).toBeGreaterThan(100);
  });

  it('rejects a file that is not a snapshot, naming it', () => {
    expect(() => taxonomyFromSnapshot('{"format":"other"}', 'x.model.json')).toThrow(SnapshotError);
    expect(() => taxonomyFromSnapshot('{', 'x.model.json')).toThrow(/x\.model\.json/);
    const bad = JSON.stringify({ format: 'ixport-taxonomy-model/1', concepts: [], relationships: [{ from: '{u}A', to: '{u}B' }] });
    expect(() => taxonomyFromSnapshot(bad, 'y.model.json')).toThrow(/y\.model\.json: relationship names unknown concept \{u\}A/);
  });
});
