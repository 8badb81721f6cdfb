// The contract of a check rule module (one module per rule under ./rules/).
import type { Message, Severity } from '../model/source.js';
import type { CheckContext } from './context.js';

export interface Rule {
  /** Stable id of the rule module (the ruleIds of its findings are listed in `reports`). */
  id: string;
  description: string;
  /** Every ruleId the rule can report, with its severity; each is declared with the same severity in the message
   * catalogue (src/model/messages.ts, `ixport explain`). */
  reports: Record<string, Severity>;
  /** Rules that read taxonomy relationships or identities do not run without a taxonomy. */
  needsTaxonomy: boolean;
  run(ctx: CheckContext): Message[];
}
