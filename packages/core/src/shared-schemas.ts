/**
 * Validators that `caf build` compiles with each repeated subschema shared (one function for the
 * 19 identical CAF element schemas of the family assessment, say: toolchain `shared-subschemas.ts`).
 * ajv reports an error from inside a shared schema with a schema path that starts at that schema,
 * not at the form's root; this puts the root's path back, so the errors, and the `errorMessage`s
 * looked up by path, are those of a validator compiled without sharing.
 */
import { instanceDepth } from './error-messages.ts';
import { parsePointer } from './pointer.ts';
import type { CompiledValidator } from './validation.ts';

/**
 * Where a shared schema is used: the path through the data to it (`*` for any item or property)
 * and its schema path. No site's data path is a prefix of another's, so the data says which one.
 */
export type SharedSchemaSite = [dataPath: string[], schemaPath: string];

/** The site an error came from, or none for an error of the root schema's own code. */
function siteOf(instancePath: string, schemaPath: string, sites: readonly SharedSchemaSite[]): SharedSchemaSite | undefined {
  const tokens = parsePointer(instancePath);
  // Without '#' and the failing keyword: the path to the schema that failed, which for the root's
  // own code goes exactly as deep into the data as the error does.
  const outside = tokens.length - instanceDepth(schemaPath.split('/').slice(1, -1));
  if (outside <= 0) return undefined;
  return sites.find(([dataPath]) => dataPath.length === outside && dataPath.every((token, index) => token === '*' || token === tokens[index]));
}

/** A validator whose errors name schema paths from the form's root, shared schemas or not. */
export function withSharedSchemaSites(validator: CompiledValidator, sites: readonly SharedSchemaSite[]): CompiledValidator {
  const validate = ((data: unknown) => {
    const valid = validator(data);
    validate.errors = valid
      ? null
      : (validator.errors ?? []).map((error) => {
          const schemaPath = (error as { schemaPath?: string }).schemaPath ?? '';
          const site = siteOf(error.instancePath, schemaPath, sites);
          return site ? { ...error, schemaPath: site[1] + schemaPath.slice(1) } : error;
        });
    return valid;
  }) as CompiledValidator;
  return validate;
}
