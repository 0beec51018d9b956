import { afterEach, describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import * as controls from 'caf-form:fixture/controls';
import type { FormModule } from '../src/index.ts';
import { byId, mountForm, text, unmountAll } from './support/render.tsx';

const form: FormModule = controls;

afterEach(unmountAll);

describe('GOV.UK controls', () => {
  test('each control renders GOV.UK markup with a label, and a task list names the sections', async () => {
    const { container } = await mountForm(form);
    const name = byId<HTMLInputElement>(container, 'caf-fullName');
    expect(name.className).toContain('govuk-input');
    expect(text(container.querySelector('label[for="caf-fullName"]'))).toBe('Full name');
    expect(text(byId(container, 'caf-fullName-hint'))).toBe('As the person writes it');
    expect(name.getAttribute('aria-describedby')).toBe('caf-fullName-hint');
    expect(byId(container, 'caf-notes').tagName).toBe('TEXTAREA');
    expect(text(container.querySelector('.govuk-character-count__status'))).toBe('You have 20 characters remaining');
    expect(byId(container, 'caf-age').getAttribute('inputmode')).toBe('numeric');
    // Date: a fieldset with day, month and year boxes.
    const date = byId(container, 'caf-dateOfBirth').closest('fieldset')!;
    expect(text(date.querySelector('legend'))).toBe('Date of birth');
    expect([...date.querySelectorAll('input')].map((input) => input.id)).toEqual(['caf-dateOfBirth', 'caf-dateOfBirth-month', 'caf-dateOfBirth-year']);
    // oneOf radios show titles; enum radios show values; the select lists titles.
    const relationship = byId(container, 'caf-relationship').closest('.govuk-radios')!;
    expect([...relationship.querySelectorAll('label')].map(text)).toEqual(['Parent or carer', 'Sibling']);
    expect(byId(container, 'caf-contactTime').getAttribute('type')).toBe('radio');
    expect([...byId<HTMLSelectElement>(container, 'caf-agency').options].map((o) => o.text)).toEqual(['Choose an option', 'School', 'Health visiting', 'Police']);
    expect(byId(container, 'caf-needs').getAttribute('type')).toBe('checkbox');
    // Yes/No radios for a boolean; a single tick box where the UI schema asks for one.
    expect([...byId(container, 'caf-hasSupport').closest('.govuk-radios')!.querySelectorAll('label')].map(text)).toEqual(['Yes', 'No']);
    expect(byId(container, 'caf-consentChecked').className).toBe('govuk-checkboxes__input');
    // Rating: the words, with a swatch that only repeats them.
    const rating = byId(container, 'caf-overallRating').closest('.govuk-radios')!;
    expect([...rating.querySelectorAll('label')].map(text)).toEqual(['Red', 'Amber', 'Green']);
    expect(rating.querySelector('.caf-rating__swatch--red')!.getAttribute('aria-hidden')).toBe('true');
    // Sections as a task list.
    expect([...container.querySelectorAll('.govuk-task-list__link')].map(text)).toEqual(['About the person', 'Family']);
    for (const input of container.querySelectorAll('input, select, textarea')) {
      const labelled = container.querySelector(`label[for="${input.id}"]`);
      expect(labelled, `label for #${input.id}`).not.toBeNull();
    }
  });

  test('typing, choosing and ticking update the data', async () => {
    const mounted = await mountForm(form);
    const { container } = mounted;
    await userEvent.type(byId(container, 'caf-fullName'), 'Sam Smith');
    await userEvent.type(byId(container, 'caf-age'), '12');
    await userEvent.click(byId(container, 'caf-relationship-2'));
    await userEvent.selectOptions(byId(container, 'caf-agency'), 'Police');
    await userEvent.click(byId(container, 'caf-needs-2'));
    await userEvent.click(byId(container, 'caf-hasSupport-2'));
    await userEvent.click(byId(container, 'caf-consentChecked'));
    await userEvent.click(byId(container, 'caf-overallRating-2'));
    await userEvent.type(byId(container, 'caf-notes'), 'Line one');
    await expect.poll(() => mounted.changes.at(-1)?.data).toEqual({
      fullName: 'Sam Smith',
      age: 12,
      relationship: 'sibling',
      agency: 'police',
      needs: ['health'],
      hasSupport: false,
      consentChecked: true,
      overallRating: 'amber',
      notes: 'Line one',
    });
  });

  test('the character count counts down and then says how many are too many', async () => {
    const { container } = await mountForm(form);
    await userEvent.type(byId(container, 'caf-notes'), 'twenty-five characters!!!');
    const status = container.querySelector('.govuk-character-count__status')!;
    expect(text(status)).toBe('You have 5 characters too many');
    expect(status.className).toContain('govuk-error-message');
  });

  test('the character count: the limit is the description, and the live count joins once the field is used', async () => {
    const { container } = await mountForm(form);
    const notes = byId(container, 'caf-notes');
    const limit = byId(container, 'caf-notes-info');
    expect(notes.getAttribute('aria-describedby')!.split(' ')).toContain('caf-notes-info');
    expect(text(limit)).toBe('You can enter up to 20 characters');
    expect(limit.hidden).toBe(true);
    await expect.element(notes).toHaveAccessibleDescription(/You can enter up to 20 characters/);
    const liveCount = () => container.querySelector('.govuk-character-count__sr-status[aria-live="polite"]');
    expect(liveCount()).toBeNull();
    await userEvent.click(notes);
    expect(liveCount()).not.toBeNull();
    await userEvent.type(notes, 'abc');
    await expect.poll(() => text(liveCount()), { timeout: 3000 }).toBe('You have 17 characters remaining');
  });

  test('an impossible date is kept, and its error shows once the question is left', async () => {
    const mounted = await mountForm(form);
    const { container } = mounted;
    await userEvent.type(byId(container, 'caf-dateOfBirth'), '30');
    await userEvent.type(byId(container, 'caf-dateOfBirth-month'), '2');
    // Moving between the parts of the date does not count as leaving it.
    expect(container.querySelector('#caf-dateOfBirth-error')).toBeNull();
    await userEvent.type(byId(container, 'caf-dateOfBirth-year'), '2026');
    await userEvent.click(byId(container, 'caf-fullName'));
    await expect.poll(() => text(container.querySelector('#caf-dateOfBirth-error'))).toBe('Error: Date of birth must be a real date');
    expect(mounted.lastData().dateOfBirth).toBe('2026-02-30');
    expect(container.querySelector('#caf-dateOfBirth-error .govuk-visually-hidden')!.textContent).toBe('Error:');
    // Correcting the day gives a real ISO date and the error goes.
    await userEvent.clear(byId(container, 'caf-dateOfBirth'));
    await userEvent.type(byId(container, 'caf-dateOfBirth'), '2');
    await expect.poll(() => mounted.lastData().dateOfBirth).toBe('2026-02-02');
    await expect.poll(() => container.querySelector('#caf-dateOfBirth-error')).toBeNull();
  });

  test('a number that is not a number is kept as typed and reported', async () => {
    const mounted = await mountForm(form);
    const { container } = mounted;
    await userEvent.type(byId(container, 'caf-age'), '1.5x');
    await userEvent.tab();
    await expect.poll(() => text(container.querySelector('#caf-age-error'))).toBe('Error: Age must be a whole number');
    expect(mounted.lastData().age).toBe('1.5x');
  });

  test('a UI-schema condition shows a question from its precompiled validator, never compiling', async () => {
    const ajv = await import('ajv');
    const compile = vi.spyOn(ajv.Ajv.prototype, 'compile');
    const RealFunction = globalThis.Function;
    const functionCalls: unknown[] = [];
    globalThis.Function = new Proxy(RealFunction, {
      construct(target, args) {
        functionCalls.push(args);
        return Reflect.construct(target, args);
      },
      apply(target, self, args) {
        functionCalls.push(args);
        return Reflect.apply(target, self, args);
      },
    });
    try {
      const { container } = await mountForm(form);
      expect(container.querySelector('#caf-supportDetails')).toBeNull();
      await userEvent.click(byId(container, 'caf-hasSupport'));
      await expect.poll(() => container.querySelector('#caf-supportDetails')).not.toBeNull();
      await userEvent.click(byId(container, 'caf-hasSupport-2'));
      await expect.poll(() => container.querySelector('#caf-supportDetails')).toBeNull();
    } finally {
      globalThis.Function = RealFunction;
      compile.mockRestore();
    }
    expect(compile).not.toHaveBeenCalled();
    expect(functionCalls).toEqual([]);
  });
});
