import { resolve } from 'node:path';
import { buildProject, checkProject, formatProblem, loadProject } from '@caf-forms/toolchain';
import { UsageError } from '../command.ts';
import { parseOptions, projectRoot, withHelp } from '../options.ts';

const HELP = `Usage: caf build [options]

Writes, for each form in forms/, what the browser runtime and integrators load:
  <out>/<form>/bundle.json     the definition bundle: manifest, schema, UI schema, rules, outcomes, settings
  <out>/<form>/validate.js     the schema's precompiled validator (ES module, no eval)
  <out>/<form>/types.d.ts      the TypeScript type of the form's data
  <out>/<form>/<form>.form.js  one self-contained ES module: definition, validate, conditions
  <out>/types/                 every form's data type by name (index.d.ts)
Refuses to build, listing the problems, when caf check finds any.

  --root DIR   the project folder (default: the current folder)
  --out DIR    where to write, relative to the project folder (default: build)
  --help       show this help

Exit status: 0 when built; 1 when there are problems in the definitions.`;

const size = (bytes: number) => (bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} kB`);

export const command = withHelp(HELP, async (args, io) => {
  const options = parseOptions(args, { values: ['root', 'out'] });
  const root = projectRoot(options);
  const project = loadProject(root);
  const problems = checkProject(project);
  if (problems.length > 0) {
    io.err([...problems.map(formatProblem), '', `caf build: not built: ${problems.length} problem${problems.length === 1 ? '' : 's'} to fix first (see caf check)`].join('\n'));
    return 1;
  }
  const out = resolve(root, options.values.get('out') ?? 'build');
  const written = await buildProject(project, out).catch((error: NodeJS.ErrnoException) => {
    // A folder that cannot be written is the caller's to fix; anything else is a bug worth a trace.
    if (typeof error.code === 'string' && error.syscall) throw new UsageError(`cannot write to ${out}: ${error.code} (${error.syscall} ${error.path ?? ''})`.replace(' )', ')'));
    throw error;
  });
  const width = Math.max(...written.map((file) => file.path.length));
  io.out(written.map((file) => `${file.path.padEnd(width)}  ${size(file.bytes).padStart(9)}`).join('\n'));
  const forms = new Set(written.map((file) => file.form).filter(Boolean));
  io.out(`built ${forms.size} form${forms.size === 1 ? '' : 's'}: ${[...forms].join(', ')}`);
  return 0;
});
