/**
 * JSON Forms evaluates UI-schema rule conditions with `ajv.validate(schema, value)`, and ajv compiles
 * with `new Function`, which a strict Content-Security-Policy forbids. This stand-in answers the
 * calls JSON Forms makes from the validators `caf build` precompiled, looked up by
 * `JSON.stringify(schema)`, and refuses (clearly) anything that was not precompiled.
 */
import type Ajv from 'ajv';
import type { CompiledValidator } from '@caf-forms/core';

export class ConditionNotPrecompiledError extends Error {
  constructor(schema: unknown) {
    super(
      `The UI schema condition ${JSON.stringify(schema)} has no precompiled validator. ` +
        'Rebuild the form with `caf build`: the runtime never compiles schemas in the browser.',
    );
    this.name = 'ConditionNotPrecompiledError';
  }
}

export interface CspSafeAjv {
  validate(schema: unknown, data: unknown): boolean;
  compile(schema: unknown): CompiledValidator;
  getSchema(key: string): CompiledValidator | undefined;
  errors: unknown[] | null | undefined;
}

export function createCspSafeAjv(conditions: Record<string, CompiledValidator>): CspSafeAjv {
  // The same condition object is checked on every render: stringify it once.
  const bySchema = new WeakMap<object, CompiledValidator>();
  const lookup = (schema: unknown): CompiledValidator => {
    if (schema !== null && typeof schema === 'object') {
      const cached = bySchema.get(schema);
      if (cached) return cached;
    }
    const validator = conditions[JSON.stringify(schema)];
    if (!validator) throw new ConditionNotPrecompiledError(schema);
    if (schema !== null && typeof schema === 'object') bySchema.set(schema, validator);
    return validator;
  };
  const ajv: CspSafeAjv = {
    errors: null,
    validate(schema, data) {
      const validator = lookup(schema);
      const valid = validator(data);
      ajv.errors = validator.errors;
      return valid;
    },
    compile: lookup,
    getSchema: (key) => conditions[key],
  };
  return ajv;
}

/** JSON Forms types its `ajv` prop as the real Ajv class; this stand-in implements what it calls. */
export function asAjv(stand: CspSafeAjv): Ajv {
  return stand as unknown as Ajv;
}
