import { describe, expect, it } from 'vitest';
import { describeExpectation, matchesExpectation, normaliseExpectation, sameJson, type Outcome } from '@caf-forms/core';

const outcome: Outcome = {
  type: 'stage-due',
  severity: 'action',
  title: 'Stage due',
  message: 'Stage 2 is due',
  guidance: '',
  source: { document: 'd.md', quote: 'q' },
  rule: 'stage-two',
  paths: ['/stages/1'],
  params: { due: '2026-12-31', names: ['A', 'B'], detail: { a: 1, b: 2 } },
};

describe('scenario expectations', () => {
  it('match on type, then on path and each given param', () => {
    expect(matchesExpectation(outcome, normaliseExpectation('stage-due'))).toBe(true);
    expect(matchesExpectation(outcome, { type: 'stage-due', path: '/stages/1', params: { due: '2026-12-31' } })).toBe(true);
    expect(matchesExpectation(outcome, { type: 'stage-due', path: '/stages/0' })).toBe(false);
    expect(matchesExpectation(outcome, { type: 'stage-due', params: { due: '2027-01-04' } })).toBe(false);
    expect(matchesExpectation(outcome, { type: 'stage-due', params: { missing: undefined } })).toBe(true);
    expect(matchesExpectation(outcome, { type: 'other' })).toBe(false);
  });

  it('compare params as JSON: key order does not matter, array order does', () => {
    expect(matchesExpectation(outcome, { type: 'stage-due', params: { detail: { b: 2, a: 1 } } })).toBe(true);
    expect(matchesExpectation(outcome, { type: 'stage-due', params: { names: ['B', 'A'] } })).toBe(false);
    expect(sameJson({ a: [1, { b: null }] }, { a: [1, { b: null }] })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameJson(null, {})).toBe(false);
  });

  it('describe themselves as caf test prints them', () => {
    expect(describeExpectation({ type: 'stage-due', path: '', params: { due: '2026-12-31' } })).toBe('stage-due at (the whole record) with {"due":"2026-12-31"}');
  });
});
