/**
 * What the workbench shows, read from the project folders on every change: the located problems
 * `caf check` would report, and one story per form state and per rule scenario. The indexer and the
 * Vite plugin both call this, so the sidebar and the story modules always agree on names and ids.
 */
import { basename } from 'node:path';
import { toId } from 'storybook/internal/csf';
import type { DefinitionBundle, FormManifest, Scenario } from '@caf-forms/core';
import { bundleFor, checkProject, formatProblem, loadProject, sortProblems, type Project } from '@caf-forms/toolchain';

export type FormState = 'empty' | 'partly-filled' | 'complete' | 'with-errors' | 'read-only';

const FORM_STATES: readonly { state: FormState; name: string }[] = [
  { state: 'empty', name: 'Empty' },
  { state: 'partly-filled', name: 'Partly filled' },
  { state: 'complete', name: 'Complete' },
  { state: 'with-errors', name: 'With errors' },
  { state: 'read-only', name: 'Read-only summary' },
];

interface StoryEntryBase {
  exportName: string;
  title: string;
  name: string;
  id: string;
}

export interface ScenarioStoryEntry extends StoryEntryBase {
  kind: 'scenario';
  /** `<rule-set>/<file name>`, as named in stories/interactive-scenarios.json. */
  key: string;
  file: string;
  /** undefined when the file is not valid JSON (the story then shows the problem). */
  scenario: Scenario | undefined;
}

export interface FormStoryEntry extends StoryEntryBase {
  kind: 'form';
  formId: string;
  state: FormState;
  today: string;
  data: Record<string, unknown>;
  /** The scenario the data comes from, for people reading the story. */
  dataFrom: string | undefined;
}

export type StoryEntry = ScenarioStoryEntry | FormStoryEntry;

export interface Workbench {
  root: string;
  project: Project;
  /** Located messages, exactly as `caf check` prints them; empty when every definition is sound. */
  problems: string[];
  scenarios: ScenarioStoryEntry[];
  forms: FormStoryEntry[];
}

/** A JavaScript identifier from any text, so that every story can be a named export. */
export function exportNameFor(...parts: string[]): string {
  return parts.map((part) => part.replace(/\.json$/, '').replace(/[^A-Za-z0-9]+/g, '_')).join('__').replace(/^(?=\d)/, '_');
}

function scenarioEntries(project: Project): ScenarioStoryEntry[] {
  return project.ruleSets.flatMap((ruleSet) =>
    ruleSet.scenarios.map((file) => {
      const fileName = basename(file.path);
      const scenario = file.value as Scenario | undefined;
      const title = `Scenarios/${ruleSet.id}`;
      return {
        kind: 'scenario' as const,
        exportName: exportNameFor('scenario', ruleSet.id, fileName),
        title,
        name: typeof scenario?.name === 'string' ? scenario.name : fileName,
        id: toId(title, fileName.replace(/\.json$/, '')),
        key: `${ruleSet.id}/${fileName}`,
        file: file.path,
        scenario,
      };
    }),
  );
}

/** Partly filled data comes from a `partial` scenario of the form, complete data from a valid one. */
function formEntries(project: Project, scenarios: ScenarioStoryEntry[]): FormStoryEntry[] {
  return project.forms.flatMap((form) => {
    const manifest = form.manifest?.value as FormManifest | undefined;
    const title = `Forms/${typeof manifest?.title === 'string' ? manifest.title : form.id}`;
    const own = scenarios.filter((entry) => entry.scenario?.form === form.id);
    const partial = own.find((entry) => entry.scenario?.partial === true);
    const complete = own.find((entry) => entry.scenario && entry.scenario.partial !== true);
    const sources: Record<FormState, ScenarioStoryEntry | undefined | null> = {
      empty: null,
      'partly-filled': partial,
      complete,
      'with-errors': partial ?? null,
      'read-only': complete,
    };
    return FORM_STATES.flatMap(({ state, name }) => {
      const source = sources[state];
      // A state that needs data the form's scenarios do not provide is left out, never invented.
      if (source === undefined) return [];
      return [
        {
          kind: 'form' as const,
          exportName: exportNameFor('form', form.id, state),
          title,
          name,
          id: toId(title, name),
          formId: form.id,
          state,
          today: source?.scenario?.today ?? own[0]?.scenario?.today ?? new Date().toISOString().slice(0, 10),
          data: structuredClone(source?.scenario?.given ?? {}),
          dataFrom: source?.file,
        },
      ];
    });
  });
}

export function readWorkbench(root: string): Workbench {
  const project = loadProject(root);
  const problems = [...new Set(sortProblems([...project.problems, ...checkProject(project)]).map(formatProblem))];
  const scenarios = scenarioEntries(project);
  return { root, project, problems, scenarios, forms: formEntries(project, scenarios) };
}

/** The runtime bundle of one form; only asked for when the workbench has no problems. */
export function workbenchBundle(workbench: Workbench, formId: string): DefinitionBundle {
  return bundleFor(workbench.project, formId);
}
