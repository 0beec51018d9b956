import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledValidator, DefinitionBundle } from '@caf-forms/core';
import { validate } from '@caf-forms/core';
import { buildProject, bundleFor, loadProject, type WrittenFile } from '@caf-forms/toolchain';

const mini = fileURLToPath(new URL('../../../test/fixtures/mini', import.meta.url));
const valid = {
  assessmentDate: '2026-11-02',
  members: [{ name: 'Alex Doe', dateOfBirth: '1990-05-01', consentGivenBy: 'self', healthNeeds: 'Asthma' }],
};

interface FormModule {
  definition: DefinitionBundle;
  validate: CompiledValidator;
  conditions: Record<string, CompiledValidator>;
}

describe('buildProject', () => {
  let out: string;
  let written: WrittenFile[];
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'caf-build-'));
    written = await buildProject(loadProject(mini), out);
  });

  it('writes the bundle, validator, types and form module of each form, and a types index', () => {
    expect(written.map((file) => file.path.slice(out.length + 1))).toEqual([
      'household/bundle.json',
      'household/validate.js',
      'household/types.d.ts',
      'household/household.form.js',
      'types/household.d.ts',
      'types/index.d.ts',
    ]);
    expect(JSON.parse(readFileSync(join(out, 'household/bundle.json'), 'utf8'))).toEqual(bundleFor(loadProject(mini), 'household'));
    expect(readFileSync(join(out, 'types/index.d.ts'), 'utf8')).toBe("export type { HouseholdData } from './household.js';\n");
  });

  // The modules are written to a temporary folder with no node_modules above it, so the imports
  // below would also fail on any bare import left in them.
  it('emits modules that never compile code at run time, import nothing, and are compiled as they load', () => {
    for (const name of ['household.form.js', 'validate.js']) {
      const code = readFileSync(join(out, 'household', name), 'utf8');
      expect(code.split('\n')[0]).toBe('//# allFunctionsCalledOnLoad');
      expect(code).not.toMatch(/new Function|\beval\(|\bFunction\(/);
      expect(code).not.toMatch(/(^|[;}\s])import\s*[{*"'\w]|\bimport\(/);
    }
  });

  it('gives a form module that validates with the schema\'s own messages', async () => {
    const form = (await import(pathToFileURL(join(out, 'household/household.form.js')).href)) as FormModule;
    expect(form.definition.manifest.id).toBe('household');
    expect(form.definition.rules.map((rule) => rule.name)).toContain('own-consent-needed');
    expect(validate(form.validate, valid)).toEqual([]);
    expect(validate(form.validate, { ...valid, assessmentDate: '2026-13-01', members: [{ name: 'Sam' }] })).toEqual([
      { pointer: '/assessmentDate', message: 'Date of assessment must be a real date', keyword: 'errorMessage' },
      { pointer: '/members/0/dateOfBirth', message: "Enter the member's date of birth", keyword: 'errorMessage' },
    ]);
  });

  it('precompiles every UI-schema condition, keyed by its schema as JSON', async () => {
    const form = (await import(pathToFileURL(join(out, 'household/household.form.js')).href)) as FormModule;
    expect(Object.keys(form.conditions)).toEqual(['{"const":"self"}', '{"type":"string","minLength":1}']);
    expect(form.conditions['{"const":"self"}']!('self')).toBe(true);
    expect(form.conditions['{"const":"self"}']!('parent')).toBe(false);
    expect(form.conditions['{"type":"string","minLength":1}']!('')).toBe(false);
  });

  it('gives a validator module with the validator as its default export', async () => {
    const module = (await import(pathToFileURL(join(out, 'household/validate.js')).href)) as { default: CompiledValidator; validate: CompiledValidator };
    expect(module.default).toBe(module.validate);
    expect(validate(module.default, {})).toEqual([
      { pointer: '/assessmentDate', message: 'Enter the date of assessment', keyword: 'errorMessage' },
      { pointer: '/members', message: 'Add at least one household member', keyword: 'errorMessage' },
    ]);
  });
});
