/**
 * The workbench's Vite plugin: turns `stories/*.workbench.ts` into one story per form state and per
 * rule scenario, serves each form's runtime module (what `caf build` writes, built in memory so a
 * fresh clone needs no build step), and reloads the open story when a definition file changes.
 */
import { existsSync, readFileSync, utimesSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { formModule } from '@caf-forms/toolchain';
import { FORM_MODULE_PREFIX, formStoriesModule, scenarioStoriesModule } from './csf-module.ts';
import { readWorkbench, workbenchBundle, type Workbench } from './workbench-model.ts';

export const ENTRY_FILES = { scenarios: 'stories/scenarios.workbench.ts', forms: 'stories/forms.workbench.ts' } as const;
export const INTERACTIVE_SCENARIOS = 'stories/interactive-scenarios.json';
const RUNTIME = { scenarios: 'stories/workbench/scenario-story.ts', forms: 'stories/workbench/form-story.ts' } as const;
const RESOLVED_PREFIX = `\0${FORM_MODULE_PREFIX}`;
/** What a broken definition looks like in the workbench, from `caf check`'s own broken fixture. */
export const EXAMPLE_PROBLEMS = 'virtual:caf-workbench/example-problems';
const EXAMPLE_FIXTURE = 'test/fixtures/broken/form-schema-invalid';

/** Scenarios a tester asked to be played by typing and clicking: `<rule-set>/<file name>` keys. */
export function interactiveScenarios(root: string): Set<string> {
  const path = join(root, INTERACTIVE_SCENARIOS);
  if (!existsSync(path)) return new Set();
  const listed = JSON.parse(readFileSync(path, 'utf8')) as { scenarios?: Record<string, unknown> };
  return new Set(Object.keys(listed.scenarios ?? {}));
}

/** The generated stories module for an entry file, or undefined for any other file. */
export function workbenchModule(root: string, file: string, workbench: Workbench): string | undefined {
  const path = resolve(file.split('?')[0]!);
  if (path === resolve(root, ENTRY_FILES.scenarios)) {
    return scenarioStoriesModule(workbench, resolve(root, RUNTIME.scenarios), interactiveScenarios(root));
  }
  if (path === resolve(root, ENTRY_FILES.forms)) return formStoriesModule(workbench, resolve(root, RUNTIME.forms));
  return undefined;
}

function watchDefinitions(server: ViteDevServer, root: string, forget: () => void): void {
  const watched = ['forms', 'rules', 'docs/guidance', INTERACTIVE_SCENARIOS].map((dir) => resolve(root, dir));
  server.watcher.add(watched);
  server.watcher.on('all', (_event, changed) => {
    const path = resolve(changed);
    if (!watched.some((dir) => path === dir || path.startsWith(dir + sep))) return;
    forget();
    for (const module of server.moduleGraph.idToModuleMap.values()) {
      if (module.id?.startsWith(RESOLVED_PREFIX)) server.moduleGraph.invalidateModule(module);
    }
    // Storybook re-indexes a stories file when it changes on disk, and Vite reloads the preview:
    // touching the entry files makes both pick up added, renamed and broken definitions.
    const now = new Date();
    for (const entry of Object.values(ENTRY_FILES)) utimesSync(resolve(root, entry), now, now);
  });
}

export function workbenchPlugin(root: string): Plugin {
  let cached: Workbench | undefined;
  const workbench = () => (cached ??= readWorkbench(root));
  return {
    name: 'caf-workbench',
    // Before the stories are turned into tests (addon-vitest) or indexed for the browser.
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith(FORM_MODULE_PREFIX) || id === EXAMPLE_PROBLEMS ? `\0${id}` : undefined;
    },
    async load(id) {
      if (id === `\0${EXAMPLE_PROBLEMS}`) {
        const { problems } = readWorkbench(resolve(root, EXAMPLE_FIXTURE));
        return `export const fixture = ${JSON.stringify(EXAMPLE_FIXTURE)};\nexport const problems = ${JSON.stringify(problems)};\n`;
      }
      if (!id.startsWith(RESOLVED_PREFIX)) return undefined;
      return formModule(workbenchBundle(workbench(), id.slice(RESOLVED_PREFIX.length)));
    },
    transform(_code, id) {
      const code = workbenchModule(root, id, workbench());
      return code === undefined ? undefined : { code, map: null };
    },
    configureServer(server) {
      watchDefinitions(server, root, () => (cached = undefined));
    },
  };
}
