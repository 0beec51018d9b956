/**
 * JavaScript hot spots in `<caf-form>`'s first render: a V8 CPU profile of mounting the family
 * assessment (BENCH_MEMBERS members, default 6), self time per function. A diagnostic.
 *
 *   npx tsx scripts/profile/first-render-cpu.ts
 */
import { mountCafForm } from '../bench-ui/mount.ts';
import { familyAssessmentData } from '../bench-ui/family-data.ts';
import { benchMembers, openBenchPage } from './bench-page.ts';

const members = benchMembers();
const { page, close } = await openBenchPage({ minify: false });
const client = await page.context().newCDPSession(page);
await client.send('Profiler.enable');
await client.send('Profiler.setSamplingInterval', { interval: 100 });
await client.send('Profiler.start');
await mountCafForm(page, familyAssessmentData(members));
// Work the form defers until after its first paint (rules, say) is part of the profile too.
await page.waitForTimeout(200);
const { profile } = (await client.send('Profiler.stop')) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[]; samples: number[]; timeDeltas: number[] } };
const self = new Map<number, number>();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
const byFunction = new Map<string, number>();
const byFile = new Map<string, number>();
for (const node of profile.nodes) {
  const ms = self.get(node.id) ?? 0;
  const file = node.callFrame.url.split('/').pop() || node.callFrame.functionName;
  const key = `${node.callFrame.functionName || '(anonymous)'} ${file}:${node.callFrame.lineNumber + 1}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
  byFile.set(file, (byFile.get(file) ?? 0) + ms);
}
for (const [key, ms] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`${ms.toFixed(1).padStart(8)}  ${key}`);
console.log('---');
for (const [key, ms] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.PROFILE_TOP ?? 40))) console.log(`${ms.toFixed(1).padStart(8)}  ${key}`);
// Inclusive time of the functions named in PROFILE_FUNCTIONS (comma-separated), outermost call only.
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const nodeById = new Map(profile.nodes.map((node) => [node.id, node]));
for (const name of (process.env.PROFILE_FUNCTIONS ?? 'validate,evaluate,render,CafForm,createRuleEvaluator,Almanac,toValidationErrors').split(',')) {
  let ms = 0;
  for (const node of profile.nodes) {
    const own = self.get(node.id) ?? 0;
    if (!own) continue;
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      if (nodeById.get(id)!.callFrame.functionName === name) { ms += own; break; }
    }
  }
  console.log(`inclusive ${name}: ${ms.toFixed(1)} ms`);
}
await close();
