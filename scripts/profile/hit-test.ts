/**
 * What one hit test costs in the family assessment's children's section (BENCH_MEMBERS members,
 * default 6): the browser hit-tests the page on every mouse move, press and release, and after each
 * layout change, so on a long form this is part of every click. A diagnostic for `npm run bench:ui`.
 *
 *   npx tsx scripts/profile/hit-test.ts          (PROFILE_CSS='…' adopts extra CSS first, to compare)
 */
import { median } from '../bench-ui/statistics.ts';
import { adoptProfileCss, benchMembers, openBenchPage, openNotesField } from './bench-page.ts';

const { page, close } = await openBenchPage();
await openNotesField(page, benchMembers());
await adoptProfileCss(page);
const ROUNDS = 7;
const HITS = 200;
const result = await page.evaluate(
  async ({ rounds, hits }) => {
    const root = document.querySelector('caf-form')!.shadowRoot!;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    const perHit: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const start = performance.now();
      // Points a little apart, so that Chromium's cache of the last hit test never answers.
      for (let i = 0; i < hits; i++) document.elementFromPoint(300 + (i % 7) * 0.5, 300 + (i % 5) * 0.5);
      perHit.push(((performance.now() - start) / hits) * 1000);
    }
    const positioned = [...root.querySelectorAll('*')].filter((element) => getComputedStyle(element).position !== 'static').length;
    return { perHit, elements: root.querySelectorAll('*').length, positioned };
  },
  { rounds: ROUNDS, hits: HITS },
);
console.log(`${benchMembers()} members, children's section: ${median(result.perHit).toFixed(0)} µs per hit test (median of ${ROUNDS} rounds of ${HITS}); ${result.elements} elements, ${result.positioned} of them positioned`);
await close();
