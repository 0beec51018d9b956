/**
 * Check 7: every outcome a rule produces is in the catalogue, and every catalogued outcome is
 * produced by some rule. Check 10: a message's `{placeholders}` name the rule's event parameters.
 */
import type { Project } from '../project.ts';
import { problemAt, type Problem } from '../source.ts';
import { isObject } from '../json.ts';
import { ruleEntries } from './rule-walk.ts';
import { didYouMean, quote, quoteList } from './words.ts';

/** The catalogued outcomes, or undefined when the catalogue could not be read as one. */
export function catalogue(project: Project): Record<string, unknown> | undefined {
  const value = project.outcomes?.value;
  return isObject(value) && isObject(value.outcomes) ? value.outcomes : undefined;
}

export function checkOutcomes(project: Project): Problem[] {
  const outcomes = catalogue(project);
  const problems: Problem[] = [];
  if (!outcomes) return problems;
  const used = new Set<string>();
  for (const entry of ruleEntries(project)) {
    const type = isObject(entry.rule.event) ? entry.rule.event.type : undefined;
    if (typeof type !== 'string') continue;
    used.add(type);
    if (!(type in outcomes)) {
      const message = `the outcome ${quote(type)} is not in ${project.layout.rules}/outcomes.json${didYouMean(type, Object.keys(outcomes))}`;
      problems.push(problemAt(entry.file, [...entry.at, 'event', 'type'], message, 'value'));
    }
  }
  // Only when every rule file could be read: otherwise its outcomes would all look unused.
  if (project.outcomes && project.ruleSets.every((set) => set.rules?.tree)) {
    for (const type of Object.keys(outcomes).filter((t) => !used.has(t))) {
      problems.push(problemAt(project.outcomes, ['outcomes', type], `the outcome ${quote(type)} is not produced by any rule: remove it or write the rule`));
    }
  }
  return problems;
}

export function checkMessages(project: Project): Problem[] {
  return ruleEntries(project).flatMap((entry) => {
    const { message, event } = entry.rule;
    if (typeof message !== 'string') return [];
    const params = Object.keys(isObject(event) && isObject(event.params) ? event.params : {});
    const unknown = [...message.matchAll(/\{([A-Za-z0-9_]+)(?:\|[^}]*)?\}/g)].map((m) => m[1]!).filter((name) => !params.includes(name));
    return [...new Set(unknown)].map((name) => {
      const known = params.length > 0 ? `: its parameters are ${quoteList(params)}${didYouMean(name, params)}` : ': the event has no params';
      return problemAt(entry.file, [...entry.at, 'message'], `{${name}} in the message is not an event parameter${known}`, 'value');
    });
  });
}
