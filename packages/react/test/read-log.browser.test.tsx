import { describe, expect, test } from 'vitest';
import { createRuleEvaluator } from '@caf-forms/core';
import * as familyAssessment from 'caf-form:repo/family-assessment';
import scenario from '../../../rules/family-assessment/scenarios/family-of-five-domestic-abuse.json' with { type: 'json' };
import { recordReads, stillValid } from '../src/read-log.ts';

type Given = typeof scenario.given & Record<string, unknown>;

describe('skipping rule evaluation when nothing the rules read has changed', () => {
  const evaluator = createRuleEvaluator(familyAssessment.definition);
  const given = scenario.given as Given;

  test('the rules read the ratings, not the notes', async () => {
    const tracked = recordReads(given);
    const { outcomes } = await evaluator.evaluate(tracked.data, { today: scenario.today });
    tracked.log.closed = true;
    expect(outcomes.length).toBeGreaterThan(0);

    const notes = { ...given, familyStrengths: `${given.familyStrengths} More.` };
    expect(stillValid(tracked.log, notes)).toBe(true);

    const children = structuredClone(given.children);
    children[0]!.domains.development.rating = 'green';
    expect(stillValid(tracked.log, { ...given, children })).toBe(false);

    const another = [...given.children, { name: 'New baby', domains: {} }];
    expect(stillValid(tracked.log, { ...given, children: another })).toBe(false);
    expect(stillValid(tracked.log, { ...given, domesticAbuse: undefined })).toBe(false);
  });

  test('an answer the rules looked for and did not find counts as read', async () => {
    const { domesticAbuse: _left, ...without } = given;
    const tracked = recordReads(without);
    await evaluator.evaluate(tracked.data, { today: scenario.today });
    tracked.log.closed = true;
    expect(stillValid(tracked.log, { ...without })).toBe(true);
    expect(stillValid(tracked.log, { ...without, domesticAbuse: { disclosed: true } })).toBe(false);
  });

  test('a frozen record is read untracked and never trusted', async () => {
    const frozen = Object.freeze({ ...given, children: Object.freeze(given.children) });
    const tracked = recordReads(frozen);
    await evaluator.evaluate(tracked.data, { today: scenario.today });
    expect(tracked.log.complete).toBe(false);
    expect(stillValid(tracked.log, frozen)).toBe(false);
  });
});
