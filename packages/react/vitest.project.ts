/**
 * The `react` test project: the GOV.UK renderers and the form view, tested through the DOM in
 * headless Chromium. Forms come from `caf-form:` imports built by the toolchain
 * (test/support/form-modules.ts). The root vitest.config.ts includes both projects;
 * `vitest.config.ts` here runs them alone.
 */
import { fileURLToPath } from 'node:url';
import type { TestProjectInlineConfiguration } from 'vitest/config';
import { headlessChromium } from '../../test/support/vitest-browser.ts';
import { cafFormModules } from './test/support/form-modules.ts';

export const reactBrowserProject: TestProjectInlineConfiguration = {
  root: fileURLToPath(new URL('../..', import.meta.url)),
  plugins: [cafFormModules()],
  optimizeDeps: { include: ['react', 'react-dom/client', 'react/jsx-dev-runtime', '@jsonforms/core', '@jsonforms/react', 'json-rules-engine', 'axe-core'] },
  test: {
    name: 'react',
    include: ['packages/react/test/**/*.browser.test.tsx'],
    testTimeout: 30_000,
    browser: headlessChromium(),
  },
};

/**
 * The embeddable build (packages/elements/vite.config.ts) runs the renderers on Preact's
 * React-compatible layer, so the behaviour tests run there too (markup and axe are the same).
 */
export const reactOnPreactBrowserProject: TestProjectInlineConfiguration = {
  ...reactBrowserProject,
  resolve: {
    alias: [
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react\/jsx-(dev-)?runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react$/, replacement: 'preact/compat' },
    ],
  },
  optimizeDeps: { include: ['preact/compat', 'preact/compat/client', 'preact/jsx-runtime', '@jsonforms/core', '@jsonforms/react', 'json-rules-engine'] },
  test: {
    ...reactBrowserProject.test,
    name: 'react-preact',
    browser: headlessChromium(),
    include: ['packages/react/test/{controls,form}.browser.test.tsx'],
  },
};
