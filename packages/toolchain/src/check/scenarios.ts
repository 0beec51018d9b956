/**
 * Check 9: every scenario names an existing form, gives data valid against that form's schema
 * (unless it says `"partial": true`), and expects only outcomes that are catalogued and that some
 * rule of the form's rule sets can produce, at paths that exist in the form's data.
 */
import type { ErrorObject } from 'ajv';
import { formatPointer, isIsoDate, parsePointer, type CompiledValidator } from '@caf-forms/core';
import type { Project } from '../project.ts';
import { problemAt, type Problem, type SourceFile } from '../source.ts';
import { describeAjvErrors } from './ajv-messages.ts';
import { isObject } from '../json.ts';
import { ruleEntries } from './rule-walk.ts';
import { explainMissing, followPath, type Schema } from './schema-paths.ts';
import { didYouMean, quote, quoteList } from './words.ts';

export interface ScenarioForm {
  id: string;
  ruleSets: string[];
  schema: Schema | undefined;
  validate: CompiledValidator | undefined;
}

/** What could be read: checks that depend on an unreadable file say nothing rather than something false. */
interface ReadState {
  catalogueRead: boolean;
  rulesRead: (form: ScenarioForm) => boolean;
}

export function checkScenarios(project: Project, forms: ScenarioForm[], outcomes: Record<string, unknown> | undefined): Problem[] {
  const context: ReadState = {
    catalogueRead: outcomes !== undefined,
    rulesRead: (form) => form.ruleSets.every((id) => project.ruleSets.find((set) => set.id === id)?.rules?.tree !== undefined),
  };
  const entries = ruleEntries(project);
  const paramsByType = new Map<string, Set<string>>();
  for (const entry of entries) {
    const event = isObject(entry.rule.event) ? entry.rule.event : {};
    if (typeof event.type !== 'string') continue;
    const names = paramsByType.get(event.type) ?? new Set<string>();
    Object.keys(isObject(event.params) ? event.params : {}).forEach((n) => names.add(n));
    paramsByType.set(event.type, names);
  }
  const producedBy = (form: ScenarioForm) =>
    new Set(entries.filter((e) => form.ruleSets.includes(e.ruleSet) && isObject(e.rule.event)).map((e) => (e.rule.event as { type: unknown }).type));

  return project.ruleSets.flatMap((set) =>
    set.scenarios.flatMap((file) => {
      if (!isObject(file.value)) return [];
      const scenario = file.value;
      const problems: Problem[] = [];
      if (typeof scenario.today === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(scenario.today) && !isIsoDate(scenario.today)) {
        problems.push(problemAt(file, ['today'], `${quote(scenario.today)} is not a real date`, 'value'));
      }
      if (typeof scenario.form !== 'string') return problems;
      const form = forms.find((f) => f.id === scenario.form);
      if (!form) {
        const message = `there is no form ${quote(scenario.form)} in ${project.layout.forms}/${didYouMean(scenario.form, forms.map((f) => f.id))}`;
        return [...problems, problemAt(file, ['form'], message, 'value')];
      }
      if (context.rulesRead(form) && !form.ruleSets.includes(set.id)) {
        const uses = form.ruleSets.length > 0 ? `it uses ${quoteList(form.ruleSets)}` : 'it uses no rule sets';
        problems.push(problemAt(file, ['form'], `form ${quote(form.id)} does not use the rule set ${quote(set.id)} (${uses}), so this scenario cannot test its rules`, 'value'));
      }
      if (scenario.partial !== true && form.validate && !form.validate(scenario.given)) {
        for (const error of describeAjvErrors(form.validate.errors as ErrorObject[] | null | undefined, scenario.given)) {
          problems.push(problemAt(file, ['given', ...error.pointer], `given${formatPointer(error.pointer)}: ${error.message}`, error.at));
        }
      }
      const produced = producedBy(form);
      for (const list of ['present', 'absent'] as const) {
        const expected = isObject(scenario.expect) ? scenario.expect[list] : undefined;
        if (!Array.isArray(expected)) continue;
        expected.forEach((item, index) => {
          const at = ['expect', list, String(index)];
          problems.push(...checkExpectation(file, item, isObject(item) ? [...at, 'type'] : at, form, produced, outcomes ?? {}, paramsByType, context));
          if (isObject(item) && typeof item.path === 'string') problems.push(...checkPath(file, item.path, [...at, 'path'], form));
        });
      }
      return problems;
    }),
  );
}

function checkExpectation(
  file: SourceFile,
  item: unknown,
  at: string[],
  form: ScenarioForm,
  produced: Set<unknown>,
  outcomes: Record<string, unknown>,
  paramsByType: Map<string, Set<string>>,
  context: ReadState,
): Problem[] {
  const type = isObject(item) ? item.type : item;
  if (typeof type !== 'string' || !context.catalogueRead) return [];
  if (!(type in outcomes)) return [problemAt(file, at, `the outcome ${quote(type)} is not in the outcome catalogue${didYouMean(type, Object.keys(outcomes))}`, 'value')];
  if (!context.rulesRead(form)) return [];
  if (!produced.has(type)) {
    const sets = form.ruleSets.length > 0 ? `rule sets ${quoteList(form.ruleSets)}` : 'no rule sets';
    return [problemAt(file, at, `no rule of form ${quote(form.id)} (${sets}) produces the outcome ${quote(type)}`, 'value')];
  }
  const params = isObject(item) && isObject(item.params) ? Object.keys(item.params) : [];
  const known = [...(paramsByType.get(type) ?? [])];
  return params
    .filter((name) => !known.includes(name))
    .map((name) =>
      problemAt(file, [...at.slice(0, -1), 'params', name], `the outcome ${quote(type)} has no parameter ${quote(name)}: its rules give ${known.length > 0 ? quoteList(known) : 'no parameters'}${didYouMean(name, known)}`),
    );
}

function checkPath(file: SourceFile, path: string, at: string[], form: ScenarioForm): Problem[] {
  if (/~(?![01])/.test(path)) return [problemAt(file, at, `${quote(path)} is not a well-formed JSON Pointer: "~" must be written ~0 and "/" inside a name ~1`, 'value')];
  if (!path.startsWith('/') || !form.schema) return [];
  const tokens = parsePointer(path);
  const result = followPath(form.schema, tokens);
  return result.ok ? [] : [problemAt(file, at, `${path} is not in the schema of form ${quote(form.id)}: ${explainMissing(tokens, result, formatPointer)}`, 'value')];
}
