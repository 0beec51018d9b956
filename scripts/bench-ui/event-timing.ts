/**
 * The browser's own record of input-to-paint (Event Timing, what Core Web Vitals' INP is built
 * on), beside the benchmark's harness measure. Each interaction (a keystroke: keydown, keypress,
 * keyup; a click: pointerdown, pointerup, click) counts as its longest event, from the input's
 * hardware timestamp to the next paint after its handlers. The browser reports durations in 8 ms
 * steps and only from 16 ms: an interaction it does not report was painted in under 16 ms.
 */
import type { Page } from 'playwright-core';

/** Starts recording in the page. */
export function recordInteractions(page: Page): Promise<void> {
  return page.evaluate(() => {
    const durations = new Map<number, number>();
    (window as unknown as { benchInteractions: Map<number, number> }).benchInteractions = durations;
    new PerformanceObserver((list) => {
      // `interactionId` is newer than TypeScript's DOM types.
      for (const entry of list.getEntries() as (PerformanceEventTiming & { interactionId: number })[]) {
        if (entry.interactionId > 0) durations.set(entry.interactionId, Math.max(durations.get(entry.interactionId) ?? 0, entry.duration));
      }
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
  });
}

/** Durations of the `expected` interactions since recording began, those under 16 ms as 0. */
export async function interactionDurations(page: Page, expected: number): Promise<number[]> {
  // Entries arrive after the paint they measure.
  await page.waitForTimeout(200);
  const reported = await page.evaluate(() => [...(window as unknown as { benchInteractions: Map<number, number> }).benchInteractions.values()]);
  return [...reported, ...Array<number>(Math.max(0, expected - reported.length)).fill(0)];
}
