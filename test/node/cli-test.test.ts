import { describe, expect, it } from 'vitest';
import { runCaf } from '../support/run-caf.ts';

describe('caf test', () => {
  it('prints its options with --help', async () => {
    const { code, stdout } = await runCaf(['test', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: caf test \[rule-set \| scenario \.\.\.\] \[options\]/);
    for (const option of ['--root DIR', '--json', '--no-coverage-gate', '--help']) expect(stdout).toContain(option);
  });

  it('passes a rule set whose scenarios pass and cover every rule both ways', async () => {
    const { code, stdout } = await runCaf(['test', 'household']);
    expect(stdout).toContain('household\n  ✓ Adult and child, consent in order\n');
    expect(stdout).toMatch(/scenarios: 6 passed, 0 failed\nrule coverage: 3 of 3 rules fire and not fire\n$/);
    expect(code).toBe(0);
  });

  it('fails with a readable diff and the reason each rule involved fired or not', async () => {
    const { code, stdout } = await runCaf(['test']);
    expect(code).toBe(1);
    expect(stdout).toContain(
      [
        '  ✗ Deliberately wrong expectation (rules/contact/scenarios/deliberately-wrong.json)',
        '      expected record-first-contact with {"coordinator":"Jo Smith"}',
        '        but there was no record-first-contact outcome',
        '      expected no name-case-coordinator',
        '        but got:',
        '          name-case-coordinator at /caseCoordinator',
        '    all outcomes:',
        '      name-case-coordinator at /caseCoordinator',
        '    why:',
        '      name-case-coordinator fired:',
        '        all of these (holds):',
        '          the answer at /caseCoordinator has no answer (holds: no answer yet)',
        '      record-first-contact did not fire:',
      ].join('\n'),
    );
    expect(stdout).toMatch(/scenarios: 7 passed, 1 failed\nrule coverage: 5 of 5 rules fire and not fire\n$/);
  });

  it('fails when a rule is not covered both ways, unless --no-coverage-gate', async () => {
    const gated = await runCaf(['test', 'contact/coordinator-named']);
    expect(gated.code).toBe(1);
    expect(gated.stdout).toContain('  ✗ contact/name-case-coordinator: never fires, does not fire in 1');
    expect(gated.stdout).toContain('rule coverage: 0 of 2 rules fire and not fire');
    expect(gated.stdout).toContain('failing: every rule must fire in some scenario and not fire in another');
    const reported = await runCaf(['test', 'contact/coordinator-named', '--no-coverage-gate']);
    expect(reported.code).toBe(0);
    expect(reported.stdout).toContain('  ✗ contact/record-first-contact: fires in 1 scenario, never does not fire');
  });

  it('gives a machine-readable report with --json', async () => {
    const { code, stdout } = await runCaf(['test', 'household/three-red-domains', '--json', '--no-coverage-gate']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.summary).toEqual({ passed: 1, failed: 0, rules: 3, covered: 0 });
    expect(report.scenarios[0]).toMatchObject({ ruleSet: 'household', file: 'rules/household/scenarios/three-red-domains.json', passed: true, failures: [] });
    expect(report.scenarios[0].outcomes.map((o: { type: string }) => o.type)).toEqual(['liaise-with-specialist-agency', 'record-first-contact']);
    expect(report.coverage[1]).toEqual({ ruleSet: 'household', rule: 'three-red-domains', fired: 1, notFired: 0, covered: false });
  });

  it('says which rule sets exist when a filter matches nothing, and rejects unknown options', async () => {
    const unknown = await runCaf(['test', 'consnet']);
    expect(unknown).toMatchObject({ code: 2, stdout: '' });
    expect(unknown.stderr).toBe('caf test: no rule set or scenario matches "consnet" (rule sets with scenarios: contact, household)\n');
    const option = await runCaf(['test', '--coverage']);
    expect(option.stderr).toBe('caf test: unknown option "--coverage" (see --help)\n');
    const root = await runCaf(['test', '--root', 'no/such/project']);
    expect(root).toEqual({ code: 2, stdout: '', stderr: 'caf test: --root no/such/project: there is no such folder\n' });
  });
});
