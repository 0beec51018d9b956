import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { NamedRule, RuleTrace } from '@caf-forms/core';
import { formatReport, loadProject, ruleCoverage, ruleVerdicts, runScenarios } from '@caf-forms/toolchain';

const mini = fileURLToPath(new URL('../../../test/fixtures/mini', import.meta.url));

describe('runScenarios on the mini fixture', () => {
  it('passes the household scenarios and covers every household rule both ways', async () => {
    const run = await runScenarios(loadProject(mini), { only: ['household'] });
    expect(run.results.map((r) => [r.name, r.passed])).toEqual([
      ['Adult and child, consent in order', true],
      ['Half-filled: a member with no date of birth', true],
      ['Review date not yet overdue on the 20th working day', true],
      ['Review date overdue by one working day', true],
      ['Consent given by a parent for a 16-year-old', true],
      ['Three Red domains', true],
    ]);
    expect(run.coverage).toEqual([
      { ruleSet: 'household', rule: 'own-consent-needed', fired: 1, notFired: 6, covered: true },
      { ruleSet: 'household', rule: 'three-red-domains', fired: 1, notFired: 5, covered: true },
      { ruleSet: 'household', rule: 'review-date-overdue', fired: 1, notFired: 5, covered: true },
    ]);
  });

  it('reports a wrong expectation with the outcomes and why each rule involved fired or not', async () => {
    const run = await runScenarios(loadProject(mini), { only: ['deliberately-wrong'] });
    const [result] = run.results;
    expect(result!.passed).toBe(false);
    expect(result!.failures).toMatchObject([
      { kind: 'missing', expected: { type: 'record-first-contact', params: { coordinator: 'Jo Smith' } }, sameType: [] },
      { kind: 'unexpected', expected: { type: 'name-case-coordinator' }, matching: [{ type: 'name-case-coordinator', paths: ['/caseCoordinator'] }] },
    ]);
    expect(result!.explanations).toEqual([
      { rule: 'name-case-coordinator', item: '', fired: true, lines: ['all of these (holds):', '  the answer at /caseCoordinator has no answer (holds: no answer yet)'] },
      {
        rule: 'record-first-contact',
        item: '',
        fired: false,
        lines: [
          'all of these (does not hold):',
          '  the answer at /caseCoordinator has an answer (does not hold: no answer yet)',
          '  the answer at /firstContactDate has no answer (holds: no answer yet)',
        ],
      },
    ]);
    const report = formatReport(run).join('\n');
    expect(report).toContain('expected record-first-contact with {"coordinator":"Jo Smith"}\n        but there was no record-first-contact outcome');
    expect(report).toContain('expected no name-case-coordinator\n        but got:\n          name-case-coordinator at /caseCoordinator');
    expect(report).toContain('  ✗ contact/name-case-coordinator: fires in 1 scenario, never does not fire');
    expect(report).toMatch(/scenarios: 0 passed, 1 failed\nrule coverage: 0 of 2 rules fire and not fire$/);
  });

  it('matches path and params exactly: a different item or value does not count', async () => {
    const run = await runScenarios(loadProject(mini), { only: ['household/sixteenth-birthday'] });
    const outcome = run.results[0]!.outcomes.find((o) => o.type === 'own-consent-needed');
    expect(outcome).toMatchObject({ paths: ['/members/1'], params: { name: 'Jay Doe', age: 16 }, message: 'Jay Doe (16) must give their own consent' });
  });

  it('fails a complete scenario whose given data is not valid, an unknown form and malformed JSON', async () => {
    const root = mkdtempSync(join(tmpdir(), 'caf-mini-'));
    cpSync(mini, root, { recursive: true });
    const scenario = (name: string, form: string, dateOfBirth: string) => ({
      name,
      description: 'A test of the runner.',
      form,
      today: '2026-11-20',
      given: { assessmentDate: '2026-11-02', members: [{ name: 'Alex Doe', dateOfBirth }], caseCoordinator: 'Jo' },
      expect: { absent: ['name-case-coordinator'] },
    });
    writeFileSync(join(root, 'rules/contact/scenarios/invalid.json'), JSON.stringify(scenario('Invalid', 'household', '2026-02-30')));
    writeFileSync(join(root, 'rules/contact/scenarios/unknown.json'), JSON.stringify(scenario('Unknown form', 'houshold', '2000-01-01')));
    writeFileSync(join(root, 'rules/contact/scenarios/broken.json'), '{ "name": "Broken",\n  "form": }\n');
    const run = await runScenarios(loadProject(root), { only: ['invalid', 'unknown', 'broken'] });
    expect(run.results.map((r) => r.failures)).toEqual([
      [{ kind: 'not-run', message: 'the file is not valid JSON (see the problems above)' }],
      [{ kind: 'invalid-data', errors: [{ pointer: '/members/0/dateOfBirth', message: 'Date of birth must be a real date', keyword: 'errorMessage' }] }],
      [{ kind: 'not-run', message: 'there is no form "houshold" (forms: household)' }],
    ]);
  });
});

describe('ruleCoverage', () => {
  const rule = (name: string, forEach?: string) =>
    ({ name, ruleSet: 'set', forEach, description: '', source: { document: 'x.md', quote: 'x' }, conditions: { all: [] }, event: { type: name } }) as NamedRule;
  const trace = (name: string, item: string, fired: boolean) => ({ rule: name, description: '', item, fired, conditions: { kind: 'all', result: fired, children: [] } }) as RuleTrace;
  const rules = [rule('whole'), rule('each', '/people/*')];

  it('counts a forEach rule as not firing when there are no items, and as both when items differ', () => {
    expect(ruleVerdicts(rules, [trace('whole', '', true)])).toEqual({
      'set/whole': { fired: true, notFired: false },
      'set/each': { fired: false, notFired: true },
    });
    expect(ruleVerdicts(rules, [trace('each', '/people/0', true), trace('each', '/people/1', false)])['set/each']).toEqual({ fired: true, notFired: true });
  });

  it('needs a rule to fire in one scenario and not fire in another', () => {
    const onlyFires = [{ verdicts: ruleVerdicts(rules, [trace('whole', '', true), trace('each', '/people/0', true)]) }];
    expect(ruleCoverage(rules, onlyFires).map((c) => [c.rule, c.covered])).toEqual([
      ['whole', false],
      ['each', false],
    ]);
    const both = [...onlyFires, { verdicts: ruleVerdicts(rules, [trace('whole', '', false)]) }];
    expect(ruleCoverage(rules, both).map((c) => [c.rule, c.fired, c.notFired, c.covered])).toEqual([
      ['whole', 1, 1, true],
      ['each', 1, 1, true],
    ]);
  });
});
