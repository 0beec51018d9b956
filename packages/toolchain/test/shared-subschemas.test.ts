/**
 * Repeated subschemas are compiled once (shared-subschemas.ts), and errors from inside them get
 * their schema paths from the root back (core's withSharedSchemaSites): the raw errors are exactly
 * those of the schema compiled with every subschema written out. (error-messages.test.ts compares
 * the built form modules, sharing and all, with ajv-errors on every shipped form.)
 */
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { withSharedSchemaSites, type CompiledValidator } from '@caf-forms/core';
import { bundleFor, loadProject, shareRepeatedSubschemas, standaloneFormValidators } from '@caf-forms/toolchain';

const element = {
  type: 'object',
  properties: { rating: { type: 'string', enum: ['red', 'amber', 'green'] }, notes: { type: 'string', maxLength: 5 } },
  required: ['rating'],
  additionalProperties: false,
};

const schema = {
  type: 'object',
  properties: {
    health: element,
    siblings: { type: 'array', items: element },
    school: { type: 'object', properties: { attendance: element } },
  },
  allOf: [{ if: { required: ['school'] }, then: { required: ['health'] } }],
};

function compile(source: object, inlineRefs: boolean): CompiledValidator {
  return new Ajv({ allErrors: true, strict: true, strictRequired: false, inlineRefs }).compile(source) as CompiledValidator;
}

function errorsOf(validator: CompiledValidator, data: unknown): unknown[] {
  validator(data);
  return validator.errors ?? [];
}

describe('repeated subschemas, compiled once', () => {
  it('moves each repeated subschema into $defs and says where it was used', () => {
    const shared = shareRepeatedSubschemas(schema);
    expect(shared.schema.$defs).toEqual({ 'caf-shared-0': element });
    expect(shared.sites).toEqual([
      [['health'], '#/properties/health'],
      [['siblings', '*'], '#/properties/siblings/items'],
      [['school', 'attendance'], '#/properties/school/properties/attendance'],
    ]);
  });

  it('gives the raw errors, schema paths included, of the schema written out in full', () => {
    const shared = shareRepeatedSubschemas(schema);
    const sharing = withSharedSchemaSites(compile(shared.schema, false), shared.sites);
    const inline = compile(schema, true);
    const samples = [
      {},
      { health: { rating: 'blue', notes: 'too long', extra: 1 } },
      { siblings: [{ rating: 'red' }, { notes: 'x' }, 'not an object'], school: {} },
      { school: { attendance: { rating: 42 } } },
      { health: [], siblings: [{ rating: 'amber', notes: 'toolong' }], school: { attendance: {} } },
    ];
    for (const data of samples) {
      const expected = errorsOf(inline, data);
      expect(expected.length + Number(sharing(data))).toBeGreaterThan(0);
      expect(errorsOf(sharing, data), JSON.stringify(data)).toEqual(expected);
    }
  });

  it('leaves a subschema written out where its errors could not be told apart from another use', () => {
    // The same schema twice for the same answer (here and in a branch): an error's data path
    // would not say which of the two it came from.
    const twice = { type: 'object', properties: { health: element }, allOf: [{ properties: { health: element } }] };
    expect(shareRepeatedSubschemas(twice)).toEqual({ schema: twice, sites: [] });
  });

  it('shares the family assessment’s CAF element schemas', () => {
    const repository = fileURLToPath(new URL('../../..', import.meta.url));
    const bundle = bundleFor(loadProject(repository), 'family-assessment');
    const { sharedSchemaSites } = standaloneFormValidators(bundle.schema, bundle.uischema);
    const dataPaths = sharedSchemaSites.map(([dataPath]) => dataPath.join('/'));
    expect(dataPaths).toContain('children/*/domains/development/elements/generalHealth');
    expect(dataPaths).toContain('children/*/domains/familyAndEnvironmental/elements/housingEmploymentFinance');
  });
});
