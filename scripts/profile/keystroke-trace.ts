/**
 * Where a keystroke's time goes in `<caf-form>`: records a Chromium trace while typing into the
 * benchmark's notes field (family assessment, BENCH_MEMBERS members, default 6) and prints the
 * main thread's time per kind of work. A diagnostic for `npm run bench:ui`, not a benchmark.
 *
 *   npx tsx scripts/profile/keystroke-trace.ts [key|click]      (PROFILE_CPU=1: JavaScript profile instead)
 */
import { mountCafForm } from '../bench-ui/mount.ts';
import { familyAssessmentData } from '../bench-ui/family-data.ts';
import { benchMembers, openBenchPage } from './bench-page.ts';
import { printCpuProfile } from './cpu-profile.ts';

const members = benchMembers();
const mode = process.argv[2] ?? 'key';
const { page, close } = await openBenchPage(process.env.PROFILE_CPU ? { minify: false } : {});
await mountCafForm(page, familyAssessmentData(members));
await page.locator('caf-form').getByRole('link', { name: 'Children’s needs' }).click();
const child = Math.ceil(Math.floor(members - members / 2) / 2);
const needs = `Needs around identity (child ${child}): to be discussed with the family and school.`;
const handle = await page.waitForFunction((needs) => {
  const fields = document.querySelector('caf-form')!.shadowRoot!.querySelectorAll('textarea');
  return [...fields].find((field) => field.value === needs);
}, needs);
const notes = handle.asElement()!;
await notes.click();
await page.keyboard.press('End');
const radios = await notes.evaluateHandle((field) => [...field.closest('fieldset')!.querySelectorAll('input[type=radio]')].filter((r) => (r as HTMLInputElement).value !== 'red'));
// PROFILE_CSS tries a style change without rebuilding: it is adopted into the element's shadow root.
if (process.env.PROFILE_CSS) {
  await page.evaluate((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    const root = document.querySelector('caf-form')!.shadowRoot!;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }, process.env.PROFILE_CSS);
}
await page.waitForTimeout(500);

const N = 30;
async function act(): Promise<void> {
  for (let i = 0; i < N; i++) {
    if (mode === 'key') await page.keyboard.press('a');
    else await (await radios.evaluateHandle((list, i) => list.find((r) => (r as HTMLInputElement).value === (i % 2 ? 'amber' : 'green'))!, i)).asElement()!.click();
    await page.waitForTimeout(60);
  }
}

// PROFILE_CPU=1: JavaScript self time per function instead of the trace.
if (process.env.PROFILE_CPU) {
  await printCpuProfile(page, act, { per: N, functions: (process.env.PROFILE_FUNCTIONS ?? '').split(',').filter(Boolean) });
  await close();
  process.exit(0);
}

const client = await page.context().newCDPSession(page);
const events: { name: string; ph: string; dur?: number; tid: number; pid: number; ts: number; args?: Record<string, unknown> }[] = [];
client.on('Tracing.dataCollected', (message) => events.push(...(message.value as unknown as typeof events)));
const done = new Promise<void>((resolve) => client.once('Tracing.tracingComplete', () => resolve()));
await client.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink,v8.execute', transferMode: 'ReportEvents' });
await act();
await client.send('Tracing.end');
await done;
const main = events.find((e) => e.name === 'thread_name' && (e.args as { name?: string })?.name === 'CrRendererMain');
const totals = new Map<string, number>();
for (const event of events) {
  if (!main || event.tid !== main.tid || event.pid !== main.pid || event.ph !== 'X' || !event.dur) continue;
  totals.set(event.name, (totals.get(event.name) ?? 0) + event.dur / 1000);
}
const top = [...totals].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.PROFILE_TOP ?? 25));
console.log(`${mode}, ${members} members: main-thread ms per action (inclusive, nested events overlap)`);
for (const [name, ms] of top) console.log(`${(ms / N).toFixed(2).padStart(8)}  ${name}`);
const onMain = (name: string) => events.filter((e) => main && e.tid === main.tid && e.name === name);
// PROFILE_TREE=1: the nesting of one action's events (what a forced layout is nested in).
if (process.env.PROFILE_TREE && main) {
  const mine = events.filter((e) => e.tid === main.tid && e.pid === main.pid && e.ph === 'X' && (e.dur ?? 0) > Number(process.env.PROFILE_TREE_MIN_US ?? 200)).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const middle = mine.filter((e) => e.name === 'EventDispatch')[Math.floor(N / 2)];
  const stack: { end: number }[] = [];
  for (const e of mine) {
    if (!middle || e.ts < middle.ts - 20_000 || e.ts > middle.ts + 60_000) continue;
    while (stack.length > 0 && stack[stack.length - 1]!.end <= e.ts) stack.pop();
    if (stack.length < Number(process.env.PROFILE_TREE_DEPTH ?? 9)) console.log(`${'  '.repeat(stack.length)}${e.name} ${((e.dur ?? 0) / 1000).toFixed(2)} ${JSON.stringify(e.args ?? {}).slice(0, 120)}`);
    stack.push({ end: e.ts + (e.dur ?? 0) });
  }
}
for (const name of ['UpdateLayoutTree', 'Layout', 'HitTest', 'Paint', 'FunctionCall', 'FireIdleCallback']) {
  const list = onMain(name).filter((e) => e.ph === 'X');
  console.log(`${name}: ${(list.length / N).toFixed(1)} per action, ${(list.reduce((a, e) => a + (e.dur ?? 0), 0) / 1000 / N).toFixed(2)} ms per action`);
}
await close();
