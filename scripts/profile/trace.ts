/** A Chromium trace of whatever `work` does in the page: the main thread's complete events. */
import type { Page } from 'playwright-core';

export interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
  ts: number;
  args?: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

const CATEGORIES = 'devtools.timeline,disabled-by-default-devtools.timeline,blink,v8,v8.execute';

/** Add to the categories to see V8 compile each function (`V8.CompileCode`) as it is first called. */
export const COMPILE_CATEGORIES = 'disabled-by-default-v8.compile';

/**
 * Add to the categories to see which code posted each main-thread task (`totalsBySource`): the
 * browser's own work between an input and its frame (autofill, spellcheck) has no other name.
 */
export const TASK_SOURCE_CATEGORIES = 'toplevel';

/** Runs `work` under tracing; resolves with what it returned and the renderer main thread's events that have a duration. */
export async function traceMainThread<T>(page: Page, work: () => Promise<T>, extraCategories?: string): Promise<{ result: T; events: TraceEvent[] }> {
  const client = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  client.on('Tracing.dataCollected', (message) => events.push(...(message.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => client.once('Tracing.tracingComplete', () => resolve()));
  await client.send('Tracing.start', { categories: extraCategories ? `${CATEGORIES},${extraCategories}` : CATEGORIES, transferMode: 'ReportEvents' });
  const result = await work();
  await client.send('Tracing.end');
  await done;
  const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  return { result, events: events.filter((event) => main && event.tid === main.tid && event.pid === main.pid && event.ph === 'X' && event.dur) };
}

/** Milliseconds per key, summed, largest first; events `keyOf` gives no key are left out. */
function totalsBy(events: readonly TraceEvent[], keyOf: (event: TraceEvent) => string | undefined): [string, number][] {
  const totals = new Map<string, number>();
  for (const event of events) {
    const key = keyOf(event);
    if (key !== undefined) totals.set(key, (totals.get(key) ?? 0) + event.dur! / 1000);
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}

/** Milliseconds per event name, summed (nested events overlap). */
export const totalsByName = (events: readonly TraceEvent[]): [string, number][] => totalsBy(events, (event) => event.name);

/** Milliseconds per task source (`file:function` that posted the task), with TASK_SOURCE_CATEGORIES traced. */
export const totalsBySource = (events: readonly TraceEvent[]): [string, number][] =>
  totalsBy(events, (event) =>
    event.name === 'ThreadControllerImpl::RunTask' && event.args?.src_file ? `${String(event.args.src_file)}:${String(event.args.src_func)}` : undefined,
  );
