/**
 * `npm run bench:ui`: how fast `<caf-form>` is for a practitioner, beside plain @jsonforms/react with
 * its vanilla renderers (React 19, JSON Forms' own ajv) on the same schema, UI schema and data, in
 * the same headless Chromium, for the CAF family assessment with 2, 6 and 12 family members.
 *
 * Measured: gzipped JavaScript the page downloads (bundle and the form's module), time from mounting
 * to the first complete paint (in a page whose scripts have loaded: the peer's schema is in memory,
 * and caf.html preloads the form's module as the element's README suggests; once more with the form
 * fetched only when the element asks for it, caf-on-demand.html), time from navigating to a page
 * that mounts the form at once to that paint (downloading and compiling the scripts included: what
 * a practitioner opening the page waits for), and input-to-paint latency (scripts/bench-ui/input-timing.ts)
 * for keystrokes in a notes field and for choosing a rating in
 * the middle of the children's section, and the same interactions as the browser's Event Timing
 * records them (scripts/bench-ui/event-timing.ts). Two floors frame those latencies: a bare
 * textarea, and a textarea among as many text fields as the form's section shows (Chromium's
 * autofill reads them all after each keystroke). A benchmark, not a test: it prints figures and
 * targets. `scripts/profile/` says where the time goes.
 */
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { EXAMPLE_ROOTS, startExampleServer } from './serve-examples.ts';
import { familyAssessmentData } from './bench-ui/family-data.ts';
import { loadWithForm, mountForm, type Definition, type Implementation } from './bench-ui/mount.ts';
import { interactionDurations, recordInteractions } from './bench-ui/event-timing.ts';
import { armInputTiming, readInputTiming, timedKeystrokes } from './bench-ui/input-timing.ts';
import { median, percentile } from './bench-ui/statistics.ts';
import { launchChromium } from '../test/support/chromium.ts';

const repository = fileURLToPath(new URL('..', import.meta.url));
// `BENCH_MEMBERS=6 npm run bench:ui` measures one size.
const SIZES = process.env.BENCH_MEMBERS ? process.env.BENCH_MEMBERS.split(',').map(Number) : [2, 6, 12];
const RENDERS = 11;
const KEYSTROKES = 40;
const CLICKS = 30;

const IMPLEMENTATIONS: Implementation[] = ['caf-form', 'JSON Forms vanilla'];

interface Figures {
  gzipKb: number;
  firstRenderMs: number;
  /** `<caf-form>` only: the first render when the page has not preloaded the form. */
  onDemandRenderMs?: number;
  pageLoadMs: number;
  key: number[];
  click: number[];
  /** Event Timing durations of the same keystrokes and clicks (0: under 16 ms). */
  keyInteractions: number[];
  clickInteractions: number[];
  /** Text fields in the page while typing: what Chromium's autofill reads after every keystroke. */
  textFields: number;
}

/** Every script the page fetched, gzipped as a server would send it: resolves to the total KB. */
function trackScripts(page: Page): () => Promise<number> {
  const sizes: Promise<number>[] = [];
  page.on('response', (response) => {
    if (!/\.m?js$/.test(new URL(response.url()).pathname)) return;
    sizes.push(response.body().then((body) => gzipSync(body, { level: 9 }).length, () => 0));
  });
  return async () => (await Promise.all(sizes)).reduce((a, b) => a + b, 0) / 1024;
}

/** Opens the children's section and marks the notes field and the rating the benchmark uses. */
async function openChildrenSection(page: Page, implementation: Implementation, childNumber: number): Promise<void> {
  if (implementation === 'caf-form') await page.locator('caf-form').getByRole('link', { name: 'Children’s needs' }).click();
  else await page.locator('.category-subcategories li', { hasText: 'Children’s needs' }).first().click();
  const needs = `Needs around identity (child ${childNumber}): to be discussed with the family and school.`;
  await page.waitForFunction((needs) => {
    const roots: (Document | ShadowRoot)[] = [document];
    const shadow = document.querySelector('caf-form')?.shadowRoot;
    if (shadow) roots.push(shadow);
    for (const root of roots) {
      for (const field of root.querySelectorAll<HTMLTextAreaElement | HTMLInputElement>('textarea, input')) {
        if (field.value !== needs) continue;
        const group = field.closest('fieldset')!;
        const bench = window as unknown as { benchNotes: Element; benchRatings: Element[] };
        bench.benchNotes = field;
        bench.benchRatings = [...group.querySelectorAll('input[type=radio][value=amber], input[type=radio][value=green], select')];
        return bench.benchRatings.length > 0;
      }
    }
    return false;
  }, needs);
}

