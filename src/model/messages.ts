// The message catalogue: every id a stage emits (a Message's ruleId) or throws (an IxportError's code), declared
// once with its severity and a one-line description, like ESLint's meta.messages. `ixport explain <id>` prints it,
// and test/model/messages.test.ts fails on an id emitted anywhere but declared nowhere. Ids are "stage.kebab-case"
// (read.no-period, map.no-cik).
//
// Codes of the specifications (xbrl.4.6.3:missingPrecisionDecimals, ix11.10.1.2:nonFractionNegative,
// xbrldie:dimensionQName) are the standards' own ids, kept verbatim so they match conformance suites and other
// processors; they are declared as families below.
import type { Message, Severity, SourcePos } from './source.js';

/** 'fatal': thrown (IxportError.code), the command produces nothing and exits 2. */
export type CatalogueSeverity = Severity | 'fatal';

export interface MessageSpec {
  id: string;
  severity: CatalogueSeverity;
  description: string;
  /** Where it is documented: the README section (or specification) that explains it. */
  docs?: string;
}

type Entry = [severity: CatalogueSeverity, description: string, docs?: string];

const ENTRIES: Record<string, Entry> = {
  // read: release text -> ReleaseDocument
  'read.empty': ['fatal', 'The file is empty or holds only white space.'],
  'read.binary': ['fatal', 'The file is binary (a NUL byte outside UTF-16 text, or mostly control characters), not a release.'],
  'read.html': ['fatal', 'The file is HTML; the plaintext reader reads fixed-width EDGAR text releases.'],
  'read.no-table': ['fatal', 'The release has no table: no <TABLE> block and no aligned columns of numbers.'],
  'read.unusable': ['fatal', 'The release text cannot be read (a reader refusal without a more specific id).'],
  'read.no-period': ['warning', "A numeric cell's column header gives no period the reader could derive; the cell has no period."],
  'read.unplaced-number': ['warning', 'A number could not be placed in any column of its table, or a cell printing digits could not be read as a value.'],
  'read.evidence-period': ['info', "The document's evidence (prose, arithmetic, captions, consecutive quarters) changed the period a column header reads as."],
  'read.evidence-scale': ['info', 'A table without a scale note is read at the scale the per-share arithmetic or the prose amounts prove.'],
  'read.evidence-date': ['info', "The dateline's year is misprinted: the tables report periods after it, so the release date is read a year later."],
  'read.evidence-conflict': ['warning', "The document's evidence contradicts a table's reading and nothing decides: the printed reading is kept."],
  'read.fix': ['info', "A correction of the fixes file (--fix) was applied to a table: its scale, a column's period or axis member, or the table dropped."],
  'fix.invalid': [
    'fatal',
    'The fixes file (--fix) is not valid JSON of fixes, or names a table or column the release does not have (positioned in the fixes file).',
  ],
  'fix.unreadable': ['fatal', 'The fixes file (--fix) cannot be read.'],
  'fix.html': ['fatal', '--fix corrects the plaintext reader; the release is HTML.'],
  'fix.not-a-release': ['fatal', '--fix corrects the reading of a release; the document is XBRL.'],
  'read.truncated': ['warning', 'The file ends inside a table (a <TABLE> never closed, or a number cut short): it looks truncated; read up to its last line.'],
  'read.ragged-columns': ['error', "A table's columns do not line up (ragged rows); its cells cannot be trusted."],
  'read.continued-table': ['info', 'A table without headers right after a page break continues the table before it.'],
  'read.segment-heading': [
    'info',
    "A table printed under a heading naming one of the segments the document lists is that segment's: its columns are on that segment member.",
  ],
  'read.segment-box': ['info', 'A box headed by a period and a segment the document lists ("4Q21 Global Markets") puts its figures on that segment.'],
  'read.entity-member': ['info', "A title or column names a company the release says it acquired: its figures go on that company's member."],
  'read.contents-table': ['info', 'A table of contents (page numbers under "Page(s)") is not read as figures.'],
  // load: any file -> text -> kind -> facts
  'load.cannot-read': ['fatal', 'The file cannot be opened (missing, a folder, no permission).'],
  'load.unknown-kind': ['fatal', 'The file is neither a release, an XBRL instance, an Inline XBRL document nor xBRL-JSON.'],
  'load.not-a-release': ['fatal', 'convert and extract read earnings releases only; an XBRL document is refused (read and check read it).'],
  'load.no-facts': ['fatal', 'An XBRL document yields no fact and an error (unparseable XML, a broken JSON document).'],
  'load.unusable': ['fatal', 'The document cannot be loaded (a loader refusal without a more specific id).'],
  // map: line items -> facts
  'map.no-cik': ['warning', 'No --cik was given: the entity identifier is a placeholder under an ixport scheme, not accepted by EDGAR.'],
  'map.no-period': ['warning', "A line item's column has no period, so it cannot become a fact."],
  'map.comparative': ['warning', 'A comparative (change) column has no concept in the base taxonomy.'],
  'map.unmapped': ['warning', 'No concept fits the printed row label; the number is untagged (the report names it).'],
  'map.member': ['warning', "A segment, region or consolidating column needs the filing's extension taxonomy for its axis member; untagged without it."],
  'map.unit': ['warning', "The line item's unit is not known to the taxonomy."],
  'map.period-type': ['warning', 'A duration (flow) concept printed in a column that gives an instant.'],
  'map.calc-unconfirmed': ['info', 'A base summation does not hold on the printed numbers; the per-filing extension prohibits it.'],
  'map.collision-member': [
    'info',
    'Two printings of one concept and period disagree; their column or table names a basis or segment: the later go on its axis member.',
  ],
  'map.collision-concept': [
    'info',
    'Two printings of one concept and period disagree; label, heading or average says why: the later row gets an extension concept.',
  ],
  'map.collision-sign': [
    'info',
    'The same figure printed under the opposite sign wording ("(earnings) loss"): the later row\'s printed sign is read as negated.',
  ],
  'map.collision-scale': ['warning', "Two printings of one fact are a power of 1000 apart (a table's scale misread): the odd one is left untagged."],
  'map.dropped': ['warning', 'A printed number became no fact and no reason was recorded.'],
  'map.release-date': ['warning', 'The release date precedes the periods the release reports: not used to tell forecasts from actuals.'],
  'map.no-cover-date': ['warning', 'No release date or period was found: no cover facts are written.'],
  'map.prose-unmapped': ['warning', 'A money or percent amount in a sentence measures something no concept fits; it is untagged.'],
  'map.prose-disagrees': ['warning', 'A prose amount disagrees with the table figure of the same measure after rounding; it is not tagged.'],
  'map.prose-ambiguous': ['warning', 'Two prose readings of one measure and period disagree; neither is tagged.'],
  'map.xml-char': ['warning', 'A printed label holds a character XML 1.0 forbids (a control character); it is written as a space.'],
  'map.bad-option': ['fatal', 'A mapping option is invalid (e.g. --cik that is not 1 to 10 digits).'],
  'map.bad-extension': ['fatal', 'The per-filing extension options are invalid (prefix, namespace or file stem).'],
  'map.bad-mapping-data': ['fatal', 'A mapping data file (taxonomy/*.tsv) is malformed.'],
  // check: findings on a fact set
  'calc.inconsistent': ['error', 'A total is not the sum of its items (XBRL Calculations 1.1, round-to-nearest).', 'README.md#commands'],
  'calc.excess-digits': ['error', 'A value has digits finer than its decimals.'],
  'calc.not-checked': ['info', 'A calculation could not be checked (an item or the total is missing in the context).'],
  'calc.duplicate-relationship': ['error', 'The DTS declares one summation relationship twice (Calculations 1.1 forbids it).'],
  'calc.non-decimal-item': ['error', 'A calculation item is not of a decimal type (Calculations 1.1 forbids it).'],
  'fact.invalid-number': ['error', "A numeric fact's value is not a valid number."],
  'duplicate.inconsistent': ['error', 'One concept, context and unit is reported with different values (both lines named).'],
  'duplicate.consistent': ['info', 'Duplicate facts agree within their precision.'],
  'duplicate.complete': ['info', 'Duplicate facts are identical.'],
  'identity.balance-sheet': ['error', 'Assets do not equal liabilities plus equity.'],
  'identity.statement-twin': ['error', 'A statement line and its reconciliation twin disagree.'],
  'identity.per-share': ['warning', 'A per-share amount is not the amount divided by the weighted shares, rounded.'],
  'identity.percent-of-revenue': ['warning', 'A "% of revenue" is not the measure divided by revenue, rounded.'],
  'prose.growth': ['warning', 'A growth or change stated in a sentence does not follow from the two table figures it compares.'],
  'check.no-taxonomy': ['info', "The document's taxonomy is not ixport's: only duplicates and excess digits are checked."],
  'check.bad-identities': ['fatal', 'The identities data file is malformed.'],
  // write
  'write.untagged-number': ['warning', 'A printed number in the inline rendering is not tagged as a fact (the report says why).'],
  'write.hidden-fact': ['info', "A fact with no printed number of its own is written in the inline document's hidden section."],
  'write.unreadable-print': ['warning', 'A printed number cannot be tagged as a number in the inline rendering.'],
  'write.print-mismatch': ['warning', 'The printed number and the fact it is tagged with disagree.'],
  'write.html-script': ['info', 'Script elements of an HTML release are not written to its inline document (no active content).'],
  'write.html-handler': ['info', 'Event-handler attributes (onclick, onload...) of an HTML release are dropped from its inline document.'],
  'write.html-external': ['info', 'External references (links, frames, remote images, @import) of an HTML release are dropped from the inline document.'],
  'write.footnotes-not-written': ['warning', 'Footnotes of the fact set are not written to the inline document.'],
  'write.unwritable': ['fatal', 'The fact set cannot be written faithfully (a missing context, a fact id that is no XML name...).'],
  'write.json': ['fatal', 'The fact set cannot be written as xBRL-JSON.'],
  // read back (ixport's own ids; the specifications' codes are families below)
  'readback.json': ['error', 'The xBRL-JSON document breaks a rule of the OIM JSON syntax (the message names the JSON pointer).'],
  'json.unreadable': ['fatal', 'The xBRL-JSON file is not valid JSON or not an xBRL-JSON document.'],
  'xbrl.numeric-value': ['error', "A numeric fact's value is not a number of its type."],
  'xbrl.duplicate-id': ['error', 'Two elements of the instance share one id.'],
  'xml.not-well-formed': ['error', 'The XML is not well-formed (the message names line and column).'],
  'xml.unsafe-doctype': ['error', 'The document declares a DTD internal subset: refused (entity attacks).'],
  'xml.declaration-not-at-start': ['warning', 'White space precedes the XML declaration (EDGAR SGML wrappers leave it); read anyway.'],
  'xml.entity': ['error', 'The document declares or uses an entity ixport does not resolve.'],
  'xml.namespace': ['error', 'A namespace prefix is not declared or is declared wrongly.'],
  // diff
  'diff.inconsistent-duplicate': ['warning', 'One side has duplicate facts with inconsistent values; the first is compared.'],
  'diff.no-common-entity': ['warning', 'A and B report no entity in common, so no fact can match (see --ignore-entity).'],
  'diff.no-match': ['fatal', 'A --concept or --period filter selects no fact of either side.'],
  'diff.bad-aspect': ['fatal', 'A fact refers to a context or unit the fact set lacks.'],
  // taxonomy
  'taxonomy.unusable': ['fatal', 'The taxonomy cannot be loaded (missing or malformed schema or linkbase).'],
  'taxonomy.bad-snapshot': ['fatal', 'The taxonomy snapshot is malformed.'],
  // command line
  'cli.usage': ['fatal', 'The command line is not usable (missing file, wrong number of files).'],
  'cli.bad-option': ['fatal', 'An unknown option, or an option without its value.'],
  'cli.bad-cik': ['fatal', '--cik is not 1 to 10 digits.'],
  'cli.bad-number': ['fatal', 'An option that takes a positive whole number got something else (--jobs 1.5).'],
  'cli.bad-out': ['fatal', '--out is a file where a folder is needed (or a folder where a file is), or not writable.'],
  'cli.unknown-command': ['fatal', 'No such command; `ixport --help` lists them.'],
  'ixport.error': ['fatal', 'ixport refused the input (an error without a more specific id).'],
};

