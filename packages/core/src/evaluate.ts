/**
 * Rule evaluation: json-rules-engine with the form data as facts, generic parameterised facts,
 * missing-aware operators, and rules scoped to each item of an array. Engines are built once per
 * rule set; each evaluation is a plain `engine.run`, so nothing is compiled while a person types.
 */
import { Engine, type RuleResult } from 'json-rules-engine';
import { englandAndWales, localToday, type WorkingDayCalendar } from './dates.ts';
import { SEVERITIES, type GuidanceSource, type NamedRule, type OutcomeDefinition, type Severity } from './definitions.ts';
import { DataScope, FACTS, resolvePath } from './facts.ts';
import { installOperators } from './operators.ts';
import { comparePointers, formatPointer, matchPattern, parsePointer, resolveReference } from './pointer.ts';
import { traceConditions, type ConditionTrace } from './explain.ts';

/** What a rule concluded, ready to show a practitioner. */
export interface Outcome {
  type: string;
  severity: Severity;
  title: string;
  message: string;
  guidance: string;
  source: GuidanceSource;
  rule: string;
  /** JSON Pointers into the data that the outcome is about (first is the main one). */
  paths: string[];
  /** Values the rule computed (a due date, a name, an age), after fact references are resolved. */
  params: Record<string, unknown>;
}

/** One rule's verdict for one scope (the whole record, or one item), with each condition's result. */
export interface RuleTrace {
  rule: string;
  description: string;
  /** The item the rule looked at, for rules with `forEach`; "" for the whole record. */
  item: string;
  fired: boolean;
  conditions: ConditionTrace;
}

export interface Evaluation {
  outcomes: Outcome[];
  rules: RuleTrace[];
}

export interface EvaluateOptions {
  /** The date to treat as today (`YYYY-MM-DD`); defaults to the local date. Scenarios fix it. */
  today?: string;
  settings?: Record<string, unknown>;
}

export interface RuleSetDefinitions {
  rules: readonly NamedRule[];
  outcomes: Readonly<Record<string, OutcomeDefinition>>;
  settings?: Readonly<Record<string, unknown>>;
  calendar?: WorkingDayCalendar;
}

export interface RuleEvaluator {
  evaluate(data: unknown, options?: EvaluateOptions): Promise<Evaluation>;
}

interface ScopeGroup {
  /** Pointer pattern of the items, or undefined for whole-record rules. */
  forEach: string | undefined;
  engine: Engine;
}

const SEVERITY_RANK = new Map(SEVERITIES.map((severity, index) => [severity, index]));

function buildEngine(rules: readonly NamedRule[], calendar: WorkingDayCalendar): Engine {
  const engine = new Engine([], { pathResolver: resolvePath, replaceFactsInEventParams: true, allowUndefinedFacts: true });
  installOperators(engine);
  for (const [name, fact] of Object.entries(FACTS)) {
    engine.addFact(name, (params, almanac) => fact(params ?? {}, almanac, { calendar }));
  }
  rules.forEach((rule) =>
    engine.addRule({
      name: rule.name,
      // json-rules-engine runs higher priorities first; keep declaration order among equals.
      priority: rule.priority ?? 1,
      conditions: rule.conditions,
      event: { type: rule.event.type, params: { ...rule.event.params } },
    }),
  );
  return engine;
}

export function fillMessage(template: string, params: Record<string, unknown>): string {
  return template.replace(/\{([A-Za-z0-9_]+)(?:\|([^}]*))?\}/g, (_, name: string, fallback?: string) => {
    const value = params[name];
    if (value === undefined || value === null || value === '') return fallback ?? 'not recorded';
    return String(value);
  });
}

export function createRuleEvaluator(definitions: RuleSetDefinitions): RuleEvaluator {
  const calendar = definitions.calendar ?? englandAndWales;
  const byName = new Map(definitions.rules.map((rule, index) => [rule.name, { rule, index }]));
  // The engines are built on first use: a form shows its questions before its rules first run.
  let built: ScopeGroup[] | undefined;
  const engines = (): ScopeGroup[] =>
    (built ??= [...new Set(definitions.rules.map((rule) => rule.forEach))].map((forEach) => ({
      forEach,
      engine: buildEngine(
        definitions.rules.filter((rule) => rule.forEach === forEach),
        calendar,
      ),
    })));

  function toOutcome(result: RuleResult, base: readonly string[]): Outcome {
    const { rule } = byName.get(result.name as string)!;
    const definition = definitions.outcomes[rule.event.type];
    const params = { ...(result.event?.params ?? {}) } as Record<string, unknown>;
    const targets = rule.pointsAt ?? (base.length > 0 ? ['0'] : []);
    const paths = targets
      .map((reference) => resolveReference(reference, base))
      .filter((tokens): tokens is string[] => tokens !== undefined)
      .map(formatPointer);
    return {
      type: rule.event.type,
      severity: definition?.severity ?? 'info',
      title: definition?.title ?? rule.event.type,
      message: fillMessage(rule.message ?? definition?.title ?? rule.description, params),
      guidance: definition?.guidance ?? '',
      source: rule.source,
      rule: rule.name,
      paths,
      params,
    };
  }

  return {
    async evaluate(data, options = {}) {
      const today = options.today ?? localToday();
      const settings = { ...definitions.settings, ...options.settings };
      const found: { outcome: Outcome; index: number; item: string }[] = [];
      const traces: (RuleTrace & { index: number })[] = [];
      for (const group of engines()) {
        const bases = group.forEach === undefined ? [[]] : matchPattern(data, parsePointer(group.forEach)).map((m) => m.tokens);
        for (const base of bases) {
          const { results, failureResults } = await group.engine.run({ data: new DataScope(data, base), today, settings });
          const item = formatPointer(base);
          for (const result of [...results, ...failureResults]) {
            const { rule, index } = byName.get(result.name as string)!;
            const fired = result.result === true;
            traces.push({ rule: rule.name, description: rule.description, item, fired, index, conditions: traceConditions(result) });
            if (fired) found.push({ outcome: toOutcome(result, base), index, item });
          }
        }
      }
      found.sort(
        (a, b) =>
          SEVERITY_RANK.get(a.outcome.severity)! - SEVERITY_RANK.get(b.outcome.severity)! ||
          a.index - b.index ||
          comparePointers(a.item, b.item),
      );
      traces.sort((a, b) => a.index - b.index || comparePointers(a.item, b.item));
      return {
        outcomes: found.map((f) => f.outcome),
        rules: traces.map(({ index: _index, ...trace }) => trace),
      };
    },
  };
}
