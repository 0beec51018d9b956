/**
 * Where JSON Schema (draft-07) keeps subschemas, so that code walking a schema visits exactly the
 * schemas and never mistakes data (an `enum` value, a property *named* "title") for one.
 */
const NAMED = ['properties', 'patternProperties', 'dependencies', 'definitions', '$defs'];
const SINGLE = ['additionalProperties', 'additionalItems', 'items', 'contains', 'propertyNames', 'not', 'if', 'then', 'else'];
const LISTED = ['items', 'allOf', 'anyOf', 'oneOf'];

type Json = Record<string, unknown>;

/** A JSON object (not an array, not null): what a schema, or a map of them, is. */
export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A schema's direct subschemas, each with the schema-path segments that lead to it (`['properties', 'name']`). */
export function subschemas(schema: unknown): [segments: string[], subschema: Json][] {
  if (!isObject(schema)) return [];
  const found: [string[], Json][] = [];
  for (const key of NAMED) {
    const named = schema[key];
    if (isObject(named)) for (const [name, child] of Object.entries(named)) if (isObject(child)) found.push([[key, name], child]);
  }
  for (const key of SINGLE) if (isObject(schema[key])) found.push([[key], schema[key] as Json]);
  for (const key of LISTED) {
    const list = schema[key];
    if (Array.isArray(list)) list.forEach((child, index) => isObject(child) && found.push([[key, String(index)], child]));
  }
  return found;
}

/** The keywords of JSON Schema whose value names subschemas by property name. */
export const NAMED_SUBSCHEMA_KEYWORDS: readonly string[] = NAMED;
