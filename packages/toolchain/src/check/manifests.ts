/** Check 4: a manifest's id is its folder's name, and every rule set it names exists. */
import type { Project } from '../project.ts';
import { problemAt, type Problem } from '../source.ts';
import { isObject } from '../json.ts';
import { manifestRuleSets, ruleEntries } from './rule-walk.ts';
import { didYouMean, quote } from './words.ts';

export function checkManifests(project: Project): Problem[] {
  const ruleSetIds = project.ruleSets.map((set) => set.id);
  return project.forms.flatMap((form) => {
    const file = form.manifest;
    if (!file || !isObject(file.value)) return [];
    const { id, rules } = file.value;
    const problems: Problem[] = [];
    if (typeof id === 'string' && id !== form.id) {
      problems.push(problemAt(file, ['id'], `the id ${quote(id)} must equal the form's folder name ${quote(form.id)}`, 'value'));
    }
    (Array.isArray(rules) ? rules : []).forEach((ruleSet, index) => {
      if (typeof ruleSet !== 'string' || ruleSetIds.includes(ruleSet)) return;
      const message = `there is no rule set ${quote(ruleSet)} (no ${project.layout.rules}/${ruleSet}/rules.json)${didYouMean(ruleSet, ruleSetIds)}`;
      problems.push(problemAt(file, ['rules', String(index)], message, 'value'));
    });
    return problems;
  });
}

/**
 * The rules of all a form's rule sets run together and are told apart by name, so a name used in
 * two of them would make one rule's outcomes look like the other's.
 */
export function checkRuleNames(project: Project): Problem[] {
  const entries = ruleEntries(project);
  const problems = new Map<string, Problem>();
  for (const form of project.forms) {
    const sets = manifestRuleSets(form.manifest);
    const first = new Map<string, string>();
    for (const entry of entries.filter((e) => sets.includes(e.ruleSet)).sort((a, b) => sets.indexOf(a.ruleSet) - sets.indexOf(b.ruleSet))) {
      const earlier = first.get(entry.name);
      if (earlier === undefined) first.set(entry.name, entry.ruleSet);
      else if (earlier !== entry.ruleSet) {
        const message = `the rule name ${quote(entry.name)} is also used in rule set ${quote(earlier)}: form ${quote(form.id)} uses both, so the names must differ`;
        problems.set(`${entry.file.path}:${entry.name}`, problemAt(entry.file, entry.at, message));
      }
    }
  }
  return [...problems.values()];
}

/** A rule set no form names never runs, and its paths cannot be checked against any schema. */
export function checkUnusedRuleSets(project: Project): Problem[] {
  const used = new Set(project.forms.flatMap((form) => manifestRuleSets(form.manifest)));
  if (project.forms.some((form) => !form.manifest?.tree)) return [];
  return project.ruleSets
    .filter((set) => set.rules && !used.has(set.id))
    .map((set) => problemAt(set.rules!, [], `no form uses the rule set ${quote(set.id)}: name it in a form's manifest "rules", or its rules never run`));
}
