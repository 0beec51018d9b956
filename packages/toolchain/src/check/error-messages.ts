/**
 * An `errorMessage` for a keyword the schema does not use, or for a property it does not require,
 * is accepted and then never shown: the analyst's words silently vanish. This finds them, and the
 * `${…}` templates of ajv-errors, which core does not fill in.
 */
import { problemAt, type Problem, type SourceFile } from '../source.ts';
import { isObject, type Json } from '../json.ts';
import { didYouMean, quote } from './words.ts';

/** Keys of `errorMessage` that are not keyword names. */
const GROUPS = new Set(['required', 'properties', 'items', 'dependencies', '_']);
/** Values that are data, not schemas: nothing inside them is a schema. */
const DATA_KEYWORDS = new Set(['enum', 'const', 'default', 'examples']);
const BRANCHES = ['allOf', 'anyOf', 'oneOf', 'then', 'else'];

/** The schema and every branch that applies to the same value (their errors reach the same errorMessage). */
function sameValueSchemas(schema: Json): Json[] {
  const nested = BRANCHES.flatMap((key) => [schema[key]].flat()).filter(isObject);
  return [schema, ...nested.flatMap(sameValueSchemas)];
}

function checkOne(file: SourceFile, schema: Json, messages: Json, at: string[]): Problem[] {
  const problems: Problem[] = [];
  const schemas = sameValueSchemas(schema);
  // A keyword's message only takes that schema's own errors, never a branch's (decision 007).
  const keywords = new Set(Object.keys(schema));
  for (const key of Object.keys(messages)) {
    if (GROUPS.has(key) || keywords.has(key)) continue;
    problems.push(problemAt(file, [...at, key], `the message for ${quote(key)} never shows: this schema has no ${quote(key)} keyword${didYouMean(key, keywords)}`));
  }
  const requiredBy = (list: Json[]) => new Set(list.flatMap((s) => (Array.isArray(s.required) ? s.required.map(String) : [])));
  const required = requiredBy([schema]);
  const requiredInBranches = requiredBy(schemas);
  // `properties` messages take errors by where they are in the data, so branches' properties count.
  const properties = new Set(schemas.flatMap((s) => (isObject(s.properties) ? Object.keys(s.properties) : [])));
  for (const [group, known, what] of [['required', required, 'required'], ['properties', properties, 'a property']] as const) {
    const named = messages[group];
    if (!isObject(named)) continue;
    for (const name of Object.keys(named)) {
      if (known.has(name)) continue;
      const hint =
        group === 'required' && requiredInBranches.has(name)
          ? ` (only a branch requires it: put the message in that branch's own errorMessage)`
          : didYouMean(name, known);
      problems.push(problemAt(file, [...at, group, name], `the message for ${quote(name)} never shows: ${quote(name)} is not ${what} here${hint}`));
    }
  }
  return problems;
}

/** Messages are shown as written: ajv-errors' `${…}` templates are not filled in (decision 007). */
function checkTemplates(file: SourceFile, messages: unknown, at: string[]): Problem[] {
  if (typeof messages === 'string') {
    return messages.includes('${') ? [problemAt(file, at, 'a message is shown as written: "${…}" templates are not filled in, so write the message in full', 'value')] : [];
  }
  if (Array.isArray(messages)) return messages.flatMap((item, i) => checkTemplates(file, item, [...at, String(i)]));
  if (isObject(messages)) return Object.entries(messages).flatMap(([key, item]) => checkTemplates(file, item, [...at, key]));
  return [];
}

export function checkErrorMessages(file: SourceFile, root: Json): Problem[] {
  const problems: Problem[] = [];
  const visit = (value: unknown, at: string[]) => {
    if (Array.isArray(value)) return value.forEach((item, i) => visit(item, [...at, String(i)]));
    if (!isObject(value)) return;
    if (isObject(value.errorMessage)) problems.push(...checkOne(file, value, value.errorMessage, [...at, 'errorMessage']));
    if (value.errorMessage !== undefined) problems.push(...checkTemplates(file, value.errorMessage, [...at, 'errorMessage']));
    for (const [key, child] of Object.entries(value)) {
      if (key !== 'errorMessage' && !DATA_KEYWORDS.has(key)) visit(child, [...at, key]);
    }
  };
  visit(root, []);
  return problems;
}
