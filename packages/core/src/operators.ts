/**
 * Operators with "unknown" semantics for half-filled forms: when the fact value is missing
 * (undefined, null or ""), every comparison is false, so `notEqual`, `notIn`, `doesNotContain` and
 * the `not:` decorator can never fire on an unanswered question. `present` is the one operator that
 * asks about missingness itself. See docs/decisions/002-missing-values.md.
 */
import type { Engine } from 'json-rules-engine';
import { toDayNumber } from './dates.ts';

export function isMissing(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

type Comparison = (fact: unknown, value: unknown) => boolean;

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const numeric = (compare: (a: number, b: number) => boolean): Comparison => (a, b) =>
  isNumber(a) && isNumber(b) && compare(a, b);
const dated = (compare: (a: number, b: number) => boolean): Comparison => (a, b) => {
  const [x, y] = [toDayNumber(a), toDayNumber(b)];
  return x !== undefined && y !== undefined && compare(x, y);
};

const COMPARISONS: Record<string, Comparison> = {
  equal: (a, b) => a === b,
  notEqual: (a, b) => a !== b,
  in: (a, b) => Array.isArray(b) && b.includes(a),
  notIn: (a, b) => Array.isArray(b) && !b.includes(a),
  contains: (a, b) => Array.isArray(a) && a.includes(b),
  doesNotContain: (a, b) => Array.isArray(a) && !a.includes(b),
  lessThan: numeric((a, b) => a < b),
  lessThanInclusive: numeric((a, b) => a <= b),
  greaterThan: numeric((a, b) => a > b),
  greaterThanInclusive: numeric((a, b) => a >= b),
  before: dated((a, b) => a < b),
  onOrBefore: dated((a, b) => a <= b),
  after: dated((a, b) => a > b),
  onOrAfter: dated((a, b) => a >= b),
};

/** Every operator a condition may use, with the type of `value` it expects (for the checker). */
export const OPERATORS: Record<string, 'same' | 'array' | 'number' | 'date' | 'boolean' | 'element'> = {
  equal: 'same',
  notEqual: 'same',
  in: 'array',
  notIn: 'array',
  contains: 'element',
  doesNotContain: 'element',
  lessThan: 'number',
  lessThanInclusive: 'number',
  greaterThan: 'number',
  greaterThanInclusive: 'number',
  before: 'date',
  onOrBefore: 'date',
  after: 'date',
  onOrAfter: 'date',
  present: 'boolean',
};

export function installOperators(engine: Engine): void {
  for (const [name, compare] of Object.entries(COMPARISONS)) {
    engine.addOperator(name, (fact: unknown, value: unknown) => !isMissing(fact) && compare(fact, value));
  }
  engine.addOperator('present', (fact: unknown, value: unknown) => isMissing(fact) !== (value === true));
  // The built-in `not:` decorator would turn "unknown" into true; keep unknown unknown.
  engine.addOperatorDecorator('not', (fact: unknown, value: unknown, next: (a: unknown, b: unknown) => boolean) =>
    !isMissing(fact) && !next(fact, value),
  );
}
