/**
 * `<id>.form.js`: one self-contained ES module per form (definition, validator, UI-schema condition
 * validators) that a page loads with `import()` under `script-src 'self'`. esbuild inlines ajv's
 * runtime helpers and ajv-formats' formats, so nothing is left to resolve in the browser.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';
import type { DefinitionBundle } from '@caf-forms/core';
import { standaloneFormValidators } from '../compile/standalone.ts';

const VALIDATORS = 'caf:validators';

/** Where ajv's runtime helpers resolve from: this package's own dependencies. */
const toolchainDir = fileURLToPath(new URL('../..', import.meta.url));

function entrySource(bundle: DefinitionBundle, conditionExports: Map<string, string>): string {
  const conditions = [...conditionExports].map(([key, name]) => `  ${JSON.stringify(key)}: validators.${name},`);
  return [
    `import * as validators from ${JSON.stringify(VALIDATORS)};`,
    `export const definition = ${JSON.stringify(bundle, null, 2)};`,
    'export const validate = validators.validate;',
    `export const conditions = {\n${conditions.join('\n')}\n};`,
    '',
  ].join('\n');
}

export async function formModule(bundle: DefinitionBundle): Promise<string> {
  const { code, conditionExports } = standaloneFormValidators(bundle.schema, bundle.uischema);
  const validators: Plugin = {
    name: 'caf-validators',
    setup(build) {
      build.onResolve({ filter: /^caf:validators$/ }, () => ({ path: VALIDATORS, namespace: 'caf' }));
      build.onLoad({ filter: /.*/, namespace: 'caf' }, () => ({ contents: code, loader: 'js', resolveDir: toolchainDir }));
    },
  };
  const { build } = await import('esbuild');
  const result = await build({
    stdin: { contents: entrySource(bundle, conditionExports), loader: 'js', resolveDir: toolchainDir, sourcefile: `${bundle.manifest.id}.form.js` },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    plugins: [validators],
    logLevel: 'silent',
    legalComments: 'none',
    banner: { js: `// ${bundle.manifest.title} (${bundle.manifest.id} ${bundle.manifest.version}), built by caf build: do not edit.` },
  });
  return result.outputFiles[0]!.text;
}
