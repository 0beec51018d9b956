/**
 * Forms 7 to 12 of the CAF process (escalation, support panel, closure, step-down, step-up, home
 * visiting risk) rendered by the GOV.UK renderers: sections that depend on an answer, rule outcomes
 * with computed working-day dates, and accessibility of each form empty, filled, with errors and as
 * check your answers.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import * as closureSummary from 'caf-form:repo/closure-summary';
import * as disagreementEscalation from 'caf-form:repo/disagreement-escalation';
import * as homeVisitRisk from 'caf-form:repo/home-visit-risk';
import * as stepDown from 'caf-form:repo/step-down';
import * as stepUp from 'caf-form:repo/step-up';
import * as supportPanelRequest from 'caf-form:repo/support-panel-request';
import closureDone from '../../../rules/closure-summary/scenarios/outcomes-achieved-all-done.json' with { type: 'json' };
import christmasStageTwo from '../../../rules/disagreement-escalation/scenarios/christmas-stage-two.json' with { type: 'json' };
import highRiskJointVisit from '../../../rules/home-visit-risk/scenarios/high-risk-joint-visit.json' with { type: 'json' };
import smoothStepDown from '../../../rules/step-down/scenarios/smooth-step-down.json' with { type: 'json' };
import socialCareBeyondAssessment from '../../../rules/step-up/scenarios/social-care-beyond-assessment.json' with { type: 'json' };
import anonymousAgreed from '../../../rules/support-panel-request/scenarios/anonymous-agreed.json' with { type: 'json' };
import type { FormModule } from '../src/index.ts';
import { expectAccessibleThroughout } from './support/accessible-throughout.ts';
import { mountForm, text, unmountAll } from './support/render.tsx';

afterEach(unmountAll);

const sections = (container: HTMLElement) => [...container.querySelectorAll('.govuk-task-list__link')].map(text);
const outcome = (container: HTMLElement, type: string) => container.querySelector(`[data-outcome="${type}"]`);
const radio = (container: HTMLElement, pointer: string, value: string) =>
  [...container.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find(
    (input) => input.value === value && input.id.startsWith(`caf-${pointer}`),
  )!;

describe('closure summary', () => {
  test('the section for the chosen reason appears, and its rule speaks, when the reason changes', async () => {
    const { container } = await mountForm(closureSummary as FormModule, { data: closureDone.given, today: closureDone.today });
    expect(sections(container)).not.toContain('Move out of the area');
    expect(outcome(container, 'agree-new-assessment-owner')).toBeNull();

    await userEvent.click(radio(container, 'reason', 'moved-out-of-area'));

    await expect.poll(() => sections(container)).toContain('Move out of the area');
    await expect.poll(() => text(outcome(container, 'agree-new-assessment-owner'))).toContain('Agree a new assessment owner');
    expect(sections(container)).not.toContain('Consent withdrawn');
  });
});

describe('disagreement and escalation record', () => {
  test('the Resource Allocation Panel is due 10 working days after escalation, over Christmas', async () => {
    const { container } = await mountForm(disagreementEscalation as FormModule, {
      data: christmasStageTwo.given,
      today: christmasStageTwo.today,
    });
    await expect.poll(() => text(outcome(container, 'resource-allocation-panel-due'))).toMatch(/2027-01-07|7 January 2027/);
    expect(sections(container)).toContain('Stage 2: Resource Allocation Panel');
    expect(sections(container)).not.toContain('Stage 3: Joint Director');
  });
});

describe('accessibility (axe, WCAG 2.2 A and AA)', () => {
  const forms: [string, FormModule, unknown][] = [
    ['disagreement and escalation', disagreementEscalation as FormModule, christmasStageTwo.given],
    ['support panel request', supportPanelRequest as FormModule, anonymousAgreed.given],
    ['closure summary', closureSummary as FormModule, closureDone.given],
    ['step-down', stepDown as FormModule, smoothStepDown.given],
    ['step-up', stepUp as FormModule, socialCareBeyondAssessment.given],
    ['home visiting risk', homeVisitRisk as FormModule, highRiskJointVisit.given],
  ];
  for (const [name, module, filled] of forms) {
    test(`${name}: empty, filled section by section, with errors shown, and as check your answers`, () =>
      expectAccessibleThroughout(module, filled));
  }
});
