/**
 * ajv reports what failed in schema terms ("must match a schema in anyOf"); analysts need to know
 * what to write instead. This turns ajv errors (compiled with `verbose: true`, so each error carries
 * its schema) into plain-English messages at the place to look, keeping only the most useful branch
 * of an `anyOf`/`oneOf` and dropping the `if` half of `if`/`then`.
 */
import type { ErrorObject } from 'ajv';
import { getAt, parsePointer } from '@caf-forms/core';
import { didYouMean, kindOf, orList, quote, quoteList, TYPE_WORDS } from './words.ts';

export interface LocatedMessage {
  /** JSON Pointer tokens into the validated data. */
  pointer: string[];
  /** Point at the property's name (`key`) or at the value itself. */
  at: 'key' | 'value';
  message: string;
}

type AjvError = ErrorObject & { propertyName?: string };
type Schema = Record<string, unknown>;

/** Patterns the definition meta-schemas use, in words. */
const PATTERN_WORDS: Record<string, string> = {
  '^[a-z][a-z0-9]*(-[a-z0-9]+)*$': 'kebab-case: lower-case words joined by hyphens, such as "family-assessment"',
  '^[a-zA-Z][a-zA-Z0-9]*$': 'letters and digits only, starting with a letter, such as "reviewIntervalWeeks"',
  '^\\d{4}-\\d{2}-\\d{2}$': 'a date written YYYY-MM-DD',
  '\\.md$': 'a file name ending in .md',
  '^(/.*)?$': 'a JSON Pointer such as /familyMembers/0',
  '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?$': 'a version number major.minor.patch, such as 1.0.0',
};

const FORMAT_WORDS: Record<string, string> = {
  date: 'a real date written YYYY-MM-DD',
  'date-time': 'a date and time such as 2026-03-02T09:30:00Z',
  time: 'a time such as 09:30:00',
  email: 'an email address',
  uri: 'a web address (URI)',
};

function describeTypes(types: unknown): string {
  return orList((Array.isArray(types) ? types : [types]).map((t) => TYPE_WORDS[String(t)] ?? String(t)));
}

function describePattern(pattern: string, parentSchema: Schema | undefined): string {
  // The first sentence of a description says what is allowed; the rest explains why.
  const description = typeof parentSchema?.description === 'string' ? parentSchema.description.split(/(?<=\.) /)[0]!.replace(/\.$/, '') : undefined;
  return PATTERN_WORDS[pattern] ?? description ?? `text matching the pattern ${pattern}`;
}

/** The words of a pattern that is a list of alternatives (`^(equal|notEqual|…)$`), for "did you mean". */
function alternatives(pattern: string): string[] {
  return pattern.includes('|') ? (pattern.match(/[A-Za-z]{2,}/g) ?? []) : [];
}

function allowedProperties(schema: Schema | undefined): string[] {
  return schema && typeof schema.properties === 'object' && schema.properties ? Object.keys(schema.properties) : [];
}

/** One error in words, with where it points. */
function describe(error: AjvError, data: unknown): LocatedMessage {
  const pointer = parsePointer(error.instancePath);
  const parent = error.parentSchema as Schema | undefined;
  const params = error.params as Record<string, unknown>;
  // Validators compiled without `verbose` do not carry the value: read it from the data.
  const value = 'data' in error ? error.data : getAt(data, pointer);
  const at = (message: string, where: 'key' | 'value' = 'value', tokens = pointer): LocatedMessage => ({ pointer: tokens, at: where, message });
  if (error.propertyName !== undefined) {
    const name = error.propertyName;
    const rule = error.keyword === 'pattern' ? describePattern(String(params.pattern), parent) : error.message ?? 'is not allowed';
    return at(`the name ${quote(name)} is not allowed here: names must be ${rule}`, 'key', [...pointer, name]);
  }
  switch (error.keyword) {
    case 'required': {
      const name = String(params.missingProperty);
      const property = (parent?.properties as Record<string, Schema> | undefined)?.[name];
      const hint = typeof property?.description === 'string' ? ` (${property.description})` : '';
      return at(`missing required property ${quote(name)}${hint}`, 'key');
    }
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const allowed = allowedProperties(parent);
      const list = allowed.length > 0 ? `: allowed properties are ${quoteList(allowed)}` : '';
      return at(`unknown property ${quote(name)}${list}${didYouMean(name, allowed)}`, 'key', [...pointer, name]);
    }
    case 'enum': {
      const allowed = params.allowedValues as unknown[];
      const near = typeof value === 'string' ? didYouMean(value, allowed.filter((v): v is string => typeof v === 'string')) : '';
      return at(`${quote(value)} is not an allowed value: allowed values are ${quoteList(allowed)}${near}`);
    }
    case 'const':
      return at(`must be ${quote(params.allowedValue)}`);
    case 'type':
      return at(`must be ${describeTypes(params.type)}, not ${kindOf(value)}`);
    case 'pattern':
      return at(`${quote(value)} is not in the expected form: ${describePattern(String(params.pattern), parent)}${typeof value === 'string' ? didYouMean(value, alternatives(String(params.pattern))) : ''}`);
    case 'format':
      return at(`${quote(value)} is not ${FORMAT_WORDS[String(params.format)] ?? `in the format ${params.format}`}`);
    case 'minLength':
      return at(params.limit === 1 ? 'must not be empty' : `must be at least ${params.limit} characters long`);
    case 'maxLength':
      return at(`must be at most ${params.limit} characters long`);
    case 'minItems':
      return at(params.limit === 1 ? 'must list at least one item' : `must list at least ${params.limit} items`);
    case 'maxItems':
      return at(`must list at most ${params.limit} items`);
    case 'minProperties':
    case 'maxProperties': {
      const bound = error.keyword === 'minProperties' ? 'at least' : 'at most';
      const exactlyOne = parent?.minProperties === 1 && parent.maxProperties === 1;
      const allowed = allowedProperties(parent);
      const what = exactlyOne ? 'exactly one of' : `${bound} ${params.limit} of`;
      return at(allowed.length > 0 ? `must have ${what} ${quoteList(allowed)}` : `must have ${bound} ${params.limit} properties`, 'key');
    }
    case 'minimum':
    case 'exclusiveMinimum':
      return at(`must be ${error.keyword === 'minimum' ? 'at least' : 'more than'} ${params.limit}`);
    case 'maximum':
    case 'exclusiveMaximum':
      return at(`must be ${error.keyword === 'maximum' ? 'at most' : 'less than'} ${params.limit}`);
    case 'uniqueItems': {
      const later = String(Math.max(Number(params.i), Number(params.j)));
      const item = Array.isArray(value) ? value[Number(later)] : undefined;
      return at(`${quote(item)} is listed more than once`, 'value', [...pointer, later]);
    }
    case 'not': {
      const forbidden = (error.schema as Schema | undefined)?.required;
      if (Array.isArray(forbidden) && forbidden.length === 1 && value && typeof value === 'object') {
        return at(`${quote(forbidden[0])} is not allowed here`, 'key', [...pointer, String(forbidden[0])]);
      }
      return at('is not allowed here');
    }
    case 'false schema':
      return at('is not allowed here', 'key');
    default:
      return at(error.message ?? `is not valid (${error.keyword})`);
  }
}

