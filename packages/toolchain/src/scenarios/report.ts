/**
 * The `caf test` report in plain text: scenarios grouped by rule set, a readable diff for each
 * failure with the reason each rule involved fired or not, then rule coverage and a summary.
 */
import { describeExpectation, describeOutcome } from '@caf-forms/core';
import type { RuleCoverage } from './coverage.ts';
import type { ScenarioFailure, ScenarioResult, ScenarioRun } from './run.ts';

function describeFailure(failure: ScenarioFailure): string[] {
  switch (failure.kind) {
    case 'missing':
      return [
        `expected ${describeExpectation(failure.expected)}`,
        failure.sameType.length === 0
          ? `  but there was no ${failure.expected.type} outcome`
          : `  but got only:`,
        ...failure.sameType.map((outcome) => `    ${describeOutcome(outcome)}`),
      ];
    case 'unexpected':
      return [
        `expected no ${describeExpectation(failure.expected)}`,
        '  but got:',
        ...failure.matching.map((outcome) => `    ${describeOutcome(outcome)}`),
      ];
    case 'invalid-data':
      return [
        'the given data is not valid for the form (add "partial": true if that is deliberate):',
        ...failure.errors.map((error) => `  ${error.pointer || '(the record)'}: ${error.message}`),
      ];
    case 'not-run':
      return [`not run: ${failure.message}`];
  }
}

function describeResult(result: ScenarioResult): string[] {
  if (result.passed) return [`  ✓ ${result.name}`];
  const why = result.explanations.flatMap((explanation) => [
    `      ${explanation.rule}${explanation.item ? ` for ${explanation.item}` : ''} ${explanation.fired ? 'fired' : 'did not fire'}:`,
    ...explanation.lines.map((line) => `        ${line}`),
  ]);
  const ran = result.failures.every((failure) => failure.kind !== 'not-run');
  const actual = result.outcomes.length === 0 ? ['    all outcomes: none'] : ['    all outcomes:', ...result.outcomes.map((o) => `      ${describeOutcome(o)}`)];
  return [
    `  ✗ ${result.name} (${result.file})`,
    ...result.failures.flatMap(describeFailure).map((line) => `      ${line}`),
    ...(ran ? actual : []),
    ...(why.length > 0 ? ['    why:', ...why] : []),
  ];
}

function describeGap(coverage: RuleCoverage): string {
  const fired = coverage.fired === 0 ? 'never fires' : `fires in ${coverage.fired} scenario${coverage.fired === 1 ? '' : 's'}`;
  const notFired = coverage.notFired === 0 ? 'never does not fire' : `does not fire in ${coverage.notFired}`;
  return `  ✗ ${coverage.ruleSet}/${coverage.rule}: ${fired}, ${notFired}`;
}

export interface ScenarioSummary {
  passed: number;
  failed: number;
  rules: number;
  covered: number;
}

export function summarise(run: ScenarioRun): ScenarioSummary {
  const passed = run.results.filter((result) => result.passed).length;
  const covered = run.coverage.filter((coverage) => coverage.covered).length;
  return { passed, failed: run.results.length - passed, rules: run.coverage.length, covered };
}

export function formatReport(run: ScenarioRun): string[] {
  const lines: string[] = [];
  for (const ruleSet of new Set(run.results.map((result) => result.ruleSet))) {
    lines.push(ruleSet, ...run.results.filter((result) => result.ruleSet === ruleSet).flatMap(describeResult), '');
  }
  const gaps = run.coverage.filter((coverage) => !coverage.covered);
  if (gaps.length > 0) lines.push('rules not covered both ways (add a scenario that makes each fire and one that does not):', ...gaps.map(describeGap), '');
  const summary = summarise(run);
  lines.push(
    `scenarios: ${summary.passed} passed, ${summary.failed} failed`,
    `rule coverage: ${summary.covered} of ${summary.rules} rules fire and not fire`,
  );
  return lines;
}
