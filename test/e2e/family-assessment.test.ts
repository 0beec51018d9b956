/**
 * A practitioner fills the CAF family assessment on the example council page (strict CSP, native
 * form post, `<caf-form form="family-assessment">`), by keyboard and mouse: the three-Red outcome comes and goes, an action plan
 * is agreed while its outcomes come and go, a first submit lands on the focused error summary, and
 * the fixed form arrives as JSON in `caf-submit` and in the post.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formLoaded, openPage, type TestPage } from './support.ts';

let session: TestPage;
let page: Page;
let form: Locator;

beforeAll(async () => {
  session = await openPage('/plain-form.html');
  page = session.page;
  await formLoaded(page);
  form = page.locator('caf-form');
});

afterAll(() => session.close());

async function openSection(name: string): Promise<void> {
  await form.getByRole('link', { name, exact: true }).click();
}

/** The GOV.UK date input: day, month and year, tabbing between them as a person does. */
async function typeDate(group: Locator, day: string, month: string, year: string): Promise<void> {
  await group.getByRole('textbox', { name: 'Day' }).click();
  await page.keyboard.type(day);
  await page.keyboard.press('Tab');
  await page.keyboard.type(month);
  await page.keyboard.press('Tab');
  await page.keyboard.type(year);
  await page.keyboard.press('Tab');
}

async function activeElementInForm(): Promise<{ className: string; text: string }> {
  return page.evaluate(() => {
    const active = document.querySelector('caf-form')!.shadowRoot!.activeElement as HTMLElement | null;
    return { className: active?.className ?? '', text: active?.innerText ?? '' };
  });
}

function latestChange(): unknown {
  return session.events('caf-change').at(-1)?.detail;
}

function outcomeTypes(): string[] {
  return ((latestChange() as { outcomes?: { type: string }[] } | undefined)?.outcomes ?? []).map((outcome) => outcome.type);
}

function outcomesPanel(): Locator {
  return form.locator('.caf-outcomes');
}

function overallRating(child: Locator, domain: string): Locator {
  return child.getByRole('group', { name: `Overall rating for ${domain}` });
}

