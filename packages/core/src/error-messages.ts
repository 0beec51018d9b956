/**
 * The schema's own plain-English `errorMessage`s, applied to a validator's raw errors after it ran.
 *
 * ajv-errors does the same by generating code for every `errorMessage` into the validator; for the
 * family assessment that was 45% of its precompiled code, which every page downloads and compiles
 * (decision 007). Here the messages stay in the schema and are looked up only when validation
 * fails. The result is what ajv-errors gives, error for error and in the same order (a test
 * compares the two on every shipped form): a matched error becomes an `errorMessage` error whose
 * `params.errors` holds the originals it replaced.
 *
 * Supported, as in ajv-errors: a string (every error in the schema and below it), and an object of
 * keyword messages (`{ maxLength: "…" }`), per-property `required`/`dependencies` messages,
 * `properties`/`items` messages for errors inside a child, and `_` for the rest. Not supported:
 * `${…}` templates (`caf check` reports them).
 */
import { formatPointer, parsePointer } from './pointer.ts';
import { isObject, NAMED_SUBSCHEMA_KEYWORDS, subschemas } from './subschemas.ts';
import type { CompiledValidator, RawValidationError } from './validation.ts';

type Json = Record<string, unknown>;

/** `errorMessage` values by the ajv schema path of the schema that declares them (`#/properties/a`). */
export type ErrorMessageTable = ReadonlyMap<string, unknown>;

interface Raw extends RawValidationError {
  schemaPath: string;
}

/** How ajv writes a property name into a schema path: a JSON Pointer token, URI-encoded. */
export const schemaPathToken = (token: string) => encodeURIComponent(formatPointer([token]).slice(1));

/** Every `errorMessage` in a schema, keyed as ajv's `schemaPath` names the schema that holds it. */
export function errorMessageTable(schema: unknown): ErrorMessageTable {
  const table = new Map<string, unknown>();
  const visit = (node: Json, path: string) => {
    if (node.errorMessage !== undefined) table.set(path, node.errorMessage);
    for (const [segments, child] of subschemas(node)) visit(child, `${path}/${segments.map(schemaPathToken).join('/')}`);
  };
  if (isObject(schema)) visit(schema, '#');
  return table;
}

/** Schema-path segments that step into a child of the value (a property or an item). */
export function instanceDepth(segments: readonly string[]): number {
  let depth = 0;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (segment === 'properties' || segment === 'patternProperties') {
      depth++;
      i++;
    } else if (segment === 'items') {
      depth++;
      if (/^\d+$/.test(segments[i + 1] ?? '')) i++;
    } else if (segment === 'additionalProperties' || segment === 'additionalItems' || segment === 'contains') {
      depth++;
    } else if (NAMED_SUBSCHEMA_KEYWORDS.includes(segment) || segment === 'allOf' || segment === 'anyOf' || segment === 'oneOf') {
      i++;
    }
  }
  return depth;
}

/** One run of a schema that has an `errorMessage`: its schema path and the value it was applied to. */
interface Application {
  schemaPath: string;
  instancePath: string;
  depth: number;
}

/** Where each error's enclosing `errorMessage` schemas were applied, innermost first. */
function applications(errors: readonly Raw[], table: ErrorMessageTable): Application[] {
  const found = new Map<string, Application>();
  for (const error of errors) {
    const segments = error.schemaPath.split('/');
    const tokens = error.instancePath === '' ? [] : error.instancePath.split('/').slice(1);
    // The last segment is the failing keyword; every shorter prefix may be a schema with messages.
    for (let end = segments.length - 1; end >= 1; end--) {
      const schemaPath = segments.slice(0, end).join('/');
      if (!table.has(schemaPath)) continue;
      const below = instanceDepth(segments.slice(end, -1));
      const instancePath = tokens.slice(0, tokens.length - below).map((token) => '/' + token).join('');
      const key = `${schemaPath}\u0000${instancePath}`;
      if (!found.has(key)) found.set(key, { schemaPath, instancePath, depth: end });
    }
  }
  // ajv-errors runs as a schema finishes, so inner schemas take their errors first.
  return [...found.values()].sort((a, b) => b.depth - a.depth);
}

const PROPERTY_PARAMS: Record<string, string> = { required: 'missingProperty', dependencies: 'property', dependentRequired: 'property' };

