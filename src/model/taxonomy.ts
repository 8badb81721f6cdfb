// What the rest of ixport needs to know of a taxonomy (DTS): concepts with their types, and the relationships.
import type { QName } from './fact.js';

export interface Concept {
  qname: QName;
  /** Schema element id. */
  id: string;
  /** Item type as a QName string in clark form, e.g. {http://www.xbrl.org/2003/instance}monetaryItemType. */
  type: string;
  numeric: boolean;
  periodType: 'instant' | 'duration';
  balance?: 'debit' | 'credit';
  abstract: boolean;
  nillable: boolean;
  substitutionGroup: 'item' | 'tuple' | 'dimensionItem' | 'hypercubeItem' | (string & {});
  /** role URI -> label text (lang en). */
  labels: Record<string, string>;
}

export interface Relationship {
  /** Extended link role. */
  role: string;
  arcrole: string;
  from: QName;
  to: QName;
  order: number;
  /** Calculation arcs only. */
  weight?: number;
  /** Presentation arcs: preferred label role. */
  preferredLabel?: string;
}

export interface Taxonomy {
  /** clark name -> concept */
  concepts: Map<string, Concept>;
  relationships: Relationship[];
}

export const ARCROLE = {
  summationItem: 'http://www.xbrl.org/2003/arcrole/summation-item',
  summationItem11: 'https://xbrl.org/2023/arcrole/summation-item',
  parentChild: 'http://www.xbrl.org/2003/arcrole/parent-child',
  all: 'http://xbrl.org/int/dim/arcrole/all',
  hypercubeDimension: 'http://xbrl.org/int/dim/arcrole/hypercube-dimension',
  dimensionDomain: 'http://xbrl.org/int/dim/arcrole/dimension-domain',
  domainMember: 'http://xbrl.org/int/dim/arcrole/domain-member',
  dimensionDefault: 'http://xbrl.org/int/dim/arcrole/dimension-default',
} as const;

export const LABEL_ROLE = {
  standard: 'http://www.xbrl.org/2003/role/label',
  terse: 'http://www.xbrl.org/2003/role/terseLabel',
  total: 'http://www.xbrl.org/2003/role/totalLabel',
  negated: 'http://www.xbrl.org/2009/role/negatedLabel',
  negatedTotal: 'http://www.xbrl.org/2009/role/negatedTotalLabel',
  documentation: 'http://www.xbrl.org/2003/role/documentation',
} as const;
