/**
 * Check 8: every rule names a guidance document that exists and quotes it word for word, so a
 * reader can find the sentence a rule implements. Whitespace, typographic quotes and apostrophes,
 * and Markdown bold markers do not count as differences; anything else does.
 */
import type { Project } from '../project.ts';
import { problemAt, type Problem } from '../source.ts';
import { isObject } from '../json.ts';
import { ruleEntries } from './rule-walk.ts';
import { didYouMean, quote, quoteList } from './words.ts';

export function normaliseText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\*\*|__/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const words = (text: string) => new Set(text.toLowerCase().match(/[a-z0-9']+/g) ?? []);

/** The document's sentence sharing the most words with the quote. */
export function closestSentence(document: string, quoted: string): string | undefined {
  const sentences = document
    .split(/\n\s*\n|\n(?=\s*(?:[-*+]|\d+\.|#+)\s)/)
    .flatMap((block) => normaliseText(block).split(/(?<=[.!?])\s+(?=[A-Z"'(])/))
    .map((s) => s.replace(/^(?:[-*+]|\d+\.|#+)\s+/, ''))
    .filter((s) => s.length > 0);
  const wanted = words(quoted);
  let best: { sentence: string; score: number } | undefined;
  for (const sentence of sentences) {
    const own = words(sentence);
    const shared = [...wanted].filter((w) => own.has(w)).length;
    const score = (2 * shared) / (wanted.size + own.size || 1);
    if (!best || score > best.score) best = { sentence, score };
  }
  return best && best.score > 0 ? best.sentence : undefined;
}

const shorten = (text: string, length = 240) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

/**
 * Where a nearly right quote leaves the document: the longest run of its opening words that the
 * document contains, and what the document says next.
 */
function divergence(text: string, quoted: string): string | undefined {
  const words = quoted.split(' ');
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (text.includes(words.slice(0, middle).join(' '))) low = middle;
    else high = middle - 1;
  }
  if (low < 3) return undefined;
  const matched = words.slice(0, low).join(' ');
  const after = text.slice(text.indexOf(matched) + matched.length).trim().split(' ').slice(0, 6).join(' ');
  const tail = words.slice(Math.max(0, low - 4), low).join(' ');
  return `it follows the document up to "…${tail}", where the quote has ${quote(words.slice(low, low + 6).join(' '))} but the document has ${quote(after)}`;
}

export function checkSources(project: Project): Problem[] {
  const documents = [...project.guidance.keys()].sort();
  const normalised = new Map([...project.guidance].map(([name, text]) => [name, normaliseText(text)]));
  return ruleEntries(project).flatMap((entry) => {
    const source = entry.rule.source;
    if (!isObject(source) || typeof source.document !== 'string') return [];
    const at = [...entry.at, 'source'];
    const text = normalised.get(source.document);
    if (text === undefined) {
      const known = documents.length > 0 ? `: the documents are ${quoteList(documents)}` : '';
      const message = `there is no guidance document ${quote(source.document)} in ${project.layout.guidance}/${didYouMean(source.document, documents) || known}`;
      return [problemAt(entry.file, [...at, 'document'], message, 'value')];
    }
    if (typeof source.quote !== 'string' || text.includes(normaliseText(source.quote))) return [];
    const diverges = divergence(text, normaliseText(source.quote));
    const closest = diverges ? undefined : closestSentence(project.guidance.get(source.document)!, source.quote);
    const hint = diverges ? `: ${diverges}` : closest ? `; the closest sentence is ${quote(shorten(closest))}` : '';
    return [problemAt(entry.file, [...at, 'quote'], `the quote is not word for word in ${source.document}${hint}`, 'value')];
  });
}
