/**
 * The `react` test project: the GOV.UK renderers and the form view, tested through the DOM in
 * headless Chromium. Forms come from `caf-form:` imports built by the toolchain
 * (test/support/form-modules.ts). The root vitest.config.ts includes it; `vitest.config.ts` here
 * runs it alone.
 */
import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import type { TestProjectInlineConfiguration } from 'vitest/config';
import { CHROMIUM_ARGS } from '../../test/support/chromium.ts';
import { cafFormModules } from './test/support/form-modules.ts';

export const reactBrowserProject: TestProjectInlineConfiguration = {
  root: fileURLToPath(new URL('../..', import.meta.url)),
  plugins: [cafFormModules()],
  optimizeDeps: { include: ['react', 'react-dom/client', 'react/jsx-dev-runtime', '@jsonforms/core', '@jsonforms/react', 'json-rules-engine', 'axe-core'] },
  test: {
    name: 'react',
    include: ['packages/react/test/**/*.browser.test.tsx'],
    testTimeout: 30_000,
    browser: {
      enabled: true,
      headless: true,
      // The plugin's buildStart checks the executable exists and says what to install if not.
      provider: playwright({ launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS } }),
      instances: [{ browser: 'chromium' }],
    },
  },
};