async function keystrokes(page: Page): Promise<number[]> {
  const notes = (await page.evaluateHandle(() => (window as unknown as { benchNotes: HTMLElement }).benchNotes)).asElement()!;
  await notes.click();
  await page.keyboard.press('End');
  await recordInteractions(page);
  return timedKeystrokes(page, KEYSTROKES, (i) => (i % 10 === 9 ? 'Space' : 'a'));
}

async function ratingClicks(page: Page, implementation: Implementation): Promise<number[]> {
  const result: number[] = [];
  for (let i = 0; i < CLICKS; i++) {
    const value = i % 2 === 0 ? 'green' : 'amber';
    if (implementation === 'caf-form') {
      const radio = (await page.evaluateHandle((v) => (window as unknown as { benchRatings: HTMLInputElement[] }).benchRatings.find((r) => r.value === v)!, value)).asElement()!;
      // A radio's input and change events come in the click's own task, which the timing waits for.
      await armInputTiming(page, 'click', 'click');
      await radio.click();
    } else {
      // Vanilla renders an enum as a <select>: choosing an option is its one-step equivalent.
      const select = (await page.evaluateHandle(() => (window as unknown as { benchRatings: HTMLSelectElement[] }).benchRatings[0]!)).asElement()!;
      await armInputTiming(page, 'change', 'change');
      await select.selectOption(value);
    }
    result.push(await readInputTiming(page));
  }
  return result;
}

interface Run {
  browser: Browser;
  baseUrl: string;
  members: number;
  definition: Definition;
}

const pathOf = (implementation: Implementation) => (implementation === 'caf-form' ? '/caf.html' : '/peer.html');
const ON_DEMAND_PATH = '/caf-on-demand.html';

/** Scripts downloaded, from a page of their own: reading response bodies while a render is timed would slow it. */
async function scriptSize({ browser, baseUrl, members, definition }: Run, implementation: Implementation): Promise<number> {
  const page = await browser.newPage();
  const track = trackScripts(page);
  await page.goto(baseUrl + pathOf(implementation));
  await mountForm(page, implementation, definition, familyAssessmentData(members));
  const kb = await track();
  await page.close();
  return kb;
}

async function firstRender({ browser, baseUrl, members, definition }: Run, implementation: Implementation, path = pathOf(implementation)): Promise<number> {
  const page = await browser.newPage();
  await page.goto(baseUrl + path);
  const ms = await mountForm(page, implementation, definition, familyAssessmentData(members));
  await page.close();
  return ms;
}

/** From navigating to a page that mounts the form as soon as its scripts have run, to the form's first complete paint. */
async function pageLoad({ browser, baseUrl, members, definition }: Run, implementation: Implementation): Promise<number> {
  const page = await browser.newPage();
  const ms = await loadWithForm(page, baseUrl + pathOf(implementation), implementation, definition, familyAssessmentData(members));
  await page.close();
  return ms;
}

/** Text fields (text inputs, textareas, selects) in the page and in `<caf-form>`'s shadow root. */
const countTextFields = (page: Page): Promise<number> =>
  page.evaluate(() => {
    const fields = 'textarea, select, input:not([type]), input[type=text]';
    return document.querySelectorAll(fields).length + (document.querySelector('caf-form')?.shadowRoot?.querySelectorAll(fields).length ?? 0);
  });

