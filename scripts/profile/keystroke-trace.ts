/**
 * Where a keystroke's time goes in `<caf-form>`: records a Chromium trace while typing into the
 * benchmark's notes field (family assessment, BENCH_MEMBERS members, default 6) and prints the
 * main thread's time per kind of work, then per task source (the code that posted the task: the
 * browser's own work, such as autofill reading the form after each keystroke, shows up only there).
 * A diagnostic for `npm run bench:ui`, not a benchmark.
 *
 *   npx tsx scripts/profile/keystroke-trace.ts [key|click]      (PROFILE_CPU=1: JavaScript profile instead)
 */
import { adoptProfileCss, benchMembers, openBenchPage, openNotesField } from './bench-page.ts';
import { printCpuProfile } from './cpu-profile.ts';
import { TASK_SOURCE_CATEGORIES, totalsByName, totalsBySource, traceMainThread } from './trace.ts';

const members = benchMembers();
const mode = process.argv[2] === 'click' ? 'click' : 'key';
const { page, close } = await openBenchPage(process.env.PROFILE_CPU ? { minify: false } : {});
const field = await openNotesField(page, members);
await adoptProfileCss(page);
await page.waitForTimeout(500);

const N = 30;
async function act(): Promise<void> {
  for (let i = 0; i < N; i++) {
    await field.act(mode, i);
    await page.waitForTimeout(60);
  }
}

// PROFILE_CPU=1: JavaScript self time per function instead of the trace.
if (process.env.PROFILE_CPU) {
  await printCpuProfile(page, act, { per: N, functions: (process.env.PROFILE_FUNCTIONS ?? '').split(',').filter(Boolean) });
  await close();
  process.exit(0);
}

const { events } = await traceMainThread(page, act, TASK_SOURCE_CATEGORIES);
console.log(`${mode}, ${members} members: main-thread ms per action (inclusive, nested events overlap)`);
for (const [name, ms] of totalsByName(events).slice(0, Number(process.env.PROFILE_TOP ?? 25))) console.log(`${(ms / N).toFixed(2).padStart(8)}  ${name}`);
console.log('\nmain-thread ms per action, by the code that posted the task:');
for (const [source, ms] of totalsBySource(events).slice(0, 8)) console.log(`${(ms / N).toFixed(2).padStart(8)}  ${source}`);
const onMain = (name: string) => events.filter((e) => e.name === name);
// PROFILE_TREE=1: the nesting of one action's events (what a forced layout is nested in).
if (process.env.PROFILE_TREE) {
  const mine = events.filter((e) => e.dur! > Number(process.env.PROFILE_TREE_MIN_US ?? 200)).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
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
  const list = onMain(name);
  console.log(`${name}: ${(list.length / N).toFixed(1)} per action, ${(list.reduce((a, e) => a + (e.dur ?? 0), 0) / 1000 / N).toFixed(2)} ms per action`);
}
await close();
