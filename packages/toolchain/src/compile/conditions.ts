/**
 * JSON Forms evaluates each UI-schema `rule.condition` schema with ajv while the form runs, which
 * needs `new Function`. The build precompiles every one of them instead; the runtime looks them up
 * by `conditionKey(schema)`.
 */
import type { JsonSchema, UiSchema } from '@caf-forms/core';
import { isObject } from '../json.ts';

export function conditionKey(schema: unknown): string {
  return JSON.stringify(schema);
}

/** Every distinct condition schema in a UI schema: nested layouts, categories and `options.detail`. */
export function conditionSchemas(uischema: UiSchema): Map<string, JsonSchema> {
  const found = new Map<string, JsonSchema>();
  // Compound conditions (`type: "AND"`/`"OR"`) hold further conditions in `conditions`.
  const visitCondition = (condition: unknown): void => {
    if (!isObject(condition)) return;
    if (isObject(condition.schema)) found.set(conditionKey(condition.schema), condition.schema);
    if (Array.isArray(condition.conditions)) condition.conditions.forEach(visitCondition);
  };
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isObject(node)) return;
    if (isObject(node.rule)) visitCondition(node.rule.condition);
    visit(node.elements);
    if (isObject(node.options)) visit(node.options.detail);
  };
  visit(uischema);
  return found;
}
