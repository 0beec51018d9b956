/**
 * Standalone validator code: ES modules with every check written out, so that a browser under a
 * strict Content-Security-Policy validates without compiling anything (no `new Function`).
 */
import standaloneCode from 'ajv/dist/standalone/index.js';
import { subschemas, type JsonSchema, type SharedSchemaSite, type UiSchema } from '@caf-forms/core';
import { ANNOTATION_KEYWORDS, FORMATS_IDENTIFIER, createAjv } from './ajv.ts';
import { conditionSchemas } from './conditions.ts';
import { shareRepeatedSubschemas } from './shared-subschemas.ts';

/**
 * ajv 8 writes `require("…")` for its runtime helpers even in ESM mode. Each becomes a namespace
 * import (with ".js": ESM resolution does not guess extensions) turned back into what `require`
 * would give. Node hands over `module.exports` as `default`; esbuild, seeing `__esModule`, hands
 * over the exports themselves, so the helper accepts both.
 */
const CJS_HELPER = 'const __cafCjs = (ns) => (ns.default !== null && typeof ns.default === "object" && ns.default.__esModule ? ns.default : ns);';

function toEsm(code: string): string {
  const modules = new Map<string, string>();
  const body = code
    .replace(/^"use strict";/, '')
    .replace(/require\("([^"]+)"\)/g, (_, specifier: string) => {
      if (!modules.has(specifier)) modules.set(specifier, `__cafRuntime${modules.size}`);
      return modules.get(specifier)!;
    });
  const imports = [...modules].map(([specifier, name]) => `import * as ${name}Namespace from ${JSON.stringify(`${specifier}.js`)};`);
  const bindings = [...modules.values()].map((name) => `const ${name} = __cafCjs(${name}Namespace);`);
  // Named formats (date, email…) come from ajv-formats under the name set in ajv.ts.
  if (body.includes(FORMATS_IDENTIFIER)) imports.push(`import { fullFormats as ${FORMATS_IDENTIFIER} } from "ajv-formats/dist/formats.js";`);
  const prelude = bindings.length > 0 ? [CJS_HELPER, ...bindings] : [];
  return `${[...imports, ...prelude].join('\n')}\n${body}\n`;
}

/** Keywords with no effect on validation. `errorMessage` is applied by core from the schema itself. */
const NOT_VALIDATION = ['title', 'description', 'examples', '$comment', 'default', 'readOnly', 'writeOnly', 'errorMessage', ...ANNOTATION_KEYWORDS];

/**
 * The schema without the words for people. ajv writes the schema objects its code refers to (an
 * `enum`'s schema, say) into the standalone code whole: titles and hints made the family
 * assessment's validator 7% larger. Schema paths are unchanged, so errors are the same.
 */
function validationOnly(schema: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...schema };
  for (const keyword of NOT_VALIDATION) delete copy[keyword];
  for (const [[keyword, name], child] of subschemas(schema)) {
    if (keyword === undefined) continue;
    if (name === undefined) {
      copy[keyword] = validationOnly(child);
      continue;
    }
    // Copy each container (properties, allOf…) once, the first time one of its schemas changes.
    if (copy[keyword] === schema[keyword]) copy[keyword] = Array.isArray(schema[keyword]) ? [...(schema[keyword] as unknown[])] : { ...(schema[keyword] as object) };
    (copy[keyword] as Record<string, unknown>)[name] = validationOnly(child);
  }
  return copy;
}

export interface FormValidatorsModule {
  /** ESM source exporting `validate` and one `condition<N>` per UI-schema condition schema. */
  code: string;
  /** Condition key (JSON.stringify of its schema) → name of its export in `code`. */
  conditionExports: Map<string, string>;
  /** Where the validator's shared subschemas are used (shared-subschemas.ts): errors need them. */
  sharedSchemaSites: SharedSchemaSite[];
}

/** The form schema's validator and every UI-schema condition validator, in one module. */
export function standaloneFormValidators(schema: JsonSchema, uischema: UiSchema): FormValidatorsModule {
  // Shared subschemas are called, not written out again at each use.
  const ajv = createAjv({ source: true, inlineRefs: false });
  const refs: Record<string, string> = { validate: 'caf:form' };
  const shared = shareRepeatedSubschemas(validationOnly(schema as Record<string, unknown>));
  ajv.addSchema(shared.schema, 'caf:form');
  const conditionExports = new Map<string, string>();
  [...conditionSchemas(uischema)].forEach(([key, conditionSchema], index) => {
    const name = `condition${index}`;
    ajv.addSchema(conditionSchema, `caf:condition:${index}`);
    refs[name] = `caf:condition:${index}`;
    conditionExports.set(key, name);
  });
  return { code: toEsm(standaloneCode(ajv, refs)), conditionExports, sharedSchemaSites: shared.sites };
}
