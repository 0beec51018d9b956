import { describe, expect, it } from 'vitest';
import { createRuleEvaluator, explainConditions, type NamedRule, type OutcomeDefinition } from '@caf-forms/core';

const source = { document: 'case-coordinator-guidance.md', quote: 'a quoted sentence of the guidance' };

const outcomes: Record<string, OutcomeDefinition> = {
  'three-red': { title: 'Three or more Red domains', severity: 'action', guidance: 'Liaise with the specialist agency.' },
  'own-consent': { title: 'Own consent needed', severity: 'warning', guidance: 'Ask the young person.' },
  'no-reason': { title: 'Reason needed', severity: 'blocker', guidance: 'Record a reason.' },
  'not-parent': { title: 'Not a parent', severity: 'info', guidance: 'For awareness.' },
  'due-date': { title: 'Next stage due', severity: 'info', guidance: 'Escalate by the due date.' },
};

function rule(name: string, definition: Omit<NamedRule, 'name' | 'ruleSet' | 'description' | 'source'>): NamedRule {
  return { name, ruleSet: 'test', description: `rule ${name}`, source, ...definition };
}

const redCount = { fact: 'count', params: { path: '/children/*/domains/*/rating', equals: 'red' } };
const ageParams = { dateOfBirth: '0/dateOfBirth', at: '/consentDate' };

const rules: NamedRule[] = [
  rule('three-red', {
    conditions: { all: [{ ...redCount, operator: 'greaterThanInclusive', value: 3 }] },
    event: { type: 'three-red', params: { redDomains: redCount } },
    message: '{redDomains} domains are rated Red',
  }),
  rule('own-consent', {
    forEach: '/familyMembers/*',
    conditions: {
      all: [
        { fact: 'ageInYears', params: ageParams, operator: 'greaterThanInclusive', value: 16 },
        { fact: 'data', path: '0/consentGivenBy', operator: 'notEqual', value: 'self' },
      ],
    },
    event: { type: 'own-consent', params: { name: { fact: 'data', path: '0/name' }, age: { fact: 'ageInYears', params: ageParams } } },
    message: '{name|This person} ({age}) must give their own consent',
  }),
  rule('reason-needed', {
    conditions: { all: [{ fact: 'data', path: '/closure/reason', operator: 'present', value: false }] },
    event: { type: 'no-reason' },
    pointsAt: ['/closure/reason'],
  }),
  rule('role-not-parent', {
    forEach: '/familyMembers/*',
    conditions: { all: [{ fact: 'data', path: '0/role', operator: 'not:in', value: ['parent'] }] },
    event: { type: 'not-parent' },
  }),
  rule('stage-due', {
    conditions: { all: [{ fact: 'data', path: '/stageStarted', operator: 'onOrBefore', value: { fact: 'today' } }] },
    event: { type: 'due-date', params: { due: { fact: 'workingDaysAfter', params: { date: '/stageStarted', days: 5 } } } },
  }),
];

const evaluator = createRuleEvaluator({ rules, outcomes });

