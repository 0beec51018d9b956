export interface CommandIO {
  out: (text: string) => void;
  err: (text: string) => void;
}

export interface Command {
  /** One line per option, shown by `caf <name> --help`. */
  help: string;
  /** Returns the process exit code: 0 success, 1 failures found, 2 usage error. */
  run(args: readonly string[], io: CommandIO): Promise<number>;
}

/** A mistake in how the command was called, or a file it cannot read: shown without a stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}
