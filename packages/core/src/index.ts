export type {
  DefinitionBundle,
  ExpectedOutcome,
  FormManifest,
  GuidanceSource,
  JsonSchema,
  LocalSetting,
  LocalSettings,
  NamedRule,
  OutcomeCatalogue,
  OutcomeDefinition,
  RuleDefinition,
  RuleFile,
  Scenario,
  Severity,
  UiSchema,
} from './definitions.ts';
export { SEVERITIES } from './definitions.ts';
export {
  createRuleEvaluator,
  fillMessage,
  type Evaluation,
  type EvaluateOptions,
  type Outcome,
  type RuleEvaluator,
  type RuleSetDefinitions,
  type RuleTrace,
} from './evaluate.ts';
export { describeFact, explainConditions, type ConditionTrace } from './explain.ts';
export { describeExpectation, describeOutcome, matchesExpectation, normaliseExpectation, sameJson } from './expectations.ts';
export { FACT_NAMES } from './facts.ts';
export { OPERATORS, isMissing } from './operators.ts';
export {
  addCalendarDays,
  addWorkingDays,
  createCalendar,
  englandAndWales,
  isIsoDate,
  localToday,
  wholeYearsBetween,
  workingDaysBetween,
  type HolidayData,
  type WorkingDayCalendar,
} from './dates.ts';
export {
  comparePointers,
  formatPointer,
  getAt,
  matchPattern,
  parsePointer,
  parseRelativePointer,
  resolveReference,
} from './pointer.ts';
export { subschemas } from './subschemas.ts';
export { applyErrorMessages, errorMessageTable, withErrorMessages, type ErrorMessageTable } from './error-messages.ts';
export { withSharedSchemaSites, type SharedSchemaSite } from './shared-schemas.ts';
export { toValidationErrors, validate, type CompiledValidator, type RawValidationError, type ValidationError } from './validation.ts';
