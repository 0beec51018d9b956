/**
 * Command-line options for the commands: `--flag`, `--name value` or `--name=value`, and
 * positional arguments. Anything unknown is a UsageError, so a typo never passes silently.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError, type Command } from './command.ts';

export interface OptionSpec {
  /** Options without a value, e.g. `json` for `--json`. */
  flags?: readonly string[];
  /** Options that take a value, e.g. `root` for `--root DIR`. */
  values?: readonly string[];
}

export interface ParsedOptions {
  flags: Set<string>;
  values: Map<string, string>;
  positionals: string[];
}

export function parseOptions(args: readonly string[], spec: OptionSpec): ParsedOptions {
  const parsed: ParsedOptions = { flags: new Set(), values: new Map(), positionals: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      parsed.positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (spec.flags?.includes(name) && inline === undefined) {
      parsed.flags.add(name);
    } else if (spec.values?.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined || value === '') throw new UsageError(`--${name} needs a value`);
      parsed.values.set(name, value);
    } else {
      throw new UsageError(`unknown option "${arg}" (see --help)`);
    }
  }
  return parsed;
}

/** The project folder: `--root`, else the current directory. */
export function projectRoot(options: ParsedOptions): string {
  const root = resolve(options.values.get('root') ?? '.');
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new UsageError(`--root ${options.values.get('root')}: there is no such folder`);
  return root;
}

/** A command that prints its help for `--help` or `-h`, wherever it appears. */
export function withHelp(help: string, run: Command['run']): Command {
  return {
    help,
    async run(args, io) {
      if (!args.includes('--help') && !args.includes('-h')) return run(args, io);
      io.out(help);
      return 0;
    },
  };
}
