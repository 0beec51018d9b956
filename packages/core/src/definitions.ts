/**
 * The shapes of the definition files that analysts write. The JSON Schemas in ../schemas/ are the
 * contract for editors and `caf check`; these types mirror them for code.
 */
import type { TopLevelCondition } from 'json-rules-engine';

export type Severity = 'blocker' | 'warning' | 'action' | 'info';

/** Most severe first: the order outcomes are listed in. */
export const SEVERITIES: readonly Severity[] = ['blocker', 'warning', 'action', 'info'];

export type JsonSchema = Record<string, unknown>;
export type UiSchema = Record<string, unknown>;

/** `forms/<id>/manifest.json` */
export interface FormManifest {
  id: string;
  title: string;
  version: string;
  description: string;
  /** Rule set ids: each names `rules/<id>/rules.json`. */
  rules: string[];
}

/** Where a rule comes from: a guidance document and the sentence it implements, quoted. */
export interface GuidanceSource {
  document: string;
  quote: string;
}

/** One named entry of a rule file: a json-rules-engine rule plus what people need to trust it. */
export interface RuleDefinition {
  description: string;
  source: GuidanceSource;
  /** A pointer pattern ending in `*` (e.g. `/familyMembers/*`): the rule runs once per matching item. */
  forEach?: string;
  priority?: number;
  conditions: TopLevelCondition;
  event: { type: string; params?: Record<string, unknown> };
  /** The outcome's message; `{name}` is replaced by the event parameter `name`, `{name|someone}` falls back to "someone". */
  message?: string;
  /** Pointers (absolute, or relative to the item) that the outcome points at; a scoped rule defaults to its item. */
  pointsAt?: string[];
}

/** `rules/<id>/rules.json` */
export interface RuleFile {
  rules: Record<string, RuleDefinition>;
}

export interface OutcomeDefinition {
  title: string;
  severity: Severity;
  /** What the practitioner should do, in plain English. */
  guidance: string;
}

/** `rules/outcomes.json`: every outcome type a rule may produce. */
export interface OutcomeCatalogue {
  outcomes: Record<string, OutcomeDefinition>;
}

/** A value the guidance does not fix, chosen by the council and documented where it is set. */
export interface LocalSetting {
  value: string | number | boolean;
  description: string;
  /** Why this is local: what the guidance says (or does not say) about it. */
  reason: string;
}

/** `rules/local-settings.json` */
export interface LocalSettings {
  settings: Record<string, LocalSetting>;
}

export interface ExpectedOutcome {
  type: string;
  /** The pointer the outcome must point at (one of its paths). */
  path?: string;
  /** Parameters the outcome must carry, compared by value. */
  params?: Record<string, unknown>;
}

/** `rules/<id>/scenarios/<name>.json`: "given these answers, expect these outcomes". */
export interface Scenario {
  name: string;
  description: string;
  form: string;
  today: string;
  /** A deliberately incomplete record: `given` is not required to be valid against the form schema. */
  partial?: boolean;
  given: Record<string, unknown>;
  expect: {
    present?: (string | ExpectedOutcome)[];
    absent?: (string | ExpectedOutcome)[];
  };
}

/** A rule with its name, in the order it was declared. */
export interface NamedRule extends RuleDefinition {
  name: string;
  /** The rule set (file) it came from. */
  ruleSet: string;
}

/** Everything the runtime needs for one form, as written by `caf build`. */
export interface DefinitionBundle {
  manifest: FormManifest;
  schema: JsonSchema;
  uischema: UiSchema;
  rules: NamedRule[];
  outcomes: Record<string, OutcomeDefinition>;
  settings: Record<string, LocalSetting['value']>;
}
