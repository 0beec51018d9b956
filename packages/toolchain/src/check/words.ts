/**
 * Small helpers for messages that speak to analysts: quoting values, listing choices, and naming
 * the nearest existing name when someone has mistyped one.
 */

export function quote(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

/** `"a", "b", "c"`: the choices, ready to copy. */
export function quoteList(values: readonly unknown[]): string {
  return values.length === 0 ? 'none' : values.map(quote).join(', ');
}

/** Edits (insert, delete, replace, swap two neighbours) to turn one name into the other. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The candidates close enough to `name` to be what was meant: a typo (a third of the letters
 * wrong at most), a different case, or one containing the other.
 */
export function nearest(name: string, candidates: Iterable<string>, limit = 3): string[] {
  const lower = name.toLowerCase();
  return [...new Set(candidates)]
    .map((candidate) => {
      const other = candidate.toLowerCase();
      const distance = editDistance(lower, other);
      const close = distance <= Math.max(1, Math.floor(Math.max(lower.length, other.length) / 3));
      const contained = lower.length >= 4 && other.length >= 4 && (other.includes(lower) || lower.includes(other));
      return { candidate, distance, near: close || contained };
    })
    .filter((entry) => entry.near && entry.candidate !== name)
    .sort((a, b) => a.distance - b.distance || (a.candidate < b.candidate ? -1 : 1))
    .slice(0, limit)
    .map((entry) => entry.candidate);
}

/** `; did you mean "x"?`, or nothing when no candidate is close. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const near = nearest(name, candidates);
  return near.length === 0 ? '' : `; did you mean ${near.map(quote).join(' or ')}?`;
}

/** JSON Schema types (and `date`, a `format: date` string) in words. */
export const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
  date: 'a date',
};

/** `a, b or c`. */
export function orList(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? 'nothing') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/** What kind of value this is, in words: "a string", "a whole number", "a list". */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number') return Number.isInteger(value) ? 'a whole number' : 'a number';
  return TYPE_WORDS[typeof value] ?? typeof value;
}
