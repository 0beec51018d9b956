/**
 * Whether a condition's `value` can ever match what its fact gives: the operator decides the shape
 * (OPERATORS in core: same type, a list of them, an item of a list, a number, a date, true/false)
 * and the form schema decides the type and the allowed values.
 */
import { OPERATORS, isIsoDate } from '@caf-forms/core';
import { describeTypes } from './schema-paths.ts';
import { kindOf, quote, quoteList } from './words.ts';

/** What a fact gives, as far as the checker can tell. */
export interface FactInfo {
  /** How to name it in a message: a data path, or "the count". */
  label: string;
  types: Set<string> | undefined;
  values: unknown[] | undefined;
  /** For a list answer: what each item may be (for contains / doesNotContain). */
  items?: FactInfo;
}

export const NUMBER: Set<string> = new Set(['number']);
export const DATE: Set<string> = new Set(['string', 'date']);

/** A message when `value` could never be what the fact gives; undefined when it could. */
export function mismatch(value: unknown, fact: FactInfo): string | undefined {
  if (fact.values) {
    if (fact.values.some((allowed) => JSON.stringify(allowed) === JSON.stringify(value))) return undefined;
    return `${quote(value)} is not an allowed value of ${fact.label}: allowed values are ${quoteList(fact.values)}`;
  }
  if (!fact.types) return undefined;
  const type = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  if (fact.types.has('date') && !fact.types.has('null') && type === 'string' && !isIsoDate(value)) {
    return `${quote(value)} is not a date: ${fact.label} is a date, written YYYY-MM-DD`;
  }
  if (fact.types.has(type)) return undefined;
  return `${quote(value)} is ${kindOf(value)}, but ${fact.label} is ${describeTypes(fact.types)}`;
}

/** Problems with a literal `value` for `operator` on a fact. */
export function checkValue(operator: string, value: unknown, fact: FactInfo): string | undefined {
  const name = operator.replace(/^not:/, '');
  switch (OPERATORS[name]) {
    case 'same':
      return mismatch(value, fact);
    case 'array':
      if (!Array.isArray(value)) return `${name} needs a list of values to look in, such as [${quote(fact.values?.[0] ?? 'a')}], not ${kindOf(value)}`;
      return value.map((item) => mismatch(item, fact)).find((message) => message !== undefined);
    case 'element':
      if (fact.types && !fact.types.has('array')) return `${name} looks inside a list, but ${fact.label} is ${describeTypes(fact.types)}: use equal or in`;
      return fact.items ? mismatch(value, fact.items) : undefined;
    case 'number':
      if (typeof value !== 'number') return `${name} compares numbers: ${quote(value)} is ${kindOf(value)}`;
      if (fact.types && !fact.types.has('number')) return `${name} compares numbers, but ${fact.label} is ${describeTypes(fact.types)}`;
      return undefined;
    case 'date':
      if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !isIsoDate(value)) return `${quote(value)} is not a real date`;
      if (!isIsoDate(value)) return `${name} compares dates: ${quote(value)} is not a date written YYYY-MM-DD (or use {"fact": "today"})`;
      if (fact.types && !fact.types.has('date')) return `${name} compares dates, but ${fact.label} is ${describeTypes(fact.types)}${fact.types.has('string') ? ' without "format": "date"' : ''}`;
      return undefined;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `${name} takes true (answered) or false (not answered), not ${quote(value)}`;
    default:
      return undefined;
  }
}
