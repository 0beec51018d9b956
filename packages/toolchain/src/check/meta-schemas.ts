/**
 * Check 2: every definition file against its meta-schema in @caf-forms/core/schemas, the same
 * schemas editors use for autocompletion, with ajv's errors put into words at their location.
 */
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import manifestSchema from '@caf-forms/core/schemas/manifest.schema.json' with { type: 'json' };
import rulesSchema from '@caf-forms/core/schemas/rules.schema.json' with { type: 'json' };
import outcomesSchema from '@caf-forms/core/schemas/outcomes.schema.json' with { type: 'json' };
import scenarioSchema from '@caf-forms/core/schemas/scenario.schema.json' with { type: 'json' };
import localSettingsSchema from '@caf-forms/core/schemas/local-settings.schema.json' with { type: 'json' };
import type { Project } from '../project.ts';
import { problemAt, type Problem, type SourceFile } from '../source.ts';
import { describeAjvErrors } from './ajv-messages.ts';
import { isObject } from '../json.ts';

const META_SCHEMAS = {
  manifest: manifestSchema,
  rules: rulesSchema,
  outcomes: outcomesSchema,
  scenario: scenarioSchema,
  localSettings: localSettingsSchema,
};

type Kind = keyof typeof META_SCHEMAS;

let validators: Record<Kind, ValidateFunction> | undefined;

function validatorFor(kind: Kind): ValidateFunction {
  if (!validators) {
    // verbose: each error carries its schema, which the messages quote (allowed names, descriptions).
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: false });
    const entries = Object.entries(META_SCHEMAS).map(([name, schema]) => [name, ajv.compile(schema)]);
    validators = Object.fromEntries(entries) as Record<Kind, ValidateFunction>;
  }
  return validators[kind];
}

/** Problems of one parsed file against a meta-schema; none for a file that did not parse. */
export function checkAgainst(kind: Kind, file: SourceFile | undefined): Problem[] {
  if (!file?.tree) return [];
  const validate = validatorFor(kind);
  if (validate(file.value)) return [];
  return describeAjvErrors(validate.errors).map((m) => problemAt(file, m.pointer, m.message, m.at));
}

const SCHEMA_FILES: Record<Kind, string> = {
  manifest: 'manifest.schema.json',
  rules: 'rules.schema.json',
  outcomes: 'outcomes.schema.json',
  scenario: 'scenario.schema.json',
  localSettings: 'local-settings.schema.json',
};
const SCHEMA_FOLDER = fileURLToPath(new URL('../../../core/schemas/', import.meta.url));

const WORKSPACE = resolve(SCHEMA_FOLDER, '../../..');

/**
 * A `$schema` that leads elsewhere leaves the analyst's editor without autocompletion or checking.
 * Inside this workspace it must lead to the meta-schema itself; a project elsewhere (its own
 * repository, a copy) may reach the schemas by another path, so there only the file name counts.
 */
function checkSchemaReference(kind: Kind, file: SourceFile | undefined, root: string): Problem[] {
  const declared = isObject(file?.value) ? file.value.$schema : undefined;
  if (!file || typeof declared !== 'string') return [];
  const folder = dirname(join(root, file.path));
  const expected = join(SCHEMA_FOLDER, SCHEMA_FILES[kind]);
  const inWorkspace = root === WORKSPACE || root.startsWith(WORKSPACE + sep);
  if (inWorkspace ? resolve(folder, declared) === expected : declared.endsWith(`/${SCHEMA_FILES[kind]}`)) return [];
  const wanted = relative(folder, expected).split(sep).join('/');
  return [problemAt(file, ['$schema'], `"$schema" must lead to packages/core/schemas/${SCHEMA_FILES[kind]}, so that editors check this file as you type: write "${wanted}"`, 'value')];
}

export function checkMetaSchemas(project: Project): Problem[] {
  const root = resolve(project.root);
  const both = (kind: Kind, file: SourceFile | undefined) => [...checkAgainst(kind, file), ...checkSchemaReference(kind, file, root)];
  return [
    ...project.forms.flatMap((form) => both('manifest', form.manifest)),
    ...project.ruleSets.flatMap((set) => [...both('rules', set.rules), ...set.scenarios.flatMap((scenario) => both('scenario', scenario))]),
    ...both('outcomes', project.outcomes),
    ...both('localSettings', project.settings),
  ];
}
