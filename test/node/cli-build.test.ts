import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { miniProject, runCaf } from '../support/run-caf.ts';

const copyOfMini = () => {
  const root = mkdtempSync(join(tmpdir(), 'caf-cli-build-'));
  cpSync(miniProject, root, { recursive: true });
  return root;
};

describe('caf build', () => {
  it('prints its options with --help', async () => {
    const { code, stdout } = await runCaf(['build', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: caf build \[options\]/);
    for (const text of ['--root DIR', '--out DIR', '<form>.form.js', 'Exit status']) expect(stdout).toContain(text);
  });

  it('writes each form\'s files and says what it wrote, with sizes', async () => {
    const root = copyOfMini();
    const { code, stdout, stderr } = await runCaf(['build', '--root', root, '--out', 'site/forms'], tmpdir());
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines.map((line) => line.split(/\s+/)[0])).toEqual([
      'site/forms/household/bundle.json',
      'site/forms/household/validate.js',
      'site/forms/household/types.d.ts',
      'site/forms/household/household.form.js',
      'site/forms/types/household.d.ts',
      'site/forms/types/index.d.ts',
      'built',
    ]);
    expect(lines[0]).toMatch(/ \d+\.\d kB$/);
    expect(lines.at(-1)).toBe('built 1 form: household');
    const bundle = JSON.parse(readFileSync(join(root, 'site/forms/household/bundle.json'), 'utf8'));
    expect(Object.keys(bundle)).toEqual(['manifest', 'schema', 'uischema', 'rules', 'outcomes', 'settings']);
    expect(bundle.settings).toEqual({ reviewDateWithinWorkingDays: 20 });
  });

  it('refuses to build, printing located problems, when caf check finds any', async () => {
    const root = copyOfMini();
    const manifest = join(root, 'forms/household/manifest.json');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('"version": "1.0.0",', '"version": "1.0.0"'));
    const { code, stdout, stderr } = await runCaf(['build'], root);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^forms\/household\/manifest\.json:6:3: this is not valid JSON: expected "," between items\n/);
    expect(stderr).toMatch(/caf build: not built: \d+ problems? to fix first \(see caf check\)\n$/);
    expect(existsSync(join(root, 'build'))).toBe(false);
  });

  it('says so, without a stack trace, when the output folder cannot be written', async () => {
    const root = copyOfMini();
    const { code, stderr } = await runCaf(['build', '--out', 'forms/household/schema.json/out'], root);
    expect(code).toBe(2);
    expect(stderr).toBe(`caf build: cannot write to ${join(root, 'forms/household/schema.json/out')}: ENOTDIR (mkdir ${join(root, 'forms/household/schema.json/out/household')})\n`);
  });
});
