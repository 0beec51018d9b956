/**
 * The benchmark page with `<caf-form>` mounted, for the diagnostics in this folder: builds the
 * embeddable bundle (unless PROFILE_NO_BUILD is set), serves it on 127.0.0.1 and starts Chromium.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build, type InlineConfig } from 'vite';
import { EXAMPLE_ROOTS, startExampleServer } from '../serve-examples.ts';
import { launchChromium } from '../../test/support/chromium.ts';
import { familyAssessmentData } from '../bench-ui/family-data.ts';
import { mountCafForm } from '../bench-ui/mount.ts';

const repository = fileURLToPath(new URL('../..', import.meta.url));

export interface BenchPage {
  page: Page;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * `buildOptions` adjusts the Vite build (`{ minify: false }` gives readable profiles); `dist`, a
 * folder holding another build of the element, serves that one instead of building.
 */
export async function openBenchPage(buildOptions: InlineConfig['build'] = {}, dist?: string): Promise<BenchPage> {
  if (!process.env.PROFILE_NO_BUILD && !dist) await build({ configFile: join(repository, 'packages/elements/vite.config.ts'), logLevel: 'error', build: buildOptions });
  const element = dist ? [{ prefix: '/', dir: dist }] : EXAMPLE_ROOTS;
  const server = await startExampleServer({ csp: null, roots: [{ prefix: '/', dir: join(repository, 'scripts/bench-ui') }, ...element] });
  const browser = await launchChromium();
  const page = await browser.newPage();
  await page.goto(server.url + '/caf.html');
  await page.waitForFunction(() => customElements.get('caf-form') !== undefined);
  return {
    page,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export const benchMembers = (): number => Number(process.env.BENCH_MEMBERS ?? 6);

export interface NotesField {
  /** Types one key into the benchmark's notes field, or (`click`) chooses the other rating beside it. */
  act(mode: 'key' | 'click', index: number): Promise<void>;
}

/**
 * Mounts the family assessment, opens the children's section and puts the caret at the end of the
 * notes field `npm run bench:ui` types into (the middle child's "identity" needs).
 */
export async function openNotesField(page: Page, members: number): Promise<NotesField> {
  await mountCafForm(page, familyAssessmentData(members));
  await page.locator('caf-form').getByRole('link', { name: 'Children’s needs' }).click();
  const child = Math.ceil(Math.floor(members - members / 2) / 2);
  const needs = `Needs around identity (child ${child}): to be discussed with the family and school.`;
  const notes = (
    await page.waitForFunction((needs) => [...document.querySelector('caf-form')!.shadowRoot!.querySelectorAll('textarea')].find((field) => field.value === needs), needs)
  ).asElement()!;
  await notes.click();
  await page.keyboard.press('End');
  const radios = await notes.evaluateHandle((field) => [...field.closest('fieldset')!.querySelectorAll<HTMLInputElement>('input[type=radio]')].filter((radio) => radio.value !== 'red'));
  return {
    async act(mode, index) {
      if (mode === 'key') await page.keyboard.press('a');
      else await (await radios.evaluateHandle((list, index) => list.find((radio) => radio.value === (index % 2 ? 'amber' : 'green'))!, index)).asElement()!.click();
    },
  };
}

/**
 * PROFILE_CSS, when set, tries a style change without rebuilding: it is adopted into the element's
 * shadow root after the element's own styles.
 */
export async function adoptProfileCss(page: Page): Promise<void> {
  const css = process.env.PROFILE_CSS;
  if (!css) return;
  await page.evaluate((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    const root = document.querySelector('caf-form')!.shadowRoot!;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }, css);
}
