/**
 * The workbench: every form in each of its states and every rule scenario, as stories generated from
 * forms/ and rules/ (see docs/decisions/ on scenario stories), plus the docs pages in stories/docs/.
 */
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { workbenchIndexer } from '../stories/workbench/node/indexer.ts';
import { workbenchPlugin } from '../stories/workbench/node/vite-plugin.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

const config: StorybookConfig = {
  stories: ['../stories/docs/*.mdx', '../stories/*.workbench.ts', '../stories/*.stories.ts'],
  framework: '@storybook/web-components-vite',
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true },
  experimental_indexers: async (existing) => [workbenchIndexer(root), ...(existing ?? [])],
  async viteFinal(viteConfig) {
    viteConfig.plugins = [...(viteConfig.plugins ?? []), workbenchPlugin(root)];
    // govuk-frontend's CSS is minified already, and lightningcss rejects its old IE `\0` hacks
    // (as in packages/elements/vite.config.ts).
    viteConfig.build = { ...viteConfig.build, cssMinify: false };
    return viteConfig;
  },
};

export default config;
