/** First-render times of `<caf-form>` in fresh pages, one per line (as `npm run bench:ui` takes its median). */
import { mountCafForm } from '../bench-ui/mount.ts';
import { familyAssessmentData } from '../bench-ui/family-data.ts';
import { benchMembers, openBenchPage } from './bench-page.ts';

const { page: first, browser, close } = await openBenchPage();
const url = first.url();
await first.close();
const times: number[] = [];
for (let run = 0; run < Number(process.env.PROFILE_RUNS ?? 7); run++) {
  const page = await browser.newPage();
  await page.goto(url);
  times.push(Math.round(await mountCafForm(page, familyAssessmentData(benchMembers()))));
  await page.close();
}
console.log(`first render, ms: ${times.join(' ')}`);
await close();
