/**
 * Check 5: every `scope` in a UI schema leads to a property of the form schema: controls,
 * `rule.condition.scope` (also inside AND/OR conditions), and the `options.detail` UI schemas of
 * array controls, whose scopes are relative to the array's item schema.
 */
import { formatPointer } from '@caf-forms/core';
import { problemAt, type Problem, type SourceFile } from '../source.ts';
import { isObject } from '../json.ts';
import { explainMissing, followPath, fragmentTokens, type Schema } from './schema-paths.ts';
import { didYouMean, quote, quoteList } from './words.ts';

/** `#/properties/a/items/properties/b` as data tokens `a/*\/b`, or undefined when it is not that form. */
function scopeTokens(scope: string): string[] | undefined {
  if (scope === '#') return [];
  if (!scope.startsWith('#/')) return undefined;
  const parts = fragmentTokens(scope.slice(1));
  const tokens: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    if (parts[i] === 'properties' && i + 1 < parts.length) tokens.push(parts[++i]!);
    else if (parts[i] === 'items') tokens.push('*');
    else return undefined;
  }
  return tokens;
}

/** The JSON Forms elements the renderers know; anything else renders as "no applicable renderer". */
const ELEMENT_TYPES = ['VerticalLayout', 'HorizontalLayout', 'Group', 'Categorization', 'Category', 'Control', 'Label'];
const EFFECTS = ['SHOW', 'HIDE', 'ENABLE', 'DISABLE'];

const displayScope = (tokens: readonly string[]) =>
  '#' + tokens.map((t) => (t === '*' ? '/items' : `/properties${formatPointer([t])}`)).join('');

export function checkUiSchema(file: SourceFile | undefined, schema: Schema): Problem[] {
  if (!file || !isObject(file.value)) return [];
  const problems: Problem[] = [];

  /** The schemas a scope leads to (relative to `start`), reporting it when it leads nowhere. */
  function checkScope(scope: unknown, at: string[], start: Schema[]): Schema[] | undefined {
    if (typeof scope !== 'string') return undefined;
    const tokens = scopeTokens(scope);
    if (!tokens) {
      problems.push(problemAt(file!, at, `scope ${quote(scope)} must be "#" or "#/properties/<name>", followed by more /properties/<name> or /items`, 'value'));
      return undefined;
    }
    const result = followPath(schema, tokens, start);
    if (result.ok) return result.schemas;
    problems.push(problemAt(file!, at, `scope ${quote(scope)} does not lead to a property of the schema: ${explainMissing(tokens, result, displayScope)}`, 'value'));
    return undefined;
  }

  function visitCondition(condition: unknown, at: string[], start: Schema[]) {
    if (!isObject(condition)) return;
    if ('scope' in condition) checkScope(condition.scope, [...at, 'scope'], start);
    if (Array.isArray(condition.conditions)) condition.conditions.forEach((c, i) => visitCondition(c, [...at, 'conditions', String(i)], start));
  }

  function visit(node: unknown, at: string[], start: Schema[]) {
    if (!isObject(node)) return;
    if (typeof node.type === 'string' && !ELEMENT_TYPES.includes(node.type)) {
      problems.push(problemAt(file!, [...at, 'type'], `${quote(node.type)} is not a UI-schema element: use one of ${quoteList(ELEMENT_TYPES)}${didYouMean(node.type, ELEMENT_TYPES)}`, 'value'));
    }
    if (node.type === 'Control' && !('scope' in node)) problems.push(problemAt(file!, at, 'a Control needs a "scope": the property it shows, such as "#/properties/name"', 'value'));
    const effect = isObject(node.rule) ? node.rule.effect : undefined;
    if (typeof effect === 'string' && !EFFECTS.includes(effect)) {
      problems.push(problemAt(file!, [...at, 'rule', 'effect'], `${quote(effect)} is not a rule effect: use one of ${quoteList(EFFECTS)}${didYouMean(effect, EFFECTS)}`, 'value'));
    }
    const target = 'scope' in node ? checkScope(node.scope, [...at, 'scope'], start) : undefined;
    if (isObject(node.rule)) visitCondition(node.rule.condition, [...at, 'rule', 'condition'], start);
    if (Array.isArray(node.elements)) node.elements.forEach((child, i) => visit(child, [...at, 'elements', String(i)], start));
    if (isObject(node.options) && isObject(node.options.detail) && target) {
      const items = followPath(schema, ['*'], target);
      if (items.ok) visit(node.options.detail, [...at, 'options', 'detail'], items.schemas);
      else problems.push(problemAt(file!, [...at, 'options', 'detail'], `options.detail lays out the items of a list, but ${quote(node.scope)} is not a list`));
    }
  }

  visit(file.value, [], [schema]);
  return problems;
}
