/**
 * What every e2e test needs: a page in the shared Chromium that records CSP violations and
 * `<caf-form>` events, and axe-core run inside it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { connectChromium } from '../support/chromium.ts';

export interface RecordedEvent {
  type: string;
  detail: unknown;
}

export interface TestPage {
  page: Page;
  context: BrowserContext;
  /** CSP violations: `securitypolicyviolation` events and console CSP errors. */
  violations: string[];
  /** `<caf-form>` events so far (kept across navigations), detail copied as JSON when dispatched. */
  events(type?: string): RecordedEvent[];
  close(): Promise<void>;
}

const CAF_EVENTS = ['caf-change', 'caf-submit', 'caf-invalid', 'caf-load', 'caf-load-error'];

let browser: Promise<Browser> | undefined;

export function sharedBrowser(): Promise<Browser> {
  browser ??= connectChromium(inject('chromiumEndpoint'));
  return browser;
}

export function exampleUrl(path: string): string {
  return `${inject('exampleUrl')}${path}`;
}

export async function openPage(path: string): Promise<TestPage> {
  const context = await (await sharedBrowser()).newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const violations: string[] = [];
  const recorded: RecordedEvent[] = [];
  await page.exposeFunction('__cafReportViolation', (text: string) => violations.push(text));
  await page.exposeFunction('__cafRecordEvent', (type: string, detail: string) => recorded.push({ type, detail: JSON.parse(detail) as unknown }));
  page.on('console', (message) => {
    if (/Content[ -]Security[ -]Policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  // Init scripts run before the page's own, through DevTools: the page's CSP does not apply to them.
  await page.addInitScript((types: string[]) => {
    const win = window as unknown as { __cafRecordEvent(type: string, detail: string): void; __cafReportViolation(text: string): void };
    document.addEventListener('securitypolicyviolation', (event) =>
      win.__cafReportViolation(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`),
    );
    for (const type of types) {
      document.addEventListener(type, (event) =>
        win.__cafRecordEvent(type, JSON.stringify((event as CustomEvent).detail ?? null)),
      );
    }
  }, CAF_EVENTS);
  await page.goto(exampleUrl(path));
  return {
    page,
    context,
    violations,
    events: (type) => recorded.filter((event) => !type || event.type === type),
    close: () => context.close(),
  };
}

/** Waits until the `<caf-form>` (the first, or the one matching `selector`) has rendered its form. */
export async function formLoaded(page: Page, selector = 'caf-form'): Promise<void> {
  await page.waitForFunction((sel) => {
    const root = document.querySelector(sel)?.shadowRoot;
    return (root?.querySelector('.caf-form__questions')?.childElementCount ?? 0) > 0 || root?.querySelector('[part="load-error"]');
  }, selector);
}

/** Replaces what is in the blank test page's `#host` with a `<caf-form>` showing `formId` with `data`, and waits for it. */
export async function showForm(page: Page, formId: string, data: unknown): Promise<void> {
  await page.waitForFunction(() => customElements.get('caf-form') !== undefined);
  await page.evaluate(
    ({ formId, data }) => {
      document.getElementById('host')!.replaceChildren();
      const element = document.createElement('caf-form');
      element.setAttribute('form', formId);
      element.setAttribute('today', '2026-03-02');
      if (data !== undefined) (element as unknown as { data: unknown }).data = data;
      document.getElementById('host')!.append(element);
    },
    { formId, data },
  );
  await formLoaded(page);
  const problem = await page.locator('caf-form').locator('[part="load-error"]').count();
  expect(problem, `${formId} did not load: is it a form in forms/ (the e2e setup builds them all)?`).toBe(0);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * axe-core with the WCAG 2.0/2.1/2.2 A and AA rules. Evaluated through DevTools rather than a
 * `<script>` tag, which the page's CSP would (rightly) refuse.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
}

export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('\n')}`)
    .join('\n');
}
