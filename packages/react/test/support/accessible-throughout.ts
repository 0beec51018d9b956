/**
 * One form's accessibility walk: axe (WCAG 2.2 A and AA) on the empty form, after a failed submit
 * with the error summary shown, on every section of the filled form, and as check your answers.
 */
import { expect } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { FormModule } from '../../src/index.ts';
import { accessibilityViolations } from './axe.ts';
import { mountForm, text } from './render.tsx';

export async function expectAccessibleThroughout(module: FormModule, filled: unknown): Promise<void> {
  const empty = await mountForm(module);
  expect(await accessibilityViolations(empty.container)).toEqual([]);
  await empty.handle().attemptSubmit();
  await expect.poll(() => empty.container.querySelector('.govuk-error-summary')).not.toBeNull();
  expect(await accessibilityViolations(empty.container)).toEqual([]);
  empty.unmount();

  const full = await mountForm(module, { data: filled });
  for (const link of full.container.querySelectorAll<HTMLElement>('.govuk-task-list__link')) {
    await userEvent.click(link);
    expect(await accessibilityViolations(full.container), text(link)).toEqual([]);
  }
  full.unmount();

  const summary = await mountForm(module, { data: filled, readonly: true });
  expect(await accessibilityViolations(summary.container)).toEqual([]);
}
