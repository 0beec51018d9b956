import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCaf } from '../support/run-caf.ts';

let dir: string;
const record = {
  assessmentDate: '2026-11-02',
  members: [
    { name: 'Alex Doe', dateOfBirth: '1990-05-01', consentGivenBy: 'self' },
    { name: 'Jay Doe', dateOfBirth: '2010-01-02', consentGivenBy: 'parent' },
  ],
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'caf-cli-evaluate-'));
  writeFileSync(join(dir, 'valid.json'), JSON.stringify(record, null, 2));
  writeFileSync(join(dir, 'invalid.json'), JSON.stringify({ ...record, assessmentDate: '2026-11-31' }));
  writeFileSync(join(dir, 'malformed.json'), '{\n  "assessmentDate": "2026-11-02",\n  "members": [\n}\n');
});

describe('caf evaluate', () => {
  it('prints its options and exit status with --help', async () => {
    const { code, stdout } = await runCaf(['evaluate', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: caf evaluate <form> <data\.json> \[options\]/);
    expect(stdout).toContain('--today YYYY-MM-DD');
    expect(stdout).toContain('1 when the record is not valid');
  });

  it('prints the outcomes of a valid record, most severe first, and exits 0', async () => {
    const { code, stdout } = await runCaf(['evaluate', 'household', join(dir, 'valid.json'), '--today', '2026-12-01']);
    expect(stdout).toBe(
      [
        'valid: no validation errors',
        '',
        'outcomes: 3',
        '  [blocker] Name the case coordinator',
        '      at /caseCoordinator',
        '  [action] Own consent needed: Jay Doe (16) must give their own consent',
        '      at /members/1',
        '      values {"name":"Jay Doe","age":16}',
        '  [action] Set a review date: 21 working days since the assessment and no review date yet',
        '      at /reviewDate',
        '      values {"workingDays":21}',
        '',
      ].join('\n'),
    );
    expect(code).toBe(0);
  });

  it('prints validation errors and exits 1 for an invalid record; --json gives { errors, outcomes }', async () => {
    const text = await runCaf(['evaluate', 'household', join(dir, 'invalid.json'), '--today', '2026-12-01']);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^not valid: 1 validation error\n {2}\/assessmentDate: Date of assessment must be a real date\n/);
    const json = await runCaf(['evaluate', 'household', join(dir, 'invalid.json'), '--today', '2026-12-01', '--json']);
    expect(json.code).toBe(1);
    const result = JSON.parse(json.stdout);
    expect(result.errors).toEqual([{ pointer: '/assessmentDate', message: 'Date of assessment must be a real date', keyword: 'errorMessage' }]);
    // An impossible assessment date leaves the age and working days unknown: only the coordinator prompt.
    expect(result.outcomes.map((o: { type: string }) => o.type)).toEqual(['name-case-coordinator']);
  });

  it('explains a missing file, malformed JSON (line:column) and an unknown form without a stack trace', async () => {
    const missing = await runCaf(['evaluate', 'household', 'nowhere.json']);
    expect(missing).toEqual({ code: 2, stdout: '', stderr: 'caf evaluate: cannot read nowhere.json: there is no such file\n' });
    const malformed = await runCaf(['evaluate', 'household', join(dir, 'malformed.json')]);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toBe(`caf evaluate: ${join(dir, 'malformed.json')}:4:1: this is not valid JSON: expected a value\n`);
    const unknown = await runCaf(['evaluate', 'houshold', join(dir, 'valid.json')]);
    expect(unknown).toEqual({ code: 2, stdout: '', stderr: 'caf evaluate: there is no form "houshold"; the forms are: household\n' });
    const badDate = await runCaf(['evaluate', 'household', join(dir, 'valid.json'), '--today', '2026-02-30']);
    expect(badDate.stderr).toBe('caf evaluate: --today must be a real date as YYYY-MM-DD, not "2026-02-30"\n');
  });
});
