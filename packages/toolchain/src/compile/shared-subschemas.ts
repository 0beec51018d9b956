/**
 * Repeated subschemas compiled once. With titles and messages stripped (standalone.ts), the family
 * assessment's 19 CAF element schemas are identical, and ajv wrote each out again: half of the
 * validator's code, which every page downloads and compiles before its first render. Each schema
 * that repeats becomes one `$defs` entry, which ajv (with `inlineRefs: false`) compiles into one
 * function. Errors from inside it carry schema paths that start at that entry; the sites returned
 * here let core's `withSharedSchemaSites` put the root's paths back (the error-message oracle test
 * checks that the errors are unchanged).
 */
import { schemaPathToken } from '@caf-forms/core/error-messages';
import { subschemas, type SharedSchemaSite } from '@caf-forms/core';
import { isObject, type Json } from '../json.ts';

/** Smaller schemas cost less code than a call; larger ones are where the savings are. */
const MINIMUM_SIZE = 150;
const DEF_PREFIX = 'caf-shared-';

interface Occurrence {
  segments: string[];
  dataPath: string[];
}

/** The data path a subschema step leads to, or null where a shared schema's errors could not be placed (`not`, `contains`…). */
function dataStep(segments: readonly string[]): string[] | null {
  const [keyword, name] = segments;
  if (keyword === 'properties') return [name!];
  if (keyword === 'items') return [name ?? '*'];
  if (keyword === 'additionalProperties' || keyword === 'patternProperties') return ['*'];
  if (keyword === 'allOf' || keyword === 'anyOf' || keyword === 'oneOf' || keyword === 'then' || keyword === 'else') return [];
  return null;
}

/** Whether errors at one data path could be taken for errors at the other's. */
function overlap(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.every((token, index) => token === '*' || long[index] === '*' || token === long[index]);
}

/** Repeatable: no references or ids of its own, which would resolve differently once moved. */
const shareable = (key: string) => key.length >= MINIMUM_SIZE && !/"\$(ref|id|defs|data)"|"definitions"/.test(key);

function occurrences(schema: Json): Map<string, Occurrence[]> {
  const found = new Map<string, Occurrence[]>();
  const visit = (node: Json, segments: string[], dataPath: string[]) => {
    for (const [step, child] of subschemas(node)) {
      const data = dataStep(step);
      if (data === null) continue;
      const at = { segments: [...segments, ...step], dataPath: [...dataPath, ...data] };
      const key = JSON.stringify(child);
      if (at.dataPath.length > 0 && (isObject(child.properties) || child.items !== undefined) && shareable(key)) found.set(key, [...(found.get(key) ?? []), at]);
      visit(child, at.segments, at.dataPath);
    }
  };
  visit(schema, [], []);
  return found;
}

/** `node` with the value at `keys` (a schema path's segments) replaced. */
function replaced(node: unknown, keys: readonly string[], by: Json): unknown {
  if (keys.length === 0) return by;
  const [key, ...rest] = keys as [string, ...string[]];
  if (Array.isArray(node)) return node.map((item, index) => (index === Number(key) ? replaced(item, rest, by) : item));
  const object = node as Json;
  return { ...object, [key]: replaced(object[key], rest, by) };
}

/** The schema with each repeated subschema moved into `$defs`, and where each was used. */
export function shareRepeatedSubschemas(schema: Json): { schema: Json; sites: SharedSchemaSite[] } {
  if (schema.$defs !== undefined || schema.definitions !== undefined) return { schema, sites: [] };
  const candidates = [...occurrences(schema)].filter(([, list]) => list.length > 1).sort(([a, x], [b, y]) => b.length * y.length - a.length * x.length);
  const accepted: Occurrence[] = [];
  const defs: Json = {};
  let result = schema;
  for (const [key, list] of candidates) {
    const clash = list.some((one, index) => list.some((other, j) => j !== index && overlap(one.dataPath, other.dataPath)) || accepted.some((other) => overlap(one.dataPath, other.dataPath)));
    if (clash) continue;
    const name = `${DEF_PREFIX}${Object.keys(defs).length}`;
    defs[name] = JSON.parse(key) as Json;
    for (const occurrence of list) result = replaced(result, occurrence.segments, { $ref: `#/$defs/${name}` }) as Json;
    accepted.push(...list);
  }
  if (accepted.length === 0) return { schema, sites: [] };
  const sites = accepted.map(({ dataPath, segments }): SharedSchemaSite => [dataPath, `#/${segments.map(schemaPathToken).join('/')}`]);
  return { schema: { ...result, $defs: defs }, sites };
}
