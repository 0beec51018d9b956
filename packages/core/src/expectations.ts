/**
 * How a scenario's `expect.present` / `expect.absent` entries match outcomes: a string names an
 * outcome type; an object also pins the `path` the outcome points at and the `params` it carries.
 * In core, so that `caf test` (Node) and the workbench's play functions (browser) agree.
 */
import type { ExpectedOutcome } from './definitions.ts';
import type { Outcome } from './evaluate.ts';

export function normaliseExpectation(entry: string | ExpectedOutcome): ExpectedOutcome {
  return typeof entry === 'string' ? { type: entry } : entry;
}

/** Equality of JSON values: key order does not matter, array order does. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  const left = Object.keys(a);
  const right = Object.keys(b);
  return (
    left.length === right.length &&
    left.every((key) => Object.prototype.hasOwnProperty.call(b, key) && sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  );
}

export function matchesExpectation(outcome: Outcome, expected: ExpectedOutcome): boolean {
  if (outcome.type !== expected.type) return false;
  if (expected.path !== undefined && !outcome.paths.includes(expected.path)) return false;
  return Object.entries(expected.params ?? {}).every(([name, value]) => sameJson(outcome.params[name], value));
}

/** `own-consent-needed at /members/1 with {"age":16}` */
export function describeExpectation(expected: ExpectedOutcome): string {
  const at = expected.path !== undefined ? ` at ${expected.path || '(the whole record)'}` : '';
  const params = expected.params && Object.keys(expected.params).length > 0 ? ` with ${JSON.stringify(expected.params)}` : '';
  return `${expected.type}${at}${params}`;
}

export function describeOutcome(outcome: Outcome): string {
  const at = outcome.paths.length > 0 ? ` at ${outcome.paths.join(', ')}` : '';
  const params = Object.keys(outcome.params).length > 0 ? ` with ${JSON.stringify(outcome.params)}` : '';
  return `${outcome.type}${at}${params}`;
}
