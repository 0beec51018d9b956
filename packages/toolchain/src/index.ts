/** @caf-forms/toolchain: the Node-side tools over caf-forms definitions. */
export { loadProject, bundleFor, namedRules, settingValues, DEFAULT_LAYOUT, type Project, type ProjectLayout, type FormFiles, type RuleSetFiles } from './project.ts';
export { parseSource, formatProblem, sortProblems, positionAt, locate, nodeAt, problemAt, type Problem, type Position, type SourceFile } from './source.ts';

// Validators, types, scenarios and bundles (caf test, caf build, caf evaluate).
export { compileValidator } from './compile/validator.ts';
export { standaloneFormValidators, type FormValidatorsModule } from './compile/standalone.ts';
export { shareRepeatedSubschemas } from './compile/shared-subschemas.ts';
export { conditionKey, conditionSchemas } from './compile/conditions.ts';
export { generateTypes, typeNameFor, typesIndex } from './types/generate.ts';
export { runScenarios, type RunOptions, type ScenarioFailure, type ScenarioResult, type ScenarioRun } from './scenarios/run.ts';
export { ruleCoverage, ruleVerdicts, type RuleCoverage, type RuleVerdict } from './scenarios/coverage.ts';
export { formatReport, summarise, type ScenarioSummary } from './scenarios/report.ts';
export { buildProject, buildableForms, type WrittenFile } from './build/build.ts';
export { formModule } from './build/form-module.ts';
export { checkProject } from './check/check-project.ts';
