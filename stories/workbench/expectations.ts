/**
 * A scenario's `expect`, checked against what `<caf-form>` shows: its outcomes panel lists exactly
 * what the rules conclude for the answers in the form (core's evaluator, run beside it), each
 * expected outcome is among them (with its path and params) and each absent one is not. Failures
 * read like `caf test`'s, naming the outcome and what was shown instead.
 */
import { describeExpectation, matchesExpectation, normaliseExpectation, sameJson, type Outcome, type Scenario } from '@caf-forms/core';
import type { CafFormElement } from '@caf-forms/elements';

/** The `outcomes` part; `.caf-outcomes` is the renderers' panel inside it, for builds without the part. */
const PANEL = '[part~="outcomes"], .caf-outcomes';

/** The outcome types the panel shows, in the order shown. */
export function shownOutcomeTypes(form: CafFormElement): string[] | undefined {
  const panel = form.shadowRoot?.querySelector(PANEL);
  if (!panel) return undefined;
  return [...panel.querySelectorAll<HTMLElement>('[data-outcome]')].map((element) => element.dataset.outcome ?? '');
}

/** Every way the shown outcomes differ from the scenario's `expect`; empty when they agree. */
export function expectationFailures(form: CafFormElement, outcomes: readonly Outcome[], scenario: Scenario): string[] {
  const shownTypes = shownOutcomeTypes(form);
  if (shownTypes === undefined) return ['the form shows no outcomes panel'];
  const shown = outcomes.length > 0 ? outcomes.map((o) => `${o.type} (${o.paths.join(', ') || 'whole record'})`).join('; ') : 'no outcomes';
  const failures: string[] = [];
  if (!sameJson(shownTypes, outcomes.map((outcome) => outcome.type))) {
    failures.push(`the outcomes panel shows ${shownTypes.join(', ') || 'nothing'} but the rules conclude ${shown}`);
  }
  for (const expected of (scenario.expect.present ?? []).map(normaliseExpectation)) {
    if (!outcomes.some((outcome) => matchesExpectation(outcome, expected))) failures.push(`expected ${describeExpectation(expected)}, but the form shows ${shown}`);
  }
  for (const expected of (scenario.expect.absent ?? []).map(normaliseExpectation)) {
    const found = outcomes.find((outcome) => matchesExpectation(outcome, expected));
    if (found) failures.push(`expected no ${describeExpectation(expected)}, but the form shows "${found.message}"`);
  }
  return failures;
}
