import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { createRuleEvaluator, isIsoDate, validate, type Outcome, type ValidationError } from '@caf-forms/core';
import { bundleFor, compileValidator, formatProblem, loadProject, parseSource } from '@caf-forms/toolchain';
import { UsageError } from '../command.ts';
import { parseOptions, projectRoot, withHelp } from '../options.ts';

const HELP = `Usage: caf evaluate <form> <data.json> [options]

Validates one record against the form's schema and runs the form's rules on it, printing each
validation error (JSON Pointer and message) and each outcome (severity, title, message, where it
points and the values it computed), most severe first.

  <form>              the form id (a folder of forms/)
  <data.json>         the record, a JSON file (relative to the current folder)
  --today YYYY-MM-DD  the date to evaluate on (default: today's date)
  --root DIR          the project folder (default: the current folder)
  --json              print { "errors": [...], "outcomes": [...] } instead
  --help              show this help

Exit status: 0 when the record is valid, whatever the outcomes (outcomes are advice, not
failures); 1 when the record is not valid against the form's schema; 2 when the command cannot
run (unknown form, missing or malformed file, bad option).`;

function readRecord(path: string): unknown {
  const full = resolve(path);
  if (!existsSync(full)) throw new UsageError(`cannot read ${path}: there is no such file`);
  if (!statSync(full).isFile()) throw new UsageError(`cannot read ${path}: it is a folder, not a JSON file`);
  const { file, problems } = parseSource(path, readFileSync(full, 'utf8'));
  if (problems.length > 0) throw new UsageError(problems.map(formatProblem).join('\n'));
  return file.value;
}

function describe(errors: ValidationError[], outcomes: Outcome[]): string[] {
  const lines = [errors.length === 0 ? 'valid: no validation errors' : `not valid: ${errors.length} validation error${errors.length === 1 ? '' : 's'}`];
  lines.push(...errors.map((error) => `  ${error.pointer || '(the record)'}: ${error.message}`), '');
  lines.push(outcomes.length === 0 ? 'outcomes: none' : `outcomes: ${outcomes.length}`);
  for (const outcome of outcomes) {
    const message = outcome.message === outcome.title ? '' : `: ${outcome.message}`;
    lines.push(`  [${outcome.severity}] ${outcome.title}${message}`);
    if (outcome.paths.length > 0) lines.push(`      at ${outcome.paths.join(', ')}`);
    if (Object.keys(outcome.params).length > 0) lines.push(`      values ${JSON.stringify(outcome.params)}`);
  }
  return lines;
}

export const command = withHelp(HELP, async (args, io) => {
  const options = parseOptions(args, { flags: ['json'], values: ['root', 'today'] });
  const [formId, dataPath, ...extra] = options.positionals;
  if (!formId || !dataPath || extra.length > 0) throw new UsageError('give a form id and one data file: caf evaluate <form> <data.json>');
  const today = options.values.get('today');
  if (today !== undefined && !isIsoDate(today)) throw new UsageError(`--today must be a real date as YYYY-MM-DD, not "${today}"`);
  const project = loadProject(projectRoot(options));
  const forms = project.forms.map((form) => form.id);
  if (!forms.includes(formId)) throw new UsageError(`there is no form "${formId}"; the forms are: ${forms.join(', ') || 'none'}`);
  const data = readRecord(dataPath);
  let bundle;
  try {
    bundle = bundleFor(project, formId);
  } catch {
    const problems = project.problems.map(formatProblem).join('\n');
    throw new UsageError(`the form "${formId}" does not load; run caf check${problems ? `:\n${problems}` : ''}`);
  }
  const errors = validate(compileValidator(bundle.schema), data);
  const { outcomes } = await createRuleEvaluator(bundle).evaluate(data, today ? { today } : {});
  io.out(options.flags.has('json') ? JSON.stringify({ errors, outcomes }, null, 2) : describe(errors, outcomes).join('\n'));
  return errors.length > 0 ? 1 : 0;
});
