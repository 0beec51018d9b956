/**
 * Core applies the schemas' `errorMessage`s after validation instead of ajv-errors generating code
 * for them (decision 007). ajv-errors stays as the oracle: on every shipped form, for the scenarios'
 * answers and for thousands of broken variants of them, both give the same errors in the same order,
 * except where ajv-errors has a known bug (below).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import ajvErrors from 'ajv-errors';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { applyErrorMessages, errorMessageTable, toValidationErrors, validate, type CompiledValidator, type ValidationError } from '@caf-forms/core';
import { bundleFor, compileValidator, formModule, loadProject } from '@caf-forms/toolchain';

const repository = fileURLToPath(new URL('../../..', import.meta.url));
const project = loadProject(repository);

function oracle(schema: object): CompiledValidator {
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
  addFormats(ajv);
  ajvErrors(ajv);
  ajv.addVocabulary(['x-sensitive']);
  return ajv.compile(schema) as CompiledValidator;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Each answer broken in the ways a person or a bad import could: wrong type, too long, empty, missing. */
function* variants(value: Json): Generator<Json> {
  if (typeof value === 'string') {
    yield 42;
    yield '';
    yield 'x'.repeat(5000);
    yield 'not one of the options';
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) yield '2026-02-30';
  } else if (typeof value === 'number') {
    yield 'seven';
    yield -1;
  } else if (typeof value === 'boolean') {
    yield 'yes';
  } else if (Array.isArray(value)) {
    yield [];
    yield [42];
    for (const [index, item] of value.entries()) for (const broken of variants(item)) yield value.map((other, i) => (i === index ? broken : other));
  } else if (value !== null) {
    yield [];
    for (const key of Object.keys(value)) {
      const { [key]: _, ...rest } = value;
      yield rest;
      for (const broken of variants(value[key]!)) yield { ...value, [key]: broken };
    }
  }
}

/** Every answer broken at once: many errors under the same messages, in one result. */
function everythingBroken(value: Json): Json {
  if (typeof value === 'string') return 'x'.repeat(5000);
  if (typeof value === 'number') return 'seven';
  if (typeof value === 'boolean') return 'yes';
  if (Array.isArray(value)) return value.map(everythingBroken);
  if (value === null) return 42;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, everythingBroken(item)]));
}

function givenFor(formId: string): Json[] {
  return project.ruleSets.flatMap((set) =>
    set.scenarios.map((file) => file.value as { form?: string; given?: Json }).filter((scenario) => scenario.form === formId).map((scenario) => scenario.given ?? {}),
  );
}

/**
 * ajv-errors misses a string `errorMessage` on an array that is itself inside an array's items
 * (https://github.com/ajv-validator/ajv-errors/issues/83, open): the raw ajv errors leak out ("must
 * be string", "must match exactly one schema in oneOf"). Core applies the message there. True when
 * that is the whole difference: raw errors inside array items, replaced by schema messages at the
 * same place (the message sits at the first error it replaces, which may be above or below).
 */
function onlyNestedArrayBug(ours: ValidationError[], theirs: ValidationError[]): boolean {
  const same = (a: ValidationError) => (b: ValidationError) => a.pointer === b.pointer && a.message === b.message && a.keyword === b.keyword;
  const onlyOurs = ours.filter((error) => !theirs.some(same(error)));
  const onlyTheirs = theirs.filter((error) => !ours.some(same(error)));
  const insideItems = (pointer: string) => /\/\d+(?=\/|$)/.test(pointer);
  // The array an item error belongs to: the pointer up to its last index.
  const array = (pointer: string) => pointer.replace(/\/\d+(?:\/(?!\d+(?:\/|$))[^/]*)*$/, '');
  const related = (a: string, b: string) => a.startsWith(b + '/') || b.startsWith(a + '/') || array(a) === array(b);
  return (
    onlyTheirs.length > 0 &&
    onlyOurs.every((error) => error.keyword === 'errorMessage') &&
    onlyTheirs.every((error) =>
      error.keyword === 'errorMessage'
        ? // The same message, placed at the array because the item errors it should have covered escaped.
          onlyOurs.some((ours) => ours.message === error.message && related(error.pointer, ours.pointer))
        : insideItems(error.pointer) && onlyOurs.some((ours) => related(error.pointer, ours.pointer)),
    )
  );
}

