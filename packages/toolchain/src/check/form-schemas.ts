/**
 * Check 3: each form's schema.json is a JSON Schema draft-07 that compiles with the project's one
 * ajv configuration (strict, ajv-formats, `errorMessage` and `x-sensitive` allowed). Compiled validators
 * are kept for the scenario check.
 */
import { Ajv } from 'ajv';
import type { CompiledValidator } from '@caf-forms/core';
import type { Node } from 'jsonc-parser';
import { compileValidator } from '../compile/validator.ts';
import type { FormFiles } from '../project.ts';
import { positionAt, problemAt, type Problem, type SourceFile } from '../source.ts';
import { describeAjvErrors } from './ajv-messages.ts';
import { fragmentTokens } from './schema-paths.ts';
import { checkErrorMessages } from './error-messages.ts';
import { didYouMean } from './words.ts';

const DRAFT_07_KEYWORDS = [
  '$id', '$schema', '$ref', '$comment', 'title', 'description', 'default', 'readOnly', 'writeOnly', 'examples',
  'multipleOf', 'maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum', 'maxLength', 'minLength', 'pattern',
  'additionalItems', 'items', 'maxItems', 'minItems', 'uniqueItems', 'contains', 'maxProperties', 'minProperties',
  'required', 'additionalProperties', 'definitions', 'properties', 'patternProperties', 'dependencies',
  'propertyNames', 'const', 'enum', 'type', 'format', 'contentMediaType', 'contentEncoding', 'if', 'then', 'else',
  'allOf', 'anyOf', 'oneOf', 'not', 'errorMessage', 'x-sensitive',
];

const DRAFT_07_URIS = ['http://json-schema.org/draft-07/schema#', 'http://json-schema.org/draft-07/schema'];

export interface CompiledForm {
  form: FormFiles;
  /** The schema, when it is valid draft-07 (so paths can be followed through it). */
  schema: Record<string, unknown> | undefined;
  /** undefined when the schema is not valid or does not compile. */
  validate: CompiledValidator | undefined;
}

let metaValidator: Ajv | undefined;

function findKey(node: Node | undefined, name: string): Node | undefined {
  if (!node) return undefined;
  if (node.type === 'property' && node.children?.[0]?.value === name) return node;
  for (const child of node.children ?? []) {
    const found = findKey(child, name);
    if (found) return found;
  }
  return undefined;
}

function findString(node: Node | undefined, text: string): Node | undefined {
  if (!node) return undefined;
  if (node.type === 'string' && node.value === text && node.parent?.children?.[1] === node) return node;
  for (const child of node.children ?? []) {
    const found = findString(child, text);
    if (found) return found;
  }
  return undefined;
}

/** ajv throws compile errors as bare messages; find the place they are about from what they name. */
function locateCompileError(file: SourceFile, raw: string): Problem {
  const schemaPath = /at (?:path )?"#([^"]*)"/.exec(raw)?.[1];
  const unknownKeyword = /unknown keyword: "([^"]+)"/.exec(raw)?.[1];
  const reference = /can't resolve reference (\S+) from id/.exec(raw)?.[1];
  const message = raw
    .replace(/^strict mode: /, '')
    .replace(/ (ignored )?in schema at path "[^"]*"| at "[^"]*"/, '')
    .replace(/ \(strict\w+\)$/, '')
    .replace(/ from id #$/, '');
  if (unknownKeyword) {
    const node = findKey(file.tree, unknownKeyword);
    const text = `unknown keyword "${unknownKeyword}": a schema may use JSON Schema draft-07 keywords, errorMessage and x-sensitive${didYouMean(unknownKeyword, DRAFT_07_KEYWORDS)}`;
    return { file: file.path, ...positionAt(file.text, node?.offset ?? 0), message: text };
  }
  if (reference) {
    const node = findString(file.tree, reference);
    return { file: file.path, ...positionAt(file.text, node?.offset ?? 0), message: `$ref ${JSON.stringify(reference)} does not lead to a definition in this schema` };
  }
  const pointer = schemaPath === undefined ? [] : fragmentTokens(schemaPath);
  return problemAt(file, pointer, `the schema does not compile: ${message}`);
}

export function compileFormSchema(form: FormFiles): { compiled: CompiledForm; problems: Problem[] } {
  const file = form.schema;
  if (!file?.tree) return { compiled: { form, schema: undefined, validate: undefined }, problems: [] };
  if (file.value === null || typeof file.value !== 'object' || Array.isArray(file.value)) {
    return { compiled: { form, schema: undefined, validate: undefined }, problems: [problemAt(file, [], 'a form schema must be a JSON object (JSON Schema draft-07)', 'value')] };
  }
  const declared = (file.value as Record<string, unknown>).$schema;
  if (declared !== undefined && !DRAFT_07_URIS.includes(String(declared))) {
    const message = `a form schema is JSON Schema draft-07: "$schema" must be ${JSON.stringify(DRAFT_07_URIS[0])}, not ${JSON.stringify(declared)}`;
    return { compiled: { form, schema: undefined, validate: undefined }, problems: [problemAt(file, ['$schema'], message, 'value')] };
  }
  metaValidator ??= new Ajv({ allErrors: true, verbose: true, strict: false });
  if (!metaValidator.validateSchema(file.value)) {
    const problems = describeAjvErrors(metaValidator.errors).map((m) => problemAt(file, m.pointer, `not valid JSON Schema draft-07: ${m.message}`, m.at));
    return { compiled: { form, schema: undefined, validate: undefined }, problems };
  }
  const schema = file.value as Record<string, unknown>;
  try {
    return { compiled: { form, schema, validate: compileValidator(schema) }, problems: checkErrorMessages(file, schema) };
  } catch (error) {
    return { compiled: { form, schema, validate: undefined }, problems: [locateCompileError(file, (error as Error).message)] };
  }
}
