/**
 * `checkProject`: every check over a loaded project, as located problems in a stable order. The
 * CLI prints them; Storybook can show the same messages next to a form.
 */
import { settingValues, type Project } from '../project.ts';
import { sortProblems, type Problem } from '../source.ts';
import { compileFormSchema } from './form-schemas.ts';
import { checkManifests, checkRuleNames, checkUnusedRuleSets } from './manifests.ts';
import { checkMetaSchemas } from './meta-schemas.ts';
import { catalogue, checkMessages, checkOutcomes } from './outcomes.ts';
import { checkRuleAgainstForm } from './rule-references.ts';
import { manifestRuleSets, ruleEntries } from './rule-walk.ts';
import { checkScenarios } from './scenarios.ts';
import { checkSources } from './sources.ts';
import { checkUiSchema } from './uischemas.ts';

export function checkProject(project: Project): Problem[] {
  const problems: Problem[] = [...project.problems, ...checkMetaSchemas(project), ...checkManifests(project), ...checkRuleNames(project), ...checkUnusedRuleSets(project)];

  const forms = project.forms.map((form) => {
    const { compiled, problems: schemaProblems } = compileFormSchema(form);
    problems.push(...schemaProblems);
    if (compiled.schema) problems.push(...checkUiSchema(form.uischema, compiled.schema));
    return { id: form.id, ruleSets: manifestRuleSets(form.manifest), schema: compiled.schema, validate: compiled.validate };
  });

  const settings = settingValues(project);
  for (const entry of ruleEntries(project)) {
    const users = forms.filter((form) => form.ruleSets.includes(entry.ruleSet));
    for (const form of users) {
      if (!form.schema) continue;
      const suffix = users.length > 1 ? ` (in form "${form.id}")` : '';
      problems.push(...checkRuleAgainstForm(entry, { id: form.id, schema: form.schema }, settings, suffix));
    }
  }

  problems.push(...checkOutcomes(project), ...checkMessages(project), ...checkSources(project));
  problems.push(...checkScenarios(project, forms, catalogue(project)));

  const seen = new Set<string>();
  const unique = problems.filter((p) => {
    const key = `${p.file}:${p.line}:${p.column}:${p.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  return sortProblems(unique);
}
