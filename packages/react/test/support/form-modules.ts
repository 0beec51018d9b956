/**
 * A Vite plugin for the browser tests: `import * as form from 'caf-form:fixture/controls'` (or
 * `caf-form:repo/family-assessment`) gives the same ES module `caf build` writes, built on demand
 * by the toolchain from the definitions, so the tests always run against the current sources.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { tsImport } from 'tsx/esm/api';
import { chromiumPath } from '../../../../test/support/chromium.ts';

const PREFIX = 'caf-form:';
const PROJECTS: Record<string, string> = {
  fixture: fileURLToPath(new URL('../fixtures', import.meta.url)),
  repo: fileURLToPath(new URL('../../../..', import.meta.url)),
};

export function cafFormModules(): Plugin {
  return {
    name: 'caf-form-modules',
    enforce: 'pre',
    buildStart() {
      // Fails the browser project at once, saying what to install, when there is no Chromium.
      chromiumPath();
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    async load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const [where, formId] = id.slice(PREFIX.length + 1).split('/');
      const root = PROJECTS[where ?? ''];
      if (!root || !formId) throw new Error(`${id.slice(1)}: expected caf-form:fixture/<id> or caf-form:repo/<id>`);
      // The config is loaded by plain Node, which cannot run the toolchain's TypeScript: tsx can.
      const toolchain = (await tsImport('@caf-forms/toolchain', import.meta.url)) as typeof import('@caf-forms/toolchain');
      return toolchain.formModule(toolchain.bundleFor(toolchain.loadProject(root), formId));
    },
  };
}
