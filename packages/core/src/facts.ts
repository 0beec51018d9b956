/**
 * The generic facts a rule can ask for. Each is parameterised in the rule JSON, so a new form
 * never needs new code. Every fact answers `undefined` when the data it needs is missing, and the
 * operators (operators.ts) treat `undefined` as "unknown": a condition on it never holds.
 */
import type { Almanac } from 'json-rules-engine';
import {
  addCalendarDays,
  addMonths,
  addWorkingDays,
  isIsoDate,
  wholeYearsBetween,
  workingDaysBetween,
  type WorkingDayCalendar,
} from './dates.ts';
import { formatPointer, getAt, matchPattern, parsePointer, resolveReference } from './pointer.ts';

/**
 * The value of the `data` fact: the whole record plus where the rule is looking from. Paths on it
 * are absolute (`/family/0/name`) or relative to the current item (`0/name`).
 */
export class DataScope {
  constructor(
    readonly root: unknown,
    readonly base: readonly string[] = [],
  ) {}

  resolve(reference: string): unknown {
    const tokens = resolveReference(reference, this.base);
    return tokens === undefined ? undefined : getAt(this.root, tokens);
  }

  /** Absolute tokens of every location a reference (with optional `*` segments) matches. */
  match(reference: string): { tokens: string[]; value: unknown }[] {
    const tokens = resolveReference(reference, this.base);
    return tokens === undefined ? [] : matchPattern(this.root, tokens);
  }
}

/** json-rules-engine's `path` on any fact is a JSON Pointer; on `data` it may also be relative. */
export function resolvePath(value: unknown, path: string): unknown {
  if (value instanceof DataScope) return value.resolve(path);
  return getAt(value, parsePointer(path));
}

export interface FactContext {
  calendar: WorkingDayCalendar;
}

type Params = Record<string, unknown>;
type FactFunction = (params: Params, almanac: Almanac, context: FactContext) => Promise<unknown>;

async function scope(almanac: Almanac): Promise<DataScope> {
  return (await almanac.factValue('data')) as DataScope;
}

/** A date parameter: `"today"`, a literal `YYYY-MM-DD`, or a pointer to a date in the data. */
async function dateParam(reference: unknown, almanac: Almanac): Promise<string | undefined> {
  if (reference === undefined || reference === 'today') return (await almanac.factValue('today')) as string;
  if (typeof reference !== 'string') return undefined;
  if (isIsoDate(reference)) return reference;
  const value = (await scope(almanac)).resolve(reference);
  return isIsoDate(value) ? value : undefined;
}

function numberParam(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function matches(value: unknown, params: Params): boolean {
  if ('equals' in params) return value === params.equals;
  if (Array.isArray(params.oneOf)) return params.oneOf.includes(value);
  return value !== undefined && value !== null && value !== '';
}

export const FACTS: Record<string, FactFunction> = {
  /**
   * How many locations matching `path` (with `*` segments) hold `equals` (or one of `oneOf`, or any
   * value). With `distinct`, each different answer counts once: the same service named under two
   * needs is still one service, and free text is compared ignoring case and surrounding spaces.
   */
  async count(params, almanac) {
    if (typeof params.path !== 'string') return undefined;
    const found = (await scope(almanac)).match(params.path).filter((m) => matches(m.value, params));
    if (params.distinct !== true) return found.length;
    return new Set(found.map((m) => (typeof m.value === 'string' ? m.value.trim().toLowerCase() : JSON.stringify(m.value)))).size;
  },

  /** Whole years between `dateOfBirth` and `at` (default today). */
  async ageInYears(params, almanac) {
    const born = await dateParam(params.dateOfBirth, almanac);
    const at = await dateParam(params.at, almanac);
    return born && at ? wholeYearsBetween(born, at) : undefined;
  },

  /** `date` plus `days` working days in the calendar (England and Wales by default). */
  async workingDaysAfter(params, almanac, context) {
    const date = await dateParam(params.date, almanac);
    const days = numberParam(params.days);
    return date && days !== undefined ? addWorkingDays(date, days, context.calendar) : undefined;
  },

  /** Working days after `from` up to and including `to` (default today). */
  async workingDaysBetween(params, almanac, context) {
    const from = await dateParam(params.from, almanac);
    const to = await dateParam(params.to, almanac);
    return from && to ? workingDaysBetween(from, to, context.calendar) : undefined;
  },

  /** `date` plus calendar `days`, `weeks` and `months` (any of them). */
  async dateAfter(params, almanac) {
    let date = await dateParam(params.date, almanac);
    const months = numberParam(params.months) ?? 0;
    const days = (numberParam(params.days) ?? 0) + 7 * (numberParam(params.weeks) ?? 0);
    if (date && months) date = addMonths(date, months);
    return date ? addCalendarDays(date, days) : undefined;
  },

  /** A council's local setting by `name` (rules/local-settings.json). */
  async setting(params, almanac) {
    const settings = (await almanac.factValue('settings')) as Record<string, unknown>;
    return typeof params.name === 'string' ? settings[params.name] : undefined;
  },

  /** The pointer of the current item (`/familyMembers/2`), for outcomes that name where they point. */
  async itemPointer(_params, almanac) {
    const { base } = await scope(almanac);
    return formatPointer(base);
  },
};

/** The facts supplied at run time rather than computed. */
export const RUNTIME_FACTS = ['data', 'today', 'settings'] as const;

export const FACT_NAMES: readonly string[] = [...RUNTIME_FACTS, ...Object.keys(FACTS)];
