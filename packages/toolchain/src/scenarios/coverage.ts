/**
 * Rule coverage: a rule is covered when the scenarios make it fire at least once AND not fire at
 * least once. A rule that only ever fires may be firing for the wrong reason; one that never fires
 * is untested.
 */
import type { NamedRule, RuleTrace } from '@caf-forms/core';

/** What one scenario showed about one rule. */
export interface RuleVerdict {
  fired: boolean;
  notFired: boolean;
}

export interface RuleCoverage {
  ruleSet: string;
  rule: string;
  /** How many scenarios made it fire (for `forEach` rules: for at least one item). */
  fired: number;
  /** How many scenarios made it not fire (for `forEach` rules: for some item, or there were no items). */
  notFired: number;
  covered: boolean;
}

export const ruleKey = (ruleSet: string, rule: string): string => `${ruleSet}/${rule}`;

/** Each evaluated rule's verdict in one evaluation; a `forEach` rule with no items did not fire. */
export function ruleVerdicts(rules: readonly NamedRule[], traces: readonly RuleTrace[]): Record<string, RuleVerdict> {
  const verdicts: Record<string, RuleVerdict> = {};
  for (const rule of rules) {
    const mine = traces.filter((trace) => trace.rule === rule.name);
    verdicts[ruleKey(rule.ruleSet, rule.name)] = {
      fired: mine.some((trace) => trace.fired),
      notFired: mine.length === 0 || mine.some((trace) => !trace.fired),
    };
  }
  return verdicts;
}

export function ruleCoverage(rules: readonly NamedRule[], scenarios: readonly { verdicts: Record<string, RuleVerdict> }[]): RuleCoverage[] {
  return rules.map((rule) => {
    const key = ruleKey(rule.ruleSet, rule.name);
    const verdicts = scenarios.map((scenario) => scenario.verdicts[key]).filter((v): v is RuleVerdict => v !== undefined);
    const fired = verdicts.filter((v) => v.fired).length;
    const notFired = verdicts.filter((v) => v.notFired).length;
    return { ruleSet: rule.ruleSet, rule: rule.name, fired, notFired, covered: fired > 0 && notFired > 0 };
  });
}
