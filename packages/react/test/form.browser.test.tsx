import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import * as controls from 'caf-form:fixture/controls';
import type { FormModule } from '../src/index.ts';
import { byId, mountForm, text, unmountAll } from './support/render.tsx';

const form: FormModule = controls;

afterEach(unmountAll);

const statuses = (container: HTMLElement) => [...container.querySelectorAll('.govuk-task-list__status')].map(text);
const openSection = (container: HTMLElement, name: string) =>
  userEvent.click([...container.querySelectorAll<HTMLElement>('.govuk-task-list__link')].find((link) => text(link) === name)!);

describe('errors the GOV.UK way', () => {
  test('no error is shown before a submit attempt; then the summary appears, takes focus and links to each field', async () => {
    const mounted = await mountForm(form);
    const { container } = mounted;
    expect(container.querySelector('.govuk-error-summary')).toBeNull();
    expect(container.querySelector('.govuk-error-message')).toBeNull();

    const attempt = await mounted.handle().attemptSubmit();
    expect(attempt.ok).toBe(false);
    expect(attempt.state.errors.map((e) => e.message)).toEqual(['Enter the date of birth', 'Enter the full name', 'Select the relationship to the child']);
    await expect.poll(() => container.querySelector('.govuk-error-summary')).not.toBeNull();
    const summary = container.querySelector<HTMLElement>('.govuk-error-summary')!;
    expect(text(summary.querySelector('.govuk-error-summary__title'))).toBe('There is a problem');
    await expect.poll(() => document.activeElement).toBe(summary);
    const links = [...summary.querySelectorAll<HTMLAnchorElement>('a')];
    expect(links.map(text)).toEqual(['Enter the date of birth', 'Enter the full name', 'Select the relationship to the child']);
    await expect.poll(() => text(container.querySelector('#caf-fullName-error'))).toBe('Error: Enter the full name');
    expect(byId(container, 'caf-fullName').getAttribute('aria-describedby')).toBe('caf-fullName-hint caf-fullName-error');

    await userEvent.click(links[1]!);
    await expect.poll(() => document.activeElement?.id).toBe('caf-fullName');
    await userEvent.click(links[0]!);
    await expect.poll(() => document.activeElement?.id).toBe('caf-dateOfBirth');

    // Fixing an answer removes its error at once.
    await userEvent.type(byId(container, 'caf-fullName'), 'Sam');
    await expect.poll(() => container.querySelector('#caf-fullName-error')).toBeNull();
    expect([...container.querySelectorAll('.govuk-error-summary a')].map(text)).toEqual(['Enter the date of birth', 'Select the relationship to the child']);
  });

  test('a submit straight after typing checks the answers just typed, though the form catches up after the paint', async () => {
    const mounted = await mountForm(form, { data: { dateOfBirth: '2015-03-02' } });
    const { container } = mounted;
    // Every error the summary ever lists, from its first render on.
    const listed = new Set<string>();
    const observer = new MutationObserver(() => container.querySelectorAll('.govuk-error-summary a').forEach((link) => listed.add(text(link))));
    observer.observe(container, { childList: true, subtree: true, characterData: true });
    // Typed and submitted in one task: the form-level state has not yet caught up with the answer.
    const name = byId<HTMLInputElement>(container, 'caf-fullName');
    // The prototype's setter, as typing does: React ignores a value set on the element itself.
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(name, 'Sam');
    name.dispatchEvent(new Event('input', { bubbles: true }));
    const attempt = await mounted.handle().attemptSubmit();
    expect(attempt.state.errors.map((e) => e.message)).toEqual(['Select the relationship to the child']);
    await expect.poll(() => container.querySelector('.govuk-error-summary a')).not.toBeNull();
    observer.disconnect();
    expect([...listed]).toEqual(['Select the relationship to the child']);
  });

  test('an error link into another section opens that section and focuses the field', async () => {
    const mounted = await mountForm(form, { data: { fullName: 'Sam', dateOfBirth: '2015-03-02', relationship: 'sibling', members: [{ rating: 'red' }] } });
    const { container } = mounted;
    expect(await mounted.handle().attemptSubmit()).toMatchObject({ ok: false });
    await expect.poll(() => container.querySelector('.govuk-error-summary a')).not.toBeNull();
    const link = container.querySelector<HTMLAnchorElement>('.govuk-error-summary a')!;
    expect(text(link)).toBe('Enter the name of the family member');
    expect(container.querySelector('#caf-members-0-name')).toBeNull();
    await userEvent.click(link);
    await expect.poll(() => document.activeElement?.id).toBe('caf-members-0-name');
    expect(statuses(container)).toEqual(['Completed', 'Has errors']);
  });

  test('a valid form submits with its data', async () => {
    const mounted = await mountForm(form, { data: { fullName: 'Sam', dateOfBirth: '2015-03-02', relationship: 'sibling' } });
    const attempt = await mounted.handle().attemptSubmit();
    expect(attempt).toEqual({ ok: true, state: { data: { fullName: 'Sam', dateOfBirth: '2015-03-02', relationship: 'sibling' }, errors: [], outcomes: [] } });
    expect(mounted.container.querySelector('.govuk-error-summary')).toBeNull();
  });
});