async function interactions({ browser, baseUrl, members, definition }: Run, implementation: Implementation): Promise<Pick<Figures, 'key' | 'click' | 'keyInteractions' | 'clickInteractions' | 'textFields'>> {
  const data = familyAssessmentData(members);
  const page = await browser.newPage();
  await page.goto(baseUrl + pathOf(implementation));
  await mountForm(page, implementation, definition, data);
  await openChildrenSection(page, implementation, Math.ceil((data.children as unknown[]).length / 2));
  const textFields = await countTextFields(page);
  const key = await keystrokes(page);
  const keyInteractions = await interactionDurations(page, KEYSTROKES);
  await recordInteractions(page);
  const click = await ratingClicks(page, implementation);
  // The peer's <select> is set by script (no user input), which Event Timing does not see.
  const clickInteractions = implementation === 'caf-form' ? await interactionDurations(page, CLICKS) : [];
  await page.close();
  return { key, click, keyInteractions, clickInteractions, textFields };
}

/** Both implementations, their renders taken in turns so that a noisy moment falls on both. */
async function measure(run: Run): Promise<Record<Implementation, Figures>> {
  const renders: Record<Implementation, number[]> = { 'caf-form': [], 'JSON Forms vanilla': [] };
  const loads: Record<Implementation, number[]> = { 'caf-form': [], 'JSON Forms vanilla': [] };
  const onDemand: number[] = [];
  for (let index = 0; index < RENDERS; index++) {
    for (const implementation of IMPLEMENTATIONS) {
      renders[implementation].push(await firstRender(run, implementation));
      loads[implementation].push(await pageLoad(run, implementation));
    }
    onDemand.push(await firstRender(run, 'caf-form', ON_DEMAND_PATH));
  }
  const figures = {} as Record<Implementation, Figures>;
  for (const implementation of IMPLEMENTATIONS) {
    figures[implementation] = {
      gzipKb: await scriptSize(run, implementation),
      firstRenderMs: median(renders[implementation]),
      pageLoadMs: median(loads[implementation]),
      ...(await interactions(run, implementation)),
    };
  }
  figures['caf-form'].onDemandRenderMs = median(onDemand);
  return figures;
}

/**
 * The harness's own floor: keystroke-to-paint in a bare textarea, same machine, same moment. With
 * `otherFields`, the textarea typed into is the middle one of that many labelled textareas: after
 * every keystroke Chromium's autofill reads every text field of the page (scripts/profile/README.md),
 * which any form showing that many questions pays. Served over HTTP (floor.html): on about:blank
 * autofill does almost nothing, and the floor would miss it.
 */
async function floor(browser: Browser, baseUrl: string, otherFields = 0): Promise<{ key: number[]; interactions: number[] }> {
  const page = await browser.newPage();
  await page.goto(`${baseUrl}/floor.html`);
  const count = otherFields + 1;
  await page.evaluate((count) => {
    const main = document.getElementById('fields')!;
    for (let index = 0; index < count; index++) {
      const label = Object.assign(document.createElement('label'), { htmlFor: `f${index}`, textContent: `Notes ${index + 1}` });
      const field = Object.assign(document.createElement('textarea'), { id: `f${index}` });
      const row = document.createElement('div');
      row.append(label, field);
      main.append(row);
    }
  }, count);
  await page.click(`#f${Math.floor(otherFields / 2)}`);
  await recordInteractions(page);
  const result = await timedKeystrokes(page, KEYSTROKES, () => 'a');
  const interactions = await interactionDurations(page, KEYSTROKES);
  await page.close();
  return { key: result, interactions };
}

function row(label: string, ours: number, peer: number, unit: string, target?: string): string {
  const ratio = peer > 0 && ours > 0 ? (ours / peer).toFixed(2) + 'x' : '';
  return `${label.padEnd(34)} ${ours.toFixed(1).padStart(9)} ${peer.toFixed(1).padStart(9)} ${unit.padEnd(3)} ${ratio.padStart(7)}  ${target ?? ''}`;
}

