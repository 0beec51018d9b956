/**
 * Lists the stories of `stories/*.workbench.ts` for Storybook's sidebar, from the same model the Vite
 * plugin writes the modules from. Titles group them per form and per rule set.
 */
import { resolve } from 'node:path';
import type { Indexer } from 'storybook/internal/types';
import { ENTRY_FILES } from './vite-plugin.ts';
import { readWorkbench } from './workbench-model.ts';

export function workbenchIndexer(root: string): Indexer {
  return {
    test: /[\\/]stories[\\/](scenarios|forms)\.workbench\.ts$/,
    async createIndex(fileName) {
      const workbench = readWorkbench(root);
      const scenarios = resolve(fileName) === resolve(root, ENTRY_FILES.scenarios);
      const entries = scenarios ? workbench.scenarios : workbench.forms;
      return entries.map((entry) => ({
        type: 'story' as const,
        importPath: fileName,
        exportName: entry.exportName,
        title: entry.title,
        name: entry.name,
        __id: entry.id,
        tags: [entry.kind],
      }));
    },
  };
}