describe('sections', () => {
  test('the task list shows each section as not started, in progress, completed or with errors', async () => {
    const mounted = await mountForm(form);
    const { container } = mounted;
    expect(statuses(container)).toEqual(['Not started', 'Not started']);
    await userEvent.type(byId(container, 'caf-fullName'), 'Sam');
    await expect.poll(() => statuses(container)).toEqual(['In progress', 'Not started']);
    await userEvent.click(byId(container, 'caf-relationship'));
    await userEvent.type(byId(container, 'caf-dateOfBirth'), '2');
    await userEvent.type(byId(container, 'caf-dateOfBirth-month'), '3');
    await userEvent.type(byId(container, 'caf-dateOfBirth-year'), '2015');
    await expect.poll(() => statuses(container)).toEqual(['Completed', 'Not started']);

    await openSection(container, 'Family');
    await expect.poll(() => document.activeElement?.textContent).toBe('Family');
    await userEvent.click([...container.querySelectorAll('button')].find((b) => text(b) === 'Add another family member')!);
    await mounted.handle().attemptSubmit();
    await expect.poll(() => statuses(container)).toEqual(['Completed', 'Has errors']);
    await userEvent.click([...container.querySelectorAll('button')].find((b) => text(b).startsWith('Previous section'))!);
    expect(container.querySelector('#caf-fullName')).not.toBeNull();
  });
});

describe('add another', () => {
  test('adds items with headings, removes one with an undo, and restores it in place', async () => {
    const mounted = await mountForm(form);
    const { container } = mounted;
    await openSection(container, 'Family');
    const add = () => userEvent.click([...container.querySelectorAll('button')].find((b) => text(b) === 'Add another family member')!);
    await add();
    await expect.poll(() => document.activeElement?.id).toBe('caf-members-0');
    await userEvent.type(byId(container, 'caf-members-0-name'), 'Alex');
    await add();
    await userEvent.type(byId(container, 'caf-members-1-name'), 'Billie');
    await userEvent.click(byId(container, 'caf-members-1-rating'));
    const headings = () => [...container.querySelectorAll('.caf-array-item > fieldset > legend')].map(text);
    await expect.poll(headings).toEqual(['Family member 1: Alex', 'Family member 2: Billie']);

    await userEvent.click(container.querySelector<HTMLButtonElement>('#caf-members-0 button.govuk-button--warning')!);
    await expect.poll(headings).toEqual(['Family member 1: Billie']);
    const banner = byId(container, 'caf-members-removed');
    expect(text(banner)).toContain('Family member 1: Alex has been removed.');
    await expect.poll(() => document.activeElement).toBe(banner);
    await expect.poll(() => mounted.lastData().members).toEqual([{ name: 'Billie', rating: 'red' }]);

    await userEvent.click([...banner.querySelectorAll('button')].find((b) => text(b).startsWith('Undo'))!);
    await expect.poll(headings).toEqual(['Family member 1: Alex', 'Family member 2: Billie']);
    await expect.poll(() => mounted.lastData().members).toEqual([{ name: 'Alex' }, { name: 'Billie', rating: 'red' }]);
    expect(container.querySelector('#caf-members-removed')).toBeNull();
  });
});

