// Helpers to make reader messages that name the file and the element's line.
import type { Message, Severity, SourcePos } from '../model/source.js';
import type { XmlElement } from '../xml/dom.js';

export function posOf(file: string, el: XmlElement): SourcePos {
  return { file, line: el.line, column: el.column };
}

export function at(ruleId: string, severity: Severity, message: string, file: string, el?: XmlElement): Message {
  return el ? { ruleId, severity, message, positions: [posOf(file, el)] } : { ruleId, severity, message };
}
