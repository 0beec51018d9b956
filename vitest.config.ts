import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { reactBrowserProject, reactOnPreactBrowserProject } from './packages/react/vitest.project.ts';
import { headlessChromium } from './test/support/vitest-browser.ts';

// One config, several projects: `node` for everything that runs in Node (core, toolchain, CLI end
// to end); `e2e` for the built element driven by playwright-core; `storybook`, `react` and
// `react-preact` in Vitest's browser mode. Every browser is the system's headless Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['packages/{core,toolchain,cli}/test/**/*.test.ts', 'test/node/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        // Built bundle, strict-CSP example server and one shared headless Chromium (see test/e2e/global-setup.ts).
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts', 'packages/elements/test/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        // Every Storybook story (each form state, each rule scenario) as a test in headless Chromium;
        // play functions and accessibility checks (addon-a11y, violations fail) decide the result.
        plugins: [storybookTest({ configDir: fileURLToPath(new URL('.storybook', import.meta.url)), storybookScript: 'npm start' })],
        test: {
          name: 'storybook',
          testTimeout: 60_000,
          browser: headlessChromium(),
        },
      },
      reactBrowserProject,
      reactOnPreactBrowserProject,
    ],
  },
});