function samplesFor(formId: string): Json[] {
  const samples: Json[] = [{}, [], 'text'];
  for (const given of givenFor(formId)) samples.push(given, ...variants(given), everythingBroken(given));
  return samples;
}

describe('errorMessage applied by core, against ajv-errors', () => {
  for (const form of project.forms) {
    it(`gives ajv-errors' errors for ${form.id}`, () => {
      const schema = bundleFor(project, form.id).schema;
      const expected = oracle(schema);
      const actual = compileValidator(schema);
      const samples = samplesFor(form.id);
      let withMessages = 0;
      for (const sample of samples) {
        const want = validate(expected, sample);
        const got = validate(actual, sample);
        if (onlyNestedArrayBug(got, want)) continue;
        expect(got, JSON.stringify(sample).slice(0, 300)).toEqual(want);
        if (want.some((error) => error.keyword === 'errorMessage')) withMessages++;
      }
      // The comparison means something only if the schema's own messages were exercised.
      expect(withMessages).toBeGreaterThan(10);
    });
  }

  it('applies a message that ajv-errors misses two arrays deep (ajv-errors issue 83)', () => {
    const schema = bundleFor(project, 'consent').schema;
    const member = { name: 'Funmi Okoro', dateOfBirth: '1987-02-14', role: 'parent-carer', consentDate: '2026-02-09', consentGivenBy: 'self', consentsTo: [42] };
    const data = { practitioner: { name: 'Priya Shah', agency: 'Kingsway Primary School' }, familyMembers: [member] };
    const theirs = validate(oracle(schema), data);
    expect(theirs.map((error) => error.message)).toContain('must match exactly one schema in oneOf');
    expect(validate(compileValidator(schema), data)).toEqual([{ pointer: '/familyMembers/0/consentsTo/0', message: 'Select what they consent to', keyword: 'errorMessage' }]);
    expect(onlyNestedArrayBug(validate(compileValidator(schema), data), theirs)).toBe(true);
  });

  it('reports a required property with its own message, and a string message once for everything below it', () => {
    const schema = {
      type: 'object',
      required: ['name'],
      properties: {
        name: { type: 'string' },
        dates: { type: 'array', items: { type: 'string', format: 'date' }, errorMessage: 'Enter real dates' },
      },
      errorMessage: { required: { name: 'Enter the name' } },
    };
    const ajv = new Ajv({ allErrors: true });
    ajv.addKeyword('errorMessage');
    addFormats(ajv);
    const raw = ajv.compile(schema) as CompiledValidator;
    raw({ dates: ['2026-02-30', 'soon'] });
    const errors = toValidationErrors(applyErrorMessages(raw.errors ?? [], errorMessageTable(schema)));
    expect(errors).toEqual([
      { pointer: '/dates/0', message: 'Enter real dates', keyword: 'errorMessage' },
      { pointer: '/name', message: 'Enter the name', keyword: 'errorMessage' },
    ]);
  });

  // The browser's validator is compiled from the schema without titles, hints and messages
  // (standalone.ts): it must still give exactly what Node gives.
  it('gives the same errors in the built form modules as in Node, for every form', async () => {
    const out = mkdtempSync(join(tmpdir(), 'caf-error-messages-'));
    for (const form of project.forms) {
      const bundle = bundleFor(project, form.id);
      const file = join(out, `${form.id}.form.js`);
      writeFileSync(file, await formModule(bundle));
      const built = (await import(pathToFileURL(file).href)) as { validate: CompiledValidator };
      const node = compileValidator(bundle.schema);
      for (const sample of samplesFor(form.id)) expect(validate(built.validate, sample), `${form.id}: ${JSON.stringify(sample).slice(0, 200)}`).toEqual(validate(node, sample));
    }
  }, 120_000);
});
