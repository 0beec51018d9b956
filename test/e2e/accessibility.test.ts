/**
 * axe-core (WCAG 2.0, 2.1 and 2.2, A and AA) finds nothing on any shipped form: empty, filled with a
 * rule scenario's answers, with the errors shown and as check your answers. Forms in sections are
 * checked section by section, since only one section is on screen at a time. On the way, every
 * `govuk-` class on screen must still have its GOV.UK rules in the element's cut-down stylesheet
 * (packages/elements/vite/govuk-css-plugin.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLASS_SOURCES, govukStylesheet, isUsedClass, usedGovukClasses } from '@caf-forms/elements/vite/govuk-css-plugin';
import { axeViolations, describeViolations, openPage, showForm, type TestPage } from './support.ts';

const repository = fileURLToPath(new URL('../..', import.meta.url));

/** Every class GOV.UK Frontend's whole stylesheet has rules for. */
const govukClasses = new Set([...govukStylesheet().matchAll(/\.(govuk-[\w\\!-]+)/g)].map(([, name]) => name!.replace(/\\/g, '')));
const usedClasses = usedGovukClasses(CLASS_SOURCES);

/**
 * `govuk-` classes on screen whose GOV.UK rules the element's stylesheet dropped: classes the
 * sources never name in full (a class built as `${base}__item`, say).
 */
async function unstyledClasses(page: Page): Promise<string[]> {
  const onScreen = await page.evaluate(() => {
    const root = document.querySelector('caf-form')!.shadowRoot!;
    return [...new Set([...root.querySelectorAll('[class]')].flatMap((element) => [...element.classList]))];
  });
  return onScreen.filter((name) => govukClasses.has(name) && !isUsedClass(usedClasses, name)).sort();
}

const forms = readdirSync(join(repository, 'forms')).filter((id) => existsSync(join(repository, 'forms', id, 'manifest.json')));

/** The answers of the first complete (not `partial`) scenario written for the form. */
function filledAnswers(formId: string): Record<string, unknown> | undefined {
  const rulesDir = join(repository, 'rules');
  for (const ruleSet of readdirSync(rulesDir)) {
    const dir = join(rulesDir, ruleSet, 'scenarios');
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).sort()) {
      const scenario = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { form?: string; partial?: boolean; given?: Record<string, unknown> };
      if (scenario.form === formId && !scenario.partial && scenario.given) return scenario.given;
    }
  }
  return undefined;
}

/** axe on every section in turn (or the one view of a form without sections): the problems found. */
async function violationsInEverySection(page: Page): Promise<string> {
  const form = page.locator('caf-form');
  const sections = form.locator('.govuk-task-list__link');
  const count = await sections.count();
  const problems: string[] = [];
  for (let index = 0; index < Math.max(count, 1); index++) {
    if (count > 0) await sections.nth(index).click();
    const found = await axeViolations(page);
    if (found.length > 0) problems.push(`section ${index + 1}:\n${describeViolations(found)}`);
    const unstyled = await unstyledClasses(page);
    if (unstyled.length > 0) problems.push(`section ${index + 1}: no GOV.UK rules left for ${unstyled.join(', ')}`);
  }
  return problems.join('\n');
}

let session: TestPage;
beforeAll(async () => {
  session = await openPage('/test-pages/blank.html');
});
afterAll(() => session.close());

describe('axe-core', () => {
  it('sees inside the element’s shadow root', async () => {
    await showForm(session.page, 'family-assessment', undefined);
    await session.page.evaluate(() => {
      const questions = document.querySelector('caf-form')!.shadowRoot!.querySelector('.caf-form__questions')!;
      questions.append(Object.assign(document.createElement('input'), { type: 'text', className: 'axe-probe' }));
    });
    const found = await axeViolations(session.page);
    expect(found.map((v) => v.id)).toContain('label');
  });
});

describe.each(forms)('%s meets WCAG 2.2 AA (axe-core)', (formId) => {
  it('empty', async () => {
    await showForm(session.page, formId, undefined);
    expect(await violationsInEverySection(session.page)).toBe('');
  });

  it('filled', async () => {
    const answers = filledAnswers(formId);
    expect(answers, `a complete scenario for ${formId}`).toBeDefined();
    await showForm(session.page, formId, answers);
    expect(await violationsInEverySection(session.page)).toBe('');
  });

  it('with the errors shown', async () => {
    await showForm(session.page, formId, undefined);
    await session.page.evaluate(() => (document.querySelector('caf-form') as unknown as { submit(): Promise<boolean> }).submit());
    await session.page.locator('caf-form').locator('.govuk-error-summary').waitFor();
    expect(describeViolations(await axeViolations(session.page))).toBe('');
    expect(await unstyledClasses(session.page)).toEqual([]);
  });

  it('as check your answers', async () => {
    await showForm(session.page, formId, filledAnswers(formId));
    await session.page.evaluate(() => document.querySelector('caf-form')!.setAttribute('readonly', ''));
    await session.page.locator('caf-form').locator('.govuk-summary-list').first().waitFor();
    expect(describeViolations(await axeViolations(session.page))).toBe('');
    expect(await unstyledClasses(session.page)).toEqual([]);
  });

  it('with no CSP violation', () => {
    expect(session.violations).toEqual([]);
  });
});
