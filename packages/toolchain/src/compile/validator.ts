/**
 * Validators for Node (caf test, caf evaluate, the checker). They compile with `new Function`,
 * which is why the browser only ever gets the standalone code from standalone.ts.
 */
import { withErrorMessages, type CompiledValidator, type JsonSchema } from '@caf-forms/core';
import { createAjv } from './ajv.ts';

/** Compiles a form schema (its `errorMessage`s applied); throws ajv's message when the schema itself is not valid. */
export function compileValidator(schema: JsonSchema): CompiledValidator {
  return withErrorMessages(createAjv().compile(schema) as CompiledValidator, schema);
}
