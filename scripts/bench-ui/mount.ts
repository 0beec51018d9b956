/**
 * Mounting `<caf-form>` with the family assessment in the benchmark page, shared by
 * `npm run bench:ui` and the diagnostics in `scripts/profile/`.
 */
import type { Page } from 'playwright-core';

/** Mounts the form and resolves with the milliseconds from creating the element to its first complete paint. */
export async function mountCafForm(page: Page, data: unknown): Promise<number> {
  await page.waitForFunction(() => customElements.get('caf-form') !== undefined);
  return page.evaluate(
    (data) =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        const element = document.createElement('caf-form');
        element.setAttribute('form', 'family-assessment');
        element.setAttribute('today', '2026-03-02');
        (element as unknown as { data: unknown }).data = data;
        element.addEventListener('caf-load', () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start))));
        document.getElementById('host')!.append(element);
      }),
    data,
  );
}
