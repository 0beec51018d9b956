import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkProject, formatProblem, loadProject } from '@caf-forms/toolchain';
import { UsageError, type Command } from '../command.ts';

const HELP = `Usage: caf check [options]

Checks every definition under the project folder: JSON syntax, each file against its meta-schema,
form schemas (JSON Schema draft-07), manifests, UI-schema scopes, the paths, values, settings and
outcomes rules use, guidance quotes, message placeholders and scenarios. Prints each problem as
path:line:column: message, then a one-line summary.

  --root DIR   the project folder (default: the current folder)
  --help       show this help

Exit status: 0 when there are no problems; 1 when there are; 2 when the command is misused.`;

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function parse(args: readonly string[]): { root: string; help: boolean } {
  try {
    const { values } = parseArgs({
      args: [...args],
      options: { root: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    });
    return { root: resolve(values.root ?? '.'), help: values.help === true };
  } catch (error) {
    // Say it the way the other caf commands do; parseArgs's own words are the fallback.
    const { code, message } = error as Error & { code?: string };
    const option = /'(-[^' ]+)/.exec(message)?.[1];
    const argument = /argument '([^']*)'/.exec(message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown option "${option}" (see --help)`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(`${option} needs a value`);
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw new UsageError(`unexpected argument "${argument}": this command takes only options (see --help)`);
    throw new UsageError(`${message} (see --help)`);
  }
}

export const command: Command = {
  help: HELP,
  async run(args, io) {
    const { root, help } = parse(args);
    if (help) {
      io.out(HELP);
      return 0;
    }
    if (!existsSync(root) || !statSync(root).isDirectory()) throw new UsageError(`there is no folder ${root}`);
    if (!existsSync(join(root, 'forms')) && !existsSync(join(root, 'rules'))) {
      throw new UsageError(`${root} is not a caf-forms project: it has neither a forms/ nor a rules/ folder`);
    }
    const project = loadProject(root);
    const problems = checkProject(project);
    const scenarios = project.ruleSets.reduce((sum, set) => sum + set.scenarios.length, 0);
    const checked = `checked ${count(project.forms.length, 'form')}, ${count(project.ruleSets.length, 'rule set')}, ${count(scenarios, 'scenario')}`;
    problems.forEach((problem) => io.out(formatProblem(problem)));
    io.out(`${checked}: ${problems.length === 0 ? 'no problems' : count(problems.length, 'problem')}`);
    return problems.length === 0 ? 0 : 1;
  },
};
