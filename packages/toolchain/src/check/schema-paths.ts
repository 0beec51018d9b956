/**
 * Following data paths through a JSON Schema, the way the data itself would be followed: object
 * properties, array items, `additionalProperties`, local `$ref`s and every `allOf`/`anyOf`/`oneOf`
 * branch. A path may lead to several schemas (one per branch); it resolves when any of them has it.
 */
import { getAt } from '@caf-forms/core';
import { isObject } from '../json.ts';
import { didYouMean, orList, TYPE_WORDS } from './words.ts';

export type Schema = Record<string, unknown>;

/** A URI-fragment pointer (`#/properties/a%20b`) as tokens; a malformed escape stays as written. */
export function fragmentTokens(fragment: string): string[] {
  return fragment
    .split('/')
    .slice(1)
    .map((token) => {
      let decoded = token;
      try {
        decoded = decodeURIComponent(token);
      } catch {
        // "%" not followed by two hex digits: take the token literally, as the analyst wrote it
      }
      return decoded.replace(/~1/g, '/').replace(/~0/g, '~');
    });
}

function matchesPattern(pattern: string, token: string): boolean {
  try {
    return new RegExp(pattern, 'u').test(token);
  } catch {
    return false; // an invalid pattern is reported when the schema is compiled
  }
}

const ANYTHING: Schema = {};

/** What a path leads to: the schemas there, or where it stopped and what names existed there. */
export type PathResult =
  | { ok: true; schemas: Schema[] }
  | { ok: false; failedAt: number; names: string[]; types: Set<string> | undefined };

function deref(root: Schema, schema: unknown, seen: Set<unknown> = new Set()): Schema {
  if (schema === true) return ANYTHING;
  if (!isObject(schema)) return { not: {} };
  const ref = schema.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#') || seen.has(schema)) return schema;
  seen.add(schema);
  const target = getAt(root, fragmentTokens(ref.slice(1)));
  return target === undefined ? ANYTHING : deref(root, target, seen);
}

const BRANCHES = ['allOf', 'anyOf', 'oneOf'] as const;

/** The schema itself and every branch that also describes the same value (for `then`/`else` too). */
function facets(root: Schema, schema: unknown, seen: Set<Schema> = new Set()): Schema[] {
  const self = deref(root, schema);
  if (seen.has(self)) return [];
  seen.add(self);
  const branches = [...BRANCHES.flatMap((k) => (Array.isArray(self[k]) ? (self[k] as unknown[]) : [])), self.then, self.else];
  return [self, ...branches.filter((b) => b !== undefined).flatMap((b) => facets(root, b, seen))];
}

const STRUCTURE = ['properties', 'patternProperties', 'additionalProperties', 'items', 'type', 'enum', 'const', 'not'];
const unconstrained = (facet: Schema) => !STRUCTURE.some((k) => k in facet);

function childSchemas(facet: Schema, token: string): unknown[] {
  const found: unknown[] = [];
  const properties = isObject(facet.properties) ? facet.properties : {};
  if (token === '*') found.push(...Object.values(properties));
  else if (Object.prototype.hasOwnProperty.call(properties, token)) found.push(properties[token]);
  if (isObject(facet.patternProperties)) {
    for (const [pattern, schema] of Object.entries(facet.patternProperties)) {
      if (token === '*' || matchesPattern(pattern, token)) found.push(schema);
    }
  }
  if (isObject(facet.additionalProperties) && (token === '*' || found.length === 0)) found.push(facet.additionalProperties);
  if (token === '*' || /^(0|[1-9][0-9]*)$/.test(token)) {
    if (isObject(facet.items) || facet.items === true) found.push(facet.items);
    if (Array.isArray(facet.items)) found.push(...(token === '*' ? facet.items : [facet.items[Number(token)] ?? facet.additionalItems]));
  }
  return found.filter((s) => s !== undefined && s !== false);
}

function propertyNames(root: Schema, schemas: readonly Schema[]): string[] {
  const names = schemas.flatMap((s) => facets(root, s)).flatMap((f) => (isObject(f.properties) ? Object.keys(f.properties) : []));
  return [...new Set(names)];
}

