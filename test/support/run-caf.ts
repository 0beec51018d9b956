/** Runs the `caf` command as a user does (`node packages/cli/bin/caf.js …`) in a given folder. */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const cafBin = fileURLToPath(new URL('../../packages/cli/bin/caf.js', import.meta.url));
export const miniProject = fileURLToPath(new URL('../fixtures/mini', import.meta.url));

export interface CafResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCaf(args: readonly string[], cwd: string = miniProject): Promise<CafResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cafBin, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
