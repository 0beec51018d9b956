/**
 * `caf build`: per form, everything the browser runtime and integrators load:
 *   build/<id>/bundle.json    the DefinitionBundle (manifest, schema, uischema, rules, outcomes, settings)
 *   build/<id>/validate.js    the schema's precompiled validator alone (self-contained ES module)
 *   build/<id>/types.d.ts     the TypeScript type of the form's data
 *   build/<id>/<id>.form.js   one self-contained ES module: definition, validate, conditions
 *   build/types/<id>.d.ts and build/types/index.d.ts, every data type by name
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Project } from '../project.ts';
import { bundleFor } from '../project.ts';
import { generateTypes, typesIndex } from '../types/generate.ts';
import { compileForm, formModule, validatorModule } from './form-module.ts';

export interface WrittenFile {
  form: string;
  /** Relative to the project root with forward slashes (absolute when written outside it). */
  path: string;
  bytes: number;
}

/** Forms whose three files loaded: the ones a build can include. */
export function buildableForms(project: Project): string[] {
  return project.forms.filter((form) => form.manifest?.value && form.schema?.value && form.uischema?.value).map((form) => form.id);
}

export async function buildProject(project: Project, outDir: string): Promise<WrittenFile[]> {
  const written: WrittenFile[] = [];
  const write = (form: string, path: string, text: string) => {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
    const shown = relative(project.root, path);
    written.push({ form, path: shown.startsWith('..') ? path : shown.split(sep).join('/'), bytes: Buffer.byteLength(text) });
  };
  const forms = buildableForms(project);
  for (const id of forms) {
    const bundle = bundleFor(project, id);
    const dir = join(outDir, id);
    const types = await generateTypes(id, bundle.schema);
    const validators = compileForm(bundle);
    write(id, join(dir, 'bundle.json'), JSON.stringify(bundle, null, 2) + '\n');
    write(id, join(dir, 'validate.js'), await validatorModule(bundle, validators));
    write(id, join(dir, 'types.d.ts'), types);
    write(id, join(dir, `${id}.form.js`), await formModule(bundle, validators));
    write(id, join(outDir, 'types', `${id}.d.ts`), types);
  }
  write('', join(outDir, 'types', 'index.d.ts'), typesIndex(forms));
  return written;
}
