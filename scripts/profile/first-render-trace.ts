/**
 * Where `<caf-form>`'s first render goes: traces mounting the family assessment (BENCH_MEMBERS
 * members, default 6) in the benchmark page and prints main-thread time per kind of work and per
 * script. A diagnostic for `npm run bench:ui`, not a benchmark.
 *
 *   npx tsx scripts/profile/first-render-trace.ts
 */
import { mountCafForm } from '../bench-ui/mount.ts';
import { familyAssessmentData } from '../bench-ui/family-data.ts';
import { benchMembers, openBenchPage } from './bench-page.ts';
import { totalsByName, traceMainThread } from './trace.ts';

const members = benchMembers();
const { page, close } = await openBenchPage();
const { result: total, events: onMain } = await traceMainThread(page, () => mountCafForm(page, familyAssessmentData(members)));
console.log(`first render ${total.toFixed(0)} ms (traced, so slower than the benchmark)`);
for (const [name, ms] of totalsByName(onMain).slice(0, Number(process.env.PROFILE_TOP ?? 30))) console.log(`${ms.toFixed(1).padStart(8)}  ${name}`);
// PROFILE_TIMELINE=1: each task of the main thread in order, with its biggest parts.
if (process.env.PROFILE_TIMELINE) {
  const sorted = [...onMain].sort((a, b) => a.ts - b.ts);
  const tasks = sorted.filter((e) => e.name === 'RunTask' && e.dur! > 500);
  const t0 = tasks[0]?.ts ?? 0;
  for (const task of tasks) {
    const inside = sorted.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur! && e.dur! > 1000 && e.name !== 'RunTask');
    const parts = inside
      .filter((e) => !inside.some((outer) => outer !== e && outer.ts <= e.ts && outer.ts + outer.dur! >= e.ts + e.dur! && outer.dur! > e.dur!))
      .map((e) => `${e.name} ${(e.dur! / 1000).toFixed(1)}${e.args?.data?.url ? ' ' + String(e.args.data.url).split('/').pop() : ''}${e.args?.data?.functionName ? ' ' + e.args.data.functionName : ''}`);
    console.log(`+${((task.ts - t0) / 1000).toFixed(0).padStart(5)} ms  task ${(task.dur! / 1000).toFixed(1).padStart(6)} ms: ${parts.slice(0, 6).join('; ')}`);
  }
}
for (const e of onMain.filter((e) => /Compile|Parse/.test(e.name) && e.dur! > 2000)) console.log('compile', e.name, (e.dur! / 1000).toFixed(1), JSON.stringify(e.args).slice(0, 160));
await close();
