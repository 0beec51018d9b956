/**
 * JavaScript hot spots in `<caf-form>`'s first render: a V8 CPU profile of mounting the family
 * assessment (BENCH_MEMBERS members, default 6), self time per function. A diagnostic.
 *
 *   npx tsx scripts/profile/first-render-cpu.ts
 */
import { mountCafForm } from '../bench-ui/mount.ts';
import { familyAssessmentData } from '../bench-ui/family-data.ts';
import { benchMembers, openBenchPage } from './bench-page.ts';
import { printCpuProfile } from './cpu-profile.ts';

const members = benchMembers();
const { page, close } = await openBenchPage({ minify: false });
await printCpuProfile(
  page,
  async () => {
    await mountCafForm(page, familyAssessmentData(members));
    // Work the form defers until after its first paint (rules, say) is part of the profile too.
    await page.waitForTimeout(Number(process.env.PROFILE_AFTER_MS ?? 200));
  },
  { functions: (process.env.PROFILE_FUNCTIONS ?? 'validate,evaluate,render,CafForm,createRuleEvaluator').split(',') },
);
await close();
