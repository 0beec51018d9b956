import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '@caf-forms/core';
import { bundleFor, generateTypes, loadProject, typeNameFor } from '@caf-forms/toolchain';

const schema = JSON.parse(readFileSync(new URL('../../../test/fixtures/mini/forms/household/schema.json', import.meta.url), 'utf8'));

/** Type-checks each snippet next to the generated types in one program: per snippet, "code: message". */
function typeCheck(types: string | Record<string, string>, snippets: Record<string, string>): Record<string, string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'caf-types-'));
  for (const [name, text] of Object.entries(typeof types === 'string' ? { household: types } : types)) writeFileSync(join(dir, `${name}.d.ts`), text);
  const files = Object.entries(snippets).map(([name, text]) => {
    writeFileSync(join(dir, `${name}.ts`), text);
    return [name, join(dir, `${name}.ts`)] as const;
  });
  const program = ts.createProgram(
    files.map(([, path]) => path),
    { strict: true, noEmit: true, skipLibCheck: true, lib: ['lib.es2022.d.ts'], module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, types: [] },
  );
  return Object.fromEntries(
    files.map(([name, path]) => [
      name,
      ts.getPreEmitDiagnostics(program, program.getSourceFile(path)).map((d) => `${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`),
    ]),
  );
}

const record = (memberKey: string) => `
import type { HouseholdData } from './household.js';
export const record: HouseholdData = {
  assessmentDate: '2026-11-02',
  members: [{ name: 'Sam Doe', ${memberKey}: '2016-07-09', consentGivenBy: 'parent' }],
  domains: [{ domain: 'health', rating: 'red' }],
};
`;

describe('generateTypes', () => {
  it('names the type after the form', () => {
    expect(typeNameFor('family-assessment')).toBe('FamilyAssessmentData');
    expect(typeNameFor('household')).toBe('HouseholdData');
  });

  it('compiles a correct record and rejects a misspelt property, a wrong value and a missing answer', async () => {
    const types = await generateTypes('household', schema);
    expect(types).toContain('export interface HouseholdData');
    const result = typeCheck(types, {
      correct: record('dateOfBirth'),
      misspelt: record('dateOfBrith'),
      wrongRating: record('dateOfBirth').replace("rating: 'red'", "rating: 'purple'"),
      noMembers: `import type { HouseholdData } from './household.js';\nexport const r: HouseholdData = { assessmentDate: '2026-11-02' };\n`,
    });
    expect(result.correct).toEqual([]);
    expect(result.misspelt).toHaveLength(1);
    expect(result.misspelt![0]).toMatch(/^(2353|2561): Object literal may only specify known properties.*'dateOfBrith'/s);
    expect(result.wrongRating!.join('\n')).toMatch(/2322: Type '"purple"' is not assignable/);
    expect(result.noMembers!.join('\n')).toMatch(/2741: Property 'members' is missing/);
  });

  it('keeps question titles as doc comments rather than type names that could shadow built-ins', async () => {
    const types = await generateTypes('dates', {
      type: 'object',
      properties: { when: { type: 'string', title: 'Date', description: 'The day it happened' } },
    });
    expect(types).not.toMatch(/type Date\b/);
    expect(types).toContain('Date: The day it happened');
  });

  it('leaves an object open where the schema does, so the type accepts what validation accepts', async () => {
    const open = await generateTypes('open', { type: 'object', properties: { a: { type: 'string' } } });
    expect(open).toContain('[k: string]: unknown');
    const closed = await generateTypes('closed', { type: 'object', additionalProperties: false, properties: { a: { type: 'string' } } });
    expect(closed).not.toContain('[k: string]');
  });

  it('accepts the given data of every complete scenario in the repository (types and schemas agree)', async () => {
    const project = loadProject(fileURLToPath(new URL('../../..', import.meta.url)));
    const scenarios = project.ruleSets
      .flatMap((set) => set.scenarios.map((file) => ({ file: file.path, scenario: file.value as Scenario })))
      .filter(({ scenario }) => scenario && !scenario.partial);
    const forms = [...new Set(scenarios.map(({ scenario }) => scenario.form))];
    const types: Record<string, string> = {};
    for (const id of forms) types[id] = await generateTypes(id, bundleFor(project, id).schema);
    const snippets = Object.fromEntries(
      scenarios.map(({ file, scenario }, index) => [
        `scenario${index}`,
        `import type { ${typeNameFor(scenario.form)} } from './${scenario.form}.js';\n// ${file}\nexport const given: ${typeNameFor(scenario.form)} = ${JSON.stringify(scenario.given)};\n`,
      ]),
    );
    expect(scenarios.length).toBeGreaterThan(20);
    const failing = Object.entries(typeCheck(types, snippets)).filter(([, errors]) => errors.length > 0);
    expect(failing).toEqual([]);
  });
});
