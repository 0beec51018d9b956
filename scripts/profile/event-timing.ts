/**
 * Event Timing (the browser's own input-to-paint record, as INP uses) for keystrokes or rating
 * clicks in the benchmark's children section: per event, the wait before handlers ran, the
 * handlers, and the rest until the next paint. A diagnostic for `npm run bench:ui`.
 *
 *   npx tsx scripts/profile/event-timing.ts [key|click]
 */
import { median } from '../bench-ui/statistics.ts';
import { benchMembers, openBenchPage, openNotesField } from './bench-page.ts';

const mode = process.argv[2] === 'click' ? 'click' : 'key';
const { page, close } = await openBenchPage();
const field = await openNotesField(page, benchMembers());
await page.evaluate(() => {
  const store: unknown[] = [];
  (window as unknown as { eventTimings: unknown[] }).eventTimings = store;
  new PerformanceObserver((list) => store.push(...list.getEntries().map((entry) => entry.toJSON()))).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
});
for (let i = 0; i < 30; i++) {
  await field.act(mode, i);
  await page.waitForTimeout(100);
}
await page.waitForTimeout(300);
const entries = (await page.evaluate(() => (window as unknown as { eventTimings: PerformanceEventTiming[] }).eventTimings)) as {
  name: string;
  startTime: number;
  duration: number;
  processingStart: number;
  processingEnd: number;
}[];
const summary = new Map<string, number[][]>();
for (const entry of entries) {
  const parts = [entry.duration, entry.processingStart - entry.startTime, entry.processingEnd - entry.processingStart, entry.startTime + entry.duration - entry.processingEnd];
  summary.set(entry.name, [...(summary.get(entry.name) ?? []), parts]);
}
console.log('event (count over 16 ms of 30): median duration / wait / handlers / to paint, ms (durations are in 8 ms steps)');
for (const [name, rows] of summary) {
  const column = (i: number) => median(rows.map((row) => row[i]!)).toFixed(1);
  console.log(`${name.padEnd(12)} ${String(rows.length).padStart(3)}  ${column(0)} / ${column(1)} / ${column(2)} / ${column(3)}`);
}
await close();