/** Event Timing figures: reported in 8 ms steps, and 0 stands for "under 16 ms" (not reported). */
function interactionRow(label: string, ours: number[], peer: number[], target?: string): string {
  const show = (values: number[]) => (values.length === 0 ? 'n/a' : percentile(values, 95) < 16 ? '< 16' : percentile(values, 95).toFixed(0));
  const underAFrame = (values: number[]) => (values.length === 0 ? '' : `${values.filter((value) => value < 16).length}/${values.length} under 16 ms`);
  return `${label.padEnd(34)} ${show(ours).padStart(9)} ${show(peer).padStart(9)} ms  ${underAFrame(ours).padStart(18)}  ${target ?? ''}`;
}

async function main(): Promise<void> {
  console.log('Building the embeddable bundle and the JSON Forms peer…');
  await build({ configFile: join(repository, 'packages/elements/vite.config.ts'), logLevel: 'error' });
  await build({ configFile: join(repository, 'scripts/bench-ui/peer.vite.config.ts'), logLevel: 'error' });
  const formModule = (await import(pathToFileURL(join(repository, 'build/family-assessment/family-assessment.form.js')).href)) as {
    definition: { schema: object; uischema: object };
  };
  const definition = { schema: formModule.definition.schema, uischema: formModule.definition.uischema };
  const server = await startExampleServer({
    csp: null,
    roots: [
      { prefix: '/peer/', dir: join(repository, 'scripts/bench-ui/dist/peer') },
      { prefix: '/', dir: join(repository, 'scripts/bench-ui') },
      ...EXAMPLE_ROOTS,
    ],
  });
  const browser = await launchChromium();
  try {
    const bare = await floor(browser, server.url);
    const bareEventTiming = percentile(bare.interactions, 95) < 16 ? 'under 16' : percentile(bare.interactions, 95).toFixed(0);
    console.log(`\nFloor (a bare textarea): keystroke to paint median ${median(bare.key).toFixed(1)} ms, p95 ${percentile(bare.key, 95).toFixed(1)} ms; Event Timing p95 ${bareEventTiming} ms`);
    for (const members of SIZES) {
      const { 'caf-form': ours, 'JSON Forms vanilla': peer } = await measure({ browser, baseUrl: server.url, members, definition });
      const six = members === 6;
      const data = familyAssessmentData(members) as { children: unknown[]; actionPlan: unknown[] };
      console.log(`\nFamily assessment, ${members} family members (children assessed: ${data.children.length}, action plan rows: ${data.actionPlan.length})`);
      console.log(`${''.padEnd(34)} ${'caf-form'.padStart(9)} ${'peer'.padStart(9)}     ${'ratio'.padStart(7)}  ${six ? 'target' : ''}`);
      console.log(row('scripts, gzipped', ours.gzipKb, peer.gzipKb, 'KB', six ? '≤ 150 KB' : ''));
      console.log(row('first complete render', ours.firstRenderMs, peer.firstRenderMs, 'ms', six ? '< 0.4x' : ''));
      console.log(row('  form fetched on mount instead', ours.onDemandRenderMs ?? NaN, peer.firstRenderMs, 'ms'));
      console.log(row('page load to complete render', ours.pageLoadMs, peer.pageLoadMs, 'ms'));
      for (const [action, mine, theirs] of [['keystroke', ours.key, peer.key], ['rating click', ours.click, peer.click]] as const) {
        console.log(row(`${action} to paint, median`, median(mine), median(theirs), 'ms'));
        console.log(row(`${action} to paint, p95`, percentile(mine, 95), percentile(theirs, 95), 'ms', six ? '< 16 ms' : ''));
      }
      console.log(interactionRow('keystroke, Event Timing p95', ours.keyInteractions, peer.keyInteractions, six ? '< 16 ms' : ''));
      console.log(interactionRow('rating click, Event Timing p95', ours.clickInteractions, peer.clickInteractions, six ? '< 16 ms' : ''));
      const crowded = await floor(browser, server.url, ours.textFields - 1);
      console.log(
        `Floor among ${ours.textFields} text fields (a textarea among as many as caf-form's section shows): keystroke to paint median ${median(crowded.key).toFixed(1)} ms, p95 ${percentile(crowded.key, 95).toFixed(1)} ms`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
