/**
 * The ES modules a page loads with `import()` under `script-src 'self'`: `<id>.form.js`
 * (definition, validator, UI-schema condition validators) and `validate.js` (the validator alone).
 * esbuild inlines ajv's runtime helpers and ajv-formats' formats, so nothing is left to resolve.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';
import { errorMessageTable, type DefinitionBundle } from '@caf-forms/core';
import { standaloneFormValidators, type FormValidatorsModule } from '../compile/standalone.ts';

const VALIDATORS = 'caf:validators';
/** Applies the schema's messages to the errors (decision 007): a few hundred bytes of core. */
const ERROR_MESSAGES = '@caf-forms/core/error-messages';
/** Gives errors from shared subschemas their paths from the root (shared-subschemas.ts). */
const SHARED_SCHEMAS = '@caf-forms/core/shared-schemas';

/** Where ajv's runtime helpers resolve from: this package's own dependencies. */
const toolchainDir = fileURLToPath(new URL('../..', import.meta.url));

/** Bundles `entry`, which imports the standalone validator code as "caf:validators". */
async function bundle(entry: string, validatorsCode: string, fileName: string, banner: string): Promise<string> {
  const validators: Plugin = {
    name: 'caf-validators',
    setup(build) {
      build.onResolve({ filter: /^caf:validators$/ }, () => ({ path: VALIDATORS, namespace: 'caf' }));
      build.onLoad({ filter: /.*/, namespace: 'caf' }, () => ({ contents: validatorsCode, loader: 'js', resolveDir: toolchainDir }));
    },
  };
  const { build } = await import('esbuild');
  const result = await build({
    stdin: { contents: entry, loader: 'js', resolveDir: toolchainDir, sourcefile: fileName },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    plugins: [validators],
    logLevel: 'silent',
    legalComments: 'none',
    minify: true,
    // V8's explicit compile hint must be the first line: a form's code (its validator, condition
    // validators) all runs in the form's first render, so it is compiled as it loads (decision 010).
    banner: { js: `//# allFunctionsCalledOnLoad\n// ${banner}, built by caf build: do not edit.` },
  });
  return result.outputFiles[0]!.text;
}

/** The compiled validator as an expression, its shared subschemas' errors given root paths. */
function rawValidator(validators: FormValidatorsModule, compiled: string): { imports: string[]; expression: string } {
  if (validators.sharedSchemaSites.length === 0) return { imports: [], expression: compiled };
  return {
    imports: [`import { withSharedSchemaSites } from ${JSON.stringify(SHARED_SCHEMAS)};`],
    expression: `withSharedSchemaSites(${compiled}, ${JSON.stringify(validators.sharedSchemaSites)})`,
  };
}

const describe = (definition: DefinitionBundle) => `${definition.manifest.title} (${definition.manifest.id} ${definition.manifest.version})`;

/** Compiling a large form schema is the slow step of a build: `caf build` compiles once for both modules. */
export function compileForm(definition: DefinitionBundle): FormValidatorsModule {
  return standaloneFormValidators(definition.schema, definition.uischema);
}

export async function formModule(definition: DefinitionBundle, validators = compileForm(definition)): Promise<string> {
  const { code, conditionExports } = validators;
  const conditions = [...conditionExports].map(([key, name]) => `  ${JSON.stringify(key)}: validators.${name},`);
  const raw = rawValidator(validators, 'validators.validate');
  const entry = [
    `import * as validators from ${JSON.stringify(VALIDATORS)};`,
    `import { withErrorMessages } from ${JSON.stringify(ERROR_MESSAGES)};`,
    ...raw.imports,
    `export const definition = ${JSON.stringify(definition, null, 2)};`,
    `export const validate = withErrorMessages(${raw.expression}, definition.schema);`,
    `export const conditions = {\n${conditions.join('\n')}\n};`,
    '',
  ].join('\n');
  return bundle(entry, code, `${definition.manifest.id}.form.js`, describe(definition));
}

/**
 * `validate.js`: the schema's validator as the default (and `validate`) export; esbuild drops the
 * condition validators. It carries the schema's `errorMessage`s, not the whole schema.
 */
export async function validatorModule(definition: DefinitionBundle, validators = compileForm(definition)): Promise<string> {
  const messages = JSON.stringify([...errorMessageTable(definition.schema)]);
  const raw = rawValidator(validators, 'compiled');
  const entry = [
    `import { validate as compiled } from ${JSON.stringify(VALIDATORS)};`,
    `import { withErrorMessages } from ${JSON.stringify(ERROR_MESSAGES)};`,
    ...raw.imports,
    `const validate = withErrorMessages(${raw.expression}, new Map(${messages}));`,
    'export { validate, validate as default };',
    '',
  ].join('\n');
  return bundle(entry, validators.code, 'validate.js', `The validator of ${describe(definition)}`);
}
