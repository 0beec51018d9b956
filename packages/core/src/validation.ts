/**
 * Validation results from a precompiled (ajv standalone) validator: JSON Pointer + plain-English
 * message. Compiling schemas needs `new Function`, so it happens in the toolchain, never here.
 */
import { comparePointers, formatPointer } from './pointer.ts';

/** The parts of an ajv error that we read; an `errorMessage` error wraps the originals in `params.errors`. */
export interface RawValidationError {
  instancePath: string;
  /** Where in the schema the failing keyword is (`#/properties/a/maxLength`). */
  schemaPath?: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: RawValidationError[] | null;
}

export interface ValidationError {
  /** Where the problem is: a missing property points at the property itself, not its parent. */
  pointer: string;
  message: string;
  keyword: string;
}

function pointerOf(error: RawValidationError): string {
  const inner = error.keyword === 'errorMessage' ? (error.params.errors as RawValidationError[] | undefined)?.[0] : undefined;
  const original = inner ?? error;
  if (original.keyword === 'required' && typeof original.params.missingProperty === 'string') {
    return original.instancePath + formatPointer([original.params.missingProperty]);
  }
  if (original.keyword === 'additionalProperties' && typeof original.params.additionalProperty === 'string') {
    return original.instancePath + formatPointer([original.params.additionalProperty]);
  }
  return original.instancePath;
}

export function toValidationErrors(raw: readonly RawValidationError[] | null | undefined): ValidationError[] {
  const seen = new Set<string>();
  const errors: ValidationError[] = [];
  for (const error of raw ?? []) {
    // `if`/`then` report both the failed branch and the `if`: the branch says what is wrong.
    if (error.keyword === 'if') continue;
    const result = { pointer: pointerOf(error), message: error.message ?? 'is not valid', keyword: error.keyword };
    const key = `${result.pointer}\u0000${result.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push(result);
  }
  return errors.sort((a, b) => comparePointers(a.pointer, b.pointer));
}

export function validate(validator: CompiledValidator, data: unknown): ValidationError[] {
  return validator(data) ? [] : toValidationErrors(validator.errors);
}
