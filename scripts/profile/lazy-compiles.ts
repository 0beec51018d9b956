/**
 * How much of `<caf-form>`'s first render V8 spends compiling functions on their first call: the
 * lazy compiles (`V8.CompileCode`) on the main thread while the family assessment (BENCH_MEMBERS
 * members, default 6) mounts. Decision 010 marks the element's bundle for compiling as it loads;
 * `PROFILE_DIST=<folder>` traces another build, to compare (e.g. one built without the hint).
 *
 *   npx tsx scripts/profile/lazy-compiles.ts
 */
import { mountCafForm } from '../bench-ui/mount.ts';
import { familyAssessmentData } from '../bench-ui/family-data.ts';
import { benchMembers, openBenchPage } from './bench-page.ts';
import { COMPILE_CATEGORIES, totalsByName, traceMainThread } from './trace.ts';

const { page, close } = await openBenchPage({}, process.env.PROFILE_DIST);
const { result: total, events } = await traceMainThread(page, () => mountCafForm(page, familyAssessmentData(benchMembers())), COMPILE_CATEGORIES);
console.log(`first render ${total.toFixed(0)} ms (traced, so slower than the benchmark)`);
const count = (name: string) => events.filter((event) => event.name === name).length;
for (const [name, ms] of totalsByName(events).filter(([name]) => /^V8\.(Compile|Parse)/.test(name))) {
  console.log(`${ms.toFixed(1).padStart(8)} ms  ${String(count(name)).padStart(5)}×  ${name}`);
}
await close();