/** Follows data tokens (`*` for any item or key) from `start` (default: the root schema). */
export function followPath(root: Schema, tokens: readonly string[], start: readonly Schema[] = [root]): PathResult {
  let current: Schema[] = [...start];
  for (let i = 0; i < tokens.length; i++) {
    const perSchema = current.map((schema) => facets(root, schema));
    // A schema that says nothing about its value (`{}`, `true`) allows any path below it.
    if (perSchema.some((fs) => fs.every(unconstrained))) return { ok: true, schemas: [ANYTHING] };
    const all = perSchema.flat();
    const next = all.flatMap((facet) => childSchemas(facet, tokens[i]!)).map((s) => deref(root, s));
    if (next.length === 0) return { ok: false, failedAt: i, names: propertyNames(root, current), types: typesOf(root, current) };
    current = next;
  }
  return { ok: true, schemas: current };
}

/** The JSON types a value there may have (`date` for `format: date` strings); undefined when unconstrained. */
export function typesOf(root: Schema, schemas: readonly Schema[]): Set<string> | undefined {
  const types = new Set<string>();
  for (const schema of schemas) {
    const own = ownTypes(root, schema);
    if (!own) return undefined;
    own.forEach((t) => types.add(t));
  }
  return types;
}

function valueType(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

function ownTypes(root: Schema, schema: unknown): Set<string> | undefined {
  const self = deref(root, schema);
  const values = allowedValues(root, [self]);
  let types: Set<string> | undefined;
  if (typeof self.type === 'string' || Array.isArray(self.type)) types = new Set([self.type].flat().map((t) => (t === 'integer' ? 'number' : String(t))));
  else if (values) types = new Set(values.map(valueType));
  else {
    for (const branch of Array.isArray(self.allOf) ? self.allOf : []) types ??= ownTypes(root, branch);
    for (const key of ['anyOf', 'oneOf'] as const) {
      if (types || !Array.isArray(self[key])) continue;
      const each = (self[key] as unknown[]).map((b) => ownTypes(root, b));
      if (each.every((t) => t !== undefined)) types = new Set(each.flatMap((t) => [...t!]));
    }
  }
  if (types?.has('string') && facets(root, self).some((f) => f.format === 'date')) types.add('date');
  return types;
}

/** The values allowed there (`enum`, `const`, or `anyOf`/`oneOf` of those); undefined when any value of the type is. */
export function allowedValues(root: Schema, schemas: readonly Schema[]): unknown[] | undefined {
  const values: unknown[] = [];
  for (const schema of schemas) {
    const own = ownValues(root, schema);
    if (!own) return undefined;
    values.push(...own.filter((v) => !values.some((w) => JSON.stringify(w) === JSON.stringify(v))));
  }
  return values;
}

function ownValues(root: Schema, schema: unknown): unknown[] | undefined {
  const self = deref(root, schema);
  if (Array.isArray(self.enum)) return self.enum;
  if ('const' in self) return [self.const];
  for (const branch of Array.isArray(self.allOf) ? self.allOf : []) {
    const values = ownValues(root, branch);
    if (values) return values;
  }
  for (const key of ['anyOf', 'oneOf'] as const) {
    if (!Array.isArray(self[key])) continue;
    const each = (self[key] as unknown[]).map((b) => ownValues(root, b));
    if (each.every((v) => v !== undefined)) return each.flat();
  }
  return undefined;
}

/** `a string`, `a date`, `a number or null`. */
export function describeTypes(types: ReadonlySet<string>): string {
  return orList([...types].filter((t) => !(t === 'string' && types.has('date'))).map((t) => TYPE_WORDS[t] ?? t));
}

/** Why a path did not resolve, naming the nearest existing properties. */
export function explainMissing(tokens: readonly string[], result: Extract<PathResult, { ok: false }>, display: (tokens: readonly string[]) => string): string {
  const name = tokens[result.failedAt]!;
  const where = result.failedAt === 0 ? 'the top level' : display(tokens.slice(0, result.failedAt));
  const listLike = name === '*' || /^\d+$/.test(name);
  if (listLike && !result.types?.has('array')) {
    return result.types && !result.types.has('object') ? `${where} is ${describeTypes(result.types)}, not a list` : `${where} is not a list`;
  }
  if (result.names.length === 0 && result.types && !result.types.has('object')) {
    return `${where} is ${describeTypes(result.types)}, so it has no property ${JSON.stringify(name)}`;
  }
  const near = didYouMean(name, result.names);
  const listed = result.names.length > 12 ? [...result.names.slice(0, 12), '…'] : result.names;
  return `there is no property ${JSON.stringify(name)} at ${where}${near || (listed.length > 0 ? `: the properties there are ${listed.join(', ')}` : '')}`;
}
