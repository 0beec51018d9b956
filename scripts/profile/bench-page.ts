/**
 * The benchmark page with `<caf-form>` mounted, for the diagnostics in this folder: builds the
 * embeddable bundle (unless PROFILE_NO_BUILD is set), serves it on 127.0.0.1 and starts Chromium.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build, type InlineConfig } from 'vite';
import { EXAMPLE_ROOTS, startExampleServer } from '../serve-examples.ts';
import { launchChromium } from '../../test/support/chromium.ts';

const repository = fileURLToPath(new URL('../..', import.meta.url));

export interface BenchPage {
  page: Page;
  browser: Browser;
  close(): Promise<void>;
}

/** `buildOptions` adjusts the Vite build (`{ minify: false }` gives readable profiles). */
export async function openBenchPage(buildOptions: InlineConfig['build'] = {}): Promise<BenchPage> {
  if (!process.env.PROFILE_NO_BUILD) await build({ configFile: join(repository, 'packages/elements/vite.config.ts'), logLevel: 'error', build: buildOptions });
  const server = await startExampleServer({ csp: null, roots: [{ prefix: '/', dir: join(repository, 'scripts/bench-ui') }, ...EXAMPLE_ROOTS] });
  const browser = await launchChromium();
  const page = await browser.newPage();
  await page.goto(server.url + '/caf.html');
  await page.waitForFunction(() => customElements.get('caf-form') !== undefined);
  return {
    page,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export const benchMembers = (): number => Number(process.env.BENCH_MEMBERS ?? 6);
