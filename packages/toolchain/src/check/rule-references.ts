/**
 * Check 6: everything a rule reads from the data resolves in the schema of every form that uses
 * its rule set (`forEach`, `data` paths, `count` patterns, date parameters, event parameters,
 * `pointsAt`), every literal it compares with could match, and every `setting` exists.
 */
import { formatPointer, isIsoDate, parsePointer, resolveReference } from '@caf-forms/core';
import { problemAt, type Problem } from '../source.ts';
import { checkValue, DATE, mismatch, NUMBER, type FactInfo } from './condition-values.ts';
import { isObject, type Json } from '../json.ts';
import { factConditions, isFactReference, type RuleEntry } from './rule-walk.ts';
import { allowedValues, describeTypes, explainMissing, followPath, typesOf, type Schema } from './schema-paths.ts';
import { didYouMean, quote } from './words.ts';

export interface FormSchema {
  id: string;
  schema: Schema;
}

const DATE_PARAMS = ['dateOfBirth', 'at', 'date', 'from', 'to'];
const FACT_TYPES: Record<string, Set<string>> = {
  count: NUMBER,
  ageInYears: NUMBER,
  workingDaysBetween: NUMBER,
  workingDaysAfter: DATE,
  dateAfter: DATE,
  today: DATE,
  itemPointer: new Set(['string']),
};

/** Checks one rule against one form's schema; `suffix` names the form when several share the rule set. */
export function checkRuleAgainstForm(entry: RuleEntry, form: FormSchema, settings: Record<string, unknown>, suffix: string): Problem[] {
  const problems: Problem[] = [];
  const report = (at: string[], message: string) => problems.push(problemAt(entry.file, at, message + suffix, 'value'));
  const { rule } = entry;
  let base: string[] = [];

  /** Resolves a reference (absolute, or relative to the forEach item) to its schemas, reporting why not. */
  function resolve(reference: unknown, at: string[], pattern = false): { tokens: string[]; schemas: Schema[] } | undefined {
    if (typeof reference !== 'string') return undefined;
    if (!pattern && reference.split('/').includes('*')) {
      return void report(at, `${quote(reference)} has a "*", but only count and forEach read patterns: this reads the one answer under a key named "*"`);
    }
    let tokens: string[] | undefined;
    try {
      tokens = resolveReference(reference, base);
    } catch {
      return undefined; // the meta-schema reports references that are not pointers
    }
    if (!tokens) return void report(at, `${quote(reference)} climbs above the record: ${rule.forEach ? `inside forEach ${rule.forEach}, 0/… is the item` : 'there is no forEach item here, so use an absolute pointer such as /name'}`);
    const result = followPath(form.schema, tokens);
    if (!result.ok) return void report(at, `${formatPointer(tokens)} is not in the form schema: ${explainMissing(tokens, result, formatPointer)}`);
    return { tokens, schemas: result.schemas };
  }

  function infoAt(reference: unknown, at: string[], pattern = false): FactInfo | undefined {
    const found = resolve(reference, at, pattern);
    if (!found) return undefined;
    const items = followPath(form.schema, ['*'], found.schemas);
    const label = formatPointer(found.tokens);
    const itemInfo = items.ok ? { label: `an item of ${label}`, types: typesOf(form.schema, items.schemas), values: allowedValues(form.schema, items.schemas) } : undefined;
    return { label, types: typesOf(form.schema, found.schemas), values: allowedValues(form.schema, found.schemas), ...(itemInfo ? { items: itemInfo } : {}) };
  }

  /** The fact a condition or fact reference asks for, after checking its parameters. */
  function factInfo(holder: Json, at: string[]): FactInfo | undefined {
    const params = isObject(holder.params) ? holder.params : {};
    for (const key of DATE_PARAMS) checkDateParam(params[key], [...at, 'params', key], key);
    switch (holder.fact) {
      case 'data':
        return infoAt(holder.path, [...at, 'path']);
      case 'count': {
        const counted = infoAt(params.path, [...at, 'params', 'path'], true);
        if (counted && 'equals' in params) {
          const message = mismatch(params.equals, counted);
          if (message) report([...at, 'params', 'equals'], message);
        }
        if (counted && Array.isArray(params.oneOf)) {
          params.oneOf.forEach((value, index) => {
            const message = mismatch(value, counted);
            if (message) report([...at, 'params', 'oneOf', String(index)], message);
          });
        }
        return { label: 'the count', types: NUMBER, values: undefined };
      }
      case 'setting':
        return settingInfo(params.name, [...at, 'params', 'name']);
      default: {
        const types = FACT_TYPES[String(holder.fact)];
        return types ? { label: `the ${holder.fact} fact`, types, values: undefined } : undefined;
      }
    }
  }

  function checkDateParam(reference: unknown, at: string[], key: string) {
    if (typeof reference !== 'string' || reference === 'today') return;
    if (/^\d{4}-\d{2}-\d{2}$/.test(reference)) {
      if (!isIsoDate(reference)) report(at, `${quote(reference)} is not a real date`);
      return;
    }
    const info = infoAt(reference, at);
    if (info?.types && !info.types.has('date')) {
      report(at, `${key} must point at a date, but ${info.label} is ${describeTypes(info.types)}${info.types.has('string') ? ' without "format": "date"' : ''}`);
    }
  }

  function settingInfo(name: unknown, at: string[]): FactInfo | undefined {
    if (typeof name !== 'string') return undefined;
    if (!(name in settings)) {
      report(at, `there is no local setting ${quote(name)} in rules/local-settings.json${didYouMean(name, Object.keys(settings))}`);
      return undefined;
    }
    const value = settings[name];
    return { label: `the setting ${quote(name)}`, types: new Set([typeof value]), values: undefined };
  }

  if (typeof rule.forEach === 'string' && rule.forEach.startsWith('/')) {
    const tokens = parsePointer(rule.forEach);
    const list = resolve(formatPointer(tokens.slice(0, -1)), [...entry.at, 'forEach'], true);
    const types = list && typesOf(form.schema, list.schemas);
    if (types && !types.has('array')) report([...entry.at, 'forEach'], `forEach runs once per item of a list, but ${formatPointer(tokens.slice(0, -1))} is ${describeTypes(types)}`);
    base = tokens;
  }

  for (const { condition, at } of factConditions(rule.conditions, [...entry.at, 'conditions'])) {
    const fact = factInfo(condition, at);
    const value = condition.value;
    if (isFactReference(value)) factInfo(value, [...at, 'value']);
    else if (fact && typeof condition.operator === 'string' && 'value' in condition) {
      const message = checkValue(condition.operator, value, fact);
      if (message) report([...at, 'value'], message);
    }
  }

  const event = isObject(rule.event) ? rule.event : {};
  for (const [name, param] of Object.entries(isObject(event.params) ? event.params : {})) {
    if (isFactReference(param)) factInfo(param, [...entry.at, 'event', 'params', name]);
  }
  if (Array.isArray(rule.pointsAt)) rule.pointsAt.forEach((reference, index) => resolve(reference, [...entry.at, 'pointsAt', String(index)]));
  return problems;
}
