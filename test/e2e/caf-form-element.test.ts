/**
 * The element's own contract, in Chromium under the strict CSP: the built files, style isolation
 * both ways, loading by `form` (or its alias `form-id`) and `src`, loading errors shown to the
 * person, `readonly`, `reset()`, answers the form does not know surviving a submit, and taking part
 * in a native `<form>` whether the browser associates it (`form-id`) or not (`form`, see form-owner.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page, Response } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { formLoaded, openPage, type TestPage } from './support.ts';

const dist = fileURLToPath(new URL('../../packages/elements/dist', import.meta.url));
const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

let session: TestPage | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

interface Setup {
  attributes: Record<string, string>;
  /** Set as the `data` property (an object), after the attributes. */
  data?: unknown;
  /** Custom properties set on the element. */
  style?: Record<string, string>;
  /** Put the element in a native `<form method="post" action="/submitted">` with a "Send" button. */
  inForm?: boolean;
  /** Give that form a `submit` listener of the page's own, added before the element: it sets `window.pageHandlerRan`. */
  pageSubmitListener?: boolean;
}

/** A blank page (with hostile page styles) holding one `<caf-form>`. */
async function pageWithForm(setup: Setup): Promise<Page> {
  session = await openPage('/test-pages/blank.html');
  const { page } = session;
  await page.waitForFunction(() => customElements.get('caf-form') !== undefined);
  await page.evaluate(({ attributes, data, style, inForm, pageSubmitListener }) => {
    const element = document.createElement('caf-form');
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    for (const [name, value] of Object.entries(style ?? {})) element.style.setProperty(name, value);
    if (data !== undefined) (element as unknown as { data: unknown }).data = data;
    const host = document.getElementById('host')!;
    if (inForm) {
      const form = Object.assign(document.createElement('form'), { method: 'post', action: '/submitted' });
      const win = window as unknown as { pageHandlerRan: boolean };
      win.pageHandlerRan = false;
      if (pageSubmitListener) form.addEventListener('submit', () => (win.pageHandlerRan = true));
      form.append(element, Object.assign(document.createElement('button'), { type: 'submit', textContent: 'Send' }));
      host.append(form);
    } else host.append(element);
  }, setup);
  await formLoaded(page);
  return page;
}

function shadowText(page: Page): Promise<string> {
  return page.evaluate(() => (document.querySelector('caf-form')!.shadowRoot!.querySelector('[part]:not([hidden])') as HTMLElement | null)?.innerText ?? '');
}

/** How many times the native post carried `field` (the element must post its answers exactly once). */
function timesPosted(response: Response, field: string): number {
  return new URLSearchParams(response.request().postData() ?? '').getAll(field).length;
}

function activeClassName(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector('caf-form')!.shadowRoot!.activeElement?.className ?? '');
}

function scenario(form: string, file: string): Record<string, unknown> {
  const path = fileURLToPath(new URL(`../../rules/${form}/scenarios/${file}`, import.meta.url));
  return (JSON.parse(readFileSync(path, 'utf8')) as { given: Record<string, unknown> }).given;
}

