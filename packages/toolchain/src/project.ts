/**
 * Finds and parses every definition file of a project. Loading never stops at the first problem:
 * it collects them all, so `caf check` can show an analyst everything at once.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { DefinitionBundle, FormManifest, LocalSetting, NamedRule, OutcomeCatalogue, RuleFile } from '@caf-forms/core';
import { isObject } from './json.ts';
import { parseSource, type Problem, type SourceFile } from './source.ts';

export interface ProjectLayout {
  /** Folder of forms, one sub-folder per form. */
  forms: string;
  /** Folder of rule sets, the outcome catalogue and local settings. */
  rules: string;
  /** Folder of the guidance documents that rule sources quote. */
  guidance: string;
}

export const DEFAULT_LAYOUT: ProjectLayout = { forms: 'forms', rules: 'rules', guidance: 'docs/guidance' };

export interface FormFiles {
  id: string;
  manifest: SourceFile | undefined;
  schema: SourceFile | undefined;
  uischema: SourceFile | undefined;
}

export interface RuleSetFiles {
  id: string;
  rules: SourceFile | undefined;
  scenarios: SourceFile[];
}

export interface Project {
  root: string;
  layout: ProjectLayout;
  forms: FormFiles[];
  ruleSets: RuleSetFiles[];
  outcomes: SourceFile | undefined;
  settings: SourceFile | undefined;
  /** Guidance documents by file name, as text. */
  guidance: Map<string, string>;
  /** Problems found while reading: missing files, malformed JSON. */
  problems: Problem[];
}

const listDirectories = (dir: string) =>
  existsSync(dir) ? readdirSync(dir).filter((name) => statSync(join(dir, name)).isDirectory()).sort() : [];
const listJson = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.json')).sort() : []);

export function loadProject(root: string, layout: ProjectLayout = DEFAULT_LAYOUT): Project {
  const problems: Problem[] = [];
  const display = (path: string) => relative(root, path).split(sep).join('/');

  function read(path: string, required: string | undefined): SourceFile | undefined {
    if (!existsSync(path)) {
      if (required) problems.push({ file: display(path), line: 1, column: 1, message: `missing file: ${required}` });
      return undefined;
    }
    const loaded = parseSource(display(path), readFileSync(path, 'utf8'));
    problems.push(...loaded.problems);
    return loaded.file;
  }

  const formsDir = join(root, layout.forms);
  const forms = listDirectories(formsDir).map((id) => ({
    id,
    manifest: read(join(formsDir, id, 'manifest.json'), 'every form folder needs a manifest.json (id, title, version, description, rules)'),
    schema: read(join(formsDir, id, 'schema.json'), 'every form folder needs a schema.json (JSON Schema draft-07)'),
    uischema: read(join(formsDir, id, 'uischema.json'), 'every form folder needs a uischema.json (JSON Forms UI schema)'),
  }));

  const rulesDir = join(root, layout.rules);
  const ruleSets = listDirectories(rulesDir).map((id) => ({
    id,
    rules: read(join(rulesDir, id, 'rules.json'), 'every rule set folder needs a rules.json'),
    scenarios: listJson(join(rulesDir, id, 'scenarios'))
      .map((name) => read(join(rulesDir, id, 'scenarios', name), undefined))
      .filter((file): file is SourceFile => file !== undefined),
  }));

  const guidanceDir = join(root, layout.guidance);
  const guidance = new Map(
    (existsSync(guidanceDir) ? readdirSync(guidanceDir).filter((n) => n.endsWith('.md')) : []).map((name) => [
      name,
      readFileSync(join(guidanceDir, name), 'utf8'),
    ]),
  );

  return {
    root,
    layout,
    forms,
    ruleSets,
    outcomes: read(join(rulesDir, 'outcomes.json'), 'the outcome catalogue rules/outcomes.json is needed'),
    settings: read(join(rulesDir, 'local-settings.json'), undefined),
    guidance,
    problems,
  };
}

/** The rules of the named rule sets, in declaration order, with their names. */
export function namedRules(project: Project, ruleSetIds: readonly string[]): NamedRule[] {
  return ruleSetIds.flatMap((id) => {
    const file = project.ruleSets.find((set) => set.id === id)?.rules?.value as RuleFile | undefined;
    return Object.entries(file?.rules ?? {}).map(([name, rule]) => ({ ...rule, name, ruleSet: id }));
  });
}

/**
 * Local setting values by name. A malformed entry (the meta-schema check reports it) keeps its name
 * with no value, so that rules naming it are not reported a second time as naming an unknown setting.
 */
export function settingValues(project: Project): Record<string, LocalSetting['value'] | undefined> {
  const file = project.settings?.value as { settings?: unknown } | undefined;
  const settings = isObject(file?.settings) ? file.settings : {};
  return Object.fromEntries(
    Object.entries(settings).map(([name, setting]) => [name, isObject(setting) ? (setting.value as LocalSetting['value']) : undefined]),
  );
}

/** Everything the runtime needs for one form. Call after `checkProject` reports no problems. */
export function bundleFor(project: Project, formId: string): DefinitionBundle {
  const form = project.forms.find((f) => f.id === formId);
  if (!form?.manifest || !form.schema || !form.uischema) throw new Error(`no complete form "${formId}" in ${project.layout.forms}/`);
  const manifest = form.manifest.value as FormManifest;
  return {
    manifest,
    schema: form.schema.value as Record<string, unknown>,
    uischema: form.uischema.value as Record<string, unknown>,
    rules: namedRules(project, manifest.rules),
    outcomes: (project.outcomes?.value as OutcomeCatalogue | undefined)?.outcomes ?? {},
    settings: Object.fromEntries(
      Object.entries(settingValues(project)).filter((entry): entry is [string, LocalSetting['value']] => entry[1] !== undefined),
    ),
  };
}
