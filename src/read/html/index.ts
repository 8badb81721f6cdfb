// The HTML release reader: an earnings release filed as HTML (EX-99.1 .htm) -> ReleaseDocument.
// STUB: a colleague is writing this reader; until then HTML releases are refused exactly as the plaintext reader
// refuses them. The loader (src/pipeline/load.ts) already routes HTML releases here, so the replacement must keep
// this signature.
import type { ReleaseDocument } from '../../model/document.js';
import { ReadError } from '../../model/errors.js';
import { HTML_REFUSAL, htmlLine } from '../../model/text.js';

export function readHtmlRelease(text: string, file: string): ReleaseDocument {
  throw new ReadError(file, htmlLine(text) || 1, HTML_REFUSAL, 'read.html');
}