describe('the embeddable build', () => {
  it('is one entry module plus one module per form at a stable URL, each compiled as it loads, with no CSS file and no run-time code compilation', () => {
    const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
    const names = files.map((f) => join(f.parentPath, f.name).slice(dist.length + 1));
    expect(names).toContain('caf-form.js');
    expect(names.filter((n) => n.endsWith('.css'))).toEqual([]);
    // forms/<id>.form.js for every form caf build wrote: the URL a page preloads (README).
    const buildDir = fileURLToPath(new URL('../../build/', import.meta.url));
    const built = readdirSync(buildDir).filter((id) => existsSync(join(buildDir, id, `${id}.form.js`)));
    expect(names.filter((n) => n.startsWith('forms/')).sort()).toEqual(built.map((id) => `forms/${id}.form.js`).sort());
    for (const name of names.filter((n) => n.endsWith('.js'))) {
      const code = readFileSync(join(dist, name), 'utf8');
      expect(code, name).not.toMatch(/new Function\s*\(|\beval\s*\(/);
      // Production JSX only: the development transform is slower and embeds this machine's paths.
      expect(code.includes(repositoryRoot), name).toBe(false);
      expect(code, name).not.toMatch(/lineNumber:\d+,columnNumber:\d+/);
      // Compiled as it loads, not function by function in the first render (decision 010).
      expect(code.startsWith('//# allFunctionsCalledOnLoad\n'), name).toBe(true);
    }
  });
});

describe('<caf-form> in a page', () => {
  it('keeps page styles out and its own styles in', async () => {
    const page = await pageWithForm({ attributes: { form: 'family-assessment' } });
    const styles = await page.evaluate(() => {
      const root = document.querySelector('caf-form')!.shadowRoot!;
      const input = getComputedStyle(root.querySelector('input.govuk-input')!);
      const label = getComputedStyle(root.querySelector('.govuk-label')!);
      const outside = getComputedStyle(document.querySelector('.outside-probe')!);
      return { inputBackground: input.backgroundColor, labelColour: label.color, labelFont: label.fontFamily, outsideMargin: outside.marginBottom, outsideFont: outside.fontFamily };
    });
    // The page paints every input cyan and every label magenta, in Courier: none of it gets in.
    expect(styles.inputBackground).not.toBe('rgb(0, 255, 255)');
    expect(styles.labelColour).not.toBe('rgb(255, 0, 255)');
    expect(styles.labelFont).toMatch(/arial/i);
    // A page element with a GOV.UK class name gets none of GOV.UK's styles from the element.
    expect(styles.outsideFont).toMatch(/courier/i);
    expect(styles.outsideMargin).not.toBe('20px');
    expect(session!.violations).toEqual([]);
  });

  it('takes its theme from documented custom properties', async () => {
    const page = await pageWithForm({ attributes: { form: 'family-assessment' }, style: { '--caf-form-font-family': 'Georgia, serif' } });
    const font = await page.evaluate(() => getComputedStyle(document.querySelector('caf-form')!.shadowRoot!.querySelector('.govuk-label')!).fontFamily);
    expect(font).toMatch(/Georgia/);
  });

  it('lets the page style its parts, and shows its own submit button outside a native form', async () => {
    const page = await pageWithForm({ attributes: { form: 'family-assessment' } });
    const submit = page.locator('caf-form').locator('[part="submit"]');
    expect(await submit.innerText()).toBe('SUBMIT');
    await submit.click();
    await expect.poll(() => session!.events('caf-invalid').length).toBe(1);
  });

  it('reports the outcomes of a record it is given before anyone edits it', async () => {
    const given = scenario('family-assessment', 'three-red-across-two-children.json');
    const page = await pageWithForm({ attributes: { form: 'family-assessment', today: '2026-03-02' }, data: given });
    const types = () => page.evaluate(() => (document.querySelector('caf-form') as unknown as { outcomes: { type: string }[] }).outcomes.map((o) => o.type));
    // The first evaluation runs in idle time after the first paint, with a cold rule engine: on a
    // busy CI machine that can take more than expect.poll's default second.
    await expect.poll(types, { timeout: 15_000 }).toContain('liaise-with-specialist-agency');
    const announced = session!.events('caf-change').at(-1)!.detail as { outcomes: { type: string }[]; data: unknown };
    expect(announced.outcomes.map((o) => o.type)).toContain('liaise-with-specialist-agency');
    expect(announced.data).toEqual(given);
    // The outcomes panel is a part the page may style.
    const border = await page.evaluate(() => getComputedStyle(document.querySelector('caf-form')!.shadowRoot!.querySelector('[part="outcomes"]')!).outlineStyle);
    expect(border).toBe('dashed');
  });

  it('loads a form built by caf build from src', async () => {
    const page = await pageWithForm({ attributes: { src: '/build/consent/consent.form.js' } });
    expect(await page.locator('caf-form').getByRole('heading').first().innerText()).toBeTruthy();
    expect(session!.events('caf-load').at(-1)!.detail).toEqual({ formId: 'consent' });
    expect(session!.violations).toEqual([]);
  });

  it('shows the form it names last, once, when the page changes its mind while it loads', async () => {
    // The element starts fetching as it joins the page; a change before the first render must
    // still win, with one caf-load for the form that is shown, and another when it changes again.
    const page = await pageWithForm({ attributes: { form: 'consent' } });
    await page.evaluate(() => {
      const element = document.createElement('caf-form');
      element.setAttribute('form', 'consent');
      document.getElementById('host')!.replaceChildren(element);
      element.setAttribute('form', 'family-assessment');
    });
    await page.waitForFunction(() => document.querySelector('caf-form')!.shadowRoot!.querySelector('.caf-form__questions')?.childElementCount);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    const loads = session!.events('caf-load').map((event) => event.detail);
    expect(loads).toEqual([{ formId: 'consent' }, { formId: 'family-assessment' }]);
    expect(await page.locator('caf-form').getByRole('link', { name: 'Children’s needs' }).count()).toBe(1);

    await page.evaluate(() => document.querySelector('caf-form')!.setAttribute('form', 'consent'));
    await expect.poll(() => page.locator('caf-form').getByRole('link', { name: 'Children’s needs' }).count()).toBe(0);
    expect(await page.locator('caf-form').getByRole('heading').allInnerTexts()).toContain('Family members');
    await expect.poll(() => session!.events('caf-load').length).toBe(3);
    expect(session!.events('caf-load').at(-1)!.detail).toEqual({ formId: 'consent' });
  });

  it('tells the person, and the page, when there is no such form', async () => {
    const page = await pageWithForm({ attributes: { form: 'no-such-form' } });
    const text = await shadowText(page);
    expect(text).toContain('This form cannot be shown');
    expect(text).toContain('There is no form called "no-such-form"');
    expect(text).toContain('family-assessment');
    expect(session!.events('caf-load-error')[0]!.detail).toMatchObject({ attribute: 'form' });
  });

  // Each loading problem is shown to the person and reported to the page, naming the attribute to fix.
  const loadProblems: { name: string; attributes: Record<string, string>; text: string; attribute: string }[] = [
    { name: 'tells the person when src is not a built form', attributes: { src: '/caf-form.js' }, text: 'is not a form built by caf build', attribute: 'src' },
    {
      name: 'tells the person when the data attribute is not JSON, and loads nothing',
      attributes: { data: '{"assessmentDate": ', form: 'family-assessment' },
      text: 'The data attribute is not valid JSON',
      attribute: 'data',
    },
    {
      name: 'says so when form and its alias form-id name different forms',
      attributes: { form: 'family-assessment', 'form-id': 'consent' },
      text: 'form="family-assessment" and form-id="consent" name different forms',
      attribute: 'form-id',
    },
    {
      name: 'says so when both src and form choose the form, instead of silently taking one',
      attributes: { form: 'family-assessment', src: '/build/consent/consent.form.js' },
      text: 'src="/build/consent/consent.form.js" and form="family-assessment" both choose the form to show',
      attribute: 'src',
    },
    { name: 'says what is missing when it is given neither form nor src', attributes: {}, text: 'No form to show: set the form attribute', attribute: 'form' },
  ];
  for (const { name, attributes, text, attribute } of loadProblems) {
    it(name, async () => {
      const page = await pageWithForm({ attributes });
      expect(await shadowText(page)).toContain(text);
      expect(session!.events('caf-load-error')[0]!.detail).toMatchObject({ attribute });
    });
  }

  it('shows the check-your-answers summary when readonly', async () => {
    const given = scenario('closure-summary', 'outcomes-achieved-all-done.json');
    const page = await pageWithForm({ attributes: { form: 'closure-summary', readonly: '' }, data: given });
    const form = page.locator('caf-form');
    await expect.poll(() => form.locator('.govuk-summary-list').count()).toBeGreaterThan(0);
    expect(await form.getByRole('textbox').count()).toBe(0);
    expect(await form.locator('[part="submit"]').count()).toBe(0);
  });

  it('reset() goes back to the starting answers', async () => {
    const page = await pageWithForm({ attributes: { form: 'family-assessment', data: JSON.stringify({ author: { name: 'Jane Practitioner' } }) } });
    const name = page.locator('caf-form').getByRole('textbox', { name: 'Your name' });
    await name.fill('Someone else');
    await expect.poll(() => page.evaluate(() => (document.querySelector('caf-form') as unknown as { data: { author: { name: string } } }).data.author.name)).toBe('Someone else');
    await page.evaluate(() => (document.querySelector('caf-form') as unknown as { reset(): void }).reset());
    await expect.poll(() => name.inputValue()).toBe('Jane Practitioner');
    expect(await page.evaluate(() => (document.querySelector('caf-form') as unknown as { data: unknown }).data)).toEqual({ author: { name: 'Jane Practitioner' } });
  });

  it('submit() refuses invalid answers with caf-invalid and the focused error summary', async () => {
    const page = await pageWithForm({ attributes: { form: 'family-assessment' } });
    const submitted = await page.evaluate(() => (document.querySelector('caf-form') as unknown as { submit(): Promise<boolean> }).submit());
    expect(submitted).toBe(false);
    await expect.poll(() => activeClassName(page)).toContain('govuk-error-summary');
    expect(session!.events('caf-invalid')[0]!.detail).toMatchObject({ reason: 'errors' });
  });

});

describe('<caf-form> in a native <form>', () => {
  const given = { ...scenario('closure-summary', 'outcomes-achieved-all-done.json'), councilReference: 'EH-2026-0042' };

  it('hands back answers the form does not know, in caf-submit and in the native post', async () => {
    const page = await pageWithForm({ attributes: { form: 'closure-summary', name: 'closure' }, data: given, inForm: true });
    expect(await page.locator('caf-form').locator('[part="submit"]').count()).toBe(0);
    const [response] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/submitted')), page.getByRole('button', { name: 'Send' }).click()]);
    const posted = (await response.json()) as { closure: Record<string, unknown> };
    expect(posted.closure).toEqual(given);
    expect(timesPosted(response, 'closure')).toBe(1);
    expect(session!.events('caf-submit')).toHaveLength(1);
    expect(session!.events('caf-submit')[0]!.detail).toMatchObject({ data: given });
  });

  it('with form="…", refuses an invalid submit before the page’s own submit handler runs, and posts nothing', async () => {
    const page = await pageWithForm({ attributes: { form: 'family-assessment', name: 'assessment' }, inForm: true, pageSubmitListener: true });
    const posts: string[] = [];
    page.on('request', (request) => void (request.method() === 'POST' && posts.push(request.url())));
    const url = page.url();
    await page.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => activeClassName(page)).toContain('govuk-error-summary');
    expect(session!.events('caf-invalid')).toHaveLength(1);
    expect(session!.events('caf-invalid')[0]!.detail).toMatchObject({ reason: 'errors' });
    expect(await page.evaluate(() => (window as unknown as { pageHandlerRan: boolean }).pageHandlerRan)).toBe(false);
    expect(posts).toEqual([]);
    expect(page.url()).toBe(url);
    expect(session!.events('caf-submit')).toEqual([]);
  });

  it('with form="…", lets a novalidate form send invalid answers, as the browser would', async () => {
    const page = await pageWithForm({ attributes: { form: 'family-assessment', name: 'assessment' }, inForm: true });
    await page.evaluate(() => (document.querySelector('form')!.noValidate = true));
    const [response] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/submitted')), page.getByRole('button', { name: 'Send' }).click()]);
    expect(timesPosted(response, 'assessment')).toBe(1);
    expect(session!.events('caf-invalid')).toEqual([]);
  });

  it('with form="…", submit() sends the native form', async () => {
    const page = await pageWithForm({ attributes: { form: 'closure-summary', name: 'closure' }, data: given, inForm: true });
    const [response, submitted] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/submitted')),
      page.evaluate(() => (document.querySelector('caf-form') as unknown as { submit(): Promise<boolean> }).submit()),
    ]);
    expect(submitted).toBe(true);
    expect(((await response.json()) as { closure: unknown }).closure).toEqual(given);
    expect(session!.events('caf-submit')).toHaveLength(1);
  });

  it('with form-id, is associated by the browser and posts its answers once', async () => {
    const page = await pageWithForm({ attributes: { 'form-id': 'closure-summary', name: 'closure' }, data: given, inForm: true });
    const listed = await page.evaluate(() => [...document.querySelector('form')!.elements].includes(document.querySelector('caf-form')!));
    expect(listed).toBe(true);
    expect(await page.locator('caf-form').locator('[part="submit"]').count()).toBe(0);
    const [response] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/submitted')), page.getByRole('button', { name: 'Send' }).click()]);
    expect(((await response.json()) as { closure: unknown }).closure).toEqual(given);
    expect(timesPosted(response, 'closure')).toBe(1);
    expect(session!.events('caf-submit')).toHaveLength(1);
  });

  it('follows its form: reset with it, left out once moved away, and never counted twice', async () => {
    const page = await pageWithForm({ attributes: { form: 'family-assessment', name: 'assessment', data: JSON.stringify({ author: { name: 'Jane Practitioner' } }) }, inForm: true });
    const name = page.locator('caf-form').getByRole('textbox', { name: 'Your name' });
    await name.fill('Someone else');
    await page.evaluate(() => document.querySelector('form')!.reset());
    await expect.poll(() => name.inputValue()).toBe('Jane Practitioner');

    // `new FormData(form)` fires the same `formdata` event a submit does.
    const entries = () => page.evaluate(() => new FormData(document.querySelector('form')!).getAll('assessment'));
    const ownButton = () => page.locator('caf-form').locator('[part="submit"]').count();
    expect(await entries()).toEqual([JSON.stringify({ author: { name: 'Jane Practitioner' } })]);
    // Taken out of the page, then put back: only disconnectedCallback, then only connectedCallback, runs.
    await page.evaluate(() => ((window as unknown as { element: Element }).element = document.querySelector('caf-form')!).remove());
    expect(await entries()).toEqual([]);
    await page.evaluate(() => document.querySelector('form')!.prepend((window as unknown as { element: Element }).element));
    expect(await entries()).toHaveLength(1);
    // …with its questions and answers still there.
    await expect.poll(() => name.inputValue()).toBe('Jane Practitioner');
    // Moved out of the form and back.
    await page.evaluate(() => document.getElementById('host')!.append(document.querySelector('caf-form')!));
    expect(await entries()).toEqual([]);
    await expect.poll(ownButton).toBe(1);
    await page.evaluate(() => document.querySelector('form')!.prepend(document.querySelector('caf-form')!));
    expect(await entries()).toHaveLength(1);
    await expect.poll(ownButton).toBe(0);
    // From `form` to its alias: the browser associates it now, and only the browser adds the entry.
    await page.evaluate(() => {
      const element = document.querySelector('caf-form')!;
      element.setAttribute('form-id', 'family-assessment');
      element.removeAttribute('form');
    });
    await expect.poll(entries).toHaveLength(1);
    expect(await page.evaluate(() => [...document.querySelector('form')!.elements].includes(document.querySelector('caf-form')!))).toBe(true);
  });
});