/** Applies one schema's `errorMessage` to the errors of one run of it, as ajv-errors' code would. */
function applyOne(list: (Raw & { used?: boolean })[], messages: unknown, at: Application): void {
  const { schemaPath, instancePath } = at;
  const free = (error: Raw & { used?: boolean }) => error.keyword !== 'errorMessage' && !error.used;
  const insideSchema = (error: Raw) => error.schemaPath.startsWith(schemaPath + '/');
  const ownKeyword = (error: Raw) => error.instancePath === instancePath && insideSchema(error) && !error.schemaPath.slice(schemaPath.length + 1).includes('/');
  const reported: Raw[] = [];
  const report = (message: string, originals: Raw[], at = instancePath) => {
    for (const original of originals) (original as { used?: boolean }).used = true;
    reported.push({ instancePath: at, schemaPath: `${schemaPath}/errorMessage`, keyword: 'errorMessage', message, params: { errors: originals } });
  };
  if (isObject(messages)) {
    const byKeyword = new Map<string, Raw[]>();
    const byProperty = new Map<string, Map<string, Raw[]>>();
    for (const [keyword, message] of Object.entries(messages)) {
      if (keyword === 'properties' || keyword === 'items') continue;
      if (typeof message === 'string') byKeyword.set(keyword, []);
      else if (isObject(message)) byProperty.set(keyword, new Map(Object.keys(message).map((name) => [name, []])));
    }
    for (const error of list) if (free(error) && ownKeyword(error) && byKeyword.has(error.keyword)) byKeyword.get(error.keyword)!.push(error);
    for (const [keyword, originals] of byKeyword) if (originals.length > 0) report(messages[keyword] as string, originals);
    for (const error of list) {
      const names = byProperty.get(error.keyword);
      const name = error.params[PROPERTY_PARAMS[error.keyword] ?? ''];
      if (free(error) && ownKeyword(error) && names && typeof name === 'string' && names.has(name)) names.get(name)!.push(error);
    }
    for (const [keyword, names] of byProperty) {
      for (const [name, originals] of names) if (originals.length > 0) report((messages[keyword] as Json)[name] as string, originals);
    }
    applyToChildren(list, messages, instancePath, free, report);
  }
  const general = typeof messages === 'string' ? messages : isObject(messages) && typeof messages._ === 'string' ? messages._ : undefined;
  if (general !== undefined) {
    const within = (error: Raw) => error.instancePath === instancePath || error.instancePath.startsWith(instancePath + '/');
    const originals = list.filter((error) => free(error) && within(error) && insideSchema(error));
    if (originals.length > 0) report(general, originals);
  }
  // The new errors go where ajv-errors puts them: after the errors of this run of the schema.
  let last = -1;
  list.forEach((error, index) => {
    if (insideSchema(error) && (error.instancePath === instancePath || error.instancePath.startsWith(instancePath + '/'))) last = index;
  });
  list.splice(last + 1, 0, ...reported);
}

/** `properties`/`items` messages: errors anywhere inside the named child, reported at the child. */
function applyToChildren(
  list: (Raw & { used?: boolean })[],
  messages: Json,
  instancePath: string,
  free: (error: Raw & { used?: boolean }) => boolean,
  report: (message: string, originals: Raw[], at?: string) => void,
): void {
  const children = { ...(isObject(messages.properties) ? messages.properties : {}), ...(Array.isArray(messages.items) ? { ...messages.items } : {}) } as Json;
  const byChild = new Map<string, Raw[]>(Object.keys(children).map((name) => [name, []]));
  for (const error of list) {
    if (!free(error) || !error.instancePath.startsWith(instancePath)) continue;
    const match = /^\/[^/]*/.exec(error.instancePath.slice(instancePath.length));
    const child = match ? parsePointer(match[0])[0]! : undefined;
    if (child !== undefined && byChild.has(child)) byChild.get(child)!.push(error);
  }
  for (const [child, originals] of byChild) {
    if (originals.length > 0) report(children[child] as string, originals, instancePath + formatPointer([child]));
  }
}

/** The raw errors with the schema's `errorMessage`s applied (ajv-errors' result, without its code). */
export function applyErrorMessages(errors: readonly RawValidationError[], table: ErrorMessageTable): RawValidationError[] {
  const list = errors.map((error) => ({ ...error, schemaPath: (error as Partial<Raw>).schemaPath ?? '' }));
  if (table.size === 0) return list;
  for (const at of applications(list, table)) applyOne(list, table.get(at.schemaPath), at);
  return list.filter((error) => !(error as { used?: boolean }).used).map(({ used: _, ...error }: Raw & { used?: boolean }) => error);
}

/**
 * A validator whose `errors` carry the schema's own messages. `messages` is the schema itself or
 * its table (`errorMessageTable`), for a module that ships the validator without the schema.
 */
export function withErrorMessages(validator: CompiledValidator, messages: ErrorMessageTable | object): CompiledValidator {
  // The schema is walked for its messages only once some answers fail.
  let table: ErrorMessageTable | undefined;
  const validate = ((data: unknown) => {
    const valid = validator(data);
    validate.errors = valid ? null : applyErrorMessages(validator.errors ?? [], (table ??= messages instanceof Map ? (messages as ErrorMessageTable) : errorMessageTable(messages)));
    return valid;
  }) as CompiledValidator;
  return validate;
}
