/**
 * Runs rule scenarios: each `rules/<set>/scenarios/*.json` is evaluated against its form's rules on
 * its fixed `today`, and its expectations are compared with the outcomes. Used by `caf test` and,
 * through the package exports, by Storybook.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import {
  createRuleEvaluator,
  explainConditions,
  matchesExpectation,
  normaliseExpectation,
  validate,
  type CompiledValidator,
  type DefinitionBundle,
  type ExpectedOutcome,
  type Outcome,
  type RuleEvaluator,
  type Scenario,
  type ValidationError,
} from '@caf-forms/core';
import { bundleFor, namedRules, type Project } from '../project.ts';
import type { SourceFile } from '../source.ts';
import { compileValidator } from '../compile/validator.ts';
import { ruleCoverage, ruleVerdicts, type RuleCoverage, type RuleVerdict } from './coverage.ts';

export type ScenarioFailure =
  | { kind: 'missing'; expected: ExpectedOutcome; sameType: Outcome[] }
  | { kind: 'unexpected'; expected: ExpectedOutcome; matching: Outcome[] }
  | { kind: 'invalid-data'; errors: ValidationError[] }
  | { kind: 'not-run'; message: string };

/** Why a rule fired or not for one item, as `explainConditions` lines. */
export interface RuleExplanation {
  rule: string;
  item: string;
  fired: boolean;
  lines: string[];
}

export interface ScenarioResult {
  ruleSet: string;
  /** The scenario file, relative to the project root. */
  file: string;
  name: string;
  form: string;
  passed: boolean;
  failures: ScenarioFailure[];
  outcomes: Outcome[];
  /** For failed scenarios: the rules behind the outcome types that did not meet expectations. */
  explanations: RuleExplanation[];
  verdicts: Record<string, RuleVerdict>;
}

export interface ScenarioRun {
  results: ScenarioResult[];
  coverage: RuleCoverage[];
}

export interface RunOptions {
  /** Rule set ids, scenario file names (`sixteenth-birthday`) or `set/name`; none means all. */
  only?: readonly string[];
}

interface FormRuntime {
  bundle: DefinitionBundle;
  evaluator: RuleEvaluator;
  validator: CompiledValidator;
}

const scenarioSchemaPath = createRequire(import.meta.url).resolve('@caf-forms/core/schemas/scenario.schema.json');
let scenarioValidator: CompiledValidator | undefined;

function checkScenarioShape(value: unknown): ValidationError[] {
  scenarioValidator ??= compileValidator(JSON.parse(readFileSync(scenarioSchemaPath, 'utf8')));
  return validate(scenarioValidator, value);
}

export function selectsScenario(only: readonly string[] | undefined, ruleSet: string, file: SourceFile): boolean {
  if (!only || only.length === 0) return true;
  const name = basename(file.path, '.json');
  return only.some((filter) => filter === ruleSet || filter === name || filter === `${ruleSet}/${name}` || filter === file.path);
}

export async function runScenarios(project: Project, options: RunOptions = {}): Promise<ScenarioRun> {
  const runtimes = new Map<string, FormRuntime | string>();
  const runtimeFor = (formId: string): FormRuntime | string => {
    if (!runtimes.has(formId)) runtimes.set(formId, loadRuntime(project, formId));
    return runtimes.get(formId)!;
  };
  const results: ScenarioResult[] = [];
  const ruleSets = new Set<string>();
  for (const set of project.ruleSets) {
    for (const file of set.scenarios) {
      if (!selectsScenario(options.only, set.id, file)) continue;
      ruleSets.add(set.id);
      results.push(await runScenario(set.id, file, runtimeFor));
    }
  }
  return { results, coverage: ruleCoverage(namedRules(project, [...ruleSets]), results) };
}

function loadRuntime(project: Project, formId: string): FormRuntime | string {
  if (!project.forms.some((form) => form.id === formId)) {
    return `there is no form "${formId}" (forms: ${project.forms.map((form) => form.id).join(', ') || 'none'})`;
  }
  try {
    const bundle = bundleFor(project, formId);
    return { bundle, evaluator: createRuleEvaluator(bundle), validator: compileValidator(bundle.schema) };
  } catch (error) {
    return `form "${formId}" cannot be loaded: ${(error as Error).message}`;
  }
}

async function runScenario(ruleSet: string, file: SourceFile, runtimeFor: (id: string) => FormRuntime | string): Promise<ScenarioResult> {
  const scenario = file.value as Scenario;
  const result: ScenarioResult = {
    ruleSet,
    file: file.path,
    name: typeof scenario?.name === 'string' ? scenario.name : basename(file.path),
    form: typeof scenario?.form === 'string' ? scenario.form : '',
    passed: false,
    failures: [],
    outcomes: [],
    explanations: [],
    verdicts: {},
  };
  if (file.tree === undefined) {
    result.failures.push({ kind: 'not-run', message: 'the file is not valid JSON (see the problems above)' });
    return result;
  }
  const shape = checkScenarioShape(scenario);
  if (shape.length > 0) {
    const problems = shape.map((error) => `${error.pointer || '(the file)'}: ${error.message}`).join('; ');
    result.failures.push({ kind: 'not-run', message: `this is not a valid scenario: ${problems}` });
    return result;
  }
  const runtime = runtimeFor(scenario.form);
  if (typeof runtime === 'string') {
    result.failures.push({ kind: 'not-run', message: runtime });
    return result;
  }
  if (!scenario.partial) {
    const errors = validate(runtime.validator, scenario.given);
    if (errors.length > 0) result.failures.push({ kind: 'invalid-data', errors });
  }
  const evaluation = await runtime.evaluator.evaluate(scenario.given, { today: scenario.today });
  result.outcomes = evaluation.outcomes;
  result.verdicts = ruleVerdicts(runtime.bundle.rules, evaluation.rules);
  for (const expected of (scenario.expect.present ?? []).map(normaliseExpectation)) {
    if (evaluation.outcomes.some((outcome) => matchesExpectation(outcome, expected))) continue;
    result.failures.push({ kind: 'missing', expected, sameType: evaluation.outcomes.filter((o) => o.type === expected.type) });
  }
  for (const expected of (scenario.expect.absent ?? []).map(normaliseExpectation)) {
    const matching = evaluation.outcomes.filter((outcome) => matchesExpectation(outcome, expected));
    if (matching.length > 0) result.failures.push({ kind: 'unexpected', expected, matching });
  }
  const involved = new Set(result.failures.flatMap((failure) => ('expected' in failure ? [failure.expected.type] : [])));
  const involvedRules = new Set(runtime.bundle.rules.filter((rule) => involved.has(rule.event.type)).map((rule) => rule.name));
  result.explanations = evaluation.rules
    .filter((trace) => involvedRules.has(trace.rule))
    .map((trace) => ({ rule: trace.rule, item: trace.item, fired: trace.fired, lines: explainConditions(trace.conditions) }));
  // A `forEach` rule with no matching items leaves no trace: say so rather than show nothing.
  for (const rule of runtime.bundle.rules) {
    if (!involvedRules.has(rule.name) || result.explanations.some((e) => e.rule === rule.name)) continue;
    result.explanations.push({ rule: rule.name, item: '', fired: false, lines: [`there are no items at ${rule.forEach}, so it did not run`] });
  }
  result.passed = result.failures.length === 0;
  return result;
}
