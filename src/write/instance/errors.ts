// A fact set the writers cannot serialise faithfully (a missing context, a non-decimal value, a fact id that is
// no XML name...). The writers refuse it with this error, naming the fact and, when known, where it was printed
// or read, rather than write an invalid document. The CLI reports it like any other input error.
import { clark, type Fact } from '../../model/fact.js';
import { formatPos, type SourcePos } from '../../model/source.js';
import { IxportError } from '../../model/errors.js';

export class WriteError extends IxportError {
  constructor(
    message: string,
    readonly pos?: SourcePos,
  ) {
    super(pos ? `${formatPos(pos)}: ${message}` : message, { code: 'write.unwritable', file: pos?.file, line: pos?.line, column: pos?.column });
  }
}

/** "fact f12 (ixp:Revenues in context D2004Q1)" for messages. */
export function describeFact(f: Fact): string {
  return `fact ${f.id ?? clark(f.concept)}${f.id ? ` (${f.concept.local} in context ${f.contextRef || 'none'})` : ''}`;
}

export function factError(f: Fact, message: string): WriteError {
  return new WriteError(`${describeFact(f)} ${message}`, f.sources?.[0]);
}
