// Test helper: a minimal XBRL 2.1 instance of a fact set (numeric facts only), for XML Schema validation.
import { NS, type FactSet } from '../../src/model/fact.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export function writeInstanceForTest(fs: FactSet): string {
  const all = { ...fs.namespaces, xbrli: NS.xbrli, link: NS.link, xlink: NS.xlink, xbrldi: NS.xbrldi };
  const ns = Object.entries(all)
    .map(([p, u]) => `xmlns:${p}="${esc(u)}"`)
    .join(' ');
  const out = [`<?xml version="1.0" encoding="UTF-8"?>`, `<xbrli:xbrl ${ns}>`];
  for (const href of fs.schemaRefs) out.push(`<link:schemaRef xlink:type="simple" xlink:href="${esc(href)}"/>`);
  for (const c of Object.values(fs.contexts)) {
    const dims = c.dimensions.map((d) => `<xbrldi:explicitMember dimension="ixp:${d.dimension.local}">ixp:${d.member.local}</xbrldi:explicitMember>`).join('');
    const period =
      c.period.type === 'instant'
        ? `<xbrli:instant>${c.period.date}</xbrli:instant>`
        : c.period.type === 'duration'
          ? `<xbrli:startDate>${c.period.start}</xbrli:startDate><xbrli:endDate>${c.period.end}</xbrli:endDate>`
          : '<xbrli:forever/>';
    out.push(
      `<xbrli:context id="${c.id}"><xbrli:entity><xbrli:identifier scheme="${esc(c.entity.scheme)}">${esc(c.entity.identifier)}</xbrli:identifier>${dims ? `<xbrli:segment>${dims}</xbrli:segment>` : ''}</xbrli:entity><xbrli:period>${period}</xbrli:period></xbrli:context>`,
    );
  }
  for (const u of Object.values(fs.units)) {
    const m = (q: { prefix?: string; local: string }) => `<xbrli:measure>${q.prefix}:${q.local}</xbrli:measure>`;
    out.push(
      u.denominators.length
        ? `<xbrli:unit id="${u.id}"><xbrli:divide><xbrli:unitNumerator>${u.numerators.map(m).join('')}</xbrli:unitNumerator><xbrli:unitDenominator>${u.denominators.map(m).join('')}</xbrli:unitDenominator></xbrli:divide></xbrli:unit>`
        : `<xbrli:unit id="${u.id}">${u.numerators.map(m).join('')}</xbrli:unit>`,
    );
  }
  for (const f of fs.facts.filter((x) => x.numeric)) {
    const name = `${f.concept.prefix ?? 'ixp'}:${f.concept.local}`;
    out.push(`<${name} contextRef="${f.contextRef}" unitRef="${f.unitRef}" decimals="${f.decimals}">${f.value}</${name}>`);
  }
  out.push('</xbrli:xbrl>');
  return out.join('\n') + '\n';
}
