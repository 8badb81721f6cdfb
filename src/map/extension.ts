// The per-filing extension schema (issue #7's entry point): it imports the base taxonomy and prohibits the base
// summations the release's numbers do not confirm (confirm.ts), so a processor checks only calculations the
// release actually prints. Extension concepts for unmapped rows (issue #7) belong in the same schema.
import { basename } from 'node:path';
import { create } from 'xmlbuilder2';
import type { ReleaseDocument } from '../model/document.js';
import { clark, NS } from '../model/fact.js';
import type { Taxonomy } from '../model/taxonomy.js';
import { BASE_ENTRY, BASE_NAMESPACE } from '../taxonomy/constants.js';
import type { Unconfirmed } from './confirm.js';

export interface ExtensionOptions {
  /** Company prefix, e.g. "mpow". */
  prefix: string;
  /** Company namespace (not under sec.gov or fasb.org), e.g. "http://www.mpower.com/20040506". */
  namespace: string;
  /** File stem: the schema is `${stem}.xsd`, its calculation linkbase `${stem}_cal.xml`. */
  stem: string;
}

export class ExtensionError extends Error {}

/**
 * Default extension names for a release: prefix from the trading symbol (else "ext"), namespace under
 * ixport.org (never a standard taxonomy's authority) by CIK or file name and release date, stem
 * "<prefix>-<yyyymmdd>" as EDGAR names extension schemas.
 */
export function defaultExtension(doc: ReleaseDocument, cik?: string): ExtensionOptions {
  const symbol = doc.cover.tradingSymbol?.value.toLowerCase().replace(/[^a-z0-9]/g, '');
  const prefix = symbol && /^[a-z]/.test(symbol) ? symbol : 'ext';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(doc.cover.releaseDate?.value ?? '') ? doc.cover.releaseDate!.value.replace(/-/g, '') : '';
  const who = cik ? cik.trim().padStart(10, '0') : basename(doc.file).replace(/\.[^.]*$/, '').replace(/[^A-Za-z0-9_.-]+/g, '-');
  const stem = date ? `${prefix}-${date}` : `${prefix}-${who}`;
  return { prefix, namespace: `https://ixport.org/ext/${who}/${date || 'undated'}`, stem };
}

const XS = 'http://www.w3.org/2001/XMLSchema';
const LINKBASE_XSD = 'http://www.xbrl.org/2003/xbrl-linkbase-2003-12-31.xsd';

function render(d: ReturnType<typeof create>): string {
  return d.end({ prettyPrint: true, indent: '  ' }) + '\n';
}

export function checkExtensionOptions(o: ExtensionOptions): void {
  if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(o.prefix) || /^xml/i.test(o.prefix)) {
    throw new ExtensionError(`extension prefix "${o.prefix}" is not an XML namespace prefix`);
  }
  if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(o.namespace) || /\b(sec\.gov|fasb\.org|xbrl\.org)\b/i.test(o.namespace)) {
    throw new ExtensionError(`extension namespace "${o.namespace}" must be an absolute URI of the company's own`);
  }
  if (o.namespace === BASE_NAMESPACE) throw new ExtensionError('extension namespace must differ from the base namespace');
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(o.stem)) throw new ExtensionError(`extension file stem "${o.stem}" is not a plain file name`);
}

/** File name -> content of the extension schema and, when a summation is prohibited, its calculation linkbase. */
export function extensionFiles(o: ExtensionOptions, unconfirmed: Unconfirmed[], taxonomy: Taxonomy): Map<string, string> {
  checkExtensionOptions(o);
  const files = new Map<string, string>();
  const calName = `${o.stem}_cal.xml`;
  const schema = create({ version: '1.0', encoding: 'UTF-8' });
  const root = schema.ele('xs:schema', {
    'xmlns:xs': XS,
    'xmlns:link': NS.link,
    'xmlns:xlink': NS.xlink,
    [`xmlns:${o.prefix}`]: o.namespace,
    targetNamespace: o.namespace,
    elementFormDefault: 'qualified',
    attributeFormDefault: 'unqualified',
  });
  if (unconfirmed.length) {
    root.ele('xs:annotation').ele('xs:appinfo').ele('link:linkbaseRef', {
      'xlink:type': 'simple',
      'xlink:href': calName,
      'xlink:role': 'http://www.xbrl.org/2003/role/calculationLinkbaseRef',
      'xlink:arcrole': 'http://www.w3.org/1999/xlink/properties/linkbase',
    });
  }
  root.ele('xs:import', { namespace: BASE_NAMESPACE, schemaLocation: BASE_ENTRY });
  files.set(`${o.stem}.xsd`, render(schema));
  if (!unconfirmed.length) return files;

  const lb = create({ version: '1.0', encoding: 'UTF-8' }).ele('link:linkbase', {
    'xmlns:link': NS.link,
    'xmlns:xlink': NS.xlink,
    'xmlns:xsi': NS.xsi,
    'xsi:schemaLocation': `${NS.link} ${LINKBASE_XSD}`,
  });
  const roles = [...new Set(unconfirmed.map((u) => u.role))].sort();
  for (const role of roles) {
    lb.ele('link:roleRef', { roleURI: role, 'xlink:type': 'simple', 'xlink:href': `${BASE_ENTRY}#${role.split('/').pop()}` });
  }
  for (const role of roles) {
    const link = lb.ele('link:calculationLink', { 'xlink:type': 'extended', 'xlink:role': role });
    const seen = new Set<string>();
    const loc = (key: string): string => {
      const concept = taxonomy.concepts.get(key)!;
      const label = `loc_${concept.qname.local}`;
      if (!seen.has(label)) {
        seen.add(label);
        link.ele('link:loc', { 'xlink:type': 'locator', 'xlink:href': `${BASE_ENTRY}#${concept.id}`, 'xlink:label': label });
      }
      return label;
    };
    for (const u of unconfirmed.filter((x) => x.role === role)) {
      for (const arc of u.arcs) {
        // A prohibiting arc is equivalent to the base arc (same order and weight) with a higher priority.
        link.ele('link:calculationArc', {
          'xlink:type': 'arc',
          'xlink:arcrole': arc.arcrole,
          'xlink:from': loc(clark(arc.from)),
          'xlink:to': loc(clark(arc.to)),
          order: String(arc.order),
          weight: (arc.weight ?? 1) < 0 ? '-1.0' : '1.0',
          use: 'prohibited',
          priority: '1',
        });
      }
    }
  }
  files.set(calName, render(lb));
  return files;
}
