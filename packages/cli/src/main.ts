/**
 * The `caf` command: a thin dispatcher. Each command is a module in ./commands exporting a
 * `Command`; the work itself lives in @caf-forms/toolchain so that Storybook and tests share it.
 */
import type { Command } from './command.ts';

const COMMANDS: readonly { name: string; summary: string; load: () => Promise<{ command: Command }> }[] = [
  { name: 'check', summary: 'check every form, rule, outcome and scenario file', load: () => import('./commands/check.ts') },
  { name: 'test', summary: 'run every rule scenario and report rule coverage', load: () => import('./commands/test.ts') },
  { name: 'build', summary: 'write a definition bundle per form for the browser runtime', load: () => import('./commands/build.ts') },
  { name: 'evaluate', summary: 'validate one record and show the outcomes of the rules', load: () => import('./commands/evaluate.ts') },
];

export function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: caf <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "caf <command> --help" for the options of a command.',
  ].join('\n');
}

export async function main(argv: readonly string[], io: { out: (text: string) => void; err: (text: string) => void } = {
  out: (text) => process.stdout.write(text + '\n'),
  err: (text) => process.stderr.write(text + '\n'),
}): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name === undefined ? 2 : 0;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    io.err(`caf: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  const { command } = await entry.load();
  try {
    return await command.run(rest, io);
  } catch (error) {
    // Expected failures (bad arguments, missing files) are UsageErrors with a message for people.
    if (error instanceof Error && error.name === 'UsageError') {
      io.err(`caf ${name}: ${error.message}`);
      return 2;
    }
    throw error;
  }
}
