// The prose vocabulary (taxonomy/prose.tsv): measure phrases, count nouns, direction and loss words, as data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE_TAXONOMY_DIR } from '../../taxonomy/constants.js';

export const PROSE_FILE = 'prose.tsv';

export interface MeasureRule {
  pattern: RegExp;
  label: string;
  where: string;
}

export interface ProseVocabulary {
  measures: MeasureRule[];
  counts: { pattern: RegExp; unit: string }[];
  up: RegExp;
  down: RegExp;
  loss: RegExp;
}

export class ProseVocabularyError extends Error {}

/** A pattern as written in the file: case-insensitive, a space matches any run of whitespace. */
function compile(pattern: string, where: string, flags = 'gi'): RegExp {
  try {
    return new RegExp(pattern.replace(/ /g, '\\s+'), flags);
  } catch (e) {
    throw new ProseVocabularyError(`${where}: bad pattern ${pattern}: ${(e as Error).message}`);
  }
}

const cache = new Map<string, ProseVocabulary>();

export function loadProseVocabulary(dir: string = BASE_TAXONOMY_DIR): ProseVocabulary {
  const hit = cache.get(dir);
  if (hit) return hit;
  const path = join(dir, PROSE_FILE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ProseVocabularyError(`${path}: cannot read the prose vocabulary (${(e as Error).message})`);
  }
  const measures: MeasureRule[] = [];
  const counts: ProseVocabulary['counts'] = [];
  const words: Record<'up' | 'down' | 'loss', string[]> = { up: [], down: [], loss: [] };
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const where = `${PROSE_FILE}:${i + 1}`;
    const [kind, pattern, value] = line.split('\t');
    if (!pattern || !value) throw new ProseVocabularyError(`${where}: want kind, pattern, value`);
    if (kind === 'measure') measures.push({ pattern: compile(`\\b(?:${pattern})\\b`, where), label: value, where });
    else if (kind === 'count') counts.push({ pattern: compile(`^(?:${pattern})\\b`, where, 'i'), unit: value });
    else if (kind === 'up' || kind === 'down' || kind === 'loss') {
      compile(pattern, where);
      words[kind].push(pattern);
    } else throw new ProseVocabularyError(`${where}: kind must be measure, count, up, down or loss, not "${kind}"`);
  });
  const alt = (list: string[]) => new RegExp(`\\b(?:${list.join('|') || '(?!)'})\\b`, 'i');
  const vocab = { measures, counts, up: alt(words.up), down: alt(words.down), loss: alt(words.loss) };
  cache.set(dir, vocab);
  return vocab;
}
