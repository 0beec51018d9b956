/**
 * Input-to-paint as `npm run bench:ui` measures it in the page, one keystroke or click at a time:
 * from the first event's timestamp (a key's `keydown`) to the first task after the next frame once
 * the last event (its `input`) has been handled. What a person waits for.
 *
 * Tried and dropped: leaving out the wait for the display's next frame, to show whether an
 * interaction's own work fits in one frame. Chromium renders right after input, before a message
 * posted from the last event arrives, so there was no idle wait to leave out; on the 2-core
 * development machine even a bare textarea takes 4–12 ms from the frame's start to the task after it.
 */
import type { Page } from 'playwright-core';

interface TimingWindow {
  benchInput: Promise<number>;
}

/** Listens, once, for the next interaction that starts with `first` and ends with `last` (which may be the same event). */
export function armInputTiming(page: Page, first: string, last: string): Promise<void> {
  return page.evaluate(
    ({ first, last }) => {
      (window as unknown as TimingWindow).benchInput = new Promise((resolve) => {
        let started = 0;
        addEventListener(first, (event) => (started = event.timeStamp), { capture: true, once: true });
        addEventListener(last, () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started))), { capture: true, once: true });
      });
    },
    { first, last },
  );
}

/** Milliseconds from the armed interaction to its paint; fails rather than waits for ever when its events never came. */
export function readInputTiming(page: Page): Promise<number> {
  return page.evaluate(() =>
    Promise.race([
      (window as unknown as TimingWindow).benchInput,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the interaction being timed sent no events within 10 s')), 10_000)),
    ]),
  );
}

/** Presses `count` keys in the focused field, one at a time, each timed. */
export async function timedKeystrokes(page: Page, count: number, key: (index: number) => string): Promise<number[]> {
  const timings: number[] = [];
  for (let i = 0; i < count; i++) {
    await armInputTiming(page, 'keydown', 'input');
    await page.keyboard.press(key(i));
    timings.push(await readInputTiming(page));
  }
  return timings;
}