describe('filling the CAF family assessment', () => {
  it('loads under the strict CSP without a single violation', () => {
    expect(session.violations).toEqual([]);
  });

  it('fetches the form the page preloads once: the element imports the very module the page named', async () => {
    const { preloaded, fetched } = await page.evaluate(() => ({
      preloaded: new URL(document.querySelector<HTMLLinkElement>('link[rel=modulepreload]')!.href).pathname,
      fetched: performance
        .getEntriesByType('resource')
        .filter((entry) => /\/(forms|chunks)\//.test(new URL(entry.name).pathname))
        .map((entry) => ({ path: new URL(entry.name).pathname, status: (entry as PerformanceResourceTiming & { responseStatus: number }).responseStatus })),
    }));
    expect(preloaded).toBe('/forms/family-assessment.form.js');
    expect(fetched).toEqual([{ path: preloaded, status: 200 }]);
  });

  it('refuses the native submit of an empty form and focuses the error summary', async () => {
    const url = page.url();
    await page.getByRole('button', { name: 'Send the assessment' }).click();
    await expect.poll(activeElementInForm).toMatchObject({ className: expect.stringContaining('govuk-error-summary') });
    const { text } = await activeElementInForm();
    expect(text).toContain('There is a problem');
    expect(text).toContain('Enter the date of assessment');
    expect(page.url()).toBe(url);
    const invalid = session.events('caf-invalid');
    expect(invalid).toHaveLength(1);
    expect(invalid[0]!.detail).toMatchObject({ reason: 'errors', errors: expect.arrayContaining([expect.objectContaining({ pointer: '/assessmentDate' })]) });
  });

  it('links each error to its field', async () => {
    await form.locator('.govuk-error-summary').getByRole('link', { name: 'Enter the date of assessment' }).click();
    await expect.poll(() => page.evaluate(() => document.querySelector('caf-form')!.shadowRoot!.activeElement?.id)).toBe('caf-assessmentDate');
  });

  it('takes the answers about the assessment by keyboard', async () => {
    await openSection('About the assessment');
    await typeDate(form.getByRole('group', { name: 'Date of assessment' }), '2', '3', '2026');
    await form.getByRole('textbox', { name: 'Your name' }).click();
    await page.keyboard.type('Jane Practitioner');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Kingsway Primary School');
    await page.keyboard.press('Tab');
    await expect.poll(latestChange).toMatchObject({
      data: { assessmentDate: '2026-03-02', author: { name: 'Jane Practitioner', agency: 'Kingsway Primary School' } },
    });
  });

  it('adds family members with the add-another pattern', async () => {
    await openSection('Family members');
    await form.getByRole('button', { name: 'Add another family member' }).click();
    const mum = form.getByRole('group', { name: 'Family member 1' });
    await mum.getByRole('textbox', { name: 'Full name' }).fill('Sarah Example');
    await typeDate(mum.getByRole('group', { name: 'Date of birth' }), '14', '6', '1988');
    await mum.getByRole('group', { name: 'Role in the family' }).getByRole('radio', { name: 'Parent or carer' }).check();
    await form.getByRole('button', { name: 'Add another family member' }).click();
    const child = form.getByRole('group', { name: 'Family member 2' });
    await child.getByRole('textbox', { name: 'Full name' }).fill('Sam Example');
    await typeDate(child.getByRole('group', { name: 'Date of birth' }), '27', '3', '2015');
    await child.getByRole('group', { name: 'Role in the family' }).getByRole('radio', { name: 'Child or young person' }).check();
    await expect.poll(() => (latestChange() as { data: { familyMembers: unknown[] } }).data.familyMembers).toEqual([
      expect.objectContaining({ name: 'Sarah Example', dateOfBirth: '1988-06-14', role: 'parent-carer' }),
      expect.objectContaining({ name: 'Sam Example', dateOfBirth: '2015-03-27', role: 'child-young-person' }),
    ]);
  });

  it('shows the three-Red outcome while three domains are Red, and takes it away when one is not', async () => {
    await openSection('Children’s needs');
    await form.getByRole('button', { name: /^Add/ }).first().click();
    const child = form.getByRole('group', { name: 'Child 1' });
    await child.getByRole('textbox', { name: 'Child’s name' }).fill('Sam Example');
    await overallRating(child, 'development of the child or young person').getByRole('radio', { name: 'Red' }).check();
    await overallRating(child, 'parents and carers').getByRole('radio', { name: 'Red' }).check();
    await expect.poll(() => outcomesPanel().innerText()).not.toContain('Liaise with the specialist agency');
    // The third by keyboard: focus the Red radio and select it with the space bar.
    await overallRating(child, 'family and environmental').getByRole('radio', { name: 'Red' }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => outcomesPanel().innerText()).toContain('Liaise with the specialist agency');
    expect(await outcomesPanel().innerText()).toContain('3 domains are rated Red');
    await expect.poll(() => outcomeTypes()).toContain('liaise-with-specialist-agency');

    await overallRating(child, 'family and environmental').getByRole('radio', { name: 'Amber' }).click();
    await expect.poll(() => outcomesPanel().innerText()).not.toContain('Liaise with the specialist agency');
    await expect.poll(() => outcomeTypes()).not.toContain('liaise-with-specialist-agency');
  });

  it('agrees an action plan: who does what by when, the family’s own actions, and a review date', async () => {
    await openSection('Action plan');
    await form.getByRole('button', { name: 'Add another action' }).click();
    const first = form.getByRole('group', { name: 'Action 1' });
    await first.getByRole('textbox', { name: 'Action', exact: true }).fill('Refer Sam to the school nurse for a health check');
    await first.getByRole('textbox', { name: 'Who will do it' }).fill('Jane Practitioner');
    await first.getByRole('group', { name: 'Who is responsible' }).getByRole('radio', { name: 'A practitioner' }).check();
    // No date yet: the action is not "who's going to do what by when", which blocks sending.
    await expect.poll(() => outcomeTypes()).toEqual(expect.arrayContaining(['action-incomplete', 'review-date-needed', 'include-family-actions']));
    expect(await outcomesPanel().innerText()).toContain('Action needs who, what and by when');
    await typeDate(first.getByRole('group', { name: 'By when' }), '31', '3', '2026');
    await first.getByRole('textbox', { name: 'How it will be measured' }).fill('Appointment attended');
    await expect.poll(() => outcomeTypes()).not.toContain('action-incomplete');

    await form.getByRole('button', { name: 'Add another action' }).click();
    const second = form.getByRole('group', { name: 'Action 2' });
    await second.getByRole('textbox', { name: 'Action', exact: true }).fill('Keep a bedtime routine chart with Sam');
    await second.getByRole('textbox', { name: 'Who will do it' }).fill('Sarah Example');
    await second.getByRole('group', { name: 'Who is responsible' }).getByRole('radio', { name: 'A family member' }).check();
    await typeDate(second.getByRole('group', { name: 'By when' }), '17', '4', '2026');
    await second.getByRole('textbox', { name: 'How it will be measured' }).fill('Chart shared at the review');
    await expect.poll(() => outcomeTypes()).not.toContain('include-family-actions');

    await typeDate(form.getByRole('group', { name: 'Date of the review meeting' }), '1', '5', '2026');
    // A part-typed date ("--01") already counts as set for the rule, so wait for the whole date.
    const changed = () => (latestChange() as { data: { actionPlan: unknown[]; reviewDate?: string } } | undefined)?.data;
    await expect.poll(() => changed()?.reviewDate).toBe('2026-05-01');
    expect(outcomeTypes()).not.toContain('review-date-needed');
    expect(outcomeTypes()).not.toContain('action-measure-needed');
    expect(changed()).toMatchObject({
      actionPlan: [
        { who: 'Jane Practitioner', whoType: 'practitioner', byWhen: '2026-03-31' },
        { who: 'Sarah Example', whoType: 'family-member', byWhen: '2026-04-17' },
      ],
      reviewDate: '2026-05-01',
    });
  });

  it('submits the fixed form: caf-submit and the native post both carry the JSON', async () => {
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/submitted')),
      page.getByRole('button', { name: 'Send the assessment' }).click(),
    ]);
    const posted = (await response.json()) as { assessment: Record<string, unknown> };
    // Once: the element is not associated by the browser (see form-owner.ts), so only its stand-in posts.
    expect(new URLSearchParams(response.request().postData() ?? '').getAll('assessment')).toHaveLength(1);
    const expected = {
      assessmentDate: '2026-03-02',
      author: { name: 'Jane Practitioner', agency: 'Kingsway Primary School' },
      familyMembers: [
        expect.objectContaining({ name: 'Sarah Example', role: 'parent-carer' }),
        expect.objectContaining({ name: 'Sam Example', role: 'child-young-person' }),
      ],
      children: [
        expect.objectContaining({
          name: 'Sam Example',
          domains: expect.objectContaining({
            development: expect.objectContaining({ rating: 'red' }),
            parentsAndCarers: expect.objectContaining({ rating: 'red' }),
            familyAndEnvironmental: expect.objectContaining({ rating: 'amber' }),
          }),
        }),
      ],
      actionPlan: [expect.objectContaining({ whoType: 'practitioner' }), expect.objectContaining({ whoType: 'family-member' })],
      reviewDate: '2026-05-01',
    };
    expect(posted.assessment).toMatchObject(expected);
    const submitted = session.events('caf-submit');
    expect(submitted).toHaveLength(1);
    expect(submitted[0]!.detail).toMatchObject({ data: expected, outcomes: expect.any(Array) });
    expect((submitted[0]!.detail as { data: unknown }).data).toEqual(posted.assessment);
    expect(session.violations).toEqual([]);
  });
});
