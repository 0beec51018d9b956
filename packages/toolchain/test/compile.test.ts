import { describe, expect, it } from 'vitest';
import { validate } from '@caf-forms/core';
import { compileValidator, conditionKey, conditionSchemas } from '@caf-forms/toolchain';

const schema = {
  type: 'object',
  required: ['name', 'dateOfBirth'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1, title: 'Full name' },
    dateOfBirth: { type: 'string', format: 'date', 'x-sensitive': true, errorMessage: { format: 'Date of birth must be a real date' } },
    hasWorker: { type: 'boolean' },
    worker: { type: 'string' },
  },
  // Conditional questions: strictRequired would reject this draft-07 idiom, so it is off.
  allOf: [{ if: { properties: { hasWorker: { const: true } }, required: ['hasWorker'] }, then: { required: ['worker'] } }],
  errorMessage: { required: { name: 'Enter the full name' } },
};

describe('compileValidator', () => {
  const validator = compileValidator(schema);

  it('accepts valid data', () => {
    expect(validate(validator, { name: 'Sam', dateOfBirth: '2010-02-28' })).toEqual([]);
  });

  it('points a missing property at the property itself, with the errorMessage text', () => {
    expect(validate(validator, { dateOfBirth: '2010-02-28' })).toEqual([
      { pointer: '/name', message: 'Enter the full name', keyword: 'errorMessage' },
    ]);
    expect(validate(validator, { name: 'Sam' })).toEqual([
      { pointer: '/dateOfBirth', message: "must have required property 'dateOfBirth'", keyword: 'required' },
    ]);
  });

  it('reports every error at once (allErrors), formats checked', () => {
    const errors = validate(validator, { name: '', dateOfBirth: '2010-02-30', extra: 1, hasWorker: true });
    expect(errors.map((e) => [e.pointer, e.message])).toEqual([
      ['/dateOfBirth', 'Date of birth must be a real date'],
      ['/extra', 'must NOT have additional properties'],
      ['/name', 'must NOT have fewer than 1 characters'],
      ['/worker', "must have required property 'worker'"],
    ]);
  });

  it('is strict: an unknown keyword is a compile error, x-sensitive is not', () => {
    expect(() => compileValidator({ type: 'object', properties: { a: { type: 'string', minLenght: 1 } } })).toThrow(/unknown keyword: "minLenght"/);
    expect(() => compileValidator({ type: 'string', 'x-sensitive': true })).not.toThrow();
  });
});

describe('conditionSchemas', () => {
  it('finds every rule condition schema: nested layouts, options.detail, compound conditions', () => {
    const uischema = {
      type: 'Categorization',
      elements: [
        {
          type: 'Category',
          label: 'People',
          elements: [
            {
              type: 'Control',
              scope: '#/properties/members',
              options: {
                detail: {
                  type: 'VerticalLayout',
                  elements: [{ type: 'Control', scope: '#/properties/x', rule: { effect: 'SHOW', condition: { scope: '#/properties/y', schema: { const: 'yes' } } } }],
                },
              },
            },
          ],
        },
        {
          type: 'Category',
          label: 'Other',
          rule: {
            effect: 'HIDE',
            condition: { type: 'OR', conditions: [{ scope: '#/properties/a', schema: { enum: [1, 2] } }, { scope: '#/properties/b', schema: { const: 'yes' } }] },
          },
          elements: [],
        },
      ],
    };
    const found = conditionSchemas(uischema);
    expect([...found.keys()]).toEqual([conditionKey({ const: 'yes' }), conditionKey({ enum: [1, 2] })]);
    expect(found.get('{"enum":[1,2]}')).toEqual({ enum: [1, 2] });
  });
});