describe('outcomes', () => {
  test('rule outcomes appear and disappear as the answers change, and link to what they are about', async () => {
    const mounted = await mountForm(form, { data: { members: [{ name: 'A', rating: 'red' }, { name: 'B', rating: 'green' }] }, today: '2026-03-02' });
    const { container } = mounted;
    expect(text(container.querySelector('.caf-outcomes'))).toContain('Nothing to act on yet.');
    await openSection(container, 'Family');
    await userEvent.click(byId(container, 'caf-members-1-rating'));
    await expect.poll(() => text(container.querySelector('[data-outcome="several-red"]'))).toContain('2 family members are rated Red');
    expect(text(container.querySelector('[data-severity="warning"] h3'))).toBe('Warnings');
    expect(text(container.querySelector('.caf-outcomes [aria-live]'))).toBe('From the rules: 1 warning');
    // The link goes to what the outcome is about, opening its section first.
    await openSection(container, 'About the person');
    const goTo = container.querySelector<HTMLAnchorElement>('[data-outcome="several-red"] a')!;
    expect(text(goTo)).toBe('Go to Family members');
    await userEvent.click(goTo);
    await expect.poll(() => document.activeElement?.id).toBe('caf-members');
    await userEvent.click(byId(container, 'caf-members-1-rating-3'));
    await expect.poll(() => container.querySelector('[data-outcome="several-red"]')).toBeNull();
    await expect.poll(() => mounted.changes.at(-1)?.outcomes).toEqual([]);
  });

  test('a blocker outcome stops submission and says why', async () => {
    const mounted = await mountForm(form, { data: { fullName: 'Sam', dateOfBirth: '2015-03-02', relationship: 'sibling' } });
    const { container } = mounted;
    await openSection(container, 'Family');
    await userEvent.click(byId(container, 'caf-safeguardingConcern'));
    await expect.poll(() => text(container.querySelector('[data-severity="blocker"]'))).toContain('Refer the safeguarding concern');
    const attempt = await mounted.handle().attemptSubmit();
    expect(attempt.ok).toBe(false);
    expect(attempt.state.errors).toEqual([]);
    expect(attempt.state.outcomes.map((o) => o.type)).toEqual(['refer-safeguarding']);
    await expect.poll(() => container.querySelector('.govuk-error-summary')).not.toBeNull();
    const summary = container.querySelector('.govuk-error-summary')!;
    expect(text(summary)).toContain('This form cannot be submitted until this is resolved.');
    expect(text(summary.querySelector('a'))).toBe("Safeguarding concern: Refer the safeguarding concern to children's social care");
  });
});

describe('data', () => {
  test('fields the schema does not know survive editing, submitting and reset', async () => {
    const initial = { fullName: 'Sam', legacyId: 'X-17', members: [{ name: 'Alex', nhsNumber: '943 476 5919' }] };
    const mounted = await mountForm(form, { data: initial });
    await userEvent.type(byId(mounted.container, 'caf-fullName'), ' Smith');
    await expect.poll(() => mounted.changes.at(-1)?.data).toEqual({ ...initial, fullName: 'Sam Smith' });
    const { state } = await mounted.handle().attemptSubmit();
    expect(state.data).toEqual({ ...initial, fullName: 'Sam Smith' });
    mounted.handle().reset();
    await expect.poll(() => byId<HTMLInputElement>(mounted.container, 'caf-fullName').value).toBe('Sam');
    expect(mounted.handle().getState().data).toEqual(initial);
    expect(mounted.container.querySelector('.govuk-error-summary')).toBeNull();
  });

  test('check your answers lists every answer as text, in sections', async () => {
    const mounted = await mountForm(form, {
      readonly: true,
      data: { fullName: 'Sam <b>Smith</b>', dateOfBirth: '2026-03-02', relationship: 'parent-carer', needs: ['housing', 'health'], hasSupport: true, overallRating: 'amber', members: [{ name: 'Alex', rating: 'red' }] },
    });
    const { container } = mounted;
    expect(container.querySelector('input, select, textarea')).toBeNull();
    // The page owns the h1: the summary's outline starts at h2, as the form view's does.
    expect(container.querySelector('h1')).toBeNull();
    expect([...container.querySelectorAll('h2')].map(text)).toEqual([form.definition.manifest.title]);
    expect([...container.querySelectorAll('h3')].map(text)).toEqual(['About the person', 'Family']);
    const rows = Object.fromEntries([...container.querySelectorAll('.govuk-summary-list__row')].map((row) => [text(row.querySelector('dt')), text(row.querySelector('dd'))]));
    expect(rows).toMatchObject({
      'Full name': 'Sam <b>Smith</b>',
      'Date of birth': '2 March 2026',
      'Relationship to the child': 'Parent or carer',
      Needs: 'HousingHealth',
      'Does the family have support from friends?': 'Yes',
      'Who supports the family?': 'Not answered',
      'Overall rating': 'Amber',
      Age: 'Not answered',
      Name: 'Alex',
      Rating: 'Red',
    });
    expect(container.querySelector('b')).toBeNull();
    expect(text(container.querySelector('.caf-summary-items h5'))).toBe('Family member 1: Alex');
  });
});
