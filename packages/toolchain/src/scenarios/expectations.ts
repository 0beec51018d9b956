/**
 * How a scenario's `expect.present` / `expect.absent` entries match outcomes: a string names an
 * outcome type; an object also pins the `path` the outcome points at and the `params` it carries.
 */
import { isDeepStrictEqual } from 'node:util';
import type { ExpectedOutcome, Outcome } from '@caf-forms/core';

export function normaliseExpectation(entry: string | ExpectedOutcome): ExpectedOutcome {
  return typeof entry === 'string' ? { type: entry } : entry;
}

export function matchesExpectation(outcome: Outcome, expected: ExpectedOutcome): boolean {
  if (outcome.type !== expected.type) return false;
  if (expected.path !== undefined && !outcome.paths.includes(expected.path)) return false;
  return Object.entries(expected.params ?? {}).every(([name, value]) => isDeepStrictEqual(outcome.params[name], value));
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
