/**
 * Event Timing (the browser's own input-to-paint record, as INP uses) for keystrokes or rating
 * clicks in the benchmark's children section: per event, the wait before handlers ran, the
 * handlers, and the rest until the next paint. A diagnostic for `npm run bench:ui`.
 *
 *   npx tsx scripts/profile/event-timing.ts [key|click]
 */
import { mountCafForm } from '../bench-ui/mount.ts';
import { familyAssessmentData } from '../bench-ui/family-data.ts';
import { benchMembers, openBenchPage } from './bench-page.ts';

const mode = process.argv[2] ?? 'key';
const members = benchMembers();
const { page, close } = await openBenchPage();
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
await page.evaluate(() => {
  const store: unknown[] = [];
  (window as unknown as { eventTimings: unknown[] }).eventTimings = store;
  new PerformanceObserver((list) => store.push(...list.getEntries().map((entry) => entry.toJSON()))).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
});
for (let i = 0; i < 30; i++) {
  if (mode === 'key') await page.keyboard.press('a');
  else await (await radios.evaluateHandle((list, i) => list.find((radio) => radio.value === (i % 2 ? 'amber' : 'green'))!, i)).asElement()!.click();
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
  const median = (i: number) => [...rows.map((row) => row[i]!)].sort((a, b) => a - b)[Math.floor(rows.length / 2)]!.toFixed(1);
  console.log(`${name.padEnd(12)} ${String(rows.length).padStart(3)}  ${median(0)} / ${median(1)} / ${median(2)} / ${median(3)}`);
}
await close();
