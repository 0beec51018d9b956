/**
 * The CSF modules behind `stories/*.workbench.ts`: one named export per story, written from the
 * workbench model. Story ids are fixed through `parameters.__id`, so a story keeps its address
 * (and an analyst's open tab) when its scenario is renamed.
 */
import type { FormStoryEntry, ScenarioStoryEntry, Workbench } from './workbench-model.ts';

export const FORM_MODULE_PREFIX = 'virtual:caf-workbench/form/';

const json = (value: unknown) => JSON.stringify(value);

function storyExport(exportName: string, factory: string, entry: object, formId: string | undefined, workbench: Workbench): string {
  const sound = workbench.problems.length === 0 && formId !== undefined && workbench.project.forms.some((form) => form.id === formId);
  // The form's runtime module is fetched only when its story is shown.
  const load = sound ? `() => import(${json(FORM_MODULE_PREFIX + formId)})` : 'undefined';
  return `export const ${exportName} = ${factory}(${json(entry)}, problems, ${load});`;
}

function moduleSource(title: string, runtime: string, factory: string, body: string[], workbench: Workbench): string {
  return [
    `import { ${factory} } from ${json(runtime)};`,
    `const problems = ${json(workbench.problems)};`,
    `export default { title: ${json(title)} };`,
    ...body,
    '',
  ].join('\n');
}

export function scenarioStoriesModule(workbench: Workbench, runtime: string, interactive: ReadonlySet<string>): string {
  const body = workbench.scenarios.map((entry: ScenarioStoryEntry) =>
    storyExport(entry.exportName, 'scenarioStory', { ...entry, interactive: interactive.has(entry.key) }, entry.scenario?.form, workbench),
  );
  return moduleSource('Scenarios', runtime, 'scenarioStory', body, workbench);
}

export function formStoriesModule(workbench: Workbench, runtime: string): string {
  const body = workbench.forms.map((entry: FormStoryEntry) => storyExport(entry.exportName, 'formStory', entry, entry.formId, workbench));
  return moduleSource('Forms', runtime, 'formStory', body, workbench);
}
