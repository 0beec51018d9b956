/**
 * `caf check` as a person runs it: the real command in a child process, its output and exit code.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repository = resolve(import.meta.dirname, '../../..');

function caf(...args: string[]) {
  const run = spawnSync(process.execPath, ['packages/cli/bin/caf.js', ...args], { cwd: repository, encoding: 'utf8' });
  return { code: run.status, out: run.stdout.trimEnd().split('\n'), err: run.stderr.trimEnd() };
}

describe('caf check', () => {
  it('prints each problem as path:line:column: message, then a summary, and exits 1', () => {
    const { code, out } = caf('check', '--root', 'test/fixtures/broken/manifest');
    expect(out).toEqual([
      'forms/family-review/manifest.json:3:9: the id "family-reveiw" must equal the form\'s folder name "family-review"',
      'forms/family-review/manifest.json:7:23: there is no rule set "reveiw" (no rules/reveiw/rules.json); did you mean "review"?',
      'checked 1 form, 1 rule set, 4 scenarios: 2 problems',
    ]);
    expect(code).toBe(1);
  });

  it('reports a value the schema does not allow at the value itself', () => {
    const { code, out } = caf('check', '--root=test/fixtures/broken/rule-values');
    expect(out).toContain(
      'rules/review/rules.json:14:75: "rde" is not an allowed value of /children/*/domains/*/rating: allowed values are "red", "amber", "green"',
    );
    expect(out.at(-1)).toBe('checked 1 form, 1 rule set, 4 scenarios: 9 problems');
    expect(code).toBe(1);
  });

  it('exits 0 with "no problems" for a clean project', () => {
    const { code, out } = caf('check', '--root', 'test/fixtures/valid');
    expect(out).toEqual(['checked 1 form, 1 rule set, 4 scenarios: no problems']);
    expect(code).toBe(0);
  });

  it('finds no problems in the repository\'s own forms and rules', () => {
    const { code, out } = caf('check');
    expect(out.slice(0, -1)).toEqual([]);
    expect(out.at(-1)).toMatch(/^checked \d+ forms, \d+ rule sets, \d+ scenarios: no problems$/);
    expect(code).toBe(0);
  });

  it('explains itself with --help', () => {
    const { code, out } = caf('check', '--help');
    expect(out[0]).toBe('Usage: caf check [options]');
    expect(out).toContain('  --root DIR   the project folder (default: the current folder)');
    expect(code).toBe(0);
  });

  it('refuses unknown options, arguments and a --root without a folder, with exit code 2', () => {
    expect(caf('check', '--rot', 'x')).toMatchObject({ code: 2, err: 'caf check: unknown option "--rot" (see --help)' });
    expect(caf('check', 'forms')).toMatchObject({ code: 2, err: 'caf check: unexpected argument "forms": this command takes only options (see --help)' });
    expect(caf('check', '--root')).toMatchObject({ code: 2, err: 'caf check: --root needs a value' });
  });

  it('says so when --root is not a folder, without a stack trace', () => {
    const { code, err } = caf('check', '--root', 'test/fixtures/no-such-project');
    expect(err).toBe(`caf check: there is no folder ${resolve(repository, 'test/fixtures/no-such-project')}`);
    expect(code).toBe(2);
  });

  it('says so when the folder is not a caf-forms project', () => {
    const { code, err } = caf('check', '--root', 'packages');
    expect(err).toBe(`caf check: ${resolve(repository, 'packages')} is not a caf-forms project: it has neither a forms/ nor a rules/ folder`);
    expect(code).toBe(2);
  });
});
