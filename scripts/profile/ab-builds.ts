/**
 * Two builds of the element side by side, interleaved in fresh pages of one browser, so that the
 * machine's noise falls on both alike: the A/B behind a change to `<caf-form>`'s speed.
 *
 *   git stash && npx vite build -c packages/elements/vite.config.ts --outDir /tmp/dist-before && git stash pop
 *   PROFILE_BEFORE=/tmp/dist-before npx tsx scripts/profile/ab-builds.ts [render|load|key|click]
 *
 * render (the default): the first render from mounting; load: from navigating, as the benchmark's
 * "page load" row; key and click: keystrokes in the benchmark's notes field and rating clicks beside
 * it, timed as `npm run bench:ui` times them (PROFILE_ACTIONS per page, default 20).
 * "after" is the working tree's build (skipped with PROFILE_NO_BUILD), or the folder PROFILE_AFTER.
 * PROFILE_RUNS pages each (default 15).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { startExampleServer } from '../serve-examples.ts';
import { launchChromium } from '../../test/support/chromium.ts';
import { familyAssessmentData } from '../bench-ui/family-data.ts';
import { armInputTiming, readInputTiming } from '../bench-ui/input-timing.ts';
import { loadWithForm, mountCafForm } from '../bench-ui/mount.ts';
import { median, percentile } from '../bench-ui/statistics.ts';
import { benchMembers, openNotesField } from './bench-page.ts';

type Measure = 'render' | 'load' | 'key' | 'click';
const measure = (process.argv[2] ?? 'render') as Measure;
if (!['render', 'load', 'key', 'click'].includes(measure)) throw new Error(`Measure render, load, key or click, not ${measure}.`);
const before = process.env.PROFILE_BEFORE;
if (!before) throw new Error('Set PROFILE_BEFORE to the folder of the build to compare with (see the header of this file).');
const repository = fileURLToPath(new URL('../..', import.meta.url));
const after = process.env.PROFILE_AFTER ?? join(repository, 'packages/elements/dist');
if (!process.env.PROFILE_NO_BUILD && !process.env.PROFILE_AFTER) await build({ configFile: join(repository, 'packages/elements/vite.config.ts'), logLevel: 'error' });

const benchPages = { prefix: '/', dir: join(repository, 'scripts/bench-ui') };
const servers = {
  before: await startExampleServer({ csp: null, roots: [benchPages, { prefix: '/', dir: before }] }),
  after: await startExampleServer({ csp: null, roots: [benchPages, { prefix: '/', dir: after }] }),
};
type Build = keyof typeof servers;
const browser = await launchChromium();
const members = benchMembers();
const actions = Number(process.env.PROFILE_ACTIONS ?? 20);

/** Milliseconds for each measured thing in one fresh page of `url`. */
async function once(page: Page, url: string): Promise<number[]> {
  if (measure === 'load') return [await loadWithForm(page, url, 'caf-form', undefined, familyAssessmentData(members))];
  await page.goto(url);
  if (measure === 'render') return [await mountCafForm(page, familyAssessmentData(members))];
  const field = await openNotesField(page, members);
  const times: number[] = [];
  for (let i = 0; i < actions; i++) {
    await (measure === 'key' ? armInputTiming(page, 'keydown', 'input') : armInputTiming(page, 'click', 'click'));
    await field.act(measure, i);
    times.push(await readInputTiming(page));
  }
  return times;
}

const times: Record<Build, number[][]> = { before: [], after: [] };
const runs = Number(process.env.PROFILE_RUNS ?? 15);
for (let run = 0; run < runs; run++) {
  // Alternate which goes first, so neither always follows the other.
  const order: Build[] = run % 2 ? ['after', 'before'] : ['before', 'after'];
  for (const build of order) {
    const tab = await browser.newPage();
    times[build].push(await once(tab, servers[build].url + '/caf.html'));
    await tab.close();
  }
}
// The lower quartile as well: the machine's noise only ever adds time, so it shows a change sooner.
console.log(`${measure}, ${members} members, ${runs} pages each:`);
for (const build of ['before', 'after'] as const) {
  const all = times[build].flat();
  const each = times[build].length === all.length ? `: ${all.map(Math.round).join(' ')}` : '';
  console.log(`${build.padEnd(6)} lower quartile ${percentile(all, 25).toFixed(1)} ms, median ${median(all).toFixed(1)} ms, p95 ${percentile(all, 95).toFixed(1)} ms${each}`);
}
const ratios = times.after.map((ms, i) => median(ms) / median(times.before[i]!));
console.log(`after/before, median of the ${runs} pairs of pages: ${median(ratios).toFixed(2)}`);
await browser.close();
await Promise.all(Object.values(servers).map((server) => server.close()));
