/**
 * Mounting a form in the benchmark's pages (caf.html, peer.html), shared by `npm run bench:ui` and
 * the diagnostics in `scripts/profile/`. The mounting and timing run in the page: bench-page.js.
 */
import type { Page } from 'playwright-core';

export type Implementation = 'caf-form' | 'JSON Forms vanilla';

export interface Definition {
  schema: object;
  uischema: object;
}

interface BenchWindow {
  benchMount(implementation: Implementation, definition: Definition | undefined, data: unknown): Promise<number>;
  benchOnLoad?: { implementation: Implementation; definition: Definition | undefined; data: unknown };
  benchLoaded: Promise<number>;
}

/** Mounts the form in a loaded page; resolves with the milliseconds from mounting to its first complete paint. */
export async function mountForm(page: Page, implementation: Implementation, definition: Definition | undefined, data: unknown): Promise<number> {
  await page.waitForFunction(() => typeof (window as unknown as Partial<BenchWindow>).benchMount === 'function');
  return page.evaluate(
    ({ implementation, definition, data }) => (window as unknown as BenchWindow).benchMount(implementation, definition, data),
    { implementation, definition, data },
  );
}

/** `<caf-form>` with the family assessment, mounted in caf.html. */
export const mountCafForm = (page: Page, data: unknown): Promise<number> => mountForm(page, 'caf-form', undefined, data);

/**
 * Opens `url` with the form mounted as soon as the page's scripts have run; resolves with the
 * milliseconds from navigation to the form's first complete paint.
 */
export async function loadWithForm(page: Page, url: string, implementation: Implementation, definition: Definition | undefined, data: unknown): Promise<number> {
  await page.addInitScript((request) => {
    (window as unknown as BenchWindow).benchOnLoad = request;
  }, { implementation, definition, data });
  await page.goto(url);
  return page.evaluate(() => (window as unknown as BenchWindow).benchLoaded);
}
