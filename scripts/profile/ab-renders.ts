/**
 * First render of two builds of the element, interleaved in fresh pages of one browser, so that the
 * machine's noise falls on both alike: the A/B behind a change to the first render.
 *
 *   git stash && npx vite build -c packages/elements/vite.config.ts --outDir /tmp/dist-before && git stash pop
 *   PROFILE_BEFORE=/tmp/dist-before npx tsx scripts/profile/ab-renders.ts
 *
 * "after" is the working tree's build (skipped with PROFILE_NO_BUILD), or the folder PROFILE_AFTER.
 * PROFILE_RUNS renders each (default 15). PROFILE_PAGE_LOAD=1 times from navigating instead, as the
 * benchmark's "page load" row does.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { startExampleServer } from '../serve-examples.ts';
import { launchChromium } from '../../test/support/chromium.ts';
import { familyAssessmentData } from '../bench-ui/family-data.ts';
import { loadWithForm, mountCafForm } from '../bench-ui/mount.ts';
import { benchMembers } from './bench-page.ts';

const before = process.env.PROFILE_BEFORE;
if (!before) throw new Error('Set PROFILE_BEFORE to the folder of the build to compare with (see the header of this file).');
const repository = fileURLToPath(new URL('../..', import.meta.url));
const after = process.env.PROFILE_AFTER ?? join(repository, 'packages/elements/dist');
if (!process.env.PROFILE_NO_BUILD && !process.env.PROFILE_AFTER) await build({ configFile: join(repository, 'packages/elements/vite.config.ts'), logLevel: 'error' });

const page = { prefix: '/', dir: join(repository, 'scripts/bench-ui') };
const servers = {
  before: await startExampleServer({ csp: null, roots: [page, { prefix: '/', dir: before }] }),
  after: await startExampleServer({ csp: null, roots: [page, { prefix: '/', dir: after }] }),
};
const browser = await launchChromium();
const data = familyAssessmentData(benchMembers());
const times: Record<keyof typeof servers, number[]> = { before: [], after: [] };
const runs = Number(process.env.PROFILE_RUNS ?? 15);
for (let run = 0; run < runs; run++) {
  // Alternate which goes first, so neither always follows the other.
  const order: (keyof typeof servers)[] = run % 2 ? ['after', 'before'] : ['before', 'after'];
  for (const build of order) {
    const tab = await browser.newPage();
    const url = servers[build].url + '/caf.html';
    if (process.env.PROFILE_PAGE_LOAD) times[build].push(await loadWithForm(tab, url, 'caf-form', undefined, data));
    else {
      await tab.goto(url);
      times[build].push(await mountCafForm(tab, data));
    }
    await tab.close();
  }
}
const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * q)]!;
const median = (values: number[]) => quantile(values, 0.5);
// The lower quartile as well: the machine's noise only ever adds time, so it shows a change sooner.
for (const build of ['before', 'after'] as const) {
  const ms = times[build];
  console.log(`${build.padEnd(6)} lower quartile ${quantile(ms, 0.25).toFixed(1)} ms, median ${median(ms).toFixed(1)} ms: ${ms.map(Math.round).join(' ')}`);
}
const ratios = times.after.map((ms, i) => ms / times.before[i]!);
console.log(`after/before, median of the ${runs} pairs: ${median(ratios).toFixed(2)}`);
await browser.close();
await Promise.all(Object.values(servers).map((server) => server.close()));
