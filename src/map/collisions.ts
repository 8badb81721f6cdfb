import type { ReleaseDocument } from '../model/document.js';
import type { Message } from '../model/source.js';
import type { ExtensionConcepts } from './ext-concepts.js';
import type { ExtConcepts } from './place.js';
import type { Entry } from './reconcile.js';
import type { QualifierRule } from './rules.js';
import type { Orientation, Placement } from './types.js';

export interface CollisionInput {
  doc: ReleaseDocument;
  entries: Entry[];
  ext: ExtensionConcepts | undefined;
  concepts: ExtConcepts;
  orient: (p: Placement) => Orientation;
  wording: QualifierRule[][];
}

export function resolveCollisions(input: CollisionInput): { entries: Entry[]; messages: Message[] } {
  return { entries: input.entries, messages: [] };
}