/** The catalogue, by id. */
export const MESSAGES: ReadonlyMap<string, MessageSpec> = new Map(
  Object.entries(ENTRIES).map(([id, [severity, description, docs]]) => [id, { id, severity, description, docs }]),
);

/** Families of specification codes, kept verbatim: each code names its specification section. */
export const SPEC_FAMILIES: readonly { pattern: RegExp; description: string; docs: string }[] = [
  {
    pattern: /^xbrl\.[\d.]+:[A-Za-z]\w*$/,
    description: 'XBRL 2.1 specification error (section:name)',
    docs: 'https://www.xbrl.org/Specification/XBRL-2.1/REC-2003-12-31/XBRL-2.1-REC-2003-12-31+corrected-errata-2013-02-20.html',
  },
  {
    pattern: /^xbrl\.dts:[A-Za-z]\w*$/,
    description: 'XBRL 2.1 DTS discovery error',
    docs: 'https://www.xbrl.org/Specification/XBRL-2.1/REC-2003-12-31/XBRL-2.1-REC-2003-12-31+corrected-errata-2013-02-20.html#_3.2',
  },
  {
    pattern: /^ix1[01]\.(?:[\d.]+|schema):[A-Za-z]\w*$/,
    description: 'Inline XBRL 1.1 (or 1.0) specification error (section:name)',
    docs: 'https://www.xbrl.org/specification/inlinexbrl-part1/rec-2013-11-18/inlinexbrl-part1-rec-2013-11-18.html',
  },
  {
    pattern: /^(?:ix|xhtml)\.schema:[A-Za-z]\w*$/,
    description: 'Inline XBRL / XHTML schema validity error',
    docs: 'https://www.xbrl.org/specification/inlinexbrl-part1/rec-2013-11-18/inlinexbrl-part1-rec-2013-11-18.html',
  },
  { pattern: /^xml\.[\d.]+:[A-Za-z]\w*$/, description: 'XML 1.0 specification error (section:name)', docs: 'https://www.w3.org/TR/xml/' },
  {
    pattern: /^xbrld[it]e:[A-Za-z]\w*$/,
    description: 'XBRL Dimensions 1.0 error',
    docs: 'https://www.xbrl.org/specification/dimensions/rec-2012-01-25/dimensions-rec-2006-09-18+corrected-errata-2012-01-25-clean.html',
  },
  {
    pattern: /^ixt(?:-sec)?:[A-Za-z]\w*$/,
    description: 'Inline XBRL transformation registry error',
    docs: 'https://www.xbrl.org/Specification/inlineXBRL-transformationRegistry/',
  },
];