describe('rule evaluation', () => {
  it('counts matching answers across the whole family', async () => {
    const data = {
      children: [{ domains: { a: { rating: 'red' }, b: { rating: 'red' } } }, { domains: { a: { rating: 'red' }, b: { rating: 'amber' } } }],
    };
    const { outcomes: found } = await evaluator.evaluate(data, { today: '2026-03-02' });
    const red = found.find((o) => o.type === 'three-red');
    expect(red).toMatchObject({ message: '3 domains are rated Red', params: { redDomains: 3 }, severity: 'action', source });
  });

  it('gives one outcome per matching item, pointing at it and naming it', async () => {
    const data = {
      consentDate: '2026-03-02',
      familyMembers: [
        { name: 'Mum', dateOfBirth: '1990-01-01', consentGivenBy: 'self', role: 'parent' },
        { name: 'Sam', dateOfBirth: '2009-01-15', consentGivenBy: 'parent', role: 'child' },
        { name: 'Lily', dateOfBirth: '2015-06-01', consentGivenBy: 'parent', role: 'child' },
        { dateOfBirth: '2008-01-01', consentGivenBy: 'parent', role: 'child' },
      ],
      closure: { reason: 'needs met' },
    };
    const { outcomes: found } = await evaluator.evaluate(data, { today: '2026-03-02' });
    const own = found.filter((o) => o.type === 'own-consent');
    expect(own.map((o) => [o.paths, o.message])).toEqual([
      [['/familyMembers/1'], 'Sam (17) must give their own consent'],
      [['/familyMembers/3'], 'This person (18) must give their own consent'],
    ]);
  });

  it('never lets a missing answer satisfy a condition, notEqual and not: included', async () => {
    const data = { consentDate: '2026-03-02', familyMembers: [{ name: 'Jo', dateOfBirth: '2009-01-15' }], closure: { reason: 'x' } };
    const { outcomes: found, rules: traces } = await evaluator.evaluate(data, { today: '2026-03-02' });
    expect(found.map((o) => o.type)).toEqual([]);
    const trace = traces.find((t) => t.rule === 'own-consent')!;
    expect(explainConditions(trace.conditions)).toContain('  the answer at 0/consentGivenBy is not "self" (does not hold: no answer yet)');
  });

  it('asks about missing answers only through `present`', async () => {
    const { outcomes: found } = await evaluator.evaluate({}, { today: '2026-03-02' });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ type: 'no-reason', paths: ['/closure/reason'], severity: 'blocker' });
    const answered = await evaluator.evaluate({ closure: { reason: '' } }, { today: '2026-03-02' });
    expect(answered.outcomes.map((o) => o.type)).toEqual(['no-reason']);
  });

  it('computes due dates in working days and compares dates with an injected today', async () => {
    const before = await evaluator.evaluate({ stageStarted: '2026-12-24', closure: { reason: 'x' } }, { today: '2026-12-23' });
    expect(before.outcomes).toEqual([]);
    const after = await evaluator.evaluate({ stageStarted: '2026-12-24', closure: { reason: 'x' } }, { today: '2026-12-24' });
    expect(after.outcomes[0]).toMatchObject({ type: 'due-date', params: { due: '2027-01-05' } });
  });

  it('never throws on data of the wrong shape', async () => {
    for (const data of [null, 'text', 42, [], { children: 'none', familyMembers: { 0: 'x' }, closure: null, stageStarted: 'soon' }]) {
      await expect(evaluator.evaluate(data, { today: '2026-03-02' })).resolves.toBeDefined();
    }
  });

  it('lists outcomes most severe first, then in rule order, then in data order', async () => {
    const data = {
      consentDate: '2026-03-02',
      children: [{ domains: { a: { rating: 'red' }, b: { rating: 'red' }, c: { rating: 'red' } } }],
      familyMembers: [
        { name: 'B', dateOfBirth: '2000-01-01', consentGivenBy: 'parent', role: 'child' },
        { name: 'A', dateOfBirth: '2000-01-01', consentGivenBy: 'parent', role: 'child' },
      ],
    };
    const { outcomes: found } = await evaluator.evaluate(data, { today: '2026-03-02' });
    expect(found.map((o) => `${o.severity}:${o.type}:${o.paths.join(',')}`)).toEqual([
      'blocker:no-reason:/closure/reason',
      'warning:own-consent:/familyMembers/0',
      'warning:own-consent:/familyMembers/1',
      'action:three-red:',
      'info:not-parent:/familyMembers/0',
      'info:not-parent:/familyMembers/1',
    ]);
  });

  it('explains every rule for every item, fired or not', async () => {
    const { rules: traces } = await evaluator.evaluate({ familyMembers: [{}, {}] }, { today: '2026-03-02' });
    expect(traces.map((t) => `${t.rule}${t.item}:${t.fired}`)).toEqual([
      'three-red:false',
      'own-consent/familyMembers/0:false',
      'own-consent/familyMembers/1:false',
      'reason-needed:true',
      'role-not-parent/familyMembers/0:false',
      'role-not-parent/familyMembers/1:false',
      'stage-due:false',
    ]);
    const red = traces[0]!;
    expect(explainConditions(red.conditions)).toEqual([
      'all of these (does not hold):',
      '  the number of answers at /children/*/domains/*/rating that are "red" is at least 3 (does not hold: it is 0)',
    ]);
  });
});
