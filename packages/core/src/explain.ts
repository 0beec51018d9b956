/**
 * Why a rule fired or not, condition by condition, in plain English: for testers reading a
 * scenario failure and for the workbench's rule explanation panel.
 */
import type { RuleResult } from 'json-rules-engine';
import { isMissing } from './operators.ts';

export interface ConditionTrace {
  kind: 'all' | 'any' | 'not' | 'fact';
  /** undefined when json-rules-engine did not need to evaluate it (an earlier condition decided). */
  result: boolean | undefined;
  fact?: string;
  path?: string;
  params?: Record<string, unknown>;
  operator?: string;
  value?: unknown;
  factResult?: unknown;
  children?: ConditionTrace[];
}

type RawCondition = Record<string, unknown>;

function toTrace(raw: RawCondition): ConditionTrace {
  for (const kind of ['all', 'any'] as const) {
    if (Array.isArray(raw[kind])) {
      const children = (raw[kind] as RawCondition[]).map(toTrace);
      const decided = children.filter((c) => c.result !== undefined);
      const result = decided.length === 0 ? undefined : kind === 'all' ? decided.every((c) => c.result) && decided.length === children.length : decided.some((c) => c.result);
      return { kind, result: typeof raw.result === 'boolean' ? raw.result : result, children };
    }
  }
  if (raw.not) {
    const child = toTrace(raw.not as RawCondition);
    return { kind: 'not', result: child.result === undefined ? undefined : !child.result, children: [child] };
  }
  return {
    kind: 'fact',
    result: typeof raw.result === 'boolean' ? raw.result : undefined,
    fact: raw.fact as string,
    ...(raw.path !== undefined ? { path: raw.path as string } : {}),
    ...(raw.params !== undefined ? { params: raw.params as Record<string, unknown> } : {}),
    operator: raw.operator as string,
    value: raw.value,
    factResult: raw.factResult,
  };
}

export function traceConditions(result: RuleResult): ConditionTrace {
  return toTrace(result.conditions as unknown as RawCondition);
}

const OPERATOR_WORDS: Record<string, string> = {
  equal: 'is',
  notEqual: 'is not',
  in: 'is one of',
  notIn: 'is not one of',
  contains: 'includes',
  doesNotContain: 'does not include',
  lessThan: 'is less than',
  lessThanInclusive: 'is at most',
  greaterThan: 'is more than',
  greaterThanInclusive: 'is at least',
  before: 'is before',
  onOrBefore: 'is on or before',
  after: 'is after',
  onOrAfter: 'is on or after',
};

const show = (value: unknown): string => (Array.isArray(value) ? value.map(show).join(', ') : typeof value === 'string' ? `"${value}"` : JSON.stringify(value));

/** "the answer at /consent/decision", "the number of answers at /children/*\/domains/*\/rating that are "red"" */
export function describeFact(trace: Pick<ConditionTrace, 'fact' | 'path' | 'params'>): string {
  const p = trace.params ?? {};
  const at = trace.path ? ` at ${trace.path}` : '';
  switch (trace.fact) {
    case 'data':
      return `the answer${at}`;
    case 'count': {
      const which = 'equals' in p ? ` that are ${show(p.equals)}` : Array.isArray(p.oneOf) ? ` that are one of ${show(p.oneOf)}` : '';
      return `the number of ${p.distinct === true ? 'different ' : ''}answers at ${String(p.path)}${which}`;
    }
    case 'ageInYears':
      return `the age in whole years (born ${String(p.dateOfBirth)}, at ${String(p.at ?? 'today')})`;
    case 'workingDaysAfter':
      return `${String(p.date ?? 'today')} plus ${String(p.days)} working days`;
    case 'workingDaysBetween':
      return `the working days from ${String(p.from ?? 'today')} to ${String(p.to ?? 'today')}`;
    case 'dateAfter':
      return `${String(p.date ?? 'today')} plus ${[p.months && `${p.months} months`, p.weeks && `${p.weeks} weeks`, p.days && `${p.days} days`].filter(Boolean).join(' and ')}`;
    case 'setting':
      return `the local setting "${String(p.name)}"`;
    case 'today':
      return 'today';
    default:
      return `the fact "${String(trace.fact)}"${at}`;
  }
}

function describeComparison(trace: ConditionTrace): string {
  const subject = describeFact(trace);
  const value = trace.value !== null && typeof trace.value === 'object' && 'fact' in (trace.value as object)
    ? describeFact(trace.value as ConditionTrace)
    : show(trace.value);
  if (trace.operator === 'present') return `${subject} ${trace.value === true ? 'has an answer' : 'has no answer'}`;
  const [decorator, operator] = trace.operator?.includes(':') ? trace.operator.split(':') : [undefined, trace.operator];
  const words = OPERATOR_WORDS[operator ?? ''] ?? operator;
  return `${subject} ${decorator === 'not' ? 'is not the case that it ' : ''}${words} ${value}`;
}

/** One line per condition, indented by depth, each ending in whether it held and what was found. */
export function explainConditions(trace: ConditionTrace, depth = 0): string[] {
  const indent = '  '.repeat(depth);
  const verdict = trace.result === undefined ? 'not checked' : trace.result ? 'holds' : 'does not hold';
  if (trace.kind !== 'fact') {
    const heading = { all: 'all of these', any: 'any of these', not: 'none of this' }[trace.kind];
    return [`${indent}${heading} (${verdict}):`, ...trace.children!.flatMap((child) => explainConditions(child, depth + 1))];
  }
  const found =
    trace.result === undefined ? '' : isMissing(trace.factResult) ? ': no answer yet' : `: it is ${show(trace.factResult)}`;
  return [`${indent}${describeComparison(trace)} (${verdict}${found})`];
}
