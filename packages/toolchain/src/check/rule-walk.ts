/**
 * The rules of every rule file, each with where it sits in its file, and the forms whose manifests
 * use its rule set. Written defensively: a rule file that breaks its meta-schema is still walked,
 * so every other problem in it is reported in the same run.
 */
import type { FormManifest } from '@caf-forms/core';
import type { Project } from '../project.ts';
import { isObject, type Json } from '../json.ts';
import type { SourceFile } from '../source.ts';


export interface RuleEntry {
  file: SourceFile;
  ruleSet: string;
  name: string;
  rule: Json;
  /** Pointer tokens of the rule inside its file. */
  at: string[];
}

export function ruleEntries(project: Project): RuleEntry[] {
  return project.ruleSets.flatMap((set) => {
    const file = set.rules;
    const rules = isObject(file?.value) && isObject(file.value.rules) ? file.value.rules : {};
    return Object.entries(rules)
      .filter((entry): entry is [string, Json] => isObject(entry[1]))
      .map(([name, rule]) => ({ file: file!, ruleSet: set.id, name, rule, at: ['rules', name] }));
  });
}

/** The rule set ids a form's manifest names (empty when the manifest is unreadable). */
export function manifestRuleSets(manifest: SourceFile | undefined): string[] {
  const rules = isObject(manifest?.value) ? (manifest.value as Partial<FormManifest>).rules : undefined;
  return Array.isArray(rules) ? rules.filter((r): r is string => typeof r === 'string') : [];
}

/** Every fact condition of a rule (`all`/`any`/`not` nested to any depth), with its location. */
export function factConditions(conditions: unknown, at: string[]): { condition: Json; at: string[] }[] {
  if (!isObject(conditions)) return [];
  if ('fact' in conditions) return [{ condition: conditions, at }];
  const nested: { condition: Json; at: string[] }[] = [];
  for (const key of ['all', 'any'] as const) {
    const list = conditions[key];
    if (Array.isArray(list)) list.forEach((child, index) => nested.push(...factConditions(child, [...at, key, String(index)])));
  }
  if ('not' in conditions) nested.push(...factConditions(conditions.not, [...at, 'not']));
  return nested;
}

/** A value that json-rules-engine would compute rather than take literally. */
export const isFactReference = (value: unknown): value is Json => isObject(value) && typeof value.fact === 'string';
