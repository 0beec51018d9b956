import { defineConfig } from 'vitest/config';
import { cafFormModules } from './packages/react/test/support/form-modules.ts';
import { playwright } from '@vitest/browser-playwright';

// One config, several projects: `node` for everything that runs in Node (core, toolchain, CLI end
// to end), `browser` for tests that drive headless Chromium. Each project adds its own include list.
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
        // The GOV.UK renderers and the form view, tested through the DOM in headless Chromium; forms
        // come from `caf-form:` imports built by the toolchain (packages/react/test/support/form-modules.ts).
        plugins: [cafFormModules()],
        optimizeDeps: { include: ['react', 'react-dom/client', 'react/jsx-dev-runtime', '@jsonforms/core', '@jsonforms/react', 'json-rules-engine'] },
        test: {
          name: 'react',
          include: ['packages/react/test/**/*.browser.test.tsx'],
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {
                executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
                args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
