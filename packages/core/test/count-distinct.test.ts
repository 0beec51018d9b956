import { describe, expect, it } from 'vitest';
import { createRuleEvaluator, type NamedRule } from '@caf-forms/core';

const services = { fact: 'count', params: { path: '/needs/*/services/*/name', distinct: true } };
const rule: NamedRule = {
  name: 'several-services',
  ruleSet: 'test',
  description: 'More than one different service is needed.',
  source: { document: 'case-coordinator-guidance.md', quote: 'more than one additional service is needed' },
  conditions: { all: [{ ...services, operator: 'greaterThan', value: 1 }] },
  event: { type: 'integrated', params: { services } },
};
const evaluator = createRuleEvaluator({
  rules: [rule],
  outcomes: { integrated: { title: 'Integrated response', severity: 'action', guidance: 'Arrange a meeting.' } },
});
const needs = (...lists: string[][]) => ({ needs: lists.map((names) => ({ services: names.map((name) => ({ name })) })) });

describe('count with distinct', () => {
  it('counts a service named under two needs once, ignoring case and surrounding spaces', async () => {
    const { outcomes, rules } = await evaluator.evaluate(needs(['School nurse'], [' school nurse ']), { today: '2026-03-02' });
    expect(outcomes).toEqual([]);
    expect(rules[0]!.fired).toBe(false);
  });

  it('counts different services', async () => {
    const { outcomes } = await evaluator.evaluate(needs(['School nurse'], ['Family Support Team', 'School nurse']), { today: '2026-03-02' });
    expect(outcomes.map((o) => o.params.services)).toEqual([2]);
  });

  it('counts every answer without distinct', async () => {
    const plain: NamedRule = { ...rule, conditions: { all: [{ fact: 'count', params: { path: '/needs/*/services/*/name' }, operator: 'equal', value: 2 }] } };
    const counting = createRuleEvaluator({ rules: [plain], outcomes: { integrated: { title: 't', severity: 'info', guidance: 'g' } } });
    const { outcomes } = await counting.evaluate(needs(['School nurse'], ['School nurse']), { today: '2026-03-02' });
    expect(outcomes).toHaveLength(1);
  });
});