const isBranching = (error: AjvError) => error.keyword === 'anyOf' || error.keyword === 'oneOf';
const within = (inner: string, outer: string) => inner === outer || inner.startsWith(outer + '/');
/** A branch saying only "not this kind of value at all": what the other branches say is more useful. */
const WEAK = new Set(['type', 'not', 'const', 'false schema']);

/**
 * ajv lists the errors of an `anyOf`/`oneOf`'s branches just before the `anyOf` error itself (their
 * schema paths do not always show the branch: a `$ref` restarts them). Of that run, keep what says
 * something about the value's contents, drop the branches that merely rejected its kind, and when
 * every branch rejected only its kind say so once ("must be a string or an object").
 */
function collapseBranches(errors: AjvError[]): AjvError[] {
  const kept: AjvError[] = [];
  for (const error of errors) {
    if (!isBranching(error)) {
      kept.push(error);
      continue;
    }
    let start = kept.length;
    while (start > 0 && within(kept[start - 1]!.instancePath, error.instancePath)) start--;
    const run = kept.splice(start);
    const atValue = (e: AjvError) => e.instancePath === error.instancePath && e.propertyName === undefined;
    if (run.length > 0 && run.every((e) => e.keyword === 'type' && atValue(e))) {
      const types = [...new Set(run.flatMap((e) => [(e.params as { type: unknown }).type].flat()))];
      kept.push({ ...run[0]!, params: { type: types } });
      continue;
    }
    const useful = run.filter((e) => !(WEAK.has(e.keyword) && atValue(e)));
    kept.push(...(useful.length > 0 ? useful : run.length > 0 ? run : [error]));
  }
  return kept;
}

/** ajv errors as located plain-English messages, one per distinct problem. */
export function describeAjvErrors(errors: readonly ErrorObject[] | null | undefined, data?: unknown): LocatedMessage[] {
  const relevant = (errors ?? []).filter((e) => e.keyword !== 'if' && e.keyword !== 'propertyNames') as AjvError[];
  const seen = new Set<string>();
  return collapseBranches([...relevant])
    .map((error) => (error.keyword === 'errorMessage' ? withSchemaMessage(error) : describe(error, data)))
    .filter((located) => {
      const key = `${located.pointer.join('/')}\u0000${located.message}`;
      return seen.has(key) ? false : (seen.add(key), true);
    });
}

/** ajv-errors' `errorMessage`: the schema author's own words, at the property the first original error is about. */
function withSchemaMessage(error: AjvError): LocatedMessage {
  const original = (error.params as { errors?: AjvError[] }).errors?.[0];
  const pointer = parsePointer(error.instancePath);
  const params = (original?.params ?? {}) as Record<string, unknown>;
  if (original?.keyword === 'required') return { pointer: [...pointer, String(params.missingProperty)], at: 'key', message: error.message ?? '' };
  if (original?.keyword === 'additionalProperties') return { pointer: [...pointer, String(params.additionalProperty)], at: 'key', message: error.message ?? '' };
  return { pointer, at: 'value', message: error.message ?? '' };
}
