import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import * as familyAssessment from 'caf-form:repo/family-assessment';
import * as controls from 'caf-form:fixture/controls';
import scenario from '../../../rules/family-assessment/scenarios/family-of-five-domestic-abuse.json' with { type: 'json' };
import type { FormModule } from '../src/index.ts';
import { accessibilityViolations } from './support/axe.ts';
import { byId, mountForm, text, unmountAll } from './support/render.tsx';

const form: FormModule = familyAssessment;

afterEach(unmountAll);

const openSection = (container: HTMLElement, name: string) =>
  userEvent.click([...container.querySelectorAll<HTMLElement>('.govuk-task-list__link')].find((link) => text(link) === name)!);

describe('the CAF family assessment', () => {
  test('the three-Red outcome appears and disappears as a rating changes', async () => {
    const mounted = await mountForm(form, { data: scenario.given, today: scenario.today });
    const { container } = mounted;
    const threeRed = () => container.querySelector('[data-rule="three-red-domains"]');
    await expect.poll(() => text(threeRed())).toContain('3 domains are rated Red');
    await openSection(container, 'Children’s needs');
    // Jade's parents and carers domain: Red to Amber leaves two Red domains.
    await userEvent.click(byId(container, 'caf-children-1-domains-parentsAndCarers-rating-2'));
    await expect.poll(threeRed).toBeNull();
    // The host hears of it once the outcomes are known (an effect, after the panel has painted).
    await expect.poll(() => (mounted.changes.at(-1)?.data as typeof scenario.given).children[1]!.domains.parentsAndCarers.rating).toBe('amber');
    await userEvent.click(byId(container, 'caf-children-1-domains-parentsAndCarers-rating'));
    await expect.poll(() => text(threeRed())).toContain('3 domains are rated Red');
  });

  test('check your answers shows the family, with names and ratings as text', async () => {
    const { container } = await mountForm(form, { data: scenario.given, readonly: true });
    const summary = text(container);
    expect(summary).toContain('Family member 1: Nicola Turner');
    expect(summary).toContain('12 September 1985');
    expect(container.querySelector('input')).toBeNull();
  });
});

describe('accessibility (axe, WCAG 2.2 A and AA)', () => {
  const forms: [string, FormModule, unknown][] = [
    ['family assessment', form, scenario.given],
    ['every control', controls, { members: [{ name: 'Alex', rating: 'red' }] }],
  ];
  // axe over a few hundred controls is slow on a busy machine: each state is its own test.
  const AXE_TIMEOUT = 120_000;
  for (const [name, module, filled] of forms) {
    test(`${name}: empty, then with errors shown`, async () => {
      const empty = await mountForm(module);
      expect(await accessibilityViolations(empty.container)).toEqual([]);
      await empty.handle().attemptSubmit();
      await expect.poll(() => empty.container.querySelector('.govuk-error-summary')).not.toBeNull();
      expect(await accessibilityViolations(empty.container)).toEqual([]);
    }, AXE_TIMEOUT);

    test(`${name}: filled, every section`, async () => {
      const full = await mountForm(module, { data: filled });
      for (const link of full.container.querySelectorAll<HTMLElement>('.govuk-task-list__link')) {
        await userEvent.click(link);
        expect(await accessibilityViolations(full.container), text(link)).toEqual([]);
      }
    }, AXE_TIMEOUT);

    test(`${name}: check your answers`, async () => {
      const summary = await mountForm(module, { data: filled, readonly: true });
      expect(await accessibilityViolations(summary.container)).toEqual([]);
    }, AXE_TIMEOUT);
  }
});
