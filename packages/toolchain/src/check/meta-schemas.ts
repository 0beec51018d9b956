/**
 * Check 2: every definition file against its meta-schema in @caf-forms/core/schemas, the same
 * schemas editors use for autocompletion, with ajv's errors put into words at their location.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import manifestSchema from '@caf-forms/core/schemas/manifest.schema.json' with { type: 'json' };
import rulesSchema from '@caf-forms/core/schemas/rules.schema.json' with { type: 'json' };
import outcomesSchema from '@caf-forms/core/schemas/outcomes.schema.json' with { type: 'json' };
import scenarioSchema from '@caf-forms/core/schemas/scenario.schema.json' with { type: 'json' };
import localSettingsSchema from '@caf-forms/core/schemas/local-settings.schema.json' with { type: 'json' };
import type { Project } from '../project.ts';
import { problemAt, type Problem, type SourceFile } from '../source.ts';
import { describeAjvErrors } from './ajv-messages.ts';

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

export function checkMetaSchemas(project: Project): Problem[] {
  return [
    ...project.forms.flatMap((form) => checkAgainst('manifest', form.manifest)),
    ...project.ruleSets.flatMap((set) => [
      ...checkAgainst('rules', set.rules),
      ...set.scenarios.flatMap((scenario) => checkAgainst('scenario', scenario)),
    ]),
    ...checkAgainst('outcomes', project.outcomes),
    ...checkAgainst('localSettings', project.settings),
  ];
}
