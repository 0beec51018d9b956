/**
 * The benchmark's peer: the same rules run by plain json-rules-engine, translated mechanically from
 * the rule JSON, with what plain json-rules-engine offers and nothing of @caf-forms/core:
 *   - answers are the facts `record` (the whole record) and `item` (the current item of a forEach
 *     rule), reached with json-rules-engine's default JSONPath paths: `/a/0/b` → `$.a[0].b`,
 *     and the relative `0/b` → `$.b` on `item`;
 *   - `count` is a hand-written fact: a JSONPath query (`/children/*\/domains/*\/rating` →
 *     `$.children[*].domains.*.rating`), filtered by `equals`/`oneOf`, `distinct` through a Set;
 *   - `present` is a one-line custom operator (json-rules-engine has none for "answered");
 *   - forEach rules are expanded per item by hand: one engine run per item with `item` set,
 *     as a developer without the core would write it. Engines are built once, outside the loop.
 * Facts the family assessment does not use (dates, settings) are not translated: translate()
 * throws if a rule needs one, so the comparison can never silently drop a condition.
 */
import { Engine, type RuleProperties } from 'json-rules-engine';
import { JSONPath } from 'jsonpath-plus';
import type { NamedRule } from '@caf-forms/core';

type Json = Record<string, unknown>;

function toJsonPath(pointer: string): { fact: 'record' | 'item'; path: string } {
  const relative = /^0(\/|$)/.test(pointer);
  const tokens = pointer.replace(/^0/, '').split('/').slice(1);
  const path = '$' + tokens.map((t) => (t === '*' ? '[*]' : /^\d+$/.test(t) ? `[${t}]` : `.${t}`)).join('');
  return { fact: relative ? 'item' : 'record', path };
}

function translateFact(node: Json): Json {
  if (node.fact === 'data') return { ...node, ...toJsonPath(String(node.path)) };
  if (node.fact === 'count') {
    const params = node.params as Json;
    const { fact, path } = toJsonPath(String(params.path));
    return { ...node, params: { ...params, path, on: fact } };
  }
  throw new Error(`the plain peer has no translation for the fact "${String(node.fact)}"`);
}

function translate(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(translate);
  if (node === null || typeof node !== 'object') return node;
  const object = node as Json;
  if (typeof object.fact === 'string') {
    const fact = translateFact(object);
    return 'value' in fact ? { ...fact, value: translate(fact.value) } : fact;
  }
  return Object.fromEntries(Object.entries(object).map(([key, value]) => [key, translate(value)]));
}

function buildEngine(rules: readonly NamedRule[]): Engine {
  const engine = new Engine([], { replaceFactsInEventParams: true, allowUndefinedFacts: true });
  engine.addOperator('present', (value: unknown, expected: unknown) => (value !== undefined && value !== null && value !== '') === expected);
  engine.addFact('count', async (params: Json, almanac) => {
    const json = await almanac.factValue(String(params.on));
    const found = JSONPath({ path: String(params.path), json: json as object, wrap: true }) as unknown[];
    const matching = found.filter((value) =>
      'equals' in params ? value === params.equals : Array.isArray(params.oneOf) ? params.oneOf.includes(value) : value !== undefined && value !== null && value !== '',
    );
    return params.distinct === true ? new Set(matching).size : matching.length;
  });
  for (const rule of rules) {
    engine.addRule({ name: rule.name, priority: rule.priority ?? 1, conditions: translate(rule.conditions), event: translate(rule.event) } as RuleProperties);
  }
  return engine;
}

/** Runs the translated rules on a record; answers the fired events as `type@item`, sorted, for comparison. */
export function createPlainEvaluator(rules: readonly NamedRule[]): (record: unknown) => Promise<string[]> {
  const groups = [...new Set(rules.map((rule) => rule.forEach))].map((forEach) => ({
    forEach,
    engine: buildEngine(rules.filter((rule) => rule.forEach === forEach)),
  }));
  return async (record) => {
    const fired: string[] = [];
    for (const { forEach, engine } of groups) {
      const items = forEach === undefined ? [undefined] : (JSONPath({ path: toJsonPath(forEach).path, json: record as object, wrap: true }) as unknown[]);
      for (const [index, item] of items.entries()) {
        const { events } = await engine.run({ record, item: item ?? {} });
        fired.push(...events.map((event) => `${event.type}@${forEach === undefined ? '' : forEach.replace('*', String(index))}`));
      }
    }
    return fired.sort();
  };
}