/** The catalogue entry of an id (or of its specification family), or undefined when it is declared nowhere. */
export function lookupMessage(id: string): MessageSpec | undefined {
  const own = MESSAGES.get(id);
  if (own) return own;
  const family = SPEC_FAMILIES.find((f) => f.pattern.test(id));
  return family ? { id, severity: 'error', description: family.description, docs: family.docs } : undefined;
}

export function isDeclared(id: string): boolean {
  return lookupMessage(id) !== undefined;
}

/**
 * Builds a Message from a declared id: its severity comes from the catalogue (an undeclared id is a bug: throws).
 * `severity` overrides it where one id serves two levels (the JSON reader's warnings).
 */
export function report(id: string, message: string, positions: SourcePos[] = [], extra: Partial<Message> = {}): Message {
  const spec = MESSAGES.get(id);
  if (!spec) throw new Error(`message id "${id}" is not declared in src/model/messages.ts`);
  const severity = spec.severity === 'fatal' ? 'error' : spec.severity;
  return { ruleId: id, severity, message, positions, ...extra };
}

/** The text `ixport explain <id>` prints. */
export function explain(id: string): string | undefined {
  const spec = lookupMessage(id);
  if (!spec) return undefined;
  const level = spec.severity === 'fatal' ? 'fatal: the command stops, exit code 2' : spec.severity;
  return `${spec.id}\n  severity: ${level}\n  ${spec.description}${spec.docs ? `\n  see: ${spec.docs}` : ''}\n`;
}
