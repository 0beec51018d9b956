/** Check 4: a manifest's id is its folder's name, and every rule set it names exists. */
import type { Project } from '../project.ts';
import { problemAt, type Problem } from '../source.ts';
import { isObject } from './rule-walk.ts';
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
